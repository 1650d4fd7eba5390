"""Paraphrase scoring: how surely a sentence retells one of a request's protected sentences in
other words.

Signals per (sentence, protected sentence) pair, combined by a logistic function whose
coefficients ``training/train_paraphrase.py`` calibrates (``guardproxy/models/paraphrase``):

- the cosine of their static embeddings (meaning);
- the rare words they share: a token's rarity is its row norm in the embedding table (the
  distillation's SIF weighting makes frequent tokens short: "the" 2.2, "threshold" 6.5), less a
  floor, so stop words weigh nothing. Shared weight as a share of the protected sentence's, as a
  share of the sentence's, and absolute (one rare word shared with a three-word protected
  sentence is not a retelling);
- the same rare words matched softly (the best cosine of each rare token's vector to the other
  side's rare tokens, weighted by rarity, each way): "verify" meets "check", "limits" meets
  "thresholds", where exact overlap sees nothing;
- the character bigrams they share, as shares of each side's: word forms the teacher does not
  know (most Chinese characters), inflections;
- the framing: the narration model's log-odds (``NarrationLogit``, passed in) of the sentence
  and of the protected sentence. A retelling mostly comes framed as the model's own
  instructions ("the setup wants me to...", "per my brief", "on m'a configuré pour"), while the
  hardest near-misses are reasoning on the prompt's topic with no framing: the content signals
  cannot tell the two apart, the framing can. And what gets retold is the prompt's
  instructions ("Never mention a rival bank") more than its facts or persona. The calibration
  depends on the narration model, so its config records the narration artifact's checksums;
- the retelling log-odds of the sentence: a second linear head over the narration model's bag
  (``BagHead``, ``retelling.npy``: computed from the ``Reading`` the narration log-odds came
  from, one gather more), trained on the data's retellings against its near-misses. A
  retelling often carries no framing at all ("so no prices until they confirm", "Schritt 1 und
  Schritt 2 müssen immer beide sauber laufen"): it reads as an instruction restated, where the
  near-miss reads as work on the user's task. Out of fold it raised recall at the same bounds
  from 0.485 to 0.642 (``training/train_paraphrase.py``, on the data of 2026-12-04 after the
  twelfth batch).

With ``gloss`` (config.json), a French, Spanish, German or Chinese sentence's embedding and
rare-word signals are read on its English gloss (``gloss.Gloss``) against the protected
sentences glossed (English ones as written): the English-only embedding puts "la configuración
me pide" nowhere near "the setup asks me", the gloss does not.

The logistic function reads the signals and their pairwise products (``features``): the
framing counts with the cosine, not instead of it (a framed sentence on another topic is no
retelling), and each content signal with the others.

The protected sentences are indexed once, when the scorer is built (per request): their vectors,
their rare tokens and bigrams as sorted keys with a (sentences x keys) weight matrix. A sentence
scored costs one tokenization (none when the caller has its token ids), dict look-ups of its
distinct rare tokens and of its bigrams (each word's kept), the matches of its rare tokens to
the protected ones (kept per scorer, ``_TokenMatches``: a matrix-vector product for a token not
seen lately) and a few small matrix products: no Python loop over protected sentences; and its
narration log-odds, which the proxy's ``SharedNarration`` computes once for this rule and the
`safety_hints` judge together. About 200 us a sentence against a prompt of 15 sentences, a
quarter of it the narration log-odds (``benchmarks/detector_speed.py``, sentences in random
order: a fifth of their rare tokens not kept; 185 before the retelling head, same run); the
straightforward computation it replaced
(``tests/test_paraphrase_exact.py`` holds it, and checks that both decide alike) took 185 with
one BLAS thread and 375 with OpenBLAS's threads, which its one (keys x m) product per sentence
was large enough to start: their spinning was CPU time of the proxy's.
"""

from __future__ import annotations

import json
import math
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from guardproxy.detectors.embedding import (
    _MIX,
    MODELS,
    StaticEmbedder,
    Vector,
)
from guardproxy.detectors.gloss import packaged_gloss
from guardproxy.detectors.narration_model import BagHead
from guardproxy.detectors.shared_narration import NarrationLogit, uncached

__all__ = ["FEATURES", "SIGNALS", "ParaphraseCalibration", "ParaphraseScorer", "features",
           "packaged_calibration"]

