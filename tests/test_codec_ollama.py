"""Ollama: native `/api/chat` and `/api/generate` (NDJSON, `thinking`, error lines, `context`)
and the OpenAI-compatible `/v1` shape, played byte for byte by the scripted upstream as in
wire-formats.md section 4.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import openai
import pytest
from conftest import Script
from traces import ANSWER, PROMPT_A, PROMPT_MARKER, TRACE_A, assert_guarded, oneshot, pieces
from wire import HTTP, KEYED, SPLITS, dumps, ndjson, post, split_reads, unmark, words

from guardproxy.codecs.ollama import OllamaChat, OllamaGenerate
from guardproxy.policy_compile import CompiledPolicy

NDJSON = "application/x-ndjson"
CREATED = "2025-10-26T17:15:24.09Z"
ERROR_LINE = b'{"error":"an error was encountered while running the model"}\n'


def chat_line(message: dict[str, Any], *, done: bool = False, **extra: Any) -> bytes:
    return ndjson({"model": "qwen3", "created_at": CREATED,
                   "message": {"role": "assistant", "content": "", **message}, "done": done,
                   **extra})


DONE_CHAT = chat_line({}, done=True, done_reason="stop", total_duration=4883583458,
                      eval_count=282)


def chat_stream(thinking: str = TRACE_A.text, answer: str = ANSWER) -> list[bytes]:
    return [*[chat_line({"thinking": p}) for p in pieces(thinking)],
            *[chat_line({"content": p}) for p in pieces(answer)], DONE_CHAT]


def generate_line(response: str = "", *, done: bool = False, **extra: Any) -> bytes:
    return ndjson({"model": "qwen3", "created_at": CREATED, "response": response,
                   "done": done, **extra})


CONTEXT = [151644, 872, 198, 7985, 752, 264]


def generate_stream() -> list[bytes]:
    return [*[generate_line(thinking=p) for p in pieces(TRACE_A.text)],
            *[generate_line(p) for p in pieces(ANSWER)],
            generate_line(done=True, done_reason="stop", context=CONTEXT, eval_count=282)]


def chat_request(**extra: Any) -> dict[str, Any]:
    return {"model": "qwen3", "think": True,
            "messages": [{"role": "system", "content": PROMPT_A},
                         {"role": "user", "content": "Write me a riddle."}], **extra}


def generate_request(**extra: Any) -> dict[str, Any]:
    return {"model": "qwen3", "think": True, "system": PROMPT_A,
            "prompt": "Write me a riddle.", **extra}


def joined(lines: list[dict[str, Any]], key: str, holder: str | None = "message") -> str:
    return "".join((line.get(holder) if holder else line).get(key) or "" for line in lines
                   if "error" not in line)


def reasoning_first(lines: list[dict[str, Any]], holder: str | None, answer: str) -> None:
    kinds = [k for line in lines if "error" not in line
             for k in ("thinking", answer) if ((line.get(holder) if holder else line) or {}).get(k)]
    if answer in kinds:
        assert "thinking" not in kinds[kinds.index(answer):]


@pytest.mark.parametrize("split", [*SPLITS, "crlf"])
def test_chat_stream(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, split: str
) -> None:
    """`message.thinking` redacted, the answer intact and after it, the done line kept, lines
    cut every way across reads (a JSON object, a UTF-8 character, several lines in one)."""
    lines = chat_stream()
    script = Script(split_reads(lines, split), content_type=NDJSON)
    reply = post(proxy_for(script), "/api/chat", chat_request())
    assert reply.status == 200
    assert reply.headers["content-type"] == NDJSON
    got = reply.lines()
    thinking = joined(got, "thinking")
    assert thinking == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert_guarded(reply.raw, thinking, TRACE_A)
    assert joined(got, "content") == ANSWER
    reasoning_first(got, "message", "content")
    assert got[-1]["done"] is True and got[-1]["eval_count"] == 282
    assert got[-1]["done_reason"] == "stop"


def test_chat_unchanged_lines_byte_identical(proxy_for: Callable[..., str]) -> None:
    """Lines with no text to change go out as they came (tool calls included)."""
    tool = chat_line({"tool_calls": [{"function": {"name": "weather",
                                                   "arguments": {"city": "Paris"}}}]})
    lines = [chat_line({}), tool, DONE_CHAT]
    reply = post(proxy_for(Script(lines, content_type=NDJSON)), "/api/chat", chat_request())
    assert reply.raw == b"".join(lines)


def test_chat_error_line(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    """A mid-stream `{"error": ...}` line (status 200): what was scanned, then the error."""
    lines = [*chat_stream()[: len(pieces(TRACE_A.text))], ERROR_LINE]
    reply = post(proxy_for(Script(lines, content_type=NDJSON)), "/api/chat", chat_request())
    assert reply.status == 200
    assert reply.raw.endswith(ERROR_LINE)
    assert joined(reply.lines(), "thinking") == oneshot(default_policy, [PROMPT_A],
                                                        TRACE_A.text, "reasoning")


LEAKED = " ".join(PROMPT_A.split()[:10])


@pytest.mark.parametrize(("fields", "scanned"), [
    ({"error": LEAKED}, "error"),
    ({"error": "", "detail": LEAKED}, "detail"),
    ({"error": {"message": LEAKED}}, "error"),
], ids=["error", "unknown-key", "error-object"])
def test_error_line_scans_its_text_not_its_metadata(
        proxy_for: Callable[..., str], fields: dict[str, Any], scanned: str) -> None:
    """An error line's `error`, and any key the map does not know, are still scanned now that
    its metadata passes as on any line (test_leak_pieces: read as words, it split a run)."""
    line = ndjson({"model": "qwen3", "created_at": CREATED, **fields, "done": False})
    reply = post(proxy_for(Script([chat_line({}), line], content_type=NDJSON)), "/api/chat",
                 chat_request())
    got = reply.lines()[-1]
    assert (got["model"], got["created_at"]) == ("qwen3", CREATED)
    assert PROMPT_MARKER in json.dumps(got[scanned])
    assert "Riddler" not in reply.raw.decode()


def test_chat_ends_without_done(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    lines = chat_stream()[: len(pieces(TRACE_A.text))]
    reply = post(proxy_for(Script(lines, content_type=NDJSON)), "/api/chat", chat_request())
    last = reply.lines()[-1]
    assert last["done"] is False and last["model"] == "qwen3" and last["created_at"] == CREATED
    assert joined(reply.lines(), "thinking") == oneshot(default_policy, [PROMPT_A],
                                                        TRACE_A.text, "reasoning")


@pytest.mark.parametrize("bad", [b"not json at all\n", b"[1, 2]\n", b'{"message": "x"}\n'],
                         ids=["not-json", "not-object", "message-not-object"])
def test_unscannable_line_fails_closed(proxy_for: Callable[..., str], bad: bytes) -> None:
    lines = chat_stream()
    lines.insert(8, bad)
    reply = post(proxy_for(Script(lines, content_type=NDJSON)), "/api/chat", chat_request())
    assert reply.lines()[-1] == {"error": "guardproxy could not scan the response"}
    assert bad not in reply.raw
    assert "whisper" not in words(reply.raw.decode())


def test_line_over_limit_fails_closed(proxy_for: Callable[..., str]) -> None:
    big = chat_line({"thinking": TRACE_A.text * 20})
    assert len(big) > 1024
    reply = post(proxy_for(Script([chat_line({}), big[:500], big[500:]], content_type=NDJSON),
                           max_event_bytes=1024), "/api/chat", chat_request())
    assert reply.lines() == [json.loads(chat_line({})),
                             {"error": "guardproxy could not scan the response"}]


def test_generate_stream_withholds_context(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """`/api/generate`: top-level `thinking`/`response`; the final `context` (token ids of the
    unscanned text) is withheld, the rest of the done line kept."""
    script = Script(split_reads(generate_stream(), "json-split"), content_type=NDJSON)
    reply = post(proxy_for(script), "/api/generate", generate_request())
    got = reply.lines()
    thinking = joined(got, "thinking", None)
    assert thinking == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert_guarded(reply.raw, thinking, TRACE_A)
    assert joined(got, "response", None) == ANSWER
    reasoning_first(got, None, "response")
    assert "context" not in got[-1]
    assert (got[-1]["done"], got[-1]["eval_count"]) == (True, 282)


@pytest.mark.parametrize("path", ["/api/chat", "/api/generate"])
def test_non_streaming(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, path: str
) -> None:
    if path == "/api/chat":
        body = json.loads(chat_line({"thinking": TRACE_A.text, "content": ANSWER}, done=True))
        payload = chat_request(stream=False)
    else:
        body = json.loads(generate_line(ANSWER, thinking=TRACE_A.text, done=True,
                                        context=CONTEXT))
        payload = generate_request(stream=False)
    script = Script([dumps(body)], content_type="application/json; charset=utf-8")
    reply = post(proxy_for(script), path, payload)
    got = json.loads(reply.raw)
    holder = got["message"] if path == "/api/chat" else got
    assert holder["thinking"] == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert holder["content" if path == "/api/chat" else "response"] == ANSWER
    assert "context" not in got
    assert_guarded(reply.raw, holder["thinking"], TRACE_A)


def test_inline_think_in_content(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A model without a thinking parser writes `<think>` into `content`."""
    content = f"<think>\n{TRACE_A.text}\n</think>\n\n{ANSWER}"
    lines = [chat_line({"content": content[i : i + 6]}) for i in range(0, len(content), 6)]
    reply = post(proxy_for(Script([*lines, DONE_CHAT], content_type=NDJSON)), "/api/chat",
                 chat_request())
    text = joined(reply.lines(), "content")
    reasoning, _, answer = text.removeprefix("<think>").partition("</think>")
    assert reasoning == oneshot(default_policy, [PROMPT_A], f"\n{TRACE_A.text}\n", "reasoning")
    assert answer == "\n\n" + ANSWER


