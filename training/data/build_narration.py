"""Build training/data/narration.jsonl from the hand-written families in narration_src/.

A family is one imagined author writing one kind of sentence: either a hand-written group
(`H`) or a few frames with slot lists (`T`) from which `n` distinct sentences are drawn.
Everything is seeded by the family id, so the output is the same on every run:

    python training/data/build_narration.py            # rewrites narration.jsonl
    python training/data/build_narration.py --check    # exits 1 if the file is stale

Held-out families are marked in the source (`heldout=True`), chosen once by hand, about a
quarter of the families of each language and kind; nobody tunes on them. Stdlib only.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "narration.jsonl"
LABELS = {"narration": 1, "attack-recognition": 1, "near-miss": 0, "plain": 0}
STYLES = {"plain", "lower", "typo", "bullet", "lower-typo", "numbered"}


@dataclass(frozen=True)
class Family:
    id: str
    lang: str
    kind: str
    sentences: tuple[str, ...]
    style: str = "plain"
    heldout: bool = False


@dataclass
class Registry:
    families: list[Family] = field(default_factory=list)

    def H(self, id: str, lang: str, kind: str, sentences: str | list[str], *,
          style: str = "plain", heldout: bool = False) -> None:
        """A hand-written group: a list, or one sentence per non-empty line."""
        if isinstance(sentences, str):
            sentences = [s.strip() for s in sentences.strip().splitlines() if s.strip()]
        self._add(Family(id, lang, kind, tuple(sentences), style, heldout))

    def T(self, id: str, lang: str, kind: str, n: int, frames: list[str],
          slots: dict[str, list[str]], *, style: str = "plain", heldout: bool = False) -> None:
        """A template family: `n` distinct fillings of the frames, drawn with a seeded RNG."""
        rng = random.Random(f"T:{id}")
        combos: list[str] = []
        for frame in frames:
            names = re.findall(r"{(\w+)}", frame)
            for values in itertools.product(*(slots[name] for name in names)):
                text = frame.format(**dict(zip(names, values, strict=True)))
                combos.append(text[:1].upper() + text[1:])  # a slot may open the sentence
        combos = list(dict.fromkeys(combos))
        rng.shuffle(combos)
        if len(combos) < n:
            raise SystemExit(f"family {id}: only {len(combos)} fillings for n={n}")
        self._add(Family(id, lang, kind, tuple(combos[:n]), style, heldout))

    def _add(self, family: Family) -> None:
        if family.kind not in LABELS or family.style not in STYLES:
            raise SystemExit(f"family {family.id}: bad kind or style")
        if any(f.id == family.id for f in self.families):
            raise SystemExit(f"family {family.id}: id used twice")
        self.families.append(family)


def _typo(text: str, rng: random.Random) -> str:
    """Swap two inner letters of one longer word, or drop one: the slips of fast typing."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 6 and w.isalpha()]
    if not candidates:
        return text
    i = rng.choice(candidates)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:] if rng.random() < 0.6 else w[:j] + w[j + 1:]
    return " ".join(words)


_ELISION = re.compile(r"\b([dD]e|[qQ]ue|[jJ]e|[nN]e|[mM]e) (?=[aeiouyéèêàâîôû])")


def _elide(text: str) -> str:
    """French elision where a slot filling put a vowel after "de", "que", "je"...: "d'éviter"."""
    return _ELISION.sub(lambda m: m.group(1)[:-1] + "'", text)


def _styled(family: Family) -> list[str]:
    rng = random.Random(f"S:{family.id}")
    out = []
    for k, text in enumerate(family.sentences):
        text = " ".join(text.split())
        if family.lang == "fr":
            text = _elide(text)
        if family.style in ("lower", "lower-typo"):
            text = text.lower()
        if family.style in ("typo", "lower-typo") and rng.random() < 0.5:
            text = _typo(text, rng)
        if family.style == "bullet":
            text = rng.choice(["- ", "* ", "- ", "• "]) + text
        if family.style == "numbered":
            text = f"{k % 5 + 1}. {text}"
        out.append(text)
    return out


def _key(text: str) -> str:
    """What makes two sentences the same: case and whitespace ignored."""
    return " ".join(text.lower().split())


def build() -> list[dict[str, object]]:
    sys.path.insert(0, str(HERE))
    from narration_src import load_all
    from narration_src.relabel import KIND_FIXES

    fixes = {_key(text): kind for text, kind in KIND_FIXES.items()}
    registry = Registry()
    load_all(registry)
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    for family in registry.families:
        for text in _styled(family):
            key = _key(text)
            if key in seen:
                continue
            seen.add(key)
            kind = fixes.pop(key, family.kind)
            if LABELS[kind] != LABELS[family.kind]:
                raise SystemExit(f"relabel: {text!r} would change its label")
            rows.append({
                "text": text, "label": LABELS[kind], "lang": family.lang,
                "kind": kind, "family": family.id,
                "split": "heldout" if family.heldout else "train",
            })
    if fixes:
        raise SystemExit(f"relabel: {len(fixes)} fixes match no row, e.g. {next(iter(fixes))!r}")
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if narration.jsonl is stale")
    args = parser.parse_args()
    text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in build())
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print("narration.jsonl is stale: rerun build_narration.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {text.count(chr(10))} rows to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
