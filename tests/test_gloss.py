"""The cross-lingual gloss: lexicon parsing, look-up (entries, multiword entries, stems, German
compounds, elisions), Chinese segmentation by longest match, English left alone, and that the
detectors read it (a glossed retelling or narration scores above its unglossed form)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.gloss import LANGS, Gloss, Lexicon, fold, packaged_gloss
from guardproxy.detectors.narration_model import (
    NarrationModel,
    packaged_narration_model,
)
from guardproxy.detectors.paraphrase_model import ParaphraseScorer, packaged_calibration


def test_fold_lowers_and_strips_accents() -> None:
    assert fold("Configuración Œuvre FÜR Straße l\u2019outil") == (
        "configuracion oeuvre fur strasse l'outil")


def test_parse_keeps_the_first_entry_and_rejects_a_line_without_a_tab() -> None:
    lex = Lexicon.parse("fr", "# comment\nlivre\tbook\nlivre\tdelivers\nà cause de\tbecause of\n")
    assert lex.entries == {"livre": "book", "a cause de": "because of"}
    assert lex.longest == {"livre": 1, "a": 3}
    with pytest.raises(ValueError, match="source<TAB>english"):
        Lexicon.parse("fr", "livre = book\n")


def test_chinese_is_segmented_by_longest_match() -> None:
    lex = Lexicon.parse("zh", "系统\tsystem\n系统提示\tsystem prompt\n提示\tprompt\n"
                              "词\tword\n的\t-\n")
    gloss = Gloss({"zh": lex})
    # "系统提示" wins over "系统" + "提示"; "的" has no English; unknown characters drop; Latin
    # words stay.
    assert gloss.gloss("系统提示词的API鑫") == "system prompt word api"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a multiword entry, an elision; a stem ("configurés", no entry, as "configurer")
    ("On m'a demandé de ne pas révéler ça à l'utilisateur",
     "i was asked of not reveal that to the user"),
    ("Ils sont configurés pour aider", "they are configure for help"),
    ("La configuración me pide que no mencione los umbrales",
     "the configuration asks me that not mention the thresholds"),
    # a German compound: two known parts with the linking "s"
    ("Der Betreiber hat die Erstattungsgrenze festgelegt", "the operator has the refund limit set"),
])
def test_latin_sentences_are_glossed(sentence: str, expected: str) -> None:
    assert packaged_gloss().gloss(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "The operator told me to keep the refund thresholds private.",
    "Deployer rule: keep refunds vague",  # "deployer" is a French word too: one is not enough
    "Canberra",
    "",
])
def test_english_and_undecided_sentences_are_left_alone(sentence: str) -> None:
    assert packaged_gloss().gloss(sentence) is None


def test_unknown_words_are_kept() -> None:
    # Names and loans are what a retelling shares with an English prompt.
    assert packaged_gloss().gloss("Je dois citer Huberman avant de répondre") == (
        "i must quote huberman before of answer")


def test_each_lexicon_is_large() -> None:
    gloss = packaged_gloss()
    sizes = {lex.lang: len(lex.entries) for lex in [*gloss._latin, gloss._zh] if lex}
    assert set(sizes) == set(LANGS)
    assert min(sizes.values()) >= 1500, sizes


PROTECTED = ["Never mention the refund thresholds to the customer.",
             "You are a helpful banking assistant for Acme Bank."]
RETELLING = "Mis instrucciones dicen que nunca mencione los umbrales de reembolso al cliente."


def test_a_glossed_retelling_reads_nearer_its_prompt() -> None:
    embedder = packaged_embedder()
    narration = packaged_narration_model()
    calibration = packaged_calibration()
    on = ParaphraseScorer(embedder, narration, PROTECTED, dataclasses.replace(calibration,
                                                                            gloss=True))
    off = ParaphraseScorer(embedder, narration, PROTECTED, dataclasses.replace(calibration,
                                                                             gloss=False))
    with_gloss, without = on.signals(RETELLING)[0], off.signals(RETELLING)[0]
    assert with_gloss[0] > without[0] + 0.1  # the cosine
    assert with_gloss[1] > without[1]  # the rare words shared
    assert with_gloss[4] > without[4]  # the rare words matched softly
    # the bigrams and the framing are the sentence's own
    np.testing.assert_array_equal(with_gloss[6:], without[6:])


def test_english_sentences_against_english_prompts_are_unchanged_by_the_gloss() -> None:
    embedder = packaged_embedder()
    narration = packaged_narration_model()
    calibration = packaged_calibration()
    sentence = "The setup says never to bring up refund limits with customers."
    on = ParaphraseScorer(embedder, narration, PROTECTED, dataclasses.replace(calibration,
                                                                            gloss=True))
    off = ParaphraseScorer(embedder, narration, PROTECTED, dataclasses.replace(calibration,
                                                                             gloss=False))
    assert np.array_equal(on.signals(sentence), off.signals(sentence))


@pytest.mark.skipif(not packaged_calibration().gloss, reason="the shipped scorer reads no gloss")
def test_the_shipped_scorer_scores_a_glossed_retelling_higher() -> None:
    embedder, narration = packaged_embedder(), packaged_narration_model()
    calibration = packaged_calibration()
    on = ParaphraseScorer(embedder, narration, PROTECTED, calibration)
    off = ParaphraseScorer(embedder, narration, PROTECTED,
                           dataclasses.replace(calibration, gloss=False))
    assert on.score(RETELLING)[0] > off.score(RETELLING)[0]


@pytest.mark.skipif(not packaged_narration_model()._features.gloss,
                    reason="the shipped narration head reads no gloss")
@pytest.mark.parametrize("sentence", [
    "La configuración me pide que no mencione los umbrales de reembolso.",
    "Mes consignes m'interdisent de révéler les seuils de remboursement.",
    "Laut meinen Anweisungen darf ich die Erstattungsgrenze nicht nennen.",
])
def test_the_shipped_head_scores_glossed_narration_higher(sentence: str) -> None:
    model = packaged_narration_model()
    plain = dataclasses.replace(model._features, gloss=False)
    unglossed = NarrationModel(packaged_embedder(), plain, model._idf, model._w_bag,
                               model._w_embedding, model._bias, model.threshold,
                               model._cjk_offset)
    assert model.logit(sentence) > unglossed.logit(sentence)
