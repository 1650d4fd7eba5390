"""Upstream and client faults: whatever breaks, the client gets a well-formed answer in the
API's format, nothing unscanned leaks, and the proxy goes on serving.

Every case streams a reasoning trace that quotes the system prompt and narrates a safety
filter (TRACE_A), and breaks it right inside the quote, so that a proxy that let unscanned text
through on the error path would show the quote. Upstreams here answer request by request
(``switching``): the first requests meet the fault, the next one is healthy, and must come
out redacted and whole.

Cases already covered in test_proxy_chat.py with their own specifics (the event that is not
JSON, the oversized event, an unknown or compressed non-streamed body, a connection dropped
between events, 4xx/5xx bodies passed through, a client that disconnects) appear here again
only where this file checks something they do not: the follow-up request, the task count.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import logging
import socket
import threading
import time
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import openai
import pytest
from chat_stream import (
    CHAT,
    ROLE,
    STOP,
    USAGE,
    chunk,
    completion,
    deltas,
    joined,
    json_chunks,
    request,
    sse,
    transcript,
    vllm_stream,
)
from conftest import (
    GATE_TIMEOUT,
    ASGIApp,
    Gate,
    Script,
    free_socket,
    scripted_upstream,
)
from traces import ANSWER, TRACE_A, oneshot, pieces, runs, unescape
from wire import dumps, parse_sse

from guardproxy.config import Settings
from guardproxy.metrics import OUTCOMES, HoldBackClock, Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.proxy import create_app

DONE = b"data: [DONE]\n\n"
WAIT = 10.0  # a guard against a hung test while waiting for a condition, never a threshold

Receive = Callable[[], Awaitable[Any]]
Send = Callable[[Any], Awaitable[None]]


# --- upstreams that change behaviour from one request to the next ---------------------------


def switching(apps: Sequence[ASGIApp]) -> ASGIApp:
    """Request i is answered by ``apps[i]``, later ones by the last app."""
    count = 0

    async def app(scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        nonlocal count
        if scope["type"] == "lifespan":
            await apps[-1](scope, receive, send)
            return
        index, count = min(count, len(apps) - 1), count + 1
        await apps[index](scope, receive, send)

    return app


def silent_until(gate: Gate) -> ASGIApp:
    """Reads the request, then says nothing (not even headers) until the gate opens."""

    async def app(scope: MutableMapping[str, Any], receive: Receive, send: Send) -> None:
        while (await receive()).get("more_body"):
            pass
        await gate.wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    return app


def healthy() -> Script:
    return Script(vllm_stream("reasoning", TRACE_A))


def faulty_then_healthy(fault: Script, times: int = 2) -> ASGIApp:
    """``times`` requests meet the fault (raw httpx, then the SDK), then a healthy upstream."""
    return switching([*[scripted_upstream(fault)] * times, scripted_upstream(healthy())])


# --- what every case checks ------------------------------------------------------------------


def assert_no_leak(raw: bytes) -> None:
    """No run of 4 words of the quote or of the hint, in any field, escapes included."""
    text = unescape(raw)
    assert not runs(TRACE_A.leak, 4) & runs(text, 4), "prompt fragment reached the client"
    assert not runs(TRACE_A.hint, 4) & runs(text, 4), "safety hint reached the client"


def assert_error_then_done(raw: bytes, kind: str) -> None:
    """The stream ends as OpenAI-compatible servers end a failed one: an error, `[DONE]`."""
    events = parse_sse(raw)
    assert raw.endswith(b"\n\n" + DONE)
    assert events[-1].data == "[DONE]"
    error = json.loads(events[-2].data or "")["error"]
    assert error["type"] == kind and error["message"]
    for event in events[:-1]:  # every event before is JSON the SDK can read
        json.loads(event.data or "null")


def assert_keeps_serving(base: str, policy: CompiledPolicy) -> None:
    """The next request, to a healthy upstream, streams through the SDK redacted and whole."""
    with sdk(base).chat.completions.create(**request()) as stream:
        chunks = [c.model_dump() for c in stream]
    tr = transcript(chunks)
    assert joined(tr[0], "reasoning") == oneshot(policy, TRACE_A.system, TRACE_A.text,
                                                 "reasoning")
    assert joined(tr[0], "content") == ANSWER
    assert httpx.get(base + "/healthz", trust_env=False).status_code == 200


def sdk(base: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=base + "/v1", api_key="EMPTY", max_retries=0, timeout=30)


def post(base: str, body: dict[str, Any], request_id: str | None = None) -> httpx.Response:
    headers = {"content-type": "application/json"}
    if request_id is not None:
        headers["x-request-id"] = request_id
    with httpx.Client(timeout=30, trust_env=False) as client:
        return client.post(base + CHAT, content=dumps(body), headers=headers)


# --- streamed faults -------------------------------------------------------------------------

PARTS = pieces(TRACE_A.text)
# The fault strikes after the quote's first 8 words: enough to be held back as a leak.
CUT = next(i for i in range(len(PARTS)) if TRACE_A.leak.split()[7] in PARTS[i]) + 1
BEFORE = [ROLE, *deltas("reasoning", PARTS[:CUT])]
AFTER = [*deltas("reasoning", PARTS[CUT:]), *deltas("content", pieces(ANSWER)), STOP, USAGE,
         DONE]
REST = "".join(PARTS[CUT:])  # the rest of the quote, the hint, the end of the reasoning


@dataclass(frozen=True)
class Fault:
    name: str
    make: Callable[[], Script]
    error: str  # the error event's `type`
    outcome: str  # guardproxy_streams_ended_total's label for it
    settings: dict[str, Any] = field(default_factory=dict)


def _stall() -> Script:
    return Script([*BEFORE, Gate(), *AFTER])  # never opened: the proxy's read times out


def _close_mid_event() -> Script:
    half = sse(chunk({"reasoning": REST}))
    return Script([*BEFORE, half[: len(half) // 2]], abort=True)


def _invalid_utf8() -> Script:
    bad = sse(chunk({"reasoning": REST})).replace(b"narrative", b"narra\xff\xfetive")
    bad = bad.replace(b'"reasoning":"', b'"reasoning":"\xc3\x28', 1)  # a broken 2-byte start
    return Script([*BEFORE, bad, *AFTER])


def _malformed_json() -> Script:
    broken = sse(chunk({"reasoning": REST}))[:-12] + b"\n\n"  # cut inside the object
    return Script([*BEFORE, broken, *AFTER])


def _oversized() -> Script:
    return Script([*BEFORE, sse(chunk({"reasoning": REST * 20})), *AFTER])


STREAM_FAULTS = [
    Fault("stalls-mid-stream", _stall, "upstream_error", "upstream_timeout",
          {"read_timeout": 1.0}),
    Fault("closes-mid-event", _close_mid_event, "upstream_error", "upstream_disconnect"),
    Fault("invalid-utf8", _invalid_utf8, "guardproxy_error", "scan_failure"),
    Fault("malformed-json", _malformed_json, "guardproxy_error", "scan_failure"),
    Fault("event-over-limit", _oversized, "guardproxy_error", "scan_failure",
          {"max_event_bytes": 1024}),
]


@pytest.mark.parametrize("fault", STREAM_FAULTS, ids=[f.name for f in STREAM_FAULTS])
def test_stream_fault(
    fault: Fault, serve: Callable[..., str], proxy_for: Callable[..., str],
    default_policy: CompiledPolicy, caplog: pytest.LogCaptureFixture,
) -> None:
    scripts = [fault.make(), fault.make()]
    upstream = serve(switching([*map(scripted_upstream, scripts),
                                scripted_upstream(healthy())]))
    metrics = Metrics()
    base = proxy_for(upstream, metrics=metrics, **fault.settings)
    caplog.set_level(logging.INFO, "guardproxy")
    response = post(base, request(), request_id="fault-1")
    assert response.status_code == 200
    assert_error_then_done(response.content, fault.error)
    assert_no_leak(response.content)
    # What came before the fault was scanned and goes out; nothing of what followed it.
    reasoning = joined(transcript(json_chunks(response.content))[0], "reasoning")
    assert reasoning.startswith(TRACE_A.benign[0])
    assert "whisper" not in response.text
    with pytest.raises(openai.APIError), sdk(base).chat.completions.create(**request()) as s:
        for _ in s:
            pass
    assert_keeps_serving(base, default_policy)
    for script in scripts:  # the proxy let go of each broken upstream response
        assert wait_for(lambda s=script: s.finished.is_set() or s.disconnected.is_set())
    # Both broken streams counted under their cause, and each logged once, without text.
    assert ended(metrics) == {fault.outcome: 2, "completed": 1}
    lines = [r.getMessage() for r in caplog.records if "stream ended" in r.getMessage()]
    assert len(lines) == 2 and all(f"outcome={fault.outcome}" in line for line in lines)
    assert "request_id=fault-1 " in lines[0]
    assert_no_leak(caplog.text.encode())


def test_a_bug_in_the_proxy_mid_stream_fails_closed_as_a_server_error(
    proxy_for: Callable[..., str], monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """No fault of the upstream's or the text's can reach this path, so a bug is injected: the
    proxy's own code raising mid-stream ends the stream as fail-closed, counted as
    `server_error` and logged once with the exception's class."""
    def broken(*args: Any) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(HoldBackClock, "read", broken)
    metrics = Metrics()
    base = proxy_for(healthy(), metrics=metrics)
    caplog.set_level(logging.INFO, "guardproxy")
    response = post(base, request(), request_id="bug-1")
    assert_error_then_done(response.content, "guardproxy_error")
    assert_no_leak(response.content)
    assert ended(metrics) == {"server_error": 1}
    lines = [r.getMessage() for r in caplog.records if "stream ended" in r.getMessage()]
    assert lines == ["stream ended request_id=bug-1 route=chat_completions "
                     "outcome=server_error cause=RuntimeError"]


