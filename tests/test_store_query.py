"""The store's indexed incident query (``AtlasStore.incident_ids``), the same tests on
both backends (``store`` fixture, conftest.py): its rules are geo.filters', its rows
follow every save, its box and date tests use the indexes, and ``python -m geo export``
filters through it."""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from geo import cli
from geo.storefilter import filter_view
from geo.table import from_geojson, incidents_frame
from geo.urlstate import UNKNOWN, ViewState
from store.query import IncidentQuery, parse_bbox, validate_bbox
from store.sql import SqlStore

KYIV, KHARKIV, LVIV, ODESA = (50.45, 30.52), (49.99, 36.23), (49.84, 24.03), (46.48, 30.72)
UKRAINE = (22.0, 44.0, 40.5, 52.5)


def feature(ident, where=None, start=None, end=None, actor=None, kind="strike"):
    geometry = None if where is None else {"type": "Point", "coordinates": [where[1], where[0]]}
    props = {"id": ident, "date_start": start, "date_end": end, "actor": actor, "event_type": kind}
    return {"type": "Feature", "id": ident, "geometry": geometry, "properties": props}


def collection(*features):
    return {"type": "FeatureCollection", "features": list(features)}


DOC = collection(
    feature("kyiv", KYIV, "2024-01-10", "2024-01-10", "Russia"),
    feature("kharkiv", KHARKIV, "2024-01-20", "2024-01-25", "Russia", "shelling"),
    feature("lviv", LVIV, None, "2024-02-05", "Ukraine"),  # one known end: that day
    feature("odesa", ODESA, "bad date", None, None),  # unreadable: undated
    feature("nowhere", None, "2024-01-12", None, "Russia"),  # unlocated
)


def ids(store, **query):
    return store.incident_ids(IncidentQuery(**query))


def test_the_rules_are_the_app_filters(store):
    store.save_incidents(DOC, 0)
    assert ids(store) == ["kyiv", "kharkiv", "lviv", "odesa", "nowhere"]  # document order
    assert ids(store, bbox=(29, 49, 31, 51)) == ["kyiv"]
    assert ids(store, bbox=UKRAINE) == ["kyiv", "kharkiv", "lviv", "odesa"]
    # window overlap, edges included; the undated odesa is always there unless told
    assert ids(store, date_from=date(2024, 1, 25)) == ["kharkiv", "lviv", "odesa"]
    assert ids(store, date_to=date(2024, 1, 10)) == ["kyiv", "odesa"]
    assert ids(store, date_from=date(2024, 1, 11), date_to=date(2024, 1, 19)) == [
        "odesa",
        "nowhere",
    ]
    assert ids(store, date_from=date(2024, 2, 5), include_undated=False) == ["lviv"]
    assert ids(store, include_undated=False) == ["kyiv", "kharkiv", "lviv", "nowhere"]
    assert ids(store, actors=("Russia",)) == ["kyiv", "kharkiv", "nowhere"]
    assert ids(store, actors=(UNKNOWN, "Ukraine")) == ["lviv", "odesa"]
    assert ids(store, types=("shelling",)) == ["kharkiv"]
    assert ids(store, actors=("Nobody",)) == []
    both = ids(store, bbox=(20, 45, 40, 51), actors=("Russia",), date_from=date(2024, 1, 15))
    assert both == ["kharkiv"]


def test_unordered_or_limited_ids_are_the_same_ids(store):
    store.save_incidents(DOC, 0)
    store.save_layer("cir", collection(feature("c1", KHARKIV), feature("kyiv", LVIV)))
    for query in (IncidentQuery(all_layers=True), IncidentQuery(actors=("Russia", UNKNOWN))):
        ordered = store.incident_ids(query)
        assert sorted(store.incident_ids(query, ordered=False)) == sorted(ordered)
        assert len(ordered) == len(set(ordered))
        assert store.incident_ids(query, limit=2) == ordered[:2]
        some = store.incident_ids(query, ordered=False, limit=2)
        assert len(some) == 2 and set(some) <= set(ordered)
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="limit"):
            store.incident_ids(IncidentQuery(), limit=bad)


def test_a_box_edge_is_inside_and_an_exact_point_is_found(store):
    store.save_incidents(collection(feature("a", (50.123456789, 30.987654321))), 0)
    assert ids(store, bbox=(30.987654321, 50.123456789, 30.987654321, 50.123456789)) == ["a"]
    assert ids(store, bbox=(30.98765433, 50.12, 31, 51)) == []  # just east: not float32-near


def test_rows_follow_every_save_in_the_same_transaction(store):
    store.save_incidents(DOC, 0)
    store.add_article("Officials said a strike hit Kyiv.\n")
    store.save_incidents(collection(feature("new", KYIV, "2024-03-01")), 1)
    assert ids(store) == ["new"]  # the old rows are gone
    with pytest.raises(ValueError, match="does not exist yet"):
        store.save_incidents(DOC, 99)
    assert ids(store) == ["new"]  # a refused save changes no row
    with store.engine.connect() as conn:
        versions = conn.execute(sa.text("SELECT data_version FROM incident_rows")).scalars()
        assert list(versions) == [store.data_version()]


