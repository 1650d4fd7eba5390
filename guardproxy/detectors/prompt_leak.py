"""System-prompt leakage: runs of the prompt's words, its secret-looking tokens, and both
spelled out letter by letter.

Every comparison is on normalized words (``guardproxy.normalize``): case, zero-width characters,
look-alike letters, fullwidth and other compatibility forms make no difference, and spans are
reported in the original text's offsets, so a redaction removes the obfuscated characters.

Runs. The prompt is reduced to its words, and every three consecutive words (a trigram) are
indexed, as written and re-encoded: ROT13, in reverse word order, and reversed letter by letter
(text behind a right-to-left override reads so). In the output, each trigram found in the index
seeds an *alignment*: a diagonal that follows the prompt word by word; so do three words of the
last four with one word inserted among them (``&nbsp;`` in some gaps, a key between two texts;
the span starts after the insert), and every other word's trigram (a filler word after each
word). An alignment tolerates a small edit: an output word that matches none of the next three
prompt words is a miss (a changed or inserted word), and a match up to two prompt words ahead
skips dropped words. Two misses in a row, or a
gap of more than ``max_gap`` characters between words (52, the most the bound allows: 41
spaces pass), end it. Once it has matched ``min_words`` words, all but one of them in order
(the word after an edit does not count as in order), or ``min_words + FILLER_EXTRA`` words
with any number of single edits, it is confirmed: its span is reported and grows with every
further match. Markdown, punctuation, line breaks and case never matter because only words
are compared; a word of letters and digits mixed is read as leetspeak (``run_word``). A
CamelCased word (``NeverRevealThe``) that is no word of the prompt, when at least half of its
parts are, is read as its parts (``segment.camel_parts``): random case (``NevEr``) is then
still the prompt's word, not pieces of it.

Letters (``LetterReader``). The output's words are also read as one string of letters
and digits, for as long as at most ``LETTER_GAP`` characters separate two words (" - ", ", ",
"**"). Two things are found in it:

* tokens: codes, keys, URLs and e-mail addresses of the prompt, reduced to their letters
  (``ZEBRA-42-PLATINUM`` is ``zebra42platinum``), so ``Z E B R A - 4 2 ...``, ``zebra 42
  platinum`` and ``**ZEBRA**-42-PLATINUM`` are the token too;
* letter-spaced runs: single-letter words in a row (``n e v e r  r e v e a l``, ``n-e-v-e-r``)
  whose letters contain ``SPACED_K`` consecutive letters of the prompt's letters. Word
  boundaries are lost when a text is spelled out, so this compares letters, not words; twelve
  letters in a row of the prompt are far too many to be chance, and ordinary spelled-out words
  ("s-t-r-a-w-b-e-r-r-y") are shorter.

A match may not spread over more than ``max_span`` characters, which bounds the hold-back.

The index (``PromptIndex.build``) takes time and memory linear in the protected texts: every
step is one pass over their words and letters, with no step per pair of them. The words are
kept once each, the trigrams in a dict, the tokens by their first ``MIN_TOKEN_LETTERS`` letters
(one set lookup per output letter, whatever their number: one regex of all the tokens tried
each of them at each letter, 3.7 s of CPU for 20,000 characters of output against 256 KiB of
code-like tokens), and the letter-spaced windows as a sorted array of 64-bit
hashes of every ``SPACED_K`` letters (8 bytes per letter, where a set of the strings took 73).
It holds at most ``INDEX_BYTES_PER_CHAR`` bytes per character of the texts, and its build
peaks at twice that (``tests/test_prompt_leak.py`` measures both; a 256 KiB prompt builds in
about 0.3 s of CPU). Indexes are cached by that size, up to
``INDEX_CACHE_BYTES``: a prompt that recurs is indexed once, and a few large ones cannot pin
the process's memory.

Both read the same words: a rule's ``WordDetector`` segments a channel's text once and hands
each word to its readers (``RunReader``, ``LetterReader``); ``PromptRunDetector`` and
``PromptLetterDetector`` are one reader on its own stream.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import regex

from guardproxy.normalize import run_word
from guardproxy.sanitizer import Span
from guardproxy.segment import MAX_WORD, Word, WordStream, camel_parts, words_of

__all__ = [
    "INDEX_BYTES_PER_CHAR",
    "LETTER_GAP",
    "SPACED_K",
    "LetterReader",
    "PromptIndex",
    "PromptLetterDetector",
    "PromptRunDetector",
    "RunReader",
    "WordDetector",
    "WordReader",
    "contains_leak",
    "letters_of",
    "secret_tokens",
]

FILLER_EXTRA = 2  # more words of the prompt a run with an edit after every word needs
LOOKAHEAD = 3  # an output word may match the expected prompt word or one of the two after it
MAX_ALIGNMENTS = 32  # per channel: bounds cost per word whatever the prompt
SPACED_K = 12  # letters in a row of the prompt that make a letter-spaced run a leak
LETTER_GAP = 8  # most characters between two words read as one string of letters (" : // ",
# separators with invisible characters among them)
MIN_TOKEN_LETTERS = 6  # shorter tokens would match ordinary text read letter by letter
MAX_TOKEN_LETTERS = 64  # a longer token is protected by its first letters
INDEX_BYTES_PER_CHAR = 240  # the most memory an index takes per character of its texts (its
# words indexed four ways: as written, ROT13, in reverse order, reversed)
INDEX_CACHE_BYTES = 64 * 1024 * 1024  # indexes kept for prompts that recur, by that bound


@dataclass(frozen=True, slots=True, eq=False, weakref_slot=True)
class PromptIndex:
    """What the detectors need from a request's protected texts; built once per distinct text.
    Weakly referenceable: what other detectors derive from the same texts (the paraphrase
    scorer) is kept as long as the index is."""

    words: tuple[str, ...]
    written: int  # how many of ``words`` are the texts as written (the variants follow)
    vocabulary: frozenset[str]  # the distinct words of the texts as written
    trigrams: dict[tuple[str, str, str], list[int]]  # where each starts in ``words``
    tokens: tuple[str, ...]  # the tokens' letters, longest first
    grams: array[int]  # sorted hashes of every SPACED_K consecutive letters of each text
    heads: dict[str, tuple[str, ...]]  # the tokens by their first MIN_TOKEN_LETTERS letters
    texts: tuple[str, ...] = ()  # the protected texts themselves (none for a canary)

    @property
    def longest_token(self) -> int:
        return len(self.tokens[0]) if self.tokens else 0

    @classmethod
    def build(cls, texts: Iterable[str]) -> PromptIndex:
        return _CACHE.get(tuple(texts))

    @classmethod
    def of_tokens(cls, tokens: Iterable[str]) -> PromptIndex:
        """An index of tokens alone (a per-request canary: not cached, it never recurs)."""
        letters = {letters_of(t)[:MAX_TOKEN_LETTERS] for t in tokens}
        ordered = _ordered(letters)
        return cls((), 0, frozenset(), {}, ordered, _hashed_grams(ordered), _by_head(ordered))

    @property
    def protects_letters(self) -> bool:
        return bool(self.tokens or self.grams)

    def spells(self, letters: str) -> bool:
        """Whether ``SPACED_K`` letters are consecutive letters of a protected text. By their
        64-bit hashes: a false match has a chance of about the text's length in 2**64."""
        grams, key = self.grams, hash(letters)
        at = bisect_left(grams, key)
        return at < len(grams) and grams[at] == key


