"""guardproxy's performance, measured on one machine in one run, against no proxy and a bare relay.

Servers, each in its own subprocess under uvicorn (identical settings) on loopback:

* a scripted upstream that streams a vLLM-format chat completion, one token per SSE event,
  paced at ``--rate`` tokens per second per stream (0: as fast as it can), and notes when it
  sent each event;
* two bare relays: a minimal starlette + httpx app that passes the upstream's bytes through,
  once with httpx as it comes (``relay``: h11 reads the upstream) and once on the transport
  guardproxy itself uses (``relay-aiohttp``: guardproxy.upstream), so the second isolates
  what the sanitizer costs;
* guardproxy with ``policies/default.yaml``, and guardproxy with ``policies/strict.yaml``.

The client (this process, httpx async streaming) runs K concurrent streams through each
configuration (``direct`` to the upstream, the relays, ``default``, ``strict``) and notes when
each event arrives. From that: the proxy's CPU per event (from the proxy process's own CPU
time), events per second, per-event latency and time to the first reasoning token (and what
each proxy adds over ``direct``), the largest hold-back, and the proxy's peak RSS. A scale part
streams 1k, 10k and 100k events per stream to show whether the cost per event stays flat; an
in-process part feeds the same tokens to the sanitizer with no network at all.

    /work/venv/bin/python benchmarks/perf.py [--rate TOKENS_PER_S] [--streams K ...] [--json PATH]

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
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal

import httpx
import orjson
import psutil

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

CORPUS = Path(os.environ.get("GUARDPROXY_CORPUS",
                             Path(__file__).resolve().parents[1] / "corpus" / "system-prompts"))
POLICIES = {"default": REPO / "policies" / "default.yaml",
            "strict": REPO / "policies" / "strict.yaml"}
# direct: the client talks to the upstream itself
# `baseline`: the default policy served by another checkout (--baseline-src), to compare two
# versions of guardproxy in one run.
CONFIGS = ("direct", "relay", "relay-aiohttp", "baseline", "default", "strict")
GUARDS = ("baseline", "default", "strict")  # configurations that run guardproxy
RELAYS = ("relay", "relay-aiohttp")
SCALE_EVENTS = (1000, 10_000, 100_000)
ALL_CPUS = sorted(os.sched_getaffinity(0))  # before pinning narrows this process's own set
MARKER = b"[redacted:"
MODEL = "bench-reasoner"
CREATED = 1_700_000_000
K2_THINK_RATE = 2000.0  # tokens per second per request

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
NEAR_FRAMES = (  # {q}: a short run (3-4 words, below both policies' min_words): not a leak
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


def build_workload(prompt_path: Path, n_events: int, seed: int,
                   leak_share: float = 0.07, leaks_after: float = 0.75) -> Workload:
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
    tokens_so_far = 0
    # Quotes of the prompt come only after ``leaks_after`` of the trace, as an extraction's
    # payoff would: the strict policy drops the reasoning from the first one on, and it should
    # be measured scanning most of each stream, not withholding it.
    leaks_from = leaks_after * n_events
    target_chars = n_events * 8  # comfortably more than n_events tokens; cut to size below
    while text_len < target_chars:
        roll = rng.random()
        if tokens_so_far < leaks_from and roll < leak_share:
            roll = leak_share + 0.5  # still benign: a plain sentence instead
        elif tokens_so_far >= leaks_from and leak_share and not leaks:
            roll = 0.0  # the first sentence there quotes the prompt: every trace has a leak
        if roll < leak_share:
            q = run(8, 24)
            sentence = rng.choice(LEAK_FRAMES).format(q=q)
            leaks.append(q)
        elif roll < leak_share + 0.08:
            sentence = rng.choice(NEAR_FRAMES).format(q=run(3, 4))
            near += 1
        elif roll < leak_share + 0.10:
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
        tokens_so_far += len(tokenize(chunk))
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


def _cpu_per_item(fn: Callable[[], int], min_seconds: float = 0.4, min_samples: int = 5,
                  warm_up: bool = True) -> tuple[float, int]:
    """Median CPU microseconds per item over repeats of ``fn`` (which returns its item count)."""
    if warm_up:
        fn()  # imports, caches, the prompt index
    samples: list[float] = []
    spent = 0.0
    while spent < min_seconds or len(samples) < min_samples:
        t0 = time.process_time()
        n = fn()
        dt = time.process_time() - t0
        spent += dt
        samples.append(dt / n * 1e6)
    return statistics.median(samples), len(samples)


def in_process(w: Workload, policy_path: Path) -> dict[str, Any]:
    from guardproxy.codecs.openai_chat import ChatStream
    from guardproxy.policy_load import load_policy
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
    out_events, out_reasoning, out_content = parse_stream(out)

    def chat_stream() -> int:
        s = ChatStream(compiled.channels(prompts), think)
        for e in events:
            s.feed(e)
        s.close()
        return len(events)

    channel_us, channel_reps = _cpu_per_item(partial(_channel_pass, compiled, w))
    chat_us, chat_reps = _cpu_per_item(chat_stream)
    full_us, full_reps = _cpu_per_item(partial(_events_of_stream_pass, compiled, w))
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
        "leaks_quoted": len(w.leaks),
        "reasoning_chars_in": len(w.reasoning),
        "reasoning_chars_out": len(out_reasoning),
        "leaks_surviving": sum(q in out_reasoning for q in w.leaks),
        "content_out": out_content,
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


def _channel_pass(compiled: Any, w: Workload) -> int:
    """The policy's reasoning channel fed ``w``'s tokens one at a time; returns the count."""
    channel = compiled.channels([w.prompt])("reasoning")
    for token in w.reasoning_tokens:
        channel.feed(token)
    channel.flush()
    return len(w.reasoning_tokens)


def _stream_pass(compiled: Any, w: Workload) -> bytes:
    """``w``'s upstream events through SSEDecoder and ChatStream, one event per read, as the
    proxy gets them from a paced upstream; returns what the client would receive."""
    from guardproxy.codecs.openai_chat import ChatStream
    from guardproxy.sse import SSEDecoder

    decoder = SSEDecoder()
    stream = ChatStream(compiled.channels([w.prompt]), compiled.policy.inline_think)
    out = [stream.feed(e) for chunk in w.chunks for e in decoder.feed(chunk)]
    out.append(stream.close())
    return b"".join(out)


def scale_in_process(workloads: list[Workload], policy_path: Path) -> list[dict[str, Any]]:
    """CPU per token and per event in-process at each stream length, and the markers to expect.

    The long traces begin with the short ones' tokens, so a cost that grows with the text
    already released (a rescan) shows as a figure that rises with the length.
    """
    from guardproxy.policy_load import load_policy

    compiled = load_policy(policy_path)
    out: list[dict[str, Any]] = []
    for w in workloads:
        markers = _stream_pass(compiled, w).count(MARKER)  # also the warm-up
        channel_us, _ = _cpu_per_item(partial(_channel_pass, compiled, w), 0.3, 1, False)
        stream_us, _ = _cpu_per_item(partial(_events_of_stream_pass, compiled, w), 0.3, 1, False)
        out.append({"reasoning_events": len(w.reasoning_tokens), "events": w.events,
                    "channel_us_per_token": channel_us,
                    "sse_and_chat_stream_us_per_event": stream_us, "markers_per_stream": markers})
    return out


def _events_of_stream_pass(compiled: Any, w: Workload) -> int:
    _stream_pass(compiled, w)
    return w.events


# --------------------------------------------------------------------------------------------
# The servers (each runs as `perf.py --serve ROLE` in its own process).
# --------------------------------------------------------------------------------------------

SSE_HEADERS = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]
Send = Callable[[dict[str, Any]], Awaitable[None]]


def stream_id(reasoning_events: int, rate: float, n: int) -> str:
    """A request's ``user`` field. It tells the upstream which stream to send and how fast, and
    names the stream's send times. Every proxy here passes the request body on unchanged."""
    return f"bench:{reasoning_events}:{rate:g}:{n}"


