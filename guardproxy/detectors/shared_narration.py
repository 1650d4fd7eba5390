"""The narration model's log-odds of the sentences being judged, shared by the rules that read
them: the `safety_hints` judge scores a sentence, and the paraphrase scorer reads the same
sentence's log-odds as its framing signal ("the setup wants me to", "per my brief"). One
computation serves both.

The embedder already keeps the token ids and mean of its recent texts (``embedding.RECENT``);
``SharedNarration`` keeps the log-odds of as many recent sentences, on the packaged object
(bounded, thread-safe: ``functools.lru_cache``), so a sentence is tokenized, embedded and
narration-scored once however many rules judge it. What is kept is the model's ``Reading``: the
paraphrase scorer's retelling head (a ``BagHead``) reads the same bag again. A log-odds is a pure
function of the text (the ids and vector a caller passes are the text's own), so keying by the text
alone is exact.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Protocol

from guardproxy.detectors.embedding import RECENT, Vector
from guardproxy.detectors.narration_model import NarrationModel, Reading, packaged_narration_model

__all__ = ["NarrationLogit", "SharedNarration", "packaged_shared_narration", "uncached"]


class NarrationLogit(Protocol):
    """What reads a sentence's narration log-odds (``NarrationModel`` or ``SharedNarration``)."""

    def logit(self, sentence: str, ids: Sequence[int] | None = None,
              vector: Vector | None = None) -> float: ...

    def read(self, sentence: str, ids: Sequence[int] | None = None,
             vector: Vector | None = None) -> Reading: ...


class SharedNarration:
    """A narration model whose log-odds of the last ``RECENT`` sentences are kept."""

    def __init__(self, model: NarrationModel) -> None:
        self.model = model
        self.threshold = model.threshold
        self._recent = lru_cache(maxsize=RECENT)(self._compute)

    def _compute(self, sentence: str) -> Reading:
        return self.model.read(sentence)

    def logit(self, sentence: str, ids: Sequence[int] | None = None,
              vector: Vector | None = None) -> float:
        """The log-odds (``ids`` and ``vector`` are accepted for the protocol; the embedder
        keeps them for the text already, so the first computation reads them from there)."""
        return self.read(sentence).logit

    def read(self, sentence: str, ids: Sequence[int] | None = None,
             vector: Vector | None = None) -> Reading:
        """The log-odds and the bag (``logit``'s arguments)."""
        reading: Reading = self._recent(sentence)
        return reading

    def score(self, sentence: str, ids: Sequence[int] | None = None,
              vector: Vector | None = None) -> float:
        """The probability that the sentence is narration, 0..1."""
        z = self.read(sentence).logit
        # Split by sign so that exp never overflows.
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def cache_info(self) -> tuple[int, int]:
        """(hits, misses) of the kept log-odds, for tests."""
        info = self._recent.cache_info()
        return info.hits, info.misses


def uncached(narration: NarrationLogit) -> NarrationLogit:
    """The model behind a ``SharedNarration``: for texts read once (a prompt's protected
    sentences, when its scorer is built), which must neither sit in the shared cache nor push
    the sentences being judged out of it."""
    return narration.model if isinstance(narration, SharedNarration) else narration


@cache
def packaged_shared_narration() -> SharedNarration:
    """The packaged narration model behind the proxy's rules, shared by them; loaded once."""
    return SharedNarration(packaged_narration_model())
