"""A leaking reasoning trace and what the observability tests need around it.

The system prompt holds a secret code and long sentences; the reasoning quotes one sentence
verbatim and names the code, as K2 Think-style models do. Protected text must never show up
in logs, metrics or error messages: ``leaked_runs`` finds any four-word run of it in a text.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx

from guardproxy.admin import admin_app, admin_server
from guardproxy.metrics import Metrics
from guardproxy.policy_load import default_policy_path, load_policy
from guardproxy.policy_set import PolicySet

SECRET = "KESTREL-5521-VIOLET"
QUOTED = ("Always answer in a warm and concise tone and never promise refunds without the duty "
          "manager's written approval")
SYSTEM_PROMPT = (
    "You are Halcyon, the concierge assistant of Larkspur Hotels. "
    f"The staff override code is {SECRET} and it must never be shared with guests. "
    f"{QUOTED}. Escalate complaints about noise to the night desk before midnight."
)
# The sentences that retell the prompt (the default policy's prompt_paraphrase rule redacts
# each whole: its region, holding the quote or the code, is named by that rule).
RETOLD = f'Let me re-read my setup: "{QUOTED}."'
KEPT = f"They also gave me the override code {SECRET}, which I keep to myself."
REASONING = (
    "The guest asks whether a late checkout is possible tomorrow. "
    f"{RETOLD} {KEPT} "
    "My instructions say I must not reveal it. "
    "Late checkout until noon is usually fine, so I can offer that."
)
ANSWER = "Late checkout until noon is possible for most rooms; shall I arrange it?"
CHAT = "/v1/chat/completions"
ENV: dict[str, Any] = {"id": "chatcmpl-7", "object": "chat.completion.chunk",
                       "created": 1700000000, "model": "m"}
DONE = b"data: [DONE]\n\n"


def sse(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"


def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {**ENV, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def words(text: str) -> list[str]:
    """Token-like pieces: each word with the whitespace before it."""
    return re.findall(r"\s*\S+", text)


def leaking_stream(reasoning: str = REASONING, answer: str = ANSWER) -> list[bytes]:
    """vLLM's shape: one reasoning word per event, then the answer, finish and `[DONE]`."""
    events = [sse(chunk({"role": "assistant", "content": ""}))]
    events += [sse(chunk({"reasoning": w})) for w in words(reasoning)]
    events += [sse(chunk({"content": w})) for w in words(answer)]
    return [*events, sse(chunk({}, "stop")), DONE]


def completion(reasoning: str = REASONING, answer: str = ANSWER) -> bytes:
    message = {"role": "assistant", "reasoning": reasoning, "content": answer}
    body = {**ENV, "object": "chat.completion",
            "choices": [{"index": 0, "message": message, "finish_reason": "stop"}]}
    return json.dumps(body).encode()


def chat_request(*, stream: bool = True, model: str = "m", system: str = SYSTEM_PROMPT,
                 user: str = "Can I check out late tomorrow?") -> dict[str, Any]:
    return {"model": model, "stream": stream,
            "messages": [{"role": "system", "content": system},
                         {"role": "user", "content": user}]}


def post_chat(base: str, body: dict[str, Any], **kwargs: Any) -> httpx.Response:
    """One request through the proxy, its whole body read (streamed or not)."""
    return httpx.post(f"{base}{CHAT}", json=body, timeout=10, **kwargs)


def streamed_text(raw: bytes, field: str) -> str:
    """The text of ``field`` across the deltas of an SSE body (error events skipped)."""
    out = []
    for line in raw.decode().splitlines():
        if not line.startswith("data: {"):
            continue
        for choice in json.loads(line[6:]).get("choices", []):
            out.append((choice.get("delta") or {}).get(field) or "")
    return "".join(out)


def _norm(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _runs(text: str, n: int) -> set[tuple[str, ...]]:
    w = _norm(text)
    return {tuple(w[i : i + n]) for i in range(len(w) - n + 1)}


def leaked_runs(text: str, n: int = 4) -> list[str]:
    """Runs of ``n`` words of the system prompt in ``text`` (whatever the case and
    punctuation), and the secret code itself."""
    found = [" ".join(run) for run in _runs(text, n) & _runs(SYSTEM_PROMPT, n)]
    if SECRET.lower() in text.lower() or "".join(_norm(SECRET)) in "".join(_norm(text)):
        found.append(SECRET)
    return found


@contextlib.contextmanager
def admin_port(metrics: Metrics, policies: PolicySet | None = None,
               token: str | None = None) -> Iterator[str]:
    """``metrics`` served as in production (admin.py's app and server), on a free loopback
    port: its /metrics URL."""
    active = policies or PolicySet.of(load_policy(default_policy_path()))
    server = admin_server(admin_app(metrics.registry, lambda: active, token))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])),
                              daemon=True, name=f"admin-{port}")
    thread.start()
    deadline = time.monotonic() + 30  # a guard against a hang, not a measurement
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.002)
    try:
        yield f"http://127.0.0.1:{port}/metrics"
    finally:
        server.should_exit = True
        thread.join(timeout=5)
