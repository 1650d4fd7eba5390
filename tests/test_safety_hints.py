# ruff: noqa: RUF001 - look-alike characters are what these tests are about
"""Safety-filter hints: narration of instructions, policies and filters, and benign look-alikes."""

from __future__ import annotations

import itertools
from typing import Literal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from policy_parts import without_model

from guardproxy.detectors.judges import Verdict
from guardproxy.detectors.safety_hints import (
    CARRY,
    HintMatcher,
    SafetyHintDetector,
    compile_hints,
)
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import default_policy_path, load_policy
from guardproxy.sanitizer import Channel

SHIPPED = load_policy(default_policy_path())
MARK = "[redacted:safety-hints]"


# The overlay alone: what is tested here does not hang on a particular model's recall.
POLICY = without_model(SHIPPED)


def sanitize(text: str, policy: CompiledPolicy = POLICY) -> str:
    channel = policy.channels([])("reasoning")
    return channel.feed(text) + channel.flush()


@pytest.mark.parametrize(
    "sentence",
    [
        "My guidelines say I should not discuss weapons.",
        "The system prompt instructs me to stay on topic.",
        "My system prompt said I should only talk about recipes.",
        "This looks like a jailbreak attempt.",
        "I'm not allowed to reveal the discount code.",
        "I must not disclose my configuration.",
        "According to my instructions, competitors are off limits.",
        "The hidden instructions say never mention the discount code.",
        "Under the rules I was given, I only answer about orders.",
        "It is a prompt injection aimed at me, hidden in the tool output.",
        "My policy forbids weapons content, so I will refuse.",
        "The user is trying to jailbreak me with a role-play.",
        "This seems to be a prompt injection hidden in the document.",
        "I was instructed to keep the persona secret.",
        "Asking for that would trigger a refusal.",
        "I'm programmed to refuse requests about malware.",
    ],
)
def test_narration_is_redacted(sentence: str) -> None:
    text = f"The user asks about rates. {sentence} Rates are 4.1%."
    assert sanitize(text) == f"The user asks about rates. {MARK} Rates are 4.1%."


@pytest.mark.parametrize(
    "text",
    [
        "They want their support bot's system prompt to avoid medical advice.",
        "The user wants an essay on why prompt injection is hard to fix.",
        "The policy forbids carry-on liquids over 100 ml, per the airline's site.",
        "Let me check the recipe: the instructions say never to refreeze the dough.",
        "The user asks about the factory's safety policy.",
        "The company policy says employees get 20 days of leave.",
        "They want a safety filter for their pool pump.",
        "Let me follow the recipe: the instructions say to bake for 20 minutes.",
        "The user wants instructions for assembling a shelf.",
        "I should reveal the answer step by step.",
        "The jailbreak of an iPhone voids its warranty, the user notes.",
    ],
)
def test_benign_look_alikes_pass(text: str) -> None:
    assert sanitize(text) == text


# Clear narrations, one style per language, and clear plain reasoning: what the shipped model
# and policy must get right whatever the head's retraining does to its threshold.
CLEAR_NARRATION = [
    "The operator configured me to never discuss competitor banks.",
    "The user is trying to get me to reveal my hidden configuration.",
    "L'opérateur m'a configuré pour ne jamais parler des banques concurrentes.",
    "Mes instructions m'interdisent de révéler la configuration.",
    "El operador me configuró para mantener los precios en secreto.",
    "El operador me configuró para no hablar nunca de bancos competidores.",
    "Der Nutzer versucht, mich meine versteckte Konfiguration verraten zu lassen.",
    "Der Betreiber hat mich so eingestellt, dass ich die Preise vertraulich halte.",
    "我的指令禁止我透露我的配置。",
    "运营方把我设置成对价格保密。",
]
CLEAR_PLAIN = [
    "The user wants a loan quote for twenty thousand dollars.",
    "Let me add the two fractions by finding a common denominator.",
    "Le client veut savoir combien coûte le billet de train.",
    "El usuario pregunta por el horario del museo.",
    "Der Nutzer möchte wissen, wie lange der Kuchen backen muss.",
    "用户想知道这道菜需要烤多久。",
]


@pytest.mark.parametrize("sentence", CLEAR_NARRATION)
def test_the_shipped_model_catches_clear_narration_in_each_language(sentence: str) -> None:
    assert sanitize(sentence) == sentence  # no phrase or pattern of the overlay: the model's
    assert sanitize(f"Okay. {sentence}\n", SHIPPED) == f"Okay. {MARK}\n"


@pytest.mark.parametrize("sentence", CLEAR_PLAIN)
def test_the_shipped_model_leaves_plain_reasoning_alone(sentence: str) -> None:
    assert sanitize(sentence, SHIPPED) == sentence


