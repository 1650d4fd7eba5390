"""EXPERIMENT (not shipped): a small nonlinear narration head against the shipped logistic
regression, on the same family-grouped out-of-fold scores of the train split.

The question: can a head that learns conjunctions ("first-person restraint" AND "an outside
source") rank self-reflective plain sentences ("I notice I'm being overly cautious") below real
narration, which the additive bag of n-grams cannot, and so raise recall under the joint
bounds (``train_narration.joint_thresholds``: near-misses <= 3% per script, plain <= 0.2%)?

The head (fastText-style, torch on CPU, a [train] extra): the same items as ``NarrationFeatures``
hashed into ``--buckets`` buckets, each with a learned vector of ``--dim`` numbers; the
sentence's vector is the sum of its items' vectors weighted as ``NarrationFeatures.bag`` weighs
them ((1 + log count) x idf, L2-normalized; idf per fold); then one ReLU hidden layer and a
logistic output. With ``--wide`` a linear term over the same bag (the LR's form) is learned
jointly and added to the output, so the hidden layer only has to add the conjunctions. Sample
weights as ``train_narration.sample_weights`` (classes balanced, plain sentences x
``--plain-weight``). Epochs are judged at several checkpoints of the same run (chosen on the
out-of-fold figures, never on held-out or probe rows, which this script does not read).

    pip install -e '.[train]'   # torch is in the train extra
    python -m training.narration_mlp_experiment [--stack] [--hidden 128] [--dropout 0.3]
        [--epochs 4] [--folds shipped|narration] [--seed N] [--baseline] [--wide] ...

``--stack`` feeds the LR's log-odds (the shipped form: C=100, 2^20 buckets) to the hidden layer
and adds them to the output (whose weights start at zero, so the head starts as the LR): the
fitted rows' log-odds come from inner family folds of the fitting part (in-sample ones are
near-certain and would teach the head to trust them), the validated rows' from the LR fitted on
the whole part.

Figures, 4 December 2026 (7277 train sentences of narration.jsonl; out-of-fold recall at the
joint thresholds, near-miss/plain false positives within the bounds in every line). The fold
draw alone moves the LR by 8 points: ``--folds shipped`` draws folds as train_narration does
(the paraphrase file's families take part in the draw; LR 0.664, its PROVENANCE says 0.668),
``--folds narration`` over the narration rows' own families (LR 0.742). Commands are
``python -m training.narration_mlp_experiment`` plus the flags shown (defaults: 2^18 buckets,
dim 32, hidden 64, lr 0.01, batch 64, plain weight 100, no dropout).

- LR (``--baseline``): shipped folds 0.664 (near-miss bound only 0.757); narration folds 0.742
  (0.796).
- Plain MLP (no LR inside), narration folds: lr 0.01 epochs 5/10/20/30: 0.656/0.656/0.621/
  0.586 (overfits: train scores saturate; this run ranked float32 probabilities, whose
  ties at 1.0 may have cost it a little); ``--dim 16 --lr 0.003 --dropout 0.3`` epochs
  2/4/7/12: 0.594/0.683/0.681/0.681. Below the LR.
- Wide and deep (``--wide --lr 0.003``, a linear term over the bag learned jointly):
  narration folds epochs 2/4/7/12: 0.670/0.687/0.689/0.648; shipped folds epochs 4/7:
  0.645/0.648. Below the LR.
- Stacked (``--stack --lr 0.003``, hidden 64, no dropout): narration folds epochs 1/2/4/7:
  0.733/0.744/0.742/0.721 (= LR); shipped folds epochs 1/2/4: 0.673/0.632/0.733 (jumpy).
- Stacked, ``--hidden 128 --dropout 0.3`` (the setting fixed from here on; epoch 4 fixed
  before the repeats): narration folds seed 15 epochs 1/2/4: 0.742/0.774/0.790 (+4.8 at 4);
  shipped folds seed 15 epochs 3/4/5/6: 0.760/0.751/0.730/0.729 (+8.7 at 4); narration folds
  seed 16 epochs 3/4/5/6: 0.796/0.799/0.808/0.813 (+5.7 at 4); shipped folds seed 16 epochs
  4/5: 0.743/0.739 (+7.9 at 4); narration folds seed 17 epochs 4/5: 0.770/0.756 (+2.8 at
  4). At epoch 4 it beats the LR in all five runs:
  +8.3 on average over the shipped folds, +4.4 over the narration ones, +6.0 over all five
  (near-miss 0.013-0.028 and plain 0.0019 in each).
  Where it gains, the joint recall nears the near-miss-only one: the plain bound (3 of 1587
  plain sentences may pass) stops binding, which is the conjunction the LR cannot learn.
  The numbers hang on the 4th-highest plain score, so they jump between epochs and seeds,
  and the setting was picked on the same folds the first two figures come from.

Runtime cost, measured apart with timeit (numpy, random 2^18 x 32 int8 table with one scale, a
gather of 300 rows, a weighted sum, the LR log-odds appended, a 33x128 matmul, ReLU, a dot):
9.1 us a sentence on this shared 2-CPU machine (12.6 us with hidden 64 under heavier load), on
top of the LR's features (the 2^18 buckets are the 2^20 ones masked, no second hashing; the
table's own idf and distinct-bucket sort would add a few us). The artifact would add 8 MiB
(int8 table) + 0.5 MiB (float16 idf). Not measured: what int8 rounding does to the scores.

Not shipped then: the gain was at the issue's 5-point bar on average but below it in two of
five runs.

Confirmation on fresh draws, 4 December 2026 (7957 train sentences: the fifth author's rows
added since; ``--stack --hidden 128 --dropout 0.3 --lr 0.003 --epochs 4 --seed N --fold-seed N
--baseline``, shipped folds; N=18..21 never used before, all four launched before their
figures were read). ``--lr 0.003`` is the setting above: it reproduces the first figure (seed
15, narration folds, on the 7277 rows of commit 4dc6d71: 0.742/0.774/0.790 at epochs 1/2/4)
exactly, the default 0.01 does not (0.692/0.781/0.755). Recall at the joint bounds, MLP
against the LR at C=100 (the stacked one's) and at C=30 (the shipped one's):

    draw  MLP    LR C=100      LR C=30
    18    0.667  0.638 (+2.9)  0.629 (+3.8)
    19    0.717  0.682 (+3.5)  0.677 (+4.0)
    20    0.635  0.630 (+0.5)  0.630 (+0.5)
    21    0.644  0.596 (+4.8)  0.604 (+4.0)
    mean         +2.9          +3.1

No draw loses; the gain is about half the first figures', and one draw in four gains almost
nothing. Near-miss 0.011-0.021, plain 0.0020 in each. Stacking on the C=30 LR instead
(``--stack-c 30``) was worse on the two draws run: 0.637 (+0.8 over C=30) and 0.715 (+3.8).

Then the ship was built (branch h15-mlp-ship-code: ``training/narration_head.py``, a numpy
``StackedHead`` in ``NarrationModel``, tests), with ``train_narration`` keeping the head only
when it beats the LR out of fold on its own draw (seed 15, the shipped folds over all 9479
rows; the paraphrase rows weigh 0). There the head, stacked on the LR at C=100, reached 0.663
at the joint bounds (near-miss 0.010, plain 0.0020) against the shipped LR's 0.679 (C=30,
best of the grid's 12 settings) and 0.674 (C=100, plain weight 100): -1.6 and -1.1 points, so
it was not kept. Over the five draws on these data: +2.1 on average over either LR (-1.6 to
+4.0 over C=30, -1.1 to +4.8 over C=100). Not shipped: the gain is within the fold draw's
noise (the LR alone moves from 0.596 to 0.682 between draws) and one draw loses more than a
point.

Noticed: bounding near-misses only (strict's setting), the head gains on every draw: 0.750/
0.762/0.736/0.754/0.778 against the C=30 LR's 0.728/0.692/0.703/0.700/0.727 (draws 18-21, 15):
the joint figure hangs on the 4th-highest of 2018 plain scores. Runtime, measured on the built
head (numpy, int8 2^18 x 32 table, one sentence, shared 2-CPU machine under load 5): 79 us a
sentence against the LR's 40 us (the docstring's 9 us estimate left out the second bag's sort
and the int8 rows' conversion); the artifacts would add 9.5 MB (8 MiB table).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

import numpy as np
from scipy import sparse

from guardproxy.detectors.narration_model import CJK_SCRIPT_SHARE, NarrationFeatures, cjk_share
from training.common import DATA, SEED, family_folds
from training.train_narration import (
    CJK,
    ORDERS,
    counts,
    design,
    fit,
    idf_of,
    judge,
    sample_weights,
    training_rows,
)

SQUEEZE = 8.0


def bag_rows(tf: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    """Each row's ``NarrationFeatures.bag`` (what the runtime computes) as a CSR row."""
    return design(tf, idf, np.zeros((tf.shape[0], 0), dtype=np.float32), 0.0)


