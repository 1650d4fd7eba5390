"""Load and soak: many concurrent streams through `guardproxy serve` for minutes, then a
graceful shutdown with streams in flight.

Two subprocesses on loopback: a scripted upstream that streams a leaking vLLM-format reasoning
trace (one word per event, paced like a model), and guardproxy itself, started by its CLI as it
is deployed. This process runs ``--concurrency`` streaming clients (httpx, async) for
``--duration`` seconds and checks every response: status 200, ends with `[DONE]`, the leak
redacted. It samples the proxy's RSS and open file descriptors: after a warm-up with the same
load (pools and caches filled), during the soak, and once the load has stopped. Then it starts
``--inflight`` more streams, sends SIGTERM to the proxy once each has received its first bytes,
and checks that every one still completes and that the proxy exits cleanly.

    python benchmarks/soak.py [--duration 180] [--concurrency 64] [--pace-ms 10] [--json PATH]

``--churn`` mixes in the faults a proxy meets in production, each stream's fate drawn from a
seeded generator: clients that hang up mid-stream, upstreams that stall past the proxy's read
timeout, upstreams that drop the connection mid-stream. Every fate has the outcome the proxy
must count it under (``guardproxy_streams_ended_total``): the report sets the client's tally of
fates beside the proxy's counts from its /metrics, and any error the fate does not explain is
an unexplained error.

Exit status 0 only if there were no unexplained errors, every stream was counted under its
outcome, RSS grew less than ``--max-rss-growth-mb``, the descriptors came back to where they
were, and the shutdown let every stream finish.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, Any

import httpx
import psutil

REPO = Path(__file__).resolve().parent.parent
START_TIMEOUT = 30.0

SYSTEM = ("You are the support assistant of Harbor Bank. Never reveal the internal escalation "
          "code NIMBUS-7731-ORCHID to customers, and keep every answer under eighty words.")
REASONING = (
    "The user asks about savings rates, which is a normal question. Let me re-read my setup: "
    "never reveal the internal escalation code NIMBUS-7731-ORCHID to customers, and keep every "
    "answer under eighty words. This does not look like a jailbreak attempt, so I can answer. "
    "Rates depend on the account type, so I will list the two common ones briefly."
)
ANSWER = "Our savings accounts pay between 2.1% and 3.4% a year, depending on the account."
LEAKS = ("NIMBUS-7731-ORCHID", "internal escalation code", "jailbreak attempt")
DONE = b"data: [DONE]\n\n"

# A stream's fate (``--churn``) and the outcome guardproxy must count it under. The client
# tells the upstream its fate in the request's `user` field, which the proxy passes on.
OUTCOME_OF = {"ok": "completed", "client-drop": "client_disconnect",
              "upstream-stall": "upstream_timeout", "upstream-drop": "upstream_disconnect"}
CHURN_READ_TIMEOUT = 2.0  # the proxy's --read-timeout under --churn; stalls last longer

Receive = Callable[[], Awaitable[Any]]
Send = Callable[[Any], Awaitable[None]]


# --- the upstream (run in its own process) ---------------------------------------------------


def _event(delta: dict[str, Any], finish: str | None = None) -> bytes:
    chunk = {"id": "chatcmpl-soak", "object": "chat.completion.chunk", "created": 1_700_000_000,
             "model": "soak", "choices": [{"index": 0, "delta": delta,
                                           "finish_reason": finish}]}
    return b"data: " + json.dumps(chunk, separators=(",", ":")).encode() + b"\n\n"


def stream_events() -> list[bytes]:
    words = [w + " " for w in REASONING.split(" ")]
    return [_event({"role": "assistant", "content": ""}),
            *(_event({"reasoning_content": w}) for w in words),
            *(_event({"content": w + " "}) for w in ANSWER.split(" ")),
            _event({}, "stop"), DONE]


class _Drop(Exception):
    """Raised mid-body: uvicorn drops the connection (an upstream that dies mid-stream)."""


def upstream_app(pace: float) -> Callable[..., Awaitable[None]]:
    events = stream_events()

    async def app(scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        fate, at = _fate_of(body)
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream")]})
        for i, event in enumerate(events):
            if i == at and fate == "upstream-stall":
                await asyncio.sleep(CHURN_READ_TIMEOUT * 2)  # the proxy has given up by then
                return
            if i == at and fate == "upstream-drop":
                raise _Drop
            await send({"type": "http.response.body", "body": event, "more_body": True})
            await asyncio.sleep(pace)
        await send({"type": "http.response.body", "body": b""})

    return app


def _fate_of(body: bytes) -> tuple[str, int]:
    """The fate the client drew (`user`: "FATE:EVENT"), and at which event it strikes."""
    fate, _, at = str(json.loads(body).get("user", "ok")).partition(":")
    return fate, int(at or 0)


def serve_upstream(port: int, pace: float) -> None:
    import uvicorn

    # critical: a dropped connection (an exception by design) is not worth a traceback
    uvicorn.run(upstream_app(pace), host="127.0.0.1", port=port, log_level="critical",
                log_config=None, access_log=False, backlog=4096, lifespan="off")


# --- processes ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_upstream(pace: float) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    command = [sys.executable, __file__, "--serve-upstream", str(port),
               "--pace-ms", str(pace * 1000)]
    return subprocess.Popen(command), f"http://127.0.0.1:{port}"


def start_proxy(upstream: str, churn: bool,
                log: IO[bytes]) -> tuple[subprocess.Popen[bytes], str, str]:
    """guardproxy by its CLI, logging to ``log``: the process, its URL and its /metrics URL."""
    port, admin = free_port(), free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "guardproxy", "serve", "--upstream", upstream,
               "--port", str(port), "--admin-port", str(admin), "--no-watch",
               "--log-level", "warning"]
    if churn:
        command += ["--read-timeout", str(CHURN_READ_TIMEOUT)]
    return (subprocess.Popen(command, env=env, stderr=log), f"http://127.0.0.1:{port}",
            f"http://127.0.0.1:{admin}/metrics")


# The proxy's line for a stream that ended abnormally (warning level; client disconnects are
# logged at info, below the soak's --log-level warning).
ENDED_LINE = re.compile(rb"stream ended request_id=\S+ route=\S+ outcome=(\w+) cause=\w+")


def logged_ends(log: IO[bytes], start: int) -> Counter[str]:
    """The abnormal ends the proxy logged from byte ``start`` of its log on, by outcome."""
    log.seek(start)
    return Counter(m.group(1).decode() for m in ENDED_LINE.finditer(log.read()))


def log_size(log: IO[bytes]) -> int:
    return os.fstat(log.fileno()).st_size


async def streams_ended(metrics_url: str) -> Counter[str]:
    """guardproxy_streams_ended_total by outcome, summed over routes, from /metrics."""
    from prometheus_client.parser import text_string_to_metric_families

    async with httpx.AsyncClient(trust_env=False, timeout=10) as client:
        text = (await client.get(metrics_url)).text
    counts: Counter[str] = Counter()
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == "guardproxy_streams_ended_total":
                counts[sample.labels["outcome"]] += int(sample.value)
    return counts


async def wait_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    async with httpx.AsyncClient(trust_env=False, timeout=1) as client:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"{url} exited with {process.returncode}")
            try:
                await client.get(url + "/healthz")
                return
            except httpx.HTTPError:
                await asyncio.sleep(0.05)
    raise RuntimeError(f"{url} did not start")


@dataclass
class Sample:
    at: float
    rss: int
    fds: int


def sample(proc: psutil.Process, began: float) -> Sample:
    return Sample(round(time.monotonic() - began, 1), proc.memory_info().rss, proc.num_fds())


# --- the load -------------------------------------------------------------------------------


@dataclass
class Tally:
    """What the client saw: requests, errors by cause (an exception's class or what a check
    found wrong), and under --churn each fate drawn."""

    requests: int = 0
    errors: int = 0
    error_kinds: dict[str, int] = field(default_factory=dict)
    events: int = 0
    fates: Counter[str] = field(default_factory=Counter)

    def fail(self, kind: str) -> None:
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1


class Fates:
    """Each stream's fate under --churn, from a seeded generator: mostly whole streams, the
    rest split between the three faults; the event where a fault strikes is drawn too."""

    def __init__(self, churn: float, seed: int) -> None:
        self.churn = churn
        self.random = random.Random(seed)
        self.events = len(stream_events())

    def draw(self) -> tuple[str, int]:
        if self.random.random() >= self.churn:
            return "ok", 0
        fate = self.random.choice(["client-drop", "upstream-stall", "upstream-drop"])
        # In the first half: the client's hang-up must find the stream still running, even
        # with the client's reads well behind the upstream on a busy machine (at 10 ms an
        # event, the proxy is then 400 ms or more from the end).
        return fate, self.random.randrange(2, self.events // 2)


def check(raw: bytes, fate: str = "ok") -> str | None:
    """What is wrong with one response body, or None. A stream whose upstream failed must end
    with the proxy's error event and `[DONE]`, nothing of the leak in what came before."""
    if not raw.endswith(b"\n\n" + DONE):
        return "no-done"
    text = raw.decode("utf-8")
    if any(leak in text for leak in LEAKS):
        return "leak"
    if fate != "ok":
        return None if b'"type":"upstream_error"' in raw else "no-upstream-error-event"
    if "[redacted:" not in text or b'"error"' in raw:
        return "not-sanitized"
    return None


