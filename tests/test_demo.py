"""The built-in demo model: what it answers, and how it refuses what it cannot serve (a 400 in
OpenAI's error format, never a traceback), on its own and behind the proxy."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import openai
import pytest
from chat_stream import CHAT

from guardproxy.demo import DEMO_ANSWER, DEMO_SYSTEM_PROMPT, create_demo_upstream

SECRET = b"NIMBUS-7731-ORCHID"  # the error says where the body is wrong, never what it holds

# Bodies that are no chat request, and where the demo says the problem is (`None`: the proxy
# refuses it first, as every body it cannot parse).
BAD_BODIES: dict[str, tuple[bytes, str | None]] = {
    "json-array": (b'[{"role": "user", "content": "hi"}]', "request body"),
    "json-string": (b'"hello"', "request body"),
    "json-number": (b"42", "request body"),
    "json-null": (b"null", "request body"),
    "not-json": (b"model=demo&stream=true", None),
    "truncated-json": (b'{"messages": [', None),
    "messages-not-a-list": (b'{"messages": "hi"}', "messages"),
    "message-not-an-object": (b'{"messages": ["hi"]}', "messages.0"),
    "stream-not-a-boolean": (b'{"messages": [], "stream": "' + SECRET + b'"}', "stream"),
}


@pytest.fixture
def demo(serve: Callable[..., str]) -> str:
    return serve(create_demo_upstream(delay=0))


def assert_openai_error(reply: httpx.Response, where: str | None) -> None:
    assert reply.status_code == 400
    assert reply.headers["content-type"] == "application/json"
    error = reply.json()["error"]
    assert (error["type"], error["code"]) == ("invalid_request_error", 400)
    if where is not None:
        assert error["message"].startswith(f"{where}: ")
    assert "Traceback" not in reply.text and SECRET not in reply.content


def assert_no_traceback(caplog: pytest.LogCaptureFixture) -> None:
    crashes = [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert crashes == []


@pytest.mark.parametrize("case", list(BAD_BODIES))
def test_the_demo_refuses_a_body_that_is_no_chat_request(
    demo: str, caplog: pytest.LogCaptureFixture, case: str,
) -> None:
    body, where = BAD_BODIES[case]
    reply = httpx.post(demo + CHAT, content=body, timeout=10)
    assert_openai_error(reply, where or "request body")
    assert_no_traceback(caplog)


@pytest.mark.parametrize("case", list(BAD_BODIES))
def test_the_proxy_in_front_of_the_demo_answers_400_too(
    demo: str, proxy_for: Callable[..., str], caplog: pytest.LogCaptureFixture, case: str,
) -> None:
    body, where = BAD_BODIES[case]
    reply = httpx.post(proxy_for(demo) + CHAT, content=body, timeout=10,
                       headers={"content-type": "application/json"})
    assert_openai_error(reply, where)
    assert_no_traceback(caplog)


def test_the_sdk_raises_a_bad_request_error_with_the_demos_message(
    demo: str, proxy_for: Callable[..., str],
) -> None:
    client = openai.OpenAI(base_url=proxy_for(demo) + "/v1", api_key="unused", max_retries=0)
    with pytest.raises(openai.BadRequestError) as raised:
        client.chat.completions.create(model="demo", messages="hi")  # type: ignore[arg-type]
    assert raised.value.status_code == 400
    assert "messages: Input should be a valid array" in raised.value.message


@pytest.mark.parametrize(("method", "path", "status"), [
    ("GET", "/v1/nowhere", 404), ("GET", CHAT, 405), ("POST", "/v1/models", 405),
])
def test_unknown_routes_and_methods_answer_in_the_same_format(
    demo: str, method: str, path: str, status: int,
) -> None:
    reply = httpx.request(method, demo + path, timeout=10)
    assert reply.status_code == status
    assert reply.json()["error"]["code"] == status


@pytest.mark.parametrize("body", [
    {},  # no messages at all: the demo's own prompt
    {"model": "demo", "temperature": 0.2, "messages": [{"role": "user", "content": "Rates?"}]},
    {"messages": [{"role": "system", "content": "You are Quill, a poetry tutor for kids."}]},
])
def test_the_demo_still_answers_chat_requests(demo: str, body: dict[str, Any]) -> None:
    reply = httpx.post(demo + CHAT, json=body, timeout=10)
    assert reply.status_code == 200
    message = reply.json()["choices"][0]["message"]
    assert message["content"] == DEMO_ANSWER
    system = next((m["content"] for m in body.get("messages", []) if m["role"] == "system"),
                  DEMO_SYSTEM_PROMPT)
    assert " ".join(system.split()[:5]) in message["reasoning"]  # it leaks its prompt
