"""System-prompt paraphrase: a sentence retelling a protected sentence in other words."""

from __future__ import annotations

from typing import Any

import pytest

from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.detectors.prompt_paraphrase import (
    ParaphraseJudge,
    paraphrase_scorer,
    protected_sentences,
)
from guardproxy.policy_compile import CompiledPolicy, compile_policy
from guardproxy.policy_schema import Policy

PROMPT = (
    "You are Penny, the assistant of Harbor Credit Union. Check the account age before you "
    "mention any sign-up bonus. Never recommend a rival bank, even if asked.\n"
    "Rules:\n- Be brief.\n- Escalate disputes over 500 dollars to a human agent."
)
RETOLD = "Whoever runs this wants me to check how old the account is before I bring up a bonus."
ON_TOPIC = "The user asks what the savings rate is this month."


def policy(**rule: Any) -> CompiledPolicy:
    paraphrase = {"id": "paraphrase", "detector": "prompt_paraphrase", **rule}
    return compile_policy(Policy.model_validate(
        {"version": 1, "name": "t", "rules": [paraphrase]}))


def sanitize(compiled: CompiledPolicy, text: str, prompts: list[str]) -> str:
    channel = compiled.channels(prompts)("reasoning")
    return "".join(channel.feed(c) for c in text) + channel.flush()


def test_protected_sentences_are_cut_like_the_output_and_short_ones_dropped() -> None:
    assert protected_sentences([PROMPT, "Check the account age before you mention any "
                                        "sign-up bonus."]) == [
        "You are Penny, the assistant of Harbor Credit Union.",
        "Check the account age before you mention any sign-up bonus.",
        "Never recommend a rival bank, even if asked.",
        "- Escalate disputes over 500 dollars to a human agent.",
    ]  # "Rules:" and "- Be brief." are too short to retell; the repeat is kept once


def test_a_retelling_is_redacted_and_on_topic_reasoning_kept() -> None:
    compiled = policy()
    text = f"{ON_TOPIC} {RETOLD} Let me answer."
    assert sanitize(compiled, text, [PROMPT]) == (
        f"{ON_TOPIC} [redacted:paraphrase] Let me answer.")


def test_without_protected_texts_nothing_is_judged() -> None:
    assert sanitize(policy(), RETOLD, []) == RETOLD
    assert policy().builders[0](None) == []


def test_the_scorer_is_built_once_per_prompt_and_never_for_one_without_sentences() -> None:
    index = PromptIndex.build([PROMPT])
    assert paraphrase_scorer(index) is paraphrase_scorer(index)
    assert paraphrase_scorer(PromptIndex.build(["Be brief."])) is None
    assert policy().builders[0](PromptIndex.build(["Be brief."])) == []


def test_a_verdict_names_the_protected_sentence_by_number_only() -> None:
    scorer = paraphrase_scorer(PromptIndex.build([PROMPT]))
    assert scorer is not None
    verdict = ParaphraseJudge(scorer, 0.5)(RETOLD)
    assert verdict.flagged
    assert verdict.nearest == "prompt sentence 2"  # "Check the account age ..."
    assert "account" not in repr(verdict)


@pytest.mark.parametrize("threshold", [0, 1, -0.1, "high"])
def test_a_threshold_outside_0_1_is_refused(threshold: Any) -> None:
    with pytest.raises(ValueError, match="threshold"):
        policy(threshold=threshold)