def ended(metrics: Metrics) -> dict[str, float]:
    """guardproxy_streams_ended_total by outcome (route chat_completions), those above 0."""
    counts = {o: metrics.registry.get_sample_value(
        "guardproxy_streams_ended_total", {"route": "chat_completions", "outcome": o})
        for o in OUTCOMES}
    return {o: n for o, n in counts.items() if n}


# --- faults before the body, and in whole (non-streamed) responses ---------------------------


def test_upstream_refuses_connections_then_comes_back(
    serve: Callable[..., str], proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    sock = free_socket()  # bound, not listening: connections are refused
    base = proxy_for(f"http://127.0.0.1:{sock.getsockname()[1]}")
    with pytest.raises(openai.InternalServerError) as info:
        sdk(base).chat.completions.create(**request())
    assert info.value.status_code == 502
    assert info.value.body["type"] == "upstream_unreachable"  # type: ignore[index]
    serve(scripted_upstream(healthy()), sock)  # the model server starts on that port
    assert_keeps_serving(base, default_policy)


def test_upstream_times_out_before_headers(
    serve: Callable[..., str], proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    gate = Gate()
    upstream = serve(switching([silent_until(gate), silent_until(gate),
                                scripted_upstream(healthy())]))
    base = proxy_for(upstream, read_timeout=1.0)
    try:
        response = post(base, request())
        assert response.status_code == 504
        assert response.json()["error"]["type"] == "upstream_timeout"
        with pytest.raises(openai.InternalServerError) as info:
            sdk(base).chat.completions.create(**request(stream=False))
        assert info.value.status_code == 504
        assert_keeps_serving(base, default_policy)
    finally:
        gate.open()


@pytest.mark.parametrize("content_type", ["application/json", "text/plain; charset=utf-8"])
@pytest.mark.parametrize("stream", [True, False])
def test_an_upstream_error_that_echoes_the_prompt_is_scanned(
    proxy_for: Callable[..., str], content_type: str, stream: bool,
) -> None:
    """An error body may quote the request: its texts are scanned as answer text, its status
    and shape kept."""
    echo = f"invalid request: {TRACE_A.leak}"
    body = (dumps({"error": {"message": echo, "type": "invalid_request_error", "code": 400}})
            if content_type == "application/json" else echo.encode())
    base = proxy_for(Script([body], status=400, content_type=content_type))
    response = post(base, request(stream=stream))
    assert response.status_code == 400
    assert_no_leak(response.content)
    assert b"[redacted:system-prompt]" in response.content
    if content_type == "application/json":
        assert response.json()["error"]["type"] == "invalid_request_error"


def _whole_leak() -> bytes:
    return dumps(completion({"reasoning": TRACE_A.text, "content": ANSWER}))


WHOLE_FAULTS: dict[str, tuple[Callable[[], Script], str, dict[str, Any]]] = {
    "malformed-json": (lambda: Script([_whole_leak()[:-40]], content_type="application/json"),
                       "guardproxy_error", {}),
    "invalid-utf8": (lambda: Script([_whole_leak().replace(b"enigmatic", b"enig\xffmatic")],
                                    content_type="application/json"), "guardproxy_error", {}),
    "closes-mid-body": (lambda: Script([_whole_leak()[:300]], content_type="application/json",
                                       abort=True), "upstream_error", {}),
    "stalls-mid-body": (lambda: Script([_whole_leak()[:300], Gate()],
                                       content_type="application/json"),
                        "upstream_error", {"read_timeout": 1.0}),
    "gzip-despite-identity": (
        lambda: Script([gzip.compress(_whole_leak())], content_type="application/json",
                       headers=[("content-encoding", "gzip")]), "guardproxy_error", {}),
}


@pytest.mark.parametrize("name", list(WHOLE_FAULTS))
def test_whole_response_fault(
    name: str, serve: Callable[..., str], proxy_for: Callable[..., str],
    default_policy: CompiledPolicy,
) -> None:
    make, kind, settings = WHOLE_FAULTS[name]
    upstream = serve(switching([scripted_upstream(make()), scripted_upstream(make()),
                                scripted_upstream(healthy())]))
    base = proxy_for(upstream, **settings)
    response = post(base, request(stream=False))
    assert response.status_code == 502
    assert response.headers["content-type"] == "application/json"
    assert response.json()["error"]["type"] == kind
    assert_no_leak(response.content)
    with pytest.raises(openai.InternalServerError) as info:
        sdk(base).chat.completions.create(**request(stream=False))
    assert info.value.status_code == 502
    assert_keeps_serving(base, default_policy)


@pytest.mark.parametrize(
    ("headers", "content_type", "body"),
    [([("content-encoding", "gzip")], "text/event-stream",
      gzip.compress(b"".join(vllm_stream("reasoning", TRACE_A)))),
     ([], "application/octet-stream", b"".join(vllm_stream("reasoning", TRACE_A)))],
    ids=["gzip-despite-identity", "unknown-content-type"],
)
def test_unscannable_stream_refused(
    headers: list[tuple[str, str]], content_type: str, body: bytes, serve: Callable[..., str],
    proxy_for: Callable[..., str], default_policy: CompiledPolicy,
) -> None:
    """A streamed answer the proxy cannot read: a clean 502 before any byte of it."""
    fault = Script([body[:100], body[100:]], content_type=content_type, headers=headers)
    upstream = serve(faulty_then_healthy(fault))
    base = proxy_for(upstream)
    response = post(base, request())
    assert response.status_code == 502
    assert response.json()["error"]["type"] == "guardproxy_error"
    assert "content-encoding" not in response.headers
    assert_no_leak(response.content)
    with pytest.raises(openai.InternalServerError):
        sdk(base).chat.completions.create(**request())
    assert_keeps_serving(base, default_policy)


# --- the client's side: disconnects, slow readers --------------------------------------------


class LoopProbe:
    """Wraps an ASGI app to learn the event loop it runs in, and counts that loop's tasks."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.loop: asyncio.AbstractEventLoop | None = None

    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive,
                       send: Send) -> None:
        self.loop = asyncio.get_running_loop()
        await self.app(scope, receive, send)

    def tasks(self) -> int:
        assert self.loop is not None

        async def count() -> int:
            return len(asyncio.all_tasks()) - 1  # not this one

        return asyncio.run_coroutine_threadsafe(count(), self.loop).result(WAIT)


def wait_for(condition: Callable[[], bool]) -> bool:
    """Poll until ``condition`` holds, or give up after WAIT seconds."""
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def test_client_disconnects_mid_stream_no_task_leaks(
    serve: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """Clients that hang up mid-stream, while the upstream is silent: each upstream request is
    dropped, the stream's gauge returns to zero, and the loop's tasks to what they were."""
    gate = Gate()
    first = "The user wants a riddle about the ocean. I will keep it short and sweet. "
    stalled = [Script([ROLE, *deltas("reasoning", pieces(first)), gate,
                       *vllm_stream("reasoning", TRACE_A)[1:]]) for _ in range(5)]
    upstream = serve(switching([scripted_upstream(s) for s in
                                (healthy(), *stalled, healthy())]))
    metrics = Metrics()
    sock = free_socket()
    probe = LoopProbe(create_app(Settings(upstream=upstream, port=sock.getsockname()[1]),
                                 default_policy, metrics))
    base = serve(probe, sock)
    try:
        assert post(base, request()).status_code == 200
        baseline = probe.tasks()
        for script in stalled:
            _read_until(base, "about the ocean.")
            assert script.disconnected.wait(GATE_TIMEOUT)  # only the proxy can have hung up
            assert not script.finished.is_set()
        active = lambda: metrics.registry.get_sample_value("guardproxy_active_streams")  # noqa: E731
        assert wait_for(lambda: active() == 0)
        assert ended(metrics) == {"completed": 1, "client_disconnect": 5}
        assert wait_for(lambda: probe.tasks() <= baseline), (probe.tasks(), baseline)
        assert_keeps_serving(base, default_policy)
    finally:
        gate.open()


def _read_until(base: str, text: str) -> None:
    """Stream a request and hang up as soon as the reasoning shows ``text``."""
    received = bytearray()
    with httpx.Client(trust_env=False, timeout=30) as client, client.stream(
        "POST", base + CHAT, content=dumps(request())
    ) as response:
        for data in response.iter_raw():
            received.extend(data)
            if text in joined(transcript(json_chunks(bytes(received)))[0], "reasoning"):
                return
    raise AssertionError(f"the stream ended before {text!r}")


class Firehose:
    """An upstream that streams benign reasoning as fast as it may, and counts what it sent."""

    EVENT = sse(chunk({"reasoning": "The sea is calm and wide and blue today. " * 24}))
    LIMIT = 1 << 30  # it stops there: a proxy reading it all ahead would show ~1 GiB sent

    def __init__(self) -> None:
        self.sent = 0
        self.done = threading.Event()
        self.disconnected = threading.Event()  # the proxy dropped the connection

    async def __call__(self, scope: MutableMapping[str, Any], receive: Receive,
                       send: Send) -> None:
        if scope["type"] != "http":
            await scripted_upstream(Script([]))(scope, receive, send)  # lifespan
            return
        while (await receive()).get("more_body"):
            pass
        headers = [(b"content-type", b"text/event-stream")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        watcher = asyncio.create_task(self._watch(receive))
        try:
            while self.sent < self.LIMIT and not self.disconnected.is_set():
                await send({"type": "http.response.body", "body": self.EVENT,
                            "more_body": True})
                self.sent += len(self.EVENT)
            await send({"type": "http.response.body", "body": DONE})
        finally:
            self.done.set()
            watcher.cancel()

    async def _watch(self, receive: Receive) -> None:
        while (await receive())["type"] != "http.disconnect":
            pass
        self.disconnected.set()


def settled(read: Callable[[], int], quiet: float = 1.0) -> int:
    """The value of ``read`` once it has not changed for ``quiet`` seconds (a plateau)."""
    deadline = time.monotonic() + 6 * WAIT
    last, since = read(), time.monotonic()
    while time.monotonic() - since < quiet and time.monotonic() < deadline:
        time.sleep(0.05)
        now = read()
        if now != last:
            last, since = now, time.monotonic()
    return last


def test_slow_client_backpressure_bounds_what_is_read_ahead(
    serve: Callable[..., str], proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A client that stops reading while the upstream could stream a gigabyte: the proxy reads
    no further ahead than socket buffers allow, so its memory stays bounded; reading again
    resumes the flow."""
    firehose = Firehose()
    base = proxy_for(serve(switching([firehose, scripted_upstream(healthy())])))
    port = int(base.rsplit(":", 1)[1])
    client = socket.socket()
    client.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)  # before connecting
    client.connect(("127.0.0.1", port))
    try:
        body = dumps(request())
        client.sendall(b"POST " + CHAT.encode() + b" HTTP/1.1\r\nhost: x\r\n"
                       b"content-type: application/json\r\ncontent-length: "
                       + str(len(body)).encode() + b"\r\n\r\n" + body)
        assert client.recv(4096).startswith(b"HTTP/1.1 200")
        paused = settled(lambda: firehose.sent)  # the client reads nothing meanwhile
        # Loopback socket buffers can grow to tens of MB; a proxy that read ahead would show
        # the whole gigabyte (or its memory would run out first).
        assert paused < 96 * 1024 * 1024, paused
        assert not firehose.done.is_set()
        client.settimeout(WAIT)
        deadline = time.monotonic() + 6 * WAIT
        while firehose.sent <= paused:  # read again: the upstream moves on
            assert client.recv(1 << 16) and time.monotonic() < deadline
    finally:
        client.close()
    assert firehose.disconnected.wait(WAIT)  # the client left: the proxy let go upstream
    assert_keeps_serving(base, default_policy)



# --- admission: at most max_concurrency requests in flight -----------------------------------


@pytest.mark.parametrize(
    ("path", "error"),
    [(CHAT, {"error": {"message": "too many requests in flight; retry shortly",
                       "type": "overloaded", "param": None, "code": 503}}),
     ("/v1/messages", {"type": "error", "error": {
         "type": "overloaded", "message": "too many requests in flight; retry shortly"}})],
    ids=["openai", "anthropic"],
)
def test_one_request_past_max_concurrency_gets_a_503_in_its_api_format(
    path: str, error: dict[str, Any], proxy_for: Callable[..., str]
) -> None:
    gate = Gate()
    first = "The user wants a riddle about the ocean. I will keep it short and sweet. "
    held = Script([ROLE, *deltas("reasoning", pieces(first)), gate,
                   *vllm_stream("reasoning", TRACE_A)[1:]])
    base = proxy_for(held, max_concurrency=1)
    with httpx.Client(trust_env=False, timeout=30) as client, client.stream(
        "POST", base + CHAT, content=dumps(request())
    ) as stream:
        chunks, received = stream.iter_raw(), bytearray()  # kept: dropped, it would hang up
        while "about the ocean." not in joined(transcript(json_chunks(bytes(received)))[0],
                                               "reasoning"):
            received += next(chunks)  # until the stream is surely in flight
        over = client.post(base + path, content=b"{}")
        assert (over.status_code, over.headers["retry-after"], over.json()) == (503, "1", error)
        assert client.get(base + "/readyz").status_code == 200  # probes still answered
        gate.open()
        assert (received + b"".join(chunks)).endswith(DONE)
    assert post(base, request()).status_code == 200  # the slot is free again
