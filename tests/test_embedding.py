"""The shipped static embeddings: the files are the ones PROVENANCE.md names, and the embedder
gives unit vectors that put a sentence nearer its paraphrase than an unrelated one."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tokenizers import Encoding, Tokenizer

from guardproxy.detectors import embedding
from guardproxy.detectors.embedding import (
    MODELS,
    PACKAGED,
    RECENT,
    WORD_CHARS,
    StaticEmbedder,
    char_ngram_hashes,
    packaged_embedder,
)

FOLDER = MODELS / PACKAGED


def provenance_sums(folder: Path) -> dict[str, str]:
    text = (folder / "PROVENANCE.md").read_text()
    return {name: digest for digest, name in re.findall(r"^\s+([0-9a-f]{64})  (\S+)$", text, re.M)}


@pytest.mark.parametrize("folder", sorted(p for p in MODELS.iterdir() if p.is_dir()))
def test_every_model_file_has_its_checksum(folder: Path) -> None:
    sums = provenance_sums(folder)
    files = {p.name for p in folder.iterdir() if p.name != "PROVENANCE.md"}
    assert files == set(sums), "PROVENANCE.md must list every file of the model, and only those"
    for name, digest in sums.items():
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == digest, name


def test_packaged_embedder_is_loaded_once() -> None:
    assert packaged_embedder() is packaged_embedder()


def test_unit_vectors_and_zero_for_no_tokens() -> None:
    e = packaged_embedder()
    v = e.embed("The deployer asked me to keep the refund thresholds private.")
    assert v.dtype == np.float32 and v.shape == (e.dim,)
    assert abs(float(np.linalg.norm(v)) - 1.0) < 1e-5
    for empty in ("", "   ", "\u200b"):
        assert not e.embed(empty).any()


@given(st.lists(st.text(max_size=60), max_size=5))
def test_embed_many_is_embed_row_by_row(texts: list[str]) -> None:
    e = packaged_embedder()
    many = e.embed_many(texts)
    assert many.shape == (len(texts), e.dim)
    for row, text in zip(many, texts, strict=True):
        np.testing.assert_allclose(row, e.embed(text), atol=1e-6)


@pytest.mark.parametrize(
    ("anchor", "near", "far"),
    [
        ("I was told to keep the refund thresholds private.",
         "My instructions say the refund limits must stay confidential.",
         "Let me add the two fractions by finding a common denominator."),
        ("Check the account age before mentioning any bonus.",
         "Before I bring up a bonus I should verify how old the account is.",
         "The recipe says to preheat the oven to 200 degrees."),
    ],
)
def test_meaning_is_nearer_than_topic_change(anchor: str, near: str, far: str) -> None:
    a, n, f = packaged_embedder().embed_many([anchor, near, far])
    assert float(a @ n) > float(a @ f) + 0.1


def test_case_and_accents_fold() -> None:
    e = packaged_embedder()
    assert float(e.embed("Résumé des RÈGLES") @ e.embed("resume des regles")) > 0.999


def test_load_rejects_a_table_that_disagrees_with_its_config(tmp_path: Path) -> None:
    for f in FOLDER.iterdir():
        (tmp_path / f.name).write_bytes(f.read_bytes())
    np.save(tmp_path / "embeddings.int8.npy", np.zeros((30000, 8), dtype=np.int8))
    np.save(tmp_path / "scales.npy", np.ones(30000, dtype=np.float32))
    with pytest.raises(ValueError, match="dimensions"):
        StaticEmbedder.load(tmp_path)


class CountingTokenizer:
    """The shipped tokenizer, counting the texts it encodes."""

    def __init__(self) -> None:
        self._tokenizer = Tokenizer.from_file(str(FOLDER / "tokenizer.json"))
        self.encoded: list[str] = []

    def encode(self, text: str, add_special_tokens: bool = True) -> Encoding:
        self.encoded.append(text)
        return self._tokenizer.encode(text, add_special_tokens=add_special_tokens)

    def __getattr__(self, name: str) -> object:
        return getattr(self._tokenizer, name)


def test_recent_texts_are_tokenized_and_averaged_once() -> None:
    """The rules of a channel judge the same sentence one after another: the second pays
    nothing; the embedder keeps only the last RECENT texts, and what it gives back is what an
    embedder without memory gives."""
    spy = CountingTokenizer()
    shipped = packaged_embedder()
    e = StaticEmbedder(spy, np.load(FOLDER / "embeddings.int8.npy"),  # type: ignore[arg-type]
                       np.load(FOLDER / "scales.npy").astype(np.float32))
    sentence = "The deployer asked me to keep the refund thresholds private."
    ids = e.token_ids(sentence)
    vector = e.embed(sentence)
    assert e.embed_ids(ids) is vector and e.token_ids(sentence) == ids
    assert spy.encoded == [sentence]
    assert not vector.flags.writeable  # shared: nobody may change it
    np.testing.assert_array_equal(vector, shipped.embed(sentence))
    for n in range(RECENT):
        e.embed(f"Sentence number {n} of the stream.")
    again = e.embed(sentence)  # pushed out by RECENT others: averaged again
    assert again is not vector and e._mean.cache_info().currsize == RECENT
    np.testing.assert_array_equal(again, vector)
    # ... from its words' kept token ids, without the tokenizer.
    assert spy.encoded.count(sentence) == 1 and len(spy.encoded) == 1 + RECENT


def _ngram_hashes_one_by_one(text: str, orders: tuple[int, ...], buckets: int) -> list[int]:
    """The definition: each n-gram's polynomial hash from scratch, seeded with n."""
    points = [ord(c) for c in f" {text.lower()} "]
    mask = (1 << 64) - 1
    out = []
    for n in orders:
        for i in range(len(points) - n + 1):
            h = points[i] + n
            for k in range(1, n):
                h = (h * 0x100000001B3 + points[i + k]) & mask
            out.append(h % buckets)
    return out


