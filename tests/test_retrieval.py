"""Stored objects fetched back, and turns continuing from one (stored_prompts.py and the
proxy's retrieval routes): refused unless the policy allows retrieval; when it does, scanned
with the protected texts of the request that created the object, for the client that created
it only; `previous_response_id` inherits them."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import httpx
import openai
import pytest
from conftest import Script, scripted_upstream
from leaky import (
    ANSWER,
    ENV,
    REASONING,
    SYSTEM_PROMPT,
    chat_request,
    completion,
    leaked_runs,
    leaking_stream,
    sse,
)

from guardproxy.policy_compile import CompiledPolicy
from guardproxy.replay import MemoryReplayStore
from guardproxy.sealing import Sealer
from guardproxy.stored_prompts import StoredPrompts

HTTP = httpx.Client(timeout=30, trust_env=False)
JSON = "application/json"
MARKER = "[redacted:system-prompt]"
KEY = {"authorization": "Bearer sk-one"}


def response_object(text: str, ident: str = "resp_1") -> dict[str, Any]:
    """A Responses object whose answer repeats ``text``; `instructions` null, as a stored
    response of a turn that inherited its prompt shows it."""
    message = {"id": "msg_1", "type": "message", "status": "completed", "role": "assistant",
               "content": [{"type": "output_text", "text": text, "annotations": []}]}
    return {"id": ident, "object": "response", "created_at": 1700000000, "status": "completed",
            "model": "o4-mini", "output": [message], "instructions": None,
            "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}


def by_method(scripts: dict[str, Script]) -> Any:
    """An upstream that plays one script per method (a create, then a fetch)."""
    apps = {method: scripted_upstream(script) for method, script in scripts.items()}
    first = next(iter(apps.values()))

    async def app(
        scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
        send: Callable[[Any], Awaitable[None]],
    ) -> None:
        await (first if scope["type"] == "lifespan" else apps[scope["method"]])(
            scope, receive, send)

    return app


@pytest.fixture
def allowing(policy_file: Callable[[str], CompiledPolicy],
             default_policy_text: str) -> CompiledPolicy:
    return policy_file(default_policy_text + "\nretrieval: allow\n")


@pytest.fixture
def through(
    serve: Callable[..., str], proxy_for: Callable[..., str], allowing: CompiledPolicy
) -> Callable[..., str]:
    """``through(scripts, **settings)``: the proxy, allowing retrieval, in front of them."""
    return lambda scripts, **settings: proxy_for(serve(by_method(scripts)), policy=allowing,
                                                 **settings)


# --- refused by default --------------------------------------------------------------------


@pytest.mark.parametrize("path", [
    "/v1/responses/resp_1", "/v1/responses/resp_1/input_items", "/v1/chat/completions",
    "/v1/chat/completions/chatcmpl-7", "/v1/chat/completions/chatcmpl-7/messages",
    "/responses/resp_1", "/openai/v1/chat/completions/chatcmpl-7",
])
def test_retrieval_is_refused_by_default(proxy_for: Callable[..., str], path: str) -> None:
    script = Script([json.dumps(response_object(REASONING)).encode()], content_type=JSON)
    reply = HTTP.get(proxy_for(script) + path)
    assert reply.status_code == 403
    assert reply.json()["error"]["type"] == "guardproxy_refused"
    assert script.requests == []


# --- allowed: scanned with the creating request's prompt ----------------------------------


@pytest.mark.parametrize("stream", [False, True])
def test_a_stored_chat_completion_is_scanned_with_its_creating_prompt(
    through: Callable[..., str], stream: bool
) -> None:
    """Created with `store: true` (the prompt kept under `chatcmpl-7`), fetched back with the
    original's leak: redacted, though the fetch carries no prompt."""
    created = Script(leaking_stream() if stream else [completion()],
                     content_type="text/event-stream" if stream else JSON)
    stored = Script([completion()], content_type=JSON)
    base = through({"POST": created, "GET": stored})
    first = HTTP.post(base + "/v1/chat/completions", headers=KEY,
                      json={**chat_request(stream=stream), "store": True})
    assert first.status_code == 200 and leaked_runs(first.text) == []
    reply = HTTP.get(base + "/v1/chat/completions/chatcmpl-7", headers=KEY)
    assert reply.status_code == 200
    message = reply.json()["choices"][0]["message"]
    assert MARKER in message["reasoning"] and leaked_runs(reply.text) == []
    assert message["content"] == ANSWER