def payload(fate: str = "ok", at: int = 0) -> bytes:
    body = {"model": "soak", "stream": True, "user": f"{fate}:{at}",
            "messages": [{"role": "system", "content": SYSTEM},
                         {"role": "user", "content": "What are your savings rates?"}]}
    return json.dumps(body).encode()


async def one_stream(client: httpx.AsyncClient, url: str, tally: Tally,
                     started: asyncio.Event | None = None,
                     fates: Fates | None = None) -> None:
    fate, at = fates.draw() if fates is not None else ("ok", 0)
    tally.requests += 1
    tally.fates[fate] += 1
    try:
        async with client.stream("POST", url + "/v1/chat/completions",
                                 content=payload(fate, at),
                                 headers={"content-type": "application/json"}) as response:
            raw = bytearray()
            async for data in response.aiter_raw():
                raw += data
                if started is not None:
                    started.set()
                if fate == "client-drop" and raw.count(b"\n\n") >= at:
                    return  # hang up: leaving the block closes the connection mid-stream
            if response.status_code != 200:
                tally.fail(f"status-{response.status_code}")
                return
    except httpx.HTTPError as exc:
        tally.fail(type(exc).__name__)
        return
    tally.events += raw.count(b"\n\ndata: ") + 1
    if (problem := check(bytes(raw), fate)) is not None:
        tally.fail(problem)


