"""Build training/data/paraphrase.jsonl from the hand-written sources in paraphrase_src/.

Deterministic, standard library only: `python training/data/build_paraphrase.py`.

Source format (paraphrase_src/prompts-*.txt), one directive a line:
    @ <prompt_id>          a prompt: the stem of a file in corpus/system-prompts/
    P <protected>          a protected sentence, verbatim from that prompt
    = <n>                  reopen the n-th protected sentence (from 1) of a prompt given earlier
    +[lang] <text>         a reasoning sentence that retells it in other words (label 1)
    -[lang] <text>         on-topic reasoning that does not retell it (label 0, kind near-miss)
lang is en, fr, es, de or zh (default en); blank lines and lines starting with # are skipped.
A later file may list an earlier prompt again (`@`, then `=`) to add rows to its sentences.

Beside the hand-written rows, each protected sentence gets two negatives built here, never
written twice: one retelling of another prompt's protected sentence (same split, so no text
crosses the split) and one line of generic reasoning from paraphrase_src/generic.txt
(`<lang> <text>` a line; each line belongs to one split).

The split is by prompt_id, fixed by a hash of the id, so adding prompts never moves one.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
PROMPTS = REPO / "corpus" / "system-prompts"
SOURCES = HERE / "paraphrase_src"
OUTPUT = HERE / "paraphrase.jsonl"
LANGS = ("en", "fr", "es", "de", "zh")
HELDOUT_PERCENT = 22  # lowered from 28 (which held out 33%): only moves prompts into train


@dataclass
class Protected:
    text: str
    positives: list[tuple[str, str]] = field(default_factory=list)  # (lang, text)
    near_misses: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Prompt:
    prompt_id: str
    protected: list[Protected] = field(default_factory=list)


def split_of(key: str) -> str:
    digest = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16)
    return "heldout" if digest % 100 < HELDOUT_PERCENT else "train"


def parse_lang(tag: str, where: str) -> str:
    lang = tag or "en"
    if lang not in LANGS:
        sys.exit(f"{where}: unknown language {tag!r}")
    return lang


def read_sources() -> list[Prompt]:
    prompts: dict[str, Prompt] = {}
    for path in sorted(SOURCES.glob("prompts-*.txt")):
        current: Prompt | None = None
        target: Protected | None = None
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            where = f"{path.name}:{number}"
            if not line or line.startswith("#"):
                continue
            head, _, rest = line.partition(" ")
            rest = rest.strip()
            if head == "@":
                current = prompts.setdefault(rest, Prompt(rest))
                target = None
                matches = list(PROMPTS.glob(f"{rest}.*"))
                if len(matches) != 1:
                    sys.exit(f"{where}: no prompt file {rest}.*")
                prompt_text = matches[0].read_text(encoding="utf-8")
            elif current is None:
                sys.exit(f"{where}: a line before the first @ prompt")
            elif head == "P":
                if rest not in prompt_text:
                    sys.exit(f"{where}: not verbatim in {current.prompt_id}: {rest[:60]!r}")
                target = Protected(rest)
                current.protected.append(target)
            elif head == "=" and rest.isdigit() and 1 <= int(rest) <= len(current.protected):
                target = current.protected[int(rest) - 1]
            elif head[:1] in "+-" and target is not None:
                lang = parse_lang(head[1:], where)
                (target.positives if head[0] == "+" else target.near_misses).append((lang, rest))
            else:
                sys.exit(f"{where}: cannot read {line[:40]!r}")
    return list(prompts.values())


def read_generic() -> dict[str, list[tuple[str, str]]]:
    pools: dict[str, list[tuple[str, str]]] = {"train": [], "heldout": []}
    lines = (SOURCES / "generic.txt").read_text(encoding="utf-8").splitlines()
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        tag, _, text = line.partition(" ")
        lang = parse_lang(tag, f"generic.txt:{number}")
        pools[split_of("generic:" + text)].append((lang, text.strip()))
    return pools


def row(
    prompt: Prompt, protected: str, lang: str, text: str, label: int, kind: str
) -> dict[str, object]:
    return {
        "prompt_id": prompt.prompt_id,
        "protected": protected,
        "text": text,
        "label": label,
        "lang": lang,
        "kind": kind,
        "family": prompt.prompt_id,
        "split": split_of(prompt.prompt_id),
    }


def build() -> list[dict[str, object]]:
    prompts = read_sources()
    generic = read_generic()
    by_split: dict[str, list[Prompt]] = {"train": [], "heldout": []}
    for prompt in prompts:
        by_split[split_of(prompt.prompt_id)].append(prompt)
    rows: list[dict[str, object]] = []
    counters = {"train": 0, "heldout": 0}
    for prompt in prompts:
        split = split_of(prompt.prompt_id)
        others = [p for p in by_split[split] if p is not prompt and p.protected]
        for index, item in enumerate(prompt.protected):
            for lang, text in item.positives:
                rows.append(row(prompt, item.text, lang, text, 1, "paraphrase"))
            for lang, text in item.near_misses:
                rows.append(row(prompt, item.text, lang, text, 0, "near-miss"))
            turn = counters[split]
            counters[split] += 1
            if others:
                other = others[turn % len(others)]
                source = other.protected[index % len(other.protected)]
                lang, text = source.positives[turn % len(source.positives)]
                rows.append(row(prompt, item.text, lang, text, 0, "other-prompt"))
            pool = generic[split]
            lang, text = pool[turn % len(pool)]
            rows.append(row(prompt, item.text, lang, text, 0, "plain"))
    return rows


def main() -> None:
    rows = build()
    seen: set[tuple[object, ...]] = set()
    unique = []
    for item in rows:
        key = (item["prompt_id"], item["protected"], item["text"])
        if key not in seen:
            seen.add(key)
            unique.append(item)
    with OUTPUT.open("w", encoding="utf-8") as out:
        for item in unique:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(unique)} rows -> {OUTPUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
