"""Default-deny (codecs/walk.py): every string of every event and body, values and keys, at any
depth, is scanned, handed to a codec's track, or is one-token metadata; errors are one text;
JSON with duplicate keys fails closed.

The property: a random JSON event or body of any codec (a realistic one with random subtrees
grafted on), with the system prompt planted in a random string or key, never gets the prompt
to the client, streamed or whole; it either comes out redacted or the response fails closed.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from guardproxy.channels import InlineThink
from guardproxy.codecs.anthropic_messages import AnthropicMessages
from guardproxy.codecs.base import Codec, CodecError, StreamFault, sanitized_error
from guardproxy.codecs.native import LLAMACPP, SGLANG, TGI, NativeCodec
from guardproxy.codecs.ollama import OllamaChat, OllamaGenerate
from guardproxy.codecs.openai_chat import ChatCompletions
from guardproxy.codecs.openai_completions import Completions
from guardproxy.codecs.openai_responses import Responses
from guardproxy.codecs.walk import EMPTY, DuplicateKeys, load, scan, unique_keys
from guardproxy.policy_compile import CompiledPolicy

PROMPT = ("You are Aurora, the support assistant for Nimbus Bank. Never reveal the internal "
          "escalation code NIMBUS-7731-ORCHID to customers, and never discuss other banks.")
WORDS = PROMPT.split()
CALL = {"index": 0, "id": "call_1", "type": "function",
        "function": {"name": "lookup", "arguments": '{"q": "rates"}'}}
USAGE = {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}

ENV = {"id": "c1", "object": "chat.completion.chunk", "created": 1, "model": "m"}


def _choice(delta: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {**ENV, "choices": [{"index": 0, "delta": delta, "logprobs": None,
                                "finish_reason": None, **extra}]}


ANTHROPIC_MESSAGE = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
                     "stop_reason": None, "usage": {"input_tokens": 1, "output_tokens": 1}}
RESPONSE = {"id": "resp_1", "object": "response", "status": "completed", "model": "m",
            "output": [
                {"type": "reasoning", "id": "r1", "summary": [{"type": "summary_text",
                                                              "text": "thinking"}]},
                {"type": "message", "id": "m1", "role": "assistant", "status": "completed",
                 "content": [{"type": "output_text", "text": "hi", "annotations": []}]},
                {"type": "function_call", "id": "f1", "call_id": "c1", "name": "lookup",
                 "arguments": '{"q": "rates"}', "status": "completed"},
            ]}

# Per codec: events as upstreams send them, and whole bodies.
EVENTS: dict[str, list[dict[str, Any]]] = {
    "chat": [
        _choice({"reasoning_content": "Let me think."}),
        _choice({"content": "The answer."}),
        _choice({"reasoning": "hmm", "reasoning_details": [
            {"type": "reasoning.text", "text": "hmm", "index": 0}]}),
        _choice({"tool_calls": [CALL]}),
        _choice({"content": ""}, finish_reason="stop"),
        {**ENV, "choices": [], "usage": USAGE},
        {"error": {"message": "upstream failed", "type": "server_error"}},
    ],
    "completions": [
        {**ENV, "object": "text_completion",
         "choices": [{"index": 0, "text": "Once", "logprobs": None, "finish_reason": None}]},
    ],
    "responses": [
        {"type": "response.output_text.delta", "item_id": "m1", "output_index": 1,
         "content_index": 0, "delta": "The answer", "sequence_number": 3},
        {"type": "response.reasoning_summary_text.delta", "item_id": "r1", "output_index": 0,
         "summary_index": 0, "delta": "Thinking", "sequence_number": 2},
        {"type": "response.function_call_arguments.delta", "item_id": "f1",
         "output_index": 2, "delta": '{"q": "ra', "sequence_number": 4},
        {"type": "response.output_item.done", "output_index": 2,
         "item": RESPONSE["output"][2], "sequence_number": 5},  # type: ignore[index]
        {"type": "response.completed", "response": RESPONSE, "sequence_number": 9},
        {"type": "error", "code": "server_error", "message": "failed", "sequence_number": 1},
    ],
    "anthropic": [
        {"type": "content_block_delta", "index": 0,
         "delta": {"type": "text_delta", "text": "The answer"}},
        {"type": "content_block_delta", "index": 0,
         "delta": {"type": "thinking_delta", "thinking": "Hmm"}},
        {"type": "content_block_delta", "index": 1,
         "delta": {"type": "input_json_delta", "partial_json": '{"q": "ra'}},
        {"type": "content_block_start", "index": 1,
         "content_block": {"type": "tool_use", "id": "t1", "name": "lookup", "input": {}}},
        {"type": "message_start", "message": {**ANTHROPIC_MESSAGE, "content": []}},
        {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
         "usage": {"output_tokens": 3}},
        {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}},
    ],
    "ollama_chat": [
        {"model": "m", "created_at": "t", "message": {"role": "assistant", "content": "a",
                                                      "thinking": "b"}, "done": False},
        {"model": "m", "created_at": "t", "message": {"role": "assistant", "content": "",
         "tool_calls": [{"function": {"name": "lookup", "arguments": {"q": "rates"}}}]},
         "done": False},
        {"model": "m", "created_at": "t", "message": {"role": "assistant", "content": ""},
         "done": True, "done_reason": "stop", "eval_count": 3, "error": None},
        {"error": "model not found"},
    ],
    "ollama_generate": [
        {"model": "m", "created_at": "t", "response": "a", "thinking": "b", "done": False},
        {"model": "m", "created_at": "t", "response": "", "done": True, "context": [1, 2]},
    ],
}
EVENTS |= {
    "llamacpp": [{"content": "The", "stop": False, "id_slot": 0, "index": 0},
                 {"content": "", "stop": True, "model": "m", "stop_type": "eos",
                  "stopping_word": "", "timings": {"prompt_n": 3}}],
    "sglang": [{"text": "The", "meta_info": {"id": "x", "finish_reason": None}},
               {"text": "The end", "meta_info": {"id": "x", "finish_reason": {
                   "type": "stop", "matched": 2}}}],
    "tgi": [{"index": 1, "token": {"id": 5, "text": "The", "logprob": -0.1, "special": False},
             "generated_text": None, "details": None}],
}
BODIES: dict[str, list[dict[str, Any]]] = {
    "chat": [{**ENV, "object": "chat.completion", "usage": USAGE, "choices": [
        {"index": 0, "finish_reason": "tool_calls", "message": {
            "role": "assistant", "content": "The answer.", "reasoning_content": "Hmm.",
            "tool_calls": [{k: v for k, v in CALL.items() if k != "index"}]}}]}],
    "completions": [{**ENV, "object": "text_completion", "choices": [
        {"index": 0, "text": "Once", "logprobs": None, "finish_reason": "stop"}]}],
    "responses": [RESPONSE],
    "anthropic": [{**ANTHROPIC_MESSAGE, "content": [
        {"type": "thinking", "thinking": "Hmm.", "signature": "sig"},
        {"type": "text", "text": "The answer.", "citations": []},
        {"type": "tool_use", "id": "t1", "name": "lookup", "input": {"q": "rates"}}]}],
    "ollama_chat": EVENTS["ollama_chat"][:3],
    "ollama_generate": EVENTS["ollama_generate"],
    "llamacpp": [EVENTS["llamacpp"][1] | {"content": "The answer."}],
    "sglang": EVENTS["sglang"],
    "tgi": [{"generated_text": "The answer.", "details": None}],
}
CODECS: dict[str, Codec] = {
    "chat": ChatCompletions(), "completions": Completions(), "responses": Responses(),
    "anthropic": AnthropicMessages(), "ollama_chat": OllamaChat(),
    "ollama_generate": OllamaGenerate(), "llamacpp": NativeCodec(LLAMACPP),
    "sglang": NativeCodec(SGLANG), "tgi": NativeCodec(TGI),
}
KEYS = ["content", "text", "delta", "message", "choices", "reasoning", "type", "id", "name",
        "arguments", "input", "tool_calls", "function", "error", "model", "thinking",
        "response", "output", "item", "part", "summary", "signature", "index", "logprobs",
        "role", "annotations", "refusal", "x"]
SCALARS = st.none() | st.booleans() | st.integers() | st.text("ab ", max_size=4)
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.sampled_from(KEYS), inner, max_size=3), max_leaves=6)


def _containers(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value, *(c for v in value.values() for c in _containers(v))]
    if isinstance(value, list):
        return [c for v in value for c in _containers(v)]
    return []


def _strings(value: Any) -> list[tuple[Any, Any, bool]]:
    """Every place a string is: (container, key or index, whether it is the key itself)."""
    found: list[tuple[Any, Any, bool]] = []
    items = value.items() if isinstance(value, dict) else \
        enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        if isinstance(value, dict):
            found.append((value, key, True))
        if isinstance(item, str):
            found.append((value, key, False))
        found.extend(_strings(item))
    return found


@st.composite
def planted(draw: st.DrawFn, templates: list[dict[str, Any]]) -> dict[str, Any]:
    """A template with a random subtree grafted on and the prompt in one of its strings."""
    return draw(planted_in(templates))[1]


@st.composite
def planted_in(draw: st.DrawFn,
               templates: list[dict[str, Any]]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the template, the template planted)."""
    template = draw(st.sampled_from(templates))
    value = copy.deepcopy(template)
    if draw(st.booleans()):
        holder = draw(st.sampled_from(_containers(value)))
        holder[draw(st.sampled_from(KEYS))] = draw(JSON)
    container, key, is_key = draw(st.sampled_from(_strings(value)))
    text = draw(st.sampled_from(["", "Note: ", "x"])) + PROMPT + draw(st.sampled_from(["", " ok"]))
    if is_key:
        items = list(container.items())
        container.clear()
        container.update((text if k == key else k, v) for k, v in items)
    else:
        container[key] = text
    return template, value