def letters_of(text: str) -> str:
    """A text's letters and digits, normalized, with everything between words removed."""
    return "".join(words_of(text))


def _build_index(texts: tuple[str, ...]) -> PromptIndex:
    words: list[str] = []
    known: dict[str, str] = {}  # each distinct word kept once, however often it recurs
    trigrams: dict[tuple[str, str, str], list[int]] = {}
    tokens: set[str] = set()
    letters: list[str] = []
    texts_words: list[list[str]] = []
    for text in texts:
        plain = words_of(text)
        texts_words.append([known.setdefault(w, w) for w in map(run_word, plain)])
        for found in secret_tokens(text):
            tokens.update(letters[:MAX_TOKEN_LETTERS] for letters in _token_forms(found))
        letters.append("".join(plain))
    # The texts as written first (positions below ``written``: a window's place in its
    # prompt), then each re-encoded word by word: ROT13, words in reverse order, and all of
    # it reversed (what a right-to-left override shows reads this way too).
    variants = [*texts_words, *([w.translate(_ROT13) for w in ws] for ws in texts_words),
                *(ws[::-1] for ws in texts_words),
                *([w[::-1] for w in ws[::-1]] for ws in texts_words)]
    written = 0
    for n, variant in enumerate(variants):
        if words:
            words.append("\0")  # no run crosses from one text (or variant) into the next
        offset = len(words)
        words.extend(known.setdefault(w, w) for w in variant)
        for i in range(len(variant) - 2):
            key = (variant[i], variant[i + 1], variant[i + 2])
            trigrams.setdefault(key, []).append(offset + i)
        if n == len(texts_words) - 1:
            written = len(words)
    ordered = _ordered(tokens)
    return PromptIndex(
        words=tuple(words),
        written=written,
        vocabulary=frozenset(w for ws in texts_words for w in ws),
        trigrams=trigrams,
        tokens=ordered,
        grams=_hashed_grams(letters),
        heads=_by_head(ordered),
        texts=texts,
    )


