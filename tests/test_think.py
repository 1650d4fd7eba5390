"""Inline `<think>` splitting: exact chunkings, split tags, and chunking invariance."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.think import CLOSE, OPEN, Part, ThinkSplitter

A, R, T, C = Part.ANSWER, Part.REASONING, Part.TAG, Part.CLOSE
Parts = list[tuple[Part, str]]


def split(chunks: Iterable[str], *, prefilled: bool = False) -> Parts:
    splitter = ThinkSplitter(prefilled=prefilled)
    parts = [p for chunk in chunks for p in splitter.feed(chunk)]
    return parts + splitter.flush()


def merge(parts: Parts) -> Parts:
    """Adjacent parts of the same kind joined: what a chunking cannot change."""
    out: Parts = []
    for part, text in parts:
        if out and out[-1][0] is part:
            out[-1] = (part, out[-1][1] + text)
        else:
            out.append((part, text))
    return out


def cut(text: str, positions: Iterable[int]) -> list[str]:
    bounds = [0, *sorted(set(positions)), len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds)]


def reference(text: str, prefilled: bool) -> Parts:
    """The whole text split at once, written independently of the streaming code: `<think>`
    only as the first non-whitespace, the first `</think>` after it (or from the start when
    prefilled) closes reasoning, and everything else is answer."""
    body = text.lstrip()
    parts: Parts = []
    reasoning = prefilled
    if body.startswith(OPEN):
        parts += [(R if prefilled else A, text[: len(text) - len(body)]), (T, OPEN)]
        text, reasoning = body[len(OPEN) :], True
    if reasoning:
        before, found, after = text.partition(CLOSE)
        parts += [(R, before), (C, found), (A, after)]
    else:
        parts.append((A, text))
    return merge([(part, t) for part, t in parts if t])


def assert_well_formed(parts: Parts, text: str) -> None:
    assert "".join(t for _, t in parts) == text
    assert all(t for _, t in parts), "no empty parts"
    assert all(t == OPEN for part, t in parts if part is T)
    assert all(t == CLOSE for part, t in parts if part is C)


CASES: dict[str, tuple[list[str], bool, Parts]] = {
    "think at the start": (["<think>plan</think>answer"], False,
                           [(T, OPEN), (R, "plan"), (C, CLOSE), (A, "answer")]),
    "think after leading whitespace": (["\n \t<think>plan</think>answer"], False,
                                       [(A, "\n \t"), (T, OPEN), (R, "plan"), (C, CLOSE),
                                        (A, "answer")]),
    "open tag split across chunks": (["<thi", "nk>plan</think>x"], False,
                                     [(T, OPEN), (R, "plan"), (C, CLOSE), (A, "x")]),
    "open tag one character at a time": (["<", "t", "h", "i", "n", "k", ">", "p"], False,
                                         [(T, OPEN), (R, "p")]),
    "close tag split across chunks": (["<think>plan</thi", "nk>answer"], False,
                                      [(T, OPEN), (R, "plan"), (C, CLOSE), (A, "answer")]),
    "close tag alone in its chunk": (["<think>", "plan", CLOSE, "answer"], False,
                                     [(T, OPEN), (R, "plan"), (C, CLOSE), (A, "answer")]),
    "prefilled: only the close tag appears": (["Compare 9.11", " and 9.8.", CLOSE, "\n\n9.8"],
                                              True,
                                              [(R, "Compare 9.11 and 9.8."), (C, CLOSE),
                                               (A, "\n\n9.8")]),
    "prefilled: leading whitespace is reasoning": (["\nplan</think>x"], True,
                                                   [(R, "\nplan"), (C, CLOSE), (A, "x")]),
    "prefilled: an open tag is still a tag": (["<think>\nplan</think>x"], True,
                                              [(T, OPEN), (R, "\nplan"), (C, CLOSE), (A, "x")]),
    "empty think block": (["<think>\n\n</think>\n\nanswer"], False,
                          [(T, OPEN), (R, "\n\n"), (C, CLOSE), (A, "\n\nanswer")]),
    "tags back to back": (["<think></think>answer"], False,
                          [(T, OPEN), (C, CLOSE), (A, "answer")]),
    "k2 style": (["<think> add 2 and 2 </think> <answer>4</answer>"], False,
                 [(T, OPEN), (R, " add 2 and 2 "), (C, CLOSE), (A, " <answer>4</answer>")]),
    "k2 style without the open tag, prefilled": ([" add 2 and 2 </think> <answer>4</answer>"],
                                                 True,
                                                 [(R, " add 2 and 2 "), (C, CLOSE),
                                                  (A, " <answer>4</answer>")]),
    "close tag without an open tag is answer text unless prefilled": (
        ["plan</think>answer"], False, [(A, "plan</think>answer")]),
    "literal think inside an answer's code sample": (
        ["Use this:\n```xml\n<think>x</think>\n```"], False,
        [(A, "Use this:\n```xml\n<think>x</think>\n```")]),
    "literal think in the answer after reasoning": (
        ["<think>r</think>Write `<think>` then `</think>`."], False,
        [(T, OPEN), (R, "r"), (C, CLOSE), (A, "Write `<think>` then `</think>`.")]),
    "truncated inside reasoning": (["<think>partial reasoning"], False,
                                   [(T, OPEN), (R, "partial reasoning")]),
    "truncated inside a close tag": (["<think>partial </th"], False,
                                     [(T, OPEN), (R, "partial </th")]),
    "truncated inside an open tag": (["  <thi"], False, [(A, "  <thi")]),
    "truncated inside an open tag, prefilled": (["<thi"], True, [(R, "<thi")]),
    "only whitespace": ([" \n", "\t"], False, [(A, " \n\t")]),
    "a < that is not a tag": (["<", "3 is a heart"], False, [(A, "<3 is a heart")]),
    "an html tag at the start": (["<b>bold</b>"], False, [(A, "<b>bold</b>")]),
    "thinking is not think": (["<think", "ing>x</think>"], False, [(A, "<thinking>x</think>")]),
    "comparison inside reasoning": (["<think>a <", " b and c </", "div> d</think>x"], False,
                                    [(T, OPEN), (R, "a < b and c </div> d"), (C, CLOSE),
                                     (A, "x")]),
    "a near miss close tag": (["<think>x </thinking> y</think>z"], False,
                              [(T, OPEN), (R, "x </thinking> y"), (C, CLOSE), (A, "z")]),
    "repeated < before the close tag": (["<think>a<<", "<</think>b"], False,
                                        [(T, OPEN), (R, "a<<<"), (C, CLOSE), (A, "b")]),
    "only the first close tag counts": (["<think>a</think>b</think>c"], False,
                                        [(T, OPEN), (R, "a"), (C, CLOSE), (A, "b</think>c")]),
    "nested open tag is reasoning": (["<think>a<think>b</think>c"], False,
                                     [(T, OPEN), (R, "a<think>b"), (C, CLOSE), (A, "c")]),
    "empty chunks": (["", "<think>", "", "a", "", "</think>", ""], False,
                     [(T, OPEN), (R, "a"), (C, CLOSE)]),
    "no text at all": ([], True, []),
}


@pytest.mark.parametrize(("chunks", "prefilled", "expected"), CASES.values(), ids=CASES.keys())
def test_exact_chunks(chunks: list[str], prefilled: bool, expected: Parts) -> None:
    text = "".join(chunks)
    parts = split(chunks, prefilled=prefilled)
    assert_well_formed(parts, text)
    assert merge(parts) == expected
    assert reference(text, prefilled) == expected


@pytest.mark.parametrize(("chunks", "prefilled", "expected"), CASES.values(), ids=CASES.keys())
def test_every_single_and_double_cut(chunks: list[str], prefilled: bool, expected: Parts) -> None:
    text = "".join(chunks)
    for at in itertools.combinations_with_replacement(range(len(text) + 1), 2):
        parts = split(cut(text, at), prefilled=prefilled)
        assert_well_formed(parts, text)
        assert merge(parts) == expected, at
    assert merge(split(list(text), prefilled=prefilled)) == expected


def test_tags_come_out_as_soon_as_they_are_complete() -> None:
    splitter = ThinkSplitter()
    assert splitter.feed("<thi") == []
    assert splitter.feed("nk>") == [(T, OPEN)]
    assert splitter.feed("plan </th") == [(R, "plan ")]
    assert splitter.feed("ink>") == [(C, CLOSE)]
    assert splitter.feed("ans") == [(A, "ans")]
    assert splitter.flush() == []


def test_a_broken_tag_is_released_once_disproved() -> None:
    splitter = ThinkSplitter()
    assert splitter.feed("<think>a</th") == [(T, OPEN), (R, "a")]
    assert splitter.feed("em") == [(R, "</them")]
    assert splitter.flush() == []


def test_flush_releases_the_held_tag_prefix_once() -> None:
    splitter = ThinkSplitter()
    splitter.feed("<think>x</")
    assert splitter.flush() == [(R, "</")]
    assert splitter.flush() == []


@pytest.mark.parametrize(
    ("prefilled", "chunks", "states"),
    [
        (False, ["  ", "<think>", "a", "</think>", "b"], [False, True, True, False, False]),
        (True, ["  ", "a", "</think>", "b"], [True, True, False, False]),
        (False, ["answer", "<think>"], [False, False]),
    ],
)
def test_in_reasoning(prefilled: bool, chunks: list[str], states: list[bool]) -> None:
    splitter = ThinkSplitter(prefilled=prefilled)
    seen = []
    for chunk in chunks:
        splitter.feed(chunk)
        seen.append(splitter.in_reasoning)
    assert seen == states


FRAGMENTS = st.sampled_from(
    [OPEN, CLOSE, "<", ">", "/", "</th", "<thi", "nk>", "ink>", "think", "</", "<t",
     "word", "x", " ", "\n", "\t", "é", "😀", "```"]
)


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.one_of(FRAGMENTS, st.text(max_size=4)), max_size=14))
    return "".join(pieces)


@settings(deadline=None, max_examples=400)
@given(st.data(), texts(), st.booleans())
def test_random_chunkings_match_one_shot(data: st.DataObject, text: str, prefilled: bool) -> None:
    positions = data.draw(st.lists(st.integers(0, len(text)), max_size=len(text) + 1))
    one_shot = split([text], prefilled=prefilled)
    chunked = split(cut(text, positions), prefilled=prefilled)
    assert_well_formed(one_shot, text)
    assert_well_formed(chunked, text)
    assert merge(chunked) == merge(one_shot) == reference(text, prefilled)


@settings(deadline=None, max_examples=300)
@given(st.data(), texts(), st.booleans())
def test_hold_back_never_exceeds_bound(data: st.DataObject, text: str, prefilled: bool) -> None:
    positions = data.draw(st.lists(st.integers(0, len(text)), max_size=len(text) + 1))
    splitter = ThinkSplitter(prefilled=prefilled)
    fed = released = 0
    for chunk in cut(text, positions):
        fed += len(chunk)
        released += sum(len(t) for _, t in splitter.feed(chunk))
        assert fed - released <= splitter.bound
    released += sum(len(t) for _, t in splitter.flush())
    assert released == len(text)
