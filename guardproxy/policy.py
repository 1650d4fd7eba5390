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
from typing import Literal

import yaml
from pydantic import Field, ValidationError, field_validator

from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.rules import ChannelKind, DetectorBuilder, Mode, Rule, Strict
from guardproxy.sanitizer import Channel, Detector, Region

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
    rules: list[Rule] = Field(min_length=1)

    @field_validator("rules")
    @classmethod
    def _unique_ids(cls, rules: list[Rule]) -> list[Rule]:
        seen: set[str] = set()
        for rule in rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
        return rules


class PolicyError(Exception):
    def __init__(self, source: str, errors: list[str]) -> None:
        self.source = source
        self.errors = errors
        super().__init__("\n".join(f"{source}: {e}" for e in errors))


OnRegion = Callable[[ChannelKind, str, Region], None]


@dataclass(frozen=True)
class CompiledPolicy:
    policy: Policy
    digest: str  # sha256 of the file's bytes, for /readyz and logs
    markers: tuple[str, ...]
    builders: tuple[DetectorBuilder, ...]  # by rule index

    @property
    def name(self) -> str:
        return self.policy.name

    def rule_id(self, index: int) -> str:
        return self.policy.rules[index].id

    def channels(
        self, protected_texts: Sequence[str], on_region: OnRegion | None = None
    ) -> ChannelFactory:
        texts = [t for t in (*self.policy.protected_texts, *protected_texts) if t.strip()]
        index = PromptIndex.build(texts) if texts else None
        return ChannelFactory(self, index, on_region)


class ChannelFactory:
    """Builds the channels of one response, all sharing the request's prompt index."""

    def __init__(
        self, compiled: CompiledPolicy, index: PromptIndex | None, on_region: OnRegion | None
    ) -> None:
        self._compiled = compiled
        self._index = index
        self._on_region = on_region

    def __call__(self, kind: ChannelKind) -> Channel:
        compiled, policy = self._compiled, self._compiled.policy
        enforced: list[Detector] = []
        shadowed: list[Detector] = []
        for i, rule in enumerate(policy.rules):
            if kind in rule.channels:
                into = shadowed if (rule.mode or policy.mode) == "shadow" else enforced
                into.extend(compiled.builders[i](self._index))
        hook = None
        if (on_region := self._on_region) is not None:
            def hook(region: Region) -> None:
                on_region(kind, compiled.rule_id(region.rule), region)

        shadow = Channel(shadowed, compiled.markers, hook, is_shadow=True) if shadowed else None
        return Channel(enforced, compiled.markers, hook, shadow=shadow)


def compile_policy(policy: Policy, digest: str = "") -> CompiledPolicy:
    markers = tuple((rule.marker or policy.marker).format(rule=rule.id) for rule in policy.rules)
    builders = tuple(rule.compile(i, policy.hold_back) for i, rule in enumerate(policy.rules))
    return CompiledPolicy(policy, digest, markers, builders)


def load_policy(path: str | Path) -> CompiledPolicy:
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PolicyError(str(path), [f"cannot read policy: {exc.strerror}"]) from None
    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.line + 1}:{mark.column + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise PolicyError(str(path), [f"{where}invalid YAML: {problem}"]) from None
    try:
        policy = Policy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(str(path), [_describe(err, data) for err in exc.errors()]) from None
    return compile_policy(policy, hashlib.sha256(raw).hexdigest()[:16])


def _describe(err: object, data: object) -> str:
    """`rules[2] (safety-hints).patterns: message` from a pydantic error."""
    assert isinstance(err, dict)
    loc = err["loc"]
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            parts.append(f"[{key}]")
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str) and len(parts) == 2:
                parts.append(f" ({node['id']})")
        else:
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, dict) and key in ("prompt_leak", "safety_hints"):
                continue  # pydantic's discriminator tag, not a key of the file
            else:
                node = None
            parts.append(f".{key}" if parts else str(key))
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{''.join(parts) or 'policy'}: {message}"


def default_policy_path() -> Path:
    return Path(__file__).parent / "policies" / "default.yaml"
