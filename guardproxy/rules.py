"""The rules a policy lists: their schema, and the detectors each builds per channel.

Each rule model validates its own options at load and ``compile``s once into a
``DetectorBuilder``: per channel, the builder makes fresh detectors from the request's prompt
index. A new detector kind is a new rule model here plus its module in ``detectors/``.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from typing import Annotated, ClassVar, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from guardproxy.channels import ChannelKind
from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.encoded import (
    ENCODINGS,
    EncodedDetector,
    Encoding,
    EscapedDetector,
)
from guardproxy.detectors.judges import (
    Examples,
    NarrationJudge,
    SentenceJudge,
)
from guardproxy.detectors.paraphrase_model import packaged_calibration
from guardproxy.detectors.pii import OVERLAP, CustomRecognizer, PiiAnalyzer, PiiDetector, PiiEntity
from guardproxy.detectors.prompt_leak import (
    LetterReader,
    PromptIndex,
    RunReader,
    WordDetector,
    WordReader,
    contains_leak,
)
from guardproxy.detectors.prompt_paraphrase import (
    ParaphraseJudge,
    paraphrase_detector,
    paraphrase_scorer,
)
from guardproxy.detectors.safety_hints import (
    CARRY,
    HintMatcher,
    SafetyHintDetector,
    compile_hints,
)
from guardproxy.detectors.secrets import (
    BUILTIN,
    SecretPattern,
    SecretsDetector,
    SecretSet,
    check_extend,
    check_head,
)
from guardproxy.detectors.shared_narration import packaged_shared_narration
from guardproxy.extras import missing
from guardproxy.regex_guard import check_backtracking
from guardproxy.sanitizer import Action, Detector, Mode

__all__ = [
    "CanaryRule",
    "ChannelKind",
    "DetectorBuilder",
    "HintExamples",
    "MarkerTemplate",
    "PiiRule",
    "PromptLeakRule",
    "PromptParaphraseRule",
    "Rule",
    "SafetyHintsRule",
    "SecretsRule",
    "Strict",
    "render_marker",
    "shows_rule",
]

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
    check_backtracking(pattern)
    return pattern


def render_marker(template: str, rule_id: str) -> str:
    """A marker template with its rule's label (by default its id) in place of ``{rule}``."""
    return template.format(rule=rule_id)


def shows_rule(template: str) -> bool:
    """Whether a marker template has a ``{rule}`` placeholder (a broken one is reported by
    ``_check_marker``: counted as having it, so that only one error is raised)."""
    try:
        return any(name == "rule" for _, name, _, _ in string.Formatter().parse(template))
    except ValueError:
        return True


def _check_marker(template: str) -> str:
    """Rejects at load a template that ``render_marker`` could not fill in."""
    try:
        fields = [(name, spec, conversion)
                  for _, name, spec, conversion in string.Formatter().parse(template)
                  if name is not None]
    except ValueError as exc:  # a lone brace
        raise ValueError(f"unbalanced braces ({exc}); write {{{{ and }}}} for a literal brace"
                         ) from None
    for name, spec, conversion in fields:
        if (name, spec, conversion) != ("rule", "", None):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (
                f":{spec}" if spec else "") + "}"
            raise ValueError(f"unknown placeholder {shown}: the only one is {{rule}} (write "
                             "{{ and }} for a literal brace)")
    return template


# A marker template: `{rule}` stands for the rule's id.
MarkerTemplate = Annotated[str, AfterValidator(_check_marker)]


