"""Safety-filter hints: the model narrating its instructions, policies, filters or triggers.

Rules are phrase lists and ``regex`` patterns, compiled once at policy load into one pattern per
rule. They are matched against whole sentences: narration rarely crosses a sentence, a sentence
is the natural unit to remove (``scope: sentence``), and scanning each sentence once keeps the
cost per character flat. Sentences are capped in length (see ``SentenceStream``), which bounds
the hold-back.

Patterns match the sentence normalized (``guardproxy.normalize``: zero-width characters,
look-alike letters, compatibility forms and typographic quotes folded), so "jailbreak" written
with a Cyrillic "a" or a zero-width space inside is a jailbreak, and "I\u2019m not allowed"
(with a typographic apostrophe) matches "I'm not allowed"; a match is mapped back to the
original characters.

A rule may also have a learned judge (``guardproxy.detectors.judges``): each completed sentence
the phrases and patterns (an overlay ops extend) leave alone is judged whole, once, by meaning.
A sentence cut by force (longer than the cap) is judged with the end of the piece before it in
front, so a long sentence is judged in overlapping windows. Sentences under ``MIN_JUDGED``
characters ("Okay.", "1.") are not judged: too short to narrate anything, and each judgement
costs tens of microseconds. The same detector, with a judge and no patterns, serves
``prompt_paraphrase`` rules.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

import regex

from guardproxy.detectors.judges import SentenceJudge
from guardproxy.normalize import fold, fold_with_map
from guardproxy.regex_guard import MATCH_TIMEOUT
from guardproxy.sanitizer import Span
from guardproxy.segment import Sentence, SentenceStream

__all__ = ["CARRY", "MIN_JUDGED", "HintMatcher", "SafetyHintDetector", "compile_hints"]

log = logging.getLogger("guardproxy.detectors.safety_hints")

Scope = Literal["sentence", "match"]

# Leading list markers, quote markers and emphasis stay when a sentence is removed, so the
# reasoning keeps its layout.
_LEAD = regex.compile(r"[\s>*_#-]*(?:\d+[.)]\s+)?")


@dataclass(frozen=True, slots=True)
class HintMatcher:
    pattern: regex.Pattern[str]
    scope: Scope
    fold_case: bool = True  # False for case-sensitive rules: normalization keeps case


def compile_hints(
    phrases: list[str], patterns: list[str], *, ignore_case: bool
) -> regex.Pattern[str]:
    """One pattern for a rule: phrases match as whole words with flexible spacing."""
    fold_case = ignore_case
    parts = [
        r"\b" + r"\s+".join(regex.escape(fold(w, fold_case)) for w in p.split()) + r"\b"
        for p in phrases
    ]
    parts.extend(f"(?:{p})" for p in patterns)
    flags = regex.IGNORECASE if ignore_case else 0
    return regex.compile("|".join(parts), flags)


# Characters of the previous sentence kept (held) and read again in front of the next one, so
# a phrase cut by a line break or by a sentence's forced cut at ``max_sentence`` is still
# whole: the longest phrase (or pattern match) caught across a cut.
CARRY = 48
_TERMINATORS = (".", "!", "?", "\u2026", "\u3002", "\uff01", "\uff1f")
MIN_JUDGED = 8  # characters (stripped) a sentence needs to be judged


class SafetyHintDetector:
    """Checks each sentence, with the end of the one before it (``CARRY``) in front; holds at
    most ``max_sentence + CARRY`` characters. ``matcher``: the phrases and patterns, if any;
    ``judge``: the learned judge, if any, of the sentences they leave alone."""

    def __init__(self, matcher: HintMatcher | None, rule: int, *, max_sentence: int = 192,
                 judge: SentenceJudge | None = None) -> None:
        self._matcher = matcher
        self._judge = judge
        self._rule = rule
        self._sentences = SentenceStream(max_sentence)
        self._carry = ""  # the end of the last sentence, from a word's start
        self._forced = False  # the last sentence was cut by force: judge across the cut
        self.bound = max_sentence + CARRY

    @property
    def hold_point(self) -> int:
        return self._sentences.start - len(self._carry)

    def feed(self, text: str) -> list[Span]:
        # A loop, not a comprehension: most tokens complete no sentence, and then it costs less.
        spans: list[Span] = []
        for sentence in self._sentences.feed(text):
            spans.extend(self._check(sentence))
        return spans

    def flush(self) -> list[Span]:
        spans = [s for sentence in self._sentences.flush() for s in self._check(sentence)]
        self._carry = ""
        self._forced = False
        return spans

    def _check(self, sentence: Sentence) -> list[Span]:
        carry, forced = self._carry, self._forced
        # A sentence that ended at its punctuation carries nothing over: only a line break or
        # a forced cut may split a phrase (and only those delay the text before them).
        ended = sentence.text.rstrip(" \t\"'\u2019\u201d)]*_").endswith(_TERMINATORS)
        self._carry = "" if ended else _tail(sentence.text)
        self._forced = not ended and not sentence.text.endswith("\n")
        text, base = carry + sentence.text, sentence.start - len(carry)
        first = self._matched(carry, text, base) if self._matcher is not None else None
        if isinstance(first, list):
            return first  # scope `match`: the matches themselves
        if first is None:
            judge = self._judge
            window = (text if forced else sentence.text).strip()
            if judge is None or len(window) < MIN_JUDGED or not judge(window).flagged:
                return []
            first = len(carry)
        if first == len(carry):  # in the sentence: from its start, lead kept
            lead = _LEAD.match(sentence.text)  # always matches, possibly empty
            first += lead.end() if lead else 0
        end = len(text.rstrip())
        return [Span(base + first, base + end, self._rule)] if end > first else []

    def _matched(self, carry: str, text: str, base: int) -> int | list[Span] | None:
        """Where the first phrase or pattern match starts in ``text`` (carry and sentence), or
        the spans of every match (scope `match`), or None if none matches."""
        assert self._matcher is not None
        folded, source = fold_with_map(text, self._matcher.fold_case)
        # Where the sentence starts in the folded text: a match that ends before it was the
        # previous sentence's, checked then.
        fresh = len(carry) if source is None or not carry else (
            len(fold_with_map(carry, self._matcher.fold_case)[0]))  # ASCII: as long as before
        try:
            found = [m for m in self._matcher.pattern.finditer(folded, timeout=MATCH_TIMEOUT)
                     if m.end() > max(m.start(), fresh)]
        except TimeoutError:
            # Fail closed: a sentence the rule could not decide on goes as if it matched.
            log.warning("safety-hints rule %d timed out on a sentence; redacted it", self._rule)
            return len(carry)
        if not found:
            return None
        if self._matcher.scope == "match":
            return [Span(base + _at(source, m.start()), base + _at(source, m.end() - 1) + 1,
                         self._rule) for m in found]
        return min(len(carry), _at(source, found[0].start()))


def _tail(text: str) -> str:
    """The last ``CARRY`` characters of a sentence, from the start of a word (a cut inside a
    word would make a word boundary there)."""
    if len(text) <= CARRY:
        return text
    tail = text[-CARRY:]
    space = next((i for i, c in enumerate(tail) if c.isspace()), len(tail))
    return tail[space:]


def _at(source: list[int] | None, index: int) -> int:
    """The original offset of a normalized character."""
    return index if source is None else source[index]
