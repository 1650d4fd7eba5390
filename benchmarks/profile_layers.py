"""Where guardproxy's time goes, by layer, from a py-spy profile of the proxy process.

    py-spy record -p PID -d 15 -r 250 -f raw -o prof.raw   # PID: `perf.py --serve guardproxy`
    python benchmarks/profile_layers.py prof.raw

Each sample goes to the first layer, from the innermost frame outwards, one of whose names it
runs; the metrics server's idle thread is left out. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

# (layer, name fragments of its frames); the last one takes whatever is left.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("detectors: prompt_leak (words, runs, letters)",
     ("WordDetector.", "RunReader.", "LetterReader.", "WordStream.")),
    ("detectors: safety_hints (sentences, patterns)", ("SafetyHintDetector.", "SentenceStream.")),
    ("detectors: encoded (base64, hex)", ("EncodedDetector.",)),
    ("detectors: secrets", ("SecretsDetector.",)),
    ("detectors: pii (presidio)", ("PiiDetector.", "PiiAnalyzer.", "presidio")),
    ("sanitizer: Channel (merge, release)", ("Channel.",)),
    ("codec: JSON, tracks, re-encoding",
     ("ChatStream.", "_Choice.", "Track.", "Texts.", "json_object", "encode_event", "reencode")),
    ("SSE framing", ("SSEDecoder.", "SSEResponseStream.")),
    ("upstream read (aiohttp, httpx)",
     ("aiter_raw", "_Body.", "StreamReader", "ResponseHandler", "BoundAsyncStream")),
    ("client write (uvicorn, middleware)",
     ("RequestResponseCycle.send", "counting_send", "ServerErrorMiddleware",
      "wrapped_app.<locals>.sender")),
    ("proxy loop and metrics",
     ("_Exchange.", "HoldBackClock", "ChannelTally", "Histogram", "MutexValue", "UpstreamClock",
      "StreamingResponse.")),
    ("event loop, request setup, the rest", ()),
]
IDLE = ("serve_forever", "Thread._bootstrap")  # the admin port's server thread (perf.py)


def layer_of(frames: list[str]) -> str:
    for frame in reversed(frames):
        for layer, names in LAYERS:
            if any(name in frame for name in names):
                return layer
    return LAYERS[-1][0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("profile", type=Path, help="py-spy's `-f raw` output")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    for line in args.profile.read_text().splitlines():
        stack, _, samples = line.rpartition(" ")
        if stack and not any(idle in stack for idle in IDLE):
            counts[layer_of(stack.split(";"))] += int(samples)
    total = sum(counts.values()) or 1
    print(f"{total} samples of the main thread")
    for layer, _ in LAYERS:
        print(f"{counts[layer] / total:6.1%}  {layer}")


if __name__ == "__main__":
    main()
