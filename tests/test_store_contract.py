"""The store's contract, the same tests on every backend (``store`` fixture, conftest.py):
articles, duplicates, the append-only log, two writers, data versions, incidents,
layers, the one-shot migration of a data directory, and bad input."""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
import sqlalchemy as sa

from geo.corrections import Correction, make_correction
from store import URL_ENV, open_store, store_url
from store.base import ARTICLE_COLUMNS, AtlasStore, DuplicateArticle
from store.migrate import migrate_data_dir, read_corrections
from store.sql import SqlStore, parse_url

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import ARTICLES, make_data_dir  # noqa: E402

TEXT = "Officials said a missile strike on Kyiv killed five people and injured 20.\n"
OTHER = "On 10 January, Russian drones struck Kharkiv, injuring three people.\n"
FC = {"type": "FeatureCollection", "features": []}


def fix(incident_id: str, who: str = "ana", reason: str = "checked the footage") -> Correction:
    return make_correction(incident_id, "confirm", reason=reason, who=who)


def test_a_store_is_an_atlas_store_and_opens_empty(store):
    assert isinstance(store, AtlasStore)
    assert store.data_version() == 0
    assert list(store.articles().columns) == list(ARTICLE_COLUMNS)
    assert store.articles().empty
    assert store.corrections() == []
    assert store.load_incidents() is None and store.layer_names() == []
    assert store.briefs() == []


def test_add_list_and_read_articles(store):
    first = store.add_article(
        TEXT, {"title": "Strike on Kyiv", "published": "2024-01-11", "url": ""}, slug="kyiv"
    )
    second = store.add_article("Ünknown forces — “shelled”\r\na village.\n", slug="village")
    assert (first, second) == ("000_kyiv.txt", "001_village.txt")
    frame = store.articles()
    assert list(frame["file"]) == [first, second]
    assert all(str(frame[c].dtype) == "string" for c in ARTICLE_COLUMNS)
    row = frame.iloc[0]
    assert (row["title"], row["published"]) == ("Strike on Kyiv", "2024-01-11")
    assert pd.isna(row["url"]) and pd.isna(row["outlet"])  # empty = unknown
    assert store.article_text(first) == TEXT
    assert store.article_text(second) == "Ünknown forces — “shelled”\r\na village.\n"  # as given
    assert store.add_article(OTHER, file="a1_kyiv.txt") == "a1_kyiv.txt"


@pytest.mark.parametrize(
    "name",
    ['"><img src=x onerror=alert(1)>.txt', "[x](javascript:alert(1)).txt", "<s>\\x.txt"],
)
def test_hostile_but_plain_file_names_are_kept_verbatim(store, name):
    # The store never opens a name as a path; the app escapes names wherever it shows them.
    assert store.add_article(TEXT, file=name) == name
    assert store.article_text(name) == TEXT and list(store.articles()["file"]) == [name]


@pytest.mark.parametrize("name", ["../x.txt", "a/b.txt", ".hidden.txt", "x.csv", "a\nb.txt", ""])
def test_paths_and_odd_names_are_not_article_names(store, name):
    with pytest.raises(ValueError, match="not an article file name"):
        store.add_article(TEXT, file=name)


def test_duplicate_refused_unless_confirmed(store):
    first = store.add_article(TEXT, slug="kyiv")
    version = store.data_version()
    same_words = TEXT.upper().replace(",", " ,  ")
    with pytest.raises(DuplicateArticle) as err:
        store.add_article(same_words, slug="again")
    assert err.value.file == first and first in str(err.value)
    assert store.data_version() == version  # a refused write writes nothing
    assert store.find_article_by_text(same_words) == first
    assert store.find_article_by_text(OTHER) is None
    assert store.add_article(same_words, slug="again", allow_duplicate=True) == "001_again.txt"


def test_corrections_are_kept_in_order_with_who_when_why(store):
    entries = [
        fix("a", who="ana"),
        make_correction(
            "b",
            "set",
            field="killed",
            old_value="2",
            new_value="3",
            reason="a later report",
            who="bo",
            when="2024-05-01T10:00:00Z",
        ),
    ]
    later = fix("c")
    store.append_corrections(entries)
    store.append_corrections([later])
    assert store.corrections() == [*entries, later]
    got = store.corrections()[1]
    assert (got.who, got.when, got.reason, got.new_value) == (
        "bo",
        "2024-05-01T10:00:00Z",
        "a later report",
        "3",
    )


