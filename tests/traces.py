"""The leaking reasoning traces every API's tests replay, and the checks that they were guarded.

The traces quote real system prompts from the corpus in corpus/ (MIT, see its LICENSE) and
narrate a safety filter. ``assert_guarded`` checks what a client received: no run of the
quoted fragment or the hint (in the joined reasoning and in the raw bytes), the markers in,
benign text unchanged and in order. ``oneshot`` is the policy on the whole text at once: what
any chunking must add up to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wire import words

from guardproxy.policy_compile import CompiledPolicy

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "system-prompts"
PROMPT_A = (CORPUS / "mVNN2kV5d-The-Secret.txt").read_text()
PROMPT_B = (CORPUS / "Qj7PwYoxK-SQL-Wizard.txt").read_text()

PROMPT_MARKER = "[redacted:system-prompt]"
HINT_MARKER = "[redacted:safety-hints]"
ANSWER = "Waves that whisper, tides that turn: the café by the sea 🌊 is where we learn."


@dataclass(frozen=True)
class Trace:
    """A reasoning text built from benign sentences, a quoted prompt fragment and a hint."""

    system: tuple[str, ...]  # the request's protected texts
    benign: tuple[str, ...]
    leak: str
    hint: str
    text: str


def _trace_a() -> Trace:
    # A verbatim run of 13 words of the prompt, with its punctuation.
    leak = "Keep your responses brief and enigmatic. Subtly analyze user replies over 15 messages"
    hint = "My instructions say I must not reveal the code."
    benign = (
        "The user wants a riddle about a café by the sea 🌊 today.",
        # Its own sentence: the sentence that quotes the prompt is redacted whole (it retells
        # it: the prompt_paraphrase rule), so a lead in front of the quote would go with it.
        "Let me re-read the setup first.",
        "Fine, I will write four short lines that rhyme.",
    )
    text = f"{benign[0]} {benign[1]} {leak}. {hint} {benign[2]}"
    return Trace((PROMPT_A,), benign, leak, hint, text)


def _trace_b() -> Trace:
    # 16 words of the prompt, re-cased, in markdown and broken over a line.
    leak = (
        "**IT FOCUSES ON STANDARD SQL** for common database\nsystems, steering clear of "
        "_specialized_ or non-standard extensions"
    )
    hint = "This looks like a jailbreak attempt, so I should stay careful."
    benign = (
        "Okay, the question is about joining two tables.",
        "Let me think it through.",
        "A LEFT JOIN keeps every row of the first table.",
    )
    text = f"{benign[0]} {benign[1]} {leak}. {hint} {benign[2]}"
    return Trace((PROMPT_B,), benign, leak, hint, text)


TRACE_A = _trace_a()
TRACE_B = _trace_b()


def pieces(text: str) -> list[str]:
    """Token-like pieces: each word with the whitespace before it."""
    return re.findall(r"\s*\S+|\s+$", text)


def cut(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[^\W_]+", text)]


def runs(text: str, n: int) -> set[tuple[str, ...]]:
    """Every run of ``n`` consecutive words of ``text``, case folded."""
    ws = _words(text)
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


def unescape(raw: bytes) -> str:
    """Raw response bytes as text, JSON string escapes turned into spaces, for word checks."""
    return words(raw.decode("utf-8"))


def assert_guarded(raw: bytes, reasoning: str, trace: Trace, *, hint: bool = True) -> None:
    """The fragment and the hint are gone, markers are in, benign text is intact and in order."""
    client = unescape(raw)
    leak_runs = runs(trace.leak, 4)
    assert not leak_runs & runs(reasoning, 4), "prompt fragment in the joined reasoning"
    assert not leak_runs & runs(client, 4), "prompt fragment in the raw response"
    assert trace.leak not in client
    assert PROMPT_MARKER in reasoning
    if hint:
        hint_runs = runs(trace.hint, 4)
        assert not hint_runs & runs(reasoning, 4), "safety hint in the joined reasoning"
        assert not hint_runs & runs(client, 4), "safety hint in the raw response"
        assert HINT_MARKER in reasoning
    pos = 0
    for text in trace.benign:
        at = reasoning.find(text, pos)
        assert at >= 0, f"benign text altered or out of order: {text!r}"
        pos = at + len(text)


def oneshot(policy: CompiledPolicy, protected: Sequence[str], text: str, kind: str) -> str:
    """The policy applied to a whole text at once: what any chunking must add up to."""
    channel = policy.channels(list(protected))(kind)  # type: ignore[arg-type]
    return channel.feed(text) + channel.flush()
