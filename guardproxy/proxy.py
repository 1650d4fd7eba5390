"""The reverse proxy: answers each request as its route says (routes.py: an allow-list),
forwarding it to the one configured upstream and streaming the response back through the API
codec where it carries model text.

The upstream is fixed by configuration: only the path and query of a request are forwarded,
so no request can make guardproxy contact another host. A request no route allows never
reaches it.

One ``_Exchange`` serves one request, in steps: the route's kind picks a short path
(``refused``, ``forwarded``, ``sanitized``, ``retrieved``); each is made of the same steps
(read the request within limits, select the policy, send upstream, handle the response: a
stream, a whole body, an error), and an ``_Observer`` turns what happens into metrics, audit
records and the access log.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import logging
import os
from collections.abc import AsyncIterable, AsyncIterator, Callable
from functools import partial
from time import monotonic, perf_counter
from typing import Any

import httpx
import orjson
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.middleware import Middleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route as StarletteRoute
from starlette.types import ASGIApp, Receive, Scope, Send

from guardproxy.audit import AccessEntry, AccessLog, AuditLog, access_entry, with_request_id
from guardproxy.channels import InlineThink
from guardproxy.codecs.anthropic_messages import AnthropicMessages
from guardproxy.codecs.base import Codec, CodecError, StreamFault, sanitized_error
from guardproxy.codecs.logprobs import without_logprob_requests
from guardproxy.codecs.native import LLAMACPP, SGLANG, TGI, NativeCodec
from guardproxy.codecs.ollama import OllamaChat, OllamaGenerate
from guardproxy.codecs.openai_chat import ChatCompletions
from guardproxy.codecs.openai_completions import Completions
from guardproxy.codecs.openai_responses import Responses
from guardproxy.config import Settings
from guardproxy.detectors.canary import canary_line, new_canary
from guardproxy.leak_budget import Coverage, prompt_fingerprint
from guardproxy.metrics import (
    ChannelTally,
    HoldBackClock,
    Metrics,
    Outcome,
    UpstreamClock,
    rule_action,
)
from guardproxy.policy_compile import ChannelFactory, CompiledPolicy
from guardproxy.policy_set import PolicySet
from guardproxy.reload import PolicyStore
from guardproxy.replay import Replay, credential_scope, open_store
from guardproxy.routes import BY_BODY, Match, Route, RouteTable, by_body
from guardproxy.rules import ChannelKind
from guardproxy.sanitizer import Blocked, DetectorError, Mode, Region
from guardproxy.sealing import Sealer
from guardproxy.sse import SSEDecoder, SSEError
from guardproxy.stored_prompts import StoredPrompts
from guardproxy.upstream import AiohttpTransport

__all__ = ["Shutdown", "codecs_for", "create_app"]

log = logging.getLogger("guardproxy.proxy")

# RFC 9110 section 7.6.1: connection-specific headers are never forwarded. `expect` too: the
# proxy answers 100-continue itself (uvicorn does, when the body is read), and an upstream that
# never answers one would hold the exchange.
HOP_BY_HOP = frozenset(
    {
        "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection",
        "te", "trailer", "transfer-encoding", "upgrade", "expect",
    }
)
# What a proxy in front says about the client: believed (and forwarded) only from the
# operator's trusted proxies; anyone else could name any address, and upstreams on loopback
# trust these by default.
FORWARDING = (b"forwarded", b"x-real-ip")
FORWARDING_PREFIX = b"x-forwarded-"


def codecs_for(settings: Settings) -> dict[str, Codec]:
    """Every codec by its name (the name routes use, and its metric label)."""
    limit = settings.max_event_bytes
    codecs: list[Codec] = [
        ChatCompletions(max_event_bytes=limit), Completions(max_event_bytes=limit),
        Responses(max_event_bytes=limit), AnthropicMessages(max_event_bytes=limit),
        OllamaChat(max_line_bytes=limit), OllamaGenerate(max_line_bytes=limit),
        *(NativeCodec(shape, max_event_bytes=limit) for shape in (LLAMACPP, SGLANG, TGI)),
    ]
    return {codec.route: codec for codec in codecs}


# Protected texts of more characters than this are indexed in a worker thread: a build takes
# about a microsecond a character, and the event loop serves every other stream meanwhile.
INDEX_OFF_LOOP_CHARS = 16 * 1024

# A blocked response: 403, which SDKs do not retry (a retry would generate, and leak, again).
BLOCKED_STATUS = 403
BLOCKED_MESSAGE = "the response was blocked by policy"
REFUSED_KIND = "guardproxy_refused"
# The metric labels of routes without a codec.
FORWARDED, REFUSED, STORED = "passthrough", "refused", "stored"


class _TooLarge(Exception):
    pass


class _TooSlow(Exception):
    """A request body that fell silent for --body-idle-timeout, or took past --body-timeout."""


class Shutdown:
    """When the server began its graceful shutdown: a stream cancelled once ``grace`` seconds
    have passed since was cut by the shutdown's deadline, any other by its client going away
    (both reach the stream as a cancellation). The server that runs the app calls ``begin``."""

    def __init__(self, grace: float) -> None:
        self.grace = grace
        self.began: float | None = None

    def begin(self) -> None:
        self.began = monotonic()

    def past_deadline(self) -> bool:
        return self.began is not None and monotonic() >= self.began + self.grace


def create_app(
    settings: Settings, policies: CompiledPolicy | PolicyStore, metrics: Metrics,
    shutdown: Shutdown | None = None,
) -> Starlette:
    """The proxy app; ``policies`` is one fixed policy or a store that hot-reloads;
    ``shutdown`` is told when the server shuts down (see ``Shutdown``)."""
    shutdown = shutdown or Shutdown(settings.graceful_shutdown)
    upstream = httpx.URL(str(settings.upstream))
    store = policies if isinstance(policies, PolicyStore) else PolicyStore(PolicySet.of(policies))
    key = settings.audit_key
    audit = AuditLog(key.get_secret_value().encode() if key is not None else None)
    metrics.policy_loaded(*store.active.all)
    table = RouteTable.of(settings.routes)
    codecs = codecs_for(settings)
    sealer = Sealer(settings.store_key.get_secret_value().encode() if settings.store_key
                    else os.urandom(32))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        # Waiting for one of the upstream connections (--upstream-max-connections) counts
        # toward connecting.
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout,
                                pool=settings.connect_timeout)
        stop = asyncio.Event()
        watcher = asyncio.create_task(store.watch(stop))
        store.reload_on_sighup()
        # Originals of edited reasoning, for clients' replays; Redis failures are counted.
        replay = open_store(settings, metrics.replay_store_failed)
        transport = AiohttpTransport(max_connections=settings.upstream_max_connections)
        async with httpx.AsyncClient(
            timeout=timeout, transport=transport, trust_env=False
        ) as client:
            app.state.client = client
            app.state.replay = Replay(replay, sealer, ttl=settings.replay_ttl,
                                      max_entry_bytes=settings.replay_max_entry_bytes,
                                      scope_header=settings.replay_scope_header)
            app.state.prompts = StoredPrompts(replay, sealer, settings.replay_ttl) \
                if replay is not None else None
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
        # Ready, and nothing more: policy names and hashes are the admin port's (/policies).
        return JSONResponse({"status": "ready"})

    async def serve(request: Request) -> Response:
        path = _route_path(request.url.path)
        match = table.match(request.method, path)
        state = request.app.state
        # The policy set active now serves the whole exchange, whatever reloads meanwhile.
        exchange = _Exchange(request, path, state.client, upstream, settings, store.active,
                             _Observer(metrics, audit, access_entry(request.scope), shutdown),
                             state.replay, state.prompts)
        response = await exchange.run(match, codecs)
        metrics.requests.labels(exchange.route, str(response.status_code)).inc()
        return response

    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "HEAD"]
    routes = [
        StarletteRoute("/healthz", healthz, methods=["GET"]),
        StarletteRoute("/readyz", readyz, methods=["GET"]),
        StarletteRoute("/{path:path}", serve, methods=methods),
    ]
    middleware = [Middleware(AccessLog),
                  Middleware(_Admission, limit=settings.max_concurrency, metrics=metrics)]
    return Starlette(routes=routes, lifespan=lifespan, middleware=middleware)


class _Admission:
    """ASGI middleware: at most ``limit`` requests in flight (a stream is in flight until its
    last byte); one more is answered 503 with `Retry-After` in its API's error format, before
    anything is read or sent upstream. The probes are always answered."""

    PROBES = frozenset({"/healthz", "/readyz"})

    def __init__(self, app: ASGIApp, limit: int | None, metrics: Metrics) -> None:
        self.app = app
        self.limit = limit
        self.metrics = metrics
        self.active = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.limit is None or scope["type"] != "http" or scope["path"] in self.PROBES:
            await self.app(scope, receive, send)
            return
        if self.active >= self.limit:
            self.metrics.requests.labels(REFUSED, "503").inc()
            body = _error_format(scope["path"]).error_body(
                503, "too many requests in flight; retry shortly", "overloaded")
            await JSONResponse(body, 503, {"retry-after": "1"})(scope, receive, send)
            return
        self.active += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.active -= 1


class _Observer:
    """What one exchange reports: metrics, audit records and its access-log entry. Nothing
    here ever carries request or response text."""

    def __init__(self, metrics: Metrics, audit: AuditLog, access: AccessEntry,
                 shutdown: Shutdown) -> None:
        self.metrics = metrics
        self.audit = audit
        self.access = access
        self.shutdown = shutdown
        self.id = access.request_id  # the client's X-Request-ID if it looks like one
        self.route = REFUSED  # until the route is known
        self.policy: CompiledPolicy | None = None

    def serving(self, route: str, policy: CompiledPolicy | None = None) -> None:
        self.route = self.access.route = route
        if policy is not None:
            self.policy = policy
            self.access.policy = policy.name

    def _policy(self) -> CompiledPolicy:
        assert self.policy is not None, "detections happen only under a selected policy"
        return self.policy

    def region(self, kind: ChannelKind, rule: str, region: Region) -> None:
        """Every detected region, once complete: metrics, the audit log (no text in either).
        Each rule whose span is in the region is counted, not only the one whose marker the
        client sees (``rule``)."""
        policy = self._policy()
        action = rule_action(policy, region.rule)
        mode: Mode = "shadow" if region.shadow else "enforce"
        rules = region.rules()
        for index in rules:
            self.metrics.detected(policy.name, policy.rule_id(index), kind,
                                  rule_action(policy, index), mode)
        self.audit.detection(self.id, self.route, policy, kind, action, region)
        self.access.detections += 1
        if any(self._is_canary(policy.rule_id(index)) for index in rules):
            self.metrics.canary_leaks.labels(policy.name).inc()

    def blocked(self, blocked: Blocked) -> None:
        policy = self._policy()
        self.metrics.blocked(self.route, policy.name, blocked.rule)
        if self._is_canary(blocked.rule):
            self.metrics.canary_leaks.labels(policy.name).inc()
        log.warning("blocked request_id=%s rule=%s", self.id, blocked.rule)

    def _is_canary(self, rule: str) -> bool:
        return any(r.id == rule and r.uses_canary for r in self._policy().policy.rules)

    def detector_failed(self, kind: ChannelKind, exc: Exception) -> None:
        """A detector raised in a fail-open policy: the channel goes on unscanned."""
        self.metrics.fail_open.labels(self._policy().name, kind).inc()
        log.error("fail-open request_id=%s channel=%s error=%s", self.id, kind,
                  type(exc).__name__)

    def fail_closed(self, reason: str, *, streaming: bool = False) -> None:
        """Counted; logged here unless ``streaming`` (a stream's end is logged once, by
        ``stream_ended``)."""
        self.metrics.fail_closed.labels(self.route, reason).inc()
        if not streaming:
            log.error("fail-closed request_id=%s reason=%s", self.id, reason)

    def cancelled(self) -> Outcome:
        """Why a stream was cancelled: the shutdown's deadline, or else its client left."""
        return "shutdown_deadline" if self.shutdown.past_deadline() else "client_disconnect"

    def stream_ended(self, outcome: Outcome, cause: str) -> None:
        """Every streamed response's end, counted by outcome; an abnormal one also logged,
        once, with ``cause`` (an exception's class or a fail-closed reason, never text).
        A client going away is routine (a user pressed stop): info, not warning."""
        self.metrics.streams_ended.labels(self.route, outcome).inc()
        if outcome in ("completed", "blocked"):
            return
        level = logging.INFO if outcome == "client_disconnect" else logging.WARNING
        log.log(level, "stream ended request_id=%s route=%s outcome=%s cause=%s", self.id,
                self.route, outcome, cause)

    def characters(self, tally: ChannelTally) -> int:
        """Count the characters the response's channels scanned, once; how many in all."""
        totals = tally.by_kind()
        for kind, count in totals.items():
            self.metrics.characters.labels(self._policy().name, kind).inc(count)
        return sum(totals.values())

    def upstream_error(self, kind: str) -> None:
        self.metrics.upstream_errors.labels(kind).inc()

    def upstream_cut(self, exc: httpx.HTTPError) -> tuple[Outcome, str]:
        """A stream's upstream failed mid-way: counted; its outcome and cause."""
        if isinstance(exc, httpx.TimeoutException):
            self.upstream_error("timeout")
            return "upstream_timeout", type(exc).__name__
        self.upstream_error("read")
        return "upstream_disconnect", type(exc).__name__

    def clock(self) -> UpstreamClock:
        self.access.upstream = clock = UpstreamClock(self.metrics, self.route)
        return clock


