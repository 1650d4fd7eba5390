"""The per-caller leak budget: how much of a prompt already reached a caller, across requests.

A caller who extracts ``min_words - 1`` words per response never trips a run detector, and
over many requests still gets the whole prompt. So the proxy remembers, per caller (the digest
of its credentials, ``replay.replay_scope``) and per prompt (a digest of the protected texts),
which of the prompt's three-word windows appeared in the responses it was sent: one entry per
window position (the store is write-once), never the text, in the replay store (memory, or
Redis shared by replicas) under a TTL. Once the share of windows the caller has seen reaches
the policy's ``coverage``, every further prompt window (three consecutive prompt words) in a
response to it is redacted.

A window counts when it appears in a response's text as the upstream sent it, before other
rules redact: the count errs towards the caller having seen more (fail closed). Concurrent
responses to one caller each count from what was stored when they began.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Sequence

from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.replay import ReplayStore, replay_key
from guardproxy.sanitizer import Span
from guardproxy.segment import MAX_WORD, Word, WordStream

__all__ = ["Coverage", "CoverageDetector", "prompt_fingerprint"]

log = logging.getLogger("guardproxy.leak_budget")

KIND = "leak-budget"
WINDOW = 3  # words: the prompt index's trigrams
MAX_WINDOWS = 4096  # windows tracked per prompt: one store entry each, all read per request


def prompt_fingerprint(texts: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()


class Coverage:
    """One response's view of a caller's budget for one prompt: the windows seen before it
    (``load``) and in it, and whether the budget is spent. The store is write-once, so each
    window seen is its own entry (a fact that never changes: two replicas adding the same
    window, or different ones, lose nothing); the first ``MAX_WINDOWS`` windows of a prompt
    are tracked."""

    def __init__(self, share: float, ttl: float, fingerprint: str) -> None:
        self.limit = share  # of the windows, once seen, spends the budget
        self.ttl = ttl
        self.fingerprint = fingerprint
        self.windows = 1
        self._bits = bytearray(1)
        self._count = 0
        self._new: list[int] = []  # windows first seen in this response
        self.spent_before = False  # the budget was spent when the response began

    def bind(self, windows: int) -> None:
        """Size the bitmap to the prompt's windows (known once its index is built)."""
        self.windows = min(max(windows, 1), MAX_WINDOWS)
        self._bits = bytearray((self.windows + 7) // 8)
        self._count = 0

    @property
    def over(self) -> bool:
        return self._count >= self.limit * self.windows

    @property
    def added(self) -> int:
        return len(self._new)

    def see(self, position: int) -> None:
        if self._mark(position):
            self._new.append(position)

    def _mark(self, position: int) -> bool:
        byte, bit = divmod(position, 8)
        if position >= self.windows or self._bits[byte] & (1 << bit):
            return False
        self._bits[byte] |= 1 << bit
        self._count += 1
        return True

    async def load(self, store: ReplayStore, scope: str) -> None:
        """The windows this caller was sent before (after ``bind``); an unreachable store
        counts as none (logged)."""
        keys = [_key(scope, self.fingerprint, i) for i in range(self.windows)]
        try:
            values = await store.get_many(keys)
        except Exception as exc:
            log.warning("leak budget: store unavailable on load: %s", type(exc).__name__)
            values = []
        for position, value in enumerate(values):
            if value is not None:
                self._mark(position)
        self.spent_before = self.over

    async def save(self, store: ReplayStore, scope: str) -> None:
        """Keep the windows first seen in this response, each for ``ttl`` seconds."""
        new, self._new = self._new, []
        if not new:
            return
        try:
            await asyncio.gather(*(store.put(_key(scope, self.fingerprint, i), b"1", self.ttl,
                                             scope) for i in new))
        except Exception as exc:
            log.warning("leak budget: store unavailable on save: %s", type(exc).__name__)


def _key(scope: str, fingerprint: str, window: int) -> str:
    return replay_key(scope, KIND, fingerprint, window.to_bytes(4, "big"))


class CoverageDetector:
    """Reads a channel's words, marks the prompt windows in it as seen, and once the budget is
    spent reports each window as a span of ``rule``. Under budget it holds nothing; over it,
    the last two words (a window in the making), within ``bound`` characters."""

    def __init__(self, index: PromptIndex, coverage: Coverage, rule: int, bound: int) -> None:
        self._trigrams = index.trigrams
        self._coverage = coverage
        self._rule = rule
        self.bound = bound
        self._words = WordStream()
        self._last: list[Word] = []  # the last two complete words
        self._end = 0

    @property
    def hold_point(self) -> int:
        if not self._coverage.over:
            return self._end
        partial = self._words.partial_start
        start = self._last[0].start if self._last else (
            partial if partial is not None else self._end)
        return max(start, self._end - self.bound)

    def feed(self, text: str) -> list[Span]:
        self._end += len(text)
        return self._read(self._words.feed(text))

    def flush(self) -> list[Span]:
        return self._read(self._words.flush())

    def _read(self, words: list[Word]) -> list[Span]:
        spans: list[Span] = []
        for word in words:
            self._last.append(word)
            if len(self._last) == WINDOW and self._last[-1].start - self._last[0].end \
                    <= self.bound - 2 * MAX_WORD:
                found = self._trigrams.get((self._last[0].norm, self._last[1].norm, word.norm))
                if found:
                    over = self._coverage.over
                    for position in found:
                        self._coverage.see(position)
                    if over:
                        spans.append(Span(self._last[0].start, word.end, self._rule))
            if len(self._last) == WINDOW:
                del self._last[0]
        return spans
