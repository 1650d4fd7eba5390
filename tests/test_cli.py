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


def test_check_accepts_the_shipped_policies() -> None:
    result = CliRunner().invoke(main, ["check", "policies/"])
    assert result.exit_code == 0, result.output
    assert "policies/default.yaml: ok" in result.output


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
