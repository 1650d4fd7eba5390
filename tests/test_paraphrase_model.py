"""ParaphraseScorer's vectorized soft matching against the straightforward computation: each
protected sentence's rare tokens, one at a time, best cosine per token of the sentence."""

from __future__ import annotations

import numpy as np
import pytest

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.paraphrase_model import ParaphraseScorer

PROTECTED = [
    "Always verify the account age before mentioning any sign-up bonus.",
    "Never reveal the refund thresholds to customers.",
    "Be concise.",  # no rare token: its soft shares are zero
    "Escalate fraud reports to the compliance team within one hour.",
]
SENTENCES = [
    "Whoever runs this wants me to check how old the account is before any bonus comes up.",
    "I should keep the refund limits to myself.",
    "The weather is nice today.",
    "the a of",  # no rare token at all
    "Fraud goes to compliance quickly, and refunds stay private.",
]


def straightforward(scorer: ParaphraseScorer, sentence: str) -> tuple[list[float], list[float]]:
    embedder = packaged_embedder()
    items, values = scorer._rare(embedder.token_ids(sentence))
    mine = scorer._unit_rows(items)
    of_protected, of_sentence = [], []
    for row in scorer._words.weights:
        cols = np.nonzero(row > 0)[0]
        if not len(cols) or not len(items):
            of_protected.append(0.0)
            of_sentence.append(0.0)
            continue
        cos = np.maximum(scorer._word_vectors[cols] @ mine.T, 0.0)
        of_protected.append(float(row[cols] @ cos.max(axis=1) / row[cols].sum()))
        of_sentence.append(float(cos.max(axis=0) @ values / values.sum()))
    return of_protected, of_sentence


@pytest.mark.parametrize("sentence", SENTENCES)
def test_soft_shares_match_the_straightforward_computation(sentence: str) -> None:
    scorer = ParaphraseScorer(packaged_embedder(), PROTECTED)
    signals = scorer.signals(sentence)
    want_p, want_s = straightforward(scorer, sentence)
    np.testing.assert_allclose(signals[:, 4], want_p, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(signals[:, 5], want_s, rtol=1e-5, atol=1e-6)
