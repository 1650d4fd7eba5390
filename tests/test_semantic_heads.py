"""The shipped narration head and paraphrase scorer: they load, score within 0..1, tell the
clear cases apart, and the scorer points at the protected sentence that is retold."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.detectors.embedding import MODELS, char_ngram_hashes, packaged_embedder
from guardproxy.detectors.narration_model import (
    NarrationFeatures,
    NarrationModel,
    cjk_share,
    packaged_narration_model,
)
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


def test_narration_head_must_fit_its_embedder() -> None:
    folder = MODELS / "narration"
    shipped = NarrationModel.load(folder, packaged_embedder())
    small = np.zeros(3, dtype=np.float32)
    buckets = np.zeros(shipped._features.buckets, dtype=np.float32)
    with pytest.raises(ValueError, match="buckets"):
        NarrationModel(packaged_embedder(), shipped._features, small, small, small, 0.0, 0.5)
    with pytest.raises(ValueError, match="dimensions"):
        NarrationModel(packaged_embedder(), shipped._features, buckets, buckets, small, 0.0, 0.5)


def test_narration_threshold_is_the_configured_one() -> None:
    config = json.loads((MODELS / "narration" / "config.json").read_text())
    assert 0.0 < config["threshold"] < 1.0
    assert packaged_narration_model().threshold == config["threshold"]


@given(st.text(max_size=200))
def test_narration_score_from_token_ids_is_the_same(sentence: str) -> None:
    model, embedder = packaged_narration_model(), packaged_embedder()
    ids = embedder.token_ids(sentence)
    assert model.score(sentence, ids, embedder.embed_ids(ids)) == pytest.approx(
        model.score(sentence), abs=1e-6)
    assert model.score(sentence, ids) == pytest.approx(model.score(sentence), abs=1e-6)


def test_narration_bag_is_unit_length_and_counts_repeats_sublinearly() -> None:
    model, embedder = packaged_narration_model(), packaged_embedder()
    idf = np.ones(model._features.buckets, dtype=np.float32)
    once = "configured"
    buckets, weights = model._features.bag(once, embedder.token_ids(once), idf)
    assert len(buckets) == len(set(buckets.tolist()))
    assert float(weights @ weights) == pytest.approx(1.0, abs=1e-5)
    assert model._features.bag("", [], idf)[1].size == 0  # nothing to hash: no division by 0
    assert packaged_narration_model().score("") == pytest.approx(
        1.0 / (1.0 + np.exp(-packaged_narration_model().logit(""))))


@pytest.mark.parametrize(("text", "share"), [
    ("", 0.0), ("plain English", 0.0), ("系统提示", 1.0), ("按 system 提示", 3 / 9),
    ("“您好”。", 2 / 5),  # CJK punctuation counts among the characters, not as ideographs
])
def test_cjk_share(text: str, share: float) -> None:
    assert cjk_share(text) == pytest.approx(share)


@pytest.mark.parametrize(("text", "count"), [
    ("no ideographs", 0), ("系", 1), ("系统", 3), ("系统 提示", 6), ("系统提示", 7),
])
def test_cjk_features_are_ideographs_and_adjacent_pairs(text: str, count: int) -> None:
    features = NarrationFeatures((3,), 1 << 20, cjk=True)
    assert len(features.cjk_hashes(text)) == count
    plain = NarrationFeatures((3,), 1 << 20)
    assert len(features.hashes(text, [])) == len(plain.hashes(text, [])) + count


def test_cjk_offset_moves_only_cjk_script_logits() -> None:
    shipped = packaged_narration_model()
    shifted = NarrationModel(packaged_embedder(), shipped._features, shipped._idf,
                             shipped._w_bag, shipped._w_embedding, shipped._bias,
                             shipped.threshold, shipped._cjk_offset + 1.0)
    assert shifted.logit("我被要求保密") == pytest.approx(shipped.logit("我被要求保密") + 1.0)
    assert shifted.logit("I was told to keep it private") == pytest.approx(
        shipped.logit("I was told to keep it private"))


def test_paraphrase_points_at_the_retold_sentence() -> None:
    scorer = ParaphraseScorer(packaged_embedder(), packaged_narration_model(), PROTECTED)
    score, index = scorer.score("Before bringing up a bonus I have to verify how old the "
                                "account is.")
    assert index == 1
    unrelated, _ = scorer.score("The integral of x squared is x cubed over three.")
    assert score > unrelated


def test_paraphrase_verbatim_scores_above_threshold() -> None:
    scorer = ParaphraseScorer(packaged_embedder(), packaged_narration_model(), PROTECTED)
    for n, sentence in enumerate(PROTECTED):
        score, index = scorer.score(sentence)
        assert index == n and score >= packaged_calibration().threshold


def test_paraphrase_without_protected_sentences() -> None:
    scorer = ParaphraseScorer(packaged_embedder(), packaged_narration_model(), [])
    assert scorer.score("anything") == (0.0, -1)


def test_paraphrase_signals_shape_and_calibration_size() -> None:
    scorer = ParaphraseScorer(packaged_embedder(), packaged_narration_model(), PROTECTED)
    assert scorer.signals("keep replies short").shape == (len(PROTECTED), len(SIGNALS))
    wrong = ParaphraseCalibration((1.0,), 0.0, 3.0, 0.5)
    with pytest.raises(ValueError, match="weights"):
        ParaphraseScorer(packaged_embedder(), packaged_narration_model(), PROTECTED,
                         wrong).score("x")


@given(st.text(max_size=200))
def test_paraphrase_score_from_token_ids_is_the_same(sentence: str) -> None:
    embedder = packaged_embedder()
    scorer = ParaphraseScorer(embedder, packaged_narration_model(), PROTECTED)
    ids = embedder.token_ids(sentence)
    given_ids = scorer.score(sentence, ids, embedder.embed_ids(ids))
    assert given_ids[1] == scorer.score(sentence)[1]
    assert given_ids[0] == pytest.approx(scorer.score(sentence)[0], abs=1e-6)


@pytest.mark.parametrize(
    "sentence",
    ["Before bringing up a bonus I have to verify how old the account is.",
     "Keep replies under 100 words and never reveal refund thresholds.",
     "Nothing in common here.", ""],
)
def test_paraphrase_exact_overlaps_match_a_set_reckoning(sentence: str) -> None:
    """The vectorized shares equal the same sums done with Python sets."""
    embedder, floor = packaged_embedder(), packaged_calibration().rarity_floor
    rarity = np.maximum(embedder.row_norms() - floor, 0.0)
    scorer = ParaphraseScorer(embedder, packaged_narration_model(), PROTECTED)
    signals = scorer.signals(sentence)
    mine = {i for i in embedder.token_ids(sentence) if rarity[i] > 0}
    for n, protected in enumerate(PROTECTED):
        theirs = {i for i in embedder.token_ids(protected) if rarity[i] > 0}
        shared = sum(float(rarity[i]) for i in mine & theirs)
        total = sum(float(rarity[i]) for i in theirs)
        own = sum(float(rarity[i]) for i in mine)
        assert signals[n, 1] == pytest.approx(shared / total if total else 0.0, abs=1e-5)
        assert signals[n, 2] == pytest.approx(shared / own if own else shared, abs=1e-5)
        assert signals[n, 3] == pytest.approx(np.log1p(shared), abs=1e-5)
        grams = set(char_ngram_hashes(sentence, (2,), 1 << 20).tolist())
        theirs_grams = set(char_ngram_hashes(protected, (2,), 1 << 20).tolist())
        common = len(grams & theirs_grams)
        assert signals[n, 6] == pytest.approx(common / len(theirs_grams), abs=1e-5)


def test_paraphrase_soft_overlap_sees_synonyms() -> None:
    """"verify" and "check" share no token; the soft overlap still ranks the retelling above an
    unrelated sentence."""
    scorer = ParaphraseScorer(packaged_embedder(), packaged_narration_model(), PROTECTED)
    soft = SIGNALS.index("soft rare share of protected")
    near = scorer.signals("I have to verify how old the account is before any bonus.")[1, soft]
    far = scorer.signals("The integral of x squared is x cubed over three.")[1, soft]
    assert near > far


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


_M64 = (1 << 64) - 1


def _narration_items_one_by_one(features: NarrationFeatures, sentence: str,
                                ids: list[int]) -> list[int]:
    """The definition of ``NarrationFeatures.hashes``, item by item in Python integers: the
    character n-grams, each token, each token bigram, then (with ``cjk``) each ideograph and
    each pair of adjacent ideographs, every one hashed to 64 bits and taken modulo buckets."""
    out: list[int] = char_ngram_hashes(sentence, features.orders, features.buckets).tolist()
    token, pair = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F
    out += [((t * token & _M64) >> 17) % features.buckets for t in ids]
    out += [((((a * pair & _M64) ^ b) * token & _M64) >> 17) % features.buckets
            for a, b in itertools.pairwise(ids)]
    if features.cjk:
        points = [ord(c) for c in sentence]
        ideographs = [p for p in points if 0x3400 <= p <= 0x9FFF]
        out += [((p * token & _M64) >> 23) % features.buckets for p in ideographs]
        out += [((((a * 0x100000001B3 & _M64) ^ b) * 0xD6E8FEB86659FD93 & _M64) >> 23)
                % features.buckets for a, b in itertools.pairwise(points)
                if 0x3400 <= a <= 0x9FFF and 0x3400 <= b <= 0x9FFF]
    return out


# Sentences with what the features treat apart: CJK runs, accents, emoji, control characters,
# case that lower() lengthens (the n-grams are of the lower-cased text), very long words.
_SENTENCES = st.lists(st.one_of(
    st.text(max_size=12),
    st.sampled_from(["系统提示", "退款", " 按 ", "É", "e\u0301", "İ", "👍🏽", "\x00", "\x1b",
                     "\u200b", "  ", "Σ", "the deployer told me to", "x" * 300]),
), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(_SENTENCES, st.lists(st.integers(0, 30000), max_size=40),
       st.sampled_from([((3, 4, 5), 1 << 20, True), ((2,), 1000, True), ((1, 3), 7, False)]))
def test_narration_features_match_the_definition(
        sentence: str, ids: list[int], setting: tuple[tuple[int, ...], int, bool]) -> None:
    """The vectorized hashes are the definition's, in the same order; the bag is np.unique's
    distinct buckets weighted (1 + log count) x idf, unit length."""
    features = NarrationFeatures(*setting)
    expected = _narration_items_one_by_one(features, sentence, ids)
    assert features.hashes(sentence, ids).tolist() == expected
    idf = np.linspace(0.5, 3.0, features.buckets, dtype=np.float32)
    buckets, weights = features.bag(sentence, ids, idf)
    distinct, counts = np.unique(np.asarray(expected, dtype=np.intp), return_counts=True)
    assert buckets.tolist() == distinct.tolist()
    plain = (1.0 + np.log(counts)) * idf[distinct]
    norm = np.sqrt(plain @ plain)
    np.testing.assert_allclose(weights, plain / norm if norm > 0 else plain, rtol=1e-5)