def test_another_client_cannot_fetch_it(through: Callable[..., str]) -> None:
    """The kept prompt opens only with the creating client's credentials: another key gets
    a refusal, not an unscanned object."""
    stored = Script([completion()], content_type=JSON)
    base = through({"POST": Script([completion()], content_type=JSON), "GET": stored})
    HTTP.post(base + "/v1/chat/completions", headers=KEY,
              json={**chat_request(stream=False), "store": True})
    other = HTTP.get(base + "/v1/chat/completions/chatcmpl-7",
                     headers={"authorization": "Bearer sk-two"})
    assert other.status_code == 403
    assert leaked_runs(other.text) == []
    assert HTTP.get(base + "/v1/chat/completions/chatcmpl-8", headers=KEY).status_code == 403


def test_without_store_true_nothing_is_kept(through: Callable[..., str]) -> None:
    stored = Script([completion()], content_type=JSON)
    base = through({"POST": Script([completion()], content_type=JSON), "GET": stored})
    HTTP.post(base + "/v1/chat/completions", headers=KEY, json=chat_request(stream=False))
    assert HTTP.get(base + "/v1/chat/completions/chatcmpl-7", headers=KEY).status_code == 403


def test_messages_and_list_routes_are_scanned_whole(through: Callable[..., str]) -> None:
    """`.../messages` (the stored prompt itself) and the list route: every string scanned
    with the prompts of the objects they show."""
    messages = {"object": "list", "data": [
        {"id": "chatcmpl-7-0", "role": "system", "content": SYSTEM_PROMPT},
        {"id": "chatcmpl-7-1", "role": "user", "content": "Can I check out late?"}]}
    listing = {"object": "list", "data": [json.loads(completion())]}
    for path, body, kept in [
            ("/v1/chat/completions/chatcmpl-7/messages", messages, "Can I check out late?"),
            ("/v1/chat/completions", listing, ANSWER)]:
        stored = Script([json.dumps(body).encode()], content_type=JSON)
        base = through({"POST": Script([completion()], content_type=JSON), "GET": stored})
        HTTP.post(base + "/v1/chat/completions", headers=KEY,
                  json={**chat_request(stream=False), "store": True})
        reply = HTTP.get(base + path, headers=KEY)
        assert reply.status_code == 200, path
        assert leaked_runs(reply.text) == [] and MARKER in reply.text, path
        assert kept in reply.text


def test_a_stored_response_through_the_sdk(through: Callable[..., str]) -> None:
    """Responses store by default: created with `instructions`, fetched back by the SDK."""
    body = json.dumps(response_object(REASONING)).encode()
    base = through({"POST": Script([body], content_type=JSON),
                    "GET": Script([body], content_type=JSON)})
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-one", max_retries=0,
                           http_client=HTTP)
    created = client.responses.create(model="o4-mini", instructions=SYSTEM_PROMPT,
                                      input="Late checkout?")
    assert leaked_runs(created.output_text) == []
    fetched = client.responses.retrieve("resp_1")
    assert MARKER in fetched.output_text and leaked_runs(fetched.output_text) == []


