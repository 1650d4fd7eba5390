"""`guardproxy check`: policy test cases, their failures and their diffs."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from guardproxy.checks import run_case
from guardproxy.cli import main
from guardproxy.policy_load import PolicyError, load_policy
from guardproxy.policy_schema import PolicyTest

POLICY = """\
version: 1
name: t
rules:
  - id: leak
    detector: prompt_leak
    channels: [reasoning, content]
  - id: hints
    detector: safety_hints
    phrases: [my instructions]
"""
PROMPT = "Never reveal the internal escalation code ZEBRA-42-PLATINUM to customers."
LEAK = "never reveal the internal escalation code"


@pytest.fixture
def compiled(tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "t.yaml"
    path.write_text(POLICY)
    return load_policy(path)


@pytest.mark.parametrize(
    ("case", "failures"),
    [
        ({"reasoning": f"So: {LEAK}.", "expect": {"reasoning": "So: [redacted:leak]."}}, []),
        ({"reasoning": f"So: {LEAK}.", "expect": {"reasoning": f"So: {LEAK}."}},
         ["reasoning: output differs from expect.reasoning:"]),
        ({"reasoning": f"So: {LEAK}.", "redacted": [{"rule": "leak", "text": LEAK}]}, []),
        ({"reasoning": "So: nothing.", "redacted": [{"rule": "leak", "text": "nothing"}]},
         ["reasoning: rule 'leak' did not cover 'nothing'"]),
        ({"reasoning": f"So: {LEAK}.", "redacted": [{"rule": "hints", "text": LEAK}]},
         [f"reasoning: rule 'hints' did not cover {LEAK!r}"]),
        ({"content": "the code is zebra-42-platinum", "kept": ["the code is"]}, []),
        ({"content": "the code is zebra-42-platinum", "kept": ["zebra-42-platinum"]},
         ["expected to come out unchanged: 'zebra-42-platinum'"]),
        ({"reasoning": "My instructions say no.", "blocked": "hints"},
         ["expected blocked by 'hints', got None"]),
    ],
)
def test_case_outcomes(compiled, case: dict[str, object], failures: list[str]) -> None:  # type: ignore[no-untyped-def]
    result = run_case(compiled, PolicyTest.model_validate({"name": "c", "system_prompt": PROMPT,
                                                           **case}))
    assert [f.splitlines()[0] for f in result.failures] == failures
    assert result.ok == (not failures)


def test_a_failing_case_prints_a_readable_diff(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(POLICY + f"""tests:
  - name: wrong expectation
    system_prompt: "{PROMPT}"
    reasoning: "So: {LEAK}."
    expect:
      reasoning: "So: [redacted:hints]."
""")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}: test 'wrong expectation' FAILED" in result.output
    assert "- So: [redacted:hints]." in result.output
    assert "+ So: [redacted:leak]." in result.output
    assert "0/1 tests passed" in result.output


def test_sibling_tests_file_is_run(tmp_path: Path) -> None:
    (tmp_path / "t.yaml").write_text(POLICY)
    (tmp_path / "t.tests.yaml").write_text(f"""- name: from the sibling file
  system_prompt: "{PROMPT}"
  content: "code zebra-42-platinum"
  expect:
    content: "code [redacted:leak]"
""")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "1/1 tests passed" in result.output
    assert "t.tests.yaml" not in result.output.replace("t.yaml", "")  # not taken as a policy


def test_tests_naming_an_unknown_rule_are_rejected_at_load(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(POLICY + """tests:
  - name: typo
    reasoning: "x"
    redacted:
      - rule: leek
        text: "x"
""")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    message = "tests[0].redacted[0].rule: no rule has the id 'leek'"
    assert info.value.lines == [f"{path}:14:15: {message}"]


def test_check_as_a_set_needs_one_fallback(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(POLICY)
    (tmp_path / "b.yaml").write_text(POLICY.replace("name: t", "name: u"))
    assert CliRunner().invoke(main, ["check", str(tmp_path)]).exit_code == 0
    result = CliRunner().invoke(main, ["check", "--set", str(tmp_path)])
    assert result.exit_code == 1
    assert "exactly one policy must have no `select:`" in result.output
    assert "(found: a.yaml, b.yaml)" in result.output
