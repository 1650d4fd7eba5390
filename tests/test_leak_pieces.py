"""One leak state per response: a prompt cut into pieces of 1-5 words and spread over every
kind of reset an API has (a track that ends and starts again, a new block, choice or summary
part, a signature, an empty answer between reasoning pieces) is still one run.

Each API's stream is played by the scripted upstream through the real proxy; the client is the
real SDK where one exists (openai, anthropic), raw NDJSON for Ollama. The property: no
``min_words`` consecutive words of the prompt reach any text the client reassembles.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

import anthropic
import openai
import pytest
from conftest import Script
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from traces import PROMPT_A
from wire import HTTP, dumps, named, post

from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import default_policy_path, load_policy

# The prompt's first words, streamed in order: every piece continues the run before it.
PROMPT_WORDS = PROMPT_A.split()[:40]
EXAMPLES = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def normal_words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


PROMPT_NORMAL = normal_words(" ".join(PROMPT_WORDS))


def leaked_run(text: str, min_words: int) -> str | None:
    """The first ``min_words`` consecutive words of ``text`` that are consecutive words of the
    prompt, if any."""
    runs = {tuple(PROMPT_NORMAL[i : i + min_words])
            for i in range(len(PROMPT_NORMAL) - min_words + 1)}
    words = normal_words(text)
    for i in range(len(words) - min_words + 1):
        if tuple(words[i : i + min_words]) in runs:
            return " ".join(words[i : i + min_words])
    return None


@st.composite
def cut_prompt(draw: st.DrawFn) -> list[str]:
    """The prompt's words in pieces of 1-5 words, each with the space before it."""
    out: list[str] = []
    at = 0
    while at < len(PROMPT_WORDS):
        size = draw(st.integers(1, 5))
        out.append(" " + " ".join(PROMPT_WORDS[at : at + size]))
        at += size
    return out


POLICIES = {"default": "default.yaml", "strict": "strict.yaml"}


@pytest.fixture(scope="module", params=list(POLICIES))
def policy(request: pytest.FixtureRequest) -> CompiledPolicy:
    return load_policy(default_policy_path().parent / POLICIES[request.param])


def min_words(policy: CompiledPolicy) -> int:
    return min(r.min_words for r in policy.policy.rules if r.detector == "prompt_leak")


class Player:
    """One proxy in front of one scripted upstream; each example replaces the script's body."""

    def __init__(self, proxy_for: Callable[..., str], policy: CompiledPolicy,
                 content_type: str = "text/event-stream") -> None:
        self.script = Script([], content_type=content_type)
        self.base = proxy_for(self.script, policy=policy)

    def play(self, chunks: list[bytes]) -> str:
        self.script.chunks = chunks
        return self.base


def assert_no_run(texts: dict[Any, str], policy: CompiledPolicy) -> None:
    for where, text in texts.items():
        run = leaked_run(text, min_words(policy))
        assert run is None, f"{where}: {run!r} reached the client in {text!r}"


# --- chat completions ---------------------------------------------------------------------

CHAT_ENV = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000,
            "model": "m"}


def chat_event(delta: dict[str, Any], index: int = 0, finish: str | None = None) -> bytes:
    choice = {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish}
    return b"data: " + dumps({**CHAT_ENV, "choices": [choice]}) + b"\n\n"


CHAT_RESETS = ("none", "content_space", "finish", "finish_on_piece", "new_choice", "unknown")
CHAT_FIELDS = ("reasoning_content", "reasoning", "reasoning_details", "content")
# A delta field no codec knows: the walker scans it, its key and value, as answer text. The key
# is read as a word between the pieces (a run allows one inserted word): a key of two words
# (`x_note`) between every piece of 1-5 words can still break a run.
UNKNOWN = "note"


def chat_piece(field: str, text: str, index: int, finish: str | None = None) -> bytes:
    if field == "reasoning_details":
        entry = {"type": "reasoning.text", "text": text, "format": "anthropic-claude-v1",
                 "index": 0, "signature": "EtYDsig"}
        return chat_event({"reasoning_details": [entry]}, index, finish)
    return chat_event({field: text}, index, finish)


