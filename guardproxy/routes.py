"""The route table: which requests guardproxy answers, and how. An allow-list: a request no
route allows is answered here and never reaches the upstream.

A route is methods, a path pattern and an action, written as one line
(`POST /v1/chat/completions chat_completions`, `GET,HEAD /v1/models/{id} forward`):

* a codec name (``CODECS``): the response is sanitized by that codec;
* ``generate``, ``invocations``: the codec is picked by the request body's shape (``by_body``):
  SGLang and TGI share `/generate`, and SageMaker's `/invocations` carries whatever the
  container behind it reads;
* ``forward``: relayed unchanged, for responses that carry no model-written text (model lists,
  health). Adding one is an operator's decision that the route's answers need no scanning;
* ``retrieve``: a stored object fetched back (`GET /v1/responses/{id}`); refused unless the
  policy allows retrieval, then scanned with the protected texts of the request that created
  it (``retrieve:<codec>`` reads the object with that codec, plain ``retrieve`` scans every
  string of it);
* ``refuse``: answered 403 (model-server administration, say).

A pattern is a path of segments; `{name}` matches any one segment. A request whose path no
route matches gets 404; one whose path matches but not its method, 405. Operator routes come
before the shipped ones, so they add routes and override shipped ones (the first match wins).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ACTIONS",
    "CODECS",
    "DEFAULT_ROUTES",
    "Match",
    "Route",
    "RouteError",
    "RouteTable",
    "by_body",
    "parse_route",
]

# The codecs a route can name (each codec's `route`, also its metric label).
CODECS = frozenset({
    "chat_completions", "completions", "responses", "anthropic_messages", "ollama_chat",
    "ollama_generate", "llamacpp_completion", "sglang_generate", "tgi_generate",
})
BY_BODY = frozenset({"generate", "invocations"})
ACTIONS = frozenset({"forward", "retrieve", "refuse"}) | CODECS | BY_BODY
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})


def _spellings(path: str) -> list[str]:
    """An OpenAI route as clients and servers spell it: `/v1/x`, `/x` (the openai SDK with a
    base URL without `/v1`; llama.cpp serves both) and `/openai/v1/x` (Groq-style prefixes)."""
    return [f"/v1{path}", path, f"/openai/v1{path}"]


DEFAULT_ROUTES: tuple[str, ...] = (
    *(f"POST {p} chat_completions" for p in [
        *_spellings("/chat/completions"), "/openai/deployments/{deployment}/chat/completions"]),
    # llama.cpp's `/completions` (no /v1) is its native format: map it to
    # `llamacpp_completion` in front of llama-server.
    *(f"POST {p} completions" for p in [
        *_spellings("/completions"), "/openai/deployments/{deployment}/completions"]),
    *(f"POST {p} responses" for p in _spellings("/responses")),
    "POST /v1/messages anthropic_messages",
    "POST /api/chat ollama_chat",
    "POST /api/generate ollama_generate",
    "POST /completion llamacpp_completion",
    "POST /generate generate",
    "POST /generate_stream tgi_generate",
    "POST /invocations invocations",
    # Stored objects: refused unless the policy allows retrieval.
    *(f"GET {p}/{{id}} retrieve:responses" for p in _spellings("/responses")),
    *(f"GET {p}/{{id}}/input_items retrieve" for p in _spellings("/responses")),
    *(f"GET {p} retrieve" for p in _spellings("/chat/completions")),
    *(f"GET {p}/{{id}} retrieve:chat_completions" for p in _spellings("/chat/completions")),
    *(f"GET {p}/{{id}}/messages retrieve" for p in _spellings("/chat/completions")),
    # Read-only, no model-written text: model lists, versions, health.
    *(f"GET,HEAD {p} forward" for p in [*_spellings("/models"), *_spellings("/models/{id}")]),
    *(f"GET,HEAD {p} forward" for p in [
        "/health", "/healthz", "/ping", "/version", "/api/tags", "/api/version", "/api/ps"]),
    # Model-server administration and what shows a server-side prompt: never a client's.
    *(f"GET,POST,DELETE {p} refuse" for p in [
        "/api/pull", "/api/push", "/api/create", "/api/copy", "/api/delete", "/api/show",
        "/slots", "/slots/{id}", "/props", "/v1/load_lora_adapter",
        "/v1/unload_lora_adapter"]),
)


class RouteError(ValueError):
    """A route line that is not `METHODS PATTERN ACTION`; the message names what is wrong."""


@dataclass(frozen=True, slots=True)
class Route:
    methods: frozenset[str]
    segments: tuple[str, ...]  # `{name}` matches any one segment
    action: str  # `forward`, `retrieve`, `refuse`, a codec name or a by-body action
    codec: str | None = None  # `retrieve:<codec>`: the codec that reads the stored object

    def params(self, segments: Sequence[str]) -> dict[str, str] | None:
        """The path's `{name}` values if it matches the pattern, else None."""
        if len(segments) != len(self.segments):
            return None
        found: dict[str, str] = {}
        for pattern, segment in zip(self.segments, segments, strict=True):
            if pattern.startswith("{"):
                found[pattern[1:-1]] = segment
            elif pattern != segment:
                return None
        return found


