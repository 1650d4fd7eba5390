"""OpenAI Responses (`/v1/responses`): the real `openai` SDK -> guardproxy -> scripted upstream
playing the event streams of wire-formats.md section 9: OpenAI's reasoning summaries and
gpt-oss-on-vLLM's reasoning text. The reasoning appears in deltas, `*.done`, `*_part.done`,
`output_item.done` and `response.completed`: every copy must be the sanitized text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from conftest import Script
from traces import ANSWER, PROMPT_A, TRACE_A, assert_guarded, oneshot, pieces
from wire import SPLITS, dumps, named, post, sdk, split_reads, unmark, words

from guardproxy.codecs.openai_responses import Responses
from guardproxy.policy_compile import CompiledPolicy

RESPONSES = "/v1/responses"
ENCRYPTED = "gAAAAABo-opaque-encrypted-reasoning=="


@dataclass(frozen=True)
class Flavour:
    """Where a server puts reasoning: OpenAI's summaries or gpt-oss's reasoning text."""

    field: str  # of the reasoning item
    part_type: str
    delta_type: str
    done_type: str
    part_added: str
    part_done: str
    index_key: str


SUMMARY = Flavour("summary", "summary_text", "response.reasoning_summary_text.delta",
                  "response.reasoning_summary_text.done", "response.reasoning_summary_part.added",
                  "response.reasoning_summary_part.done", "summary_index")
REASONING_TEXT = Flavour("content", "reasoning_text", "response.reasoning_text.delta",
                         "response.reasoning_text.done", "response.content_part.added",
                         "response.content_part.done", "content_index")
FLAVOURS = {"openai-summary": SUMMARY, "vllm-reasoning-text": REASONING_TEXT}


class Events:
    """Builds a stream with increasing sequence numbers."""

    def __init__(self) -> None:
        self.sequence = 0
        self.out: list[bytes] = []

    def add(self, kind: str, **fields: Any) -> bytes:
        event = named({"type": kind, **fields, "sequence_number": self.sequence})
        self.sequence += 1
        self.out.append(event)
        return event


def response_object(status: str, output: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": "resp_1", "object": "response", "created_at": 1700000000, "status": status,
            "model": "o4-mini", "output": output, "instructions": None, "parallel_tool_calls": True,
            "tool_choice": "auto", "tools": [], "usage": None if status != "completed" else {
                "input_tokens": 12, "output_tokens": 40, "total_tokens": 52,
                "input_tokens_details": {"cached_tokens": 0},
                "output_tokens_details": {"reasoning_tokens": 28}}}


def reasoning_item(flavour: Flavour, text: str) -> dict[str, Any]:
    item: dict[str, Any] = {"id": "rs_017e", "type": "reasoning", "summary": [],
                            "encrypted_content": ENCRYPTED}
    item[flavour.field] = [{"type": flavour.part_type, "text": text}]
    return item


def message_item(text: str) -> dict[str, Any]:
    return {"id": "msg_1", "type": "message", "status": "completed", "role": "assistant",
            "content": [{"type": "output_text", "text": text, "annotations": []}]}


def stream(flavour: Flavour, *, deltas: bool = True, dones: bool = True) -> list[bytes]:
    """The event order of section 9; ``deltas``/``dones`` leave those events out."""
    e = Events()
    e.add("response.created", response=response_object("in_progress", []))
    e.add("response.in_progress", response=response_object("in_progress", []))
    empty = {**reasoning_item(flavour, ""), flavour.field: []}
    e.add("response.output_item.added", output_index=0, item=empty)
    where = {"item_id": "rs_017e", "output_index": 0, flavour.index_key: 0}
    if dones:
        e.add(flavour.part_added, **where, part={"type": flavour.part_type, "text": ""})
    for p in pieces(TRACE_A.text) if deltas else []:
        e.add(flavour.delta_type, **where, delta=p, obfuscation="Zq3")
    if dones:
        e.add(flavour.done_type, **where, text=TRACE_A.text)
        e.add(flavour.part_done, **where, part={"type": flavour.part_type, "text": TRACE_A.text})
    e.add("response.output_item.done", output_index=0, item=reasoning_item(flavour, TRACE_A.text))
    message = {**message_item(""), "status": "in_progress", "content": []}
    e.add("response.output_item.added", output_index=1, item=message)
    at = {"item_id": "msg_1", "output_index": 1, "content_index": 0}
    e.add("response.content_part.added", **at,
          part={"type": "output_text", "text": "", "annotations": []})
    for p in pieces(ANSWER):
        e.add("response.output_text.delta", **at, delta=p, logprobs=[])
    e.add("response.output_text.done", **at, text=ANSWER, logprobs=[])
    e.add("response.content_part.done", **at,
          part={"type": "output_text", "text": ANSWER, "annotations": []})
    e.add("response.output_item.done", output_index=1, item=message_item(ANSWER))
    e.add("response.completed", response=response_object(
        "completed", [reasoning_item(flavour, TRACE_A.text), message_item(ANSWER)]))
    return e.out


def request(**extra: Any) -> dict[str, Any]:
    return {"model": "o4-mini", "instructions": PROMPT_A, "input": "Write me a riddle.",
            "reasoning": {"effort": "low", "summary": "auto"}, **extra}


def copies(events: list[dict[str, Any]], flavour: Flavour) -> dict[str, list[str]]:
    """Every place the client sees the reasoning text, by kind of event."""
    out: dict[str, list[str]] = {"deltas": [], "done": [], "part": [], "item": [], "final": []}
    for e in events:
        kind = e["type"]
        if kind == flavour.delta_type:
            out["deltas"].append(e["delta"])
        elif kind == flavour.done_type:
            out["done"].append(e["text"])
        elif kind == flavour.part_done and e["item_id"] == "rs_017e":
            out["part"].append(e["part"]["text"])
        elif kind == "response.output_item.done" and e["item"]["type"] == "reasoning":
            out["item"].extend(p["text"] for p in e["item"][flavour.field])
        elif kind == "response.completed":
            out["final"].extend(p["text"] for i in e["response"]["output"]
                                if i["type"] == "reasoning" for p in i[flavour.field])
    return out


def answer_of(events: list[dict[str, Any]]) -> str:
    return "".join(e["delta"] for e in events if e["type"] == "response.output_text.delta")


@pytest.mark.parametrize("key", ["EMPTY", "sk-test"], ids=["no-replay", "replay"])
@pytest.mark.parametrize("flavour", FLAVOURS)
def test_streaming_aggregates_agree_sdk_and_raw(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, flavour: str, key: str
) -> None:
    """Deltas redacted; `*.done`, the part, the item and `response.completed` carry exactly
    the text the deltas added up to (under replay, the nonce too); `encrypted_content`
    untouched; events keep their names."""
    f = FLAVOURS[flavour]
    base = proxy_for(Script(stream(f)))
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    with sdk(base, key).responses.create(**request(), stream=True) as events:
        parsed = [e.model_dump() for e in events]
    seen = copies(parsed, f)
    streamed = "".join(seen["deltas"])
    assert (unmark(streamed) if key != "EMPTY" else streamed) == expected
    assert seen["done"] == seen["part"] == seen["item"] == seen["final"] == [streamed]
    assert answer_of(parsed) == ANSWER
    final = parsed[-1]["response"]
    assert final["output"][0]["encrypted_content"] == ENCRYPTED
    assert final["output"][1]["content"][0]["text"] == ANSWER

    reply = post(base, RESPONSES, request(stream=True))
    assert_guarded(reply.raw, expected, TRACE_A)
    assert TRACE_A.leak not in words(reply.raw.decode())
    for name, data in reply.events():
        assert name == data["type"]
    numbers = [d["sequence_number"] for _, d in reply.events()]
    assert numbers == sorted(numbers)  # synthesised deltas never go back in the sequence
    assert reply.raw.startswith(b"".join(stream(f)[:3]))  # text-free events byte-identical


def test_reasoning_released_before_the_answer_without_done_events(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A server that sends no `*.done` events: the held reasoning goes out, in a synthesised
    delta of its own item, before the first answer delta."""
    reply = post(proxy_for(Script(stream(SUMMARY, dones=False))), RESPONSES,
                 request(stream=True))
    kinds = [d["type"] for _, d in reply.events()]
    first_answer = kinds.index("response.output_text.delta")
    assert SUMMARY.delta_type not in kinds[first_answer:]
    deltas = [d for _, d in reply.events() if d["type"] == SUMMARY.delta_type]
    assert {d["item_id"] for d in deltas} == {"rs_017e"}
    assert "".join(d["delta"] for d in deltas) == oneshot(default_policy, [PROMPT_A],
                                                          TRACE_A.text, "reasoning")


