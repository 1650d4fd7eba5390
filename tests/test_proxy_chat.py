"""End-to-end tests of the chat-completions route: real SDK -> guardproxy -> scripted upstream.

Every server shape of wire-formats.md section 12 that applies to chat completions is played by
the scripted upstream (see conftest.py) byte for byte. The client is the real `openai` SDK where
behaviour matters to applications, and raw httpx where bytes matter.

The leak tests replay the traces of traces.py, which quote real system prompts from corpus/,
and check four things: no run of the quoted fragment reaches the client (in the joined
reasoning and in the raw bytes), the redaction markers appear, benign text arrives unchanged
and in order (the joined reasoning equals the one-shot result of the policy on the whole text,
whatever the chunking), and per choice all reasoning arrives before the answer. The events are
built with chat_stream.py.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import httpx
import openai
import pytest
from chat_stream import (
    CHAT,
    DONE,
    ENV,
    ROLE,
    STOP,
    TOOL_EVENTS,
    TOOL_FINISH,
    USAGE,
    Transcript,
    assert_reasoning_first,
    chunk,
    completion,
    deltas,
    details_text,
    joined,
    json_chunks,
    openrouter_event,
    openrouter_reasoning,
    request,
    sse,
    transcript,
    vllm_stream,
)

# pytest puts tests/ on sys.path to import conftest.py: this is the same module, not a copy.
from conftest import GATE_TIMEOUT, Gate, Script, free_socket
from traces import (
    ANSWER,
    PROMPT_A,
    PROMPT_B,
    PROMPT_MARKER,
    TRACE_A,
    TRACE_B,
    Trace,
    assert_guarded,
    cut,
    oneshot,
    pieces,
    runs,
    unescape,
)
from wire import HTTP, dumps, parse_sse, sdk

from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy


@dataclass
class Reply:
    status: int
    headers: httpx.Headers
    reads: list[bytes]

    @property
    def raw(self) -> bytes:
        return b"".join(self.reads)

    @property
    def chunks(self) -> list[dict[str, Any]]:
        return json_chunks(self.raw)

    @property
    def transcript(self) -> Transcript:
        return transcript(self.chunks)


def fetch(
    base: str,
    body: dict[str, Any] | bytes | None = None,
    *,
    path: str = CHAT,
    method: str = "POST",
    headers: dict[str, str] | None = None,
    on_read: Callable[[bytes], None] | None = None,
) -> Reply:
    """One request with raw httpx, keeping the response's reads as they came."""
    content = body if isinstance(body, bytes) else None if body is None else dumps(body)
    send_headers = {"content-type": "application/json", **(headers or {})}
    reads: list[bytes] = []
    with HTTP.stream(method, base + path, content=content, headers=send_headers) as response:
        for data in response.iter_raw():
            reads.append(data)
            if on_read is not None:
                on_read(data)
    return Reply(response.status_code, response.headers, reads)


def sdk_stream(base: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """Stream with the official SDK; each chunk as the SDK parsed it (extra fields kept)."""
    with sdk(base).chat.completions.create(**{**body, "stream": True}) as stream:
        return [c.model_dump() for c in stream]


def check_stream(
    policy: CompiledPolicy,
    tr: Transcript,
    raw: bytes,
    trace: Trace,
    *,
    field: str,
    answer: str = ANSWER,
    index: int = 0,
) -> None:
    """The common checks of one choice whose reasoning is in ``field``."""
    reasoning = joined(tr[index], field)
    assert_guarded(raw, reasoning, trace)
    assert reasoning == oneshot(policy, trace.system, trace.text, "reasoning")
    assert joined(tr[index], "content") == answer
    assert_reasoning_first(tr)


# --- reasoning fields: vLLM, SGLang, llama.cpp, DeepSeek ------------------------------------


@pytest.mark.parametrize(
    ("field", "beside"),
    [("reasoning", {}), ("reasoning_content", {}), ("reasoning_content", {"reasoning": None})],
    ids=["reasoning", "reasoning_content", "null-beside-string"],
)
def test_vllm_reasoning_field_sdk_and_raw(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, field: str,
    beside: dict[str, Any],
) -> None:
    """vLLM >= 0.16 (`reasoning`) and <= 0.11 (`reasoning_content`), one word per event; and
    `reasoning:null` beside the string."""
    metrics = Metrics()
    script = Script(vllm_stream(field, TRACE_A, **beside))
    base = proxy_for(script, metrics=metrics)

    chunks = sdk_stream(base, request())
    tr = transcript(chunks)
    check_stream(default_policy, tr, dumps(chunks), TRACE_A, field=field)
    assert chunks[-1]["usage"]["total_tokens"] == 40

    reply = fetch(base, request())
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/event-stream")
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field=field)
    # Events without text are forwarded byte-identical, and the stream ends as it did upstream.
    assert reply.raw.startswith(ROLE)
    assert USAGE + DONE in reply.raw
    assert reply.raw.endswith(DONE)
    sample = metrics.registry.get_sample_value
    labels = {"policy": "default", "channel": "reasoning"}
    assert sample("guardproxy_redactions_total", {**labels, "rule": "system-prompt"}) == 2
    assert sample("guardproxy_redactions_total", {**labels, "rule": "safety-hints"}) == 2


def test_vllm_mirror_both_fields_same_text(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """vLLM 0.11.1-0.15: `reasoning` plus the deprecated mirror `reasoning_content`."""
    parts = pieces(TRACE_B.text)
    answer = pieces(ANSWER)
    script = Script([
        ROLE,
        *[sse(chunk({"reasoning": p, "reasoning_content": p})) for p in parts],
        sse(chunk({"content": answer[0], "reasoning": None, "reasoning_content": None})),
        *[sse(chunk({"content": p, "reasoning_content": None})) for p in answer[1:]],
        STOP, DONE,
    ])
    base = proxy_for(script)
    body = request(TRACE_B)
    reply, sdk_chunks = fetch(base, body), sdk_stream(base, body)
    for chunks, raw in ((reply.chunks, reply.raw), (sdk_chunks, dumps(sdk_chunks))):
        tr = transcript(chunks)
        check_stream(default_policy, tr, raw, TRACE_B, field="reasoning")
        assert joined(tr[0], "reasoning_content") == joined(tr[0], "reasoning")
        for c in chunks:  # the mirror holds in every event, not only in total
            delta = c["choices"][0]["delta"] if c["choices"] else {}
            if isinstance(delta.get("reasoning"), str):
                assert delta.get("reasoning_content") == delta["reasoning"]


@pytest.mark.parametrize("joint", [True, False], ids=["same-delta", "split"])
def test_reasoning_and_content_same_delta_or_split(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, joint: bool
) -> None:
    """vLLM puts the text around `</think>` in one delta; SGLang and Ollama split it in two."""
    parts = pieces(TRACE_A.text)
    answer = pieces("\n\n" + ANSWER)
    if joint:
        middle = [sse(chunk({"reasoning": parts[-1], "content": answer[0]}))]
    else:
        middle = [sse(chunk({"reasoning": parts[-1]})), sse(chunk({"content": answer[0]}))]
    script = Script([ROLE, *deltas("reasoning", parts[:-1]), *middle,
                     *deltas("content", answer[1:]), STOP, DONE])
    base = proxy_for(script)
    reply = fetch(base, request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning",
                 answer="\n\n" + ANSWER)
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "reasoning") == joined(reply.transcript[0], "reasoning")
    assert joined(tr[0], "content") == "\n\n" + ANSWER