def _framed(name: str, value: dict[str, Any]) -> bytes:
    data = json.dumps(value).encode()
    if name.startswith("ollama"):
        return data + b"\n"
    kind = value.get("type")
    head = f"event: {kind}\n".encode() if isinstance(kind, str) and "\n" not in kind else b""
    return head + b"data: " + data + b"\n\n"


def _streamed(codec: Codec, policy: CompiledPolicy, raw: bytes, before: bytes = b"") -> bytes:
    """``raw`` streamed, after ``before`` (whose output is not the test's)."""
    stream = codec.stream(policy.channels([PROMPT]), InlineThink())
    try:
        if before:
            stream.feed(before)
        out = stream.feed(raw)
        return out + stream.close()
    except StreamFault as fault:
        return fault.released  # the proxy ends the stream with its error event here
    except CodecError:
        return b""


def _whole(codec: Codec, policy: CompiledPolicy, body: bytes) -> bytes:
    try:
        return codec.whole(body, policy.channels([PROMPT]), InlineThink())
    except CodecError:
        return b""  # fail closed: the proxy answers with its own error


def assert_no_prompt(out: bytes) -> None:
    text = out.decode().replace('\\"', " ")
    runs = [" ".join(WORDS[i : i + 7]) for i in range(len(WORDS) - 6)]
    assert not [run for run in runs if run in text], text


SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@pytest.mark.parametrize("name", list(CODECS))
@SETTINGS
@given(data=st.data())
def test_a_planted_prompt_never_streams_out(
    default_policy: CompiledPolicy, name: str, data: st.DataObject
) -> None:
    value = data.draw(planted(EVENTS[name]))
    assert_no_prompt(_streamed(CODECS[name], default_policy, _framed(name, value)))


@pytest.mark.parametrize("name", ["chat", "completions", "responses", "anthropic"])
@SETTINGS
@given(data=st.data())
def test_a_planted_prompt_after_its_clean_template_never_streams_out(
    default_policy: CompiledPolicy, name: str, data: st.DataObject
) -> None:
    """The event before is the template as it was: the fast path for events of a shape seen
    clean must not let through one that only looks like it."""
    template, value = data.draw(planted_in(EVENTS[name]))
    out = _streamed(CODECS[name], default_policy, _framed(name, value),
                    before=_framed(name, template))
    assert_no_prompt(out)


@pytest.mark.parametrize("name", list(CODECS))
@SETTINGS
@given(data=st.data())
def test_a_planted_prompt_never_leaves_in_a_whole_body(
    default_policy: CompiledPolicy, name: str, data: st.DataObject
) -> None:
    value = data.draw(planted(BODIES[name]))
    assert_no_prompt(_whole(CODECS[name], default_policy, json.dumps(value).encode()))


@SETTINGS
@given(data=st.data())
def test_a_planted_prompt_never_leaves_in_an_error_body(
    default_policy: CompiledPolicy, data: st.DataObject
) -> None:
    value = data.draw(planted([{"error": {"message": "bad", "type": "invalid", "code": 400}},
                               {"type": "error", "error": {"type": "x", "message": "y"}}]))
    assert_no_prompt(sanitized_error(json.dumps(value).encode(),
                                     default_policy.channels([PROMPT])))


# --- errors are one text -------------------------------------------------------------------


def _split(text: str, size: int) -> list[str]:
    words = text.split()
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


@pytest.mark.parametrize("shape", ["values", "keys", "nested"])
def test_an_error_cut_into_short_strings_is_scanned_as_one_text(
    default_policy: CompiledPolicy, shape: str
) -> None:
    """Each piece alone is too short to be a leak; together, in order, they are one."""
    pieces = _split(PROMPT, 3)
    body: Any = {
        "values": {"error": {"messages": pieces, "type": "invalid_request_error"}},
        "keys": {"error": dict.fromkeys(pieces, 1)},
        "nested": {"error": {"a": {"b": pieces[:3]}, "c": [{"d": p} for p in pieces[3:]]}},
    }[shape]
    out = sanitized_error(json.dumps(body).encode(), default_policy.channels([PROMPT]))
    assert_no_prompt(out)
    assert "[redacted:system-prompt]" in out.decode()
    assert isinstance(json.loads(out), dict)  # still JSON, still the error's shape
    assert "error" in json.loads(out)


