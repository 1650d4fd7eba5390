"""training/data/narration.jsonl: schema, counts, a split by family with nothing shared, and
the file matching its generator (training/data/build_narration.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from guardproxy.detectors.safety_hints import compile_hints

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "data"
KEYS = {"text", "label", "lang", "kind", "family", "split"}
KIND_LABEL = {"narration": 1, "attack-recognition": 1, "near-miss": 0, "plain": 0}
LANGS = ("en", "fr", "es", "de", "zh")
MIN_ROWS = {"en": 4500, "fr": 1000, "es": 1000, "de": 1000, "zh": 1000}


def _key(text: str) -> str:
    return " ".join(text.lower().split())


@pytest.fixture(scope="module")
def rows() -> list[dict[str, Any]]:
    lines = (DATA / "narration.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_every_row_has_the_schema(rows: list[dict[str, Any]]) -> None:
    for row in rows:
        assert set(row) == KEYS, row
        assert isinstance(row["text"], str) and row["text"].strip() == row["text"] != "", row
        assert row["kind"] in KIND_LABEL and row["label"] == KIND_LABEL[row["kind"]], row
        assert row["lang"] in LANGS and row["split"] in ("train", "heldout"), row
        assert row["family"].startswith(row["lang"] + "-"), row


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_enough_rows_of_every_kind(rows: list[dict[str, Any]], lang: str) -> None:
    mine = [row for row in rows if row["lang"] == lang]
    kinds = Counter(row["kind"] for row in mine)
    assert len(mine) >= MIN_ROWS[lang]
    assert min(kinds[kind] for kind in KIND_LABEL) >= 50, kinds
    assert 0.40 <= sum(row["label"] for row in mine) / len(mine) <= 0.55


def test_corpus_size_and_mix(rows: list[dict[str, Any]]) -> None:
    kinds = Counter(row["kind"] for row in rows)
    assert len(rows) >= 8600
    assert 0.40 <= (kinds["narration"] + kinds["attack-recognition"]) / len(rows) <= 0.50
    assert 0.25 <= kinds["near-miss"] / len(rows) <= 0.35
    assert 0.20 <= kinds["plain"] / len(rows) <= 0.30


def test_no_duplicates_and_no_text_in_both_splits(rows: list[dict[str, Any]]) -> None:
    keys = Counter(_key(row["text"]) for row in rows)
    assert [k for k, n in keys.items() if n > 1] == []


def _kind_fixes() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "relabel", DATA / "narration_src" / "relabel.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {_key(text): kind for text, kind in module.KIND_FIXES.items()}


def test_a_family_lives_in_one_split_with_one_language_and_kind(rows: list[dict[str, Any]]) -> None:
    # Rows that an audit moved to another kind of the same label (narration_src/relabel.py)
    # keep their family; every other row has its family's kind.
    fixes = _kind_fixes()
    seen: dict[str, tuple[str, str, int]] = {}
    kinds: dict[str, Counter[str]] = {}
    for row in rows:
        where = (row["split"], row["lang"], row["label"])
        assert seen.setdefault(row["family"], where) == where, row
        if _key(row["text"]) in fixes:
            assert row["kind"] == fixes[_key(row["text"])], row
        else:
            kinds.setdefault(row["family"], Counter())[row["kind"]] += 1
    assert {family: list(c) for family, c in kinds.items() if len(c) > 1} == {}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KIND_LABEL)
def test_about_a_quarter_of_families_are_held_out(
    rows: list[dict[str, Any]], lang: str, kind: str
) -> None:
    families = {row["family"]: row["split"] for row in rows
                if row["lang"] == lang and row["kind"] == kind}
    held = sum(split == "heldout" for split in families.values())
    assert held >= 1 and 0.15 <= held / len(families) <= 0.40, (held, len(families))
    mine = [row for row in rows if row["lang"] == lang and row["kind"] == kind]
    share = sum(row["split"] == "heldout" for row in mine) / len(mine)
    assert 0.12 <= share <= 0.40, share


def test_most_narration_avoids_the_shipped_phrase_list(rows: list[dict[str, Any]]) -> None:
    policy = yaml.safe_load((ROOT / "guardproxy" / "policies" / "default.yaml").read_text())
    rule = next(r for r in policy["rules"] if r["detector"] == "safety_hints")
    phrases = compile_hints(rule["phrases"], [], ignore_case=True)
    narration = [row["text"] for row in rows if row["label"] == 1]
    english = [row["text"] for row in rows if row["label"] == 1 and row["lang"] == "en"]
    assert sum(not phrases.search(t.lower()) for t in narration) >= len(narration) / 2
    assert sum(not phrases.search(t.lower()) for t in english) >= len(english) / 2
    # ...yet some does use them: the model must learn those wordings too
    assert any(phrases.search(t.lower()) for t in english)


def test_the_file_is_what_the_generator_writes(
    rows: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location("build_narration", DATA / "build_narration.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "build_narration", module)  # dataclasses look it up
    monkeypatch.setattr(sys, "path", list(sys.path))  # build() puts training/data first
    spec.loader.exec_module(module)
    assert module.build() == rows
