"""The wire, for every API's tests: JSON as model servers write it, SSE read back by an
independent parser, NDJSON lines, posting through the proxy with raw httpx or the `openai`
SDK on one shared client, and the ways an upstream's bytes can be cut into reads.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import httpx
import openai

from guardproxy.replay import has_mark, unmarked

# One client for every test: building one (its TLS context) costs more than a test.
HTTP = httpx.Client(timeout=30, trust_env=False)


def dumps(obj: Any) -> bytes:
    """Compact JSON with raw UTF-8, as vLLM and llama.cpp write it."""
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass
class Event:
    fields: list[tuple[str, str]]

    @property
    def data(self) -> str | None:
        values = [v for k, v in self.fields if k == "data"]
        return "\n".join(values) if values else None

    def field(self, name: str) -> str | None:
        return next((v for k, v in self.fields if k == name), None)


def parse_sse(raw: bytes) -> list[Event]:
    """An independent, minimal SSE parser (the WHATWG rules the SDK follows)."""
    *lines, _unterminated = re.split(r"\r\n|\r|\n", raw.decode("utf-8"))
    events: list[Event] = []
    fields: list[tuple[str, str]] = []
    for line in lines:
        if not line:
            if fields:
                events.append(Event(fields))
            fields = []
            continue
        name, _, value = line.partition(":")
        fields.append((name, value.removeprefix(" ")))
    return events


def sdk(base: str, api_key: str = "EMPTY") -> openai.OpenAI:
    """The official OpenAI client, on the shared connection pool, never retrying. Its key is
    vLLM's placeholder: no replay scope, so what it receives is the sanitized text exactly
    (replay tests pass a key that names a client, and strip the nonce: ``unmark``)."""
    return openai.OpenAI(base_url=base + "/v1", api_key=api_key, max_retries=0, timeout=30,
                         http_client=HTTP)


def named(payload: dict[str, Any], *, pad: str = "") -> bytes:
    """An SSE event named after its `type` (Anthropic, Responses); ``pad`` is whitespace put
    before the closing brace, as real Anthropic captures have."""
    data = dumps(payload)
    if pad:
        data = data[:-1] + pad.encode() + b"}"
    return b"event: " + str(payload["type"]).encode() + b"\ndata: " + data + b"\n\n"


def ndjson(obj: dict[str, Any]) -> bytes:
    return dumps(obj) + b"\n"


@dataclass
class Reply:
    status: int
    headers: httpx.Headers
    raw: bytes

    def events(self) -> list[tuple[str | None, dict[str, Any]]]:
        """Each SSE event's name and JSON data (`[DONE]` left out)."""
        return [(e.field("event"), json.loads(e.data)) for e in parse_sse(self.raw)
                if e.data is not None and e.data != "[DONE]"]

    def lines(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.raw.splitlines() if line.strip()]


def post(base: str, path: str, body: dict[str, Any] | bytes,
         headers: dict[str, str] | None = None) -> Reply:
    content = body if isinstance(body, bytes) else dumps(body)
    response = HTTP.post(base + path, content=content,
                         headers={"content-type": "application/json", **(headers or {})})
    return Reply(response.status_code, response.headers, response.content)


# A credential that names a client (not a placeholder such as `Bearer EMPTY`): replay on.
KEYED = {"authorization": "Bearer sk-client-1"}


def unmark(text: str) -> str:
    """A reasoning text the proxy edited under replay, without the nonce it must end with."""
    assert has_mark(text), "an edited text under replay ends with the response's nonce"
    return unmarked(text)


def words(text: str) -> str:
    """Client bytes as text with JSON escapes turned into spaces, for `not in` checks."""
    return re.sub(r'\\[nrt"\\/]', " ", text)


def split_reads(events: list[bytes], how: str) -> list[bytes]:
    """The same bytes cut into reads the way ``how`` names (table-driven framing tests)."""
    if how == "event-per-read":
        return list(events)
    if how == "json-split":
        return [p for e in events for p in (e[: len(e) // 3], e[len(e) // 3 :]) if p]
    if how == "all-in-one":
        return [b"".join(events)]
    if how == "every-7-bytes":
        body = b"".join(events)
        return [body[i : i + 7] for i in range(0, len(body), 7)]
    if how == "utf8-split":
        reads: list[bytes] = []
        for e in events:
            inside = [i for i, b in enumerate(e) if 0x80 <= b < 0xC0]
            reads.extend([e[: inside[0]], e[inside[0] :]] if inside else [e])
        return reads
    if how == "crlf":
        return [e.replace(b"\n", b"\r\n") for e in events]
    raise ValueError(how)


SPLITS = ["event-per-read", "json-split", "all-in-one", "every-7-bytes", "utf8-split"]
