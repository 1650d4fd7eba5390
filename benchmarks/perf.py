"""What guardproxy costs over a bare streaming relay, measured on one machine in one run.

Three subprocesses serve on loopback (uvicorn, identical settings):

* a scripted upstream that streams a vLLM-format chat completion as fast as it can (or paced,
  ``--pace-ms``): one token per SSE event in ``reasoning`` deltas, then content deltas, a
  finish chunk and ``[DONE]``;
* a bare relay: a minimal starlette + httpx app that passes the upstream's bytes through as is;
* guardproxy (``create_app``) with ``policies/default.yaml``.

The client (this process, httpx async streaming) runs K concurrent streams through each proxy
and counts the events it receives; the proxy's CPU time (user + sys, read from the proxy
process itself) before and after the workload gives its CPU cost per streamed event. A second,
in-process part feeds the same token stream to the sanitizer with no network at all.

    /work/venv/bin/python benchmarks/relay_overhead.py [--events N] [--streams K ...] [--json PATH]

See benchmarks/README.md for what every figure means.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import math
import os
import random
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx
import orjson
import psutil

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

CORPUS = Path(os.environ.get("GUARDPROXY_CORPUS", "/work/shared/corpus/system-prompts"))
DEFAULT_POLICY = REPO / "policies" / "default.yaml"
MARKER = b"[redacted:"
MODEL = "bench-reasoner"
CREATED = 1_700_000_000

# --------------------------------------------------------------------------------------------
# Workload: a real system prompt and a seeded reasoning trace that sometimes quotes it.
# --------------------------------------------------------------------------------------------

BENIGN = (
    "Let me think about what the user actually needs here.",
    "First, I should figure out whether the question is about a specific case or a general one.",
    "The user did not say which version they mean, so I will assume the most recent one.",
    "That seems reasonable, but let me double-check the numbers before I commit to it.",
    "Hmm, wait. That does not add up, so I probably misread the second part.",
    "Okay, so the main point is clear; the details are what need care.",
    "I could answer in one line, but a short list will be easier to follow.",
    "There are really two questions here, and they should be answered separately.",
    "Let me restate the problem in my own words to make sure I have it right.",
    "If I get this wrong the rest of the answer falls apart, so it is worth a second look.",
    "Actually, a concrete example would make this much clearer.",
    "So far: the first step is settled, the second depends on what they already tried.",
    "I should keep the tone friendly and avoid jargon where a plain word works.",
    "The tricky part is the edge case where nothing is provided at all.",
    "Let me compare the two options side by side before recommending one.",
    "Neither option is perfect, but the second has fewer surprises.",
    "I am fairly confident about this, though I should mention the main caveat.",
    "It would help to know their constraints, but I can cover the common ones.",
    "Breaking it down step by step makes the dependencies obvious.",
    "One more thing to check: whether the earlier assumption still holds.",
    "Right, that assumption holds, so the conclusion stands.",
    "A table might be overkill; two short paragraphs will do.",
    "Let me also think about what could go wrong if they follow this literally.",
    "The answer should start with the direct result and then explain it.",
    "I will keep the explanation short and offer to go deeper if they want.",
    "That covers the main path; now the exceptions.",
    "Should I ask a clarifying question first? No, there is enough to give a useful answer.",
    "The user seems to be in a hurry, so the summary goes first.",
    "Counting again: three items, not four, because the last one repeats the first.",
    "This is consistent with what they said earlier in the conversation.",
)
TOPICAL = (
    "The {w} part looks like the key constraint, so I will handle it first.",
    "They care about {w} and {v}; I should address both.",
    "Let me think about how {w} fits in with the rest of the request.",
    "I need to be careful with {w}, since that is where mistakes usually happen.",
    "So {w} comes before {v} in the answer.",
    "Is {w} really relevant here? Probably, given how the question is phrased.",
)
NARRATION = (  # benign text that the safety-hints rule is meant to catch
    "This does not look like a jailbreak attempt, so I can answer normally.",
    "Nothing here conflicts with my guidelines, so I can go ahead.",
)
LEAK_FRAMES = (  # {q}: a verbatim run of the system prompt (a leak the proxy must redact)
    'Let me re-read the setup: "{q}" Right.',
    'The relevant part says "{q}", so I should follow that.',
    "My instructions say: {q}",
    "Quoting it directly: {q}",
    "\n> {q}\n",
    "Going back to the exact wording, {q}. That settles it.",
)
NEAR_FRAMES = (  # {q}: a short run (3-5 words, below the policy's min_words): not a leak
    'It mentions "{q}" somewhere, which is relevant.',
    "The phrase {q} matters for this answer.",
)
ANSWER = (
    "Here is the short version: start with the first step, check the result, and only then "
    "move on to the second. If anything looks off, send me what you see and I will help you "
    "sort it out."
)
USER_MESSAGE = "Can you help me with this? I need a clear answer and a short explanation."

_TOKEN = re.compile(r"\s*(?:\w+|[^\w\s]+)|\s+")
_WORD = re.compile(r"\w+")


def pick_prompt(explicit: Path | None) -> Path:
    """The corpus prompt whose length is closest to 2,000 characters (ties: by file name)."""
    if explicit is not None:
        return explicit
    files = sorted(CORPUS.glob("*.txt"))
    if not files:
        sys.exit(f"no system prompts under {CORPUS} (use --prompt)")
    return min(files, key=lambda p: (abs(len(p.read_text(encoding="utf-8")) - 2000), p.name))


def tokenize(text: str) -> list[str]:
    """BPE-like pieces: a word (with its leading space) or a punctuation run; long words split."""
    tokens: list[str] = []
    for piece in _TOKEN.findall(text):
        lead = piece[: len(piece) - len(piece.lstrip())]
        body = piece[len(lead) :]
        if len(body) <= 6 or not body.isalnum():
            tokens.append(piece)
            continue
        n = math.ceil(len(body) / 5)
        size = math.ceil(len(body) / n)
        parts = [body[i : i + size] for i in range(0, len(body), size)]
        tokens.append(lead + parts[0])
        tokens.extend(parts[1:])
    assert "".join(tokens) == text
    return tokens


@dataclass
class Workload:
    prompt_path: str
    prompt: str
    seed: int
    reasoning_tokens: list[str]
    content_tokens: list[str]
    leaks: list[str]  # prompt runs quoted in full within the reasoning
    near_misses: int
    chunks: list[bytes] = field(repr=False, default_factory=list)  # the upstream's SSE events

    @property
    def reasoning(self) -> str:
        return "".join(self.reasoning_tokens)

    @property
    def events(self) -> int:
        return len(self.chunks)

    def payload(self) -> dict[str, Any]:
        return {
            "model": MODEL,
            "stream": True,
            "messages": [
                {"role": "system", "content": self.prompt},
                {"role": "user", "content": USER_MESSAGE},
            ],
        }


def build_workload(prompt_path: Path, n_events: int, seed: int) -> Workload:
    prompt = prompt_path.read_text(encoding="utf-8")
    rng = random.Random(seed)
    spans = [m.span() for m in _WORD.finditer(prompt)]
    topical = sorted({w.lower() for w in _WORD.findall(prompt) if w.isalpha() and len(w) >= 7})

    def run(lo: int, hi: int) -> str:
        length = min(rng.randint(lo, hi), len(spans))
        i = rng.randrange(len(spans) - length + 1)
        return prompt[spans[i][0] : spans[i + length - 1][1]]

    parts: list[str] = []
    leaks: list[str] = []
    near = 0
    text_len = 0
    target_chars = n_events * 8  # comfortably more than n_events tokens; cut to size below
    while text_len < target_chars:
        roll = rng.random()
        if roll < 0.07:
            q = run(8, 24)
            sentence = rng.choice(LEAK_FRAMES).format(q=q)
            leaks.append(q)
        elif roll < 0.15:
            sentence = rng.choice(NEAR_FRAMES).format(q=run(3, 5))
            near += 1
        elif roll < 0.17:
            sentence = rng.choice(NARRATION)
        elif roll < 0.40 and topical:
            sentence = rng.choice(TOPICAL).format(w=rng.choice(topical), v=rng.choice(topical))
        else:
            sentence = rng.choice(BENIGN)
        sep = "\n\n" if rng.random() < 0.12 else " "
        if parts and parts[-1].endswith("\n"):
            sep = ""
        chunk = sentence if not parts else sep + sentence
        parts.append(chunk)
        text_len += len(chunk)
    tokens = tokenize("".join(parts))[:n_events]
    reasoning = "".join(tokens)
    content = tokenize(" " + ANSWER)
    content[0] = content[0].lstrip()
    workload = Workload(
        prompt_path=str(prompt_path),
        prompt=prompt,
        seed=seed,
        reasoning_tokens=tokens,
        content_tokens=content,
        leaks=[q for q in leaks if q in reasoning],
        near_misses=near,
    )
    workload.chunks = render_sse(workload)
    return workload


def render_sse(w: Workload) -> list[bytes]:
    """The upstream's events, in the vLLM wire format (>= 0.16: `reasoning` deltas)."""

    def event(delta: dict[str, str], finish: str | None = None) -> bytes:
        chunk = {
            "id": "chatcmpl-bench0001",
            "object": "chat.completion.chunk",
            "created": CREATED,
            "model": MODEL,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
        }
        return b"data: " + orjson.dumps(chunk) + b"\n\n"

    out = [event({"role": "assistant", "content": ""})]
    out.extend(event({"reasoning": t}) for t in w.reasoning_tokens)
    out.extend(event({"content": t}) for t in w.content_tokens)
    out.append(event({"content": ""}, "stop"))
    out.append(b"data: [DONE]\n\n")
    return out


