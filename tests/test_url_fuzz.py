"""Tampered links: generated query strings never crash, warn by parameter name, fall back.

Two layers: :func:`geo.urlparsing.parse_view` directly (fast, many examples) and the
Map page through AppTest on the fixture data dir (a fresh session per example, as a
pasted link). ``INCIDENT_ATLAS_FUZZ_EXAMPLES`` scales the AppTest part (default 1000).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

import pytest
import streamlit.testing.v1.app_test as app_test_module
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS, make_data_dir  # noqa: E402
from test_pages import _NavigationPagesManager  # noqa: E402

from geo.urlparsing import parse_view  # noqa: E402
from geo.urlstate import DateBounds, ViewState  # noqa: E402

APP = str(Path(__file__).resolve().parent.parent / "app.py")
KEYS = ("from", "to", "actor", "type", "incident", "hide")
LAYERS = ["acled"]
BOUNDS = DateBounds(date(2024, 1, 2), date(2024, 2, 29))
ACTORS = ["Russia", "Ukraine", "Unknown"]
TYPES = ["drone strike", "missile strike", "shelling"]
IDS = {r["id"] for r in RECORDS}
APP_EXAMPLES = int(os.environ.get("INCIDENT_ATLAS_FUZZ_EXAMPLES", "1000"))

_values = st.one_of(
    st.text(max_size=30),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=12),
    st.dates().map(date.isoformat),
    st.integers().map(str),
    st.integers(min_value=10**20, max_value=10**400).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["", " ", "0000-00-00", "2024-02-30", "2024-1-5", "20240105", "None", "[]",
                     "Russia", "russia ", "UNKNOWN", "shelling", "kyiv-2024-01-02", "2024-01-05",
                     "<script>alert(1)</script>", "\x00", "\u202e", "%00", "9" * 300,
                     "Russia" * 50, "true", "-1", "1e309"]),
)
_keys = st.one_of(st.sampled_from(KEYS), st.sampled_from(KEYS), st.text(max_size=10),
                  st.sampled_from(["article", "embed", "Actor", "from ", "utm_source"]))
_params = st.dictionaries(_keys, st.lists(_values, min_size=0, max_size=4), max_size=6)
_repeated = st.fixed_dictionaries({}, optional={
    k: st.integers(100, 130).map(lambda n, k=k: [("Russia", "2024-01-05", "x")[n % 3]] * n)
    for k in KEYS})


def _bad_keys(params: dict[str, list[str]], layers: list[str] = LAYERS) -> set[str]:
    """Known parameters whose values cannot all be honoured (they must be warned about)."""
    bad = set()
    for k in ("from", "to"):
        vals = params.get(k) or []
        if len(vals) > 1:
            bad.add(k)
        elif vals:
            v = vals[0].strip()
            try:
                ok = len(v) == 10 and v[4] == v[7] == "-" and date.fromisoformat(v) is not None
            except ValueError:
                ok = False
            if not ok or len(vals[0]) > 200:
                bad.add(k)
    for k, allowed in (("actor", ACTORS), ("type", TYPES), ("hide", layers)):
        vals = params.get(k) or []
        folded = {a.casefold() for a in allowed}
        if len(vals) > 100 or any(len(v) > 200 or v.strip().casefold() not in folded for v in vals):
            bad.add(k)
    vals = params.get("incident") or []
    if vals and (len(vals) > 1 or vals[0] not in IDS):
        bad.add("incident")
    return bad


def _check(params: dict[str, list[str]]) -> None:
    view, warnings = parse_view(params, BOUNDS, ACTORS, TYPES, IDS, LAYERS)
    assert isinstance(view, ViewState)
    for w in warnings:
        assert len(w) < 200 and "<" not in w
        assert any(f"'{k}'" in w for k in KEYS), w
    for k in _bad_keys(params):
        assert any(f"'{k}'" in w for w in warnings), (k, params, warnings)
    if "actor" in _bad_keys(params) and len(params["actor"]) > 100:
        assert view.actors == ()
    if "incident" in _bad_keys(params):
        assert view.incident is None
    for d in (view.date_from, view.date_to):
        assert d is None or BOUNDS.start <= d <= BOUNDS.end


@settings(max_examples=2000, deadline=None)
@given(_params)
def test_parse_view_never_raises_and_names_bad_parameters(params: dict[str, list[str]]) -> None:
    _check(params)


@settings(max_examples=100, deadline=None)
@given(_repeated)
def test_parse_view_repeated_keys(params: dict[str, list[str]]) -> None:
    _check(params)


def test_parse_view_odd_types() -> None:
    for raw in (None, 5, 3.5, b"2024-01-05", ["2024-01-05", None], (), {"x": 1}, object()):
        view, warnings = parse_view({k: raw for k in KEYS}, BOUNDS, ACTORS, TYPES, IDS)  # type: ignore[misc]
        assert isinstance(view, ViewState)


# ---------------------------------------------------------------------------- AppTest

@pytest.fixture(scope="module")
def fixture_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_data_dir(tmp_path_factory.mktemp("fuzz"))


_app_params = st.dictionaries(
    st.one_of(st.sampled_from(KEYS), st.sampled_from(["article", "Actor", "zz"])),
    st.lists(_values.filter(lambda v: "\x00" not in v), min_size=1, max_size=3), max_size=4)


def test_map_page_survives_tampered_links(fixture_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(fixture_dir))
    monkeypatch.setattr(app_test_module, "PagesManager", _NavigationPagesManager)
    n = len(RECORDS)
    runs = 0

    @settings(max_examples=APP_EXAMPLES, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(_app_params)
    def run(params: dict[str, list[str]]) -> None:
        nonlocal runs
        runs += 1
        at = AppTest.from_file(APP, default_timeout=60)
        at.query_params.update(params)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error, [e.value for e in at.error]
        warnings = [w.value for w in at.warning]
        for w in warnings:
            assert len(w) < 200 and "<" not in w
        for k in _bad_keys(params, layers=[]):  # the fixture has no imported layers
            assert any(f"'{k}'" in w for w in warnings), (k, params, warnings)
        shown = [m.value for m in at.markdown if m.value.startswith("Showing ")]
        assert len(shown) == 1
        if not any(params.get(k) for k in KEYS):
            assert shown[0] == f"Showing {n} of {n} incidents"  # unknown keys only: defaults

    t0 = time.perf_counter()
    run()
    took = time.perf_counter() - t0
    print(f"\nAppTest URL fuzz: {runs} runs in {took:.1f} s ({took / max(runs, 1) * 1000:.0f} ms each)")
    assert runs >= min(APP_EXAMPLES, 1000) * 0.9