@pytest.mark.parametrize(
    "statement",
    ["UPDATE corrections SET reason = 'rewritten'", "DELETE FROM corrections"],
)
def test_the_log_refuses_updates_and_deletes(store, statement):
    store.append_corrections([fix("a"), fix("b")])
    before = store.corrections()
    with pytest.raises(sa.exc.DBAPIError, match="append-only"), store.engine.begin() as conn:
        conn.exec_driver_sql(statement)
    assert store.corrections() == before


def test_the_log_refuses_truncate(store):
    # PostgreSQL has TRUNCATE (a trigger refuses it); SQLite has no such statement at all.
    refusal = "append-only" if store.backend == "postgresql" else "syntax error"
    store.append_corrections([fix("a")])
    before = store.corrections()
    with pytest.raises(sa.exc.DBAPIError, match=refusal), store.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE corrections")
    assert store.corrections() == before and len(before) == 1


def _writer(url: str, who: str, count: int) -> None:
    """One analyst's process: its own store, one correction and one article per save."""
    own = SqlStore(url)
    for i in range(count):
        own.append_corrections([fix(f"inc-{who}-{i}", who=who)])
        own.add_article(f"{who} wrote article number {i} about a strike.\n", slug=who)
    own.close()


def test_two_processes_writing_at_once_both_keep_everything(store, store_url):
    count = 15
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_writer, args=(store_url, w, count)) for w in ("ana", "bo")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    log = store.corrections()
    for who in ("ana", "bo"):  # every entry kept, each writer's in its own order
        assert [c.incident_id for c in log if c.who == who] == [
            f"inc-{who}-{i}" for i in range(count)
        ]
    assert len(store.articles()) == 2 * count
    assert store.articles()["file"].is_unique
    assert store.data_version() == 4 * count


def test_two_store_objects_on_one_database_share_writes(store, store_url):
    other = SqlStore(store_url)
    try:
        threads = [
            threading.Thread(
                target=lambda s=s, w=w: [
                    s.append_corrections([fix(f"{w}{i}", who=w)]) for i in range(20)
                ]
            )
            for s, w in ((store, "ana"), (other, "bo"))
        ]
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
        assert len(store.corrections()) == len(other.corrections()) == 40
        assert other.data_version() == store.data_version() == 40
    finally:
        other.close()


def test_data_version_increases_on_every_write(store):
    seen = [store.data_version()]
    writes = [
        lambda: store.add_article(TEXT, slug="a"),
        lambda: store.append_corrections([fix("a")]),
        lambda: store.save_incidents(FC, store.data_version()),
        lambda: store.save_layer("cir", FC),
        lambda: store.save_layer("cir", FC),  # replacing is a write too
        lambda: store.add_article(TEXT, slug="b", allow_duplicate=True),
    ]
    for write in writes:
        write()
        seen.append(store.data_version())
    assert seen == sorted(set(seen)) and len(seen) == len(writes) + 1
    store.append_corrections([])  # nothing to write: no new version
    assert store.data_version() == seen[-1]


def test_incidents_round_trip_and_go_stale_when_an_article_arrives(store):
    store.add_article(TEXT, slug="a")
    doc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.5, 50.45]},
         "properties": {"id": "kyiv-2024-01-02", "place": "Kyiv — Київ"}}]}  # fmt: skip
    built_at = store.data_version()
    store.save_incidents(doc, built_at)
    saved = store.load_incidents()
    assert saved is not None and (saved.doc, saved.built_from, saved.stale) == (
        doc,
        built_at,
        False,
    )
    store.append_corrections([fix("kyiv-2024-01-02")])
    assert not store.load_incidents().stale  # corrections are applied on load, not built in
    store.add_article(OTHER, slug="b")
    assert store.load_incidents().stale


def test_layers_save_list_load_and_replace(store):
    one = {**FC, "atlas_layer": {"name": "cir", "color": "#e67e22"}}
    store.save_layer("cir", one)
    store.save_layer("acled", FC)
    assert store.layer_names() == ["acled", "cir"]
    assert store.load_layer("cir") == one
    store.save_layer("cir", FC)
    assert store.load_layer("cir") == FC and store.layer_names() == ["acled", "cir"]


VIEW = {"from": ["2024-01-01"], "actor": ["Russia"], "incident": ["kyiv-2024-01-02"]}
SNAP = {"v": 1, "log_length": 0, "incidents": [{"id": "kyiv-2024-01-02", "place": "Kyiv — Київ"}]}


