"""The `guardproxy` command: scan, check, demo, and `serve`: with no arguments, its settings,
its errors."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import openai
import orjson
import pytest
from chat_stream import sse
from click.testing import CliRunner
from conftest import Gate, Script

from guardproxy import cli
from guardproxy.cli import main, server_for, shown_url
from guardproxy.config import Settings, env_var, flag, shown_default
from guardproxy.demo import DEMO_SYSTEM_PROMPT
from guardproxy.metrics import Metrics
from guardproxy.policy_load import default_policy_path, load_policy

LEAK = "Never reveal the internal escalation code NIMBUS-7731-ORCHID to customers"


def test_scan_redacts_with_the_given_system_prompt(tmp_path: Path) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text(DEMO_SYSTEM_PROMPT)
    result = CliRunner().invoke(
        main, ["scan", "--system-prompt", str(prompt), "-"],
        input=f"Let me check. {LEAK}. Fine.\n",
    )
    assert result.exit_code == 0, result.output
    # The quote, and the sentence retelling it (the paraphrase rule shares its marker).
    assert result.output == "Let me check. [redacted:system-prompt] Fine.\n"


def test_scan_json_lists_spans_without_text(tmp_path: Path) -> None:
    prompt = tmp_path / "prompt.txt"
    prompt.write_text(DEMO_SYSTEM_PROMPT)
    text = f"Hi. {LEAK}. This looks like a jailbreak attempt."
    result = CliRunner().invoke(main, ["scan", "--json", "--system-prompt", str(prompt), "-"],
                                input=text)
    report = orjson.loads(result.output)
    assert [s["rule"] for s in report["spans"]] == ["system-prompt", "safety-hints"]
    assert report["spans"][0]["start"] == text.index("Never")
    assert "NIMBUS" not in report["output"]


# Thresholds the test sets, far from the sentences' scores (narration: the retelling 0.96, the
# others below 0.04; paraphrase: the retelling 0.98, the others below 0.14), so that what is
# explained does not hang on the shipped heads' thresholds.
EXPLAINED = """version: 1
name: explained
rules:
  - id: system-prompt
    detector: prompt_leak
  - id: paraphrase
    detector: prompt_paraphrase
    threshold: 0.5
  - id: hints
    detector: safety_hints
    phrases: [orchid protocol]
    model: true
    threshold: 0.999
    examples:
      catch: ["Project Bluebird is still on hold for the northern branch."]
