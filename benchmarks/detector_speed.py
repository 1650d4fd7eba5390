"""How fast the learned detectors judge one sentence, in microseconds (CPU, one thread).

    python benchmarks/detector_speed.py [--sentences 2000] [--repeats 3] [--rounds 1]
        [--prompt corpus/system-prompts/395QDtyz3-The-Job-Center.txt] [--baseline-src DIR]
        [--churn 200000]

On the train split's sentences of ``training/data/narration.jsonl`` (the first ``--sentences``):

- ``tokenize (cold)``: ``StaticEmbedder.token_ids`` on a freshly loaded embedder, one pass
  (nothing of the sentences seen before);
- ``tokenize``, ``narration logit``, ``paraphrase score``: the best of ``--repeats`` passes
  with the embedder warm (a proxy that has run a while). The logit and the score include the
  tokenization (``token_ids``) they do themselves; the paraphrase scorer holds the protected
  sentences of ``--prompt``.

``--churn N`` then tokenizes N sentences of made-up words, all distinct, and reports the
process's resident memory before and after: whatever the embedder keeps must stay bounded.

Each checkout runs in its own subprocess (its own ``guardproxy``), this one and, with
``--baseline-src``, another one, alternating ``--rounds`` times (each figure the best round's,
resident memory the largest): the same sentences and prompt for both, and drift of a shared
machine hits both alike.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "training" / "data" / "narration.jsonl"
PROMPT = REPO / "corpus" / "system-prompts" / "395QDtyz3-The-Job-Center.txt"

# Runs in the subprocess: argv = source tree, job file (sentences, prompt, repeats, churn).
CHILD = r"""
import inspect, json, random, resource, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
import guardproxy
from guardproxy.detectors.embedding import MODELS, PACKAGED, StaticEmbedder
from guardproxy.detectors.narration_model import NarrationModel
from guardproxy.detectors.paraphrase_model import ParaphraseScorer
from guardproxy.detectors.prompt_paraphrase import protected_sentences

assert Path(guardproxy.__file__).resolve().is_relative_to(Path(sys.argv[1]).resolve())
job = json.loads(Path(sys.argv[2]).read_text())
sentences, repeats = job["sentences"], job["repeats"]


def per_sentence(fn):
    start = time.process_time()
    for s in sentences:
        fn(s)
    return (time.process_time() - start) / len(sentences) * 1e6


def best(fn):
    return min(per_sentence(fn) for _ in range(repeats))


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


out = {}
cold = StaticEmbedder.load(MODELS / PACKAGED)
out["tokenize (cold)"] = per_sentence(cold.token_ids)
embedder = StaticEmbedder.load(MODELS / PACKAGED)
model = NarrationModel.load(MODELS / "narration", embedder)
protected = protected_sentences([Path(job["prompt"]).read_text()])
# Since the framing signals the scorer takes the narration model (a baseline may predate it):
# its score then includes the sentence's narration logit, which the proxy shares between rules.
takes_model = "narration" in inspect.signature(ParaphraseScorer).parameters
scorer = (ParaphraseScorer(embedder, model, protected) if takes_model
          else ParaphraseScorer(embedder, protected))
per_sentence(model.logit)  # warm whatever the embedder keeps
out["tokenize"] = best(embedder.token_ids)
out["narration logit"] = best(model.logit)
out["paraphrase score"] = best(scorer.score)
out["protected sentences"] = len(protected)
if job["churn"]:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyzéüß"
    before = rss_mb()
    for n in range(job["churn"]):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 12)))
                 for _ in range(12)]
        embedder.token_ids(" ".join(words) + f" {n}.")
    out["RSS before churn (MB)"] = before
    out["RSS after churn (MB)"] = rss_mb()
print(json.dumps(out))
"""


def train_sentences(count: int) -> list[str]:
    rows = (json.loads(line) for line in DATA.read_text().splitlines() if line.strip())
    return [r["text"] for r in rows if r["split"] == "train"][:count]


def measure(src: Path, job: Path) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", CHILD, str(src), str(job)],
                          capture_output=True, text=True, cwd=src)
    if done.returncode:
        sys.exit(f"{src}: the benchmark failed:\n{done.stderr}")
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=3, help="passes in a subprocess")
    parser.add_argument("--rounds", type=int, default=1, help="subprocesses per checkout")
    parser.add_argument("--prompt", type=Path, default=PROMPT)
    parser.add_argument("--churn", type=int, default=0,
                        help="sentences of made-up words to tokenize after, for the RSS check")
    parser.add_argument("--baseline-src", type=Path, metavar="DIR",
                        help="another checkout of guardproxy, measured in the same run")
    args = parser.parse_args()
    trees = {"this": REPO}
    if args.baseline_src is not None:
        trees = {"baseline": args.baseline_src.resolve(), **trees}
    with tempfile.TemporaryDirectory() as tmp:
        job = Path(tmp) / "job.json"
        job.write_text(json.dumps({"sentences": train_sentences(args.sentences),
                                   "prompt": str(args.prompt.resolve()),
                                   "repeats": args.repeats, "churn": args.churn}))
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for _ in range(args.rounds):
            for name, src in trees.items():
                runs[name].append(measure(src, job))
    results = {name: {figure: (max if "RSS" in figure else min)(r[figure] for r in rounds)
                      for figure in rounds[0]} for name, rounds in runs.items()}
    print(f"{args.sentences} train sentences, best of {args.repeats} passes x {args.rounds} "
          f"rounds; prompt {args.prompt.name} "
          f"({int(results['this']['protected sentences'])} protected sentences)")
    print(f"{'us per sentence':<24}" + "".join(f"{name:>10}" for name in trees)
          + ("   ratio" if len(trees) > 1 else ""))
    for figure in results["this"]:
        if figure == "protected sentences":
            continue
        values = [results[name][figure] for name in trees]
        ratio = f"{values[-1] / values[0]:>8.2f}" if len(values) > 1 and values[0] else ""
        print(f"{figure:<24}" + "".join(f"{v:>10.1f}" for v in values) + ratio)


if __name__ == "__main__":
    main()