def parse_stream(raw: bytes) -> tuple[int, str, str]:
    """(events, reasoning text, content text) of a received SSE body."""
    events = 0
    reasoning: list[str] = []
    content: list[str] = []
    for block in raw.split(b"\n\n"):
        if not block.strip():
            continue
        events += 1
        data = b"\n".join(
            line[5:].removeprefix(b" ") for line in block.split(b"\n") if line.startswith(b"data:")
        )
        if not data or data == b"[DONE]":
            continue
        for choice in orjson.loads(data).get("choices", []):
            delta = choice.get("delta") or {}
            reasoning.append(delta.get("reasoning") or "")
            content.append(delta.get("content") or "")
    return events, "".join(reasoning), "".join(content)


# --------------------------------------------------------------------------------------------
# In-process: the sanitizer alone, no network.
# --------------------------------------------------------------------------------------------


def _cpu_per_item(fn: Callable[[], int], min_seconds: float = 0.4) -> tuple[float, int]:
    """Median CPU microseconds per item over repeats of ``fn`` (which returns its item count)."""
    fn()  # warm-up: imports, caches, the prompt index
    samples: list[float] = []
    spent = 0.0
    while spent < min_seconds or len(samples) < 5:
        t0 = time.process_time()
        n = fn()
        dt = time.process_time() - t0
        spent += dt
        samples.append(dt / n * 1e6)
    return statistics.median(samples), len(samples)