@st.composite
def chat_stream(draw: st.DrawFn, unknown: bool = True) -> list[bytes]:
    """``unknown``: pieces of the answer may go to a field no codec knows."""
    field = draw(st.sampled_from(CHAT_FIELDS))
    events = [chat_event({"role": "assistant", "content": ""})]
    index = 0
    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(CHAT_RESETS))
        if reset == "content_space":
            events.append(chat_event({"content": " "}, index))
        elif reset == "finish":
            events.append(chat_event({}, index, "stop"))
        elif reset == "new_choice":
            index = draw(st.integers(0, 3))
        if reset == "unknown" and field == "content" and unknown:  # to an unknown field
            events.append(chat_event({UNKNOWN: piece}, index))
            continue
        events.append(chat_piece(field, piece, index,
                                 "stop" if reset == "finish_on_piece" else None))
    return [*events, chat_event({}, index, "stop"), b"data: [DONE]\n\n"]


@st.composite
def chat_interleaved(draw: st.DrawFn) -> list[bytes]:
    """n=2, both choices open: each piece goes to choice 0 or 1 as drawn (1, 0, 1, ...)."""
    field = draw(st.sampled_from(CHAT_FIELDS))
    events = [chat_event({"role": "assistant", "content": ""}, i) for i in (0, 1)]
    for piece in draw(cut_prompt()):
        events.append(chat_piece(field, piece, draw(st.integers(0, 1))))
    return [*events, chat_event({}, 0, "stop"), chat_event({}, 1, "stop"), b"data: [DONE]\n\n"]


def chat_texts(base: str) -> dict[Any, str]:
    """Each choice's reasoning as the SDK's chunks carry it, joined in order, and every
    choice's in arrival order (a client printing `choices[i].delta` as they come)."""
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           timeout=30, http_client=HTTP)
    texts: dict[Any, str] = {}
    for chunk in client.chat.completions.create(
        model="m", stream=True,
        messages=[{"role": "system", "content": PROMPT_A}, {"role": "user", "content": "hi"}],
    ):
        for choice in chunk.choices:
            extra = choice.delta.model_extra or {}
            text = (extra.get("reasoning_content") or extra.get("reasoning") or "") + "".join(
                d.get("text") or "" for d in extra.get("reasoning_details") or [])
            text += (choice.delta.content or "") + (extra.get(UNKNOWN) or "")
            texts[choice.index] = texts.get(choice.index, "") + text
            texts["arrival"] = texts.get("arrival", "") + text
    return texts


