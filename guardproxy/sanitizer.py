"""The per-channel streaming redactor.

A channel is one stream of text (choice 0's reasoning, choice 1's answer, ...). Its detectors
run side by side over the same text and report spans; the channel merges them and releases text
as soon as no detector can still claim it.

Contracts:

* ``Detector.feed(text) -> spans`` and ``Detector.flush() -> spans`` see the channel's text in
  order; offsets are absolute within the channel. ``hold_point`` is the smallest offset a span
  reported later may start at; a detector keeps ``end - hold_point`` within its ``bound``
  by rules that depend only on the text, never on how it was chunked.
* ``Channel.feed(text) -> released`` and ``Channel.flush() -> released``: for every way of
  cutting a text into chunks the concatenated releases equal the one-shot result, and the text
  held back never exceeds ``Channel.bound``.

Overlapping or touching spans merge into one region, shown as one marker: the marker of the
region's earliest span (ties go to the rule listed first in the policy).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

__all__ = ["Channel", "Detector", "Region", "Span"]


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``[start, end)`` of a channel that rule ``rule`` (its policy index) claims."""

    start: int
    end: int
    rule: int


@dataclass(slots=True)
class Region:
    """A merged run of redacted characters, as released to the client (or, for a shadow
    channel, as it would have been)."""

    start: int
    end: int
    rule: int
    shadow: bool = False


class Detector(Protocol):
    bound: int

    @property
    def hold_point(self) -> int: ...

    def feed(self, text: str) -> Sequence[Span]: ...

    def flush(self) -> Sequence[Span]: ...


class Channel:
    """Runs detectors over one channel's text and releases it with markers in place.

    ``on_region`` is called once per region, when it can no longer grow. A ``shadow`` channel
    runs over the same text to report what rules in shadow mode would redact; its output is
    dropped and its hold-back does not delay this channel.
    """

    def __init__(
        self,
        detectors: Sequence[Detector],
        markers: Sequence[str],
        on_region: Callable[[Region], None] | None = None,
        *,
        shadow: Channel | None = None,
        is_shadow: bool = False,
    ) -> None:
        self._detectors = detectors
        self._markers = markers  # indexed by Span.rule
        self._on_region = on_region
        self._shadow = shadow
        self._is_shadow = is_shadow
        self.bound = max((d.bound for d in detectors), default=0)
        self._pending = ""  # text from `released` to `end`
        self._released = 0
        self._end = 0
        self._spans: list[Span] = []
        self._region: Region | None = None  # the last region whose marker went out

    @property
    def held(self) -> int:
        """Characters received but not yet released."""
        return self._end - self._released

    def feed(self, text: str) -> str:
        if not text:
            return ""
        if self._shadow is not None:
            self._shadow.feed(text)
        self._pending += text
        self._end += len(text)
        if not self._detectors:
            return self._release(self._end)
        for detector in self._detectors:
            self._spans.extend(detector.feed(text))
        return self._release(min(d.hold_point for d in self._detectors))

    def flush(self) -> str:
        if self._shadow is not None:
            self._shadow.flush()
        for detector in self._detectors:
            self._spans.extend(detector.flush())
        out = self._release(self._end)
        self._close_region()
        return out

    def _release(self, upto: int) -> str:
        if upto <= self._released:
            return ""
        out: list[str] = []
        pos = self._past_region(self._released, upto)
        if self._spans:
            self._spans.sort(key=lambda s: (s.start, s.rule))
            keep: list[Span] = []
            for span in self._spans:
                region = self._region
                if span.start >= upto:
                    keep.append(span)
                    continue
                if region is not None and span.start <= region.end:
                    region.end = max(region.end, span.end)  # touching spans: one region
                else:
                    start = max(span.start, pos)
                    out.append(self._text(pos, start))
                    out.append(self._markers[span.rule])
                    self._close_region()
                    self._region = Region(start, span.end, span.rule, self._is_shadow)
                    pos = start
                pos = self._past_region(pos, upto)
            self._spans = keep
        out.append(self._text(pos, upto))
        self._pending = self._pending[upto - self._released :]
        self._released = upto
        if self._region is not None and self._region.end < upto:
            self._close_region()  # later spans start at `upto` or after: it cannot grow
        return "".join(out)

    def _text(self, start: int, end: int) -> str:
        return self._pending[start - self._released : end - self._released]

    def _past_region(self, pos: int, upto: int) -> int:
        """Skip the part of the open region whose marker already went out."""
        region = self._region
        return min(region.end, upto) if region is not None and region.end > pos else pos

    def _close_region(self) -> None:
        if self._region is not None and self._on_region is not None:
            self._on_region(self._region)
        self._region = None
