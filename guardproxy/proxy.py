"""The reverse proxy: forwards every request to the one configured upstream and streams the
response back, through the API codec where the route carries model text.

The upstream is fixed by configuration: only the path and query of a request are forwarded,
so no request can make guardproxy contact another host.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterable, AsyncIterator, Callable
from functools import partial
from time import perf_counter
from typing import Any

import httpx
import orjson
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from guardproxy.audit import AccessLog, AuditLog, access_entry
from guardproxy.codecs.anthropic_messages import AnthropicMessages
from guardproxy.codecs.base import Codec, CodecError, StreamFault, sanitized_error
from guardproxy.codecs.logprobs import has_logprobs, without_logprob_requests, without_logprobs
from guardproxy.codecs.ollama import OllamaChat, OllamaGenerate
from guardproxy.codecs.openai_chat import ChatCompletions, openai_error_body
from guardproxy.codecs.openai_completions import Completions
from guardproxy.codecs.openai_responses import Responses
from guardproxy.config import Settings
from guardproxy.detectors.canary import canary_line, new_canary
from guardproxy.metrics import (
    ChannelTally,
    HoldBackClock,
    Metrics,
    UpstreamClock,
    rule_action,
)
from guardproxy.policy_compile import ChannelFactory, CompiledPolicy
from guardproxy.policy_set import PolicySet
from guardproxy.reload import PolicyStore
from guardproxy.replay import ReplaySession, ReplayStore, open_store
from guardproxy.rules import ChannelKind
from guardproxy.sanitizer import Blocked, DetectorError, Mode, Region
from guardproxy.sse import SSEError
from guardproxy.upstream import AiohttpTransport

__all__ = ["create_app", "sanitized_routes"]

log = logging.getLogger("guardproxy.proxy")

# RFC 9110 section 7.6.1: connection-specific headers are never forwarded.
HOP_BY_HOP = frozenset(
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
        "te", "trailer", "transfer-encoding", "upgrade",
    }
)


def sanitized_routes(settings: Settings) -> dict[tuple[str, str], Codec]:
    """The routes whose responses carry model text, and the codec of each."""
    limit = settings.max_event_bytes
    return {
        ("POST", "/v1/chat/completions"): ChatCompletions(max_event_bytes=limit),
        ("POST", "/v1/completions"): Completions(max_event_bytes=limit),
        ("POST", "/v1/responses"): Responses(max_event_bytes=limit),
        ("POST", "/v1/messages"): AnthropicMessages(max_event_bytes=limit),
        ("POST", "/api/chat"): OllamaChat(max_line_bytes=limit),
        ("POST", "/api/generate"): OllamaGenerate(max_line_bytes=limit),
    }


# Where the APIs that can store a response let a client fetch it again, at `<route>/{id}`.
STORED_ROUTES = frozenset({"/v1/responses", "/v1/chat/completions"})

# A blocked response: 403, which SDKs do not retry (a retry would generate, and leak, again).
BLOCKED_STATUS = 403
BLOCKED_MESSAGE = "the response was blocked by policy"


class _TooLarge(Exception):
    pass


def create_app(
    settings: Settings, policies: CompiledPolicy | PolicyStore, metrics: Metrics
) -> Starlette:
    """The proxy app; ``policies`` is one fixed policy or a store that hot-reloads."""
    upstream = httpx.URL(str(settings.upstream))
    store = policies if isinstance(policies, PolicyStore) else PolicyStore(PolicySet.of(policies))
    key = settings.audit_key
    audit = AuditLog(key.get_secret_value().encode() if key is not None else None)
    metrics.policy_loaded(*store.active.all)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        stop = asyncio.Event()
        watcher = asyncio.create_task(store.watch(stop))
        store.reload_on_sighup()
        replay = open_store(settings)  # originals of edited reasoning, for clients' replays
        transport = AiohttpTransport()
        async with httpx.AsyncClient(
            timeout=timeout, transport=transport, trust_env=False
        ) as client:
            app.state.client = client
            app.state.replay = replay
            try:
                yield
            finally:
                stop.set()
                await watcher
                if replay is not None:
                    await replay.aclose()

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
        path = _route_path(request.url.path)
        codec = routes_by_path.get((request.method, path))
        stored = _stored_codec(request.method, path, routes_by_path)
        # The policy set active now serves the whole exchange, whatever reloads meanwhile.
        handler = _Exchange(request, request.app.state.client, upstream, settings, store.active,
                            metrics, audit, request.app.state.replay)
        if codec is not None:
            response = await handler.sanitized(codec)
        elif stored is not None:
            response = await handler.stored(stored)
        else:
            response = await handler.passthrough()
        route = handler.route
        metrics.requests.labels(route, str(response.status_code)).inc()
        return response

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]
    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/{path:path}", forward, methods=methods),
    ]
    return Starlette(routes=routes, lifespan=lifespan, middleware=[Middleware(AccessLog)])


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
        audit: AuditLog,
        replay: ReplayStore | None = None,
    ) -> None:
        self.request = request
        self.client = client
        self.settings = settings
        self.policies = policies
        self.policy = policies.fallback  # until a sanitized route selects one
        self.metrics = metrics
        self.audit = audit
        self.replay = ReplaySession(replay, request.headers.raw, ttl=settings.replay_ttl,
                                    max_entry_bytes=settings.replay_max_entry_bytes)
        self.codec: Codec | None = None  # set for sanitized routes
        self.access = access_entry(request.scope)
        self.access.route = "passthrough"  # until a sanitized route names itself
        self.id = self.access.request_id  # the client's X-Request-ID if it looks like one
        self.clock: UpstreamClock | None = None  # set when the request goes upstream
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string", b"")
        # Dot segments resolved before the base path goes in front: `..` cannot climb out of it.
        path = _without_dot_segments(raw_path)
        target = upstream.raw_path.rstrip(b"/") + path + (b"?" + query if query else b"")
        self.url = upstream.copy_with(raw_path=target)

    @property
    def route(self) -> str:
        """The route's fixed name, for metric labels and logs."""
        return self.codec.route if self.codec is not None else "passthrough"

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
            _relay(upstream, self.clock), status_code=upstream.status_code,
            headers=_response_headers(upstream, keep_length=True),
        )

    async def sanitized(self, codec: Codec) -> Response:
        self.codec = codec
        self.access.route = codec.route
        try:
            body = await _read_limited(self.request.stream(), self.settings.max_request_bytes)
        except _TooLarge:
            return self._error(413, "request body too large", "request_too_large")
        except ClientDisconnect:
            return Response(status_code=499)
        payload = _json(body)
        if (refused := self._refuse_request(body, payload)) is not None:
            return refused
        # Reasoning the client sends back as guardproxy edited it gets its original again.
        body = await self.replay.restore(codec.replay_slots(payload), payload, body)
        self.policy = self._select(payload)
        self.access.policy = self.policy.name
        protected = codec.protected_texts(payload)
        canary = None
        # Re-serialized only when changed: otherwise the upstream gets the client's bytes.
        if (stripped := without_logprob_requests(payload)) is not None:
            payload = stripped
            body = orjson.dumps(payload)
        if self.policy.canary and isinstance(payload, dict):
            canary = new_canary()
            body = orjson.dumps(codec.inject_system(payload, canary_line(canary)))
        factory = self._channels(protected, canary)
        request = self.client.build_request(
            "POST", self.url, headers=self._headers(keep_length=False), content=body
        )
        upstream = await self._send(request)
        if isinstance(upstream, Response):
            return upstream
        headers = _response_headers(upstream, keep_length=False)
        media, encoding = _media(upstream)
        if upstream.status_code >= 400:
            return await self._upstream_error(codec, upstream, factory, headers)
        if encoding != "identity":
            return await self._refuse(codec, upstream, "content-encoding")
        # Only the framing the codec reads: NDJSON fed to an SSE codec, say, would pass its
        # lines on as unknown fields, unscanned.
        if media == codec.stream_media_type:
            return StreamingResponse(self._stream(codec, upstream, factory), 200, headers)
        if media == "application/json":
            return await self._whole(codec, upstream, factory, headers)
        return await self._refuse(codec, upstream, "content-type")

    def _refuse_request(self, body: bytes, payload: Any) -> Response | None:
        """A 400 for what the proxy will not send on: a body it cannot parse (too deep for
        orjson, say) could still parse upstream, with a system prompt no detector was built
        from; and each choice asked for is its own set of channels."""
        if payload is None and body.strip() != b"null":
            return self._error(400, "request body is not valid JSON", "invalid_request_error")
        n = payload.get("n") if isinstance(payload, dict) else None
        if isinstance(n, int) and n > self.settings.max_choices:
            return self._error(400, f"n must be at most {self.settings.max_choices}",
                               "invalid_request_error")
        return None

    async def _send(self, request: httpx.Request) -> httpx.Response | Response:
        self.clock = self.access.upstream = UpstreamClock(self.metrics, self.route)
        try:
            return await self.client.send(request, stream=True)
        except httpx.TimeoutException:
            self.metrics.upstream_errors.labels("timeout").inc()
            return self._error(504, "upstream timed out", "upstream_timeout")
        except httpx.HTTPError as exc:
            self.metrics.upstream_errors.labels("connect").inc()
            log.warning("upstream unreachable request_id=%s error=%s", self.id, type(exc).__name__)
            return self._error(502, "upstream unreachable", "upstream_unreachable")

    async def stored(self, codec: Codec) -> Response:
        """A stored response fetched back (GET /v1/responses/{id}, /v1/chat/completions/{id}),
        scanned as its creation was, with what it still shows of its prompt (a response's
        `instructions`) besides the policy's own protected texts. A replayed stream
        (`?stream=true`) is refused: its prompt would come only with its first event."""
        self.codec = codec
        self.access.route = codec.route
        self.policy = self._select(None)
        self.access.policy = self.policy.name
        request = self.client.build_request(
            "GET", self.url, headers=self._headers(keep_length=True))
        upstream = await self._send(request)
        if isinstance(upstream, Response):
            return upstream
        headers = _response_headers(upstream, keep_length=False)
        if upstream.status_code >= 400:
            return await self._upstream_error(codec, upstream, self._channels([]), headers)
        if _media(upstream) != ("application/json", "identity"):
            return await self._refuse(codec, upstream, "content-type")
        tally: ChannelTally | None = None

        def scan(body: bytes) -> bytes:
            nonlocal tally  # its channels protect what the stored response shows of its prompt
            tally = ChannelTally(self._channels(codec.protected_texts(_json(body))))
            return codec.whole(body, tally.factory, self.policy.policy.inline_think)

        content = await self._scanned_body(codec, upstream, scan)
        if isinstance(content, Response):
            return content
        assert tally is not None
        self._count_characters(tally)
        return Response(content, upstream.status_code, headers, media_type="application/json")

    def _channels(self, protected: list[str], canary: str | None = None) -> ChannelFactory:
        return self.policy.channels(protected, self._count_region, canary=canary,
                                    on_error=self._detector_failed)

    async def _whole(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory, headers: Headers
    ) -> Response:
        tally = ChannelTally(factory)
        think, recorder = self.policy.policy.inline_think, self.replay.recorder

        def scan(body: bytes) -> bytes:
            if has_logprobs(body) and (value := _json(body)) is not None:
                body = orjson.dumps(without_logprobs(value))
            return codec.whole(body, tally.factory, think, recorder)

        content = await self._scanned_body(codec, upstream, scan)
        if isinstance(content, Response):
            return content
        self._count_characters(tally)
        return Response(content, upstream.status_code, headers, media_type="application/json")

    async def _upstream_error(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory, headers: Headers
    ) -> Response:
        """The upstream's error, its status kept and its body scanned: it may echo the
        request."""
        body = await self._scanned_body(codec, upstream, partial(sanitized_error,
                                                                 channels=factory))
        return body if isinstance(body, Response) else Response(body, upstream.status_code,
                                                                headers)

    async def _scanned_body(
        self, codec: Codec, upstream: httpx.Response, scan: Callable[[bytes], bytes]
    ) -> bytes | Response:
        """The upstream's whole body, read within the limit and scanned, or the proxy's own
        error in the route's format when it cannot be."""
        clock = self._clock()
        try:
            body = await _read_limited(clock.timed(upstream.aiter_raw()),
                                       self.settings.max_response_bytes)
            began = perf_counter()
            content = await self._scan(scan, body)
            await self.replay.save()
            self.metrics.added_latency.labels(codec.route).observe(perf_counter() - began)
            return content
        except _TooLarge:
            return self._fail_closed(codec, "response_too_large")
        except httpx.HTTPError:
            self.metrics.upstream_errors.labels("read").inc()
            return self._error(502, "upstream failed mid-response", "upstream_error")
        except Blocked as exc:
            self._count_block(codec, exc)
            return self._error(BLOCKED_STATUS, BLOCKED_MESSAGE, "guardproxy_blocked")
        except Exception as exc:  # fail closed: nothing unscanned goes out
            return self._fail_closed(codec, _reason(exc))
        finally:
            await upstream.aclose()
            clock.done()

    async def _stream(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory
    ) -> AsyncIterator[bytes]:
        tally, hold, clock = ChannelTally(factory), HoldBackClock(), self._clock()
        stream = codec.stream(tally.factory, self.policy.policy.inline_think,
                              self.replay.recorder)
        latency = self.metrics.added_latency.labels(codec.route)
        self.metrics.active_streams.inc()
        try:
            try:
                # Scanned inline, a read at a time: the hot path of the whole proxy.
                async for raw in upstream.aiter_raw():
                    began = perf_counter()
                    clock.first_byte()
                    out = stream.feed(raw)
                    if self.replay.unsaved:  # before the client can send it back
                        await self.replay.save()
                    now = perf_counter()
                    latency.observe(now - began)
                    hold.read(now, *tally.progress())
                    if out:
                        yield out
                out = stream.close()
                await self.replay.save()
                hold.read(perf_counter(), *tally.progress())
                yield out
            except httpx.HTTPError as exc:
                kind = "timeout" if isinstance(exc, httpx.TimeoutException) else "read"
                self.metrics.upstream_errors.labels(kind).inc()
                log.warning("upstream failed mid-stream request_id=%s error=%s",
                            self.id, type(exc).__name__)
                # What was received was scanned: release it, then say what happened.
                yield stream.close() + codec.error_event(
                    502, "upstream failed mid-stream", "upstream_error")
            except StreamFault as fault:  # what the read held before the fault was scanned
                cause = fault.__cause__
                yield fault.released + self._stream_error(
                    codec, cause if isinstance(cause, Exception) else fault)
            except Exception as exc:
                yield self._stream_error(codec, exc)
        finally:
            self.metrics.active_streams.dec()
            self.metrics.hold_back.observe(stream.max_held)
            if self._count_characters(tally):
                self.metrics.hold_back_seconds.labels(codec.route).observe(hold.longest)
            await upstream.aclose()
            clock.done()

    def _stream_error(self, codec: Codec, exc: Exception) -> bytes:
        """The event that ends a stream the sanitizer stopped: a block (nothing more of the
        response goes out), or fail-closed (what was not scanned is withheld)."""
        if isinstance(exc, Blocked):
            self._count_block(codec, exc)
            return codec.error_event(BLOCKED_STATUS, BLOCKED_MESSAGE, "guardproxy_blocked")
        reason = _reason(exc)
        self.metrics.fail_closed.labels(codec.route, reason).inc()
        log.error("fail-closed request_id=%s reason=%s", self.id, reason)
        return codec.error_event(502, "guardproxy could not scan the response",
                                 "guardproxy_error")

    async def _scan(self, scan: Callable[[bytes], bytes], body: bytes) -> bytes:
        """A whole body scanned in a worker thread when the policy's scanning blocks (presidio
        costs about a millisecond a sentence), so that one large body does not hold the event
        loop. Streams are scanned inline instead: a thread hop per read costs more than the
        relay's whole work on it, and presidio holds the GIL, so other streams would not get
        the interpreter back while it runs anyway."""
        if self.policy.blocking:
            return await run_in_threadpool(scan, body)
        return scan(body)

    async def _refuse(self, codec: Codec, upstream: httpx.Response, reason: str) -> Response:
        await upstream.aclose()
        self._clock().done()
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
        """Every detected region, once complete: metrics, the audit log (no text in either)."""
        action = rule_action(self.policy, region.rule)
        mode: Mode = "shadow" if region.shadow else "enforce"
        self.metrics.detected(self.policy.name, rule, kind, action, mode)
        self.audit.detection(self.id, self.route, self.policy, kind, action, region)
        self.access.detections += 1
        if self._is_canary(rule):
            self.metrics.canary_leaks.labels(self.policy.name).inc()

    def _count_block(self, codec: Codec, blocked: Blocked) -> None:
        self.metrics.blocked(codec.route, self.policy.name, blocked.rule)
        if self._is_canary(blocked.rule):
            self.metrics.canary_leaks.labels(self.policy.name).inc()
        log.warning("blocked request_id=%s rule=%s", self.id, blocked.rule)

    def _is_canary(self, rule: str) -> bool:
        return any(r.id == rule and r.uses_canary for r in self.policy.policy.rules)

    def _detector_failed(self, kind: ChannelKind, exc: Exception) -> None:
        """A detector raised in a fail-open policy: the channel goes on unscanned."""
        self.metrics.fail_open.labels(self.policy.name, kind).inc()
        log.error("fail-open request_id=%s channel=%s error=%s", self.id, kind,
                  type(exc).__name__)

    def _count_characters(self, tally: ChannelTally) -> int:
        """Count the characters the response's channels scanned, once; how many in all."""
        totals = tally.by_kind()
        for kind, count in totals.items():
            self.metrics.characters.labels(self.policy.name, kind).inc(count)
        return sum(totals.values())

    def _clock(self) -> UpstreamClock:
        assert self.clock is not None, "a response is read only after the request was sent"
        return self.clock


