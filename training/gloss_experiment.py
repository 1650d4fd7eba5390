"""Does the cross-lingual gloss (guardproxy/detectors/gloss.py) raise out-of-fold recall?

Out-of-fold figures on the train split only (family-grouped folds, the bounds of
training/common.py), with and without the gloss, at the same small grids as the training
scripts use:

- narration: ``train_narration``'s rows, features and joint thresholds; variants: no gloss,
  the gloss's tokens and token bigrams in the bag, and those plus its character n-grams;
- paraphrase: ``train_paraphrase``'s pairs and threshold (the packaged narration model's
  log-odds as framing in both arms, so only the content signals differ).

    python -m training.gloss_experiment [narration|paraphrase|provenance]

Figures of 2026-12-04 (train split: narration 7,957 sentences + 1,522 from the paraphrase
file, 583 families; paraphrase 1,874 sentences, 99 prompts; best of each arm's grid):

- narration, out-of-fold recall at the joint thresholds (near-miss FP per script <= 3%, plain
  <= 0.2%): no gloss 0.679 (en 0.730, fr 0.635, es 0.630, de 0.596, zh 0.620), near-miss
  0.021; gloss tokens 0.717 (en 0.753, fr 0.673, es 0.662, de 0.645, zh 0.722), near-miss
  0.016; gloss tokens + n-grams 0.734 (en 0.741, fr 0.751, es 0.704, de 0.672, zh 0.784),
  near-miss 0.021. All at C=30, plain weight 100; paraphrase rows 0 without the gloss, 0.3
  with it. With the paraphrase rows left out (as ``train_narration`` now does: with them the
  paraphrase calibration's framing signal is in-sample), the best of train_narration's grid:
  no gloss 0.679, gloss tokens 0.704, gloss tokens + n-grams 0.726 (shipped).
- paraphrase, out-of-fold recall at near-miss and other-prompt FP <= 3% each: no gloss 0.508
  (non-English 0.345; en 0.620, fr 0.426, es 0.359, de 0.347, zh 0.219), near-miss 0.028,
  plain 0.007; gloss 0.571 (non-English 0.489; en 0.628, fr 0.564, es 0.598, de 0.379, zh
  0.397), near-miss 0.028, plain 0.011: each content signal the higher of the sentence's and
  its gloss's (against the prompt glossed). With the narration head retrained on the gloss,
  ``train_paraphrase``: that "higher of" 0.575 (non-English 0.497; en 0.628, fr 0.606, es
  0.576, de 0.389, zh 0.397), plain 0.007; a glossed sentence read on its gloss only (its
  unknown words, names and numbers, stay in the gloss) 0.579 (non-English 0.494; en 0.638, fr
  0.585, es 0.565, de 0.379, zh 0.438), plain 0.004, at half the cost: shipped (this script's
  arm now measures that).

``provenance`` (re)writes guardproxy/models/gloss/PROVENANCE.md with the lexicons' checksums
after an edit of them.
"""

from __future__ import annotations

import itertools
import sys
import time
from typing import Any

import numpy as np

from guardproxy.detectors.embedding import packaged_embedder
from guardproxy.detectors.gloss import FOLDER, Gloss
from guardproxy.detectors.narration_model import CJK_SCRIPT_SHARE, NarrationFeatures, cjk_share
from training import train_narration as tn
from training import train_paraphrase as tp
from training.common import DATA, LANGS, family_folds, read_jsonl, write_provenance

NARRATION_GRID = {"C": [30.0, 100.0], "plain_weight": [20.0, 40.0, 100.0],
                  "paraphrase_weight": [0.0]}
VARIANTS = {"none": (False, False), "gloss tokens": (True, False),
            "gloss tokens + n-grams": (True, True)}


def narration() -> None:
    rows = tn.training_rows(DATA / "narration.jsonl", DATA / "paraphrase.jsonl")
    y = np.array([r["label"] for r in rows])
    mine = np.array([r["source"] == "narration" for r in rows])
    kinds = np.array([r["kind"] for r in rows])[mine]
    langs = np.array([r["lang"] for r in rows])[mine]
    cjk = np.array([cjk_share(r["text"]) >= CJK_SCRIPT_SHARE for r in rows])
    folds = list(family_folds([r["family"] for r in rows]))
    embeddings = np.zeros((len(rows), packaged_embedder().dim), dtype=np.float32)
    for name, (gloss, ngrams) in VARIANTS.items():
        started = time.perf_counter()
        tf = tn.counts(rows, NarrationFeatures(tn.ORDERS, tn.BUCKETS, tn.CJK, gloss, ngrams))
        best: dict[str, Any] | None = None
        for c, plain_w, para_w in itertools.product(*NARRATION_GRID.values()):
            w = tn.sample_weights(rows, y, plain_w, para_w)
            oof = tn.out_of_fold(tf, embeddings, y, w, folds, c, 0.0)
            found = {"C": c, "plain_w": plain_w, "para": para_w,
                     **tn.judge(oof[mine], y[mine], kinds, cjk[mine], langs)}
            if best is None or ((found["recall"], found["loose_recall"])
                                > (best["recall"], best["loose_recall"])):
                best = found
        assert best is not None
        lang = ", ".join(f"{k} {v:.3f}" for k, v in best["per_lang"].items())
        print(f"narration, {name}: best C={best['C']} plain_weight={best['plain_w']} "
              f"paraphrase_weight={best['para']}: recall {best['recall']:.3f} ({lang}), "
              f"near-miss {best['near_miss']:.3f}, plain {best['plain']:.4f} "
              f"[{time.perf_counter() - started:.0f} s]", flush=True)