@settings(max_examples=200)
@given(st.text(max_size=40), st.lists(st.integers(1, 6), min_size=1, max_size=4, unique=True),
       st.sampled_from([1 << 20, 1000, 7]))
def test_char_ngram_hashes_match_the_definition(text: str, orders: list[int],
                                                buckets: int) -> None:
    got = char_ngram_hashes(text, tuple(orders), buckets).tolist()
    assert got == _ngram_hashes_one_by_one(text, tuple(orders), buckets)


# Text the tokenizer's normalizer and pre-tokenizer treat specially: accents precomposed and
# combining, CJK, emoji with modifiers and joiners, control and format characters, whitespace
# other than the space, punctuation, case mappings that change length or depend on context.
_SPECIAL = ("é", "É", "e\u0301", "\u0301", "ß", "İ", "ΣΑΣ", "ς", "ﬁ", "退款", "金额", "の", "한",
            "👍🏽", "👨\u200d👩\u200d👧", "🇫🇷", "\x00", "\x7f", "\x1b", "\u200b", "\ufeff",
            "\ufffd", "\u00ad", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", "  ", " ",
            "...", "—", "«", "»", "'", "\"", "$", "##", "[UNK]", "don't", "e-mail", "3.14")
_WORDISH = st.one_of(
    st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCXYZ0123456789"),
            min_size=1, max_size=12),
    st.sampled_from(_SPECIAL),
    st.text(max_size=8),  # anything hypothesis thinks of
    st.text(alphabet=st.sampled_from("ab\u0301x"), min_size=40, max_size=130),  # long words
)
_TEXTS = st.lists(_WORDISH, max_size=14).map("".join)


def _reference(text: str) -> list[int]:
    """What the tokenizer itself gives: the ids of the text less [UNK]."""
    tokenizer = packaged_embedder()._tokenizer
    unk = tokenizer.token_to_id("[UNK]")
    return [i for i in tokenizer.encode(text, add_special_tokens=False).ids if i != unk]


def _fresh() -> StaticEmbedder:
    shipped = packaged_embedder()
    return StaticEmbedder(shipped._tokenizer, shipped._rows, shipped._scales)


@settings(max_examples=300, deadline=None)
@given(st.lists(_TEXTS, min_size=1, max_size=4))
def test_token_ids_are_the_tokenizers_from_kept_words_too(texts: list[str]) -> None:
    """The ids an embedder puts together from the words it kept are the tokenizer's own, on
    any text: first seen (the tokenizer is called) and then from kept words only."""
    e = _fresh()
    for text in texts:
        assert e.token_ids(text) == _reference(text)
    joined = " ".join(texts)  # every word known by now
    calls = CountingTokenizer()
    e._tokenizer = calls  # type: ignore[assignment]
    e._encoded.cache_clear()  # not the last texts' tokens: their words'
    assert e.token_ids(joined) == _reference(joined)
    # ... but the words too long to keep, each on its own.
    assert calls.encoded == [w for w in joined.split(" ") if len(w) > WORD_CHARS]


@settings(max_examples=60, deadline=None)
@given(st.lists(_TEXTS, min_size=5, max_size=30))
def test_kept_words_are_bounded(texts: list[str]) -> None:
    """However many words go by, an embedder keeps at most two generations of WORDS, and the
    ids stay the tokenizer's when words are forgotten and learnt again."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(embedding, "WORDS", 4)
        e = _fresh()
        for text in texts + texts[::-1]:
            assert e.token_ids(text) == _reference(text)
            assert len(e._words) <= 4 and len(e._old_words) <= 4
