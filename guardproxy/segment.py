"""Incremental segmentation of a channel's text into words and sentences.

Both segmenters cut at places that depend only on the text, never on how it arrived, and keep
what they hold back within a fixed bound: a word longer than ``MAX_WORD`` characters is cut into
pieces (at its last change from a lowercase to an uppercase letter, if it has one: a CamelCased
run of words is cut between two of them), a sentence longer than ``max_len`` is cut at its last
space (or hard at the limit).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from guardproxy.normalize import fold

__all__ = ["MAX_WORD", "Sentence", "SentenceStream", "Word", "WordStream", "camel_parts",
           "words_of"]

MAX_WORD = 32
# Letters, digits and marks, and what obfuscation puts inside a word: format characters
# (zero-width spaces and joiners, soft hyphens) and circled letters. Normalization (``fold``)
# then removes the invisible ones and folds the rest, so "n\u200be\u200bver" is the word "never"
# even with a Cyrillic "e".
# Symbol alphabets that fold to letters count as letters too (enclosed and circled letters,
# Braille cells but the blank one, regional indicators, squared and negative letters).
_WORD = regex.compile(rf"[\p{{L}}\p{{N}}\p{{M}}\p{{Cf}}\u24b6-\u24e9\u2801-\u28ff"
                      rf"\U0001F130-\U0001F189\U0001F1E6-\U0001F1FF]{{1,{MAX_WORD}}}")
# The same on ASCII text, where that class is exactly the letters and digits (no ASCII character
# is a mark or a format character). Most streamed text is ASCII, and the stdlib's ``re`` finds
# these words at about half the cost per call of ``regex``.
_ASCII_WORD = re.compile(rf"[A-Za-z0-9]{{1,{MAX_WORD}}}")
# What ends a word in ASCII text: every ASCII character but the letters and digits.
_ASCII_SEPARATORS = "".join(c for c in map(chr, range(128)) if not c.isalnum())


# Not frozen: a frozen dataclass's __init__ costs three times as much, and a Word is built for
# every word streamed. Treat it as immutable all the same.
@dataclass(slots=True)
class Word:
    norm: str  # normalized: case-folded, look-alikes and compatibility forms folded
    start: int  # offsets of the original characters
    end: int
    text: str = ""  # the original characters


# The words of a CamelCased word: a capital and lowercase letters, a run of capitals (an
# acronym: "GPTModels" is "GPT" "Models"), digits; invisible characters go with the letter
# before them.
_INVISIBLES = r"[\p{Mn}\p{Me}\p{Cf}]*"
_CAMEL_PART = regex.compile(
    rf"(?:\p{{Lu}}{_INVISIBLES})+(?=\p{{Lu}}{_INVISIBLES}\p{{Ll}})"
    rf"|(?:\p{{Lu}}{_INVISIBLES})?(?:\p{{Ll}}{_INVISIBLES})+|(?:\p{{Lu}}{_INVISIBLES})+"
    rf"|(?:\p{{N}}{_INVISIBLES})+"
)


def camel_parts(word: Word) -> list[Word]:
    """The words a CamelCased word is made of (``NeverRevealThe``: ``never``, ``reveal``,
    ``the``), at their offsets; [] for a word in one case or Title case (the usual word,
    decided without a regex)."""
    text = word.text
    if text[1:].islower() or text.isupper() or text.isdecimal():
        return []
    parts = [Word(norm, word.start + m.start(), word.start + m.end(), m.group())
             for m in _CAMEL_PART.finditer(text) if (norm := fold(m.group()))]
    return parts if len(parts) >= 2 else []


def _word_spans(buf: str) -> Iterator[tuple[int, int]]:
    """Where the words of a text are: runs of word characters, cut after ``MAX_WORD`` of them
    (before the last uppercase letter that follows a lowercase one, if there is one)."""
    pattern = _ASCII_WORD if buf.isascii() else _WORD
    pos = 0
    while (m := pattern.search(buf, pos)) is not None:
        start, end = m.span()
        if end - start == MAX_WORD and pattern.match(buf, end) is not None:  # it goes on
            for at in range(end - 1, start, -1):
                if buf[at].isupper() and buf[at - 1].islower():
                    end = at
                    break
        pos = end
        yield start, end


class WordStream:
    """Text in, complete words out. Words are runs of letters, digits and marks (see ``_WORD``);
    a run of only invisible characters is no word."""

    def __init__(self) -> None:
        self._tail = ""  # a word that may continue in the next chunk
        self._tail_start = 0
        self._end = 0

    @property
    def partial_start(self) -> int | None:
        """Where the word still being received starts, if one is."""
        return self._tail_start if self._tail else None

    def feed(self, text: str) -> list[Word]:
        start = self._end
        self._end += len(text)
        if text.isascii():
            # The usual token is ASCII separators (maybe none), then letters and digits (maybe
            # none): " word", "word", ", ". It is read without a regex: a separator ends the
            # word in progress as the end of the text would, and the letters and digits start
            # a new word or go on with the one in progress.
            run = text.lstrip(_ASCII_SEPARATORS)
            if run == text:
                if run.isalnum() and len(self._tail) + len(run) <= MAX_WORD:
                    if not self._tail:
                        self._tail_start = start
                    self._tail += run
                    return []
            elif not run or (run.isalnum() and len(run) <= MAX_WORD):
                words = self.flush()
                self._tail, self._tail_start = run, self._end - len(run)
                return words
        return self._scan(text, start)

    def _scan(self, text: str, at: int) -> list[Word]:
        """Any text (at channel offset ``at``): the words of the word in progress and it."""
        buf = self._tail + text
        base = self._tail_start if self._tail else at
        self._tail = ""
        words: list[Word] = []
        for start, end in _word_spans(buf):
            text = buf[start:end]
            if end == len(buf):
                self._tail, self._tail_start = text, base + start
                break
            if norm := fold(text):
                words.append(Word(norm, base + start, base + end, text))
        return words

    def flush(self) -> list[Word]:
        tail, self._tail = self._tail, ""
        norm = fold(tail) if tail else ""
        return [Word(norm, self._tail_start, self._tail_start + len(tail), tail)] if norm else []


def words_of(text: str) -> list[str]:
    """The normalized words of a whole text, as WordStream would produce them."""
    return [norm for start, end in _word_spans(text) if (norm := fold(text[start:end]))]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int
    forced: bool = False  # cut at ``max_len``: what it ends with may go on in the next one


# A sentence ends after terminal punctuation (with any closing quotes, brackets or markdown
# emphasis) that is followed by whitespace, or after a line break. The lookahead means a
# terminator at the very end of the received text waits for the next character.
_BOUNDARY = regex.compile(r"[.!?\u2026\u3002\uff01\uff1f]+[\"'\u2019\u201d)\]*_]*(?=\s)|\n")
_TRAILING_TERMINATOR = regex.compile(r"[.!?\u2026\u3002\uff01\uff1f\"'\u2019\u201d)\]*_]*\Z")
# The characters a boundary starts with: text without any of them starts no boundary.
_BOUNDARY_START = frozenset(".!?\u2026\u3002\uff01\uff1f\n")


class SentenceStream:
    """Text in, complete sentences out; each sentence is at most ``max_len`` characters."""

    def __init__(self, max_len: int) -> None:
        self.max_len = max_len
        self._buf = ""  # the sentence being received
        # Where it starts in the channel. An attribute, not a property: detectors read it as
        # their hold point after every token.
        self.start = 0
        self._scan = 0  # where to resume looking for a boundary in _buf: none starts before

    def feed(self, text: str) -> list[Sentence]:
        # Terminators (or closers) at the end of the text so far may be completed by this text.
        waiting = self._scan < len(self._buf)
        self._buf += text
        if not waiting and len(self._buf) <= self.max_len and _BOUNDARY_START.isdisjoint(text):
            # The usual token: no boundary can start in it, and none before it was pending,
            # so the search (two regex calls) would find nothing.
            self._scan = len(self._buf)
            return []
        out: list[Sentence] = []
        while True:
            m = _BOUNDARY.search(self._buf, self._scan, self.max_len + 1)
            if m is not None and m.end() <= self.max_len:
                out.append(self._cut(m.end()))
            elif len(self._buf) > self.max_len:
                out.append(self._cut(self._forced_cut(), forced=True))
            else:
                tail = _TRAILING_TERMINATOR.search(self._buf, self._scan)
                self._scan = tail.start() if tail else len(self._buf)
                return out

    @property
    def pending(self) -> str:
        """The sentence being received, so far."""
        return self._buf

    def flush(self) -> list[Sentence]:
        if not self._buf:
            return []
        return [self._cut(len(self._buf))]

    def _forced_cut(self) -> int:
        space = max(self._buf.rfind(" ", 0, self.max_len), self._buf.rfind("\t", 0, self.max_len))
        return space + 1 if space >= self.max_len // 2 else self.max_len

    def _cut(self, at: int, *, forced: bool = False) -> Sentence:
        sentence = Sentence(self._buf[:at], self.start, forced)
        self._buf = self._buf[at:]
        self.start += at
        self._scan = 0
        return sentence