def test_sglang(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    """SGLang: `reasoning_content`, `matched_stop`, `reasoning_content:null` always present."""
    env = {"id": "9f1c", "object": "chat.completion.chunk", "created": 1700000000,
           "model": "default"}

    def event(delta: dict[str, Any], finish: str | None = None, stop: Any = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish,
                  "matched_stop": stop}
        return sse({**env, "choices": [choice]})

    role = event({"role": "assistant", "content": ""})
    finish = event({}, "stop", 151645)
    script = Script([
        role,
        *[event({"reasoning_content": p, "content": None}) for p in pieces(TRACE_B.text)],
        *[event({"content": p, "reasoning_content": None}) for p in pieces(ANSWER)],
        finish, DONE,
    ])
    base = proxy_for(script)
    reply = fetch(base, request(TRACE_B))
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_B, field="reasoning_content")
    assert reply.raw.startswith(role)
    last = reply.chunks[-1]["choices"][0]  # the held answer tail rides in the finishing delta
    assert (last["finish_reason"], last["matched_stop"]) == ("stop", 151645)
    assert reply.raw.endswith(DONE)
    tr = transcript(sdk_stream(base, request(TRACE_B)))
    assert joined(tr[0], "reasoning_content") == joined(reply.transcript[0], "reasoning_content")