def as_torch(bags: sparse.csr_matrix, rows: np.ndarray) -> tuple[Any, Any, Any]:
    """EmbeddingBag inputs (indices, offsets, per-sample weights) of ``rows``."""
    import torch

    part = bags[rows]
    return (torch.from_numpy(part.indices.astype(np.int64)),
            torch.from_numpy(part.indptr[:-1].astype(np.int64)),
            torch.from_numpy(part.data.astype(np.float32)))


def make_head(buckets: int, dim: int, hidden: int, wide: bool, dropout: float,
              stack: bool) -> Any:
    import torch
    from torch import nn

    class Head(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.table = nn.EmbeddingBag(buckets, dim, mode="sum", sparse=True)
            nn.init.normal_(self.table.weight, std=0.1)
            self.hidden = nn.Linear(dim + int(stack), hidden)
            self.drop = nn.Dropout(dropout)
            self.out = nn.Linear(hidden, 1)
            if stack:  # starts as the LR: the hidden layer has to earn what it adds
                nn.init.zeros_(self.out.weight)
                nn.init.zeros_(self.out.bias)
            self.wide = nn.EmbeddingBag(buckets, 1, mode="sum", sparse=True) if wide else None
            if self.wide is not None:
                nn.init.zeros_(self.wide.weight)

        def forward(self, idx: Any, off: Any, w: Any, lr: Any) -> Any:
            h = self.table(idx, off, per_sample_weights=w)
            if stack:
                h = torch.cat([h, lr[:, None]], dim=1)
            z = self.out(self.drop(torch.relu(self.hidden(self.drop(h))))).squeeze(-1)
            if self.wide is not None:
                z = z + self.wide(idx, off, per_sample_weights=w).squeeze(-1)
            return z + lr if stack else z

    return Head()


def train_scores(bags: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, fit_rows: np.ndarray,
                 val_rows: np.ndarray, args: argparse.Namespace,
                 checkpoints: list[int],
                 lr_logits: np.ndarray | None = None) -> dict[int, np.ndarray]:
    """Fit on ``fit_rows``; the probabilities of ``val_rows`` after each checkpoint epoch.
    ``lr_logits``: each row's LR log-odds (out of an inner fold for the fitted rows), added to
    the output and fed to the hidden layer."""
    import torch

    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    head = make_head(bags.shape[1], args.dim, args.hidden, args.wide, args.dropout,
                     lr_logits is not None)
    sparse_params = [p for n, p in head.named_parameters() if n.startswith(("table", "wide"))]
    dense_params = [p for n, p in head.named_parameters() if not n.startswith(("table", "wide"))]
    opts = [torch.optim.SparseAdam(sparse_params, lr=args.lr),
            torch.optim.AdamW(dense_params, lr=args.lr, weight_decay=args.decay)]
    weights = torch.from_numpy((w / w[fit_rows].mean()).astype(np.float32))
    target = torch.from_numpy(y.astype(np.float32))
    lr = torch.from_numpy((lr_logits if lr_logits is not None
                           else np.zeros(len(y))).astype(np.float32))
    val = (*as_torch(bags, val_rows), lr[val_rows])
    out = {}
    for epoch in range(1, max(checkpoints) + 1):
        head.train()
        order = rng.permutation(fit_rows)
        for start in range(0, len(order), args.batch):
            batch = order[start:start + args.batch]
            idx, off, pw = as_torch(bags, batch)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                head(idx, off, pw, lr[batch]), target[batch], weight=weights[batch])
            for o in opts:
                o.zero_grad()
            torch.autograd.backward(loss)
            for o in opts:
                o.step()
        if epoch in checkpoints:
            head.eval()
            with torch.no_grad():
                # Ranked in float64 on a squeezed scale: float32 probabilities tie at 1.0,
                # which the threshold rule cannot split (the thresholds are on this scale).
                z = head(*val).numpy().astype(np.float64)
                out[epoch] = 1.0 / (1.0 + np.exp(-z / SQUEEZE))
    return out


