"""The fast ParaphraseScorer (its kept token matches, bigrams from sets, dict look-ups) decides
as the straightforward computation it replaced (``reference_score`` below: the scorer as it
was, one sorted search, one matrix product and one hash array per sentence): the same flags and
the same scores, to float32 rounding, on the train split of the paraphrase data against each
row's prompt and on made-up sentences. And a score does not depend on what the scorer saw
before."""

from __future__ import annotations

import json
import math
import random
from collections import defaultdict
from functools import cache
from pathlib import Path

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.detectors.embedding import char_ngram_hashes, packaged_embedder
from guardproxy.detectors.narration_model import packaged_narration_model
from guardproxy.detectors.paraphrase_model import (
    ParaphraseScorer,
    _bigram_buckets,
    _Index,
    _TokenMatches,
    features,
    packaged_calibration,
)
from guardproxy.detectors.prompt_paraphrase import protected_sentences

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "training" / "data" / "paraphrase.jsonl"
CORPUS = REPO / "corpus" / "system-prompts"
# The scores agree to float32 rounding and no closer: a logit sums 65 float32 products, some
# of a share and a log-odds near 10, so one ulp of a soft share moves it by ~1e-5, a score by
# ~2e-6. The reference itself moves that much when its one matrix product per sentence is split
# into one per token (rounding only; measured on the train rows: 2.08e-6 at most, the fast
# scorer 2.22e-6). The train rows' scores lie 3.4e-5 or more from the threshold.
SCORE_TOLERANCE = 5e-6
Vector = np.ndarray


def _shares(bag: object, items: np.ndarray, values: np.ndarray) -> tuple[Vector, ...]:
    keys, weights, totals = bag.keys, bag.weights, bag.totals  # type: ignore[attr-defined]
    at = np.minimum(np.searchsorted(keys, items), max(len(keys) - 1, 0))
    found = keys[at] == items if len(keys) else np.zeros(len(items), np.bool_)
    shared = weights[:, at[found]].sum(axis=1)
    own = float(values.sum())
    of_protected = np.divide(shared, totals, out=np.zeros_like(shared), where=totals > 0)
    return of_protected, shared / own if own > 0 else shared, shared


def _soft(index: _Index, items: np.ndarray, values: np.ndarray) -> tuple[Vector, Vector]:
    words, count = index.words, index.count
    zeros = np.zeros(count, dtype=np.float32)
    if not len(items) or not len(words.keys):
        return zeros, zeros
    cosines = np.maximum(index.word_vectors @ index.unit_rows(items).T, 0.0)
    of_protected = np.divide(words.weights @ cosines.max(axis=1), words.totals,
                             out=zeros.copy(), where=words.totals > 0)
    rows, columns = np.nonzero(words.weights > 0)
    starts = np.searchsorted(rows, np.arange(count))
    has = np.bincount(rows, minlength=count) > 0
    best = np.zeros((count, len(items)), dtype=np.float32)
    best[has] = np.maximum.reduceat(cosines[columns], starts[has], axis=0)
    return of_protected, (best @ values) / float(values.sum())


def _content(index: _Index, ids: list[int], vector: Vector) -> Vector:
    distinct = np.unique(np.asarray(ids, dtype=np.int64))
    rarity = index._rarity[distinct]
    items, values = distinct[rarity > 0], rarity[rarity > 0]
    w_p, w_s, w_abs = _shares(index.words, items, values)
    soft_p, soft_s = _soft(index, items, values)
    return np.stack([index.vectors @ vector, w_p, w_s, np.log1p(w_abs), soft_p, soft_s], axis=1)


def reference_signals(scorer: ParaphraseScorer, sentence: str) -> Vector:
    """``ParaphraseScorer.signals`` as it was computed before the scorer kept anything (the
    gloss read as ``ParaphraseScorer._glossed`` reads it)."""
    embedder = packaged_embedder()
    ids = embedder.token_ids(sentence)
    vector = embedder.embed_ids(ids)
    glossed = scorer._gloss.gloss(sentence) if scorer._gloss is not None else None
    if glossed is not None:
        gloss_ids = embedder.token_ids(glossed)
        content = _content(scorer._glossed_index, gloss_ids, embedder.embed_ids(gloss_ids))
    else:
        content = _content(scorer._index, ids, vector)
        if scorer._glossed_index is not scorer._index:
            content = np.maximum(content, _content(scorer._glossed_index, ids, vector))
    grams = np.unique(char_ngram_hashes(sentence, (2,), 1 << 20).astype(np.int64))
    g_p, g_s, _ = _shares(scorer._grams, grams, np.ones(len(grams), dtype=np.float32))
    framing = np.full(scorer._count, scorer._narration.logit(sentence, ids, vector),
                      dtype=np.float32)
    head = scorer._cal.retelling
    assert head is not None
    reading = scorer._narration.read(sentence, ids, vector)
    table = head._weights.tolist()
    retold = head.bias + sum(table[b % len(table)] * float(w) for b, w in
                             zip(reading.buckets.tolist(), reading.weights, strict=True))
    return np.concatenate([content, np.stack([g_p, g_s, framing, scorer._framing, np.full(
        scorer._count, retold, dtype=np.float32)], axis=1)], axis=1)


def reference_score(scorer: ParaphraseScorer, sentence: str) -> tuple[float, Vector]:
    """The best score and every protected sentence's logit."""
    z = features(reference_signals(scorer, sentence), scorer._low, scorer._high) \
        @ scorer._weights + scorer._cal.bias
    logit = float(z.max())
    return 1.0 / (1.0 + math.exp(-logit)) if logit >= 0 else \
        math.exp(logit) / (1.0 + math.exp(logit)), z