def test_llamacpp(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    """llama.cpp: duplicated role chunk, reasoning and content sharing a delta, `timings`."""
    tail = {"created": 1762855742, "id": "chatcmpl-dNaH", "model": "openai/gpt-oss-20b",
            "system_fingerprint": "b7010-c27efd2bd", "object": "chat.completion.chunk"}

    def event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
        return sse({"choices": [{"finish_reason": finish, "index": 0, "delta": delta}],
                    **tail, **extra})

    role = event({"role": "assistant", "content": None})
    parts, answer = pieces(TRACE_A.text), pieces(ANSWER)
    timings = {"prompt_n": 12, "prompt_ms": 3.1, "predicted_n": 40, "predicted_ms": 80.5}
    usage = {"completion_tokens": 40, "prompt_tokens": 12, "total_tokens": 52}
    final = event({}, "stop", usage=usage, timings=timings)
    script = Script([
        role, role,
        *[event({"reasoning_content": p}) for p in parts[:-1]],
        event({"reasoning_content": parts[-1], "content": answer[0]}),
        *[event({"content": p}) for p in answer[1:]],
        final, DONE,
    ])
    base = proxy_for(script)
    reply = fetch(base, request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning_content")
    assert reply.raw.startswith(role + role)
    last = reply.chunks[-1]
    assert (last["timings"], last["usage"]) == (timings, usage)
    assert last["choices"][0]["finish_reason"] == "stop"
    chunks = sdk_stream(base, request())
    assert chunks[-1]["timings"] == timings
    assert joined(transcript(chunks)[0], "content") == ANSWER


def test_deepseek(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    """DeepSeek: both keys on every delta with one of them null, `: keep-alive` comments."""
    env = {"id": "fa7e", "object": "chat.completion.chunk", "created": 1738492867,
           "model": "deepseek-reasoner"}
    keepalive = b": keep-alive\n\n"

    def event(delta: dict[str, Any], finish: str | None = None) -> bytes:
        return sse(chunk(delta, finish=finish, env=env))

    role = event({"role": "assistant", "content": None, "reasoning_content": ""})
    reasoning = [event({"content": None, "reasoning_content": p}) for p in pieces(TRACE_A.text)]
    content = [event({"content": p, "reasoning_content": None}) for p in pieces(ANSWER)]
    script = Script([keepalive, role, *reasoning[:5], keepalive, *reasoning[5:], keepalive,
                     *content, event({"content": "", "reasoning_content": None}, "stop"), DONE])
    base = proxy_for(script)
    reply = fetch(base, request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning_content")
    assert reply.raw.startswith(keepalive + role)
    assert reply.raw.count(keepalive) == 3
    for c in reply.chunks[1:]:  # the null beside the string survives re-encoding
        delta = c["choices"][0]["delta"]
        assert "content" in delta and "reasoning_content" in delta
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "reasoning_content") == joined(reply.transcript[0], "reasoning_content")


def test_openrouter_reasoning_details(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """OpenRouter: `reasoning` plus the same text in `reasoning_details`, which must be
    sanitized too; encrypted entries pass untouched; the usage chunk keeps a choice."""
    processing = b": OPENROUTER PROCESSING\n\n"
    encrypted = {"type": "reasoning.encrypted", "data": "gAAAAB-opaque", "format": "unknown",
                 "index": 1}
    usage = openrouter_event({}, "stop", usage={"prompt_tokens": 3, "completion_tokens": 5,
                                                "total_tokens": 8})
    script = Script([
        processing,
        *[openrouter_event(openrouter_reasoning(p)) for p in pieces(TRACE_A.text)],
        openrouter_event({"reasoning_details": [encrypted]}),
        processing,
        *[openrouter_event({"content": p}) for p in pieces(ANSWER)],
        usage, DONE,
    ])
    base = proxy_for(script)
    reply = fetch(base, request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning")
    details = details_text(reply.chunks)
    assert details == joined(reply.transcript[0], "reasoning")
    assert_guarded(reply.raw, details, TRACE_A)
    assert dumps(encrypted) in reply.raw
    assert reply.raw.startswith(processing) and reply.raw.count(processing) == 2
    assert reply.chunks[-1]["usage"]["total_tokens"] == 8
    chunks = sdk_stream(base, request())
    assert details_text(chunks) == details


# --- inline <think> in content ---------------------------------------------------------------


def prefilled_policy(policy_file: Callable[[str], CompiledPolicy], text: str) -> CompiledPolicy:
    assert "prefilled: false" in text
    return policy_file(text.replace("prefilled: false", "prefilled: true"))


def split_think(content: str) -> tuple[str, str, str]:
    """(text before `</think>` without the opening tag, the tag's own text, the answer)."""
    head, sep, answer = content.partition("</think>")
    assert sep, "the closing tag must reach the client"
    return head.removeprefix("<think>"), sep, answer


def check_inline(
    policy: CompiledPolicy, reply: Reply, trace: Trace, *, between: str, after: str,
    opening: str = "<think>",
) -> None:
    content = joined(reply.transcript[0], "content")
    assert content.startswith(opening)
    reasoning, _, answer = split_think(content)
    assert_guarded(reply.raw, reasoning, trace)
    assert reasoning == oneshot(policy, trace.system, between, "reasoning")
    assert answer == after


INLINE_SPLITS = {
    "tags-split": lambda r, a: ["<thi", "nk>\n", *pieces(r), "\n</thi", "nk>", *pieces(a)],
    "close-tag-alone": lambda r, a: ["<think>", "\n", *pieces(r), "\n", "</think>", *pieces(a)],
    "every-3-chars": lambda r, a: cut(f"<think>\n{r}\n</think>{a}", 3),
    "one-piece": lambda r, a: [f"<think>\n{r}\n</think>{a}"],
}


@pytest.mark.parametrize("split", INLINE_SPLITS)
def test_inline_think_in_content(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, split: str
) -> None:
    """No reasoning parser: `<think>...</think>` inside `content`, tags cut anywhere."""
    after = "\n\n" + ANSWER
    contents = INLINE_SPLITS[split](TRACE_A.text, after)
    assert "".join(contents) == f"<think>\n{TRACE_A.text}\n</think>{after}"
    base = proxy_for(Script([ROLE, *deltas("content", contents), STOP, DONE]))
    reply = fetch(base, request())
    check_inline(default_policy, reply, TRACE_A, between=f"\n{TRACE_A.text}\n", after=after)
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "content") == joined(reply.transcript[0], "content")


@pytest.mark.parametrize("opening", ["", "<think>"], ids=["prefilled", "generated"])
def test_inline_think_prefilled_policy(
    proxy_for: Callable[..., str],
    policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str,
    opening: str,
) -> None:
    """Templates that pre-fill `<think>`: only `</think>` appears (Qwen3-2507, DeepSeek-R1);
    with `inline_think.prefilled: true` a stream that does write `<think>` still works."""
    policy = prefilled_policy(policy_file, default_policy_text)
    after = "\n\n" + ANSWER
    contents = [opening, *pieces(TRACE_B.text), "\n", "</think>", *pieces(after)]
    base = proxy_for(Script([ROLE, *deltas("content", [c for c in contents if c]), STOP, DONE]),
                     policy=policy)
    reply = fetch(base, request(TRACE_B))
    check_inline(policy, reply, TRACE_B, between=TRACE_B.text + "\n", after=after,
                 opening=opening)


REASONING_ONLY = """version: 1
name: reasoning-only
marker: "[redacted:{rule}]"
inline_think:
  prefilled: true
rules:
  - id: word
    detector: safety_hints
    channels: [reasoning]
    phrases: [zebra]
"""


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning", None])
def test_prefilled_content_after_a_reasoning_field_is_answer(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    field: str | None,
) -> None:
    """A server that sends reasoning in a field of its own (vLLM with a reasoning parser) parses
    it out: its content is answer even under `prefilled: true`, so reasoning-only rules leave
    it alone. Without such a field the content before a (missing) `</think>` is reasoning."""
    policy = policy_file(REASONING_ONLY)
    answer = "The zebra crossing is two blocks north."
    events = [ROLE, *(deltas(field, ["Which ", "zebra?"]) if field else []),
              *deltas("content", cut(answer, 7)), STOP, DONE]
    reply = fetch(proxy_for(Script(events), policy=policy), request())
    content = joined(reply.transcript[0], "content")
    if field is None:
        assert content == "[redacted:word]"
    else:
        assert content == answer
        assert joined(reply.transcript[0], field) == "[redacted:word]"  # the sentence


def test_inline_only_close_tag_default_policy_still_guards_prompt(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """With `prefilled: false` orphaned reasoning counts as answer, where the system-prompt rule
    also applies: the quoted prompt is redacted even so."""
    contents = [*pieces(TRACE_A.text), "\n</think>", *pieces("\n\n" + ANSWER)]
    base = proxy_for(Script([ROLE, *deltas("content", contents), STOP, DONE]))
    reply = fetch(base, request())
    content = joined(reply.transcript[0], "content")
    assert not runs(TRACE_A.leak, 4) & runs(content, 4)
    assert not runs(TRACE_A.leak, 4) & runs(unescape(reply.raw), 4)
    assert PROMPT_MARKER in content
    assert content.endswith("</think>\n\n" + ANSWER)


def test_inline_empty_think(proxy_for: Callable[..., str]) -> None:
    """DeepSeek-R1 may emit an empty `<think>\\n\\n</think>`: the content arrives unchanged."""
    contents = ["<think>", "\n\n", "</think>", "\n\n", *pieces(ANSWER)]
    base = proxy_for(Script([ROLE, *deltas("content", contents), STOP, DONE]))
    reply = fetch(base, request())
    assert joined(reply.transcript[0], "content") == "".join(contents)
    assert b"[redacted" not in reply.raw
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "content") == "".join(contents)


def test_inline_k2_answer_tags(
    proxy_for: Callable[..., str],
    policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str,
) -> None:
    """K2 Think: `...</think> <answer>X</answer>` with the opening tag stripped."""
    policy = prefilled_policy(policy_file, default_policy_text)
    after = f" <answer>{ANSWER}</answer>"
    contents = cut(f"{TRACE_A.text} </think>{after}", 5)
    base = proxy_for(Script([ROLE, *deltas("content", contents), STOP, DONE]), policy=policy)
    reply = fetch(base, request())
    check_inline(policy, reply, TRACE_A, between=TRACE_A.text + " ", after=after, opening="")
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "content").endswith(f"</think>{after}")


@pytest.mark.parametrize("with_reasoning", [True, False])
def test_literal_think_tag_in_answer_code_sample(
    proxy_for: Callable[..., str], with_reasoning: bool
) -> None:
    """A `<think>` later in an answer (a code sample) is answer text, not a tag."""
    answer = (
        "Wrap the model's notes like this:\n```html\n<think>draft notes</think>\n```\n"
        "and strip the `<think>` element before display."
    )
    content = f"<think>\nShort and benign.\n</think>\n{answer}" if with_reasoning else answer
    base = proxy_for(Script([ROLE, *deltas("content", cut(content, 4)), STOP, DONE]))
    reply = fetch(base, request())
    assert joined(reply.transcript[0], "content") == content
    assert b"[redacted" not in reply.raw


# --- finishing, choices, tools, text-free events -------------------------------------------


@pytest.mark.parametrize("inline", [False, True], ids=["reasoning-field", "inline-think"])
def test_truncated_inside_reasoning(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, inline: bool
) -> None:
    """`finish_reason:"length"` before `</think>`: everything held comes out with the finish."""
    field = "content" if inline else "reasoning"
    parts = pieces(TRACE_A.text)
    if inline:
        parts = ["<think>", *parts]
    finish = sse(chunk({field: parts[-1]}, finish="length"))
    base = proxy_for(Script([ROLE, *deltas(field, parts[:-1]), finish, DONE]))
    reply = fetch(base, request())
    chunks = reply.chunks
    assert chunks[-1]["choices"][0]["finish_reason"] == "length"
    text = joined(reply.transcript[0], field)
    if inline:
        assert text.startswith("<think>")
        text = text.removeprefix("<think>")
    assert_guarded(reply.raw, text, TRACE_A)
    assert text == oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    assert reply.raw.endswith(DONE)
    # Nothing is synthesised after the finish: the held text rode in the finishing delta.
    assert sum(1 for c in chunks if c["choices"] and c["choices"][0]["finish_reason"]) == 1


def test_two_choices_interleaved(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """n=2: each chunk carries one choice, token by token. Each choice's leak and hint are
    redacted, in its own text and in both read in arrival order (one leak state per kind);
    read that way, a choice's words between the other's leaking words are filler words of
    one disguised run, so they may go with it: only each answer is checked whole."""
    system = (PROMPT_A, PROMPT_B)
    a = Trace(system, TRACE_A.benign, TRACE_A.leak, TRACE_A.hint, TRACE_A.text)
    b = Trace(system, TRACE_B.benign, TRACE_B.leak, TRACE_B.hint, TRACE_B.text)
    answer_b = "Use a LEFT JOIN."
    streams = [
        [*deltas("reasoning", pieces(a.text), index=0), *deltas("content", pieces(ANSWER))],
        [*deltas("reasoning", pieces(b.text), index=1),
         *deltas("content", pieces(answer_b), index=1)],
    ]
    events = [sse(chunk({"role": "assistant", "content": ""}, index=i)) for i in (0, 1)]
    for i in range(max(map(len, streams))):
        events.extend(s[i] for s in streams if i < len(s))
    events += [STOP, sse(chunk({}, index=1, finish="stop")), DONE]
    body = request()
    body["messages"].insert(1, {"role": "developer",
                                "content": [{"type": "text", "text": PROMPT_B}]})
    base = proxy_for(Script(events))
    reply = fetch(base, body)
    arrival = " ".join(c["choices"][0]["delta"].get("reasoning") or "" for c in reply.chunks)
    for index, trace, answer in ((0, a, ANSWER), (1, b, answer_b)):
        reasoning = joined(reply.transcript[index], "reasoning")
        for text in (reasoning, arrival, unescape(reply.raw)):
            assert not runs(trace.leak, 4) & runs(text, 4)
            assert not runs(trace.hint, 4) & runs(text, 4)
        # Both are redacted; where the hint's sentence touches the leak's (the paraphrase rule
        # takes the sentence retelling the prompt whole), they are one region, one marker.
        assert PROMPT_MARKER in reasoning
        assert trace.hint not in reasoning
        assert joined(reply.transcript[index], "content") == answer
    assert_reasoning_first(reply.transcript)
    for c in reply.chunks:
        assert len(c["choices"]) == 1
    tr = transcript(sdk_stream(base, body))
    assert joined(tr[1], "reasoning") == joined(reply.transcript[1], "reasoning")


def _tool_arguments(chunks: Iterable[dict[str, Any]]) -> tuple[str | None, str]:
    name, arguments = None, ""
    for c in chunks:
        for choice in c["choices"]:
            for call in choice["delta"].get("tool_calls") or []:
                name = name or call["function"].get("name")
                arguments += call["function"].get("arguments") or ""
    return name, arguments


def test_clean_tool_calls_add_up_to_the_same_arguments(proxy_for: Callable[..., str]) -> None:
    """Tool-call arguments are scanned (each JSON string held back while undecided), so their
    deltas may be cut differently; they add up to the same arguments, in as many events."""
    script = Script([ROLE, *TOOL_EVENTS, TOOL_FINISH, DONE])
    base = proxy_for(script)
    reply = fetch(base, request())
    assert reply.raw.startswith(ROLE + TOOL_EVENTS[0])
    assert reply.raw.endswith(TOOL_FINISH + DONE)
    assert _tool_arguments(reply.chunks) == ("weather", '{"city":"Paris"}')
    name, arguments = _tool_arguments(sdk_stream(base, request()))
    assert (name, arguments) == ("weather", '{"city":"Paris"}')


def test_tool_call_right_after_reasoning(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """The held reasoning is released with the first tool-call delta, before the call."""
    script = Script([ROLE, *deltas("reasoning_content", pieces(TRACE_A.text)), *TOOL_EVENTS,
                     TOOL_FINISH, DONE])
    base = proxy_for(script)
    reply = fetch(base, request())
    reasoning = joined(reply.transcript[0], "reasoning_content")
    assert_guarded(reply.raw, reasoning, TRACE_A)
    assert reasoning == oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    first_tool = next(c for c in reply.chunks if c["choices"][0]["delta"].get("tool_calls"))
    assert first_tool["choices"][0]["delta"]["tool_calls"] == \
        json.loads(TOOL_EVENTS[0][6:])["choices"][0]["delta"]["tool_calls"]
    assert reply.raw.endswith(TOOL_FINISH + DONE)
    for c in reply.chunks[reply.chunks.index(first_tool) + 1 :]:
        assert "reasoning_content" not in c["choices"][0]["delta"]
    assert _tool_arguments(sdk_stream(base, request())) == ("weather", '{"city":"Paris"}')


def test_empty_deltas_and_duplicated_role(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    empty = sse(chunk({}))
    role_only = sse(chunk({"role": "assistant"}))
    parts = deltas("reasoning", pieces(TRACE_A.text))
    script = Script([ROLE, role_only, empty, *parts[:6], empty, empty, *parts[6:],
                     *deltas("content", pieces(ANSWER)), empty, STOP, DONE])
    reply = fetch(proxy_for(script), request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning")
    assert reply.raw.startswith(ROLE + role_only + empty)
    assert reply.raw.count(empty) == 4


def test_usage_null_everywhere_obfuscation_and_usage_only_chunk(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """OpenAI-style `usage:null` and `obfuscation` on every chunk, usage on a chunk with a choice
    (vLLM continuous usage stats), then the usage-only chunk with `choices:[]`."""
    events: list[bytes] = []
    texts = [("reasoning", p) for p in pieces(TRACE_A.text)]
    texts += [("content", p) for p in pieces(ANSWER)]
    for i, (field, text) in enumerate(texts):
        events.append(sse(chunk({field: text}, usage=None, obfuscation=f"pad{i:03d}")))
    with_usage = sse(chunk({}, finish="stop", usage={"prompt_tokens": 1, "total_tokens": 2,
                                                    "completion_tokens": 1}))
    usage_only = sse({**ENV, "choices": [], "usage": {"prompt_tokens": 1, "total_tokens": 2,
                                                      "completion_tokens": 1},
                      "obfuscation": "zz"})
    script = Script([ROLE, *events, with_usage, usage_only, DONE])
    reply = fetch(proxy_for(script), request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning")
    assert reply.raw.endswith(usage_only + DONE)
    finish = reply.chunks[-2]
    assert finish["choices"][0]["finish_reason"] == "stop"
    assert finish["usage"] == {"prompt_tokens": 1, "total_tokens": 2, "completion_tokens": 1}
    pads = [c["obfuscation"] for c in reply.chunks[1:-2]]
    assert pads == sorted(pads) and len(set(pads)) == len(pads)
    assert all(c["usage"] is None for c in reply.chunks[1:-2])


# --- errors and endings ----------------------------------------------------------------------


MIDSTREAM_ERRORS = {
    "vllm": sse({"error": {"message": "model overloaded", "type": "BadRequestError",
                           "param": None, "code": 400}}),
    "openrouter": sse(chunk({"content": ""}, finish="error",
                            error={"message": "model overloaded", "code": 502})),
}


@pytest.mark.parametrize("shape", MIDSTREAM_ERRORS)
def test_midstream_error_event(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, shape: str
) -> None:
    """`data: {"error":{...}}` (vLLM, llama.cpp) or an error beside a choice finishing with
    "error" (OpenRouter): what was scanned goes out, then the error, byte-identical."""
    error = MIDSTREAM_ERRORS[shape]
    parts = pieces(TRACE_A.text)
    script = Script([ROLE, *deltas("reasoning", parts), error, DONE])
    base = proxy_for(script)
    reply = fetch(base, request())
    assert reply.raw.endswith(error + DONE)
    reasoning = joined(reply.transcript[0], "reasoning")
    assert_guarded(reply.raw, reasoning, TRACE_A)
    assert reasoning == oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    seen: list[str] = []
    with pytest.raises(openai.APIError, match="model overloaded"):
        for c in sdk_stream_iter(base, request()):
            seen.append((c.choices[0].delta.model_extra or {}).get("reasoning") or "")
    assert "".join(seen) == reasoning


def sdk_stream_iter(base: str, body: dict[str, Any]) -> Iterable[Any]:
    with sdk(base).chat.completions.create(**{**body, "stream": True}) as stream:
        yield from stream


@pytest.mark.parametrize("shape", ["object-error", "llamacpp-error-field"])
def test_other_error_shapes_forwarded(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, shape: str
) -> None:
    """An older vLLM's top-level `{"object":"error",...}` and llama.cpp's `error:` SSE field."""
    if shape == "object-error":
        error = sse({"object": "error", "message": "boom", "type": "InternalError", "code": 500})
    else:
        error = b'error: {"code":500,"message":"boom","type":"server_error"}\n\n'
    script = Script([ROLE, *deltas("reasoning", pieces(TRACE_A.text)), error, DONE])
    base = proxy_for(script)
    reply = fetch(base, request())
    assert error in reply.raw
    assert reply.raw.endswith(DONE)
    reasoning = joined(reply.transcript[0], "reasoning")
    assert_guarded(reply.raw, reasoning, TRACE_A)
    assert reasoning == oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    chunks = sdk_stream(base, request())  # the SDK tolerates both shapes
    assert joined(transcript(chunks)[0], "reasoning") == reasoning


def test_upstream_ends_without_done(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """The body ends cleanly but with no finish and no `[DONE]`: the held text is released in a
    synthesised chunk and no `[DONE]` is invented."""
    script = Script([ROLE, *deltas("reasoning", pieces(TRACE_A.text))])
    base = proxy_for(script)
    reply = fetch(base, request())
    assert not reply.raw.endswith(DONE)
    reasoning = joined(reply.transcript[0], "reasoning")
    assert_guarded(reply.raw, reasoning, TRACE_A)
    assert reasoning == oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    last = reply.chunks[-1]
    assert last["id"] == ENV["id"] and last["model"] == ENV["model"]
    assert joined(transcript(sdk_stream(base, request()))[0], "reasoning") == reasoning


def test_upstream_connection_drops(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """The connection breaks mid-body: scanned text, then a well-formed error event."""
    parts = pieces(TRACE_A.text)
    script = Script([ROLE, *deltas("reasoning", parts)], abort=True)
    base = proxy_for(script)
    reply = fetch(base, request())
    events = [e.data for e in parse_sse(reply.raw)]
    assert events[-1] == "[DONE]"
    assert json.loads(events[-2] or "")["error"]["type"] == "upstream_error"
    reasoning = joined(reply.transcript[0], "reasoning")
    assert_guarded(reply.raw, reasoning, TRACE_A)
    assert reasoning == oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    with pytest.raises(openai.APIError, match="upstream failed mid-stream"):
        sdk_stream(base, request())


@pytest.mark.parametrize(
    "bad",
    [b"data: not json at all\n\n", b"data: [1, 2]\n\n",
     b'data: {"choices":[{"index":0,"text":"no delta"}]}\n\n'],
    ids=["not-json", "not-object", "no-delta"],
)
def test_unscannable_event_fails_closed(
    proxy_for: Callable[..., str], bad: bytes
) -> None:
    """An event the codec cannot read ends the stream with an error event; nothing after it."""
    parts = pieces(TRACE_A.text)
    metrics = Metrics()
    script = Script([ROLE, *deltas("reasoning", parts[:8]), bad, *deltas("reasoning", parts[8:]),
                     *deltas("content", pieces(ANSWER)), STOP, DONE])
    base = proxy_for(script, metrics=metrics)
    reply = fetch(base, request())
    events = parse_sse(reply.raw)
    error = json.loads(events[-2].data or "")
    assert error["error"]["type"] == "guardproxy_error"
    assert events[-1].data == "[DONE]"
    assert reply.raw.endswith(b"\n\n" + DONE)
    assert bad not in reply.raw
    # Nothing of what followed the bad event reaches the client.
    client = unescape(reply.raw)
    assert not runs(TRACE_A.leak, 3) & runs(client, 3)
    assert "whisper" not in client
    assert joined(reply.transcript[0], "reasoning") in "".join(parts[:8])
    sample = metrics.registry.get_sample_value(
        "guardproxy_fail_closed_total", {"route": "chat_completions", "reason": "codec"}
    )
    assert sample == 1
    with pytest.raises(openai.APIError, match="could not scan"):
        sdk_stream(base, request())


# --- SSE framing -----------------------------------------------------------------------------


def _crlf(events: list[bytes]) -> list[bytes]:
    return [e.replace(b"\n", b"\r\n") for e in events]


def _cr(events: list[bytes]) -> list[bytes]:
    return [e.replace(b"\n", b"\r") for e in events]


def _crlf_split(events: list[bytes]) -> list[bytes]:
    """Every read ends between a CR and its LF."""
    reads: list[bytes] = []
    for e in _crlf(events):
        reads.extend(re.split(b"(?<=\r)(?=\n)", e))
    return reads


def _json_split(events: list[bytes]) -> list[bytes]:
    """Every event in three reads, cut inside its JSON."""
    return [part for e in events
            for part in (e[: len(e) // 3], e[len(e) // 3 : len(e) // 2], e[len(e) // 2 :])]


def _several_per_read(events: list[bytes]) -> list[bytes]:
    return [b"".join(events[i : i + 4]) for i in range(0, len(events), 4)]


def _utf8_split(events: list[bytes]) -> list[bytes]:
    """Events holding multi-byte characters are cut inside one."""
    reads: list[bytes] = []
    for e in events:
        inside = [i for i, b in enumerate(e) if 0x80 <= b < 0xC0]  # continuation bytes
        reads.extend([e[: inside[0]], e[inside[0] :]] if inside else [e])
    return reads


FRAMINGS: dict[str, Callable[[list[bytes]], list[bytes]]] = {
    "crlf": _crlf, "bare-cr": _cr, "crlf-split": _crlf_split, "json-split": _json_split,
    "several-per-read": _several_per_read, "utf8-split": _utf8_split,
}


@pytest.mark.parametrize("framing", FRAMINGS)
def test_sse_framing(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, framing: str
) -> None:
    events = vllm_stream("reasoning", TRACE_A)
    reads = FRAMINGS[framing](events)
    assert len(reads) > 1
    base = proxy_for(Script(reads))
    reply = fetch(base, request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning")
    # Unchanged events keep their line endings. With a CRLF split across reads the decoder ends
    # an event at the CR and carries the LF over to the next event, which may be re-encoded.
    role, usage = (b"".join(FRAMINGS[framing]([e])) for e in (ROLE, USAGE))
    if framing == "crlf-split":
        role, usage = role.removesuffix(b"\n"), usage.removesuffix(b"\n")
    assert reply.raw.startswith(role)
    assert usage in reply.raw
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "reasoning") == joined(reply.transcript[0], "reasoning")
    assert joined(tr[0], "content") == ANSWER


def test_multiline_data_events(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """A JSON object spread over several `data:` lines (they join with a line feed)."""

    def multiline(obj: dict[str, Any]) -> bytes:
        text = json.dumps(obj, ensure_ascii=False, indent=1)
        return b"".join(b"data: " + line.encode() + b"\n" for line in text.split("\n")) + b"\n"

    role = multiline(chunk({"role": "assistant", "content": ""}))
    parts = pieces(TRACE_A.text)
    script = Script([role, *[multiline(chunk({"reasoning": p})) for p in parts],
                     *deltas("content", pieces(ANSWER)), STOP, DONE])
    base = proxy_for(script)
    reply = fetch(base, request())
    assert reply.raw.startswith(role)
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning")
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "reasoning") == joined(reply.transcript[0], "reasoning")


def test_id_and_retry_fields_kept(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """`id:` and `retry:` survive re-encoding; events without text stay byte-identical."""
    events = [b"retry: 3000\n" + ROLE]
    for i, p in enumerate(pieces(TRACE_A.text)):
        events.append(f"id: {i}\n".encode() + sse(chunk({"reasoning": p})))
    empty = b"id: empty\nretry: 10\n" + sse(chunk({}))
    events.insert(5, empty)
    script = Script([*events, *deltas("content", pieces(ANSWER)), STOP, DONE])
    reply = fetch(proxy_for(script), request())
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning")
    assert reply.raw.startswith(events[0])
    assert empty in reply.raw
    ids = [e.field("id") for e in parse_sse(reply.raw) if e.field("id") is not None]
    expected = [str(i) for i in range(len(events) - 2)]
    assert ids == [*expected[:4], "empty", *expected[4:]]
    retries = [e.field("retry") for e in parse_sse(reply.raw) if e.field("retry") is not None]
    assert retries == ["3000", "10"]


def test_done_without_space(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    done = b"data:[DONE]\n\n"
    script = Script([ROLE, *deltas("reasoning", pieces(TRACE_A.text))[:-1],
                     sse(chunk({"reasoning": pieces(TRACE_A.text)[-1]})), done])
    base = proxy_for(script)
    reply = fetch(base, request())
    assert reply.raw.endswith(done)
    assert reply.raw.count(b"[DONE]") == 1
    reasoning = joined(reply.transcript[0], "reasoning")
    assert_guarded(reply.raw, reasoning, TRACE_A)
    assert reasoning == oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    assert joined(transcript(sdk_stream(base, request()))[0], "reasoning") == reasoning


def test_keepalive_comments_before_and_between(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    first, mid = b": keep-alive\n\n", b": OPENROUTER PROCESSING\n\n"
    events = vllm_stream("reasoning", TRACE_A)
    script = Script([first, first, events[0], mid, *events[1:10], mid, *events[10:]])
    base = proxy_for(script)
    reply = fetch(base, request())
    assert reply.raw.startswith(first + first + ROLE + mid)
    assert reply.raw.count(mid) == 2
    check_stream(default_policy, reply.transcript, reply.raw, TRACE_A, field="reasoning")
    tr = transcript(sdk_stream(base, request()))
    assert joined(tr[0], "reasoning") == joined(reply.transcript[0], "reasoning")


@pytest.mark.parametrize("client", ["raw", "sdk"])
def test_stream_is_live(proxy_for: Callable[..., str], client: str) -> None:
    """The first reasoning reaches the client while the upstream is still paused mid-stream:
    the upstream waits at a gate that only the client opens, once it has seen that reasoning."""
    first = "The user wants a riddle about the ocean. I will keep it short and sweet. "
    gate = Gate()
    script = Script([ROLE, *deltas("reasoning", pieces(first)), gate,
                     *vllm_stream("reasoning", TRACE_A)[1:]])
    base = proxy_for(script)
    finished_then: list[bool] = []  # had the upstream finished when the reasoning arrived?

    def arrived() -> None:
        if not finished_then:
            finished_then.append(script.finished.is_set())
            gate.open()

    if client == "raw":
        received = bytearray()

        def on_read(data: bytes) -> None:
            received.extend(data)
            if "about the ocean." in joined(transcript(json_chunks(bytes(received)))[0],
                                            "reasoning"):
                arrived()

        reply = fetch(base, request(), on_read=on_read)
        assert joined(reply.transcript[0], "content") == ANSWER
    else:
        for c in sdk_stream_iter(base, request()):
            if c.choices and (c.choices[0].delta.model_extra or {}).get("reasoning"):
                arrived()
    assert finished_then == [False], "reasoning was held until the upstream finished"
    assert not gate.timed_out
    assert script.finished.is_set()


# --- non-streaming ---------------------------------------------------------------------------


NON_STREAMING = {
    "reasoning": {"reasoning": TRACE_A.text, "content": ANSWER},
    "reasoning_content": {"reasoning_content": TRACE_A.text, "content": ANSWER},
    "mirror": {"reasoning": TRACE_A.text, "reasoning_content": TRACE_A.text, "content": ANSWER},
    "openrouter": {"reasoning": TRACE_A.text, "content": ANSWER, "reasoning_details": [
        {"type": "reasoning.summary", "summary": TRACE_A.text, "format": "x", "index": 0},
        {"type": "reasoning.encrypted", "data": "gAAAAB-opaque", "format": "x", "index": 1},
    ]},
}


@pytest.mark.parametrize("shape", NON_STREAMING)
def test_non_streaming_sdk(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy, shape: str
) -> None:
    body = dumps(completion(NON_STREAMING[shape]))
    script = Script([body], content_type="application/json")
    base = proxy_for(script)
    result = sdk(base).chat.completions.create(**request(stream=False))
    message = result.choices[0].message
    extra = message.model_extra or {}
    expected = oneshot(default_policy, TRACE_A.system, TRACE_A.text, "reasoning")
    fields = [f for f in ("reasoning", "reasoning_content") if f in NON_STREAMING[shape]]
    for field in fields:
        assert_guarded(b"", extra[field], TRACE_A)
        assert extra[field] == expected
    assert message.content == ANSWER
    assert result.usage is not None and result.usage.total_tokens == 40
    if "reasoning_details" in extra:
        summary, encrypted = extra["reasoning_details"]
        assert summary == {"type": "reasoning.summary", "summary": expected, "format": "x",
                           "index": 0}
        assert encrypted == NON_STREAMING[shape]["reasoning_details"][1]
    reply = fetch(base, request(stream=False))
    assert reply.headers["content-type"] == "application/json"
    assert_guarded(reply.raw, expected, TRACE_A)
    data = json.loads(reply.raw)
    assert data["choices"][0]["message"]["tool_calls"] == []
    assert data["choices"][0]["message"]["refusal"] is None
    assert json.loads(script.requests[0].body) == request(stream=False)


def test_non_streaming_inline_think(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    content = f"<think>\n{TRACE_B.text}\n</think>\n\n{ANSWER}"
    script = Script([dumps(completion({"content": content}))], content_type="application/json")
    result = sdk(proxy_for(script)).chat.completions.create(**request(TRACE_B, stream=False))
    reasoning, _, answer = split_think(result.choices[0].message.content or "")
    assert_guarded(b"", reasoning, TRACE_B)
    assert reasoning == oneshot(default_policy, TRACE_B.system, f"\n{TRACE_B.text}\n", "reasoning")
    assert answer == "\n\n" + ANSWER


def test_non_streaming_clean_body_is_byte_identical(proxy_for: Callable[..., str]) -> None:
    body = b'{"id":"x", "choices":[{"index":0,"message":{"role":"assistant","content":"hi"}}]}'
    script = Script([body[:20], body[20:]], content_type="application/json; charset=utf-8")
    reply = fetch(proxy_for(script), request(stream=False))
    assert reply.status == 200
    assert reply.raw == body


# --- the proxy around the codec --------------------------------------------------------------


def test_request_reaches_upstream(proxy_for: Callable[..., str]) -> None:
    """Body byte-identical; end-to-end headers kept; hop-by-hop dropped; identity encoding."""
    script = Script([ROLE, STOP, DONE], headers=[
        ("x-upstream", "yes"), ("connection", "x-hop-resp"), ("x-hop-resp", "1"),
        ("set-cookie", "a=1; Path=/"), ("set-cookie", "b=2; Path=/"),
    ])
    base = proxy_for(script)
    body = b'{"model": "m",  "stream": true, "messages": [{"role": "user", "content": "hi"}]}'
    headers = {
        "authorization": "Bearer sk-secret", "x-custom": "kept", "x-request-id": "req-42",
        "connection": "keep-alive, x-hop", "x-hop": "dropped", "keep-alive": "timeout=5",
        "te": "trailers", "proxy-authorization": "Basic Zm9vOmJhcg==",
        "accept-encoding": "gzip, br",
    }
    reply = fetch(base, body, path=CHAT + "?api-version=2024-10-21", headers=headers)
    assert reply.status == 200
    assert reply.headers["x-upstream"] == "yes"
    assert "x-hop-resp" not in reply.headers
    assert len(reply.headers.get_list("date")) == 1  # the upstream's and the proxy's: one
    assert reply.headers.get_list("set-cookie") == ["a=1; Path=/", "b=2; Path=/"]
    seen = script.requests[0]
    assert (seen.method, seen.path, seen.query) == ("POST", CHAT, b"api-version=2024-10-21")
    assert seen.body == body
    assert seen.header_values("authorization") == ["Bearer sk-secret"]
    assert seen.header_values("x-custom") == ["kept"]
    assert seen.header_values("x-request-id") == ["req-42"]
    assert seen.header_values("accept-encoding") == ["identity"]
    assert seen.header_values("content-length") == [str(len(body))]
    for name in ("x-hop", "keep-alive", "te", "proxy-authorization"):
        assert seen.header_values(name) == [], name
    assert "x-hop" not in ",".join(seen.header_values("connection"))
    host = seen.header_values("host")
    assert len(host) == 1 and host[0].startswith("127.0.0.1:")
    assert host[0] != base.removeprefix("http://")  # the upstream's own host, not the proxy's

    sdk(base).chat.completions.create(**request(stream=False))
    sent = script.requests[1]
    assert sent.header_values("authorization") == ["Bearer EMPTY"]
    assert json.loads(sent.body) == request(stream=False)


def test_passthrough_routes_unchanged(proxy_for: Callable[..., str]) -> None:
    """Forward routes (shipped, or configured) are relayed as they are, leaks included: the
    operator decided that their answers carry no model text."""
    models = dumps({"object": "list", "data": [{"id": "m", "object": "model",
                                                "note": TRACE_A.leak}]})
    script = Script([models[:10], models[10:]], content_type="application/json",
                    headers=[("x-upstream", "yes")])
    base = proxy_for(script, routes=("POST /v1/embeddings forward",))
    reply = fetch(base, None, path="/v1/models?limit=2", method="GET")
    assert (reply.status, reply.raw) == (200, models)
    assert reply.headers["x-upstream"] == "yes"
    assert (script.requests[0].method, script.requests[0].path) == ("GET", "/v1/models")
    assert script.requests[0].query == b"limit=2"
    assert [m.id for m in sdk(base).models.list()] == ["m"]

    body = dumps({"model": "m", "input": "hello"})
    reply = fetch(base, body, path="/v1/embeddings")
    assert reply.raw == models
    assert script.requests[-1].body == body
    assert script.requests[-1].header_values("accept-encoding") == ["identity"]


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (400, "application/json", dumps({"error": {"message": "bad model", "type": "invalid",
                                                   "param": None, "code": 400}})),
        (503, "text/plain; charset=utf-8", b"upstream busy, try later"),
        (500, "text/event-stream", b'data: {"error":{"message":"crash"}}\n\n'),
    ],
)
@pytest.mark.parametrize("stream", [True, False])
def test_upstream_errors_passed_through(
    proxy_for: Callable[..., str], status: int, content_type: str, body: bytes, stream: bool
) -> None:
    script = Script([body[:7], body[7:]], status=status, content_type=content_type)
    base = proxy_for(script)
    reply = fetch(base, request(stream=stream))
    assert (reply.status, reply.raw) == (status, body)
    assert reply.headers["content-type"] == content_type
    with pytest.raises(openai.APIStatusError) as info:
        if stream:
            sdk_stream(base, request())
        else:
            sdk(base).chat.completions.create(**request(stream=False))
    assert info.value.status_code == status


def test_health_and_ready(proxy_for: Callable[..., str], default_policy: CompiledPolicy) -> None:
    script = Script([DONE])
    base = proxy_for(script)
    health = fetch(base, None, path="/healthz", method="GET")
    assert (health.status, json.loads(health.raw)) == (200, {"status": "ok"})
    ready = fetch(base, None, path="/readyz", method="GET")
    assert ready.status == 200
    assert json.loads(ready.raw) == {"status": "ready"}  # policies: the admin port's
    assert script.requests == []


def test_request_body_over_limit(proxy_for: Callable[..., str]) -> None:
    script = Script([ROLE, STOP, DONE])
    base = proxy_for(script, max_request_bytes=1024)

    def body_of(size: int) -> bytes:
        template = request(None)
        template["messages"][1]["content"] = ""
        pad = size - len(dumps(template))
        template["messages"][1]["content"] = "x" * pad
        data = dumps(template)
        assert len(data) == size
        return data

    assert fetch(base, body_of(1024)).status == 200  # the limit itself is allowed
    reply = fetch(base, body_of(1025))
    assert reply.status == 413
    assert json.loads(reply.raw)["error"]["type"] == "request_too_large"
    assert len(script.requests) == 1
    with pytest.raises(openai.APIStatusError) as info:
        sdk(base).chat.completions.create(
            model="m", messages=[{"role": "user", "content": "y" * 2000}]
        )
    assert info.value.status_code == 413
    assert len(script.requests) == 1


def test_protected_texts_over_limit(proxy_for: Callable[..., str]) -> None:
    """System and developer prompts past `max_protected_chars` (all of them together) are
    refused with 413 in the API's format, naming the limit and never echoing the text; at the
    limit they are served."""
    script = Script([ROLE, STOP, DONE])
    base = proxy_for(script, max_protected_chars=2048)

    def body_of(*sizes: int) -> bytes:
        template = request(None)
        system = [{"role": "system", "content": "s" * (n - 1) + "S"} for n in sizes]
        template["messages"] = [*system, *template["messages"][1:]]
        return dumps(template)

    assert fetch(base, body_of(1024, 1024)).status == 200
    reply = fetch(base, body_of(1024, 1025))
    assert reply.status == 413
    error = json.loads(reply.raw)["error"]
    assert error["type"] == "request_too_large" and "2048" in error["message"]
    assert "sS" not in reply.raw.decode()
    assert len(script.requests) == 1
    with pytest.raises(openai.APIStatusError) as info:
        sdk(base).chat.completions.create(
            model="m", messages=[{"role": "developer", "content": "y" * 3000}]
        )
    assert info.value.status_code == 413
    assert len(script.requests) == 1


def test_prompt_leak_in_answer_redacted(
    proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    """The default policy also watches the answer for the system prompt (not for hints)."""
    answer = f"Sure! My brief says: {TRACE_B.leak}. Anyway, a LEFT JOIN keeps rows."
    script = Script([ROLE, *deltas("content", pieces(answer)), STOP, DONE])
    base = proxy_for(script)
    reply = fetch(base, request(TRACE_B))
    content = joined(reply.transcript[0], "content")
    assert not runs(TRACE_B.leak, 4) & runs(content, 4)
    assert not runs(TRACE_B.leak, 4) & runs(unescape(reply.raw), 4)
    assert content == oneshot(default_policy, TRACE_B.system, answer, "content")
    assert content.startswith("Sure! My brief says: ") and PROMPT_MARKER in content
    assert content.endswith(". Anyway, a LEFT JOIN keeps rows.")


@pytest.mark.parametrize(
    ("headers", "content_type", "settings"),
    [
        ([("content-encoding", "gzip")], "text/event-stream", {}),
        ([], "text/plain", {}),
        ([], "application/json", {"max_response_bytes": 1024}),
    ],
    ids=["compressed", "unknown-type", "too-large"],
)
def test_unscannable_response_refused(
    proxy_for: Callable[..., str], headers: list[tuple[str, str]], content_type: str,
    settings: dict[str, int],
) -> None:
    """A whole response the proxy cannot scan becomes a clean 502; none of it goes out."""
    body = dumps(completion({"reasoning": TRACE_A.text * 4, "content": ANSWER}))
    assert len(body) > 1024
    metrics = Metrics()
    script = Script([body], content_type=content_type, headers=headers)
    base = proxy_for(script, metrics=metrics, **settings)
    reply = fetch(base, request(stream=False))
    assert reply.status == 502
    assert json.loads(reply.raw)["error"]["type"] == "guardproxy_error"
    assert b"enigmatic" not in reply.raw
    samples = [s for m in metrics.registry.collect() if m.name == "guardproxy_fail_closed"
               for s in m.samples if s.name.endswith("_total")]
    assert [s.value for s in samples] == [1]


def test_oversized_event_fails_closed(proxy_for: Callable[..., str]) -> None:
    """An SSE event over `max_event_bytes` cannot be scanned: error event, then the end."""
    metrics = Metrics()
    big = sse(chunk({"reasoning": TRACE_A.text * 10}))
    assert len(big) > 1024
    script = Script([ROLE, big, *deltas("content", pieces(ANSWER)), STOP, DONE])
    reply = fetch(proxy_for(script, metrics=metrics, max_event_bytes=1024), request())
    events = parse_sse(reply.raw)
    assert json.loads(events[-2].data or "")["error"]["type"] == "guardproxy_error"
    assert events[-1].data == "[DONE]"
    assert b"enigmatic" not in reply.raw and b"whisper" not in reply.raw
    sample = metrics.registry.get_sample_value(
        "guardproxy_fail_closed_total", {"route": "chat_completions", "reason": "framing"}
    )
    assert sample == 1


def test_upstream_unreachable(proxy_for: Callable[..., str]) -> None:
    sock = free_socket()  # bound, never listening: connections are refused
    try:
        base = proxy_for(f"http://127.0.0.1:{sock.getsockname()[1]}")
        reply = fetch(base, request())
        assert reply.status == 502
        assert json.loads(reply.raw)["error"]["type"] == "upstream_unreachable"
    finally:
        sock.close()


def test_client_disconnect_cancels_upstream(proxy_for: Callable[..., str]) -> None:
    """A client that goes away mid-stream makes the proxy drop the upstream request at once,
    even while the upstream is silent, so the model server can stop generating."""
    gate = Gate()
    first = "The user wants a riddle about the ocean. I will keep it short and sweet. "
    script = Script([ROLE, *deltas("reasoning", pieces(first)), gate,
                     *vllm_stream("reasoning", TRACE_A)[1:]])
    base = proxy_for(script)
    received = bytearray()
    # A client of its own: closing it is what closes the connection mid-response.
    with httpx.Client(trust_env=False, timeout=30) as client, client.stream(
        "POST", base + CHAT, content=dumps(request())
    ) as response:
        for data in response.iter_raw():
            received.extend(data)
            if "about the ocean." in joined(transcript(json_chunks(bytes(received)))[0],
                                            "reasoning"):
                break
    # The upstream is still paused at the gate: only the proxy can have hung up.
    assert script.disconnected.wait(timeout=GATE_TIMEOUT)
    assert not script.finished.is_set()
    gate.open()


# --- Route spellings, delta-less choices and synthesised chunks --------------------------------


@pytest.mark.parametrize(
    "path", ["/v1/chat/completions/", "//v1/chat/completions", "/v1/./chat/completions",
             "/v1/x/../chat/completions"],
)
def test_other_spellings_of_the_chat_route_are_sanitized(proxy_for, path: str) -> None:
    """Upstream routers may accept these spellings: none of them may bypass the sanitizer."""
    events = [ROLE, *deltas("reasoning_content", pieces(TRACE_A.text)), STOP, DONE]
    base = proxy_for(Script(events))
    payload = {"model": "m", "stream": True,
               "messages": [{"role": "system", "content": PROMPT_A}]}
    body = httpx.post(base + path, json=payload).content.decode()
    assert "enigmatic" not in body
    assert PROMPT_MARKER in body


def test_choice_without_delta_passes_and_can_still_finish(proxy_for) -> None:
    filter_only = sse({**ENV, "choices": [{"index": 0, "finish_reason": None,
                                           "content_filter_results": {}}]})
    finish = sse({**ENV, "obfuscation": "pad", "choices": [{"index": 0, "finish_reason": "stop"}]})
    events = [sse(chunk({"reasoning_content": "Short thought"})), filter_only, finish, DONE]
    payload = {"model": "m", "stream": True, "messages": []}
    body = httpx.post(proxy_for(Script(events)) + CHAT, json=payload).content
    assert filter_only in body
    assert b"Short thought" in body  # the held tail went out in the finishing choice
    assert body.endswith(DONE)