class _Rule(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)
    channels: list[ChannelKind] = Field(default=["reasoning"], min_length=1)
    marker: MarkerTemplate | None = None  # defaults to the policy's marker
    # The name the marker shows for `{rule}` (default: the id): rules that should look alike
    # to the client (a quoted and a retold prompt) share a label and keep their own ids, which
    # metrics, the audit log and --explain report.
    label: str | None = Field(default=None, pattern=r"^[a-z0-9][a-z0-9_.-]*$", max_length=64)
    # shadow: detect, count and log, change nothing (to trial a rule on live traffic)
    mode: Mode | None = None  # defaults to the policy's mode
    # redact: the marker; mask: mask_char x mask_width; drop: the rest of the channel goes;
    # block: the response ends with an error; audit: as mode shadow
    action: Action = "redact"
    mask_char: str = Field(default="\u2588", min_length=1, max_length=1)
    mask_width: int = Field(default=8, ge=1, le=64)
    # True where its detectors do blocking work (presidio): whole responses are then scanned
    # off the event loop.
    blocking: ClassVar[bool] = False
    # True where its detectors protect the request's canary rather than its prompt.
    uses_canary: ClassVar[bool] = False

    def warm(self, prompt: PromptIndex) -> None:
        """Build ahead what its detectors need of a request's prompt, where the prompt is
        indexed (a worker thread for a large one), rather than per channel."""

    def judge_of(self, prompt: PromptIndex | None) -> SentenceJudge | None:
        """Its learned judge of sentences, if it has one (`guardproxy scan --explain`)."""
        return None


class PromptLeakRule(_Rule):
    detector: Literal["prompt_leak"]
    min_words: int = Field(default=6, ge=3, le=64)
    protect_tokens: bool = True  # codes, keys, URLs and e-mail addresses of the prompt, alone
    letter_spaced: bool = True  # the prompt spelled out letter by letter
    # decoded and checked; escapes: \\x.., \\u...., &#..; and %.. runs
    encodings: list[Encoding] = list(ENCODINGS)

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        encodings = frozenset(self.encodings)

        def check(prompt: PromptIndex) -> Callable[[str], bool]:
            return lambda text: contains_leak(prompt, text, min_words=self.min_words,
                                              tokens=self.protect_tokens)

        def build(prompt: PromptIndex | None) -> list[Detector]:
            if prompt is None:
                return []
            readers: list[WordReader] = [
                RunReader(prompt, index, min_words=self.min_words, max_span=hold_back - 56)
            ]
            tokens = self.protect_tokens and bool(prompt.tokens)
            if tokens or self.letter_spaced:
                readers.append(LetterReader(prompt, index, tokens=tokens,
                                            spaced=self.letter_spaced, bound=hold_back - 16))
            found: list[Detector] = [WordDetector(readers)]
            if encodings:
                found.append(EncodedDetector(check(prompt), index, encodings=encodings,
                                             bound=hold_back - 16))
                found.append(EscapedDetector(check(prompt), index, encodings=encodings,
                                             bound=hold_back - 16))
            return found

        return build


class CanaryRule(_Rule):
    """A random token added to the system prompt sent upstream, per request: seen in the output
    (spelled out, encoded or disguised too), it proves a leak."""

    detector: Literal["canary"]
    channels: list[ChannelKind] = Field(default=["reasoning", "content", "tools"],
                                        min_length=1)
    action: Action = "block"
    uses_canary: ClassVar[bool] = True

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        encodings = frozenset(ENCODINGS)

        def build(canary: PromptIndex | None) -> list[Detector]:
            if canary is None:
                return []
            return [
                WordDetector([LetterReader(canary, index, bound=hold_back - 16)]),
                EncodedDetector(lambda text: contains_leak(canary, text), index,
                                encodings=encodings, bound=hold_back - 16),
                EscapedDetector(lambda text: contains_leak(canary, text), index,
                                encodings=encodings, bound=hold_back - 16),
            ]

        return build


class HintExamples(Strict):
    """Sentences that teach a rule's model: one at least ``similarity`` (cosine) close to an
    output sentence decides it, the nearest first (guardproxy.detectors.judges)."""

    catch: list[Annotated[str, Field(min_length=1)]] = []  # sentences to redact
    allow: list[Annotated[str, Field(min_length=1)]] = []  # sentences to leave alone
    similarity: float = Field(default=0.85, gt=0, le=1)