def _media(upstream: httpx.Response) -> tuple[str, str]:
    """An upstream response's media type and content encoding, lower case."""
    media = upstream.headers.get("content-type", "").split(";")[0].strip().lower()
    return media, upstream.headers.get("content-encoding", "identity").lower()


def _stored_codec(
    method: str, path: str, routes: dict[tuple[str, str], Codec]
) -> Codec | None:
    """The codec of a stored response's retrieval route: `GET <sanitized route>/{id}` for the
    APIs that store responses (Responses, chat completions)."""
    route, _, ident = path.rpartition("/")
    if method != "GET" or not ident or route not in STORED_ROUTES:
        return None
    return routes.get(("POST", route))


def _without_dot_segments(raw_path: bytes) -> bytes:
    """RFC 3986 section 5.2.4 on a raw path, with `%2e` read as the `.` it encodes (servers
    decode it before routing); everything else stays as the client wrote it."""
    segments = raw_path.split(b"/")[1:]
    out: list[bytes] = []
    for i, segment in enumerate(segments):
        dots = segment.lower().replace(b"%2e", b".")
        if dots not in (b".", b".."):
            out.append(segment)
            continue
        if dots == b".." and out:
            out.pop()
        if i == len(segments) - 1:
            out.append(b"")  # `/a/b/..` is `/a/`: a dot segment last leaves a trailing slash
    return b"/" + b"/".join(out)


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


async def _relay(upstream: httpx.Response, clock: UpstreamClock | None) -> AsyncIterator[bytes]:
    try:
        async for chunk in upstream.aiter_raw():
            if clock is not None:
                clock.first_byte()
            yield chunk
    finally:
        await upstream.aclose()
        if clock is not None:
            clock.done()


async def _read_limited(chunks: AsyncIterable[bytes], limit: int) -> bytes:
    body = bytearray()
    async for chunk in chunks:
        body += chunk
        if len(body) > limit:
            raise _TooLarge
    return bytes(body)


def _reason(exc: Exception) -> str:
    """A metric-safe reason: the exception's class, never its message."""
    known: dict[type[Exception], str] = {
        CodecError: "codec", SSEError: "framing", DetectorError: "detector",
    }
    return next((v for k, v in known.items() if isinstance(exc, k)), "internal")