"""
EXPLAINED_PROMPT = ("You are Penny, the assistant of Harbor Credit Union. Check the account age "
                    "before you mention any sign-up bonus.")
EXPLAINED_TEXT = ("The orchid protocol applies here. Project Bluebird is on hold at the northern "
                  "branches. Whoever runs this wants me to check how old the account is before "
                  "I bring up a bonus. Fine.")


def explained(tmp_path: Path, *flags: str) -> str:
    (tmp_path / "p.yaml").write_text(EXPLAINED)
    (tmp_path / "prompt.txt").write_text(EXPLAINED_PROMPT)
    result = CliRunner().invoke(main, ["scan", "--explain", *flags, "--policy",
                                       str(tmp_path / "p.yaml"), "--system-prompt",
                                       str(tmp_path / "prompt.txt"), "-"],
                                input=EXPLAINED_TEXT)
    assert result.exit_code == 0, result.output
    return result.output


def test_scan_explain_says_what_decided_each_span(tmp_path: Path) -> None:
    output = explained(tmp_path)
    lines = output.splitlines()
    assert lines[0] == "[redacted:hints] [redacted:hints] [redacted:paraphrase] Fine."
    assert lines[1] == "-- 3 spans found (offsets in the input)"
    assert re.fullmatch(r"\[1\] hints 0-33: phrases or patterns \(model score [\d.]+\)",
                        lines[2])
    assert re.fullmatch(r"\[2\] hints 34-87: nearest example catch\[0\] \(cosine 0\.9\d+; "
                        r"model score [\d.]+\)", lines[3])
    retold = f"{EXPLAINED_TEXT.index('Whoever')}-{EXPLAINED_TEXT.index(' Fine.')}"
    assert re.fullmatch(rf"\[3\] paraphrase {retold}: score [\d.]+ >= 0\.5, nearest prompt "
                        r"sentence 2", lines[4])
    assert "account age" not in output  # a protected sentence by number, never its text


def test_scan_explain_json_adds_scores_to_the_spans(tmp_path: Path) -> None:
    spans = orjson.loads(explained(tmp_path, "--json"))["spans"]
    assert [(s["rule"], s.get("nearest")) for s in spans] == [
        ("hints", None), ("hints", "catch[0]"), ("paraphrase", "prompt sentence 2")]
    assert all(0 <= s["score"] <= 1 for s in spans)


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
        assert "Traceback" not in output  # whatever the tests sent it


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
    # The demo's quote sits in a sentence retelling the prompt: the region, one, is named by
    # the paraphrase rule's span, which starts first.
    labels = 'channel="reasoning",policy="default",rule="system-prompt-paraphrase"'
    assert f"guardproxy_redactions_total{{{labels}}}" in metrics


def test_serve_without_arguments_refuses_a_json_array_with_a_400(
    served: tuple[str, str],
) -> None:
    """The demo model behind the proxy answers a body that is no chat request as OpenAI
    would; the process logs no traceback (the fixture checks its output)."""
    reply = httpx.post(f"{served[0]}/v1/chat/completions", content=b'[{"role": "user"}]',
                       headers={"content-type": "application/json"})
    assert reply.status_code == 400
    assert reply.json()["error"]["type"] == "invalid_request_error"


def test_serve_lists_the_policy_on_the_admin_port(served: tuple[str, str]) -> None:
    listed = httpx.get(f"{served[1]}/policies").json()
    assert listed["policy"] == "default" and len(listed["hash"]) == 16
    assert httpx.get(f"{served[0]}/readyz").json() == {"status": "ready"}


@pytest.mark.parametrize(("url", "shown"), [
    ("http://vllm:8000/v1", "http://vllm:8000/v1"),
    ("https://user:s3cret@api.example.com/v1", "https://api.example.com/v1"),
    ("http://token@10.0.0.1:8080", "http://10.0.0.1:8080"),
])
def test_the_upstream_is_logged_without_credentials(url: str, shown: str) -> None:
    assert shown_url(url) == shown


def start_serve(*args: str) -> tuple[subprocess.Popen[bytes], str, str]:
    """`guardproxy serve ARGS`: the process, the proxy's URL and the admin port's."""
    port, admin = free_port(), free_port()
    proc = subprocess.Popen([sys.executable, "-m", "guardproxy", "serve", "--port", str(port),
                             "--admin-port", str(admin), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if httpx.get(f"{base}/readyz").status_code == 200:
                return proc, base, f"http://127.0.0.1:{admin}"
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
    proc, base, admin = start_serve("--policy", "policies/", "--tenant-header", "X-Tenant")
    try:
        listed = httpx.get(f"{admin}/policies").json()
        assert [p["name"] for p in listed["policies"]] == ["default", "audit", "strict"]
        assert "[redacted:system-prompt]" in demo_reasoning(base)
        # The audit policy, selected for its tenant, only counts: the leak passes.
        assert "NIMBUS-7731-ORCHID" in demo_reasoning(base, {"X-Tenant": "audit"})
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_demo_mode_reloads_its_policy(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(default_policy_path().read_text())
    proc, base, admin = start_serve("--policy", str(path))
    try:
        assert "[redacted:system-prompt]" in demo_reasoning(base)
        path.write_text(default_policy_path().read_text().replace(
            "name: default", "name: edited").replace(
            'marker: "[redacted:{rule}]"', 'marker: "[gone:{rule}]"'))
        for _ in range(200):
            if httpx.get(f"{admin}/policies").json()["policy"] == "edited":
                break
            time.sleep(0.05)
        reasoning = demo_reasoning(base)
        assert "[gone:safety-hints]" in reasoning  # the edited policy is the one in force
        # The demo's prompt is still protected: its quote is in a sentence retelling it,
        # redacted whole under the paraphrase rule's marker, which follows the edited
        # template (its label is the prompt-leak rule's id).
        assert "[gone:system-prompt]" in reasoning and "[redacted:" not in reasoning
        assert "NIMBUS-7731-ORCHID" not in reasoning and "escalation code" not in reasoning
    finally:
        proc.terminate()
        proc.wait(timeout=10)


# --- serve's settings: every field of config.Settings, by flag and by environment variable ---

# A value other than the default for each field, as given on the command line, and what the
# settings then hold. A new field fails test_every_setting_has_a_sample until it is added here.
SAMPLES: dict[str, tuple[str, object]] = {
    "upstream": ("http://vllm:8000/v1", "http://vllm:8000/v1"),
    "policy": ("policies/audit.yaml", Path("policies/audit.yaml")),
    "watch": ("", False),  # --no-watch, GUARDPROXY_WATCH=false
    "host": ("0.0.0.0", "0.0.0.0"),
    "port": ("8081", 8081),
    "admin_port": ("9091", 9091),
    "admin_host": ("10.0.0.7", "10.0.0.7"),
    "admin_token": ("0123456789abcdef-admin", "0123456789abcdef-admin"),
    "tenant_header": ("X-Tenant", "X-Tenant"),
    "trust_model_names": ("true", True),
    "trusted_proxies": ("10.0.0.0/8", ("10.0.0.0/8",)),
    "upstream_max_connections": ("64", 64),
    "head_timeout": ("5", 5.0),
    "body_idle_timeout": ("7.5", 7.5),
    "body_timeout": ("60", 60.0),
    "log_level": ("warning", "warning"),
    "log_format": ("json", "json"),
    "audit_key": ("0123456789abcdef", "0123456789abcdef"),
    "max_request_bytes": ("2MiB", 2 << 20),
    "max_response_bytes": ("16MiB", 16 << 20),
    "max_event_bytes": ("256KiB", 256 << 10),
    "max_header_bytes": ("32768", 32768),
    "max_headers": ("64", 64),
    "max_protected_chars": ("65536", 65536),
    "max_choices": ("2", 2),
    "connect_timeout": ("2.5", 2.5),
    "read_timeout": ("30", 30.0),
    "graceful_shutdown": ("120", 120.0),
    "keep_alive_timeout": ("90", 90),
    "listen_backlog": ("512", 512),
    "max_concurrency": ("100", 100),
    "replay_store": ("off", "off"),
    "replay_ttl": ("90", 90.0),
    "replay_max_entries": ("100", 100),
    "replay_max_bytes": ("4MiB", 4 << 20),
    "replay_max_entry_bytes": ("2048", 2048),
    "replay_max_client_entries": ("32", 32),
    "replay_max_client_bytes": ("1MiB", 1 << 20),
    "replay_scope_header": ("X-User-ID", "X-User-ID"),
    "routes": ("GET /v1/foo forward", ("GET /v1/foo forward",)),
    "store_key": ("fedcba9876543210", "fedcba9876543210"),
    "workers": ("3", 3),
    "replay_timeout": ("0.5", 0.5),
    "replay_password": ("s3cret", "s3cret"),
    "replay_ca_file": ("pyproject.toml", Path("pyproject.toml")),
}
# What a sample needs beside it to be valid: a CA file is for a TLS store only.
SAMPLE_CONTEXT = {"replay_ca_file": {"GUARDPROXY_REPLAY_STORE": "rediss://cache:6380/0"}}


def test_every_setting_has_a_sample() -> None:
    assert sorted(SAMPLES) == sorted(Settings.model_fields)


def settings_of(monkeypatch: pytest.MonkeyPatch, args: list[str],
                env: dict[str, str] | None = None) -> Settings:
    """The settings `serve` would run with (its server is not started)."""
    started: list[Settings] = []
    monkeypatch.setattr(cli, "run_server", lambda settings, *a, **k: started.append(settings))
    monkeypatch.setattr(cli, "configure_logging", lambda *a: None)  # keep pytest's handlers
    env = {"GUARDPROXY_UPSTREAM": "http://127.0.0.1:9", **(env or {})}  # not the demo model
    result = CliRunner().invoke(main, ["serve", *args], env=env)
    assert result.exit_code == 0, result.output
    return started[-1]


def value_of(settings: Settings, name: str) -> object:
    value = getattr(settings, name)
    if name in ("audit_key", "store_key", "admin_token", "replay_password"):
        return value.get_secret_value()
    return str(value).rstrip("/") if name == "upstream" else value


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_setting_is_a_flag(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    given, expected = SAMPLES[name]
    args = [flag(name), given]
    if Settings.model_fields[name].annotation is bool:  # a switch: the flag against its default
        args = ["--no-" + flag(name)[2:]] if Settings.model_fields[name].default else args[:1]
    assert value_of(settings_of(monkeypatch, args, SAMPLE_CONTEXT.get(name)), name) == expected


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_every_setting_is_an_environment_variable(monkeypatch: pytest.MonkeyPatch,
                                                  name: str) -> None:
    given, expected = SAMPLES[name]
    env = {env_var(name): "false" if name == "watch" else given,  # watch's sample: off
           **SAMPLE_CONTEXT.get(name, {})}
    assert value_of(settings_of(monkeypatch, [], env), name) == expected


def test_several_routes_by_flag_and_by_variable_a_line_each(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    routes = ("GET /v1/foo/{id} forward", "POST /v2/chat chat_completions")
    by_flag = settings_of(monkeypatch, ["--routes", routes[0], "--routes", routes[1]])
    by_variable = settings_of(monkeypatch, [], {"GUARDPROXY_ROUTES": "\n".join(routes) + "\n"})
    assert by_flag.routes == by_variable.routes == routes


def test_unset_settings_are_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_of(monkeypatch, [])
    assert settings.model_dump(exclude={"upstream"}) == Settings().model_dump(exclude={"upstream"})


def test_serve_help_shows_each_setting_with_its_variable_and_default() -> None:
    text = CliRunner().invoke(main, ["serve", "--help"]).output
    options = {block.split()[0]: block for block in re.split(r"\n  (?=--[a-z])", text)}
    for name, field in Settings.model_fields.items():
        shown = "".join(options[flag(name)].split())  # help wraps lines, even at hyphens
        assert f"envvar:{env_var(name)}" in shown
        assert "".join(str(field.description).split()) in shown
        # click shows a switch's default as its flag (`no-watch`), not as on/off
        if (default := shown_default(name)) and field.annotation is not bool:
            assert f"default:{default}]" in shown


@pytest.mark.parametrize(("args", "env", "flag_name", "secret"), [
    (["--port", "65536"], {}, "--port", None),
    (["--max-request-bytes", "lots"], {}, "--max-request-bytes", None),
    ([], {"GUARDPROXY_AUDIT_KEY": "hunter2"}, "--audit-key", "hunter2"),
    ([], {"GUARDPROXY_REPLAY_STORE": "mem://:hunter2@cache"}, "--replay-store", "hunter2"),
    (["--read-timeout", "0"], {}, "--read-timeout", None),
    (["--routes", "GET /v1/foo frward"], {}, "--routes", None),
    ([], {"GUARDPROXY_STORE_KEY": "hunter2"}, "--store-key", "hunter2"),
])
def test_a_bad_setting_is_a_usage_error_naming_its_flag(
    monkeypatch: pytest.MonkeyPatch, args: list[str], env: dict[str, str], flag_name: str,
    secret: str | None,
) -> None:
    monkeypatch.setattr(cli, "run_server", lambda *a, **k: pytest.fail("must not start"))
    result = CliRunner().invoke(main, ["serve", "--upstream", "http://127.0.0.1:9", *args],
                                env=env)
    assert result.exit_code == 2
    assert f"Invalid value for '{flag_name}'" in result.output
    assert "Traceback" not in result.output
    if secret:
        assert secret not in result.output


# --- ports that cannot be bound ---


@pytest.mark.parametrize("which", ["--port", "--admin-port"])
def test_a_busy_port_is_one_line_naming_it(which: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        ports = {"--port": str(free_port()), "--admin-port": str(free_port()), which: str(busy)}
        result = subprocess.run(
            [sys.executable, "-m", "guardproxy", "serve", "--upstream", "http://127.0.0.1:9",
             *(x for item in ports.items() for x in item)],
            capture_output=True, text=True, timeout=60,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"Error: cannot listen on 127.0.0.1:{busy} ({which}): Address already in use"]


def test_serve_refuses_model_selection_unless_model_names_are_trusted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`select.models` trusts the client's `model` field, which a one-model server ignores:
    refused at startup, naming the file, unless the operator says model names are trusted."""
    started: list[Settings] = []
    monkeypatch.setattr(cli, "run_server", lambda settings, *a, **k: started.append(settings))
    monkeypatch.setattr(cli, "configure_logging", lambda *a: None)
    shutil.copy("policies/default.yaml", tmp_path / "default.yaml")
    (tmp_path / "deepseek.yaml").write_text(
        Path("policies/default.yaml").read_text().replace("name: default", "name: deepseek")
        + '\nselect:\n  models: ["deepseek-*"]\n')
    args = ["serve", "--upstream", "http://127.0.0.1:9", "--policy", str(tmp_path)]
    refused = CliRunner().invoke(main, args)
    assert refused.exit_code == 2 and started == []
    assert f"{tmp_path / 'deepseek.yaml'}: select.models: " in refused.output
    assert "--trust-model-names" in refused.output
    trusted = CliRunner().invoke(main, [*args, "--trust-model-names"])
    assert trusted.exit_code == 0, trusted.output
    assert started[-1].trust_model_names


