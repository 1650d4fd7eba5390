"""The policy file's schema: what a policy may say, validated strictly (pydantic).

A policy lists rules (their own models are in ``rules``); each names a detector, the channel
kinds it watches and what happens to what it finds. Rule ids are cross-checked on the rules as
written, so every problem of a file is reported at once: a duplicate id beside any other error,
and a test case naming a rule that exists but is itself broken is not called unknown.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, Literal, get_args

from pydantic import Field, ModelWrapValidatorHandler, ValidationError, model_validator
from pydantic_core import ErrorDetails, InitErrorDetails, PydanticCustomError
from pydantic_core.core_schema import ErrorType

from guardproxy.channels import ChannelKind, InlineThink
from guardproxy.rules import MarkerTemplate, Rule, Strict, shows_rule
from guardproxy.sanitizer import Mode

__all__ = [
    "ExpectedSpan",
    "InlineThink",
    "Policy",
    "PolicyTest",
    "Selector",
    "unknown_rule_references",
]


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
    tools: str | None = None  # a tool call's text (an argument, a name)
    expect: dict[ChannelKind, str] = Field(default_factory=dict)  # exact outputs
    redacted: list[ExpectedSpan] = Field(default_factory=list)
    kept: list[str] = Field(default_factory=list)  # texts that must come out unchanged
    blocked: str | None = None  # id of the rule expected to block the response


class LeakBudget(Strict):
    """The per-caller leak budget (guardproxy.leak_budget): once a caller has been sent this
    share of the prompt's three-word windows, over all its requests within ``ttl`` seconds,
    every further prompt window in its responses is redacted by the prompt_leak rules."""

    coverage: float = Field(gt=0, le=1)
    ttl: float = Field(default=86400.0, gt=0)


DEFAULT_MARKER = "[redacted:{rule}]"


class Policy(Strict):
    version: Literal[1]
    name: str = Field(min_length=1, max_length=64)
    description: str = ""
    marker: MarkerTemplate = DEFAULT_MARKER
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
    # Across requests (guardproxy.leak_budget); None: each response is judged on its own.
    leak_budget: LeakBudget | None = None
    select: Selector | None = None  # None: the fallback policy of its directory
    tests: list[PolicyTest] = Field(default_factory=list)

    @model_validator(mode="wrap")
    @classmethod
    def _rule_ids(cls, data: Any, handler: ModelWrapValidatorHandler[Policy]) -> Policy:
        """Duplicate and unknown rule ids, reported together with every other problem."""
        found = list(_rule_id_errors(data)) if isinstance(data, dict) else []
        try:
            policy = handler(data)
        except ValidationError as exc:
            if not found:
                raise
            raise ValidationError.from_exception_data(
                exc.title, [*map(_again, exc.errors()), *found]) from None
        if found:
            raise ValidationError.from_exception_data(cls.__name__, found)
        return policy


def _rule_id_errors(data: dict[str, Any]) -> Iterator[InitErrorDetails]:
    rules = data.get("rules")
    if not isinstance(rules, list):
        return  # its own error says why; what test cases name cannot be checked
    first: dict[str, int] = {}
    for index, rule in enumerate(rules):
        rule_id = rule.get("id") if isinstance(rule, dict) else None
        if not isinstance(rule_id, str):
            continue
        if rule_id in first:
            yield _error(("rules", index, "id"), rule_id, "duplicate_rule_id",
                         f"duplicate rule id '{rule_id}', first used by rules[{first[rule_id]}]")
        else:
            first[rule_id] = index
    yield from unknown_rule_references(data.get("tests"), set(first), ("tests",))
    yield from _unshown_labels(data, rules)


def _unshown_labels(data: dict[str, Any], rules: list[Any]) -> Iterator[InitErrorDetails]:
    """A label no marker would show (a mask, or a template without ``{rule}``) is a mistake:
    whoever wrote it expects to see it."""
    default = data.get("marker", DEFAULT_MARKER)
    for index, rule in enumerate(rules):
        if not isinstance(rule, dict) or rule.get("label") is None:
            continue
        template = rule.get("marker") or default
        if rule.get("action") == "mask" or not isinstance(template, str) \
                or not shows_rule(template):
            yield _error(("rules", index, "label"), rule["label"], "label_not_shown",
                         "the label fills {rule} in the marker, and this rule's marker has "
                         "none (a mask, or a template without {rule})")


def unknown_rule_references(tests: Any, rule_ids: set[str],
                    where: tuple[str | int, ...]) -> Iterator[InitErrorDetails]:
    """Test cases (as written) that name a rule no rule has, each at its own location."""
    if not isinstance(tests, list):
        return
    for index, case in enumerate(tests):
        if not isinstance(case, dict):
            continue
        named: list[tuple[tuple[str | int, ...], Any]] = []
        if isinstance(spans := case.get("redacted"), list):
            named += [(("redacted", i, "rule"), span.get("rule"))
                      for i, span in enumerate(spans) if isinstance(span, dict)]
        if case.get("blocked") is not None:
            named.append((("blocked",), case["blocked"]))
        for loc, rule in named:
            if isinstance(rule, str) and rule not in rule_ids:
                yield _error((*where, index, *loc), rule, "unknown_rule",
                             f"no rule has the id '{rule}'")


def _error(loc: Sequence[str | int], value: Any, kind: str, message: str) -> InitErrorDetails:
    # The message is passed as a context value, so braces in a rule id are never a template.
    return InitErrorDetails(type=PydanticCustomError(kind, "{message}", {"message": message}),
                            loc=tuple(loc), input=value)


_KNOWN_TYPES = frozenset(get_args(ErrorType))


def _again(err: ErrorDetails) -> InitErrorDetails:
    """A reported error, to be raised again beside others: pydantic's own types rebuild their
    message from their context; any other keeps the message it has."""
    if err["type"] not in _KNOWN_TYPES:
        return _error(err["loc"], err["input"], err["type"], err["msg"])
    again = InitErrorDetails(type=err["type"], loc=err["loc"], input=err["input"])
    if "ctx" in err:
        again["ctx"] = err["ctx"]
    return again
