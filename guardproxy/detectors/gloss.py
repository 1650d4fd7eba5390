"""A cross-lingual gloss: a French, Spanish, German or Chinese sentence as the English words of a
hand-written bilingual lexicon (``guardproxy/models/gloss/<lang>.tsv``, see its PROVENANCE.md).

The static embedding was distilled from an English encoder: "la configuración me pide" lands
nowhere near "the setup asks me", and the narration head learns English wording from far more
data than any other language's. A gloss puts a sentence's words into English ("the setup me
asks"): word order and grammar are lost, the words the detectors read are not. The detectors
read the gloss beside the sentence (``narration_model`` adds its tokens to the bag,
``paraphrase_model`` compares it with the protected sentences' glosses).

How a sentence is glossed:

- Latin script: lower-cased, accents folded ("configuración" -> "configuracion", "für" ->
  "fur"), split into words. The language is the one whose lexicon knows more of the words than
  a short list of English function words does (none: the sentence is left alone, so English is
  never glossed). Multiword entries ("a cause de", "darauf achten") match first, longest
  first; a word the lexicon lacks is looked up by a crude stem (the longest known ending cut,
  so "configure", "configurée", "configurés" share an entry), a German compound as two known
  parts ("Erstattungs|grenze"); a word still unknown (a name, a number, an English loan) is
  kept as it is, which is what a retelling shares with an English prompt.
- CJK script: segmented by longest match over the Chinese lexicon (no spaces to split at);
  Latin words inside are kept; characters the lexicon lacks are dropped (the English
  tokenizer knows few of them, and the bag reads the characters themselves anyway).

Everything is a dictionary look-up; each distinct word's gloss is kept (bounded), so a stream's
sentences cost a split and a few look-ups.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from guardproxy.detectors.embedding import MODELS, RECENT

__all__ = ["LANGS", "Gloss", "Lexicon", "fold", "packaged_gloss"]

FOLDER = MODELS / "gloss"
LANGS = ("fr", "es", "de", "zh")
# Words kept per lexicon's look-up cache: a stream's vocabulary fits.
WORDS = 1 << 14
# Multiword entries are at most this many words (Latin) or characters (Chinese).
MAX_WORDS = 6
MAX_CHARS = 6
# A sentence is glossed when at least this many of its words tell a language.
TELLING = 2
# A German compound's parts are at least this long (shorter ones split words at random).
PART = 4
# Endings cut to find a word's stem, longest tried first; the stem keeps at least STEM chars.
STEM = 3
ENDINGS = {
    "fr": ("issements", "issement", "erions", "eraient", "assions", "ements", "ement", "ations",
           "ation", "erons", "eront", "erais", "erait", "eriez", "ables", "able", "ions",
           "iez", "ent", "ant", "ees", "ais", "ait", "era", "ons", "ez", "er", "es", "ee",
           "ir", "re", "is", "it", "e", "s", "x"),
    "es": ("aciones", "amiento", "imiento", "iendo", "ando", "acion", "aron", "ieron", "abamos",
           "aremos", "ariamos", "arian", "aria", "ados", "adas", "idos", "idas", "amos",
           "emos", "imos", "ado", "ada", "ido", "ida", "ara", "era", "ira", "aba", "ian",
           "ia", "an", "en", "as", "es", "os", "ar", "er", "ir", "o", "a", "e", "s"),
    "de": ("ungen", "ung", "heiten", "heit", "keiten", "keit", "lichen", "lich", "isch",
           "ieren", "iert", "ierte", "sten", "ten", "tet", "ste", "est", "ern", "em", "en",
           "er", "es", "et", "st", "te", "e", "n", "s", "t"),
}
# English function and frequent words: a sentence where these outnumber a lexicon's words is
# English (or mixed enough to leave alone).
_ENGLISH = """
a about after all also am an and any are as at be because been before being but by can could
did do does doing for from had has have having he her here him his how i if in into
is it it's its just let me might more most my no not now of on only or our out over she should
so some than that the their them then there these they this those to too under up us very was
we were what when where which while who why will with would you your yours okay ok right well
wait hmm so user users asks asked wants want tell told say says said instead answer reply
keep rule rules always never offer link human stay task comply option plan around here
deployer deployment operator system prompt policy mode bot chat code service support message
data image video test model agent refund refunds legal advice vague constraint instructions ignore
"""
ENGLISH = frozenset(_ENGLISH.split())
# A word, with the apostrophe of an elision ("l'", "j'", "qu'"): "l'utilisateur" is two words.
_WORD = re.compile(r"[^\W_]+'?")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss", "\u2019": "'"})
# Combining marks (accents) after NFD; CJK ideographs have none, so Chinese is unchanged.
_COMBINING = re.compile("[\u0300-\u036f]")
_LATIN_WORD = re.compile(r"[A-Za-z0-9]+")
_CJK_FIRST, _CJK_LAST = 0x3400, 0x9FFF
_IDEOGRAPH = re.compile(f"[{chr(_CJK_FIRST)}-{chr(_CJK_LAST)}]")


def fold(text: str) -> str:
    """Lower-cased, accents and ligatures folded ("Œuvre" -> "oeuvre", "für" -> "fur", "ß"
    -> "ss"), apostrophes as "'"."""
    text = text.lower()
    if text.isascii():  # most sentences: nothing to fold
        return text
    text = text.translate(_LIGATURES)
    return _COMBINING.sub("", unicodedata.normalize("NFD", text))


def _stem(word: str, endings: tuple[str, ...]) -> str:
    for ending in endings:
        if word.endswith(ending) and len(word) - len(ending) >= STEM:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One language's entries: folded source (one or more words; characters for Chinese) ->
    English words."""

    lang: str
    entries: dict[str, str]
    stems: dict[str, str]  # a single word's stem -> the English of the first entry with it
    # Single words that tell the language: not glossed as themselves ("code", "vague" and
    # "transparent" are English words too).
    telling: frozenset[str]
    # The first word (Latin) or character (Chinese) of each source -> the most words or
    # characters of a source starting with it: most positions try one look-up, not six.
    longest: dict[str, int]

    @classmethod
    def parse(cls, lang: str, text: str) -> Lexicon:
        """``source<TAB>english`` lines; ``#`` starts a comment; the first entry of a source
        wins (the files list the common sense first)."""
        entries: dict[str, str] = {}
        for line in text.splitlines():
            line = line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            source, sep, english = line.partition("\t")
            if not sep or not english.strip():
                raise ValueError(f"gloss {lang}: {line!r} is not 'source<TAB>english'")
            key = fold(source.strip())
            key = key if lang == "zh" else " ".join(_WORD.findall(key))
            if key:
                entries.setdefault(key, " ".join(english.lower().split()))
        endings = ENDINGS.get(lang, ())
        stems: dict[str, str] = {}
        for key, english in entries.items():
            if endings and " " not in key:
                stems.setdefault(_stem(key, endings), english)
        longest: dict[str, int] = {}
        for key in entries:
            first, size = (key[0], len(key)) if lang == "zh" else (key.split(" ", 1)[0],
                                                                    key.count(" ") + 1)
            longest[first] = max(longest.get(first, 1), size)
        telling = frozenset(k for k, english in entries.items()
                            if " " not in k and k != english and k not in ENGLISH)
        return cls(lang, entries, stems, telling, longest)

    def word(self, word: str) -> str | None:
        """A single folded word's English: the entry, else its stem's, else (German) a
        compound's two parts'; None when unknown."""
        found = self.entries.get(word)
        if found is not None:
            return found
        endings = ENDINGS.get(self.lang, ())
        if endings:
            found = self.stems.get(_stem(word, endings))
            if found is not None:
                return found
        if self.lang == "de":
            return self._compound(word)
        return None

    def _compound(self, word: str) -> str | None:
        """German compounds: the longest known head, then a known (or stemmed) modifier,
        allowing the linking "s" ("Erstattungs|grenze" -> "refund limit")."""
        for cut in range(PART, len(word) - PART + 1):
            head = self.entries.get(word[cut:]) or self.stems.get(_stem(word[cut:],
                                                                        ENDINGS["de"]))
            if head is None:
                continue
            left = word[:cut]
            modifier = self.entries.get(left) or self.stems.get(_stem(left, ENDINGS["de"]))
            if modifier is None and left.endswith("s") and len(left) > PART:
                left = left[:-1]
                modifier = self.entries.get(left) or self.stems.get(_stem(left, ENDINGS["de"]))
            if modifier is not None:
                return f"{modifier} {head}"
        return None


