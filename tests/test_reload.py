"""Policy selection and hot reload: file edits, ConfigMap symlink swaps, SIGHUP, broken
updates, and streams in flight keeping the policy they started with."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

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


def test_a_stream_is_served_while_a_reload_is_still_compiling(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path) -> None:
    """The reload loads and compiles in a worker thread (a `pii` policy takes seconds): here the
    load is held until a whole stream has been served, which could not happen if it ran on the
    event loop. (What a real pii compile adds to a stream's delays is measured by
    benchmarks/reload_latency.py.)"""
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    loading, release = threading.Event(), threading.Event()

    def held_load(at: Path) -> PolicySet:
        loading.set()
        release.wait(timeout=30)  # a guard against a hang, not a measurement
        return load_policy_set(at)

    store = PolicyStore(load_policy_set(path), path, load=held_load)
    base = proxy_for(Script(stream_events(LEAK.encode())), policy=store)
    admin = admin_of(store)
    path.write_text(policy("second", "[2]"))
    wait_for(loading.is_set, "the reload to start")
    try:
        assert "[1]" in ask(base)  # served by the old set while the new one loads
        assert active(admin) == "one"
    finally:
        release.set()
    wait_for(lambda: active(admin) == "second", "the reloaded policy")
    assert "[2]" in ask(base)


def test_a_change_made_before_the_watcher_started_is_picked_up(
    admin_of: Callable[[PolicyStore], str], proxy_for: Callable[..., str], tmp_path: Path) -> None:
    """`serve --workers` loads the files in the parent and each worker starts its own watcher
    later: an edit in between is no event for any watcher, so the watcher compares the files
    with what was loaded when it starts."""
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    loaded = PolicyStore(load_policy_set(path), path)
    path.write_text(policy("second", "[2]"))  # before any watcher runs
    store = loaded.reporting_to(lambda _result, _set: None)  # as a worker gets it
    base = proxy_for(Script(stream_events(LEAK.encode())), policy=store)
    wait_for(lambda: active(admin_of(store)) == "second", "the edit made before the start")
    assert "[2]" in ask(base)


def test_an_unchanged_file_is_not_reloaded_when_the_watcher_starts(
    proxy_for: Callable[..., str], tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    results: list[ReloadResult] = []
    store = PolicyStore(load_policy_set(path), path, lambda r, _: results.append(r))
    base = proxy_for(Script(stream_events(LEAK.encode())), policy=store)
    assert "[1]" in ask(base)
    path.write_text(policy("second", "[2]"))
    wait_for(lambda: results != [], "the edit")
    assert results == ["success"]  # no "unchanged" reload of the files as they were loaded
