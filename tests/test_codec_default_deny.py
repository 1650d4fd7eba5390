"""Nothing unscanned reaches a client, per API, streamed and whole, through the real SDKs: the
families of issue 13 (tool calls, other text fields, errors, protocol games), each with the
system prompt planted where the codec once passed it through byte for byte. The leak must be
caught and the response must still parse in the SDK (tool-call arguments still JSON).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import anthropic
import openai
import pytest
from conftest import Script
from wire import HTTP, dumps, named, ndjson, post

from guardproxy.policy_compile import CompiledPolicy

PROMPT = ("You are Aurora, the support assistant for Nimbus Bank. Never reveal the internal "
          "escalation code NIMBUS-7731-ORCHID to customers, and never discuss other banks.")
WORDS = PROMPT.split()
MARKER = "[redacted:system-prompt]"
ENV = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
DONE = b"data: [DONE]\n\n"
CHAT_REQUEST = {"model": "m", "messages": [{"role": "system", "content": PROMPT},
                                          {"role": "user", "content": "hi"}]}


def assert_no_prompt(text: str | bytes) -> None:
    """No run of seven prompt words, in raw bytes (JSON escapes as spaces) or SDK text."""
    if isinstance(text, bytes):
        text = text.decode()
    text = text.replace('\\"', " ").replace("\\n", " ")
    runs = [" ".join(WORDS[i : i + 7]) for i in range(len(WORDS) - 6)]
    assert not [run for run in runs if run in text], text


def halves(text: str) -> tuple[str, str]:
    return text[: len(text) // 2], text[len(text) // 2 :]


def sse(obj: Any) -> bytes:
    return b"data: " + dumps(obj) + b"\n\n"


def chunk(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
    return sse({**ENV, "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                    "finish_reason": finish, **extra}]})


def openai_sdk(base: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0, timeout=30,
                         http_client=HTTP)


def anthropic_sdk(base: str) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=base, api_key="sk-ant-test", max_retries=0, timeout=30)


# --- chat completions ----------------------------------------------------------------------


def test_chat_tool_call_arguments_streamed(proxy_for: Callable[..., str]) -> None:
    """The prompt split across argument fragments inside a JSON string: redacted in it, and
    the arguments the SDK accumulates are still JSON."""
    arguments = json.dumps({"note": f"Quote: {PROMPT}", "n": 3})
    first, second = halves(arguments)
    call = {"index": 0, "id": "call_1", "type": "function",
            "function": {"name": "lookup", "arguments": first}}
    body = [chunk({"role": "assistant", "tool_calls": [call]}),
            chunk({"tool_calls": [{"index": 0, "function": {"arguments": second}}]}),
            chunk({}, "tool_calls"), DONE]
    base = proxy_for(Script(body))
    stream = openai_sdk(base).chat.completions.create(**CHAT_REQUEST, stream=True)
    fragments = [tc.function.arguments or "" for c in stream for tc in
                 (c.choices[0].delta.tool_calls or []) if tc.function]
    parsed = json.loads("".join(fragments))
    assert parsed["n"] == 3 and MARKER in parsed["note"]
    assert_no_prompt("".join(fragments))


def test_chat_tool_call_whole_and_legacy_function_call(proxy_for: Callable[..., str]) -> None:
    body = {**ENV, "object": "chat.completion", "choices": [{"index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": None,
                        "tool_calls": [{"id": "call_1", "type": "function", "function": {
                            "name": "lookup", "arguments": json.dumps({"q": PROMPT})}}],
                        "function_call": {"name": PROMPT, "arguments": PROMPT}}}]}
    base = proxy_for(Script([dumps(body)], content_type="application/json"))
    message = openai_sdk(base).chat.completions.create(**CHAT_REQUEST).choices[0].message
    assert message.tool_calls is not None
    arguments = message.tool_calls[0].function.arguments  # type: ignore[union-attr]
    assert json.loads(arguments) == {"q": MARKER + "."}
    assert message.function_call is not None
    assert_no_prompt(message.function_call.name + message.function_call.arguments)


@pytest.mark.parametrize("field", ["refusal", "audio", "parts", "message-beside-delta",
                                   "usage-extra", "stop_reason", "annotations"])
def test_chat_other_text_fields_streamed(proxy_for: Callable[..., str], field: str) -> None:
    delta: dict[str, Any] = {
        "refusal": {"refusal": PROMPT},
        "audio": {"audio": {"id": "a1", "transcript": PROMPT}},
        "parts": {"content": [{"type": "text", "text": PROMPT}]},
        "annotations": {"annotations": [{"type": "url_citation", "url_citation": {
            "title": PROMPT, "url": "https://example.com"}}]},
    }.get(field, {"content": "ok"})
    extra = {"message-beside-delta": {"message": {"content": PROMPT}},
             "stop_reason": {"stop_reason": PROMPT}}.get(field, {})
    events = [chunk(delta, **extra)]
    if field == "usage-extra":
        events.append(sse({**ENV, "choices": [], "usage": {"total_tokens": 3},
                           "note": PROMPT}))
    base = proxy_for(Script([*events, chunk({}, "stop"), DONE]))
    reply = post(base, "/v1/chat/completions", {**CHAT_REQUEST, "stream": True})
    assert_no_prompt(reply.raw)
    assert MARKER.encode() in reply.raw
    chunks = list(openai_sdk(base).chat.completions.create(**CHAT_REQUEST, stream=True))
    assert chunks[-1].choices[0].finish_reason == "stop"  # the SDK read every event


def test_chat_refusal_whole(proxy_for: Callable[..., str]) -> None:
    body = {**ENV, "object": "chat.completion", "choices": [{"index": 0, "finish_reason": "stop",
            "message": {"role": "assistant", "content": None, "refusal": PROMPT}}]}
    base = proxy_for(Script([dumps(body)], content_type="application/json"))
    message = openai_sdk(base).chat.completions.create(**CHAT_REQUEST).choices[0].message
    assert message.refusal is not None and MARKER in message.refusal
    assert_no_prompt(message.refusal)


def test_chat_error_chunk_is_one_text(proxy_for: Callable[..., str]) -> None:
    """An error chunk, its choices too, cut into short strings: the SDK raises on it, and
    what it raises with holds no prompt."""
    pieces = [" ".join(WORDS[i : i + 3]) for i in range(0, len(WORDS), 3)]
    error = sse({"error": {"message": pieces[0], "details": pieces[1:]},
                 "choices": [{"index": 0, "delta": {"content": PROMPT}}]})
    base = proxy_for(Script([chunk({"content": "Hi"}), error, DONE]))
    reply = post(base, "/v1/chat/completions", {**CHAT_REQUEST, "stream": True})
    assert_no_prompt(reply.raw)
    with pytest.raises(openai.APIError) as info:
        list(openai_sdk(base).chat.completions.create(**CHAT_REQUEST, stream=True))
    assert_no_prompt(str(info.value.body))


@pytest.mark.parametrize("status", [200, 400, 500])
def test_chat_error_body_split_across_keys(proxy_for: Callable[..., str], status: int) -> None:
    """A body without `choices`, or an upstream error, its prompt cut into keys and short
    strings: scanned as one text, status kept."""
    pieces = [" ".join(WORDS[i : i + 3]) for i in range(0, len(WORDS), 3)]
    body = {"error": {"message": "failed", **dict.fromkeys(pieces[::2], 1),
                      "more": pieces[1::2]}}
    base = proxy_for(Script([dumps(body)], status=status, content_type="application/json"))
    reply = post(base, "/v1/chat/completions", CHAT_REQUEST)
    assert reply.status == status
    assert_no_prompt(reply.raw)
    assert "error" in json.loads(reply.raw)


def test_chat_escaped_logprobs_key_is_emptied(proxy_for: Callable[..., str]) -> None:
    raw = (b'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m",'
           b'"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null,'
           b'"\\u006cogprobs":{"content":[{"token":"' + PROMPT.encode() + b'","logprob":-1,'
           b'"bytes":null,"top_logprobs":[]}]}}]}\n\n')
    base = proxy_for(Script([raw, chunk({}, "stop"), DONE]))
    reply = post(base, "/v1/chat/completions", {**CHAT_REQUEST, "stream": True})
    assert_no_prompt(reply.raw)
    first = next(openai_sdk(base).chat.completions.create(**CHAT_REQUEST, stream=True))
    assert first.choices[0].logprobs is None


def test_chat_duplicate_keys_fail_closed(proxy_for: Callable[..., str]) -> None:
    raw = (b'data: {"choices":[{"index":0,"delta":{"content":"' + PROMPT.encode()
           + b'","content":"Hi"},"finish_reason":null}]}\n\n')
    base = proxy_for(Script([raw, DONE]))
    reply = post(base, "/v1/chat/completions", {**CHAT_REQUEST, "stream": True})
    assert_no_prompt(reply.raw)
    assert b"guardproxy_error" in reply.raw


@pytest.mark.parametrize("stream", [True, False])
def test_a_non_utf8_charset_fails_closed(proxy_for: Callable[..., str], stream: bool) -> None:
    content_type = ("text/event-stream" if stream else "application/json") + "; charset=utf-7"
    body = chunk({"content": "+AFs-hi"}) + DONE if stream else dumps({"choices": []})
    base = proxy_for(Script([body], content_type=content_type))
    reply = post(base, "/v1/chat/completions", {**CHAT_REQUEST, "stream": stream})
    assert reply.status == 502
    assert b"guardproxy_error" in reply.raw


# --- completions ---------------------------------------------------------------------------


def test_completions_stop_reason_and_error(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str,
) -> None:
    """A completions request has no system prompt: the policy's own protected text is it."""
    policy = policy_file(default_policy_text.replace(
        "rules:", f"protected_texts: [{json.dumps(PROMPT)}]\nrules:", 1))
    text = {**ENV, "object": "text_completion",
            "choices": [{"index": 0, "text": "Once", "logprobs": None, "finish_reason": "stop",
                         "stop_reason": PROMPT}]}
    base = proxy_for(Script([sse(text), sse({"error": {"message": PROMPT}}), DONE]),
                     policy=policy)
    reply = post(base, "/v1/completions", {"model": "m", "prompt": "x", "stream": True},)
    assert_no_prompt(reply.raw)
    assert MARKER.encode() in reply.raw
    whole = proxy_for(Script([dumps(text)], content_type="application/json"), policy=policy)
    completion = openai_sdk(whole).completions.create(model="m", prompt="x")
    assert completion.choices[0].text == "Once"
    assert_no_prompt(json.dumps(completion.model_dump()))


