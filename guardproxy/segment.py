"""Incremental segmentation of a channel's text into words and sentences.

Both segmenters cut at places that depend only on the text, never on how it arrived, and keep
what they hold back within a fixed bound: a word longer than ``MAX_WORD`` characters is cut into
pieces, a sentence longer than ``max_len`` is cut at its last space (or hard at the limit).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from guardproxy.normalize import fold

__all__ = ["MAX_WORD", "Sentence", "SentenceStream", "Word", "WordStream", "words_of"]

MAX_WORD = 32
# Letters, digits and marks, and what obfuscation puts inside a word: format characters
# (zero-width spaces and joiners, soft hyphens) and circled letters. Normalization (``fold``)
# then removes the invisible ones and folds the rest, so "n\u200be\u200bver" is the word "never"
# even with a Cyrillic "e".
_WORD = regex.compile(rf"[\p{{L}}\p{{N}}\p{{M}}\p{{Cf}}\u24b6-\u24e9]{{1,{MAX_WORD}}}")


@dataclass(frozen=True, slots=True)
class Word:
    norm: str  # normalized: case-folded, look-alikes and compatibility forms folded
    start: int  # offsets of the original characters
    end: int


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
        buf = self._tail + text
        base = self._tail_start if self._tail else self._end
        self._end += len(text)
        self._tail = ""
        words: list[Word] = []
        for m in _WORD.finditer(buf):
            if m.end() == len(buf):
                self._tail, self._tail_start = m.group(), base + m.start()
                break
            if norm := fold(m.group()):
                words.append(Word(norm, base + m.start(), base + m.end()))
        return words

    def flush(self) -> list[Word]:
        tail, self._tail = self._tail, ""
        norm = fold(tail) if tail else ""
        return [Word(norm, self._tail_start, self._tail_start + len(tail))] if norm else []


def words_of(text: str) -> list[str]:
    """The normalized words of a whole text, as WordStream would produce them."""
    return [norm for m in _WORD.finditer(text) if (norm := fold(m.group()))]


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int


# A sentence ends after terminal punctuation (with any closing quotes, brackets or markdown
# emphasis) that is followed by whitespace, or after a line break. The lookahead means a
# terminator at the very end of the received text waits for the next character.
_BOUNDARY = regex.compile(r"[.!?\u2026\u3002\uff01\uff1f]+[\"'\u2019\u201d)\]*_]*(?=\s)|\n")
_TRAILING_TERMINATOR = regex.compile(r"[.!?\u2026\u3002\uff01\uff1f\"'\u2019\u201d)\]*_]*\Z")


class SentenceStream:
    """Text in, complete sentences out; each sentence is at most ``max_len`` characters."""

    def __init__(self, max_len: int) -> None:
        self.max_len = max_len
        self._buf = ""  # the sentence being received
        self._start = 0  # its offset in the channel
        self._scan = 0  # where to resume looking for a boundary in _buf

    @property
    def start(self) -> int:
        """Where the sentence still being received starts."""
        return self._start

    def feed(self, text: str) -> list[Sentence]:
        self._buf += text
        out: list[Sentence] = []
        while True:
            m = _BOUNDARY.search(self._buf, self._scan, self.max_len + 1)
            if m is not None and m.end() <= self.max_len:
                out.append(self._cut(m.end()))
            elif len(self._buf) > self.max_len:
                out.append(self._cut(self._forced_cut()))
            else:
                tail = _TRAILING_TERMINATOR.search(self._buf, self._scan)
                self._scan = tail.start() if tail else len(self._buf)
                return out

    def flush(self) -> list[Sentence]:
        if not self._buf:
            return []
        return [self._cut(len(self._buf))]

    def _forced_cut(self) -> int:
        space = max(self._buf.rfind(" ", 0, self.max_len), self._buf.rfind("\t", 0, self.max_len))
        return space + 1 if space >= self.max_len // 2 else self.max_len

    def _cut(self, at: int) -> Sentence:
        sentence = Sentence(self._buf[:at], self._start)
        self._buf = self._buf[at:]
        self._start += at
        self._scan = 0
        return sentence
