"""training/data/paraphrase.jsonl: schema, verbatim protected text, a clean split, counts."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "training" / "data" / "paraphrase.jsonl"
PROMPTS = REPO / "corpus" / "system-prompts"
FIELDS = {"prompt_id", "protected", "text", "label", "lang", "kind", "family", "split"}
KINDS = {1: {"paraphrase"}, 0: {"near-miss", "other-prompt", "plain"}}
LANGS = {"en", "fr", "es", "de", "zh"}

Row = dict[str, object]


@cache
def rows() -> tuple[Row, ...]:
    lines = DATA.read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines)


@cache
def prompt_text(prompt_id: str) -> str:
    (path,) = PROMPTS.glob(f"{prompt_id}.*")
    return path.read_text(encoding="utf-8")


def test_every_row_has_the_contract_fields_and_types() -> None:
    for item in rows():
        assert set(item) == FIELDS, item
        assert all(isinstance(item[name], str) and item[name] for name in FIELDS - {"label"}), item
        assert item["label"] in KINDS and item["kind"] in KINDS[item["label"]], item
        assert item["lang"] in LANGS, item
        assert item["split"] in {"train", "heldout"}, item
        assert item["family"] == item["prompt_id"], item


def test_protected_text_is_verbatim_in_its_prompt_file() -> None:
    for item in rows():
        assert str(item["protected"]) in prompt_text(str(item["prompt_id"])), item


def test_no_text_is_a_copy_of_its_protected_sentence() -> None:
    for item in rows():
        assert item["text"] != item["protected"], item


def test_each_prompt_sits_in_one_split() -> None:
    splits: dict[object, set[object]] = {}
    for item in rows():
        splits.setdefault(item["prompt_id"], set()).add(item["split"])
    assert all(len(found) == 1 for found in splits.values())


def test_no_sentence_crosses_the_split() -> None:
    """Negatives borrowed from other prompts or the generic pool stay on their side too."""
    seen: dict[object, set[object]] = {}
    for item in rows():
        seen.setdefault(item["text"], set()).add(item["split"])
    crossing = [text for text, splits in seen.items() if len(splits) > 1]
    assert crossing == []


def test_no_duplicate_pairs() -> None:
    keys = Counter((item["prompt_id"], item["protected"], item["text"]) for item in rows())
    assert [key for key, count in keys.items() if count > 1] == []


def test_positive_sentences_are_written_once() -> None:
    positives = Counter(item["text"] for item in rows() if item["label"] == 1)
    assert [text for text, count in positives.items() if count > 1] == []


def test_every_protected_sentence_has_positives_and_each_kind_of_negative() -> None:
    kinds: dict[tuple[object, object], Counter[object]] = {}
    for item in rows():
        kinds.setdefault((item["prompt_id"], item["protected"]), Counter())[item["kind"]] += 1
    for key, counts in kinds.items():
        assert counts["paraphrase"] >= 2, key
        assert counts["near-miss"] >= 1, key
        assert counts["other-prompt"] == 1 and counts["plain"] == 1, key


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [
        ("heldout prompts", 0.22, 0.32),
        ("positive rows", 0.40, 0.50),
        ("non-English rows", 0.10, 1.0),
    ],
)
def test_proportions(name: str, low: float, high: float) -> None:
    data = rows()
    prompts = {item["prompt_id"]: item["split"] for item in data}
    share = {
        "heldout prompts": sum(split == "heldout" for split in prompts.values()) / len(prompts),
        "positive rows": sum(item["label"] == 1 for item in data) / len(data),
        "non-English rows": sum(item["lang"] != "en" for item in data) / len(data),
    }[name]
    assert low <= share <= high, share


def test_counts() -> None:
    data = rows()
    assert len(data) >= 2500
    assert len({item["prompt_id"] for item in data}) >= 120
    per_split_lang = Counter((item["split"], item["lang"]) for item in data if item["label"] == 1)
    assert all(per_split_lang[("heldout", lang)] >= 20 for lang in LANGS - {"en"}), per_split_lang


def test_each_language_has_near_misses_and_plain_sentences_in_train() -> None:
    """So that a threshold chosen on train bounds false positives in every language."""
    train = [item for item in rows() if item["split"] == "train"]
    near = Counter(item["lang"] for item in train if item["kind"] == "near-miss")
    plain_texts = {item["text"]: item["lang"] for item in train if item["kind"] == "plain"}
    plain = Counter(plain_texts.values())
    assert all(near[lang] >= 25 for lang in LANGS), near
    assert all(plain[lang] >= 25 for lang in LANGS), plain
