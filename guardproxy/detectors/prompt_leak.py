"""System-prompt leakage: runs of the prompt's words, and its secret-looking tokens.

Runs. The prompt is reduced to its case-folded words, and every three consecutive words (a
trigram) are indexed. In the output, each trigram found in the index seeds an *alignment*: a
diagonal that follows the prompt word by word. An alignment tolerates a small edit: an output
word that matches none of the next three prompt words is a miss (a changed or inserted word),
and a match up to two prompt words ahead skips dropped words. Two misses in a row, or a gap of
more than ``max_gap`` characters between words, end it. Once it has matched ``min_words``
words it is confirmed: its span is reported and grows with every further match. Markdown,
punctuation, line breaks and case never matter because only words are compared.

Tokens. Codes, keys, URLs and e-mail addresses of the prompt are protected on their own: a
case-insensitive literal search over the output, decided once the longest token fits in the
received text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import regex

from guardproxy.sanitizer import Span
from guardproxy.segment import MAX_WORD, Word, WordStream, words_of

__all__ = ["PromptIndex", "PromptRunDetector", "PromptTokenDetector", "secret_tokens"]

LOOKAHEAD = 3  # an output word may match the expected prompt word or one of the two after it
MAX_ALIGNMENTS = 32  # per channel: bounds cost per word whatever the prompt


@dataclass(frozen=True, slots=True)
class PromptIndex:
    """What the detectors need from a request's protected texts; built once per distinct text."""

    words: tuple[str, ...]
    trigrams: dict[tuple[str, str, str], tuple[int, ...]]
    tokens: regex.Pattern[str] | None
    longest_token: int

    @classmethod
    def build(cls, texts: Iterable[str], *, max_token_len: int = 96) -> PromptIndex:
        return _build_index(tuple(texts), max_token_len)


@lru_cache(maxsize=256)
def _build_index(texts: tuple[str, ...], max_token_len: int) -> PromptIndex:
    words: list[str] = []
    trigrams: dict[tuple[str, str, str], list[int]] = {}
    tokens: set[str] = set()
    for text in texts:
        if words:
            words.append("\0")  # no run crosses from one protected text into the next
        offset = len(words)
        ws = words_of(text)
        words.extend(ws)
        for i in range(len(ws) - 2):
            trigrams.setdefault((ws[i], ws[i + 1], ws[i + 2]), []).append(offset + i)
        tokens.update(t[:max_token_len] for t in secret_tokens(text))
    ordered = sorted(tokens, key=lambda t: (-len(t), t))  # longest first: regex takes the first
    pattern = (
        regex.compile("|".join(regex.escape(t) for t in ordered), regex.IGNORECASE)
        if ordered
        else None
    )
    return PromptIndex(
        words=tuple(words),
        trigrams={k: tuple(v) for k, v in trigrams.items()},
        tokens=pattern,
        longest_token=max((len(t) for t in ordered), default=0),
    )


_URL = regex.compile(r"\bhttps?://[^\s<>\"'`]+")
_EMAIL = regex.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_CODE = regex.compile(r"(?<![\w-])[\p{L}\p{N}][\p{L}\p{N}_-]{4,}[\p{L}\p{N}](?![\w-])")


def secret_tokens(text: str) -> set[str]:
    """Tokens that look like codes, keys, URLs or e-mail addresses rather than words.

    A code is at least six characters with both letters and digits and something that makes it
    unlike prose: an uppercase letter, a hyphen or underscore, or three or more digits
    (``ZEBRA-42-PLATINUM``, ``sk_live_4eC39H``, ``a1b2c3d4``; not ``base64`` or ``mp3``).
    """
    found = {m.group().rstrip(".,;:!?)]}") for m in _URL.finditer(text)}
    found.update(m.group() for m in _EMAIL.finditer(text))
    for m in _CODE.finditer(text):
        token = m.group()
        digits = sum(c.isdigit() for c in token)
        letters = sum(c.isalpha() for c in token)
        distinctive = any(c.isupper() for c in token) or "-" in token or "_" in token
        if digits and letters and (distinctive or digits >= 3):
            found.add(token)
    return {t for t in found if len(t) >= 6}


@dataclass(slots=True)
class _Alignment:
    next: int  # index in the prompt's words of the word expected next
    start: int  # channel offset of its first word
    end: int  # channel offset just after its last matched word
    words: int  # words matched
    misses: int = 0  # output words in a row that matched nothing

    @property
    def key(self) -> tuple[int, int]:
        return (self.words, -self.start)