def test_chat_pieces_over_resets(proxy_for: Callable[..., str], policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    # Under a policy whose inline reasoning is pre-filled (strict) the answer's text before
    # `</think>` is reasoning, and an unknown field is answer text: two kinds, two states.
    unknown = not policy.policy.inline_think.prefilled

    @EXAMPLES
    @given(stream=chat_stream(unknown))
    def check(stream: list[bytes]) -> None:
        assert_no_run(chat_texts(player.play(stream)), policy)

    check()


def test_chat_pieces_over_interleaved_choices(proxy_for: Callable[..., str],
                                              policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    @EXAMPLES
    @given(stream=chat_interleaved())
    def check(stream: list[bytes]) -> None:
        assert_no_run(chat_texts(player.play(stream)), policy)

    check()


# --- Anthropic messages -------------------------------------------------------------------

def anthropic_event(payload: dict[str, Any]) -> bytes:
    return named(payload)


def block_start(index: int, kind: str) -> bytes:
    block = {"type": "thinking", "thinking": "", "signature": ""} if kind == "thinking" \
        else {"type": "text", "text": ""}
    return anthropic_event({"type": "content_block_start", "index": index,
                            "content_block": block})


def block_delta(index: int, kind: str, text: str) -> bytes:
    body = {"type": "thinking_delta", "thinking": text} if kind == "thinking" \
        else {"type": "text_delta", "text": text}
    return anthropic_event({"type": "content_block_delta", "index": index, "delta": body})


def signature(index: int) -> bytes:
    return anthropic_event({"type": "content_block_delta", "index": index,
                            "delta": {"type": "signature_delta", "signature": "EtYDsig"}})


def block_stop(index: int) -> bytes:
    return anthropic_event({"type": "content_block_stop", "index": index})


@st.composite
def anthropic_stream(draw: st.DrawFn) -> list[bytes]:
    kind = draw(st.sampled_from(("thinking", "text")))
    message = {"model": "claude-test", "id": "msg_1", "type": "message", "role": "assistant",
               "content": [], "stop_reason": None, "stop_sequence": None,
               "usage": {"input_tokens": 4, "output_tokens": 5}}
    events = [anthropic_event({"type": "message_start", "message": message})]
    index = 0
    events.append(block_start(index, kind))
    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(("none", "signature", "new_block")))
        if reset == "signature" and kind == "thinking":
            events.append(signature(index))
        elif reset == "new_block":
            if kind == "thinking":
                events.append(signature(index))
            events.append(block_stop(index))
            index += 1
            events.append(block_start(index, kind))
        events.append(block_delta(index, kind, piece))
    if kind == "thinking":
        events.append(signature(index))
    events.append(block_stop(index))
    return [*events,
            anthropic_event({"type": "message_delta", "usage": {"output_tokens": 9},
                             "delta": {"stop_reason": "end_turn", "stop_sequence": None}}),
            anthropic_event({"type": "message_stop"})]


def anthropic_texts(base: str) -> dict[Any, str]:
    """The SDK's final message: each block, and all of a kind read one after another."""
    client = anthropic.Anthropic(base_url=base, api_key="sk-ant-test", max_retries=0,
                                 timeout=30)
    with client.messages.stream(model="claude-test", max_tokens=100, system=PROMPT_A,
                                messages=[{"role": "user", "content": "hi"}]) as s:
        final = s.get_final_message()
    texts: dict[Any, str] = {}
    for i, block in enumerate(final.content):
        text = block.thinking if block.type == "thinking" else getattr(block, "text", "")
        texts[i] = text
        texts[block.type] = texts.get(block.type, "") + text
    return texts


def test_anthropic_pieces_over_resets(proxy_for: Callable[..., str],
                                      policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    @EXAMPLES
    @given(stream=anthropic_stream())
    def check(stream: list[bytes]) -> None:
        assert_no_run(anthropic_texts(player.play(stream)), policy)

    check()


# --- OpenAI Responses ---------------------------------------------------------------------

def response_object(status: str, output: list[Any]) -> dict[str, Any]:
    return {"id": "resp_1", "object": "response", "created_at": 1700000000, "status": status,
            "model": "o4-mini", "output": output, "instructions": None,
            "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}


@st.composite
def responses_stream(draw: st.DrawFn) -> list[bytes]:
    flavour = draw(st.sampled_from(("summary", "content")))
    part, key, delta_type, done_type, added, part_done = (
        ("summary_text", "summary_index", "response.reasoning_summary_text.delta",
         "response.reasoning_summary_text.done", "response.reasoning_summary_part.added",
         "response.reasoning_summary_part.done") if flavour == "summary" else
        ("reasoning_text", "content_index", "response.reasoning_text.delta",
         "response.reasoning_text.done", "response.content_part.added",
         "response.content_part.done"))
    sequence = iter(range(10_000))
    out: list[bytes] = []

    def add(kind: str, **fields: Any) -> None:
        out.append(named({"type": kind, **fields, "sequence_number": next(sequence)}))

    add("response.created", response=response_object("in_progress", []))
    item = {"id": "rs_1", "type": "reasoning", "summary": [], "content": []}
    add("response.output_item.added", output_index=0, item=item)
    parts: list[str] = [""]
    where = {"item_id": "rs_1", "output_index": 0, key: 0}
    add(added, **where, part={"type": part, "text": ""})

    def close() -> None:
        add(done_type, **where, text=parts[-1])
        add(part_done, **where, part={"type": part, "text": parts[-1]})

    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(("none", "new_part", "done")))
        if reset == "new_part":
            close()
            parts.append("")
            where = {**where, key: len(parts) - 1}
            add(added, **where, part={"type": part, "text": ""})
        elif reset == "done":
            close()
        add(delta_type, **where, delta=piece)
        parts[-1] += piece
    close()
    done_item = {**item, flavour: [{"type": part, "text": t} for t in parts]}
    add("response.output_item.done", output_index=0, item=done_item)
    add("response.completed", response=response_object("completed", [done_item]))
    return out


def responses_texts(base: str) -> dict[Any, str]:
    """Every reasoning text the SDK's events carry: deltas by part, and the final response."""
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           timeout=30, http_client=HTTP)
    texts: dict[Any, str] = {}
    with client.responses.create(model="o4-mini", instructions=PROMPT_A, input="hi",
                                 stream=True) as events:
        for event in events:
            data = event.model_dump()
            if event.type.endswith(".delta"):
                at = (data.get("summary_index"), data.get("content_index"))
                texts[at] = texts.get(at, "") + data["delta"]
                texts["deltas"] = texts.get("deltas", "") + data["delta"]
            if event.type == "response.completed":
                for item in data["response"]["output"]:
                    for i, p in enumerate((item.get("summary") or []) +
                                          (item.get("content") or [])):
                        texts[("final", i)] = p["text"]
                        texts["final"] = texts.get("final", "") + " " + p["text"]
    return texts


def test_responses_pieces_over_resets(proxy_for: Callable[..., str],
                                      policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy)

    @EXAMPLES
    @given(stream=responses_stream())
    def check(stream: list[bytes]) -> None:
        assert_no_run(responses_texts(player.play(stream)), policy)

    check()


# --- Ollama -------------------------------------------------------------------------------

def ollama_line(**fields: Any) -> bytes:
    return dumps({"model": "qwen3", "created_at": "2025-01-01T00:00:00Z", **fields}) + b"\n"


@st.composite
def ollama_stream(draw: st.DrawFn) -> list[bytes]:
    lines = []
    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(("none", "content_space", "error")))
        if reset == "content_space":
            lines.append(ollama_line(message={"role": "assistant", "content": " "}, done=False))
        elif reset == "error":
            lines.append(ollama_line(error="", done=False))
        lines.append(ollama_line(message={"role": "assistant", "content": "", "thinking": piece},
                                 done=False))
    lines.append(ollama_line(message={"role": "assistant", "content": ""}, done=True,
                             done_reason="stop"))
    return lines


