"""No import circles in ``itday/`` (issue 28.1): the import graph is built from the source with
``ast``, and a module that imports, directly or not, a module that imports it back fails here.

What counts as an import: every ``import`` and ``from … import`` of an ``itday`` module, at
module level *and inside functions*, and every ``lazy_module("itday.…")`` (imported on
first use) — every circle the house had ran through an import
deferred into a function (to start faster), so module-level imports alone would guard
nothing.  Left out: imports under ``if TYPE_CHECKING:`` (never run), and the package
``__init__`` that Python runs before a submodule (``from a.b import c`` is an edge to
``a.b.c`` when that is a module, else to ``a.b``): a package that re-exports its modules'
names is no circle.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "itday"


def _modules() -> dict[str, Path]:
    root = PACKAGE.parent
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return getattr(test, "id", getattr(test, "attr", None)) == "TYPE_CHECKING"


def _lazy_call(node: ast.AST) -> bool:
    """``lazy_module("itday.…")`` (``itday.core.lazy``): an import, made on first use."""
    return (
        isinstance(node, ast.Call)
        and getattr(node.func, "id", getattr(node.func, "attr", None)) == "lazy_module"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def _imported(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The ``itday`` modules that ``module`` imports (see the module's docstring)."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, *([node.module] if node.module else [])])
            for alias in node.names:
                name = f"{base}.{alias.name}"
                found.add(name if name in known else base)
        elif _lazy_call(node):  # ``repo = lazy_module("itday.db.repo")``: imported on first use
            found.add(node.args[0].value)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return {m for m in found if m in known and m != module}


def import_graph() -> dict[str, set[str]]:
    known = _modules()
    return {module: _imported(module, path, known) for module, path in known.items()}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _path(graph: dict[str, set[str]], component: list[str]) -> str:
    """One circle through the component, to read: a → b → … → a."""
    members, start = set(component), component[0]
    seen, trail = {start}, [start]
    while True:
        nxt = min(m for m in graph[trail[-1]] if m in members)
        if nxt in seen:
            return " → ".join([*trail[trail.index(nxt) :], nxt])
        seen.add(nxt)
        trail.append(nxt)


def test_no_import_circle_in_itday():
    graph = import_graph()
    found = [_path(graph, c) for c in circles(graph)]
    assert not found, "import circles:\n" + "\n".join(found)


def test_the_graph_sees_imports_inside_functions_and_skips_type_checking():
    graph = import_graph()
    assert "itday.ui.kiosk" in graph["itday.ui.pages.checkin"]  # inside open_kiosk
    assert "itday.ui.pages.checkin" not in graph["itday.ui.kiosk"]  # under TYPE_CHECKING
    assert "itday.cli.editions" in graph["itday.cli"]  # `from itday.cli import editions`
    assert "itday.db.repo" in graph["itday.ui.main_window"]  # lazy_module("itday.db.repo")
    made_up = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(made_up) == [["a", "b", "c"]]
    assert _path(made_up, ["a", "b", "c"]) == "a → b → c → a"
