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
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Literal

import regex

from guardproxy.normalize import fold, fold_with_map
from guardproxy.regex_guard import MATCH_TIMEOUT
from guardproxy.sanitizer import Span
from guardproxy.segment import Sentence, SentenceStream

__all__ = ["HintMatcher", "SafetyHintDetector", "compile_hints"]

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


class SafetyHintDetector:
    def __init__(self, matcher: HintMatcher, rule: int, *, max_sentence: int = 240) -> None:
        self._matcher = matcher
        self._rule = rule
        self._sentences = SentenceStream(max_sentence)
        self.bound = max_sentence

    @property
    def hold_point(self) -> int:
        return self._sentences.start

    def feed(self, text: str) -> list[Span]:
        # A loop, not a comprehension: most tokens complete no sentence, and then it costs less.
        spans: list[Span] = []
        for sentence in self._sentences.feed(text):
            spans.extend(self._check(sentence))
        return spans

    def flush(self) -> list[Span]:
        return [s for sentence in self._sentences.flush() for s in self._check(sentence)]

    def _check(self, sentence: Sentence) -> list[Span]:
        text, base = sentence.text, sentence.start
        folded, source = fold_with_map(text, self._matcher.fold_case)
        try:
            if self._matcher.scope == "match":
                return [
                    Span(base + _at(source, m.start()), base + _at(source, m.end() - 1) + 1,
                         self._rule)
                    for m in self._matcher.pattern.finditer(folded, timeout=MATCH_TIMEOUT)
                    if m.end() > m.start()
                ]
            found = self._matcher.pattern.search(folded, timeout=MATCH_TIMEOUT) is not None
        except TimeoutError:
            # Fail closed: a sentence the rule could not decide on goes as if it matched.
            log.warning("safety-hints rule %d timed out on a sentence; redacted it", self._rule)
            found = True
        if not found:
            return []
        lead = _LEAD.match(text)  # always matches, possibly empty
        start = lead.end() if lead else 0
        end = len(text.rstrip())
        return [Span(base + start, base + end, self._rule)] if end > start else []


def _at(source: list[int] | None, index: int) -> int:
    """The original offset of a normalized character."""
    return index if source is None else source[index]