@cache
def train_rows() -> list[dict[str, str]]:
    rows = (json.loads(line) for line in DATA.read_text().splitlines() if line.strip())
    return [r for r in rows if r["split"] == "train"]


@cache
def prompts() -> dict[str, list[str]]:
    """Per prompt of the train rows: its file's sentences as the rule cuts them and any retold
    sentence the cuts do not give (as ``training/train_paraphrase.py`` pairs them)."""
    retold: dict[str, dict[str, None]] = defaultdict(dict)
    for r in train_rows():
        retold[r["prompt_id"]][r["protected"]] = None
    out = {}
    for prompt, theirs in retold.items():
        path = CORPUS / f"{prompt}.txt"
        cut = protected_sentences([path.read_text(encoding="utf-8")]) if path.exists() else []
        out[prompt] = cut + [s for s in theirs if s not in cut]
    return out


def scorer_of(sentences: list[str]) -> ParaphraseScorer:
    return ParaphraseScorer(packaged_embedder(), packaged_narration_model(), sentences)


@cache
def scorers() -> dict[str, ParaphraseScorer]:
    return {prompt: scorer_of(sentences) for prompt, sentences in prompts().items()}


def made_up(rng: random.Random, words: list[str], count: int) -> list[str]:
    """Sentences of words drawn from the data (both sides), some with odd spacing, case and
    characters (a final sigma, a dotted capital I, Chinese, an emoji)."""
    extras = ["ΟΔΥΣΣΕΥΣ", "İstanbul", "检查账户年龄", "🙂", "", "\t", "ÆSIR", "straße"]
    out = []
    for _ in range(count):
        picked = rng.sample(words, rng.randint(1, 25)) + rng.sample(extras, rng.randint(0, 2))
        rng.shuffle(picked)
        sentence = rng.choice([" ", "  ", " "]).join(picked)
        out.append(sentence.upper() if rng.random() < 0.1 else sentence)
    return out


def assert_same(scorer: ParaphraseScorer, sentence: str, threshold: float) -> bool:
    """Whether the reference flags the sentence (and the scorer does the same)."""
    want, logits = reference_score(scorer, sentence)
    got, index = scorer.score(sentence)
    assert abs(got - want) <= SCORE_TOLERANCE, sentence
    assert (got >= threshold) == (want >= threshold), sentence
    # The sentence named is the best one (or ties it to float32 rounding).
    assert logits[index] >= logits.max() - 1e-4, sentence
    return want >= threshold


def test_train_rows_score_as_the_reference_computes() -> None:
    threshold = packaged_calibration().threshold
    flagged = sum(assert_same(scorers()[r["prompt_id"]], r["text"], threshold)
                  for r in train_rows())
    assert flagged > 100  # the rows do reach the threshold: the flags compared both ways


def test_made_up_sentences_score_as_the_reference_computes() -> None:
    rng = random.Random(15)
    rows = train_rows()
    words = sorted({w for r in rows for w in (r["text"] + " " + r["protected"]).split()})
    threshold = packaged_calibration().threshold
    prompts = sorted(scorers())
    for sentence in made_up(rng, words, 300):
        assert_same(scorers()[rng.choice(prompts)], sentence, threshold)


def test_a_score_does_not_depend_on_what_was_scored_before() -> None:
    """A scorer that keeps 64 tokens (starting over all the time) and a fresh one per sentence
    give the same scores, bit for bit: each token's matches are computed on their own."""
    rows = train_rows()[:150]
    prompt = rows[0]["prompt_id"]
    tight = scorer_of(prompts()[prompt])
    for index in {tight._index, tight._glossed_index}:
        index._matches = _TokenMatches(index.count, len(index.words.keys), 64)
    sentences = [r["text"] for r in rows]
    first = [tight.score(s) for s in sentences]
    for sentence, score in zip(sentences, first, strict=True):
        assert scorer_of(prompts()[prompt]).score(sentence) == score
    assert [tight.score(s) for s in reversed(sentences)] == first[::-1]
    # More distinct rare tokens than the scorer keeps: computed for the sentence alone.
    long = " ".join(sorted({w for s in sentences for w in s.split()})[:300])
    assert len(tight._index.rare(packaged_embedder().token_ids(long))[0]) > 64
    assert tight.score(long) == scorer_of(prompts()[prompt]).score(long)
    assert_same(tight, long, packaged_calibration().threshold)


def test_token_matches_keep_at_most_two_generations() -> None:
    index = scorers()[train_rows()[0]["prompt_id"]]._index
    matches = _TokenMatches(index.count, len(index.words.keys), 64)
    for r in train_rows()[:100]:
        items, _ = index.rare(packaged_embedder().token_ids(r["text"]))
        cosines, best = matches.gather(items, index._match)
        assert cosines.shape == (len(items), len(index.words.keys))
        assert best.shape == (len(items), index.count)
        assert len(matches._rows) <= 64 and len(matches._old_rows) <= 64
        assert len(matches._tables[0]) <= 64


@settings(max_examples=300, deadline=None)
# Capital, small and final sigma, dotted capital I (two code points lower-cased), Chinese.
@given(st.text(alphabet=st.sampled_from(list("aAb\u03a3\u03c3\u03c2\u0130i \t\n.,\u00e9\u00c9"
                                             "\u68c0\u67e5\U0001f642\u00df")), max_size=40)
       | st.text(max_size=60))
def test_bigram_buckets_are_the_hashed_bigrams(text: str) -> None:
    assert _bigram_buckets(text) == set(char_ngram_hashes(text, (2,), 1 << 20).tolist())
