"""Real servers on loopback for end-to-end tests: a scripted upstream and guardproxy itself.

Both run under a real uvicorn server in a background thread, so every byte crosses real sockets
and the proxy's streaming is exercised as deployed (starlette's TestClient and httpx's
ASGITransport buffer, which would hide exactly the behaviour under test).

The scripted upstream answers every request with the raw byte chunks a test chose. uvicorn sends
a streamed body with chunked transfer encoding, one HTTP chunk per ASGI message; the proxy reads
whatever has arrived (guardproxy.upstream), so it may see several chunks in one read. A test
that needs the proxy to see them apart paces the script (``delay``) or stops it at a ``Gate``.

Usage from any test file::

    script = Script([b'data: {...}\\n\\n', b'data: [DONE]\\n\\n'])
    base_url = proxy_for(script)            # guardproxy in front of a server playing `script`
    ...
    script.requests[0].body                 # what reached the upstream
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Awaitable, Callable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import redis
import uvicorn
from hypothesis import settings

from guardproxy.config import Settings
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import default_policy_path, load_policy
from guardproxy.proxy import create_app
from guardproxy.reload import PolicyStore

ASGIApp = Callable[
    [MutableMapping[str, Any], Callable[[], Awaitable[Any]], Callable[[Any], Awaitable[None]]],
    Awaitable[None],
]

# Hypothesis draws new examples on every run, so local runs keep exploring; CI sets
# HYPOTHESIS_PROFILE=ci (.ci/run) and runs the same examples every time, so a red build
# reproduces. Loaded here, before the test modules build their own settings from it.
settings.register_profile("ci", derandomize=True, deadline=None)
if profile := os.environ.get("HYPOTHESIS_PROFILE"):
    settings.load_profile(profile)

# Only a guard against a hung test, never a performance threshold.
GATE_TIMEOUT = 10.0
START_TIMEOUT = 10.0


class Gate:
    """A point in a script where the upstream stops until the test opens it.

    Used to prove streaming is live: the upstream waits here until the client has seen earlier
    bytes, so the order of events is checked, not a clock. If nobody opens the gate it gives up
    after GATE_TIMEOUT and records that, so a buffering proxy fails the test instead of hanging.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self.timed_out = False

    def open(self) -> None:
        self._event.set()

    async def wait(self) -> None:
        opened = await asyncio.to_thread(self._event.wait, GATE_TIMEOUT)
        self.timed_out = not opened


@dataclass(frozen=True)
class Recorded:
    """One request as the upstream received it."""

    method: str
    path: str
    query: bytes
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header_values(self, name: str) -> list[str]:
        key = name.lower().encode()
        return [v.decode("latin-1") for k, v in self.headers if k.lower() == key]


@dataclass
class Script:
    """What the upstream answers to every request: status, headers and exact body chunks.

    ``chunks`` items are raw bytes (each sent as its own write) or a ``Gate`` to wait at.
    ``delay`` is slept between two writes. ``abort`` drops the connection after the chunks
    instead of ending the body properly.
    """

    chunks: Sequence[bytes | Gate]
    status: int = 200
    content_type: str | None = "text/event-stream"
    headers: Sequence[tuple[str, str]] = ()
    delay: float = 0.0
    abort: bool = False
    requests: list[Recorded] = field(default_factory=list)
    finished: threading.Event = field(default_factory=threading.Event)
    disconnected: threading.Event = field(default_factory=threading.Event)  # by the proxy

    def header_list(self) -> list[tuple[bytes, bytes]]:
        headers = [(k.lower().encode(), v.encode()) for k, v in self.headers]
        if self.content_type is not None:
            headers.append((b"content-type", self.content_type.encode()))
        return headers


class _Abort(Exception):
    """Raised inside the upstream app to make uvicorn drop the connection mid-body."""


