"""The admin port (admin.py): /metrics and /policies only, a bearer token when configured,
loopback by default, served from the event loop (no thread per connection); the proxy port's
/readyz says ready and nothing more."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from conftest import Script
from leaky import admin_port

from guardproxy.config import Settings
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_set import PolicySet

TOKEN = "0123456789abcdef-admin-token"
WAIT = 30.0  # a guard against a hang, never a threshold


def test_a_token_is_required_when_configured(default_policy: CompiledPolicy) -> None:
    metrics = Metrics()
    with admin_port(metrics, PolicySet.of(default_policy), TOKEN) as url:
        base = url.removesuffix("/metrics")
        for path in ("/metrics", "/policies", "/nowhere"):
            for headers in ({}, {"authorization": "Bearer wrong"},
                            {"authorization": TOKEN}):  # not a bearer credential
                refused = httpx.get(base + path, headers=headers, timeout=5)
                assert refused.status_code == 401, (path, headers)
                assert refused.headers["www-authenticate"].startswith("Bearer")
                assert "guardproxy_" not in refused.text and "default" not in refused.text
        auth = {"authorization": f"Bearer {TOKEN}"}
        scraped = httpx.get(url, headers=auth, timeout=5)
        assert scraped.status_code == 200 and "guardproxy_requests_total" in scraped.text
        assert httpx.get(base + "/nowhere", headers=auth, timeout=5).status_code == 404


def test_policies_are_on_the_admin_port_and_readyz_says_only_ready(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    base = proxy_for(Script([]))
    ready = httpx.get(f"{base}/readyz", timeout=5)
    assert ready.status_code == 200 and ready.json() == {"status": "ready"}
    with admin_port(Metrics(), PolicySet.of(default_policy)) as url:
        listed = httpx.get(url.removesuffix("/metrics") + "/policies", timeout=5).json()
    assert listed == {"policy": "default", "hash": default_policy.digest,
                      "policies": [{"name": "default", "hash": default_policy.digest}]}


def test_the_proxy_port_serves_no_metrics(proxy_for: Callable[..., str]) -> None:
    """Per-rule counters (shadow and audit rules too) map the filters: never on the proxy."""
    base = proxy_for(Script([]))
    for path in ("/metrics", "/policies"):
        reply = httpx.get(base + path, timeout=5)
        assert reply.status_code == 404 and "guardproxy_" not in reply.text


def test_admin_host_is_loopback_by_default() -> None:
    assert Settings().admin_host == "127.0.0.1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[subprocess.Popen[bytes], int, int]]:
    """`guardproxy serve` on every address (--host 0.0.0.0), the admin port left default."""
    port, admin = _free_port(), _free_port()
    env = {**os.environ, "GUARDPROXY_HOST": "0.0.0.0", "GUARDPROXY_PORT": str(port),
           "GUARDPROXY_ADMIN_PORT": str(admin), "GUARDPROXY_LOG_LEVEL": "warning"}
    proc = subprocess.Popen([sys.executable, "-m", "guardproxy", "serve", "--no-watch"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + WAIT
    try:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{admin}/metrics").status_code == 200:
                    break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("guardproxy serve did not start")
                time.sleep(0.05)
        yield proc, port, admin
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _listening(port: int) -> set[str]:
    """The local addresses listening on ``port`` (from /proc/net/tcp: hex, little-endian)."""
    found = set()
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        address, hex_port = local.split(":")
        if int(hex_port, 16) == port and state == "0A":
            found.add(socket.inet_ntoa(bytes.fromhex(address)[::-1]))
    return found


def test_serve_binds_the_admin_port_to_loopback_whatever_the_proxy_host(
    served: tuple[subprocess.Popen[bytes], int, int]
) -> None:
    _, port, admin = served
    assert _listening(port) == {"0.0.0.0"}
    assert _listening(admin) == {"127.0.0.1"}


def _threads(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("Threads:"))
               .split()[1])


def test_idle_admin_connections_cost_no_thread(
    served: tuple[subprocess.Popen[bytes], int, int]
) -> None:
    """prometheus-client's server spawned a thread per connection and never reaped idle
    ones (150 idle connections: 156 threads); served from the event loop, none."""
    proc, _, admin = served
    before = _threads(proc.pid)
    idle = [socket.create_connection(("127.0.0.1", admin), timeout=WAIT) for _ in range(100)]
    try:
        # A scrape gets through after them: every connection before it was accepted.
        assert httpx.get(f"http://127.0.0.1:{admin}/metrics", timeout=WAIT).status_code in (
            200, 503)
        assert _threads(proc.pid) - before < 10
    finally:
        for sock in idle:
            sock.close()
