# ruff: noqa: RUF001, RUF002, RUF003 - this module is about look-alike characters
"""One normalization for every text detector, so an obfuscated leak compares equal to its source.

Each character is normalized on its own (no context), which is what makes the normalization
chunking-invariant and its offset map trivial: every normalized character comes from exactly one
original character, so a match in normalized text maps back to the original characters.

Per character, in order:

* invisible characters go: format characters (zero-width spaces and joiners, soft hyphen,
  direction marks, tag characters), variation selectors, Hangul fillers, and the combining
  diacritics of Latin, Greek and Cyrillic (``n̶e̶v̶e̶r̶``, Zalgo);
* look-alikes become the Latin letter they imitate: Cyrillic and Greek homoglyphs, Latin small
  capitals, a few Armenian letters (the fixed ``CONFUSABLES`` table below; Unicode's full
  confusables list maps too much ordinary text to be used blindly);
* NFKC compatibility forms fold (fullwidth ``ｎｅｖｅｒ``, mathematical ``𝐧𝐞𝐯𝐞𝐫``, circled
  ``ⓝⓔⓥⓔⓡ``, ligatures ``ﬁ``), precomposed accents lose them (``é`` -> ``e``);
* case folds (``casefold``: ``ß`` -> ``ss``), unless a rule is case sensitive;
* typographic quotes and dashes become ASCII (``I’m`` matches ``I'm``).

What separates words (spaces, line breaks, markdown emphasis, quote and list markers,
punctuation) is left alone: detectors compare words, which such characters only delimit.
Letter-spaced text is a detector's matter (``prompt_leak``), not a normalization.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["CONFUSABLES", "fold", "fold_char", "fold_with_map", "is_invisible"]

# Look-alikes of Latin letters, keyed by the character as written: an uppercase entry maps to
# an uppercase letter, so Cyrillic "Н" (looks like H) and "н" (looks like a small-capital H)
# fold differently, and case folding runs after.
_LOOKALIKES = {
    # Cyrillic capitals and small letters
    "A": "АΑᎪ",
    "B": "ВΒ",
    "C": "СϹ",
    "E": "ЕΕ",
    "H": "НΗҺ",
    "I": "ІΙӀ",
    "J": "Ј",
    "K": "КΚ",
    "M": "МΜ",
    "N": "Ν",
    "O": "ОΟ",
    "P": "РΡ",
    "Q": "Ԛ",
    "S": "Ѕ",
    "T": "ТΤ",
    "W": "Ԝ",
    "X": "ХΧ",
    "Y": "УΥҮ",
    "Z": "Ζ",
    "a": "аαɑᴀ",
    "b": "ʙ",
    "c": "сϲᴄ",
    "d": "ԁᴅ",
    "e": "еεᴇ",
    "f": "ꜰ",
    "g": "ɡɢց",
    "h": "һʜհ",
    "i": "іιıɩɪ",
    "j": "јϳȷᴊ",
    "k": "κᴋ",
    "l": "ӏʟ",
    "m": "ᴍ",
    "n": "ηɴո",
    "o": "оοᴏօ",
    "p": "рρᴘ",
    "q": "ԛզ",
    "r": "ʀ",
    "s": "ѕꜱ",
    "t": "τᴛ",
    "u": "υᴜս",
    "v": "νᴠ",
    "w": "ԝωᴡ",
    "x": "хχ",
    "y": "уγʏү",
    "z": "ᴢ",
    # typography: quotes, apostrophes, dashes
    "'": "\u2018\u2019\u201a\u201b\u2032\u02bc\uff07",
    '"': "\u201c\u201d\u201e\u201f\u2033",
    "-": "\u2010\u2011\u2012\u2013\u2014\u2015\u2212",
}
CONFUSABLES: dict[str, str] = {
    look: latin for latin, looks in _LOOKALIKES.items() for look in looks
}

# Invisible in rendering, so inserting them changes nothing a reader sees.
_INVISIBLE_RANGES = (
    (0x0300, 0x036F),  # combining diacritical marks
    (0x0483, 0x0489),  # combining Cyrillic
    (0x1AB0, 0x1AFF),  # combining diacritical marks extended
    (0x1DC0, 0x1DFF),  # combining diacritical marks supplement
    (0x20D0, 0x20FF),  # combining marks for symbols
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFE20, 0xFE2F),  # combining half marks
    (0xE0100, 0xE01EF),  # variation selectors supplement
)
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")  # Hangul fillers: letters that render blank


def is_invisible(char: str) -> bool:
    """Whether a character renders as nothing (and so is dropped by ``fold_char``)."""
    if unicodedata.category(char) == "Cf" or char in _FILLERS:
        return True
    code = ord(char)
    return any(low <= code <= high for low, high in _INVISIBLE_RANGES)


@lru_cache(maxsize=8192)
def fold_char(char: str, fold_case: bool = True) -> str:
    """One character, normalized (see the module doc); "" for an invisible one."""
    if is_invisible(char):
        return ""
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", CONFUSABLES.get(char, char)):
        if is_invisible(part):
            continue  # the accent of a precomposed letter
        part = CONFUSABLES.get(part, part)
        out.append(part.casefold() if fold_case else part)
    # Recompose what NFKD split apart and must stay whole (Hangul syllables, for one).
    return unicodedata.normalize("NFC", "".join(out))


@lru_cache(maxsize=65536)
def fold(text: str, fold_case: bool = True) -> str:
    """A short text (a word), normalized; ASCII takes a fast path."""
    if text.isascii():
        return text.lower() if fold_case else text
    return "".join(fold_char(c, fold_case) for c in text)


def fold_with_map(text: str, fold_case: bool = True) -> tuple[str, list[int] | None]:
    """A text, normalized, and for each normalized character the offset of the original
    character it comes from (None when that is the identity: plain ASCII)."""
    if text.isascii():
        return (text.lower() if fold_case else text), None
    out: list[str] = []
    source: list[int] = []
    for i, char in enumerate(text):
        folded = fold_char(char, fold_case)
        out.append(folded)
        source.extend([i] * len(folded))
    return "".join(out), source
