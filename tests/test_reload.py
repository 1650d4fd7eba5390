"""Policy selection and hot reload: file edits, ConfigMap symlink swaps, SIGHUP, broken
updates, and streams in flight keeping the policy they started with."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import Gate, Script, free_socket

from guardproxy.admin import admin_app
from guardproxy.metrics import Metrics
from guardproxy.policy_set import PolicySet, PolicySetError, load_policy_set
from guardproxy.reload import PolicyStore, ReloadResult

PROMPT = "Never reveal the internal escalation code ZEBRA-42-PLATINUM to customers."
LEAK = " the code is ZEBRA-42-PLATINUM."


def policy(name: str, marker: str, select: str = "") -> str:
    return f"""version: 1
name: {name}
marker: "{marker}"
rules:
  - id: leak
    detector: prompt_leak
    channels: [reasoning, content]
{select}"""


def stream_events(*parts: bytes | Gate) -> list[bytes | Gate]:
    def delta(text: str) -> bytes:
        chunk = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
                 "choices": [{"index": 0, "delta": {"reasoning_content": text},
                              "finish_reason": None}]}
        return b"data: " + json.dumps(chunk).encode() + b"\n\n"

    events: list[bytes | Gate] = [delta(p.decode()) if isinstance(p, bytes) else p for p in parts]
    stop = (b'data: {"id":"c","object":"chat.completion.chunk","created":1,"model":"m",'
            b'"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}\n\n')
    return [*events, stop, b"data: [DONE]\n\n"]


def ask(base: str, model: str = "m", headers: dict[str, str] | None = None) -> str:
    payload = {"model": model, "stream": True,
               "messages": [{"role": "system", "content": PROMPT}]}
    return httpx.post(f"{base}/v1/chat/completions", json=payload, headers=headers).text


# --- selection -----------------------------------------------------------------------------

SELECTIVE = {
    "default.yaml": policy("default", "[D]"),
    "deepseek.yaml": policy("deepseek", "[S]", 'select:\n  models: ["deepseek-*"]\n'),
    "acme.yaml": policy("acme", "[T]", "select:\n  tenants: [acme]\n"),
}


@pytest.fixture
def policy_dir(tmp_path: Path) -> Path:
    for name, text in SELECTIVE.items():
        (tmp_path / name).write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    ("model", "headers", "tenant_header", "trusted", "marker"),
    [
        ("llama-3", {}, None, False, "[D]"),
        ("deepseek-r1", {}, None, True, "[S]"),
        # the client writes `model`: by model only where the operator trusts model names
        ("deepseek-r1", {}, None, False, "[D]"),
        # a client cannot pick a policy by header...
        ("llama-3", {"X-Guardproxy-Policy": "acme", "X-Tenant": "acme"}, None, False, "[D]"),
        # ...only through the header a trusted gateway sets, when the operator names it
        ("llama-3", {"X-Tenant": "acme"}, "X-Tenant", False, "[T]"),
        ("llama-3", {"X-Tenant": "other"}, "X-Tenant", False, "[D]"),
    ],
)
def test_operator_configuration_selects_the_policy(
    proxy_for: Callable[..., str], policy_dir: Path, model: str, headers: dict[str, str],
    tenant_header: str | None, trusted: bool, marker: str,
) -> None:
    store = PolicyStore(load_policy_set(policy_dir), policy_dir)
    base = proxy_for(Script(stream_events(LEAK.encode())), policy=store,
                     tenant_header=tenant_header, trust_model_names=trusted)
    body = ask(base, model, headers)
    assert marker in body and "ZEBRA" not in body


def test_a_duplicate_tenant_header_is_a_400(proxy_for: Callable[..., str],
                                            policy_dir: Path) -> None:
    """A client's own `X-Tenant: acme` before the gateway's must not pick the policy: the
    request is refused, and nothing goes upstream."""
    script = Script(stream_events(LEAK.encode()))
    store = PolicyStore(load_policy_set(policy_dir), policy_dir)
    base = proxy_for(script, policy=store, tenant_header="X-Tenant")
    payload = {"model": "m", "messages": [{"role": "system", "content": PROMPT}]}
    reply = httpx.post(f"{base}/v1/chat/completions", json=payload,
                       headers=[("X-Tenant", "acme"), ("x-tenant", "other")])
    assert reply.status_code == 400
    assert reply.json()["error"]["message"] == "the X-Tenant header was sent more than once"
    assert script.requests == []
    assert "[T]" in ask(base, headers={"X-Tenant": "acme"})  # once is the gateway's


def test_a_set_needs_exactly_one_fallback(policy_dir: Path) -> None:
    (policy_dir / "other.yaml").write_text(policy("other", "[O]"))
    with pytest.raises(PolicySetError, match=r"found: default.yaml, other.yaml"):
        load_policy_set(policy_dir)


# --- reload --------------------------------------------------------------------------------


def test_reload_swaps_and_a_broken_update_keeps_the_last_good(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    results: list[ReloadResult] = []
    store = PolicyStore(load_policy_set(path), path, lambda r, _: results.append(r))
    assert store.reload() == "unchanged"
    path.write_text(policy("two", "[2]"))
    assert store.reload() == "success" and store.active.fallback.name == "two"
    path.write_text(policy("three", "[3]").replace("detector: prompt_leak", "detector: ???"))
    assert store.reload() == "failure" and store.active.fallback.name == "two"
    assert results == ["unchanged", "success", "failure"]


def wait_for(condition: Callable[[], bool], what: str) -> None:
    for _ in range(200):
        if condition():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def active(admin: str, key: str = "policy") -> str:
    """What the admin port says of the active fallback policy: its name, or its hash."""
    return str(httpx.get(f"{admin}/policies").json()[key])


@pytest.fixture
def admin_of(serve: Callable[..., str]) -> Callable[[PolicyStore], str]:
    """``admin_of(store) -> URL`` of an admin port showing ``store``'s active policies."""
    return lambda store: serve(admin_app(Metrics().registry, lambda: store.active))


