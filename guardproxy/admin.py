"""The admin port: Prometheus `/metrics` and the active policies (`/policies`), nothing else.

What it tells (per-rule counters, shadow and audit rules included; policy names and file
hashes) maps the filters for anyone probing them, so none of it is on the proxy's port: the
admin port listens on loopback by default (``admin_host``; the chart binds the pod IP), may
require a bearer token (``admin_token``: 401 without it), and answers 404 on any other path.

It is served by a small uvicorn server on the proxy's own event loop (``serve_with_admin``):
no thread per connection, its connections bounded (``MAX_CONNECTIONS``), and it keeps
answering while the proxy drains its streams after SIGTERM (only the proxy's server takes the
signals; the admin server stops when the proxy's has).
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import socket
from collections.abc import Awaitable, Callable, Generator, MutableMapping
from typing import Any

import orjson
import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

from guardproxy.limits import bounded_http
from guardproxy.policy_set import PolicySet

__all__ = ["MAX_CONNECTIONS", "admin_app", "admin_server", "serve_with_admin"]

Scope = MutableMapping[str, Any]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Scrapers and an operator's curl: a few at a time. More are answered 503 by uvicorn.
MAX_CONNECTIONS = 32


def admin_app(registry: CollectorRegistry, policies: Callable[[], PolicySet],
              token: str | None = None) -> ASGIApp:
    """The admin port's ASGI app: ``registry`` on /metrics, ``policies()`` on /policies."""
    expected = b"Bearer " + token.encode() if token is not None else None

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":  # nothing to start: an app that says so
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        if scope["type"] != "http":
            return
        headers = dict(scope["headers"])
        if expected is not None and not hmac.compare_digest(
                headers.get(b"authorization", b""), expected):
            await _answer(send, 401, b"unauthorized\n", b"text/plain; charset=utf-8",
                          [(b"www-authenticate", b'Bearer realm="guardproxy-admin"')])
            return
        if scope["method"] not in ("GET", "HEAD"):
            await _answer(send, 405, b"method not allowed\n", b"text/plain; charset=utf-8",
                          [(b"allow", b"GET, HEAD")])
        elif scope["path"] == "/metrics":
            await _answer(send, 200, generate_latest(registry), CONTENT_TYPE_LATEST.encode())
        elif scope["path"] == "/policies":
            active = policies()
            await _answer(send, 200, orjson.dumps({
                "policy": active.fallback.name, "hash": active.fallback.digest,
                "policies": [{"name": c.name, "hash": c.digest} for c in active.all],
            }), b"application/json")
        else:
            await _answer(send, 404, b"not found: metrics are at /metrics\n",
                          b"text/plain; charset=utf-8")

    return app


async def _answer(send: Send, status: int, body: bytes, media: bytes,
                  headers: list[tuple[bytes, bytes]] | None = None) -> None:
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", media), (b"content-length", str(len(body)).encode()),
        *(headers or [])]})
    await send({"type": "http.response.body", "body": body})


class _AdminServer(uvicorn.Server):
    """A uvicorn server that leaves the process's signals to the proxy's server."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


def admin_server(app: ASGIApp, log_level: str = "warning",
                 head_timeout: float = 10.0) -> uvicorn.Server:
    """The admin port's server: its connections bounded, and an idle or slow one answered
    408 and closed after ``head_timeout`` (so that idle connections cannot take every slot)."""
    return _AdminServer(uvicorn.Config(
        app, lifespan="off", log_config=None, access_log=False, log_level=log_level,
        limit_concurrency=MAX_CONNECTIONS, timeout_keep_alive=5, proxy_headers=False,
        server_header=False, http=bounded_http(8 << 10, 64, head_timeout)))


async def serve_with_admin(server: uvicorn.Server, sock: socket.socket,
                           admin: uvicorn.Server, admin_sock: socket.socket) -> None:
    """Serve the proxy and the admin port on one event loop, until the proxy stops."""
    task = asyncio.create_task(admin.serve(sockets=[admin_sock]))
    try:
        await server.serve(sockets=[sock])
    finally:
        admin.should_exit = True
        await task
