"""Splitting inline reasoning out of an answer stream.

Many servers (K2 Think's own serving, any server without a reasoning parser) put the chain of
thought inside `content`. ``ThinkSplitter`` turns that text into parts: reasoning, answer and
the markers themselves, which the codec passes through unchanged so clients see what they
expect. The markers are a model family's (guardproxy.think_formats): `<think>...</think>` by
default, Granite's "Here is my thought process:" / "Here is my response:", harmony channels.

* An ``open`` marker opens reasoning only at the start of the content (after whitespace): a
  literal `<think>` later in an answer, in a code sample say, is answer text.
* A ``close`` marker closes reasoning; everything after it is answer (K2's `<answer>` tags
  included). An ``ends`` marker ends reasoning too, but is itself the answer's first text
  (Qwen3's `<tool_call>` without `</think>`): the reasoning track is flushed at it
  (``Part.CLOSE`` with no text), and the marker goes on as answer.
* ``prefilled`` is for templates that pre-fill the open marker: the content starts inside
  reasoning, unless the server has already sent reasoning in a field of its own
  (``parsed_elsewhere``): then it parses reasoning out, and its content is answer.
* A marker split across chunks is held back until it is complete or proven not to be one
  (``bound``: one less than the longest marker).
"""

from __future__ import annotations

from enum import Enum

from guardproxy.think_formats import PRESETS, ThinkFormat

__all__ = ["CLOSE", "OPEN", "Part", "ThinkSplitter"]

OPEN = "<think>"
CLOSE = "</think>"


class Part(Enum):
    REASONING = "reasoning"
    ANSWER = "answer"
    TAG = "tag"  # an open marker
    CLOSE = "close"  # the end of reasoning: a close marker, or "" before an implicit end


class _Mode(Enum):
    START = 0  # nothing but whitespace so far: an open marker may still open reasoning
    REASONING = 1
    ANSWER = 2


class ThinkSplitter:
    """``feed(text) -> [(part, text), ...]``; ``flush()`` releases a held partial marker."""

    def __init__(self, markers: ThinkFormat = PRESETS["think"], *,
                 prefilled: bool | None = None) -> None:
        self._prefilled = bool(markers.prefilled if prefilled is None else prefilled)
        self._opens = sorted(markers.open, key=len, reverse=True)
        self._closes = markers.close
        self._ends = markers.ends
        self._stops = (*markers.close, *markers.ends)
        self._mode = _Mode.START
        self._held = ""  # a possible marker prefix at the end of what was received
        self.bound = max(map(len, (*self._opens, *self._stops))) - 1

    @property
    def in_reasoning(self) -> bool:
        return self._mode is _Mode.REASONING or (self._mode is _Mode.START and self._prefilled)

    def parsed_elsewhere(self) -> None:
        """The server parses reasoning out itself (it sent some in a field of its own): content
        that has not started yet starts as answer, ``prefilled`` or not."""
        if self._mode is _Mode.START:
            self._prefilled = False

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
        for marker in self._opens:
            if stripped.startswith(marker):
                parts.append((Part.TAG, marker))
                self._mode = _Mode.REASONING
                return stripped[len(marker) :]
        if any(marker.startswith(stripped) for marker in self._opens):
            self._held = stripped  # maybe the start of an open marker: wait for more
            return ""
        self._mode = _Mode.REASONING if self._prefilled else _Mode.ANSWER
        return stripped

    def _reasoning(self, buf: str, parts: list[tuple[Part, str]]) -> str:
        found = [(at, -len(m), m) for m in self._stops if (at := buf.find(m)) >= 0]
        if found:
            at, _, marker = min(found)  # the first; of two at one place, the longer
            if at:
                parts.append((Part.REASONING, buf[:at]))
            self._mode = _Mode.ANSWER
            if marker in self._closes:
                parts.append((Part.CLOSE, marker))
                return buf[at + len(marker) :]
            parts.append((Part.CLOSE, ""))
            return buf[at:]
        keep = max(_partial_suffix(buf, m) for m in self._stops)
        if len(buf) > keep:
            parts.append((Part.REASONING, buf[: len(buf) - keep]))
        self._held = buf[len(buf) - keep :]
        return ""


def _partial_suffix(text: str, marker: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of ``marker``."""
    for n in range(min(len(marker) - 1, len(text)), 0, -1):
        if text.endswith(marker[:n]):
            return n
    return 0
