"""The learned narration detector: how likely a sentence is the model narrating its own
instructions, operator, filters, training or refusal policy, or recognizing an attack.

A logistic regression (``training/train_narration.py`` fits it) over:

- a hashed bag of the sentence's character 3-5-grams (``embedding.char_ngram_hashes``, across
  word boundaries) and of its word-piece tokens and token bigrams, all in one space of
  ``buckets`` columns. Each distinct item weighs (1 + log count) x its inverse document
  frequency on the training data (``idf``), and the bag is L2-normalized: the wording that
  tells narration ("configured", "told me to", "mis instructions") counts whatever surrounds
  it, a frequent item counts little, and a long sentence does not outvote a short one;
- with ``cjk``, each CJK ideograph and pair of adjacent ideographs: Chinese has no spaces, and
  its words are one or two characters, which 3-5-grams spanning neighbours dilute;
- with ``gloss``, the tokens and token bigrams (and with ``gloss_ngrams`` the character
  n-grams) of its English gloss (``gloss.Gloss``: French, Spanish, German and Chinese words
  put into English by hand-written lexicons), in the same buckets as English items: what the
  far larger English data taught the head reads "mes consignes m'interdisent" as "my
  instructions forbid me";
- its static embedding (``embedding.StaticEmbedder``), scaled as training chose (the family-
  grouped validation may set the scale to zero: on the data so far the embedding added false
  positives as fast as it added recall).

A sentence written in CJK script (``cjk_share`` >= ``CJK_SCRIPT_SHARE``) gets ``cjk_offset``
added to its log-odds: training chooses a threshold per script (each keeps its near-miss false
positives within the bound) and folds the CJK one into this offset, so one ``threshold`` serves.

Scoring is numpy only: the hashes, one sort, two gathers and a dot product, some twenty numpy
calls and tens of microseconds a sentence (at that size the calls cost, not the arithmetic). A
caller that has already tokenized and embedded the sentence (the detectors do, for the policy's
examples) passes ``ids`` and ``vector`` and spares the tokenizer.
"""

from __future__ import annotations

import json
import math
import re
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
    char_ngram_items,
    in_buckets,
    packaged_embedder,
)
from guardproxy.detectors.gloss import packaged_gloss

__all__ = ["BagHead", "NarrationFeatures", "NarrationModel", "Reading", "packaged_narration_model"]

PACKAGED = "narration"

# Odd 64-bit multipliers (uint64 arithmetic wraps): token and token-bigram hashes that spread
# over the buckets and stay apart from each other and from the character n-grams.
_TOKEN = np.uint64(0x9E3779B97F4A7C15)
_PAIR = np.uint64(0xC2B2AE3D27D4EB4F)
_SHIFT = np.uint64(17)
_CJK = np.uint64(0xD6E8FEB86659FD93)
_CJK_MIX = np.uint64(0x100000001B3)
_CJK_SHIFT = np.uint64(23)
# CJK Unified Ideographs and Extension A: Chinese writes words without spaces, so its
# characters and character pairs are its words (3-5-grams alone miss most of them).
_CJK_FIRST, _CJK_LAST = 0x3400, 0x9FFF
# A sentence is in CJK script when at least this share of its characters from "A" up (letters,
# CJK ideographs and punctuation) are ideographs: such sentences get the CJK offset.
CJK_SCRIPT_SHARE = 0.3
# Most sentences have no ideograph: one regular expression search spares their numpy calls.
_IDEOGRAPH = re.compile(f"[{chr(_CJK_FIRST)}-{chr(_CJK_LAST)}]")