PACKAGED = "paraphrase"
RETELLING = "retelling.npy"  # the retelling head's table, beside config.json (with its bias)
_BIGRAMS = (2,)
_BUCKETS = 1 << 20
# What a scorer keeps of the rare tokens it has seen (``_TokenMatches``, two generations): at
# most this many bytes per character of its protected sentences, about what their prompt's
# index takes (``prompt_leak.INDEX_BYTES_PER_CHAR``), so the scorers kept with the cached
# indexes stay within the same order of memory; and at most ``TOKEN_MATCH_BYTES``.
TOKEN_MATCH_BYTES_PER_CHAR = 256
TOKEN_MATCH_BYTES = 1 << 20
SIGNALS = ("cosine", "rare share of protected", "rare share of sentence", "rare shared (log)",
           "soft rare share of protected", "soft rare share of sentence",
           "bigram share of protected", "bigram share of sentence", "narration logit",
           "protected narration logit", "retelling logit")
# The products of each signal with itself and each later one, after the signals themselves.
_LEFT, _RIGHT = np.triu_indices(len(SIGNALS))
FEATURES = SIGNALS + tuple(f"{SIGNALS[i]} x {SIGNALS[j]}"
                           for i, j in zip(_LEFT, _RIGHT, strict=True))

Matrix = npt.NDArray[np.float32]
Keys = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class ParaphraseCalibration:
    """The logistic combination of the signals, and where rarity starts."""

    weights: tuple[float, ...]  # one per feature (``FEATURES``)
    bias: float
    rarity_floor: float  # token row norms below it weigh nothing
    threshold: float  # recommended: what the train split's validation chose
    # Each signal is clipped to the range training saw (its 0.5th to 99.5th percentile) before
    # the products: a pair unlike any in training (a Chinese sentence against a Chinese prompt
    # scored log-odds 18 out of fold) must not ride a product far past where it was fitted.
    low: tuple[float, ...] = ()
    high: tuple[float, ...] = ()
    # A glossed sentence's content signals read on its cross-lingual gloss (``gloss``).
    gloss: bool = False
    # The head over the narration model's bag that reads how much a sentence sounds like an
    # instruction retold (``RETELLING``); None: its signal is 0 (training fills it in).
    retelling: BagHead | None = None

    @classmethod
    def load(cls, folder: Path) -> ParaphraseCalibration:
        c = json.loads((folder / "config.json").read_text())
        head = (BagHead.load(folder / RETELLING, c["retelling_bias"]) if "retelling_bias" in c
                else None)
        return cls(tuple(c["weights"]), c["bias"], c["rarity_floor"], c["threshold"],
                   tuple(c["signal_range"]["low"]), tuple(c["signal_range"]["high"]),
                   bool(c.get("gloss", False)), head)


def features(signals: Matrix, low: Matrix | None = None, high: Matrix | None = None) -> Matrix:
    """(pairs, len(FEATURES)): the signals (clipped to ``low``..``high`` when given), then
    their pairwise products."""
    if low is not None and high is not None:
        signals = np.clip(signals, low, high)
    products: Matrix = signals[:, _LEFT] * signals[:, _RIGHT]
    return np.concatenate([signals, products], axis=1)


@cache
def packaged_calibration() -> ParaphraseCalibration:
    return ParaphraseCalibration.load(MODELS / PACKAGED)


# The bucket of the bigram (a, b) in ``char_ngram_hashes(text, (2,), _BUCKETS)`` is the low 20
# bits of (a + 2) * MIX + b (modulo 2**64): those of (a + 2) * (MIX mod 2**20) + b.
_BIGRAM_MIX = _MIX % _BUCKETS


# Words recur: the bigrams of the last few thousand short chunks are kept, about 1 KB each.
_KEPT_CHUNKS = 4096
_KEPT_CHUNK_CHARS = 24


def _chunk_bigrams(chunk: str) -> frozenset[int]:
    """The bigram buckets of a space-delimited chunk, the spaces around it included."""
    padded = f" {chunk} ".lower()
    return frozenset(((ord(a) + 2) * _BIGRAM_MIX + ord(b)) & (_BUCKETS - 1)
                     for a, b in pairwise(padded))


_kept_chunk_bigrams = lru_cache(maxsize=_KEPT_CHUNKS)(_chunk_bigrams)


def _bigrams_of(chunk: str) -> frozenset[int]:
    """``_chunk_bigrams``, kept for a short chunk (a long one, a URL or a blob, rarely
    recurs)."""
    if len(chunk) > _KEPT_CHUNK_CHARS:
        return _chunk_bigrams(chunk)
    return _kept_chunk_bigrams(chunk)


