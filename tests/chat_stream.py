"""The chat-completions wire, as the tests build and read it: upstream events and bodies in the
shapes of vLLM, SGLang, llama.cpp, DeepSeek and OpenRouter (wire-formats.md section 12), the
request, and what a client made of the response (per choice, its texts in arrival order).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from traces import ANSWER, TRACE_A, Trace, pieces
from wire import dumps, parse_sse

CHAT = "/v1/chat/completions"
ENV: dict[str, Any] = {
    "id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1700000000, "model": "m",
}
DONE = b"data: [DONE]\n\n"


# --- building upstream streams -------------------------------------------------------------


def sse(obj: Any, eol: bytes = b"\n") -> bytes:
    return b"data: " + dumps(obj) + eol + eol


def chunk(
    delta: dict[str, Any] | None = None,
    *,
    index: int = 0,
    finish: str | None = None,
    env: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    choice = {"index": index, "delta": delta if delta is not None else {}, "logprobs": None,
              "finish_reason": finish}
    return {**(ENV if env is None else env), "choices": [choice], **extra}


ROLE = sse(chunk({"role": "assistant", "content": ""}))
USAGE = sse({**ENV, "choices": [],
             "usage": {"prompt_tokens": 12, "total_tokens": 40, "completion_tokens": 28}})
STOP = sse(chunk({}, finish="stop"))


def deltas(field: str, parts: Iterable[str], **kwargs: Any) -> list[bytes]:
    return [sse(chunk({field: p}, **kwargs)) for p in parts]


def vllm_stream(field: str, trace: Trace, answer: str = ANSWER, **beside: Any) -> list[bytes]:
    """Role chunk, one reasoning word per event, the answer, finish, usage, `[DONE]`;
    ``beside`` adds fixed keys to every text delta (`reasoning=None`)."""
    reasoning = [sse(chunk({field: p, **beside})) for p in pieces(trace.text)]
    content = [sse(chunk({"content": p, **beside})) for p in pieces(answer)]
    return [ROLE, *reasoning, *content, STOP, USAGE, DONE]


def openrouter_event(delta: dict[str, Any], finish: str | None = None, **extra: Any) -> bytes:
    """OpenRouter repeats `role` and `content:""` on every chunk."""
    env = {"id": "gen-1", "provider": "DeepInfra", "model": "deepseek/deepseek-r1",
           "object": "chat.completion.chunk", "created": 1700000000}
    return sse(chunk({"role": "assistant", "content": "", **delta}, finish=finish, env=env,
                     **extra))


def openrouter_reasoning(text: str) -> dict[str, Any]:
    details = [{"type": "reasoning.text", "text": text, "format": "unknown", "index": 0}]
    return {"reasoning": text, "reasoning_details": details}


TOOL_EVENTS = [
    sse(chunk({"tool_calls": [{"index": 0, "id": "call_1", "type": "function",
                               "function": {"name": "weather", "arguments": ""}}]})),
    sse(chunk({"tool_calls": [{"index": 0, "function": {"arguments": '{"ci'}}]})),
    sse(chunk({"tool_calls": [{"index": 0, "function": {"arguments": 'ty":"Paris"}'}}]})),
]
TOOL_FINISH = sse(chunk({}, finish="tool_calls"))


def completion(message: dict[str, Any], **extra: Any) -> dict[str, Any]:
    """A whole (non-streamed) chat completion with one choice, in vLLM's shape."""
    return {
        "id": "chatcmpl-2", "object": "chat.completion", "created": 1700000000, "model": "m",
        "choices": [{"index": 0, "message": {"role": "assistant", "tool_calls": [],
                                             "refusal": None, "annotations": None,
                                             "audio": None, "function_call": None, **message},
                     "logprobs": None, "finish_reason": "stop", "stop_reason": None}],
        "usage": {"prompt_tokens": 12, "total_tokens": 40, "completion_tokens": 28},
        **extra,
    }


def request(trace: Trace | None = TRACE_A, *, stream: bool = True, **extra: Any) -> dict[str, Any]:
    system = trace.system[0] if trace is not None else "You are a helpful assistant."
    return {
        "model": "m",
        "messages": [{"role": "system", "content": system},
                     {"role": "user", "content": "Write me a riddle."}],
        "stream": stream,
        **extra,
    }


# --- reading what the client received ------------------------------------------------------


def json_chunks(raw: bytes) -> list[dict[str, Any]]:
    datas = [e.data for e in parse_sse(raw) if e.data is not None]
    return [json.loads(d) for d in datas if d != "[DONE]"]


Transcript = dict[int, list[tuple[str, str]]]
TEXT_FIELDS = ("reasoning", "reasoning_content", "content")


def transcript(chunks: Iterable[dict[str, Any]]) -> Transcript:
    """Per choice, the non-empty text fields in arrival order (reasoning before content in a
    delta, the order in which clients concatenate them)."""
    out: Transcript = defaultdict(list)
    for c in chunks:
        for choice in c.get("choices") or []:
            delta = choice.get("delta") or choice.get("message") or {}
            for name in TEXT_FIELDS:
                if isinstance(delta.get(name), str) and delta[name]:
                    out[choice.get("index", 0)].append((name, delta[name]))
    return out


def joined(entries: Sequence[tuple[str, str]], name: str) -> str:
    return "".join(text for field, text in entries if field == name)


def assert_reasoning_first(tr: Transcript) -> None:
    for index, entries in tr.items():
        kinds = ["content" if f == "content" else "reasoning" for f, _ in entries]
        if "content" in kinds:
            first = kinds.index("content")
            assert "reasoning" not in kinds[first:], f"choice {index}: reasoning after content"


def details_text(entries: Iterable[dict[str, Any]]) -> str:
    """What a client accumulating `reasoning_details` sees: the readable entries' text."""
    out = []
    for c in entries:
        for choice in c.get("choices") or []:
            for d in choice["delta"].get("reasoning_details") or []:
                out.append(d.get("text") or d.get("summary") or "")
    return "".join(out)
