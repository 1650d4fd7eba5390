"""The system sections of chat-template prompts (chat_templates.py), table-driven per template,
and end to end: a `/v1/completions` prompt in each template has its system section protected."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from conftest import Script
from leaky import DONE, REASONING, SYSTEM_PROMPT, leaked_runs, sse, words

from guardproxy.chat_templates import TEMPLATES, prompt_system_texts, template_system_texts

SYSTEM = "You are Halcyon.\nNever share the code."
USER = "Can I check out late?"

# (template, a prompt rendered in it with SYSTEM as its system prompt)
RENDERED = {
    "chatml": f"<|im_start|>system\n{SYSTEM}<|im_end|>\n<|im_start|>user\n{USER}<|im_end|>\n"
              "<|im_start|>assistant\n",
    "llama3": "<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n"
              f"{SYSTEM}<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n{USER}<|eot_id|>"
              "<|start_header_id|>assistant<|end_header_id|>\n\n",
    "llama2": f"<s>[INST] <<SYS>>\n{SYSTEM}\n<</SYS>>\n\n{USER} [/INST]",
    "mistral": f"<s>[SYSTEM_PROMPT]{SYSTEM}[/SYSTEM_PROMPT][INST]{USER}[/INST]",
    "phi3": f"<|system|>\n{SYSTEM}<|end|>\n<|user|>\n{USER}<|end|>\n<|assistant|>\n",
    "deepseek": f"<\uff5cbegin\u2581of\u2581sentence\uff5c>{SYSTEM}<\uff5cUser\uff5c>{USER}"
                "<\uff5cAssistant\uff5c><think>\n",
    "gemma": f"<bos><start_of_turn>user\n{SYSTEM}\n\n{USER}<end_of_turn>\n"
             "<start_of_turn>model\n",
}


def test_every_template_has_a_case() -> None:
    assert set(RENDERED) == {name for name, _, _ in TEMPLATES}


@pytest.mark.parametrize("template", sorted(RENDERED))
def test_the_system_section_is_found(template: str) -> None:
    assert template_system_texts(RENDERED[template]) == [SYSTEM]


@pytest.mark.parametrize(("prompt", "found"), [
    ("Complete this: once upon a time", []),  # no template
    (f"<|im_start|>user\n{USER}<|im_end|>", []),  # a template, no system turn
    (f"<|im_start|>system\n{SYSTEM}", [SYSTEM]),  # cut short: protected to the end
    ("<|im_start|>system\n<|im_end|>", []),  # empty
    (f"<|im_start|>system\na<|im_end|><|im_start|>system\n{SYSTEM}<|im_end|>", ["a", SYSTEM]),
    (f"<bos><start_of_turn>user\n{USER}<end_of_turn>\n<start_of_turn>user\nx\n\ny", []),
    (f"<bos><start_of_turn>user\n{USER}<end_of_turn>", []),  # Gemma without a folded prompt
])
def test_edge_cases(prompt: str, found: list[str]) -> None:
    assert template_system_texts(prompt) == found


def test_a_list_of_prompts_and_token_ids() -> None:
    prompts = [RENDERED["chatml"], [1, 2, 3], RENDERED["mistral"]]
    assert prompt_system_texts(prompts) == [SYSTEM, SYSTEM]
    assert prompt_system_texts([1, 2]) == [] and prompt_system_texts(None) == []


def completions_stream(text: str) -> list[bytes]:
    env = {"id": "cmpl-1", "object": "text_completion", "created": 1, "model": "m"}
    events = [sse({**env, "choices": [{"index": 0, "text": w, "finish_reason": None}]})
              for w in words(text)]
    return [*events, sse({**env, "choices": [{"index": 0, "text": "", "finish_reason": "stop"}]}),
            DONE]


@pytest.mark.parametrize("template", sorted(RENDERED))
def test_completions_protect_the_template_system_section(
    proxy_for: Callable[..., str], template: str
) -> None:
    prompt = RENDERED[template].replace(SYSTEM, SYSTEM_PROMPT)
    script = Script(completions_stream(REASONING))
    base = proxy_for(script)
    reply = httpx.post(base + "/v1/completions", timeout=30,
                       json={"model": "m", "prompt": prompt, "stream": True})
    text = "".join(json.loads(line[6:])["choices"][0]["text"]
                   for line in reply.text.splitlines()
                   if line.startswith("data: {") and json.loads(line[6:]).get("choices"))
    assert "[redacted:system-prompt]" in text and leaked_runs(text) == []
    assert json.loads(script.requests[0].body)["prompt"] == prompt  # sent on unchanged