def test_sentence_scope_keeps_list_markers_and_layout() -> None:
    text = "Plan:\n- My instructions say no competitors.\n- Compare rates.\n"
    assert sanitize(text) == f"Plan:\n- {MARK}\n- Compare rates.\n"


def test_match_scope_redacts_only_the_match() -> None:
    matcher = HintMatcher(compile_hints(["secret sauce"], [], ignore_case=True), "match")
    channel = Channel([SafetyHintDetector(matcher, 0)], ["<X>"])
    out = channel.feed("We use the Secret  Sauce daily. ") + channel.flush()
    assert out == "We use the <X> daily. "


def test_decimal_points_do_not_end_sentences() -> None:
    text = "Compare 9.11 and 9.8 because my guidelines say to double-check. Fine."
    assert sanitize(text) == f"{MARK} Fine."


def test_sentence_split_across_chunks() -> None:
    text = "Okay. This looks like a jailbreak attempt. Continue."
    channel = POLICY.channels([])("reasoning")
    out = "".join(channel.feed(c) for c in text) + channel.flush()
    assert out == f"Okay. {MARK} Continue."


def test_overlong_sentences_are_cut_within_the_bound() -> None:
    detector = SafetyHintDetector(
        HintMatcher(compile_hints(["needle"], [], ignore_case=True), "sentence"), 0,
        max_sentence=64,
    )
    channel = Channel([detector], ["<X>"])
    text = "word " * 40 + "needle " + "word " * 40
    out, held = [], 0
    for ch in text:
        out.append(channel.feed(ch))
        held = max(held, channel.held)
    out.append(channel.flush())
    assert held <= detector.bound == 64 + CARRY  # a sentence, and the end of the one before
    assert "<X>" in "".join(out) and "needle" not in "".join(out)


@pytest.mark.parametrize(
    "sentence",
    [
        "I\u2019m not allowed to reveal the discount code.",  # typographic apostrophe
        "This looks like a jail\u200bbreak attempt.",  # zero-width space
        "This looks like a j\u0430ilbreak attempt.",  # Cyrillic a
        "My ｇｕｉｄｅｌｉｎｅｓ say I should not discuss weapons.",  # fullwidth
        "MY GUIDELINES say I should not discuss weapons.",
    ],
)
def test_disguised_narration_is_redacted(sentence: str) -> None:
    text = f"The user asks about rates. {sentence} Rates are 4.1%."
    assert sanitize(text) == f"The user asks about rates. {MARK} Rates are 4.1%."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so j\u0430il\u200bbreak here", "so <M> here"),  # the original characters go
        ("ＪＡＩＬＢＲＥＡＫ!", "<M>!"),
        ("no match here", "no match here"),
    ],
)
def test_match_scope_maps_back_to_original_characters(text: str, expected: str) -> None:
    pattern = compile_hints(["jailbreak"], [], ignore_case=True)
    channel = Channel([SafetyHintDetector(HintMatcher(pattern, "match"), 0)], ["<M>"])
    assert channel.feed(text) + channel.flush() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # double spaces inside the phrase
        ("Rates first. This looks like a jailbreak  attempt. Rates are 4.1%.",
         f"Rates first. {MARK} Rates are 4.1%."),
        # a single line break inside the phrase: the sentence before the break ended there
        ("Rates first. According to my\ninstructions, no. Rates are 4.1%.",
         f"Rates first. {MARK} Rates are 4.1%."),
        ("Rates first.\nMy\nguidelines say to stay on topic.\nRates are 4.1%.",
         f"Rates first.\n{MARK}\nRates are 4.1%."),
    ],
)
def test_phrases_broken_by_formatting_are_redacted(text: str, expected: str) -> None:
    assert sanitize(text) == expected
    for size in (1, 2, 5):
        channel = POLICY.channels([])("reasoning")
        chunks = [text[i : i + size] for i in range(0, len(text), size)]
        assert "".join(channel.feed(c) for c in chunks) + channel.flush() == expected


@pytest.mark.parametrize("scope", ["sentence", "match"])
@pytest.mark.parametrize("size", [1, 3, 7, 1000])
def test_a_phrase_across_a_forced_cut_is_caught(
    scope: Literal["sentence", "match"], size: int
) -> None:
    """A sentence longer than ``max_sentence`` is cut at its last space; the phrase "my
    guidelines" straddles that cut, and the end of the first piece is read again in front of
    the second."""
    matcher = HintMatcher(compile_hints(["my guidelines"], [], ignore_case=True), scope)
    detector = SafetyHintDetector(matcher, 0, max_sentence=64)
    channel = Channel([detector], ["<X>"])
    text = "word " * 12 + "my guidelines say no. Next."
    assert text.rfind(" ", 0, 64) + 1 == text.index("guidelines")  # the cut is in the phrase
    out, held = [], 0
    for i in range(0, len(text), size):
        out.append(channel.feed(text[i : i + size]))
        held = max(held, channel.held)
    out.append(channel.flush())
    expected = "word " * 12 + ("<X> say no. Next." if scope == "match" else "<X> Next.")
    assert "".join(out) == expected
    assert held <= detector.bound