class _Exchange:
    """One client request and, if its route allows, its upstream counterpart."""

    def __init__(
        self,
        request: Request,
        path: str,
        client: httpx.AsyncClient,
        upstream: httpx.URL,
        settings: Settings,
        policies: PolicySet,
        observe: _Observer,
        replay: Replay,
        prompts: StoredPrompts | None = None,
    ) -> None:
        self.request = request
        self.path = path  # as the upstream routes it
        self.client = client
        self.settings = settings
        self.policies = policies
        self.policy = policies.fallback  # until a route selects one
        # The inline reasoning format for the request's model (set with the policy).
        self.think: InlineThink = self.policy.policy.inline_think.for_model(None)
        self.observe = observe
        self.metrics = observe.metrics
        self.replay = replay.session(request.headers.raw)
        self.scope = credential_scope(request.headers.raw)  # of stored prompts
        self.prompts = prompts
        self.store = replay.store  # the replay store, which also keeps leak budgets
        self.coverage: Coverage | None = None  # the caller's leak budget, when the policy has one
        self.errors: Codec = _error_format(path)  # the API whose error format answers
        self.keeping: list[str] | None = None  # kept under the id of the object created
        self.id = observe.id
        self.clock: UpstreamClock | None = None  # set when the request goes upstream
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        query = request.scope.get("query_string", b"")
        # Dot segments resolved before the base path goes in front: `..` cannot climb out of it.
        target = upstream.raw_path.rstrip(b"/") + _without_dot_segments(raw_path) \
            + (b"?" + query if query else b"")
        self.url = upstream.copy_with(raw_path=target)

    @property
    def route(self) -> str:
        """The route's fixed name, for metric labels and logs."""
        return self.observe.route

    # --- the route kinds ---------------------------------------------------------------------

    async def run(self, match: Match, codecs: dict[str, Codec]) -> Response:
        route = match.route
        if (header := self.settings.tenant_header) and \
                len(self.request.headers.getlist(header)) > 1:
            # A client's own copy placed before the gateway's must not pick the policy.
            self.observe.serving(REFUSED)
            return self._error(400, f"the {header} header was sent more than once",
                               "invalid_request_error")
        if route is None:
            return self.refused(match)
        if route.action == "forward":
            return await self.forwarded()
        if route.action == "retrieve":
            return await self.retrieved(route, match.params, codecs)
        if route.action == "refuse":
            return self.refused(match)
        return await self.sanitized(route, codecs)

    def refused(self, match: Match) -> Response:
        """A request no route allows: 404 (no such path), 405 (not this method, with `Allow`)
        or 403 (a route that refuses), in the API's error format. Nothing goes upstream."""
        self.observe.serving(REFUSED)
        if match.status == 404:
            return self._error(404, "no such route", "not_found_error")
        if match.status == 405:
            response = self._error(405, "method not allowed on this route",
                                   "method_not_allowed")
            response.headers["allow"] = ", ".join(sorted(match.allowed))
            return response
        return self._error(403, "this route is not served by the proxy", REFUSED_KIND)

    async def forwarded(self) -> Response:
        """A read-only route whose answers carry no model text: relayed as it is."""
        self.observe.serving(FORWARDED)
        framed = "content-length" in self.request.headers or \
            "transfer-encoding" in self.request.headers
        body = None  # no body: none sent, and no framing for one
        if framed:
            # Read whole (within the limits) before the upstream is contacted: a slow client
            # would otherwise hold an upstream connection for as long as it took.
            read = await self._read_request()
            if isinstance(read, Response):
                return read
            body = read[0]
        request = self.client.build_request(
            self.request.method, self.url, headers=self._headers(keep_length=False),
            content=body,
        )
        upstream = await self._send(request)
        if isinstance(upstream, Response):
            return upstream
        return StreamingResponse(
            _relay(upstream, self._clock(), self.observe), status_code=upstream.status_code,
            headers=_response_headers(upstream, keep_length=True),
        )

    async def sanitized(self, route: Route, codecs: dict[str, Codec]) -> Response:
        """A request that makes the model write: its prompt protected, its response scanned."""
        if route.action not in BY_BODY:
            self.errors = codecs[route.action]
            self.observe.serving(route.action)
        read = await self._read_request()
        if isinstance(read, Response):
            return read
        body, payload = read
        name = by_body(route.action, payload) if route.action in BY_BODY else route.action
        if name is None:
            return self._error(400, "the request's shape is not one this route serves",
                               "invalid_request_error")
        codec = self.errors = codecs[name]
        self.observe.serving(codec.route)
        if (refused := self._refuse_request(body, payload)) is not None:
            return refused
        self._serve(codec.route, payload)
        # Reasoning the client sends back as guardproxy edited it gets its original again.
        body = await self.replay.restore(codec.replay_slots(payload), payload, body)
        protected = await self._protected(codec, payload)
        if protected is None:
            return self._error(403, "previous_response_id names a response the proxy holds "
                               "no protected prompt for", REFUSED_KIND)
        if (size := sum(len(t) for t in protected)) > self.settings.max_protected_chars:
            # Refused before anything is indexed or sent on; the text itself is never echoed.
            return self._error(413, f"protected texts (system and developer prompts) of "
                               f"{size} characters: at most {self.settings.max_protected_chars}"
                               " are allowed (max_protected_chars)", "request_too_large")
        body, canary = self._upstream_body(codec, payload, body)
        self.coverage = self._new_coverage(protected)
        factory = await self._indexed_channels(protected, canary)
        if self.coverage is not None and self.store is not None:
            await self.coverage.load(self.store, self.replay.scope)
        self.keeping = protected if self.prompts is not None and _stores(codec, payload) \
            else None
        request = self.client.build_request(
            "POST", self.url, headers=self._headers(keep_length=False), content=body
        )
        upstream = await self._send(request)
        if isinstance(upstream, Response):
            return upstream
        return await self._response(codec, upstream, factory)

    async def retrieved(
        self, route: Route, params: dict[str, str], codecs: dict[str, Codec]
    ) -> Response:
        """A stored object fetched back: refused unless the policy allows retrieval, then
        scanned (its route's codec, or every string of it) with the protected texts of the
        requests that created it. A replayed stream (`?stream=true`) is refused: its prompt
        would come only with its first event."""
        codec = codecs[route.codec] if route.codec else None
        if codec is not None:
            self.errors = codec
        self._serve(codec.route if codec is not None else STORED, None)
        if self.policy.policy.retrieval != "allow" or self.prompts is None:
            return self._error(403, "stored objects are not served by this proxy's policy",
                               REFUSED_KIND)
        request = self.client.build_request(
            "GET", self.url, headers=self._headers(keep_length=True))
        upstream = await self._send(request)
        if isinstance(upstream, Response):
            return upstream
        headers = _response_headers(upstream, keep_length=False)
        if upstream.status_code >= 400:
            return await self._upstream_error(upstream, self._channels([]), headers)
        if _media(upstream) not in {("application/json", "identity", c) for c in UTF8}:
            return await self._refuse(upstream, "content-type")
        body = await self._read_body(upstream)
        if isinstance(body, Response):
            return body
        value = _json(body)
        protected = await self._created_with(params.get("id"), value)
        if protected is None:
            return self._error(403, "the proxy holds no protected prompt for this stored "
                               "object", REFUSED_KIND)
        if codec is not None:  # what the object still shows of its prompt (`instructions`)
            protected += codec.protected_texts(value)
        tally = ChannelTally(await self._indexed_channels(protected))
        model = value.get("model") if isinstance(value, dict) else None
        think = self.policy.policy.inline_think.for_model(model if isinstance(model, str)
                                                          else None)

        def scan(body: bytes) -> bytes:
            if codec is None:
                return sanitized_error(body, tally.factory)
            return codec.whole(body, tally.factory, think)

        content = await self._scanned(scan, body)
        if isinstance(content, Response):
            return content
        self.observe.characters(tally)
        return Response(content, upstream.status_code, headers, media_type="application/json")

    # --- request steps -----------------------------------------------------------------------

    async def _read_request(self) -> tuple[bytes, Any] | Response:
        """The request body within its limits of size and time, and its JSON (None if it is
        not JSON)."""
        settings = self.settings
        chunks = _timed(self.request.stream(), settings.body_idle_timeout, settings.body_timeout)
        try:
            body = await _read_limited(chunks, settings.max_request_bytes)
        except _TooLarge:
            return self._error(413, "request body too large", "request_too_large")
        except _TooSlow:
            # The rest of the body is never read: the connection cannot serve another request.
            response = self._error(408, "request body not received in time", "request_timeout")
            response.headers["connection"] = "close"
            return response
        except ClientDisconnect:
            return Response(status_code=499)
        return body, _json(body)

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

    def _serve(self, route: str, payload: Any) -> None:
        """The operator's selection: by model and route, and by tenant only through the
        header the operator trusts (never a header a client could set to pick a policy)."""
        model = payload.get("model") if isinstance(payload, dict) and \
            self.settings.trust_model_names else None  # else `select.models` never matches
        header = self.settings.tenant_header
        self.policy = self.policies.select(
            model=model if isinstance(model, str) else None, path=self.path,
            tenant=self.request.headers.get(header) if header else None,
        )
        self.observe.serving(route, self.policy)
        self.think = self.policy.policy.inline_think.for_model(
            model if isinstance(model, str) else None)

    def _upstream_body(self, codec: Codec, payload: Any, body: bytes) -> tuple[bytes, str | None]:
        """What goes upstream: no log-probabilities asked for, the policy's canary added.
        Re-serialized only when changed: otherwise the upstream gets the client's bytes."""
        if (stripped := without_logprob_requests(payload)) is not None:
            payload = stripped
            body = orjson.dumps(payload)
        if not (self.policy.canary and isinstance(payload, dict)):
            return body, None
        canary = new_canary()
        return orjson.dumps(codec.inject_system(payload, canary_line(canary))), canary

    def _headers(self, *, keep_length: bool) -> list[tuple[bytes, bytes]]:
        headers = _strip_hop_by_hop(self.request.headers.raw)
        drop = {b"host", b"accept-encoding"} | (set() if keep_length else {b"content-length"})
        if not self._from_trusted_proxy():
            headers = [(k, v) for k, v in headers if not _forwarding(k.lower())]
        out = [(k, v) for k, v in headers if k.lower() not in drop]
        out.append((b"accept-encoding", b"identity"))
        # The upstream logs the id guardproxy logs and answers with, not a client's malformed one.
        return with_request_id(out, self.id)

    def _from_trusted_proxy(self) -> bool:
        """Whether the peer is one of the operator's trusted proxies."""
        networks = self.settings.trusted_networks
        client = self.request.client
        if not networks or client is None:
            return False
        try:
            peer = ipaddress.ip_address(client.host)
        except ValueError:
            return False
        return any(peer in network for network in networks)

    async def _send(self, request: httpx.Request) -> httpx.Response | Response:
        self.clock = self.observe.clock()
        try:
            return await self.client.send(request, stream=True)
        except httpx.TimeoutException:
            self.observe.upstream_error("timeout")
            return self._error(504, "upstream timed out", "upstream_timeout")
        except httpx.HTTPError as exc:
            self.observe.upstream_error("connect")
            log.warning("upstream unreachable request_id=%s error=%s", self.id, type(exc).__name__)
            return self._error(502, "upstream unreachable", "upstream_unreachable")

    # --- stored objects ----------------------------------------------------------------------

    async def _protected(self, codec: Codec, payload: Any) -> list[str] | None:
        """The request's protected texts. A Responses turn continuing from
        `previous_response_id` protects what the turn it continues protected too (that
        prompt is the upstream's context now); None: that turn is unknown here."""
        own = codec.protected_texts(payload)
        previous = payload.get("previous_response_id") if isinstance(payload, dict) else None
        if not isinstance(previous, str):
            return own
        inherited = await self.prompts.find(self.scope, previous) if self.prompts else None
        return None if inherited is None else [*own, *inherited]

    async def _keep(self, ident: Any) -> None:
        """Keep the request's protected texts under the id of the object it created, before
        the client can know the id (and fetch the object)."""
        if self.keeping is not None and self.prompts is not None and isinstance(ident, str):
            await self.prompts.keep(self.scope, ident, self.keeping)
            self.keeping = None

    async def _created_with(self, ident: str | None, value: Any) -> list[str] | None:
        """The protected texts of the requests that created the object (``ident``) or every
        object of a list (`data[].id`); None when one of them is unknown here."""
        assert self.prompts is not None
        idents: list[Any] = [ident]
        if ident is None:
            data = value.get("data") if isinstance(value, dict) else None
            if not isinstance(data, list):
                return None
            idents = [o.get("id") if isinstance(o, dict) else None for o in data]
        protected: list[str] = []
        for one in idents:
            found = await self.prompts.find(self.scope, one) if isinstance(one, str) else None
            if found is None:
                return None
            protected += found
        return protected

    # --- response steps ----------------------------------------------------------------------

    async def _response(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory
    ) -> Response:
        headers = _response_headers(upstream, keep_length=False)
        media, encoding, charset = _media(upstream)
        if upstream.status_code >= 400:
            return await self._upstream_error(upstream, factory, headers)
        if encoding != "identity":
            return await self._refuse(upstream, "content-encoding")
        if charset not in UTF8:  # a client that decodes by charset reads other text
            return await self._refuse(upstream, "charset")
        # Only the framing the codec reads: NDJSON fed to an SSE codec, say, would pass its
        # lines on as unknown fields, unscanned.
        if media == codec.stream_media_type:
            return StreamingResponse(self._stream(codec, upstream, factory), 200, headers)
        if media == "application/json":
            return await self._whole(codec, upstream, factory, headers)
        return await self._refuse(upstream, "content-type")

    async def _indexed_channels(
        self, protected: list[str], canary: str | None = None
    ) -> ChannelFactory:
        """``_channels``, built in a worker thread when the prompts are large: indexing them
        would otherwise hold every other stream (the index is cached: a recurring prompt is
        indexed once)."""
        if sum(len(t) for t in protected) > INDEX_OFF_LOOP_CHARS:
            return await run_in_threadpool(self._channels, protected, canary)
        return self._channels(protected, canary)

    def _channels(self, protected: list[str], canary: str | None = None) -> ChannelFactory:
        observe = self.observe
        return self.policy.channels(protected, observe.region, canary=canary,
                                    on_error=observe.detector_failed, coverage=self.coverage)

    def _new_coverage(self, protected: list[str]) -> Coverage | None:
        """The caller's leak budget for these prompts (policy ``leak_budget``; kept in the
        replay store, so only with one), loaded once the index is built. Callers without a
        credential (or with a placeholder) share one budget: the replay scope ""."""
        budget = self.policy.policy.leak_budget
        if budget is None or self.store is None:
            return None
        texts = self.policy.budget_texts(protected)
        if not texts:
            return None
        return Coverage(budget.coverage, budget.ttl, prompt_fingerprint(texts))

    async def _save_coverage(self) -> None:
        """Add what this response sent of the prompt to the caller's budget; count it."""
        coverage, self.coverage = self.coverage, None
        if coverage is None or self.store is None:
            return
        name = self.policy.name
        if coverage.spent_before:
            self.metrics.leak_budget_spent.labels(name).inc()
        self.metrics.leak_budget_windows.labels(name).inc(coverage.added)
        await coverage.save(self.store, self.replay.scope)

    async def _whole(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory, headers: Headers
    ) -> Response:
        tally = ChannelTally(factory)
        think, recorder = self.think, self.replay.recorder

        def scan(body: bytes) -> bytes:
            return codec.whole(body, tally.factory, think, recorder)

        body = await self._read_body(upstream)
        if isinstance(body, Response):
            return body
        content = await self._scanned(scan, body)
        if isinstance(content, Response):
            return content
        if self.keeping is not None:
            value = _json(content)
            await self._keep(value.get("id") if isinstance(value, dict) else None)
        self.observe.characters(tally)
        return Response(content, upstream.status_code, headers, media_type="application/json")

    async def _upstream_error(
        self, upstream: httpx.Response, factory: ChannelFactory, headers: Headers
    ) -> Response:
        """The upstream's error, its status kept and its body scanned: it may echo the
        request."""
        if _media(upstream)[2] not in UTF8:
            return await self._refuse(upstream, "charset")
        body = await self._read_body(upstream)
        if not isinstance(body, Response):
            body = await self._scanned(partial(sanitized_error, channels=factory), body)
        return body if isinstance(body, Response) else Response(body, upstream.status_code,
                                                                headers)

    async def _read_body(self, upstream: httpx.Response) -> bytes | Response:
        """The upstream's whole body within the limit, or the proxy's own error."""
        clock = self._clock()
        try:
            return await _read_limited(clock.timed(upstream.aiter_raw()),
                                       self.settings.max_response_bytes)
        except _TooLarge:
            return self._fail_closed("response_too_large")
        except httpx.HTTPError:
            self.observe.upstream_error("read")
            return self._error(502, "upstream failed mid-response", "upstream_error")
        finally:
            await upstream.aclose()
            clock.done()

    async def _scanned(self, scan: Callable[[bytes], bytes], body: bytes) -> bytes | Response:
        """A whole body scanned, or the proxy's own error in the route's format when it
        cannot be."""
        try:
            began = perf_counter()
            content = await self._scan(scan, body)
            await self.replay.save()
            await self._save_coverage()
            self.metrics.added_latency.labels(self.route).observe(perf_counter() - began)
            return content
        except Blocked as exc:
            self.observe.blocked(exc)
            return self._error(BLOCKED_STATUS, BLOCKED_MESSAGE, "guardproxy_blocked")
        except Exception as exc:  # fail closed: nothing unscanned goes out
            return self._fail_closed(_reason(exc))

    async def _stream(
        self, codec: Codec, upstream: httpx.Response, factory: ChannelFactory
    ) -> AsyncIterator[bytes]:
        tally, hold, clock = ChannelTally(factory), HoldBackClock(), self._clock()
        stream = codec.stream(tally.factory, self.think, self.replay.recorder)
        ids = _StreamIds(self.settings.max_event_bytes) if self.keeping is not None else None
        latency = self.metrics.added_latency.labels(self.route)
        self.metrics.active_streams.inc()
        outcome: Outcome = "completed"
        cause = ""
        try:
            try:
                # Scanned inline, a read at a time: the hot path of the whole proxy.
                async for raw in upstream.aiter_raw():
                    began = perf_counter()
                    clock.first_byte()
                    out = stream.feed(raw)
                    if ids is not None and (ident := ids.feed(raw)) is not None:
                        await self._keep(ident)
                        ids = None
                    if self.replay.unsaved:  # before the client can send it back
                        await self.replay.save()
                    now = perf_counter()
                    latency.observe(now - began)
                    hold.read(now, *tally.progress())
                    if out:
                        yield out
                out = stream.close()
                await self.replay.save()
                await self._save_coverage()
                hold.read(perf_counter(), *tally.progress())
                yield out
            except httpx.HTTPError as exc:
                outcome, cause = self.observe.upstream_cut(exc)
                # What was received was scanned: release it, then say what happened.
                yield stream.close() + codec.error_event(
                    502, "upstream failed mid-stream", "upstream_error")
            except StreamFault as fault:  # what the read held before the fault was scanned
                error = fault.__cause__ if isinstance(fault.__cause__, Exception) else fault
                outcome, cause, event = self._stream_error(codec, error)
                yield fault.released + event
            except Exception as exc:
                outcome, cause, event = self._stream_error(codec, exc)
                yield event
        except (asyncio.CancelledError, GeneratorExit) as exc:
            if outcome == "completed":  # else it ended already, and this cut its error event
                outcome, cause = self.observe.cancelled(), type(exc).__name__
            raise
        finally:
            self.observe.stream_ended(outcome, cause)
            self.metrics.active_streams.dec()
            self.metrics.hold_back.observe(stream.max_held)
            if self.observe.characters(tally):
                self.metrics.hold_back_seconds.labels(self.route).observe(hold.longest)
            await upstream.aclose()
            clock.done()

    def _stream_error(self, codec: Codec, exc: Exception) -> tuple[Outcome, str, bytes]:
        """How a stream the sanitizer stopped ends (its outcome and cause), and the event
        that ends it: a block (nothing more of the response goes out), or fail-closed (what
        was not scanned is withheld); a failure of the proxy's own code fails closed too."""
        if isinstance(exc, Blocked):
            self.observe.blocked(exc)
            event = codec.error_event(BLOCKED_STATUS, BLOCKED_MESSAGE, "guardproxy_blocked")
            return "blocked", exc.rule, event
        reason = _reason(exc)
        self.observe.fail_closed(reason, streaming=True)
        outcome: Outcome = "server_error" if reason == "internal" else "scan_failure"
        event = codec.error_event(502, "guardproxy could not scan the response",
                                  "guardproxy_error")
        return outcome, reason if reason != "internal" else type(exc).__name__, event

    async def _scan(self, scan: Callable[[bytes], bytes], body: bytes) -> bytes:
        """A whole body scanned in a worker thread when the policy's scanning blocks (presidio
        costs about a millisecond a sentence), so that one large body does not hold the event
        loop. Streams are scanned inline instead: a thread hop per read costs more than the
        relay's whole work on it, and presidio holds the GIL, so other streams would not get
        the interpreter back while it runs anyway."""
        if self.policy.blocking:
            return await run_in_threadpool(scan, body)
        return scan(body)

    async def _refuse(self, upstream: httpx.Response, reason: str) -> Response:
        await upstream.aclose()
        self._clock().done()
        return self._fail_closed(reason)

    def _fail_closed(self, reason: str) -> Response:
        self.observe.fail_closed(reason)
        return self._error(502, "guardproxy could not scan the response", "guardproxy_error")

    def _error(self, status: int, message: str, kind: str) -> JSONResponse:
        """An error in the API's format: the route's codec, else the path's API."""
        return JSONResponse(self.errors.error_body(status, message, kind), status_code=status)

    def _clock(self) -> UpstreamClock:
        assert self.clock is not None, "a response is read only after the request was sent"
        return self.clock