def paraphrase() -> None:
    rows = read_jsonl(DATA / "paraphrase.jsonl", "train")
    y = np.array([r["label"] for r in rows])
    kinds = np.array([r["kind"] for r in rows])
    langs = np.array([r["lang"] for r in rows])
    prompts = [r["prompt_id"] for r in rows]
    for gloss in (False, True):
        best: tuple[float, ...] | None = None
        for floor in (1.0, 1.5):
            pairs = tp.pair_signals(rows, floor, tp.CORPUS, gloss)
            for c in (0.3, 1.0, 3.0):
                oof = tp.out_of_fold(pairs, prompts, c)
                t = tp.threshold(oof, kinds)
                flagged = oof >= t
                recall = float(flagged[y == 1].mean())
                if best is None or recall > best[0]:
                    per = [float(flagged[(y == 1) & (langs == lg)].mean()) for lg in LANGS]
                    other = float(flagged[(y == 1) & (langs != "en")].mean())
                    best = (recall, floor, c, other, *per,
                            float(flagged[kinds == "near-miss"].mean()),
                            float(flagged[kinds == "plain"].mean()))
        assert best is not None
        per_lang = ", ".join(f"{lg} {v:.3f}" for lg, v in zip(LANGS, best[4:9], strict=True))
        print(f"paraphrase, gloss {gloss}: best floor {best[1]} C={best[2]}: recall "
              f"{best[0]:.3f} (non-English {best[3]:.3f}; {per_lang}), near-miss "
              f"{best[9]:.3f}, plain {best[10]:.3f}", flush=True)


def provenance() -> None:
    gloss = Gloss.load(FOLDER)
    sizes = ", ".join(f"{lex.lang} {len(lex.entries)}"
                      for lex in [*gloss._latin, gloss._zh] if lex is not None)
    write_provenance(FOLDER, "gloss: French, Spanish, German and Chinese to English lexicons", f"""
- Written by hand for guardproxy (issue 15) by a coding assistant session, from its own
  knowledge of the languages: no download, no dictionary file, no machine translation model.
  The vocabulary chosen: pronouns, function words and the common verbs (with their frequent
  inflected forms), the words of an assistant narrating its setup (instructions, rules,
  operator, filters, policy, tools, privacy, refusal, jailbreak and extraction attempts), and
  the domains of system prompts (banking, shopping, support, travel, health, legal, HR,
  education, code). After a first draft, the train split's words the lexicons did not cover
  were listed (never the held-out split or the probe sets) and common ones added.
- Extended by an AI agent (branch h15-gloss-dezh) after thousands of German and Chinese
  training sentences were added: about 500 entries each to de.tsv and zh.tsv (the sections
  marked "extension (h15-gloss-dezh)"), written from its own knowledge for the train split's
  uncovered words only (German words kept as they are, Chinese characters dropped or split
  poorly, listed by how many train sentences hold them): verbs and their forms, the setup,
  operator, filter and attack words, reasoning words, multiword expressions.
- Extended (fr +444, es +500) by an AI agent on branch h15-gloss-fres from the train split's
  uncovered words only (verbs with their inflected and clitic forms, setup, attack and everyday
  words), plus a few common multiword expressions that read wrongly word by word.
- Format: `source<TAB>english` per line, `#` comments, `-` for a word with no English of its
  own; the first entry of a source wins. Sources are folded (lower case, no accents) at load.
- Entries: {sizes} (distinct folded sources).
- Read by guardproxy/detectors/gloss.py; used by the narration head and the paraphrase
  scorer when their config.json says `gloss` (see their PROVENANCE.md).
- Licence: Apache-2.0 (the repo's).
""")


if __name__ == "__main__":
    which = sys.argv[1:] or ["narration", "paraphrase"]
    for part in which:
        {"narration": narration, "paraphrase": paraphrase, "provenance": provenance}[part]()
