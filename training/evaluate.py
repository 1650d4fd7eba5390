"""Report the shipped detectors at their shipped thresholds (config.json `threshold` in
guardproxy/models/narration and .../paraphrase) on the held-out split and on the independent
probe sets, per language and kind, as markdown tables a note can quote; and the cost of a score.

    python -m training.evaluate [--narration training/data/narration.jsonl]
                                [--narration-probe training/data/narration_probe.jsonl]
                                [--paraphrase training/data/paraphrase.jsonl]
                                [--paraphrase-probe training/data/paraphrase_probe.jsonl]

Narration: the share flagged of each kind: narrations and attack recognitions (recall),
near-misses (false positives), plain sentences (altered). Paraphrase: each sentence scored
against all the protected sentences of its prompt (the distinct ``protected`` values of that
prompt's rows in the data and the probe set, as a request would hold them); the share flagged of
retellings (recall), near-misses and other prompts' retellings (false positives) and plain
sentences (altered). Nothing here feeds back into training: the thresholds are the shipped ones.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.narration_model import packaged_narration_model
from guardproxy.detectors.paraphrase_model import ParaphraseScorer, packaged_calibration
from training.common import DATA, LANGS, read_jsonl
from training.train_paraphrase import protected_by_prompt

Row = dict[str, Any]
NARRATION_KINDS = ("narration", "attack-recognition", "near-miss", "plain")
PARAPHRASE_KINDS = ("paraphrase", "near-miss", "other-prompt", "plain")


def cell(flags: np.ndarray) -> str:
    return f"{flags.mean():.1%} ({int(flags.sum())}/{len(flags)})" if len(flags) else "-"


def table(title: str, rows: list[Row], flagged: np.ndarray, kinds: Sequence[str]) -> None:
    """One markdown row per language (and all): the share flagged of each kind, and recall
    over all positives."""
    print(f"\n{title}\n")
    print("| lang | recall (all positives) | " + " | ".join(kinds) + " |")
    print("|---" * (len(kinds) + 2) + "|")
    lang = np.array([r["lang"] for r in rows])
    kind = np.array([r["kind"] for r in rows])
    label = np.array([r["label"] for r in rows])
    for name in (*LANGS, "all"):
        mask = (lang == name) if name != "all" else np.ones(len(rows), dtype=bool)
        if not mask.any():
            continue
        cells = [cell(flagged[mask & (label == 1)])]
        cells += [cell(flagged[mask & (kind == k)]) for k in kinds]
        print(f"| {name} | " + " | ".join(cells) + " |")


def per_sentence_us(score: Callable[[str], object], texts: list[str], rounds: int = 3) -> float:
    started = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            score(t)
    return (time.perf_counter() - started) / (rounds * len(texts)) * 1e6


def narration(held_out: list[Row], probe: list[Row]) -> None:
    model = packaged_narration_model()
    for name, rows in (("held-out split", held_out), ("probe set", probe)):
        scores = np.array([model.score(r["text"]) for r in rows])
        table(f"Narration, {name} ({len(rows)} sentences), threshold {model.threshold}:",
              rows, scores >= model.threshold, NARRATION_KINDS)
    texts = [r["text"] for r in held_out]
    embedder = packaged_embedder()
    encoded = {t: embedder.token_ids(t) for t in texts}
    print(f"\nnarration score: {per_sentence_us(model.score, texts):.0f} us a sentence, "
          f"{per_sentence_us(lambda t: model.score(t, encoded[t]), texts):.0f} us given its "
          f"token ids (mean {np.mean([len(t) for t in texts]):.0f} characters)")


def paraphrase(data: list[Row], probe: list[Row]) -> None:
    threshold = packaged_calibration().threshold
    prompts = protected_by_prompt(data + probe)
    embedder, narration = packaged_embedder(), packaged_narration_model()
    scorers = {p: ParaphraseScorer(embedder, narration, s) for p, s in prompts.items()}
    held_out = [r for r in data if r["split"] == "heldout"]
    for name, rows in (("held-out split", held_out), ("probe set", probe)):
        scores = np.array([scorers[r["prompt_id"]].score(r["text"])[0] for r in rows])
        count = len({r["prompt_id"] for r in rows})
        table(f"Paraphrase, {name} ({len(rows)} sentences, {count} prompts), threshold "
              f"{threshold}:", rows, scores >= threshold, PARAPHRASE_KINDS)
    biggest = max(prompts, key=lambda p: len(prompts[p]))
    scorer = scorers[biggest]
    texts = [r["text"] for r in held_out]
    encoded = {t: embedder.token_ids(t) for t in texts}
    vectors = {t: embedder.embed_ids(encoded[t]) for t in texts}
    print(f"\nparaphrase score: {per_sentence_us(scorer.score, texts):.0f} us a sentence, "
          f"{per_sentence_us(lambda t: scorer.score(t, encoded[t], vectors[t]), texts):.0f} us "
          f"given its token ids and embedding, against a prompt of {len(prompts[biggest])} "
          f"protected sentences")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--narration", type=Path, default=DATA / "narration.jsonl")
    parser.add_argument("--narration-probe", type=Path, default=DATA / "narration_probe.jsonl")
    parser.add_argument("--paraphrase", type=Path, default=DATA / "paraphrase.jsonl")
    parser.add_argument("--paraphrase-probe", type=Path,
                        default=DATA / "paraphrase_probe.jsonl")
    args = parser.parse_args()
    narration(read_jsonl(args.narration, "heldout"), read_jsonl(args.narration_probe))
    paraphrase(read_jsonl(args.paraphrase), read_jsonl(args.paraphrase_probe))


if __name__ == "__main__":
    main()