_ROT13 = str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")
MAX_TOKEN_PARTS = 4  # a token of more parts is protected whole, as written
_SPELLED_DIGITS = {"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                   "six": "6", "seven": "7", "eight": "8", "nine": "9", "oh": "0"}


def _token_forms(token: str) -> set[str]:
    """A token's letters, and those of each run of two or more of its parts, in order and
    reversed (``NIMBUS-7731-ORCHID``: ``7731orchid``, ``orchid7731nimbus``, ...): a code is
    still the code with a part left off or its parts turned around."""
    parts = words_of(token)
    forms = {"".join(parts)}
    if len(parts) <= MAX_TOKEN_PARTS:
        for i in range(len(parts)):
            for j in range(i + 2, len(parts) + 1):
                forms.add("".join(parts[i:j]))
                forms.add("".join(parts[i:j][::-1]))
    return forms


class _IndexCache:
    """Indexes of recent protected texts, least recently used first, up to a total of
    ``INDEX_BYTES_PER_CHAR`` per character of their texts (the texts themselves, the key,
    counted too). Shared by the event loop and the worker threads large prompts are indexed
    in, hence the lock; an index is built outside it."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._entries: OrderedDict[tuple[str, ...], tuple[PromptIndex, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, texts: tuple[str, ...]) -> PromptIndex:
        with self._lock:
            if (entry := self._entries.get(texts)) is not None:
                self._entries.move_to_end(texts)
                return entry[0]
        index = _build_index(texts)
        size = (INDEX_BYTES_PER_CHAR + 4) * sum(len(t) for t in texts)
        if size > self._max_bytes:
            return index  # bigger than the whole cache: used for this request only
        with self._lock:
            if texts not in self._entries:
                self._entries[texts] = (index, size)
                self._bytes += size
            while self._bytes > self._max_bytes:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._bytes -= dropped
        return index

    @property
    def size(self) -> int:
        """Bytes accounted to the indexes cached now."""
        return self._bytes

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._bytes = 0


_CACHE = _IndexCache(INDEX_CACHE_BYTES)


def _ordered(tokens: Iterable[str]) -> tuple[str, ...]:
    kept = (t for t in tokens if len(t) >= MIN_TOKEN_LETTERS)
    return tuple(sorted(kept, key=lambda t: (-len(t), t)))


def _hashed_grams(texts: Iterable[str]) -> array[int]:
    """The sorted hashes of every SPACED_K consecutive letters of the texts (letters only)."""
    return array("q", sorted(hash(letters[i : i + SPACED_K]) for letters in texts
                             for i in range(len(letters) - SPACED_K + 1)))


def contains_leak(
    index: PromptIndex, text: str, *, min_words: int = 6, tokens: bool = True
) -> bool:
    """Whether a whole text (decoded from base64, say) holds a run or a token of the index."""
    detectors: list[PromptRunDetector | PromptLetterDetector] = []
    if index.words:
        detectors.append(PromptRunDetector(index, 0, min_words=min_words))
    if index.protects_letters:
        detectors.append(PromptLetterDetector(index, 0, tokens=tokens,
                                              bound=len(text) + MAX_WORD + 1))
    return any(d.feed(text) or d.flush() for d in detectors)


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
    exact: int  # of them, matched in order: neither skipping prompt words nor after a miss
    misses: int = 0  # output words in a row that matched nothing

    @property
    def key(self) -> tuple[int, int]:
        return (self.words, -self.start)


class WordReader(Protocol):
    """What reads a channel's words (``WordDetector`` feeds them): ``word`` per complete word,
    with where the next word starts (``upcoming``); ``settle`` after each chunk, with where the
    word still arriving (or the next one) starts and how much text arrived; ``finish`` at the
    end. ``hold_point`` leaves out the word still arriving: ``WordDetector`` holds that."""

    bound: int

    @property
    def hold_point(self) -> int: ...

    def word(self, word: Word, upcoming: int) -> list[Span]: ...

    def settle(self, upcoming: int, end: int) -> list[Span]: ...

    def finish(self) -> list[Span]: ...


class WordDetector:
    """Readers sharing one ``WordStream``: a rule segments a channel's text once, whatever it
    looks for in the words."""

    def __init__(self, readers: Sequence[WordReader]) -> None:
        self._readers = readers
        self.bound = max(r.bound for r in readers)
        self._stream = WordStream()
        self._end = 0
        self._upcoming = 0  # where the next word starts: the word still arriving, or the end

    @property
    def hold_point(self) -> int:
        # The word still arriving is held; no reader holds anything past the end.
        point = self._upcoming
        for reader in self._readers:
            held = reader.hold_point
            if held < point:
                point = held
        return point

    def feed(self, text: str) -> list[Span]:
        self._end += len(text)
        words = self._stream.feed(text)
        partial = self._stream.partial_start
        self._upcoming = upcoming = self._end if partial is None else partial
        spans: list[Span] = []
        # Readers mostly find nothing: extend only with what they found (this runs per token).
        for i, word in enumerate(words):
            after = words[i + 1].start if i + 1 < len(words) else upcoming
            for reader in self._readers:
                if found := reader.word(word, after):
                    spans.extend(found)
        for reader in self._readers:
            if found := reader.settle(upcoming, self._end):
                spans.extend(found)
        return spans

    def flush(self) -> list[Span]:
        self._upcoming = self._end
        spans = [s for w in self._stream.flush() for r in self._readers
                 for s in r.word(w, self._end)]
        return spans + [s for r in self._readers for s in r.finish()]


class RunReader:
    """Finds runs of at least ``min_words`` words of the protected texts (see module doc)."""

    def __init__(
        self, index: PromptIndex, rule: int, *, min_words: int = 6, max_gap: int = 52,
        max_span: int = 200,
    ) -> None:
        self._index = index
        self._rule = rule
        self._min_words = max(min_words, 3)
        self._max_gap = max_gap
        self._max_span = max_span  # an unconfirmed alignment older than this is abandoned
        self.bound = max(max_span, 3 * MAX_WORD + 2 * max_gap)
        self._skip_window = max_span - MAX_WORD
        self._recent: list[Word] = []  # the last four words: a trigram seed needs them
        self._keys: list[str] = []  # their words as runs compare them (``run_word``)
        self._alignments: list[_Alignment] = []
        self._end = 0

    @property
    def hold_point(self) -> int:
        point = self._end
        if self._recent and self._recent[0].start < point:
            point = self._recent[0].start
        for a in self._alignments:
            held = a.end if self._confirmed(a) else a.start
            if held < point:
                point = held
        return point

    def word(self, word: Word, upcoming: int) -> list[Span]:
        norm = word.norm
        if not norm.isalpha():
            norm = run_word(norm)
        text = word.text
        # Most words are in one case or Title case: no CamelCased word (see camel_parts).
        if not (text[1:].islower() or text.isupper() or text.isdecimal()) \
                and (parts := self._camel_words(word, norm)):
            return [span for part in parts for span in self._read(part, run_word(part.norm))]
        return self._read(word, norm)

    def _camel_words(self, word: Word, norm: str) -> list[Word]:
        """A CamelCased word read as its words, when it is no word of the prompt and most of
        its parts are: a word in random case ("NevEr") is the prompt's word, not its parts."""
        vocabulary = self._index.vocabulary
        if norm in vocabulary:
            return []
        parts = camel_parts(word)
        if 2 * sum(p.norm in vocabulary for p in parts) < max(len(parts), 4):
            return []
        return parts

    def _read(self, word: Word, norm: str) -> list[Span]:
        self._expire(word.start, word.end)
        spans: list[Span] = []
        if self._alignments:
            self._follow(norm, word.end, spans)
        recent, keys = self._recent, self._keys
        if len(recent) >= 2:
            # Most trigrams are in no protected text: look up before calling _seed.
            trigrams = self._index.trigrams
            positions = trigrams.get((keys[-2], keys[-1], norm))
            if positions:
                spans.extend(self._seed(recent[-2], word, positions, exact=3))
            if len(recent) >= 3:
                # One word inserted among the three (a filler, a key between two texts): the
                # edit costs one word of the run, as it does once the run is seeded. The span
                # starts after the insert: the words before it are too few to be a run alone,
                # and a word that merely repeats the prompt's before a leak stays.
                first = keys[-3]
                for key, after in (((first, keys[-2], norm), word),
                                   ((first, keys[-1], norm), recent[-1])):
                    positions = trigrams.get(key)
                    if positions:
                        spans.extend(self._seed(after, word, positions, exact=2))
            if len(recent) == 4:
                # Every other word: a filler word after each word of the prompt.
                positions = trigrams.get((keys[0], keys[2], norm))
                if positions:
                    spans.extend(self._seed(recent[0], word, positions, exact=0))
                del recent[0], keys[0]
        recent.append(word)
        keys.append(norm)
        return spans

    def settle(self, upcoming: int, end: int) -> list[Span]:
        self._end = end
        self._expire(upcoming, end)
        return []

    def finish(self) -> list[Span]:
        self._alignments.clear()
        self._recent.clear()
        self._keys.clear()
        return []

    def _confirmed(self, a: _Alignment) -> bool:
        """A leak: ``min_words`` words, all but one of them in order. An edit costs one word
        of the run, so a short quote and a coincidental common word or two after it (which the
        tolerance for edits would otherwise join) stay below the threshold. A run with more
        edits (a filler word after every word) is one once ``FILLER_EXTRA`` more words of the
        prompt have come through, in order."""
        if a.words < self._min_words:
            return False
        return a.exact >= self._min_words - 1 or a.words >= self._min_words + FILLER_EXTRA

    def _expire(self, next_start: int, next_end: int) -> None:
        """Drop what no word starting at ``next_start`` (ending at ``next_end``) can extend."""
        if self._alignments:  # usually none: no list to rebuild per word
            self._alignments = [
                a
                for a in self._alignments
                if next_start - a.end <= self._max_gap
                and (self._confirmed(a) or next_end - a.start <= self._max_span)
            ]
        recent = self._recent
        if recent and next_start - recent[-1].end > self._max_gap:
            recent.clear()
            self._keys.clear()
        # A word older than this seeds nothing more (the window of an every-other-word
        # trigram), which keeps what the words held within the bound.
        while len(recent) > 2 and next_start - recent[0].start > self._skip_window:
            del recent[0], self._keys[0]

    def _follow(self, norm: str, end: int, spans: list[Span]) -> None:
        """Extend each alignment with the word, or count a miss; confirmed spans go to
        ``spans``."""
        words = self._index.words
        survivors: list[_Alignment] = []
        for a in self._alignments:
            for d in range(LOOKAHEAD):
                if a.next + d < len(words) and words[a.next + d] == norm:
                    a.exact += d == 0 and a.misses == 0
                    a.next += d + 1
                    a.end = end
                    a.words += 1
                    a.misses = 0
                    if self._confirmed(a):
                        spans.append(Span(a.start, a.end, self._rule))
                    break
            else:
                a.misses += 1
            if a.misses <= 1:
                survivors.append(a)
        self._alignments = survivors

    def _seed(
        self, first: Word, word: Word, positions: Sequence[int], *, exact: int
    ) -> list[Span]:
        """Start alignments at the trigram ``first`` .. ``word`` found at ``positions``."""
        spans: list[Span] = []
        tracked = {a.next for a in self._alignments}
        added = 0
        for q in positions:
            if q + 3 in tracked:
                continue  # an older alignment already follows this diagonal
            if added == MAX_ALIGNMENTS:
                # No later one would survive the cut below (new ones rank last, in order): a
                # trigram repeated all through a prompt costs no more than this per word.
                break
            a = _Alignment(next=q + 3, start=first.start, end=word.end, words=3, exact=exact)
            self._alignments.append(a)
            added += 1
            if self._confirmed(a):
                spans.append(Span(a.start, a.end, self._rule))
        if len(self._alignments) > MAX_ALIGNMENTS:
            self._alignments.sort(key=lambda a: a.key, reverse=True)
            del self._alignments[MAX_ALIGNMENTS:]
        return spans


class PromptRunDetector(WordDetector):
    """A ``RunReader`` on its own word stream."""

    def __init__(self, index: PromptIndex, rule: int, **options: int) -> None:
        super().__init__([RunReader(index, rule, **options)])


_NON_LETTER = regex.compile(r"[^\p{L}\p{N}\p{M}]")


class LetterReader:
    """Finds the index's tokens and letter-spaced runs in the output's letters (module doc)."""

    def __init__(
        self, index: PromptIndex, rule: int, *, tokens: bool = True, spaced: bool = True,
        bound: int = 240,
    ) -> None:
        self._index = index
        self._tokens = index.tokens if tokens else ()
        self._longest = max((len(t) for t in self._tokens), default=0)
        self._by_head = index.heads if tokens else {}
        self._spaced_on = spaced and bool(index.grams)
        self._rule = rule
        # A word still arriving (at most MAX_WORD characters) is held on top of a match.
        self._max_span = bound - MAX_WORD
        self.bound = bound
        self._end = 0
        # The current string of letters: its words, where each word's letters begin in it, and
        # the first letter a token may still start at.
        self._words: list[Word] = []
        self._at: list[int] = []
        self._letters = ""
        self._pos = 0
        self._scanned = -1  # ``upcoming`` of the last scan, if the letters are unchanged since
        self._spaced: list[Word] = []  # the single-letter words in a row, the last SPACED_K - 1

    @property
    def hold_point(self) -> int:
        point = self._end
        if self._pos < len(self._letters):
            point = self._words[self._word_at(self._pos)].start
        return min(point, self._spaced[0].start) if self._spaced else point

    def word(self, word: Word, upcoming: int) -> list[Span]:
        """Take a complete word; ``upcoming`` is where the first word not yet seen starts."""
        if not self._tokens:  # only letter-spaced runs, the cheap way
            return self._spaced_run(word, upcoming)
        spans: list[Span] = []
        if self._words and word.start - self._words[-1].end > LETTER_GAP:
            spans.extend(self._end_string())
        self._words.append(word)
        self._at.append(len(self._letters))
        norm = _SPELLED_DIGITS.get(word.norm, word.norm)  # a code's digits spelled out
        self._letters += norm if norm.isalnum() else _NON_LETTER.sub("", norm)
        spans.extend(self._spaced_run(word, upcoming))
        return spans + self._scan(upcoming, final=False)

    def settle(self, upcoming: int, end: int) -> list[Span]:
        """Decide what no word from ``upcoming`` on can change."""
        self._end = end
        if not self._words and not self._spaced:
            return []  # no letters held (the usual case between words): nothing to decide
        last = self._words[-1] if self._words else (self._spaced[-1] if self._spaced else None)
        if last is not None and upcoming - last.end > LETTER_GAP:
            return self._end_string()  # the next word starts a new string
        self._age(upcoming)
        if upcoming == self._scanned:
            return []  # scanned already: neither the letters nor ``upcoming`` changed since
        return self._scan(upcoming, final=False)

    def finish(self) -> list[Span]:
        return self._end_string()

    def _age(self, upcoming: int) -> None:
        # A spaced letter this old could only end up in a match wider than max_span.
        if self._spaced and upcoming - self._spaced[0].start >= self._max_span:
            self._spaced = [w for w in self._spaced if upcoming - w.start < self._max_span]

    def _end_string(self) -> list[Span]:
        spans = self._scan(self._end, final=True)
        self._words.clear()
        self._at.clear()
        self._letters = ""
        self._pos = 0
        self._scanned = -1
        self._spaced.clear()
        return spans

    def _spaced_run(self, word: Word, upcoming: int) -> list[Span]:
        run = self._spaced
        norm = word.norm
        if not self._spaced_on or len(norm) != 1 or not norm.isalnum():  # not a single letter
            run.clear()
            return []
        if run and word.start - run[-1].end > LETTER_GAP:
            run.clear()
        run.append(word)
        found: list[Span] = []
        if len(run) >= SPACED_K:
            first = run[-SPACED_K]
            within = word.end - first.start <= self._max_span
            if within and self._index.spells("".join(w.norm for w in run[-SPACED_K:])):
                found.append(Span(first.start, word.end, self._rule))
        del run[: max(0, len(run) - (SPACED_K - 1))]
        self._age(upcoming)  # after the check: aging only forgets what no match can use
        return found

    def _scan(self, upcoming: int, *, final: bool) -> list[Span]:
        """Decide the token starts that the letters seen so far decide.

        A start is decided once the longest token fits in the letters after it, once the
        string of letters ends, or once it is so old that a match through a word not yet seen
        (which ends after ``upcoming``) would be wider than ``max_span``.
        """
        letters = self._letters
        if not self._tokens:
            self._pos = len(letters)
            return []
        self._scanned = -1 if final else upcoming
        decided = len(letters) if final else max(self._pos, len(letters) - self._longest + 1)
        while decided < len(letters):
            w = self._word_at(decided)
            if upcoming - self._words[w].start < self._max_span:
                break
            decided = self._at[w + 1] if w + 1 < len(self._at) else len(letters)
        spans: list[Span] = []
        while self._pos < decided:
            at = self._find(self._pos, decided)
            if at is None:
                self._pos = decided
                break
            span = self._match_at(at)
            if span is None:
                self._pos = at + 1
                continue
            spans.append(span)
            self._pos = self._letter_after(span.end)
        self._trim()
        return spans

    def _find(self, start: int, stop: int) -> int | None:
        """The first letter from ``start`` (before ``stop``) that a token's head starts at: one
        set lookup a letter, however many tokens."""
        letters, heads, k = self._letters, self._by_head, MIN_TOKEN_LETTERS
        for at in range(start, min(stop, len(letters) - k + 1)):
            if letters[at : at + k] in heads:
                return at
        return None

    def _match_at(self, at: int) -> Span | None:
        """The longest token starting at letter ``at`` within ``max_span``, as a span of the
        whole words it touches."""
        for token in self._by_head.get(self._letters[at : at + MIN_TOKEN_LETTERS], ()):
            if not self._letters.startswith(token, at):
                continue
            start = self._words[self._word_at(at)].start
            end = self._words[self._word_at(at + len(token) - 1)].end
            if end - start <= self._max_span:
                return Span(start, end, self._rule)
        return None

    def _word_at(self, letter: int) -> int:
        """The index in ``_words`` of the word holding a letter: the last word whose letters
        begin at or before it (a word without letters begins where the next one does)."""
        return bisect_right(self._at, letter) - 1

    def _letter_after(self, end: int) -> int:
        """The first letter of the first word that starts at or after ``end``."""
        for i, word in enumerate(self._words):
            if word.start >= end:
                return self._at[i]
        return len(self._letters)

    def _trim(self) -> None:
        """Forget the words wholly before the first undecided letter, but the last word: the
        string of letters goes on from it."""
        if not self._words:
            return
        last = len(self._words) - 1
        keep = self._word_at(self._pos) if self._pos < len(self._letters) else last
        if keep <= 0:
            return
        cut = self._at[keep]
        del self._words[:keep]
        self._at = [a - cut for a in self._at[keep:]]
        self._letters = self._letters[cut:]
        self._pos -= cut


class PromptLetterDetector(WordDetector):
    """A ``LetterReader`` on its own word stream."""

    def __init__(self, index: PromptIndex, rule: int, **options: Any) -> None:
        super().__init__([LetterReader(index, rule, **options)])


def _by_head(tokens: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Tokens by their first MIN_TOKEN_LETTERS letters, longest first."""
    heads: dict[str, list[str]] = {}
    for token in tokens:
        heads.setdefault(token[:MIN_TOKEN_LETTERS], []).append(token)
    return {k: tuple(v) for k, v in heads.items()}
