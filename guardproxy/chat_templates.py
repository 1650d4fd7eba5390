"""System sections of a raw prompt written in a known chat template.

Legacy completions and native generation routes take one `prompt` string; clients that render
a chat template themselves put the system prompt in it. Each template marks where the system
section starts and ends; ``template_system_texts`` finds them all (a section without its end
runs to the end of the prompt: better protected too much than too little).

Gemma has no system role: its template folds the system prompt into the first user turn,
followed by a blank line. The first paragraph of a first user turn that has a blank line is
taken as the folded system prompt (a user's own first paragraph may so be protected: when in
doubt, more is protected).
"""

from __future__ import annotations

import re

__all__ = ["TEMPLATES", "prompt_system_texts", "template_system_texts"]

# (template, start of the system section, its end): a section's text lies between the two.
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("chatml", r"<\|im_start\|>system[ \t]*\n?", r"<\|im_end\|>"),  # Qwen, many fine-tunes
    ("llama3", r"<\|start_header_id\|>system<\|end_header_id\|>\s*", r"<\|eot_id\|>"),
    ("llama2", r"<<SYS>>\s*", r"<</SYS>>"),  # Llama 2 and Mistral's `[INST] <<SYS>>`
    ("mistral", r"\[SYSTEM_PROMPT\]", r"\[/SYSTEM_PROMPT\]"),
    ("phi3", r"<\|system\|>\s*", r"<\|end\|>"),
    # DeepSeek: the system prompt right after the BOS, before the first user turn.
    # (Its markers are written with U+FF5C FULLWIDTH VERTICAL LINE and U+2581.)
    ("deepseek", "<\uff5cbegin\u2581of\u2581sentence\uff5c>",
     "<\uff5cUser\uff5c>|<\uff5cAssistant\uff5c>"),
    # Gemma: the first user turn (only the first: `\A` and no earlier user turn) up to its
    # first blank line, when it has one before the turn ends.
    ("gemma", r"\A(?:(?!<start_of_turn>user).)*<start_of_turn>user[ \t]*\n"
              r"(?=(?:(?!<end_of_turn>).)*?\n\n)", r"\n\n"),
)

_SECTIONS = [re.compile(f"{start}(.*?)(?:{end}|\\Z)", re.DOTALL) for _, start, end in TEMPLATES]


def template_system_texts(prompt: str) -> list[str]:
    """The system sections of ``prompt`` in every known template, stripped; [] for a prompt
    that uses none."""
    return [text for pattern in _SECTIONS for match in pattern.finditer(prompt)
            if (text := match.group(1).strip())]


def prompt_system_texts(prompt: object) -> list[str]:
    """The same for a request's `prompt`: a string or a list of strings (a batch); token ids
    and anything else hold no text to protect."""
    prompts = prompt if isinstance(prompt, list) else [prompt]
    return [t for p in prompts if isinstance(p, str) for t in template_system_texts(p)]
