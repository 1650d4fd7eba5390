"""Policy files: strict validation at load, readable errors, compiled channels."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardproxy.policy import PolicyError, default_policy_path, load_policy

VALID = """\
version: 1
name: test
rules:
  - id: leak
    detector: prompt_leak
    channels: [reasoning, content]
  - id: hints
    detector: safety_hints
    phrases: [secret sauce]
    patterns: ["\\\\bmy rules?\\\\b"]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    return path


def test_shipped_default_policy_loads() -> None:
    compiled = load_policy(default_policy_path())
    assert compiled.name == "default"
    assert [r.id for r in compiled.policy.rules] == ["system-prompt", "safety-hints"]
    assert len(compiled.digest) == 16
    assert Path("policies/default.yaml").resolve() == default_policy_path().resolve()


def test_valid_policy_compiles_markers(tmp_path: Path) -> None:
    compiled = load_policy(write(tmp_path, VALID))
    assert compiled.markers == ("[redacted:leak]", "[redacted:hints]")
    channel = compiled.channels([])("reasoning")
    assert channel.feed("We keep my rules here. ") + channel.flush() == "[redacted:hints] "


def test_rule_marker_overrides_policy_marker(tmp_path: Path) -> None:
    text = VALID.replace("    phrases:", '    marker: "***"\n    phrases:')
    assert load_policy(write(tmp_path, text)).markers[1] == "***"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 1\nname: x\nrules: [\n", "invalid YAML"),
        (VALID.replace("name: test", "name: test\ncolour: red"),
         "colour: Extra inputs are not permitted"),
        (VALID.replace("version: 1", "version: 2"), "version: Input should be 1"),
        (VALID.replace('patterns: ["\\\\bmy rules?\\\\b"]', 'patterns: ["(unclosed"]'),
         "rules[1] (hints).patterns[0]: missing ) at position 9"),
        (VALID.replace('patterns: ["\\\\bmy rules?\\\\b"]', 'patterns: ["a*"]'),
         "rules[1] (hints).patterns[0]: matches the empty string"),
        (VALID.replace("id: hints", "id: leak"), "rules: duplicate rule id 'leak'"),
        (VALID.replace("channels: [reasoning, content]", "channels: [thoughts]"),
         "rules[0] (leak).channels[0]: Input should be 'reasoning' or 'content'"),
        (VALID.replace("detector: prompt_leak", "detector: telepathy"), "rules[0] (leak): "),
        (VALID.replace("    channels: [reasoning, content]", "    min_words: many"),
         "rules[0] (leak).min_words: Input should be a valid integer"),
    ],
)
def test_errors_name_the_file_and_the_rule(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read policy"):
        load_policy(tmp_path / "absent.yaml")


def test_all_errors_of_a_file_are_reported(tmp_path: Path) -> None:
    text = VALID.replace("name: test", "name: test\nextra: 1").replace("version: 1", "version: 3")
    with pytest.raises(PolicyError) as info:
        load_policy(write(tmp_path, text))
    assert len(info.value.errors) == 2
