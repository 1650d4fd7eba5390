"""Token log-probabilities repeat each token's text, which no channel scans: guardproxy asks no
upstream for them and withholds any an upstream sends anyway (codecs/logprobs.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from conftest import Script
from leaky import (
    ENV,
    SYSTEM_PROMPT,
    chat_request,
    completion,
    leaked_runs,
    leaking_stream,
    post_chat,
    sse,
    words,
)

from guardproxy.codecs.logprobs import without_logprob_requests
from guardproxy.codecs.ollama import OllamaChat
from guardproxy.codecs.walk import EMPTY, load, scan
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_schema import InlineThink


@pytest.mark.parametrize(("request_body", "forwarded"), [
    ({"model": "m", "logprobs": True, "top_logprobs": 5}, {"model": "m"}),  # chat
    ({"model": "m", "prompt": "x", "logprobs": 3}, {"model": "m", "prompt": "x"}),  # completions
    ({"model": "m", "include": ["reasoning.encrypted_content", "message.output_text.logprobs"],
      "top_logprobs": 2}, {"model": "m", "include": ["reasoning.encrypted_content"]}),  # responses
    ({"model": "m", "stream": True}, None),  # nothing asked: the client's bytes go on
    ([1, 2], None),
])
def test_requests_ask_for_no_logprobs(request_body: Any, forwarded: Any) -> None:
    assert without_logprob_requests(request_body) == forwarded


class _Unscanned:
    """A channel that releases what it gets: only the walk itself is under test."""

    held = 0

    def feed(self, text: str) -> str:
        return text

    def flush(self) -> str:
        return ""


def _unscanned(kind: str, *, shared: bool = False, copy: bool = False) -> _Unscanned:
    return _Unscanned()


@pytest.mark.parametrize(("raw", "emptied"), [
    (b'{"logprobs":null}', False),
    (b'{"logprobs": [] }', False),
    (b'{"logprobs":false,"top_logprobs":0}', False),
    (b'{"logprobs":{"content":[{"token":"x"}]}}', True),
    (b'{"delta":"x","logprobs":[{"token":"x"}]}', True),
    (b'{"top_logprobs": 5}', True),
    # A JSON-escaped key is the same key to every client: found on the parsed keys.
    (b'{"\\u006cogprobs":{"content":[{"token":"x"}]}}', True),
    (b'{"top_\\u006cogprobs":[{"token":"x"}]}', True),
])
def test_logprobs_are_found_on_parsed_keys(raw: bytes, emptied: bool) -> None:
    value = load(raw)
    assert scan(value, EMPTY, _unscanned) is emptied
    assert all(not v for k, v in value.items() if k in ("logprobs", "top_logprobs"))


def test_every_logprob_is_emptied_at_any_depth() -> None:
    value = {"choices": [{"logprobs": {"content": [{"token": "a", "top_logprobs": []}]},
                          "delta": {"content": "a"}}],
             "item": {"content": [{"logprobs": [{"token": "a"}], "text": "a"}]}}
    assert scan(value, EMPTY, _unscanned)
    assert value == {
        "choices": [{"logprobs": None, "delta": {"content": "a"}}],
        "item": {"content": [{"logprobs": [], "text": "a"}]},
    }


def _with_logprobs(event: bytes) -> bytes:
    """A chat chunk carrying its token's text again, as logprobs do."""
    data = json.loads(event[6:])
    for choice in data.get("choices", []):
        text = "".join(v for v in (choice.get("delta") or {}).values() if isinstance(v, str))
        choice["logprobs"] = {"content": [{"token": text, "logprob": -0.1, "bytes": None,
                                           "top_logprobs": [{"token": text, "logprob": -0.1}]}]}
    return sse(data)


def test_a_stream_carries_no_logprobs(
    proxy_for: Callable[..., str], upstream_for: Callable[[Script], str],
) -> None:
    events = leaking_stream()
    script = Script([_with_logprobs(e) if e.startswith(b"data: {") else e for e in events])
    base = proxy_for(upstream_for(script))
    reply = post_chat(base, {**chat_request(), "logprobs": True, "top_logprobs": 2})
    assert reply.status_code == 200
    chunks = [json.loads(line[6:]) for line in reply.text.splitlines()
              if line.startswith("data: {")]
    assert chunks and all(c["choices"][0]["logprobs"] is None for c in chunks if c["choices"])
    assert leaked_runs(reply.text) == []
    forwarded = json.loads(script.requests[0].body)
    assert "logprobs" not in forwarded and "top_logprobs" not in forwarded
    assert forwarded["messages"][0]["content"] == SYSTEM_PROMPT


def test_a_whole_response_carries_no_logprobs(
    proxy_for: Callable[..., str], upstream_for: Callable[[Script], str],
) -> None:
    body = json.loads(completion())
    body["choices"][0]["logprobs"] = {"content": [{"token": w, "logprob": -0.1}
                                                  for w in words(SYSTEM_PROMPT)]}
    script = Script([json.dumps(body).encode()], content_type="application/json")
    reply = post_chat(proxy_for(upstream_for(script)), chat_request(stream=False))
    assert reply.status_code == 200
    assert reply.json()["choices"][0]["logprobs"] is None
    assert leaked_runs(reply.text) == []


def test_ollama_lines_carry_no_logprobs(default_policy: CompiledPolicy) -> None:
    line = {**ENV, "message": {"role": "assistant", "content": "hi"},
            "logprobs": [{"token": "hi", "logprob": -0.1}], "done": False}
    stream = OllamaChat().stream(default_policy.channels([SYSTEM_PROMPT]), InlineThink())
    out = stream.feed(json.dumps(line).encode() + b"\n") + stream.close()
    first = out.splitlines()[0]
    assert json.loads(first)["logprobs"] == []
