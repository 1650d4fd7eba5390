"""PII: presidio-analyzer's recognizers (with their own validation: Luhn, IBAN checksums, ...).

presidio is synchronous and costs about a millisecond per call, so it never runs per token:
the channel's text is cut into sentences (``SentenceStream``), a cheap regular expression per
entity rules out the sentences that cannot hold one, and presidio analyses each remaining
sentence once. The proxy runs the channels of a policy with a ``pii`` rule off the event loop
(``CompiledPolicy.blocking``).

Sentences are capped in length, which bounds the hold-back. A sentence cut for length rather
than at its end leaves its last ``OVERLAP`` characters to be analysed again with the next one,
so an entity across the cut (an IBAN written in groups, a phone number) is still found.

presidio is imported only when a policy with a ``pii`` rule is compiled (see
``presidio_engine``): policies without one never pay for it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import regex

from guardproxy.sanitizer import Span
from guardproxy.segment import Sentence, SentenceStream

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

__all__ = [
    "ENTITIES",
    "OVERLAP",
    "CustomRecognizer",
    "PiiAnalyzer",
    "PiiDetector",
    "PiiEntity",
]

OVERLAP = 64  # longer than any entity written across a cut

PiiEntity = Literal[
    "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
    "US_ITIN", "UK_NHS", "MAC_ADDRESS", "CRYPTO",
]


@dataclass(frozen=True, slots=True)
class _Entity:
    recognizer: str  # class name in presidio_analyzer.predefined_recognizers
    # Matches wherever the recognizer could: a sentence without a match cannot hold the entity.
    # Each is a superset of the recognizer's own patterns (read from its source).
    candidate: str


ENTITIES: dict[str, _Entity] = {
    "EMAIL_ADDRESS": _Entity("EmailRecognizer", r"@\w"),
    # python-phonenumbers finds valid numbers of four digits and more (some German ones), with
    # at most four punctuation characters between digit blocks.
    "PHONE_NUMBER": _Entity("PhoneRecognizer", r"\d(?:\D{0,4}\d){3}"),
    "CREDIT_CARD": _Entity("CreditCardRecognizer", r"\d(?:[ -]?\d){12}"),
    "IBAN_CODE": _Entity("IbanRecognizer", r"(?i:[A-Z]{2}\d{2})"),
    "US_SSN": _Entity("UsSsnRecognizer", r"\d(?:[ .-]?\d){8}"),
    "IP_ADDRESS": _Entity(
        "IpRecognizer", r"\d\.\d{1,3}\.\d{1,3}\.\d|::|[0-9A-Fa-f]:[0-9A-Fa-f]{1,4}:"
    ),
    "US_ITIN": _Entity("UsItinRecognizer", r"9\d{2}[ -]?\d{2}[ -]?\d{4}"),
    "UK_NHS": _Entity("NhsRecognizer", r"\d{3}[ -]?\d{3}[ -]?\d{4}"),
    "MAC_ADDRESS": _Entity(
        "MacAddressRecognizer",
        r"[0-9A-Fa-f]{2}[:-][0-9A-Fa-f]{2}[:-]|[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.",
    ),
    "CRYPTO": _Entity("CryptoRecognizer", r"(?i:bc1|[13])[A-Za-z0-9]{25}"),
}

# The flags presidio matches pattern recognizers with: a custom pattern is its own prefilter.
PRESIDIO_FLAGS = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE


@dataclass(frozen=True, slots=True)
class CustomRecognizer:
    """A recognizer declared in the policy: regular expressions scored, plus context words."""

    name: str
    entity: str
    patterns: tuple[tuple[str, str, float], ...]  # (name, regex, score)
    context: tuple[str, ...] = ()


# Exercises every recognizer once at build, so lazy loading (tldextract's snapshot, compiled
# patterns) happens at policy load and never concurrently in request threads.
_WARM_UP = (
    "Mail ann@example.com, call 212-555-0134, card 4111 1111 1111 1111, "
    "IBAN DE89 3704 0044 0532 0130 00, SSN 536-90-4399, IP 10.0.0.1 and ::1."
)


class PiiAnalyzer:
    """One presidio ``AnalyzerEngine`` per rule, built at policy load, shared by every channel.

    ``find`` may be called from several threads at once: after the warm-up presidio's
    recognizers only read their state.
    """

    def __init__(
        self, entities: Sequence[str], score_threshold: float,
        custom: Sequence[CustomRecognizer] = (),
    ) -> None:
        # Imported here: presidio imports spaCy (a second), paid only by policies with PII rules.
        from guardproxy.detectors import presidio_engine as engine

        recognizers = [
            engine.custom_recognizer(c.name, c.entity, c.patterns, c.context) for c in custom
        ]
        self._engine: AnalyzerEngine = engine.build_engine(
            [ENTITIES[e].recognizer for e in entities], recognizers
        )
        self._language = engine.LANGUAGE
        self._entities = sorted({*entities, *(c.entity for c in custom)})
        self._threshold = score_threshold
        self._candidates = _candidates(entities, custom)
        self._engine.analyze(_WARM_UP, self._language)

    def candidate(self, text: str) -> bool:
        return any(c.search(text) is not None for c in self._candidates)

    def find(self, text: str) -> list[tuple[int, int]]:
        """The ``[start, end)`` offsets of the entities in ``text``."""
        return self.analyze(text) if self.candidate(text) else []

    def analyze(self, text: str) -> list[tuple[int, int]]:
        """``find`` without the prefilter: presidio on any text."""
        results = self._engine.analyze(
            text, self._language, entities=self._entities, score_threshold=self._threshold
        )
        return sorted({(r.start, r.end) for r in results if r.end > r.start})


def _candidates(
    entities: Sequence[str], custom: Sequence[CustomRecognizer]
) -> tuple[regex.Pattern[str], ...]:
    found = []
    if entities:
        found.append(regex.compile("|".join(f"(?:{ENTITIES[e].candidate})" for e in entities)))
    found.extend(regex.compile(p, PRESIDIO_FLAGS) for c in custom for _, p, _ in c.patterns)
    return tuple(found)


# How SentenceStream ends a sentence of its own accord: terminal punctuation (and closers) or a
# line break. A sentence that ends otherwise was cut for length.
_NATURAL_END = regex.compile(r"(?:[.!?\u2026\u3002\uff01\uff1f]+[\"'\u2019\u201d)\]*_]*|\n)\Z")


class PiiDetector:
    def __init__(self, analyzer: PiiAnalyzer, rule: int, *, max_sentence: int = 176) -> None:
        self._analyzer = analyzer
        self._rule = rule
        self._sentences = SentenceStream(max_sentence)
        self._carry = ""  # the tail of a sentence cut for length, analysed again
        self.bound = max_sentence + OVERLAP

    @property
    def hold_point(self) -> int:
        return self._sentences.start - len(self._carry)

    def feed(self, text: str) -> list[Span]:
        return [s for sentence in self._sentences.feed(text) for s in self._check(sentence)]

    def flush(self) -> list[Span]:
        spans = [s for sentence in self._sentences.flush() for s in self._check(sentence)]
        self._carry = ""
        return spans

    def _check(self, sentence: Sentence) -> list[Span]:
        text = self._carry + sentence.text
        base = sentence.start - len(self._carry)
        self._carry = sentence.text[-OVERLAP:] if self._cut(sentence.text) else ""
        return [Span(base + s, base + e, self._rule) for s, e in self._analyzer.find(text)]

    def _cut(self, text: str) -> bool:
        # A sentence of exactly the cap may have been cut there even if it ends like one.
        return len(text) >= self._sentences.max_len or _NATURAL_END.search(text) is None
