"""Keeping policy regexes from backtracking catastrophically.

Two layers, because no static check catches every slow pattern:

* at load, ``check_backtracking`` rejects the classic shape, an unbounded quantifier inside
  another (`(a+)+`, `(\\w+\\s?)*`), whose matcher can try exponentially many ways to split a
  run before failing. Possessive quantifiers and atomic groups never backtrack into, so they are
  the suggested fix and pass the check. Patterns in syntax only the `regex` module reads are
  left to the second layer.
* at match time every search has ``MATCH_TIMEOUT``; what it was run on is bounded too (hint
  rules see sentences of at most a few hundred characters), so a slow pattern costs a bounded
  time per sentence, and the caller fails closed on a timeout (see safety_hints.py).
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["MATCH_TIMEOUT", "check_backtracking"]

# Seconds one search may take. Real rules take microseconds on a sentence; this only stops a
# runaway match, and is generous enough that a loaded CPU does not trip it.
MATCH_TIMEOUT = 0.25

# `re`'s own parser (no public API, no type stubs): the tree it builds is what the check walks.
_parser: Any = importlib.import_module("re._parser")
_MAXREPEAT: Any = importlib.import_module("re._constants").MAXREPEAT

_BACKTRACKING_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT"})


def check_backtracking(pattern: str) -> None:
    """Raise ValueError for an unbounded quantifier nested in another one."""
    try:
        tree = _parser.parse(pattern)
    except Exception:  # syntax only `regex` reads: the time bound covers it
        return
    if _nested(list(tree), inside=False):
        raise ValueError(
            "nested unbounded quantifiers (like `(a+)+`) can backtrack catastrophically; "
            "make the inner one possessive (`a++`) or atomic (`(?>a+)`)"
        )


def _nested(items: list[tuple[Any, Any]], *, inside: bool) -> bool:
    """Whether ``items`` hold an unbounded backtracking repeat, within one if ``inside``."""
    for op, av in items:
        name = str(op)
        if name in _BACKTRACKING_REPEATS:
            _, most, body = av
            unbounded = most == _MAXREPEAT
            if (unbounded and inside) or _nested(list(body), inside=inside or unbounded):
                return True
        elif any(_nested(list(sub), inside=inside) for sub in _children(name, av)):
            return True
    return False


def _children(name: str, av: Any) -> list[Any]:
    """The sub-patterns of a node that the matcher can backtrack into."""
    if name == "SUBPATTERN":
        return [av[3]]
    if name == "BRANCH":
        return list(av[1])
    if name in ("ASSERT", "ASSERT_NOT"):
        return [av[1]]
    if name == "GROUPREF_EXISTS":
        return [part for part in av[1:] if part is not None]
    return []  # ATOMIC_GROUP and POSSESSIVE_REPEAT among them: no backtracking into those
