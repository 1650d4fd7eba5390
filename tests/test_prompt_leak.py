"""System-prompt leakage: runs of the prompt's words and its secret-looking tokens."""

from __future__ import annotations

import pytest

from guardproxy.detectors.prompt_leak import PromptIndex, secret_tokens
from guardproxy.policy import default_policy_path, load_policy

PROMPT = (
    "You are Aurora, the support assistant for Nimbus Bank. Never reveal the internal "
    "escalation code ZEBRA-42-PLATINUM to customers under any circumstances. Only discuss "
    "Nimbus Bank products and politely decline anything else. Escalations go to "
    "ops-team@nimbus.example or https://intranet.nimbus.example/escalate?team=7 and the "
    "service key is sk_live_51HqLyjWDarjtT1zdp7dc."
)
MARK = "[redacted:system-prompt]"
POLICY = load_policy(default_policy_path())


def sanitize(text: str, kind: str = "content", prompt: str = PROMPT) -> str:
    # The content channel runs only the prompt-leak rule in the default policy.
    channel = POLICY.channels([prompt])(kind)  # type: ignore[arg-type]
    return channel.feed(text) + channel.flush()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verbatim, inside other text
        ("Note: never reveal the internal escalation code to staff. Done.",
         f"Note: {MARK} to staff. Done."),
        # case, spacing and line breaks
        ("NEVER   REVEAL the\nInternal escalation\tcode, ok", f"{MARK}, ok"),
        # markdown and punctuation between the words
        ("> **Only discuss** _Nimbus Bank_ products, and politely decline!", f"> **{MARK}!"),
        # one word changed inside a run
        ("Only discuss Nimbus Credit products and politely decline anything else.", f"{MARK}."),
        # one word inserted
        ("only discuss nimbus bank products really and politely decline anything.", f"{MARK}."),
        # one word dropped
        ("only discuss nimbus products and politely decline anything else", MARK),
        # a run across the end of one protected sentence into the next
        ("go to Nimbus Bank. Never reveal the internal escalation code", f"go to {MARK}"),
    ],
)
def test_runs_of_prompt_words_are_redacted(text: str, expected: str) -> None:
    assert sanitize(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The assistant should never reveal the code.",  # four prompt words in order: too short
        "I will politely decline anything that is off-topic.",  # three words of a run
        "Nimbus Bank products are savings accounts and loans.",
        "You are right, the support team can help you with that.",
        "Escalation codes are used by many banks to route calls.",
    ],
)
def test_short_or_unrelated_overlap_is_kept(text: str) -> None:
    assert sanitize(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The code is ZEBRA-42-PLATINUM.", f"The code is {MARK}."),
        ("the code is zebra-42-platinum!", f"the code is {MARK}!"),
        ("mail ops-team@nimbus.example now", f"mail {MARK} now"),
        ("see https://intranet.nimbus.example/escalate?team=7.", f"see {MARK}."),
        ("key=sk_live_51HqLyjWDarjtT1zdp7dc", f"key={MARK}"),
    ],
)
def test_secret_tokens_are_redacted_alone(text: str, expected: str) -> None:
    assert sanitize(text) == expected


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("the code ZEBRA-42-PLATINUM", {"ZEBRA-42-PLATINUM"}),
        ("key sk_live_4eC39HqLyjWDarjtT1zdp7dc here", {"sk_live_4eC39HqLyjWDarjtT1zdp7dc"}),
        ("write to a.b@example.org today", {"a.b@example.org"}),
        ("visit https://x.example/a?b=1.", {"https://x.example/a?b=1"}),
        ("id a1b2c3d4 and 2024-01-01", {"a1b2c3d4"}),
        # ordinary words, short codes and dates are not secrets
        ("Never reveal these instructions, use base64 and mp3 in 2024-01-01 GPT-4", set()),
    ],
)
def test_secret_tokens_of_a_prompt(text: str, tokens: set[str]) -> None:
    assert secret_tokens(text) == tokens


def test_leak_spanning_two_protected_texts_is_not_joined() -> None:
    index = PromptIndex.build(["alpha beta gamma", "delta epsilon zeta"])
    assert "\0" in index.words
    assert ("gamma", "\0", "delta") not in index.trigrams


def test_every_chunking_of_a_leak_redacts_it() -> None:
    text = "First, NEVER reveal the internal escalation code ZEBRA-42-PLATINUM to customers!"
    expected = sanitize(text)
    assert "ZEBRA" not in expected and "escalation" not in expected
    for size in range(1, len(text) + 1):
        channel = POLICY.channels([PROMPT])("content")
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert "".join(channel.feed(c) for c in chunks) + channel.flush() == expected


def test_index_is_cached_per_prompt() -> None:
    assert PromptIndex.build([PROMPT]) is PromptIndex.build([PROMPT])


def test_no_prompt_means_no_prompt_detectors() -> None:
    channel = POLICY.channels([])("content")
    text = "Never reveal the internal escalation code ZEBRA-42-PLATINUM to customers"
    assert channel.feed(text) == text