def _code_points(sentence: str) -> npt.NDArray[np.uint64]:
    return np.frombuffer(sentence.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def cjk_share(sentence: str) -> float:
    """The share of the sentence's characters from "A" up that are CJK ideographs."""
    if not _IDEOGRAPH.search(sentence):
        return 0.0
    points = _code_points(sentence)
    letters = int((points >= 0x41).sum())
    ideographs = int(((points >= _CJK_FIRST) & (points <= _CJK_LAST)).sum())
    return ideographs / letters if letters else 0.0


@dataclass(frozen=True, slots=True)
class NarrationFeatures:
    """How a sentence becomes features; shared by training and scoring so they never drift."""

    orders: tuple[int, ...]
    buckets: int
    cjk: bool = False  # also CJK ideographs and ideograph pairs
    # Also the tokens and token bigrams of the sentence's cross-lingual gloss (``gloss``), in
    # the same buckets as English tokens: what English narration taught the head transfers.
    gloss: bool = False
    gloss_ngrams: bool = False  # and the gloss's character n-grams too

    def cjk_hashes(self, sentence: str) -> npt.NDArray[np.intp]:
        """The bucket of each CJK ideograph and of each pair of adjacent ideographs."""
        return in_buckets(self._cjk_items(sentence), self.buckets)

    def _cjk_items(self, sentence: str) -> npt.NDArray[np.uint64]:
        if not _IDEOGRAPH.search(sentence):
            return np.zeros(0, dtype=np.uint64)
        points = _code_points(sentence)
        ideograph = (points >= _CJK_FIRST) & (points <= _CJK_LAST)
        singles = points[ideograph] * _TOKEN >> _CJK_SHIFT
        both = ideograph[:-1] & ideograph[1:]
        pairs = ((points[:-1][both] * _CJK_MIX) ^ points[1:][both]) * _CJK >> _CJK_SHIFT
        return np.concatenate([singles, pairs])

    def hashes(self, sentence: str, ids: Sequence[int],
               glossed: tuple[str, Sequence[int]] | None = None) -> npt.NDArray[np.intp]:
        """The bucket of each item (character n-gram, token, token bigram), one per
        occurrence; ``glossed``: the sentence's gloss and its token ids, when it has one (read
        with ``gloss``)."""
        # Every kind of item ends as (64-bit hash) % buckets: one reduction for all of them.
        parts = [char_ngram_items(sentence, self.orders), self._token_items(ids)]
        if self.cjk:
            parts.append(self._cjk_items(sentence))
        if self.gloss and glossed is not None:
            parts.append(self._token_items(glossed[1]))
            if self.gloss_ngrams:
                parts.append(char_ngram_items(glossed[0], self.orders))
        return in_buckets(np.concatenate(parts), self.buckets)

    @staticmethod
    def _token_items(ids: Sequence[int]) -> npt.NDArray[np.uint64]:
        """The 64-bit hash of each token, then of each token bigram."""
        tokens = np.asarray(ids, dtype=np.uint64)
        n = len(tokens)
        if not n:
            return np.zeros(0, dtype=np.uint64)
        # A token t and a bigram (a, b) as (a * PAIR) ^ b: both then hash the same way, so all
        # go through the same few calls in one array.
        items = np.empty(2 * n - 1, dtype=np.uint64)
        items[:n] = tokens
        pairs = items[n:]
        np.multiply(tokens[:-1], _PAIR, out=pairs)
        pairs ^= tokens[1:]
        items *= _TOKEN
        items >>= _SHIFT
        return items

    def bag(self, sentence: str, ids: Sequence[int], idf: Vector,
            glossed: tuple[str, Sequence[int]] | None = None,
            ) -> tuple[npt.NDArray[np.intp], Vector]:
        """The distinct buckets and their weights: (1 + log count) x idf, L2-normalized."""
        items = self.hashes(sentence, ids, glossed)
        items.sort()
        # What np.unique(return_counts=True) gives, in fewer calls: where each run of equal
        # items starts (and where the last ends), hence the distinct items and their counts.
        edges = np.ones(len(items) + 1, dtype=np.bool_)
        np.not_equal(items[1:], items[:-1], out=edges[1:-1])
        bounds = np.flatnonzero(edges)
        buckets = items[bounds[:-1]]
        counts = bounds[1:] - bounds[:-1]
        # A float16 idf widens exactly in the float64 product, as a float32 one did.
        weights = ((1.0 + np.log(counts)) * idf[buckets]).astype(np.float32)
        norm = np.float32(np.sqrt(weights @ weights))
        return buckets, weights / norm if norm > 0 else weights


@dataclass(frozen=True, slots=True)
class Reading:
    """A sentence as the narration model read it: its log-odds, and its bag (the distinct
    buckets and their weights, ``NarrationFeatures.bag``), which a ``BagHead`` reads again."""

    logit: float
    buckets: npt.NDArray[np.intp]
    weights: Vector


class BagHead:
    """Another linear head over the narration model's bag (its features and idf): the bag is
    computed once per sentence, for both. The head folds the bag's buckets into its own table
    (a bucket's last bits: ``len(weights)`` is a power of two; the retelling head's 2^18
    float16 take 512 kB where the bag's width would take 2 MB), as its training folded them,
    so a sentence costs one gather."""

    def __init__(self, weights: Vector, bias: float) -> None:
        size = len(weights)
        if size < 1 or size & (size - 1):
            raise ValueError(f"a bag head's table is a power of two long, not {size}")
        self._weights = weights  # as stored (float16); the few a sentence gathers are widened
        self._mask = size - 1
        self.bias = bias

    @classmethod
    def load(cls, path: Path, bias: float) -> BagHead:
        return cls(np.load(path), bias)

    def logit(self, reading: Reading) -> float:
        """The head's log-odds of the sentence read."""
        weights = self._weights[reading.buckets & self._mask].astype(np.float32)
        return self.bias + float(weights @ reading.weights)


class NarrationModel:
    """``score``: the probability that a sentence is narration; ``threshold``: the score from
    which training recommends flagging (``config.json``)."""

    def __init__(
        self,
        embedder: StaticEmbedder,
        features: NarrationFeatures,
        idf: Vector,
        bag_weights: Vector,
        embedding_weights: Vector,
        bias: float,
        threshold: float,
        cjk_offset: float = 0.0,
    ) -> None:
        if idf.shape != (features.buckets,) or bag_weights.shape != (features.buckets,):
            raise ValueError("the idf and bag weights do not match the configured buckets")
        if embedding_weights.shape != (embedder.dim,):
            raise ValueError(f"the head expects {embedding_weights.shape[0]} dimensions, the "
                             f"embedder gives {embedder.dim}")
        if not 0.0 < threshold < 1.0:
            raise ValueError(f"threshold {threshold} is not within (0, 1)")
        self._embedder = embedder
        self._features = features
        self._idf = idf
        self._w_bag = bag_weights
        self._w_embedding = embedding_weights
        self._uses_embedding = bool(embedding_weights.any())
        self._bias = bias
        self._cjk_offset = cjk_offset
        self.threshold = threshold

    @classmethod
    def load(cls, folder: Path, embedder: StaticEmbedder) -> NarrationModel:
        config = json.loads((folder / "config.json").read_text())
        return cls(
            embedder,
            NarrationFeatures(tuple(config["orders"]), int(config["buckets"]),
                              bool(config.get("cjk", False)), bool(config.get("gloss", False)),
                              bool(config.get("gloss_ngrams", False))),
            # Kept as stored (float16: half the memory of float32, 4 MiB less in all); the
            # few values a sentence gathers are widened exactly before any arithmetic.
            np.load(folder / "idf.npy"),
            np.load(folder / "bag_weights.npy"),
            np.load(folder / "embedding_weights.npy").astype(np.float32),
            float(config["bias"]),
            float(config["threshold"]),
            float(config.get("cjk_offset", 0.0)),
        )

    def logit(self, sentence: str, ids: Sequence[int] | None = None,
              vector: Vector | None = None) -> float:
        """The log-odds. ``ids`` and ``vector``: the sentence's token ids and embedding when
        the caller has them (``StaticEmbedder.token_ids``, ``embed_ids``)."""
        return self.read(sentence, ids, vector).logit

    def read(self, sentence: str, ids: Sequence[int] | None = None,
             vector: Vector | None = None) -> Reading:
        """The log-odds and the bag they were computed from (``logit``'s arguments)."""
        if ids is None:
            ids = self._embedder.token_ids(sentence)
        glossed = self.glossed(sentence) if self._features.gloss else None
        buckets, weights = self._features.bag(sentence, ids, self._idf, glossed)
        z = self._bias + float(self._w_bag[buckets].astype(np.float32) @ weights)
        if self._cjk_offset and cjk_share(sentence) >= CJK_SCRIPT_SHARE:
            z += self._cjk_offset
        if self._uses_embedding:
            if vector is None:
                vector = self._embedder.embed_ids(ids)
            z += float(self._w_embedding @ vector)
        return Reading(z, buckets, weights)

    def glossed(self, sentence: str) -> tuple[str, Sequence[int]] | None:
        """The sentence's cross-lingual gloss and its token ids; None when it needs none."""
        return gloss_of(self._embedder, sentence)

    def score(self, sentence: str, ids: Sequence[int] | None = None,
              vector: Vector | None = None) -> float:
        """The probability that the sentence is narration, 0..1."""
        z = self.logit(sentence, ids, vector)
        # Split by sign so that exp never overflows.
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def gloss_of(embedder: StaticEmbedder, sentence: str) -> tuple[str, Sequence[int]] | None:
    """The sentence's gloss (``gloss.packaged_gloss``) and the gloss's token ids, or None."""
    glossed = packaged_gloss().gloss(sentence)
    return None if glossed is None else (glossed, embedder.token_ids(glossed))


@cache
def packaged_narration_model() -> NarrationModel:
    """The head shipped in ``guardproxy/models/narration``, on the shipped embedder; loaded once."""
    return NarrationModel.load(MODELS / PACKAGED, packaged_embedder())