def test_layers_are_asked_for_by_name_and_shadowed_as_the_app_joins_them(store):
    store.save_incidents(DOC, 0)
    store.save_layer("acled", collection(feature("kyiv", ODESA), feature("a1", KYIV)))
    store.save_layer("cir", collection(feature("a1", LVIV), feature("c1", KHARKIV)))
    article = ["kyiv", "kharkiv", "lviv", "odesa", "nowhere"]
    assert ids(store) == article  # layers only when named
    assert ids(store, layers=("cir",)) == [*article, "a1", "c1"]
    assert ids(store, all_layers=True) == [*article, "a1", "c1"]  # acled's a1 wins
    # the acled row 'kyiv' is shadowed by the article incident even where only it matches
    assert ids(store, all_layers=True, bbox=(30, 46, 31, 47)) == ["odesa"]
    assert ids(store, all_layers=True, bbox=(24, 49.8, 24.1, 49.9)) == ["lviv"]
    store.save_layer("cir", collection(feature("c2", KYIV)))
    assert ids(store, layers=("cir",)) == [*article, "c2"]


def test_the_spatial_index_is_named_in_the_store_info(store):
    info = store.info()
    assert info["backend"] == store.backend
    expected = "SQLite R*Tree" if store.backend == "sqlite" else "PostGIS point with a GiST index"
    assert info["spatial_index"] == expected


def random_doc(rng: random.Random, n: int, undated: float = 0.25) -> dict:
    day0 = date(2024, 1, 1)
    feats = []
    for i in range(n):
        where = None if rng.random() < 0.1 else (rng.uniform(44, 53), rng.uniform(22, 41))
        start = day0 + timedelta(days=rng.randrange(365))
        end = start + timedelta(days=rng.choice((0, 0, 1, 6)))
        dates = rng.choice(((start, end), (start, None), (None, end)))
        if rng.random() < undated:
            dates = (None, None)
        feats.append(
            feature(
                f"i{i}",
                where,
                *(d.isoformat() if d else None for d in dates),
                rng.choice(("Russia", "Ukraine", None)),
                rng.choice(("strike", "shelling", None)),
            )
        )
    return collection(*feats)


def random_query(rng: random.Random) -> IncidentQuery:
    west, south = rng.uniform(22, 38), rng.uniform(44, 51)
    a, b = sorted(date(2024, 1, 1) + timedelta(days=rng.randrange(400)) for _ in range(2))
    return IncidentQuery(
        bbox=rng.choice((None, (west, south, west + rng.uniform(0.5, 6), south + 2))),
        date_from=rng.choice((None, a)),
        date_to=rng.choice((None, b)),
        actors=tuple(rng.sample(("Russia", "Ukraine", UNKNOWN), rng.randrange(3))),
        types=tuple(rng.sample(("strike", "shelling", UNKNOWN), rng.randrange(3))),
        include_undated=rng.random() < 0.8,
    )


def test_the_store_answers_as_the_pandas_filter_on_random_tables_and_queries(store):
    rng = random.Random(13)
    doc = random_doc(rng, 400)
    store.save_incidents(doc, 0)
    frame = incidents_frame(from_geojson(doc))
    for _ in range(25):
        q = random_query(rng)
        view = ViewState(q.date_from, q.date_to, q.actors, q.types)
        expected = filter_view(frame, view, q.bbox)
        if not q.include_undated:
            from geo.filters import dated_mask

            expected = expected[dated_mask(expected)]
        assert store.incident_ids(q) == list(expected["id"]), q


def _plan(store, query: IncidentQuery) -> str:
    from store import rows

    statement = rows.select_ids(query, rows.spatial_index(store.engine.connect()))
    compiled = statement.compile(store.engine, compile_kwargs={"literal_binds": True})
    explain = "EXPLAIN QUERY PLAN" if store.backend == "sqlite" else "EXPLAIN"
    with store.engine.connect() as conn:
        found = conn.exec_driver_sql(f"{explain} {compiled}").all()
    return "\n".join(" ".join(str(c) for c in row) for row in found)


def test_box_and_date_queries_use_the_indexes_on_20k_rows(store):
    store.save_incidents(random_doc(random.Random(7), 20_000, undated=0.01), 0)
    box = _plan(store, IncidentQuery(bbox=(30.4, 50.3, 30.7, 50.6)))
    # the latest week (what a view asks for most), undated incidents included
    week = _plan(store, IncidentQuery(date_from=date(2024, 12, 25), date_to=date(2024, 12, 31)))
    if store.backend == "sqlite":
        assert "incident_rtree VIRTUAL TABLE INDEX" in box, box
        assert "ix_incident_rows_dates" in week, week
    else:
        assert "Index Scan on ix_incident_rows_geom" in box, box  # Bitmap Index Scan
        assert "Index Scan on ix_incident_rows_dates" in week, week


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("30,46,40", "not a box"),
        ("a,b,c,d", "not a box|four numbers"),
        ("30,52,40,46", "south .* north"),
        ("170,40,-170,50", "antimeridian"),
        ("30,46,190,52", "longitudes"),
        ("30,-91,40,52", "latitudes"),
        ("30,46,nan,52", "finite"),
    ],
)
def test_bad_boxes_are_refused_with_a_clear_message(text, message):
    with pytest.raises(ValueError, match=message):
        parse_bbox(text)


