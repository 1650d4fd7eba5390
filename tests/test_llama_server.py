"""guardproxy in front of a real model server: llama.cpp's `llama-server`, a tiny random-weight
model, and GBNF grammars that force it to leak its system prompt in its reasoning.

No scripted bytes here: the server's own chunking (one byte token per event), its reasoning
parser, its role and usage chunks and its non-streamed shape all come from llama.cpp. The
official openai SDK is the client. Two ways llama.cpp returns reasoning:

* a chat template that renders `reasoning_content` inside <think>, with
  `--reasoning-format deepseek`: the server parses the tags and streams `reasoning_content`;
* no such template (its default), or `--reasoning-format none`: <think>...</think> stays in
  `content`, which guardproxy splits itself.

The build takes minutes the first time (`scripts/build_llama_server.sh`, cached outside the
repo), so these tests carry the `llama` marker: `pytest -m "not llama"` is the fast suite.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest
from chat_stream import CHAT, json_chunks, transcript
from conftest import free_socket
from llama_server import THINK_TEMPLATE, cached_build, gbnf_literal, llama_server, write_tiny_model
from traces import ANSWER, HINT_MARKER, PROMPT_A, PROMPT_MARKER, TRACE_A, assert_guarded, oneshot

from guardproxy.policy_compile import CompiledPolicy

pytestmark = pytest.mark.llama

USER = "Write me a riddle."
FORCED = f"<think>{TRACE_A.text}</think>{ANSWER}"


@dataclass(frozen=True)
class Mode:
    name: str
    args: tuple[str, ...]
    with_template: bool
    reasoning_field: bool  # True: reasoning_content; False: <think> inline in content


MODES = [
    Mode("template-deepseek", ("--reasoning-format", "deepseek"), True, True),
    Mode("template-none", ("--reasoning-format", "none"), True, False),
    Mode("no-template", ("--reasoning-format", "deepseek"), False, False),
]


@pytest.fixture(scope="module")
def llama_build() -> Path:
    try:
        return cached_build()
    except subprocess.CalledProcessError:
        missing = [tool for tool in ("cmake", "c++") if shutil.which(tool) is None]
        if not missing or os.environ.get("CI") == "true":
            raise  # a real build failure, or CI, which must run this tier
        pytest.skip(f"llama tier skipped: building llama-server needs {' and '.join(missing)} "
                    "(scripts/build_llama_server.sh); `pytest -m 'not llama'` skips it quietly")


@pytest.fixture(scope="module")
def tiny_model(llama_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("llama") / "tiny.gguf"
    write_tiny_model(path, llama_build / "gguf-py")
    return path


@pytest.fixture(scope="module", params=MODES, ids=[m.name for m in MODES])
def llama(
    request: pytest.FixtureRequest, llama_build: Path, tiny_model: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Mode, str]]:
    """A running llama-server in one of the modes, and its base URL."""
    mode: Mode = request.param
    folder = tmp_path_factory.mktemp(mode.name)
    args = list(mode.args)
    if mode.with_template:
        template = folder / "think.jinja"
        template.write_text(THINK_TEMPLATE)
        args += ["--jinja", "--chat-template-file", str(template)]
    sock = free_socket()
    port = sock.getsockname()[1]
    sock.close()  # llama-server binds it itself
    with llama_server(llama_build / "bin" / "llama-server", tiny_model, port, *args,
                      log=folder / "server.log") as base:
        yield mode, base


def body(*, stream: bool, forced: str = FORCED, **extra: Any) -> dict[str, Any]:
    return {
        "model": "tiny",
        "messages": [{"role": "system", "content": PROMPT_A}, {"role": "user", "content": USER}],
        "stream": stream,
        "grammar": gbnf_literal(forced),
        "max_tokens": 2 * len(forced.encode()),
        "temperature": 0,
        **extra,
    }


def sdk(base: str) -> openai.OpenAI:
    # A placeholder key, as llama.cpp's clients send: no replay scope, so edited reasoning
    # carries no replay nonce and compares equal to the one-shot output.
    return openai.OpenAI(base_url=base + "/v1", api_key="EMPTY", max_retries=0, timeout=120)


def _sdk_stream(base: str) -> list[dict[str, Any]]:
    payload = body(stream=True)
    extra = {"grammar": payload.pop("grammar")}
    with sdk(base).chat.completions.create(**payload, extra_body=extra) as stream:
        return [chunk.model_dump() for chunk in stream]


def _raw_stream(base: str) -> bytes:
    with httpx.Client(timeout=120, trust_env=False) as client:
        response = client.post(base + CHAT, json=body(stream=True))
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        return response.content


def _split(mode: Mode, chunks: list[dict[str, Any]]) -> tuple[str, str]:
    """(reasoning, answer) as a client reads them in this mode."""
    entries = transcript(chunks)[0]
    content = "".join(t for f, t in entries if f == "content")
    if mode.reasoning_field:
        return "".join(t for f, t in entries if f == "reasoning_content"), content
    assert content.startswith("<think>") and content.count("</think>") == 1
    reasoning, answer = content.removeprefix("<think>").split("</think>")
    return reasoning, answer


def test_the_real_server_leaks(llama: tuple[Mode, str]) -> None:
    """The control: straight from llama-server the prompt fragment and the hint go out, in the
    field this mode puts reasoning in."""
    mode, base = llama
    reasoning, answer = _split(mode, json_chunks(_raw_stream(base)))
    assert (reasoning, answer) == (TRACE_A.text, ANSWER)


def test_streamed_reasoning_redacted_through_the_sdk(
    llama: tuple[Mode, str], proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    mode, upstream = llama
    base = proxy_for(upstream)
    chunks = _sdk_stream(base)
    reasoning, answer = _split(mode, chunks)
    assert reasoning == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert PROMPT_MARKER in reasoning and HINT_MARKER in reasoning
    assert answer == ANSWER
    assert chunks[-1]["choices"] == [] or chunks[-1]["choices"][0]["finish_reason"] == "stop"
    assert_guarded(_raw_stream(base), reasoning, TRACE_A)


def test_whole_response_redacted_through_the_sdk(
    llama: tuple[Mode, str], proxy_for: Callable[..., str], default_policy: CompiledPolicy
) -> None:
    mode, upstream = llama
    base = proxy_for(upstream)
    payload = body(stream=False)
    extra = {"grammar": payload.pop("grammar")}
    reply = sdk(base).chat.completions.create(**payload, extra_body=extra)
    message = reply.choices[0].message
    content = message.content or ""
    if mode.reasoning_field:
        reasoning = (message.model_extra or {})["reasoning_content"]
        answer = content
    else:
        reasoning, answer = content.removeprefix("<think>").split("</think>")
    assert reasoning == oneshot(default_policy, [PROMPT_A], TRACE_A.text, "reasoning")
    assert answer == ANSWER
    assert TRACE_A.leak not in json.dumps(reply.model_dump())
    assert reply.choices[0].finish_reason == "stop"


def test_upstream_error_in_openai_format(
    llama: tuple[Mode, str], proxy_for: Callable[..., str]
) -> None:
    """llama.cpp's own 400 (a grammar it cannot parse) reaches the SDK as it sent it."""
    _, upstream = llama
    base = proxy_for(upstream)
    with pytest.raises(openai.BadRequestError) as info:
        sdk(base).chat.completions.create(
            model="tiny", messages=[{"role": "user", "content": USER}],
            extra_body={"grammar": "root ::= ("},
        )
    assert info.value.status_code == 400
    direct = httpx.post(upstream + CHAT, json=body(stream=False, grammar="root ::= ("),
                        timeout=60)
    assert direct.status_code == 400
