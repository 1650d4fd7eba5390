"""Calibrate the paraphrase scorer (guardproxy/models/paraphrase) on the train split of
training/data/paraphrase.jsonl.

A prompt's protected sentences are those of its file in corpus/system-prompts, cut as the rule cuts
them (``protected_sentences``), with any ``protected`` value of its rows the cuts do not give. Each
row's sentence is scored against all of them, as at run time (``ParaphraseScorer.signals``, with
the packaged narration model's log-odds as the framing signal, and the log-odds of a retelling head
over its bag, fitted here first: ``head_logits``). A logistic regression learns how to
combine the signals (each clipped to its training range) and their pairwise products (``features``)
from pairs: a row that retells its protected sentence is a positive pair with it; every other (row,
protected sentence) pair is a negative. The row's score is its best pair's. The rarity floor and
the regularization are chosen on out-of-fold row scores (folds of whole prompts, the scores of
``DRAWS`` draws of the folds pooled); the threshold recommended is the lowest at which those keep
near-miss false positives <= 3% and other-prompt ones <= 3%, each kind on its own. The plain rate
there is reported, and what bounding plain sentences to <= 0.2% as well would leave of the recall:
with a few hundred plain sentences that bound allows none, so the single highest plain score sets
it (out of fold it left 0.3-2% recall on the data of 2026-12-04). The held-out split is never read
here.

The calibration depends on the narration model (its log-odds are signals): rerun this after
retraining it (``python -m training.train_narration``). config.json records the narration
artifact's checksums, and a test fails while they differ from the shipped ones.

    pip install -e '.[train]'
    python -m training.train_paraphrase [--data training/data/paraphrase.jsonl]
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.narration_model import PACKAGED as NARRATION
from guardproxy.detectors.narration_model import packaged_narration_model
from guardproxy.detectors.paraphrase_model import (
    FEATURES,
    PACKAGED,
    RETELLING,
    SIGNALS,
    ParaphraseCalibration,
    ParaphraseScorer,
    features,
)
from guardproxy.detectors.prompt_paraphrase import protected_sentences
from training.common import (
    DATA,
    DRAWS,
    LANGS,
    MODELS,
    NEAR_MISS_FP,
    PLAIN_FP,
    REPO,
    SEED,
    family_folds,
    read_jsonl,
    sha256,
    threshold_for,
    versions,
    write_provenance,
)

# Pooled over three fold draws (data of 2026-12-04), floor 2.5 lost 1-3 points against 1.0 and
# 3.0 and up 10-20; C=3 never won, and the lowest C in the grid did.
RARITY_FLOORS = (1.0, 1.5, 2.0)
CS = (0.03, 0.1, 0.3, 1.0)
# A glossed sentence's content signals on its cross-lingual gloss (guardproxy/models/gloss)
# against the protected sentences glossed: out of fold (training/gloss_experiment.py) recall
# 0.508 -> 0.579, non-English 0.345 -> 0.494 (the higher of the gloss's and the sentence's
# signals gave 0.575 and 0.497, at twice the cost for a glossed sentence).
GLOSS = True
# The retelling head's regularization (a logistic regression over the narration bag of the
# file's retellings against its near-misses; ``head_logits``).
HEAD_C = 10.0
# The head's table: the narration bag's buckets folded into 2^18 (``BagHead``), 512 kB of
# float16 where the bag's 2^20 would take 2 MB.
HEAD_BUCKETS = 1 << 18
# The prompts the rows retell, one file each (``<prompt_id>.txt``), as the benchmark sends them.
CORPUS = REPO / "corpus" / "system-prompts"
Pairs = list[tuple[np.ndarray, int]]  # per row: its signals against each sentence, the one retold
# The percentile at each end of a signal's training range, outside which it is clipped.
CLIP = 0.5


class Model:
    """A logistic regression on standardized signals; ``weights`` and ``bias`` fold the
    standardization back in, for the raw signals the scorer computes."""

    def __init__(self, pairs: Pairs, c: float) -> None:
        signals = np.concatenate([s for s, _ in pairs])
        self.low = np.percentile(signals, CLIP, axis=0).astype(np.float32)
        self.high = np.percentile(signals, 100 - CLIP, axis=0).astype(np.float32)
        x = self.features(signals)
        y = np.concatenate([np.arange(len(s)) == t for s, t in pairs]).astype(int)
        # Standardized, one C regularizes every signal alike (the products and the log-odds
        # range far wider than the shares).
        self.scaler = StandardScaler().fit(x)
        self.lr = LogisticRegression(C=c, class_weight="balanced", max_iter=2000).fit(
            self.scaler.transform(x), y)
        scale = self.scaler.scale_
        self.weights = self.lr.coef_[0] / scale
        self.bias = float(self.lr.intercept_[0] - self.weights @ self.scaler.mean_)

    def features(self, signals: np.ndarray) -> np.ndarray:
        return features(signals, self.low, self.high)

    def row_scores(self, pairs: Pairs) -> np.ndarray:
        """Each row's best pair's log-odds (a monotone stand-in for its score)."""
        return np.array([float((self.features(s) @ self.weights).max()) + self.bias
                         for s, _ in pairs])


def protected_by_prompt(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for r in rows:
        found[r["prompt_id"]][r["protected"]] = None
    return {p: list(s) for p, s in found.items()}


def _retold(sentences: list[str], protected: str) -> int:
    """Where the row's protected sentence is among its prompt's: the same sentence, or the one
    containing it or contained in it (the data's cuts and the rule's differ at times); -1."""
    if protected in sentences:
        return sentences.index(protected)
    return next((n for n, s in enumerate(sentences) if protected in s or s in protected), -1)


def prompt_sentences(rows: list[dict[str, Any]], corpus: Path) -> dict[str, list[str]]:
    """Each prompt's sentences as the rule compares them (``protected_sentences`` of its
    prompt file, as at run time: every sentence of the prompt is a candidate, not only those
    the data retells), and any retold sentence the cuts do not give."""
    out = {}
    for prompt, retold in protected_by_prompt(rows).items():
        path = corpus / f"{prompt}.txt"
        sentences = (protected_sentences([path.read_text(encoding="utf-8")])
                     if path.exists() else [])
        out[prompt] = sentences + [s for s in retold if _retold(sentences, s) < 0]
    return out


def pair_signals(rows: list[dict[str, Any]], floor: float,
                 corpus: Path = CORPUS, gloss: bool = False) -> Pairs:
    """Per row: the features against each sentence of its prompt, and the index of the one it
    retells (-1 for a negative row); ``gloss``: the content signals also on the gloss."""
    dummy = ParaphraseCalibration((0.0,) * len(FEATURES), 0.0, floor, 0.5, gloss=gloss)
    prompts = prompt_sentences(rows, corpus)
    embedder, narration = packaged_embedder(), packaged_narration_model()
    scorers = {p: ParaphraseScorer(embedder, narration, s, dummy) for p, s in prompts.items()}
    out = []
    for r in rows:
        sentences = prompts[r["prompt_id"]]
        target = _retold(sentences, r["protected"]) if r["label"] == 1 else -1
        out.append((scorers[r["prompt_id"]].signals(r["text"]), target))
    return out


def threshold(scores: np.ndarray, kinds: np.ndarray, plain: bool = False) -> float:
    """The lowest threshold keeping near-miss false positives <= 3% and other-prompt ones
    <= 3%, each kind on its own (pooled, the many other-prompt sentences, which hardly ever
    score high, let the near-misses pass at 5%), and, with ``plain``, plain ones <= 0.2%."""
    bounds = [(scores[kinds == "near-miss"], NEAR_MISS_FP),
              (scores[kinds == "other-prompt"], NEAR_MISS_FP)]
    if plain:
        bounds.append((scores[kinds == "plain"], PLAIN_FP))
    return threshold_for(bounds)


def out_of_fold(pairs: Pairs, prompts: list[str], c: float, seed: int = SEED) -> np.ndarray:
    """Each row's score from a model fitted without its prompt's fold (``seed``: the draw)."""
    scores = np.zeros(len(pairs))
    for val in family_folds(prompts, seed=seed):
        model = Model([p for p, v in zip(pairs, val, strict=True) if not v], c)
        scores[val] = model.row_scores([p for p, v in zip(pairs, val, strict=True) if v])
    return scores


def pooled_out_of_fold(pairs: Pairs, prompts: list[str], c: float,
                       retold: dict[int, np.ndarray]) -> np.ndarray:
    """The out-of-fold scores of the draws of ``DRAWS`` one after another, each with the
    retelling log-odds of its own folds (``retold``, by seed): each row once a draw
    (``np.tile`` its labels and kinds to match)."""
    return np.concatenate([out_of_fold(with_retelling(pairs, retold[seed]), prompts, c, seed)
                           for seed in DRAWS])


def retelling_sentences(rows: list[dict[str, Any]]) -> tuple[list[str], np.ndarray, list[str]]:
    """The retelling head's training sentences: each retelling and near-miss once, its label
    and the prompt it was written for (plain and other-prompt rows reuse sentences written for
    no prompt or for another one, so they are left out: no fold could hold them out)."""
    written: dict[str, tuple[int, str]] = {}
    for kind, label in (("paraphrase", 1), ("near-miss", 0)):
        for r in rows:
            if r["kind"] == kind:
                written.setdefault(r["text"], (label, r["prompt_id"]))
    texts = list(written)
    return texts, np.array([written[t][0] for t in texts]), [written[t][1] for t in texts]


def bags(texts: list[str]) -> sparse.csr_matrix:
    """(texts, HEAD_BUCKETS): each text's bag as the packaged narration model reads it (its
    features, its idf, L2-normalized), folded as a ``BagHead`` folds it (buckets that meet in
    one column add up)."""
    model = packaged_narration_model()
    indptr, indices, values = [0], [], []
    for text in texts:
        reading = model.read(text)
        indices.append(reading.buckets & (HEAD_BUCKETS - 1))
        values.append(reading.weights)
        indptr.append(indptr[-1] + len(reading.buckets))
    x = sparse.csr_matrix((np.concatenate(values), np.concatenate(indices), indptr),
                          shape=(len(texts), HEAD_BUCKETS))
    x.sum_duplicates()
    return x


def fit_head(x: sparse.csr_matrix, y: np.ndarray) -> tuple[np.ndarray, float]:
    """The head's table (float16, as shipped) and its bias."""
    lr = LogisticRegression(C=HEAD_C, solver="liblinear", max_iter=3000).fit(x, y)
    return lr.coef_[0].astype(np.float16), float(lr.intercept_[0])


