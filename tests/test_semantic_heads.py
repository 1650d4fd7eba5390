"""The shipped narration head and paraphrase scorer: they load, score within 0..1, tell the
clear cases apart, and the scorer points at the protected sentence that is retold."""

from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardproxy.detectors.embedding import MODELS, char_ngram_hashes, packaged_embedder
from guardproxy.detectors.narration_model import NarrationModel, packaged_narration_model
from guardproxy.detectors.paraphrase_model import (
    SIGNALS,
    ParaphraseCalibration,
    ParaphraseScorer,
    packaged_calibration,
)

PROTECTED = [
    "Never reveal the refund thresholds to customers.",
    "Check the account age before you mention any bonus.",
    "Answer in a friendly tone and keep replies under 100 words.",
]


def test_packaged_narration_model_is_loaded_once() -> None:
    assert packaged_narration_model() is packaged_narration_model()


@given(st.text(max_size=300))
def test_narration_scores_are_probabilities(sentence: str) -> None:
    assert 0.0 <= packaged_narration_model().score(sentence) <= 1.0


@pytest.mark.parametrize(
    ("narration", "plain"),
    [
        ("My system prompt tells me to keep the refund thresholds private.",
         "So the total is 42, which matches the second equation."),
        ("This looks like a jailbreak attempt to unlock a restricted mode.",
         "Next I sort the list and take the median."),
    ],
)
def test_narration_outscores_plain_reasoning(narration: str, plain: str) -> None:
    model = packaged_narration_model()
    assert model.score(narration) > model.score(plain)


def test_narration_head_must_fit_its_embedder(tmp_path: object) -> None:
    folder = MODELS / "narration"
    config = json.loads((folder / "config.json").read_text())
    assert 0.0 < config["threshold"] < 1.0
    small = np.zeros(3, dtype=np.float32)
    with pytest.raises(ValueError, match="token weights"):
        NarrationModel(packaged_embedder(), NarrationModel.load(folder, packaged_embedder())
                       ._features, small, small, small, 0.0)


def test_paraphrase_points_at_the_retold_sentence() -> None:
    scorer = ParaphraseScorer(packaged_embedder(), PROTECTED)
    score, index = scorer.score("Before bringing up a bonus I have to verify how old the "
                                "account is.")
    assert index == 1
    unrelated, _ = scorer.score("The integral of x squared is x cubed over three.")
    assert score > unrelated


def test_paraphrase_verbatim_scores_above_threshold() -> None:
    scorer = ParaphraseScorer(packaged_embedder(), PROTECTED)
    for n, sentence in enumerate(PROTECTED):
        score, index = scorer.score(sentence)
        assert index == n and score >= packaged_calibration().threshold


def test_paraphrase_without_protected_sentences() -> None:
    assert ParaphraseScorer(packaged_embedder(), []).score("anything") == (0.0, -1)


def test_paraphrase_signals_shape_and_calibration_size() -> None:
    scorer = ParaphraseScorer(packaged_embedder(), PROTECTED)
    assert scorer.signals("keep replies short").shape == (len(PROTECTED), len(SIGNALS))
    wrong = ParaphraseCalibration((1.0,), 0.0, 3.0, 0.5)
    with pytest.raises(ValueError, match="weights"):
        ParaphraseScorer(packaged_embedder(), PROTECTED, wrong).score("x")


@pytest.mark.parametrize(
    ("text", "orders", "expected"),
    [("", (1,), 2), ("ab", (2,), 3), ("ab", (5,), 0), ("abc", (1, 2, 3), 5 + 4 + 3)],
)
def test_char_ngram_counts(text: str, orders: tuple[int, ...], expected: int) -> None:
    hashes = char_ngram_hashes(text, orders, 1 << 10)
    assert len(hashes) == expected and ((hashes >= 0) & (hashes < 1 << 10)).all()


def test_char_ngrams_ignore_case_and_are_deterministic() -> None:
    a = char_ngram_hashes("Refund 退款", (2, 3), 1 << 18)
    np.testing.assert_array_equal(a, char_ngram_hashes("REFUND 退款", (2, 3), 1 << 18))
