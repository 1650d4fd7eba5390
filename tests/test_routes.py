"""Routes are an allow-list (routes.py): the table itself, refusals in every API's format
(through the real SDKs), the shipped spellings of each codec route, operator routes, the native
generation codecs, and admin routes that never reach the upstream."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anthropic
import httpx
import openai
import pytest
from conftest import Script
from hypothesis import given, settings
from hypothesis import strategies as st
from leaky import (
    ANSWER,
    DONE,
    REASONING,
    SYSTEM_PROMPT,
    chat_request,
    completion,
    leaked_runs,
    leaking_stream,
    sse,
    words,
)
from pydantic import ValidationError

from guardproxy.config import Settings
from guardproxy.proxy import _route_path
from guardproxy.routes import (
    CODECS,
    DEFAULT_ROUTES,
    RouteError,
    RouteTable,
    by_body,
    parse_route,
)

HTTP = httpx.Client(timeout=30, trust_env=False)
JSON = "application/json"
NDJSON = "application/x-ndjson"


def chatml(system: str, user: str = "Can I check out late tomorrow?") -> str:
    return (f"<|im_start|>system\n{system}<|im_end|>\n<|im_start|>user\n{user}<|im_end|>\n"
            "<|im_start|>assistant\n")


# --- the table ---------------------------------------------------------------------------


@pytest.mark.parametrize(("line", "problem"), [
    ("GET /v1/foo", "three words"),
    ("GET /v1/foo forward extra", "three words"),
    ("FETCH /v1/foo forward", "unknown method ['FETCH']"),
    ("GET v1/foo forward", "must start with `/`"),
    ("GET /v1/{foo forward", "`{foo` is not a `{name}` placeholder"),
    ("GET /v1/{} forward", "`{}` is not a `{name}` placeholder"),
    ("GET /v1/../foo forward", "dot segments"),
    ("GET /v1/foo frward", "unknown action 'frward'"),
    ("GET /v1/foo retrieve:nothing", "unknown action 'retrieve:nothing'"),
    ("GET /v1/foo forward:chat_completions", "unknown action"),
])
def test_bad_route_lines_are_rejected_naming_the_problem(line: str, problem: str) -> None:
    with pytest.raises(RouteError, match=None) as info:
        parse_route(line)
    assert problem in str(info.value) and repr(line) in str(info.value)


def test_settings_reject_a_bad_route_naming_its_index() -> None:
    with pytest.raises(ValidationError) as info:
        Settings(routes=("GET /ok forward", "GET /v1/foo frward"))
    assert "routes[1]: 'GET /v1/foo frward': unknown action 'frward'" in str(info.value)


def test_every_shipped_route_parses() -> None:
    table = RouteTable.of()
    assert len(table.routes) == len(DEFAULT_ROUTES)


@pytest.mark.parametrize(("method", "path", "status", "action", "params"), [
    ("POST", "/v1/chat/completions", 200, "chat_completions", {}),
    ("POST", "/chat/completions", 200, "chat_completions", {}),
    ("POST", "/openai/v1/chat/completions", 200, "chat_completions", {}),
    ("POST", "/openai/deployments/gpt/chat/completions", 200, "chat_completions",
     {"deployment": "gpt"}),
    ("POST", "/completions", 200, "completions", {}),
    ("POST", "/completion", 200, "llamacpp_completion", {}),
    ("POST", "/generate", 200, "generate", {}),
    ("POST", "/invocations", 200, "invocations", {}),
    ("POST", "/v1/messages", 200, "anthropic_messages", {}),
    ("GET", "/v1/models/m-1", 200, "forward", {"id": "m-1"}),
    ("HEAD", "/health", 200, "forward", {}),
    ("GET", "/v1/responses/resp_1", 200, "retrieve", {"id": "resp_1"}),
    ("GET", "/v1/chat/completions", 200, "retrieve", {}),
    ("POST", "/api/pull", 200, "refuse", {}),
    ("GET", "/v1/files", 404, None, {}),
    ("PUT", "/v1/chat/completions", 405, None, {}),
    ("DELETE", "/v1/responses/resp_1", 405, None, {}),
])
def test_the_shipped_table(
    method: str, path: str, status: int, action: str | None, params: dict[str, str]
) -> None:
    match = RouteTable.of().match(method, path)
    assert match.status == status
    assert (match.route.action if match.route else None) == action
    assert match.params == params


def test_operator_routes_come_first() -> None:
    table = RouteTable.of(["POST /api/show forward", "POST /v1/chat/completions refuse"])
    assert table.match("POST", "/api/show").route == parse_route("POST /api/show forward")
    assert table.match("POST", "/v1/chat/completions").route.action == "refuse"  # type: ignore[union-attr]
    assert table.match("GET", "/v1/chat/completions").route.action == "retrieve"  # type: ignore[union-attr]


@pytest.mark.parametrize(("action", "body", "codec"), [
    ("generate", {"inputs": "hi", "parameters": {}}, "tgi_generate"),
    ("generate", {"text": "hi", "sampling_params": {}}, "sglang_generate"),
    ("generate", {"input_ids": [1, 2]}, "sglang_generate"),
    ("generate", {"messages": []}, None),
    ("invocations", {"messages": [{"role": "user", "content": "hi"}]}, "chat_completions"),
    ("invocations", {"prompt": "hi"}, "completions"),
    ("invocations", {"inputs": "hi"}, "tgi_generate"),
    ("invocations", {"nothing": 1}, None),
    ("invocations", [1], None),
])
def test_by_body_picks_the_codec_by_shape(action: str, body: Any, codec: str | None) -> None:
    assert by_body(action, body) == codec


# --- refusals, in each API's format -----------------------------------------------------


@pytest.mark.parametrize(("method", "path", "status", "shape"), [
    ("GET", "/v1/files", 404, "openai"),
    ("POST", "/v1/batches", 404, "openai"),
    ("POST", "/v1/load_lora_adapter", 403, "openai"),
    ("GET", "/slots", 403, "openai"),
    ("POST", "/props", 403, "openai"),
    ("PUT", "/v1/chat/completions", 405, "openai"),
    ("GET", "/v1/completions", 405, "openai"),
    ("GET", "/v1/embeddings", 404, "openai"),
    ("POST", "/v1/messages/batches", 404, "anthropic"),
    ("GET", "/v1/messages", 405, "anthropic"),
    ("POST", "/api/pull", 403, "ollama"),
    ("DELETE", "/api/delete", 403, "ollama"),
    ("POST", "/api/create", 403, "ollama"),
    ("POST", "/api/push", 403, "ollama"),
    ("POST", "/api/copy", 403, "ollama"),
    ("POST", "/api/show", 403, "ollama"),
    ("POST", "/api/embed", 404, "ollama"),
    ("GET", "/api/chat", 405, "ollama"),
    ("GET", "/v1/x/../../api/pull", 403, "ollama"),  # the path as the upstream routes it
])
def test_requests_no_route_allows_never_reach_the_upstream(
    proxy_for: Callable[..., str], method: str, path: str, status: int, shape: str
) -> None:
    script = Script([b"{}"], content_type=JSON)
    base = proxy_for(script)
    reply = HTTP.request(method, base + path, json={"model": "m", "name": "llama3"})
    assert reply.status_code == status
    body = reply.json()
    if shape == "openai":
        assert body["error"]["code"] == status and body["error"]["message"]
    elif shape == "anthropic":
        assert body["type"] == "error" and body["error"]["message"]
    else:
        assert list(body) == ["error"] and isinstance(body["error"], str)
    if status == 405:
        assert reply.headers["allow"]
    assert script.requests == []


def test_refusals_through_the_openai_sdk(proxy_for: Callable[..., str]) -> None:
    script = Script([b"{}"], content_type=JSON)
    base = proxy_for(script)
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           http_client=HTTP)
    with pytest.raises(openai.NotFoundError, match="no such route"):
        client.files.list()
    with pytest.raises(openai.PermissionDeniedError, match="not served by the proxy"):
        client.post("/load_lora_adapter", cast_to=object, body={"lora_name": "x"})
    with pytest.raises(openai.PermissionDeniedError, match="stored objects are not served"):
        client.responses.retrieve("resp_1")
    assert script.requests == []


def test_refusals_through_the_anthropic_sdk(proxy_for: Callable[..., str]) -> None:
    script = Script([b"{}"], content_type=JSON)
    base = proxy_for(script, routes=("POST /v1/messages/count_tokens refuse",))
    client = anthropic.Anthropic(base_url=base, api_key="sk-ant", max_retries=0, timeout=30)
    with pytest.raises(anthropic.PermissionDeniedError, match="not served by the proxy"):
        client.messages.count_tokens(model="m", messages=[{"role": "user", "content": "hi"}])
    with pytest.raises(anthropic.NotFoundError, match="no such route"):
        client.messages.batches.list()
    assert script.requests == []


SEGMENTS = ["v1", "api", "chat", "completions", "completion", "models", "pull", "responses",
            "messages", "slots", "openai", "generate", "x", "..", ".", "", "%2e%2e", "%2F"]


def test_only_what_the_table_allows_reaches_the_upstream(proxy_for: Callable[..., str]) -> None:
    """Whatever the spelling, a request reaches the upstream only if the table, reading the
    path as the upstream routes it, allows it; anything else is answered 400, 403, 404 or 405
    (400: a by-body route the body fits no codec of)."""
    script = Script([b"{}"], content_type=JSON)
    base = proxy_for(script)
    table = RouteTable.of()

    @settings(max_examples=80, deadline=None)
    @given(method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]),
           segments=st.lists(st.sampled_from(SEGMENTS), min_size=1, max_size=5))
    def check(method: str, segments: list[str]) -> None:
        script.requests.clear()
        path = "/" + "/".join(segments)
        reply = HTTP.request(method, base + path, json={"model": "m", "messages": []})
        route = table.match(method, _route_path(httpx.URL(base + path).path)).route
        allowed = route is not None and (route.action in ("forward", "invocations")
                                         or route.action in CODECS)
        if script.requests:
            assert allowed, (method, path)
        if not allowed:
            assert script.requests == [], (method, path)
            assert reply.status_code in (400, 403, 404, 405), (method, path)

    check()


# --- shipped spellings and operator routes ----------------------------------------------


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/chat/completions",
                                  "/openai/v1/chat/completions",
                                  "/openai/deployments/gpt-4o/chat/completions",
                                  "/invocations"])
def test_each_chat_spelling_is_sanitized(proxy_for: Callable[..., str], path: str) -> None:
    script = Script(leaking_stream())
    base = proxy_for(script)
    reply = HTTP.post(base + path, json=chat_request())
    assert reply.status_code == 200
    assert leaked_runs(reply.text) == []
    assert "[redacted:system-prompt]" in reply.text
    assert script.requests[0].path == path


def test_the_openai_sdk_without_v1_in_its_base_url(proxy_for: Callable[..., str]) -> None:
    """`base_url` without `/v1`: the SDK posts to `/chat/completions`, sanitized too."""
    script = Script([completion()], content_type=JSON)
    base = proxy_for(script)
    client = openai.OpenAI(base_url=base, api_key="sk-test", max_retries=0, http_client=HTTP)
    result = client.chat.completions.create(**chat_request(stream=False))
    reasoning = result.choices[0].message.model_extra["reasoning"]  # type: ignore[index]
    assert leaked_runs(reasoning) == [] and "[redacted:system-prompt]" in reasoning
    assert result.choices[0].message.content == ANSWER
    assert script.requests[0].path == "/chat/completions"


def test_configured_routes(proxy_for: Callable[..., str]) -> None:
    """An operator's forward route is relayed as it is; a codec route on a new path is
    sanitized; an operator's refusal overrides a shipped route."""
    script = Script(leaking_stream())
    base = proxy_for(script, routes=("GET /v1/foo/{id} forward",
                                     "POST /v2/chat chat_completions",
                                     "GET /v1/models refuse"))
    forwarded = HTTP.get(base + "/v1/foo/7?x=1")
    assert forwarded.content == b"".join(leaking_stream())  # the operator's decision
    sanitized = HTTP.post(base + "/v2/chat", json=chat_request())
    assert leaked_runs(sanitized.text) == [] and "[redacted:system-prompt]" in sanitized.text
    assert HTTP.get(base + "/v1/models").status_code == 403
    assert [(r.method, r.path) for r in script.requests] == [("GET", "/v1/foo/7"),
                                                            ("POST", "/v2/chat")]