def _bigram_buckets(text: str) -> set[int]:
    """The distinct buckets of ``char_ngram_hashes(text, (2,), _BUCKETS)``, from the text's
    chunks between spaces, each kept (words recur): every bigram of " text " lies within
    " chunk " of one of them, and lower-casing stops at spaces (a final sigma is one before
    a space), so the chunks lower-cased on their own give the same bigrams."""
    return set().union(*map(_bigrams_of, text.split(" ")))


# Fills the rows given of the cosines and best matches of the tokens given (``_TokenMatches``).
Compute = Callable[[Keys, Matrix, Matrix], None]


class _TokenMatches:
    """What ``_soft`` needs of each rare token, kept per scorer: its row of clipped cosines to
    the protected sentences' rare tokens and its best one per protected sentence. Both depend
    on the token and the protected sentences alone, and a sentence's rare tokens mostly recur:
    one matrix product per new token, where there was one per sentence.

    Two generations of at most ``limit`` tokens, as the embedder keeps words: a sentence's
    tokens are gathered from the current one (those of the previous one copied in); when it
    is full it becomes the previous one. Out of the training sentences in random order 80% of
    the rare tokens are found with a limit of 256 tokens, 89% with 1,000."""

    def __init__(self, sentences: int, keys: int, limit: int) -> None:
        self._limit = max(limit, 64)
        self._rows: dict[int, int] = {}  # token -> its row of the current generation
        self._old_rows: dict[int, int] = {}
        self._tables = self._empty(sentences, keys)
        self._old_tables = self._empty(sentences, keys)
        self._lock = threading.Lock()

    @staticmethod
    def _empty(sentences: int, keys: int) -> tuple[Matrix, Matrix]:
        return (np.zeros((0, keys), dtype=np.float32),
                np.zeros((0, sentences), dtype=np.float32))

    def gather(self, items: Keys, compute: Compute) -> tuple[Matrix, Matrix]:
        """The cosines (m, keys) and best matches (m, sentences) of the distinct tokens, those
        not kept computed by ``compute`` (it fills the rows given for the tokens given) and
        kept."""
        keys = items.tolist()
        if len(keys) > self._limit:  # more than a generation holds: for this sentence alone
            cosines = np.empty((len(keys), self._tables[0].shape[1]), dtype=np.float32)
            best = np.empty((len(keys), self._tables[1].shape[1]), dtype=np.float32)
            compute(items, cosines, best)
            return cosines, best
        # Under the lock: the scorer is shared by the channels of a prompt, and a new
        # generation moves rows.
        with self._lock:
            found = [self._rows.get(k, -1) for k in keys]
            if -1 in found:
                self._add(keys, found, items, compute)
            at = np.array(found, dtype=np.intp)
            cosines, best = self._tables
            return cosines[at], best[at]

    def _add(self, keys: list[int], found: list[int], items: Keys, compute: Compute) -> None:
        """Puts the tokens not found (``found`` -1) into the current generation, computed
        or from the previous one, filling in their rows."""
        if len(self._rows) + found.count(-1) > self._limit:  # a new generation
            self._old_rows, self._rows = self._rows, {}
            self._old_tables, self._tables = self._tables, self._old_tables
            found[:] = [-1] * len(found)
        old_rows = self._old_rows
        new = [n for n, row in enumerate(found) if row < 0]
        computed = [n for n in new if keys[n] not in old_rows]
        kept = [n for n in new if keys[n] in old_rows]
        start = len(self._rows)
        self._reserve(start + len(new))
        # The computed ones first: their rows are one slice, which ``compute`` fills in place.
        for row, n in enumerate(computed + kept, start):
            self._rows[keys[n]] = found[n] = row
        end = start + len(computed)
        cosines, best = self._tables
        if computed:
            compute(items[computed], cosines[start:end], best[start:end])
        if kept:
            source = [old_rows[keys[n]] for n in kept]
            old_cosines, old_best = self._old_tables
            cosines[end:end + len(kept)] = old_cosines[source]
            best[end:end + len(kept)] = old_best[source]

    def _reserve(self, size: int) -> None:
        """Room for ``size`` rows in the current generation, grown by doubling (a scorer
        that scores little keeps little)."""
        if size <= len(self._tables[0]):
            return
        grown = min(self._limit, max(size, 2 * len(self._tables[0]), 64))
        resized = []
        for table in self._tables:
            bigger = np.zeros((grown, table.shape[1]), dtype=np.float32)
            bigger[:len(table)] = table
            resized.append(bigger)
        self._tables = resized[0], resized[1]


