"""A validated policy, compiled once: markers rendered, every pattern compiled; per response it
builds fresh channels from the request's protected texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from guardproxy.channels import ChannelKind
from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.leak_budget import Coverage, CoverageDetector
from guardproxy.policy_schema import Policy
from guardproxy.rules import DetectorBuilder, Rule, render_marker
from guardproxy.sanitizer import Action, Channel, Detector, KindState, Region
from guardproxy.segment import MAX_WORD

__all__ = ["ChannelFactory", "CompiledPolicy", "OnError", "OnRegion", "compile_policy"]

# A prompt window's span (three words and the gaps between them) at most: within every
# policy's hold_back (192 or more).
BUDGET_BOUND = 3 * MAX_WORD + 64

OnRegion = Callable[[ChannelKind, str, Region], None]
OnError = Callable[[ChannelKind, Exception], None]


@dataclass(frozen=True)
class CompiledPolicy:
    policy: Policy
    digest: str  # sha256 of the file's bytes, for /readyz and logs
    markers: tuple[str, ...]
    builders: tuple[DetectorBuilder, ...]  # by rule index
    actions: tuple[Action, ...] = ()  # by rule index
    # The files it was read from: the policy file, then its protected files (none when built
    # in code). A change to any of them is a reason to reload.
    sources: tuple[Path, ...] = ()

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
        coverage: Coverage | None = None,
    ) -> ChannelFactory:
        """The channels of one response; ``canary`` is the token its request carried,
        ``coverage`` the caller's leak budget for these texts (``budget_texts``)."""
        texts = self.budget_texts(protected_texts)
        index = PromptIndex.build(texts) if texts else None
        canary_index = PromptIndex.of_tokens([canary]) if canary else None
        if coverage is not None:
            coverage.bind(index.written - 2 if index is not None else 0)
        return ChannelFactory(self, index, on_region, canary_index, on_error,
                              coverage if index is not None else None)

    def budget_texts(self, protected_texts: Sequence[str]) -> list[str]:
        """The texts a response is protecting: the policy's and the request's."""
        return [t for t in (*self.policy.protected_texts, *protected_texts) if t.strip()]


class ChannelFactory:
    """Builds the channels of one response, all sharing the request's prompt index (the
    implementation of ``guardproxy.channels.ChannelFactory`` the codecs are given)."""

    def __init__(
        self, compiled: CompiledPolicy, index: PromptIndex | None, on_region: OnRegion | None,
        canary: PromptIndex | None = None, on_error: OnError | None = None,
        coverage: Coverage | None = None,
    ) -> None:
        self._compiled = compiled
        self._index = index
        self._on_region = on_region
        self._canary = canary
        self._on_error = on_error
        self.coverage = coverage
        # One leak state per kind for the whole response (sanitizer.KindState): every shared
        # channel of a kind continues the run the ones before it were in.
        self._states: dict[ChannelKind, KindState] = {}

    def __call__(self, kind: ChannelKind, *, shared: bool = False) -> Channel:
        channel = self._channel(kind)
        if not shared:
            return channel
        state = self._states.get(kind)
        if state is None:
            state = self._states[kind] = KindState(channel.bound)
        channel.prime(state)
        return channel

    def _channel(self, kind: ChannelKind) -> Channel:
        compiled, policy = self._compiled, self._compiled.policy
        enforced: list[Detector] = []
        shadowed: list[Detector] = []
        budget_rule: int | None = None  # the rule whose marker a spent budget shows
        for i, rule in enumerate(policy.rules):
            if kind in rule.channels:
                shadow = (rule.mode or policy.mode) == "shadow" or rule.action == "audit"
                index = self._canary if rule.uses_canary else self._index
                (shadowed if shadow else enforced).extend(compiled.builders[i](index))
                if budget_rule is None and not shadow and rule.detector == "prompt_leak":
                    budget_rule = i
        if budget_rule is not None and self.coverage is not None and self._index is not None:
            enforced.append(CoverageDetector(self._index, self.coverage, budget_rule,
                                             BUDGET_BOUND))
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


def compile_policy(policy: Policy, digest: str = "",
                   sources: tuple[Path, ...] = ()) -> CompiledPolicy:
    markers = tuple(_marker(policy, rule) for rule in policy.rules)
    builders = tuple(rule.compile(i, policy.hold_back) for i, rule in enumerate(policy.rules))
    actions = tuple(rule.action for rule in policy.rules)
    return CompiledPolicy(policy, digest, markers, builders, actions, sources)


def _marker(policy: Policy, rule: Rule) -> str:
    """What replaces a region: a mask has a fixed width, so it tells nothing of the length."""
    if rule.action == "mask":
        return rule.mask_char * rule.mask_width
    return render_marker(rule.marker or policy.marker, rule.id)
