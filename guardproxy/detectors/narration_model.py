"""The learned narration detector: how likely a sentence is the model narrating its own
instructions, operator, filters, training or refusal policy, or recognizing an attack.

A logistic regression over three views of the sentence (``training/train_narration.py`` fits it):

- its static embedding (``embedding.StaticEmbedder``): meaning, so that a wording nobody wrote
  down still lands near the narrations it resembles;
- its bag of tokens, one weight per token of the embedder's vocabulary: the words that tell
  narration ("configured", "instructions", "told me") count whatever surrounds them, where the
  mean of a long sentence would dilute them;
- its hashed character n-grams (``embedding.char_ngram_hashes``), weighted per bucket: word forms
  the teacher's vocabulary does not know (most Chinese characters) and inflections across
  languages.

Scoring is numpy only: one dot product and two gathers, tens of microseconds a sentence.
"""

from __future__ import annotations

import json
import math
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
    packaged_embedder,
)

__all__ = ["NarrationFeatures", "NarrationModel", "bag_weight", "packaged_narration_model"]

PACKAGED = "narration"


@dataclass(frozen=True, slots=True)
class NarrationFeatures:
    """How a sentence becomes features; shared by training and scoring so they never drift."""

    orders: tuple[int, ...]
    buckets: int

    def ngrams(self, sentence: str) -> tuple[npt.NDArray[np.intp], float]:
        """The n-gram buckets (one per occurrence) and the weight of each."""
        hashes = char_ngram_hashes(sentence, self.orders, self.buckets)
        return hashes, bag_weight(len(hashes))


def bag_weight(count: int) -> float:
    """Each of a bag's ``count`` items weighs 1/sqrt(count): a long sentence's bag does not
    outvote a short one's, nor does one word decide a long sentence."""
    return 1.0 / math.sqrt(count) if count else 0.0


class NarrationModel:
    def __init__(
        self,
        embedder: StaticEmbedder,
        features: NarrationFeatures,
        embedding_weights: Vector,
        token_weights: Vector,
        ngram_weights: Vector,
        bias: float,
    ) -> None:
        if token_weights.shape != (embedder.rows,):
            raise ValueError("the token weights do not match the embedder's vocabulary")
        if embedding_weights.shape != (embedder.dim,):
            raise ValueError(f"the head expects {embedding_weights.shape[0]} dimensions, the "
                             f"embedder gives {embedder.dim}")
        if ngram_weights.shape != (features.buckets,):
            raise ValueError("the n-gram weights do not match the configured buckets")
        self._embedder = embedder
        self._features = features
        self._w_embedding = embedding_weights
        self._w_tokens = token_weights
        self._w_ngrams = ngram_weights
        self._bias = bias

    @classmethod
    def load(cls, folder: Path, embedder: StaticEmbedder) -> NarrationModel:
        config = json.loads((folder / "config.json").read_text())
        features = NarrationFeatures(tuple(config["orders"]), int(config["buckets"]))
        return cls(
            embedder,
            features,
            np.load(folder / "embedding_weights.npy").astype(np.float32),
            np.load(folder / "token_weights.npy").astype(np.float32),
            np.load(folder / "ngram_weights.npy").astype(np.float32),
            float(config["bias"]),
        )

    def logit(self, sentence: str) -> float:
        ids = self._embedder.token_ids(sentence)
        hashes, weight = self._features.ngrams(sentence)
        z = self._bias + float(self._w_embedding @ self._embedder.embed_ids(ids))
        z += float(self._w_tokens[ids].sum()) * bag_weight(len(ids))
        return z + float(self._w_ngrams[hashes].sum()) * weight

    def score(self, sentence: str) -> float:
        """The probability that the sentence is narration, 0..1."""
        z = self.logit(sentence)
        # Split by sign so that exp never overflows.
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


@cache
def packaged_narration_model() -> NarrationModel:
    """The head shipped in ``guardproxy/models/narration``, on the shipped embedder; loaded once."""
    return NarrationModel.load(MODELS / PACKAGED, packaged_embedder())
