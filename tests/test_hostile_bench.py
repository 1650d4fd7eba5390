"""A short run of benchmarks/hostile.py against this tree: the header and prompt cases with
small sizes. The full run (with `--baseline`, hundreds of MiB) is run by hand; see
benchmarks/README.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HOSTILE = Path(__file__).resolve().parents[1] / "benchmarks" / "hostile.py"


def test_short_hostile_run(tmp_path: Path) -> None:
    report = tmp_path / "hostile.json"
    command = [sys.executable, str(HOSTILE), "--cases", "header", "name", "prompt",
               "--header-mib", "2", "--prompt-kib", "300", "--json", str(report)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    results = {r["case"]: r for r in json.loads(report.read_text())}
    assert {r["source"] for r in results.values()} == {"this tree"}
    assert results["header"]["outcome"] in ("431", "closed")
    assert results["name"]["outcome"] in ("431", "closed")
    assert results["prompt"]["outcome"] == "413"
    assert all(r["probes"] >= 1 and r["probe_errors"] == 0 for r in results.values())
    assert "| header | this tree |" in done.stdout
