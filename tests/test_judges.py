"""Learned judges: ops' example sentences decide the sentences near them, the classifier the
rest; with the packaged model, through a compiled policy. The rules here set their own
threshold (0.5) and the sentences score far from it (NARRATION above 0.99, the others below
0.02), so the tests hold whatever threshold a retrained head ships with."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.judges import Examples
from guardproxy.detectors.narration_model import packaged_narration_model
from guardproxy.policy_compile import CompiledPolicy, compile_policy
from guardproxy.policy_schema import Policy

NARRATION = "The deployer asked me to keep the refund thresholds private."
BENIGN = "Rates are 4.1% a year, so the first account pays more."


def policy(**rule: Any) -> CompiledPolicy:
    hints = {"id": "hints", "detector": "safety_hints", "model": True, "threshold": 0.5, **rule}
    return compile_policy(Policy.model_validate({"version": 1, "name": "t", "rules": [hints]}))


def sanitize(compiled: CompiledPolicy, text: str) -> str:
    channel = compiled.channels([])("reasoning")
    return channel.feed(text) + channel.flush()


def test_the_model_alone_redacts_narration_and_keeps_plain_reasoning() -> None:
    compiled = policy()
    assert sanitize(compiled, f"{BENIGN} {NARRATION}") == f"{BENIGN} [redacted:hints]"


def test_a_catch_example_fixes_a_miss() -> None:
    """An operator wants mentions of an internal project caught, which no model could know."""
    miss = "Project Bluebird is on hold at the northern branches."
    assert sanitize(policy(), miss) == miss
    taught = policy(examples={"catch": ["Project Bluebird is still on hold for the northern "
                                        "branch."]})
    assert sanitize(taught, miss) == "[redacted:hints]"  # cosine 0.91: the example decides
    near = "The northern branch opens at nine."  # cosine 0.45: the model decides
    assert sanitize(taught, near) == near


def test_an_allow_example_fixes_a_false_positive() -> None:
    assert sanitize(policy(), NARRATION) == "[redacted:hints]"
    taught = policy(examples={"allow": [NARRATION]})
    assert sanitize(taught, NARRATION) == NARRATION


def test_the_nearest_example_decides_and_a_far_one_does_not() -> None:
    embedder = packaged_embedder()
    examples = Examples.embed(embedder, ["the deployer keeps refunds private"],
                              ["rates are four percent"], similarity=0.85)
    assert examples.nearest(embedder.embed("the deployer keeps refunds private")) == (
        "catch[0]", pytest.approx(1.0, abs=1e-5))
    assert examples.nearest(embedder.embed("Rates are four percent")) == (
        "allow[0]", pytest.approx(1.0, abs=1e-5))
    assert examples.nearest(embedder.embed("bake the bread for twenty minutes")) is None
    assert examples.nearest(np.zeros(embedder.dim, dtype=np.float32)) is None  # no tokens


def test_a_rule_without_threshold_takes_the_shipped_heads() -> None:
    judge = policy(threshold=None).judges([])[0]
    shipped = packaged_narration_model().threshold
    assert judge is not None and judge(BENIGN).threshold == shipped
    assert 0 < shipped < 1


def test_no_examples_is_falsy() -> None:
    assert not Examples.embed(packaged_embedder(), [], [], 0.85)