def parse_stream_id(user: str) -> tuple[int, float]:
    _, events, rate, _ = user.split(":")
    return int(events), float(rate)


def upstream_app(workloads: dict[int, list[bytes]]) -> Callable[..., Awaitable[None]]:
    """A raw ASGI app, run with lifespan off.

    POST: the stream named by the request body's ``user`` (see ``stream_id``). It notes
    ``perf_counter()`` just before sending each event: CLOCK_MONOTONIC on Linux, the same clock
    in every process, so the client can subtract it from its own arrival times.
    GET /sendtimes: those send times by stream, forgotten once read. Any other GET: 200.
    """
    sent: dict[str, list[float]] = {}

    async def app(scope: dict[str, Any], receive: Any, send: Send) -> None:
        if scope["type"] != "http":
            return
        body = await _request_body(receive)
        if scope["method"] != "POST":
            answer = b"ok"
            if scope["path"] == "/sendtimes":
                answer = orjson.dumps(sent)
                sent.clear()
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": answer})
            return
        user = orjson.loads(body)["user"]
        events, rate = parse_stream_id(user)
        times = sent.setdefault(user, [])
        await send({"type": "http.response.start", "status": 200, "headers": SSE_HEADERS})
        if rate > 0:
            await _paced(workloads[events], rate, times, send)
        else:
            await _flat_out(workloads[events], times, send)
        await send({"type": "http.response.body", "body": b""})

    return app


async def _request_body(receive: Any) -> bytes:
    parts: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        parts.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(parts)


async def _flat_out(chunks: list[bytes], times: list[float], send: Send) -> None:
    """As fast as it can; yielding after each event lets concurrent streams interleave."""
    for chunk in chunks:
        times.append(time.perf_counter())
        await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await asyncio.sleep(0)


async def _paced(chunks: list[bytes], rate: float, times: list[float], send: Send) -> None:
    """Event i is due at start + i / rate. The event loop's timers have 1 ms resolution, so a
    sleep per event would drift: this sends every event that is due, then sleeps until the next
    is, rounded up to whole milliseconds (uvloop rounds a shorter sleep down to none, which
    would spin). A process that falls behind catches up in a burst instead of slowing down."""
    start = time.perf_counter()
    i, n = 0, len(chunks)
    while i < n:
        due = min(n, int((time.perf_counter() - start) * rate) + 1)
        while i < due:
            times.append(time.perf_counter())
            await send({"type": "http.response.body", "body": chunks[i], "more_body": True})
            i += 1
        if i < n:
            wait = start + i / rate - time.perf_counter()
            await asyncio.sleep(math.ceil(wait * 1000) / 1000 if wait > 0 else 0)


def relay_app(upstream: str, transport: str) -> Any:
    """The baseline: a minimal starlette + httpx relay that passes the bytes through unchanged;
    ``transport`` "aiohttp" puts httpx on guardproxy's own transport, "h11" leaves its default."""
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import PlainTextResponse, Response, StreamingResponse
    from starlette.routing import Route

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # The same client settings as guardproxy's.
        from guardproxy.upstream import AiohttpTransport

        timeout = httpx.Timeout(300.0, connect=10.0)
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=100)
        chosen = AiohttpTransport() if transport == "aiohttp" else None
        async with httpx.AsyncClient(
            base_url=upstream, timeout=timeout, limits=limits, trust_env=False,
            transport=chosen,
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


def guardproxy_app(upstream: str, policy_path: Path) -> tuple[Any, int]:
    """guardproxy's app, and the port of its admin port's server (started here, on a free
    port, in a thread of its own: what it costs stays out of the proxy's loop)."""
    from pydantic import HttpUrl

    from guardproxy.admin import admin_app, admin_server
    from guardproxy.config import Settings
    from guardproxy.metrics import Metrics
    from guardproxy.policy_load import load_policy
    from guardproxy.policy_set import PolicySet
    from guardproxy.proxy import create_app

    metrics = Metrics()
    policies = PolicySet.of(load_policy(policy_path))
    app = create_app(Settings(upstream=HttpUrl(upstream)), policies.fallback, metrics)
    admin = admin_server(admin_app(metrics.registry, lambda: policies))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    threading.Thread(target=lambda: asyncio.run(admin.serve(sockets=[sock])), daemon=True,
                     name="admin").start()
    return app, int(sock.getsockname()[1])


def cpu_sets(pin: bool) -> tuple[set[int], set[int]] | None:
    """(the proxies' CPUs, the upstream's and the client's): the last CPU for the proxies and
    the others for the load generators, so that neither side waits for a CPU behind the other.
    None (share every CPU) when not pinning or with a single CPU."""
    cpus = ALL_CPUS
    return ({cpus[-1]}, set(cpus[:-1])) if pin and len(cpus) > 1 else None


def serve(args: argparse.Namespace) -> None:
    """Run one server; print its port (and its metrics port, 0 for none) for the parent."""
    import uvicorn

    if args.cpus:  # before any thread starts: threads inherit it
        os.sched_setaffinity(0, _ints(args.cpus))

    lifespan: Literal["on", "off"] = "on"
    metrics_port = 0
    if args.serve == "upstream":
        prompt = Path(args.prompt)
        app = upstream_app({n: build_workload(prompt, n, args.seed, args.leak_share,
                                               args.leaks_after).chunks
                            for n in _ints(args.serve_events)})
        lifespan = "off"
    elif args.serve in RELAYS:
        app = relay_app(args.upstream_url, "aiohttp" if args.serve == "relay-aiohttp" else "h11")
    else:
        app, metrics_port = guardproxy_app(args.upstream_url, Path(args.policy))
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    print(sock.getsockname()[1], metrics_port, flush=True)
    config = uvicorn.Config(app, log_level="warning", access_log=False, log_config=None,
                            lifespan=lifespan, timeout_graceful_shutdown=1, backlog=2048)
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
    metrics_url: str | None = None

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


def start_server(name: str, tmp: Path, args: list[str], src: Path = REPO) -> Server:
    """One server, run by ``src``'s own perf.py on ``src``'s own package."""
    log = tmp / f"{name}.log"
    cmd = [sys.executable, str(src / "benchmarks" / "perf.py"), *args]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(src),
                                                                     os.environ.get("PYTHONPATH")]))}
    with log.open("wb") as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env)
    assert proc.stdout is not None
    ports = proc.stdout.readline().split()
    if len(ports) != 2 or not all(p.isdigit() for p in ports):
        proc.kill()
        sys.exit(f"{name} server failed to start:\n{log.read_text()[-3000:]}")
    port, metrics_port = (int(p) for p in ports)
    metrics = f"http://127.0.0.1:{metrics_port}/metrics" if metrics_port else None
    return Server(name, proc, f"http://127.0.0.1:{port}", log, metrics)


