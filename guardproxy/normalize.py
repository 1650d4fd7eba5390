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

import re
import unicodedata
from functools import lru_cache

import regex

__all__ = [
    "CONFUSABLES", "INVISIBLE_RUN", "MAX_INVISIBLE_RUN", "InvisibleRuns", "fold", "fold_char",
    "fold_with_map", "is_invisible", "run_word",
]

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
# Lisu capitals that are Latin capitals to a reader.
_LOOKALIKES_LISU = {"A": "\ua4ee", "B": "\ua4d0", "C": "\ua4da", "D": "\ua4d3", "E": "\ua4f0",
                    "F": "\ua4dd", "G": "\ua4d6", "H": "\ua4e7", "I": "\ua4f2", "J": "\ua4d9",
                    "K": "\ua4d7", "L": "\ua4e1", "M": "\ua4df", "N": "\ua4e0", "O": "\ua4f3",
                    "P": "\ua4d1", "R": "\ua4e3", "S": "\ua4e2", "T": "\ua4d4", "U": "\ua4f4",
                    "V": "\ua4e6", "W": "\ua4ea", "X": "\ua4eb", "Y": "\ua4ec", "Z": "\ua4dc"}
# Braille letters (grade 1: the same cells as every grade's letters), by their dots.
_BRAILLE = {"a": "1", "b": "12", "c": "14", "d": "145", "e": "15", "f": "124", "g": "1245",
            "h": "125", "i": "24", "j": "245", "k": "13", "l": "123", "m": "134", "n": "1345",
            "o": "135", "p": "1234", "q": "12345", "r": "1235", "s": "234", "t": "2345",
            "u": "136", "v": "1236", "w": "2456", "x": "1346", "y": "13456", "z": "1356"}


def _alphabets() -> dict[str, str]:
    """Letters of symbol alphabets that NFKC leaves alone: regional indicators, negative
    circled and negative squared capitals, Braille cells, Lisu capitals."""
    table: dict[str, str] = {}
    for i in range(26):
        upper = chr(ord("A") + i)
        table[chr(0x1F1E6 + i)] = upper  # regional indicators (flags are pairs of them)
        table[chr(0x1F150 + i)] = upper  # negative circled
        table[chr(0x1F170 + i)] = upper  # negative squared
    for letter, dots in _BRAILLE.items():
        table[chr(0x2800 + sum(1 << (int(d) - 1) for d in dots))] = letter
    table.update((look, latin) for latin, look in _LOOKALIKES_LISU.items())
    return table


CONFUSABLES: dict[str, str] = {
    look: latin for latin, looks in _LOOKALIKES.items() for look in looks
} | _alphabets()

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
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u034f\u17b4\u17b5\u180b\u180c\u180d\u180e\u180f")
# Hangul fillers (letters that render blank) and the rest of Unicode's default-ignorable
# code points that are not format characters or marks.


# Runs of the characters a reader does not see (``is_invisible``).
INVISIBLE_RUN = regex.compile(
    "[\\p{Cf}\\p{Mn}\\p{Me}"
    + "".join(regex.escape(c) for c in sorted(_FILLERS))
    + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in _INVISIBLE_RANGES)
    + "]+"
)


def is_invisible(char: str) -> bool:
    """Whether a character renders as nothing a reader would read as a letter (and so is
    dropped by ``fold_char``): format characters (bidi controls among them), every combining
    mark of any script (Hebrew points, Mongolian variation selectors, Khmer inherent vowels:
    ``Mn``/``Me``), the other default-ignorable code points, Hangul fillers. One definition
    (``INVISIBLE_RUN``) for this and for what ``visible.VisibleText`` leaves out."""
    return INVISIBLE_RUN.fullmatch(char) is not None


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
        if not part.isascii() and part.isdecimal():
            part = str(unicodedata.decimal(part))  # a digit of another script: ٣ -> 3
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


# Leetspeak digits, read back as the letters they stand for in a word that mixes both.
_LEET = str.maketrans("013456789", "oieasbtbg")
_ENCODED_SPACE = re.compile(r"^(?:20|a0|09|0a|0d|160|32)(?=[^\W\d_])")


@lru_cache(maxsize=65536)
def run_word(norm: str) -> str:
    """A normalized word as runs of words compare it: one that mixes letters and digits is
    read as leetspeak (``r3v34l`` -> ``reveal``). Protected texts' words go through the same
    function, so a code such as ``4eC39H`` still equals itself; a word of digits alone
    (``7731``) keeps them. Letters and tokens compare the word as it is."""
    if any(c.isalpha() for c in norm) and any(c.isdecimal() for c in norm):
        # An encoded space run into the word after it (``%20``, ``=20``, ``&#160;`` leave
        # ``20the``) is a separator, not part of the word.
        return _ENCODED_SPACE.sub("", norm).translate(_LEET)
    return norm


MAX_INVISIBLE_RUN = 64  # more than any script stacks on one letter (Zalgo text included)


class InvisibleRuns:
    """Drops the characters of a run of invisible characters past its first
    ``MAX_INVISIBLE_RUN``, across chunks: ``clip(text, at)`` for each text that is not ASCII,
    ``at`` its offset in the stream (ASCII text, which ends any run, need not be shown)."""

    __slots__ = ("_end", "_run")

    def __init__(self) -> None:
        self._run = 0  # invisible characters at the end of the last text clipped
        self._end = 0  # where that text ended

    def clip(self, text: str, at: int) -> str:
        if at != self._end:  # text came between: the run ended
            self._run = 0
        pieces: list[str] = []
        copied = seen = 0
        for m in INVISIBLE_RUN.finditer(text):
            if m.start() > seen:  # a visible character ended the run before
                self._run = 0
            seen = m.end()
            room = max(0, MAX_INVISIBLE_RUN - self._run)
            self._run += m.end() - m.start()
            if m.end() - m.start() > room:
                pieces.append(text[copied : m.start() + room])
                copied = m.end()
        if seen < len(text):
            self._run = 0
        if copied:
            pieces.append(text[copied:])
            text = "".join(pieces)
        self._end = at + len(text)
        return text