# --- responses -----------------------------------------------------------------------------

RESPONSES_REQUEST = {"model": "m", "instructions": PROMPT, "input": "hi"}


def _responses_events(events: list[dict[str, Any]]) -> list[bytes]:
    return [named({**e, "sequence_number": i}) for i, e in enumerate(events)]


def test_responses_function_call_streamed(proxy_for: Callable[..., str]) -> None:
    arguments = json.dumps({"note": PROMPT})
    first, second = halves(arguments)
    item = {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "lookup",
            "arguments": "", "status": "in_progress"}
    done_item = {**item, "arguments": arguments, "status": "completed"}
    response = {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed",
                "model": "m", "output": [done_item], "parallel_tool_calls": True,
                "tool_choice": "auto", "tools": []}
    events = _responses_events([
        {"type": "response.created", "response": {**response, "status": "in_progress",
                                                  "output": []}},
        {"type": "response.output_item.added", "output_index": 0, "item": item},
        {"type": "response.function_call_arguments.delta", "item_id": "fc_1",
         "output_index": 0, "delta": first},
        {"type": "response.function_call_arguments.delta", "item_id": "fc_1",
         "output_index": 0, "delta": second},
        {"type": "response.function_call_arguments.done", "item_id": "fc_1",
         "output_index": 0, "arguments": arguments},
        {"type": "response.output_item.done", "output_index": 0, "item": done_item},
        {"type": "response.completed", "response": response},
    ])
    base = proxy_for(Script(events))
    with openai_sdk(base).responses.stream(**RESPONSES_REQUEST) as stream:
        deltas = "".join(e.delta for e in stream
                         if e.type == "response.function_call_arguments.delta")
        final = stream.get_final_response()
    call = final.output[0]
    assert call.type == "function_call"
    assert json.loads(call.arguments) == json.loads(deltas) == {"note": MARKER + "."}
    assert_no_prompt(json.dumps(final.model_dump()))


