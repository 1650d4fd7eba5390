"""The families of narration.jsonl, one module per language (see build_narration.py)."""

from __future__ import annotations

from typing import Any


def load_all(registry: Any) -> None:
    from . import (
        de,
        en,
        en_more,
        en_more2,
        es,
        fr,
        intl_more,
        intl_more2,
        more3,
        more4,
        more5,
        more6,
        zh,
    )

    for module in (en, fr, es, de, zh, intl_more, en_more, en_more2, intl_more2,
                   more3, more4, more5, more6):
        module.register(registry)