def test_a_body_no_codec_reads_is_refused(proxy_for: Callable[..., str]) -> None:
    script = Script([b"{}"], content_type=JSON)
    reply = HTTP.post(proxy_for(script) + "/generate", json={"messages": []})
    assert reply.status_code == 400 and script.requests == []


# --- native generation routes -----------------------------------------------------------

PROMPT = chatml(SYSTEM_PROMPT)


def llamacpp_events() -> list[bytes]:
    events = [sse({"content": w, "stop": False, "id_slot": 0, "tokens": [1]})
              for w in words(REASONING)]
    final = {"content": "", "stop": True, "stop_type": "eos", "prompt": PROMPT,
             "generation_settings": {"n_predict": 64}, "tokens": [], "model": "m"}
    return [*events, sse(final)]


def sglang_events() -> list[bytes]:
    pieces = words(REASONING)
    events = [sse({"text": "".join(pieces[:i + 1]), "meta_info": {"id": "g1",
                                                                 "finish_reason": None}})
              for i in range(len(pieces))]
    events[-1] = sse({"text": REASONING, "meta_info": {"id": "g1",
                                                        "finish_reason": {"type": "stop"}}})
    return [*events, DONE]


def tgi_events() -> list[bytes]:
    pieces = words(REASONING)
    events = [sse({"index": i, "token": {"id": i, "text": p, "logprob": -0.1, "special": False},
                   "generated_text": None, "details": None})
              for i, p in enumerate(pieces)]
    last = {"index": len(pieces), "token": {"id": 2, "text": "", "logprob": 0, "special": True},
            "generated_text": REASONING, "details": {"finish_reason": "eos_token",
                                                     "tokens": [{"text": REASONING}]}}
    return [*events, sse(last)]