@dataclass(frozen=True, slots=True)
class _Bags:
    """Bags of items (rare tokens or bigram hashes) of the protected sentences: the sorted
    distinct items and each sentence's weight for each of them."""

    keys: Keys
    weights: Matrix  # (sentences, keys)
    totals: Matrix  # (sentences,)
    # Each key's column: a dict look-up per item of a sentence costs less than the numpy calls
    # of a sorted search (a sentence has a dozen items). And the keys as a set, for the
    # intersection with a sentence's set of items (iterates the smaller one).
    columns: dict[int, int]
    key_set: frozenset[int]
    # The totals with 1 for an empty bag (whose shared weight is 0): one division, no mask.
    divisors: Matrix

    @classmethod
    def of(cls, bags: Sequence[tuple[Keys, Matrix]]) -> _Bags:
        keys = np.unique(np.concatenate([k for k, _ in bags])) if bags else np.zeros(0, np.int64)
        weights = np.zeros((len(bags), len(keys)), dtype=np.float32)
        for n, (items, values) in enumerate(bags):
            weights[n, np.searchsorted(keys, items)] = values
        totals = weights.sum(axis=1)
        columns = {int(k): n for n, k in enumerate(keys.tolist())}
        return cls(keys.astype(np.int64), weights, totals, columns, frozenset(columns),
                   np.where(totals > 0, totals, np.float32(1.0)))

    def shares(self, items: Keys, values: Matrix) -> tuple[Matrix, Matrix, Matrix]:
        """The weight the bag (distinct ``items`` weighing ``values``) shares with each
        sentence: as a share of that sentence's weight, as a share of the bag's, absolute."""
        columns = self.columns
        at = np.array([columns[k] for k in items.tolist() if k in columns], dtype=np.intp)
        shared = self.weights.take(at, axis=1).sum(axis=1)
        own = float(values.sum())
        return shared / self.divisors, shared / own if own > 0 else shared, shared