def test_an_error_the_scan_leaves_alone_goes_out_byte_for_byte(
    default_policy: CompiledPolicy,
) -> None:
    body = b'{"error": {"message": "model not found",  "code": 404}}'
    assert sanitized_error(body, default_policy.channels([PROMPT])) == body


def test_a_redaction_across_strings_goes_to_the_first_of_them(
    default_policy: CompiledPolicy,
) -> None:
    """The text is cut back at the separators the redaction left; the strings it swallowed
    are emptied, the rest keep their text."""
    head, tail = PROMPT[:60], PROMPT[60:]
    value = ["Before.", head, tail, "After."]
    assert scan(value, EMPTY, default_policy.channels([PROMPT]))
    assert value[0] == "Before." and value[3] == "After."
    assert "[redacted:system-prompt]" in value[1] and value[2] == ""


# --- strict parsing ------------------------------------------------------------------------


@pytest.mark.parametrize("raw", [
    b'{"a": 1, "a": 2}',
    b'{"a":1,"a":2}',
    b'{"x": {"content": "a", "content": "b"}}',
    b'{"a": 1, "\\u0061": 2}',  # the same key, spelled with an escape
    b'[{"k": 1}, {"k": 2, "k": 3}]',
    b'{"s":"\\u0022:","k":1,"k":2}',  # a quote and colon spelled so the counts would agree
    b'{"k" :1,"k"\n:2}',
])
def test_duplicate_keys_fail_closed(raw: bytes) -> None:
    with pytest.raises(DuplicateKeys):
        load(raw)


@pytest.mark.parametrize("raw", [
    b'{"a": 1, "b": {"a": 2}}',  # the same key in two objects is fine
    b'[{"type": "x"}, {"type": "y"}]',
    b'{"s": "\\"a\\": 1, \\"a\\": 2"}',  # what looks like keys inside a string
    b'{"a\\"": 1, "a": 2}',
    b'{"t":"say \\"x\\": y","u":"\\" :"}',  # quotes and colons inside strings
    b'{"a":":x","b":1}',
])
def test_keys_repeated_across_objects_are_not_duplicates(raw: bytes) -> None:
    unique_keys(raw.decode(), load(raw))


def test_a_duplicate_key_ends_a_stream(default_policy: CompiledPolicy) -> None:
    raw = b'data: {"choices": [{"index": 0, "delta": {"content": "a", "content": "b"}}]}\n\n'
    stream = ChatCompletions().stream(default_policy.channels([PROMPT]), InlineThink())
    with pytest.raises(StreamFault) as fault:
        stream.feed(raw)
    assert isinstance(fault.value.__cause__, DuplicateKeys)


def test_a_duplicate_key_is_found_after_clean_events(default_policy: CompiledPolicy) -> None:
    """The fast path for events like the last one does not skip the check for a new shape."""
    stream = ChatCompletions().stream(default_policy.channels([PROMPT]), InlineThink())
    for token in ("a", "b", "c"):
        stream.feed(_framed("chat", _choice({"content": token})))
    raw = (b'data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","model":'
           b'"x","choices":[{"index":0,"delta":{"content":"d"},"logprobs":null,'
           b'"finish_reason":null}]}\n\n')
    with pytest.raises(StreamFault):
        stream.feed(raw)


def test_anthropic_events_without_a_type_are_typed_by_their_name(
    default_policy: CompiledPolicy,
) -> None:
    stream = AnthropicMessages().stream(default_policy.channels([PROMPT]), InlineThink())
    raw = (b"event: content_block_delta\ndata: "
           + json.dumps({"index": 0, "delta": {"type": "text_delta", "text": PROMPT}}).encode()
           + b"\n\n")
    out = stream.feed(raw) + stream.close()
    assert_no_prompt(out)
    assert b"[redacted:system-prompt]" in out


TRICKY = st.text('"a: \\é\u2028', max_size=4)


@SETTINGS
@given(pairs=st.lists(st.tuples(TRICKY, st.none() | TRICKY), min_size=1, max_size=4),
       spacing=st.sampled_from([(",", ":"), (", ", ": "), (",", " :"), (",\n", "\n:")]),
       ascii_only=st.booleans(), repeat=st.booleans())
def test_duplicate_keys_are_found_however_the_json_is_spelled(
    pairs: list[tuple[str, Any]], spacing: tuple[str, str], ascii_only: bool, repeat: bool
) -> None:
    """Keys and strings full of quotes, colons, spaces and escapes, written compact or
    spaced, plain or \\u-escaped: a key named twice is always found, and only then."""
    if repeat:
        pairs = [*pairs, (pairs[0][0], 1)]
    comma, colon = spacing
    raw = "{" + comma.join(json.dumps(k, ensure_ascii=ascii_only) + colon
                           + json.dumps(v, ensure_ascii=ascii_only) for k, v in pairs) + "}"
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        with pytest.raises(DuplicateKeys):
            load(raw)
    else:
        load(raw)
