"""perf.py's in-process section (no network) for this checkout and another, in one run.

    python benchmarks/compare_inproc.py --baseline-src ../main [--events 1000] [--repeats 3]

Each source tree runs in its own subprocess (its own `guardproxy` package, perf.py and default
policy), alternating, ``--repeats`` times; the table gives the median of each figure. A quick
check that a change to the codecs or the sanitizer keeps the hot path's cost: it is not the
end-to-end figure perf.py measures through real sockets.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
FIGURES = ("chat_stream_us_per_event", "sse_and_chat_stream_us_per_event", "channel_us_per_token")
# Run inside the subprocess: the tree's perf.py, its own package first on the path.
CHILD = """
import json, sys
from pathlib import Path
src = Path(sys.argv[1])
sys.path[:0] = [str(src), str(src / "benchmarks")]
import perf
w = perf.build_workload(perf.pick_prompt(None), int(sys.argv[2]), 7)
r = perf.in_process(w, src / "policies" / "default.yaml")
print(json.dumps(r))
"""


def measure(src: Path, events: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(src), str(events)],
                          capture_output=True, text=True, check=True, cwd=src)
    result = json.loads(done.stdout.splitlines()[-1])
    if result["leaks_surviving"] or result["events_out"] != result["events_in"]:
        sys.exit(f"{src}: the in-process run did not redact as expected: {result}")
    return {name: float(result[name]) for name in FIGURES}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--baseline-src", type=Path, required=True,
                        help="another checkout of guardproxy (the baseline)")
    parser.add_argument("--events", type=int, default=1000, help="reasoning events per trace")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    trees = {"baseline": args.baseline_src.resolve(), "this": HERE}
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.repeats):
        for name, src in trees.items():
            runs[name].append(measure(src, args.events))
    print(f"{'figure (CPU, median of ' + str(args.repeats) + ')':<44}"
          f"{'baseline':>10}{'this':>10}{'ratio':>8}")
    for figure in FIGURES:
        base, this = (statistics.median(r[figure] for r in runs[n]) for n in trees)
        print(f"{figure:<44}{base:>10.2f}{this:>10.2f}{this / base:>8.2f}")


if __name__ == "__main__":
    main()
