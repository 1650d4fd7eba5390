"""Policy files: read, parsed with positions, validated and compiled.

Everything wrong with a file is reported at once, each problem as `file:line:col: where: what`,
`where` naming the rule by index and id (`rules[1] (safety-hints).patterns[0]`), so ops fix
the file the way they fix code a compiler rejected.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from guardproxy.policy_compile import CompiledPolicy, compile_policy
from guardproxy.policy_schema import Policy
from guardproxy.yamlpos import Position, YamlDocument, YamlSyntaxError, parse

__all__ = [
    "PolicyError",
    "Problem",
    "default_policy_path",
    "load_policy",
    "read_document",
    "validation_problems",
]


@dataclass(frozen=True, slots=True)
class Problem:
    position: Position | None  # where in the file, when known
    message: str

    def __str__(self) -> str:
        return f"{self.position}: {self.message}" if self.position else self.message


class PolicyError(Exception):
    """Everything wrong with one policy file, each as `file:line:col: where: what`."""

    def __init__(self, source: str, problems: list[Problem],
                 sources: tuple[Path, ...] = ()) -> None:
        self.source = source
        self.problems = problems
        # The files the policy was read from, as far as it got (see CompiledPolicy.sources).
        self.sources = sources
        super().__init__("\n".join(self.lines))

    @property
    def lines(self) -> list[str]:
        return [
            f"{self.source}:{p}" if p.position else f"{self.source}: {p}" for p in self.problems
        ]

    @property
    def errors(self) -> list[str]:
        return [str(p) for p in self.problems]


def default_policy_path() -> Path:
    return Path(__file__).parent / "policies" / "default.yaml"


def read_document(path: Path) -> tuple[bytes, YamlDocument]:
    """A YAML file's bytes and parsed document; a `PolicyError` if it cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        problem = Problem(None, f"cannot read policy: {exc.strerror}")
        raise PolicyError(str(path), [problem], (path,)) from None
    try:
        return raw, parse(raw)
    except YamlSyntaxError as exc:
        problem = Problem(exc.position, f"invalid YAML: {exc.problem}")
        raise PolicyError(str(path), [problem], (path,)) from None


def load_policy(path: str | Path) -> CompiledPolicy:
    """Read, validate and compile a policy file; every problem is reported at once."""
    path = Path(path)
    raw, document = read_document(path)
    if document.data is None:
        problem = Problem(Position(1, 1), "policy: the file is empty (a policy needs at least "
                                          "version, name and rules)")
        raise PolicyError(str(path), [problem], (path,))
    try:
        policy = Policy.model_validate(document.data)
    except ValidationError as exc:
        raise PolicyError(str(path), validation_problems(document, exc), (path,)) from None
    digest = hashlib.sha256(raw)
    sources = (path, *(path.parent / name for name in policy.protected_files))
    if policy.protected_files:
        texts = _protected_files(path, policy, document, sources)
        for text in texts:
            digest.update(text.encode())  # /readyz shows when a protected file changed
        policy = policy.model_copy(update={"protected_texts": [*policy.protected_texts, *texts]})
    try:
        return compile_policy(policy, digest.hexdigest()[:16], sources)
    except Exception as exc:  # a check validation lacks: still an error, never a traceback
        problem = Problem(document.locate(["rules"]),
                          f"rules: cannot be compiled: {type(exc).__name__}: {exc}")
        raise PolicyError(str(path), [problem], sources) from None


def _protected_files(path: Path, policy: Policy, document: YamlDocument,
                     sources: tuple[Path, ...]) -> list[str]:
    """The texts of `protected_files`, read now, relative to the policy's directory."""
    texts: list[str] = []
    problems: list[Problem] = []
    for i, file in enumerate(sources[1:]):
        try:
            texts.append(file.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
            where = document.locate(["protected_files", i])
            problems.append(Problem(where, f"protected_files[{i}]: cannot read {file}: {why}"))
    if problems:
        raise PolicyError(str(path), problems, sources)
    return texts


def validation_problems(document: YamlDocument, *errors: ValidationError) -> list[Problem]:
    """Each error as a problem at the line and column of ``document`` it points to, in the
    order of the file."""
    problems = [_problem(err, document) for exc in errors for err in exc.errors()]
    return sorted(problems, key=lambda p: (p.position.line, p.position.column)
                  if p.position else (0, 0))


def _problem(err: ErrorDetails, document: YamlDocument) -> Problem:
    """`rules[2] (safety-hints).patterns[0]: message`, at the line and column it points to."""
    path: list[str | int] = []
    words: list[str] = []
    node = document.data
    for step in err["loc"]:
        if isinstance(node, dict) and step not in node and step == node.get("detector"):
            continue  # pydantic names the union member by its tag: not a key of the file
        path.append(step)
        node = _get(node, step)
        if isinstance(step, int):
            words.append(f"[{step}]")
            if len(path) == 2 and path[0] == "rules" and isinstance(node, dict):
                words.append(f" ({node.get('id', '?')})")
        else:
            words.append(f".{step}" if words else str(step))
    where = document.locate(path, key=err["type"] == "extra_forbidden")
    return Problem(where, f"{''.join(words) or 'policy'}: {_message(err)}")


def _get(node: Any, step: str | int) -> Any:
    if isinstance(node, dict):
        return node.get(step)
    if isinstance(node, list) and isinstance(step, int) and step < len(node):
        return node[step]
    return None


def _message(err: ErrorDetails) -> str:
    kind = err["type"]
    if kind == "extra_forbidden":
        return "unknown key"
    if kind == "missing":
        return "required key is missing"
    if kind == "union_tag_invalid":
        ctx = err.get("ctx") or {}
        return f"unknown detector {ctx.get('tag')!r} (expected one of {ctx.get('expected_tags')})"
    return str(err["msg"]).removeprefix("Value error, ")