def stream_texts(raw: bytes, path: tuple[str, ...]) -> list[str]:
    out = []
    for line in raw.decode().splitlines():
        if line.startswith("data: {"):
            value: Any = json.loads(line[6:])
            for key in path:
                value = value.get(key) if isinstance(value, dict) else None
            if isinstance(value, str):
                out.append(value)
    return out


@pytest.mark.parametrize(("path", "body", "events", "text_path", "cumulative"), [
    ("/completion", {"prompt": PROMPT, "stream": True}, llamacpp_events(), ("content",), False),
    ("/completions", {"prompt": PROMPT, "stream": True}, llamacpp_events(), ("content",), False),
    ("/generate", {"text": PROMPT, "stream": True}, sglang_events(), ("text",), True),
    ("/generate_stream", {"inputs": PROMPT}, tgi_events(), ("token", "text"), False),
])
def test_native_streams_are_sanitized(
    proxy_for: Callable[..., str], path: str, body: dict[str, Any], events: list[bytes],
    text_path: tuple[str, ...], cumulative: bool,
) -> None:
    """The system section of the chat-template prompt is protected; the text stays in the
    native shape (SGLang's cumulative, TGI's `generated_text` the whole released text)."""
    routes = ("POST /completions llamacpp_completion",) if path == "/completions" else ()
    script = Script(events)
    base = proxy_for(script, routes=routes)
    reply = HTTP.post(base + path, json=body)
    assert reply.status_code == 200
    texts = stream_texts(reply.content, text_path)
    text = texts[-1] if cumulative else "".join(texts)
    assert leaked_runs(reply.text) == []
    assert "[redacted:system-prompt]" in text
    assert text.startswith("The guest asks whether a late checkout is possible tomorrow.")
    assert text.endswith("so I can offer that.")
    if path == "/generate_stream":
        assert stream_texts(reply.content, ("generated_text",)) == [text]
    for withheld in ('"tokens"', '"prompt"', '"details"'):
        assert withheld not in reply.text


