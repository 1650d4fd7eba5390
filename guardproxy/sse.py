"""Incremental Server-Sent Events framing.

The decoder follows the WHATWG "event stream interpretation" algorithm
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation)
with one twist a proxy needs: every event keeps the exact bytes it arrived as, so events the
sanitizer leaves alone are forwarded byte-identical, comments and unknown fields included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["DONE", "SSEDecoder", "SSEError", "SSEEvent", "encode_event", "reencode"]

DONE = "[DONE]"

_EOL = re.compile(rb"\r\n?|\n")
_BOM = "\ufeff".encode()
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class SSEError(ValueError):
    """The upstream sent something that cannot be framed (too large, not UTF-8)."""


@dataclass(slots=True)
class SSEEvent:
    """One event block: every line up to and including the blank line that ends it."""

    raw: bytes
    data: str | None = None
    event: str | None = None
    id: str | None = None
    retry: int | None = None
    comments: list[str] = field(default_factory=list)
    terminated: bool = True

    @property
    def is_done(self) -> bool:
        return self.data == DONE


class SSEDecoder:
    """Bytes in, complete events out: `feed(chunk) -> events`, then `flush() -> tail or None`.

    Lines end with CRLF, LF or a bare CR. A CR ends its line at once, as the spec's parser
    does, so a stream with bare-CR endings is not held one read behind; an LF that opens the
    next read is then the rest of that CRLF. Lines are decoded as UTF-8 only once complete,
    so a multi-byte character split across reads is never cut.
    """

    def __init__(self, max_event_bytes: int = 1 << 20) -> None:
        self._max_event_bytes = max_event_bytes
        self._buffer = bytearray()  # the incomplete line at the end of what was received
        self._event_raw = bytearray()  # raw bytes of the event being assembled
        self._lines: list[bytes] = []  # its lines, without terminators
        self._after_cr = False  # the last byte received was a CR
        self._stray = 0  # leading bytes of _event_raw that end the previous event's CRLF
        self._first_line = True  # a byte order mark may open the stream

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        if self._after_cr and chunk.startswith(b"\n"):
            chunk = self._rest_of_crlf(chunk)
        if chunk:
            self._after_cr = chunk.endswith(b"\r")
        self._buffer += chunk
        events: list[SSEEvent] = []
        buf = self._buffer
        start = 0
        while (eol := _EOL.search(buf, start)) is not None:
            end, after = eol.span()
            self._event_raw += buf[start:after]
            event = self._line(bytes(buf[start:end]))
            if event is not None:
                events.append(event)
            start = after
        del buf[:start]
        self._check_size(len(buf))
        return events

    def flush(self) -> SSEEvent | None:
        """The unterminated tail at end of stream, if any (the spec says to drop it)."""
        self._after_cr = False
        if self._buffer:
            self._event_raw += self._buffer
            line = self._unmarked(bytes(self._buffer))
            if line:
                self._lines.append(line)
            self._buffer.clear()
        if not self._event_raw:
            return None
        return self._dispatch(terminated=False)

    def _rest_of_crlf(self, chunk: bytes) -> bytes:
        """The LF of a CRLF split across reads: raw bytes only, never a blank line."""
        self._after_cr = False
        if not self._event_raw:  # the CR ended an event: the LF opens the next one's raw
            self._stray = 1
        self._event_raw += b"\n"
        return chunk[1:]

    def _check_size(self, pending: int) -> None:
        # The stray LF is not counted, so whether an event is too large never depends on
        # where the network cut the stream.
        if len(self._event_raw) - self._stray + pending > self._max_event_bytes:
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
        event = SSEEvent(raw=bytes(self._event_raw), terminated=terminated)
        data: list[str] = []
        for raw_line in self._lines:
            try:
                line = raw_line.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise SSEError("event is not valid UTF-8") from exc
            name, _, value = line.partition(":")
            if value.startswith(" "):
                value = value[1:]
            if not name:
                event.comments.append(value)
            elif name == "data":
                data.append(value)
            elif name == "event":
                event.event = value
            elif name == "id":
                if "\0" not in value:
                    event.id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                event.retry = int(value)
        if data:
            event.data = "\n".join(data)
        self._event_raw.clear()
        self._lines.clear()
        self._stray = 0
        return event


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
