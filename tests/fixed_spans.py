"""A scripted detector for sanitizer tests: it claims fixed spans."""

from __future__ import annotations

from collections.abc import Sequence

from guardproxy.sanitizer import Span


class FixedSpans:
    """Claims fixed spans once it has seen their end; holds from the next one's start."""

    def __init__(self, spans: Sequence[Span], bound: int = 64) -> None:
        self._spans = sorted(spans, key=lambda s: s.start)
        self._end = 0
        self.bound = bound

    @property
    def hold_point(self) -> int:
        return min([*(s.start for s in self._spans if s.end > self._end), self._end])

    def feed(self, text: str) -> list[Span]:
        before, self._end = self._end, self._end + len(text)
        return [s for s in self._spans if before < s.end <= self._end]

    def flush(self) -> list[Span]:
        return [s for s in self._spans if s.end > self._end]