@pytest.mark.parametrize(("path", "request_body", "response", "text_of"), [
    ("/completion", {"prompt": PROMPT}, {"content": REASONING, "stop": True, "prompt": PROMPT},
     lambda v: v["content"]),
    ("/generate", {"inputs": PROMPT}, {"generated_text": REASONING,
                                       "details": {"tokens": [{"text": "x"}]}},
     lambda v: v["generated_text"]),
    ("/generate", {"text": PROMPT}, {"text": REASONING, "meta_info": {"id": "g"}},
     lambda v: v["text"]),
    ("/invocations", {"inputs": PROMPT}, [{"generated_text": REASONING}],
     lambda v: v[0]["generated_text"]),
])
def test_native_whole_bodies_are_sanitized(
    proxy_for: Callable[..., str], path: str, request_body: dict[str, Any], response: Any,
    text_of: Callable[[Any], str],
) -> None:
    script = Script([json.dumps(response).encode()], content_type=JSON)
    reply = HTTP.post(proxy_for(script) + path, json=request_body)
    assert reply.status_code == 200
    text = text_of(reply.json())
    assert "[redacted:system-prompt]" in text and leaked_runs(reply.text) == []
    assert '"prompt"' not in reply.text and '"details"' not in reply.text


def test_other_strings_of_a_native_event_are_scanned(proxy_for: Callable[..., str]) -> None:
    """A field the codec does not know is scanned, never forwarded as it came."""
    event = sse({"content": "Sure.", "stop": True, "note": f"{SYSTEM_PROMPT}"})
    script = Script([event])
    reply = HTTP.post(proxy_for(script) + "/completion",
                      json={"prompt": PROMPT, "stream": True})
    assert leaked_runs(reply.text) == []
    assert stream_texts(reply.content, ("content",)) == ["Sure."]