class _Index:
    """One reading of the protected sentences (as written, or glossed): their vectors and
    their rare tokens (bags, unit vectors, each sentence's columns for the soft match, and
    the soft matches of recent tokens)."""

    def __init__(self, embedder: StaticEmbedder, rarity: Matrix, is_rare: bytes,
                 ids: Sequence[Sequence[int]], chars: int) -> None:
        self._embedder = embedder
        self._rarity = rarity
        self._is_rare = is_rare
        self.count = len(ids)
        self.vectors = np.zeros((self.count, embedder.dim), dtype=np.float32)
        for n, i in enumerate(ids):
            self.vectors[n] = embedder.embed_ids(i)
        self.words = _Bags.of([self.rare(i) for i in ids])
        self.word_vectors = self.unit_rows(self.words.keys)
        # Each protected sentence's rare-token columns, concatenated, and where each starts:
        # its best match per token is one ``maximum.reduceat`` over its own columns, not a
        # masked (sentences, keys, m) tensor.
        rows, columns = np.nonzero(self.words.weights > 0)
        self._word_columns = columns
        has_words = np.bincount(rows, minlength=self.count) > 0
        self._with_words = np.flatnonzero(has_words)
        self._word_starts_of = np.searchsorted(rows, np.arange(self.count))[has_words]
        # ``chars``: the protected sentences' length, which bounds the table of recent tokens.
        budget = min(TOKEN_MATCH_BYTES, TOKEN_MATCH_BYTES_PER_CHAR * chars)
        width = max(self.count + len(self.words.keys), 1)  # two tables of float32 rows
        self._matches = _TokenMatches(self.count, len(self.words.keys), budget // (8 * width))

    def rare(self, ids: Sequence[int]) -> tuple[Keys, Matrix]:
        """The distinct rare tokens (sorted) and their rarity."""
        is_rare = self._is_rare
        distinct = np.array(sorted({i for i in ids if is_rare[i]}), dtype=np.int64)
        return distinct, self._rarity[distinct]

    def unit_rows(self, ids: Keys) -> Matrix:
        rows = self._embedder.token_vectors(ids)
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        unit: Matrix = np.divide(rows, norms, out=np.zeros_like(rows), where=norms > 0)
        return unit

    def content(self, ids: Sequence[int], vector: Vector) -> Matrix:
        """(protected sentences, 6): the cosine, the rare shares (of the protected sentence,
        of the sentence, log of the absolute) and the soft rare shares."""
        items, values = self.rare(ids)
        w_p, w_s, w_abs = self.words.shares(items, values)
        soft_p, soft_s = self._soft(items, values)
        return np.stack([self.vectors @ vector, w_p, w_s, np.log1p(w_abs), soft_p, soft_s],
                        axis=1)

    def _soft(self, items: Keys, values: Matrix) -> tuple[Matrix, Matrix]:
        """Rare tokens matched by meaning: each protected sentence's rare tokens' best cosine
        to the sentence's (rarity-weighted share of the protected sentence), and the sentence's
        rare tokens' best cosine to each protected sentence's (share of the sentence)."""
        zeros = np.zeros(self.count, dtype=np.float32)
        if not len(items) or not len(self.words.keys):
            return zeros, zeros
        cosines, best = self._matches.gather(items, self._match)
        of_protected = (self.words.weights @ cosines.max(axis=0)) / self.words.divisors
        return of_protected, (values @ best) / float(values.sum())

    def _match(self, items: Keys, cosines: Matrix, best: Matrix) -> None:
        """For each token (a row of each): its cosines to the protected sentences' rare
        tokens (clipped at 0), and its best one in each protected sentence (0 in one without
        rare tokens; the cosines are clipped at 0, so the same)."""
        # One product per token, not one for all: a token's row is then the same whatever
        # other tokens are new with it (a matrix product's rounding depends on its shape), so
        # a score does not depend on the sentences scored before. A rare token's norm is
        # above the rarity floor: never 0.
        for row, vector in zip(cosines, self._embedder.token_vectors(items), strict=True):
            np.matmul(self.word_vectors, vector, out=row)
        cosines /= self._embedder.row_norms()[items, None]
        np.maximum(cosines, 0.0, out=cosines)
        # Each protected sentence's columns are contiguous in ``_word_columns``: its best match
        # is one ``maximum.reduceat``, not a masked (m, sentences, keys) tensor.
        found = np.maximum.reduceat(cosines[:, self._word_columns], self._word_starts_of,
                                    axis=1)
        if len(self._with_words) == self.count:
            best[:] = found
        else:
            best[:] = 0.0
            best[:, self._with_words] = found


class ParaphraseScorer:
    """Scores sentences against a fixed list of protected sentences (one request's)."""

    def __init__(
        self,
        embedder: StaticEmbedder,
        narration: NarrationLogit,
        protected_sentences: Sequence[str],
        calibration: ParaphraseCalibration | None = None,
    ) -> None:
        self._embedder = embedder
        self._narration = narration
        self._cal = calibration or packaged_calibration()
        if len(self._cal.weights) != len(FEATURES):
            raise ValueError(f"the calibration has {len(self._cal.weights)} weights for "
                             f"{len(FEATURES)} features")
        self._weights = np.asarray(self._cal.weights, dtype=np.float32)
        # The weights of the signals, and of each product of signal i and signal j (i <= j)
        # at [i, j]: the logits are (signals @ quadratic + linear) . signals, per pair.
        self._linear = self._weights[:len(SIGNALS)]
        self._quadratic = np.zeros((len(SIGNALS), len(SIGNALS)), dtype=np.float32)
        self._quadratic[_LEFT, _RIGHT] = self._weights[len(SIGNALS):]
        ranged = len(self._cal.low) == len(self._cal.high) == len(SIGNALS)
        self._low = np.asarray(self._cal.low, dtype=np.float32) if ranged else None
        self._high = np.asarray(self._cal.high, dtype=np.float32) if ranged else None
        rarity = np.maximum(embedder.row_norms() - self._cal.rarity_floor, 0.0)
        # One byte a token (a list would take eight): whether it is rare.
        is_rare = (rarity > 0).astype(np.uint8).tobytes()
        self._count = len(protected_sentences)
        chars = sum(map(len, protected_sentences))
        ids = [embedder.token_ids(s) for s in protected_sentences]
        self._index = _Index(embedder, rarity, is_rare, ids, chars)
        # Once per prompt: what each protected sentence reads like (an instruction, a fact).
        # Not through the shared cache of recent sentences: protected text stays out of it.
        self._framing = np.array([uncached(narration).logit(s, i, v) for s, i, v in
                                  zip(protected_sentences, ids, self._index.vectors,
                                      strict=True)], dtype=np.float32)
        grams = _Bags.of([self._bigrams(s) for s in protected_sentences])
        # Column-major: a sentence's shared bigrams are a gather of contiguous columns.
        self._grams = replace(grams, weights=np.asfortranarray(grams.weights))
        # With the gloss: the protected sentences glossed (English ones as written); the same
        # index when none needs a gloss.
        self._gloss = packaged_gloss() if self._cal.gloss else None
        self._glossed_index = self._index
        if self._gloss is not None:
            glossed = [self._gloss.gloss_once(s) for s in protected_sentences]
            if any(g is not None for g in glossed):
                self._glossed_index = _Index(embedder, rarity, is_rare, [
                    i if g is None else embedder.token_ids(g) for g, i in
                    zip(glossed, ids, strict=True)], chars)

    @staticmethod
    def _bigrams(text: str) -> tuple[Keys, Matrix]:
        """The distinct buckets of the text's character bigrams (sorted), each weighing 1."""
        distinct = np.array(sorted(_bigram_buckets(text)), dtype=np.int64)
        return distinct, np.ones(len(distinct), dtype=np.float32)

    def _gram_shares(self, text: str) -> tuple[Matrix, Matrix]:
        """The bigram buckets the text shares with each protected sentence, as a share of
        theirs and of the text's (``_Bags.shares`` of ``_bigrams``, from sets)."""
        buckets = _bigram_buckets(text)
        grams = self._grams
        # Counts of shared bigrams: exact in float32, whatever the order of the sum.
        at = np.array([grams.columns[b] for b in buckets & grams.key_set], dtype=np.intp)
        shared = grams.weights.T.take(at, axis=0).sum(axis=0)
        return shared / grams.divisors, shared / len(buckets)

    def signals(self, sentence: str, ids: Sequence[int] | None = None,
                vector: Vector | None = None) -> Matrix:
        """(protected sentences, len(SIGNALS)). ``ids`` and ``vector``: the sentence's token
        ids and embedding when the caller has them already (``StaticEmbedder.token_ids`` and
        ``embed_ids``), to spare the tokenizer."""
        if ids is None:
            ids = self._embedder.token_ids(sentence)
        if vector is None:
            vector = self._embedder.embed_ids(ids)
        if self._gloss is None:
            content = self._index.content(ids, vector)
        else:
            content = self._glossed(sentence, ids, vector)
        g_p, g_s = self._gram_shares(sentence)
        reading = self._narration.read(sentence, ids, vector)
        head = self._cal.retelling
        framing, retold = (np.full(self._count, z, dtype=np.float32) for z in (
            reading.logit, head.logit(reading) if head is not None else 0.0))
        return np.concatenate([content, np.stack([g_p, g_s, framing, self._framing, retold],
                                                 axis=1)], axis=1)

    def _glossed(self, sentence: str, ids: Sequence[int], vector: Vector) -> Matrix:
        """The content signals of a glossed sentence: its gloss against the protected sentences
        glossed (English ones as written; words the lexicon lacks, names and numbers, stay in
        the gloss, so it shares them as the sentence would). An English sentence against
        protected sentences some of which are glossed: the higher of it against each reading."""
        glossed = self._gloss.gloss(sentence) if self._gloss is not None else None
        if glossed is not None:
            ids = self._embedder.token_ids(glossed)
            return self._glossed_index.content(ids, self._embedder.embed_ids(ids))
        content = self._index.content(ids, vector)
        if self._glossed_index is self._index:
            return content
        return np.maximum(content, self._glossed_index.content(ids, vector))

    def _logits(self, signals: Matrix) -> Matrix:
        """``features(signals, low, high) @ weights`` as a quadratic form: the same sum, in
        five numpy calls where the features took eight."""
        if self._low is not None and self._high is not None:
            signals = np.minimum(np.maximum(signals, self._low), self._high)
        logits: Matrix = ((signals @ self._quadratic + self._linear) * signals).sum(axis=1)
        return logits

    def score(self, sentence: str, ids: Sequence[int] | None = None,
              vector: Vector | None = None) -> tuple[float, int]:
        """The best score (0..1) over the protected sentences and the index of that sentence;
        (0.0, -1) when there is none."""
        if not self._count:
            return 0.0, -1
        z = self._logits(self.signals(sentence, ids, vector))
        best = int(np.argmax(z))
        logit = float(z[best]) + self._cal.bias
        # Split by sign so that exp never overflows.
        if logit >= 0:
            return 1.0 / (1.0 + math.exp(-logit)), best
        return math.exp(logit) / (1.0 + math.exp(logit)), best
