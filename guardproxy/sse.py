"""Incremental Server-Sent Events framing.

The decoder follows the WHATWG "event stream interpretation" algorithm
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation)
with one twist a proxy needs: every event keeps the exact bytes it arrived as, so events the
sanitizer leaves alone are forwarded byte-identical, comments and unknown fields included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DONE", "LineEnds", "SSEDecoder", "SSEError", "SSEEvent", "encode_event", "reencode"]

DONE = "[DONE]"

_EOL = re.compile(rb"\r\n?|\n")
_BOM = "\ufeff".encode()
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class SSEError(ValueError):
    """The upstream sent something that cannot be framed (too large, not UTF-8).

    ``before`` holds the complete events that preceded the fault in the same read."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.before: list[SSEEvent] = []


@dataclass(slots=True)
class SSEEvent:
    """One event block: every line up to and including the blank line that ends it."""

    raw: bytes
    data: str | None = None
    event: str | None = None
    id: str | None = None
    retry: int | None = None
    comments: tuple[str, ...] = ()
    terminated: bool = True
    # Fields the spec ignores, (name, value) in order: clients skip them, but they are bytes
    # a client receives (llama.cpp sends `error:` lines).
    foreign: tuple[tuple[str, str], ...] = ()
    # The LF of a CRLF whose CR ended the previous event arrived with this one (a read boundary
    # fell between them). It is in neither ``raw``: whoever writes the events out writes it
    # only right after that CR (``LineEnds``), never after a re-encoded event's LF, where it
    # would be a blank line of its own.
    rest_of_crlf: bool = False

    @property
    def is_done(self) -> bool:
        return self.data == DONE


class SSEDecoder:
    """Bytes in, complete events out: `feed(chunk) -> events`, then `close() -> tail or None`.

    Lines end with CRLF, LF or a bare CR. A CR that is the last byte of a read waits for the
    next read to learn whether an LF follows, so a CRLF split across reads stays in one event.
    Once the stream has shown a bare CR, such a CR ends its line at once instead: a bare-CR
    stream would otherwise be held one read behind, its last event until the stream ends.
    Lines are decoded as UTF-8 only once complete, so a multi-byte character split across
    reads is never cut.
    """

    def __init__(self, max_event_bytes: int = 1 << 20) -> None:
        self._max_event_bytes = max_event_bytes
        self._buffer = bytearray()  # the incomplete line at the end of what was received
        self._event_raw = bytearray()  # raw bytes of the event being assembled
        self._lines: list[bytes] = []  # its lines, without terminators
        self._bare_cr = False  # the stream ends lines with a CR alone
        self._after_cr = False  # the last read ended with a CR that already ended its line
        self._rest_of_crlf = False  # the next event owes the LF of the last one's CRLF
        self._first_line = True  # a byte order mark may open the stream

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        events: list[SSEEvent] = []
        try:
            self._feed(chunk, events)
        except SSEError as exc:
            exc.before = events
            raise
        return events

    def _feed(self, chunk: bytes, events: list[SSEEvent]) -> None:
        if self._after_cr and chunk.startswith(b"\n"):
            chunk = self._take_rest_of_crlf(chunk)
        if chunk:
            self._after_cr = False
        self._buffer += chunk
        buf = self._buffer
        if b"\r" not in buf and not self._first_line:
            self._feed_lf(buf, events)
            return
        start = 0
        while (eol := _EOL.search(buf, start)) is not None:
            end, after = eol.span()
            if buf[end:after] == b"\r" and not self._lone_cr_ends_line(after == len(buf)):
                break  # the LF of this CRLF is surely in the next read
            self._event_raw += buf[start:after]
            event = self._line(bytes(buf[start:end]))
            if event is not None:
                events.append(event)
            start = after
        del buf[:start]
        self._check_size(len(buf))

    def _feed_lf(self, buf: bytearray, events: list[SSEEvent]) -> None:
        """``feed`` for what almost every server sends: lines ended by LF alone. The complete
        lines are split at C speed; the result is the general path's, byte for byte."""
        last = buf.rfind(b"\n")
        if last >= 0:
            lines = bytes(buf[:last]).split(b"\n")
            del buf[: last + 1]
            raw = self._event_raw
            for line in lines:
                raw += line
                raw += b"\n"
                if line:
                    self._lines.append(line)
                    continue
                if len(raw) > self._max_event_bytes:  # what _check_size counts is no more
                    self._check_size(0)
                events.append(self._dispatch(terminated=True))
        if len(self._event_raw) + len(buf) > self._max_event_bytes:
            self._check_size(len(buf))

    def close(self) -> SSEEvent | None:
        """The unterminated tail at end of stream, if any (the spec says to drop it).

        A CR held at the end of the stream did end its line, so the last event may come out
        terminated here. A tail may be nothing but the LF of a CRLF whose CR already ended an
        event (``rest_of_crlf`` and no raw bytes).
        """
        tail = bytes(self._buffer)
        self._buffer.clear()
        self._after_cr = False
        self._event_raw += tail
        if tail.endswith(b"\r"):
            event = self._line(tail[:-1])
            if event is not None:
                return event
        elif tail and (line := self._unmarked(tail)):
            self._lines.append(line)
        if not self._event_raw and not self._rest_of_crlf:
            return None
        return self._dispatch(terminated=False)

    def _lone_cr_ends_line(self, last: bool) -> bool:
        """Whether a CR with no LF after it in the buffer ends its line now."""
        if not last:
            self._bare_cr = True  # the stream ends lines with a CR alone
        elif self._bare_cr:
            self._after_cr = True  # an LF that opens the next read is the rest of a CRLF
        return self._bare_cr

    def _take_rest_of_crlf(self, chunk: bytes) -> bytes:
        """The LF of a CRLF split across reads: raw bytes only, never a blank line."""
        self._after_cr = False
        if self._event_raw:  # the CR ended a line inside the event: the LF is its raw byte
            self._event_raw += b"\n"
        else:  # the CR ended an event, already out
            self._rest_of_crlf = True
        return chunk[1:]

    def _check_size(self, pending: int) -> None:
        # A read boundary can take a CRLF's LF away from its event (``rest_of_crlf``), so that
        # LF is counted at neither end: whether an event is too large never depends on the
        # chunking.
        size = len(self._event_raw) + pending
        if self._event_raw.endswith(b"\r\n"):
            size -= 1
        if size > self._max_event_bytes:
            raise SSEError(f"event larger than {self._max_event_bytes} bytes")

    def _line(self, line: bytes) -> SSEEvent | None:
        line = self._unmarked(line)
        if line:
            self._lines.append(line)
            return None
        self._check_size(0)  # feed() checks the event still open once the read is split
        return self._dispatch(terminated=True)

    def _unmarked(self, line: bytes) -> bytes:
        """The line without the byte order mark the spec ignores at the start of a stream."""
        if not self._first_line:
            return line
        self._first_line = False
        return line.removeprefix(_BOM)

    def _dispatch(self, terminated: bool) -> SSEEvent:
        event = SSEEvent(raw=bytes(self._event_raw), terminated=terminated,
                         rest_of_crlf=self._rest_of_crlf)
        self._rest_of_crlf = False
        lines = self._lines
        if len(lines) == 1 and lines[0].startswith(b"data: "):  # the usual event: one data line
            try:
                event.data = lines[0][6:].decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SSEError("event is not valid UTF-8") from exc
            self._event_raw.clear()
            lines.clear()
            return event
        data: list[str] = []
        comments: list[str] = []
        foreign: list[tuple[str, str]] = []
        for raw_line in self._lines:
            try:
                line = raw_line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SSEError("event is not valid UTF-8") from exc
            name, _, value = line.partition(":")
            if value.startswith(" "):
                value = value[1:]
            if not name:
                comments.append(value)
            elif name == "data":
                data.append(value)
            elif name == "event":
                event.event = value
            elif name == "id" and "\0" not in value:
                event.id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                event.retry = int(value)
            else:
                foreign.append((name, value))
        if data:
            event.data = "\n".join(data)
        event.comments = tuple(comments)
        event.foreign = tuple(foreign)
        self._event_raw.clear()
        self._lines.clear()
        return event