def parse_route(line: str) -> Route:
    """`GET,HEAD /v1/models/{id} forward` as a ``Route``; ``RouteError`` names the problem."""
    parts = line.split()
    if len(parts) != 3:
        raise RouteError(f"{line!r}: a route is `METHODS PATTERN ACTION`, three words")
    methods_text, pattern, action = parts
    methods = frozenset(m.upper() for m in methods_text.split(","))
    unknown = sorted(methods - METHODS)
    if unknown or not methods_text:
        raise RouteError(f"{line!r}: unknown method {unknown}; one of {sorted(METHODS)}")
    if not pattern.startswith("/"):
        raise RouteError(f"{line!r}: the pattern must start with `/`")
    segments = tuple(s for s in pattern.split("/") if s)
    for segment in segments:
        named = "{" in segment or "}" in segment
        if named and not (segment[0] + segment[-1] == "{}" and segment[1:-1].isidentifier()):
            raise RouteError(f"{line!r}: `{segment}` is not a `{{name}}` placeholder")
        if segment in (".", ".."):
            raise RouteError(f"{line!r}: dot segments are not allowed")
    kind, _, codec = action.partition(":")
    if kind not in ACTIONS or (codec and (kind != "retrieve" or codec not in CODECS)):
        raise RouteError(f"{line!r}: unknown action {action!r}; one of forward, refuse, "
                         f"retrieve, retrieve:<codec>, generate, invocations, or a codec: "
                         f"{', '.join(sorted(CODECS))}")
    return Route(methods, segments, kind, codec or None)


@dataclass(frozen=True, slots=True)
class Match:
    """What the table says of a request: its route (None: refused by the table itself), the
    pattern's values, and the status of a refusal (404 unknown path, 405 wrong method)."""

    route: Route | None
    params: dict[str, str]
    status: int = 200
    allowed: frozenset[str] = frozenset()  # for a 405's `Allow`


class RouteTable:
    """Routes in order: the first whose pattern and methods match a request serves it."""

    def __init__(self, routes: Iterable[Route]) -> None:
        self.routes = tuple(routes)

    @classmethod
    def of(cls, extra: Sequence[str] = ()) -> RouteTable:
        """The operator's routes (lines), then the shipped ones."""
        return cls(parse_route(line) for line in (*extra, *DEFAULT_ROUTES))

    def match(self, method: str, path: str) -> Match:
        """``path`` as the upstream would route it (see proxy._route_path)."""
        segments = [s for s in path.split("/") if s]
        allowed: set[str] = set()
        for route in self.routes:
            params = route.params(segments)
            if params is None:
                continue
            if method in route.methods:
                return Match(route, params)
            allowed |= route.methods
        if allowed:
            return Match(None, {}, 405, frozenset(allowed))
        return Match(None, {}, 404)


def by_body(action: str, payload: Any) -> str | None:
    """The codec a by-body route serves a request with, by the body's shape: TGI's `inputs`,
    SGLang's `text`/`input_ids`, an OpenAI `messages` list or `prompt` (SageMaker containers
    serve any of them at `/invocations`). None: a shape no codec reads."""
    if not isinstance(payload, dict):
        return None
    if "inputs" in payload:
        return "tgi_generate"
    if "text" in payload or "input_ids" in payload:
        return "sglang_generate"
    if action == "invocations" and isinstance(payload.get("messages"), list):
        return "chat_completions"
    if action == "invocations" and "prompt" in payload:
        return "completions"
    return None
