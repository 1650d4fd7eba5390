"""Calibrate the paraphrase scorer (guardproxy/models/paraphrase) on the train split of
training/data/paraphrase.jsonl.

A prompt's protected sentences are the distinct ``protected`` values of its rows. Each row's
sentence is scored against all of them, as at run time (``ParaphraseScorer.signals``). A
logistic regression learns how to combine the three signals from pairs: a row that retells its
protected sentence is a positive pair with it; every other (row, protected sentence) pair is a
negative. The row's score is its best pair's. The rarity floor and the regularization are chosen
on out-of-fold row scores (folds of whole prompts); the threshold recommended is the lowest at
which those keep near-miss false positives <= 3% and other-prompt ones <= 3%, each kind on its
own, and the plain rate it gives is reported (with what the plain bound, <= 0.2%, would cost).
The held-out split is never read here.

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
from sklearn.linear_model import LogisticRegression

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.paraphrase_model import (
    PACKAGED,
    SIGNALS,
    ParaphraseCalibration,
    ParaphraseScorer,
)
from training.common import (
    DATA,
    MODELS,
    NEAR_MISS_FP,
    PLAIN_FP,
    family_folds,
    read_jsonl,
    threshold_for,
    versions,
    write_provenance,
)

RARITY_FLOORS = (2.5, 3.0, 3.5, 4.0)
CS = (0.3, 1.0, 3.0, 10.0)


def protected_by_prompt(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    found: dict[str, dict[str, None]] = defaultdict(dict)
    for r in rows:
        found[r["prompt_id"]][r["protected"]] = None
    return {p: list(s) for p, s in found.items()}


def pair_signals(
    rows: list[dict[str, Any]], floor: float
) -> list[tuple[np.ndarray, int]]:
    """Per row: the signals against each protected sentence of its prompt, and the index of the
    one it retells (-1 for a negative row)."""
    dummy = ParaphraseCalibration((0.0,) * len(SIGNALS), 0.0, floor, 0.5)
    prompts = protected_by_prompt(rows)
    scorers = {p: ParaphraseScorer(packaged_embedder(), s, dummy) for p, s in prompts.items()}
    out = []
    for r in rows:
        sentences = prompts[r["prompt_id"]]
        target = sentences.index(r["protected"]) if r["label"] == 1 else -1
        out.append((scorers[r["prompt_id"]].signals(r["text"]), target))
    return out


def fit(pairs: list[tuple[np.ndarray, int]], c: float) -> LogisticRegression:
    x = np.concatenate([s for s, _ in pairs])
    y = np.concatenate([np.arange(len(s)) == t for s, t in pairs]).astype(int)
    return LogisticRegression(C=c, class_weight="balanced", max_iter=1000).fit(x, y)


def row_scores(model: LogisticRegression, pairs: list[tuple[np.ndarray, int]]) -> np.ndarray:
    return np.array([model.predict_proba(s)[:, 1].max() for s, _ in pairs])


def threshold(scores: np.ndarray, kinds: np.ndarray, plain: bool = False) -> float:
    """The lowest threshold keeping near-miss false positives <= 3% and other-prompt ones
    <= 3%, each kind on its own (pooled, the many other-prompt sentences, which hardly ever
    score high, let the near-misses pass at 5%), and, with ``plain``, plain ones <= 0.2%."""
    bounds = [(scores[kinds == "near-miss"], NEAR_MISS_FP),
              (scores[kinds == "other-prompt"], NEAR_MISS_FP)]
    if plain:
        bounds.append((scores[kinds == "plain"], PLAIN_FP))
    return threshold_for(bounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "paraphrase.jsonl")
    parser.add_argument("--out", type=Path, default=MODELS / PACKAGED)
    args = parser.parse_args()

    rows = read_jsonl(args.data, "train")
    y = np.array([r["label"] for r in rows])
    kinds = np.array([r["kind"] for r in rows])
    prompts = [r["prompt_id"] for r in rows]
    print(f"train split: {len(rows)} sentences, {int(y.sum())} paraphrases, "
          f"{len(set(prompts))} prompts")
    best: tuple[float, float, float, float, float] | None = None  # recall, floor, C, t, plain
    for floor in RARITY_FLOORS:
        pairs = pair_signals(rows, floor)
        for c in CS:
            oof = np.zeros(len(rows))
            for val in family_folds(prompts):
                model = fit([p for p, v in zip(pairs, val, strict=True) if not v], c)
                oof[val] = row_scores(model, [p for p, v in zip(pairs, val, strict=True) if v])
            t = threshold(oof, kinds)
            recall = float((oof[y == 1] >= t).mean())
            plain = float((oof[kinds == "plain"] >= t).mean())
            strict = float((oof[y == 1] >= threshold(oof, kinds, plain=True)).mean())
            print(f"  rarity floor {floor} C={c}: out-of-fold recall {recall:.3f} at {t:.4f} "
                  f"(plain {plain:.3f}; {strict:.3f} with plain <= {PLAIN_FP:.1%})")
            if best is None or recall > best[0]:
                best = (recall, floor, c, t, plain)
    assert best is not None
    recall, floor, c, t, plain = best
    model = fit(pair_signals(rows, floor), c)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    config = {"weights": [round(float(w), 6) for w in model.coef_[0]],
              "bias": round(float(model.intercept_[0]), 6), "rarity_floor": floor,
              "threshold": round(t, 4), "embedder": "minilm-static"}
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    write_provenance(out, "paraphrase: the calibration of the paraphrase scorer", f"""
- Logistic regression (scikit-learn, class_weight=balanced, C={c}) over the signals of each
  (sentence, protected sentence) pair ({", ".join(SIGNALS)}; rarity: token row norms less
  {floor}; ``ParaphraseScorer.signals``).
- Data: the train split of training/data/paraphrase.jsonl ({len(rows)} sentences,
  {len(set(prompts))} prompts).
- Recommended threshold {t:.4f} (config.json `threshold`): the lowest at which out-of-fold
  row scores (5 folds of whole prompts) keep near-miss false positives <= {NEAR_MISS_FP:.0%}
  and other-prompt ones <= {NEAR_MISS_FP:.0%}, each kind on its own; out-of-fold recall there
  {recall:.3f}, plain sentences flagged {plain:.3f}. Rarity floor and C chosen on the same
  out-of-fold recall.
- Command: `python -m training.train_paraphrase`. {versions("scikit-learn", "numpy")}.
- Licence: Apache-2.0 (the repo's; the data is the repo's own).
""")
    print(f"chose rarity floor {floor} C={c}: weights {config['weights']} bias {config['bias']}, "
          f"threshold {t:.4f}, out-of-fold recall {recall:.3f}; wrote {out}")


if __name__ == "__main__":
    main()
