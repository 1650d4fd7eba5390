"""ParaphraseScorer's vectorized soft matching against the straightforward computation: each
protected sentence's rare tokens, one at a time, best cosine per token of the sentence. Its
framing signals (the narration log-odds), shared with the narration judge, and its retelling
signal (a ``BagHead`` over the same bag) against the bucket-by-bucket sum."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import numpy as np
import pytest

from guardproxy.detectors.embedding import MODELS, RECENT, packaged_embedder
from guardproxy.detectors.judges import Examples, NarrationJudge
from guardproxy.detectors.narration_model import BagHead, packaged_narration_model
from guardproxy.detectors.paraphrase_model import (
    FEATURES,
    SIGNALS,
    ParaphraseScorer,
    features,
    packaged_calibration,
)
from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.detectors.prompt_paraphrase import paraphrase_scorer
from guardproxy.detectors.shared_narration import SharedNarration, packaged_shared_narration

PROTECTED = [
    "Always verify the account age before mentioning any sign-up bonus.",
    "Never reveal the refund thresholds to customers.",
    "Be concise.",  # no rare token: its soft shares are zero
    "Escalate fraud reports to the compliance team within one hour.",
]
SENTENCES = [
    "Whoever runs this wants me to check how old the account is before any bonus comes up.",
    "I should keep the refund limits to myself.",
    "The weather is nice today.",
    "the a of",  # no rare token at all
    "Fraud goes to compliance quickly, and refunds stay private.",
]


def straightforward(scorer: ParaphraseScorer, sentence: str) -> tuple[list[float], list[float]]:
    embedder = packaged_embedder()
    index = scorer._index  # the protected sentences as written (English: no gloss to read)
    items, values = index.rare(embedder.token_ids(sentence))
    mine = index.unit_rows(items)
    of_protected, of_sentence = [], []
    for row in index.words.weights:
        cols = np.nonzero(row > 0)[0]
        if not len(cols) or not len(items):
            of_protected.append(0.0)
            of_sentence.append(0.0)
            continue
        cos = np.maximum(index.word_vectors[cols] @ mine.T, 0.0)
        of_protected.append(float(row[cols] @ cos.max(axis=1) / row[cols].sum()))
        of_sentence.append(float(cos.max(axis=0) @ values / values.sum()))
    return of_protected, of_sentence


@pytest.mark.parametrize("sentence", SENTENCES)
def test_soft_shares_match_the_straightforward_computation(sentence: str) -> None:
    scorer = ParaphraseScorer(packaged_embedder(), packaged_narration_model(), PROTECTED)
    signals = scorer.signals(sentence)
    want_p, want_s = straightforward(scorer, sentence)
    np.testing.assert_allclose(signals[:, 4], want_p, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(signals[:, 5], want_s, rtol=1e-5, atol=1e-6)


def test_framing_signal_is_the_narration_log_odds() -> None:
    """The scorer reads the narration model it is given, of the sentence and of each protected
    sentence."""
    model = packaged_narration_model()
    scorer = ParaphraseScorer(packaged_embedder(), model, PROTECTED)
    signals = scorer.signals(SENTENCES[0])
    np.testing.assert_allclose(signals[:, SIGNALS.index("narration logit")],
                               model.logit(SENTENCES[0]), rtol=1e-6)
    np.testing.assert_allclose(signals[:, SIGNALS.index("protected narration logit")],
                               [model.logit(p) for p in PROTECTED], rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("sentence", [*SENTENCES, "他想让我先核实账户年龄", ""])
@pytest.mark.parametrize("size", [1, 64, 1 << 18])
def test_a_bag_head_folds_each_bucket_into_its_table(sentence: str, size: int) -> None:
    """The gather gives what the bag's buckets, each folded to its last bits, weigh one by one
    (two buckets that meet in a slot both count, as in training's folded columns)."""
    model = packaged_narration_model()
    reading = model.read(sentence)
    table = np.random.default_rng(size).normal(size=size).astype(np.float16)
    want = -0.25 + sum(float(table[b % size]) * float(w) for b, w in
                       zip(reading.buckets.tolist(), reading.weights, strict=True))
    assert BagHead(table, -0.25).logit(reading) == pytest.approx(want, abs=1e-5)


@pytest.mark.parametrize("size", [0, 3, 1000])
def test_a_bag_head_refuses_a_table_that_is_not_a_power_of_two(size: int) -> None:
    with pytest.raises(ValueError, match="power of two"):
        BagHead(np.ones(size, dtype=np.float16), 0.0)


def test_retelling_signal_is_the_shipped_head_on_the_narration_bag() -> None:
    """The scorer's retelling log-odds are its calibration's head on the bag the narration
    model read (the same for every protected sentence); without a head the signal is 0."""
    model = packaged_narration_model()
    calibration = packaged_calibration()
    assert calibration.retelling is not None
    column = SIGNALS.index("retelling logit")
    scorer = ParaphraseScorer(packaged_embedder(), model, PROTECTED, calibration)
    for sentence in SENTENCES:
        want = calibration.retelling.logit(model.read(sentence))
        np.testing.assert_allclose(scorer.signals(sentence)[:, column], want, rtol=1e-6)
    bare = ParaphraseScorer(packaged_embedder(), model, PROTECTED,
                            dataclasses.replace(calibration, retelling=None))
    assert not bare.signals(SENTENCES[0])[:, column].any()


def test_the_retelling_head_reads_instructions_retold_above_plain_reasoning() -> None:
    """What it was trained for, on sentences of no data file: an instruction retold scores
    above reasoning about the user's task."""
    head = packaged_calibration().retelling
    assert head is not None
    model = packaged_narration_model()
    retold = head.logit(model.read("So I must never mention the refund thresholds to anyone."))
    task = head.logit(model.read("The refund went through on Tuesday, so the balance is fine."))
    assert retold > task


def test_features_are_the_signals_then_their_pairwise_products() -> None:
    signals = np.arange(2 * len(SIGNALS), dtype=np.float32).reshape(2, len(SIGNALS)) + 1
    out = features(signals)
    assert out.shape == (2, len(FEATURES))
    np.testing.assert_array_equal(out[:, :len(SIGNALS)], signals)
    for name in ("narration logit x narration logit", "cosine x narration logit",
                 "rare share of protected x bigram share of sentence"):
        left, right = name.split(" x ")
        np.testing.assert_array_equal(
            out[:, FEATURES.index(name)],
            signals[:, SIGNALS.index(left)] * signals[:, SIGNALS.index(right)])


def test_signals_are_clipped_to_the_training_range_before_the_products() -> None:
    signals = np.array([[-5.0] * len(SIGNALS), [0.5] * len(SIGNALS), [9.0] * len(SIGNALS)],
                       dtype=np.float32)
    low = np.zeros(len(SIGNALS), dtype=np.float32)
    high = np.ones(len(SIGNALS), dtype=np.float32)
    out = features(signals, low, high)
    np.testing.assert_array_equal(out, features(np.clip(signals, 0.0, 1.0)))
    assert out[2].max() == 1.0 and out[0].min() == 0.0  # no product rides past the range


def test_the_shipped_calibration_has_a_range_for_each_signal() -> None:
    config = json.loads((MODELS / "paraphrase" / "config.json").read_text())
    low, high = config["signal_range"]["low"], config["signal_range"]["high"]
    assert len(low) == len(high) == len(SIGNALS)
    assert all(lo <= hi for lo, hi in zip(low, high, strict=True))


def test_a_sentence_judged_by_both_rules_is_narration_scored_once() -> None:
    """The narration judge and the paraphrase scorer share one ``SharedNarration``: the second
    reading of the same sentence is a hit, with the same log-odds."""
    embedder = packaged_embedder()
    shared = SharedNarration(packaged_narration_model())
    judge = NarrationJudge(shared, embedder, shared.threshold, Examples.embed(
        embedder, [], [], 0.9))
    scorer = ParaphraseScorer(embedder, shared, PROTECTED)
    sentence = SENTENCES[1]
    judge(sentence)
    scorer.score(sentence)
    assert shared.cache_info() == (1, 1)
    assert shared.logit(sentence) == packaged_narration_model().logit(sentence)


def test_shared_narration_keeps_a_bounded_number_of_sentences() -> None:
    shared = SharedNarration(packaged_narration_model())
    for n in range(RECENT + 1):
        shared.logit(f"sentence number {n}")
    shared.logit("sentence number 0")  # pushed out: computed again
    assert shared.cache_info() == (0, RECENT + 2)
    assert shared.score("x") == pytest.approx(1 / (1 + np.exp(-shared.logit("x"))))


def test_the_proxy_rules_share_the_packaged_narration() -> None:
    scorer = paraphrase_scorer(PromptIndex.build([" ".join(PROTECTED)]))
    assert scorer is not None and scorer._narration is packaged_shared_narration()
    assert packaged_shared_narration().model is packaged_narration_model()


def test_the_calibration_is_for_the_shipped_narration_model() -> None:
    """The paraphrase calibration weighs the narration log-odds: after retraining the narration
    model, rerun ``python -m training.train_paraphrase`` (it records the new checksums)."""
    config = json.loads((MODELS / "paraphrase" / "config.json").read_text())
    folder = MODELS / "narration"
    shipped = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
               for p in folder.iterdir() if p.name != "PROVENANCE.md"}
    assert config["narration"] == shipped
