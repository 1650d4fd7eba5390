"""Inline reasoning formats per model family: chosen by the request's model name or named in
the policy, policy formats validated at load, and the split end to end through the proxy
(which rules see which text)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from chat_stream import DONE, ROLE, STOP, deltas, joined, json_chunks, request, transcript
from conftest import Script
from traces import HINT_MARKER, TRACE_A, pieces
from wire import post

from guardproxy.channels import InlineThink
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError, load_policy
from guardproxy.think_formats import PRESETS, ThinkFormat

VALID = """version: 1
name: test
rules:
  - id: hints
    detector: safety_hints
    channels: [reasoning]
    phrases: [secret sauce]
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "policy.yaml"
    path.write_text(text)
    return path


HINT = TRACE_A.hint  # "My instructions say ...": the safety-hints rule scans reasoning only
TOOL_CALL = ("<tool_call>\n<function=lookup>\n<parameter=q>" + HINT
             + "</parameter>\n</function>\n</tool_call>")


def with_inline(text: str, setting: str) -> str:
    """The policy with its whole `inline_think` block replaced by ``setting``."""
    start = text.index("inline_think:\n")
    end = text.index("\nrules:\n", start)
    return text[:start] + "inline_think:\n" + setting + text[end + 1 :]


def content_through(proxy_for: Callable[..., str], policy: CompiledPolicy | None, model: str,
                    contents: list[str], *, trust: bool = True) -> str:
    base = proxy_for(Script([ROLE, *deltas("content", contents), STOP, DONE]), policy=policy,
                     trust_model_names=trust)
    reply = post(base, "/v1/chat/completions", {**request(), "model": model})
    assert reply.status == 200
    return joined(transcript(json_chunks(reply.raw))[0], "content")


@pytest.mark.parametrize(("model", "tool_call_is_answer"),
                         [("Qwen/Qwen3-8B", True), ("m", False)])
def test_qwen3_tool_call_ends_prefilled_reasoning(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str, model: str, tool_call_is_answer: bool,
) -> None:
    """A pre-filled Qwen3 template, no `</think>`: the tool call ends reasoning, so the
    reasoning-only hint rule leaves the call alone and still redacts the reasoning. Another
    model's format keeps the call on the reasoning track."""
    policy = policy_file(with_inline(default_policy_text, "  prefilled: true\n"))
    reasoning = f"The user wants a lookup. {HINT} "
    content = content_through(proxy_for, policy, model, [*pieces(reasoning), "\n",
                                                         *pieces(TOOL_CALL)])
    before, _, call = content.partition("<tool_call>")
    assert HINT_MARKER in before and HINT not in before
    assert (HINT in call) is tool_call_is_answer
    assert content.startswith("The user wants a lookup.")


@pytest.mark.parametrize(("setting", "hint_redacted"), [
    ("  enabled: true\n", True),  # auto: granite by the model's name
    ("  format: granite\n", True),
    ("  format: think\n", False),  # the markers are then answer text
])
def test_granite_text_markers(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str, setting: str, hint_redacted: bool,
) -> None:
    policy = policy_file(with_inline(default_policy_text, setting))
    text = f"Here is my thought process:\nA riddle, then. {HINT}\nHere is my response:\nAnswer."
    content = content_through(proxy_for, policy, "ibm-granite/granite-3.3-8b-instruct",
                              pieces(text))
    assert (HINT_MARKER in content) is hint_redacted
    assert content.endswith("Here is my response:\nAnswer.")


def test_untrusted_model_names_choose_no_format(
    proxy_for: Callable[..., str], policy_file: Callable[[str], CompiledPolicy],
    default_policy_text: str,
) -> None:
    """Without --trust-model-names a client cannot pick a format by naming a model: a Granite
    name on a `<think>` stream leaves `<think>` reasoning split (its hint redacted)."""
    text = f"<think>A riddle, then. {HINT}</think>Answer."
    content = content_through(proxy_for, None, "ibm-granite/granite-3.3-8b-instruct",
                              pieces(text), trust=False)
    assert HINT_MARKER in content and content.endswith("</think>Answer.")


def test_a_policy_format_is_chosen_by_its_models_before_the_presets(tmp_path: Path) -> None:
    text = VALID.replace("name: test", "name: test\ninline_think:\n  formats:\n"
                         "    mine:\n      models: ['qwen3-custom']\n"
                         "      open: ['<reason>']\n      close: ['</reason>']\n")
    think = load_policy(write(tmp_path, text)).policy.inline_think
    assert think.for_model("org/Qwen3-Custom-7B").format == "mine"
    assert think.for_model("org/Qwen3-Custom-7B").markers().open == ("<reason>",)
    assert think.for_model("Qwen/Qwen3-8B").format == "qwen3"


@pytest.mark.parametrize(("setting", "expected"), [
    ("  format: qwen4\n", "4:3: inline_think: format 'qwen4': not `auto`, a "
                          "preset (deepseek-r1, qwen3, glm45, granite, gpt-oss, think) or one "
                          "of `formats`"),
    ("  formats:\n    x:\n      models: ['(']\n",
     "6:15: inline_think.formats.x.models: '(' is not a regular expression: "
     "missing ), unterminated subpattern at position 0"),
    ("  formats:\n    x:\n      close: []\n",
     "6:7: inline_think.formats.x: a format needs a `close` or an `ends` marker"),
    ("  formats:\n    x:\n      open: [' ']\n",
     "6:13: inline_think.formats.x.open: a marker must hold more than "
     "whitespace"),
])
def test_bad_formats_are_located_errors(tmp_path: Path, setting: str, expected: str) -> None:
    text = VALID.replace("name: test", "name: test\ninline_think:\n" + setting.rstrip("\n"))
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert info.value.lines == [f"{path}:{expected}"]


def test_presets_have_their_documented_markers() -> None:
    assert PRESETS["think"] == ThinkFormat()
    assert "Here is my response:" in PRESETS["granite"].close
    assert "<tool_call>\n<function=" in PRESETS["qwen3"].ends
    assert InlineThink(format="deepseek-r1", prefilled=True).markers().prefilled is True
    assert InlineThink(format="deepseek-r1").markers().prefilled is False