@pytest.mark.parametrize("what", ["annotation", "error-event", "unknown-event", "mcp-output"])
def test_responses_other_texts_streamed(proxy_for: Callable[..., str], what: str) -> None:
    event: dict[str, Any] = {
        "annotation": {"type": "response.output_text.annotation.added", "item_id": "m1",
                       "output_index": 0, "content_index": 0, "annotation_index": 0,
                       "annotation": {"type": "url_citation", "title": PROMPT, "url": "u",
                                      "start_index": 0, "end_index": 1}},
        "error-event": {"type": "error", "code": "server_error", "message": PROMPT,
                        "param": None},
        "unknown-event": {"type": "response.future_thing.delta", "delta": PROMPT},
        "mcp-output": {"type": "response.output_item.done", "output_index": 0, "item": {
            "type": "mcp_call", "id": "mcp_1", "server_label": "s", "name": "q",
            "arguments": "{}", "output": PROMPT, "error": None}},
    }[what]
    base = proxy_for(Script(_responses_events([event])))
    reply = post(base, "/v1/responses", {**RESPONSES_REQUEST, "stream": True})
    assert_no_prompt(reply.raw)
    assert MARKER.encode() in reply.raw


def test_responses_whole_custom_tool_and_code(proxy_for: Callable[..., str]) -> None:
    response = {"id": "resp_1", "object": "response", "created_at": 1, "status": "completed",
                "model": "m", "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
                "output": [
                    {"type": "custom_tool_call", "id": "ct_1", "call_id": "c1", "name": "sh",
                     "input": f"echo '{PROMPT}'"},
                    {"type": "function_call", "id": "fc_1", "call_id": "c2", "name": "lookup",
                     "arguments": json.dumps({"q": PROMPT}), "status": "completed"}]}
    base = proxy_for(Script([dumps(response)], content_type="application/json"))
    final = openai_sdk(base).responses.create(**RESPONSES_REQUEST)
    assert_no_prompt(json.dumps(final.model_dump()))
    assert json.loads(final.output[1].arguments) == {"q": MARKER + "."}  # type: ignore[union-attr]