def stacked_logits(tf: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, part: np.ndarray,
                   rows: list[dict[str, Any]], c: float = 100.0) -> np.ndarray:
    """The LR's log-odds (the shipped form, C=100) for every row: the fitted part's out of
    inner family folds (in-sample ones would be near-certain), the rest from the fit on the
    whole part."""
    logits = np.zeros(len(y))
    x = bag_rows(tf, idf_of(tf[part]))
    logits[~part] = fit(x[part], y[part], c, w[part]).decision_function(x[~part])
    inside = np.flatnonzero(part)
    for inner in family_folds([rows[i]["family"] for i in inside]):
        held, kept = inside[inner], inside[~inner]
        xi = bag_rows(tf, idf_of(tf[kept]))
        logits[held] = fit(xi[kept], y[kept], c, w[kept]).decision_function(xi[held])
    return logits


def fold_masks(data: Path, rows: list[dict[str, Any]], how: str,
               seed: int = SEED) -> list[np.ndarray]:
    """Family-grouped folds of ``rows``: over their own families (``narration``), or as
    ``train_narration`` draws them (``shipped``: the paraphrase file's families take part in
    the draw, then only the narration rows are kept), so the LR's figure there is the one its
    PROVENANCE reports."""
    if how == "narration":
        return list(family_folds([r["family"] for r in rows], seed=seed))
    both = training_rows(data, DATA / "paraphrase.jsonl")
    mine = np.array([r["source"] == "narration" for r in both])
    assert [r["text"] for r, m in zip(both, mine, strict=True) if m] == [r["text"] for r in rows]
    return [f[mine] for f in family_folds([r["family"] for r in both], seed=seed)]