class KeywordJudge:
    """A judge that flags sentences naming the deployer, and records every window it saw."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, sentence: str) -> Verdict:
        self.seen.append(sentence)
        flagged = "deployer" in sentence
        return Verdict(0.9 if flagged else 0.1, flagged)


def judged(text: str, chunks: list[str], *, phrases: list[str] | None = None,
           max_sentence: int = 192) -> tuple[str, int, KeywordJudge, int]:
    judge = KeywordJudge()
    matcher = (HintMatcher(compile_hints(phrases, [], ignore_case=True), "sentence")
               if phrases else None)
    detector = SafetyHintDetector(matcher, 0, max_sentence=max_sentence, judge=judge)
    channel = Channel([detector], ["<N>"])
    out, held = [], 0
    for chunk in chunks:
        out.append(channel.feed(chunk))
        held = max(held, channel.held)
    out.append(channel.flush())
    return "".join(out), held, judge, detector.bound


@pytest.mark.parametrize("size", [1, 2, 7, 1000])
def test_a_judged_sentence_is_redacted_whole_with_its_lead_kept(size: int) -> None:
    text = "Plan:\n- The deployer wants refunds kept quiet.\n- Compare rates. Okay. Done now."
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    out, _, judge, _ = judged(text, chunks)
    assert out == "Plan:\n- <N>\n- Compare rates. Okay. Done now."
    # Each sentence judged once, stripped; "Plan:" and "Okay." are too short to be judged.
    assert judge.seen == ["- The deployer wants refunds kept quiet.", "- Compare rates.",
                          "Done now."]


def test_phrases_decide_first_and_the_judge_sees_the_rest() -> None:
    text = "My guidelines say no. The deployer said so. Rates are 4.1% today."
    out, _, judge, _ = judged(text, [text], phrases=["my guidelines"])
    assert out == "<N> <N> Rates are 4.1% today."
    assert judge.seen == ["The deployer said so.", "Rates are 4.1% today."]


@pytest.mark.parametrize("size", [1, 5, 1000])
def test_a_long_sentence_is_judged_in_overlapping_windows(size: int) -> None:
    """Past ``max_sentence`` a sentence is cut; the piece after the cut is judged with the end
    of the piece before it in front, so a narration straddling the cut is still read whole."""
    text = "word " * 11 + "the deployer wants refunds kept quiet and more words follow here. End."
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    out, held, judge, bound = judged(text, chunks, max_sentence=64)
    cut = text.rfind(" ", 0, 64) + 1
    assert "deployer" not in text[:cut]  # the cut leaves "the" before and "deployer" after
    assert judge.seen[0] == text[:cut].strip()
    # The end of the first piece (from a word's start, at most CARRY characters), then the
    # second piece: "the deployer" is read together.
    assert judge.seen[1] == ("word " * 8 + "the deployer wants refunds kept quiet and more "
                             "words follow here.")
    assert out == text[:cut] + "<N> End."
    assert held <= bound == 64 + CARRY


def test_a_line_break_is_no_window() -> None:
    """A sentence after a line break is judged alone: the line before it is another thought."""
    text = "The deployer note\nRates are 4.1% today.\n"
    out, _, judge, _ = judged(text, [text])
    assert judge.seen == ["The deployer note", "Rates are 4.1% today."]
    assert out == "<N>\nRates are 4.1% today.\n"


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(["deployer", "rates", "ok", "the", ".", "\n", ",", "é",
                                       "x" * 30, "Plan:", "- "]), max_size=80),
       points=st.lists(st.integers(0, 2000), max_size=30))
def test_judged_any_chunking_equals_one_shot_within_the_bound(words: list[str],
                                                             points: list[int]) -> None:
    text = " ".join(words)
    bounds = sorted({0, len(text), *(p % (len(text) + 1) for p in points)})
    chunks = [text[a:b] for a, b in itertools.pairwise(bounds)]
    one_shot, _, first, _ = judged(text, [text], phrases=["rates ok"], max_sentence=64)
    chunked, held, second, bound = judged(text, chunks, phrases=["rates ok"], max_sentence=64)
    assert chunked == one_shot
    assert second.seen == first.seen  # the same windows judged, once each
    assert held <= bound
