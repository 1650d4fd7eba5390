"""A validated policy, compiled once: markers rendered, every pattern compiled; per response it
builds fresh channels from the request's protected texts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from guardproxy.channels import ChannelKind
from guardproxy.detectors.judges import SentenceJudge
from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.leak_budget import Coverage, CoverageDetector
from guardproxy.policy_schema import Policy
from guardproxy.rules import DetectorBuilder, Rule, render_marker
from guardproxy.sanitizer import Action, Channel, Detector, Reader, Region
from guardproxy.segment import MAX_WORD
from guardproxy.visible import VisibleText

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
        if index is not None:
            for rule in self.policy.rules:
                rule.warm(index)
        canary_index = PromptIndex.of_tokens([canary]) if canary else None
        if coverage is not None:
            coverage.bind(index.written - 2 if index is not None else 0)
        return ChannelFactory(self, index, on_region, canary_index, on_error,
                              coverage if index is not None else None)

    def judges(self, protected_texts: Sequence[str]) -> list[SentenceJudge | None]:
        """Each rule's learned judge of sentences, if it has one, for these protected texts
        (``guardproxy scan --explain`` asks them why a sentence was flagged)."""
        texts = self.budget_texts(protected_texts)
        index = PromptIndex.build(texts) if texts else None
        return [rule.judge_of(index) for rule in self.policy.rules]

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
        # One leak state per kind for the whole response: the kind's reader (and its shadow
        # rules' reader) keeps the end of its text and reads it where channels overlap.
        self._readers: dict[tuple[ChannelKind, bool], Reader] = {}

    def __call__(self, kind: ChannelKind, *, shared: bool = False,
                 copy: bool = False) -> Channel:
        enforced = self._with_reader(kind, False, shared)
        shadowed = self._with_reader(kind, True, shared) if self._has_shadow(kind) else None
        return self._channel(kind, enforced, shadowed, copy)

    def _with_reader(self, kind: ChannelKind, shadowed: bool, shared: bool
                     ) -> tuple[list[Detector], Reader | None]:
        """A channel's detectors, and (``shared``) its kind's reader."""
        detectors = self._detectors(kind, shadowed)
        if not shared:
            return detectors, None
        reader = self._readers.get((kind, shadowed))
        if reader is None:
            reader = self._readers[kind, shadowed] = Reader(
                partial(self._detectors, kind, shadowed),
                max((d.bound for d in detectors), default=0))
        return detectors, reader

    def _has_shadow(self, kind: ChannelKind) -> bool:
        return any(kind in rule.channels and self._shadowed(rule)
                   for rule in self._compiled.policy.rules)

    def _shadowed(self, rule: Rule) -> bool:
        """Whether a rule only reports what it would do (shadow mode, ``audit`` action)."""
        return (rule.mode or self._compiled.policy.mode) == "shadow" or rule.action == "audit"

    def _detectors(self, kind: ChannelKind, shadowed: bool) -> list[Detector]:
        """Fresh detectors of the kind's rules: the enforced ones, or the shadow ones (shadow
        mode, ``audit`` action)."""
        compiled, policy = self._compiled, self._compiled.policy
        out: list[Detector] = []
        budget_rule: int | None = None  # the rule whose marker a spent budget shows
        for i, rule in enumerate(policy.rules):
            if kind in rule.channels:
                shadow = self._shadowed(rule)
                if shadow == shadowed:
                    index = self._canary if rule.uses_canary else self._index
                    out.extend(compiled.builders[i](index))
                if budget_rule is None and not shadow and rule.detector == "prompt_leak":
                    budget_rule = i
        if not shadowed and budget_rule is not None and self.coverage is not None \
                and self._index is not None:
            out.append(CoverageDetector(self._index, self.coverage, budget_rule, BUDGET_BOUND))
        # They read the visible characters (guardproxy.visible): invisible padding counts
        # toward no window.
        return [VisibleText(out)] if out else []

    def _channel(self, kind: ChannelKind, enforced: tuple[list[Detector], Reader | None],
                 shadowed: tuple[list[Detector], Reader | None] | None, copy: bool = False
                 ) -> Channel:
        compiled, policy = self._compiled, self._compiled.policy
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
            Channel(shadowed[0], compiled.markers, hook, is_shadow=True, fail_open=True,
                    on_error=failed, kind=shadowed[1], copy=copy)
            if shadowed is not None else None
        )
        return Channel(enforced[0], compiled.markers, hook, shadow=shadow_channel,
                       actions=compiled.actions, names=names,
                       fail_open=policy.on_error == "fail_open", on_error=failed,
                       kind=enforced[1], copy=copy)


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
    return render_marker(rule.marker or policy.marker, rule.label or rule.id)