def test_replay_restores_thinking(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A tool-call turn sent back with the thinking the client received: the upstream gets the
    original; the client never saw it."""
    call = {"function": {"name": "weather", "arguments": {"city": "Paris"}}}
    lines = [*[chat_line({"thinking": p}) for p in pieces(TRACE_A.text)],
             chat_line({"tool_calls": [call]}), DONE_CHAT]
    script = Script(lines, content_type=NDJSON)
    base = proxy_for(script)
    first = post(base, "/api/chat", chat_request(), KEYED)
    thinking = joined(first.lines(), "thinking")
    assert unmark(thinking) == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    history = [*chat_request()["messages"],
               {"role": "assistant", "content": "", "thinking": thinking, "tool_calls": [call]},
               {"role": "tool", "content": "Sunny, 24 C", "tool_name": "weather"}]
    post(base, "/api/chat", chat_request(messages=history), KEYED)
    sent = json.loads(script.requests[1].body)["messages"]
    assert sent[2] == {**history[2], "thinking": TRACE_A.text}
    assert sent[3] == history[3]
    assert TRACE_A.leak not in words(first.raw.decode())


def test_v1_shape(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    """Ollama's OpenAI-compatible `/v1`: `reasoning` on `delta`; a mixed emission comes as two
    chunks, reasoning first; through the chat codec with the openai SDK."""
    env = {"id": "chatcmpl-570", "object": "chat.completion.chunk", "created": 1761500000,
           "model": "qwen3", "system_fingerprint": "fp_ollama"}

    def sse(delta: dict[str, Any], finish: str | None = None) -> bytes:
        choice = {"index": 0, "delta": {"role": "assistant", **delta}, "finish_reason": finish}
        return b"data: " + dumps({**env, "choices": [choice]}) + b"\n\n"

    parts = pieces(TRACE_A.text)
    answer = pieces(ANSWER)
    events = [*[sse({"content": "", "reasoning": p}) for p in parts],
              *[sse({"content": p}) for p in answer], sse({"content": ""}, "stop"),
              b"data: [DONE]\n\n"]
    base = proxy_for(Script(events))
    client = openai.OpenAI(base_url=base + "/v1", api_key="ollama", max_retries=0,
                           http_client=HTTP)
    chunks = [c.model_dump() for c in client.chat.completions.create(
        model="qwen3", stream=True, messages=chat_request()["messages"])]
    deltas = [c["choices"][0]["delta"] for c in chunks]
    reasoning = "".join(d.get("reasoning") or "" for d in deltas)
    assert reasoning == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert "".join(d.get("content") or "" for d in deltas) == ANSWER
    first_answer = next(i for i, d in enumerate(deltas) if d.get("content"))
    assert not any(d.get("reasoning") for d in deltas[first_answer + 1 :])


INJECT_CHAT = [
    ([{"role": "user", "content": "hi"}],
     [{"role": "system", "content": "CANARY"}, {"role": "user", "content": "hi"}]),
    ([{"role": "system", "content": "Be brief."}, {"role": "user", "content": "hi"}],
     [{"role": "system", "content": "Be brief.\n\nCANARY"}, {"role": "user", "content": "hi"}]),
]


@pytest.mark.parametrize(("before", "after"), INJECT_CHAT, ids=["no-system", "system"])
def test_inject_system_chat(before: list[Any], after: list[Any]) -> None:
    codec = OllamaChat()
    request_in = {"model": "qwen3", "messages": before}
    snapshot = json.loads(json.dumps(request_in))
    out = codec.inject_system(request_in, "CANARY")
    assert out == {"model": "qwen3", "messages": after}
    assert request_in == snapshot
    assert "CANARY" in "".join(codec.protected_texts(out))


@pytest.mark.parametrize(("before", "after"),
                         [({}, "CANARY"), ({"system": "Be brief."}, "Be brief.\n\nCANARY")],
                         ids=["no-system", "system"])
def test_inject_system_generate(before: dict[str, Any], after: str) -> None:
    codec = OllamaGenerate()
    out = codec.inject_system({"model": "qwen3", "prompt": "hi", **before}, "CANARY")
    assert out == {"model": "qwen3", "prompt": "hi", "system": after}
    assert codec.protected_texts(out) == [after]


@pytest.mark.parametrize(
    ("path", "content_type", "body"),
    [("/v1/chat/completions", NDJSON, chat_line({"content": TRACE_A.text}) + b"\n"),
     ("/api/chat", "text/event-stream", b"data: " + chat_line({"content": TRACE_A.text}) + b"\n")],
    ids=["ndjson-on-an-sse-route", "sse-on-an-ndjson-route"],
)
def test_stream_of_the_other_framing_refused(
    proxy_for: Callable[..., str], path: str, content_type: str, body: bytes
) -> None:
    """A codec reads only its own framing; a stream in another is refused, not relayed (an SSE
    reader would pass NDJSON lines on as unknown fields, unscanned)."""
    reply = post(proxy_for(Script([body], content_type=content_type)), path, chat_request())
    assert reply.status == 502
    assert b"enigmatic" not in reply.raw
