"""Policy files: the YAML schema (validated strictly at load) and its compiled form.

A policy lists rules; each rule names a detector, the channel kinds it watches and the marker
that replaces what it finds. Compiling a policy compiles every pattern once; per request the
compiled policy builds fresh channels from the request's protected texts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, ValidationInfo, field_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.rules import ChannelKind, DetectorBuilder, Mode, Rule, Strict
from guardproxy.sanitizer import Action, Channel, Detector, Region
from guardproxy.yamlpos import Position, YamlDocument, YamlSyntaxError, parse

__all__ = [
    "ChannelKind",
    "CompiledPolicy",
    "InlineThink",
    "Policy",
    "PolicyError",
    "compile_policy",
    "default_policy_path",
    "load_policy",
]


class InlineThink(Strict):
    """How `<think>...</think>` inside `content` is split into reasoning and answer."""

    enabled: bool = True
    # Templates that pre-fill `<think>` (Qwen3-2507, DeepSeek-R1) make the model emit only
    # `</think>`: with `prefilled: true` content before a lone `</think>` is reasoning.
    prefilled: bool = False


class Selector(Strict):
    """Which requests a policy serves when several are loaded (every given list must match).

    Selection is operator configuration only: a client cannot pick a policy by any header.
    """

    models: list[str] = Field(default_factory=list)  # globs on the request's `model`
    paths: list[str] = Field(default_factory=list)  # globs on the route path
    tenants: list[str] = Field(default_factory=list)  # values of the trusted tenant header


class ExpectedSpan(Strict):
    rule: str
    text: str  # original text the rule must cover (in the channel named by `channel`)
    channel: ChannelKind = "reasoning"


class PolicyTest(Strict):
    """A test case run by `guardproxy check`: inputs, and what must come out."""

    name: str = Field(min_length=1)
    system_prompt: str = ""
    reasoning: str | None = None
    content: str | None = None
    expect: dict[ChannelKind, str] = Field(default_factory=dict)  # exact outputs
    redacted: list[ExpectedSpan] = Field(default_factory=list)
    kept: list[str] = Field(default_factory=list)  # texts that must come out unchanged
    blocked: str | None = None  # id of the rule expected to block the response


class Policy(Strict):
    version: Literal[1]
    name: str = Field(min_length=1, max_length=64)
    description: str = ""
    marker: str = "[redacted:{rule}]"
    mode: Mode = "enforce"
    # The most characters a channel may hold back while deciding; a bound, not a delay.
    hold_back: int = Field(default=256, ge=192, le=4096)
    inline_think: InlineThink = InlineThink()
    # Texts protected in every request, for prompts the model server adds itself.
    protected_texts: list[str] = Field(default_factory=list)
    # The same, read from files at load (paths relative to the policy file's directory).
    protected_files: list[str] = Field(default_factory=list)
    # What a channel does when a detector raises: withhold and end the response with an error,
    # or pass the rest of the channel's text through unscanned (counted and logged).
    on_error: Literal["fail_closed", "fail_open"] = "fail_closed"
    retrieval: Literal["refuse", "allow"] = Field(
        default="refuse",
        description="stored objects fetched back (`GET /v1/responses/{id}`, stored chat "
        "completions, their messages and input items, list routes): `refuse` (403) or "
        "`allow`, scanned with the protected texts of the request that created each object",
    )
    rules: list[Rule] = Field(min_length=1)
    select: Selector | None = None  # None: the fallback policy of its directory
    tests: list[PolicyTest] = Field(default_factory=list)

    @field_validator("rules")
    @classmethod
    def _unique_ids(cls, rules: list[Rule]) -> list[Rule]:
        first: dict[str, int] = {}
        for index, rule in enumerate(rules):
            if rule.id in first:
                raise PydanticCustomError(
                    "duplicate_rule_id", "duplicate rule id '{id}', first used by rules[{first}]",
                    {"id": rule.id, "first": first[rule.id], "at": [index, "id"]},
                )
            first[rule.id] = index
        return rules

    @field_validator("tests")
    @classmethod
    def _known_rules(cls, tests: list[PolicyTest], info: ValidationInfo) -> list[PolicyTest]:
        rules = {rule.id for rule in info.data.get("rules", [])}
        for index, case in enumerate(tests):
            named: list[tuple[list[str | int], str]] = [
                (["redacted", i, "rule"], span.rule) for i, span in enumerate(case.redacted)
            ]
            if case.blocked:
                named.append((["blocked"], case.blocked))
            for where, rule in named:
                if rule not in rules:
                    raise PydanticCustomError(
                        "unknown_rule", "no rule has the id '{rule}'",
                        {"rule": rule, "at": [index, *where]},
                    )
        return tests


@dataclass(frozen=True, slots=True)
class Problem:
    position: Position | None  # where in the file, when known
    message: str

    def __str__(self) -> str:
        return f"{self.position}: {self.message}" if self.position else self.message


class PolicyError(Exception):
    """Everything wrong with one policy file, each as `file:line:col: where: what`."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(self.lines))

    @property
    def lines(self) -> list[str]:
        return [
            f"{self.source}:{p}" if p.position else f"{self.source}: {p}" for p in self.problems
        ]

    @property
    def errors(self) -> list[str]:
        return [str(p) for p in self.problems]


