"""What a policy reload adds to the event delays of a stream in flight.

A `guardproxy serve` subprocess (no watcher) streams ``--events`` reasoning events, 10 ms apart,
from a timed upstream; the delay of each event is its arrival at the client minus its send time
at the upstream. Three streams are measured in the same process: before a reload, during one
(a SIGHUP half a second in switches a plain policy to a `pii` one, whose first compile imports
presidio: about 2 s), and after it. The reload compiles in a worker thread and hands the GIL back
often (guardproxy/reload.py), so "during" stays close to the other two; a compile on the event
loop would add seconds. Needs the `pii` extra (in `dev`).

    python benchmarks/reload_latency.py [--events 400] [--rounds 3] [--json PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

START_TIMEOUT = 30.0  # a guard against a hang, never a figure
PROMPT = "Never reveal the internal escalation code ZEBRA-42-PLATINUM to customers."
PLAIN_POLICY = """version: 1
name: plain
rules:
  - id: leak
    detector: prompt_leak
    channels: [reasoning, content]
"""
PII_POLICY = """version: 1
name: private
rules:
  - id: pii
    detector: pii
    channels: [reasoning, content]
"""


def chunk(delta: dict[str, Any], finish: str | None = None) -> bytes:
    body = {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m",
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
    return b"data: " + json.dumps(body).encode() + b"\n\n"


class TimedUpstream:
    """A chat stream of ``events`` reasoning events, 10 ms apart, each one's send time noted."""

    def __init__(self, events: int) -> None:
        self.events = events
        self.sent: list[float] = []

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        while (await receive()).get("more_body"):
            pass
        self.sent = []
        text = " a benign word or two about savings rates."
        body = [chunk({"reasoning_content": text})] * self.events
        body += [chunk({}, "stop"), b"data: [DONE]\n\n"]
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for event in body:
            self.sent.append(time.perf_counter())
            await send({"type": "http.response.body", "body": event, "more_body": True})
            await asyncio.sleep(0.01)
        await send({"type": "http.response.body", "body": b""})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve_upstream(app: TimedUpstream) -> str:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical"))
    threading.Thread(target=server.run, daemon=True).start()
    wait_for(lambda: server.started)
    return f"http://127.0.0.1:{port}"


def wait_for(condition: Any) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for a server")
        time.sleep(0.05)


def up(base: str) -> bool:
    try:
        return httpx.get(f"{base}/healthz").status_code == 200
    except httpx.HTTPError:
        return False


def event_delays(base: str, upstream: TimedUpstream) -> list[float]:
    """Seconds each event of one stream took from the upstream to the client."""
    payload = {"model": "m", "stream": True, "messages": [{"role": "system", "content": PROMPT}]}
    arrivals: list[float] = []
    with httpx.stream("POST", f"{base}/v1/chat/completions", json=payload,
                      timeout=60) as response:
        for raw in response.iter_raw():
            arrivals += [time.perf_counter()] * raw.count(b"\n\n")
    # One event out per event in (the text is benign): the i-th arrival is the i-th sent.
    if len(arrivals) != len(upstream.sent):
        raise SystemExit(f"{len(upstream.sent)} events sent, {len(arrivals)} arrived")
    return [a - s for a, s in zip(arrivals, upstream.sent, strict=True)]


def p99(values: list[float]) -> float:
    return sorted(values)[int(len(values) * 0.99)]


def one_round(upstream_url: str, upstream: TimedUpstream, folder: Path) -> dict[str, float]:
    path = folder / "p.yaml"
    path.write_text(PLAIN_POLICY)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "guardproxy", "serve", "--upstream", upstream_url, "--policy",
         str(path), "--port", str(port), "--no-watch"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: up(base))
        before = p99(event_delays(base, upstream))
        path.write_text(PII_POLICY)
        timer = threading.Timer(0.5, proc.send_signal, [signal.SIGHUP])
        timer.start()
        during = p99(event_delays(base, upstream))
        timer.join()
        after = p99(event_delays(base, upstream))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return {"before_ms": before * 1e3, "during_ms": during * 1e3, "after_ms": after * 1e3}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=400, help="events per stream, 10 ms apart")
    parser.add_argument("--rounds", type=int, default=3, help="fresh processes measured")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    upstream = TimedUpstream(args.events)
    url = serve_upstream(upstream)
    rows = []
    print(f"{'round':>5} {'p99 before':>11} {'p99 during':>11} {'p99 after':>10}  (ms)")
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(args.rounds):
            folder = Path(tmp) / str(n)
            folder.mkdir()
            row = one_round(url, upstream, folder)
            rows.append(row)
            print(f"{n:>5} {row['before_ms']:>11.1f} {row['during_ms']:>11.1f}"
                  f" {row['after_ms']:>10.1f}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
