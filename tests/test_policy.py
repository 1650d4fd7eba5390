"""Policy files: strict validation at load, readable errors, compiled channels."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardproxy.policy_load import PolicyError, default_policy_path, load_policy
from guardproxy.rules import PromptLeakRule

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
    assert [r.id for r in compiled.policy.rules] == [
        "system-prompt", "system-prompt-paraphrase", "safety-hints"]
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


def test_a_label_is_shown_for_rule_and_the_id_is_kept(tmp_path: Path) -> None:
    """Two rules that look alike to the client: the marker shows the label, while what is
    counted and logged (a region's rule id, a blocked rule) stays each rule's own."""
    text = VALID.replace("    phrases:", "    label: leak\n    phrases:")
    compiled = load_policy(write(tmp_path, text))
    assert compiled.markers == ("[redacted:leak]", "[redacted:leak]")
    assert [compiled.rule_id(i) for i in range(2)] == ["leak", "hints"]
    found: list[str] = []
    channel = compiled.channels([], lambda _k, rule, _r: found.append(rule))("reasoning")
    assert channel.feed("We keep my rules here. ") + channel.flush() == "[redacted:leak] "
    assert found == ["hints"]
    # With a template of its own, the label fills it too.
    text = VALID.replace("    phrases:", '    label: leak\n    marker: "<{rule}>"\n    phrases:')
    assert load_policy(write(tmp_path, text)).markers[1] == "<leak>"


def test_shipped_paraphrase_rules_follow_the_marker_template() -> None:
    """The shipped paraphrase rules show the prompt-leak rule's marker through a label, not a
    literal marker: a policy's marker template changes theirs too."""
    seen = []
    for path in sorted(default_policy_path().parent.glob("*.yaml")):
        compiled = load_policy(path)
        for index, rule in enumerate(compiled.policy.rules):
            if rule.detector == "prompt_paraphrase":
                seen.append(path.name)
                assert (rule.label, rule.marker) == ("system-prompt", None), path.name
                assert compiled.markers[index] == compiled.policy.marker.format(
                    rule="system-prompt")
    assert seen == ["audit.yaml", "default.yaml", "strict.yaml"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version: 1\nname: x\nrules: [\n",
         "4:1: invalid YAML: expected the node content, but found '<stream end>'"),
        ("version: 1\nname: x\nrules:\n  - id: a\n\tdetector: prompt_leak\n",
         "5:1: invalid YAML: found character '\\t' that cannot start any token"),
        (VALID.replace("name: test", "name: test\ncolour: red"), "3:1: colour: unknown key"),
        (VALID.replace("version: 1", "version: 2"), "1:10: version: Input should be 1"),
        (VALID.replace("version: 1\n", ""), "1:1: version: required key is missing"),
        (VALID.replace('patterns: ["\\\\bmy rules?\\\\b"]', 'patterns: ["(unclosed"]'),
         '10:16: rules[1] (hints).patterns[0]: missing ) at position 9'),
        (VALID.replace('patterns: ["\\\\bmy rules?\\\\b"]', 'patterns: ["a*"]'),
         "10:16: rules[1] (hints).patterns[0]: matches the empty string, so it would redact "
         "everything"),
        (VALID.replace("id: hints", "id: leak"),
         "7:9: rules[1] (leak).id: duplicate rule id 'leak', first used by rules[0]"),
        (VALID.replace("channels: [reasoning, content]", "channels: [thoughts]"),
         "6:16: rules[0] (leak).channels[0]: Input should be 'reasoning', 'content' or 'tools'"),
        (VALID.replace("detector: prompt_leak", "detector: telepathy"),
         "4:5: rules[0] (leak): unknown detector 'telepathy' (expected one of "
         "'prompt_leak', 'prompt_paraphrase', 'safety_hints', 'pii', 'secrets', 'canary')"),
        (VALID.replace("    channels: [reasoning, content]", "    min_words: many"),
         "6:16: rules[0] (leak).min_words: Input should be a valid integer, unable to parse "
         "string as an integer"),
        (VALID.replace("    channels: [reasoning, content]", "    colour: red"),
         "6:5: rules[0] (leak).colour: unknown key"),
        # Marker templates are checked at load, not when the first region is redacted.
        (VALID.replace("name: test", 'name: test\nmarker: "[redacted:{rul}]"'),
         "3:9: marker: unknown placeholder {rul}: the only one is {rule} (write {{ and }} for "
         "a literal brace)"),
        (VALID.replace("    phrases:", '    marker: "{rule}}"\n    phrases:'),
         "9:13: rules[1] (hints).marker: unbalanced braces (Single '}' encountered in format "
         "string); write {{ and }} for a literal brace"),
        (VALID.replace("    phrases:", '    marker: "{0}"\n    phrases:'),
         "9:13: rules[1] (hints).marker: unknown placeholder {0}: the only one is {rule} "
         "(write {{ and }} for a literal brace)"),
        # A label is shown in a marker, so it looks like an id, and one no marker shows is
        # a mistake.
        (VALID.replace("    phrases:", '    label: "my hints!"\n    phrases:'),
         "9:12: rules[1] (hints).label: String should match pattern '^[a-z0-9][a-z0-9_.-]*$'"),
        (VALID.replace("    phrases:", '    label: leak\n    action: mask\n    phrases:'),
         "9:12: rules[1] (hints).label: the label fills {rule} in the marker, and this rule's "
         "marker has none (a mask, or a template without {rule})"),
        (VALID.replace("name: test", 'name: test\nmarker: "[gone]"').replace(
            "    phrases:", "    label: leak\n    phrases:"),
         "10:12: rules[1] (hints).label: the label fills {rule} in the marker, and this "
         "rule's marker has none (a mask, or a template without {rule})"),
        # Each pattern compiles alone, but a verbose-mode comment swallows what follows it.
        (VALID.replace('patterns: ["\\\\bmy rules?\\\\b"]', 'patterns: ["(?x)a # b", "c"]'),
         "7:5: rules[1] (hints): patterns: joined into one pattern they do not compile: "
         "missing )"),
        # The learned detectors: thresholds in (0, 1), examples only with the model.
        (VALID.replace("    phrases:", "    model: true\n    threshold: 1.5\n    phrases:"),
         "10:16: rules[1] (hints).threshold: Input should be less than 1"),
        (VALID.replace("    phrases:", "    examples: {allow: [fine]}\n    phrases:"),
         "7:5: rules[1] (hints): examples teach the model: they need `model: true`"),
        (VALID.replace("    phrases:", "    model: true\n    examples: {catch: [x], similar: 1}"
                       "\n    phrases:"),
         "10:28: rules[1] (hints).examples.similar: unknown key"),
        (VALID.replace("    phrases: [secret sauce]\n    patterns: [\"\\\\bmy rules?\\\\b\"]\n",
                       ""),
         "7:5: rules[1] (hints): finds nothing: give phrases, patterns or `model: true`"),
        (VALID + "  - id: retold\n    detector: prompt_paraphrase\n    threshold: 0\n",
         "13:16: rules[2] (retold).threshold: Input should be greater than 0"),
        ("", "1:1: policy: the file is empty (a policy needs at least version, name and rules)"),
        ("# only a comment\n",
         "1:1: policy: the file is empty (a policy needs at least version, name and rules)"),
        ("version: 1\nname: x\nrules: " + "[" * 5000,
         "3:71: invalid YAML: nested more than 64 levels deep"),
    ],
)
def test_errors_name_file_line_column_and_rule(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.lines == [f"{path}:{expected}"]


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path / "absent.yaml")
    assert info.value.lines == [f"{tmp_path / 'absent.yaml'}: cannot read policy: "
                                "No such file or directory"]