OnRegion = Callable[[ChannelKind, str, Region], None]
OnError = Callable[[ChannelKind, Exception], None]


@dataclass(frozen=True)
class CompiledPolicy:
    policy: Policy
    digest: str  # sha256 of the file's bytes, for /readyz and logs
    markers: tuple[str, ...]
    builders: tuple[DetectorBuilder, ...]  # by rule index
    actions: tuple[Action, ...] = ()  # by rule index

    @property
    def canary(self) -> bool:
        """Whether requests get a canary in their system prompt (a `canary` rule exists)."""
        return any(rule.uses_canary for rule in self.policy.rules)

    @property
    def name(self) -> str:
        return self.policy.name

    @property
    def blocking(self) -> bool:
        """Whether scanning blocks (presidio): the proxy then scans whole responses in a
        worker thread."""
        return any(rule.blocking for rule in self.policy.rules)

    def rule_id(self, index: int) -> str:
        return self.policy.rules[index].id

    def channels(
        self, protected_texts: Sequence[str], on_region: OnRegion | None = None, *,
        canary: str | None = None, on_error: OnError | None = None,
    ) -> ChannelFactory:
        """The channels of one response; ``canary`` is the token its request carried."""
        texts = [t for t in (*self.policy.protected_texts, *protected_texts) if t.strip()]
        index = PromptIndex.build(texts) if texts else None
        canary_index = PromptIndex.of_tokens([canary]) if canary else None
        return ChannelFactory(self, index, on_region, canary_index, on_error)


class ChannelFactory:
    """Builds the channels of one response, all sharing the request's prompt index."""

    def __init__(
        self, compiled: CompiledPolicy, index: PromptIndex | None, on_region: OnRegion | None,
        canary: PromptIndex | None = None, on_error: OnError | None = None,
    ) -> None:
        self._compiled = compiled
        self._index = index
        self._on_region = on_region
        self._canary = canary
        self._on_error = on_error

    def __call__(self, kind: ChannelKind) -> Channel:
        compiled, policy = self._compiled, self._compiled.policy
        enforced: list[Detector] = []
        shadowed: list[Detector] = []
        for i, rule in enumerate(policy.rules):
            if kind in rule.channels:
                shadow = (rule.mode or policy.mode) == "shadow" or rule.action == "audit"
                index = self._canary if rule.uses_canary else self._index
                (shadowed if shadow else enforced).extend(compiled.builders[i](index))
        hook = None
        if (on_region := self._on_region) is not None:
            def hook(region: Region) -> None:
                on_region(kind, compiled.rule_id(region.rule), region)

        failed = None
        if (on_error := self._on_error) is not None:
            def failed(exc: Exception) -> None:
                on_error(kind, exc)

        names = tuple(rule.id for rule in policy.rules)
        # A shadow channel changes no output, so a failure there never costs the response.
        shadow_channel = (
            Channel(shadowed, compiled.markers, hook, is_shadow=True, fail_open=True,
                    on_error=failed)
            if shadowed else None
        )
        return Channel(enforced, compiled.markers, hook, shadow=shadow_channel,
                       actions=compiled.actions, names=names,
                       fail_open=policy.on_error == "fail_open", on_error=failed)


