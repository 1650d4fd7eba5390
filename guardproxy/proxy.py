"""The reverse proxy: forwards every request to the one configured upstream and streams the
response back, through the API codec where the route carries model text.

The upstream is fixed by configuration: only the path and query of a request are forwarded,
so no request can make guardproxy contact another host.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

import httpx
import orjson
from starlette.applications import Starlette
from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from guardproxy.codecs.base import CodecError
from guardproxy.codecs.openai_chat import ChatStream, sanitize_chat_completion
from guardproxy.config import Settings
from guardproxy.metrics import Metrics
from guardproxy.policy import ChannelFactory, ChannelKind, CompiledPolicy
from guardproxy.sanitizer import Region
from guardproxy.sse import SSEDecoder, SSEError, encode_event

__all__ = ["create_app", "protected_texts"]

log = logging.getLogger("guardproxy.proxy")

# RFC 9110 section 7.6.1: connection-specific headers are never forwarded.
HOP_BY_HOP = frozenset(
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
        "te", "trailer", "transfer-encoding", "upgrade",
    }
)
SANITIZED_ROUTES = {("POST", "/v1/chat/completions"): "chat_completions"}


class _TooLarge(Exception):
    pass


def create_app(settings: Settings, policy: CompiledPolicy, metrics: Metrics) -> Starlette:
    upstream = httpx.URL(str(settings.upstream))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=100)
        async with httpx.AsyncClient(timeout=timeout, limits=limits, trust_env=False) as client:
            app.state.client = client
            yield

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        return JSONResponse({"status": "ready", "policy": policy.name, "hash": policy.digest})

    async def forward(request: Request) -> Response:
        route = SANITIZED_ROUTES.get((request.method, _route_path(request.url.path)))
        handler = _Exchange(request, request.app.state.client, upstream, settings, policy, metrics)
        response = await (handler.sanitized(route) if route else handler.passthrough())
        metrics.requests.labels(route or "passthrough", str(response.status_code)).inc()
        return response

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]
    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/{path:path}", forward, methods=methods),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


class _Exchange:
    """One client request and its upstream counterpart."""

    def __init__(
        self,
        request: Request,
        client: httpx.AsyncClient,
        upstream: httpx.URL,
        settings: Settings,
        policy: CompiledPolicy,
        metrics: Metrics,
    ) -> None:
        self.request = request
        self.client = client
        self.settings = settings
        self.policy = policy
        self.metrics = metrics
        self.id = request.headers.get("x-request-id") or uuid.uuid4().hex
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string", b"")
        target = upstream.raw_path.rstrip(b"/") + raw_path + (b"?" + query if query else b"")
        self.url = upstream.copy_with(raw_path=target)

    def _headers(self, *, keep_length: bool) -> list[tuple[bytes, bytes]]:
        headers = _strip_hop_by_hop(self.request.headers.raw)
        drop = {b"host", b"accept-encoding"} | (set() if keep_length else {b"content-length"})
        out = [(k, v) for k, v in headers if k.lower() not in drop]
        out.append((b"accept-encoding", b"identity"))
        return out

    async def passthrough(self) -> Response:
        request = self.client.build_request(
            self.request.method, self.url, headers=self._headers(keep_length=True),
            content=self.request.stream(),
        )
        upstream = await self._send(request)
        if isinstance(upstream, Response):
            return upstream
        return StreamingResponse(
            _relay(upstream), status_code=upstream.status_code,
            headers=_response_headers(upstream, keep_length=True),
        )

    async def sanitized(self, route: str) -> Response:
        try:
            body = await _read_limited(self.request.stream(), self.settings.max_request_bytes)
        except _TooLarge:
            return _error(413, "request body too large", "request_too_large")
        except ClientDisconnect:
            return Response(status_code=499)
        factory = self.policy.channels(protected_texts(body), self._count_region)
        request = self.client.build_request(
            "POST", self.url, headers=self._headers(keep_length=False), content=body
        )
        upstream = await self._send(request)
        if isinstance(upstream, Response):
            return upstream
        headers = _response_headers(upstream, keep_length=False)
        media = upstream.headers.get("content-type", "").split(";")[0].strip().lower()
        encoding = upstream.headers.get("content-encoding", "identity").lower()
        if upstream.status_code >= 400:
            return StreamingResponse(_relay(upstream), upstream.status_code, headers)
        if encoding != "identity":
            return await self._refuse(upstream, route, "content-encoding")
        if media == "text/event-stream":
            return StreamingResponse(self._stream(upstream, route, factory), 200, headers)
        if media == "application/json":
            return await self._whole(upstream, route, factory, headers)
        return await self._refuse(upstream, route, "content-type")

    async def _send(self, request: httpx.Request) -> httpx.Response | Response:
        try:
            return await self.client.send(request, stream=True)
        except httpx.TimeoutException:
            self.metrics.upstream_errors.labels("timeout").inc()
            return _error(504, "upstream timed out", "upstream_timeout")
        except httpx.HTTPError as exc:
            self.metrics.upstream_errors.labels("connect").inc()
            log.warning("upstream unreachable request_id=%s error=%s", self.id, type(exc).__name__)
            return _error(502, "upstream unreachable", "upstream_unreachable")

    async def _whole(
        self, upstream: httpx.Response, route: str, factory: ChannelFactory, headers: Headers
    ) -> Response:
        try:
            body = await _read_limited(upstream.aiter_raw(), self.settings.max_response_bytes)
            content = sanitize_chat_completion(body, factory, self.policy.policy.inline_think)
        except _TooLarge:
            return self._fail_closed(route, "response_too_large")
        except httpx.HTTPError:
            self.metrics.upstream_errors.labels("read").inc()
            return _error(502, "upstream failed mid-response", "upstream_error")
        except Exception as exc:  # fail closed: nothing unscanned goes out
            return self._fail_closed(route, _reason(exc))
        finally:
            await upstream.aclose()
        return Response(content, upstream.status_code, headers, media_type="application/json")

    async def _stream(
        self, upstream: httpx.Response, route: str, factory: ChannelFactory
    ) -> AsyncIterator[bytes]:
        decoder = SSEDecoder(self.settings.max_event_bytes)
        stream = ChatStream(factory, self.policy.policy.inline_think)
        self.metrics.active_streams.inc()
        try:
            try:
                async for raw in upstream.aiter_raw():
                    for event in decoder.feed(raw):
                        out = stream.feed(event)
                        if out:
                            yield out
                tail = decoder.flush()
                if tail is not None and tail.terminated:
                    yield stream.feed(tail)
                elif tail is not None and tail.data is not None:
                    log.warning("dropped an unterminated last event request_id=%s", self.id)
                yield stream.close()
            except httpx.HTTPError as exc:
                self.metrics.upstream_errors.labels("read").inc()
                log.warning("upstream failed mid-stream request_id=%s error=%s",
                            self.id, type(exc).__name__)
                yield stream.close() + _error_event("upstream failed mid-stream", "upstream_error")
            except Exception as exc:  # fail closed: withhold what was not scanned, end cleanly
                reason = _reason(exc)
                self.metrics.fail_closed.labels(route, reason).inc()
                log.error("fail-closed request_id=%s reason=%s", self.id, reason)
                yield _error_event("guardproxy could not scan the response", "guardproxy_error")
        finally:
            self.metrics.active_streams.dec()
            self.metrics.hold_back.observe(stream.max_held)
            await upstream.aclose()

    async def _refuse(self, upstream: httpx.Response, route: str, reason: str) -> Response:
        await upstream.aclose()
        return self._fail_closed(route, reason)

    def _fail_closed(self, route: str, reason: str) -> Response:
        self.metrics.fail_closed.labels(route, reason).inc()
        log.error("fail-closed request_id=%s reason=%s", self.id, reason)
        return _error(502, "guardproxy could not scan the response", "guardproxy_error")

    def _count_region(self, kind: ChannelKind, rule: str, region: Region) -> None:
        self.metrics.redactions.labels(self.policy.name, rule, kind).inc()
        log.info("redacted request_id=%s rule=%s channel=%s offset=%d",
                 self.id, rule, kind, region.start)


def _route_path(path: str) -> str:
    """The path as an upstream router may read it: `//`, `.`, `..` and a trailing `/` resolved,
    so that no spelling of a sanitized route slips through unscanned."""
    parts: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if parts:
                parts.pop()
        elif segment not in ("", "."):
            parts.append(segment)
    return "/" + "/".join(parts)


def protected_texts(body: bytes) -> list[str]:
    """The system and developer messages of a chat request (none if it is not valid JSON)."""
    try:
        payload = orjson.loads(body)
    except orjson.JSONDecodeError:
        return []
    messages = payload.get("messages") if isinstance(payload, dict) else None
    if not isinstance(messages, list):
        return []
    texts: list[str] = []
    for message in messages:
        if isinstance(message, dict) and message.get("role") in ("system", "developer"):
            texts.extend(_message_texts(message.get("content")))
    return texts


def _message_texts(content: Any) -> list[str]:
    if isinstance(content, str):
        return [content]
    if isinstance(content, list):
        return [p["text"] for p in content
                if isinstance(p, dict) and isinstance(p.get("text"), str)]
    return []


def _strip_hop_by_hop(headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    named = {
        token.strip().lower()
        for k, v in headers if k.lower() == b"connection"
        for token in v.split(b",")
    }
    return [(k, v) for k, v in headers if k.lower().decode("latin-1") not in HOP_BY_HOP
            and k.lower() not in named]


# uvicorn adds its own `date` and `server` to every response: forwarding the upstream's too would
# send both twice (a response may carry one `date` only, RFC 9110 section 6.6.1).
SERVER_OWN = frozenset({b"date", b"server"})


def _response_headers(upstream: httpx.Response, *, keep_length: bool) -> Headers:
    """The upstream's end-to-end headers. A `Headers`, not a dict: repeated fields such as
    `set-cookie` must all go through (starlette copies them from its `items()`)."""
    raw = _strip_hop_by_hop(upstream.headers.raw)
    drop = SERVER_OWN if keep_length else SERVER_OWN | {b"content-length"}
    return Headers(raw=[(k.lower(), v) for k, v in raw if k.lower() not in drop])


async def _relay(upstream: httpx.Response) -> AsyncIterator[bytes]:
    try:
        async for chunk in upstream.aiter_raw():
            yield chunk
    finally:
        await upstream.aclose()


async def _read_limited(chunks: AsyncIterable[bytes], limit: int) -> bytes:
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


def _reason(exc: Exception) -> str:
    """A metric-safe reason: the exception's class, never its message."""
    known: dict[type[Exception], str] = {CodecError: "codec", SSEError: "framing"}
    return next((v for k, v in known.items() if isinstance(exc, k)), "internal")


def _error_body(message: str, kind: str, code: int) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def _error(status: int, message: str, kind: str) -> Response:
    return JSONResponse(_error_body(message, kind, status), status_code=status)


def _error_event(message: str, kind: str) -> bytes:
    payload = orjson.dumps(_error_body(message, kind, 502)).decode()
    return encode_event(payload) + encode_event("[DONE]")