async def load(url: str, seconds: float, concurrency: int, tally: Tally,
               on_tick: Callable[[], None] | None = None, fates: Fates | None = None) -> None:
    deadline = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    timeout = httpx.Timeout(60.0)

    async with httpx.AsyncClient(trust_env=False, limits=limits, timeout=timeout) as client:

        async def worker() -> None:
            while time.monotonic() < deadline:
                await one_stream(client, url, tally, fates=fates)

        async def ticker() -> None:
            while time.monotonic() < deadline and on_tick is not None:
                on_tick()
                await asyncio.sleep(5)

        await asyncio.gather(ticker(), *(worker() for _ in range(concurrency)))


async def graceful(url: str, proxy: subprocess.Popen[bytes], streams: int) -> dict[str, Any]:
    """SIGTERM while ``streams`` are in flight: each must still finish whole."""
    tally = Tally()
    starts = [asyncio.Event() for _ in range(streams)]
    limits = httpx.Limits(max_connections=streams)
    async with httpx.AsyncClient(trust_env=False, limits=limits, timeout=60) as client:
        tasks = [asyncio.create_task(one_stream(client, url, tally, s)) for s in starts]
        await asyncio.wait_for(asyncio.gather(*(s.wait() for s in starts)), START_TIMEOUT)
        signalled = time.monotonic()
        proxy.send_signal(signal.SIGTERM)
        await asyncio.gather(*tasks)
    code = await asyncio.to_thread(proxy.wait, 90)
    return {"in_flight": streams, "finished": tally.requests - tally.errors,
            "errors": tally.error_kinds, "exit_code": code,
            "exit_seconds": round(time.monotonic() - signalled, 2)}


# --- the run --------------------------------------------------------------------------------


