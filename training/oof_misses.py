"""List the narration head's out-of-fold misses and false positives on the train split: what a
data author reads to choose what to write next (training/data/README.md, the twelfth author on).

The narration file's train rows are scored as ``train_narration`` scores a setting (its
features, family-grouped folds with the idf per fold, the draws of ``DRAWS`` pooled; the
paraphrase file's rows, which it does not fit, are left out of the folds too), at one setting,
and the joint thresholds are set on the pooled scores. Written: the label-1 rows below their
threshold, the near-misses at or above it, and the highest-scoring plain rows, each with its
mean score over the draws, language, kind and family. The held-out split and the probe
sets are never read.

    pip install -e '.[train]'
    python -m training.oof_misses OUT [--c 30] [--plain-weight 100]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from guardproxy.detectors.narration_model import CJK_SCRIPT_SHARE, NarrationFeatures, cjk_share
from training.common import DATA, DRAWS
from training.train_narration import (
    BUCKETS,
    CJK,
    GLOSS,
    GLOSS_NGRAMS,
    ORDERS,
    counts,
    drawn_out_of_fold,
    judge_pooled,
    sample_weights,
    training_rows,
)

# The highest-scoring plain rows listed: the plain bound is set by the first few.
PLAIN_SHOWN = 40


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--c", type=float, default=30.0, help="regularization (the shipped C)")
    parser.add_argument("--plain-weight", type=float, default=100.0)
    args = parser.parse_args()

    rows = training_rows(DATA / "narration.jsonl", None)
    y = np.array([r["label"] for r in rows])
    kinds = np.array([r["kind"] for r in rows])
    langs = np.array([r["lang"] for r in rows])
    cjk = np.array([cjk_share(r["text"]) >= CJK_SCRIPT_SHARE for r in rows])
    families = [r["family"] for r in rows]
    tf = counts(rows, NarrationFeatures(ORDERS, BUCKETS, CJK, GLOSS, GLOSS_NGRAMS))
    w = sample_weights(rows, y, args.plain_weight, 0.0)
    no_embedding = np.zeros((len(rows), 1))
    scores = drawn_out_of_fold(tf, no_embedding, y, w, families, args.c, 0.0)
    found = judge_pooled(scores, y, kinds, cjk, langs)
    print(found)
    score = scores.mean(axis=0)
    threshold = np.where(cjk, found["cjk_threshold"], found["threshold"])
    # (title, rows, how many of the highest-scoring are listed: None for all)
    groups = (("label 1 missed", (y == 1) & (score < threshold), None),
              ("near-miss false positives", (kinds == "near-miss") & (score >= threshold), None),
              (f"plain, the {PLAIN_SHOWN} highest scores", kinds == "plain", PLAIN_SHOWN))
    with args.out.open("w", encoding="utf-8") as out:
        out.write(f"# out of fold, train split, {len(DRAWS)} fold draws pooled: thresholds "
                  f"{found['threshold']:.4f} / CJK {found['cjk_threshold']:.4f}, recall "
                  f"{found['recall']:.3f}; each row's mean score over the draws\n")
        for title, chosen, shown in groups:
            index = np.flatnonzero(chosen)
            index = index[np.argsort(-score[index])][:shown]
            out.write(f"\n## {title}: {len(index)}\n")
            for i in index:
                r = rows[i]
                out.write(f"{score[i]:.3f}\t{r['lang']}\t{r['kind']}\t{r['family']}\t"
                          f"{r['text']}\n")


if __name__ == "__main__":
    main()
