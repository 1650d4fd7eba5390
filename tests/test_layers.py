"""The package's layering, as the package docstring states it: each layer imports only from the
layers below it. Read from the source with ast, so a new import that crosses a layer fails here
before it tangles the design (a codec that imports the policy, a detector that imports a codec).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import guardproxy

PACKAGE = Path(guardproxy.__file__).parent

# Bottom up. A module may import from its own layer and the layers below it, never above.
# Modules are matched by dotted name; a package name covers its modules.
LAYERS: list[tuple[str, set[str]]] = [
    ("text and framing", {"sse", "normalize", "segment", "regex_guard", "think", "think_formats",
                          "yamlpos",
                          "extras", "chat_templates", "routes", "upstream"}),
    ("channels", {"sanitizer", "visible", "channels"}),
    ("detectors", {"detectors"}),
    ("state", {"sealing", "replay", "stored_prompts", "leak_budget"}),
    ("codecs", {"codecs"}),
    ("policy", {"rules", "policy_schema", "policy_compile", "policy_load", "policy_set",
                "checks", "reload"}),
    ("observability", {"audit", "metrics", "limits", "config"}),
    ("app", {"proxy", "admin", "demo", "workers"}),
    ("cli", {"cli", "__main__"}),
]


def _layer_of(module: str) -> int:
    parts = module.split(".")
    for index, (_, names) in enumerate(LAYERS):
        if parts[0] in names or module in names:
            return index
    raise AssertionError(f"guardproxy.{module} is in no layer: add it to LAYERS and the "
                         "package docstring")


def _modules() -> list[str]:
    return sorted(
        ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        for path in PACKAGE.rglob("*.py") if path.name != "__init__.py"
    )


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node but those under `if TYPE_CHECKING:` (type-only imports create no layering)."""
    out: list[ast.AST] = []
    todo: list[ast.AST] = [tree]
    while todo:
        node = todo.pop()
        out.append(node)
        if isinstance(node, ast.If) and ast.unparse(node.test).endswith("TYPE_CHECKING"):
            todo.extend(node.orelse)
        else:
            todo.extend(ast.iter_child_nodes(node))
    return out


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / (module.replace(".", "/") + ".py")).read_text())
    found = set()
    for node in _runtime_nodes(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        found |= {n.removeprefix("guardproxy.") for n in names if n.startswith("guardproxy.")}
    return found


def test_every_module_has_a_layer() -> None:
    for module in _modules():
        _layer_of(module)


@pytest.mark.parametrize("module", _modules())
def test_no_module_imports_from_a_layer_above_its_own(module: str) -> None:
    own = _layer_of(module)
    above = {m for m in _imports(module) if _layer_of(m) > own}
    assert not above, f"{module} ({LAYERS[own][0]}) imports from above: {sorted(above)}"


def test_codecs_know_no_policy_rules_or_detectors() -> None:
    """The channel interface lies below the codecs: a codec is handed channels by kind."""
    for module in _modules():
        if module.startswith("codecs."):
            crossing = {m for m in _imports(module)
                        if m.split(".")[0] in {"rules", "detectors"} or m.startswith("policy")}
            assert not crossing, (module, crossing)


def test_the_package_docstring_names_every_layer() -> None:
    doc = guardproxy.__doc__ or ""
    for _, names in LAYERS:
        for name in names - {"__main__"}:
            assert f"``{name}``" in doc, name
