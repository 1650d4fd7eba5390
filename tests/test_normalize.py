# ruff: noqa: RUF001, RUF003 - look-alike characters are what these tests are about
"""The normalization shared by the text detectors: per character, with a map back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from guardproxy.normalize import fold, fold_char, fold_with_map, is_invisible, run_word
from guardproxy.segment import WordStream, words_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NeVeR", "never"),  # case
        ("ne\u200bver", "never"),  # zero-width space
        ("n\u200ce\u200dv\u2060e\ufeffr", "never"),  # joiners, word joiner, BOM
        ("ne\u00adver", "never"),  # soft hyphen
        ("n\U000e0041ever", "never"),  # a tag character
        ("nеvеr", "never"),  # Cyrillic е
        ("NЕVЕR", "never"),  # Cyrillic Е
        ("ΝΕVΕR", "never"),  # Greek capitals Ν and Ε
        ("ѕуѕтем", "sysтeм"),  # Cyrillic ѕ, у, е look alike; small т and м do not
        ("ｎｅｖｅｒ", "never"),  # fullwidth
        ("𝐧𝐞𝐯𝐞𝐫", "never"),  # mathematical bold
        ("ⓝⓔⓥⓔⓡ", "never"),  # circled
        ("ᴄᴏᴅᴇ", "code"),  # Latin small capitals
        ("n̶e̶v̶e̶r̶", "never"),  # combining strokes
        ("névèr", "never"),  # precomposed accents
        ("ﬁle", "file"),  # ligature
        ("Straße", "strasse"),  # case folding, not lowering
        ("I’m", "i'm"),  # typographic apostrophe
        ("“quoted” — dash", '"quoted" - dash'),
        ("a\u3164b", "ab"),  # Hangul filler
        ("ok\ufe0f", "ok"),  # variation selector
        ("日本語", "日本語"),  # other scripts unchanged
        ("한국어", "한국어"),  # Hangul recomposed after decomposition
        # marks of any script and the other default-ignorables render as nothing on a letter
        ("n\u180be\u180bv\u180be\u180br", "never"),  # Mongolian free variation selector
        ("n\u17b5e\u17b5v\u17b5e\u17b5r", "never"),  # Khmer inherent vowel
        ("n\u05b0e\u05b4v\u0591er", "never"),  # Hebrew points and accents
        ("ne\u034fver", "never"),  # combining grapheme joiner
        ("\u202erevén\u202c", "reven"),  # bidi override (the reversed run: prompt_leak)
        ("\u2066ne\u2069ver\u200e", "never"),  # bidi isolates, direction mark
        # look-alike alphabets NFKC leaves alone
        ("\U0001F1F3\U0001F1EA\U0001F1FB\U0001F1EA\U0001F1F7", "never"),  # regional indicators
        ("\U0001F15D\U0001F154\U0001F165", "nev"),  # negative circled
        ("\U0001F17D\U0001F174\U0001F185", "nev"),  # negative squared
        ("\U0001F13D\U0001F134", "ne"),  # squared (NFKC)
        ("⠝⠑⠧⠑⠗", "never"),  # Braille
        ("ꓠꓰꓦꓰꓣ", "never"),  # Lisu
        ("٧٧٣١", "7731"),  # Arabic-Indic digits
        ("७७३१", "7731"),  # Devanagari digits
        ("৭৭৩১", "7731"),  # Bengali digits
        ("𝟕𝟕𝟑𝟏", "7731"),  # mathematical digits
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_case_can_be_kept() -> None:
    assert fold("NЕVer", fold_case=False) == "NEVer"
    assert fold_char("Н", fold_case=False) == "H"  # Cyrillic capital en looks like H


@pytest.mark.parametrize("char", ["\u200b", "\u200e", "\u2060", "\ufeff", "\u0301", "\ufe0f",
                                  "\u3164"])
def test_invisible(char: str) -> None:
    assert is_invisible(char)
    assert fold_char(char) == ""


@pytest.mark.parametrize("char", ["a", " ", "-", "é", "\u0915", "\u093f"])  # Devanagari sign kept
def test_visible(char: str) -> None:
    assert not is_invisible(char)


def test_map_points_at_original_characters() -> None:
    text = "a\u200bÉ ﬁ"
    folded, source = fold_with_map(text)
    assert folded == "ae fi"
    assert source == [0, 2, 3, 4, 4]


def test_ascii_map_is_the_identity() -> None:
    assert fold_with_map("Hello") == ("hello", None)


@given(st.text(max_size=40), st.text(max_size=40))
def test_per_character_so_chunking_never_matters(a: str, b: str) -> None:
    assert fold(a + b) == fold(a) + fold(b)
    folded, source = fold_with_map(a + b)
    assert len(folded) == (len(source) if source is not None else len(a + b))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("ne\u200bver re\u200bveal", [("never", 0, 6), ("reveal", 7, 14)]),
        ("ⓝⓔⓥⓔⓡ", [("never", 0, 5)]),
        ("nеvеr ｒｅｖｅａｌ", [("never", 0, 5), ("reveal", 6, 12)]),
        ("\u200b\u200b a", [("a", 3, 4)]),  # a run of invisible characters is no word
    ],
)
def test_words_are_normalized_with_original_offsets(
    text: str, words: list[tuple[str, int, int]]
) -> None:
    stream = WordStream()
    found = [*stream.feed(text), *stream.flush()]
    assert [(w.norm, w.start, w.end) for w in found] == words
    assert words_of(text) == [w for w, _, _ in words]


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("r3v34l", "reveal"),  # leetspeak
        ("1nt3rn4l", "internal"),
        ("c0d3", "code"),
        ("7731", "7731"),  # digits alone are a number
        ("reveal", "reveal"),
        ("20reveal", "reveal"),  # %20 or =20 run into the word
        ("160the", "the"),  # &#160; likewise
        ("20", "20"),
    ],
)
def test_run_word_reads_leetspeak_and_encoded_spaces(word: str, expected: str) -> None:
    assert run_word(word) == expected


@pytest.mark.parametrize(
    "text",
    [
        "n\u180be\u180bv\u180be\u180br reveal",
        "⠝⠑⠧⠑⠗ ⠗⠑⠧⠑⠁⠇",
        "\U0001F1F3\U0001F1EA\U0001F1FB\U0001F1EA\U0001F1F7 \U0001F17D\U0001F174",
    ],
)
def test_symbol_alphabets_are_words(text: str) -> None:
    """The word segmenter reads these alphabets as words, in any chunking."""
    whole = words_of(text)
    assert len(whole) == 2 and all(w.isascii() for w in whole)
    for size in (1, 2, 3):
        stream = WordStream()
        got = [w for i in range(0, len(text), size) for w in stream.feed(text[i : i + size])]
        assert [w.norm for w in got + stream.flush()] == whole
