"""Chat completions beyond tests/test_proxy_chat.py: OpenRouter `reasoning_details` in every
shape (streamed and whole), replay of DeepSeek tool-call turns and of `reasoning_details`, and
`inject_system`. Upstream bodies are built with the chat suite's helpers.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from chat_stream import (
    CHAT,
    DONE,
    ROLE,
    STOP,
    TOOL_EVENTS,
    TOOL_FINISH,
    chunk,
    completion,
    details_text,
    json_chunks,
    openrouter_event,
    request,
    sse,
)
from conftest import Script
from fixed_spans import FixedSpans
from traces import ANSWER, PROMPT_A, TRACE_A, assert_guarded, oneshot, pieces
from wire import KEYED, dumps, post, sdk, unmark
from wire import words as unescaped

from guardproxy.codecs.openai_chat import ChatCompletions
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_schema import InlineThink
from guardproxy.sanitizer import Channel, Span

ENCRYPTED = {"type": "reasoning.encrypted", "data": "gAAAAB-opaque", "format": "x", "index": 1}


def detail(kind: str, text: str, index: int = 0, **extra: Any) -> dict[str, Any]:
    key = "summary" if kind == "reasoning.summary" else "text"
    return {"type": kind, key: text, "format": "anthropic-claude-v1", "index": index, **extra}


# Streams of `reasoning_details` as OpenRouter sends them, with and without `reasoning`.
DETAIL_STREAMS: dict[str, Callable[[str], dict[str, Any]]] = {
    "text-with-reasoning": lambda p: {"reasoning": p,
                                      "reasoning_details": [detail("reasoning.text", p)]},
    "summary-only": lambda p: {"reasoning_details": [detail("reasoning.summary", p)]},
    "text-and-encrypted-same-delta": lambda p: {"reasoning_details": [
        detail("reasoning.text", p), ENCRYPTED]},
}


@pytest.mark.parametrize("shape", DETAIL_STREAMS)
def test_reasoning_details_streamed(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, shape: str
) -> None:
    """Every readable entry is sanitized, per index; encrypted entries pass as they came; the
    entry with the signature that ends the block carries the held tail."""
    parts = pieces(TRACE_A.text)
    kind = "reasoning.summary" if shape == "summary-only" else "reasoning.text"
    signature = detail(kind, "", signature="EtYDCkYI")
    events = [*[openrouter_event(DETAIL_STREAMS[shape](p)) for p in parts],
              openrouter_event({"reasoning_details": [signature]}),
              *[openrouter_event({"content": p}) for p in pieces(ANSWER)],
              openrouter_event({}, "stop"), DONE]
    base = proxy_for(Script(events))
    reply = post(base, CHAT, request(stream=True))
    chunks = [json.loads(e[6:]) for e in reply.raw.split(b"\n\n") if e.startswith(b"data: {")]
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert details_text(chunks) == expected
    assert_guarded(reply.raw, expected, TRACE_A)
    entries = [d for c in chunks for d in c["choices"][0]["delta"].get("reasoning_details") or []]
    assert {d["index"] for d in entries if d["type"] != "reasoning.encrypted"} == {0}
    # The signature closes the block: the held text went out in its entry, none after it.
    signed = next(i for i, d in enumerate(entries) if d.get("signature"))
    assert entries[signed]["signature"] == "EtYDCkYI"
    assert not [d for d in entries[signed + 1 :] if d.get("text") or d.get("summary")]
    if "encrypted" in shape:
        assert [d for d in entries if d["type"] == "reasoning.encrypted"] == \
            [ENCRYPTED] * len(parts)
    sdk_chunks = [c.model_dump() for c in sdk(base).chat.completions.create(**request())]
    assert details_text(sdk_chunks) == expected


def test_reasoning_details_whole_several_entries(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A whole message: each readable entry is its own text; opaque ones untouched."""
    other = "Fine, I will write four short lines that rhyme."
    message = {"reasoning": TRACE_A.text, "content": ANSWER, "reasoning_details": [
        detail("reasoning.text", TRACE_A.text, signature="EtYD"), ENCRYPTED,
        detail("reasoning.summary", other, index=2)]}
    base = proxy_for(Script([dumps(completion(message))], content_type="application/json"))
    result = sdk(base).chat.completions.create(**request(stream=False))
    extra = result.choices[0].message.model_extra or {}
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert extra["reasoning"] == expected
    assert extra["reasoning_details"] == [
        detail("reasoning.text", expected, signature="EtYD"), ENCRYPTED,
        detail("reasoning.summary", other, index=2)]


def deepseek_event(delta: dict[str, Any], finish: str | None = None) -> bytes:
    env = {"id": "fa7e", "object": "chat.completion.chunk", "created": 1738492867,
           "model": "deepseek-reasoner"}
    return sse(chunk({"content": None, "reasoning_content": None, **delta}, finish=finish,
                     env=env))


