"""presidio-analyzer, offline: imported only when a policy has a ``pii`` rule.

presidio pulls in spaCy (about a second to import), but no spaCy model is loaded: the NLP
engine is presidio's ``no_op`` engine, given a regex tokenizer so that presidio's own context
enhancer still sees the words before a match ("my ssn is ...", "call me at ..."). tldextract,
which presidio's e-mail validation calls through its module-level ``extract``, is replaced by
an extractor with no suffix-list URLs and no disk cache: it reads the snapshot bundled with it
and never touches the network.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
import tldextract
import tldextract.tldextract
from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
from presidio_analyzer import predefined_recognizers as predefined
from presidio_analyzer.nlp_engine import NlpArtifacts, NoOpNlpEngine
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["LANGUAGE", "build_engine", "custom_recognizer", "offline_tldextract"]

LANGUAGE = "en"
_TOKEN = regex.compile(r"\w+|[^\w\s]+")


def offline_tldextract() -> None:
    """Point ``tldextract.extract`` at an extractor that never fetches the suffix list."""
    tldextract.tldextract.TLD_EXTRACTOR = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True
    )


offline_tldextract()


class TokenizingEngine(NoOpNlpEngine):
    """The ``no_op`` engine plus tokens and lowercase "lemmas" from a regex tokenizer."""

    def __init__(self) -> None:
        super().__init__(models=[{"lang_code": LANGUAGE, "model_name": "regex-tokens"}])
        self._words_vocab = Vocab()
        self.load()

    def process_text(self, text: str, language: str) -> NlpArtifacts:
        super().process_text(text, language)  # presidio's own argument checks
        found = list(_TOKEN.finditer(text))
        words = [m.group() for m in found]
        return NlpArtifacts(
            entities=[], tokens=Doc(self._words_vocab, words=words),
            tokens_indices=[m.start() for m in found], lemmas=[w.lower() for w in words],
            nlp_engine=self, language=language,
        )

    def is_punct(self, word: str, language: str) -> bool:
        # Punctuation tokens must not use up the enhancer's five words of context.
        return not any(c.isalnum() for c in word)


def custom_recognizer(
    name: str, entity: str, patterns: Sequence[tuple[str, str, float]], context: Sequence[str]
) -> PatternRecognizer:
    return PatternRecognizer(
        supported_entity=entity, name=name, supported_language=LANGUAGE,
        patterns=[Pattern(p_name, p_regex, score) for p_name, p_regex, score in patterns],
        context=list(context),
    )


def build_engine(
    recognizer_classes: Sequence[str], custom: Sequence[PatternRecognizer]
) -> AnalyzerEngine:
    """An ``AnalyzerEngine`` with exactly these recognizers (no predefined YAML, no NER)."""
    recognizers = [getattr(predefined, name)() for name in recognizer_classes]
    registry = RecognizerRegistry(
        recognizers=[*recognizers, *custom], supported_languages=[LANGUAGE]
    )
    return AnalyzerEngine(
        registry=registry, nlp_engine=TokenizingEngine(), supported_languages=[LANGUAGE]
    )
