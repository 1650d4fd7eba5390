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
