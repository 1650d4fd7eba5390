"""Secrets: credentials that must never reach a client (cloud keys, tokens, private keys).

Each secret kind is a named regular expression of bounded width (the *head*), so whether a
match starts at a position is decided once ``window`` characters past it have arrived: the
detector scans like ``PromptTokenDetector``, holding back at most ``window`` characters. Only
from where a head may start, though: every head opens with one of a few literal *starts*
(``sk-``, ``AKI``, ``=``, derived from the patterns), and prose before the next of them (or
before the text's end cut inside one, as in ``... s``) is released at once. A named group
``secret`` narrows what is redacted to the value (``password=[redacted]``).

Secrets longer than the window grow instead of being held: after its head, a token goes on
while the next character is in its ``extend`` class (the rest of a 160-character API key, a
JWT's payload and signature), and a PEM private key goes on through its ``-----END ...
PRIVATE KEY-----`` line. The growing span is reported again with a larger end as text arrives,
so the block is redacted as it streams and nothing of it is held; ``max_length`` caps it.

Only text decides: matches and their ends never depend on how the text was chunked.
"""

from __future__ import annotations

import importlib
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from guardproxy.sanitizer import Span

__all__ = [
    "BUILTIN",
    "MAX_WIDTH",
    "SecretPattern",
    "SecretSet",
    "SecretsDetector",
    "check_extend",
    "check_head",
    "entropy",
]

MAX_WIDTH = 160  # widest head a pattern may have: the window stays within any policy hold_back
LOOKAHEAD = 16  # characters past a head's widest match its lookaheads and \b may read
MAX_GROWTH = 4096  # default cap of a growing token
START_DEPTH = 3  # characters of a head's literal start that `_starts` derives
START_CLASS = 8  # a character class of at most this many characters branches into its members

# The stdlib's own regex parser measures a pattern's width (private, but present since 3.11;
# `sre_parse`, its public alias, warns on import). Secret patterns use `re` syntax for this.
_parser: Any = importlib.import_module("re._parser")
_sre: Any = importlib.import_module("re._constants")
_LITERAL: Any = _sre.LITERAL


def check_head(pattern: str) -> str:
    """A pattern usable as a head: compiles, matches something, has a bounded width."""
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise ValueError(str(exc)) from None
    if compiled.search("") is not None:
        raise ValueError("matches the empty string, so it would redact everything")
    if _width(pattern) > MAX_WIDTH:
        raise ValueError(
            f"may match more than {MAX_WIDTH} characters: bound its repeats ({{m,n}}) and let "
            "`extend` carry a long token on"
        )
    return pattern


def check_extend(pattern: str) -> str:
    """An ``extend`` class: exactly one character per match, such as ``[A-Za-z0-9_-]``."""
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(str(exc)) from None
    if _parser.parse(pattern).getwidth() != (1, 1):
        raise ValueError("must match exactly one character, like [A-Za-z0-9_-]")
    return pattern


# Parsing a pattern costs tens of microseconds, and every new channel's detector measures its
# rule's patterns (a millisecond for the built-ins); patterns come from the policies, so few.
@lru_cache(maxsize=1024)
def _width(pattern: str) -> int:
    return int(_parser.parse(pattern).getwidth()[1])


def _literal_prefix(pattern: str) -> str:
    """The text every match of a pattern starts with ("" when it starts with anything else)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ""
    prefix = []
    for op, arg in parsed.data:
        if op is not _LITERAL:
            break
        prefix.append(chr(arg))
    return "".join(prefix)


# A start being derived: (text, open), where `open` says the text is all that its part of the
# pattern matched (so what follows in the pattern may extend it), not a prefix cut short.
_Prefix = tuple[str, bool]


@lru_cache(maxsize=1024)
def _starts(pattern: str) -> frozenset[str] | None:
    """Texts of at most ``START_DEPTH`` characters one of which every match of a pattern starts
    with (``[sr]k_`` gives sk_ and rk_); None when its first character is not bounded that way
    (``\\w+``, a repeat, a case-insensitive start), so a match may start anywhere."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _expand(parsed.data, {("", True)})
    if found is None or any(not text for text, _ in found):
        return None
    return frozenset(text for text, _ in found)


