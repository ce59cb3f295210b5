"""The pages' filter (``ui.viewrows.rows_in_view``: the store's indexed query, then the
rows by id) returns exactly the rows today's pandas filter returns — same ids, same order —
on the seeds and on a synthetic table, with saved layers (some hidden, one shadowing
ids), the analysts' corrections on top, and boxes; and falls back to pandas where the
store cannot answer for the table in memory."""

from __future__ import annotations

import dataclasses
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from geo import filters, layers, storefilter
from geo.catalog import load_catalog
from geo.corrections import coords_value, date_value, make_correction
from geo.table import to_geojson
from geo.urlstate import UNKNOWN, ViewState
from store.migrate import open_seeded
from ui import viewrows

REPO = Path(__file__).resolve().parent.parent
CIR = Path("/work/shared/data/cir_events.csv")  # benchmarks.synthetic copies its incidents
UKRAINE = (22.0, 44.0, 40.5, 52.5)


def pandas_rows(table: pd.DataFrame, view: ViewState, bbox=None) -> pd.DataFrame:
    """What the pages computed before the store answered: the whole table in pandas."""
    shown = filters.filter_incidents(layers.visible(table, view.hidden_layers), view)
    return shown[filters.bbox_mask(shown, bbox)] if bbox is not None else shown


def app_table(store):
    """The catalog as ``ui.state.cached_table`` makes it: saved layers joined."""
    catalog = load_catalog(store)
    saved, infos, _ = layers.load_layers(store)
    joined = dataclasses.replace(catalog, incidents=layers.combine(catalog.incidents, saved))
    return joined, [i.name for i in infos]


class Asked:
    """Counts the store's indexed queries, and those whose ids were the answer (not more
    than the limit: a broad view goes to pandas)."""

    def __init__(self, store, monkeypatch):
        self.n = self.answered = 0
        real = store.incident_ids

        def counted(query, **options):
            found = real(query, **options)
            limit = options.get("limit")
            self.n += 1
            self.answered += limit is None or len(found) < limit
            return found

        monkeypatch.setattr(store, "incident_ids", counted)


def random_view(rng: random.Random, table: pd.DataFrame, names: list[str]) -> ViewState:
    bounds = filters.date_bounds(table)
    assert bounds is not None
    span = (bounds.end - bounds.start).days
    lo = bounds.start + timedelta(days=rng.randrange(span + 1))
    hi = lo + timedelta(days=rng.choice((0, 6, 30, 120, span)))
    actors, types = filters.actors_present(table), filters.types_present(table)
    return ViewState(
        *rng.choice(((None, None), (lo, None), (None, hi), (lo, hi), (lo, hi))),
        actors=tuple(rng.sample(actors, rng.randrange(min(3, len(actors)) + 1))),
        types=tuple(rng.sample(types, rng.randrange(min(2, len(types)) + 1))),
        hidden_layers=tuple(n for n in names if rng.random() < 0.3),
    )


def random_box(rng: random.Random):
    west, south = rng.uniform(22, 38), rng.uniform(44, 51)
    return rng.choice((None, None, (west, south, west + rng.uniform(0.5, 8), south + 2)))


def assert_same(store, catalog, names, views, monkeypatch) -> Asked:
    asked = Asked(store, monkeypatch)
    version = (str(store.engine.url), store.data_version())
    for view, box in views:
        expected = pandas_rows(catalog.incidents, view, box)
        got = viewrows.rows_in_view(store, catalog, version, view, names, box)
        assert list(got["id"]) == list(expected["id"]), (view, box)
        assert got.columns.equals(expected.columns)
    return asked