def test_aggregates_without_deltas_sanitized_once(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """Reasoning that only ever arrives whole (item and completed): both copies agree."""
    reply = post(proxy_for(Script(stream(SUMMARY, deltas=False))), RESPONSES,
                 request(stream=True))
    seen = copies([d for _, d in reply.events()], SUMMARY)
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert seen["deltas"] == []
    assert seen["done"] == seen["part"] == seen["item"] == seen["final"] == [expected]


@pytest.mark.parametrize("split", SPLITS)
def test_framing(proxy_for: Callable[..., str], default_policy: CompiledPolicy,
                 split: str) -> None:
    reply = post(proxy_for(Script(split_reads(stream(SUMMARY), split))), RESPONSES,
                 request(stream=True))
    seen = copies([d for _, d in reply.events()], SUMMARY)
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert "".join(seen["deltas"]) == expected and seen["final"] == [expected]


def test_midstream_error_forwarded(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    events = stream(SUMMARY)
    cut_at = next(i for i, e in enumerate(events) if SUMMARY.done_type.encode() in e)
    error = named({"type": "error", "code": "server_error", "message": "overloaded",
                   "param": None, "sequence_number": 99})
    reply = post(proxy_for(Script([*events[:cut_at], error])), RESPONSES, request(stream=True))
    assert reply.raw.endswith(error)
    seen = copies([d for _, d in reply.events()], SUMMARY)
    assert "".join(seen["deltas"]) == oneshot(default_policy, [PROMPT_A], TRACE_A.text,
                                              "reasoning")


def test_unscannable_event_fails_closed(proxy_for: Callable[..., str]) -> None:
    """The Responses error event, then the end; the SDK hands it to the client."""
    events = stream(SUMMARY)
    bad = b"event: response.output_text.delta\ndata: {oops\n\n"
    base = proxy_for(Script([*events[:8], bad, *events[8:]]))
    with sdk(base).responses.create(**request(), stream=True) as received:
        parsed = [e.model_dump() for e in received]
    assert parsed[-1] == {"type": "error", "code": "guardproxy_error", "param": None,
                          "message": "guardproxy could not scan the response",
                          "sequence_number": 0}
    assert all(e["type"] != "response.completed" for e in parsed)


def test_non_streaming_sdk(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    body = response_object("completed", [reasoning_item(SUMMARY, TRACE_A.text),
                                         message_item(ANSWER)])
    base = proxy_for(Script([dumps(body)], content_type="application/json"))
    result = sdk(base).responses.create(**request())
    reasoning, message = result.output
    assert reasoning.type == "reasoning" and message.type == "message"
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert [s.text for s in reasoning.summary] == [expected]
    assert reasoning.encrypted_content == ENCRYPTED
    assert result.output_text == ANSWER
    reply = post(base, RESPONSES, request())
    assert_guarded(reply.raw, expected, TRACE_A)


def test_replay_restores_reasoning_items(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """`store: false` with encrypted reasoning: the client passes the output items back in
    `input`; the upstream gets the original summary, the client only ever saw the sanitized."""
    body = response_object("completed", [reasoning_item(REASONING_TEXT, TRACE_A.text),
                                         message_item(ANSWER)])
    script = Script([dumps(body)], content_type="application/json")
    base = proxy_for(script)
    client = sdk(base, "sk-test")
    first = client.responses.create(**request(store=False,
                                              include=["reasoning.encrypted_content"]))
    sanitized = first.output[0].model_dump(exclude_none=True)
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert unmark(sanitized["content"][0]["text"]) == expected
    history = [{"role": "user", "content": "Write me a riddle."}, sanitized,
               first.output[1].model_dump(exclude_none=True),
               {"role": "user", "content": "Another one."}]
    client.responses.create(**{**request(store=False), "input": history})
    sent = json.loads(script.requests[1].body)["input"]
    assert sent[1]["content"][0]["text"] == TRACE_A.text
    assert sent[1]["encrypted_content"] == ENCRYPTED
    assert sent[2:] == json.loads(dumps(history[2:]))
    assert TRACE_A.leak not in words(str(first))


@pytest.mark.parametrize(
    ("before", "after"),
    [({}, {"instructions": "CANARY"}),
     ({"instructions": "Be brief."}, {"instructions": "Be brief.\n\nCANARY"})],
    ids=["absent", "string"],
)
def test_inject_system(before: dict[str, Any], after: dict[str, Any]) -> None:
    codec = Responses()
    out = codec.inject_system({"model": "m", "input": "hi", **before}, "CANARY")
    assert out == {"model": "m", "input": "hi", **after}
    assert "CANARY" in "".join(codec.protected_texts(out))


def test_protected_texts_instructions_and_input_items() -> None:
    codec = Responses()
    request_in = {
        "instructions": "Secret one.",
        "input": [
            {"role": "developer", "content": "Secret two."},
            {"type": "message", "role": "system",
             "content": [{"type": "input_text", "text": "Secret three."}]},
            {"role": "user", "content": "Not protected."},
        ],
    }
    assert codec.protected_texts(request_in) == ["Secret one.", "Secret two.", "Secret three."]
    assert codec.protected_texts({"input": "just text"}) == []


def test_response_failed_carries_sanitized_partial_output(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """`response.failed` mid-reasoning: the held text goes out first, and the partial output it
    carries has the sanitized text, never the original."""
    events = stream(SUMMARY)
    cut_at = next(i for i, e in enumerate(events) if SUMMARY.done_type.encode() in e)
    failed = {**response_object("failed", [reasoning_item(SUMMARY, TRACE_A.text)]),
              "error": {"code": "server_error", "message": "The model crashed."}}
    end = named({"type": "response.failed", "response": failed, "sequence_number": 90})
    base = proxy_for(Script([*events[:cut_at], end]))
    with sdk(base).responses.create(**request(), stream=True) as received:
        parsed = [e.model_dump() for e in received]
    expected = oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert "".join(e["delta"] for e in parsed if e["type"] == SUMMARY.delta_type) == expected
    last = parsed[-1]
    assert last["type"] == "response.failed"
    assert last["response"]["error"]["message"] == "The model crashed."
    assert last["response"]["output"][0]["summary"][0]["text"] == expected
    assert TRACE_A.leak not in words(json.dumps(parsed))