def test_a_streamed_response_keeps_its_prompt_under_the_id_it_announces(
    through: Callable[..., str]
) -> None:
    created = {"type": "response.created", "sequence_number": 0,
               "response": {**response_object(""), "status": "in_progress", "output": []}}
    done = {"type": "response.completed", "sequence_number": 1,
            "response": response_object("Hello.")}
    events = [f"event: {e['type']}\ndata: {json.dumps(e)}\n\n".encode() for e in (created, done)]
    stored = Script([json.dumps(response_object(REASONING)).encode()], content_type=JSON)
    base = through({"POST": Script(events), "GET": stored})
    HTTP.post(base + "/v1/responses", headers=KEY,
              json={"model": "o4-mini", "instructions": SYSTEM_PROMPT, "input": "hi",
                    "stream": True})
    reply = HTTP.get(base + "/v1/responses/resp_1", headers=KEY)
    assert reply.status_code == 200 and MARKER in reply.text
    assert leaked_runs(reply.text) == []


def test_a_replayed_stream_is_refused(through: Callable[..., str]) -> None:
    stored = Script([sse({"type": "response.created"})])
    base = through({"POST": Script([json.dumps(response_object("x")).encode()],
                                   content_type=JSON), "GET": stored})
    HTTP.post(base + "/v1/responses", headers=KEY, json={"model": "m", "input": "hi"})
    assert HTTP.get(base + "/v1/responses/resp_1?stream=true", headers=KEY).status_code == 502


# --- previous_response_id ------------------------------------------------------------------


def test_a_continued_turn_inherits_the_first_turns_prompt(through: Callable[..., str]) -> None:
    """Turn two sends no instructions: the prompt is the upstream's context now. Its answer
    quoting turn one's prompt is redacted all the same, and turn three inherits it again."""
    first = json.dumps(response_object("Hello.", "resp_1")).encode()
    leak = json.dumps(response_object(REASONING, "resp_2")).encode()
    third = json.dumps(response_object(REASONING, "resp_3")).encode()
    turns = Script([first], content_type=JSON)
    base = through({"POST": turns, "GET": Script([b"{}"], content_type=JSON)})
    HTTP.post(base + "/v1/responses", headers=KEY,
              json={"model": "m", "instructions": SYSTEM_PROMPT, "input": "hi"})
    for previous, body in [("resp_1", leak), ("resp_2", third)]:
        turns.chunks = [body]
        reply = HTTP.post(base + "/v1/responses", headers=KEY,
                          json={"model": "m", "input": "again", "previous_response_id": previous})
        assert reply.status_code == 200
        assert MARKER in reply.text and leaked_runs(reply.text) == []


def test_an_unknown_previous_response_is_refused(through: Callable[..., str]) -> None:
    turns = Script([json.dumps(response_object(REASONING)).encode()], content_type=JSON)
    base = through({"POST": turns})
    reply = HTTP.post(base + "/v1/responses", headers=KEY,
                      json={"model": "m", "input": "again", "previous_response_id": "resp_x"})
    assert reply.status_code == 403 and reply.json()["error"]["type"] == "guardproxy_refused"
    assert turns.requests == []


# --- the store itself -------------------------------------------------------------------


def test_the_store_holds_no_text_and_opens_only_for_its_scope() -> None:
    memory = MemoryReplayStore(max_entries=10, max_bytes=1 << 20)
    prompts = StoredPrompts(memory, Sealer(b"k" * 32), ttl=60)

    async def run() -> None:
        await prompts.keep("scope-a", "resp_1", [SYSTEM_PROMPT])
        assert await prompts.find("scope-a", "resp_1") == [SYSTEM_PROMPT]
        assert await prompts.find("scope-b", "resp_1") is None
        assert await prompts.find("scope-a", "resp_2") is None
        other_key = StoredPrompts(memory, Sealer(b"j" * 32), ttl=60)
        assert await other_key.find("scope-a", "resp_1") is None

    asyncio.run(run())
    [(value, _, _)] = memory._entries.values()
    assert b"Halcyon" not in value and b"KESTREL" not in value and len(value) > 40
    assert ENV["id"] == "chatcmpl-7"  # the id the chat tests fetch back