def test_briefs_are_versioned_by_name_and_the_latest_is_the_brief(store):
    store.add_article(TEXT, slug="a")
    assert store.data_version() == 1
    first = store.save_brief(" Monday ", VIEW, SNAP, 1, "ana")
    assert (first.name, first.revision, first.created_by, first.data_version) == (
        "Monday", 1, "ana", 1)  # fmt: skip
    assert first.created_at.endswith("Z")
    assert store.data_version() == 1  # a brief is no data write: no cache goes stale
    store.save_brief("Tuesday — «ночь»", {}, {"v": 1, "incidents": []}, 0, "bo")
    again = store.save_brief("Monday", {}, {**SNAP, "log_length": 3}, 1, "cy")
    assert again.revision == 2
    assert [(b.name, b.revision, b.created_by) for b in store.briefs()] == [
        ("Monday", 2, "cy"), ("Tuesday — «ночь»", 1, "bo")]  # fmt: skip
    latest = store.brief("Monday")
    assert (latest.revision, latest.view, latest.snapshot["log_length"]) == (2, {}, 3)
    old = store.brief("Monday", revision=1)
    assert (old.view, old.snapshot, old.created_by, old.data_version) == (VIEW, SNAP, "ana", 1)
    with pytest.raises(ValueError, match="revision 9"):
        store.brief("Monday", revision=9)


def test_briefs_survive_reopening_and_are_shared(store, store_url):
    store.save_brief("weekly", VIEW, SNAP, 0, "ana")
    other = SqlStore(store_url)
    try:
        assert other.brief("weekly").snapshot == SNAP
        other.save_brief("weekly", VIEW, SNAP, 0, "bo")
        assert store.brief("weekly").revision == 2
    finally:
        other.close()


def test_saving_one_name_at_once_gives_distinct_revisions(store, store_url):
    others = [SqlStore(store_url) for _ in range(4)]
    try:
        threads = [
            threading.Thread(
                target=lambda s=s, i=i: [s.save_brief("daily", {}, {"n": i}, 0, f"w{i}")
                                         for _ in range(3)]
            )
            for i, s in enumerate(others)
        ]  # fmt: skip
        for th in threads:
            th.start()
        for th in threads:
            th.join(60)
        assert store.brief("daily").revision == 12
        revisions = [store.brief("daily", r).created_by for r in range(1, 13)]
        assert sorted(revisions) == sorted(f"w{i}" for i in range(4) for _ in range(3))
    finally:
        for s in others:
            s.close()


BAD_INPUT = [
    ("article_text", ("nope.txt",), "no article named 'nope.txt'"),
    ("add_article", ("   \n",), "empty"),
    ("add_article", (TEXT, {"author": "x"}), "Unknown article metadata 'author'"),
    ("add_article", (TEXT, {"title": 3}), "title must be text"),
    ("add_article", (TEXT, None), "not an article file name"),  # file="../x.txt", below
    ("append_corrections", ([Correction("", "ana", "a", "confirm", reason="r")],), "when"),
    ("append_corrections", ([Correction("t", "ana", "", "confirm", reason="r")],), "incident id"),
    (
        "append_corrections",
        ([Correction("t", "ana", "a", "rewrite", reason="r")],),
        "Unknown correction action",
    ),
    ("append_corrections", ([Correction("t", "ana", "a", "confirm")],), "needs a reason"),
    ("append_corrections", ([{"incident_id": "a"}],), "Not a correction"),
    ("load_layer", ("nope",), "no saved layer named 'nope'"),
    ("save_layer", ("Bad Name!", FC), "layer name"),
    ("save_layer", ("cir", {"type": "Feature"}), "FeatureCollection"),
    ("save_incidents", ({"features": []}, 0), "FeatureCollection"),
    ("save_incidents", (FC, 99), "does not exist yet"),
    ("save_incidents", (FC, -1), "whole number"),
    ("brief", ("nope",), "no saved brief named 'nope'"),
    ("save_brief", ("  ", {}, {}, 0, "ana"), "needs its name"),
    ("save_brief", ("a\nb", {}, {}, 0, "ana"), "one line"),
    ("save_brief", ("x" * 121, {}, {}, 0, "ana"), "at most 120"),
    ("save_brief", ("monday", {}, {}, 0, ""), "needs its author"),
    ("save_brief", ("monday", [], {}, 0, "ana"), "view must be a JSON object"),
    ("save_brief", ("monday", {}, {"x": {1, 2}}, 0, "ana"), "cannot be saved as JSON"),
    ("save_brief", ("monday", {}, {}, -1, "ana"), "whole number"),
    ("save_brief", ("monday", {}, {}, 5, "ana"), "does not exist yet"),
]


