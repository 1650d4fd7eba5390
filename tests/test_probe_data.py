"""training/data/*_probe.jsonl: the independent probe sets (never trained or tuned on).

Schema, counts and mix, protected sentences verbatim in their prompt files, no duplicates,
nothing copied from the training corpus, and the files matching build_probe.py.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "training" / "data"
PROMPTS = ROOT / "corpus" / "system-prompts"
LANGS = ("en", "fr", "es", "de", "zh")
NARRATION_KEYS = {"text", "label", "lang", "kind", "family", "split"}
NARRATION_KINDS = {"narration": 1, "attack-recognition": 1, "near-miss": 0, "plain": 0}
NARRATION_MIN = {"en": 280, "fr": 90, "es": 90, "de": 90, "zh": 90}
PARAPHRASE_KEYS = {"prompt_id", "protected", "text", "label", "lang", "kind", "family", "split"}
PARAPHRASE_KINDS = {"paraphrase": 1, "near-miss": 0, "other-prompt": 0, "plain": 0}

Row = dict[str, object]


def _key(text: object) -> str:
    return " ".join(str(text).lower().split())


@cache
def _load(name: str) -> tuple[Row, ...]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return tuple(json.loads(line) for line in lines)


def narration() -> tuple[Row, ...]:
    return _load("narration_probe.jsonl")


def paraphrase() -> tuple[Row, ...]:
    return _load("paraphrase_probe.jsonl")


@cache
def _prompt(prompt_id: str) -> str:
    (path,) = PROMPTS.glob(f"{prompt_id}.*")
    return path.read_text(encoding="utf-8")


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_probe", DATA / "build_probe.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_narration_rows_have_the_schema() -> None:
    for row in narration():
        assert set(row) == NARRATION_KEYS, row
        text = row["text"]
        assert isinstance(text, str) and text == text.strip() != "", row
        assert row["kind"] in NARRATION_KINDS and row["label"] == NARRATION_KINDS[row["kind"]]
        assert row["lang"] in LANGS and row["split"] == "probe", row
        family = str(row["family"])
        assert family.startswith(f"probe-{row['lang']}-") and family.rsplit("-", 1)[1].isdigit()


@pytest.mark.parametrize("lang", LANGS)
def test_narration_counts_and_mix_per_language(lang: str) -> None:
    mine = [row for row in narration() if row["lang"] == lang]
    kinds = Counter(str(row["kind"]) for row in mine)
    assert len(mine) >= NARRATION_MIN[lang], len(mine)
    assert 0.40 <= (kinds["narration"] + kinds["attack-recognition"]) / len(mine) <= 0.50, kinds
    assert 0.25 <= kinds["near-miss"] / len(mine) <= 0.35, kinds
    assert 0.20 <= kinds["plain"] / len(mine) <= 0.30, kinds
    assert kinds["attack-recognition"] >= 10, kinds


def test_a_narration_family_has_one_language_and_kind() -> None:
    seen: dict[object, tuple[object, object]] = {}
    for row in narration():
        assert seen.setdefault(row["family"], (row["lang"], row["kind"])) == (
            row["lang"], row["kind"]), row


def test_paraphrase_rows_have_the_schema() -> None:
    for row in paraphrase():
        assert set(row) == PARAPHRASE_KEYS, row
        assert all(isinstance(row[k], str) and row[k] for k in PARAPHRASE_KEYS - {"label"}), row
        assert row["kind"] in PARAPHRASE_KINDS and row["label"] == PARAPHRASE_KINDS[row["kind"]]
        assert row["lang"] in LANGS and row["split"] == "probe", row
        assert row["family"] == row["prompt_id"] and row["text"] != row["protected"], row


def test_protected_sentences_are_verbatim_in_their_prompt() -> None:
    for row in paraphrase():
        assert str(row["protected"]) in _prompt(str(row["prompt_id"])), row


def test_paraphrase_counts_per_prompt_and_sentence() -> None:
    rows = paraphrase()
    protected: dict[object, set[object]] = {}
    for row in rows:
        protected.setdefault(row["prompt_id"], set()).add(row["protected"])
    assert len(protected) == 15 and all(2 <= len(s) <= 3 for s in protected.values())
    per_sentence = Counter((row["protected"], row["label"]) for row in rows)
    for sentences in protected.values():
        for sentence in sentences:
            assert per_sentence[(sentence, 1)] == 2, sentence
            assert 2 <= per_sentence[(sentence, 0)] <= 3, sentence
    assert len(rows) >= 200
    assert sum(row["lang"] != "en" for row in rows) / len(rows) >= 0.10


def test_no_duplicates_within_a_probe_set() -> None:
    texts = Counter(_key(row["text"]) for row in narration())
    assert [text for text, n in texts.items() if n > 1] == []
    pairs = Counter((_key(row["protected"]), _key(row["text"])) for row in paraphrase())
    assert [pair for pair, n in pairs.items() if n > 1] == []


@pytest.mark.parametrize(("probe", "corpus"), [
    ("narration_probe.jsonl", "narration.jsonl"),
    ("paraphrase_probe.jsonl", "paraphrase.jsonl"),
])
def test_no_probe_sentence_is_in_the_training_corpus(probe: str, corpus: str) -> None:
    if not (DATA / corpus).exists():
        pytest.skip(f"{corpus} is not in this checkout")
    trained = {_key(row["text"]) for row in _load(corpus)}
    assert [row["text"] for row in _load(probe) if _key(row["text"]) in trained] == []


def test_the_files_are_what_the_builder_writes() -> None:
    builder = _builder()
    for name, build in builder.OUTPUTS.items():
        assert (DATA / name).read_text(encoding="utf-8") == builder.render(build()), name
