"""Hostile clients and hostile text: size limits, request targets and headers that try to
reach another host, nesting and choice counts that would cost memory, policy regexes that
backtrack, and fuzzing of the SSE decoder, the chat codec and the sanitizer.

Raw-socket tests run the proxy exactly as `guardproxy serve` does (the bounded httptools
protocol of limits.py): clients such as httpx normalise request targets before sending them,
which would hide what a hostile client can send.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from chat_stream import CHAT, request, vllm_stream
from conftest import Gate, Script, free_socket
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from traces import PROMPT_A, TRACE_A, runs, unescape
from wire import dumps

from guardproxy.codecs.base import CodecError, StreamFault
from guardproxy.codecs.openai_chat import ChatCompletions
from guardproxy.config import Settings
from guardproxy.detectors import prompt_leak
from guardproxy.limits import bounded_http
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError
from guardproxy.policy_schema import InlineThink
from guardproxy.proxy import INDEX_OFF_LOOP_CHARS, create_app
from guardproxy.sse import SSEError

WAIT = 10.0  # a guard against a hung test, never a threshold


@pytest.fixture
def deployed(serve: Callable[..., str], default_policy: CompiledPolicy) -> Callable[..., str]:
    """``deployed(upstream_url, **settings) -> base URL``: the proxy on the protocol and head
    limits `guardproxy serve` runs it with."""

    def start(upstream: str, **options: Any) -> str:
        sock = free_socket()
        config = Settings(upstream=upstream, port=sock.getsockname()[1], **options)
        app = create_app(config, default_policy, Metrics())
        return serve(app, sock, proxy_headers=False, http=bounded_http(
            config.max_header_bytes, config.max_headers, config.head_timeout))

    return start


def leaking() -> Script:
    return Script(vllm_stream("reasoning", TRACE_A))


def raw_http(base: str, head: bytes, body: bytes = b"") -> tuple[int, bytes]:
    """Send bytes as they are; the status and the body of the answer (read to the close)."""
    status, _, answer = raw_exchange(base, head, body)
    return status, answer


def raw_exchange(base: str, head: bytes, body: bytes = b"") -> tuple[int, list[bytes], bytes]:
    """Send bytes as they are; the status, header lines and body of the answer."""
    port = int(base.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as sock:
        # The proxy may hang up before it read all of an oversized head.
        with contextlib.suppress(OSError):
            sock.sendall(head + body)
        received = bytearray()
        try:
            while data := sock.recv(65536):
                received += data
        except ConnectionResetError:
            pass
    if not received:
        return 0, [], b""
    answer_head, _, answer = bytes(received).partition(b"\r\n\r\n")
    status_line, *fields = answer_head.split(b"\r\n")
    return int(status_line.split()[1]), fields, answer


def chat_head(target: bytes, body: bytes, *extra: bytes, host: bytes = b"proxy.local") -> bytes:
    lines = [b"POST " + target + b" HTTP/1.1", b"host: " + host, b"connection: close",
             b"content-type: application/json", b"content-length: " + str(len(body)).encode(),
             *extra]
    return b"\r\n".join(lines) + b"\r\n\r\n"


def openai_error(body: bytes, kind: str) -> None:
    error = json.loads(body)["error"]
    assert error["type"] == kind and error["message"]


# --- sizes: body, head ----------------------------------------------------------------------


def test_chunked_request_body_over_limit(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """The 413 holds for a body without a length too (chunked): it is counted as it comes."""
    script = leaking()
    base = deployed(upstream_for(script), max_request_bytes=4096)

    def chunks() -> Iterator[bytes]:
        yield b'{"model":"m","messages":[{"role":"user","content":"'
        for _ in range(64):
            yield b"x" * 128
        yield b'"}]}'

    reply = httpx.post(base + CHAT, content=chunks(), trust_env=False)
    assert reply.status_code == 413
    openai_error(reply.content, "request_too_large")
    assert script.requests == []


@pytest.mark.parametrize(
    "extra",
    [
        [b"x-big: " + b"a" * 100_000],
        [b"x-h%d: v" % i for i in range(300)],
        [b"cookie: " + b"c" * 40_000, b"x-more: " + b"m" * 40_000],
    ],
    ids=["one-huge-field", "too-many-fields", "sum-of-fields"],
)
def test_request_head_over_limits_gets_431(
    extra: list[bytes], upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    script = leaking()
    base = deployed(upstream_for(script))
    body = dumps(request())
    status, answer = raw_http(base, chat_head(CHAT.encode(), body, *extra), body)
    assert status == 431
    openai_error(answer, "request_too_large")
    assert script.requests == []
    status, _ = raw_http(base, chat_head(CHAT.encode(), body, b"x-fine: " + b"a" * 8000), body)
    assert status == 200 and len(script.requests) == 1  # just under: served


@pytest.mark.parametrize(("sent", "kept"), [(b"req-9", True), (b"no id", False)])
def test_a_431_carries_the_request_id_too(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str], sent: bytes, kept: bool
) -> None:
    """Answered before the app sees the request, with the id as every response has it."""
    base = deployed(upstream_for(leaking()))
    status, fields, _ = raw_exchange(base, chat_head(
        CHAT.encode(), b"{}", b"x-request-id: " + sent, *[b"x-h%d: v" % i for i in range(300)]))
    ids = [f.partition(b": ")[2] for f in fields if f.lower().startswith(b"x-request-id:")]
    assert status == 431 and len(ids) == 1
    assert ids[0] == sent if kept else re.fullmatch(rb"[0-9a-f]{32}", ids[0])


def test_a_431_never_carries_an_earlier_requests_id(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """On a kept-alive connection, a head refused before the parser read any of it (its first
    read is past the limit) gets a fresh id, not the one of the request before it."""
    base = deployed(upstream_for(leaking()), max_header_bytes=1024)
    port = int(base.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nhost: x\r\nx-request-id: first-1\r\n\r\n")
        first = bytearray()
        while b'"ok"' not in first:
            first += sock.recv(65536)
        assert b"x-request-id: first-1" in first
        with contextlib.suppress(OSError):
            sock.sendall(b"GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: " + b"a" * 8192)
        second = bytearray()
        with contextlib.suppress(ConnectionResetError):
            while data := sock.recv(65536):
                second += data
    head = bytes(second).partition(b"\r\n\r\n")[0]
    assert head.startswith(b"HTTP/1.1 431")
    (ident,) = [f[len(b"x-request-id: "):] for f in head.split(b"\r\n")
                if f.startswith(b"x-request-id: ")]
    assert re.fullmatch(rb"[0-9a-f]{32}", ident)


def test_huge_target_and_megabytes_of_headers_never_reach_upstream(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """Megabytes of head: the proxy stops reading at its limit and hangs up (the client may
    see the 431 or a reset, depending on how much it had left to send)."""
    script = leaking()
    base = deployed(upstream_for(script))
    for head, refused in (
        (b"GET /v1/models?q=" + b"a" * 200_000 + b" HTTP/1.1\r\nhost: x\r\n\r\n", 414),
        (b"GET /v1/models HTTP/1.1\r\nx-big: " + b"a" * 4_000_000 + b"\r\n\r\n", 431),
    ):
        status, _ = raw_http(base, head)
        assert status in (0, refused)
    assert script.requests == []
    assert httpx.get(base + "/v1/models", trust_env=False).status_code == 200


@contextlib.contextmanager
def cli_server(upstream: str) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """`guardproxy serve` itself, a subprocess: its base URL and process (stderr piped)."""
    port, admin = (free_port() for _ in range(2))
    env = {**os.environ, "GUARDPROXY_UPSTREAM": upstream}
    command = [sys.executable, "-m", "guardproxy", "serve", "--port", str(port),
               "--admin-port", str(admin), "--no-watch", "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        assert wait_until_up(base, process)
        yield base, process
    finally:
        if process.poll() is None:
            process.terminate()
            process.communicate(timeout=WAIT)


def test_cli_serves_with_head_limits(upstream_for: Callable[[Script], str]) -> None:
    """`guardproxy serve` itself (a subprocess) applies the limits."""
    script = leaking()
    with cli_server(upstream_for(script)) as (base, process):
        status, answer = raw_http(base, b"GET /v1/models HTTP/1.1\r\nhost: x\r\nx-big: "
                                  + b"a" * 100_000 + b"\r\n\r\n")
        assert status == 431
        openai_error(answer, "request_too_large")
        assert script.requests == []
        process.terminate()
        _, err = process.communicate(timeout=WAIT)
    assert b"aaaaaaaa" not in err  # the refused head is not logged


# An endless head of each kind: the request line, a header name, a header value.
ENDLESS_HEADS = {
    "request-line": (b"GET /v1/models?q=", b"q", 414),
    "header-name": (b"GET /v1/models HTTP/1.1\r\nhost: x\r\nx-", b"n", 431),
    "header-value": (b"GET /v1/models HTTP/1.1\r\nhost: x\r\nx-big: ", b"v", 431),
}
PIECE = 8 * 1024
LIMIT = Settings().max_header_bytes


@pytest.mark.parametrize("kind", ENDLESS_HEADS)
def test_endless_head_is_answered_at_the_limit_while_others_are_served(
    kind: str, upstream_for: Callable[[Script], str]
) -> None:
    """A head sent slowly in pieces, never ending: once the bytes sent pass the limit, the
    proxy answers without waiting for more (so it read at most the limit and a piece of it),
    and between the pieces another client's /healthz is answered every time."""
    start, filler, refused = ENDLESS_HEADS[kind]
    with cli_server(upstream_for(leaking())) as (base, _):
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as attacker, \
                httpx.Client(base_url=base, trust_env=False) as other:
            attacker.sendall(start)
            sent = len(start)
            while sent <= LIMIT:
                attacker.sendall(filler * PIECE)
                sent += PIECE
                assert other.get("/healthz").status_code == 200  # while the head is open
            answer = attacker.recv(65536)  # sends nothing more: the answer must come now
        assert answer.startswith(b"HTTP/1.1 %d " % refused)
        openai_error(answer.partition(b"\r\n\r\n")[2], "request_too_large")
        assert sent <= LIMIT + PIECE


