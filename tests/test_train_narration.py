"""training/train_narration.py: which rows it trains on and its threshold rule (both of the
issue's bounds, out of fold)."""

from __future__ import annotations

import numpy as np

from training.common import DATA, NEAR_MISS_FP, PLAIN_FP, read_jsonl
from training.train_narration import joint_thresholds, training_rows


def test_training_rows_add_the_paraphrase_train_split_as_narration() -> None:
    rows = training_rows(DATA / "narration.jsonl", DATA / "paraphrase.jsonl")
    keys = [r["text"].strip().lower() for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["split"] for r in rows} == {"train"}
    held = {r["text"].strip().lower() for f in ("narration.jsonl", "paraphrase.jsonl")
            for r in read_jsonl(DATA / f, "heldout")}
    assert not held & set(keys)
    borrowed = [r for r in rows if r["source"] == "paraphrase"]
    assert borrowed and all(r["family"].startswith("para-") for r in borrowed)
    assert {r["label"] for r in borrowed if r["kind"] == "paraphrase"} == {1}
    assert {r["label"] for r in borrowed if r["kind"] in ("near-miss", "plain")} == {0}
    alone = training_rows(DATA / "narration.jsonl", None)
    assert len(alone) == len(read_jsonl(DATA / "narration.jsonl", "train"))


def test_joint_thresholds_keep_both_bounds_at_the_best_recall() -> None:
    rng = np.random.default_rng(0)
    n_pos, n_near, n_plain = 300, 200, 800
    oof = np.concatenate([rng.uniform(0.3, 1.0, n_pos), rng.uniform(0.0, 0.8, n_near),
                          rng.uniform(0.0, 0.9, n_plain)])
    y = np.array([1] * n_pos + [0] * (n_near + n_plain))
    kinds = np.array(["narration"] * n_pos + ["near-miss"] * n_near + ["plain"] * n_plain)
    cjk = rng.random(len(oof)) < 0.25
    t, t_cjk = joint_thresholds(oof, y, kinds, cjk)
    flagged = oof >= np.where(cjk, t_cjk, t)
    allowed = np.floor(PLAIN_FP * n_plain)
    assert flagged[kinds == "plain"].sum() <= allowed
    for script in (cjk, ~cjk):
        assert flagged[script & (kinds == "near-miss")].mean() <= NEAR_MISS_FP

    def counts(script: np.ndarray, cuts: np.ndarray) -> list[np.ndarray]:
        """Per threshold in ``cuts``: positives, near-misses and plain sentences flagged."""
        return [(oof[script & m][None, :] >= cuts[:, None]).sum(axis=1)
                for m in (y == 1, kinds == "near-miss", kinds == "plain")]

    # Every pair of thresholds on the negatives' scores: none keeps the bounds with more recall.
    cut = {}
    for name, script in (("latin", ~cjk), ("cjk", cjk)):
        cut[name] = np.append(np.nextafter(oof[script & (y == 0)], np.inf), 0.0)
    pos_l, near_l, plain_l = counts(~cjk, cut["latin"])
    pos_c, near_c, plain_c = counts(cjk, cut["cjk"])
    ok = ((near_l <= NEAR_MISS_FP * (~cjk & (kinds == "near-miss")).sum())[:, None]
          & (near_c <= NEAR_MISS_FP * (cjk & (kinds == "near-miss")).sum())[None, :]
          & (plain_l[:, None] + plain_c[None, :] <= allowed))
    best = int(np.where(ok, pos_l[:, None] + pos_c[None, :], -1).max())
    assert flagged[y == 1].sum() == best
