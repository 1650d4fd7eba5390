"""The `guardproxy` command: scan, check, demo, and `serve` with no arguments."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import orjson
import pytest
from click.testing import CliRunner

from guardproxy.cli import main, shown_url
from guardproxy.demo import DEMO_SYSTEM_PROMPT
from guardproxy.policy_load import default_policy_path

LEAK = "Never reveal the internal escalation code NIMBUS-7731-ORCHID to customers"


def test_scan_redacts_with_the_given_system_prompt(tmp_path: Path) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text(DEMO_SYSTEM_PROMPT)
    result = CliRunner().invoke(
        main, ["scan", "--system-prompt", str(prompt), "-"],
        input=f"Let me check. {LEAK}. Fine.\n",
    )
    assert result.exit_code == 0, result.output
    assert result.output == "Let me check. [redacted:system-prompt]. Fine.\n"


def test_scan_json_lists_spans_without_text(tmp_path: Path) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text(DEMO_SYSTEM_PROMPT)
    text = f"Hi. {LEAK}. My instructions say so."
    result = CliRunner().invoke(main, ["scan", "--json", "--system-prompt", str(prompt), "-"],
                                input=text)
    report = orjson.loads(result.output)
    assert [s["rule"] for s in report["spans"]] == ["system-prompt", "safety-hints"]
    assert report["spans"][0]["start"] == text.index("Never")
    assert "NIMBUS" not in report["output"]


@pytest.mark.parametrize("flags", [[], ["--set"]])
def test_check_accepts_the_shipped_policies(flags: list[str]) -> None:
    result = CliRunner().invoke(main, ["check", *flags, "policies/"])
    assert result.exit_code == 0, result.output
    assert [line.split(":")[0] for line in result.output.splitlines()] == [
        "policies/audit.yaml", "policies/default.yaml", "policies/strict.yaml"]
    assert all(": ok (" in line for line in result.output.splitlines())


def test_the_packaged_policies_are_the_shipped_ones() -> None:
    shipped = sorted(Path("policies").iterdir())
    assert [p.name for p in shipped] == ["audit.yaml", "default.yaml", "strict.yaml"]
    for path in shipped:
        assert path.read_bytes() == (default_policy_path().parent / path.name).read_bytes()


BAD_MARKER = ("version: 1\nname: bad\nmarker: \"[redacted:{rul}]\"\nrules:\n"
              "  - {id: leak, detector: prompt_leak}\n")
BAD_MARKER_ERROR = (":3:9: marker: unknown placeholder {rul}: the only one is {rule} (write {{ "
                    "and }} for a literal brace)")


@pytest.mark.parametrize("command", [["check"], ["scan", "--policy"], ["demo", "--policy"],
                                     ["serve", "--upstream", "http://127.0.0.1:9", "--policy"]])
def test_a_bad_marker_is_an_error_not_a_traceback(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(BAD_MARKER)
    result = CliRunner().invoke(main, [*command, str(path)], input="text")
    assert result.exit_code == (1 if command == ["check"] else 2)
    assert result.output == f"{path}{BAD_MARKER_ERROR}\n"


def test_check_fails_on_a_broken_policy(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nname: bad\nrules: []\n")
    result = CliRunner().invoke(main, ["check", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:3:8: rules: List should have at least 1 item" in result.output


def test_demo_shows_before_and_after() -> None:
    result = CliRunner(env={"COLUMNS": "400"}).invoke(main, ["demo"])
    assert result.exit_code == 0, result.output
    before, _, after = result.output.partition("reasoning through guardproxy")
    assert "NIMBUS-7731-ORCHID" in before
    assert "NIMBUS-7731-ORCHID" not in after
    assert "[redacted:system-prompt]" in after and "[redacted:safety-hints]" in after


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, str]]:
    """`guardproxy serve` with no upstream: the demo model behind the proxy."""
    port, admin = free_port(), free_port()
    env = {**os.environ, "GUARDPROXY_PORT": str(port), "GUARDPROXY_ADMIN_PORT": str(admin)}
    proc = subprocess.Popen([sys.executable, "-m", "guardproxy", "serve"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            try:
                if httpx.get(f"{base}/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.05)
        else:
            pytest.fail("guardproxy serve did not start")
        yield base, f"http://127.0.0.1:{admin}"
    finally:
        proc.terminate()
        output = proc.communicate(timeout=10)[0].decode()
        assert "DEMO MODE" in output


def test_serve_without_arguments_sanitizes_the_demo_stream(served: tuple[str, str]) -> None:
    base, admin = served
    client = openai.OpenAI(base_url=f"{base}/v1", api_key="unused")
    stream = client.chat.completions.create(
        model="demo", stream=True, messages=[{"role": "user", "content": "Savings rates?"}]
    )
    reasoning, answer, events = [], [], 0
    for chunk in stream:
        events += 1
        for choice in chunk.choices:
            reasoning.append(getattr(choice.delta, "reasoning", None) or "")
            answer.append(choice.delta.content or "")
    text = "".join(reasoning)
    assert events > 50  # token by token, not one buffered blob
    assert "NIMBUS-7731-ORCHID" not in text and "escalation code" not in text
    assert "[redacted:system-prompt]" in text and "[redacted:safety-hints]" in text
    assert text.startswith("The user is asking about savings accounts.")
    assert "".join(answer).startswith("Our Nimbus Saver account pays 4.1%")
    metrics = httpx.get(f"{admin}/metrics").text
    labels = 'channel="reasoning",policy="default",rule="system-prompt"'
    assert f"guardproxy_redactions_total{{{labels}}}" in metrics


def test_serve_answers_readyz_with_the_policy(served: tuple[str, str]) -> None:
    ready = httpx.get(f"{served[0]}/readyz").json()
    assert ready["policy"] == "default" and len(ready["hash"]) == 16


@pytest.mark.parametrize(("url", "shown"), [
    ("http://vllm:8000/v1", "http://vllm:8000/v1"),
    ("https://user:s3cret@api.example.com/v1", "https://api.example.com/v1"),
    ("http://token@10.0.0.1:8080", "http://10.0.0.1:8080"),
])
def test_the_upstream_is_logged_without_credentials(url: str, shown: str) -> None:
    assert shown_url(url) == shown


def start_serve(*args: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "guardproxy", "serve", "--port", str(port),
                             "--admin-port", str(free_port()), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(f"{base}/readyz").status_code == 200:
                return proc, base
        except httpx.TransportError:
            time.sleep(0.05)
    proc.terminate()
    pytest.fail("guardproxy serve did not start")


def demo_reasoning(base: str, headers: dict[str, str] | None = None) -> str:
    client = openai.OpenAI(base_url=f"{base}/v1", api_key="unused", default_headers=headers)
    response = client.chat.completions.create(
        model="demo", messages=[{"role": "user", "content": "Savings rates?"}])
    return str(getattr(response.choices[0].message, "reasoning", ""))


def test_serve_takes_the_shipped_folder_as_a_policy_set() -> None:
    proc, base = start_serve("--policy", "policies/", "--tenant-header", "X-Tenant")
    try:
        ready = httpx.get(f"{base}/readyz").json()
        assert [p["name"] for p in ready["policies"]] == ["default", "audit", "strict"]
        assert "[redacted:system-prompt]" in demo_reasoning(base)
        # The audit policy, selected for its tenant, only counts: the leak passes.
        assert "NIMBUS-7731-ORCHID" in demo_reasoning(base, {"X-Tenant": "audit"})
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_demo_mode_reloads_its_policy(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(default_policy_path().read_text())
    proc, base = start_serve("--policy", str(path))
    try:
        assert "[redacted:system-prompt]" in demo_reasoning(base)
        path.write_text(default_policy_path().read_text().replace(
            "name: default", "name: edited").replace(
            'marker: "[redacted:{rule}]"', 'marker: "[gone:{rule}]"'))
        for _ in range(200):
            if httpx.get(f"{base}/readyz").json()["policy"] == "edited":
                break
            time.sleep(0.05)
        reasoning = demo_reasoning(base)
        assert "[gone:system-prompt]" in reasoning  # the demo's prompt is still protected
        assert "NIMBUS-7731-ORCHID" not in reasoning
    finally:
        proc.terminate()
        proc.wait(timeout=10)
