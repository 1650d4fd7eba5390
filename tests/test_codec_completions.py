"""Legacy completions (`/v1/completions`): reasoning inline in `choices[].text`. The request
has no system message, so nothing in it is protected; the policy's `protected_texts` are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import openai
import pytest
from conftest import Script
from traces import ANSWER, HINT_MARKER, PROMPT_A, PROMPT_MARKER, TRACE_A, cut, oneshot, pieces
from wire import HTTP, dumps, post, words

from guardproxy.codecs.openai_completions import Completions
from guardproxy.policy_compile import CompiledPolicy

COMPLETIONS = "/v1/completions"
ENV = {"id": "cmpl-1", "object": "text_completion", "created": 1700000000, "model": "m"}
DONE = b"data: [DONE]\n\n"
USAGE = b"data: " + dumps({**ENV, "choices": [], "usage": {
    "prompt_tokens": 5, "completion_tokens": 40, "total_tokens": 45}}) + b"\n\n"


def event(text: str, finish: str | None = None, index: int = 0) -> bytes:
    choice = {"index": index, "text": text, "logprobs": None, "finish_reason": finish,
              "stop_reason": None}
    return b"data: " + dumps({**ENV, "choices": [choice]}) + b"\n\n"


INLINE = f"<think>\n{TRACE_A.text}\n</think>\n\n{ANSWER}"
SPLITS = {
    "tags-split": ["<thi", "nk>\n", *pieces(TRACE_A.text), "\n</thi", "nk>", *pieces(
        "\n\n" + ANSWER)],
    "every-5-chars": cut(INLINE, 5),
    "one-piece": [INLINE],
}


@pytest.fixture
def protected_policy(
    policy_file: Callable[[str], CompiledPolicy], default_policy_text: str
) -> CompiledPolicy:
    """The default policy protecting a prompt the server adds itself."""
    anchor = "  prefilled: false\n"
    assert anchor in default_policy_text
    return policy_file(default_policy_text.replace(
        anchor, f"{anchor}protected_texts: [{json.dumps(PROMPT_A)}]\n"))


def request(**extra: Any) -> dict[str, Any]:
    return {"model": "m", "prompt": f"{PROMPT_A}\n\nWrite me a riddle.", "max_tokens": 512,
            **extra}


def texts(reply_raw: bytes) -> str:
    out = []
    for line in reply_raw.split(b"\n\n"):
        if line.startswith(b"data: {"):
            out.extend(c.get("text") or "" for c in json.loads(line[6:])["choices"])
    return "".join(out)


@pytest.mark.parametrize("split", SPLITS)
def test_stream_inline_think_with_policy_protected_texts(
    proxy_for: Callable[..., str], protected_policy: CompiledPolicy, split: str
) -> None:
    """`<think>` in `text`, tags cut anywhere: the reasoning is redacted against the policy's
    protected texts, the answer and the tags come through; usage and `[DONE]` byte-identical."""
    contents = SPLITS[split]
    assert "".join(contents) == INLINE
    script = Script([*[event(c) for c in contents], event("", "stop"), USAGE, DONE])
    base = proxy_for(script, policy=protected_policy)
    reply = post(base, COMPLETIONS, request(stream=True))
    text = texts(reply.raw)
    reasoning, _, answer = text.removeprefix("<think>").partition("</think>")
    assert reasoning == oneshot(protected_policy, [], f"\n{TRACE_A.text}\n", "reasoning")
    assert PROMPT_MARKER in reasoning and HINT_MARKER in reasoning
    assert TRACE_A.leak not in words(reply.raw.decode())
    assert answer == "\n\n" + ANSWER
    assert reply.raw.endswith(USAGE + DONE)
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           http_client=HTTP)
    streamed = "".join(c.choices[0].text for c in client.completions.create(
        **request(), stream=True) if c.choices)
    assert streamed == text


def test_request_prompt_is_not_protected(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """The prompt may quote anything; only the policy decides what is protected: the safety
    hint is redacted, the quoted prompt (protected by nothing) is not."""
    script = Script([*[event(c) for c in SPLITS["one-piece"]], event("", "stop"), DONE])
    reply = post(proxy_for(script), COMPLETIONS, request(stream=True))
    reasoning = texts(reply.raw).removeprefix("<think>").partition("</think>")[0]
    assert reasoning == oneshot(default_policy, [], f"\n{TRACE_A.text}\n", "reasoning")
    assert HINT_MARKER in reasoning and PROMPT_MARKER not in reasoning
    assert TRACE_A.leak in reasoning


def test_stream_ends_without_finish_synthesises_a_choice(
    proxy_for: Callable[..., str], protected_policy: CompiledPolicy
) -> None:
    contents = ["<think>", *pieces(TRACE_A.text)]
    reply = post(proxy_for(Script([event(c) for c in contents]), policy=protected_policy),
                 COMPLETIONS, request(stream=True))
    last = json.loads(reply.raw.rsplit(b"data: ", 1)[1])
    assert last["choices"] == [{"index": 0, "text": last["choices"][0]["text"],
                                "logprobs": None, "finish_reason": None}]
    assert {k: last[k] for k in ENV} == ENV
    assert texts(reply.raw) == "<think>" + oneshot(protected_policy, [], TRACE_A.text,
                                                   "reasoning")


def test_non_streaming(proxy_for: Callable[..., str], protected_policy: CompiledPolicy) -> None:
    body = {**ENV, "choices": [{"index": 0, "text": INLINE, "logprobs": None,
                                "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 5, "completion_tokens": 40, "total_tokens": 45}}
    base = proxy_for(Script([dumps(body)], content_type="application/json"),
                     policy=protected_policy)
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           http_client=HTTP)
    result = client.completions.create(**request())
    reasoning, _, answer = result.choices[0].text.removeprefix("<think>").partition("</think>")
    assert reasoning == oneshot(protected_policy, [], f"\n{TRACE_A.text}\n", "reasoning")
    assert answer == "\n\n" + ANSWER
    assert result.usage is not None and result.usage.total_tokens == 45


def test_codec_protects_and_injects_nothing() -> None:
    codec = Completions()
    payload = request()
    assert codec.protected_texts(payload) == []
    assert codec.inject_system(payload, "CANARY") == payload
    assert codec.replay_slots(payload) == []
