"""Report the shipped detectors on the held-out split, per language, at their recommended
thresholds (config.json `threshold` in guardproxy/models/narration and .../paraphrase), and
the cost of a score.

    python -m training.evaluate [--narration training/data/narration.jsonl]
                                [--paraphrase training/data/paraphrase.jsonl]

Narration: recall on narrations and attack recognitions, false positives on near-misses,
plain sentences altered. Paraphrase: each held-out sentence scored against all the protected
sentences of its prompt (the distinct ``protected`` values of that prompt's rows, train and
held-out alike, as a request would hold them); recall on retellings, false positives on
near-misses and other prompts' retellings, plain sentences altered.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from guardproxy.detectors.embedding import MODELS, packaged_embedder
from guardproxy.detectors.narration_model import packaged_narration_model
from guardproxy.detectors.paraphrase_model import ParaphraseScorer
from training.common import DATA, read_jsonl
from training.train_paraphrase import protected_by_prompt

LANGS = ("en", "fr", "es", "de", "zh")


def rate(flags: np.ndarray) -> str:
    return f"{flags.mean():7.1%} ({int(flags.sum())}/{len(flags)})" if len(flags) else "    n/a"


Row = dict[str, Any]


def table(rows: list[Row], flagged: np.ndarray, columns: dict[str, Callable[[Row], bool]]) -> None:
    print(f"  {'lang':4} " + " ".join(f"{c:>22}" for c in columns))
    for lang in (*LANGS, "all"):
        mask = np.array([lang in ("all", r["lang"]) for r in rows])
        if not mask.any():
            continue
        cells = [rate(flagged[mask & np.array([f(r) for r in rows])]) for f in columns.values()]
        print(f"  {lang:4} " + " ".join(f"{c:>22}" for c in cells))


def per_sentence_us(score: Callable[[str], object], texts: list[str], rounds: int = 3) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            score(t)
    return (time.perf_counter() - started) / (rounds * len(texts)) * 1e6


def narration(path: Path) -> None:
    rows = read_jsonl(path, "heldout")
    model = packaged_narration_model()
    threshold = json.loads((MODELS / "narration" / "config.json").read_text())["threshold"]
    scores = np.array([model.score(r["text"]) for r in rows])
    print(f"narration, held-out ({len(rows)} sentences), threshold {threshold}:")
    table(rows, scores >= threshold, {
        "recall": lambda r: r["label"] == 1,
        "near-miss FP": lambda r: r["kind"] == "near-miss",
        "plain altered": lambda r: r["kind"] == "plain",
    })
    texts = [r["text"] for r in rows]
    print(f"  score: {per_sentence_us(model.score, texts):.0f} us a sentence "
          f"(mean {np.mean([len(t) for t in texts]):.0f} characters)")


def paraphrase(path: Path) -> None:
    every = read_jsonl(path)
    rows = [r for r in every if r["split"] == "heldout"]
    threshold = json.loads((MODELS / "paraphrase" / "config.json").read_text())["threshold"]
    prompts = protected_by_prompt(every)
    scorers = {p: ParaphraseScorer(packaged_embedder(), s) for p, s in prompts.items()}
    scores = np.array([scorers[r["prompt_id"]].score(r["text"])[0] for r in rows])
    print(f"paraphrase, held-out ({len(rows)} sentences, {len({r['prompt_id'] for r in rows})} "
          f"prompts), threshold {threshold}:")
    table(rows, scores >= threshold, {
        "recall": lambda r: r["label"] == 1,
        "near-miss/other FP": lambda r: r["kind"] in ("near-miss", "other-prompt"),
        "plain altered": lambda r: r["kind"] == "plain",
    })
    biggest = max(prompts, key=lambda p: len(prompts[p]))
    scorer = scorers[biggest]
    texts = [r["text"] for r in rows]
    print(f"  score: {per_sentence_us(lambda t: scorer.score(t), texts):.0f} us a sentence "
          f"against a prompt of {len(prompts[biggest])} protected sentences")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--narration", type=Path, default=DATA / "narration.jsonl")
    parser.add_argument("--paraphrase", type=Path, default=DATA / "paraphrase.jsonl")
    args = parser.parse_args()
    narration(args.narration)
    paraphrase(args.paraphrase)


if __name__ == "__main__":
    main()