def test_heads_within_the_limit_in_any_split_are_served(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """The count restarts at each request: three pipelined heads, each near the limit, sent
    in one write and then cut at every awkward place (in the blank line, one byte before it),
    are all answered."""
    base = deployed(upstream_for(leaking()))
    port = int(base.rsplit(":", 1)[1])

    def head(last: bool) -> bytes:
        filler = b"x-fill: " + b"f" * (LIMIT - 200)
        close = b"connection: close\r\n" if last else b""
        return b"GET /healthz HTTP/1.1\r\nhost: x\r\n" + close + filler + b"\r\n\r\n"

    wire = head(False) + head(False) + head(True)
    first_end = len(head(False))
    for cuts in ([], [first_end - 2], [first_end - 1, first_end + 3], [LIMIT - 1]):
        with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as sock:
            at = 0
            for cut in [*cuts, len(wire)]:
                sock.sendall(wire[at:cut])
                at = cut
            received = bytearray()
            while data := sock.recv(65536):
                received += data
        assert received.count(b"HTTP/1.1 200 OK") == 3, cuts


def _peak_rss(pid: int) -> int:
    """The process's peak resident memory so far (VmHWM), in bytes."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc (Linux)")
@pytest.mark.parametrize("kind", ENDLESS_HEADS)
def test_multi_megabyte_head_costs_no_memory(
    kind: str, upstream_for: Callable[[Script], str]
) -> None:
    """32 MiB of one field (or of the request line), sent as fast as the proxy takes it: the
    proxy's peak memory grows by far less than that (it stops reading at the limit)."""
    start, filler, _ = ENDLESS_HEADS[kind]
    size = 32 * 1024 * 1024
    with cli_server(upstream_for(leaking())) as (base, process):
        port = int(base.rsplit(":", 1)[1])
        assert httpx.get(base + "/v1/models", trust_env=False).status_code == 200  # warmed up
        before = _peak_rss(process.pid)
        with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as attacker:
            with contextlib.suppress(OSError):  # the proxy hangs up at the limit
                attacker.sendall(start)
                for _ in range(size // (256 * 1024)):
                    attacker.sendall(filler * (256 * 1024))
            assert httpx.get(base + "/healthz", trust_env=False).status_code == 200
            grown = _peak_rss(process.pid) - before
    assert grown < size // 4


def free_port() -> int:
    sock = free_socket()
    port: int = sock.getsockname()[1]
    sock.close()
    return port


def wait_until_up(base: str, process: subprocess.Popen[bytes]) -> bool:
    deadline = time.monotonic() + 3 * WAIT
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if httpx.get(base + "/healthz", trust_env=False, timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            time.sleep(0.05)
    return False


# --- targets and headers that try to go elsewhere ---------------------------------------------


@pytest.mark.parametrize(
    ("target", "arrives_as"),
    [
        (b"http://evil.example/v1/chat/completions", "/api/v1/chat/completions"),
        (b"/../../v1/chat/completions", "/api/v1/chat/completions"),
        (b"/%2e%2e/%2E%2e/v1/chat/completions", "/api/v1/chat/completions"),
        (b"/v1/../../../chat/completions", "/api/chat/completions"),
        (b"//evil.example/v1/chat/completions", "/api//evil.example/v1/chat/completions"),
    ],
    ids=["absolute-form", "dot-dot", "encoded-dot-dot", "climb-out-of-base", "double-slash"],
)
def test_targets_cannot_leave_the_upstream(
    target: bytes, arrives_as: str, upstream_for: Callable[[Script], str],
    deployed: Callable[..., str],
) -> None:
    """The upstream URL carries a base path: no spelling of a target leaves the host, nor
    climbs above the base path. The chat route stays sanitized however it is spelt."""
    script = leaking()
    upstream = upstream_for(script)
    # A route for the double-slash target (else refused as unknown): it must still reach the
    # upstream's host, not evil.example.
    base = deployed(upstream + "/api/",
                    routes=("POST /evil.example/v1/chat/completions chat_completions",))
    body = dumps(request())
    status, answer = raw_http(base, chat_head(target, body, host=b"evil.example"), body)
    assert status == 200
    seen = script.requests[-1]
    assert seen.path == arrives_as
    assert seen.header_values("host") == [upstream.removeprefix("http://")]
    if arrives_as.endswith(CHAT):  # the route the upstream will serve is the chat route
        assert not runs(TRACE_A.leak, 4) & runs(unescape(answer), 4)


def test_connect_and_asterisk_are_refused(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """No tunnelling (this is no forward proxy) and no server-wide OPTIONS upstream."""
    script = leaking()
    base = deployed(upstream_for(script))
    status, _ = raw_http(base, b"CONNECT evil.example:443 HTTP/1.1\r\nhost: evil.example:443"
                         b"\r\n\r\n")
    assert 400 <= status < 500
    status, _ = raw_http(base, b"OPTIONS * HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n")
    assert 400 <= status < 500
    assert script.requests == []


def test_host_header_spoofing_reaches_the_configured_upstream(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    script = leaking()
    upstream = upstream_for(script)
    base = deployed(upstream)
    spoof = {"host": "evil.example", "x-forwarded-host": "evil.example",
             "forwarded": "host=evil.example;proto=https", "x-forwarded-proto": "https"}
    reply = httpx.post(base + CHAT, content=dumps(request()), headers=spoof, trust_env=False)
    assert reply.status_code == 200
    assert script.requests[-1].header_values("host") == [upstream.removeprefix("http://")]


def test_h2c_upgrade_is_refused(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """An h2c upgrade through a proxy is a known request-smuggling route: refused outright."""
    script = leaking()
    base = deployed(upstream_for(script))
    body = dumps(request())
    status, _ = raw_http(base, chat_head(
        CHAT.encode(), body, b"connection: Upgrade, HTTP2-Settings", b"upgrade: h2c",
        b"http2-settings: AAMAAABkAARAAAAAAAIAAAAA",
    ), body)
    assert status == 400
    assert script.requests == []


def test_connection_headers_are_not_forwarded(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """Hop-by-hop headers, and those the client names in `connection`, stop at the proxy."""
    script = leaking()
    base = deployed(upstream_for(script))
    body = dumps(request())
    status, _ = raw_http(base, chat_head(
        CHAT.encode(), body, b"connection: x-private, x-other", b"x-private: 1",
        b"x-other: 2", b"keep-alive: timeout=5", b"proxy-authorization: Basic Zm9vOmJhcg==",
        b"te: trailers", b"proxy-connection: keep-alive", b"x-kept: yes",
    ), body)
    assert status == 200
    seen = script.requests[-1]
    for name in ("x-private", "x-other", "keep-alive", "proxy-authorization", "te",
                 "proxy-connection"):
        assert seen.header_values(name) == [], name
    assert seen.header_values("x-kept") == ["yes"]
    assert seen.body == body


def test_content_length_with_chunked_is_refused(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """Both framings at once (CL.TE smuggling): refused, nothing smuggled upstream."""
    script = leaking()
    base = deployed(upstream_for(script))
    smuggled = b"0\r\n\r\nGET /admin HTTP/1.1\r\nhost: x\r\n\r\n"
    head = (b"POST /v1/embeddings HTTP/1.1\r\nhost: x\r\ncontent-length: 4\r\n"
            b"transfer-encoding: chunked\r\n\r\n")
    status, _ = raw_http(base, head, smuggled)
    assert status == 400
    assert script.requests == []


# --- slow clients ---------------------------------------------------------------------------


def _connect(base: str) -> socket.socket:
    return socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=WAIT)


def _answer(sock: socket.socket) -> tuple[int, dict[str, str], bytes]:
    """The status, headers and body of what the proxy sent, read until it closed."""
    received = bytearray()
    with contextlib.suppress(ConnectionResetError):
        while data := sock.recv(65536):
            received += data
    head, _, body = bytes(received).partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


@pytest.mark.parametrize("sent", [b"", b"POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n",
                                  b"GET /v1/mod"], ids=["idle", "half-head", "half-line"])
def test_a_head_not_sent_in_time_is_a_408(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str], sent: bytes
) -> None:
    """Idle and half-sent heads were held open for good (3,000 of them past 95 s): answered
    408 in the API's format and closed, while another client is served meanwhile."""
    script = leaking()
    base = deployed(upstream_for(script), head_timeout=0.3)
    with _connect(base) as slow:
        slow.sendall(sent)
        assert httpx.get(f"{base}/healthz", timeout=WAIT).status_code == 200
        status, headers, body = _answer(slow)
    assert (status, headers["connection"]) == (408, "close")
    openai_error(body, "request_timeout")
    assert script.requests == []


def test_the_head_timeout_restarts_for_each_request_of_a_connection(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """On a kept-alive connection the next head is timed from its own first byte: a client
    that waits between requests (within the keep-alive timeout) is not cut off."""
    script = Script([b'{"data":[]}'], content_type="application/json")
    base = deployed(upstream_for(script), head_timeout=0.3)
    get = b"GET /v1/models HTTP/1.1\r\nhost: x\r\n\r\n"
    with _connect(base) as sock:
        for _ in range(2):
            sock.sendall(get)
            answer = b""
            while not answer.endswith(b"\r\n0\r\n\r\n"):  # the chunked body's end
                answer += sock.recv(65536) or pytest.fail(f"closed after {answer!r}")
            assert answer.startswith(b"HTTP/1.1 200 ")
            time.sleep(0.5)  # idle longer than the head timeout, between two requests
    assert len(script.requests) == 2


@pytest.mark.parametrize(("idle", "total", "pause"), [(0.3, 60.0, 1.0), (60.0, 0.5, 0.05)],
                         ids=["idle", "deadline"])
def test_a_body_not_sent_in_time_is_a_408_and_nothing_goes_upstream(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str],
    idle: float, total: float, pause: float,
) -> None:
    """A body stalled short of its length, or trickled a byte at a time, held memory and a
    connection for good (100 bodies one byte short of 8 MiB: 826 MiB)."""
    script = leaking()
    base = deployed(upstream_for(script), body_idle_timeout=idle, body_timeout=total)
    body = dumps(request())
    with _connect(base) as slow:
        slow.sendall(chat_head(CHAT.encode(), body) + body[:10])
        with contextlib.suppress(OSError):  # answered: the proxy stops reading
            for byte in body[10:40]:
                time.sleep(pause)
                slow.sendall(bytes([byte]))
        status, headers, answer = _answer(slow)
    assert (status, headers["connection"]) == (408, "close")
    openai_error(answer, "request_timeout")
    assert script.requests == []


def test_a_slow_forwarded_body_holds_no_upstream_connection(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """A forwarded body is read whole before the upstream is contacted: a slow client pinned
    an upstream connection each (300 of them: 617 fds)."""
    script = Script([b'{"data":[]}'], content_type="application/json")
    base = deployed(upstream_for(script), body_idle_timeout=0.3,
                    routes=("POST /v1/embeddings forward",))
    body = b'{"model":"m","input":"hello"}'
    head = (b"POST /v1/embeddings HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n"
            b"content-length: " + str(len(body)).encode() + b"\r\n\r\n")
    with _connect(base) as slow:
        slow.sendall(head + body[:5])
        status, _, answer = _answer(slow)
    assert status == 408 and script.requests == []
    openai_error(answer, "request_timeout")
    status, _ = raw_http(base, head.replace(b"\r\n\r\n", b"\r\nconnection: close\r\n\r\n"),
                         body)
    assert status == 200 and script.requests[-1].body == body


def test_connections_per_upstream_are_capped(
    upstream_for: Callable[[Script], str], proxy_for: Callable[..., str]
) -> None:
    """Two streams hold both connections the proxy may open; a third request waits for one
    within the connect timeout, then gets a 504: the upstream never sees a third."""
    gate = Gate()
    script = Script([*vllm_stream("reasoning", TRACE_A)[:2], gate,
                     *vllm_stream("reasoning", TRACE_A)[2:]])
    base = proxy_for(upstream_for(script), upstream_max_connections=2, connect_timeout=0.5)
    with httpx.Client(timeout=WAIT) as client, contextlib.ExitStack() as streams:
        for _ in range(2):
            reply = streams.enter_context(client.stream("POST", base + CHAT,
                                                        json=request()))
            assert reply.status_code == 200
        third = client.post(base + CHAT, json=request())
        assert third.status_code == 504
        assert third.json()["error"]["type"] == "upstream_timeout"
        assert len(script.requests) == 2
        gate.open()
    assert httpx.post(base + CHAT, json=request(), timeout=WAIT).status_code == 200


# --- trust: what a client may not decide --------------------------------------------------

FORWARDED_HEADERS = (b"x-forwarded-for: 10.0.0.1", b"x-forwarded-host: admin.internal",
                     b"x-forwarded-proto: https", b"forwarded: for=10.0.0.1;host=admin",
                     b"x-real-ip: 10.0.0.1")


@pytest.mark.parametrize("trusted", [(), ("10.9.0.0/16", "::1")], ids=["default", "others"])
def test_forwarding_headers_stripped_from_untrusted_peers(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str],
    trusted: tuple[str, ...],
) -> None:
    """An upstream on loopback trusts X-Forwarded-*, Forwarded and X-Real-IP: only the
    operator's trusted proxies may say who the client is."""
    script = leaking()
    base = deployed(upstream_for(script), trusted_proxies=trusted)
    body = dumps(request())
    status, _ = raw_http(base, chat_head(CHAT.encode(), body, *FORWARDED_HEADERS), body)
    assert status == 200
    seen = script.requests[-1]
    for name in ("x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "forwarded",
                 "x-real-ip"):
        assert seen.header_values(name) == [], name


def test_forwarding_headers_kept_from_a_trusted_proxy(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    script = leaking()
    base = deployed(upstream_for(script), trusted_proxies=("127.0.0.0/8",))
    body = dumps(request())
    status, _ = raw_http(base, chat_head(CHAT.encode(), body, *FORWARDED_HEADERS), body)
    assert status == 200
    seen = script.requests[-1]
    assert seen.header_values("x-forwarded-for") == ["10.0.0.1"]
    assert seen.header_values("x-real-ip") == ["10.0.0.1"]


@pytest.mark.parametrize("method", [b"GET", b"HEAD", b"DELETE", b"OPTIONS"])
def test_bodiless_requests_are_forwarded_without_a_body(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str], method: bytes
) -> None:
    """No body, no framing: not an empty `Transfer-Encoding: chunked` body the upstream has
    to read (and some reject)."""
    script = Script([b'{"data":[]}'], content_type="application/json")
    routes = ("DELETE /v1/things/{id} forward", "OPTIONS /v1/models forward")
    base = deployed(upstream_for(script), routes=routes)
    target = b"/v1/things/1" if method == b"DELETE" else b"/v1/models"
    status, _ = raw_http(base, method + b" " + target + b" HTTP/1.1\r\nhost: x\r\n"
                         b"connection: close\r\n\r\n")
    assert status == 200
    seen = script.requests[-1]
    assert (seen.method, seen.body) == (method.decode(), b"")
    assert seen.header_values("transfer-encoding") == []
    assert seen.header_values("content-length") in ([], ["0"])


def test_expect_100_continue_is_answered_by_the_proxy(
    upstream_for: Callable[[Script], str], deployed: Callable[..., str]
) -> None:
    """The client gets its 100 Continue from the proxy; the upstream never sees `Expect` (one
    that never answered it held the exchange for the whole read timeout)."""
    script = leaking()
    base = deployed(upstream_for(script))
    body = dumps(request())
    port = int(base.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=WAIT) as sock:
        sock.sendall(chat_head(CHAT.encode(), body, b"expect: 100-continue"))
        interim = sock.recv(65536)
        assert interim.startswith(b"HTTP/1.1 100 Continue\r\n")
        sock.sendall(body)
        answer = bytearray()
        while data := sock.recv(65536):
            answer += data
    assert answer.startswith(b"HTTP/1.1 200 ")
    seen = script.requests[-1]
    assert seen.header_values("expect") == [] and seen.body == body


# --- request bodies that would cost memory ---------------------------------------------------


def test_n_is_bounded(upstream_for: Callable[[Script], str], proxy_for: Callable[..., str]) -> None:
    script = leaking()
    base = proxy_for(upstream_for(script), max_choices=4)
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0)
    with pytest.raises(openai.BadRequestError) as info:
        client.chat.completions.create(**request(stream=False), n=5)
    assert info.value.body["type"] == "invalid_request_error"  # type: ignore[index]
    assert "n must be at most 4" in str(info.value)
    assert script.requests == []
    reply = httpx.post(base + CHAT, content=dumps(request(n=4)), trust_env=False)
    assert reply.status_code == 200 and json.loads(script.requests[0].body)["n"] == 4


def test_default_bound_on_n(upstream_for: Callable[[Script], str],
                            proxy_for: Callable[..., str]) -> None:
    script = leaking()
    base = proxy_for(upstream_for(script))
    reply = httpx.post(base + CHAT, content=dumps(request(n=1_000_000)), trust_env=False)
    assert reply.status_code == 400
    openai_error(reply.content, "invalid_request_error")
    assert script.requests == []


@pytest.mark.parametrize("depth", [2_000, 200_000])
def test_deeply_nested_json_is_a_clean_400(
    depth: int, upstream_for: Callable[[Script], str], proxy_for: Callable[..., str]
) -> None:
    """Deeper than the proxy's parser goes: refused, since an upstream that parsed it would
    act on a system prompt no detector was built from."""
    script = leaking()
    base = proxy_for(upstream_for(script))
    system = '{"role":"system","content":' + json.dumps(PROMPT_A) + "}"
    body = ('{"model":"m","stream":true,"messages":[' + system + ',{"role":"user","content":'
            + "[" * depth + "]" * depth + "}]}").encode()
    reply = httpx.post(base + CHAT, content=body, trust_env=False)
    assert reply.status_code == 400
    openai_error(reply.content, "invalid_request_error")
    assert script.requests == []
    shallow = body.replace(b"[" * depth, b"[" * 100).replace(b"]" * depth, b"]" * 100)
    assert httpx.post(base + CHAT, content=shallow, trust_env=False).status_code == 200


@pytest.mark.parametrize("body", [b"not json", b'{"model": "m", ', b"\xff\xfe{}"])
def test_unparseable_chat_request_is_a_clean_400(
    body: bytes, upstream_for: Callable[[Script], str], proxy_for: Callable[..., str]
) -> None:
    script = leaking()
    base = proxy_for(upstream_for(script))
    reply = httpx.post(base + CHAT, content=body, trust_env=False)
    assert reply.status_code == 400
    openai_error(reply.content, "invalid_request_error")
    assert script.requests == []


def test_large_prompt_is_indexed_off_the_event_loop(
    monkeypatch: pytest.MonkeyPatch, upstream_for: Callable[[Script], str],
    proxy_for: Callable[..., str],
) -> None:
    """While a large system prompt's index is being built (held here until the test lets it
    go), another client's stream is served from start to end: the build is not on the event
    loop. Only then does the large request reach its upstream and get its first byte."""
    started, release = threading.Event(), threading.Event()
    build = prompt_leak._build_index

    def held(texts: tuple[str, ...]) -> prompt_leak.PromptIndex:
        if sum(map(len, texts)) > INDEX_OFF_LOOP_CHARS:
            started.set()
            assert release.wait(WAIT)
        return build(texts)

    monkeypatch.setattr(prompt_leak, "_build_index", held)
    script = leaking()
    base = proxy_for(upstream_for(script))
    prompt = "Guard the vault code ZEBRA-42-PLATINUM. " * (64 * 1024 // 40)
    body = request(messages=[{"role": "system", "content": prompt},
                             {"role": "user", "content": "hi"}])
    events: list[str] = []

    def send_large() -> None:
        with httpx.stream("POST", base + CHAT, content=dumps(body), trust_env=False,
                          timeout=WAIT) as reply:
            for _ in reply.iter_raw():
                events.append("large: first byte")
                break

    sender = threading.Thread(target=send_large)
    sender.start()
    try:
        assert started.wait(WAIT)
        reply = httpx.post(base + CHAT, content=dumps(request()), trust_env=False,
                           timeout=WAIT)
        assert reply.status_code == 200 and reply.content.endswith(b"data: [DONE]\n\n")
        events.append("other: whole stream")
        assert len(script.requests) == 1  # the other's: the large one is still being indexed
    finally:
        release.set()
        sender.join(WAIT)
    assert events == ["other: whole stream", "large: first byte"]


# --- policy regexes -----------------------------------------------------------------------

HINTS_POLICY = """\
version: 1
name: hostile
rules:
  - id: hints
    detector: safety_hints
    patterns: [{pattern}]
"""


@pytest.mark.parametrize("pattern", [r"'(\w+\s?)+$'", r"'(?:a*)*b'", r"'(x+x+)+y'"])
def test_nested_quantifiers_rejected_at_load(
    pattern: str, policy_file: Callable[[str], CompiledPolicy]
) -> None:
    with pytest.raises(PolicyError) as info:
        policy_file(HINTS_POLICY.format(pattern=pattern))
    message = str(info.value)
    assert "rules[0] (hints).patterns[0]" in message
    assert "nested unbounded quantifiers" in message


def test_possessive_and_atomic_forms_load(policy_file: Callable[[str], CompiledPolicy]) -> None:
    policy = policy_file(HINTS_POLICY.format(pattern=r"'(?:\w++\s?)+ jailbreak', '(?>a+)+b'"))
    channel = policy.channels([])("reasoning")
    out = channel.feed("We spotted a jailbreak here. Fine.") + channel.flush()
    assert out == "[redacted:hints] Fine."


def test_slow_pattern_is_time_bounded_and_fails_closed(
    policy_file: Callable[[str], CompiledPolicy], caplog: pytest.LogCaptureFixture
) -> None:
    """Overlapping alternatives (no nested quantifier, so it loads) backtrack exponentially
    on a run of `a`s; the search gives up and the sentence is redacted, not released
    unscanned. Without the bound this test would not finish."""
    policy = policy_file(HINTS_POLICY.format(pattern="'(?:a|aa)+$'"))
    channel = policy.channels([])("reasoning")
    hostile = "a" * 90 + "!"
    with caplog.at_level(logging.WARNING):
        out = channel.feed(f"{hostile} Then a calm sentence. ") + channel.flush()
    assert out == "[redacted:hints] Then a calm sentence. "
    assert "timed out" in caplog.text
    assert "aaaa" not in caplog.text  # logs name the rule, never the text


# --- fuzzing -----------------------------------------------------------------------------

# Pieces of real streams, so that random input also reaches the codec, not only the framing.
FRAGMENTS = [
    b"data: ", b"data:", b"\n", b"\r\n", b"\r", b"\n\n", b": keep-alive\n\n", b"event: x\n",
    b"[DONE]", b'{"choices":[{"index":0,"delta":{"reasoning":"', b'{"choices":[{"index":',
    b'"delta":{"content":"<think>', b"</think>", b'"}}]}', b'"finish_reason":"stop"}]}',
    b'{"error":{"message":"x"}}', b'{"choices":[]}', b'"reasoning_content":"', b"\xc3",
    b"\xa9", b"\xff", b"Keep your responses brief and enigmatic. ", b'\\u00e9', b"null",
]
PIECES = st.one_of(
    st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS),
    st.text(max_size=20).map(str.encode), st.binary(max_size=20),
)
TEXT_FIELDS = st.sampled_from(["reasoning", "reasoning_content", "content", "role", "tool_calls"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT_FIELDS, inner, max_size=3),
    max_leaves=8,
)
CHOICES = st.fixed_dictionaries(
    {"index": st.integers(0, 2) | st.integers(0, 2) | JSON_VALUES,
     "delta": st.dictionaries(TEXT_FIELDS, st.text(max_size=60), max_size=3)
     | st.dictionaries(TEXT_FIELDS, st.text(max_size=60), max_size=3) | JSON_VALUES},
    optional={"finish_reason": st.sampled_from([None, "stop", "length"])},
)
EVENTS = st.lists(
    st.one_of(
        st.fixed_dictionaries({"choices": st.lists(CHOICES, max_size=2)}).map(
            lambda c: b"data: " + json.dumps(c).encode() + b"\n\n"),
        st.just(b"data: [DONE]\n\n"), st.just(b": ping\n\n"),
    ),
    max_size=12,
).map(b"".join)


@st.composite
def stream_bytes(draw: st.DrawFn) -> list[bytes]:
    """Either loose pieces, or well-formed events (some with odd values) cut anywhere."""
    if draw(st.booleans()):
        return draw(st.lists(PIECES, max_size=60))
    whole = draw(EVENTS)
    cuts = sorted(draw(st.lists(st.integers(0, len(whole)), max_size=20)))
    return [whole[a:b] for a, b in zip([0, *cuts], [*cuts, len(whole)], strict=True)]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(chunks=stream_bytes())
def test_fuzz_sse_decoder_and_chat_codec(chunks: list[bytes],
                                         default_policy: CompiledPolicy) -> None:
    """Any bytes at all: the only errors are the two that mean "cannot scan" (the proxy
    turns them into an error event, after what a read held before the fault), and what comes
    out is always valid UTF-8."""
    stream = ChatCompletions(max_event_bytes=1024).stream(
        default_policy.channels([PROMPT_A]), InlineThink()
    )
    out = bytearray()
    try:
        for chunk in chunks:
            out += stream.feed(chunk)
        out += stream.close()
    except StreamFault as fault:
        assert isinstance(fault.__cause__, SSEError | CodecError)
        out += fault.released
    except (SSEError, CodecError):  # from close(): the end of the stream
        pass
    out.decode("utf-8")


PROMPT_WORDS = PROMPT_A.split()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.text(max_size=300), after=st.text(max_size=300),
    start=st.integers(0, len(PROMPT_WORDS) - 12), length=st.integers(8, 30),
    cuts=st.lists(st.integers(0, 800), max_size=30),
)
def test_fuzz_default_channel_never_leaks_a_protected_run(
    before: str, after: str, start: int, length: int, cuts: list[int],
    default_policy: CompiledPolicy,
) -> None:
    """Arbitrary Unicode around a quoted run of the prompt, cut anywhere: the channel never
    raises, and no six consecutive words of the quote (the policy's min_words) come out."""
    quote = " ".join(PROMPT_WORDS[start : start + length])
    text = f"{before} {quote} {after}"
    channel = default_policy.channels([PROMPT_A])("reasoning")
    out, last = [], 0
    for cut in sorted({c for c in cuts if c < len(text)}):
        out.append(channel.feed(text[last:cut]))
        last = cut
    out.append(channel.feed(text[last:]) + channel.flush())
    released = "".join(out)
    inner = " ".join(quote.split()[1:-1])  # its edge words may fuse with the random text
    assert not runs(inner, 6) & runs(released, 6)
