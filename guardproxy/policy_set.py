"""The policies a proxy serves, and which one a request gets.

`--policy` names a file (one policy for everything, whatever its `select:`) or a folder, which
is one policy set: every `*.yaml` and `*.yml` file directly in it is a policy, except
`NAME.tests.yaml` (test cases of NAME.yaml) and hidden files (editors' lock and swap files,
Kubernetes' `..data`). A policy with a `select:` serves the requests it matches (first match in
file-name order); exactly one policy without `select:` serves the rest. Selection uses what the
operator configured only: the model asked for, the route, and, only if the operator named a
trusted tenant header (set by a gateway in front), that header.

`guardproxy check`, `check --set` and `serve --policy` all read a folder this way.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from guardproxy.policy_compile import CompiledPolicy, compile_policy
from guardproxy.policy_load import PolicyError, Problem, load_policy
from guardproxy.policy_schema import Selector

__all__ = [
    "PolicySet",
    "PolicySetError",
    "assemble",
    "in_policy_folder",
    "is_policy_file",
    "is_tests_file",
    "load_policy_set",
    "policy_files",
    "sibling_tests_path",
]

SUFFIXES = (".yaml", ".yml")


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

    @property
    def sources(self) -> tuple[Path, ...]:
        """Every file the set was read from (policies and their protected files)."""
        return tuple(dict.fromkeys(s for c in self.all for s in c.sources))

    def protecting(self, texts: list[str]) -> PolicySet:
        """The same policies, each also protecting ``texts`` in every request."""
        def more(compiled: CompiledPolicy) -> CompiledPolicy:
            update = {"protected_texts": [*compiled.policy.protected_texts, *texts]}
            return compile_policy(compiled.policy.model_copy(update=update), compiled.digest,
                                  compiled.sources)

        return PolicySet(tuple(map(more, self.selective)), more(self.fallback))

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


def is_tests_file(path: Path) -> bool:
    """`strict.tests.yaml`: the test cases of `strict.yaml`, not a policy."""
    return path.stem.endswith(".tests")


def sibling_tests_path(policy_path: Path) -> Path:
    """`policies/strict.yaml` keeps extra cases in `policies/strict.tests.yaml`."""
    return policy_path.with_name(policy_path.stem + ".tests" + policy_path.suffix)


def in_policy_folder(path: Path) -> bool:
    """Whether a file of a policy folder is part of its set: a policy, or a policy's tests."""
    return path.suffix in SUFFIXES and not path.name.startswith(".")


def is_policy_file(path: Path) -> bool:
    """Whether a file of a policy folder is one of its policies."""
    return in_policy_folder(path) and not is_tests_file(path)


def policy_files(path: Path) -> list[Path]:
    """The policy files at ``path``: itself, or those of the folder it names."""
    if not path.is_dir():
        return [path]
    return sorted(p for p in path.iterdir() if is_policy_file(p) and not p.is_dir())


def load_policy_set(path: Path) -> PolicySet:
    """Load every policy at ``path``; raises the errors of all files at once."""
    loaded: list[CompiledPolicy] = []
    errors: list[PolicyError] = []
    for file in policy_files(path):
        try:
            loaded.append(load_policy(file))
        except PolicyError as exc:
            errors.append(exc)
    if errors:
        raise PolicySetError(errors, tuple(s for c in loaded for s in c.sources))
    return assemble(path, loaded)


def assemble(path: Path, loaded: list[CompiledPolicy]) -> PolicySet:
    """The set the policies loaded from ``path`` make (in file-name order)."""
    if len(loaded) == 1:
        return PolicySet.of(loaded[0])  # a single policy serves everything
    fallbacks = [c for c in loaded if c.policy.select is None]
    if len(fallbacks) == 1:
        return PolicySet(tuple(c for c in loaded if c.policy.select is not None), fallbacks[0])
    if not loaded:
        why = "the folder holds no policy (*.yaml, *.yml)"
    else:
        names = ", ".join(c.sources[0].name for c in fallbacks) or "none"
        why = ("a folder is one policy set: exactly one of its policies must have no `select:`, "
               f"to serve the requests no other selects (found: {names}); give the others a "
               "`select:`, or name one file")
    sources = tuple(s for c in loaded for s in c.sources)
    raise PolicySetError([PolicyError(str(path), [Problem(None, why)])], sources)


class PolicySetError(Exception):
    def __init__(self, errors: list[PolicyError], loaded: tuple[Path, ...] = ()) -> None:
        self.errors = errors
        # Every file the set was read from, as far as it got: reloading is due when one changes.
        self.sources = tuple(dict.fromkeys((*loaded, *(s for e in errors for s in e.sources))))
        super().__init__("\n".join(str(e) for e in errors))

    @property
    def lines(self) -> list[str]:
        return [line for error in self.errors for line in error.lines]
