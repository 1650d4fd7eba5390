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


SET_ERROR = ("a folder is one policy set: exactly one of its policies must have no `select:`, "
             "to serve the requests no other selects (found: a.yaml, b.yaml); give the others "
             "a `select:`, or name one file")


@pytest.mark.parametrize("flags", [[], ["--set"]])
def test_a_folder_is_checked_as_the_set_serve_makes_of_it(tmp_path: Path,
                                                           flags: list[str]) -> None:
    (tmp_path / "a.yaml").write_text(POLICY)
    (tmp_path / "b.yaml").write_text(POLICY.replace("name: t", "name: u"))
    result = CliRunner().invoke(main, ["check", *flags, str(tmp_path)])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == f"{tmp_path}: {SET_ERROR}"
    # Each file alone is a valid policy.
    files = [str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml")]
    assert CliRunner().invoke(main, ["check", *files]).exit_code == 0


def test_hidden_files_are_not_policies_of_a_folder(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(POLICY)
    (tmp_path / ".#a.yaml").symlink_to("nobody@host.1234")  # an editor's lock file
    (tmp_path / ".a.yaml.swp").write_text("\0")
    result = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output == f"{tmp_path / 'a.yaml'}: ok (t, 2 rules, 0/0 tests passed)\n"


def test_a_broken_rule_is_reported_once_not_again_by_the_tests_naming_it(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(POLICY.replace("phrases: [my instructions]", "phrases: [my instructions]\n"
                                   "    scope: sentense") + """tests:
  - name: hints
    reasoning: "My instructions say no."
    redacted: [{rule: hints, text: My instructions say no.}]
""")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"{path}:10:12: rules[1] (hints).scope: Input should be 'sentence' or 'match'"]


def test_an_empty_policy_file_is_located(tmp_path: Path) -> None:
    path = tmp_path / "t.yaml"
    path.write_text("")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert result.output == (f"{path}:1:1: policy: the file is empty (a policy needs at least "
                             "version, name and rules)\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- name: x\n  reasoning: y\n  blocked: leek\n",
         ["3:12: tests[0].blocked: no rule has the id 'leek'"]),
        ("tests:\n  - name: x\n    colour: red\n  - reasoning: y\n    blocked: hint\n",
         ["3:5: tests[0].colour: unknown key",
          "4:5: tests[1].name: required key is missing",
          "5:14: tests[1].blocked: no rule has the id 'hint'"]),
        ("- name: x\n  reasoning: [\n", ["3:1: invalid YAML: expected the node content, but "
                                          "found '<stream end>'"]),
    ],
)
def test_a_sibling_tests_file_has_located_errors(tmp_path: Path, text: str,
                                                 expected: list[str]) -> None:
    (tmp_path / "t.yaml").write_text(POLICY)
    (tmp_path / "t.tests.yaml").write_text(text)
    result = CliRunner().invoke(main, ["check", str(tmp_path / "t.yaml")])
    assert result.exit_code == 1
    assert result.output.splitlines() == [f"{tmp_path / 't.tests.yaml'}:{e}" for e in expected]