def test_deepseek_tool_call_turn_replayed(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """DeepSeek answers 400 to a tool-call turn without its `reasoning_content`: the client
    sends back what it received (sanitized); the upstream gets the original."""
    events = [deepseek_event({"role": "assistant", "reasoning_content": ""}),
              *[deepseek_event({"reasoning_content": p}) for p in pieces(TRACE_A.text)],
              b": keep-alive\n\n", *TOOL_EVENTS, TOOL_FINISH, DONE]
    script = Script(events)
    base = proxy_for(script)
    received, calls = "", []
    for c in sdk(base, "sk-test").chat.completions.create(**request()):
        delta = c.choices[0].delta
        received += (delta.model_extra or {}).get("reasoning_content") or ""
        calls.extend(delta.tool_calls or [])
    assert unmark(received) == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert_guarded(b"", received, TRACE_A)
    call_id = calls[0].id
    messages = [*request()["messages"],
                {"role": "assistant", "content": None, "reasoning_content": received,
                 "tool_calls": [{"id": call_id, "type": "function", "function": {
                     "name": "weather", "arguments": '{"city":"Paris"}'}}]},
                {"role": "tool", "tool_call_id": call_id, "content": "Sunny, 24 C"}]
    script.chunks = [ROLE, *[sse(chunk({"content": p})) for p in pieces(ANSWER)], STOP, DONE]
    sdk(base, "sk-test").chat.completions.create(model="m", messages=messages,
                                                 stream=True).close()
    sent = json.loads(script.requests[1].body)["messages"]
    assert sent[2] == {**messages[2], "reasoning_content": TRACE_A.text}
    assert sent[:2] == messages[:2] and sent[3] == messages[3]


def test_replay_whole_and_reasoning_details(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """Non-streamed `reasoning` plus `reasoning_details` (OpenRouter passes details back
    verbatim): both restored; an entry the client edited is not."""
    message = {"reasoning": TRACE_A.text, "content": ANSWER,
               "reasoning_details": [detail("reasoning.text", TRACE_A.text, signature="EtYD")]}
    script = Script([dumps(completion(message))], content_type="application/json")
    base = proxy_for(script)
    first = post(base, CHAT, request(stream=False), KEYED)
    got = json.loads(first.raw)["choices"][0]["message"]
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert unmark(got["reasoning"]) == expected
    edited = {**got["reasoning_details"][0], "text": got["reasoning"] + " (edited)"}
    assistant = {"role": "assistant", "content": ANSWER, "reasoning": got["reasoning"],
                 "reasoning_details": [got["reasoning_details"][0], edited]}
    post(base, CHAT, {**request(stream=False),
                      "messages": [*request()["messages"], assistant,
                                   {"role": "user", "content": "More."}]}, KEYED)
    sent = json.loads(script.requests[1].body)["messages"][2]
    assert sent["reasoning"] == TRACE_A.text
    assert sent["reasoning_details"] == [{**edited, "text": TRACE_A.text}, edited]
    assert TRACE_A.leak not in unescaped(first.raw.decode())


INJECT = [
    ([{"role": "user", "content": "hi"}],
     [{"role": "system", "content": "CANARY"}, {"role": "user", "content": "hi"}]),
    ([{"role": "developer", "content": "Be brief."}, {"role": "user", "content": "hi"}],
     [{"role": "developer", "content": "Be brief.\n\nCANARY"}, {"role": "user", "content": "hi"}]),
    ([{"role": "system", "content": [{"type": "text", "text": "Be brief."}]}],
     [{"role": "system", "content": [{"type": "text", "text": "Be brief."},
                                     {"type": "text", "text": "CANARY"}]}]),
]


@pytest.mark.parametrize(("before", "after"), INJECT, ids=["none", "developer", "parts"])
def test_inject_system(before: list[Any], after: list[Any]) -> None:
    codec = ChatCompletions()
    request_in = {"model": "m", "messages": before}
    snapshot = json.loads(json.dumps(request_in))
    out = codec.inject_system(request_in, "CANARY")
    assert out == {"model": "m", "messages": after}
    assert request_in == snapshot
    assert "CANARY" in "".join(codec.protected_texts(out))


# --- a read's reasoning tokens, scanned together -------------------------------------------

class _Recording(FixedSpans):
    """Holds nothing; notes every text it is fed."""

    def __init__(self, fed: list[str]) -> None:
        super().__init__([])
        self.fed = fed

    def feed(self, text: str) -> list[Span]:
        self.fed.append(text)
        return super().feed(text)


TOKENS = [sse(chunk({"reasoning": t})) for t in ("Let", " me", " see")]
ANSWERED = [*TOKENS, sse(chunk({"content": "Yes"})), sse(chunk({"reasoning_content": "!"})),
            STOP, DONE]


@pytest.mark.parametrize(("reads", "fed", "deltas"), [
    # One event a read: each token is scanned on its own, and goes out in its own event.
    ([[e] for e in ANSWERED], ["Let", " me", " see", "Yes", "!"],
     ["Let", " me", " see", "Yes", "!"]),
    # One read: consecutive tokens of one reasoning field wait for the last of them, which
    # carries their text; the answer and the other field are not joined to them.
    ([ANSWERED], ["Let me see", "Yes", "!"], ["", "", "Let me see", "Yes", "!"]),
    ([ANSWERED[:2], ANSWERED[2:]], ["Let me", " see", "Yes", "!"],
     ["", "Let me", " see", "Yes", "!"]),
])
def test_a_reads_reasoning_tokens_are_scanned_together(
    reads: list[list[bytes]], fed: list[str], deltas: list[str]
) -> None:
    texts: list[str] = []

    def channels(kind: str, *, shared: bool = False, copy: bool = False) -> Channel:
        return Channel([_Recording(texts)], ("[redacted]",))

    stream = ChatCompletions().stream(channels, InlineThink())  # type: ignore[arg-type]
    out = b"".join(stream.feed(b"".join(read)) for read in reads) + stream.close()
    assert texts == fed
    got = [d.get("reasoning") or d.get("reasoning_content") or d.get("content") or ""
           for c in json_chunks(out) for d in [c["choices"][0]["delta"]] if c["choices"]]
    assert got[:len(deltas)] == deltas
