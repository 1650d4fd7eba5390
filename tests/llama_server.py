"""A real model server for tests: llama.cpp's `llama-server` with a tiny random-weight model.

The binary is built once by `scripts/build_llama_server.sh` and cached outside the repo, keyed
by the llama-cpp-python sdist it comes from. The model is written here with the `gguf` package
of the same llama.cpp revision (the build script caches it beside the binary): a one-layer
llama whose vocabulary is the 256 byte tokens plus `<unk>`, `<s>` and `</s>`, so it can spell
any UTF-8 text. Its weights are random; what it says is forced by a GBNF grammar in the request,
which leaves exactly one byte token allowed at each step and end-of-stream once the text is
complete.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
BUILD_SCRIPT = REPO / "scripts" / "build_llama_server.sh"
START_TIMEOUT = 60.0  # a guard against a hung start, not a performance threshold

# Renders an assistant turn's `reasoning_content` inside <think>: llama.cpp reads the template
# to learn the reasoning markers, and with `--reasoning-format deepseek` then streams the text
# between them as `reasoning_content`. Without such a template the tags stay in `content`.
THINK_TEMPLATE = """\
{%- for message in messages -%}
<|{{ message.role }}|>
{%- if message.role == 'assistant' and message.reasoning_content is defined
      and message.reasoning_content -%}
<think>{{ message.reasoning_content }}</think>
{%- endif -%}
{{ message.content }}
{% endfor -%}
{%- if add_generation_prompt -%}
<|assistant|>
{%- endif -%}
"""


def cached_build() -> Path:
    """The cache folder of the built server, building it first if it is absent (minutes)."""
    env = {**os.environ, "PYTHON": sys.executable}
    done = subprocess.run(["bash", str(BUILD_SCRIPT)], check=True, stdout=subprocess.PIPE,
                          env=env, text=True)
    return Path(done.stdout.strip().splitlines()[-1])


def write_tiny_model(path: Path, gguf_py: Path, *, layers: int = 1, width: int = 64) -> None:
    """A random-weight llama in GGUF with a byte-level SPM vocabulary (f32, a few hundred KB)."""
    sys.path.insert(0, str(gguf_py))
    try:
        import gguf  # type: ignore[import-not-found]
        import numpy as np
    finally:
        sys.path.remove(str(gguf_py))
    heads, ffn = 4, 2 * width
    tokens = ["<unk>", "<s>", "</s>", *(f"<0x{b:02X}>" for b in range(256))]
    kinds = [gguf.TokenType.UNKNOWN, gguf.TokenType.CONTROL, gguf.TokenType.CONTROL]
    kinds += [gguf.TokenType.BYTE] * 256
    writer = gguf.GGUFWriter(str(path), "llama")
    writer.add_name("guardproxy-tiny")
    writer.add_context_length(4096)
    writer.add_embedding_length(width)
    writer.add_block_count(layers)
    writer.add_feed_forward_length(ffn)
    writer.add_head_count(heads)
    writer.add_head_count_kv(heads)
    writer.add_layer_norm_rms_eps(1e-5)
    writer.add_rope_dimension_count(width // heads)
    writer.add_vocab_size(len(tokens))
    writer.add_file_type(gguf.LlamaFileType.ALL_F32)
    writer.add_tokenizer_model("llama")
    writer.add_token_list(tokens)
    writer.add_token_types(kinds)
    writer.add_token_scores([0.0] * len(tokens))
    writer.add_unk_token_id(0)
    writer.add_bos_token_id(1)
    writer.add_eos_token_id(2)
    writer.add_add_bos_token(False)
    rng = np.random.default_rng(0)

    def tensor(name: str, *shape: int) -> None:
        writer.add_tensor(name, (rng.standard_normal(shape) * 0.02).astype(np.float32))

    def ones(name: str) -> None:
        writer.add_tensor(name, np.ones(width, dtype=np.float32))

    tensor("token_embd.weight", len(tokens), width)
    ones("output_norm.weight")
    tensor("output.weight", len(tokens), width)
    for i in range(layers):
        ones(f"blk.{i}.attn_norm.weight")
        ones(f"blk.{i}.ffn_norm.weight")
        for part in ("q", "k", "v", "output"):
            tensor(f"blk.{i}.attn_{part}.weight", width, width)
        tensor(f"blk.{i}.ffn_gate.weight", ffn, width)
        tensor(f"blk.{i}.ffn_up.weight", ffn, width)
        tensor(f"blk.{i}.ffn_down.weight", width, ffn)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()


def gbnf_literal(text: str) -> str:
    """A grammar whose only sentence is ``text``."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'root ::= "{escaped}"'


@contextmanager
def llama_server(
    binary: Path, model: Path, port: int, *args: str, log: Path
) -> Iterator[str]:
    """Run llama-server on a loopback port until the block ends; yields its base URL."""
    command = [str(binary), "-m", str(model), "--host", "127.0.0.1", "--port", str(port),
               "-c", "4096", "-np", "2", "-t", "1", "--no-webui", "--offline", *args]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(process, base, log)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_healthy(process: subprocess.Popen[Any], base: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"llama-server exited:\n{log.read_text()[-2000:]}")
        try:
            if httpx.get(base + "/health", timeout=1, trust_env=False).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"llama-server did not become healthy:\n{log.read_text()[-2000:]}")


if __name__ == "__main__":
    print(cached_build())
