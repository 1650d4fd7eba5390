"""Build the probe sets (narration_probe.jsonl, paraphrase_probe.jsonl) from probe_src/.

The probe sets are written by an author who never saw the training corpus or the shipped
phrase lists; they are never trained or tuned on, only measured. Deterministic, standard
library only: `python training/data/build_probe.py` (`--check` fails when a file is stale).

probe_src/narration-<lang>.txt, one directive a line:
    @@ <kind> [comment]    a new group (family probe-<lang>-<n>, numbered in file order)
    <text>                 a reasoning sentence of that group
probe_src/paraphrase.txt:
    @@ <prompt_id>         a prompt: the stem of a file in corpus/system-prompts/
    == <protected>         a protected sentence, verbatim from that prompt
    <mark>[lang] <text>    a reasoning sentence about it; mark + paraphrase (label 1),
                           - near-miss, = other-prompt, ~ plain (label 0); lang defaults to en
Blank lines and lines starting with "# " are skipped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "probe_src"
LANGS = ("en", "fr", "es", "de", "zh")
NARRATION_KINDS = {"narration": 1, "attack-recognition": 1, "near-miss": 0, "plain": 0}
PARAPHRASE_MARKS = {"+": "paraphrase", "-": "near-miss", "=": "other-prompt", "~": "plain"}

Row = dict[str, object]


def _lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in text if line.strip() and not line.startswith("# ")]


def narration_rows() -> list[Row]:
    rows: list[Row] = []
    for lang in LANGS:
        family, kind = "", ""
        groups = 0
        for line in _lines(SOURCES / f"narration-{lang}.txt"):
            if line.startswith("@@"):
                kind = line.split()[1]
                if kind not in NARRATION_KINDS:
                    raise ValueError(f"narration-{lang}.txt: unknown kind {kind!r}")
                groups += 1
                family = f"probe-{lang}-{groups}"
                continue
            if not family:
                raise ValueError(f"narration-{lang}.txt: text before the first @@ group")
            rows.append({"text": line, "label": NARRATION_KINDS[kind], "lang": lang,
                         "kind": kind, "family": family, "split": "probe"})
    return rows


def paraphrase_rows() -> list[Row]:
    rows: list[Row] = []
    prompt_id, protected = "", ""
    for line in _lines(SOURCES / "paraphrase.txt"):
        head, _, text = line.partition(" ")
        if head == "@@":
            prompt_id, protected = text.strip(), ""
        elif head == "==":
            protected = text.strip()
        else:
            mark, lang = head[0], head[1:] or "en"
            if mark not in PARAPHRASE_MARKS or lang not in LANGS or not protected:
                raise ValueError(f"paraphrase.txt: cannot read {line!r}")
            kind = PARAPHRASE_MARKS[mark]
            rows.append({"prompt_id": prompt_id, "protected": protected, "text": text.strip(),
                         "label": int(kind == "paraphrase"), "lang": lang, "kind": kind,
                         "family": prompt_id, "split": "probe"})
    return rows


def render(rows: list[Row]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


OUTPUTS = {"narration_probe.jsonl": narration_rows, "paraphrase_probe.jsonl": paraphrase_rows}


def main(argv: list[str]) -> int:
    stale = []
    for name, build in OUTPUTS.items():
        text = render(build())
        path = HERE / name
        if "--check" in argv:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            path.write_text(text, encoding="utf-8")
    if stale:
        print("stale, rerun build_probe.py:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
