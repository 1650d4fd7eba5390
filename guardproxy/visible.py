"""Detection on what a reader sees: a channel's detectors read its text without invisible
characters, so padding counts toward no window.

Invisible characters (``normalize.is_invisible``: format characters, combining marks,
default-ignorables, fillers) change nothing a reader sees, but every detector bounds what it
holds in characters: 80 zero-width spaces after each word pushed a run of the prompt out of the
hold-back window. ``VisibleText`` runs a channel's detectors over its visible characters only
and maps what they report back to the channel's offsets:

* a span covers its visible characters and the invisible ones touching them: between them,
  and the runs right before its first and after its last (a bidi override, the marks on its
  last letter), so a redaction leaves none of them behind;
* the hold point is where the invisible run before the first visible character a detector may
  still claim starts: invisible characters are held exactly when the visible ones after them
  are, and a run at the end of the text until a visible character ends it.

So the hold-back is ``bound`` visible characters, however many invisible ones come between.
What keeps the invisible ones bounded too is ``normalize.InvisibleRuns``: the channel drops the
characters of a run of invisible ones past its first ``MAX_INVISIBLE_RUN`` (a reader sees
nothing of them; they are never released, scanned or not), so the raw text held is at most
``bound + (bound + 1) * MAX_INVISIBLE_RUN`` characters. Both depend only on the text, never on
how it was chunked.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from guardproxy.normalize import INVISIBLE_RUN
from guardproxy.sanitizer import Detector, Span

__all__ = ["VisibleText"]

class VisibleText:
    """A channel's detectors, reading its visible characters (see the module doc)."""

    def __init__(self, detectors: Sequence[Detector]) -> None:
        self._detectors = detectors
        self.bound = max((d.bound for d in detectors), default=0)
        self._visible = 0  # visible characters received
        # The invisible runs a span or the hold point may still need, in order: the visible
        # offset each comes before, and how many invisible characters there are up to its end;
        # ``_shift``: how many come before the first of them.
        self._gaps: list[int] = []
        self._totals: list[int] = []
        self._shift = 0
        # Spans that end with the last visible character: the run after it, still arriving,
        # goes with them.
        self._open: list[tuple[Span, int]] = []
        self._hold = 0

    @property
    def hold_point(self) -> int:
        return self._hold

    def feed(self, text: str) -> list[Span]:
        if not text.isascii() and INVISIBLE_RUN.search(text) is not None:
            text = self._note_runs(text)
        else:
            self._visible += len(text)
        spans: list[Span] = self._grown() if self._open else []
        held = self._visible
        # Per token: detectors mostly find nothing, and the offsets are mostly the channel's.
        for detector in self._detectors:
            if found := detector.feed(text):
                spans.extend(self._mapped(list(found)))
        for detector in self._detectors:
            if (point := detector.hold_point) < held:
                held = point
        if not self._gaps and not self._shift:
            self._hold = held
            return spans
        if self._gaps and self._gaps[0] < held:
            # Runs before the first visible character held: no later span reaches them.
            cut = bisect_left(self._gaps, held)
            self._shift = self._totals[cut - 1]
            del self._gaps[:cut], self._totals[:cut]
        self._hold = held + self._before(held, bisect_left)  # with the run before it
        return spans

    def flush(self) -> list[Span]:
        spans = self._grown() if self._open else []
        found = [s for d in self._detectors for s in d.flush()]
        return spans + (self._mapped(found) if found else found)

    def _note_runs(self, text: str) -> str:
        """Record the invisible runs of ``text``; its visible characters."""
        pieces: list[str] = []
        at = 0
        total = self._totals[-1] if self._totals else self._shift
        for m in INVISIBLE_RUN.finditer(text):
            pieces.append(text[at : m.start()])
            self._visible += m.start() - at
            total += m.end() - m.start()
            if self._gaps and self._gaps[-1] == self._visible:  # a run that goes on
                self._totals[-1] = total
            else:
                self._gaps.append(self._visible)
                self._totals.append(total)
            at = m.end()
        pieces.append(text[at:])
        self._visible += len(text) - at
        return "".join(pieces)

    def _before(self, visible: int, side: Callable[[list[int], int], int]) -> int:
        """Invisible characters before visible character ``visible``: without the run right
        before it (``bisect_left``) or with it (``bisect_right``)."""
        at = side(self._gaps, visible) if self._gaps else 0
        return self._totals[at - 1] if at else self._shift

    def _mapped(self, spans: list[Span]) -> list[Span]:
        """Spans in the channel's offsets, with the invisible runs touching them."""
        if not self._gaps and not self._shift:
            mapped = spans  # nothing invisible yet: the offsets are the channel's
        else:
            mapped = [Span(s.start + self._before(s.start, bisect_left),
                           s.end + self._before(s.end, bisect_right), s.rule) for s in spans]
        for span, found in zip(mapped, spans, strict=True):
            if found.end == self._visible:
                self._open.append((span, found.end))
        return mapped

    def _grown(self) -> list[Span]:
        """What the run after a span's last visible character added since: it goes too."""
        grown: list[Span] = []
        still: list[tuple[Span, int]] = []
        for span, visible in self._open:
            end = visible + self._before(visible, bisect_right)
            if end > span.end:
                span = Span(span.end, end, span.rule)
                grown.append(span)
            if visible == self._visible:
                still.append((span, visible))
        self._open = still
        return grown