# --- anthropic -----------------------------------------------------------------------------

ANTHROPIC_REQUEST = {"model": "claude-test", "max_tokens": 100, "system": PROMPT,
                     "messages": [{"role": "user", "content": "hi"}]}
MESSAGE = {"id": "msg_1", "type": "message", "role": "assistant", "model": "claude-test",
           "content": [], "stop_reason": None, "stop_sequence": None,
           "usage": {"input_tokens": 1, "output_tokens": 1}}


def _anthropic(blocks: list[bytes], stop_sequence: str | None = None) -> list[bytes]:
    return [named({"type": "message_start", "message": MESSAGE}), *blocks,
            named({"type": "message_delta", "delta": {"stop_reason": "end_turn",
                                                      "stop_sequence": stop_sequence},
                   "usage": {"output_tokens": 3}}),
            named({"type": "message_stop"})]


def test_anthropic_tool_use_streamed(proxy_for: Callable[..., str]) -> None:
    """`input_json_delta` carries the prompt in a JSON string: redacted, and the input the SDK
    builds from the partial JSON is still an object."""
    first, second = halves(json.dumps({"note": PROMPT, "n": 2}))
    blocks = [
        named({"type": "content_block_start", "index": 0, "content_block": {
            "type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {}}}),
        *(named({"type": "content_block_delta", "index": 0,
                 "delta": {"type": "input_json_delta", "partial_json": p}})
          for p in (first, second)),
        named({"type": "content_block_stop", "index": 0}),
    ]
    base = proxy_for(Script(_anthropic(blocks, stop_sequence=PROMPT)))
    with anthropic_sdk(base).messages.stream(**ANTHROPIC_REQUEST) as stream:
        message = stream.get_final_message()
    block = message.content[0]
    assert block.type == "tool_use"
    assert block.input == {"note": MARKER + ".", "n": 2}
    assert_no_prompt(json.dumps(message.model_dump()))


@pytest.mark.parametrize("what", ["citation", "untyped", "error", "server-tool-result"])
def test_anthropic_other_texts_streamed(proxy_for: Callable[..., str], what: str) -> None:
    start = named({"type": "content_block_start", "index": 0,
                   "content_block": {"type": "text", "text": ""}})
    stop = named({"type": "content_block_stop", "index": 0})
    events = {
        "citation": [start, named({"type": "content_block_delta", "index": 0, "delta": {
            "type": "citations_delta", "citation": {
                "type": "char_location", "cited_text": PROMPT, "document_index": 0,
                "document_title": "doc", "start_char_index": 0, "end_char_index": 1}}}), stop],
        # Typed by its `event:` name: its data has no `type`.
        "untyped": [start, b"event: content_block_delta\ndata: " + dumps(
            {"index": 0, "delta": {"type": "text_delta", "text": PROMPT}}) + b"\n\n", stop],
        "error": [named({"type": "error", "error": {"type": "api_error", "message": PROMPT}})],
        "server-tool-result": [named({"type": "content_block_start", "index": 0,
                                      "content_block": {
                                          "type": "web_search_tool_result",
                                          "tool_use_id": "srvtoolu_1", "content": [
                                              {"type": "web_search_result", "title": PROMPT,
                                               "url": "u", "encrypted_content": "e"}]}}),
                               named({"type": "content_block_stop", "index": 0})],
    }[what]
    base = proxy_for(Script(_anthropic(events)))
    reply = post(base, "/v1/messages", {**ANTHROPIC_REQUEST, "stream": True})
    assert_no_prompt(reply.raw)
    assert MARKER.encode() in reply.raw
    if what == "error":
        with pytest.raises(anthropic.APIStatusError) as info, \
                anthropic_sdk(base).messages.stream(**ANTHROPIC_REQUEST) as stream:
            stream.get_final_message()
        assert_no_prompt(str(info.value))
        return
    with anthropic_sdk(base).messages.stream(**ANTHROPIC_REQUEST) as stream:
        assert_no_prompt(json.dumps(stream.get_final_message().model_dump()))


def test_anthropic_whole_tool_use_and_stop_sequence(proxy_for: Callable[..., str]) -> None:
    body = {**MESSAGE, "stop_reason": "stop_sequence", "stop_sequence": PROMPT, "content": [
        {"type": "text", "text": "Sure.", "citations": [{"type": "char_location",
                                                         "cited_text": PROMPT}]},
        {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"note": PROMPT}}]}
    base = proxy_for(Script([dumps(body)], content_type="application/json"))
    message = anthropic_sdk(base).messages.create(**ANTHROPIC_REQUEST)
    assert_no_prompt(json.dumps(message.model_dump()))
    assert message.content[1].type == "tool_use"
    assert message.content[1].input == {"note": MARKER + "."}


# --- ollama (no SDK among the test dependencies: raw NDJSON) ---------------------------------

OLLAMA_REQUEST = {"model": "m", "messages": [{"role": "system", "content": PROMPT},
                                             {"role": "user", "content": "hi"}]}


@pytest.mark.parametrize("stream", [True, False])
def test_ollama_tool_calls_and_error_lines(proxy_for: Callable[..., str], stream: bool) -> None:
    line = {"model": "m", "created_at": "t", "message": {
        "role": "assistant", "content": "",
        "tool_calls": [{"function": {"name": "lookup", "arguments": {"note": PROMPT}}}]},
        "done": not stream, "error": None}
    lines = [ndjson(line)]
    if stream:
        lines += [ndjson({"error": PROMPT})]
    script = Script(lines, content_type="application/x-ndjson" if stream
                    else "application/json")
    reply = post(proxy_for(script), "/api/chat", {**OLLAMA_REQUEST, "stream": stream})
    assert_no_prompt(reply.raw)
    first = reply.lines()[0]
    assert first["message"]["tool_calls"][0]["function"]["arguments"] == {"note": MARKER + "."}
    if stream:
        assert "error" in reply.lines()[-1]


def test_unchanged_events_still_pass_byte_identical(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """Default-deny scans; it does not rewrite what it found clean."""
    events = [chunk({"role": "assistant", "content": ""}),
              sse({**ENV, "choices": [], "usage": {"prompt_tokens": 1, "total_tokens": 2}}),
              chunk({}, "stop"), DONE]
    reply = post(proxy_for(Script(events)), "/v1/chat/completions",
                 {**CHAT_REQUEST, "stream": True})
    assert reply.raw == b"".join(events)
