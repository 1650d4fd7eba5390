"""Kind corrections from audits of written rows against the definitions in training/data/README.md.

A family has one kind, but an author sometimes put a sentence in a family whose kind the README's
definitions give to another: a user's own request restated in a plain family is a near-miss. A fix
names the sentence as it reads in narration.jsonl (whitespace and case ignored) and the kind it
belongs to; its label never changes (plain and near-miss are both 0), nor its family or split. The
build fails when a fix matches no row or would change a label, so a stale fix cannot linger.

Audits (who read what, by which definition) are listed in the data README."""

from __future__ import annotations

KIND_FIXES: dict[str, str] = {}
