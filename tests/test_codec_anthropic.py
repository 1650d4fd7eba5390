"""Anthropic Messages (`/v1/messages`): the real `anthropic` SDK -> guardproxy -> scripted
upstream playing the event stream of wire-formats.md section 8 byte for byte (whitespace-padded
JSON, `ping` mid-block, `signature_delta`, `redacted_thinking`, tool use, errors).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anthropic
import pytest
from conftest import Script
from traces import ANSWER, PROMPT_A, TRACE_A, assert_guarded, oneshot, pieces
from wire import SPLITS, dumps, named, post, split_reads, unmark, words

from guardproxy.codecs.anthropic_messages import AnthropicMessages
from guardproxy.policy_compile import CompiledPolicy

MESSAGES = "/v1/messages"
MODEL = "claude-test"  # no real name: the SDK warns about deprecated ones, the proxy ignores it
SIGNATURE = "EtYDCkYIBRgCKkBxZ3Vhcm Rwcm94eSB0ZXN0IHNpZ25hdHVyZQ=="
REDACTED = {"type": "redacted_thinking", "data": "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlx"}
PAD = "       "  # real captures pad the JSON before its closing brace


def message_start() -> bytes:
    message = {"model": MODEL, "id": "msg_01KT", "type": "message",
               "role": "assistant", "content": [], "stop_reason": None, "stop_sequence": None,
               "usage": {"input_tokens": 424, "output_tokens": 5}}
    return named({"type": "message_start", "message": message}, pad=PAD)


def block_start(index: int, block: dict[str, Any]) -> bytes:
    return named({"type": "content_block_start", "index": index, "content_block": block},
                 pad=PAD)


def delta(index: int, body: dict[str, Any]) -> bytes:
    return named({"type": "content_block_delta", "index": index, "delta": body}, pad="  ")


def block_stop(index: int) -> bytes:
    return named({"type": "content_block_stop", "index": index}, pad="   ")


PING = b'event: ping\ndata: {"type": "ping"}\n\n'
MESSAGE_STOP = named({"type": "message_stop"})


def message_delta(stop_reason: str) -> bytes:
    return named({"type": "message_delta",
                  "delta": {"stop_reason": stop_reason, "stop_sequence": None},
                  "usage": {"output_tokens": 120}})


def thinking_block(index: int, text: str, *, signature: str = SIGNATURE) -> list[bytes]:
    parts = [delta(index, {"type": "thinking_delta", "thinking": p}) for p in pieces(text)]
    return [block_start(index, {"type": "thinking", "thinking": "", "signature": ""}),
            *parts[:3], PING, *parts[3:],
            delta(index, {"type": "signature_delta", "signature": signature}),
            block_stop(index)]


def text_block(index: int, text: str) -> list[bytes]:
    return [block_start(index, {"type": "text", "text": ""}),
            *[delta(index, {"type": "text_delta", "text": p}) for p in pieces(text)],
            block_stop(index)]


TOOL_USE = {"type": "tool_use", "id": "toolu_01", "name": "weather", "input": {}}
TOOL_EVENTS = [
    block_start(2, TOOL_USE),
    delta(2, {"type": "input_json_delta", "partial_json": ""}),
    delta(2, {"type": "input_json_delta", "partial_json": '{"city": "Par'}),
    delta(2, {"type": "input_json_delta", "partial_json": 'is"}'}),
    block_stop(2),
]


def stream(*, tool: bool = False) -> list[bytes]:
    """Thinking, a text answer (or a tool call), as Claude streams them with thinking on."""
    body = [message_start(), *thinking_block(0, TRACE_A.text)]
    body += [*text_block(1, "Let me check the weather."), *TOOL_EVENTS] if tool \
        else text_block(1, ANSWER)
    return [*body, message_delta("tool_use" if tool else "end_turn"), MESSAGE_STOP]


SYSTEMS: dict[str, Any] = {
    "string": PROMPT_A,
    "blocks": [{"type": "text", "text": PROMPT_A, "cache_control": {"type": "ephemeral"}}],
}


def request(system: Any = PROMPT_A, **extra: Any) -> dict[str, Any]:
    return {"model": MODEL, "max_tokens": 8000, "system": system,
            "thinking": {"type": "enabled", "budget_tokens": 4000},
            "messages": [{"role": "user", "content": "Write me a riddle."}], **extra}


def sdk(base: str, api_key: str = "EMPTY") -> anthropic.Anthropic:
    # Its own HTTP client: SDK versions differ in which httpx package they take one from.
    return anthropic.Anthropic(base_url=base, api_key=api_key, max_retries=0, timeout=30)


def thinking_deltas(events: list[tuple[str | None, dict[str, Any]]]) -> str:
    return "".join(d["delta"]["thinking"] for _, d in events
                   if d["type"] == "content_block_delta"
                   and d["delta"]["type"] == "thinking_delta")


@pytest.mark.parametrize("system", SYSTEMS)
def test_streaming_sdk_and_raw(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, system: str
) -> None:
    """Thinking deltas redacted; every event keeps its `event:` name; ping, signature and the
    padded `message_start` pass byte-identical; the thinking tail goes out before the signature."""
    script = Script(stream())
    base = proxy_for(script)
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")

    with sdk(base).messages.stream(**request(SYSTEMS[system])) as s:
        final = s.get_final_message()
    thinking, text = final.content
    assert thinking.type == "thinking" and text.type == "text"
    assert thinking.thinking == expected
    assert_guarded(b"", thinking.thinking, TRACE_A)
    assert thinking.signature == SIGNATURE
    assert text.text == ANSWER
    assert final.stop_reason == "end_turn"

    reply = post(base, MESSAGES, request(SYSTEMS[system], stream=True))
    assert reply.status == 200
    assert_guarded(reply.raw, thinking_deltas(reply.events()), TRACE_A)
    for name, data in reply.events():
        assert name == data["type"]
    assert reply.raw.startswith(message_start() + stream()[1])
    assert reply.raw.count(PING) == 1
    types = [d["delta"]["type"] for _, d in reply.events() if d["type"] == "content_block_delta"]
    signature_at = types.index("signature_delta")
    assert set(types[:signature_at]) == {"thinking_delta"}
    assert delta(0, {"type": "signature_delta", "signature": SIGNATURE}) in reply.raw
    assert reply.raw.endswith(message_delta("end_turn") + MESSAGE_STOP)


def test_redacted_thinking_and_tool_use_untouched(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """`redacted_thinking` arrives whole and passes; thinking then tool use, after all the
    thinking: the tool's input is scanned (each JSON string held back while undecided), so its
    `input_json_delta` events may be cut differently, but they add up to the same JSON."""
    redacted = [block_start(0, REDACTED), block_stop(0)]
    body = [message_start(), *redacted, *thinking_block(1, TRACE_A.text), *TOOL_EVENTS,
            message_delta("tool_use"), MESSAGE_STOP]
    base = proxy_for(Script(body))
    reply = post(base, MESSAGES, request(stream=True))
    assert b"".join(redacted) in reply.raw
    assert reply.raw.endswith(block_stop(2) + message_delta("tool_use") + MESSAGE_STOP)
    tool = "".join(d["delta"]["partial_json"] for _, d in reply.events()
                   if d["type"] == "content_block_delta" and d["index"] == 2)
    assert tool == '{"city": "Paris"}'
    assert reply.raw.index(TOOL_EVENTS[0]) > reply.raw.rindex(b"thinking_delta")
    assert_guarded(reply.raw, thinking_deltas(reply.events()), TRACE_A)
    with sdk(base).messages.stream(**request()) as s:
        final = s.get_final_message()
    assert [b.type for b in final.content] == ["redacted_thinking", "thinking", "tool_use"]
    assert final.content[0].data == REDACTED["data"]  # type: ignore[union-attr]
    assert final.content[1].thinking == oneshot(  # type: ignore[union-attr]
        default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert final.content[2].input == {"city": "Paris"}  # type: ignore[union-attr]


def test_unknown_events_and_deltas_pass_through(proxy_for: Callable[..., str]) -> None:
    """New event types and delta types (and citations) pass as they came."""
    unknown = named({"type": "content_block_future", "index": 1, "payload": {"x": 1}}, pad=PAD)
    future_delta = delta(1, {"type": "future_delta", "value": "opaque"})
    citation = delta(1, {"type": "citations_delta", "citation": {
        "type": "char_location", "cited_text": "a sea", "document_index": 0,
        "start_char_index": 0, "end_char_index": 5}})
    body = [message_start(), *text_block(1, ANSWER)[:-1], unknown, future_delta, citation,
            block_stop(1), message_delta("end_turn"), MESSAGE_STOP]
    reply = post(proxy_for(Script(body)), MESSAGES, request(stream=True))
    for event in (unknown, future_delta, citation):
        assert event in reply.raw


@pytest.mark.parametrize("split", SPLITS)
def test_framing(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, split: str
) -> None:
    """The same stream cut into reads every way: the same thinking comes out."""
    reads = split_reads(stream(), split)
    reply = post(proxy_for(Script(reads)), MESSAGES, request(stream=True))
    thinking = thinking_deltas(reply.events())
    assert thinking == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert_guarded(reply.raw, thinking, TRACE_A)


def test_midstream_error(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    """`event: error` mid-block: what was scanned goes out first, then the error as it came;
    the SDK raises it."""
    error = named({"type": "error",
                   "error": {"type": "overloaded_error", "message": "Overloaded"}})
    body = [message_start(), *thinking_block(0, TRACE_A.text)[:-2], error]
    base = proxy_for(Script(body))
    reply = post(base, MESSAGES, request(stream=True))
    assert reply.raw.endswith(error)
    thinking = thinking_deltas(reply.events())
    assert thinking == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    with pytest.raises(anthropic.APIStatusError, match="Overloaded"), \
            sdk(base).messages.stream(**request()) as s:
        s.get_final_message()


def test_stream_ends_without_stop(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """The upstream closes mid-block: the held thinking goes out in a synthesised delta of the
    same block; no stop event is invented."""
    body = [message_start(), *thinking_block(0, TRACE_A.text)[:-2]]
    reply = post(proxy_for(Script(body)), MESSAGES, request(stream=True))
    events = reply.events()
    assert events[-1][1]["type"] == "content_block_delta"
    assert events[-1][1]["index"] == 0
    assert thinking_deltas(events) == oneshot(default_policy, [PROMPT_A], TRACE_A.text,
                                              "reasoning")


@pytest.mark.parametrize("bad", [b"event: content_block_delta\ndata: {not json\n\n",
                                 b"event: content_block_delta\ndata: [1]\n\n"])
def test_unscannable_event_fails_closed(proxy_for: Callable[..., str], bad: bytes) -> None:
    """An event that cannot be read ends the stream with Anthropic's error event."""
    body = stream()
    body.insert(5, bad)
    base = proxy_for(Script(body))
    reply = post(base, MESSAGES, request(stream=True))
    name, last = reply.events()[-1]
    assert (name, last["type"], last["error"]["type"]) == ("error", "error", "guardproxy_error")
    assert bad not in reply.raw
    assert ANSWER.split()[0] not in words(reply.raw.decode())
    with pytest.raises(anthropic.APIStatusError, match="could not scan"), \
            sdk(base).messages.stream(**request()) as s:
        s.get_final_message()


