"""Encoded leaks: base64, base32, hex and escaped runs that decode to a protected text.

A model asked to "encode the instructions in base64" writes a run of base64 characters. Each
run of at least ``MIN_RUN`` characters of the base64 alphabet (standard or URL-safe) is decoded,
as hex when it is all hex digits, as base32 when it is all base32 letters, and as base64; when
the bytes are mostly printable UTF-8 text, the text is checked by ``check`` (the prompt index: a
run of prompt words, a token, a canary) and a leak redacts the whole run
(``EncodedDetector``).

Encodings whose runs have separators in them are read per sentence (``EscapedDetector``):
hex pairs separated by spaces, colons or commas (``4e:49:4d``), ``\\x4e``, ``\\u004e``,
``&#78;`` and ``&#x4e;``, ``%4E``; a base64 word shorter than ``MIN_RUN`` that looks like
one (digits or padding, mixed case): a short code; and base64 written in groups (``TklN
QlVT``: three or more words of 4 to 8 of its characters, all as long but the last, one space
or dash between them). Text is held only where such a run may be (``EscapedDetector``): from
a run of escape characters, a base64 word, or the groups of as many characters that it ends.

A run is decided when it ends; a longer run than ``bound`` allows is decided in pieces, cut at
offsets from its start that keep base64's four-character alignment.
Once one piece leaks, the rest of the run goes with it. An escaped run cut by a sentence's
forced cut is read on in the next sentence with its last ``bound`` characters before the cut,
so a leak that no piece holds alone is one in the piece that completes it. Cuts depend only
on the text, so the result never depends on chunking, and the hold-back stays within
``bound``.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from typing import Literal

import regex

from guardproxy.sanitizer import Span
from guardproxy.segment import Sentence, SentenceStream

__all__ = [
    "ENCODINGS", "MIN_RUN", "EncodedDetector", "Encoding", "EscapedDetector", "decode_escaped",
    "decode_run",
]

Encoding = Literal["base64", "base32", "hex", "escapes"]
ENCODINGS: tuple[Encoding, ...] = ("base64", "base32", "hex", "escapes")  # what may be decoded
MIN_RUN = 16  # 12 bytes: shorter runs are too short to hold a sentence or a token
PRINTABLE = 0.9  # share of decoded characters that must be printable for a run to be text
_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-="
_RUN = regex.compile(rf"[A-Za-z0-9+/_-]{{{MIN_RUN},}}={{0,6}}")  # base32 pads with up to six
_ANY_RUN = regex.compile(r"[A-Za-z0-9+/_-]+={0,6}")
_HEX = regex.compile(r"(?:[0-9a-fA-F]{2})+")
_URLSAFE = str.maketrans("-_", "+/")
_BASE32 = regex.compile(r"(?:[A-Z2-7]+|[a-z2-7]+)=*")


def _b32(run: str) -> bytes:
    body = run.rstrip("=").upper()
    body = body[: len(body) - len(body) % 8] if len(body) % 8 in (1, 3, 6) else body
    try:
        return base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return b""


def decode_run(run: str, *, encodings: frozenset[str]) -> list[str]:
    """The texts a run may encode: as hex, and as base64 read from each of its four possible
    alignments (a run may start with a character that is not part of the encoding)."""
    out: list[str] = []
    if "hex" in encodings and _HEX.fullmatch(run):
        out.extend(_text(bytes.fromhex(run)))
    if "base32" in encodings and _BASE32.fullmatch(run):
        out.extend(_text(_b32(run)))
    if "base64" in encodings:
        body = run.rstrip("=")
        for skip in range(4):
            piece = body[skip:]
            if len(piece) < MIN_RUN:
                break
            out.extend(_text(_b64(piece)))
    return out


def _b64(piece: str) -> bytes:
    if ("-" in piece or "_" in piece) and ("+" in piece or "/" in piece):
        return b""  # two alphabets: not base64
    piece = piece.translate(_URLSAFE)
    piece = piece[: len(piece) - len(piece) % 4] if len(piece) % 4 == 1 else piece
    try:
        return base64.b64decode(piece + "=" * (-len(piece) % 4), validate=True)
    except (binascii.Error, ValueError):
        return b""


def _text(data: bytes) -> list[str]:
    """The bytes as text, if they read as mostly printable UTF-8 (a cut may split the last
    character, so undecodable bytes only count against the share)."""
    if not data:
        return []
    text = data.decode("utf-8", errors="replace")
    good = sum(c.isprintable() or c in "\n\t\r" for c in text if c != "\ufffd")
    return [text] if good >= PRINTABLE * len(text) else []


class EncodedDetector:
    """Finds encoded runs whose decoded text ``check`` says leaks (see module doc)."""

    def __init__(
        self, check: Callable[[str], bool], rule: int, *, encodings: frozenset[str],
        bound: int = 240,
    ) -> None:
        self._check = check
        self._rule = rule
        self._encodings = encodings
        self._piece = (bound - 2) // 4 * 4  # base64 alignment; "==" may follow a piece
        self.bound = bound
        self._buf = ""  # from the start of the run being received (or the end of the text)
        self._base = 0  # channel offset of _buf[0]
        # Where the last leaking piece ended: a piece starting there is the rest of its run,
        # which goes too.
        self._leak_end = -1
        self._cut = 0

    @property
    def hold_point(self) -> int:
        return self._base

    def feed(self, text: str) -> list[Span]:
        self._buf += text
        return self._scan(final=False)

    def flush(self) -> list[Span]:
        return self._scan(final=True)

    def _scan(self, *, final: bool) -> list[Span]:
        buf = self._buf
        # Text before the trailing run of alphabet characters is decided; rstrip finds that run
        # at C speed, and searching only for long runs keeps prose cheap.
        limit = len(buf) if final else len(buf.rstrip(_ALPHABET))
        spans: list[Span] = []
        pos = 0
        if self._leak_end == self._base:  # the rest of a leaking run, however short
            m = _ANY_RUN.match(buf, 0, limit)
            if m is not None:
                spans.extend(self._decide(0, m.end()))
                pos = m.end()
        # Runs are rare in prose: no iterator otherwise, and no search at all in a short text.
        if limit - pos >= MIN_RUN and _RUN.search(buf, pos, limit) is not None:
            for m in _RUN.finditer(buf, pos, limit):
                spans.extend(self._decide(m.start(), m.end()))
                pos = m.end()
        pos = max(pos, limit)
        # What follows is one run that may go on. Usually it is one word still arriving, kept
        # whole; a run longer than a piece, or one with padding, is for _trailing to decide.
        if not final and (len(buf) - pos > self._piece or buf.find("=", pos) >= 0):
            spans.extend(self._trailing(pos))
            pos = self._cut
        self._buf = buf[pos:]
        self._base += pos
        return spans

    def _trailing(self, pos: int) -> list[Span]:
        """The runs from ``pos`` to the end: complete ones are decided, and the last, which may
        go on, is decided in the full pieces it has (``_cut`` is where that stops)."""
        buf = self._buf
        spans: list[Span] = []
        while pos < len(buf):
            m = _ANY_RUN.match(buf, pos)
            if m is None:
                pos += 1  # a stray "=": part of no run
                continue
            if m.end() < len(buf):
                spans.extend(self._decide(m.start(), m.end()))
                pos = m.end()
                continue
            # Cut only where more than padding follows: the rest is then a run of its own.
            while len(buf.rstrip("=")) - pos > self._piece:
                spans.extend(self._decide(pos, pos + self._piece, goes_on=True))
                pos += self._piece
            break
        self._cut = pos
        return spans

    def _decide(self, start: int, end: int, *, goes_on: bool = False) -> list[Span]:
        """Decide a run, or a piece of one (``goes_on``: the run continues after ``end``), in
        pieces of at most ``_piece`` characters."""
        spans: list[Span] = []
        while start < end:
            stop = min(end, start + self._piece)
            spans.extend(self._piece_of_run(start, stop))
            start = stop
        if not goes_on:
            self._leak_end = -1  # the run ended: what follows is another run
        return spans

    def _piece_of_run(self, start: int, end: int) -> list[Span]:
        if self._leak_end != self._base + start:  # not the rest of a leaking run
            self._leak_end = -1
            run = self._buf[start:end]
            if len(run) < MIN_RUN or not any(
                self._check(t) for t in decode_run(run, encodings=self._encodings)
            ):
                return []
        self._leak_end = self._base + end
        return [Span(self._base + start, self._base + end, self._rule)]


# One escaped character or byte: \xNN, \uNNNN, &#NN; or &#xNN;, %NN, or a bare hex pair.
_UNIT = (r"\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|&\#[0-9]{2,7};|&\#[xX][0-9a-fA-F]{2,6};"
         r"|%[0-9a-fA-F]{2}|(?<![0-9a-zA-Z])[0-9a-fA-F]{2}(?![0-9a-zA-Z])")
_ESCAPED = regex.compile(rf"(?:(?:{_UNIT})[ :,.-]?){{6,}}")
_SHORT = regex.compile(r"(?<![\w+/=-])(?=[\w+/]*(?:[0-9]|=))(?=[\w+/]*[a-z])(?=[\w+/]*[A-Z])"
                       r"[A-Za-z0-9+/]{7,15}={0,2}(?![\w+/=-])")
# What a sentence must hold for an escaped run or a short code to be in it: a backslash, an
# entity, a %-escape, three hex pairs with separators, a digit or padding. Prose mostly has
# none, and then one search decides for both.
_GATE = re.compile(r"\\|&#|%[0-9A-Fa-f]{2}|[0-9=]"
                   r"|\b[0-9a-fA-F]{2}[ :,.-][0-9a-fA-F]{2}[ :,.-][0-9a-fA-F]{2}\b")
_UNIT_VALUE = regex.compile(_UNIT)
# What may follow an escaped run at the end of a sentence cut by force: a separator, and the
# start of a unit the cut went through.
_PARTIAL = regex.compile(r"[\\&#%xXuU0-9A-Fa-f]{0,7}")


def decode_escaped(run: str) -> list[str]:
    """The text of a run of escapes (see ``_UNIT``): ``\\x``, ``%`` and bare pairs are bytes
    (UTF-8), ``\\u`` and entities are characters."""
    data = bytearray()
    chars: list[str] = []
    for m in _UNIT_VALUE.finditer(run):
        unit = m.group()
        if unit.startswith(("\\u", "&")):
            code = int(unit[3:-1], 16) if unit[:3].lower() == "&#x" else (
                int(unit[2:-1]) if unit.startswith("&") else int(unit[2:], 16))
            if data:
                chars.append(data.decode("utf-8", errors="replace"))
                data.clear()
            chars.append(chr(code) if code < 0x110000 else "\ufffd")
        else:
            data.append(int(unit[-2:], 16))
    if data:
        chars.append(data.decode("utf-8", errors="replace"))
    return _text("".join(chars).encode("utf-8", errors="replace"))


_B64_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="
_GROUP_CHARS = _B64_CHARS[:-1]  # a group of base64 in groups: padding ends only the last
# Base64 in groups: three or more words of its characters, one space or dash between them
# (``_grouped_leak`` checks that they are as long as each other).
# The last group is as long as the others, or shorter with its padding: a short word after
# them is not one.
_GROUPED = regex.compile(r"(?<![\w+/=-])(?:[A-Za-z0-9+/]{4,8}[ -]){2,}"
                         r"(?:[A-Za-z0-9+/]{4,8}|[A-Za-z0-9+/]{1,7}={1,2})(?![\w+/=-])")
_GROUP_SEPARATOR = re.compile(r"[ -]")
# What an escaped run (or its start, before a gate character has come) is made of.
_ESCAPE_CHARS = "0123456789abcdefABCDEF :,.-\\xXuU&#;%"


class EscapedDetector:
    """Finds escaped runs and short base64 codes whose decoded text ``check`` says leaks (see
    module doc), sentence by sentence.

    Every such run holds a gate character (``_GATE``: a backslash, an entity, a %-escape,
    three separated hex pairs, a digit or padding), so text is held only from where a run may
    start: in a sentence with no gate yet, from the trailing word of base64 characters or run
    of escape characters (a run in progress); once a gate has come, from the start of its word
    or run until the sentence ends. Prose without digits streams as before. Each hold point
    depends only on the text received, and a run is only looked for from there."""

    def __init__(
        self, check: Callable[[str], bool], rule: int, *, encodings: frozenset[str],
        bound: int = 240,
    ) -> None:
        self._check = check
        self._rule = rule
        self._escapes = "hex" in encodings or "escapes" in encodings
        self._codes = "base64" in encodings  # short base64 codes
        self._reads = self._escapes or self._codes
        self._sentences = SentenceStream(bound)
        self.bound = bound
        # An escaped run that reached the end of its sentence (a forced cut): its text (its
        # last ``bound`` characters, from a unit), read again with the next sentence, where
        # it may go on; and where it ended.
        self._carry = ""
        self._carry_end = -1
        self._leak_end = -1  # where a leaking run reached the end of its sentence
        self._gate = -1  # in the sentence being received: where its first run may start
        self._scanned = 0  # how far into it the gate was looked for
        self._hold = 0

    @property
    def hold_point(self) -> int:
        return self._hold

    def feed(self, text: str) -> list[Span]:
        sentences = self._sentences.feed(text)
        if not sentences and self._gate >= 0:
            return []  # the sentence holds a gate: held from its run to its end, as it was
        spans = [s for sentence in sentences for s in self._scan(sentence)]
        self._settle()
        return spans

    def flush(self) -> list[Span]:
        spans = [s for sentence in self._sentences.flush() for s in self._scan(sentence)]
        self._settle()
        return spans

    def _settle(self) -> None:
        """Where the sentence being received may hold a run: the hold point."""
        buf, start = self._sentences.pending, self._sentences.start
        if self._gate < 0 and self._reads and buf:
            # A gate may end in the new text and start up to 7 characters before it.
            found = _GATE.search(buf, max(0, self._scanned - 7))
            if found is not None:
                self._gate = _run_start(buf, found.start())
            self._scanned = len(buf)
        if self._gate >= 0 or not self._reads:
            self._hold = start + (self._gate if self._gate >= 0 else len(buf))
            return
        self._hold = start + _run_start(buf, len(buf))

    def _scan(self, sentence: Sentence) -> list[Span]:
        text, base = sentence.text, sentence.start
        spans: list[Span] = []
        if self._gate < 0:  # the gate may be in the part that completed the sentence
            found = _GATE.search(text, max(0, self._scanned - 7))
            self._gate = -1 if found is None else _run_start(text, found.start())
        gate, self._gate, self._scanned = self._gate, -1, 0
        carry, leaked = self._carry, self._leak_end == base
        self._carry, self._leak_end = "", -1
        if carry and self._carry_end == base:
            # The run a forced cut split may go on here: it is read whole, from its carried
            # part (the rest of a leaking one goes too, however short).
            joined = _ESCAPED.match(carry + text)
            if joined is not None and joined.end() > len(carry):
                spans.extend(self._escaped(joined, base - len(carry), base, leaked,
                                           sentence.forced))
                gate = max(gate, joined.end() - len(carry))
        if gate < 0:
            return spans
        if self._escapes:
            for m in _ESCAPED.finditer(text, gate):
                spans.extend(self._escaped(m, base, base, False, sentence.forced))
        if self._codes:
            for m in _SHORT.finditer(text, gate):
                if any(self._check(t) for t in _short(m.group())):
                    spans.append(Span(base + m.start(), base + m.end(), self._rule))
            for m in _GROUPED.finditer(text, gate):
                if (first := _grouped_leak(m.group(), self._check)) is not None:
                    spans.append(Span(base + m.start() + first, base + m.end(), self._rule))
        if self._carry:
            self._gate = 0  # the next sentence may go on with the run: held from its start
        return spans

    def _escaped(
        self, m: regex.Match[str], base: int, first: int, leaked: bool, forced: bool
    ) -> list[Span]:
        """Decide the escaped run ``m`` of a text at offset ``base`` (the sentence's own part
        starts at ``first``); one at the end of a sentence cut by force may go on in the next
        one: it is carried there, and if it leaks it goes to the cut (a unit cut in two)."""
        text = m.string
        run = m.group().rstrip(" :,.-\n")  # the separator after the last unit stays
        leaks = leaked or any(self._check(t) for t in decode_escaped(run))
        end = base + m.start() + len(run)
        if forced and _PARTIAL.fullmatch(text, m.end()):
            end = base + len(text)
            self._carry, self._carry_end = _last_units(text[m.start():], self.bound), end
            self._leak_end = end if leaks else -1
        start = max(base + m.start(), first)
        return [Span(start, end, self._rule)] if leaks and end > start else []


def _last_units(run: str, most: int) -> str:
    """The last ``most`` characters of an escaped run, from the start of a unit."""
    if len(run) <= most:
        return run
    for unit in _UNIT_VALUE.finditer(run, len(run) - most):
        if _ESCAPED.match(run, unit.start()):  # not a pair of digits inside an entity
            return run[unit.start():]
    return ""


def _run_start(text: str, at: int) -> int:
    """Where a run through ``text[at]`` (or, at the end, one still arriving) may start: the
    start of the word of base64 characters (or of the base64 groups it ends) or of the run
    of escape characters it is in."""
    head = text[: at + 1] if at < len(text) else text
    escaped = len(head.rstrip(_ESCAPE_CHARS))
    word = _group_start(head, len(head.rstrip(_B64_CHARS)))
    if escaped >= word:  # the usual case: escape characters only inside the word (prose)
        return word
    # An escaped run starts with a unit: not inside a word ("Fine" ends in a hex letter), not
    # at a separator.
    while escaped < len(head) and head[escaped].isalnum() and escaped and \
            head[escaped - 1].isalnum():
        escaped += 1
    while escaped < len(head) and head[escaped] in " :,.-":
        escaped += 1
    return min(word, escaped)


def _groups_before(head: str, word: int) -> tuple[int, int]:
    """The base64 groups right before ``head``'s last word (from ``word``): words of 4 to 8 of
    its characters, all as long, each after one space or dash; where they start and how long
    each is (0: none). Read back a group at a time."""
    start, size = word, 0
    while start > 4 and head[start - 1] in " -":
        end = start - 1
        begin = head.rfind(" ", max(0, end - 9), end) + 1  # none within 9: too long
        piece = head[begin:end]
        if "-" in piece:
            begin = head.rfind("-", begin, end) + 1
            piece = head[begin:end]
        n = end - begin
        if not 4 <= n <= 8 or (size and n != size) or \
                not ((piece.isascii() and piece.isalnum()) or not piece.strip(_GROUP_CHARS)):
            break
        size, start = n, begin
    return start, size


def _group_start(head: str, word: int) -> int:
    """Where base64 in groups that ``head``'s last word (from ``word``) ends starts (the last
    word no longer than the groups before it), or ``word``."""
    start, size = _groups_before(head, word)
    return start if len(head) - word <= size else word


def _grouped_leak(run: str, check: Callable[[str], bool]) -> int | None:
    """Where base64 in groups that leaks starts in ``run``, or None: at its first, second or
    third group (words of the sentence before it may look like groups), the first from which
    it decodes to text that starts with a printable character, else the first that leaks."""
    groups = _GROUP_SEPARATOR.split(run)
    found: int | None = None
    at = 0
    for first in range(min(3, len(groups) - 2)):
        body = groups[first:]
        size = len(body[0])
        if all(len(g) == size for g in body[:-1]) and len(body[-1]) <= size \
                and sum(map(len, body)) >= MIN_RUN:
            for text in _text(_b64("".join(body).rstrip("="))):
                if check(text):
                    if text[:1].isprintable() and text[:1] != "\ufffd":
                        return at
                    found = at if found is None else found
        at += len(groups[first]) + 1
    return found


def _short(run: str) -> list[str]:
    return _text(_b64(run.rstrip("=")))
