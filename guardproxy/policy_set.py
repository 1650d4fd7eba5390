"""The policies a proxy serves, and which one a request gets.

`--policy` names a file (one policy for everything) or a directory: every `*.yaml` in it except
`*.tests.yaml` is a policy. A policy with a `select:` serves the requests it matches (first
match in file-name order); exactly one policy without `select:` serves the rest. Selection uses
what the operator configured only: the model asked for, the route, and, only if the operator
named a trusted tenant header (set by a gateway in front), that header.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from guardproxy.policy_compile import CompiledPolicy
from guardproxy.policy_load import PolicyError, Problem, load_policy
from guardproxy.policy_schema import Selector

__all__ = ["PolicySet", "PolicySetError", "load_policy_set", "policy_files"]


@dataclass(frozen=True)
class PolicySet:
    selective: tuple[CompiledPolicy, ...]  # policies with `select:`, in file-name order
    fallback: CompiledPolicy

    @classmethod
    def of(cls, policy: CompiledPolicy) -> PolicySet:
        return cls((), policy)

    @property
    def all(self) -> tuple[CompiledPolicy, ...]:
        return (self.fallback, *self.selective)

    def select(self, *, model: str | None, path: str, tenant: str | None) -> CompiledPolicy:
        for compiled in self.selective:
            selector = compiled.policy.select
            if selector is not None and _matches(selector, model, path, tenant):
                return compiled
        return self.fallback


def _matches(selector: Selector, model: str | None, path: str, tenant: str | None) -> bool:
    if selector.models and not (model and any(fnmatchcase(model, g) for g in selector.models)):
        return False
    if selector.paths and not any(fnmatchcase(path, g) for g in selector.paths):
        return False
    return not selector.tenants or tenant in selector.tenants


def policy_files(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.glob("*.y*ml") if not p.stem.endswith(".tests"))


def load_policy_set(path: Path) -> PolicySet:
    """Load every policy at ``path``; raises the errors of all files at once."""
    files = policy_files(path)
    loaded: list[CompiledPolicy] = []
    errors: list[PolicyError] = []
    for file in files:
        try:
            loaded.append(load_policy(file))
        except PolicyError as exc:
            errors.append(exc)
    if errors:
        raise PolicySetError(errors)
    if len(loaded) == 1:
        return PolicySet.of(loaded[0])  # a single policy serves everything
    fallbacks = [(f, c) for f, c in zip(files, loaded, strict=True) if c.policy.select is None]
    if len(fallbacks) != 1:
        names = ", ".join(f.name for f, _ in fallbacks) or "none"
        problem = Problem(None, "exactly one policy must have no `select:` to serve the "
                                f"requests no other policy selects (found: {names})")
        raise PolicySetError([PolicyError(str(path), [problem])])
    selective = tuple(c for c in loaded if c.policy.select is not None)
    return PolicySet(selective, fallbacks[0][1])


class PolicySetError(Exception):
    def __init__(self, errors: list[PolicyError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    @property
    def lines(self) -> list[str]:
        return [line for error in self.errors for line in error.lines]