async def wait_ready(server: Server, path: str = "/healthz") -> None:
    async with httpx.AsyncClient(trust_env=False, timeout=2.0) as client:
        for _ in range(400):
            if server.proc.poll() is not None:
                sys.exit(f"{server.role} exited:\n{server.log.read_text()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(server.url + path)).status_code == 200:
                    return
            await asyncio.sleep(0.05)
    sys.exit(f"{server.role} did not become ready:\n{server.log.read_text()[-3000:]}")


@dataclass(slots=True)
class StreamRecord:
    """What the client saw of one stream: kept small, it is filled in once per read."""

    sid: str
    status: int = 0
    started: float = 0.0  # perf_counter when the request was sent
    first_token: float | None = None  # when the first non-empty reasoning token arrived
    read_times: list[float] = field(default_factory=list)  # reads that completed events...
    read_events: list[int] = field(default_factory=list)  # ...and how many each completed
    events: int = 0
    markers: int = 0


async def _one_stream(client: httpx.AsyncClient, url: str, body: bytes,
                      rec: StreamRecord) -> None:
    headers = {"content-type": "application/json"}
    rec.started = time.perf_counter()
    async with client.stream("POST", url, content=body, headers=headers) as response:
        rec.status = response.status_code
        buf = b""
        async for chunk in response.aiter_raw():
            now = time.perf_counter()  # every event this read completes arrived now
            buf += chunk
            cut = buf.rfind(b"\n\n")
            if cut < 0:
                continue
            done, buf = buf[: cut + 2], buf[cut + 2 :]
            n = done.count(b"\n\n")
            rec.read_times.append(now)
            rec.read_events.append(n)
            rec.events += n
            rec.markers += done.count(MARKER)
            if rec.first_token is None and _has_reasoning(done):
                rec.first_token = now


def _has_reasoning(events: bytes) -> bool:
    """Whether any of these SSE events carries a non-empty reasoning delta."""
    for block in events.split(b"\n\n"):
        if b"reasoning" not in block:
            continue
        for line in block.split(b"\n"):
            data = line[5:].strip() if line.startswith(b"data:") else b""
            if not data.startswith(b"{"):
                continue
            for choice in orjson.loads(data).get("choices", []):
                delta = choice.get("delta") or {}
                if delta.get("reasoning") or delta.get("reasoning_content"):
                    return True
    return False


async def full_stream(url: str, body: bytes) -> bytes:
    """One request, its whole body kept: the warm-up, checked in full."""
    async with httpx.AsyncClient(trust_env=False, timeout=60.0) as client:
        headers = {"content-type": "application/json"}
        response = await client.post(url + "/v1/chat/completions", content=body, headers=headers)
        response.raise_for_status()
        return response.content


def pair_latencies(records: list[StreamRecord], sent: dict[str, list[float]]
                   ) -> tuple[list[float], int]:
    """Per-event latency (seconds): event i's arrival minus event i's send, per stream.

    The proxies pass on one event per upstream event, in order (the event counts are checked),
    so the i-th event out is the i-th event in. Returns the latencies and how many received
    events had no send time to pair with.
    """
    latencies: list[float] = []
    unpaired = 0
    for rec in records:
        times = sent.get(rec.sid, [])
        i = 0
        for at, n in zip(rec.read_times, rec.read_events, strict=True):
            latencies.extend(at - s for s in times[i : i + n])
            i += n
        unpaired += max(0, rec.events - len(times))
    return latencies, unpaired


def percentile(values: list[float], q: float) -> float | None:
    """Nearest-rank percentile of sorted ``values`` (q in 0..1); None when empty."""
    if not values:
        return None
    return values[min(len(values) - 1, max(0, math.ceil(q * len(values)) - 1))]


HOLD_METRICS = ("guardproxy_hold_back_chars", "guardproxy_hold_back_seconds")


def hold_back_delta(before: dict[tuple[str, str], float], after: dict[tuple[str, str], float]
                    ) -> dict[str, float] | None:
    """guardproxy's own hold-back histograms over one measurement (after minus before).

    Each stream observes its largest hold-back in characters and the longest time any of its
    characters waited. A histogram keeps counts per bucket, so the largest value is known only
    as the smallest bucket bound that holds every stream.
    """
    if not after:
        return None
    d = {key: value - before.get(key, 0.0) for key, value in after.items()}
    out: dict[str, float] = {}
    for name, short in zip(HOLD_METRICS, ("chars", "wait_s"), strict=True):
        count = d.get((name + "_count", ""), 0.0)
        bounds = [float(le) for (sample, le), v in d.items()
                  if sample == name + "_bucket" and v >= count]
        out[f"{short}_streams"] = count
        out[f"{short}_sum"] = d.get((name + "_sum", ""), 0.0)
        out[f"{short}_max_bound"] = min(bounds) if count and bounds else 0.0
    return out


@dataclass
class Result:
    """One measurement: one configuration, K concurrent streams, one round."""

    config: str
    concurrency: int
    round: int
    rate: float  # tokens (events) per second per stream; 0: as fast as the upstream can
    reasoning_events: int  # per stream
    streams: int
    events: int
    expected_events: int
    markers: int
    expected_markers: int
    bad_status: int
    unpaired_events: int
    wall_s: float
    offered_events_per_s: float | None
    events_per_s: float
    proxy_cpu_s: float | None
    proxy_cpu_us_per_event: float | None
    proxy_cpu_util: float | None
    proxy_peak_rss_mib: float | None
    upstream_cpu_us_per_event: float
    client_cpu_us_per_event: float
    latency_p50_ms: float | None
    latency_p99_ms: float | None
    ttft_median_ms: float | None
    hold_back: dict[str, float] | None


@dataclass
class Samples:
    latencies: list[float] = field(default_factory=list)  # seconds, one per event
    ttfts: list[float] = field(default_factory=list)  # seconds, one per stream


@dataclass
class Bench:
    """The running servers and what measurements share."""

    upstream: Server
    targets: dict[str, Server]  # configuration -> the server the client talks to
    admin: httpx.AsyncClient
    next_id: int = 0

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    async def send_times(self) -> dict[str, list[float]]:
        response = await self.admin.get(self.upstream.url + "/sendtimes")
        times: dict[str, list[float]] = orjson.loads(response.content)
        return times

    async def scrape(self, server: Server | None) -> dict[tuple[str, str], float]:
        """guardproxy's hold-back histograms, summed over routes; {} without a metrics port."""
        if server is None or server.metrics_url is None:
            return {}
        from prometheus_client.parser import text_string_to_metric_families

        text = (await self.admin.get(server.metrics_url)).text
        out: dict[tuple[str, str], float] = {}
        for family in text_string_to_metric_families(text):
            if family.name in HOLD_METRICS:
                for s in family.samples:
                    key = (s.name, s.labels.get("le", ""))
                    out[key] = out.get(key, 0.0) + s.value
        return out


async def measure(bench: Bench, config: str, w: Workload, k: int, total: int, rate: float,
                  round_: int, expected_markers: int) -> tuple[Result, Samples]:
    """``total`` streams of ``w`` through ``config``, K at a time."""
    server = bench.targets[config]
    proxy = None if config == "direct" else server
    url = server.url + "/v1/chat/completions"
    payload = w.payload()
    records: list[StreamRecord] = []
    remaining = total

    async def worker(client: httpx.AsyncClient) -> None:
        nonlocal remaining
        while remaining > 0:
            remaining -= 1
            rec = StreamRecord(stream_id(len(w.reasoning_tokens), rate, bench.new_id()))
            records.append(rec)
            await _one_stream(client, url, orjson.dumps({**payload, "user": rec.sid}), rec)

    from guardproxy.upstream import AiohttpTransport

    timeout = httpx.Timeout(60.0, connect=10.0)  # a stuck stream fails instead of hanging
    before = await bench.scrape(proxy)
    # The client reads with guardproxy's transport too: it shares the machine's CPUs with the
    # servers, and h11 would cost it several times more per event.
    transport = AiohttpTransport(max_connections=k)
    async with httpx.AsyncClient(timeout=timeout, trust_env=False,
                                 transport=transport) as client:
        if proxy is not None:
            proxy.reset_peak_rss()
        cpu0 = proxy.cpu() if proxy else 0.0
        up0, me0, t0 = bench.upstream.cpu(), time.process_time(), time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(k)))
        wall = time.perf_counter() - t0
        cpu1 = proxy.cpu() if proxy else 0.0
        up1, me1 = bench.upstream.cpu(), time.process_time()
    rss = proxy.peak_rss() / 2**20 if proxy else None
    hold = hold_back_delta(before, await bench.scrape(proxy))
    latencies, unpaired = pair_latencies(records, await bench.send_times())
    latencies.sort()
    ttfts = sorted(r.first_token - r.started for r in records if r.first_token is not None)
    events = sum(r.events for r in records)
    per_event = 1e6 / max(events, 1)
    median_ttft = statistics.median(ttfts) * 1e3 if ttfts else None
    result = Result(
        config=config, concurrency=k, round=round_, rate=rate,
        reasoning_events=len(w.reasoning_tokens), streams=len(records), events=events,
        expected_events=total * w.events, markers=sum(r.markers for r in records),
        expected_markers=total * expected_markers,
        bad_status=sum(r.status != 200 for r in records), unpaired_events=unpaired,
        wall_s=wall, offered_events_per_s=rate * k if rate else None, events_per_s=events / wall,
        proxy_cpu_s=cpu1 - cpu0 if proxy else None,
        proxy_cpu_us_per_event=(cpu1 - cpu0) * per_event if proxy else None,
        proxy_cpu_util=(cpu1 - cpu0) / wall if proxy else None,
        proxy_peak_rss_mib=rss,
        upstream_cpu_us_per_event=(up1 - up0) * per_event,
        client_cpu_us_per_event=(me1 - me0) * per_event,
        latency_p50_ms=_ms(percentile(latencies, 0.5)),
        latency_p99_ms=_ms(percentile(latencies, 0.99)),
        ttft_median_ms=median_ttft, hold_back=hold,
    )
    return result, Samples(latencies, ttfts)


