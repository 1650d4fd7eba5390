"""Static sentence embeddings: a token-id -> vector table and a mean, with numpy and tokenizers.

The shipped table (``guardproxy/models/minilm-static``, see its PROVENANCE.md) was distilled
once from a sentence encoder by ``training/distill.py``; at run time a sentence is tokenized,
its token rows are averaged and the mean is L2-normalized. No model code, no download, no
torch: the whole cost is the tokenizer and one small matrix product, tens of microseconds per
sentence.

The table is kept as int8 rows with one float32 scale per row (7.5 MB in memory instead of 30):
a sentence's mean is ``scales[ids] @ rows[ids]``, dequantized on the fly.

The rules of a channel judge the same completed sentence one after another (the narration
model, the policy's examples, the paraphrase scorer): an embedder keeps the tokens and the mean
of its last ``RECENT`` texts, so each sentence is tokenized and averaged once. The kept vectors
are read-only: callers share them.

Calling the tokenizer costs some 25 microseconds a sentence, most of it the call and the
``Encoding`` it builds, and a stream's sentences reuse the same few thousand words. So an
embedder also keeps the token ids of the space-separated chunks it has seen (``WORDS`` of them,
in two generations: bounded memory, the recently used kept) and puts a sentence together from
them, calling the tokenizer only for a sentence with an unseen chunk. That is exact: the
normalizer works character by character (a space ends any combining sequence), the
pre-tokenizer splits at every space and word pieces never cross a split, so the tokens of
``a + " " + b`` are those of ``a`` followed by those of ``b`` (tests check it on arbitrary
text against the tokenizer).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt
from tokenizers import Tokenizer

__all__ = [
    "MODELS",
    "RECENT",
    "WORDS",
    "StaticEmbedder",
    "Vector",
    "char_ngram_hashes",
    "char_ngram_items",
    "in_buckets",
    "packaged_embedder",
]

Vector = npt.NDArray[np.float32]

MODELS = Path(__file__).resolve().parent.parent / "models"
PACKAGED = "minilm-static"
# Texts (and token sequences) whose tokens (and means) an embedder keeps: the sentence the rules
# of a channel are judging, with room for the streams of other channels interleaving.
RECENT = 16
# Chunks (space-separated words) whose token ids an embedder keeps, per generation: a stream's
# vocabulary fits; two generations are at most some 3 MB. Longer chunks are not kept (a long
# token-less blob would weigh much and recur little).
WORDS = 1 << 13
WORD_CHARS = 48


class StaticEmbedder:
    """Sentence -> unit vector (float32, ``dim``); the zero vector when no token is known."""

    def __init__(
        self, tokenizer: Tokenizer, rows: npt.NDArray[np.int8], scales: Vector
    ) -> None:
        if rows.ndim != 2 or scales.shape != (rows.shape[0],):
            raise ValueError(f"embedding table {rows.shape} and scales {scales.shape} disagree")
        if tokenizer.get_vocab_size() > rows.shape[0]:
            raise ValueError("the tokenizer has more tokens than the embedding table has rows")
        tokenizer.no_padding()
        tokenizer.no_truncation()
        self._tokenizer = tokenizer
        self._rows = rows
        self._scales = scales
        unk = tokenizer.token_to_id("[UNK]")
        self._unk = -1 if unk is None else unk
        self.dim = int(rows.shape[1])
        self.rows = int(rows.shape[0])  # token ids are below this
        squares = np.einsum("ij,ij->i", rows, rows, dtype=np.float32)
        self._norms: Vector = np.sqrt(squares) * scales
        # Bounded and thread-safe (prompts are indexed in worker threads too).
        self._encoded = lru_cache(maxsize=RECENT)(self._encode)
        self._mean = lru_cache(maxsize=RECENT)(self._average)
        # chunk -> its known token ids: the current generation and the one before (see the
        # module's docstring). No lock: a lost or duplicate insert from another thread costs a
        # tokenizer call, never a wrong id.
        self._words: dict[str, tuple[int, ...]] = {}
        self._old_words: dict[str, tuple[int, ...]] = {}

    @classmethod
    def load(cls, folder: Path) -> StaticEmbedder:
        config = json.loads((folder / "config.json").read_text())
        rows = np.load(folder / "embeddings.int8.npy")
        scales = np.load(folder / "scales.npy").astype(np.float32)
        embedder = cls(Tokenizer.from_file(str(folder / "tokenizer.json")), rows, scales)
        if embedder.dim != config["dim"]:
            raise ValueError(f"{folder}: table has {embedder.dim} dimensions, config says "
                             f"{config['dim']}")
        return embedder

    def row_norms(self) -> npt.NDArray[np.float32]:
        """Each token's vector length: the distillation's SIF weighting makes frequent tokens
        short, so it ranks tokens by rarity."""
        return self._norms

    def token_ids(self, text: str) -> list[int]:
        """The text's known token ids (unknown tokens carry no meaning: dropped)."""
        return list(self._encoded(text))

    def _encode(self, text: str) -> tuple[int, ...]:
        """The text's tokens from its chunks' kept ids; the tokenizer when a chunk is new."""
        words, old = self._words, self._old_words
        out: list[int] = []
        for chunk in text.split(" "):
            known = words.get(chunk)
            if known is None:
                known = old.get(chunk)
                if known is not None:
                    self._keep(chunk, known)  # used again: into the current generation
                elif len(chunk) > WORD_CHARS:  # never kept (a URL, a blob): on its own
                    known = self._chunk_ids(chunk)
                else:
                    return self._learn(text)
            out += known
        return tuple(out)

    def _chunk_ids(self, chunk: str) -> tuple[int, ...]:
        ids = self._tokenizer.encode(chunk, add_special_tokens=False).ids
        return tuple(i for i in ids if i != self._unk)

    def _learn(self, text: str) -> tuple[int, ...]:
        """Tokenize the whole text once and keep each chunk's ids: a token belongs to the chunk
        its first character is in (the offsets are characters of ``text``)."""
        encoding = self._tokenizer.encode(text, add_special_tokens=False)
        chunks = text.split(" ")
        starts, at = [], 0
        for chunk in chunks:
            starts.append(at)
            at += len(chunk) + 1
        per_chunk: list[list[int]] = [[] for _ in chunks]
        for token, (begin, _) in zip(encoding.ids, encoding.offsets, strict=True):
            if token != self._unk:
                per_chunk[bisect.bisect_right(starts, begin) - 1].append(token)
        for chunk, ids in zip(chunks, per_chunk, strict=True):
            if len(chunk) <= WORD_CHARS and chunk not in self._words:
                self._keep(chunk, tuple(ids))
        return tuple(i for ids in per_chunk for i in ids)

    def _keep(self, chunk: str, ids: tuple[int, ...]) -> None:
        if len(self._words) >= WORDS:  # a new generation; the oldest is forgotten
            self._old_words, self._words = self._words, {}
        self._words[chunk] = ids

    def embed(self, text: str) -> Vector:
        return self._mean(self._encoded(text))

    def embed_ids(self, ids: Sequence[int]) -> Vector:
        """The unit mean of the ids' rows (read-only)."""
        return self._mean(tuple(ids))

    def _average(self, ids: tuple[int, ...]) -> Vector:
        if not ids:
            mean = np.zeros(self.dim, dtype=np.float32)
        else:
            index = np.asarray(ids, dtype=np.intp)
            total: Vector = self._scales[index] @ self._rows[index].astype(np.float32)
            norm = float(np.sqrt(total @ total))
            mean = total / norm if norm > 0 else total
        mean.flags.writeable = False
        return mean

    def token_vectors(self, ids: Sequence[int] | npt.NDArray[np.int64]) -> Vector:
        """The (dequantized) rows of the given token ids, (len(ids), dim)."""
        index = np.asarray(ids, dtype=np.intp)
        rows: Vector = self._rows[index].astype(np.float32) * self._scales[index, None]
        return rows

    def embed_many(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        for n, encoding in enumerate(encodings):
            out[n] = self.embed_ids([i for i in encoding.ids if i != self._unk])
        return out


# Multiplier of a polynomial hash over code points (uint64 arithmetic wraps, deterministically),
# and its inverse modulo 2**64 (it is odd).
_MIX = 0x100000001B3
_MIX_INVERSE = pow(_MIX, -1, 1 << 64)


@lru_cache(maxsize=64)
def _ngram_plan(orders: tuple[int, ...]) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.intp],
                                                   npt.NDArray[np.uint64],
                                                   npt.NDArray[np.uint64]]:
    """For ``char_ngram_hashes``: MIX^-k for each offset k in a window (a column), the window
    row that ends each order, and each order's seed n and factor MIX^(n-1) (columns)."""
    width = max(orders)
    inverse = [[pow(_MIX_INVERSE, k, 1 << 64)] for k in range(width)]
    return (np.array(inverse, dtype=np.uint64), np.array([n - 1 for n in orders], dtype=np.intp),
            np.array(orders, dtype=np.uint64)[:, None],
            np.array([pow(_MIX, n - 1, 1 << 64) for n in orders], dtype=np.uint64)[:, None])


