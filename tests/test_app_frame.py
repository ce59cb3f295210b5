"""app.py only frames; pages read one typed context (``ui.state.context()``).

The AST test keeps logic out of ``app.py``; the AppTest runs check the context the real
app prepares (types and values for a shared link) and the one fallback for a page run
without ``app.py`` (a first visitor's deep link: the browser proof is
``tests/browser/test_deeplinks_browser.py``).
"""

from __future__ import annotations

import ast
import dataclasses
import sys
from pathlib import Path

import pandas as pd
import pytest
import streamlit.testing.v1.app_test as app_test_module
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402
from test_pages import (  # noqa: E402
    APP,
    _NavigationPagesManager,
    _with_acled_layer,
    make_app,
    no_errors,
    showing,
)

from geo.catalog import Catalog  # noqa: E402
from geo.layers import LayerInfo  # noqa: E402
from geo.urlstate import ViewState  # noqa: E402
from store import AtlasStore  # noqa: E402
from ui.state import CONTEXT_KEY, AtlasContext  # noqa: E402

# Every call app.py may make: page config, the pages, who may write (which pages exist),
# the frame and the page itself.
FRAMING_CALLS = {
    "st.set_page_config",
    "st.Page",
    "st.navigation",
    "access.can_write",
    "frame",
    "page.run",
}


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """The fixture data dir, and AppTest kept in st.navigation mode (see tests/test_pages)."""
    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    return data


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return type(node).__name__


def test_app_py_only_frames():
    tree = ast.parse(Path(APP).read_text(encoding="utf-8"))
    nodes = list(ast.walk(tree))
    defined = [n for n in nodes if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef
                                               | ast.ClassDef | ast.Lambda)]  # fmt: skip
    assert not defined, "app.py defines no functions or classes"
    logic = (ast.If, ast.For, ast.While, ast.Try, ast.Match, ast.comprehension)
    assert not [type(n).__name__ for n in nodes if isinstance(n, logic)]
    calls = {_name(n.func) for n in nodes if isinstance(n, ast.Call)}
    assert calls <= FRAMING_CALLS, calls - FRAMING_CALLS
    assert {"st.set_page_config", "st.navigation", "frame", "page.run"} <= calls
    (block,) = [n for n in tree.body if isinstance(n, ast.With)]
    assert _name(block.items[0].context_expr.func) == "frame"  # type: ignore[attr-defined]
    assert [ast.unparse(s) for s in block.body] == ["page.run()"]
    imported = {a.name for n in nodes if isinstance(n, ast.ImportFrom) for a in n.names}
    assert imported <= {"annotations", "access", "frame"}


def test_the_context_is_typed_and_holds_the_view_of_the_link(data_dir):
    _with_acled_layer(data_dir)
    at = make_app({"actor": "Ukraine", "hide": "acled"})
    no_errors(at)
    ctx = at.session_state[CONTEXT_KEY]
    assert isinstance(ctx, AtlasContext)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.shown = ctx.shown.head(0)  # type: ignore[misc]
    assert ctx.data_dir == data_dir
    assert isinstance(ctx.store, AtlasStore) and isinstance(ctx.catalog, Catalog)
    url, version = ctx.version
    assert isinstance(url, str) and url.startswith("sqlite:///")
    assert version == ctx.store.data_version()
    assert ctx.view == ViewState(actors=("Ukraine",), hidden_layers=("acled",))
    assert ctx.params == {"actor": ["Ukraine"], "hide": ["acled"]}
    assert [(i.name, type(i)) for i in ctx.layers] == [("acled", LayerInfo)]
    assert isinstance(ctx.layers, tuple)
    # What the Map page shows is the context's table: the link's actor, no layer row.
    assert isinstance(ctx.shown, pd.DataFrame) and len(ctx.shown) > 0
    assert set(ctx.shown["actor"]) == {"Ukraine"} and ctx.shown["layer"].isna().all()
    total = len(ctx.catalog.incidents)
    assert showing(at) == f"Showing {len(ctx.shown)} of {total} incidents"


def test_each_run_prepares_a_new_context_from_the_widgets(data_dir):
    at = make_app({"actor": "Ukraine"})
    first = at.session_state[CONTEXT_KEY]
    at.multiselect(key="f_actors").set_value(["Russia"]).run()
    no_errors(at)
    ctx = at.session_state[CONTEXT_KEY]
    assert ctx is not first and ctx.view.actors == ("Russia",)
    assert ctx.params == {"actor": ["Russia"]} and set(ctx.shown["actor"]) == {"Russia"}
    assert ctx.catalog is first.catalog  # the shared, cached catalog: not copied per run


def _page_without_app() -> None:
    """A page run by Streamlit's legacy ``pages/``-folder routing (no app.py, no context)
    on the first run, then (after the fallback's rerun) a run that still has none."""
    import streamlit as st
    from streamlit.runtime.pages_manager import PagesManager

    from ui.state import context

    runs = st.session_state.get("runs", 0) + 1
    st.session_state["runs"] = runs
    if runs == 1:
        PagesManager.uses_pages_directory = True  # what a pages/ folder does before navigation
    context()


def test_a_page_run_without_app_py_leaves_legacy_routing_once_then_says_why():
    from streamlit.runtime.pages_manager import PagesManager

    at = AppTest.from_function(_page_without_app, default_timeout=30)
    at.run()
    # The first run switched the legacy routing off and reran (so app.py would run the
    # page); a run that still has no context does not loop: it fails with the reason.
    assert at.session_state["runs"] == 2
    assert PagesManager.uses_pages_directory is False
    assert [e.message for e in at.exception] == [
        "The page ran without app.py: run the atlas with `streamlit run app.py`."
    ]