@pytest.mark.parametrize(
    ("policy_mode", "rule_mode", "output", "shadow"),
    [
        ("enforce", None, "[redacted:hints] ", False),
        ("enforce", "shadow", "We keep my rules here. ", True),
        ("shadow", None, "We keep my rules here. ", True),
        ("shadow", "enforce", "[redacted:hints] ", False),
    ],
)
def test_shadow_mode_reports_without_changing(
    tmp_path: Path, policy_mode: str, rule_mode: str | None, output: str, shadow: bool
) -> None:
    text = VALID.replace("name: test", f"name: test\nmode: {policy_mode}")
    if rule_mode:
        text = text.replace("    phrases:", f"    mode: {rule_mode}\n    phrases:")
    regions = []
    channel = load_policy(write(tmp_path, text)).channels(
        [], lambda kind, rule, region: regions.append((kind, rule, region.shadow))
    )("reasoning")
    assert channel.feed("We keep my rules here. ") + channel.flush() == output
    assert regions == [("reasoning", "hints", shadow)]


def test_every_error_is_reported_once_in_file_order(tmp_path: Path) -> None:
    """A duplicate id beside other errors; a test naming a broken rule is not called unknown,
    a test naming an absent one is."""
    text = (VALID.replace("id: hints", "id: leak").replace("version: 1", "version: 3")
            .replace("detector: safety_hints", "detector: safety_hints\n    scope: sentense")
            + "tests:\n  - name: a\n    reasoning: x\n    redacted: [{rule: leak, text: x}]\n"
              "    blocked: leek\n")
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.errors == [
        "1:10: version: Input should be 1",
        "7:9: rules[1] (leak).id: duplicate rule id 'leak', first used by rules[0]",
        "9:12: rules[1] (leak).scope: Input should be 'sentence' or 'match'",
        "16:14: tests[0].blocked: no rule has the id 'leek'",
    ]


def test_a_check_validation_lacks_is_still_a_located_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: object, index: int, hold_back: int) -> None:
        raise RuntimeError("compiler bug")

    monkeypatch.setattr(PromptLeakRule, "compile", broken)
    path = write(tmp_path, VALID)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.lines == [f"{path}:4:3: rules: cannot be compiled: RuntimeError: "
                                "compiler bug"]


def test_all_errors_of_a_file_are_reported(tmp_path: Path) -> None:
    text = VALID.replace("name: test", "name: test\nextra: 1").replace("version: 1", "version: 3")
    with pytest.raises(PolicyError) as info:
        load_policy(write(tmp_path, text))
    assert len(info.value.errors) == 2
