"""A tiny run of benchmarks/perf.py: every configuration streams, every check passes, and the
figures the report is built on are there. The full run (minutes) is done by hand; see
benchmarks/README.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PERF = Path(__file__).resolve().parents[1] / "benchmarks" / "perf.py"


def test_perf_harness_runs_every_configuration(tmp_path: Path) -> None:
    report = tmp_path / "perf.json"
    # 100 reasoning events, quotes from the start: the shortest trace of the default seed that
    # quotes the prompt, so the redaction checks have a leak to count.
    command = [sys.executable, str(PERF), "--events", "100", "--leaks-after", "0",
               "--streams", "1", "2",
               # Enough events that each proxy's CPU time spans several of the 10 ms ticks a
               # process's CPU time is counted in (300 could read 0.0 for the relay).
               "--min-events", "3000", "--rounds", "1", "--no-scale", "--json", str(report),
               # This very checkout as the baseline: the comparison of two versions runs.
               "--baseline-src", str(PERF.parents[1])]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    result = json.loads(report.read_text())
    assert result["failures"] == []
    assert result["checks"] and all(check["ok"] for check in result["checks"])

    rows = {(row["config"], row["concurrency"]): row for row in result["network"]}
    assert set(rows) == {(c, k) for c in ("direct", "relay", "relay-aiohttp", "baseline",
                                          "default", "strict") for k in (1, 2)}
    for (config, _), row in rows.items():
        assert row["events"] == row["expected_events"] > 0
        assert row["latency_p50_ms"] > 0 and row["latency_p99_ms"] >= row["latency_p50_ms"]
        assert row["ttft_median_ms"] > 0
        if config == "direct":
            assert row["proxy_cpu_us_per_event"] is None
        else:
            assert row["proxy_cpu_us_per_event"] > 0 and row["proxy_peak_rss_mib"] > 0
            assert row["added_latency_p99_ms"] is not None
    assert rows[("baseline", 1)]["markers"] == rows[("default", 1)]["markers"] > 0
    for config in ("default", "strict"):
        assert rows[(config, 1)]["markers"] > 0
        assert rows[(config, 1)]["ratio_vs_relay"] > 0
        assert rows[(config, 1)]["ratio_vs_relay_aiohttp"] > 0
        assert rows[(config, 1)]["hold_back"]["chars_streams"] > 0
        assert result["in_process"][config]["channel_max_held_chars"] > 0
    assert {target["config"] for target in result["targets"]} == {"default", "strict"}
