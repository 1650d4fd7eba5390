"""Incremental Server-Sent Events framing.

The decoder follows the WHATWG "event stream interpretation" algorithm
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation)
with one twist a proxy needs: every event keeps the exact bytes it arrived as, so events the
sanitizer leaves alone are forwarded byte-identical, comments and unknown fields included.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["DONE", "SSEDecoder", "SSEError", "SSEEvent", "encode_event", "reencode"]

DONE = "[DONE]"


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

    Lines end with CRLF, LF or a bare CR; a CR at the end of a read waits for the next read to
    learn whether an LF follows. Lines are decoded as UTF-8 only once complete, so a multi-byte
    character split across reads is never cut.
    """

    def __init__(self, max_event_bytes: int = 1 << 20) -> None:
        self._max_event_bytes = max_event_bytes
        self._buffer = bytearray()  # bytes not yet split into lines
        self._event_raw = bytearray()  # raw bytes of the event being assembled
        self._lines: list[bytes] = []  # its lines, without terminators

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        self._buffer += chunk
        events: list[SSEEvent] = []
        start = 0
        buf = self._buffer
        size = len(buf)
        cr = lf = -2  # next CR / LF at or after `start`; -2 means "not looked up yet"
        while start < size:
            if cr < start and cr != -1:
                cr = buf.find(b"\r", start)
            if lf < start and lf != -1:
                lf = buf.find(b"\n", start)
            if cr == -1 and lf == -1:
                break
            if cr == -1 or (lf != -1 and lf < cr):
                end, after = lf, lf + 1
            elif cr + 1 < size:
                end, after = cr, cr + 2 if buf[cr + 1] == 0x0A else cr + 1
            else:
                break  # a trailing CR: the next read may start with its LF
            line = bytes(buf[start:end])
            self._event_raw += buf[start:after]
            start = after
            if line:
                self._lines.append(line)
            else:
                events.append(self._dispatch(terminated=True))
        del buf[:start]
        if len(self._event_raw) + len(self._buffer) > self._max_event_bytes:
            raise SSEError(f"event larger than {self._max_event_bytes} bytes")
        return events

    def flush(self) -> SSEEvent | None:
        """The unterminated tail at end of stream, if any (the spec says to drop it)."""
        if self._buffer:
            self._event_raw += self._buffer
            line = bytes(self._buffer).rstrip(b"\r")
            if line:
                self._lines.append(line)
            self._buffer.clear()
        if not self._event_raw:
            return None
        return self._dispatch(terminated=False)

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
            elif name == "retry" and value.isdigit():
                event.retry = int(value)
        if data:
            event.data = "\n".join(data)
        self._event_raw.clear()
        self._lines.clear()
        return event


def encode_event(
    data: str | None,
    *,
    event: str | None = None,
    id: str | None = None,
    retry: int | None = None,
    comments: list[str] | tuple[str, ...] = (),
) -> bytes:
    """Serialise one event with LF line endings; multi-line data becomes several data lines."""
    parts = [f": {c}\n" if c else ":\n" for c in comments]
    if event is not None:
        parts.append(f"event: {event}\n")
    if id is not None:
        parts.append(f"id: {id}\n")
    if retry is not None:
        parts.append(f"retry: {retry}\n")
    if data is not None:
        parts.extend(f"data: {line}\n" for line in data.split("\n"))
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
