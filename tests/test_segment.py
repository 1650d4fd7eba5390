"""Segmentation: the fast paths for ASCII tokens cut exactly where the general scan does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.segment import (
    _ASCII_WORD,
    _WORD,
    MAX_WORD,
    SentenceStream,
    WordStream,
    words_of,
)

# Word characters ASCII and not (a Cyrillic letter, a zero-width space, a combining accent,
# a circled letter), separators, sentence ends and closers, and runs around MAX_WORD.
_PIECES = st.sampled_from(
    [*"aZ09 _-.,!?\n\t\"')*", "\u200b", "\u0435", "\u0301", "\u24dd", "\u2026", "\u3002",
     "x" * (MAX_WORD - 1), "y" * (MAX_WORD + 1), " word", "word", ". ", ".\" ",
     "NeverRevealTheInternal", "GPTModels"]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)


def _cuts(text: str, sizes: list[int]) -> list[str]:
    chunks, at = [], 0
    for size in sizes:
        chunks.append(text[at : at + size])
        at += size
    return [*chunks, text[at:]]


def test_the_ascii_word_class_is_the_word_class_on_ascii() -> None:
    for char in map(chr, range(128)):
        assert bool(_ASCII_WORD.fullmatch(char)) == bool(_WORD.fullmatch(char)), repr(char)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(st.integers(0, 40), max_size=60))
def test_words_do_not_depend_on_chunking(text: str, sizes: list[int]) -> None:
    whole = WordStream()
    expected = [(w.norm, w.start, w.end) for w in [*whole.feed(text), *whole.flush()]]
    stream, found = WordStream(), []
    for chunk in _cuts(text, sizes):
        found.extend(stream.feed(chunk))
    found.extend(stream.flush())
    assert [(w.norm, w.start, w.end) for w in found] == expected
    assert [w for w, _, _ in expected] == words_of(text)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.lists(st.integers(0, 40), max_size=60), st.sampled_from([8, 40, 240]))
def test_sentences_do_not_depend_on_chunking(text: str, sizes: list[int], max_len: int) -> None:
    whole = SentenceStream(max_len)
    expected = [(s.text, s.start) for s in [*whole.feed(text), *whole.flush()]]
    stream, found = SentenceStream(max_len), []
    for chunk in _cuts(text, sizes):
        found.extend(stream.feed(chunk))
    found.extend(stream.flush())
    assert [(s.text, s.start) for s in found] == expected
    assert all(len(s) <= max_len for s, _ in expected)
