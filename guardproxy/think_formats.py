"""How model families write their chain of thought inline, and which family a model is.

A ``ThinkFormat`` is a family's markers: ``open`` starts reasoning (only at the start of the
text, after whitespace), ``close`` ends it (the marker passes through as it came), ``ends``
end it implicitly (the marker is the first text of the answer: Qwen3 opening a tool call
without `</think>`). ``models`` are regular expressions searched, ignoring case, in the
request's model name: the policy's `inline_think.format: auto` (the default) picks the first
format whose pattern matches, the policy's own formats first, then ``PRESETS``; a model no
pattern matches gets `think`, the `<think>...</think>` pair. The proxy hands the model name
over only with `--trust-model-names` (a client must not pick the format that hides its
model's reasoning); otherwise `auto` is `think`.

The presets follow the model cards and vLLM's reasoning parsers (``vllm/reasoning/``):

* `think` - `<think>...</think>`, any model (K2 Think, QwQ, MiniMax, Hunyuan, ...);
* `deepseek-r1` - the same tags; its template pre-fills `<think>` (``prefilled: true``
  where the server does not parse reasoning out of the content itself);
* `qwen3` - the same tags, and a tool call (`<tool_call>` and `<function=`, Qwen3-Coder and
  Qwen3.5's XML calls, or `<tool_call>` and a JSON object) ends reasoning without
  `</think>`, as vLLM's qwen3 parser does; the 2507 thinking models and Qwen3.5 pre-fill
  `<think>`;
* `glm45` - GLM-4.5/4.6's `<think>...</think>`, a `<tool_call>` ends reasoning too;
* `granite` - IBM Granite 3.x's text markers: "Here is my thought process:" (or "Here's")
  opens reasoning, "Here is my response:" ends it;
* `gpt-oss` - the harmony channels written out as text: `<|channel|>analysis<|message|>`
  opens reasoning, `<|end|>` ends it, a `final` or `commentary` channel ends it implicitly.

Which preset a policy may name, and its own formats, are checked at load (policy_schema).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

__all__ = ["DEFAULT_FORMAT", "PRESETS", "ThinkFormat", "choose"]

Marker = str


class ThinkFormat(BaseModel):
    """One family's inline reasoning markers (see the module docstring)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    models: tuple[str, ...] = ()
    open: tuple[Marker, ...] = ("<think>",)
    close: tuple[Marker, ...] = ("</think>",)
    ends: tuple[Marker, ...] = ()
    # None: the policy's `inline_think.prefilled`.
    prefilled: bool | None = None

    @field_validator("open", "close", "ends")
    @classmethod
    def _markers(cls, markers: tuple[str, ...]) -> tuple[str, ...]:
        if any(not m.strip() for m in markers):
            raise ValueError("a marker must hold more than whitespace")
        if any(len(m) > 64 for m in markers):
            raise ValueError("a marker is at most 64 characters (held back while it may start)")
        return markers

    @field_validator("models")
    @classmethod
    def _patterns(cls, patterns: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{pattern!r} is not a regular expression: {exc}") from None
        return patterns

    @model_validator(mode="after")
    def _ends_somehow(self) -> ThinkFormat:
        if not self.close and not self.ends:
            raise ValueError("a format needs a `close` or an `ends` marker")
        return self

    def matches(self, model: str) -> bool:
        return any(re.search(p, model, re.IGNORECASE) for p in self.models)


DEFAULT_FORMAT = "think"
_TOOL_CALL = ("<tool_call>\n<function=", "<tool_call><function=", "<tool_call>\n{",
              "<tool_call>{")
PRESETS: dict[str, ThinkFormat] = {
    "deepseek-r1": ThinkFormat(models=(r"deepseek[-_.]?r1", r"r1[-_]distill",
                                       r"deepseek-reasoner")),
    "qwen3": ThinkFormat(models=(r"qwen3", r"qwq"), ends=_TOOL_CALL),
    "glm45": ThinkFormat(models=(r"glm-?4\.[5-9]", r"glm-?z1"), ends=("<tool_call>",)),
    "granite": ThinkFormat(
        models=(r"granite",),
        open=("Here is my thought process:", "Here's my thought process:"),
        close=("Here is my response:", "Here's my response:"),
    ),
    "gpt-oss": ThinkFormat(
        models=(r"gpt-oss",),
        open=("<|start|>assistant<|channel|>analysis<|message|>",
              "<|channel|>analysis<|message|>"),
        close=("<|end|>",),
        ends=("<|start|>assistant<|channel|>final", "<|channel|>final",
              "<|channel|>commentary"),
    ),
    DEFAULT_FORMAT: ThinkFormat(),
}

# A model name is the client's text: patterns see its first characters only.
_MODEL_CHARS = 256


def choose(formats: dict[str, ThinkFormat], model: str | None) -> str:
    """The name of the first format (``formats``, then the presets) whose ``models`` match."""
    if model:
        name = model[:_MODEL_CHARS]
        for key, fmt in [*formats.items(), *PRESETS.items()]:
            if fmt.matches(name):
                return key
    return DEFAULT_FORMAT

