"""Learned judges of whole sentences: is this sentence the model narrating its instructions
and filters (``NarrationJudge``), or retelling a protected sentence (``ParaphraseJudge`` in
``prompt_paraphrase``)?

A judge sees one completed sentence (``SafetyHintDetector`` cuts them, within its bound) and
returns a ``Verdict``: the model's score, whether the sentence is flagged, and what decided it.
Judges are pure functions of the text, so a sentence is judged the same however the stream was
chunked.

Ops teach a judge with example sentences (``Examples``): sentences to catch and sentences to
leave alone, embedded once at policy load. A sentence at least ``similarity`` (cosine) close to
an example is decided by its nearest example; any other by the classifier's score against the
threshold. So an operator fixes a miss or a false positive by adding the sentence (or one like
it) to the policy, without retraining.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from guardproxy.detectors.embedding import StaticEmbedder
from guardproxy.detectors.narration_model import NarrationModel
from guardproxy.detectors.shared_narration import SharedNarration

__all__ = ["Examples", "NarrationJudge", "SentenceJudge", "Verdict"]


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float  # the model's score, 0..1
    flagged: bool
    # What decided, for `guardproxy scan --explain`: "catch[2]" or "allow[0]" (the nearest
    # example), "prompt sentence 3" (the protected sentence retold, by number only: never its
    # text), or "" (the classifier's score alone).
    nearest: str = ""
    similarity: float = 0.0  # the cosine to ``nearest``
    threshold: float = 0.0  # the score from which the model alone flags


class SentenceJudge(Protocol):
    def __call__(self, sentence: str) -> Verdict: ...


Matrix = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Examples:
    """Sentences ops listed in a policy, embedded (rows are L2-normalized, so a product is a
    cosine)."""

    catch: Matrix
    allow: Matrix
    similarity: float

    @classmethod
    def embed(cls, embedder: StaticEmbedder, catch: Sequence[str], allow: Sequence[str],
              similarity: float) -> Examples:
        return cls(_rows(embedder, catch), _rows(embedder, allow), similarity)

    def __bool__(self) -> bool:
        return bool(len(self.catch) or len(self.allow))

    def nearest(self, vector: Matrix) -> tuple[str, float] | None:
        """The nearest example at ``similarity`` or closer: ("catch[i]" or "allow[i]",
        cosine); None if none is that close."""
        best: tuple[str, float] | None = None
        for name, rows in (("catch", self.catch), ("allow", self.allow)):
            if not len(rows):
                continue
            cosines = rows @ vector
            i = int(np.argmax(cosines))
            cosine = float(cosines[i])
            if cosine >= self.similarity and (best is None or cosine > best[1]):
                best = (f"{name}[{i}]", cosine)
        return best


def _rows(embedder: StaticEmbedder, texts: Sequence[str]) -> Matrix:
    if not texts:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    return np.asarray(embedder.embed_many(list(texts)), dtype=np.float32)


class NarrationJudge:
    """The narration classifier, with the policy's examples as nearest neighbours beside it."""

    def __init__(self, model: NarrationModel | SharedNarration, embedder: StaticEmbedder,
                 threshold: float, examples: Examples) -> None:
        self._model = model
        self._embedder = embedder
        self._threshold = threshold
        self._examples = examples if examples else None

    def __call__(self, sentence: str) -> Verdict:
        score = self._model.score(sentence)
        if self._examples is not None:
            near = self._examples.nearest(self._embedder.embed(sentence))
            if near is not None:
                name, cosine = near
                return Verdict(score, name.startswith("catch"), name, cosine, self._threshold)
        return Verdict(score, score >= self._threshold, threshold=self._threshold)
