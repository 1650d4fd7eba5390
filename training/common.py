"""What the training scripts share: the data files, the family-grouped validation folds, the
threshold rule, and the provenance of the artifacts they write."""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import platform
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "training" / "data"
MODELS = REPO / "guardproxy" / "models"
FOLDS = 5
# The bounds on false positives, which pick every threshold (on out-of-fold train scores).
NEAR_MISS_FP = 0.03
PLAIN_FP = 0.002
SEED = 15
# The fold draws (seeds of ``family_folds``) whose out-of-fold scores are pooled to set a
# threshold: with one draw a bound sat on a handful of the highest negative scores, and the
# chosen figures swung 3-5 points from draw to draw.
DRAWS = (15, 1, 3)
# The languages of the data, in the order figures are reported.
LANGS = ("en", "fr", "es", "de", "zh")


def read_jsonl(path: Path, split: str | None = None) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r for r in rows if split is None or r["split"] == split]


def family_folds(families: Sequence[str], folds: int = FOLDS,
                 seed: int = SEED) -> Iterator[np.ndarray]:
    """Validation masks over the rows, each a fold of whole families (never a family split
    between fitting and validation: its sentences share a template). ``seed``: the draw."""
    names = sorted(set(families))
    order = np.random.default_rng(seed).permutation(len(names))
    fold_of = {names[i]: n % folds for n, i in enumerate(order)}
    ids = np.array([fold_of[f] for f in families])
    for k in range(folds):
        yield ids == k


def threshold_for(negatives: Sequence[tuple[np.ndarray, float]]) -> float:
    """The lowest threshold (a score at or above it flags) at which each group of negative
    scores stays within its allowed false-positive rate: recall is as high as the bounds
    allow."""
    t = 0.0
    for scores, rate in negatives:
        allowed = int(np.floor(rate * len(scores)))  # how many may pass
        if allowed < len(scores):
            ranked = np.sort(scores)[::-1]
            t = max(t, float(np.nextafter(ranked[allowed], np.inf)))
    return t


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def versions(*dists: str) -> str:
    def one(d: str) -> str:
        try:
            return f"{d} {importlib.metadata.version(d)}"
        except importlib.metadata.PackageNotFoundError:
            return f"{d} (not installed)"

    return f"Python {platform.python_version()}, " + ", ".join(one(d) for d in dists)


def write_provenance(folder: Path, title: str, body: str) -> None:
    """PROVENANCE.md: the story of the artifact and the sha256 of each of its files (checked by
    tests/test_embedding.py)."""
    files = sorted(p.name for p in folder.iterdir() if p.name != "PROVENANCE.md")
    sums = "\n".join(f"    {sha256(folder / f)}  {f}" for f in files)
    (folder / "PROVENANCE.md").write_text(
        f"# {title}\n\n{body.strip()}\n\nsha256 (checked by tests/test_embedding.py):\n\n{sums}\n"
    )