class PromptRunDetector:
    """Finds runs of at least ``min_words`` words of the protected texts (see module doc)."""

    def __init__(
        self, index: PromptIndex, rule: int, *, min_words: int = 6, max_gap: int = 40,
        max_span: int = 200,
    ) -> None:
        self._index = index
        self._rule = rule
        self._min_words = max(min_words, 3)
        self._max_gap = max_gap
        self._max_span = max_span  # an unconfirmed alignment older than this is abandoned
        self.bound = max(max_span, 3 * MAX_WORD + 2 * max_gap)
        self._stream = WordStream()
        self._recent: list[Word] = []  # the last two words: a trigram seed needs them
        self._alignments: list[_Alignment] = []
        self._end = 0

    @property
    def hold_point(self) -> int:
        point = self._end
        for a in self._alignments:
            point = min(point, a.end if a.words >= self._min_words else a.start)
        if self._recent:
            point = min(point, self._recent[0].start)
        partial = self._stream.partial_start
        return point if partial is None else min(point, partial)

    def feed(self, text: str) -> list[Span]:
        self._end += len(text)
        spans = [s for w in self._stream.feed(text) for s in self._word(w)]
        partial = self._stream.partial_start
        self._expire(self._end if partial is None else partial, self._end)
        return spans

    def flush(self) -> list[Span]:
        spans = [s for w in self._stream.flush() for s in self._word(w)]
        self._alignments.clear()
        self._recent.clear()
        return spans

    def _expire(self, next_start: int, next_end: int) -> None:
        """Drop what no word starting at ``next_start`` (ending at ``next_end``) can extend."""
        confirmed = self._min_words
        self._alignments = [
            a
            for a in self._alignments
            if next_start - a.end <= self._max_gap
            and (a.words >= confirmed or next_end - a.start <= self._max_span)
        ]
        if self._recent and next_start - self._recent[-1].end > self._max_gap:
            self._recent.clear()

    def _word(self, word: Word) -> list[Span]:
        self._expire(word.start, word.end)
        spans: list[Span] = []
        words = self._index.words
        survivors: list[_Alignment] = []
        for a in self._alignments:
            for d in range(LOOKAHEAD):
                if a.next + d < len(words) and words[a.next + d] == word.norm:
                    a.next += d + 1
                    a.end = word.end
                    a.words += 1
                    a.misses = 0
                    if a.words >= self._min_words:
                        spans.append(Span(a.start, a.end, self._rule))
                    break
            else:
                a.misses += 1
            if a.misses <= 1:
                survivors.append(a)
        self._alignments = survivors
        if len(self._recent) == 2:
            first, second = self._recent
            spans.extend(self._seed(first, second, word))
        self._recent = [*self._recent[-1:], word]
        return spans

    def _seed(self, first: Word, second: Word, word: Word) -> list[Span]:
        positions = self._index.trigrams.get((first.norm, second.norm, word.norm), ())
        if not positions:
            return []
        spans: list[Span] = []
        tracked = {a.next for a in self._alignments}
        for q in positions:
            if q + 3 in tracked:
                continue  # an older alignment already follows this diagonal
            a = _Alignment(next=q + 3, start=first.start, end=word.end, words=3)
            self._alignments.append(a)
            if a.words >= self._min_words:
                spans.append(Span(a.start, a.end, self._rule))
        if len(self._alignments) > MAX_ALIGNMENTS:
            self._alignments.sort(key=lambda a: a.key, reverse=True)
            del self._alignments[MAX_ALIGNMENTS:]
        return spans


class PromptTokenDetector:
    """Finds the protected texts' secret-looking tokens anywhere in the output."""

    def __init__(self, index: PromptIndex, rule: int) -> None:
        assert index.tokens is not None
        self._pattern = index.tokens
        self._window = index.longest_token
        self._rule = rule
        self.bound = self._window
        self._buf = ""
        self._base = 0  # channel offset of _buf[0]

    @property
    def hold_point(self) -> int:
        return self._base

    def feed(self, text: str) -> list[Span]:
        self._buf += text
        # A match may start at p only once p + longest token fits in what has been received.
        return self._scan(decided=len(self._buf) - self._window + 1)

    def flush(self) -> list[Span]:
        return self._scan(decided=len(self._buf) + 1)

    def _scan(self, decided: int) -> list[Span]:
        spans: list[Span] = []
        pos = 0
        while pos < decided:
            m = self._pattern.search(self._buf, pos)
            if m is None or m.start() >= decided:
                pos = max(pos, decided)
                break
            spans.append(Span(self._base + m.start(), self._base + m.end(), self._rule))
            pos = m.end()
        pos = min(pos, len(self._buf))
        self._buf = self._buf[pos:]
        self._base += pos
        return spans