class Gloss:
    """Sentence -> its English gloss, or None for a sentence that needs none (English, or a
    language without a lexicon)."""

    def __init__(self, lexicons: dict[str, Lexicon]) -> None:
        self._latin = [lex for lang, lex in lexicons.items() if lang != "zh"]
        self._zh = lexicons.get("zh")
        self._words = {lex.lang: lru_cache(maxsize=WORDS)(lex.word) for lex in self._latin}
        # The rules of a channel read the same sentence one after another (the narration head,
        # the paraphrase scorer): each is glossed once.
        self._recent = lru_cache(maxsize=RECENT)(self.gloss_once)

    @classmethod
    def load(cls, folder: Path = FOLDER) -> Gloss:
        return cls({lang: Lexicon.parse(lang, (folder / f"{lang}.tsv").read_text("utf-8"))
                    for lang in LANGS if (folder / f"{lang}.tsv").exists()})

    def language(self, words: list[str]) -> Lexicon | None:
        """The lexicon with the most words that tell its language, if they are at least
        ``TELLING`` and outnumber the English list's words; None otherwise."""
        english = len(ENGLISH.intersection(words))
        best, hits = None, max(english, TELLING - 1)
        for lex in self._latin:
            known = len(lex.telling.intersection(words))
            if known > hits:
                best, hits = lex, known
        return best

    def gloss(self, sentence: str) -> str | None:
        """The sentence's gloss (kept for the last ``RECENT`` sentences)."""
        return self._recent(sentence)

    def gloss_once(self, sentence: str) -> str | None:
        """The gloss, not kept: for texts read once (a prompt's protected sentences)."""
        if self._zh is not None and _IDEOGRAPH.search(sentence):
            return self._chinese(self._zh, fold(sentence))
        words = _WORD.findall(fold(sentence))
        lex = self.language(words)
        if lex is None:
            return None
        return " ".join(self._latin_words(lex, words))

    def _latin_words(self, lex: Lexicon, words: list[str]) -> list[str]:
        out: list[str] = []
        word = self._words[lex.lang]
        at = 0
        while at < len(words):
            longest = lex.longest.get(words[at], 1)
            for size in range(min(longest, MAX_WORDS, len(words) - at), 1, -1):
                phrase = lex.entries.get(" ".join(words[at:at + size]))
                if phrase is not None:
                    out.append(phrase)
                    at += size
                    break
            else:
                found = word(words[at])
                out.append(words[at] if found is None else found)
                at += 1
        return [w for w in out if w != "-"]  # "-": a word with no English of its own

    @staticmethod
    def _chinese(lex: Lexicon, text: str) -> str:
        """Longest match from each position; Latin words kept, unknown characters dropped."""
        out: list[str] = []
        at = 0
        while at < len(text):
            latin = _LATIN_WORD.match(text, at)
            if latin:
                out.append(latin.group())
                at = latin.end()
                continue
            longest = min(lex.longest.get(text[at], 0), MAX_CHARS, len(text) - at)
            for size in range(longest, 0, -1):
                found = lex.entries.get(text[at:at + size])
                if found is not None:
                    if found != "-":
                        out.append(found)
                    at += size
                    break
            else:
                at += 1
        return " ".join(out)


@cache
def packaged_gloss() -> Gloss:
    """The lexicons shipped in ``guardproxy/models/gloss``, loaded once per process."""
    return Gloss.load()