@pytest.mark.parametrize(("method", "args", "message"), BAD_INPUT)
def test_bad_input_is_refused_with_a_clear_message(store, method, args, message):
    kwargs = {"file": "../x.txt"} if message == "not an article file name" else {}
    with pytest.raises(ValueError, match=message):
        getattr(store, method)(*args, **kwargs)
    assert store.data_version() == 0  # nothing was written
    assert store.briefs() == []


def test_a_bad_correction_in_a_batch_writes_none_of_it(store):
    with pytest.raises(ValueError):
        store.append_corrections([fix("a"), Correction("t", "ana", "b", "confirm")])
    assert store.corrections() == []


def _fixture_dir(tmp_path: Path) -> Path:
    data_dir = make_data_dir(tmp_path / "data")
    (data_dir / "corrections.csv").write_text(
        "when,who,incident_id,action,field,old_value,new_value,reason\n"
        "2024-05-01T10:00:00Z,ana,kyiv-1,confirm,,,,looks right\n"
        "2024-05-01T10:00:00Z,ana,kyiv-1,confirm,,,,looks right\n"  # twice: both kept
        "2024-05-02T10:00:00Z,bo,x,rewrite,,,,bad action\n",
        encoding="utf-8",
    )
    (data_dir / "layers").mkdir()
    (data_dir / "layers" / "cir.geojson").write_text(json.dumps(FC), encoding="utf-8")
    (data_dir / "layers" / "broken.geojson").write_text("{", encoding="utf-8")
    os.utime(data_dir / "incidents.geojson")  # newest, as `python -m geo build` leaves it
    return data_dir


def test_migration_of_a_data_dir_is_complete_and_idempotent(store, tmp_path):
    data_dir = _fixture_dir(tmp_path)
    first = migrate_data_dir(data_dir, store)
    assert (first.articles, first.corrections, first.layers, first.incidents) == (3, 2, 1, True)
    assert any("row 4" in s and "rewrite" in s for s in first.skipped)
    assert any("broken.geojson" in s for s in first.skipped)
    assert sorted(store.articles()["file"]) == sorted(ARTICLES)
    for name, text in ARTICLES.items():
        assert store.article_text(name) == text
    assert store.articles().set_index("file").loc["a1_kyiv.txt", "outlet"] == "Example Post"
    assert store.corrections() == read_corrections(data_dir / "corrections.csv")[:2]
    saved = store.load_incidents()
    assert saved is not None and not saved.stale
    assert saved.doc == json.loads((data_dir / "incidents.geojson").read_text(encoding="utf-8"))
    version = store.data_version()
    again = migrate_data_dir(data_dir, store)
    assert (again.articles, again.corrections, again.layers, again.incidents) == (0, 0, 0, False)
    assert store.data_version() == version  # nothing written the second time


def test_migration_imports_only_what_the_files_gained(store, tmp_path):
    data_dir = _fixture_dir(tmp_path)
    migrate_data_dir(data_dir, store)
    with (data_dir / "corrections.csv").open("a", encoding="utf-8") as fh:
        fh.write("2024-05-03T10:00:00Z,cy,kyiv-1,confirm,,,,third look\n")
    assert migrate_data_dir(data_dir, store).corrections == 1
    assert [c.who for c in store.corrections()] == ["ana", "ana", "cy"]


def test_reopening_keeps_everything_and_the_schema_is_at_head(store, store_url):
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from store.sql import MIGRATIONS

    store.add_article(TEXT, slug="a")
    again = SqlStore(store_url)
    try:
        assert again.article_text("000_a.txt") == TEXT and again.data_version() == 1
        with again.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        assert current == ScriptDirectory(str(MIGRATIONS)).get_current_head()
    finally:
        again.close()