@pytest.fixture
def seeds(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(REPO / "data", data, ignore=shutil.ignore_patterns("atlas.db*"))
    store, _ = open_seeded(data)
    yield store
    store.close()
    viewrows.cached_lookup.clear()


def test_the_seeds_filter_alike_through_the_store(seeds, monkeypatch):
    store = seeds
    table = load_catalog(store).incidents
    first, second = list(table["id"][:2])
    lat, lon = float(table["lat"].iloc[2]), float(table["lon"].iloc[2])
    store.save_layer("acled", to_geojson([{**r, "lat": lat, "lon": lon}
                                          for r in table.head(3).to_dict("records")]))  # fmt: skip
    store.append_corrections([
        make_correction(first, "set", field="actor", old_value="", new_value="Nobody known",
                        reason="the statement", who="ana"),
        make_correction(second, "set", field="date", new_value=date_value(date(2020, 1, 1),
                        None), reason="the report", who="ana"),
    ])  # fmt: skip
    catalog, names = app_table(store)
    assert catalog.origin == "stored" and names == ["acled"]
    rng = random.Random(5)
    views = [(random_view(rng, catalog.incidents, names), random_box(rng)) for _ in range(60)]
    views += [(ViewState(actors=("Nobody known",)), None), (ViewState(date_to=date(2020, 1, 1)),
              None), (ViewState(), UKRAINE), (ViewState(actors=(UNKNOWN,)), None)]  # fmt: skip
    asked = assert_same(store, catalog, names, views, monkeypatch)
    assert asked.answered == asked.n >= 50  # 8 rows: never broad


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """4,000 synthetic incidents, two layers (ids shadowed by an incident and by an
    earlier layer) and corrections (a place, a merge, a dismissal, an actor)."""
    if not CIR.exists():
        pytest.skip("shared CIR data not present")
    from benchmarks.synthetic import make_records

    records = make_records(4000, seed=3)
    store, _ = open_seeded(tmp_path_factory.mktemp("synthetic") / "data")
    store.save_incidents(to_geojson(records), 0)
    extra = make_records(600, seed=4)
    for k, r in enumerate(extra):  # every tenth id shadowed by an incident, as combine does
        r["id"] = records[k]["id"] if k % 10 == 0 else f"cir-{k}"
    store.save_layer("cir", to_geojson(extra[:300]))
    store.save_layer("b-layer", to_geojson(extra[250:]))  # 250–299 shadowed by name
    ids = [r["id"] for r in records]
    store.append_corrections([
        make_correction(ids[1], "set", field="place", reason="geolocated", who="ana",
                        new_value=coords_value(50.45, 30.52, "Kyiv")),
        make_correction(ids[2], "merge", new_value=ids[3], reason="same strike", who="ana"),
        make_correction(ids[4], "not_incident", reason="an exercise", who="ana"),
        make_correction(ids[5], "set", field="actor", old_value="", new_value="",
                        reason="unclear", who="ana"),
    ])  # fmt: skip
    catalog, names = app_table(store)
    assert catalog.origin == "stored" and names == ["b-layer", "cir"]
    yield store, catalog, names
    store.close()
    viewrows.cached_lookup.clear()


@pytest.mark.parametrize("floor", [storefilter.BROAD_FLOOR, 100, 10**9])
def test_a_synthetic_table_filters_alike_through_the_store(synthetic, monkeypatch, floor):
    """With the default rule (at most 1,000 rows here), with views over 100 rows sent to
    pandas, and with every view answered by the store."""
    store, catalog, names = synthetic
    monkeypatch.setattr(storefilter, "BROAD_FLOOR", floor)
    rng = random.Random(11)
    views = [(random_view(rng, catalog.incidents, names), random_box(rng)) for _ in range(80)]
    views.append((ViewState(), (30.4, 50.3, 30.7, 50.6)))  # the corrected Kyiv incident
    asked = assert_same(store, catalog, names, views, monkeypatch)
    assert asked.n >= 70
    if floor == 10**9:
        assert asked.answered == asked.n
    elif floor == 100:
        assert 20 < asked.answered < asked.n


def test_a_table_the_store_no_longer_holds_is_filtered_in_pandas(seeds, monkeypatch):
    """Written since the table was loaded (another server's save): the store's rows are
    not the table's; so are incidents extracted just now (origin "built")."""
    store = seeds
    catalog, names = app_table(store)
    version = (str(store.engine.url), store.data_version())
    view = ViewState(actors=("Russia",))
    expected = list(pandas_rows(catalog.incidents, view)["id"])
    assert expected
    store.save_incidents(to_geojson([]), store.data_version() - 1)  # every row gone
    asked = Asked(store, monkeypatch)
    got = viewrows.rows_in_view(store, catalog, version, view, names)
    assert list(got["id"]) == expected and asked.n == 0
    built = dataclasses.replace(catalog, origin="built")
    now = (str(store.engine.url), store.data_version())
    assert list(viewrows.rows_in_view(store, built, now, view, names)["id"]) == expected
    assert asked.n == 0


def test_the_map_and_incidents_pages_ask_the_store_on_its_connection(tmp_path, monkeypatch):
    """The app's pages: the view's rows come from the store's indexes, and the store runs
    on the engine of ``st.connection("atlas", type="sql")``."""
    import sys

    import streamlit.testing.v1.app_test as app_test_module
    from streamlit.runtime.pages_manager import PagesManager
    from streamlit.testing.v1 import AppTest

    from store import store_url
    from store.sql import SqlStore
    from ui.connection import atlas_engine
    from ui.state import cached_store

    sys.path.insert(0, str(REPO / "tests" / "fixtures"))
    from atlas_fixture import make_data_dir

    class Navigation(PagesManager):  # as tests/test_pages.py: st.navigation, not pages/
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            PagesManager.uses_pages_directory = False

    data = make_data_dir(tmp_path)
    monkeypatch.setenv("INCIDENT_ATLAS_DATA_DIR", str(data))
    monkeypatch.setattr(app_test_module, "PagesManager", Navigation)
    asked = []
    real = SqlStore.incident_ids
    monkeypatch.setattr(
        SqlStore, "incident_ids", lambda s, q, **kw: asked.append(q) or real(s, q, **kw)
    )
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=60)
    at.query_params.update({"actor": "Russia"})
    at.run()
    assert not at.exception and not at.error
    shown = [m.value for m in at.markdown if m.value.startswith("Showing ")]
    assert shown == ["Showing 3 of 6 incidents"]  # Kyiv, Kharkiv, Odesa
    assert asked and asked[0].actors == ("Russia",)
    at.switch_page("pages/incidents.py").run()
    assert not at.exception and not at.error
    assert list(at.dataframe(key="incidents_table").value["actor"]) == ["Russia"] * 3
    url = store_url(data)
    assert cached_store(str(data), url)[0].engine is atlas_engine(url)