async def soak(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryFile() as log:  # the proxy's log
        return await _soak(args, log)


async def _soak(args: argparse.Namespace, log: IO[bytes]) -> dict[str, Any]:
    pace = args.pace_ms / 1000
    fates = Fates(args.churn, args.seed) if args.churn else None
    upstream_proc, upstream = start_upstream(pace)
    proxy_proc, url, metrics_url = start_proxy(upstream, fates is not None, log)
    try:
        await wait_up(upstream, upstream_proc)
        await wait_up(url, proxy_proc)
        proc = psutil.Process(proxy_proc.pid)
        began = time.monotonic()
        await load(url, args.warmup, args.concurrency, Tally(), fates=fates)
        await asyncio.sleep(args.settle)
        before = sample(proc, began)
        ended_before, log_before = await streams_ended(metrics_url), log_size(log)
        tally, samples = Tally(), [before]
        soak_began = time.monotonic()
        await load(url, args.duration, args.concurrency, tally,
                   lambda: samples.append(sample(proc, began)), fates)
        elapsed = time.monotonic() - soak_began
        await asyncio.sleep(args.settle)
        after = sample(proc, began)
        samples.append(after)
        ended = await streams_ended(metrics_url) - ended_before
        logged = logged_ends(log, log_before)
        shutdown = await graceful(url, proxy_proc, args.inflight)
    finally:
        for process in (proxy_proc, upstream_proc):
            if process.poll() is None:
                process.terminate()
                process.wait(10)
    return report(args, tally, elapsed, before, after, samples, shutdown, ended, logged)


def report(args: argparse.Namespace, tally: Tally, elapsed: float, before: Sample,
           after: Sample, samples: list[Sample], shutdown: dict[str, Any],
           ended: Counter[str], logged: Counter[str]) -> dict[str, Any]:
    mb = 1024 * 1024
    growth = (after.rss - before.rss) / mb
    # Every fate the client drew, under the outcome the proxy must have counted it as.
    expected = Counter({OUTCOME_OF[fate]: n for fate, n in tally.fates.items()})
    checks = {
        "no_errors": tally.errors == 0 and tally.requests > 0,
        "outcomes_match": +ended == +expected,
        # Each abnormal end logged once (those the soak's log level shows).
        "logged_once": +logged == +(ended - Counter(completed=ended["completed"],
                                                    blocked=ended["blocked"],
                                                    client_disconnect=ended["client_disconnect"])),
        "rss_bounded": growth < args.max_rss_growth_mb,
        "fds_returned": after.fds <= before.fds + args.fd_slack,
        "graceful": (shutdown["finished"] == shutdown["in_flight"] and not shutdown["errors"]
                     # uvicorn re-raises the signal once it has shut down, so that process
                     # managers see it: dying of that SIGTERM is the clean exit
                     and shutdown["exit_code"] in (0, -signal.SIGTERM)),
    }
    return {
        "duration_s": round(elapsed, 1), "concurrency": args.concurrency,
        "pace_ms": args.pace_ms, "requests": tally.requests, "errors": tally.errors,
        "error_kinds": tally.error_kinds, "events": tally.events,
        "requests_per_s": round(tally.requests / elapsed, 1),
        "fates": dict(tally.fates),
        "outcomes": {"client_expected": dict(expected), "proxy_counted": dict(ended),
                     "proxy_logged": dict(logged)},
        "rss_mb": {"before": round(before.rss / mb, 1), "after": round(after.rss / mb, 1),
                   "max": round(max(s.rss for s in samples) / mb, 1),
                   "growth": round(growth, 1)},
        "fds": {"before": before.fds, "after": after.fds,
                "max": max(s.fds for s in samples)},
        "samples": [asdict(s) for s in samples],
        "graceful_shutdown": shutdown, "checks": checks, "ok": all(checks.values()),
    }


def tables(result: dict[str, Any]) -> str:
    """The report as Markdown tables: outcomes (the client's view beside the proxy's), errors
    by cause, and the proxy's RSS and descriptors over time."""
    outcomes = result["outcomes"]
    names = sorted(set(outcomes["client_expected"]) | set(outcomes["proxy_counted"]))
    lines = ["| outcome | client (fates drawn) | proxy (/metrics) | proxy (log lines) |",
             "|---|---|---|---|"]
    lines += [f"| {n} | {outcomes['client_expected'].get(n, 0)} | "
              f"{outcomes['proxy_counted'].get(n, 0)} | {outcomes['proxy_logged'].get(n, '-')} |"
              for n in names]
    lines += ["", "| error (unexplained) | count |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in sorted(result["error_kinds"].items())] or []
    if not result["error_kinds"]:
        lines.append("| none | 0 |")
    lines += ["", "| s | RSS MB | open fds |", "|---|---|---|"]
    lines += [f"| {s['at']} | {s['rss'] / 2**20:.1f} | {s['fds']} |"
              for s in result["samples"]]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--duration", type=float, default=180.0, help="seconds of soak")
    parser.add_argument("--warmup", type=float, default=15.0, help="seconds before measuring")
    # Longer than the proxy keeps idle upstream connections (4 s, closed on aiohttp's next
    # cleanup, up to 4 s later): "before" and "after" then count no pooled connection, so a
    # difference in descriptors is a leak, not the pool's size at that moment.
    parser.add_argument("--settle", type=float, default=10.0,
                        help="seconds idle before each measurement")
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--pace-ms", type=float, default=10.0, help="upstream delay per event")
    parser.add_argument("--inflight", type=int, default=16, help="streams at SIGTERM")
    parser.add_argument("--max-rss-growth-mb", type=float, default=32.0)
    parser.add_argument("--fd-slack", type=int, default=4)
    parser.add_argument("--churn", type=float, default=0.0, metavar="SHARE",
                        help="share of streams given a fault: a client hang-up, an upstream "
                        "stall or drop (e.g. 0.3); 0: none")
    parser.add_argument("--seed", type=int, default=18, help="of the streams' fates")
    parser.add_argument("--json", type=Path, help="also write the report here")
    parser.add_argument("--serve-upstream", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_upstream:
        serve_upstream(args.serve_upstream, args.pace_ms / 1000)
        return
    result = asyncio.run(soak(args))
    shown = {k: v for k, v in result.items() if k != "samples"}
    print(json.dumps(shown, indent=2))
    print(tables(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    sys.exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
