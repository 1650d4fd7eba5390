"""Incremental NDJSON framing (`application/x-ndjson`, Ollama's native API).

Lines end with LF (a CR before it stays part of the line). Each complete line goes to a
``LineStream`` with its terminator, so a line the codec leaves alone is forwarded
byte-identical; a line split across reads waits for its end, and is decoded only when complete,
so a multi-byte character split across reads is never cut. An unterminated last line is still
a line (NDJSON clients read it), so it is scanned too.
"""

from __future__ import annotations

from typing import Protocol

from guardproxy.codecs.base import CodecError, StreamFault

__all__ = ["LineStream", "NDJSONResponseStream", "line_end"]


class LineStream(Protocol):
    """The per-line half of an NDJSON codec: ``feed(line) -> bytes``, ``close() -> bytes``."""

    @property
    def max_held(self) -> int: ...

    def feed(self, line: bytes) -> bytes: ...

    def close(self) -> bytes: ...


class NDJSONResponseStream:
    """NDJSON framing around a ``LineStream``: bytes in, lines through it, bytes out."""

    def __init__(self, lines: LineStream, max_line_bytes: int) -> None:
        self._lines = lines
        self._max_line_bytes = max_line_bytes
        self._buffer = bytearray()  # the incomplete line at the end of what was received

    @property
    def max_held(self) -> int:
        return self._lines.max_held

    def feed(self, raw: bytes) -> bytes:
        self._buffer += raw
        out: list[bytes] = []
        start = 0
        try:
            while (end := self._buffer.find(b"\n", start)) >= 0:
                out.append(self._line(bytes(self._buffer[start : end + 1])))
                start = end + 1
            del self._buffer[:start]
            self._check(len(self._buffer))
        except Exception as exc:
            raise StreamFault(b"".join(out)) from exc
        return b"".join(out)

    def close(self) -> bytes:
        tail = bytes(self._buffer)
        self._buffer.clear()
        out = self._line(tail) if tail.strip() else tail
        return out + self._lines.close()

    def _line(self, line: bytes) -> bytes:
        end = line_end(line)
        self._check(len(line) - len(end))
        return self._lines.feed(line)

    def _check(self, size: int) -> None:
        if size > self._max_line_bytes:
            raise CodecError(f"upstream sent a line larger than {self._max_line_bytes} bytes")


def line_end(line: bytes) -> bytes:
    """The terminator of a line (`\\n`, `\\r\\n` or none), to write a new line the same way."""
    return line[len(line.rstrip(b"\r\n")) :]
