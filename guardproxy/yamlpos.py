"""YAML with positions: parse once, keep the node tree, and find where a value came from.

Validation errors then point at the line and column ops have to fix, the way compilers do.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import yaml

__all__ = ["Position", "YamlDocument", "YamlSyntaxError", "parse"]


@dataclass(frozen=True, slots=True)
class Position:
    line: int  # 1-based
    column: int  # 1-based

    def __str__(self) -> str:
        return f"{self.line}:{self.column}"


class YamlSyntaxError(ValueError):
    def __init__(self, position: Position | None, problem: str) -> None:
        self.position = position
        self.problem = problem
        super().__init__(problem)


@dataclass(frozen=True)
class YamlDocument:
    data: Any
    root: yaml.Node | None

    def locate(self, path: Sequence[str | int], *, key: bool = False) -> Position | None:
        """Where the value at ``path`` starts (its key, with ``key=True``); the deepest
        existing ancestor when the path goes further than the document."""
        node, key_node = self.root, None
        for step in path:
            found = _child(node, step)
            if found is None:
                break
            key_node, node = found
        target = key_node if key and key_node is not None else node
        if target is None:
            return Position(1, 1)  # an empty document: its start
        return Position(target.start_mark.line + 1, target.start_mark.column + 1)

    def nested(self, key: str) -> YamlDocument:
        """The document as the value of ``key`` in a mapping: a file holding one section of
        another's schema, located as if it were written under its key."""
        if self.root is None:
            return YamlDocument({key: self.data}, None)
        name = yaml.ScalarNode("tag:yaml.org,2002:str", key, self.root.start_mark,
                               self.root.start_mark)
        root = yaml.MappingNode("tag:yaml.org,2002:map", [(name, self.root)],
                                self.root.start_mark, self.root.end_mark)
        return YamlDocument({key: self.data}, root)


# PyYAML builds nested collections recursively: deeper input would exhaust Python's stack.
MAX_DEPTH = 64


def parse(raw: bytes) -> YamlDocument:
    loader = yaml.SafeLoader(raw)
    try:
        _check_depth(raw)
        root = loader.get_single_node()
        data = loader.construct_document(root) if root is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        position = Position(mark.line + 1, mark.column + 1) if mark is not None else None
        raise YamlSyntaxError(position, getattr(exc, "problem", None) or str(exc)) from None
    finally:
        loader.dispose()
    return YamlDocument(data, root)


def _check_depth(raw: bytes) -> None:
    depth = 0
    for event in yaml.parse(raw, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                mark = event.start_mark
                position = Position(mark.line + 1, mark.column + 1) if mark else None
                raise YamlSyntaxError(position, f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _child(node: yaml.Node | None, step: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == str(step):
                return key_node, value_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
        return None, node.value[step]
    return None