@lru_cache(maxsize=256)
def _ngram_starts(length: int, orders: tuple[int, ...]) -> npt.NDArray[np.bool_]:
    """(orders, length): whether an n-gram of each order starts at each position."""
    ends = length - np.array(orders, dtype=np.intp)
    return np.arange(length) <= ends[:, None]


def char_ngram_hashes(text: str, orders: Sequence[int], buckets: int) -> npt.NDArray[np.intp]:
    """The bucket of each character n-gram of the lower-cased text (spaces around it), one per
    occurrence, by order then position: features that need no vocabulary. They complement the
    embedding where the teacher's vocabulary is thin (most Chinese characters are unknown to it)
    and catch word forms across languages; a vectorized hash, a few microseconds a sentence."""
    return in_buckets(char_ngram_items(text, tuple(orders)), buckets)


def char_ngram_items(text: str, orders: tuple[int, ...]) -> npt.NDArray[np.uint64]:
    """``char_ngram_hashes`` before the buckets: each n-gram's 64-bit hash (a new array)."""
    if not orders:
        return np.zeros(0, dtype=np.uint64)
    # The hash of the n-gram at i is h_n[i] = (p[i] + n) * MIX^(n-1) + p[i+1] * MIX^(n-2) + ...
    # + p[i+n-1] (mod 2**64) = MIX^(n-1) * (n + sum_k<n p[i+k] * MIX^-k): running sums down a
    # window of code points give every order at once, a dozen numpy calls for a sentence
    # whatever the orders (short inputs cost the calls, not the arithmetic).
    inverse, last, seeds, factors = _ngram_plan(orders)
    width = len(inverse)
    padded = f" {text.lower()} " + "\0" * (width - 1)
    length = len(padded) - width + 1
    # windows[k, i] = p[i + k]: a view of the code points, nothing copied.
    windows = np.ndarray((width, length), dtype=np.uint32, buffer=padded.encode("utf-32-le"),
                         strides=(4, 4))
    sums = windows * inverse
    for k in range(1, width):  # (add.accumulate along this axis is slower than the loop)
        np.add(sums[k], sums[k - 1], out=sums[k])
    hashes = sums[last]
    hashes += seeds
    hashes *= factors
    chosen: npt.NDArray[np.uint64] = hashes[_ngram_starts(length, orders)]
    return chosen


_INTP_IS_64_BITS = np.dtype(np.intp).itemsize == 8


def in_buckets(hashes: npt.NDArray[np.uint64], buckets: int) -> npt.NDArray[np.intp]:
    """Each 64-bit hash's bucket, ``hash % buckets``, computed in place: the hashes' array
    becomes the result's (seen as signed integers)."""
    if buckets & (buckets - 1) == 0:  # a power of two: a mask, not a division
        hashes &= np.uint64(buckets - 1)
    else:
        hashes %= np.uint64(buckets)
    if _INTP_IS_64_BITS:  # the buckets are below 2**63: the same values, no copy
        return hashes.view(np.intp)
    return hashes.astype(np.intp)



@cache
def packaged_embedder() -> StaticEmbedder:
    """The model shipped in ``guardproxy/models/``, loaded once per process and shared
    (read-only after load)."""
    return StaticEmbedder.load(MODELS / PACKAGED)