class SafetyHintsRule(_Rule):
    detector: Literal["safety_hints"]
    scope: Literal["sentence", "match"] = "sentence"
    phrases: list[Annotated[str, Field(min_length=1)]] = []
    patterns: list[Annotated[str, AfterValidator(_compiles)]] = []
    case_sensitive: bool = False
    # The packaged narration model judges each sentence the phrases and patterns leave alone;
    # it redacts the whole sentence whatever the scope.
    model: bool = False
    # The narration score that redacts; None: the model's calibrated threshold.
    threshold: float | None = Field(default=None, gt=0, lt=1)
    examples: HintExamples = HintExamples()

    @model_validator(mode="after")
    def _something_to_find(self) -> SafetyHintsRule:
        if not (self.model or self.phrases or self.patterns):
            raise ValueError("finds nothing: give phrases, patterns or `model: true`")
        if (self.examples.catch or self.examples.allow) and not self.model:
            raise ValueError("examples teach the model: they need `model: true`")
        return self

    @model_validator(mode="after")
    def _compiles_together(self) -> SafetyHintsRule:
        """Each pattern compiles alone; joined into one they must too (a `(?x)` comment would
        swallow what follows it)."""
        try:
            compile_hints(self.phrases, self.patterns, ignore_case=not self.case_sensitive)
        except regex.error as exc:
            why = str(exc).split(" at position")[0]  # a position in the joined pattern
            raise ValueError(f"patterns: joined into one pattern they do not compile: {why}"
                             ) from None
        return self

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        matcher = None
        if self.phrases or self.patterns:
            pattern = compile_hints(self.phrases, self.patterns,
                                    ignore_case=not self.case_sensitive)
            matcher = HintMatcher(pattern, self.scope, fold_case=not self.case_sensitive)
        judge = self.judge_of(None)  # the examples embedded once, at load
        size = hold_back - 16 - CARRY
        return lambda prompt: [SafetyHintDetector(matcher, index, max_sentence=size,
                                                   judge=judge)]

    def judge_of(self, prompt: PromptIndex | None) -> SentenceJudge | None:
        if not self.model:
            return None
        # The shared model: the paraphrase rule reads the same sentence's log-odds.
        embedder, model = packaged_embedder(), packaged_shared_narration()
        examples = Examples.embed(embedder, self.examples.catch, self.examples.allow,
                                  self.examples.similarity)
        threshold = model.threshold if self.threshold is None else self.threshold
        return NarrationJudge(model, embedder, threshold, examples)


class PromptParaphraseRule(_Rule):
    """Sentences that retell a protected sentence in other words (by meaning: the packaged
    paraphrase model), redacted whole."""

    detector: Literal["prompt_paraphrase"]
    # The paraphrase score that redacts; None: the model's calibrated threshold.
    threshold: float | None = Field(default=None, gt=0, lt=1)

    def warm(self, prompt: PromptIndex) -> None:
        paraphrase_scorer(prompt)

    def compile(self, index: int, hold_back: int) -> DetectorBuilder:
        size = hold_back - 16 - CARRY
        threshold = self._threshold()

        def build(prompt: PromptIndex | None) -> list[Detector]:
            if prompt is None:
                return []
            found = paraphrase_detector(prompt, index, threshold, max_sentence=size)
            return [found] if found is not None else []

        return build

    def judge_of(self, prompt: PromptIndex | None) -> SentenceJudge | None:
        scorer = paraphrase_scorer(prompt) if prompt is not None else None
        return ParaphraseJudge(scorer, self._threshold()) if scorer is not None else None

    def _threshold(self) -> float:
        return packaged_calibration().threshold if self.threshold is None else self.threshold


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

    @model_validator(mode="after")
    def _presidio_installed(self) -> PiiRule:
        # At load, so the error points at the rule's line in the policy file.
        if problem := missing("pii", "detector: pii"):
            raise ValueError(problem)
        return self

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
    PromptLeakRule | PromptParaphraseRule | SafetyHintsRule | PiiRule | SecretsRule | CanaryRule,
    Field(discriminator="detector"),
]
