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

One response, one leak state per kind. A channel's detectors read its own text (``Reader``);
a shared channel also joins its kind's reader for the response, which keeps the end of the
kind's text in arrival order and reads it, with detectors of its own, while channels of the
kind are open together (two choices streamed side by side, a text and its copy): a channel
switch is read as a word break, and each channel gets the part of a span that covers its own
text and holds its text until both readers release it. A channel's own detectors first read
the end of the kind's text as context, which the channel never releases, so a run that goes on
across a reset is one run (at its first read: the end as it stands if no other channel of the
kind is open then, else as it stood when the channel was made, the kind's reading covering
the rest); a span reaching into the context is redacted from the channel's
first character. A channel that ends leaves its text in the kind's reading as context for the
others; if the reading still holds some of it, the reading first tells what it holds (as at a
channel's end: each open channel gets its part) and starts again from the tail. A drop in one
channel withholds the rest of every one of the kind: from where each stands (what it holds,
and all it gets later), behind the drop rule's marker, shown once in each channel that has text
withheld (unless a region of its own, already shown, runs on into it), so no channel's text
goes missing without a sign. That part is not reported as a region: the drop is counted and
audited once, where it was found.

Overlapping or touching spans merge into one region, shown as one marker: the marker of the
region's earliest span (ties go to the rule listed first in the policy). The marker goes out
when the region opens, before a later span can join it, so no other choice keeps the output
independent of chunking. The region still records every rule whose span is in it
(``Region.parts``: each rule's extent within it), so metrics and the audit log count and hash
each rule's own match, not only the rule whose marker the client sees.

Actions (``actions``, by rule; ``redact`` when not given). ``redact`` and ``mask`` replace a
region with the rule's marker (a mask is a marker of fixed width); ``audit`` rules run in the
shadow channel. ``drop``: from the region's start the rest of the channel is withheld and the
client sees the marker once. ``block``: the channel raises ``Blocked`` as soon as the span is
reported, before any text of the region is released; the proxy ends the response with an error.

Invisible characters. A run of them is kept to its first ``MAX_INVISIBLE_RUN`` characters
(``normalize.InvisibleRuns``: a reader sees none of them, and nothing else holds them back);
the policy's channels run their detectors on the visible characters (``visible.VisibleText``),
so the hold-back counts those.

Errors. A detector that raises makes the channel raise ``DetectorError``: what it held is never
released (fail-closed). With ``fail_open`` the channel reports the error to ``on_error``
instead and passes the rest of its text through unscanned.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from guardproxy.normalize import INVISIBLE_RUN, InvisibleRuns

__all__ = [
    "Action", "Blocked", "Channel", "Detector", "DetectorError", "Mode", "Reader", "Region",
    "Span",
]

# What a rule does with what it finds (see above), and whether it does it (``shadow``: detect,
# count and log only). The policy schema, the channels and the metrics all use these two.
Action = Literal["redact", "mask", "drop", "block", "audit"]
Mode = Literal["enforce", "shadow"]

# The most characters of a region's own text kept for ``Region.text``: the audit log hashes it,
# and a region can grow as long as a channel (a dropped rest of a stream).
REGION_TEXT_LIMIT = 4096


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
    # Every rule whose span is in the region (``rule`` included): the first and last character
    # its spans cover, clipped to the region. Offsets only, so repr may show them.
    parts: dict[int, tuple[int, int]] = field(default_factory=dict, compare=False)
    # Withheld because another channel of the kind dropped: shown, never reported (the drop
    # is reported where it was found).
    echo: bool = field(default=False, compare=False)
    # The original characters (their first REGION_TEXT_LIMIT), set when the region is reported:
    # for a keyed hash in the audit log only. Kept out of repr so no log line can show it.
    text: str = field(default="", repr=False, compare=False)

    def add(self, rule: int, start: int, end: int) -> None:
        """Rule ``rule``'s span ``[start, end)`` is in the region."""
        start = max(start, self.start)
        end = max(start, min(end, self.end))
        if (known := self.parts.get(rule)) is not None:
            start, end = min(start, known[0]), max(end, known[1])
        self.parts[rule] = (start, end)

    def rules(self) -> list[int]:
        """The rules whose spans are in the region: the marker's first, then by where their
        spans start (ties: policy order)."""
        if not self.parts:
            return [self.rule]
        return sorted(self.parts, key=lambda r: (r != self.rule, self.parts[r][0], r))

    def part_text(self, rule: int) -> str:
        """The characters rule ``rule``'s spans cover (within the kept ``text``; the whole
        region's when the rule has no part recorded)."""
        if rule not in self.parts:
            return self.text
        start, end = self.parts[rule]
        return self.text[start - self.start : end - self.start]

    def shift(self, offset: int) -> None:
        """Move every offset back by ``offset`` (from the read text to the channel's own)."""
        self.start -= offset
        self.end -= offset
        self.parts = {r: (a - offset, b - offset) for r, (a, b) in self.parts.items()}


class Blocked(Exception):
    """A rule whose action is ``block`` found something: the response must end with an error.

    ``rule`` is the rule's id (operator configuration, never model text)."""

    def __init__(self, rule: str) -> None:
        super().__init__(f"blocked by rule {rule}")
        self.rule = rule


class DetectorError(Exception):
    """A detector raised: the channel cannot say what is safe to release."""


class Detector(Protocol):
    bound: int

    @property
    def hold_point(self) -> int: ...

    def feed(self, text: str) -> Sequence[Span]: ...

    def flush(self) -> Sequence[Span]: ...


class Reader:
    """A kind's text in one response, in arrival order: its end kept for the kind's next
    channels to start with, and read by detectors of its own while channels are open
    together.

    ``make`` builds a set of detectors. A run starts when a second channel is open (has read
    and not ended) and first reads the tail (never released again); it ends when its last
    channel ends. Text no channel owns (the tail, the word break at a channel switch, the text
    of a channel that ended) is read and never released. ``keep``: how many characters of the
    text are kept, run or not (``tail``). The tail is kept as the texts read, trimmed once they
    pass twice ``keep`` characters: one append per read on the hot path, a join only when a
    channel or a run starts."""

    __slots__ = ("_last", "_make", "_noted", "_open", "_size", "_texts", "detectors",
                 "drop_rule", "dropped", "end", "hold", "keep")

    def __init__(self, make: Callable[[], Sequence[Detector]], keep: int) -> None:
        self._make = make
        self.keep = keep
        self.detectors: Sequence[Detector] | None = None  # None: no run going on
        self.dropped = False  # a drop region started: the kind's channels release no more
        self.drop_rule = 0  # the rule that dropped: its marker shows in every channel withheld
        self.end = 0  # characters read in this run, the tail and word breaks included
        self.hold = 0  # the smallest offset of this run a span reported later may start at
        # The open channels, each with its pieces in this run: [run offset, own offset, length].
        self._open: dict[Channel, list[list[int]]] = {}
        self._last: Channel | None = None  # who read the last text (None: at a run's start)
        self._texts: list[str] = []
        self._size = 0
        self._noted: Channel | None = None  # whose text the tail ends with

    def read(self, view: Channel, text: str, at: int) -> int:
        """Read ``text`` of ``view``, its characters from ``at``: how far ``view`` may release
        as far as this reading goes."""
        pieces = self._open.get(view)
        if pieces is None:
            pieces = self._open[view] = []
        if self.detectors is None:
            if len(self._open) < 2:  # the usual text, alone: its channel reads it
                self._note(view, text)
                return view._end
            self._start()
        self._note(view, text)
        if self._last is view:  # the usual token: it goes on its channel's text
            pieces[-1][2] += len(text)
        else:
            if self._last is not None:
                self._scan(" ")  # a channel switch is a word break
            self._last = view
            pieces.append([self.end, at, len(text)])
        self._scan(text)
        return _own(pieces, self.hold, view._end) if self.detectors is not None else view._end

    def leave(self, view: Channel) -> None:
        """``view`` ends; the last one to end ends the run, and its detectors tell what they
        still hold. (The others' run goes on, with this text in it as context.)

        A channel that ends while the run still holds some of its text (a run may begin there
        and go on in the others' text) cannot wait for the verdict: its text goes out now. As
        at the end of one channel, the run's detectors tell what they hold, each open channel
        (this one included) gets its part, and the run starts again from the tail, so what
        follows in the others continues the run and is redacted there: what this one released
        counts toward the run, as a text released before a reset does (and, as there, a word
        break follows the tail)."""
        pieces = self._open.get(view)
        if pieces is None:
            return
        if len(self._open) > 1 and not (self.detectors and _own(pieces, self.hold, view._end)
                                        < view._end):
            del self._open[view]
            return
        try:
            if self.detectors:
                self._give([span for d in self.detectors for span in d.flush()])
        finally:
            del self._open[view]
            self.detectors = None
        if self._open:
            self._start()

    def others_open(self, view: Channel) -> bool:
        """Whether a channel other than ``view`` has read and not ended."""
        return any(other is not view for other in self._open)

    def stop(self) -> None:
        """Read no more in this run (after a drop, or a detector's failure under fail-open):
        its text is decided as it stands."""
        self.detectors = ()
        self.hold = self.end

    def _start(self) -> None:
        self.detectors = self._make()
        self.end = self.hold = 0
        self._last = None
        for pieces in self._open.values():
            pieces.clear()
        context = self.tail()
        if context:
            self._scan(context + " ", give=False)  # what lies within it went out already

    def _scan(self, text: str, *, give: bool = True) -> None:
        self.end += len(text)
        detectors = self.detectors
        assert detectors is not None
        hold = self.end
        spans: list[Span] = []
        for detector in detectors:
            if found := detector.feed(text):
                spans.extend(found)
        for detector in detectors:
            hold = min(hold, detector.hold_point)
        self.hold = hold
        if spans and give:
            self._give(spans)

    def _give(self, spans: Sequence[Span]) -> None:
        """Each open channel gets the part of each span that covers its text."""
        for view, pieces in self._open.items():
            end = view._end
            mine = [Span(a, b, span.rule) for span in spans
                    if (b := _own(pieces, span.end, end)) > (a := _own(pieces, span.start, end))]
            if mine:
                view._take(mine)

    def _note(self, view: Channel, text: str) -> None:
        if view is not self._noted:
            # A channel switch is a word break in the tail too: glued to the text before it
            # (`craft` + `note`), a channel's first word would hide a run from the next one.
            if self._noted is not None:
                self._texts.append(" ")
                self._size += 1
            self._noted = view
        if not text.isascii():
            # Detectors read visible characters (guardproxy.visible) and ``keep`` counts those:
            # padding kept here would push a run's words out of the tail.
            text = INVISIBLE_RUN.sub("", text)
        self._texts.append(text)
        self._size += len(text)
        if self._size > 2 * self.keep:
            self._texts = [self.tail()]
            self._size = len(self._texts[0])

    def tail(self) -> str:
        """The last ``keep`` characters read, whatever channel they went to."""
        return "".join(self._texts)[-self.keep:]


def _own(pieces: list[list[int]], offset: int, end: int) -> int:
    """A channel's first character at or after ``offset`` of a run its ``pieces`` are in
    (``end``, its offset after its last character, if none is)."""
    for start, own, length in reversed(pieces):
        if offset >= start:
            return own + min(offset - start, length)
    return pieces[0][1] if pieces else end


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
        actions: Sequence[Action] = (),
        names: Sequence[str] = (),
        fail_open: bool = False,
        on_error: Callable[[Exception], None] | None = None,
        kind: Reader | None = None,
        copy: bool = False,
    ) -> None:
        self._detectors = detectors
        # The kind's reader in the response; a ``copy`` (of another channel's text) only
        # starts from its tail and shares its drop.
        self._kind = kind
        self._copy = copy
        self._markers = markers  # indexed by Span.rule
        self._actions = actions  # indexed by Span.rule; missing: redact
        self._names = names  # rule ids, indexed by Span.rule, for Blocked
        self._fail_open = fail_open
        self._on_error = on_error
        self._dropped = False  # a drop region started: the rest is withheld
        self._on_region = on_region
        self._shadow = shadow
        self._is_shadow = is_shadow
        self.bound = max((d.bound for d in detectors), default=0)
        self._pending = ""  # text from `released` to `end`
        self._released = 0
        self._end = 0
        self._spans: list[Span] = []
        self._region: Region | None = None  # the last region whose marker went out
        self._region_head = ""  # the open region's characters already dropped from _pending
        self.flushed = False  # for metrics: a flushed channel is never fed again
        self._invisible = InvisibleRuns()
        self._base = 0  # characters of context read before this channel's own text
        # Primed at its first read, from the kind's tail as it stood when the channel was made
        # (``_context``) if another channel of the kind is open then (the kind's reading reads
        # them together), else from the tail as it stands: a channel made while another was
        # open that first reads after it ended must still start from its text.
        self._primed = kind is None
        self._context = kind.tail() if kind is not None else ""

    def _prime(self, kind: Reader) -> None:
        """At the first read, start from the kind's state: read the end of its text (already
        released: never released again, only read), then a word break, so that a run continued
        here is still one run; withhold everything if a channel of the kind dropped."""
        self._primed = True
        if kind.dropped:
            self._dropped = True
            self._detectors = ()
            return
        context = self._context if kind.others_open(self) else kind.tail()
        self._context = ""
        if not context:
            return
        context += " "
        self._base = self._end = self._released = len(context)
        try:
            for detector in self._detectors:
                self._spans.extend(s for s in detector.feed(context) if s.end > self._base)
        except Exception as exc:
            self._failed(exc)

    @property
    def held(self) -> int:
        """Characters received but not yet released."""
        return self._end - self._released

    @property
    def received(self) -> int:
        """Characters received (metrics read it once per read, not once per token); the context
        a channel was primed with is not counted."""
        return self._end - self._base

    def feed(self, text: str) -> str:
        if not self._primed and self._kind is not None:
            self._prime(self._kind)
        if not text.isascii():
            text = self._invisible.clip(text, self._end)  # invisible runs are kept short
        if not text:
            return ""
        if self._shadow is not None:
            self._shadow.feed(text)
        at = self._end
        self._pending += text
        self._end += len(text)
        if self._dropped:
            return self._withhold()
        upto = self._end
        try:
            for detector in self._detectors:
                if spans := detector.feed(text):
                    self._spans.extend(spans)
            for detector in self._detectors:
                upto = min(upto, detector.hold_point)
        except Exception as exc:
            upto = self._failed(exc)
        if (kind := self._kind) is not None:
            if kind.dropped:  # another channel of the kind dropped: nothing more goes out
                self._dropped = True
                return self._withhold()
            if not self._copy:
                try:
                    upto = min(upto, kind.read(self, text, at))
                except Exception as exc:
                    self._failed(exc, kind)
        if not self._spans and self._region is None:  # the usual token: nothing to redact
            return self._release_plain(upto)
        return self._release(upto)

    def _release_plain(self, upto: int) -> str:
        """``_release`` when no span is known and no region is open: the text up to ``upto``
        goes out as it is."""
        count = upto - self._released
        if count <= 0:
            return ""
        out, self._pending = self._pending[:count], self._pending[count:]
        self._released = upto
        return out

    def flush(self) -> str:
        if self._shadow is not None:
            self._shadow.flush()
        out = ""
        if self._kind is not None:
            try:
                self._kind.leave(self)
            except Exception as exc:
                self._failed(exc, self._kind)
        if self._kind is not None and self._kind.dropped:
            self._dropped = True  # another channel dropped since this one last read
        if self._dropped:
            out = self._withhold()
        else:
            try:
                for detector in self._detectors:
                    self._spans.extend(detector.flush())
            except Exception as exc:
                self._failed(exc)
            out = self._release(self._end)
        self._close_region()
        self.flushed = True
        return out

    def _failed(self, exc: Exception, reader: Reader | None = None) -> int:
        """A detector raised (its own, or ``reader``'s): fail closed, or (fail-open) go on
        without it; how far text may be released then."""
        if not self._fail_open:
            raise DetectorError(type(exc).__name__) from exc  # the name only: no text
        if self._on_error is not None:
            self._on_error(exc)
        if reader is not None:
            reader.stop()
        else:
            self._detectors = ()  # what the detectors found before still counts
        return self._end

    def _take(self, spans: Sequence[Span]) -> None:
        """Spans a reader found in this channel's text, in its own offsets."""
        self._spans.extend(spans)

    def _action(self, rule: int) -> Action:
        if self._is_shadow or rule >= len(self._actions):
            return "redact"  # a shadow channel only reports what its rules would do
        return self._actions[rule]

    def _release(self, upto: int) -> str:
        if self._spans and self._actions:
            self._check_block()
        if upto <= self._released:
            return ""
        out: list[str] = []
        pos = self._past_region(self._released, upto)
        if self._spans:
            self._spans.sort(key=lambda s: (s.start, s.rule))
            keep: list[Span] = []
            for span in self._spans:
                if span.end <= self._base:  # within the context: handled where it went
                    continue
                if span.start >= upto:
                    keep.append(span)
                    continue
                if self._action(span.rule) == "drop":
                    return self._drop(out, span, pos)
                pos = self._past_region(self._cover(out, span, pos, span.end), upto)
            self._spans = keep
        out.append(self._text(pos, upto))
        self._keep_region_text(upto)
        self._pending = self._pending[upto - self._released :]
        self._released = upto
        if self._region is not None and self._region.end < upto:
            self._close_region()  # later spans start at `upto` or after: it cannot grow
        return "".join(out)

    def _check_block(self) -> None:
        for span in self._spans:
            if self._action(span.rule) == "block":
                name = self._names[span.rule] if span.rule < len(self._names) else str(span.rule)
                raise Blocked(name)

    def _drop(self, out: list[str], span: Span, pos: int) -> str:
        """Release what comes before the drop, its marker, and from there on nothing. A drop
        overlapping or touching the open region is that region going on to the end: one region,
        one marker (its earliest span's), as for any spans that merge."""
        self._cover(out, span, pos, self._end)
        self._dropped = True
        self._detectors = ()  # nothing they find can change the output any more
        if self._kind is not None:
            self._kind.dropped = True
            self._kind.drop_rule = span.rule
            self._kind.stop()
        self._spans = []
        self._withhold()
        return "".join(out)

    def _cover(self, out: list[str], span: Span, pos: int, end: int) -> int:
        """Redact from ``span.start`` to ``end``: a span touching the open region makes it
        grow (one region, one marker: its earliest span's); otherwise the text before the span
        is released and a region opens behind the span's marker. Returns the released point."""
        region = self._region
        if region is not None and span.start <= region.end:
            region.end = max(region.end, end)
            region.add(span.rule, span.start, span.end)
            return pos
        start = max(span.start, pos)
        out.append(self._text(pos, start))
        out.append(self._markers[span.rule])
        self._close_region()
        self._region = Region(start, end, span.rule, self._is_shadow)
        self._region.add(span.rule, span.start, span.end)
        return start

    def _withhold(self) -> str:
        """After a drop: the text received is swallowed by the drop region. A channel withheld
        because another of its kind dropped opens one of its own, behind the drop rule's
        marker (returned, once), so that the client sees something went (fail closed and
        said so)."""
        marker = ""
        if self._region is None and self._end > self._released:
            rule = self._kind.drop_rule if self._kind is not None else 0
            marker = self._markers[rule]
            self._region = Region(self._released, self._end, rule, self._is_shadow, echo=True)
        if self._region is not None:
            self._region.end = self._end
        self._keep_region_text(self._end)
        self._pending = ""
        self._released = self._end
        return marker

    def _text(self, start: int, end: int) -> str:
        return self._pending[start - self._released : end - self._released]

    def _past_region(self, pos: int, upto: int) -> int:
        """Skip the part of the open region whose marker already went out."""
        region = self._region
        return min(region.end, upto) if region is not None and region.end > pos else pos

    def _keep_region_text(self, upto: int) -> None:
        """Keep the open region's characters below ``upto`` before they leave ``_pending``."""
        region = self._region
        if region is None or self._on_region is None or region.echo:
            return
        room = REGION_TEXT_LIMIT - len(self._region_head)
        start = max(region.start, self._released)
        end = min(region.end, upto, start + room)
        if end > start:
            self._region_head += self._text(start, end)

    def _close_region(self) -> None:
        region = self._region
        if region is not None and self._on_region is not None and not region.echo:
            # Characters still in _pending complete what _keep_region_text kept.
            start = max(region.start, self._released)
            tail = self._text(start, region.end) if region.end > start else ""
            region.text = (self._region_head + tail)[:REGION_TEXT_LIMIT]
            region.shift(self._base)  # offsets in this channel's own text
            self._on_region(region)
        self._region = None
        self._region_head = ""
