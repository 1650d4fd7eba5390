"""The rules a policy lists: their schema, and the detectors each builds per channel.

Each rule model validates its own options at load and ``compile``s once into a
``DetectorBuilder``: per channel, the builder makes fresh detectors from the request's prompt
index. A new detector kind is a new rule model here plus its module in ``detectors/``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, ClassVar, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from guardproxy.detectors.pii import OVERLAP, CustomRecognizer, PiiAnalyzer, PiiDetector, PiiEntity
from guardproxy.detectors.prompt_leak import PromptIndex, PromptRunDetector, PromptTokenDetector
from guardproxy.detectors.safety_hints import HintMatcher, SafetyHintDetector, compile_hints
from guardproxy.detectors.secrets import (
    BUILTIN,
    SecretPattern,
    SecretsDetector,
    SecretSet,
    check_extend,
    check_head,
)
from guardproxy.sanitizer import Detector

__all__ = [
    "ChannelKind",
    "DetectorBuilder",
    "Mode",
    "PiiRule",
    "PromptLeakRule",
    "Rule",
    "SafetyHintsRule",
    "SecretsRule",
    "Strict",
]

ChannelKind = Literal["reasoning", "content"]
Mode = Literal["enforce", "shadow"]
# Per channel: the request's prompt index (None when it protects nothing) -> fresh detectors.
DetectorBuilder = Callable[[PromptIndex | None], list[Detector]]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _compiles(pattern: str) -> str:
    try:
        compiled = regex.compile(pattern)
    except regex.error as exc:
        raise ValueError(str(exc)) from None
    if compiled.search("") is not None:
        raise ValueError("matches the empty string, so it would redact everything")
    return pattern


class _Rule(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)
    channels: list[ChannelKind] = Field(default=["reasoning"], min_length=1)
    marker: str | None = None  # defaults to the policy's marker
    # shadow: detect, count and log, change nothing (to trial a rule on live traffic)
    mode: Mode | None = None  # defaults to the policy's mode
    # True where its detectors do blocking work (presidio): the proxy runs them off the loop.
    blocking: ClassVar[bool] = False


class PromptLeakRule(_Rule):
    detector: Literal["prompt_leak"]
    min_words: int = Field(default=6, ge=3, le=64)
    protect_tokens: bool = True  # codes, keys, URLs and e-mail addresses of the prompt, alone

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        def build(prompt: PromptIndex | None) -> list[Detector]:
            if prompt is None:
                return []
            found: list[Detector] = [
                PromptRunDetector(prompt, index, min_words=self.min_words,
                                  max_span=hold_back - 56)
            ]
            if self.protect_tokens and prompt.tokens is not None:
                found.append(PromptTokenDetector(prompt, index))
            return found

        return build


class SafetyHintsRule(_Rule):
    detector: Literal["safety_hints"]
    scope: Literal["sentence", "match"] = "sentence"
    phrases: list[Annotated[str, Field(min_length=1)]] = []
    patterns: list[Annotated[str, AfterValidator(_compiles)]] = []
    case_sensitive: bool = False

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        pattern = compile_hints(self.phrases, self.patterns, ignore_case=not self.case_sensitive)
        matcher = HintMatcher(pattern, self.scope)
        return lambda prompt: [SafetyHintDetector(matcher, index, max_sentence=hold_back - 16)]


_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


class PiiPattern(Strict):
    name: str | None = None
    regex: Annotated[str, AfterValidator(_compiles)]
    score: float = Field(default=0.5, ge=0, le=1)


class PiiRecognizer(Strict):
    """A presidio pattern recognizer declared in the policy."""

    name: str = Field(pattern=_NAME, max_length=64)
    entity: str = Field(pattern=r"^[A-Z][A-Z0-9_]*$", max_length=64)
    patterns: list[PiiPattern] = Field(min_length=1)
    context: list[Annotated[str, Field(min_length=1)]] = []  # words that raise the score

    def custom(self) -> CustomRecognizer:
        patterns = tuple(
            (p.name or f"{self.name}-{i}", p.regex, p.score) for i, p in enumerate(self.patterns)
        )
        return CustomRecognizer(self.name, self.entity, patterns, tuple(self.context))


class PiiRule(_Rule):
    detector: Literal["pii"]
    blocking: ClassVar[bool] = True
    entities: list[PiiEntity] = [
        "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
    ]
    score_threshold: float = Field(default=0.5, ge=0, le=1)
    recognizers: list[PiiRecognizer] = []

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        custom = [r.custom() for r in self.recognizers]
        analyzer = PiiAnalyzer(self.entities, self.score_threshold, custom)
        size = hold_back - 16 - OVERLAP
        return lambda prompt: [PiiDetector(analyzer, index, max_sentence=size)]


class SecretPatternSpec(Strict):
    name: str = Field(pattern=_NAME, max_length=64)
    regex: Annotated[str, AfterValidator(check_head)]  # `re` syntax, at most 160 characters wide
    extend: Annotated[str, AfterValidator(check_extend)] | None = None  # one character class
    min_entropy: float = Field(default=0.0, ge=0, le=8)

    def build(self) -> SecretPattern:
        return SecretPattern.build(self.name, self.regex, extend=self.extend,
                                   min_entropy=self.min_entropy)


class SecretsRule(_Rule):
    detector: Literal["secrets"]
    builtin: list[str] = list(BUILTIN)  # which built-in kinds; every one by default
    patterns: list[SecretPatternSpec] = []

    @field_validator("builtin")
    @classmethod
    def _known(cls, names: list[str]) -> list[str]:
        unknown = [n for n in names if n not in BUILTIN]
        if unknown:
            raise ValueError(f"unknown secret kinds {unknown} (known: {', '.join(BUILTIN)})")
        return names

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        secrets = SecretSet.of(self.builtin, [p.build() for p in self.patterns])
        return lambda prompt: [SecretsDetector(secrets, index)] if secrets.patterns else []


Rule = Annotated[
    PromptLeakRule | SafetyHintsRule | PiiRule | SecretsRule, Field(discriminator="detector")
]