def whole_message(*blocks: dict[str, Any]) -> dict[str, Any]:
    return {"id": "msg_01", "type": "message", "role": "assistant",
            "model": MODEL, "content": list(blocks),
            "stop_reason": "end_turn", "stop_sequence": None,
            "usage": {"input_tokens": 424, "output_tokens": 120}}


def test_non_streaming_sdk(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    body = whole_message(REDACTED, {"type": "thinking", "thinking": TRACE_A.text,
                                    "signature": SIGNATURE}, {"type": "text", "text": ANSWER})
    script = Script([dumps(body)], content_type="application/json")
    base = proxy_for(script)
    message = sdk(base).messages.create(**request())
    redacted, thinking, text = message.content
    assert redacted.type == "redacted_thinking" and redacted.data == REDACTED["data"]
    assert thinking.type == "thinking"
    assert thinking.thinking == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert thinking.signature == SIGNATURE
    assert text.type == "text" and text.text == ANSWER
    reply = post(base, MESSAGES, request())
    assert_guarded(reply.raw, thinking.thinking, TRACE_A)


def test_non_streaming_clean_body_byte_identical(proxy_for: Callable[..., str]) -> None:
    body = dumps(whole_message({"type": "text", "text": "Hello there."}))
    script = Script([body[:30], body[30:]], content_type="application/json")
    reply = post(proxy_for(script), MESSAGES, request())
    assert reply.raw == body


def test_upstream_unreachable_error_in_anthropic_shape(proxy_for: Callable[..., str]) -> None:
    from conftest import free_socket

    sock = free_socket()  # bound, never listening
    try:
        base = proxy_for(f"http://127.0.0.1:{sock.getsockname()[1]}")
        reply = post(base, MESSAGES, request())
        assert reply.status == 502
        assert json.loads(reply.raw) == {"type": "error", "error": {
            "type": "upstream_unreachable", "message": "upstream unreachable"}}
        with pytest.raises(anthropic.APIStatusError) as info:
            sdk(base).messages.create(**request())
        assert info.value.status_code == 502
    finally:
        sock.close()


def test_replay_restores_thinking_and_signature(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A tool-use loop: the client sends back the thinking block it received (sanitized); the
    upstream gets the original thinking with its signature, the client never sees it."""
    script = Script(stream(tool=True))
    base = proxy_for(script)
    client = sdk(base, "sk-ant-test")
    with client.messages.stream(**request()) as s:
        first = s.get_final_message()
    thinking = first.content[0]
    assert thinking.type == "thinking"
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert unmark(thinking.thinking) == expected
    tool = first.content[2]
    assert tool.type == "tool_use"
    history = [
        {"role": "user", "content": "Write me a riddle."},
        {"role": "assistant", "content": [b.model_dump(exclude_none=True) for b in first.content]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool.id,
                                      "content": "Sunny, 24 C"}]},
    ]
    with client.messages.stream(**{**request(), "messages": history}) as s:
        second = s.get_final_message()
    sent = json.loads(script.requests[1].body)
    replayed = sent["messages"][1]["content"][0]
    assert replayed == {"type": "thinking", "thinking": TRACE_A.text, "signature": SIGNATURE}
    assert sent["messages"][1]["content"][1:] == history[1]["content"][1:]
    assert sent["messages"][2] == history[2]
    # The client only ever saw sanitized thinking, in both responses.
    again = second.content[0].thinking  # type: ignore[union-attr]
    assert unmark(again) == expected and again != thinking.thinking  # a nonce per response
    assert TRACE_A.leak not in words(str(first)) + words(str(second))


def test_replay_leaves_unknown_thinking_alone(proxy_for: Callable[..., str]) -> None:
    """Thinking the proxy never edited (or that the client changed) is forwarded as sent."""
    script = Script([dumps(whole_message({"type": "text", "text": "ok"}))],
                    content_type="application/json")
    base = proxy_for(script)
    own = {"type": "thinking", "thinking": "Plain thoughts.", "signature": SIGNATURE}
    body = request(messages=[{"role": "user", "content": "hi"},
                             {"role": "assistant", "content": [own]},
                             {"role": "user", "content": "and?"}])
    raw = dumps(body)
    post(base, MESSAGES, raw)
    assert script.requests[0].body == raw


INJECT = [
    ({}, {"system": "CANARY"}),
    ({"system": "Be brief."}, {"system": "Be brief.\n\nCANARY"}),
    ({"system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}]},
     {"system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}},
                 {"type": "text", "text": "CANARY"}]}),
]


@pytest.mark.parametrize(("before", "after"), INJECT, ids=["absent", "string", "blocks"])
def test_inject_system(before: dict[str, Any], after: dict[str, Any]) -> None:
    codec = AnthropicMessages()
    request_in = {"model": "m", "messages": [], **before}
    snapshot = json.loads(json.dumps(request_in))
    out = codec.inject_system(request_in, "CANARY")
    assert out == {"model": "m", "messages": [], **after}
    assert request_in == snapshot  # the client's request is not edited in place
    assert "CANARY" in "".join(codec.protected_texts(out))


def test_deltas_without_block_start(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A server that skips `content_block_start` (or reuses an index for another kind): the
    text is still scanned, and nothing held is lost when the kind changes."""
    parts = pieces(TRACE_A.text)
    body = [message_start(), *[delta(0, {"type": "thinking_delta", "thinking": p}) for p in parts],
            *[delta(0, {"type": "text_delta", "text": p}) for p in pieces(ANSWER)],
            block_stop(0), MESSAGE_STOP]
    reply = post(proxy_for(Script(body)), MESSAGES, request(stream=True))
    assert thinking_deltas(reply.events()) == oneshot(default_policy, [PROMPT_A], TRACE_A.text,
                                                      "reasoning")
    assert "".join(d["delta"].get("text", "") for _, d in reply.events()
                   if d["type"] == "content_block_delta") == ANSWER
