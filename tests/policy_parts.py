"""Parts of a shipped policy, for tests of one detector that must not hang on another (a
prompt-leak test on the paraphrase rule, an overlay test on a model's recall)."""

from __future__ import annotations

from guardproxy.policy_compile import CompiledPolicy, compile_policy
from guardproxy.rules import Rule, SafetyHintsRule


def recompiled(compiled: CompiledPolicy, rules: list[Rule]) -> CompiledPolicy:
    """The same policy (hold-back, markers, modes) with these rules and no test cases."""
    return compile_policy(compiled.policy.model_copy(update={"rules": rules, "tests": []}))


def only(compiled: CompiledPolicy, *detectors: str) -> CompiledPolicy:
    """The policy's rules of these detectors alone."""
    return recompiled(compiled, [r for r in compiled.policy.rules if r.detector in detectors])


def without_model(compiled: CompiledPolicy) -> CompiledPolicy:
    """The policy with its safety_hints rules' model off: their phrases and patterns alone."""
    return recompiled(compiled, [
        r.model_copy(update={"model": False}) if isinstance(r, SafetyHintsRule) else r
        for r in compiled.policy.rules])