class _StreamIds:
    """The id of the object a stream creates, from its first events: a chat chunk's `id`, a
    Responses event's `response.id`. Read beside the codec, on the same raw bytes."""

    def __init__(self, max_event_bytes: int) -> None:
        self._decoder = SSEDecoder(max_event_bytes)

    def feed(self, raw: bytes) -> str | None:
        try:
            events = self._decoder.feed(raw)
        except SSEError:
            return None  # the codec fails the stream closed
        for event in events:
            value = _json(event.data.encode()) if event.data is not None else None
            if not isinstance(value, dict):
                continue
            response = value.get("response")
            ident = response.get("id") if isinstance(response, dict) else value.get("id")
            if isinstance(ident, str):
                return ident
        return None


def _stores(codec: Codec, payload: Any) -> bool:
    """Whether the upstream stores the response this request creates: Responses unless
    `store: false`, chat completions with `store: true`."""
    store = payload.get("store") if isinstance(payload, dict) else None
    return (codec.route == "responses" and store is not False) or \
        (codec.route == "chat_completions" and store is True)


ANTHROPIC_ERRORS = AnthropicMessages()
OLLAMA_ERRORS = OllamaChat()
OPENAI_ERRORS = ChatCompletions()


def _error_format(path: str) -> Codec:
    """The API a path belongs to, for errors before (or without) a codec: Anthropic's under
    `/v1/messages`, Ollama's under `/api/`, OpenAI's everywhere else."""
    if path == "/v1/messages" or path.startswith("/v1/messages/"):
        return ANTHROPIC_ERRORS
    if path.startswith("/api/"):
        return OLLAMA_ERRORS
    return OPENAI_ERRORS