def in_process(w: Workload, policy_path: Path) -> dict[str, Any]:
    from guardproxy.codecs.openai_chat import ChatStream
    from guardproxy.policy import load_policy
    from guardproxy.sse import SSEDecoder

    compiled = load_policy(policy_path)
    think = compiled.policy.inline_think
    prompts = [w.prompt]

    # Hold-back and what comes out, once, on a Channel and on ChatStream.
    channel = compiled.channels(prompts)("reasoning")
    max_held = 0
    released: list[str] = []
    for token in w.reasoning_tokens:
        released.append(channel.feed(token))
        max_held = max(max_held, channel.held)
    released.append(channel.flush())
    channel_out = "".join(released)

    decoder = SSEDecoder()
    events = [e for chunk in w.chunks for e in decoder.feed(chunk)]
    assert len(events) == w.events
    stream = ChatStream(compiled.channels(prompts), think)
    out = b"".join(stream.feed(e) for e in events) + stream.close()
    out_events, out_reasoning, _ = parse_stream(out)

    def channel_only() -> int:
        ch = compiled.channels(prompts)("reasoning")
        for token in w.reasoning_tokens:
            ch.feed(token)
        ch.flush()
        return len(w.reasoning_tokens)

    def chat_stream() -> int:
        s = ChatStream(compiled.channels(prompts), think)
        for e in events:
            s.feed(e)
        s.close()
        return len(events)

    def decode_and_chat_stream() -> int:
        d = SSEDecoder()
        s = ChatStream(compiled.channels(prompts), think)
        for chunk in w.chunks:  # one upstream event per read
            for e in d.feed(chunk):
                s.feed(e)
        s.close()
        return len(w.chunks)

    channel_us, channel_reps = _cpu_per_item(channel_only)
    chat_us, chat_reps = _cpu_per_item(chat_stream)
    full_us, full_reps = _cpu_per_item(decode_and_chat_stream)
    return {
        "policy": compiled.name,
        "hold_back_limit": compiled.policy.hold_back,
        "channel_bound": channel.bound,
        "channel_max_held_chars": max_held,
        "chat_stream_max_held_chars": stream.max_held,
        "events_in": len(events),
        "events_out": out_events,
        "markers_per_stream": out.count(MARKER),
        "markers_by_rule": _markers_by_rule(out),
        "channel_markers": channel_out.count(MARKER.decode()),
        "leaks_surviving": sum(q in out_reasoning for q in w.leaks),
        "channel_us_per_token": channel_us,
        "chat_stream_us_per_event": chat_us,
        "sse_and_chat_stream_us_per_event": full_us,
        "repeats": {"channel": channel_reps, "chat_stream": chat_reps, "sse": full_reps},
    }


def _markers_by_rule(raw: bytes) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in re.finditer(rb"\[redacted:([^\]]+)\]", raw):
        rule = m.group(1).decode()
        counts[rule] = counts.get(rule, 0) + 1
    return counts


# --------------------------------------------------------------------------------------------
# The servers (each runs as `relay_overhead.py --serve ROLE` in its own process).
# --------------------------------------------------------------------------------------------


def upstream_app(chunks: list[bytes], pace: float) -> Callable[..., Awaitable[None]]:
    """A raw ASGI app: answers every POST with the scripted stream, every GET with 200.

    ``pace`` 0 streams as fast as it can (yielding to the event loop between events, so
    concurrent streams interleave); otherwise it sleeps ``pace`` seconds between events.
    """

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            more = message.get("more_body", False)
        if scope["method"] != "POST":
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"text/plain")]})
            await send({"type": "http.response.body", "body": b"ok"})
            return
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream"),
                                (b"cache-control", b"no-cache")]})
        for chunk in chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            await asyncio.sleep(pace)
        await send({"type": "http.response.body", "body": b""})

    return app


