"""How well the semantic rules of a policy do on the labelled sentences of issue 15, before and
after: per language and kind, the share of sentences each rule alters.

    python benchmarks/semantic_quality.py [--policy FILE] [--before FILE] [--data DIR]
                                          [--corpus DIR]

Narration: the policy's `safety_hints` rule (phrases, patterns and the model, as the proxy runs
it: the real detector behind a reasoning channel) over the held-out split of
``training/data/narration.jsonl`` and over ``narration_probe.jsonl``. Recall on narrations and
attack recognitions, false positives on near-misses (rules and attacks that are someone
else's), plain reasoning altered.

Paraphrase: the policy's `prompt_paraphrase` rule over the held-out split of
``paraphrase.jsonl`` and over ``paraphrase_probe.jsonl``, each sentence in a response to a
request whose system prompt is the row's prompt file (``corpus/system-prompts/<prompt_id>.txt``).
Recall on retellings, false positives on near-misses and retellings of another prompt, plain
reasoning altered.

The "before" column runs the same sentences through main's rules before issue 15
(``benchmarks/before-issue15.yaml``): the phrase-list-only `safety_hints` rule, and for
paraphrases the verbatim `prompt_leak` rule, the only one that looked at the prompt then.

Each sentence goes alone through a fresh channel (the rule judges it as a completed sentence);
a sentence counts as flagged when the channel's output differs from it.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(REPO))

from guardproxy.policy_compile import CompiledPolicy, compile_policy  # noqa: E402
from guardproxy.policy_load import default_policy_path, load_policy  # noqa: E402

LANGS = ("en", "fr", "es", "de", "zh")
BEFORE = Path(__file__).resolve().parent / "before-issue15.yaml"

Row = dict[str, Any]


@dataclass(frozen=True)
class Column:
    """A column group of a table: which rows it counts and what their rate means."""

    title: str
    kinds: tuple[str, ...]


NARRATION = (Column("narration", ("narration",)),
             Column("attack-recognition", ("attack-recognition",)),
             Column("recall (all label 1)", ("narration", "attack-recognition")),
             Column("near-miss FP", ("near-miss",)),
             Column("plain altered", ("plain",)))
PARAPHRASE = (Column("recall", ("paraphrase",)),
              Column("near-miss FP", ("near-miss",)),
              Column("other-prompt FP", ("other-prompt",)),
              Column("plain altered", ("plain",)))


def read_jsonl(path: Path, split: str) -> list[Row]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [r for r in rows if r["split"] == split]


def one_rule(compiled: CompiledPolicy, detector: str) -> CompiledPolicy:
    """A policy of the policy's one rule of that detector (no other rule alters anything)."""
    rules = [r for r in compiled.policy.rules if r.detector == detector]
    if len(rules) != 1:
        raise SystemExit(f"{compiled.name}: expected one {detector} rule, found {len(rules)}")
    if "reasoning" not in rules[0].channels:
        raise SystemExit(f"{compiled.name}: rule {rules[0].id} does not read reasoning")
    return compile_policy(compiled.policy.model_copy(update={"rules": rules, "tests": []}))


def flags(compiled: CompiledPolicy, rows: Sequence[Row],
          prompt_of: Callable[[Row], list[str]]) -> list[bool]:
    """Whether the policy alters each row's sentence, in a response protecting its prompt."""
    factories: dict[tuple[str, ...], Any] = {}
    out = []
    for row in rows:
        prompts = prompt_of(row)
        factory = factories.get(tuple(prompts))
        if factory is None:
            factory = factories[tuple(prompts)] = compiled.channels(prompts)
        channel = factory("reasoning")
        out.append(channel.feed(row["text"]) + channel.flush() != row["text"])
    return out


def cell(rows: Sequence[Row], flagged: Sequence[bool], lang: str, column: Column) -> str:
    hits = [f for r, f in zip(rows, flagged, strict=True)
            if lang in ("all", r["lang"]) and r["kind"] in column.kinds]
    if not hits:
        return "n/a"
    return f"{sum(hits) / len(hits):6.1%} ({sum(hits)}/{len(hits)})"


def table(title: str, rows: Sequence[Row], before: Sequence[bool], after: Sequence[bool],
          columns: Sequence[Column]) -> None:
    print(f"\n{title} ({len(rows)} sentences): before -> after")
    width = 36
    print(f"  {'lang':4} " + " ".join(f"{c.title:>{width}}" for c in columns))
    for lang in (*LANGS, "all"):
        if lang != "all" and not any(r["lang"] == lang for r in rows):
            continue
        cells = [f"{cell(rows, before, lang, c)} -> {cell(rows, after, lang, c)}"
                 for c in columns]
        print(f"  {lang:4} " + " ".join(f"{c:>{width}}" for c in cells))


def narration(after: CompiledPolicy, before: CompiledPolicy, data: Path) -> None:
    new, old = one_rule(after, "safety_hints"), one_rule(before, "safety_hints")
    print(f"safety_hints: after = rule {new.rule_id(0)!r} of policy {after.name!r}; before = "
          f"main's phrase list ({before.name})")
    for title, rows in (("narration held-out", read_jsonl(data / "narration.jsonl", "heldout")),
                        ("narration probe", read_jsonl(data / "narration_probe.jsonl", "probe"))):
        table(title, rows, flags(old, rows, lambda r: []), flags(new, rows, lambda r: []),
              NARRATION)


def paraphrase(after: CompiledPolicy, before: CompiledPolicy, data: Path, corpus: Path) -> None:
    new, old = one_rule(after, "prompt_paraphrase"), one_rule(before, "prompt_leak")
    print(f"\nprompt_paraphrase: after = rule {new.rule_id(0)!r} of policy {after.name!r}; "
          f"before = main's verbatim prompt_leak rule ({before.name}); protected: the prompt "
          f"file")
    texts: dict[str, list[str]] = {}

    def prompt_of(row: Row) -> list[str]:
        name = row["prompt_id"]
        if name not in texts:
            texts[name] = [(corpus / f"{name}.txt").read_text(encoding="utf-8")]
        return texts[name]

    for title, rows in (("paraphrase held-out", read_jsonl(data / "paraphrase.jsonl", "heldout")),
                        ("paraphrase probe", read_jsonl(data / "paraphrase_probe.jsonl",
                                                        "probe"))):
        table(title, rows, flags(old, rows, prompt_of), flags(new, rows, prompt_of), PARAPHRASE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", type=Path, default=default_policy_path(),
                        help="the policy measured (default: the shipped default policy)")
    parser.add_argument("--before", type=Path, default=BEFORE,
                        help="the policy of the 'before' column (default: main's before issue 15)")
    parser.add_argument("--data", type=Path, default=REPO / "training" / "data")
    parser.add_argument("--corpus", type=Path, default=REPO / "corpus" / "system-prompts")
    args = parser.parse_args()
    after, before = load_policy(args.policy), load_policy(args.before)
    narration(after, before, args.data)
    paraphrase(after, before, args.data, args.corpus)


if __name__ == "__main__":
    main()