# --- the server's options: keep-alive, backlog, shutdown -------------------------------------


class RunningServer:
    """``server_for``'s server on a free loopback port, in a thread, on the event loop it
    picks (uvloop, as deployed), so that a test can hold that loop busy as load would."""

    def __init__(self, settings: Settings, metrics: Metrics | None = None) -> None:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        self.server = server_for(settings.model_copy(update={"log_level": "warning"}),
                                 load_policy(default_policy_path()), metrics or Metrics())
        factory = self.server.config.get_loop_factory()
        self.loop = factory() if factory is not None else asyncio.new_event_loop()
        self.thread = threading.Thread(
            target=lambda: self.loop.run_until_complete(self.server.serve(sockets=[sock])),
            daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started and time.monotonic() < deadline:
            time.sleep(0.01)
        assert self.server.started

    def hold_loop(self, seconds: float) -> None:
        """Keep the server's event loop busy for ``seconds`` from now, in an I/O callback as
        a burst of reads would be (returns once the loop is held)."""
        held = threading.Event()
        ours, theirs = socket.socketpair()

        def busy() -> None:
            self.loop.remove_reader(ours.fileno())
            held.set()
            time.sleep(seconds)
            ours.close()

        self.loop.call_soon_threadsafe(self.loop.add_reader, ours.fileno(), busy)
        theirs.send(b"!")
        assert held.wait(10)
        theirs.close()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def test_server_for_applies_the_server_settings() -> None:
    settings = Settings(keep_alive_timeout=90, listen_backlog=512, graceful_shutdown=7)
    config = server_for(settings, load_policy(default_policy_path()), Metrics()).config
    assert (config.timeout_keep_alive, config.backlog, config.timeout_graceful_shutdown) == \
        (90, 512, 7)
    defaults = server_for(Settings(), load_policy(default_policy_path()), Metrics()).config
    assert defaults.timeout_keep_alive == 75  # above nginx's and the cloud balancers' 60 s


@pytest.mark.parametrize(("keep_alive", "answered"), [(1, False), (75, True)])
def test_a_connection_reused_as_the_keep_alive_expires(keep_alive: int, answered: bool) -> None:
    """The soak's read errors, reproduced: a client pool reuses an idle connection just as the
    server's keep-alive timer is due, while the server's loop is busy. When the loop turns,
    uvloop runs the due timer before it reads the request: the server closes a connection
    with a request unread, the kernel answers it with a reset, and the client gets
    `httpx.ReadError`. A keep-alive longer than the client pool's idle time (httpx keeps 5 s,
    balancers 60 s) leaves no such moment: the client always lets go first."""
    running = RunningServer(Settings(keep_alive_timeout=keep_alive))
    try:
        with httpx.Client(trust_env=False, timeout=10) as client:
            assert client.get(running.url + "/healthz").status_code == 200
            running.hold_loop(keep_alive + 0.5 if keep_alive < 5 else 1.5)
            if answered:
                assert client.get(running.url + "/healthz").status_code == 200
            else:
                with pytest.raises(httpx.ReadError):
                    client.get(running.url + "/healthz")
    finally:
        running.stop()


def test_a_stream_cut_by_the_shutdown_deadline_is_counted_so(
    upstream_for: Callable[[Script], str], caplog: pytest.LogCaptureFixture,
) -> None:
    """SIGTERM's graceful shutdown lets streams finish for `graceful_shutdown` seconds; one
    still running then is cancelled: `shutdown_deadline`, not a client disconnect."""
    gate = Gate()  # the upstream stalls mid-stream until the test ends
    script = Script([sse({"choices": [{"index": 0, "delta": {"reasoning_content": "Fine. "}}]}),
                     gate])
    metrics = Metrics()
    running = RunningServer(Settings(upstream=upstream_for(script), graceful_shutdown=1),
                            metrics)
    caplog.set_level(logging.INFO, "guardproxy")
    try:
        with httpx.Client(trust_env=False, timeout=30) as client, client.stream(
            "POST", running.url + "/v1/chat/completions",
            json={"model": "m", "stream": True, "messages": []},
            headers={"x-request-id": "late-1"},
        ) as response:
            chunks = response.iter_raw()
            assert b"Fine." in next(chunks)
            running.server.should_exit = True  # what SIGTERM does
            with pytest.raises(httpx.HTTPError):  # cut: no end of the chunked body
                for _ in chunks:
                    pass
    finally:
        running.stop()
        gate.open()
    assert metrics.registry.get_sample_value(
        "guardproxy_streams_ended_total",
        {"route": "chat_completions", "outcome": "shutdown_deadline"}) == 1
    lines = [r.getMessage() for r in caplog.records if "stream ended" in r.getMessage()]
    assert lines == ["stream ended request_id=late-1 route=chat_completions "
                     "outcome=shutdown_deadline cause=CancelledError"]
