"""`guardproxy check`: a policy's own test cases, run the way the proxy would run them.

A case gives a system prompt and the reasoning and/or content a model produced; it expects
exact outputs, spans a rule must cover, texts that must survive, or a block. Every case is also
fed one character at a time: a streaming result that differs from the one-shot result is a
failure too (it would mean a detector breaks the chunking contract).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import Field, ValidationError

from guardproxy.channels import CHANNEL_KINDS, ChannelKind
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError, read_document, validation_problems
from guardproxy.policy_schema import PolicyTest, unknown_rule_references
from guardproxy.policy_set import sibling_tests_path
from guardproxy.rules import Strict
from guardproxy.sanitizer import Region

__all__ = ["CaseResult", "load_sibling_tests", "run_case"]



@dataclass
class CaseResult:
    name: str
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


@dataclass
class _Outcome:
    output: str = ""
    # Each region with the ids of every rule whose span is in it (the marker's first).
    regions: list[tuple[tuple[str, ...], Region]] = field(default_factory=list)
    blocked: str | None = None


def run_case(compiled: CompiledPolicy, case: PolicyTest) -> CaseResult:
    result = CaseResult(case.name)
    outcomes: dict[ChannelKind, _Outcome] = {}
    for kind in CHANNEL_KINDS:
        text = getattr(case, kind)
        if text is None:
            continue
        outcome = outcomes[kind] = _run(compiled, case, kind, [text])
        streamed = _run(compiled, case, kind, list(text))
        if (streamed.output, streamed.blocked) != (outcome.output, outcome.blocked):
            result.failures.append(f"{kind}: fed one character at a time, the output differs:"
                                   + _diff(outcome.output, streamed.output))
    _check(case, outcomes, result)
    return result


def _run(compiled: CompiledPolicy, case: PolicyTest, kind: ChannelKind,
         chunks: list[str]) -> _Outcome:
    outcome = _Outcome()
    prompts = [case.system_prompt] if case.system_prompt else []

    def found(_kind: ChannelKind, _rule: str, region: Region) -> None:
        ids = tuple(compiled.rule_id(index) for index in region.rules())
        outcome.regions.append((ids, region))

    factory = compiled.channels(prompts, found)
    channel = factory(kind)
    out: list[str] = []
    try:
        out.extend(channel.feed(chunk) for chunk in chunks)
        out.append(channel.flush())
    except Exception as exc:  # a blocking action ends the response; the test says which rule
        rule = getattr(exc, "rule", None)
        if not isinstance(rule, str):
            raise
        outcome.blocked = rule
    outcome.output = "".join(out)
    return outcome


def _check(case: PolicyTest, outcomes: dict[ChannelKind, _Outcome], result: CaseResult) -> None:
    blocked = next((o.blocked for o in outcomes.values() if o.blocked), None)
    if blocked != case.blocked:
        result.failures.append(f"expected blocked by {case.blocked!r}, got {blocked!r}")
    for kind, expected in case.expect.items():
        actual = outcomes[kind].output if kind in outcomes else None
        if actual != expected:
            result.failures.append(f"{kind}: output differs from expect.{kind}:"
                                   + _diff(expected, actual or ""))
    for span in case.redacted:
        text = getattr(case, span.channel)
        outcome = outcomes.get(span.channel)
        if text is None or outcome is None or not _covered(text, span.text, span.rule, outcome):
            result.failures.append(f"{span.channel}: rule {span.rule!r} did not cover "
                                   f"{span.text!r}")
    outputs = " ".join(o.output for o in outcomes.values())
    for kept in case.kept:
        if kept not in outputs:
            result.failures.append(f"expected to come out unchanged: {kept!r}")


def _covered(text: str, target: str, rule: str, outcome: _Outcome) -> bool:
    at = text.find(target)
    if at < 0:
        return False
    end = at + len(target)
    # A rule covers the text when the region over it holds a span of that rule, whether or
    # not its marker is the one shown.
    return any(rule in ids and region.start <= at and region.end >= end
               for ids, region in outcome.regions)


def _diff(expected: str, actual: str) -> str:
    lines = difflib.ndiff(expected.splitlines(keepends=True) or [""],
                          actual.splitlines(keepends=True) or [""])
    return "\n" + "".join(f"      {line}" if line.endswith("\n") else f"      {line}\n"
                          for line in lines).rstrip("\n")


class _TestFile(Strict):
    tests: list[PolicyTest] = Field(default_factory=list)


def load_sibling_tests(compiled: CompiledPolicy, policy_path: Path) -> list[PolicyTest]:
    """The sibling file's cases (a list, or a mapping with `tests:`); none if it is absent.
    Its errors are located like a policy's, and a case naming a rule the policy lacks is one."""
    path = sibling_tests_path(policy_path)
    if not path.exists():
        return []
    _, document = read_document(path)
    if document.data is None:
        return []  # an empty file: no cases yet
    if not isinstance(document.data, dict):
        document = document.nested("tests")  # a bare list of cases
    errors: list[ValidationError] = []
    try:
        cases = _TestFile.model_validate(document.data).tests
    except ValidationError as exc:
        errors.append(exc)
    rule_ids = {rule.id for rule in compiled.policy.rules}
    if unknown := list(unknown_rule_references(document.data.get("tests"), rule_ids,
                                                ("tests",))):
        errors.append(ValidationError.from_exception_data("tests", unknown))
    if errors:
        raise PolicyError(str(path), validation_problems(document, *errors), (path,))
    return cases
