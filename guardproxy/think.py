"""Splitting inline `<think>...</think>` reasoning out of an answer stream.

Many servers (K2 Think's own serving, any server without a reasoning parser) put the chain of
thought inside `content`. ``ThinkSplitter`` turns that text into parts: reasoning, answer and
the tags themselves, which the codec passes through unchanged so clients see what they expect.

* `<think>` opens reasoning only at the start of the content (after whitespace): a literal
  `<think>` later in an answer, in a code sample say, is answer text.
* `</think>` closes reasoning; everything after it is answer (K2's `<answer>` tags included).
* ``prefilled`` is for templates that pre-fill `<think>`: the content starts inside reasoning.
* A tag split across chunks is held back until it is complete or proven not to be a tag.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["CLOSE", "OPEN", "Part", "ThinkSplitter"]

OPEN = "<think>"
CLOSE = "</think>"


class Part(Enum):
    REASONING = "reasoning"
    ANSWER = "answer"
    TAG = "tag"


class _Mode(Enum):
    START = 0  # nothing but whitespace so far: `<think>` may still open reasoning
    REASONING = 1
    ANSWER = 2


class ThinkSplitter:
    """``feed(text) -> [(part, text), ...]``; ``flush()`` releases a held partial tag."""

    def __init__(self, *, prefilled: bool = False) -> None:
        self._prefilled = prefilled
        self._mode = _Mode.START
        self._held = ""  # a possible tag prefix at the end of what was received
        self.bound = len(CLOSE) - 1

    @property
    def in_reasoning(self) -> bool:
        return self._mode is _Mode.REASONING or (self._mode is _Mode.START and self._prefilled)

    def feed(self, text: str) -> list[tuple[Part, str]]:
        buf = self._held + text
        self._held = ""
        parts: list[tuple[Part, str]] = []
        while buf:
            if self._mode is _Mode.ANSWER:
                parts.append((Part.ANSWER, buf))
                break
            if self._mode is _Mode.START:
                buf = self._start(buf, parts)
            else:
                buf = self._reasoning(buf, parts)
        return parts

    def flush(self) -> list[tuple[Part, str]]:
        held, self._held = self._held, ""
        if not held:
            return []
        return [(Part.REASONING if self.in_reasoning else Part.ANSWER, held)]

    def _start(self, buf: str, parts: list[tuple[Part, str]]) -> str:
        stripped = buf.lstrip()
        lead = buf[: len(buf) - len(stripped)]
        if lead:
            parts.append((Part.REASONING if self._prefilled else Part.ANSWER, lead))
        if stripped.startswith(OPEN):
            parts.append((Part.TAG, OPEN))
            self._mode = _Mode.REASONING
            return stripped[len(OPEN) :]
        if OPEN.startswith(stripped):
            self._held = stripped  # maybe the start of `<think>`: wait for more
            return ""
        self._mode = _Mode.REASONING if self._prefilled else _Mode.ANSWER
        return stripped

    def _reasoning(self, buf: str, parts: list[tuple[Part, str]]) -> str:
        at = buf.find(CLOSE)
        if at >= 0:
            if at:
                parts.append((Part.REASONING, buf[:at]))
            parts.append((Part.TAG, CLOSE))
            self._mode = _Mode.ANSWER
            return buf[at + len(CLOSE) :]
        keep = _partial_suffix(buf, CLOSE)
        if len(buf) > keep:
            parts.append((Part.REASONING, buf[: len(buf) - keep]))
        self._held = buf[len(buf) - keep :]
        return ""


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of ``tag``."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0