def relay_app(upstream: str) -> Any:
    """The baseline: a minimal starlette + httpx relay that passes the bytes through unchanged."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, Response, StreamingResponse
    from starlette.routing import Route

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # The same client settings as guardproxy's.
        timeout = httpx.Timeout(300.0, connect=10.0)
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=100)
        async with httpx.AsyncClient(
            base_url=upstream, timeout=timeout, limits=limits, trust_env=False
        ) as client:
            app.state.client = client
            yield

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def forward(request: Request) -> Response:
        client: httpx.AsyncClient = request.app.state.client
        headers = {"content-type": request.headers.get("content-type", "application/json"),
                   "accept-encoding": "identity"}
        upstream_request = client.build_request(
            request.method, request.url.path, headers=headers, content=await request.body()
        )
        response = await client.send(upstream_request, stream=True)

        async def body() -> AsyncIterator[bytes]:
            try:
                async for chunk in response.aiter_raw():
                    yield chunk
            finally:
                await response.aclose()

        media = response.headers.get("content-type", "application/octet-stream")
        return StreamingResponse(body(), response.status_code, {"content-type": media})

    return Starlette(routes=[
        Route("/healthz", healthz, methods=["GET"]),
        Route("/{path:path}", forward, methods=["GET", "POST"]),
    ], lifespan=lifespan)


def guardproxy_app(upstream: str, policy_path: Path) -> Any:
    from pydantic import HttpUrl

    from guardproxy.config import Settings
    from guardproxy.metrics import Metrics
    from guardproxy.policy import load_policy
    from guardproxy.proxy import create_app

    return create_app(Settings(upstream=HttpUrl(upstream)), load_policy(policy_path), Metrics())


def serve(role: str, upstream: str, workload_path: str, policy_path: str) -> None:
    import uvicorn

    if role == "upstream":
        spec = json.loads(Path(workload_path).read_text())
        app = upstream_app([c.encode() for c in spec["chunks"]], spec["pace_s"])
    elif role == "relay":
        app = relay_app(upstream)
    else:
        app = guardproxy_app(upstream, Path(policy_path))
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, log_config=None,
                            timeout_graceful_shutdown=1, backlog=2048)
    uvicorn.Server(config).run(sockets=[sock])


# --------------------------------------------------------------------------------------------
# The parent: start the servers, drive the client, read the proxies' CPU and memory.
# --------------------------------------------------------------------------------------------


def _cpu(proc: psutil.Process) -> float:
    t = proc.cpu_times()
    return float(t.user + t.system)


def _busy_cpu() -> float:
    """CPU seconds the whole machine has spent busy since boot (all processes, all CPUs)."""
    t = psutil.cpu_times()
    extra = sum(getattr(t, name, 0.0) for name in ("irq", "softirq", "steal"))
    return float(t.user + t.nice + t.system + extra)


@dataclass
class Server:
    role: str
    proc: subprocess.Popen[bytes]
    url: str
    log: Path

    @property
    def ps(self) -> psutil.Process:
        return psutil.Process(self.proc.pid)

    def cpu(self) -> float:
        return _cpu(self.ps)

    def reset_peak_rss(self) -> bool:
        """Linux: writing 5 to clear_refs resets VmHWM to the current RSS."""
        try:
            Path(f"/proc/{self.proc.pid}/clear_refs").write_text("5")
        except OSError:
            return False
        return True

    def peak_rss(self) -> int:
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        except OSError:
            pass
        return int(self.ps.memory_info().rss)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def start_server(role: str, tmp: Path, upstream: str = "", workload: str = "",
                 policy: str = "") -> Server:
    log = tmp / f"{role}.log"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--serve", role,
           "--upstream-url", upstream, "--workload", workload, "--policy", policy]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO),
                                                                     os.environ.get("PYTHONPATH")]))}
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if not line.isdigit():
        proc.kill()
        sys.exit(f"{role} server failed to start:\n{log.read_text()[-3000:]}")
    return Server(role, proc, f"http://127.0.0.1:{int(line)}", log)


async def wait_ready(server: Server, path: str) -> None:
    async with httpx.AsyncClient(trust_env=False, timeout=2.0) as client:
        for _ in range(200):
            if server.proc.poll() is not None:
                sys.exit(f"{server.role} exited:\n{server.log.read_text()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(server.url + path)).status_code == 200:
                    return
            await asyncio.sleep(0.05)
    sys.exit(f"{server.role} did not become ready:\n{server.log.read_text()[-3000:]}")


@dataclass
class StreamCounts:
    streams: int = 0
    events: int = 0
    markers: int = 0
    bad_status: int = 0


async def _one_stream(client: httpx.AsyncClient, url: str, body: bytes,
                      counts: StreamCounts) -> None:
    headers = {"content-type": "application/json"}
    async with client.stream("POST", url, content=body, headers=headers) as response:
        if response.status_code != 200:
            counts.bad_status += 1
        buf = b""
        async for chunk in response.aiter_raw():
            buf += chunk
            cut = buf.rfind(b"\n\n")
            if cut >= 0:
                done, buf = buf[: cut + 2], buf[cut + 2 :]
                counts.events += done.count(b"\n\n")
                counts.markers += done.count(MARKER)
    counts.streams += 1


async def full_stream(url: str, body: bytes) -> bytes:
    """One request, its whole body kept: the warm-up, checked in full."""
    async with httpx.AsyncClient(trust_env=False, timeout=60.0) as client:
        headers = {"content-type": "application/json"}
        response = await client.post(url + "/v1/chat/completions", content=body, headers=headers)
        response.raise_for_status()
        return response.content


@dataclass
class Result:
    """One measurement: one proxy, K concurrent streams, one round."""

    proxy: str
    concurrency: int
    round: int
    streams: int
    events: int
    expected_events: int
    markers: int
    bad_status: int
    wall_s: float
    events_per_s: float
    proxy_cpu_s: float
    proxy_cpu_us_per_event: float
    proxy_cpu_util: float
    proxy_peak_rss_mib: float
    upstream_cpu_us_per_event: float
    client_cpu_us_per_event: float


@dataclass
class Summary:
    """All rounds of one proxy at one K: totals, and the spread of the per-round figures."""

    proxy: str
    concurrency: int
    rounds: int
    streams: int
    events: int
    expected_events: int
    markers: int
    bad_status: int
    wall_s: float
    events_per_s: float
    proxy_cpu_s: float
    proxy_cpu_us_per_event: float  # all rounds' CPU time over all rounds' events
    proxy_cpu_us_per_event_min: float
    proxy_cpu_us_per_event_max: float
    proxy_cpu_util: float
    proxy_peak_rss_mib: float  # the largest of the rounds' peaks
    upstream_cpu_us_per_event: float
    client_cpu_us_per_event: float
    ratio_vs_relay: float | None = None  # guardproxy's CPU/event over the relay's, same K
    ratio_vs_relay_min: float | None = None  # the spread of the per-round ratios
    ratio_vs_relay_max: float | None = None


def summarize(results: list[Result]) -> list[Summary]:
    groups: dict[tuple[int, str], list[Result]] = {}
    for r in results:
        groups.setdefault((r.concurrency, r.proxy), []).append(r)
    out: list[Summary] = []
    for (k, proxy), rs in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] != "relay")):
        events = sum(r.events for r in rs)
        wall = sum(r.wall_s for r in rs)
        cpu = sum(r.proxy_cpu_s for r in rs)
        per_event = [r.proxy_cpu_us_per_event for r in rs]
        summary = Summary(
            proxy=proxy, concurrency=k, rounds=len(rs), streams=sum(r.streams for r in rs),
            events=events, expected_events=sum(r.expected_events for r in rs),
            markers=sum(r.markers for r in rs), bad_status=sum(r.bad_status for r in rs),
            wall_s=wall, events_per_s=events / wall, proxy_cpu_s=cpu,
            proxy_cpu_us_per_event=cpu / max(events, 1) * 1e6,
            proxy_cpu_us_per_event_min=min(per_event), proxy_cpu_us_per_event_max=max(per_event),
            proxy_cpu_util=cpu / wall,
            proxy_peak_rss_mib=max(r.proxy_peak_rss_mib for r in rs),
            upstream_cpu_us_per_event=sum(r.upstream_cpu_us_per_event * r.events for r in rs)
            / max(events, 1),
            client_cpu_us_per_event=sum(r.client_cpu_us_per_event * r.events for r in rs)
            / max(events, 1),
        )
        base = groups.get((k, "relay"))
        if proxy != "relay" and base:
            base_cpu = sum(r.proxy_cpu_s for r in base) / max(sum(r.events for r in base), 1)
            summary.ratio_vs_relay = summary.proxy_cpu_us_per_event / (base_cpu * 1e6)
            ratios = [g.proxy_cpu_us_per_event / b.proxy_cpu_us_per_event
                      for g, b in zip(rs, base, strict=True)]
            summary.ratio_vs_relay_min, summary.ratio_vs_relay_max = min(ratios), max(ratios)
        out.append(summary)
    return out


async def measure(server: Server, upstream: Server, w: Workload, k: int, total: int,
                  round_: int) -> Result:
    body = orjson.dumps(w.payload())
    url = server.url + "/v1/chat/completions"
    counts = StreamCounts()
    remaining = total
    limits = httpx.Limits(max_connections=k, max_keepalive_connections=k)
    timeout = httpx.Timeout(120.0, connect=10.0)

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            await _one_stream(client, url, body, counts)

    async with httpx.AsyncClient(limits=limits, timeout=timeout, trust_env=False) as client:
        server.reset_peak_rss()
        cpu0, up0, me0 = server.cpu(), upstream.cpu(), time.process_time()
        t0 = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(k)))
        wall = time.perf_counter() - t0
        cpu1, up1, me1 = server.cpu(), upstream.cpu(), time.process_time()
    events = max(counts.events, 1)
    return Result(
        proxy=server.role,
        concurrency=k,
        round=round_,
        streams=counts.streams,
        events=counts.events,
        expected_events=total * w.events,
        markers=counts.markers,
        bad_status=counts.bad_status,
        wall_s=wall,
        events_per_s=counts.events / wall,
        proxy_cpu_s=cpu1 - cpu0,
        proxy_cpu_us_per_event=(cpu1 - cpu0) / events * 1e6,
        proxy_cpu_util=(cpu1 - cpu0) / wall,
        proxy_peak_rss_mib=server.peak_rss() / 2**20,
        upstream_cpu_us_per_event=(up1 - up0) / events * 1e6,
        client_cpu_us_per_event=(me1 - me0) / events * 1e6,
    )


def verify_warmup(role: str, raw: bytes, w: Workload, expected_markers: int) -> dict[str, Any]:
    events, reasoning, content = parse_stream(raw)
    check: dict[str, Any] = {"proxy": role, "events": events, "expected_events": w.events,
                             "markers": raw.count(MARKER)}
    if role == "relay":
        check["byte_identical"] = raw == b"".join(w.chunks)
        check["ok"] = check["byte_identical"] and events == w.events
    else:
        check["markers_by_rule"] = _markers_by_rule(raw)
        check["expected_markers"] = expected_markers
        check["leaks_quoted"] = len(w.leaks)
        check["leaks_surviving"] = sum(q in reasoning for q in w.leaks)
        check["ok"] = (events == w.events and check["markers"] == expected_markers > 0
                       and check["leaks_surviving"] == 0 and MARKER not in content.encode())
    return check


async def network(w: Workload, policy: Path, ks: list[int], min_events: int, rounds: int,
                  pace_s: float, tmp: Path, expected_markers: int
                  ) -> tuple[list[Result], list[dict[str, Any]], dict[str, float]]:
    workload_file = tmp / "workload.json"
    workload_file.write_text(json.dumps({"chunks": [c.decode() for c in w.chunks],
                                         "pace_s": pace_s}))
    servers: list[Server] = []
    try:
        upstream = start_server("upstream", tmp, workload=str(workload_file))
        servers.append(upstream)
        await wait_ready(upstream, "/healthz")
        relay = start_server("relay", tmp, upstream=upstream.url)
        servers.append(relay)
        guard = start_server("guardproxy", tmp, upstream=upstream.url, policy=str(policy))
        servers.append(guard)
        await asyncio.gather(wait_ready(relay, "/healthz"), wait_ready(guard, "/healthz"))
        body = orjson.dumps(w.payload())
        checks = [
            verify_warmup(s.role, await full_stream(s.url, body), w, expected_markers)
            for s in (relay, guard)
        ]
        results: list[Result] = []
        ours = [s.ps for s in servers] + [psutil.Process()]
        busy0, ours0, t0 = _busy_cpu(), sum(_cpu(p) for p in ours), time.perf_counter()
        for round_ in range(rounds):
            for k in ks:
                total = max(k, math.ceil(min_events / w.events))
                total = math.ceil(total / k) * k
                order = (relay, guard) if round_ % 2 == 0 else (guard, relay)  # cancels drift
                for server in order:
                    results.append(await measure(server, upstream, w, k, total, round_))
        for s in servers:
            if s.proc.poll() is not None:
                sys.exit(f"{s.role} died during the run:\n{s.log.read_text()[-3000:]}")
        other = (_busy_cpu() - busy0) - (sum(_cpu(p) for p in ours) - ours0)
        load = {"wall_s": time.perf_counter() - t0, "other_cpu_s": max(other, 0.0)}
        return results, checks, load
    finally:
        for s in reversed(servers):
            s.stop()


# --------------------------------------------------------------------------------------------
# Report.
# --------------------------------------------------------------------------------------------


def report(w: Workload, inproc: dict[str, Any], results: list[Summary],
           checks: list[dict[str, Any]], load: dict[str, float], failures: list[str],
           pace_ms: float) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console(width=max(132, Console().width))
    console.print(
        f"[bold]workload[/]: prompt {Path(w.prompt_path).name} ({len(w.prompt)} chars), seed "
        f"{w.seed}; per stream {w.events} events = 1 role + {len(w.reasoning_tokens)} reasoning "
        f"+ {len(w.content_tokens)} content + finish + [DONE] "
        f"({len(w.reasoning)} reasoning chars, {len(w.leaks)} quoted prompt runs, "
        f"{w.near_misses} near misses)"
    )
    console.print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
                  f"{'uvloop' if _has('uvloop') else 'asyncio'} event loop")

    rounds = results[0].rounds if results else 0
    pace = f"upstream paced at {pace_ms:g} ms/event" if pace_ms else "upstream as fast as it can"
    spread = ", [min-max] = spread of the rounds" if rounds > 1 else ""
    t = Table(title=escape(f"Streaming through a proxy ({pace}): {rounds} round(s) per row"
                           f"{spread}"))

    def spread_of(lo: float | None, hi: float | None, digits: int = 2) -> str:
        return f" [{lo:.{digits}f}-{hi:.{digits}f}]" if rounds > 1 and lo is not None else ""

    t.add_column("proxy", no_wrap=True)
    for col in ("K", "streams", "events recv", "events/s", "proxy CPU µs/event",
                "proxy CPU util", "proxy peak RSS MiB", "CPU/event vs relay",
                "upstream / client CPU µs/event"):
        t.add_column(col, justify="right")
    for r in results:
        ratio = "base"
        if r.ratio_vs_relay is not None:
            ratio = f"{r.ratio_vs_relay:.2f}x" + spread_of(r.ratio_vs_relay_min,
                                                         r.ratio_vs_relay_max)
        cpu = f"{r.proxy_cpu_us_per_event:.1f}" + spread_of(r.proxy_cpu_us_per_event_min,
                                                            r.proxy_cpu_us_per_event_max, 1)
        t.add_row(
            r.proxy, str(r.concurrency), str(r.streams), f"{r.events:,}",
            f"{r.events_per_s:,.0f}", cpu,
            f"{r.proxy_cpu_util:.0%}", f"{r.proxy_peak_rss_mib:.1f}", ratio,
            f"{r.upstream_cpu_us_per_event:.1f} / {r.client_cpu_us_per_event:.1f}",
        )
    console.print(t)
    other = load["other_cpu_s"] / load["wall_s"]
    console.print(
        f"Other processes on this machine used {other:.0%} of one CPU during the network part "
        f"({load['wall_s']:.1f} s)"
        + (": events/s drops with such load, and CPU times rise too (shared cores and caches), "
           "so compare figures from one run, above all the ratio." if other >= 0.05 else ".")
    )

    t = Table(title="Sanitizer in-process (no network, same token stream)")
    t.add_column("measure")
    t.add_column("value", justify="right")
    t.add_row("Channel.feed, reasoning tokens only: CPU µs/token",
              f"{inproc['channel_us_per_token']:.1f}")
    t.add_row("ChatStream.feed, pre-decoded events: CPU µs/event",
              f"{inproc['chat_stream_us_per_event']:.1f}")
    t.add_row("SSEDecoder + ChatStream, one event per read: CPU µs/event",
              f"{inproc['sse_and_chat_stream_us_per_event']:.1f}")
    t.add_row("largest hold-back, Channel (max .held after a feed): chars",
              str(inproc["channel_max_held_chars"]))
    t.add_row("largest hold-back, ChatStream.max_held: chars",
              str(inproc["chat_stream_max_held_chars"]))
    t.add_row("channel bound / policy hold_back: chars",
              f"{inproc['channel_bound']} / {inproc['hold_back_limit']}")
    console.print(t)

    t = Table(title="Checks (so the figures can be trusted)")
    t.add_column("check")
    t.add_column("observed", justify="right")
    t.add_column("expected", justify="right")
    t.add_column("", justify="center")

    def row(name: str, observed: object, expected: object, ok: bool) -> None:
        t.add_row(escape(name), escape(str(observed)), escape(str(expected)),
                  "[green]ok[/]" if ok else "[red]FAIL[/]")

    rules = ", ".join(f"{k} {v}" for k, v in sorted(inproc["markers_by_rule"].items()))
    row(f"in-process: markers per stream ({rules})", inproc["markers_per_stream"], "> 0",
        inproc["markers_per_stream"] > 0)
    row("in-process: quoted prompt runs surviving", inproc["leaks_surviving"], 0,
        inproc["leaks_surviving"] == 0)
    row("in-process: events out = events in", inproc["events_out"], inproc["events_in"],
        inproc["events_out"] == inproc["events_in"])
    for c in checks:
        row(f"warm-up {c['proxy']}: events", c["events"], c["expected_events"],
            c["events"] == c["expected_events"])
        if c["proxy"] == "relay":
            row("warm-up relay: body byte-identical to upstream's", c["byte_identical"], True,
                c["byte_identical"])
            row("warm-up relay: [redacted: markers", c["markers"], 0, c["markers"] == 0)
        else:
            row("warm-up guardproxy: [redacted: markers", c["markers"], c["expected_markers"],
                c["markers"] == c["expected_markers"])
            row("warm-up guardproxy: quoted prompt runs surviving verbatim",
                f"{c['leaks_surviving']} of {c['leaks_quoted']}", 0, c["leaks_surviving"] == 0)
    by_k: dict[int, dict[str, Summary]] = {}
    for r in results:
        by_k.setdefault(r.concurrency, {})[r.proxy] = r
    for k, pair in by_k.items():
        for r in pair.values():
            row(f"K={k} {r.proxy}: events received", f"{r.events:,}", f"{r.expected_events:,}",
                r.events == r.expected_events and r.bad_status == 0)
            want = 0 if r.proxy == "relay" else r.streams * inproc["markers_per_stream"]
            row(f"K={k} {r.proxy}: [redacted: markers received", f"{r.markers:,}", f"{want:,}",
                r.markers == want)
        if len(pair) == 2:
            a, b = pair["relay"], pair["guardproxy"]
            row(f"K={k}: relay and guardproxy received the same events", f"{a.events:,}",
                f"{b.events:,}", a.events == b.events)
    console.print(t)
    if failures:
        console.print(f"[bold red]{len(failures)} check(s) failed:[/] " + "; ".join(failures))


def collect_failures(inproc: dict[str, Any], results: list[Summary],
                     checks: list[dict[str, Any]]) -> list[str]:
    failures = [f"warm-up {c['proxy']}" for c in checks if not c["ok"]]
    if inproc["markers_per_stream"] == 0 or inproc["leaks_surviving"]:
        failures.append("in-process redaction")
    if inproc["events_out"] != inproc["events_in"]:
        failures.append("in-process event count")
    for r in results:
        want = 0 if r.proxy == "relay" else r.streams * inproc["markers_per_stream"]
        if r.events != r.expected_events or r.bad_status or r.markers != want:
            failures.append(f"K={r.concurrency} {r.proxy}")
    return failures


def _has(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def _concurrency(values: list[str]) -> list[int]:
    ks = [int(v) for value in values for v in value.split(",") if v.strip()]
    if not ks or min(ks) < 1:
        raise argparse.ArgumentTypeError("--streams takes positive integers")
    return ks


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000,
                        help="reasoning events (tokens) per stream (default 1000)")
    parser.add_argument("--streams", nargs="+", default=["1", "16"], metavar="K",
                        help="concurrent streams, one configuration each (default: 1 16)")
    parser.add_argument("--min-events", type=int, default=30_000,
                        help="events streamed per configuration and round, at least "
                        "(default 30000)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="rounds over all configurations, alternating the proxies' order "
                        "(default 3)")
    parser.add_argument("--pace-ms", type=float, default=0.0,
                        help="the upstream's delay between two events of a stream, in ms "
                        "(default 0: as fast as it can)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the reasoning trace")
    parser.add_argument("--prompt", type=Path, help="system prompt file (default: the corpus "
                        "prompt closest to 2,000 characters)")
    parser.add_argument("--policy", default=str(DEFAULT_POLICY), help="guardproxy policy file")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    # Internal: run one of the servers.
    parser.add_argument("--serve", choices=["upstream", "relay", "guardproxy"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--upstream-url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--workload", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.upstream_url, args.workload, args.policy)
        return
    if args.events < 50:
        parser.error("--events must be at least 50")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    ks = _concurrency(args.streams)
    policy = Path(args.policy)
    started = time.perf_counter()
    w = build_workload(pick_prompt(args.prompt), args.events, args.seed)
    inproc = in_process(w, policy)
    with tempfile.TemporaryDirectory(prefix="guardproxy-bench-") as tmp:
        runs, checks, load = _run(network(w, policy, ks, args.min_events, args.rounds,
                                          args.pace_ms / 1000, Path(tmp),
                                      inproc["markers_per_stream"]))
    results = summarize(runs)
    failures = collect_failures(inproc, results, checks)
    report(w, inproc, results, checks, load, failures, args.pace_ms)
    elapsed = time.perf_counter() - started
    print(f"total run time {elapsed:.1f} s")
    if args.json:
        args.json.write_text(json.dumps({
            "workload": {
                "prompt": w.prompt_path, "prompt_chars": len(w.prompt), "seed": w.seed,
                "pace_ms": args.pace_ms,
                "events_per_stream": w.events, "reasoning_events": len(w.reasoning_tokens),
                "content_events": len(w.content_tokens), "reasoning_chars": len(w.reasoning),
                "quoted_prompt_runs": len(w.leaks), "near_misses": w.near_misses,
            },
            "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
            "network": [asdict(r) for r in results],
            "network_rounds": [asdict(r) for r in runs],
            "in_process": inproc,
            "warmup_checks": checks,
            "background_load": load,
            "failures": failures,
            "run_seconds": elapsed,
        }, indent=2) + "\n")
        print(f"wrote {args.json}")
    sys.exit(1 if failures else 0)


def _run(coro: Any) -> Any:
    """The client's event loop: uvloop where installed, like the servers'."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


if __name__ == "__main__":
    main()
