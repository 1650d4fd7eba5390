"""Safety-filter hints: the model narrating its instructions, policies, filters or triggers.

Rules are phrase lists and ``regex`` patterns, compiled once at policy load into one pattern per
rule. They are matched against whole sentences: narration rarely crosses a sentence, a sentence
is the natural unit to remove (``scope: sentence``), and scanning each sentence once keeps the
cost per character flat. Sentences are capped in length (see ``SentenceStream``), which bounds
the hold-back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex

from guardproxy.sanitizer import Span
from guardproxy.segment import Sentence, SentenceStream

__all__ = ["HintMatcher", "SafetyHintDetector", "compile_hints"]

Scope = Literal["sentence", "match"]

# Leading list markers, quote markers and emphasis stay when a sentence is removed, so the
# reasoning keeps its layout.
_LEAD = regex.compile(r"[\s>*_#-]*(?:\d+[.)]\s+)?")


@dataclass(frozen=True, slots=True)
class HintMatcher:
    pattern: regex.Pattern[str]
    scope: Scope


def compile_hints(
    phrases: list[str], patterns: list[str], *, ignore_case: bool
) -> regex.Pattern[str]:
    """One pattern for a rule: phrases match as whole words with flexible spacing."""
    parts = [r"\b" + r"\s+".join(regex.escape(w) for w in p.split()) + r"\b" for p in phrases]
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
        return [s for sentence in self._sentences.feed(text) for s in self._check(sentence)]

    def flush(self) -> list[Span]:
        return [s for sentence in self._sentences.flush() for s in self._check(sentence)]

    def _check(self, sentence: Sentence) -> list[Span]:
        text, base = sentence.text, sentence.start
        if self._matcher.scope == "match":
            return [
                Span(base + m.start(), base + m.end(), self._rule)
                for m in self._matcher.pattern.finditer(text)
                if m.end() > m.start()
            ]
        if self._matcher.pattern.search(text) is None:
            return []
        lead = _LEAD.match(text)  # always matches, possibly empty
        start = lead.end() if lead else 0
        end = len(text.rstrip())
        return [Span(base + start, base + end, self._rule)] if end > start else []
