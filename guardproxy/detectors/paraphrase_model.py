"""Paraphrase scoring: how surely a sentence retells one of a request's protected sentences in
other words.

Signals per (sentence, protected sentence) pair, combined by a logistic function whose
coefficients ``training/train_paraphrase.py`` calibrates (``guardproxy/models/paraphrase``):

- the cosine of their static embeddings (meaning);
- the rare words they share: a token's rarity is its row norm in the embedding table (the
  distillation's SIF weighting makes frequent tokens short: "the" 2.2, "threshold" 6.5), less a
  floor, so stop words weigh nothing. Shared weight as a share of the protected sentence's, as a
  share of the sentence's, and absolute (one rare word shared with a three-word protected
  sentence is not a retelling);
- the character bigrams they share, as shares of each side's: word forms the teacher does not
  know (most Chinese characters), inflections.

The protected sentences are embedded once, when the scorer is built (per request); each
sentence scored costs one embedding, one small matrix product and dictionary look-ups for its
distinct tokens and bigrams: tens of microseconds for a prompt of a few dozen sentences.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from guardproxy.detectors.embedding import (
    MODELS,
    StaticEmbedder,
    char_ngram_hashes,
)

__all__ = ["SIGNALS", "ParaphraseCalibration", "ParaphraseScorer", "packaged_calibration"]

PACKAGED = "paraphrase"
_BIGRAMS = (2,)
_BUCKETS = 1 << 20
SIGNALS = ("cosine", "rare share of protected", "rare share of sentence", "rare shared (log)",
           "bigram share of protected", "bigram share of sentence")


@dataclass(frozen=True, slots=True)
class ParaphraseCalibration:
    """The logistic combination of the three signals, and where rarity starts."""

    weights: tuple[float, ...]  # one per signal (``SIGNALS``)
    bias: float
    rarity_floor: float  # token row norms below it weigh nothing
    threshold: float  # recommended: what the train split's validation chose

    @classmethod
    def load(cls, folder: Path) -> ParaphraseCalibration:
        c = json.loads((folder / "config.json").read_text())
        return cls(tuple(c["weights"]), c["bias"], c["rarity_floor"], c["threshold"])


@cache
def packaged_calibration() -> ParaphraseCalibration:
    return ParaphraseCalibration.load(MODELS / PACKAGED)


Postings = dict[int, tuple[npt.NDArray[np.intp], npt.NDArray[np.float32]]]


def _index(
    bags: Sequence[dict[int, float]], count: int
) -> tuple[Postings, npt.NDArray[np.float32]]:
    """Inverted index item -> (protected sentences holding it, its weight there), and each
    sentence's total weight."""
    postings: dict[int, list[tuple[int, float]]] = defaultdict(list)
    totals = np.zeros(count, dtype=np.float32)
    for n, bag in enumerate(bags):
        for item, weight in bag.items():
            postings[item].append((n, weight))
            totals[n] += weight
    index = {
        item: (np.array([n for n, _ in p], dtype=np.intp),
               np.array([w for _, w in p], dtype=np.float32))
        for item, p in postings.items()
    }
    return index, totals


class ParaphraseScorer:
    """Scores sentences against a fixed list of protected sentences (one request's)."""

    def __init__(
        self,
        embedder: StaticEmbedder,
        protected_sentences: Sequence[str],
        calibration: ParaphraseCalibration | None = None,
    ) -> None:
        self._embedder = embedder
        self._cal = calibration or packaged_calibration()
        self._rarity = np.maximum(embedder.row_norms() - self._cal.rarity_floor, 0.0)
        self._count = len(protected_sentences)
        ids = [embedder.token_ids(s) for s in protected_sentences]
        self._vectors = np.array([embedder.embed_ids(i) for i in ids], dtype=np.float32)
        self._vectors = self._vectors.reshape(self._count, embedder.dim)
        self._words, self._word_totals = _index([self._rare(i) for i in ids], self._count)
        self._grams, self._gram_totals = _index(
            [dict.fromkeys(self._bigrams(s).tolist(), 1.0) for s in protected_sentences],
            self._count,
        )

    def _rare(self, ids: Sequence[int]) -> dict[int, float]:
        return {i: float(self._rarity[i]) for i in ids if self._rarity[i] > 0}

    @staticmethod
    def _bigrams(text: str) -> npt.NDArray[np.intp]:
        return char_ngram_hashes(text, _BIGRAMS, _BUCKETS)

    @staticmethod
    def _shared(
        bag: dict[int, float],
        index: Postings,
        totals: npt.NDArray[np.float32],
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        """The weight ``bag`` shares with each protected sentence, as a share of that
        sentence's weight, as a share of the bag's, and absolute."""
        shared = np.zeros(len(totals), dtype=np.float32)
        for item in bag:
            hit = index.get(item)
            if hit is not None:
                shared[hit[0]] += hit[1]
        own = sum(bag.values())
        of_protected = np.divide(shared, totals, out=np.zeros_like(shared), where=totals > 0)
        of_sentence = shared / own if own > 0 else shared
        return of_protected, of_sentence, shared

    def signals(self, sentence: str) -> npt.NDArray[np.float32]:
        """(protected sentences, len(SIGNALS))."""
        ids = self._embedder.token_ids(sentence)
        cosine = self._vectors @ self._embedder.embed_ids(ids)
        w_p, w_s, w_abs = self._shared(self._rare(ids), self._words, self._word_totals)
        grams = dict.fromkeys(self._bigrams(sentence).tolist(), 1.0)
        g_p, g_s, _ = self._shared(grams, self._grams, self._gram_totals)
        return np.stack([cosine, w_p, w_s, np.log1p(w_abs), g_p, g_s], axis=1)

    def score(self, sentence: str) -> tuple[float, int]:
        """The best score (0..1) over the protected sentences and the index of that sentence;
        (0.0, -1) when there is none."""
        if not self._count:
            return 0.0, -1
        if len(self._cal.weights) != len(SIGNALS):
            raise ValueError(f"the calibration has {len(self._cal.weights)} weights for "
                             f"{len(SIGNALS)} signals")
        z = self.signals(sentence) @ np.asarray(self._cal.weights, dtype=np.float32)
        best = int(np.argmax(z))
        return float(1.0 / (1.0 + np.exp(-(z[best] + self._cal.bias)))), best

