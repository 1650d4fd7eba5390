"""The per-caller leak budget (guardproxy.leak_budget): windows of a prompt sent to a caller
are remembered across requests and replicas; once the caller's share passes the policy's
``coverage``, further prompt windows are redacted for that caller only."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

import pytest
from chat_stream import DONE, ROLE, deltas, joined, json_chunks, transcript
from conftest import Script
from policy_parts import only
from prometheus_client import generate_latest
from wire import post

from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.leak_budget import Coverage, CoverageDetector
from guardproxy.metrics import Metrics
from guardproxy.policy_compile import CompiledPolicy
from guardproxy.replay import unmarked
from guardproxy.sanitizer import Channel

CHAT = "/v1/chat/completions"
# 50 distinct words: 48 three-word windows. Ten 5-word slices of 3 windows each; with
# coverage 0.55 (26.4 windows) the first nine (27 windows) spend the budget.
PROMPT_TEXT = (
    "amber basil cobalt dune ember fjord garnet harbor indigo juniper kestrel lagoon meadow "
    "nectar orchid pebble quartz raven saffron tundra umber violet willow yarrow zephyr "
    "acorn birch cedar delta egret falcon glacier heron iris jasper kelp lotus maple nutmeg "
    "olive poppy quill reed sparrow thistle walnut aspen bramble clover dahlia"
)
WORDS = PROMPT_TEXT.split(" ")
PROMPT = " ".join(WORDS) + "."
SLICES = [" ".join(WORDS[i : i + 5]) for i in range(0, 50, 5)]
MARKER = "[redacted:system-prompt]"


def budget_policy(policy_file: Callable[[str], CompiledPolicy], text: str) -> CompiledPolicy:
    """The default policy with a budget, less its paraphrase rule: a slice alone is a sentence
    of the prompt's words, which that rule redacts whatever the budget."""
    budgeted = policy_file(text + "leak_budget:\n  coverage: 0.55\n  ttl: 600\n")
    return only(budgeted, "prompt_leak", "safety_hints")


def chat(text: str) -> list[bytes]:
    return [ROLE, *deltas("reasoning_content", [" " + w for w in text.split()]), DONE]


def ask(base: str, key: str) -> str:
    body: dict[str, Any] = {"model": "m", "stream": True, "messages": [
        {"role": "system", "content": PROMPT}, {"role": "user", "content": "a word?"}]}
    reply = post(base, CHAT, body, {"authorization": f"Bearer {key}"})
    assert reply.status == 200
    received = joined(transcript(json_chunks(reply.raw))[0], "reasoning_content")
    return unmarked(received).strip()  # an edited text ends with the replay nonce


def test_tenth_slice_redacted_across_two_replicas(
    upstream_for: Callable[[Script], str], proxy_for: Callable[..., str],
    policy_file: Callable[[str], CompiledPolicy], default_policy_text: str,
    redis_url: str,
) -> None:
    policy = budget_policy(policy_file, default_policy_text)
    script = Script([])
    upstream = upstream_for(script)
    metrics = Metrics()
    replicas = [proxy_for(upstream, policy=policy, replay_store=redis_url, metrics=metrics),
                proxy_for(upstream, policy=policy, replay_store=redis_url)]
    for n, piece in enumerate(SLICES[:9]):  # replicas take turns: the state is in Redis
        script.chunks = chat(piece)
        assert ask(replicas[n % 2], "sk-caller-1") == piece
    script.chunks = chat(SLICES[9])
    assert ask(replicas[1], "sk-caller-1") == MARKER
    assert ask(replicas[0], "sk-caller-2") == SLICES[9]  # another caller: its own budget
    assert ask(replicas[0], "sk-caller-1") == MARKER  # and on the other replica too
    exported = generate_latest(metrics.registry).decode()
    assert 'guardproxy_leak_budget_spent_total{policy="default"} 1.0' in exported
    assert PROMPT not in exported and "amber" not in exported


def test_without_a_store_or_a_budget_nothing_is_remembered(
    upstream_for: Callable[[Script], str], proxy_for: Callable[..., str],
    policy_file: Callable[[str], CompiledPolicy], default_policy_text: str,
) -> None:
    script = Script([])
    upstream = upstream_for(script)
    # The default policy (no leak_budget), less its paraphrase rule as budget_policy's.
    plain = proxy_for(upstream, policy=only(policy_file(default_policy_text), "prompt_leak",
                                            "safety_hints"))
    off = proxy_for(upstream, policy=budget_policy(policy_file, default_policy_text),
                    replay_store="off")
    for piece in SLICES:
        script.chunks = chat(piece)
        assert ask(plain, "sk-caller-1") == piece
        assert ask(off, "sk-caller-1") == piece


@pytest.mark.parametrize(("seen", "text", "expected"), [
    # Under budget: windows are counted, nothing is redacted or held.
    (0, "x amber basil cobalt y", "x amber basil cobalt y"),
    # Spent: each prompt window is redacted; other words pass.
    (27, "x amber basil cobalt y", f"x {MARKER} y"),
    (27, "amber basil, then cobalt", "amber basil, then cobalt"),
])
def test_detector_table(seen: int, text: str, expected: str) -> None:
    index = PromptIndex.build([PROMPT])
    coverage = Coverage(0.55, 600, "digest")
    coverage.bind(index.written - 2)  # windows of the prompt as written
    for position in range(seen):
        coverage.see(position)
    for cut in (len(text), 1, 3):  # any chunking: the same output
        channel = Channel([CoverageDetector(index, coverage, 0, 160)], [MARKER])
        out = [channel.feed(text[i : i + cut]) for i in range(0, len(text), cut)]
        assert "".join(out) + channel.flush() == expected
        assert channel.held <= 160


def test_store_down_costs_the_budget_not_the_request(
    upstream_for: Callable[[Script], str], proxy_for: Callable[..., str],
    policy_file: Callable[[str], CompiledPolicy], default_policy_text: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An unreachable Redis: the response is scanned by every other rule and served; the
    budget is not kept (logged, without the text)."""
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    script = Script(chat(SLICES[0]))
    base = proxy_for(upstream_for(script), policy=budget_policy(policy_file, default_policy_text),
                     replay_store=f"redis://127.0.0.1:{port}/0")
    with caplog.at_level(logging.WARNING, logger="guardproxy.leak_budget"):
        assert ask(base, "sk-caller-1") == SLICES[0]
    assert "leak budget: store unavailable on load" in caplog.text
    assert "leak budget: store unavailable on save" in caplog.text
    assert "amber" not in caplog.text
