"""The per-caller leak budget: how much of a prompt already reached a caller, across requests.

A caller who extracts ``min_words - 1`` words per response never trips a run detector, and
over many requests still gets the whole prompt. So the proxy remembers, per caller (the digest
of its credentials, ``replay.replay_scope``) and per prompt (a digest of the protected texts),
which of the prompt's three-word windows appeared in the responses it was sent: a bitmap of
window positions, never the text, in the replay store (memory, or Redis shared by replicas)
under a TTL. Once the share of windows the caller has seen reaches the policy's ``coverage``,
every further prompt window (three consecutive prompt words) in a response to it is redacted.

A window counts when it appears in a response's text as the upstream sent it, before other
rules redact: the count errs towards the caller having seen more (fail closed). Two replicas
updating one caller's bitmap at once merge what they read with what they add; an update
between the read and the write of another can be lost (the count then errs the other way by
that one response).
"""

from __future__ import annotations

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


def prompt_fingerprint(texts: Sequence[str]) -> str:
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()


class Coverage:
    """One response's view of a caller's budget for one prompt: the windows seen before it
    (loaded) and in it, and whether the budget is spent."""

    def __init__(self, share: float, ttl: float, seen: bytes = b"",
                 fingerprint: str = "") -> None:
        self.limit = share  # of the windows, once seen, spends the budget
        self.ttl = ttl
        self.fingerprint = fingerprint
        self._seen = seen
        self.spent_before = False  # the budget was spent when the response began
        self.windows = 1
        self._bits = bytearray()
        self._count = 0
        self.added = 0  # windows first seen in this response

    def bind(self, windows: int) -> None:
        """Size the bitmap to the prompt's windows (known once its index is built)."""
        self.windows = max(windows, 1)
        size = (self.windows + 7) // 8
        self._bits = bytearray(self._seen[:size].ljust(size, b"\0"))
        self._count = sum(b.bit_count() for b in self._bits)
        self.spent_before = self.over

    @property
    def over(self) -> bool:
        return self._count >= self.limit * self.windows

    @property
    def share(self) -> float:
        return self._count / self.windows

    def see(self, position: int) -> None:
        byte, bit = divmod(position, 8)
        if byte < len(self._bits) and not self._bits[byte] & (1 << bit):
            self._bits[byte] |= 1 << bit
            self._count += 1
            self.added += 1

    def bitmap(self) -> bytes:
        return bytes(self._bits)

    @classmethod
    async def load(cls, store: ReplayStore, share: float, ttl: float, scope: str,
                   fingerprint: str) -> Coverage:
        """The caller's coverage so far; an unreachable store counts as none seen (logged)."""
        try:
            seen = await store.get(_key(scope, fingerprint)) or b""
        except Exception as exc:
            log.warning("leak budget: store unavailable on load: %s", type(exc).__name__)
            seen = b""
        return cls(share, ttl, seen, fingerprint)

    async def save(self, store: ReplayStore, scope: str, fingerprint: str) -> None:
        """Merge this response's windows into the stored bitmap (read again first, so that
        another replica's update since the load is kept)."""
        if not self.added:
            return
        key = _key(scope, fingerprint)
        try:
            stored = await store.get(key) or b""
            merged = bytes(a | b for a, b in zip(self._bits, stored.ljust(len(self._bits),
                                                                          b"\0"), strict=False))
            await store.put(key, merged, self.ttl)
        except Exception as exc:
            log.warning("leak budget: store unavailable on save: %s", type(exc).__name__)
        self.added = 0


def _key(scope: str, fingerprint: str) -> str:
    return replay_key(scope, KIND, fingerprint, b"")


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
