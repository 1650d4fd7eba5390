"""System-prompt paraphrase: a sentence of the output that retells a protected sentence in
other words ("whoever runs this wants me to check the account age before I mention any bonus").

The protected texts are cut into sentences (``protected_sentences``: the same cuts as the
output's, long ones at ``PROTECTED_SENTENCE`` characters; those under ``MIN_WORDS`` words,
"Rules:", are no sentence to retell). A ``ParaphraseScorer`` (``paraphrase_model``: embedding
similarity combined with the overlap of the prompt's rare words and the sentence's framing, the
narration model's log-odds) scores each completed output sentence against all of them; at
``threshold`` or above the sentence is redacted whole. The narration model is the proxy's shared
one (``SharedNarration``): a sentence the `safety_hints` model also judges is scored once.

The scorer embeds the prompt's sentences once per distinct prompt: it is kept with the
request's ``PromptIndex`` (itself cached by its texts), so a prompt that recurs costs nothing
more, and it goes when the index does. ``paraphrase_scorer`` builds it where the index is built
(in a worker thread for large prompts), never per channel.

The output's sentences are cut and bounded by ``SafetyHintDetector`` (a judge and no
patterns): the same hold-back bound, a long sentence judged in windows.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.judges import Verdict
from guardproxy.detectors.paraphrase_model import ParaphraseScorer
from guardproxy.detectors.prompt_leak import PromptIndex
from guardproxy.detectors.safety_hints import SafetyHintDetector
from guardproxy.detectors.shared_narration import packaged_shared_narration
from guardproxy.segment import SentenceStream, words_of

__all__ = [
    "MIN_WORDS",
    "PROTECTED_SENTENCE",
    "ParaphraseJudge",
    "paraphrase_detector",
    "paraphrase_scorer",
    "protected_sentences",
]

MIN_WORDS = 4  # a shorter protected sentence ("Rules:", "Be concise.") is not compared
PROTECTED_SENTENCE = 320  # characters: a longer protected sentence is compared in pieces


def protected_sentences(texts: Iterable[str]) -> list[str]:
    """The sentences of the protected texts worth comparing, each once, in order."""
    found: dict[str, None] = {}
    for text in texts:
        stream = SentenceStream(PROTECTED_SENTENCE)
        for sentence in (*stream.feed(text), *stream.flush()):
            stripped = sentence.text.strip()
            if len(words_of(stripped)) >= MIN_WORDS:
                found.setdefault(stripped)
    return list(found)


class ParaphraseJudge:
    """A sentence against the request's protected sentences; ``nearest`` names the protected
    sentence by number (1-based), never by its text."""

    def __init__(self, scorer: ParaphraseScorer, threshold: float) -> None:
        self._scorer = scorer
        self._threshold = threshold

    def __call__(self, sentence: str) -> Verdict:
        score, index = self._scorer.score(sentence)
        return Verdict(score, score >= self._threshold, f"prompt sentence {index + 1}", score,
                       self._threshold)


def paraphrase_detector(prompt: PromptIndex, rule: int, threshold: float, *,
                        max_sentence: int) -> SafetyHintDetector | None:
    """The detector of one channel, or None when the prompt has no sentence to retell."""
    scorer = paraphrase_scorer(prompt)
    if scorer is None:
        return None
    return SafetyHintDetector(None, rule, max_sentence=max_sentence,
                              judge=ParaphraseJudge(scorer, threshold))


# The scorer of each prompt index alive (None: no sentence to compare). Shared by the event
# loop and the worker threads large prompts are indexed in, hence the lock; built outside it.
_SCORERS: weakref.WeakKeyDictionary[PromptIndex, ParaphraseScorer | None] = (
    weakref.WeakKeyDictionary())
_LOCK = threading.Lock()


def paraphrase_scorer(prompt: PromptIndex) -> ParaphraseScorer | None:
    """The scorer of a prompt's sentences, built once per index."""
    with _LOCK:
        if prompt in _SCORERS:
            return _SCORERS[prompt]
    sentences = protected_sentences(prompt.texts)
    scorer = (ParaphraseScorer(packaged_embedder(), packaged_shared_narration(), sentences)
              if sentences else None)
    with _LOCK:
        _SCORERS[prompt] = scorer
    return scorer