def head_scores(head: tuple[np.ndarray, float], x: sparse.csr_matrix) -> np.ndarray:
    """What ``BagHead.logit`` gives each row of ``x``."""
    weights, bias = head
    scores: np.ndarray = x @ weights.astype(np.float32) + bias
    return scores


def head_logits(rows: list[dict[str, Any]], x: sparse.csr_matrix, labels: np.ndarray,
                written_for: list[str]) -> dict[int, np.ndarray]:
    """For each draw of ``DRAWS`` (by seed): each row's retelling log-odds from a head fitted
    on the sentences of ``retelling_sentences`` (their ``bags``: ``x``) without the row's
    prompt's fold (the folds of ``out_of_fold`` with the same seed), so the calibration learns
    from scores the head gives sentences it has not seen, as it will at run time."""
    prompts = [r["prompt_id"] for r in rows]
    row_bags = bags([r["text"] for r in rows])
    retold = {}
    for seed in DRAWS:
        logits = np.zeros(len(rows))
        for val in family_folds(prompts, seed=seed):
            held = {p for p, v in zip(prompts, val, strict=True) if v}
            fitting = np.array([p not in held for p in written_for])
            logits[val] = head_scores(fit_head(x[fitting], labels[fitting]), row_bags[val])
        retold[seed] = logits
    return retold