def scripted_upstream(script: Script) -> ASGIApp:
    """A raw ASGI app (no framework in between) that plays ``script``."""

    async def app(
        scope: MutableMapping[str, Any],
        receive: Callable[[], Awaitable[Any]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        body = bytearray()
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        script.requests.append(
            Recorded(scope["method"], scope["path"], scope["query_string"],
                     list(scope["headers"]), bytes(body))
        )
        watcher = asyncio.create_task(_watch_disconnect(receive, script))
        try:
            await _play(script, send)
        finally:
            script.finished.set()
            watcher.cancel()

    return app


async def _play(script: Script, send: Callable[[Any], Awaitable[None]]) -> None:
    await send({"type": "http.response.start", "status": script.status,
                "headers": script.header_list()})
    for i, step in enumerate(script.chunks):
        if i and script.delay:
            await asyncio.sleep(script.delay)
        if isinstance(step, bytes):
            await send({"type": "http.response.body", "body": step, "more_body": True})
        else:
            await step.wait()
    if script.abort:
        raise _Abort("scripted connection drop")
    await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _watch_disconnect(receive: Callable[[], Awaitable[Any]], script: Script) -> None:
    """Notes when the client (the proxy) drops the connection while the script still plays."""
    while (await receive())["type"] != "http.disconnect":
        pass
    script.disconnected.set()


async def _lifespan(
    receive: Callable[[], Awaitable[Any]], send: Callable[[Any], Awaitable[None]]
) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


class ServerThread:
    """A real uvicorn server on a free loopback port, in a daemon thread with its own loop."""

    def __init__(self, app: ASGIApp, sock: socket.socket | None = None, **config: Any) -> None:
        sock = sock or free_socket()
        self.port: int = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        options = {"timeout_graceful_shutdown": 1, **config}  # e.g. http= (the protocol)
        self.server = uvicorn.Server(
            uvicorn.Config(app, log_level="warning", log_config=None, lifespan="on", **options)
        )
        self.thread = threading.Thread(
            target=lambda: asyncio.run(self.server.serve(sockets=[sock])), daemon=True,
            name=f"uvicorn-{self.port}",
        )
        self.thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"uvicorn on port {self.port} did not start")
            time.sleep(0.002)

    def stop(self) -> None:
        self.server.should_exit = True


def free_socket() -> socket.socket:
    """A socket bound to a free loopback port (handed to uvicorn, so no other test races it)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    return sock


class _Servers:
    """Servers started during the session.

    A test's servers are told to exit at its teardown but joined only at the end of the
    session: uvicorn notices ``should_exit`` on a 0.1 s tick, and waiting for that in every
    test would dominate the suite's run time.
    """

    def __init__(self) -> None:
        self.stopping: list[ServerThread] = []

    def join_all(self) -> None:
        for server in self.stopping:
            server.thread.join(timeout=5)


@pytest.fixture(scope="session")
def _servers() -> Iterator[_Servers]:
    servers = _Servers()
    yield servers
    servers.join_all()


@pytest.fixture
def serve(_servers: _Servers) -> Iterator[Callable[..., str]]:
    """``serve(app, sock=None, **config) -> base URL``: run any ASGI app on loopback for this
    test; ``config`` goes to ``uvicorn.Config``."""
    started: list[ServerThread] = []

    def start(app: ASGIApp, sock: socket.socket | None = None, **config: Any) -> str:
        server = ServerThread(app, sock, **config)
        started.append(server)
        return server.url

    yield start
    for server in started:
        server.stop()
    _servers.stopping.extend(started)


@pytest.fixture
def upstream_for(serve: Callable[..., str]) -> Callable[[Script], str]:
    """``upstream_for(script) -> base URL`` of a scripted upstream."""
    return lambda script: serve(scripted_upstream(script))


@pytest.fixture(scope="session")
def default_policy() -> CompiledPolicy:
    return load_policy(default_policy_path())


@pytest.fixture
def proxy_for(
    serve: Callable[..., str],
    upstream_for: Callable[[Script], str],
    default_policy: CompiledPolicy,
) -> Callable[..., str]:
    """``proxy_for(script, policy=None, metrics=None, **settings) -> base URL`` of guardproxy.

    ``script`` may also be an upstream base URL (a string) to put the proxy in front of any
    server. ``policy`` defaults to the packaged default policy; ``settings`` go to ``Settings``.
    """

    def start(
        script: Script | str,
        *,
        policy: CompiledPolicy | PolicyStore | None = None,
        metrics: Metrics | None = None,
        **settings: Any,
    ) -> str:
        upstream = script if isinstance(script, str) else upstream_for(script)
        sock = free_socket()
        app = create_app(
            Settings(upstream=upstream, port=sock.getsockname()[1], **settings),
            policy or default_policy,
            metrics or Metrics(),
        )
        return serve(app, sock)

    return start


@pytest.fixture
def policy_file(tmp_path: Path) -> Callable[[str], CompiledPolicy]:
    """``policy_file(yaml_text) -> compiled policy`` loaded from a real file in tmp_path."""
    counter = iter(range(1_000_000))

    def write(text: str) -> CompiledPolicy:
        path = tmp_path / f"policy-{next(counter)}.yaml"
        path.write_text(text)
        return load_policy(path)

    return write


@pytest.fixture
def default_policy_text() -> str:
    return default_policy_path().read_text()


# --- a real redis-server ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A redis-server of its own on a free loopback port, for the module using it (replay
    stores, the leak budget shared by replicas)."""
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing: .ci/run installs it")
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    workdir = tmp_path_factory.mktemp("redis")
    process, port = start_redis(binary, workdir)
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def start_redis(binary: str, workdir: Path, *extra: str) -> tuple[subprocess.Popen[bytes], int]:
    for _ in range(3):  # the free port may be taken between probing and binding it
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        process = subprocess.Popen(
            [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", str(workdir), *extra],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        if _ready(process, port, extra[-1] if "--requirepass" in extra else None):
            return process, port
        process.kill()
        process.wait()
    raise RuntimeError("redis-server did not start")


def _ready(process: subprocess.Popen[bytes], port: int, password: str | None = None) -> bool:
    client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=1, password=password)
    deadline = time.monotonic() + START_TIMEOUT  # a guard against a hang, not a measurement
    try:
        while process.poll() is None and time.monotonic() < deadline:
            try:
                return bool(client.ping())
            except redis.ConnectionError:
                time.sleep(0.02)
        return False
    finally:
        client.close()