def _ms(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1e3


@dataclass
class Summary:
    """All rounds of one configuration at one K: totals, pooled percentiles, spreads."""

    config: str
    concurrency: int
    rate: float
    rounds: int
    streams: int
    events: int
    expected_events: int
    markers: int
    expected_markers: int
    bad_status: int
    unpaired_events: int
    wall_s: float
    offered_events_per_s: float | None
    events_per_s: float
    proxy_cpu_us_per_event: float | None  # all rounds' CPU time over all rounds' events
    proxy_cpu_us_per_event_min: float | None
    proxy_cpu_us_per_event_max: float | None
    proxy_cpu_util: float | None
    proxy_peak_rss_mib: float | None  # the largest of the rounds' peaks
    upstream_cpu_us_per_event: float
    client_cpu_us_per_event: float
    latency_p50_ms: float | None  # over every event of every round
    latency_p99_ms: float | None
    ttft_median_ms: float | None  # over every stream of every round
    ttft_p99_ms: float | None
    ttft_streams: int
    hold_back: dict[str, float] | None
    ratio_vs_relay: float | None = None  # CPU per event over the relay's, same K
    ratio_vs_relay_min: float | None = None  # the spread of the per-round ratios
    ratio_vs_relay_max: float | None = None
    ratio_vs_relay_aiohttp: float | None = None  # over the relay on guardproxy's transport
    added_latency_p50_ms: float | None = None  # minus direct's, same K
    added_latency_p99_ms: float | None = None
    added_ttft_ms: float | None = None  # median minus direct's median, same K


def summarize(results: list[Result], samples: dict[tuple[str, int], Samples]) -> list[Summary]:
    groups: dict[tuple[str, int], list[Result]] = {}
    for r in results:
        groups.setdefault((r.config, r.concurrency), []).append(r)
    order = sorted(groups, key=lambda key: (key[1], CONFIGS.index(key[0])))
    out = [_summary(groups[key], samples[key]) for key in order]
    by_key = {(s.config, s.concurrency): s for s in out}
    for s in out:
        relay, direct = by_key.get(("relay", s.concurrency)), by_key.get(("direct", s.concurrency))
        if relay and s.config in GUARDS and relay.proxy_cpu_us_per_event:
            assert s.proxy_cpu_us_per_event is not None
            s.ratio_vs_relay = s.proxy_cpu_us_per_event / relay.proxy_cpu_us_per_event
            ratios = [_div(g.proxy_cpu_us_per_event, b.proxy_cpu_us_per_event)
                      for g, b in zip(groups[(s.config, s.concurrency)],
                                      groups[("relay", s.concurrency)], strict=True)]
            s.ratio_vs_relay_min, s.ratio_vs_relay_max = min(ratios), max(ratios)
        same = by_key.get(("relay-aiohttp", s.concurrency))
        if same and s.config in GUARDS and same.proxy_cpu_us_per_event:
            assert s.proxy_cpu_us_per_event is not None
            s.ratio_vs_relay_aiohttp = s.proxy_cpu_us_per_event / same.proxy_cpu_us_per_event
        if direct and s.config != "direct":
            s.added_latency_p50_ms = _sub(s.latency_p50_ms, direct.latency_p50_ms)
            s.added_latency_p99_ms = _sub(s.latency_p99_ms, direct.latency_p99_ms)
            s.added_ttft_ms = _sub(s.ttft_median_ms, direct.ttft_median_ms)
    return out


def _summary(rs: list[Result], samples: Samples) -> Summary:
    events = sum(r.events for r in rs)
    wall = sum(r.wall_s for r in rs)
    proxied = rs[0].proxy_cpu_s is not None
    cpu = sum(r.proxy_cpu_s or 0.0 for r in rs)
    per_event = [r.proxy_cpu_us_per_event or 0.0 for r in rs]
    latencies = sorted(samples.latencies)
    ttfts = sorted(samples.ttfts)
    return Summary(
        config=rs[0].config, concurrency=rs[0].concurrency, rate=rs[0].rate, rounds=len(rs),
        streams=sum(r.streams for r in rs), events=events,
        expected_events=sum(r.expected_events for r in rs),
        markers=sum(r.markers for r in rs), expected_markers=sum(r.expected_markers for r in rs),
        bad_status=sum(r.bad_status for r in rs),
        unpaired_events=sum(r.unpaired_events for r in rs), wall_s=wall,
        offered_events_per_s=rs[0].offered_events_per_s, events_per_s=events / wall,
        proxy_cpu_us_per_event=cpu / max(events, 1) * 1e6 if proxied else None,
        proxy_cpu_us_per_event_min=min(per_event) if proxied else None,
        proxy_cpu_us_per_event_max=max(per_event) if proxied else None,
        proxy_cpu_util=cpu / wall if proxied else None,
        proxy_peak_rss_mib=max(r.proxy_peak_rss_mib or 0.0 for r in rs) if proxied else None,
        upstream_cpu_us_per_event=sum(r.upstream_cpu_us_per_event * r.events for r in rs)
        / max(events, 1),
        client_cpu_us_per_event=sum(r.client_cpu_us_per_event * r.events for r in rs)
        / max(events, 1),
        latency_p50_ms=_ms(percentile(latencies, 0.5)),
        latency_p99_ms=_ms(percentile(latencies, 0.99)),
        ttft_median_ms=_ms(statistics.median(ttfts)) if ttfts else None,
        ttft_p99_ms=_ms(percentile(ttfts, 0.99)), ttft_streams=len(ttfts),
        hold_back=_merge_hold_back([r.hold_back for r in rs]),
    )


def _merge_hold_back(parts: list[dict[str, float] | None]) -> dict[str, float] | None:
    present = [p for p in parts if p]
    if not present:
        return None
    return {key: (max if key.endswith("_max_bound") else sum)(p[key] for p in present)
            for key in present[0]}


def _div(a: float | None, b: float | None) -> float:
    return a / b if a is not None and b else math.nan


def _sub(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def verify_warmup(config: str, raw: bytes, w: Workload, expected_markers: int,
                  expected_content: str) -> dict[str, Any]:
    """What a proxy sent the first time against what the upstream sent (relays) or what the
    policy's in-process pass makes of the same events (proxies: ``expected_markers``, and
    ``expected_content`` for the answer, which a policy scanning answers may alter too)."""
    events, reasoning, content = parse_stream(raw)
    check: dict[str, Any] = {"config": config, "events": events, "expected_events": w.events,
                             "markers": raw.count(MARKER), "expected_markers": expected_markers}
    if config in ("direct", *RELAYS):
        check["byte_identical"] = raw == b"".join(w.chunks)
        check["ok"] = check["byte_identical"] and events == w.events
    else:
        check["markers_by_rule"] = _markers_by_rule(raw)
        check["leaks_quoted"] = len(w.leaks)
        check["leaks_surviving"] = sum(q in reasoning for q in w.leaks)
        redacts = check["markers"] > 0 or not w.leaks  # a trace that quotes the prompt
        check["content_markers"] = content.count(MARKER.decode())
        check["content_as_in_process"] = content == expected_content
        check["ok"] = (events == w.events and check["markers"] == expected_markers and redacts
                       and check["leaks_surviving"] == 0 and check["content_as_in_process"])
    return check


@dataclass
class NetworkRun:
    results: list[Result]
    samples: dict[tuple[str, int], Samples]
    scale: list[Result]
    warmups: list[dict[str, Any]]
    load: dict[str, float]


async def start_all(w: Workload, scale_events: list[int], prompt: Path, seed: int,
                    leaks: tuple[float, float], policies: dict[str, Path], tmp: Path,
                    servers: list[Server], pin: bool, baseline_src: Path | None) -> Bench:
    """The upstream, then the three proxies in front of it; ``servers`` gets each as it starts
    so that the caller can stop them whatever happens."""
    events = sorted({len(w.reasoning_tokens), *scale_events})
    pinned = cpu_sets(pin)
    proxy_cpus, load_cpus = (",".join(map(str, c)) for c in pinned) if pinned else ("", "")
    if pinned:
        os.sched_setaffinity(0, pinned[1])  # the client
    upstream = start_server("upstream", tmp, [
        "--cpus", load_cpus, "--serve", "upstream", "--prompt", str(prompt), "--seed", str(seed),
        "--leak-share", repr(leaks[0]), "--leaks-after", repr(leaks[1]),
        "--serve-events", ",".join(map(str, events))])
    servers.append(upstream)
    await wait_ready(upstream)
    proxies = {relay: ["--serve", relay] for relay in RELAYS}
    for name, path in policies.items():
        proxies[name] = ["--serve", "guardproxy", "--policy", str(path)]
    sources = {name: REPO for name in proxies}
    if baseline_src is not None:
        proxies["baseline"] = ["--serve", "guardproxy", "--policy",
                               str(baseline_src / "policies" / "default.yaml")]
        sources["baseline"] = baseline_src
    for name, args in proxies.items():
        servers.append(start_server(name, tmp, [*args, "--upstream-url", upstream.url,
                                                "--cpus", proxy_cpus], sources[name]))
    await asyncio.gather(*(wait_ready(s) for s in servers[1:]))
    admin = httpx.AsyncClient(trust_env=False, timeout=60.0)
    return Bench(upstream, {"direct": upstream, **{s.role: s for s in servers[1:]}}, admin)


def streams_for(min_events: int, events_per_stream: int, k: int) -> int:
    """Enough streams for ``min_events`` events, at least K, a multiple of K."""
    total = max(k, math.ceil(min_events / events_per_stream))
    return math.ceil(total / k) * k


async def network(w: Workload, scale_ws: list[Workload], opts: argparse.Namespace,
                  policies: dict[str, Path], markers: dict[str, int], answers: dict[str, str],
                  scale_markers: list[int], tmp: Path) -> NetworkRun:
    servers: list[Server] = []
    try:
        bench = await start_all(w, [len(s.reasoning_tokens) for s in scale_ws], opts.prompt,
                                opts.seed, (opts.leak_share, opts.leaks_after), policies, tmp,
                                servers, opts.pin, opts.baseline_src)
        warmups = []
        for config in opts.configs:
            body = orjson.dumps({**w.payload(), "user": stream_id(len(w.reasoning_tokens), 0,
                                                                  bench.new_id())})
            raw = await full_stream(bench.targets[config].url, body)
            warmups.append(verify_warmup(config, raw, w, markers[config],
                                         answers.get(config, "")))
            if config != "direct":  # what a proxy holds before any load: its baseline
                rss = bench.targets[config].ps.memory_info().rss
                warmups[-1]["rss_mib_after_warmup"] = rss / 2**20
        await bench.send_times()  # forget the warm-ups'
        run = NetworkRun([], {}, [], warmups, {})
        ours = [s.ps for s in servers] + [psutil.Process()]
        busy0, ours0, t0 = _busy_cpu(), sum(_cpu(p) for p in ours), time.perf_counter()
        for round_ in range(opts.rounds):
            for k in opts.ks:
                total = streams_for(opts.min_events, w.events, k)
                # Alternate the order over rounds, so slow drift hits every configuration alike.
                for config in opts.configs if round_ % 2 == 0 else opts.configs[::-1]:
                    result, samples = await measure(bench, config, w, k, total, opts.rate,
                                                    round_, markers[config])
                    run.results.append(result)
                    got = run.samples.setdefault((config, k), Samples())
                    got.latencies += samples.latencies
                    got.ttfts += samples.ttfts
        for sw, expected in zip(scale_ws, scale_markers, strict=True):
            total = streams_for(opts.scale_min_events, sw.events, 1)
            for config in ("relay", "default"):
                want = expected if config == "default" else 0
                result, _ = await measure(bench, config, sw, 1, total, 0.0, 0, want)
                run.scale.append(result)
        for s in servers:
            if s.proc.poll() is not None:
                sys.exit(f"{s.role} died during the run:\n{s.log.read_text()[-3000:]}")
        other = (_busy_cpu() - busy0) - (sum(_cpu(p) for p in ours) - ours0)
        run.load = {"wall_s": time.perf_counter() - t0, "other_cpu_s": max(other, 0.0)}
        await bench.admin.aclose()
        return run
    finally:
        for s in reversed(servers):
            s.stop()


# --------------------------------------------------------------------------------------------
# Checks and targets.
# --------------------------------------------------------------------------------------------


def collect_checks(inproc: dict[str, dict[str, Any]], run: NetworkRun,
                   summaries: list[Summary]) -> list[dict[str, Any]]:
    """Every check, as {name, observed, expected, ok}: they show the figures measure the
    intended work. Any failure makes the exit status 1."""
    checks: list[dict[str, Any]] = []

    def check(name: str, observed: object, expected: object, ok: bool) -> None:
        checks.append({"name": name, "observed": observed, "expected": expected, "ok": ok})

    for name, ip in inproc.items():
        rules = ", ".join(f"{k} {v}" for k, v in sorted(ip["markers_by_rule"].items()))
        check(f"in-process {name}: markers per stream ({rules})", ip["markers_per_stream"],
              "> 0 if the trace quotes the prompt",
              ip["markers_per_stream"] > 0 or not ip["leaks_quoted"])
        check(f"in-process {name}: quoted prompt runs surviving", ip["leaks_surviving"], 0,
              ip["leaks_surviving"] == 0)
        check(f"in-process {name}: events out = events in", ip["events_out"], ip["events_in"],
              ip["events_out"] == ip["events_in"])
    for c in run.warmups:
        name = f"warm-up {c['config']}"
        check(f"{name}: events", c["events"], c["expected_events"],
              c["events"] == c["expected_events"])
        if "byte_identical" in c:
            check(f"{name}: body byte-identical to the upstream's", c["byte_identical"], True,
                  c["byte_identical"])
        else:
            check(f"{name}: [redacted: markers", c["markers"], c["expected_markers"],
                  c["markers"] == c["expected_markers"] and (c["markers"] > 0
                                                             or not c["leaks_quoted"]))
            check(f"{name}: quoted prompt runs surviving verbatim",
                  f"{c['leaks_surviving']} of {c['leaks_quoted']}", 0, c["leaks_surviving"] == 0)
            check(f"{name}: the answer as the in-process pass gives it (markers in it)",
                  c["content_markers"], "same text", c["content_as_in_process"])
    rows: list[Summary | Result] = [*summaries, *run.scale]
    for r in rows:
        where = f"K={r.concurrency} {r.config}"
        if isinstance(r, Result):
            where = f"scale {r.reasoning_events:,} events {r.config}"
        check(f"{where}: events received, status 200", f"{r.events:,}", f"{r.expected_events:,}",
              r.events == r.expected_events and r.bad_status == 0)
        check(f"{where}: [redacted: markers", f"{r.markers:,}", f"{r.expected_markers:,}",
              r.markers == r.expected_markers)
        check(f"{where}: events without a send time", r.unpaired_events, 0,
              r.unpaired_events == 0)
    return checks


@dataclass
class Target:
    target: str
    config: str
    measured: str
    met: bool | None  # None: not measured in this run


def evaluate_targets(summaries: list[Summary], scale: list[Result]) -> list[Target]:
    """The issue's targets, against this run's figures: informational, not pass/fail."""
    by = {(s.config, s.concurrency): s for s in summaries}
    ks = sorted({s.concurrency for s in summaries})
    out: list[Target] = []

    def add(target: str, config: str, values: dict[str, float | None], limit: float,
            fmt: str) -> None:
        have = {label: v for label, v in values.items() if v is not None}
        measured = ", ".join(f"{label}: {fmt.format(v)}" for label, v in have.items())
        met = all(v <= limit for v in have.values()) if have else None
        out.append(Target(target, config, measured or "not measured", met))

    for config, limit in (("default", 1.5), ("strict", 3.0)):
        add(f"proxy CPU per event ≤ {limit:g}x the bare relay's", config,
            {f"K={k}": _get(by, config, k, "ratio_vs_relay") for k in ks}, limit, "{:.2f}x")
        add(f"... ≤ {limit:g}x relay-aiohttp's (same transport as guardproxy)", config,
            {f"K={k}": _get(by, config, k, "ratio_vs_relay_aiohttp") for k in ks}, limit,
            "{:.2f}x")
    for config in ("default", "strict"):
        add("p99 added latency ≤ 2 ms at 16 streams", config,
            {"K=16": _get(by, config, 16, "added_latency_p99_ms")}, 2.0, "{:.2f} ms")
    for config in ("default", "strict"):
        add("added time to first token (median) ≤ 5 ms", config,
            {f"K={k}": _get(by, config, k, "added_ttft_ms") for k in ks}, 5.0, "{:.1f} ms")
    for config in ("default", "strict"):
        rss = _get(by, config, 64, "proxy_peak_rss_mib")
        add("peak RSS ≤ 150 MB at 64 streams", config,
            {"K=64": rss * 2**20 / 1e6 if rss is not None else None}, 150.0, "{:.0f} MB")
    costs = {r.reasoning_events: r.proxy_cpu_us_per_event for r in scale
             if r.config == "default"}
    if costs:
        first = costs[min(costs)] or math.nan
        add("CPU per event flat from 1k to 100k events per stream (≤ 1.25x the shortest's)",
            "default", {f"{n:,}": (v or 0.0) / first for n, v in costs.items()}, 1.25, "{:.2f}x")
    else:
        out.append(Target("CPU per event flat from 1k to 100k events per stream", "default",
                          "not measured (--no-scale)", None))
    return out


def _get(by: dict[tuple[str, int], Summary], config: str, k: int, attr: str) -> float | None:
    s = by.get((config, k))
    value = getattr(s, attr) if s is not None else None
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


# --------------------------------------------------------------------------------------------
# Report.
# --------------------------------------------------------------------------------------------


def _f(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def report(w: Workload, opts: argparse.Namespace, inproc: dict[str, dict[str, Any]],
           scale_inproc: list[dict[str, Any]], run: NetworkRun, summaries: list[Summary],
           checks: list[dict[str, Any]], targets: list[Target]) -> None:
    from rich.console import Console

    console = Console(width=max(170, Console().width))
    console.print(
        f"[bold]workload[/]: prompt {Path(w.prompt_path).name} ({len(w.prompt)} chars), seed "
        f"{w.seed}; per stream {w.events} events = 1 role + {len(w.reasoning_tokens)} reasoning "
        f"+ {len(w.content_tokens)} content + finish + [DONE] "
        f"({len(w.reasoning)} reasoning chars, {len(w.leaks)} quoted prompt runs, "
        f"{w.near_misses} near misses)"
    )
    pinned = cpu_sets(opts.pin)
    where = (f"proxies pinned to CPU {sorted(pinned[0])}, upstream and client to CPUs "
             f"{sorted(pinned[1])}" if pinned else "every process on every CPU")
    console.print(f"machine: {os.cpu_count()} CPUs ({where}), Python {sys.version.split()[0]}, "
                  f"{'uvloop' if _has('uvloop') else 'asyncio'} event loop")
    console.print(main_table(summaries, opts))
    by_key = {(s.config, s.concurrency): s for s in summaries}
    for k in opts.ks:
        new, old = by_key.get(("default", k)), by_key.get(("baseline", k))
        if new and old and new.proxy_cpu_us_per_event and old.proxy_cpu_us_per_event:
            console.print(f"K={k}: default costs {new.proxy_cpu_us_per_event:.1f} µs/event, "
                          f"{new.proxy_cpu_us_per_event / old.proxy_cpu_us_per_event:.2f}x "
                          f"baseline's {old.proxy_cpu_us_per_event:.1f} ({opts.baseline_src})")
    console.print("RSS after the warm-up request, before any load: " + ", ".join(
        f"{c['config']} {c['rss_mib_after_warmup']:.1f} MiB" for c in run.warmups
        if "rss_mib_after_warmup" in c))
    load = run.load
    other = load["other_cpu_s"] / load["wall_s"]
    console.print(
        f"Other processes on this machine used {other:.0%} of one CPU during the network part "
        f"({load['wall_s']:.1f} s)"
        + (": events/s drops with such load and CPU times rise (shared cores and caches), so "
           "compare figures within one run, above all the ratios." if other >= 0.05 else ".")
    )
    console.print(in_process_table(inproc))
    for name, ip in inproc.items():
        if ip["reasoning_chars_out"] < ip["reasoning_chars_in"] / 2:
            console.print(
                f"[yellow]note[/]: {name} passed on only {ip['reasoning_chars_out']:,} of "
                f"{ip['reasoning_chars_in']:,} reasoning characters (its policy withholds the "
                "rest of the reasoning after a confirmed leak), so its figures cover little "
                "scanning; --leak-share 0 streams a trace that it scans to the end.")
    console.print(hold_back_table(summaries, inproc))
    if run.scale:
        console.print(scale_table(run.scale, scale_inproc))
    console.print(targets_table(targets))
    console.print(checks_table(checks))
    failures = [c["name"] for c in checks if not c["ok"]]
    if failures:
        console.print(f"[bold red]{len(failures)} check(s) failed:[/] " + "; ".join(failures))


def main_table(summaries: list[Summary], opts: argparse.Namespace) -> Any:
    from rich.markup import escape
    from rich.table import Table

    pace = f"{opts.rate:g} tokens/s per stream" if opts.rate else "as fast as it can"
    spread = ", [min-max] = spread of the rounds" if opts.rounds > 1 else ""
    t = Table(title=escape(f"Streaming through each configuration (upstream {pace}; "
                           f"{opts.rounds} round(s) per row{spread})"))
    t.add_column("config", no_wrap=True)
    for col in ("K", "events recv", "events/s offered / achieved", "proxy CPU µs/event",
                "CPU vs relay / relay-aiohttp", "latency p50 / p99 ms", "added p50 / p99 ms",
                "TTFT median / added ms", "peak RSS MiB", "upstream / client CPU µs/event"):
        t.add_column(escape(col), justify="right")

    def spread_of(lo: float | None, hi: float | None, digits: int) -> str:
        return escape(f" [{lo:.{digits}f}-{hi:.{digits}f}]") if opts.rounds > 1 and lo else ""

    for s in summaries:
        cpu = _f(s.proxy_cpu_us_per_event) + spread_of(s.proxy_cpu_us_per_event_min,
                                                       s.proxy_cpu_us_per_event_max, 1)
        ratio = "base" if s.config in RELAYS else "n/a"
        if s.ratio_vs_relay is not None:
            ratio = f"{s.ratio_vs_relay:.2f}x" + spread_of(s.ratio_vs_relay_min,
                                                           s.ratio_vs_relay_max, 2)
            ratio += f" / {_f(s.ratio_vs_relay_aiohttp, 2)}x"
        added = ("base" if s.config == "direct" else
                 f"{_f(s.added_latency_p50_ms, 2)} / {_f(s.added_latency_p99_ms, 2)}")
        ttft_added = "base" if s.config == "direct" else _f(s.added_ttft_ms)
        offered = _f(s.offered_events_per_s, 0) if s.offered_events_per_s else "flat out"
        t.add_row(
            s.config, str(s.concurrency), f"{s.events:,}",
            f"{offered} / {s.events_per_s:,.0f}", cpu, ratio,
            f"{_f(s.latency_p50_ms, 2)} / {_f(s.latency_p99_ms, 2)}", added,
            f"{_f(s.ttft_median_ms)} / {ttft_added}", _f(s.proxy_peak_rss_mib),
            f"{s.upstream_cpu_us_per_event:.1f} / {s.client_cpu_us_per_event:.1f}",
        )
    return t


def in_process_table(inproc: dict[str, dict[str, Any]]) -> Any:
    from rich.table import Table

    t = Table(title="Sanitizer in-process (no network, same token stream)")
    t.add_column("measure")
    for name in inproc:
        t.add_column(name, justify="right")
    rows = (
        ("Channel.feed, reasoning tokens only: CPU µs/token", "channel_us_per_token"),
        ("ChatStream.feed, pre-decoded events: CPU µs/event", "chat_stream_us_per_event"),
        ("SSEDecoder + ChatStream, one event per read: CPU µs/event",
         "sse_and_chat_stream_us_per_event"),
    )
    for label, key in rows:
        t.add_row(label, *(f"{ip[key]:.1f}" for ip in inproc.values()))
    t.add_row("reasoning characters out / in (a drop action withholds the rest)",
              *(f"{ip['reasoning_chars_out']:,} / {ip['reasoning_chars_in']:,}"
                for ip in inproc.values()))
    # The answer quotes nothing: a marker there is a policy scanning answers (strict) flagging
    # benign text.
    t.add_row("markers in the answer (it quotes nothing)",
              *(str(ip["content_out"].count(MARKER.decode())) for ip in inproc.values()))
    return t


def hold_back_table(summaries: list[Summary], inproc: dict[str, dict[str, Any]]) -> Any:
    from rich.table import Table

    t = Table(title="Largest hold-back (characters received but not yet released)")
    t.add_column("source")
    t.add_column("policy")
    t.add_column("K", justify="right")
    t.add_column("largest hold-back, chars", justify="right")
    t.add_column("longest wait of a character, ms", justify="right")
    t.add_column("channel bound / policy hold_back", justify="right")
    for name, ip in inproc.items():
        t.add_row("in-process: max of Channel.held / ChatStream.max_held", name, "",
                  f"{ip['channel_max_held_chars']} / {ip['chat_stream_max_held_chars']}", "",
                  f"{ip['channel_bound']} / {ip['hold_back_limit']}")
    for s in summaries:
        h = s.hold_back
        if not h or not h["chars_streams"]:
            continue
        wait = ""
        if h["wait_s_streams"]:
            wait = (f"mean {h['wait_s_sum'] / h['wait_s_streams'] * 1e3:.1f}, "
                    f"all ≤ {_bound(h['wait_s_max_bound'] * 1e3)}")
        t.add_row("proxy /metrics, per stream", s.config, str(s.concurrency),
                  f"mean {h['chars_sum'] / h['chars_streams']:.0f}, all ≤ "
                  f"{_bound(h['chars_max_bound'])}", wait, "")
    return t


def _bound(value: float) -> str:
    return "a bucket's top (+Inf)" if math.isinf(value) else f"{value:g}"


def scale_table(scale: list[Result], scale_inproc: list[dict[str, Any]]) -> Any:
    from rich.table import Table

    t = Table(title="Cost per event against stream length (K=1, upstream as fast as it can)")
    for col in ("reasoning events per stream", "streams", "relay CPU µs/event",
                "default CPU µs/event", "default vs relay", "default vs shortest",
                "in-process Channel µs/token", "in-process SSE + ChatStream µs/event"):
        t.add_column(col, justify="right")
    by = {(r.config, r.reasoning_events): r for r in scale}
    first: float | None = None
    for ip in scale_inproc:
        n = ip["reasoning_events"]
        relay, guard = by.get(("relay", n)), by.get(("default", n))
        if relay is None or guard is None:
            continue
        g, b = guard.proxy_cpu_us_per_event or 0.0, relay.proxy_cpu_us_per_event or 0.0
        first = first or g
        t.add_row(f"{n:,}", str(guard.streams), f"{b:.1f}", f"{g:.1f}", f"{_div(g, b):.2f}x",
                  f"{g / first:.2f}x", f"{ip['channel_us_per_token']:.1f}",
                  f"{ip['sse_and_chat_stream_us_per_event']:.1f}")
    return t


def targets_table(targets: list[Target]) -> Any:
    from rich.markup import escape
    from rich.table import Table

    t = Table(title="The issue's targets (informational: they do not set the exit status)")
    t.add_column("target")
    t.add_column("config")
    t.add_column("measured")
    t.add_column("", justify="center")
    for g in targets:
        verdict = {True: "[green]met[/]", False: "[red]not met[/]", None: "-"}[g.met]
        t.add_row(escape(g.target), g.config, escape(g.measured), verdict)
    return t


def checks_table(checks: list[dict[str, Any]]) -> Any:
    from rich.markup import escape
    from rich.table import Table

    t = Table(title="Checks (so the figures can be trusted)")
    t.add_column("check")
    t.add_column("observed", justify="right")
    t.add_column("expected", justify="right")
    t.add_column("", justify="center")
    for c in checks:
        t.add_row(escape(c["name"]), escape(str(c["observed"])), escape(str(c["expected"])),
                  "[green]ok[/]" if c["ok"] else "[red]FAIL[/]")
    return t


def _has(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def _ints(value: str) -> list[int]:
    return [int(v) for v in value.split(",") if v.strip()]


def _positive(values: list[str], flag: str) -> list[int]:
    ks = [k for value in values for k in _ints(value)]
    if not ks or min(ks) < 1:
        raise SystemExit(f"{flag} takes positive integers")
    return ks


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1000,
                        help="reasoning events (tokens) per stream (default 1000)")
    parser.add_argument("--streams", nargs="+", default=["1", "16", "64"], metavar="K",
                        help="concurrent streams, one configuration each (default: 1 16 64)")
    parser.add_argument("--rate", type=float, default=K2_THINK_RATE, metavar="TOKENS_PER_S",
                        help="the upstream's tokens (events) per second per stream (default "
                        "2000, K2 Think's speed; 0: as fast as it can)")
    parser.add_argument("--min-events", type=int, default=10_000,
                        help="events streamed per configuration, K and round, at least; there "
                        "are at least K streams (default 10000)")
    parser.add_argument("--rounds", type=int, default=2,
                        help="rounds over all configurations, alternating their order (default 2)")
    parser.add_argument("--no-scale", dest="scale", action="store_false",
                        help="skip the stream-length part")
    parser.add_argument("--scale-events", default=",".join(map(str, SCALE_EVENTS)),
                        metavar="N,N,...", help="reasoning events per stream in the "
                        "stream-length part (default 1000,10000,100000)")
    parser.add_argument("--scale-min-events", type=int, default=10_000,
                        help="events per length and proxy in that part, at least (default 10000)")
    parser.add_argument("--configs", nargs="+", choices=CONFIGS,
                        default=[c for c in CONFIGS if c != "baseline"],
                        metavar="NAME", help="the configurations to measure (default: all of "
                        f"{', '.join(CONFIGS)}); fewer is handy under a profiler")
    parser.add_argument("--pin", action=argparse.BooleanOptionalAction, default=True,
                        help="run the proxies on the last CPU and the upstream and client on the "
                        "others (default on, with 2 CPUs or more)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the reasoning trace")
    parser.add_argument("--leak-share", type=float, default=0.07, metavar="FRACTION",
                        help="share of the trace's sentences that quote the system prompt "
                        "(default 0.07; 0: none, so strict scans every stream to the end)")
    parser.add_argument("--leaks-after", type=float, default=0.75, metavar="FRACTION",
                        help="share of the reasoning before the first quote (default 0.75: "
                        "strict, which drops the rest after a leak, scans most of each stream)")
    parser.add_argument("--prompt", type=Path, help="system prompt file (default: the corpus "
                        "prompt closest to 2,000 characters)")
    parser.add_argument("--policy", type=Path, default=POLICIES["default"],
                        help="the default configuration's policy file")
    parser.add_argument("--strict-policy", type=Path, default=POLICIES["strict"],
                        help="the strict configuration's policy file")
    parser.add_argument("--baseline-src", type=Path, metavar="DIR",
                        help="another checkout of guardproxy (a `git worktree` of an older "
                        "commit, say): its default policy is measured as `baseline` in the same "
                        "run, so two versions are compared under the same load")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    # Internal: run one of the servers.
    parser.add_argument("--serve", choices=["upstream", *RELAYS, "guardproxy"],
                        help=argparse.SUPPRESS)
    parser.add_argument("--upstream-url", default="", help=argparse.SUPPRESS)
    parser.add_argument("--cpus", default="", help=argparse.SUPPRESS)
    parser.add_argument("--serve-events", default="", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        return args
    if args.events < 50:
        parser.error("--events must be at least 50")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.rate < 0:
        parser.error("--rate must be 0 or more")
    if not 0 <= args.leak_share <= 0.5:
        parser.error("--leak-share must be between 0 and 0.5")
    if not 0 <= args.leaks_after < 1:
        parser.error("--leaks-after must be at least 0 and below 1")
    args.ks = _positive(args.streams, "--streams")
    args.scale_lengths = _positive([args.scale_events], "--scale-events") if args.scale else []
    args.prompt = pick_prompt(args.prompt)
    if args.baseline_src is not None:
        args.baseline_src = args.baseline_src.resolve()
        if not (args.baseline_src / "benchmarks" / "perf.py").is_file():
            parser.error("--baseline-src must be a guardproxy checkout (no benchmarks/perf.py)")
        if "baseline" not in args.configs:
            args.configs.insert(args.configs.index("default") if "default" in args.configs
                                else len(args.configs), "baseline")
    elif "baseline" in args.configs:
        parser.error("the baseline configuration needs --baseline-src")
    return args


def main() -> None:
    opts = parse_args()
    if opts.serve:
        serve(opts)
        return
    started = time.perf_counter()
    policies = {"default": opts.policy, "strict": opts.strict_policy}
    w = build_workload(opts.prompt, opts.events, opts.seed, opts.leak_share, opts.leaks_after)
    scale_ws = [build_workload(opts.prompt, n, opts.seed, opts.leak_share, opts.leaks_after)
                for n in opts.scale_lengths]
    inproc = {name: in_process(w, path) for name, path in policies.items()}
    scale_inproc = scale_in_process(scale_ws, policies["default"])
    markers = {"direct": 0, **dict.fromkeys(RELAYS, 0),
               **{name: ip["markers_per_stream"] for name, ip in inproc.items()}}
    markers["baseline"] = markers["default"]  # same policy, same trace
    answers = {name: ip["content_out"] for name, ip in inproc.items()}
    answers["baseline"] = answers["default"]
    with tempfile.TemporaryDirectory(prefix="guardproxy-perf-") as tmp:
        run = _run(network(w, scale_ws, opts, policies, markers, answers,
                           [s["markers_per_stream"] for s in scale_inproc], Path(tmp)))
    summaries = summarize(run.results, run.samples)
    checks = collect_checks(inproc, run, summaries)
    targets = evaluate_targets(summaries, run.scale)
    report(w, opts, inproc, scale_inproc, run, summaries, checks, targets)
    elapsed = time.perf_counter() - started
    print(f"total run time {elapsed:.1f} s")
    failures = [c["name"] for c in checks if not c["ok"]]
    if opts.json:
        opts.json.write_text(json.dumps({
            "workload": {
                "prompt": w.prompt_path, "prompt_chars": len(w.prompt), "seed": w.seed,
                "leak_share": opts.leak_share, "leaks_after": opts.leaks_after,
                "rate_tokens_per_s": opts.rate, "events_per_stream": w.events,
                "reasoning_events": len(w.reasoning_tokens),
                "content_events": len(w.content_tokens), "reasoning_chars": len(w.reasoning),
                "quoted_prompt_runs": len(w.leaks), "near_misses": w.near_misses,
            },
            "settings": {"streams": opts.ks, "rounds": opts.rounds, "min_events": opts.min_events,
                         "scale_events": opts.scale_lengths,
                         "policies": {k: str(v) for k, v in policies.items()}},
            "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                        "pinned": cpu_sets(opts.pin) is not None},
            "network": [asdict(s) for s in summaries],
            "network_rounds": [asdict(r) for r in run.results],
            "in_process": inproc,
            "scale": {"network": [asdict(r) for r in run.scale], "in_process": scale_inproc},
            "targets": [asdict(g) for g in targets],
            "warmup_checks": run.warmups,
            "checks": checks,
            "background_load": run.load,
            "failures": failures,
            "run_seconds": elapsed,
        }, indent=2, default=str) + "\n")
        print(f"wrote {opts.json}")
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
