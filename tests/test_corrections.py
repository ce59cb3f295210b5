"""geo.corrections: the log (in the store, both backends), validation, applying
corrections, orphans, concurrency."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pandas as pd
import pytest

from geo.applycorrections import apply_corrections
from geo.corrections import (
    FIELDS,
    coords_value,
    date_value,
    make_correction,
    place_candidates,
    place_value,
)
from geo.model import Place
from geo.places import default_resolver
from geo.table import incidents_frame
from store.migrate import CORRECTIONS_HEADER

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def df() -> pd.DataFrame:
    return incidents_frame(RECORDS)


def c(incident_id, action, **kw):
    kw.setdefault("reason", "checked against the footage")
    return make_correction(incident_id, action, when=kw.pop("when", "2024-05-01T10:00:00Z"), **kw)


def row(frame: pd.DataFrame, i: str) -> pd.Series:
    hit = frame[frame["id"] == i]
    assert len(hit) == 1, list(frame["id"])
    return hit.iloc[0]


def test_repo_log_is_header_only():
    assert (ROOT / "data" / "corrections.csv").read_text(encoding="utf-8") == CORRECTIONS_HEADER


def test_no_corrections_adds_columns_and_changes_nothing(df):
    out, report = apply_corrections(df, [])
    assert list(out.columns) == [*df.columns, "reviewed", "corrections"]
    assert not out["reviewed"].any() and all(x == [] for x in out["corrections"])
    pd.testing.assert_frame_equal(out[df.columns], df)
    assert not report.applied and not report.orphans


def test_set_fields(df):
    kharkiv = Place("gn:1", "Kharkiv", "UA", 49.99, 36.23, "town")
    cs = [
        c("odesa-2024-02", "set", field="place", old_value="Odesa", new_value=place_value(kharkiv)),
        c("odesa-2024-02", "set", field="date", old_value="2024-02-01/2024-02-29",
          new_value="2024-02-10/2024-02-10"),
        c("odesa-2024-02", "set", field="actor", old_value="Russia", new_value="Ukraine"),
        c("odesa-2024-02", "set", field="attribution", old_value="stated", new_value="claimed"),
        c("odesa-2024-02", "set", field="killed", old_value="1", new_value="3"),
        c("odesa-2024-02", "set", field="injured", old_value="", new_value=""),
        c("odesa-2024-02", "set", field="event_type", old_value="drone strike",
          new_value="missile strike"),
        c("village-2024-01-20", "set", field="place", old_value="a village near the front",
          new_value=coords_value(48.5, 37.9, "Bakhmut outskirts")),
        c("village-2024-01-20", "set", field="date", old_value="", new_value=""),
    ]
    out, report = apply_corrections(df, cs)
    assert len(report.applied) == len(cs) and not report.invalid
    o = row(out, "odesa-2024-02")
    assert (o["place"], o["lat"], o["lon"], o["place_key"]) == ("Kharkiv", 49.99, 36.23, "gn:1")
    assert (o["date_start"], o["date_end"], o["date_precision"]) == (
        "2024-02-10", "2024-02-10", "day")
    assert (o["actor"], o["attribution"], o["killed"], o["event_type"]) == (
        "Ukraine", "claimed", 3, "missile strike")
    assert pd.isna(o["injured"])
    assert bool(o["reviewed"]) is True
    assert [e["field"] for e in o["corrections"]][:3] == ["place", "date", "actor"]
    assert o["corrections"][0]["new"] == "Kharkiv (49.9900, 36.2300)"
    assert o["corrections"][0]["old"] == "Odesa"
    assert o["corrections"][0]["why"] == "checked against the footage"
    v = row(out, "village-2024-01-20")
    assert (v["lat"], v["lon"], v["place"]) == (48.5, 37.9, "Bakhmut outskirts")
    assert pd.isna(v["date_start"]) and v["date_precision"] == "unknown"
    assert str(out["killed"].dtype) == "Int64" and str(out["lat"].dtype) == "Float64"
    # The input frame is untouched (pure).
    assert row(df, "odesa-2024-02")["actor"] == "Russia"


def test_not_incident_restore_and_confirm(df):
    out, report = apply_corrections(df, [c("kharkiv-2024-01-10", "not_incident"),
                                         c("kyiv-2024-01-02", "confirm")])
    assert "kharkiv-2024-01-10" not in set(out["id"])
    assert report.dismissed == ["kharkiv-2024-01-10"]
    assert bool(row(out, "kyiv-2024-01-02")["reviewed"])
    out, report = apply_corrections(df, [c("kharkiv-2024-01-10", "not_incident"),
                                         c("kharkiv-2024-01-10", "restore")])
    assert "kharkiv-2024-01-10" in set(out["id"]) and report.dismissed == []


def test_merge_and_follow_up_on_absorbed_id(df):
    cs = [c("kyiv-2024-01-02", "merge", new_value="kharkiv-2024-01-10"),
          c("kharkiv-2024-01-10", "set", field="weapon", new_value="Shahed")]
    out, report = apply_corrections(df, cs)
    assert "kharkiv-2024-01-10" not in set(out["id"]) and len(out) == len(df) - 1
    k = row(out, "kyiv-2024-01-02")
    assert len(k["sources"]) == 3 and k["n_sources"] == 2
    assert k["killed"] == 7 and k["injured"] == 20
    assert k["weapon"] == "Shahed"  # the absorbed id's later correction follows it
    assert not report.orphans


def test_split_moves_a_source(df):
    cs = [c("kyiv-2024-01-02", "split", old_value="a2_belgorod.txt", new_value="kyiv-b")]
    out, report = apply_corrections(df, cs)
    assert not report.invalid
    assert list(out["id"]).index("kyiv-b") == list(out["id"]).index("kyiv-2024-01-02") + 1
    a, b = row(out, "kyiv-2024-01-02"), row(out, "kyiv-b")
    assert a["articles"] == ["a1_kyiv.txt"] and a["killed"] == 5
    assert b["articles"] == ["a2_belgorod.txt"] and b["killed"] == 7
    assert bool(b["reviewed"]) and b["corrections"][0]["action"] == "split"


def test_orphans_invalid_and_stale_are_reported(df):
    cs = [
        c("gone-2023", "set", field="actor", new_value="Russia"),
        c("kyiv-2024-01-02", "merge", new_value="also-gone"),
        c("kharkiv-2024-01-10", "split", old_value="a1_kyiv.txt", new_value="x"),  # only source
        c("belgorod-2024-01-05", "set", field="actor", old_value="Russia", new_value="Ukraine"),
    ]
    out, report = apply_corrections(df, cs)
    assert [o.incident_id for o in report.orphans] == ["gone-2023", "kyiv-2024-01-02"]
    assert len(report.invalid) == 1 and "empty" in report.invalid[0][1]
    assert len(report.stale) == 1 and report.stale[0][1] == "Ukraine"
    assert len(out) == len(df)


@pytest.mark.parametrize(
    ("args", "kw", "message"),
    [
        (("kyiv", "set"), {"field": "actor", "new_value": "x", "reason": "  "}, "reason"),
        (("kyiv", "set"), {"field": "colour", "new_value": "red"}, "unknown field"),
        (("kyiv", "set"), {"field": "killed", "new_value": "many"}, "whole numbers"),
        (("kyiv", "set"), {"field": "killed", "new_value": "-1"}, "between 0"),
        (("kyiv", "set"), {"field": "attribution", "new_value": "rumoured"}, "attribution"),
        (("kyiv", "set"), {"field": "date", "new_value": "2024-02-10/2024-02-01"}, "before"),
        (("kyiv", "set"), {"field": "date", "new_value": "last week"}, "YYYY-MM-DD"),
        (("kyiv", "set"), {"field": "place", "new_value": '{"place": "X", "lat": 91, "lon": 0}'},
         "latitude"),
        (("kyiv", "set"), {"field": "place", "new_value": "{}"}, "name"),
        (("kyiv", "merge"), {"new_value": "kyiv"}, "another incident"),
        (("kyiv", "split"), {"old_value": "", "new_value": "k2"}, "source"),
        (("kyiv", "explode"), {}, "Unknown action"),
        (("", "confirm"), {}, "incident id"),
        (("kyiv", "confirm"), {"who": "a\nb"}, "one line"),
    ],
)
def test_make_correction_validates(args, kw, message):
    kw.setdefault("reason", "because")
    with pytest.raises(ValueError, match=message):
        make_correction(*args, **kw)


def test_date_and_coords_values():
    from datetime import date

    assert date_value(None, None) == ""
    assert date_value(date(2024, 1, 2), None) == "2024-01-02/2024-01-02"
    with pytest.raises(ValueError):
        date_value(date(2024, 1, 2), date(2024, 1, 1))
    with pytest.raises(ValueError):
        coords_value(100, 0, "x")


def test_log_round_trip_and_concurrent_appends(store):
    first = c("a", "confirm", reason='with "quotes", commas\tand tabs')
    store.append_corrections([first])
    assert tuple(store.corrections()[0].row()) == FIELDS and store.corrections() == [first]
    assert store.corrections()[0].reason == 'with "quotes", commas\tand tabs'

    n, per = 12, 5
    barrier = threading.Barrier(n)

    def work(t: int) -> None:
        barrier.wait()
        for k in range(per):
            store.append_corrections([c(f"inc-{t}-{k}", "confirm")])

    threads = [threading.Thread(target=work, args=(t,)) for t in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [x.incident_id for x in store.corrections()]
    assert len(ids) == 1 + n * per and len(set(ids)) == len(ids)


def test_place_candidates_from_gazetteer():
    gaz = default_resolver().gaz
    ambiguous, cands = place_candidates(gaz, "Mykolaivka")
    assert ambiguous and len(cands) >= 2
    ambiguous, cands = place_candidates(gaz, "Kyiv")
    assert not ambiguous and cands[0].name == "Kyiv"
    assert place_candidates(gaz, "  ") == (False, ())