def compile_policy(policy: Policy, digest: str = "") -> CompiledPolicy:
    markers = tuple(_marker(policy, rule) for rule in policy.rules)
    builders = tuple(rule.compile(i, policy.hold_back) for i, rule in enumerate(policy.rules))
    actions = tuple(rule.action for rule in policy.rules)
    return CompiledPolicy(policy, digest, markers, builders, actions)


def _marker(policy: Policy, rule: Rule) -> str:
    """What replaces a region: a mask has a fixed width, so it tells nothing of the length."""
    if rule.action == "mask":
        return rule.mask_char * rule.mask_width
    return (rule.marker or policy.marker).format(rule=rule.id)


def load_policy(path: str | Path) -> CompiledPolicy:
    """Read, validate and compile a policy file; every problem is reported at once."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problem = Problem(None, f"cannot read policy: {exc.strerror}")
        raise PolicyError(str(path), [problem]) from None
    try:
        document = parse(raw)
    except YamlSyntaxError as exc:
        problem = Problem(exc.position, f"invalid YAML: {exc.problem}")
        raise PolicyError(str(path), [problem]) from None
    try:
        policy = Policy.model_validate(document.data)
    except ValidationError as exc:
        problems = [_problem(err, document) for err in exc.errors()]
        raise PolicyError(str(path), problems) from None
    digest = hashlib.sha256(raw)
    if policy.protected_files:
        texts = _protected_files(path, policy, document)
        for text in texts:
            digest.update(text.encode())  # /readyz shows when a protected file changed
        policy = policy.model_copy(update={"protected_texts": [*policy.protected_texts, *texts]})
    return compile_policy(policy, digest.hexdigest()[:16])


def _protected_files(path: Path, policy: Policy, document: YamlDocument) -> list[str]:
    """The texts of `protected_files`, read now, relative to the policy's directory."""
    texts: list[str] = []
    problems: list[Problem] = []
    for i, name in enumerate(policy.protected_files):
        file = path.parent / name
        try:
            texts.append(file.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            where = document.locate(["protected_files", i])
            problems.append(Problem(where, f"protected_files[{i}]: cannot read {file}: {why}"))
    if problems:
        raise PolicyError(str(path), problems)
    return texts


def _problem(err: ErrorDetails, document: YamlDocument) -> Problem:
    """`rules[2] (safety-hints).patterns[0]: message`, at the line and column it points to."""
    path: list[str | int] = []
    words: list[str] = []
    node = document.data
    for step in err["loc"]:
        if isinstance(node, dict) and step not in node and step == node.get("detector"):
            continue  # pydantic names the union member by its tag: not a key of the file
        path.append(step)
        node = _get(node, step)
        if isinstance(step, int):
            words.append(f"[{step}]")
            if len(path) == 2 and path[0] == "rules" and isinstance(node, dict):
                words.append(f" ({node.get('id', '?')})")
        else:
            words.append(f".{step}" if words else str(step))
    for step in (err.get("ctx") or {}).get("at", []):  # our own errors say where, deeper
        path.append(step)
        words.append(f"[{step}]" if isinstance(step, int) else f".{step}")
    where = document.locate(path, key=err["type"] == "extra_forbidden")
    return Problem(where, f"{''.join(words) or 'policy'}: {_message(err)}")


def _get(node: Any, step: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(step)
    if isinstance(node, list) and isinstance(step, int) and step < len(node):
        return node[step]
    return None


def _message(err: ErrorDetails) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind == "union_tag_invalid":
        ctx = err.get("ctx") or {}
        return f"unknown detector {ctx.get('tag')!r} (expected one of {ctx.get('expected_tags')})"
    return str(err["msg"]).removeprefix("Value error, ")


def default_policy_path() -> Path:
    return Path(__file__).parent / "policies" / "default.yaml"