def with_retelling(pairs: Pairs, logits: np.ndarray) -> Pairs:
    """The pairs with each row's retelling log-odds as its last signal."""
    out = []
    for (signals, target), z in zip(pairs, logits, strict=True):
        signals = signals.copy()
        signals[:, SIGNALS.index("retelling logit")] = z
        out.append((signals, target))
    return out


def narration_sums() -> dict[str, str]:
    """The narration artifact's checksums: the calibration holds for that model only."""
    folder = MODELS / NARRATION
    return {p.name: sha256(p) for p in sorted(folder.iterdir()) if p.name != "PROVENANCE.md"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "paraphrase.jsonl")
    parser.add_argument("--out", type=Path, default=MODELS / PACKAGED)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()

    rows = read_jsonl(args.data, "train")
    prompts = [r["prompt_id"] for r in rows]
    # Labels, kinds and languages once per draw, as ``pooled_out_of_fold`` scores the rows.
    y, kinds, langs = (np.tile([r[key] for r in rows], len(DRAWS))
                       for key in ("label", "kind", "lang"))
    print(f"train split: {len(rows)} sentences, {sum(r['label'] for r in rows)} paraphrases, "
          f"{len(set(prompts))} prompts; out of fold: {len(DRAWS)} fold draws pooled")
    texts, labels, written_for = retelling_sentences(rows)
    x = bags(texts)
    retold = head_logits(rows, x, labels, written_for)
    # recall, floor, C, threshold, out-of-fold scores, the floor's pairs
    best: tuple[float, float, float, float, np.ndarray, Pairs] | None = None
    for floor in RARITY_FLOORS:
        pairs = pair_signals(rows, floor, args.corpus, GLOSS)
        for c in CS:
            oof = pooled_out_of_fold(pairs, prompts, c, retold)
            t = threshold(oof, kinds)
            recall = float((oof[y == 1] >= t).mean())
            plain = float((oof[kinds == "plain"] >= t).mean())
            bound = float((oof[y == 1] >= threshold(oof, kinds, plain=True)).mean())
            print(f"  rarity floor {floor} C={c}: out-of-fold recall {recall:.3f}, plain "
                  f"{plain:.4f} ({bound:.3f} with plain <= {PLAIN_FP:.1%})")
            if best is None or recall > best[0]:
                best = (recall, floor, c, t, oof, pairs)
    assert best is not None
    recall, floor, c, t, oof, pairs = best
    flagged = oof >= t
    rates = {k: float(flagged[kinds == k].mean()) for k in ("near-miss", "other-prompt", "plain")}
    by_lang = ", ".join(f"{lang} {flagged[(y == 1) & (langs == lang)].mean():.3f}"
                        for lang in LANGS if ((y == 1) & (langs == lang)).any())
    # Fitted on the first draw's out-of-fold retelling log-odds (what the head gives unseen
    # sentences); the head shipped is fitted on every sentence.
    model = Model(with_retelling(pairs, retold[SEED]), c)
    table, head_bias = fit_head(x, labels)
    # The threshold is on the out-of-fold log-odds; the scorer compares probabilities.
    threshold_p = 1.0 / (1.0 + np.exp(-t))
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    narration = narration_sums()
    config = {"weights": [round(float(w), 6) for w in model.weights],
              "bias": round(model.bias, 6), "rarity_floor": floor,
              "threshold": round(float(threshold_p), 4), "embedder": "minilm-static",
              "gloss": GLOSS, "retelling_bias": round(head_bias, 6),
              "signal_range": {"low": [round(float(v), 6) for v in model.low],
                               "high": [round(float(v), 6) for v in model.high]},
              "narration": narration}
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    np.save(out / RETELLING, table)
    # Not in the "digest  name" form of the artifact's own sums, which tests parse.
    sums = "\n".join(f"  - {NARRATION}/{f}: sha256 {d}" for f, d in narration.items())
    write_provenance(out, "paraphrase: the calibration of the paraphrase scorer", f"""
- Logistic regression (scikit-learn, standardized signals folded back into the weights,
  class_weight=balanced, C={c}) over the signals of each (sentence, protected sentence) pair
  ({", ".join(SIGNALS)}; rarity: token row norms less {floor}; ``ParaphraseScorer.signals``;
  gloss {GLOSS}: the first six, for a French, Spanish, German or Chinese sentence, on its
  English gloss against the protected sentences glossed, guardproxy/models/gloss)
  and their pairwise products (``features``: {len(FEATURES)} weights), each signal clipped to
  its {CLIP}th-{100 - CLIP}th percentile over the training pairs (config.json `signal_range`).
- The retelling log-odds: a second logistic regression (liblinear, C={HEAD_C}) over the
  packaged narration model's bag (its features and idf: ``BagHead``), fitted on the
  {len(texts)} distinct retellings (1) and near-misses (0) of the train split, the bag's
  buckets folded into {HEAD_BUCKETS} ({RETELLING}: float16; config.json its bias). The
  calibration above was fitted on each row's retelling log-odds from a head fitted without
  the row's fold.
- The narration log-odds and bag are the packaged narration model's
  (guardproxy/models/{NARRATION}); the calibration and the retelling head hold for that model
  only (config.json `narration`; a test compares):
{sums}
- Data: the train split of training/data/paraphrase.jsonl ({len(rows)} sentences,
  {len(set(prompts))} prompts), each against every sentence of its prompt file
  (corpus/system-prompts, cut as the rule cuts them).
- Recommended threshold {threshold_p:.4f} (config.json `threshold`): the lowest at which
  out-of-fold row scores (5 folds of whole prompts, {len(DRAWS)} draws of the folds pooled)
  keep near-miss false positives <= {NEAR_MISS_FP:.0%} and other-prompt ones
  <= {NEAR_MISS_FP:.0%}, each kind on its own (plain sentences reported, not bounded; each
  draw with the retelling log-odds of heads fitted without the fold). Out-of-fold there:
  recall {recall:.3f} ({by_lang}), near-miss {rates["near-miss"]:.3f}, other-prompt
  {rates["other-prompt"]:.3f}, plain {rates["plain"]:.3f}. Rarity floor and C chosen on the
  same out-of-fold recall.
- Command: `python -m training.train_paraphrase`. {versions("scikit-learn", "numpy")}.
- Licence: Apache-2.0 (the repo's; the data is the repo's own).
""")
    print(f"chose rarity floor {floor} C={c}: threshold {threshold_p:.4f}, out-of-fold recall "
          f"{recall:.3f} ({by_lang}); near-miss {rates['near-miss']:.3f}, other-prompt "
          f"{rates['other-prompt']:.3f}, plain {rates['plain']:.3f}; wrote {out}")


if __name__ == "__main__":
    main()