def test_the_migrations_build_exactly_the_schema_the_queries_use(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from store.schema import include_object, metadata

    # The spatial index is backend-specific (PostGIS geom, SQLite R*Tree): left out here,
    # checked by tests/test_store_query.py.
    opts = {"include_object": include_object}
    with store.engine.connect() as conn:
        drift = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert [d for d in drift if "alembic_version" not in str(d)] == []


def test_the_store_and_intake_agree_on_what_is_the_same_text(store):
    from geo.intake import find_duplicates

    for text in (TEXT, "Київ: удар — 5 загиблих.\n", ARTICLES["a3_village.txt"]):
        file = store.add_article(text, slug="same")
        for same in (text, text.upper(), " ".join(text.split()) + " !"):
            found = [(d.file, d.identical) for d in find_duplicates(same, store)]
            assert found == [(file, True)]
            with pytest.raises(DuplicateArticle):
                store.add_article(same)


# ---- choosing the backend (no database needed) ------------------------------------------


def test_open_store_defaults_to_sqlite_in_the_data_dir(tmp_path, monkeypatch):
    monkeypatch.delenv(URL_ENV, raising=False)
    opened = open_store(tmp_path)
    try:
        assert opened.backend == "sqlite" and (tmp_path / "atlas.db").is_file()
    finally:
        opened.close()


def test_the_environment_chooses_postgresql(tmp_path, monkeypatch):
    monkeypatch.setenv(URL_ENV, "postgresql://u:secret@db.example/atlas")
    assert store_url(tmp_path) == "postgresql://u:secret@db.example/atlas"
    assert store_url(tmp_path, "sqlite:////x/atlas.db") == "sqlite:////x/atlas.db"  # url wins
    assert parse_url(store_url(tmp_path)).drivername == "postgresql+psycopg"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@h/db", "SQLite or PostgreSQL"),
        ("sqlite://", "needs a file"),
        ("not a url", "Not a database URL"),
    ],
)
def test_bad_database_urls_are_refused(tmp_path, url, message):
    with pytest.raises(ValueError, match=message):
        open_store(tmp_path, url)


HEADER = "when,who,incident_id,action,field,old_value,new_value,reason\n"
DAMAGED_LOGS = [
    # (file bytes, what the report must say)
    (
        HEADER + '2024-05-01T10:00:00Z,ana,kyiv-1,confirm,,,,"looks right\n'
        "2024-05-02T10:00:00Z,bo,kyiv-1,dismiss,,,,a duplicate\n",
        "never closed",
    ),
    ((HEADER + "2024-05-01T10:00:00Z,Zoë,kyiv-1,confirm,,,,ok\n").encode("cp1252"), "not UTF-8"),
    (HEADER + "2024-05-01T10:00:00Z,ana,kyiv-1,confirm,,,,ok,extra\n", "more fields"),
]


@pytest.mark.parametrize(("content", "message"), DAMAGED_LOGS)
def test_a_damaged_correction_log_is_reported_and_none_of_it_half_imported(
    store, tmp_path, content, message
):
    data_dir = _fixture_dir(tmp_path)
    log = data_dir / "corrections.csv"
    log.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    report = migrate_data_dir(data_dir, store)
    notes = [s for s in report.skipped if s.startswith("corrections.csv")]
    assert len(notes) == 1 and message in notes[0] and "line" in notes[0], report.skipped
    assert store.corrections() == [] and report.corrections == 0
    assert report.articles == 3  # the rest of the directory still came in


def test_a_non_utf8_article_index_imports_no_article_without_its_metadata(store, tmp_path):
    data_dir = _fixture_dir(tmp_path)
    index = data_dir / "articles" / "index.csv"
    index.write_bytes(
        index.read_text(encoding="utf-8").replace("Example", "Exämple").encode("cp1252")
    )
    report = migrate_data_dir(data_dir, store)
    assert any(s.startswith("index.csv is not UTF-8 text (line") for s in report.skipped)
    assert report.articles == 0 and store.articles().empty
    index.write_text(index.read_bytes().decode("cp1252"), encoding="utf-8")  # mended
    assert migrate_data_dir(data_dir, store).articles == 3


def test_a_long_reason_in_a_correction_log_is_imported_whole(store, tmp_path):
    data_dir = _fixture_dir(tmp_path)
    reason = "checked against three sources " * 6000  # 180,000 characters
    (data_dir / "corrections.csv").write_text(
        HEADER + f'2024-05-01T10:00:00Z,ana,kyiv-1,confirm,,,,"{reason}"\n', encoding="utf-8"
    )
    migrate_data_dir(data_dir, store)
    assert [c.reason for c in store.corrections()] == [reason]
