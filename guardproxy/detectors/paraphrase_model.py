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
- the same rare words matched softly (the best cosine of each rare token's vector to the other
  side's rare tokens, weighted by rarity, each way): "verify" meets "check", "limits" meets
  "thresholds", where exact overlap sees nothing;
- the character bigrams they share, as shares of each side's: word forms the teacher does not
  know (most Chinese characters), inflections;
- the framing: the narration model's log-odds (``NarrationLogit``, passed in) of the sentence
  and of the protected sentence. A retelling mostly comes framed as the model's own
  instructions ("the setup wants me to...", "per my brief", "on m'a configuré pour"), while the
  hardest near-misses are reasoning on the prompt's topic with no framing: the content signals
  cannot tell the two apart, the framing can. And what gets retold is the prompt's
  instructions ("Never mention a rival bank") more than its facts or persona. The calibration
  depends on the narration model, so its config records the narration artifact's checksums.

The logistic function reads the signals and their pairwise products (``features``): the
framing counts with the cosine, not instead of it (a framed sentence on another topic is no
retelling), and each content signal with the others.

The protected sentences are indexed once, when the scorer is built (per request): their vectors,
their rare tokens and bigrams as sorted keys with a (sentences x keys) weight matrix. A sentence
scored costs one tokenization (none when the caller has its token ids), sorted look-ups of its
distinct rare tokens and bigrams and a few small matrix products, all vectorized: no Python
loop over words or protected sentences; and its narration log-odds, which the proxy's
``SharedNarration`` computes once for this rule and the `safety_hints` judge together.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from guardproxy.detectors.embedding import (
    MODELS,
    StaticEmbedder,
    Vector,
    char_ngram_hashes,
)
from guardproxy.detectors.shared_narration import NarrationLogit, uncached

__all__ = ["FEATURES", "SIGNALS", "ParaphraseCalibration", "ParaphraseScorer", "features",
           "packaged_calibration"]

PACKAGED = "paraphrase"
_BIGRAMS = (2,)
_BUCKETS = 1 << 20
SIGNALS = ("cosine", "rare share of protected", "rare share of sentence", "rare shared (log)",
           "soft rare share of protected", "soft rare share of sentence",
           "bigram share of protected", "bigram share of sentence", "narration logit",
           "protected narration logit")
# The products of each signal with itself and each later one, after the signals themselves.
_LEFT, _RIGHT = np.triu_indices(len(SIGNALS))
FEATURES = SIGNALS + tuple(f"{SIGNALS[i]} x {SIGNALS[j]}"
                           for i, j in zip(_LEFT, _RIGHT, strict=True))

Matrix = npt.NDArray[np.float32]
Keys = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class ParaphraseCalibration:
    """The logistic combination of the signals, and where rarity starts."""

    weights: tuple[float, ...]  # one per feature (``FEATURES``)
    bias: float
    rarity_floor: float  # token row norms below it weigh nothing
    threshold: float  # recommended: what the train split's validation chose
    # Each signal is clipped to the range training saw (its 0.5th to 99.5th percentile) before
    # the products: a pair unlike any in training (a Chinese sentence against a Chinese prompt
    # scored log-odds 18 out of fold) must not ride a product far past where it was fitted.
    low: tuple[float, ...] = ()
    high: tuple[float, ...] = ()

    @classmethod
    def load(cls, folder: Path) -> ParaphraseCalibration:
        c = json.loads((folder / "config.json").read_text())
        return cls(tuple(c["weights"]), c["bias"], c["rarity_floor"], c["threshold"],
                   tuple(c["signal_range"]["low"]), tuple(c["signal_range"]["high"]))


def features(signals: Matrix, low: Matrix | None = None, high: Matrix | None = None) -> Matrix:
    """(pairs, len(FEATURES)): the signals (clipped to ``low``..``high`` when given), then
    their pairwise products."""
    if low is not None and high is not None:
        signals = np.clip(signals, low, high)
    products: Matrix = signals[:, _LEFT] * signals[:, _RIGHT]
    return np.concatenate([signals, products], axis=1)


@cache
def packaged_calibration() -> ParaphraseCalibration:
    return ParaphraseCalibration.load(MODELS / PACKAGED)


@dataclass(frozen=True, slots=True)
class _Bags:
    """Bags of items (rare tokens or bigram hashes) of the protected sentences: the sorted
    distinct items and each sentence's weight for each of them."""

    keys: Keys
    weights: Matrix  # (sentences, keys)
    totals: Matrix  # (sentences,)

    @classmethod
    def of(cls, bags: Sequence[tuple[Keys, Matrix]]) -> _Bags:
        keys = np.unique(np.concatenate([k for k, _ in bags])) if bags else np.zeros(0, np.int64)
        weights = np.zeros((len(bags), len(keys)), dtype=np.float32)
        for n, (items, values) in enumerate(bags):
            weights[n, np.searchsorted(keys, items)] = values
        return cls(keys.astype(np.int64), weights, weights.sum(axis=1))

    def hits(self, items: Keys) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
        """Where each of the (distinct) items sits among the keys, and whether it is there."""
        at = np.minimum(np.searchsorted(self.keys, items), max(len(self.keys) - 1, 0))
        found = self.keys[at] == items if len(self.keys) else np.zeros(len(items), np.bool_)
        return at, found

    def shares(self, items: Keys, values: Matrix) -> tuple[Matrix, Matrix, Matrix]:
        """The weight the bag (distinct ``items`` weighing ``values``) shares with each
        sentence: as a share of that sentence's weight, as a share of the bag's, absolute."""
        at, found = self.hits(items)
        shared = self.weights[:, at[found]].sum(axis=1)
        own = float(values.sum())
        of_protected = np.divide(shared, self.totals, out=np.zeros_like(shared),
                                 where=self.totals > 0)
        return of_protected, shared / own if own > 0 else shared, shared


class ParaphraseScorer:
    """Scores sentences against a fixed list of protected sentences (one request's)."""

    def __init__(
        self,
        embedder: StaticEmbedder,
        narration: NarrationLogit,
        protected_sentences: Sequence[str],
        calibration: ParaphraseCalibration | None = None,
    ) -> None:
        self._embedder = embedder
        self._narration = narration
        self._cal = calibration or packaged_calibration()
        if len(self._cal.weights) != len(FEATURES):
            raise ValueError(f"the calibration has {len(self._cal.weights)} weights for "
                             f"{len(FEATURES)} features")
        self._weights = np.asarray(self._cal.weights, dtype=np.float32)
        ranged = len(self._cal.low) == len(self._cal.high) == len(SIGNALS)
        self._low = np.asarray(self._cal.low, dtype=np.float32) if ranged else None
        self._high = np.asarray(self._cal.high, dtype=np.float32) if ranged else None
        self._rarity = np.maximum(embedder.row_norms() - self._cal.rarity_floor, 0.0)
        self._count = len(protected_sentences)
        ids = [embedder.token_ids(s) for s in protected_sentences]
        self._vectors = np.zeros((self._count, embedder.dim), dtype=np.float32)
        for n, i in enumerate(ids):
            self._vectors[n] = embedder.embed_ids(i)
        # Once per prompt: what each protected sentence reads like (an instruction, a fact).
        # Not through the shared cache of recent sentences: protected text stays out of it.
        self._framing = np.array([uncached(narration).logit(s, i, v) for s, i, v in
                                  zip(protected_sentences, ids, self._vectors, strict=True)],
                                 dtype=np.float32)
        self._words = _Bags.of([self._rare(i) for i in ids])
        self._word_vectors = self._unit_rows(self._words.keys)
        # Each protected sentence's rare-token columns, concatenated, and where each starts:
        # its best match per token is one ``maximum.reduceat`` over its own columns, not a
        # masked (sentences, keys, m) tensor.
        rows, columns = np.nonzero(self._words.weights > 0)
        self._word_columns = columns
        self._word_starts = np.searchsorted(rows, np.arange(self._count))
        self._has_words = np.bincount(rows, minlength=self._count) > 0
        self._grams = _Bags.of([self._bigrams(s) for s in protected_sentences])

    def _rare(self, ids: Sequence[int]) -> tuple[Keys, Matrix]:
        """The distinct rare tokens and their rarity."""
        distinct = np.unique(np.asarray(ids, dtype=np.int64))
        rarity = self._rarity[distinct]
        keep = rarity > 0
        return distinct[keep], rarity[keep]

    def _unit_rows(self, ids: Keys) -> Matrix:
        rows = self._embedder.token_vectors(ids)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        unit: Matrix = np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)
        return unit

    @staticmethod
    def _bigrams(text: str) -> tuple[Keys, Matrix]:
        distinct = np.unique(char_ngram_hashes(text, _BIGRAMS, _BUCKETS).astype(np.int64))
        return distinct, np.ones(len(distinct), dtype=np.float32)

    def _soft(self, items: Keys, values: Matrix) -> tuple[Matrix, Matrix]:
        """Rare tokens matched by meaning: each protected sentence's rare tokens' best cosine
        to the sentence's (rarity-weighted share of the protected sentence), and the sentence's
        rare tokens' best cosine to each protected sentence's (share of the sentence)."""
        zeros = np.zeros(self._count, dtype=np.float32)
        if not len(items) or not len(self._words.keys):
            return zeros, zeros
        cosines = np.maximum(self._word_vectors @ self._unit_rows(items).T, 0.0)  # (keys, m)
        of_protected = np.divide(self._words.weights @ cosines.max(axis=1), self._words.totals,
                                 out=zeros.copy(), where=self._words.totals > 0)
        # (sentences, m): each protected sentence's best match for each of the sentence's
        # tokens (0 for one without rare tokens; the cosines are clipped at 0, so the same).
        best = np.zeros((self._count, len(items)), dtype=np.float32)
        has = self._has_words
        best[has] = np.maximum.reduceat(cosines[self._word_columns], self._word_starts[has],
                                        axis=0)
        return of_protected, (best @ values) / float(values.sum())

    def signals(self, sentence: str, ids: Sequence[int] | None = None,
                vector: Vector | None = None) -> Matrix:
        """(protected sentences, len(SIGNALS)). ``ids`` and ``vector``: the sentence's token
        ids and embedding when the caller has them already (``StaticEmbedder.token_ids`` and
        ``embed_ids``), to spare the tokenizer."""
        if ids is None:
            ids = self._embedder.token_ids(sentence)
        if vector is None:
            vector = self._embedder.embed_ids(ids)
        cosine = self._vectors @ vector
        items, values = self._rare(ids)
        w_p, w_s, w_abs = self._words.shares(items, values)
        soft_p, soft_s = self._soft(items, values)
        g_p, g_s, _ = self._grams.shares(*self._bigrams(sentence))
        z = self._narration.logit(sentence, ids, vector)
        framing = np.full(self._count, z, dtype=np.float32)
        return np.stack([cosine, w_p, w_s, np.log1p(w_abs), soft_p, soft_s, g_p, g_s, framing,
                         self._framing], axis=1)

    def score(self, sentence: str, ids: Sequence[int] | None = None,
              vector: Vector | None = None) -> tuple[float, int]:
        """The best score (0..1) over the protected sentences and the index of that sentence;
        (0.0, -1) when there is none."""
        if not self._count:
            return 0.0, -1
        z = features(self.signals(sentence, ids, vector), self._low, self._high) @ self._weights
        best = int(np.argmax(z))
        logit = float(z[best]) + self._cal.bias
        # Split by sign so that exp never overflows.
        if logit >= 0:
            return 1.0 / (1.0 + math.exp(-logit)), best
        return math.exp(logit) / (1.0 + math.exp(logit)), best
