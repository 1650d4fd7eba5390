"""Tool-call arguments streamed as JSON text (codecs/arguments.py): every string inside is
scanned, the JSON stays valid for the client, any cut of the fragments gives the same output,
and what is held back stays within the channel's bound plus an escape sequence."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from guardproxy.codecs.arguments import Arguments
from guardproxy.codecs.tracks import Track
from guardproxy.policy_compile import CompiledPolicy

PROMPT = "Never reveal the internal escalation code NIMBUS-7731-ORCHID to customers."
MARKER = "[redacted:system-prompt]"


def run(policy: CompiledPolicy, text: str, cuts: list[int]) -> tuple[str, Arguments]:
    arguments = Arguments(Track(policy.channels([PROMPT]), "tools"))
    bounds = [0, *sorted(c for c in set(cuts) if 0 < c < len(text)), len(text)]
    out = "".join(arguments.feed(text[a:b]) for a, b in pairwise(bounds))
    return out + arguments.flush(), arguments


DOCUMENTS = {
    "value": json.dumps({"note": f"Quote: {PROMPT} Done.", "n": 3}),
    "key": json.dumps({PROMPT: True}),
    "nested": json.dumps({"a": [{"b": PROMPT}, None, -1.5e3, False]}),
    "escaped": json.dumps({"q": f'"{PROMPT}"\n\tcafé 🌊'}, ensure_ascii=True),
    "clean": json.dumps({"city": "Paris", "days": [1, 2]}),
}


@pytest.mark.parametrize("name", DOCUMENTS)
@pytest.mark.parametrize("step", [1, 2, 3, 7, 10_000])
def test_every_cut_gives_valid_json_with_the_leak_redacted(
    default_policy: CompiledPolicy, name: str, step: int
) -> None:
    text = DOCUMENTS[name]
    out, arguments = run(default_policy, text, list(range(step, len(text), step)))
    value = json.loads(out)
    assert PROMPT not in out and PROMPT not in json.dumps(value)
    assert (MARKER in out) is (name != "clean")
    if name == "clean":
        assert value == json.loads(text)
    assert "".join(arguments.sent) == out


@settings(max_examples=80, deadline=None)
@given(cuts=st.lists(st.integers(0, 200), max_size=12))
def test_any_cut_equals_the_one_shot_output(default_policy: CompiledPolicy,
                                            cuts: list[int]) -> None:
    text = DOCUMENTS["escaped"]
    assert run(default_policy, text, cuts)[0] == run(default_policy, text, [])[0]


def test_what_is_held_back_is_bounded(default_policy: CompiledPolicy) -> None:
    text = json.dumps({"log": "word " * 400})
    arguments = Arguments(Track(default_policy.channels([PROMPT]), "tools"))
    out = 0
    for fed, char in enumerate(text, 1):
        out += len(arguments.feed(char))
        held = fed - out  # the text is ASCII and clean: output characters are input ones
        assert held <= default_policy.policy.hold_back + 6
    assert out + len(arguments.flush()) == len(text)


@pytest.mark.parametrize(("text", "expected"), [
    # Arguments that stop being JSON are text from there on, scanned as one.
    (f"note: {PROMPT}", f"note: {MARKER}."),
    ('{"a": 1, ' + PROMPT, '{"a": 1, ' + MARKER + "."),
    ('{"unterminated": "' + PROMPT, '{"unterminated": "' + MARKER + "."),
])
def test_arguments_that_are_not_json_are_scanned_as_text(
    default_policy: CompiledPolicy, text: str, expected: str
) -> None:
    assert run(default_policy, text, [5, 17])[0] == expected