def test_queries_validate_what_they_are_given():
    assert parse_bbox(" 30, 46.5 ,40,52") == (30.0, 46.5, 40.0, 52.0)
    assert IncidentQuery(bbox=[30, 46, 40, 52]).bbox == (30.0, 46.0, 40.0, 52.0)
    with pytest.raises(ValueError, match="four"):
        validate_bbox((1, 2, 3))
    with pytest.raises(ValueError, match="before it starts"):
        IncidentQuery(date_from=date(2024, 2, 1), date_to=date(2024, 1, 1))
    with pytest.raises(ValueError, match="not one string"):
        IncidentQuery(actors="Russia")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="must be a date"):
        IncidentQuery(date_from="2024-01-01")  # type: ignore[arg-type]


def test_the_migration_fills_the_rows_of_what_was_saved_before_it(store):
    from alembic import command
    from alembic.config import Config

    from store.engine import MIGRATIONS

    store.save_incidents(DOC, 0)
    store.save_layer("cir", collection(feature("c1", KHARKIV)))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    for target in ("0003", "head"):
        with store.engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if target == "0003" else command.upgrade)(config, target)
    assert ids(store, all_layers=True) == ["kyiv", "kharkiv", "lviv", "odesa", "nowhere", "c1"]
    assert ids(store, bbox=(29, 49, 31, 51)) == ["kyiv"]


def test_without_postgis_the_rows_fall_back_to_btree_and_say_so(pg_server):
    """A role that may not install PostGIS (it is no trusted extension) still migrates."""
    import uuid

    from store.sql import parse_url

    admin_url = parse_url(pg_server)
    role, name = f"plain_{uuid.uuid4().hex[:8]}", f"atlas_np_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE ROLE "{role}" LOGIN')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" OWNER "{role}" TEMPLATE template0')
    try:
        plain = SqlStore(admin_url.set(database=name, username=role, password=None))
        try:
            assert plain.info()["spatial_index"].startswith("btree indexes on lat and lon")
            plain.save_incidents(DOC, 0)
            assert ids(plain, bbox=(29, 49, 31, 51)) == ["kyiv"]
        finally:
            plain.close()
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        admin.dispose()


# ---- python -m geo export --bbox, through the store ---------------------------------


def test_export_filters_through_the_store_with_corrections_on_top(tmp_path, monkeypatch):
    from geo import storefilter
    from geo.corrections import make_correction
    from store import open_store

    data = tmp_path / "data"
    with_store = open_store(data)
    try:
        with_store.save_incidents(DOC, 0)
        # stored as Russia in Kharkiv; the analyst's log makes it Ukraine's
        with_store.append_corrections(
            [make_correction("kharkiv", "set", field="actor", old_value="Russia",
                             new_value="Ukraine", reason="the ministry's statement", who="ana")]
        )  # fmt: skip
    finally:
        with_store.close()
    calls = []
    real = storefilter.filter_with_store
    monkeypatch.setattr(
        storefilter, "filter_with_store", lambda *a, **k: calls.append(a[2]) or real(*a, **k)
    )
    out = tmp_path / "view.geojson"
    argv = ["export", "--format", "geojson", "--out", str(out), "--data", str(data)]
    assert cli.main([*argv, "--bbox", "20,45,40,51", "--actor", "ukraine"]) == 0
    exported = [f["properties"]["id"] for f in json.loads(out.read_text())["features"]]
    assert exported == ["kharkiv", "lviv"]
    assert calls and calls[0].bbox == (20.0, 45.0, 40.0, 51.0)
    assert cli.main([*argv, "--from", "2024-02-01", "--to", "2024-02-28"]) == 0
    exported = [f["properties"]["id"] for f in json.loads(out.read_text())["features"]]
    assert exported == ["lviv", "odesa"]  # odesa: undated, always shown


def test_export_refuses_a_bad_box_at_the_edge(tmp_path, capsys):
    argv = ["export", "--format", "csv", "--out", str(tmp_path / "x.csv")]
    with pytest.raises(SystemExit) as stopped:
        cli.main([*argv, "--data", str(tmp_path), "--bbox", "30,52,40,46"])
    assert stopped.value.code == 2
    assert "south (52.0) is north of its north (46.0)" in capsys.readouterr().err
    assert not Path(tmp_path / "x.csv").exists()