def _trie(words: list[str]) -> str:
    """An alternation of the words (none a prefix of another) that also matches where the text
    ends inside one (``s`` of ``sk-``), shaped as a trie: `re` tries one branch per character
    where a flat alternation tries them all."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(
        re.escape(c) + ("" if rest == [""] else f"(?:{_trie(rest)}|\\Z)")
        for c, rest in groups.items()
    )


def _expand(items: Any, prefixes: set[_Prefix]) -> set[_Prefix] | None:
    """Extend the open prefixes by what a sequence of parse items matches; None when an open
    prefix that is still empty meets an item it cannot expand (the start is not bounded)."""
    for op, av in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero width: it constrains a match but adds no characters
        if not any(is_open and len(text) < START_DEPTH for text, is_open in prefixes):
            break
        options = _options(op, av)
        grown: set[_Prefix] = set()
        for text, is_open in prefixes:
            if not is_open or len(text) >= START_DEPTH:
                grown.add((text, False))
            elif options is None:
                if not text:
                    return None
                grown.add((text, False))  # keep what was collected: a shorter start is safe
            else:
                for more, more_open in options:
                    whole = text + more
                    grown.add((whole[:START_DEPTH], more_open and len(whole) < START_DEPTH))
        prefixes = grown
    return prefixes


def _options(op: Any, av: Any) -> set[_Prefix] | None:
    """What one parse item may match, as prefixes; None when it cannot be bounded."""
    if op is _LITERAL:
        return {(chr(av), True)}
    if op is _sre.IN:
        chars: list[str] = []
        for kind, arg in av:
            if kind is _LITERAL:
                chars.append(chr(arg))
            elif kind is _sre.RANGE and arg[1] - arg[0] < START_CLASS:
                chars.extend(map(chr, range(arg[0], arg[1] + 1)))
            else:
                return None  # a negation, a category (\w, \s) or a wide range
        return {(c, True) for c in chars} if len(chars) <= START_CLASS else None
    if op is _sre.BRANCH:
        options: set[_Prefix] = set()
        for alternative in av[1]:
            found = _expand(alternative, {("", True)})
            if found is None:
                return None
            options |= found
        return options
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        if add_flags & re.IGNORECASE:
            return None
        return _expand(inner, {("", True)})
    return None  # a repeat, any character, a back reference, ...


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values()) if n else 0.0


def _classes(text: str) -> int:
    """How many of lowercase, uppercase, digits and other characters the text mixes."""
    kinds = (str.islower, str.isupper, str.isdigit)
    found = sum(any(kind(c) for c in text) for kind in kinds)
    return found + any(not c.isalnum() for c in text)


@dataclass(frozen=True, slots=True)
class SecretPattern:
    name: str
    head: re.Pattern[str]
    extend: re.Pattern[str] | None = None  # `class+`: the token goes on while it matches
    until: re.Pattern[str] | None = None  # the secret goes on through this terminator
    max_length: int = MAX_GROWTH  # of a growing secret, from its start
    min_entropy: float = 0.0  # of the head's secret, in bits per character
    min_classes: int = 1  # of lowercase, uppercase, digits, other, in the head's secret
    reject: re.Pattern[str] | None = None  # a head's secret matching it whole is no secret
    until_width: int = 0  # the terminator's widest match
    before: re.Pattern[str] | None = None  # the text just before the head must end with it
    before_width: int = 0
    prefix: str = ""  # every head starts with it (see ``_literal_prefix``)

    @classmethod
    def build(
        cls, name: str, head: str, *, extend: str | None = None, until: str | None = None,
        max_length: int = MAX_GROWTH, min_entropy: float = 0.0, min_classes: int = 1,
        reject: str | None = None, before: str | None = None,
    ) -> SecretPattern:
        return cls(
            name, re.compile(check_head(head)),
            extend=re.compile(f"(?:{check_extend(extend)})+") if extend else None,
            until=re.compile(until) if until else None,
            max_length=max_length, min_entropy=min_entropy, min_classes=min_classes,
            reject=re.compile(reject) if reject else None,
            until_width=_width(check_head(until)) if until else 0,
            before=re.compile(before) if before else None,
            before_width=_width(before) if before else 0,
            prefix=_literal_prefix(head),
        )

    @property
    def grows(self) -> bool:
        return self.extend is not None or self.until is not None

    def span_of(self, m: re.Match[str]) -> tuple[int, int]:
        """What to redact of a head: its ``secret`` group if it has one, else all of it."""
        return m.span("secret") if "secret" in self.head.groupindex else m.span()

    def accepts(self, m: re.Match[str]) -> bool:
        if self.before is not None:
            text, at = m.string, m.start()
            if self.before.search(text, max(0, at - self.before_width), at) is None:
                return False
        value = m.group("secret") if "secret" in self.head.groupindex else m.group()
        if self.reject is not None and self.reject.fullmatch(value):
            return False
        return entropy(value) >= self.min_entropy and _classes(value) >= self.min_classes


_TOKEN = "[A-Za-z0-9_-]"
_B64 = "[A-Za-z0-9+/]"
_KEY_LINE = r"-----{0} (?:[A-Z0-9]{{1,16}} ){{0,4}}PRIVATE KEY(?: BLOCK)?-----"
# A value after `name =` / `name: ` / `"name": "`: printable, no spaces, quotes or brackets.
_VALUE = r"[A-Za-z0-9_~+/=.!@#$%^&*:-]"
# Names, not values: `settings.OPENAI_API_KEY`, `os.environ`, `YOUR_TOKEN_HERE`, `get_token`.
_IDENTIFIER = r"[A-Za-z]+(?:[._-][A-Za-z]+)+"
_SECRET_NAME = (
    r"(?i:api[_.-]?key|access[_.-]?key|secret(?:[_.-]?key)?|token|passw(?:or)?d|pwd|"
    r"credentials?|auth[_.-]?key|private[_.-]?key)[\"'`]?\s{0,4}\Z"
)


def _after(prefix: str, boundary: str) -> str:
    """``prefix`` not preceded by a ``boundary`` character. Heads start with a literal and check
    the character before it with a lookbehind, rather than open with the lookbehind: `re`
    then finds candidates by the literal prefix, several times faster."""
    return f"{prefix}(?<!{boundary}{re.escape(prefix)})"


# Built-in kinds, in priority order: when two match at the same place the first listed wins.
BUILTIN: dict[str, SecretPattern] = {
    p.name: p
    for p in [
        SecretPattern.build(
            "private-key", _KEY_LINE.format("BEGIN"), until=_KEY_LINE.format("END"),
            max_length=16384,  # an RSA-8192 key in PEM is under 7000 characters
        ),
        SecretPattern.build(
            "aws-access-key-id",
            _after("A", "[A-Za-z0-9]") + r"(?:KIA|SIA|BIA|CCA|3T[A-Z0-9])[A-Z0-9]{16}"
            r"(?![A-Za-z0-9])",
        ),
        SecretPattern.build(
            "aws-secret-access-key",
            r"(?:aws|AWS|Aws)(?<![A-Za-z0-9].{3})[_.-]?(?i:secret[_.-]?(?:access[_.-]?)?key)"
            r"[\"']?\s{0,4}[:=]{1,2}\s{0,4}[\"']?(?P<secret>[A-Za-z0-9/+=]{40})"
            r"(?![A-Za-z0-9/+=])",
        ),
        SecretPattern.build(
            "gcp-api-key", _after("AIza", _TOKEN) + f"{_TOKEN}{{35}}(?!{_TOKEN})"
        ),
        SecretPattern.build(
            "gcp-service-account-key-id",
            r"\"private_key_id\"\s{0,4}:\s{0,4}\"(?P<secret>[0-9a-f]{40})\"",
        ),
        SecretPattern.build(
            "azure-storage-key", rf"AccountKey\s{{0,2}}=\s{{0,2}}(?P<secret>{_B64}{{86}}==)"
        ),
        SecretPattern.build(
            "azure-shared-access-key",
            rf"SharedAccessKey\s{{0,2}}=\s{{0,2}}(?P<secret>{_B64}{{43}}=)",
        ),
        SecretPattern.build(
            "azure-sas-signature",
            _after("sig=", "[A-Za-z0-9]") + r"(?P<secret>[A-Za-z0-9%+/]{30})",
            extend="[A-Za-z0-9%+/=]",
        ),
        SecretPattern.build(
            "github-token", _after("gh", "[A-Za-z0-9_]") + r"[pousr]_[A-Za-z0-9]{30}",
            extend="[A-Za-z0-9_]",
        ),
        SecretPattern.build(
            "github-fine-grained-token",
            _after("github_pat_", "[A-Za-z0-9_]") + r"[A-Za-z0-9_]{22}", extend="[A-Za-z0-9_]",
        ),
        SecretPattern.build(
            "gitlab-token",
            _after("gl", _TOKEN) + rf"(?:pat|dt|ptt|rt|soat|ft|cbt|imt|agent)-{_TOKEN}{{20}}",
            extend="[A-Za-z0-9_.-]",
        ),
        SecretPattern.build(
            "slack-token", _after("xox", "[A-Za-z0-9-]") + r"[abposre]-[A-Za-z0-9-]{10}",
            extend="[A-Za-z0-9-]",
        ),
        SecretPattern.build(
            "slack-webhook",
            r"https://hooks\.slack\.com/(?:services|workflows|triggers)/"
            r"(?P<secret>[A-Za-z0-9]{6,12}/[A-Za-z0-9]{6,12}/[A-Za-z0-9]{8})",
            extend="[A-Za-z0-9/]",
        ),
        SecretPattern.build(
            "stripe-key", r"[sr]k_(?<![A-Za-z0-9_][sr]k_)(?:live|test)_[A-Za-z0-9]{20}",
            extend="[A-Za-z0-9]",
        ),
        SecretPattern.build(
            "anthropic-key",
            _after("sk-ant-", _TOKEN) + rf"[a-z]{{2,8}}[0-9]{{2}}-{_TOKEN}{{20}}", extend=_TOKEN,
        ),
        SecretPattern.build(
            "openai-key",
            _after("sk-", _TOKEN) + rf"(?:(?:proj|svcacct|admin)-)?{_TOKEN}{{20}}",
            extend=_TOKEN, min_classes=2,
        ),
        SecretPattern.build(
            "jwt", _after("eyJ", _TOKEN) + rf"{_TOKEN}{{8,120}}\.eyJ{_TOKEN}{{4}}",
            extend="[A-Za-z0-9_.-]",
        ),
        SecretPattern.build(
            "bearer-token",
            r"(?:Bearer|bearer|BEARER)(?<![A-Za-z0-9].{6})\s{1,4}"
            r"(?P<secret>[A-Za-z0-9_~+/.=-]{16})",
            extend="[A-Za-z0-9_~+/.=-]", min_entropy=3.0, min_classes=2,
        ),
        # Found at the `=` or `:` (a literal, so cheap to scan for), then the name before it
        # is checked: a head opening with a name of any length costs far more.
        SecretPattern.build(
            "generic-assignment",
            rf"(?:=>|:=|[:=])\s{{0,4}}[\"'`]?(?P<secret>{_VALUE}{{8,96}})",
            before=_SECRET_NAME, extend=_VALUE, min_entropy=3.0, min_classes=2,
            reject=_IDENTIFIER,
        ),
    ]
}


@dataclass(frozen=True, slots=True)
class SecretSet:
    """The patterns of one rule, compiled once at policy load."""

    patterns: tuple[SecretPattern, ...]
    # Where a head may start (see `SecretsDetector._next_start`): None when some pattern's
    # start is not bounded, so anywhere. `whole_starts` tells a start from the text ending in one.
    starts: re.Pattern[str] | None = field(init=False, repr=False, compare=False)
    whole_starts: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        every: set[str] = set()
        for p in self.patterns:
            starts = _starts(p.head.pattern)
            if starts is None:
                every.clear()
                break
            every |= starts
        # A start that extends another adds no position the shorter one does not already mark,
        # and dropping them lets `whole_starts` tell a whole start from a cut one.
        every = {t for t in every if not any(t != u and t.startswith(u) for u in every)}
        pattern = re.compile(f"(?:{_trie(sorted(every))})") if every else None
        object.__setattr__(self, "starts", pattern)
        object.__setattr__(self, "whole_starts", frozenset(every))

    @classmethod
    def of(cls, builtin: Iterable[str], custom: Iterable[SecretPattern] = ()) -> SecretSet:
        return cls((*(BUILTIN[name] for name in builtin), *custom))

    @property
    def window(self) -> int:
        """Characters past a position that decide whether a head starts there (also kept
        before the scan position, for lookbehinds and the text a head checks before it)."""
        widths = (max(_width(p.head.pattern), p.before_width) for p in self.patterns)
        return max(widths, default=0) + LOOKAHEAD


@dataclass(slots=True)
class _Growing:
    pattern: SecretPattern
    start: int  # channel offset where the redaction starts
    head_end: int  # channel offset where the head ended: a terminator starts here or later


class SecretsDetector:
    """Finds the secrets of a ``SecretSet`` in one channel (see module doc)."""

    def __init__(self, secrets: SecretSet, rule: int) -> None:
        self._patterns = secrets.patterns
        self._rule = rule
        self._window = secrets.window
        self.bound = self._window
        self._buf = ""
        self._base = 0  # channel offset of _buf[0]
        self._pos = 0  # channel offset where scanning (or the growing secret) resumes
        self._growing: _Growing | None = None
        # Per pattern: characters past a start that decide a head there, and the channel
        # offset before which it is known to start no head (so no position is scanned twice).
        self._reach = [_width(p.head.pattern) + LOOKAHEAD for p in self._patterns]
        self._clear = [0] * len(self._patterns)
        self._due = 0  # the least of _clear: no pattern needs a search before it
        # Positions past _pos where no head can start need not be held: most of prose. A head
        # starts where one of the set's starts does, so text is held from the first position
        # at or after _pos where a start matches, or where the text ends inside one.
        self._starts = secrets.starts
        self._whole_starts = secrets.whole_starts
        self._start = 0  # channel offset: between _pos and it, not even a cut start begins
        self._start_whole = False  # a whole start matches at _start (not one cut by the end)
        self._hold = 0  # hold_point, as of the last feed

    @property
    def hold_point(self) -> int:
        return self._hold

    def feed(self, text: str) -> list[Span]:
        self._buf += text
        spans = self._advance(final=False)
        # Keep a window of text before the scan position for lookbehinds and \b.
        keep = max(0, self._pos - self._base - self._window)
        self._buf = self._buf[keep:]
        self._base += keep
        if self._growing is None and (starts := self._starts) is not None:
            self._hold = self._next_start(starts)
        else:
            self._hold = self._pos  # a growing secret, or a set whose heads may start anywhere
        return spans

    def flush(self) -> list[Span]:
        spans = self._advance(final=True)
        self._base += len(self._buf)
        self._buf = ""
        self._pos = self._hold = self._base
        return spans

    def _next_start(self, starts: re.Pattern[str]) -> int:
        """The first position at or after _pos where a head may still start (when not growing
        a secret): where one of the set's ``starts`` matches, or the text ends inside one."""
        start = self._start
        if start < self._pos:
            start = self._pos
        elif self._start_whole:
            return start  # a start there holds until the scan has decided it
        # Positions before _start are ruled out for good: not even a part of a start began
        # there, and text arriving later cannot change that. So each feed searches only the
        # new text and a tail cut inside a start.
        base, buf = self._base, self._buf
        m = starts.search(buf, start - base)
        if m is None:
            self._start, self._start_whole = base + len(buf), False
        else:
            self._start, self._start_whole = base + m.start(), m[0] in self._whole_starts
        return self._start

    def _advance(self, *, final: bool) -> list[Span]:
        spans: list[Span] = []
        # A head may start at i only once i + window has arrived (anywhere, at the end).
        decided = len(self._buf) if final else len(self._buf) - self._window + 1
        while True:
            if self._growing is not None:
                span, closed = self._grow(self._growing, final=final)
                if span.end > span.start:
                    spans.append(span)
                if not closed:
                    return spans
                continue
            found = self._next(self._pos - self._base, decided)
            if found is None:
                self._pos = max(self._pos, self._base + decided)
                return spans
            pattern, m = found
            start, end = (self._base + i for i in pattern.span_of(m))
            if pattern.grows:
                self._growing = _Growing(pattern, start, end)
                self._pos = end  # the secret goes on from there
            else:
                spans.append(Span(start, end, self._rule))
                self._pos = self._base + m.end()

    def _next(self, at: int, decided: int) -> tuple[SecretPattern, re.Match[str]] | None:
        """The leftmost accepted head starting in [at, decided); ties go to the first listed."""
        if self._due - self._base >= decided:
            return None  # every pattern is known to start nothing there: most tokens
        best: tuple[SecretPattern, re.Match[str]] | None = None
        for i, pattern in enumerate(self._patterns):
            before = decided if best is None else best[1].start()
            if self._clear[i] - self._base >= before:
                continue  # known to start nothing there: the usual case, kept cheap
            m = self._search(i, at, before)
            if m is not None:
                best = (pattern, m)
        self._due = min(self._clear)
        return best

    def _search(self, i: int, at: int, before: int) -> re.Match[str] | None:
        """Pattern i's first accepted head starting in [at, before)."""
        pattern, buf = self._patterns[i], self._buf
        at = max(at, self._clear[i] - self._base)
        clear = at
        while at < before:
            m = pattern.head.search(buf, at)
            if m is None or m.start() >= before:
                # No head starts before the next match (or the end of the text): settled as
                # far as the text that has arrived decides, and up to where the head's prefix
                # (all of it, or its start at the end of the text) comes next.
                nxt = len(buf) if m is None else m.start()
                settled = len(buf) - self._reach[i] + 1
                if pattern.prefix:
                    found = buf.find(pattern.prefix, at)
                    if found < 0:
                        found = len(buf) - len(pattern.prefix) + 1
                    settled = max(settled, found)
                clear = max(at, min(nxt, settled))
                break
            if pattern.accepts(m):
                clear = m.start()
                self._clear[i] = self._base + clear
                return m
            at = clear = m.start() + 1
        self._clear[i] = self._base + clear
        return None

    def _grow(self, growing: _Growing, *, final: bool) -> tuple[Span, bool]:
        """Extend the growing secret over what has arrived: its span, and whether it ended."""
        pattern = growing.pattern
        at = self._pos - self._base
        cap = min(len(self._buf), growing.start + pattern.max_length - self._base)
        end, closed = cap, False
        if pattern.until is not None:
            # A terminator may have begun in text already received.
            since = max(growing.head_end, self._pos - pattern.until_width) - self._base
            m = pattern.until.search(self._buf, since, cap)
            if m is not None:
                end, closed = m.end(), True
        elif pattern.extend is not None:
            m = pattern.extend.match(self._buf, at, cap)
            end = m.end() if m is not None else at
            closed = end < len(self._buf)
        closed = closed or final or end - (growing.start - self._base) >= pattern.max_length
        self._pos = self._base + end
        if closed:
            self._growing = None
        return Span(growing.start, self._pos, self._rule), closed
