"""JSON as guardproxy writes it to clients: orjson's, with every line separator escaped.

Clients read streams line by line, and they do not agree on what ends a line. httpx's
`iter_lines` (ollama-python reads NDJSON with it; so did httpx-sse before 0.4.1) splits like
`str.splitlines`: at U+0085, U+2028 and U+2029 too, not only at CR and LF. JSON allows those
three raw inside strings and orjson writes them raw (the other line ends are control
characters, which it escapes), so a line written with one reaches such a client cut in two,
and it fails on `Unterminated string`. Ollama's own server (Go's encoding/json) escapes
U+2028 and U+2029; guardproxy escapes all three wherever it writes JSON for a client, so a
model cannot break a client by writing one. The escapes are the same JSON value: a client
that parses the line sees the same strings.

Lines an upstream sent that guardproxy leaves alone go out byte for byte, as they came.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

__all__ = ["LINE_SEPARATORS", "dumps", "dumps_str"]

# Every character `str.splitlines` ends a line at that JSON may hold raw inside a string.
LINE_SEPARATORS = "\x85\u2028\u2029"
_RAW = re.compile(b"|".join(re.escape(c.encode()) for c in LINE_SEPARATORS))
_ESCAPED = {c.encode(): f"\\u{ord(c):04x}".encode() for c in LINE_SEPARATORS}


def dumps(value: Any) -> bytes:
    """``value`` as JSON bytes, line separators escaped (ASCII output, the usual, is as is)."""
    out = orjson.dumps(value)
    if out.isascii():
        return out
    # UTF-8 is self-synchronising: these byte sequences are those characters and nothing else,
    # and outside strings JSON holds only ASCII, so every one is inside a string.
    return _RAW.sub(lambda m: _ESCAPED[m.group()], out)


def dumps_str(value: Any) -> str:
    """``dumps`` as text (what SSE framing takes)."""
    return dumps(value).decode()
