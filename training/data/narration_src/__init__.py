"""The families of narration.jsonl, one module per language (see build_narration.py)."""

from __future__ import annotations

import hashlib
from typing import Any

# The kinds of a row (build_narration.py): label 1 narration and attack recognition, label 0
# near-misses and plain reasoning.
N = "narration"
A = "attack-recognition"
M = "near-miss"
P = "plain"


def hashed(r: Any, family_id: str, kind: str, text: str, style: str = "plain") -> None:
    """A hand-written family (``Registry.H``) held out by its id alone: about a quarter, by the
    first byte of the id's SHA-256, so that the split is fixed before a sentence is written."""
    heldout = hashlib.sha256(family_id.encode()).digest()[0] < 64
    r.H(family_id, family_id.split("-")[0], kind, text, style=style, heldout=heldout)


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
        more7,
        more8,
        more9,
        more10,
        more11,
        more12,
        more13,
        more14,
        more15,
        more16,
        more17,
        more18,
        more19,
        more20,
        more21,
        more22,
        more23,
        zh,
    )

    for module in (en, fr, es, de, zh, intl_more, en_more, en_more2, intl_more2,
                   more3, more4, more5, more6, more7, more8, more9, more10, more11, more12,
                   more13, more14, more15, more16, more17, more18, more19, more20,
                   more21, more22, more23):
        module.register(registry)
