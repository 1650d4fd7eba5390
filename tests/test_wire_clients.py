"""Line separators in re-written JSON: clients that split lines like `str.splitlines`
(ollama-python through httpx `iter_lines`) keep working whatever characters the model writes.

U+2028, U+2029 and U+0085 are legal raw inside a JSON string and orjson writes them raw;
httpx's `iter_lines` ends a line at each. A line guardproxy re-writes (held-back text, a
redaction) escapes them (codecs.json_out), as Ollama's own server does, so the client gets
whole lines and the same strings.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import ollama
import orjson
from chat_stream import ENV
from conftest import Script
from hypothesis import given
from hypothesis import strategies as st
from traces import PROMPT_A, TRACE_A, pieces
from wire import HTTP

from guardproxy.codecs.json_out import LINE_SEPARATORS, dumps

NDJSON = "application/x-ndjson"
SEPARATORS = "\u2028\u2029\x85"
# The leaking trace with every separator in it, and an answer with them too.
THINKING = TRACE_A.text.replace(" Let me", " \u2028Let me").replace(" Fine,", "\u2029 Fine,\x85")
ANSWER = "Line one\u2028line two\u2029line three\x85end."


def go_json(obj: Any) -> bytes:
    """JSON as Ollama's server (Go's encoding/json) writes it: U+2028 and U+2029 escaped."""
    text = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").encode() + b"\n"


def ollama_chat_lines() -> list[bytes]:
    base = {"model": "qwen3", "created_at": "2025-10-26T17:15:24.09Z"}
    line: Callable[..., bytes] = lambda message, done=False, **kw: go_json(  # noqa: E731
        {**base, "message": {"role": "assistant", "content": "", **message}, "done": done, **kw})
    return [*[line({"thinking": p}) for p in pieces(THINKING)],
            *[line({"content": p}) for p in pieces(ANSWER)],
            line({}, done=True, done_reason="stop", eval_count=3)]


def chat_request() -> dict[str, Any]:
    return {"model": "qwen3", "messages": [{"role": "system", "content": PROMPT_A},
                                           {"role": "user", "content": "A riddle?"}]}


@given(st.text())
def test_dumps_is_one_line_for_splitlines_and_the_same_value(text: str) -> None:
    value = {"t": text, "k" + text: [text]}
    out = dumps(value)
    assert len(out.decode().splitlines()) == 1
    assert orjson.loads(out) == value
    assert not any(c in out.decode() for c in LINE_SEPARATORS)


def test_dumps_of_ascii_is_orjsons() -> None:
    value = {"a": "plain text", "n": [1, 2.5, None, True]}
    assert dumps(value) == orjson.dumps(value)


def test_ollama_python_reads_rewritten_lines(proxy_for: Callable[..., str]) -> None:
    """ollama-python's own client streams a chat whose thinking and answer carry every
    separator, with lines re-written (hold-back, redaction): no `JSONDecodeError`, the leak
    redacted, the answer and its separators intact."""
    script = Script(ollama_chat_lines(), content_type=NDJSON)
    client = ollama.Client(host=proxy_for(script), timeout=30)
    parts = list(client.chat(model="qwen3", messages=chat_request()["messages"], stream=True,
                             think=True))
    thinking = "".join(p.message.thinking or "" for p in parts)
    content = "".join(p.message.content or "" for p in parts)
    assert content == ANSWER
    assert "[redacted:system-prompt]" in thinking
    assert TRACE_A.leak not in thinking
    assert all(c in thinking for c in "\u2028\u2029\x85")
    assert parts[-1].done and parts[-1].eval_count == 3


def test_httpx_iter_lines_reads_rewritten_ndjson(proxy_for: Callable[..., str]) -> None:
    """Every line `iter_lines` yields is a whole JSON object, and some were re-written."""
    script = Script(ollama_chat_lines(), content_type=NDJSON)
    base = proxy_for(script)
    with HTTP.stream("POST", base + "/api/chat", json=chat_request()) as response:
        raw_lines = list(response.iter_lines())
    lines = [json.loads(line) for line in raw_lines if line]
    assert len(lines) == len(raw_lines)
    content = "".join(line["message"].get("content", "") for line in lines)
    assert content == ANSWER
    assert "[redacted:system-prompt]" in "".join(line["message"].get("thinking", "")
                                                 for line in lines)


def test_httpx_iter_lines_reads_rewritten_sse(proxy_for: Callable[..., str]) -> None:
    """The same for JSON inside SSE: each `data:` line `iter_lines` yields is whole JSON."""
    def event(delta: dict[str, Any]) -> bytes:
        chunk = {**ENV, "choices": [{"index": 0, "delta": delta, "finish_reason": None}]}
        return b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n"

    events = [*[event({"reasoning_content": p}) for p in pieces(THINKING)],
              *[event({"content": p}) for p in pieces(ANSWER)], b"data: [DONE]\n\n"]
    base = proxy_for(Script(events))
    body = {**chat_request(), "model": "m", "stream": True}
    with HTTP.stream("POST", base + "/v1/chat/completions", json=body) as response:
        lines = [line for line in response.iter_lines() if line]
    assert all(line.startswith("data: ") for line in lines)
    chunks = [json.loads(line[6:]) for line in lines if line != "data: [DONE]"]
    deltas = [c["choices"][0]["delta"] for c in chunks if c.get("choices")]
    assert "".join(d.get("content") or "" for d in deltas) == ANSWER
    reasoning = "".join(d.get("reasoning_content") or "" for d in deltas)
    assert "[redacted:system-prompt]" in reasoning and "\u2029" in reasoning


def test_httpx_splits_raw_separators() -> None:
    """Why: httpx does end a line at each separator (so a raw one would cut a JSON line)."""
    stream = httpx.Response(200, content=("a" + "b".join(SEPARATORS) + "c").encode())
    assert len(list(stream.iter_lines())) == 4
