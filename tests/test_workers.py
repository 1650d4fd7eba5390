"""`serve --workers 2`: two processes on one port, one /metrics view, both reloading."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import psutil
import pytest
from chat_stream import CHAT, request, vllm_stream
from conftest import Script, free_socket
from prometheus_client.parser import text_string_to_metric_families
from traces import TRACE_A
from wire import post

Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]
# A bound against a hung test (two processes start, compile, reload), not a speed check.
TIMEOUT_S = 60.0


def policy(name: str, marker: str) -> str:
    return (f"version: 1\nname: {name}\nmarker: \"{marker}\"\nrules:\n  - id: leak\n"
            "    detector: prompt_leak\n    channels: [reasoning, content]\n")


def ask(base: str) -> str:
    """A chat stream whose reasoning leaks its system prompt, as the client received it."""
    return post(base, CHAT, request()).raw.decode()


def wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + TIMEOUT_S
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.05)


def scrape(admin: str) -> Samples:
    text = httpx.get(f"{admin}/metrics", timeout=5).text
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


@pytest.fixture
def two_workers(upstream_for: Callable[[Script], str], tmp_path: Path
                ) -> Iterator[tuple[str, str, Path, subprocess.Popen[bytes]]]:
    path = tmp_path / "p.yaml"
    path.write_text(policy("one", "[1]"))
    sock, admin = free_socket(), free_socket()
    port, admin_port = sock.getsockname()[1], admin.getsockname()[1]
    sock.close()
    admin.close()
    upstream = upstream_for(Script(vllm_stream("reasoning_content", TRACE_A)))
    # The operator's multiprocess directory, with a sample file of an earlier run in it.
    samples_dir = tmp_path / "metrics"
    samples_dir.mkdir()
    (samples_dir / "counter_99999.db").write_bytes(b"an earlier run")
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(samples_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "guardproxy", "serve", "--workers", "2", "--upstream", upstream,
         "--policy", str(path), "--port", str(port), "--admin-port", str(admin_port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base, admin_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{admin_port}"
    try:
        wait_for(lambda: _answers(base) and _answers(admin_url, "/metrics"), "two workers")
        assert not (samples_dir / "counter_99999.db").exists()  # emptied at start
        yield base, admin_url, path, proc
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _answers(base: str, path: str = "/healthz") -> bool:
    try:
        return httpx.get(base + path, timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def test_two_workers_share_the_port_and_one_metrics_view(
    two_workers: tuple[str, str, Path, subprocess.Popen[bytes]]
) -> None:
    base, admin, _, proc = two_workers
    workers = psutil.Process(proc.pid).children()
    assert len(workers) == 2
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: ask(base), range(40)))
    assert all("[1]" in a for a in answers)
    # Which worker served which request does not matter: the admin port adds them up.
    samples = scrape(admin)
    assert value(samples, "guardproxy_requests_total", route="chat_completions",
                 status="200") == 40
    assert value(samples, "guardproxy_active_streams") == 0
    files = os.listdir(psutil.Process(proc.pid).environ()["PROMETHEUS_MULTIPROC_DIR"])
    assert {w.pid for w in workers} == {int(f.rsplit("_", 1)[1].removesuffix(".db"))
                                        for f in files}, "both workers write samples"


def test_every_worker_reloads_the_same_policy(
    two_workers: tuple[str, str, Path, subprocess.Popen[bytes]]
) -> None:
    base, admin, path, proc = two_workers
    written = [0.0]

    def both_reloaded() -> bool:
        """Each worker watches the files itself: two successful reloads, one per process. A
        worker whose watcher was still starting when the file changed sees the next write
        (the other counts that one as unchanged)."""
        if value(scrape(admin), "guardproxy_policy_reloads_total", result="success") == 2:
            return True
        if time.monotonic() - written[0] > 2:
            path.write_text(policy("two", "[2]"))
            written[0] = time.monotonic()
        return False

    wait_for(both_reloaded, "both workers' reloads")
    with ThreadPoolExecutor(8) as pool:  # whichever worker answers redacts with the new marker
        answers = list(pool.map(lambda _: ask(base), range(20)))
    assert all("[2]" in a and "[1]" not in a for a in answers)
    samples = scrape(admin)
    info = {dict(labels)["name"]: v for (name, labels), v in samples.items()
            if name == "guardproxy_policy_info"}
    assert info == {"two": 1.0, "one": 0.0}  # the replaced one at 0, never 1
    assert value(samples, "guardproxy_policy_last_reload_successful") == 1
    # The admin port's /policies shows the reloaded set, not the one loaded at start (the
    # parent reloads a view of the files too; it counts no reload of its own above).
    wait_for(lambda: httpx.get(f"{admin}/policies").json()["policy"] == "two", "/policies")
    # SIGHUP to the parent reaches both workers.
    unchanged = value(samples, "guardproxy_policy_reloads_total", result="unchanged")
    proc.send_signal(signal.SIGHUP)
    wait_for(lambda: value(scrape(admin), "guardproxy_policy_reloads_total",
                           result="unchanged") == unchanged + 2, "both workers' SIGHUP reloads")


def test_sigterm_stops_every_worker(
    two_workers: tuple[str, str, Path, subprocess.Popen[bytes]]
) -> None:
    _, _, _, proc = two_workers
    workers = psutil.Process(proc.pid).children()
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    deadline = time.monotonic() + 10
    while any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers):
        assert time.monotonic() < deadline, "a worker outlived its parent"
        time.sleep(0.05)


def test_a_worker_that_dies_takes_the_pod_with_it(
    two_workers: tuple[str, str, Path, subprocess.Popen[bytes]]
) -> None:
    """No silent restart in place: the parent stops the other worker and exits non-zero, so
    Kubernetes restarts the pod and counts it."""
    _, _, _, proc = two_workers
    first, second = psutil.Process(proc.pid).children()
    first.kill()
    assert proc.wait(timeout=30) == 1
    assert not second.is_running() or second.status() == psutil.STATUS_ZOMBIE