def test_native_error_events_are_scanned(proxy_for: Callable[..., str]) -> None:
    error = sse({"error": {"code": 500, "message": f"bad prompt: {SYSTEM_PROMPT}"}})
    script = Script([sse({"content": "Hello", "stop": False}), error])
    reply = HTTP.post(proxy_for(script) + "/completion", json={"prompt": PROMPT, "stream": True})
    assert leaked_runs(reply.text) == []
    assert "Hello" in reply.text and "bad prompt" in reply.text


# --- the Ollama developer role ----------------------------------------------------------


def test_ollama_developer_messages_are_protected(proxy_for: Callable[..., str]) -> None:
    lines = [json.dumps({"model": "m", "created_at": "t", "done": False,
                         "message": {"role": "assistant", "content": "", "thinking": w}})
             .encode() + b"\n" for w in words(REASONING)]
    lines.append(json.dumps({"model": "m", "created_at": "t", "done": True,
                             "message": {"role": "assistant", "content": ANSWER}}).encode()
                 + b"\n")
    script = Script(lines, content_type=NDJSON)
    request = {"model": "m", "messages": [{"role": "developer", "content": SYSTEM_PROMPT},
                                          {"role": "user", "content": "late checkout?"}]}
    reply = HTTP.post(proxy_for(script) + "/api/chat", json=request)
    assert reply.status_code == 200
    assert leaked_runs(reply.text) == [] and "[redacted:system-prompt]" in reply.text
    assert ANSWER in reply.text


def test_the_openai_sdk_completions_without_v1(proxy_for: Callable[..., str]) -> None:
    """`/completions` (the SDK's spelling with a base URL without `/v1`): the OpenAI codec,
    the chat-template system section of the prompt protected."""
    body = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "m",
            "choices": [{"index": 0, "text": REASONING, "finish_reason": "stop",
                         "logprobs": None}]}
    script = Script([json.dumps(body).encode()], content_type=JSON)
    client = openai.OpenAI(base_url=proxy_for(script), api_key="sk-test", max_retries=0,
                           http_client=HTTP)
    result = client.completions.create(model="m", prompt=PROMPT)
    assert "[redacted:system-prompt]" in result.choices[0].text
    assert leaked_runs(result.choices[0].text) == []
    assert script.requests[0].path == "/completions"