def report(name: str, found: dict[str, Any]) -> None:
    lang = " ".join(f"{k} {v:.3f}" for k, v in found["per_lang"].items())
    print(f"  {name}: recall {found['recall']:.3f} ({lang}) at {found['threshold']:.4f} "
          f"(CJK {found['cjk_threshold']:.4f}), near-miss {found['near_miss']:.3f}, plain "
          f"{found['plain']:.4f}; near-miss bound only: recall {found['loose_recall']:.3f}",
          flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA / "narration.jsonl")
    parser.add_argument("--buckets", type=int, default=1 << 18)
    parser.add_argument("--dim", type=int, default=32)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--wide", action="store_true")
    parser.add_argument("--lr", type=float, default=0.01)
    parser.add_argument("--dropout", type=float, default=0.0)
    parser.add_argument("--decay", type=float, default=1e-4)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--epochs", default="5,10,20,30")
    parser.add_argument("--plain-weight", type=float, default=100.0)
    parser.add_argument("--seed", type=int, default=SEED, help="of the init and the batches")
    parser.add_argument("--stack", action="store_true", help="the LR's log-odds as an input")
    parser.add_argument("--stack-c", type=float, default=100.0, help="the stacked LR's C")
    parser.add_argument("--folds", choices=["shipped", "narration"], default="shipped")
    parser.add_argument("--fold-seed", type=int, default=SEED, help="of the folds' draw")
    parser.add_argument("--baseline", action="store_true", help="also the LR in the same folds")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)
    checkpoints = [int(e) for e in args.epochs.split(",")]
    rows = training_rows(args.data, None)
    y = np.array([r["label"] for r in rows])
    kinds = np.array([r["kind"] for r in rows])
    langs = np.array([r["lang"] for r in rows])
    cjk = np.array([cjk_share(r["text"]) >= CJK_SCRIPT_SHARE for r in rows])
    folds = fold_masks(args.data, rows, args.folds, args.fold_seed)
    w = sample_weights(rows, y, args.plain_weight, 0.0)
    print(f"{len(rows)} sentences, {int(y.sum())} label 1; {vars(args)}", flush=True)

    if args.baseline:  # the shipped head's form (2^20 buckets), at C=100 and the shipped C=30
        tf = counts(rows, NarrationFeatures(ORDERS, 1 << 20, CJK))
        for c in (100.0, 30.0):
            oof = np.zeros(len(y))
            for val in folds:
                x = bag_rows(tf, idf_of(tf[~val]))
                oof[val] = fit(x[~val], y[~val], c, w[~val]).predict_proba(x[val])[:, 1]
            report(f"LR (C={c:g}, 2^20 buckets)", judge(oof, y, kinds, cjk, langs))

    lr_tf = counts(rows, NarrationFeatures(ORDERS, 1 << 20, CJK)) if args.stack else None
    tf = counts(rows, NarrationFeatures(ORDERS, args.buckets, CJK))
    oofs = {e: np.zeros(len(y)) for e in checkpoints}
    started = time.perf_counter()
    for val in folds:
        bags = bag_rows(tf, idf_of(tf[~val]))
        stacked = (None if lr_tf is None
                   else stacked_logits(lr_tf, y, w, ~val, rows, args.stack_c))
        scores = train_scores(bags, y, w, np.flatnonzero(~val), np.flatnonzero(val), args,
                              checkpoints, stacked)
        for e in checkpoints:
            oofs[e][val] = scores[e]
    print(f"  ({time.perf_counter() - started:.0f} s)")
    for e in checkpoints:
        report(f"MLP epoch {e}", judge(oofs[e], y, kinds, cjk, langs))


if __name__ == "__main__":
    main()
