"""The reverse proxy: forwards every request to the one configured upstream and streams the
response back, through the API codec where the route carries model text.

The upstream is fixed by configuration: only the path and query of a request are forwarded,
so no request can make guardproxy contact another host.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterable, AsyncIterator, Callable
from typing import Any, ParamSpec, TypeVar

import httpx
import orjson
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from guardproxy.codecs.base import Codec, CodecError
from guardproxy.codecs.openai_chat import ChatCompletions, openai_error_body
from guardproxy.config import Settings
from guardproxy.metrics import Metrics
from guardproxy.policy import ChannelFactory, ChannelKind, CompiledPolicy
from guardproxy.policy_set import PolicySet
from guardproxy.reload import PolicyStore
from guardproxy.sanitizer import Region
from guardproxy.sse import SSEError

__all__ = ["create_app", "sanitized_routes"]

log = logging.getLogger("guardproxy.proxy")

# RFC 9110 section 7.6.1: connection-specific headers are never forwarded.
HOP_BY_HOP = frozenset(
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
        "te", "trailer", "transfer-encoding", "upgrade",
    }
)


# Streamed bodies the codecs read: SSE, and NDJSON for Ollama's native API.
STREAM_MEDIA_TYPES = frozenset({"text/event-stream", "application/x-ndjson"})


def sanitized_routes(settings: Settings) -> dict[tuple[str, str], Codec]:
    """The routes whose responses carry model text, and the codec of each."""
    limit = settings.max_event_bytes
    return {("POST", "/v1/chat/completions"): ChatCompletions(max_event_bytes=limit)}


_P = ParamSpec("_P")
_T = TypeVar("_T")


class _TooLarge(Exception):
    pass


def create_app(
    settings: Settings, policies: CompiledPolicy | PolicyStore, metrics: Metrics
) -> Starlette:
    """The proxy app; ``policies`` is one fixed policy or a store that hot-reloads."""
    upstream = httpx.URL(str(settings.upstream))
    store = policies if isinstance(policies, PolicyStore) else PolicyStore(PolicySet.of(policies))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        limits = httpx.Limits(max_connections=None, max_keepalive_connections=100)
        stop = asyncio.Event()
        watcher = asyncio.create_task(store.watch(stop))
        store.reload_on_sighup()
        async with httpx.AsyncClient(timeout=timeout, limits=limits, trust_env=False) as client:
            app.state.client = client
            try:
                yield
            finally:
                stop.set()
                await watcher

    async def healthz(request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readyz(request: Request) -> Response:
        active = store.active
        return JSONResponse({
            "status": "ready", "policy": active.fallback.name, "hash": active.fallback.digest,
            "policies": [{"name": c.name, "hash": c.digest} for c in active.all],
        })

    routes_by_path = sanitized_routes(settings)

    async def forward(request: Request) -> Response:
        codec = routes_by_path.get((request.method, _route_path(request.url.path)))
        # The policy set active now serves the whole exchange, whatever reloads meanwhile.
        handler = _Exchange(request, request.app.state.client, upstream, settings, store.active,
                            metrics)
        response = await (handler.sanitized(codec) if codec else handler.passthrough())
        route = codec.route if codec else "passthrough"
        metrics.requests.labels(route, str(response.status_code)).inc()
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
        policies: PolicySet,
        metrics: Metrics,
    ) -> None:
        self.request = request
        self.client = client
        self.settings = settings
        self.policies = policies
        self.policy = policies.fallback  # until a sanitized route selects one
        self.metrics = metrics
        self.codec: Codec | None = None  # set for sanitized routes
        self.id = request.headers.get("x-request-id") or uuid.uuid4().hex
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string", b"")
        target = upstream.raw_path.rstrip(b"/") + raw_path + (b"?" + query if query else b"")
        self.url = upstream.copy_with(raw_path=target)

    def _select(self, payload: Any) -> CompiledPolicy:
        """The operator's selection: by model and route, and by tenant only through the
        header the operator trusts (never a header a client could set to pick a policy)."""
        model = payload.get("model") if isinstance(payload, dict) else None
        header = self.settings.tenant_header
        return self.policies.select(
            model=model if isinstance(model, str) else None,
            path=_route_path(self.request.url.path),
            tenant=self.request.headers.get(header) if header else None,
        )

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

    async def sanitized(self, codec: Codec) -> Response:
        self.codec = codec
        try:
            body = await _read_limited(self.request.stream(), self.settings.max_request_bytes)
        except _TooLarge:
            return self._error(413, "request body too large", "request_too_large")
        except ClientDisconnect:
            return Response(status_code=499)
        payload = _json(body)
        self.policy = self._select(payload)
        factory = self.policy.channels(codec.protected_texts(payload), self._count_region)
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
            return await self._refuse(codec, upstream, "content-encoding")
        if media in STREAM_MEDIA_TYPES:
            return StreamingResponse(self._stream(codec, upstream, factory), 200, headers)
        if media == "application/json":
            return await self._whole(codec, upstream, factory, headers)
        return await self._refuse(codec, upstream, "content-type")

    async def _send(self, request: httpx.Request) -> httpx.Response | Response:
        try:
            return await self.client.send(request, stream=True)
        except httpx.TimeoutException:
            self.metrics.upstream_errors.labels("timeout").inc()
            return self._error(504, "upstream timed out", "upstream_timeout")
        except httpx.HTTPError as exc:
            self.metrics.upstream_errors.labels("connect").inc()
            log.warning("upstream unreachable request_id=%s error=%s", self.id, type(exc).__name__)
            return self._error(502, "upstream unreachable", "upstream_unreachable")

    async def _whole(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory, headers: Headers
    ) -> Response:
        try:
            body = await _read_limited(upstream.aiter_raw(), self.settings.max_response_bytes)
            content = await self._scan(codec.whole, body, factory,
                                       self.policy.policy.inline_think)
        except _TooLarge:
            return self._fail_closed(codec, "response_too_large")
        except httpx.HTTPError:
            self.metrics.upstream_errors.labels("read").inc()
            return self._error(502, "upstream failed mid-response", "upstream_error")
        except Exception as exc:  # fail closed: nothing unscanned goes out
            return self._fail_closed(codec, _reason(exc))
        finally:
            await upstream.aclose()
        return Response(content, upstream.status_code, headers, media_type="application/json")

    async def _stream(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory
    ) -> AsyncIterator[bytes]:
        stream = codec.stream(factory, self.policy.policy.inline_think)
        self.metrics.active_streams.inc()
        try:
            try:
                async for raw in upstream.aiter_raw():
                    out = await self._scan(stream.feed, raw)
                    if out:
                        yield out
                yield await self._scan(stream.close)
            except httpx.HTTPError as exc:
                self.metrics.upstream_errors.labels("read").inc()
                log.warning("upstream failed mid-stream request_id=%s error=%s",
                            self.id, type(exc).__name__)
                # What was received was scanned: release it, then say what happened.
                yield await self._scan(stream.close) + codec.error_event(
                    "upstream failed mid-stream", "upstream_error")
            except Exception as exc:  # fail closed: withhold what was not scanned, end cleanly
                reason = _reason(exc)
                self.metrics.fail_closed.labels(codec.route, reason).inc()
                log.error("fail-closed request_id=%s reason=%s", self.id, reason)
                yield codec.error_event("guardproxy could not scan the response",
                                        "guardproxy_error")
        finally:
            self.metrics.active_streams.dec()
            self.metrics.hold_back.observe(stream.max_held)
            await upstream.aclose()

    async def _scan(self, work: Callable[_P, _T], *args: _P.args, **kwargs: _P.kwargs) -> _T:
        """Run the sanitizer inline, or in a worker thread when the policy's scanning blocks
        (presidio costs milliseconds a sentence): the event loop keeps serving meanwhile."""
        if self.policy.blocking:
            return await run_in_threadpool(work, *args, **kwargs)
        return work(*args, **kwargs)

    async def _refuse(self, codec: Codec, upstream: httpx.Response, reason: str) -> Response:
        await upstream.aclose()
        return self._fail_closed(codec, reason)

    def _fail_closed(self, codec: Codec, reason: str) -> Response:
        self.metrics.fail_closed.labels(codec.route, reason).inc()
        log.error("fail-closed request_id=%s reason=%s", self.id, reason)
        return self._error(502, "guardproxy could not scan the response", "guardproxy_error")

    def _error(self, status: int, message: str, kind: str) -> Response:
        """An error in the route's API format (OpenAI's on routes without a codec)."""
        body = (self.codec.error_body if self.codec else openai_error_body)(status, message, kind)
        return JSONResponse(body, status_code=status)

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


def _json(body: bytes) -> Any:
    """A request body as JSON, or None: an unparseable request protects nothing of its own."""
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return None


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