class LineEnds:
    """What a writer of events must remember between them: whether the last byte it wrote was
    a CR. ``write(event, out)`` is ``out``, the bytes written for ``event`` (its raw bytes, a
    re-encoding, or nothing), with the LF the event owes the previous one's CRLF
    (``rest_of_crlf``) put back in front only when a CR is what the client got last: there it
    completes the CRLF the upstream sent (an untouched stream goes out byte for byte), after a
    re-encoded event's LF it would be an extra blank line (a client's decoder may dispatch an
    empty event on it: openai-python does when the stream has had an `id:`). Nor may an LF
    that opens an event's output follow a CR that ended another: the two would read as one
    CRLF."""

    __slots__ = ("_after_cr",)

    def __init__(self) -> None:
        self._after_cr = False

    def write(self, event: SSEEvent, out: bytes) -> bytes:
        if self._after_cr and out.startswith(b"\n"):
            # A blank line written as LF (an empty event re-encoded) would join the CR into
            # one CRLF: a line end lost. A CR ends it alone, as the upstream's did.
            out = b"\r" + out[1:]
        if event.rest_of_crlf and self._after_cr:
            out = b"\n" + out
        if out:
            self._after_cr = out.endswith(b"\r")
        return out


def encode_event(
    data: str | None,
    *,
    event: str | None = None,
    id: str | None = None,
    retry: int | None = None,
    comments: list[str] | tuple[str, ...] = (),
) -> bytes:
    """Serialise one event with LF line endings; multi-line data becomes several data lines.

    CR and CRLF in data count as line breaks too, as the decoder reads them: written out raw
    they would cut the data short or smuggle in another field or event. The other fields are
    single lines, so a line break there is an error.
    """
    if data is not None and event is None and id is None and retry is None and not comments \
            and "\n" not in data and "\r" not in data:
        return b"data: " + data.encode() + b"\n\n"  # the usual event: one data line
    if any(_LINE_BREAK.search(v) for v in (event, id, *comments) if v is not None):
        raise ValueError("event, id and comments cannot hold a line break")
    if retry is not None and retry < 0:
        raise ValueError("retry must be a non-negative integer")
    parts = [f": {c}\n" if c else ":\n" for c in comments]
    if event is not None:
        parts.append(f"event: {event}\n")
    if id is not None:
        parts.append(f"id: {id}\n")
    if retry is not None:
        parts.append(f"retry: {retry}\n")
    if data is not None:
        parts.extend(f"data: {line}\n" for line in _LINE_BREAK.split(data))
    parts.append("\n")
    return "".join(parts).encode("utf-8")


def reencode(original: SSEEvent, data: str) -> bytes:
    """The same event with new data: its comments and fields are kept."""
    return encode_event(
        data,
        event=original.event,
        id=original.id,
        retry=original.retry,
        comments=original.comments,
    )
