"""The house's layering, read from the source: who may import whom.

``geo/`` is the domain: it never imports Streamlit, the app (``app``, ``pages``, ``ui``) or
the rendering (``render``), and imports ``store`` (which imports ``geo``) only for types or
inside a function. ``render/`` draws the domain and never imports Streamlit or the app.
The one edge inside ``geo/`` is the command line (``geo/cli.py``), which, like a page, opens
the store and exports with ``render``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = {"streamlit", "streamlit_folium", "app", "pages", "ui"}
EDGES = {"geo/cli.py": {"render"}}
"""What an edge module of geo/ may import beyond geo/'s rule."""


def _deferred(node: ast.AST) -> bool:
    """A function body or an ``if TYPE_CHECKING:`` block: not run when the module loads."""
    if isinstance(node, ast.If):
        return "TYPE_CHECKING" in ast.unparse(node.test)
    return isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)


def _imports(path: Path) -> list[tuple[str, ast.stmt, bool]]:
    """``(top-level package, node, run when the module loads)`` of every import in
    ``path``, those inside functions and ``if TYPE_CHECKING:`` blocks included."""
    out: list[tuple[str, ast.stmt, bool]] = []

    def visit(node: ast.AST, eager: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import):
                out.extend((a.name.split(".")[0], child, eager) for a in child.names)
            elif isinstance(child, ast.ImportFrom) and child.level == 0 and child.module:
                out.append((child.module.split(".")[0], child, eager))
            else:
                visit(child, eager and not _deferred(child))

    visit(ast.parse(path.read_text(encoding="utf-8")), True)
    return out


def _modules(package: str) -> list[Path]:
    return sorted((ROOT / package).glob("*.py"))


def _where(path: Path, node: ast.stmt) -> str:
    return f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}"


@pytest.mark.parametrize("path", _modules("geo"), ids=lambda p: p.name)
def test_geo_imports_neither_the_app_nor_render(path: Path) -> None:
    allowed = EDGES.get(str(path.relative_to(ROOT)), set())
    bad = [
        _where(path, node) for top, node, _ in _imports(path) if top in (APP | {"render"}) - allowed
    ]
    assert not bad, "geo/ is the domain: " + "; ".join(bad)


@pytest.mark.parametrize("path", _modules("geo"), ids=lambda p: p.name)
def test_geo_imports_store_only_for_types_or_lazily(path: Path) -> None:
    bad = [_where(path, node) for top, node, eager in _imports(path) if top == "store" and eager]
    assert not bad, "store/ imports geo/; geo/ may not import it at module level: " + "; ".join(bad)


@pytest.mark.parametrize(
    "path", _modules("render") + _modules("store"), ids=lambda p: str(p.relative_to(ROOT))
)
def test_render_and_store_import_no_app(path: Path) -> None:
    bad = [_where(path, node) for top, node, _ in _imports(path) if top in APP]
    assert not bad, "; ".join(bad)


def test_store_never_imports_render() -> None:
    bad = [
        _where(path, node)
        for path in _modules("store")
        for top, node, _ in _imports(path)
        if top == "render"
    ]
    assert not bad, "; ".join(bad)


def test_the_check_sees_lazy_and_typing_imports(tmp_path: Path) -> None:
    """The walk finds imports in functions and TYPE_CHECKING blocks, and tells them apart."""
    src = tmp_path / "m.py"
    src.write_text(
        "from typing import TYPE_CHECKING\n"
        "import streamlit as st\n"
        "if TYPE_CHECKING:\n    from store.base import AtlasStore\n"
        "def f():\n    from render.mapview import build_map\n"
        "class C:\n    def g(self):\n        import ui.state\n",
        encoding="utf-8",
    )
    found = {(top, eager) for top, _, eager in _imports(src)}
    assert found == {
        ("typing", True), ("streamlit", True), ("store", False), ("render", False), ("ui", False),
    }  # fmt: skip
