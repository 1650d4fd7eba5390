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
"""

from __future__ import annotations

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
    "StaticEmbedder",
    "Vector",
    "char_ngram_hashes",
    "packaged_embedder",
]

Vector = npt.NDArray[np.float32]

MODELS = Path(__file__).resolve().parent.parent / "models"
PACKAGED = "minilm-static"
# Texts (and token sequences) whose tokens (and means) an embedder keeps: the sentence the rules
# of a channel are judging, with room for the streams of other channels interleaving.
RECENT = 16


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
        ids = self._tokenizer.encode(text, add_special_tokens=False).ids
        return tuple(i for i in ids if i != self._unk)

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


# Multipliers of a polynomial hash over code points (uint64 arithmetic wraps, deterministically).
_MIX = np.uint64(0x100000001B3)


def char_ngram_hashes(text: str, orders: Sequence[int], buckets: int) -> npt.NDArray[np.intp]:
    """The bucket of each character n-gram of the lower-cased text (spaces around it), one per
    occurrence: features that need no vocabulary. They complement the embedding where the
    teacher's vocabulary is thin (most Chinese characters are unknown to it) and catch word
    forms across languages; a vectorized hash, a few microseconds a sentence."""
    points = np.frombuffer(f" {text.lower()} ".encode("utf-32-le"), dtype=np.uint32)
    points = points.astype(np.uint64)
    # h_n[i] = (p[i] + n) * MIX^(n-1) + p[i+1] * MIX^(n-2) + ... + p[i+n-1], so
    # h_{n+1}[i] = (h_n[i] + MIX^(n-1)) * MIX + p[i+n]: each order extends the one below it,
    # one multiply-add a position instead of n, to the same wrapping values.
    by_order: dict[int, npt.NDArray[np.uint64]] = {}
    h, power = points + np.uint64(1), 1  # h_1, MIX^0 (a Python int: numpy warns on scalars)
    for n in range(2, max(orders, default=0) + 1):
        if len(points) < n:
            break
        h = (h[:-1] + np.uint64(power)) * _MIX + points[n - 1:]
        power = power * int(_MIX) % (1 << 64)
        by_order[n] = h
    if 1 in orders and len(points):
        by_order[1] = points + np.uint64(1)
    parts = [by_order[n] % np.uint64(buckets) for n in orders if n in by_order]
    if not parts:
        return np.zeros(0, dtype=np.intp)
    return np.concatenate(parts).astype(np.intp)


@cache
def packaged_embedder() -> StaticEmbedder:
    """The model shipped in ``guardproxy/models/``, loaded once per process and shared
    (read-only after load)."""
    return StaticEmbedder.load(MODELS / PACKAGED)