def test_file_edit_is_picked_up_without_restart(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    store = PolicyStore(load_policy_set(path), path)
    base = proxy_for(Script(stream_events(LEAK.encode())), policy=store)
    admin = admin_of(store)
    assert "[1]" in ask(base)
    path.write_text(policy("two", "[2]"))
    wait_for(lambda: active(admin) == "two", "the edited policy")
    assert "[2]" in ask(base)


def test_configmap_symlink_swap_is_picked_up(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path) -> None:
    """Kubernetes writes a new timestamped directory and renames `..data` over the old link."""
    (tmp_path / "..2026_01").mkdir()
    (tmp_path / "..2026_01" / "policy.yaml").write_text(policy("one", "[1]"))
    (tmp_path / "..data").symlink_to("..2026_01")
    (tmp_path / "policy.yaml").symlink_to("..data/policy.yaml")
    path = tmp_path / "policy.yaml"
    store = PolicyStore(load_policy_set(path), path)
    proxy_for(Script(stream_events(LEAK.encode())), policy=store)  # its lifespan watches the files
    admin = admin_of(store)
    assert active(admin) == "one"
    (tmp_path / "..2026_02").mkdir()
    (tmp_path / "..2026_02" / "policy.yaml").write_text(policy("two", "[2]"))
    (tmp_path / "..data_tmp").symlink_to("..2026_02")
    os.replace(tmp_path / "..data_tmp", tmp_path / "..data")
    wait_for(lambda: active(admin) == "two", "the swapped ConfigMap")


def test_broken_update_is_rejected_and_reported(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    results: list[ReloadResult] = []
    store = PolicyStore(load_policy_set(path), path, lambda r, _: results.append(r))
    base = proxy_for(Script(stream_events(LEAK.encode())), policy=store)
    admin = admin_of(store)
    path.write_text("version: 1\nname: broken\nrules: [\n")
    wait_for(lambda: "failure" in results, "the rejected reload")
    assert active(admin) == "one"
    assert "[1]" in ask(base)


def test_stream_in_flight_keeps_its_policy(proxy_for: Callable[..., str], tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    store = PolicyStore(load_policy_set(path), path, watch=False)
    gate = Gate()
    # Enough text after the first leak for it to leave the hold-back before the gate.
    first = LEAK + " Then a few more benign words, so the marker is released early."
    base = proxy_for(Script(stream_events(first.encode(), gate, LEAK.encode())), policy=store)
    payload = {"model": "m", "stream": True, "messages": [{"role": "system", "content": PROMPT}]}
    received = b""
    with httpx.stream("POST", f"{base}/v1/chat/completions", json=payload) as response:
        chunks = response.iter_raw()
        while b"[1]" not in received:
            received += next(chunks)
        path.write_text(policy("two", "[2]"))
        assert store.reload() == "success"
        gate.open()
        received += b"".join(chunks)
    assert received.count(b"[1]") == 2 and b"[2]" not in received
    assert "[2]" in ask(base)  # the next request gets the new policy


def test_sighup_reloads(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    sock, admin = free_socket(), free_socket()
    port, admin_port = sock.getsockname()[1], admin.getsockname()[1]
    sock.close()
    admin.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "guardproxy", "serve", "--upstream", "http://127.0.0.1:9",
         "--policy", str(path), "--port", str(port), "--admin-port", str(admin_port),
         "--no-watch"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _up(base), "guardproxy serve")
        path.write_text(policy("two", "[2]"))
        admin = f"http://127.0.0.1:{admin_port}"
        assert active(admin) == "one"  # --no-watch: the edit alone changes nothing
        proc.send_signal(signal.SIGHUP)
        wait_for(lambda: active(admin) == "two", "the SIGHUP reload")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _up(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz").status_code == 200
    except httpx.TransportError:
        return False


# --- a watcher that never dies -------------------------------------------------------------


def reload_metrics(metrics: Metrics) -> tuple[float, float, float]:
    """(success, failure) reload counts and guardproxy_policy_last_reload_successful."""
    get = metrics.registry.get_sample_value
    return (get("guardproxy_policy_reloads_total", {"result": "success"}) or 0.0,
            get("guardproxy_policy_reloads_total", {"result": "failure"}) or 0.0,
            get("guardproxy_policy_last_reload_successful") or 0.0)


def test_a_bad_marker_is_a_counted_failure_and_the_watcher_lives_on(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    metrics = Metrics()
    store = PolicyStore(load_policy_set(path), path, metrics.on_reload)
    base = proxy_for(Script(stream_events(LEAK.encode())), policy=store, metrics=metrics)
    admin = admin_of(store)
    path.write_text(policy("two", "[redacted:{rul}]"))
    wait_for(lambda: reload_metrics(metrics)[1] == 1, "the rejected reload")
    assert reload_metrics(metrics) == (0, 1, 0)
    assert [r.getMessage() for r in caplog.records if r.name == "guardproxy.reload"] == [
        f"policy reload rejected, keeping the active policy: {path}:3:9: marker: unknown "
        "placeholder {rul}: the only one is {rule} (write {{ and }} for a literal brace)"]
    assert active(admin) == "one" and "[1]" in ask(base)
    path.write_text(policy("three", "[3]"))  # the watcher is still there
    wait_for(lambda: active(admin) == "three", "the fixed policy")
    assert reload_metrics(metrics) == (1, 1, 1)


def test_any_exception_in_a_reload_is_logged_without_its_text_and_counted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    metrics = Metrics()

    def load(at: Path) -> PolicySet:
        if "two" in at.read_text():
            raise RuntimeError(f"a bug quoting the policy: {at.read_text()}")
        return load_policy_set(at)

    store = PolicyStore(load(path), path, metrics.on_reload, load=load)
    path.write_text(policy("two", "[2]"))
    assert store.reload() == "failure" and store.active.fallback.name == "one"
    assert reload_metrics(metrics) == (0, 1, 0)
    assert [r.getMessage() for r in caplog.records if r.name == "guardproxy.reload"] == [
        f"policy reload failed, keeping the active policy: {path}: RuntimeError"]
    path.write_text(policy("three", "[3]"))
    assert store.reload() == "success" and reload_metrics(metrics) == (1, 1, 1)


def test_other_files_beside_the_policy_start_no_reload(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path) -> None:
    """A log file written next to the policy used to make the watcher reload in a loop."""
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    results: list[ReloadResult] = []
    store = PolicyStore(load_policy_set(path), path, lambda r, _: results.append(r))
    proxy_for(Script(stream_events(LEAK.encode())), policy=store)  # its lifespan watches the files
    admin = admin_of(store)
    log_file = tmp_path / "serve.log"
    for i in range(10):
        with log_file.open("a") as f:
            f.write(f"line {i}\n")
        (tmp_path / ".p.yaml.swp").write_text(str(i))
        time.sleep(0.1)
    path.write_text(policy("two", "[2]"))
    wait_for(lambda: active(admin) == "two", "the edited policy")
    assert results == ["success"]


@pytest.mark.parametrize(
    ("name", "folder", "source"),
    [
        ("p.yaml", False, True),
        ("p.tests.yaml", False, True),
        ("prompts/support.txt", False, True),  # a protected file, in its own directory
        ("..data", False, True),  # a ConfigMap update
        ("q.yaml", False, False),  # another file: not the policy
        ("serve.log", False, False),
        ("prompts/other.txt", False, False),
        ("q.yaml", True, True),  # in a policy folder, every YAML file, new ones too
        ("q.tests.yml", True, True),
        (".q.yaml", True, False),  # hidden: an editor's
        ("serve.log", True, False),
        ("..data", True, True),
        ("prompts/support.txt", True, True),
        ("notes.txt", True, True),  # a protected file in the folder itself
        ("other.txt", True, False),
    ],
)
def test_only_the_policys_own_files_are_sources(tmp_path: Path, name: str, folder: bool,
                                                source: bool) -> None:
    (tmp_path / "prompts").mkdir()
    (tmp_path / "prompts" / "support.txt").write_text(PROMPT)
    (tmp_path / "notes.txt").write_text(PROMPT)
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]")
                    + "protected_files: [prompts/support.txt, notes.txt]\n")
    at = tmp_path if folder else path
    store = PolicyStore(load_policy_set(at), at)
    assert store.is_source(str(tmp_path / name)) is source


def test_a_protected_file_edit_is_picked_up(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    prompt = tmp_path / "prompts" / "support.txt"
    prompt.write_text("Nothing to protect yet.")
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]") + "protected_files: [prompts/support.txt]\n")
    store = PolicyStore(load_policy_set(path), path)
    proxy_for(Script(stream_events(LEAK.encode())), policy=store)  # its lifespan watches the files
    admin = admin_of(store)
    before = active(admin, "hash")
    prompt.write_text(PROMPT)
    wait_for(lambda: active(admin, "hash") != before, "the new prompt")


def test_a_protected_file_named_by_an_edit_is_watched_from_then_on(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path,
) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    store = PolicyStore(load_policy_set(path), path)
    proxy_for(Script(stream_events(LEAK.encode())), policy=store)  # its lifespan watches the files
    admin = admin_of(store)
    (tmp_path / "prompts").mkdir()
    prompt = tmp_path / "prompts" / "support.txt"
    prompt.write_text("Nothing to protect yet.")
    path.write_text(policy("two", "[2]") + "protected_files: [prompts/support.txt]\n")
    wait_for(lambda: active(admin) == "two", "the edited policy")
    before = active(admin, "hash")
    prompt.write_text(PROMPT)  # in a directory the watcher did not watch at first
    wait_for(lambda: active(admin, "hash") != before, "the new prompt")


# --- reloads do not stall streams in flight ------------------------------------------------

PII_POLICY = """version: 1
name: private
rules:
  - id: pii
    detector: pii
    channels: [reasoning, content]
"""
EVENTS = 400  # 10 ms apart: 4 s of stream, the first pii compile (about 2 s) fits inside


class TimedUpstream:
    """A chat stream of EVENTS reasoning events, 10 ms apart, each one's send time noted."""

    def __init__(self) -> None:
        self.sent: list[float] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        self.sent = []
        events = stream_events(*[b" a benign word or two about savings rates."] * EVENTS)
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for event in events:
            assert isinstance(event, bytes)
            self.sent.append(time.perf_counter())
            await send({"type": "http.response.body", "body": event, "more_body": True})
            await asyncio.sleep(0.01)
        await send({"type": "http.response.body", "body": b""})


def event_delays(base: str, upstream: TimedUpstream) -> list[float]:
    """Seconds each event of one stream took from the upstream to the client."""
    payload = {"model": "m", "stream": True, "messages": [{"role": "system", "content": PROMPT}]}
    arrivals: list[float] = []
    with httpx.stream("POST", f"{base}/v1/chat/completions", json=payload,
                      timeout=60) as response:
        for chunk in response.iter_raw():
            arrivals += [time.perf_counter()] * chunk.count(b"\n\n")
    # One event out per event in (the text is benign): the i-th arrival is the i-th sent.
    assert len(arrivals) == len(upstream.sent) == EVENTS + 2
    return [a - s for a, s in zip(arrivals, upstream.sent, strict=True)]


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99)]


# Fresh processes tried: the bound must hold in one. A load spike on a shared machine can slow
# one attempt's compile (its C parts hold the GIL) past the bound; the compile on the event loop
# misses it by seconds in every attempt.
ATTEMPTS = 3


def test_a_pii_policy_reload_adds_under_50ms_to_the_p99_of_a_stream_in_flight(
    serve: Callable[..., str], tmp_path: Path
) -> None:
    """The reload compiles off the event loop. guardproxy runs in its own process (presidio not
    imported yet: the first pii compile is the slow one, about 2 s); a SIGHUP switches it from
    a plain policy to a pii one while a stream is in flight. The p99 of that stream's event
    delays (upstream to client) is compared with the same stream's without a reload, measured
    before and after in the same process. On the event loop, the compile delays every event
    that arrives meanwhile: a p99 of seconds."""
    upstream = TimedUpstream()
    url = serve(upstream)
    attempts = []
    for attempt in range(ATTEMPTS):
        before, during, after = _reload_under_stream(url, upstream, tmp_path / str(attempt))
        attempts.append((before, during, after))
        if during < max(before, after) + 0.050:
            return
    pytest.fail(f"p99 (before, during, after) a reload, in seconds: {attempts}")


def _reload_under_stream(upstream_url: str, upstream: TimedUpstream, folder: Path
                         ) -> tuple[float, float, float]:
    folder.mkdir()
    path = folder / "p.yaml"
    path.write_text(policy("one", "[1]"))
    sock, admin = free_socket(), free_socket()
    port, admin_port = sock.getsockname()[1], admin.getsockname()[1]
    sock.close()
    admin.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "guardproxy", "serve", "--upstream", upstream_url, "--policy",
         str(path), "--port", str(port), "--admin-port", str(admin_port), "--no-watch"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: _up(base), "guardproxy serve")
        before = p99(event_delays(base, upstream))
        path.write_text(PII_POLICY)
        timer = threading.Timer(0.5, proc.send_signal, [signal.SIGHUP])
        timer.start()
        during = p99(event_delays(base, upstream))
        timer.join()
        # The reload happened during that stream, not after it.
        assert active(f"http://127.0.0.1:{admin_port}") == "private"
        after = p99(event_delays(base, upstream))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return before, during, after
