"""A tool call's arguments, streamed: JSON text whose strings are scanned, and stay JSON.

Tool-call arguments arrive as fragments of a JSON document (`{"query": "wea`, `ther"}`). The
JSON itself is not text to redact - a marker across a quote would leave the client JSON it
cannot parse - but every string inside it is. ``Arguments`` lexes the fragments as they come:
structure (braces, commas, colons, numbers, `true`/`false`/`null`) passes on at once; each
string, key or value, is decoded, fed to a `tools` track and flushed at its closing quote; what
the track releases is escaped again, so a marker lands inside the JSON string it replaced text
in. What is held back is the track's bound plus an escape sequence cut by a fragment.

Arguments that stop being JSON (a bare word where a value should be) are text from there on:
the rest goes to the track as it is, unescaped; the client gets what it would have got, with
the leaks redacted.
"""

from __future__ import annotations

import orjson

from guardproxy.codecs.tracks import Track

__all__ = ["Arguments"]

_STRUCTURE = frozenset(" \t\r\n{}[],:")
_LITERAL = frozenset("0123456789+-.eEtruefalsn")  # what numbers and true/false/null are made of
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_LONGEST_LITERAL = 32  # a bare token longer than this is not a number or literal a tool sends


class Arguments:
    """``feed(fragment) -> released`` and ``flush() -> released`` over one tool call's
    arguments text; ``sent`` is everything released so far (what the client holds)."""

    def __init__(self, track: Track) -> None:
        self._track = track
        self._in_string = False
        self._escape = ""  # an escape sequence cut by the end of a fragment
        self._high = ""  # a high surrogate waiting for its low half
        self._token = ""  # a bare token (number, literal) not yet complete
        self._text = False  # the arguments stopped being JSON
        self.sent: list[str] = []

    @property
    def max_held(self) -> int:
        return self._track.max_held

    def feed(self, fragment: str) -> str:
        out = self._track.feed(fragment) if self._text else self._lex(fragment)
        if out:
            self.sent.append(out)
        return out

    def flush(self) -> str:
        """The arguments end (or pause): nothing stays held."""
        out: list[str] = []
        if self._token:
            out.append(self._bare(""))
        if self._in_string:
            # An unterminated string: what was decoded is scanned and released as it stands.
            out.append(_escaped(self._track.flush()))
            out.append(self._escape + self._high)
            self._escape = self._high = ""
        else:
            out.append(self._track.flush())
        text = "".join(out)
        if text:
            self.sent.append(text)
        return text

    def _lex(self, fragment: str) -> str:
        out: list[str] = []
        i, end = 0, len(fragment)
        while i < end:
            if self._text:
                out.append(self._track.feed(fragment[i:]))
                break
            if self._in_string:
                i = self._string(fragment, i, out)
                continue
            char = fragment[i]
            if char == '"':
                if self._token:
                    out.append(self._bare(""))
                    if self._text:
                        continue
                self._in_string = True
                out.append('"')
            elif char in _STRUCTURE:
                if self._token:
                    out.append(self._bare(""))
                    if self._text:
                        continue
                out.append(char)
            else:
                self._token += char
                if char not in _LITERAL or len(self._token) > _LONGEST_LITERAL:
                    out.append(self._bare(fragment[i + 1 :]))
                    break
            i += 1
        return "".join(out)

    def _bare(self, rest: str) -> str:
        """A bare token ended: a number or literal passes; anything else turns the arguments
        into text from the token on (``rest`` is what follows it in this fragment)."""
        token, self._token = self._token, ""
        if _is_literal(token):
            return token
        self._text = True
        return self._track.feed(token + rest)

    def _string(self, fragment: str, i: int, out: list[str]) -> int:
        """Decode string characters from ``i``; the index after what was consumed."""
        decoded: list[str] = []
        end = len(fragment)
        while i < end:
            if self._escape:
                self._escape += fragment[i]
                i += 1
                if len(self._escape) == 6 or (len(self._escape) == 2 and fragment[i - 1] != "u"):
                    decoded.append(self._decode(self._escape))
                    self._escape = ""
                continue
            stop = _next_special(fragment, i)
            if stop > i:
                decoded.append(self._high + fragment[i:stop])
                self._high = ""
                i = stop
                continue
            if fragment[i] == "\\":
                self._escape = "\\"
                i += 1
                continue
            # The closing quote: the string ends, and so does its text.
            self._in_string = False
            tail = self._track.feed("".join(decoded) + self._high) + self._track.flush()
            self._high = ""
            out.append(_escaped(tail) + '"')
            return i + 1
        out.append(_escaped(self._track.feed("".join(decoded))))
        return i

    def _decode(self, escape: str) -> str:
        if escape[1] != "u":
            return self._high + _ESCAPES.get(escape[1], escape[1])
        try:
            code = int(escape[2:], 16)
        except ValueError:
            return self._high + escape[2:]  # not JSON; scanned as the characters it holds
        if 0xD800 <= code < 0xDC00:
            high, self._high = self._high, chr(code)
            return high
        if 0xDC00 <= code < 0xE000 and self._high:
            pair = chr(0x10000 + ((ord(self._high) - 0xD800) << 10) + (code - 0xDC00))
            self._high = ""
            return pair
        high, self._high = self._high, ""
        return high + chr(code)


def _next_special(text: str, i: int) -> int:
    """The index of the next quote or backslash at or after ``i`` (or the end)."""
    quote, backslash = text.find('"', i), text.find("\\", i)
    if quote < 0:
        quote = len(text)
    if backslash < 0:
        backslash = len(text)
    return min(quote, backslash)


def _is_literal(token: str) -> bool:
    if token in ("true", "false", "null"):
        return True
    try:
        orjson.loads(token)
    except orjson.JSONDecodeError:
        return False
    return token[0] in "-0123456789"


def _escaped(text: str) -> str:
    """Text as the inside of a JSON string. A lone surrogate (an upstream's broken escape)
    goes out as the replacement character: orjson refuses to write one."""
    if not text:
        return ""
    try:
        return orjson.dumps(text).decode()[1:-1]
    except orjson.JSONEncodeError:
        return orjson.dumps(text.encode("utf-8", "replace").decode()).decode()[1:-1]
