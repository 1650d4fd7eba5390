"""The rules a policy lists: their schema, and the detectors each builds per channel.

Each rule model validates its own options at load and ``compile``s once into a
``DetectorBuilder``: per channel, the builder makes fresh detectors from the request's prompt
index. A new detector kind is a new rule model here plus its module in ``detectors/``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from guardproxy.detectors.prompt_leak import PromptIndex, PromptRunDetector, PromptTokenDetector
from guardproxy.detectors.safety_hints import HintMatcher, SafetyHintDetector, compile_hints
from guardproxy.sanitizer import Detector

__all__ = [
    "ChannelKind",
    "DetectorBuilder",
    "Mode",
    "PromptLeakRule",
    "Rule",
    "SafetyHintsRule",
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


Rule = Annotated[PromptLeakRule | SafetyHintsRule, Field(discriminator="detector")]
