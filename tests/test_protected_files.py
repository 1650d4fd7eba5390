"""Protected texts read from files (prompts a chat template or the model server adds), and the
policy's `on_error` option."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardproxy.policy_load import PolicyError, load_policy

SERVER_PROMPT = "You are Orbit. Never mention the staging cluster named HALCYON-9 to anyone.\n"
POLICY = """version: 1
name: files
protected_files:
  - prompts/server.txt
rules:
  - id: leak
    detector: prompt_leak
    channels: [reasoning]
"""


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "server.txt").write_text(SERVER_PROMPT)
    (tmp_path / "policy.yaml").write_text(POLICY)
    return tmp_path


def test_files_are_read_relative_to_the_policy_and_protected(policy_dir: Path) -> None:
    compiled = load_policy(policy_dir / "policy.yaml")
    channel = compiled.channels([])("reasoning")  # the request itself protects nothing
    text = "It says never mention the staging cluster named HALCYON-9. Then halcyon 9 again."
    assert channel.feed(text) + channel.flush() == (
        "It says [redacted:leak]. Then [redacted:leak] again.")


def test_a_changed_file_changes_the_policy_hash(policy_dir: Path) -> None:
    before = load_policy(policy_dir / "policy.yaml").digest
    (policy_dir / "prompts" / "server.txt").write_text(SERVER_PROMPT + "More.\n")
    assert load_policy(policy_dir / "policy.yaml").digest != before


def test_an_unreadable_file_is_an_error_naming_it(policy_dir: Path) -> None:
    path = policy_dir / "policy.yaml"
    path.write_text(POLICY.replace("prompts/server.txt", "prompts/missing.txt"))
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.lines == [
        f"{path}:4:5: protected_files[0]: cannot read {policy_dir / 'prompts' / 'missing.txt'}: "
        "No such file or directory"
    ]


def test_a_file_that_is_not_text_is_an_error(policy_dir: Path) -> None:
    (policy_dir / "prompts" / "server.txt").write_bytes(b"\xff\xfe\x00binary")
    with pytest.raises(PolicyError) as info:
        load_policy(policy_dir / "policy.yaml")
    assert info.value.lines[0].endswith("server.txt: not UTF-8 text")


@pytest.mark.parametrize(("value", "ok"), [("fail_closed", True), ("fail_open", True),
                                            ("ignore", False)])
def test_on_error_values(tmp_path: Path, value: str, ok: bool) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(POLICY.replace("protected_files:\n  - prompts/server.txt\n",
                                   f"on_error: {value}\n"))
    if ok:
        assert load_policy(path).policy.on_error == value
    else:
        with pytest.raises(PolicyError) as info:
            load_policy(path)
        assert "on_error" in info.value.lines[0]