def ollama_texts(base: str) -> dict[Any, str]:
    reply = post(base, "/api/chat", {"model": "qwen3", "stream": True, "messages": [
        {"role": "system", "content": PROMPT_A}, {"role": "user", "content": "hi"}]})
    assert reply.status == 200
    lines = [json.loads(line) for line in reply.raw.splitlines() if line.strip()]
    return {"thinking": "".join((x.get("message") or {}).get("thinking") or "" for x in lines),
            "all": "".join(_strings(lines))}


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def test_ollama_pieces_over_resets(proxy_for: Callable[..., str],
                                   policy: CompiledPolicy) -> None:
    player = Player(proxy_for, policy, content_type="application/x-ndjson")

    @EXAMPLES
    @given(stream=ollama_stream())
    def check(stream: list[bytes]) -> None:
        assert_no_run(ollama_texts(player.play(stream)), policy)

    check()


# --- legacy completions -------------------------------------------------------------------

def completion_event(text: str, index: int = 0, finish: str | None = None) -> bytes:
    choice = {"index": index, "text": text, "logprobs": None, "finish_reason": finish}
    return b"data: " + dumps({"id": "cmpl-1", "object": "text_completion",
                              "created": 1700000000, "model": "m", "choices": [choice]}) + b"\n\n"


@st.composite
def completions_stream(draw: st.DrawFn) -> list[bytes]:
    events = []
    index = 0
    for piece in draw(cut_prompt()):
        reset = draw(st.sampled_from(("none", "finish", "new_choice")))
        if reset == "finish":
            events.append(completion_event("", index, "length"))
        elif reset == "new_choice":
            index = draw(st.integers(0, 3))
        events.append(completion_event(piece, index))
    return [*events, completion_event("", index, "stop"), b"data: [DONE]\n\n"]


@st.composite
def completions_interleaved(draw: st.DrawFn) -> list[bytes]:
    events = [completion_event(piece, draw(st.integers(0, 1))) for piece in draw(cut_prompt())]
    return [*events, completion_event("", 0, "stop"), completion_event("", 1, "stop"),
            b"data: [DONE]\n\n"]


def completions_texts(base: str) -> dict[Any, str]:
    client = openai.OpenAI(base_url=base + "/v1", api_key="sk-test", max_retries=0,
                           timeout=30, http_client=HTTP)
    texts: dict[Any, str] = {}
    for chunk in client.completions.create(model="m", prompt="Write.", stream=True):
        for choice in chunk.choices:
            texts[choice.index] = texts.get(choice.index, "") + choice.text
            texts["arrival"] = texts.get("arrival", "") + choice.text
    return texts


def test_completions_pieces_over_resets(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str,
) -> None:
    """The request has no system message: the policy protects the prompt itself."""
    anchor = "  prefilled: false\n"
    protected = policy_file(default_policy_text.replace(
        anchor, f"{anchor}protected_texts: [{json.dumps(PROMPT_A)}]\n"))
    player = Player(proxy_for, protected)

    @EXAMPLES
    @given(stream=st.one_of(completions_stream(), completions_interleaved()))
    def check(stream: list[bytes]) -> None:
        assert_no_run(completions_texts(player.play(stream)), protected)

    check()