# The charsets a response may declare: JSON and SSE are UTF-8; text in any other charset reads
# differently to a client that decodes by it than to the scan.
UTF8 = frozenset({"", "utf-8", "utf8"})


def _media(upstream: httpx.Response) -> tuple[str, str, str]:
    """An upstream response's media type, content encoding and charset ("" when none is
    given), lower case."""
    media, *params = upstream.headers.get("content-type", "").lower().split(";")
    charset = next((v.strip().strip('"') for k, _, v in (p.partition("=") for p in params)
                    if k.strip() == "charset"), "")
    return media.strip(), upstream.headers.get("content-encoding", "identity").lower(), charset


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


def _forwarding(name: bytes) -> bool:
    return name in FORWARDING or name.startswith(FORWARDING_PREFIX)


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


async def _relay(upstream: httpx.Response, clock: UpstreamClock,
                 observe: _Observer) -> AsyncIterator[bytes]:
    """A forwarded body as it comes. Cut by the upstream, it is cut for the client too (the
    error propagates and the server aborts the connection): a forwarded body has no error
    event, and ending it cleanly would pass a truncated body off as whole."""
    outcome: Outcome = "completed"
    cause = ""
    try:
        async for chunk in upstream.aiter_raw():
            clock.first_byte()
            yield chunk
    except httpx.HTTPError as exc:
        outcome, cause = observe.upstream_cut(exc)
        raise
    except (asyncio.CancelledError, GeneratorExit) as exc:
        outcome, cause = observe.cancelled(), type(exc).__name__
        raise
    finally:
        observe.stream_ended(outcome, cause)
        await upstream.aclose()
        clock.done()


async def _timed(chunks: AsyncIterable[bytes], idle: float, total: float
                 ) -> AsyncIterator[bytes]:
    """``chunks``, each within ``idle`` seconds of the last, all within ``total``; raises
    ``_TooSlow`` past either."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + total
    iterator = aiter(chunks)
    while True:
        try:
            async with asyncio.timeout(min(idle, deadline - loop.time())):
                chunk = await anext(iterator)
        except StopAsyncIteration:
            return
        except TimeoutError:
            raise _TooSlow from None
        yield chunk


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
