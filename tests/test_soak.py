"""A short run of benchmarks/soak.py: guardproxy's CLI under concurrent streams, then SIGTERM
with streams in flight. The full soak (minutes) is run by hand; see benchmarks/README.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SOAK = Path(__file__).resolve().parents[1] / "benchmarks" / "soak.py"


def test_short_soak_and_graceful_shutdown(tmp_path: Path) -> None:
    report = tmp_path / "soak.json"
    command = [sys.executable, str(SOAK), "--duration", "8", "--warmup", "2", "--settle", "1",
               "--concurrency", "8", "--inflight", "6", "--json", str(report)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    result = json.loads(report.read_text())
    assert done.returncode == 0, done.stdout + done.stderr
    assert result["requests"] > 8 and result["errors"] == 0
    assert result["fds"]["after"] <= result["fds"]["before"] + 4
    shutdown = result["graceful_shutdown"]
    assert shutdown["finished"] == shutdown["in_flight"] == 6
    assert all(result["checks"].values())


def test_short_churn_soak_counts_every_fate_under_its_outcome(tmp_path: Path) -> None:
    """Clients hanging up, upstreams stalling and dropping: each stream's fate is what the
    proxy counted it as (guardproxy_streams_ended_total), and no error is left unexplained."""
    report = tmp_path / "churn.json"
    command = [sys.executable, str(SOAK), "--duration", "8", "--warmup", "2", "--settle", "1",
               "--concurrency", "8", "--inflight", "4", "--churn", "0.5", "--json", str(report)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    result = json.loads(report.read_text())
    assert done.returncode == 0, done.stdout + done.stderr
    assert result["errors"] == 0
    outcomes = result["outcomes"]
    assert outcomes["proxy_counted"] == outcomes["client_expected"]
    # Each fault was drawn and counted (eight streams at a time for 8 s: dozens each).
    assert {"completed", "client_disconnect", "upstream_timeout",
            "upstream_disconnect"} <= outcomes["proxy_counted"].keys()
    assert outcomes["proxy_logged"] == {k: v for k, v in outcomes["proxy_counted"].items()
                                        if k in ("upstream_timeout", "upstream_disconnect")}
    assert "| outcome | client (fates drawn) | proxy (/metrics) |" in done.stdout
