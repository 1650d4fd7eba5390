"""Structured logs: the audit trail of detections, the access log, and how logs are formatted.

* Audit (logger ``guardproxy.audit``): one record per detected region, with the request id,
  policy, rule, channel kind, action, mode, offsets, length and an HMAC-SHA256 of the matched
  text under the operator's key (``--audit-key``), never the text: equal leaks can be
  correlated across requests without the log holding what leaked. ``rules`` lists every rule
  whose span is in the region (``rule``, whose marker the client saw, first), each with its
  own match's offsets and HMAC.
* Access (logger ``guardproxy.access``): one record per request when its response ends:
  request id, method, route name, path (never the query string or a body), status, duration,
  upstream time to first byte, bytes sent, policy and number of detections. The request id
  goes back to the client as the response's ``X-Request-ID``, whatever the response.
* ``configure_logging(level, "text" | "json")``: JSON lines (one object per record, the
  structured fields at the top level) or text lines that end with the fields as JSON.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
import sys
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

import orjson

from guardproxy.codecs.openai_chat import openai_error_body

if TYPE_CHECKING:
    from guardproxy.metrics import UpstreamClock
    from guardproxy.policy_compile import CompiledPolicy
    from guardproxy.sanitizer import Region

__all__ = [
    "AccessEntry",
    "AccessLog",
    "AuditLog",
    "JsonFormatter",
    "TextFormatter",
    "access_entry",
    "configure_logging",
    "request_id",
    "with_request_id",
]

audit_log = logging.getLogger("guardproxy.audit")
access_log = logging.getLogger("guardproxy.access")

LogFormat = Literal["text", "json"]
Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]],
                    Callable[[Message], Awaitable[None]]], Awaitable[None]]

# A client's X-Request-ID is kept only if it looks like an id: anything else could be long,
# or carry text meant for the log, or a header of its own once echoed; it is replaced by a
# fresh one, which is then the id the upstream, the logs and the client's response all see.
REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")
REQUEST_ID_HEADER = b"x-request-id"
MAX_LOGGED_PATH = 256


class AuditLog:
    """Writes detections to the audit log, the matched text only as a keyed hash.

    Without a key each process draws a random one: hashes then correlate within a process
    only. With a shared key (``--audit-key``) they correlate across replicas and restarts;
    whoever holds the key can test a guess of the text against a hash, so keep it secret.
    A region longer than ``sanitizer.REGION_TEXT_LIMIT`` characters is hashed by its first
    ones (``length`` is always the whole region's).
    """

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or secrets.token_bytes(32)

    def digest(self, text: str) -> str:
        data = text.encode("utf-8", "surrogatepass")
        return hmac.new(self._key, data, hashlib.sha256).hexdigest()

    def detection(
        self, request_id: str, route: str, policy: CompiledPolicy, channel: str, action: str,
        region: Region,
    ) -> None:
        if not audit_log.isEnabledFor(logging.INFO):
            return  # nobody reads it: skip the hash
        fields = {
            "event": "detection", "request_id": request_id, "route": route,
            "policy": policy.name, "policy_hash": policy.digest,
            "rule": policy.rule_id(region.rule), "channel": channel, "action": action,
            "mode": "shadow" if region.shadow else "enforce", "start": region.start,
            "end": region.end, "length": region.end - region.start,
            "match_hmac": self.digest(region.text),
            # Every rule whose span is in the region (the marker's first), each with its own
            # match's offsets and hash: a quote inside a sentence another rule took whole is
            # recorded under its own rule too.
            "rules": [self._part(policy, region, index) for index in region.rules()],
        }
        audit_log.info("detection", extra={"fields": fields})

    def _part(self, policy: CompiledPolicy, region: Region, index: int) -> dict[str, object]:
        start, end = region.parts.get(index, (region.start, region.end))
        return {"rule": policy.rule_id(index), "start": start, "end": end,
                "match_hmac": self.digest(region.part_text(index))}


@dataclass(slots=True)
class AccessEntry:
    """One request's access-log line, filled in by whoever handles it."""

    request_id: str
    method: str
    path: str
    route: str | None = None  # a fixed route name, set by the handler
    policy: str | None = None
    upstream: UpstreamClock | None = None  # when the request went upstream
    detections: int = 0


def request_id(headers: list[tuple[bytes, bytes]]) -> str:
    """The client's X-Request-ID when it looks like one, else a fresh id."""
    for key, value in headers:
        if key.lower() == REQUEST_ID_HEADER:
            text = value.decode("latin-1")
            if REQUEST_ID.fullmatch(text):
                return text
            break
    return uuid.uuid4().hex


def access_entry(scope: Scope) -> AccessEntry:
    """The entry ``AccessLog`` made for this request (a detached one without it)."""
    entry = scope.get("state", {}).get("access")
    if isinstance(entry, AccessEntry):
        return entry
    return AccessEntry(request_id(scope.get("headers", [])), scope.get("method", ""),
                       _path(scope))


def _path(scope: Scope) -> str:
    return str(scope.get("path", ""))[:MAX_LOGGED_PATH]


def with_request_id(headers: Iterable[tuple[bytes, bytes]],
                    ident: str) -> list[tuple[bytes, bytes]]:
    """``headers`` with ``ident`` as their one X-Request-ID (any other one dropped)."""
    return [*((k, v) for k, v in headers if k.lower() != REQUEST_ID_HEADER),
            (REQUEST_ID_HEADER, ident.encode("ascii"))]


class AccessLog:
    """ASGI middleware: one access record per HTTP request, when its response has ended (or
    the client went away), with the status and body bytes actually sent; every response
    carries the request's id back in ``X-Request-ID`` (an upstream's own is replaced: the
    client gets the id its request was logged under)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        entry = AccessEntry(request_id(scope["headers"]), scope["method"], _path(scope))
        scope.setdefault("state", {})["access"] = entry
        started = time.perf_counter()
        sent = {"status": 0, "bytes": 0}

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                sent["status"] = message["status"]
                message = {**message, "headers": with_request_id(message.get("headers", ()),
                                                                  entry.request_id)}
            elif message["type"] == "http.response.body":
                sent["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        except Exception:
            if not sent["status"]:  # answered here, with the id, rather than by the server
                await _internal_error(counting_send)
            raise  # still logged by the server, as any crash
        except BaseException:
            sent["status"] = sent["status"] or 500  # what the server answers for it
            raise
        finally:
            _log_access(entry, scope, sent["status"], sent["bytes"],
                        time.perf_counter() - started)


async def _internal_error(send: Callable[[Message], Awaitable[None]]) -> None:
    """A 500 in the OpenAI error format (the proxy's format where it knows no other), which
    says nothing of what failed."""
    body = orjson.dumps(openai_error_body(500, "internal error", "guardproxy_error"))
    await send({"type": "http.response.start", "status": 500, "headers": [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


def _log_access(entry: AccessEntry, scope: Scope, status: int, sent: int,
                duration: float) -> None:
    if not access_log.isEnabledFor(logging.INFO):
        return
    # Not forwarded (the probes): the route's name, as the router matched it.
    route = entry.route or getattr(scope.get("route"), "name", None) or "unmatched"
    ttfb = entry.upstream.ttfb if entry.upstream is not None else None
    fields = {
        "event": "access", "request_id": entry.request_id, "method": entry.method,
        "route": route, "path": entry.path, "status": status, "bytes_sent": sent,
        "duration_s": round(duration, 6),
        "upstream_ttfb_s": None if ttfb is None else round(ttfb, 6),
        "policy": entry.policy, "detections": entry.detections,
    }
    access_log.info("access", extra={"fields": fields})


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time, level, logger, message, then structured fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(), "logger": record.name,
            "message": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return orjson.dumps(entry, default=str).decode()


class TextFormatter(logging.Formatter):
    """``time LEVEL logger message``, then a record's structured fields as one JSON object."""

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(name)s %(message)s")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            line += " " + orjson.dumps(fields, default=str).decode()
        return line


def configure_logging(level: str, fmt: LogFormat = "text") -> None:
    """Log to standard error at ``level`` in ``fmt``, for guardproxy and the libraries below."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    logging.basicConfig(level=level.upper(), handlers=[handler])
