"""Since the last brief (geo/briefs.py, pure): snapshots, matching, the diff and telling it."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pandas as pd
import pytest

from geo.applycorrections import apply_corrections
from geo.briefs import (
    BriefSnapshot,
    diff,
    facts_of,
    lines,
    map_records,
    match,
    snapshot,
)
from geo.corrections import Correction, make_correction
from geo.table import incidents_frame
from render.diffpage import PACK_ENTRY, diff_html, pack_with_diff

KYIV = {
    "id": "kyiv-2024-01-02-aaaaaa", "place": "Kyiv", "place_key": "ua:kyiv", "lat": 50.45,
    "lon": 30.52, "precision": "town", "date_start": "2024-01-02", "date_end": "2024-01-02",
    "date_precision": "day", "actor": "Russia", "attribution": "stated", "event_type": "strike",
    "killed": 5, "injured": 20, "articles": ["a1.txt"],
    "sources": [{"article": "a1.txt", "excerpt": "A missile hit Kyiv."}],
}  # fmt: skip
KHARKIV = {
    **KYIV, "id": "kharkiv-2024-01-10-bbbbbb", "place": "Kharkiv", "place_key": "ua:kharkiv",
    "lat": 49.99, "lon": 36.23, "date_start": "2024-01-10", "date_end": "2024-01-10",
    "killed": None, "injured": 3,
}  # fmt: skip
ODESA = {
    **KYIV, "id": "odesa-2024-02-01-cccccc", "place": "Odesa", "place_key": "ua:odesa",
    "lat": 46.48, "lon": 30.72, "date_start": "2024-02-01", "date_end": "2024-02-29",
    "date_precision": "month", "killed": 1, "injured": None, "articles": ["a2.txt"],
}  # fmt: skip
BEFORE = [KYIV, KHARKIV, ODESA]


def table(records: list[dict[str, Any]]) -> pd.DataFrame:
    return incidents_frame(records)


def fix(iid: str, action: str, **kw: Any) -> Correction:
    return make_correction(iid, action, reason=kw.pop("reason", "checked"), who="ana",
                           when="2024-05-01T10:00:00Z", **kw)  # fmt: skip


# ---- snapshot ---------------------------------------------------------------------------


def test_snapshot_keeps_the_facts_and_round_trips_through_json():
    snap = snapshot(table(BEFORE), log_length=4)
    assert [f.id for f in snap.incidents] == [KYIV["id"], KHARKIV["id"], ODESA["id"]]
    kyiv = snap.incidents[0]
    assert (kyiv.place, kyiv.killed, kyiv.injured, kyiv.articles) == ("Kyiv", 5, 20, ("a1.txt",))
    assert snap.incidents[1].killed is None  # pandas NA → None
    doc = json.loads(json.dumps(snap.to_json()))  # what the store keeps
    assert doc["v"] == 1 and doc["log_length"] == 4 and len(doc["rows"]) == 3
    assert BriefSnapshot.from_json(doc) == snap


@pytest.mark.parametrize(
    ("doc", "message"),
    [({"v": 99, "rows": []}, "format"), ([], "format"), ({}, "format")],
)
def test_a_snapshot_of_another_format_is_refused(doc, message):
    with pytest.raises(ValueError, match=message):
        BriefSnapshot.from_json(doc)


def test_a_snapshot_outlives_a_change_of_its_fields():
    doc = snapshot(table([KYIV])).to_json()
    gone = doc["fields"].index("alleged_by")  # a field this code no longer keeps…
    doc["fields"] = [f for i, f in enumerate(doc["fields"]) if i != gone] + ["from_later"]
    doc["rows"] = [[v for i, v in enumerate(r) if i != gone] + ["x"] for r in doc["rows"]]
    (kyiv,) = BriefSnapshot.from_json(doc).incidents  # …and one it does not know yet
    assert (kyiv.place, kyiv.killed, kyiv.alleged_by) == ("Kyiv", 5, None)


@pytest.mark.parametrize(
    ("change", "same"),
    [
        ({}, True),
        ({"sources": [{"article": "a1.txt", "excerpt": "other words"}]}, True),  # not compared
        ({"confidence": 0.2}, True),
        ({"killed": 6}, False),
        ({"actor": "Ukraine"}, False),
        ({"date_end": "2024-01-03"}, False),
        ({"lat": 50.0}, False),
        ({"articles": ["a1.txt", "a4.txt"]}, False),
    ],
)
def test_the_digest_changes_with_the_compared_fields_only(change, same):
    before, after = facts_of(KYIV), facts_of({**KYIV, **change})
    assert (before.digest == after.digest) is same


# ---- matching ---------------------------------------------------------------------------


def facts(*records):
    return [facts_of(r) for r in records]


RENUMBERED = {**KYIV, "id": "kyiv-2024-01-02-aaaaaa-2"}
WIDER = {**KYIV, "id": "kyiv-2024-01-01-dddddd", "date_start": "2024-01-01"}
ELSEWHERE = {**KYIV, "id": "lviv-2024-01-02-eeeeee", "place": "Lviv", "place_key": "ua:lviv"}


@pytest.mark.parametrize(
    ("before", "now", "skip", "expected"),
    [
        ([KYIV, ODESA], [ODESA, KYIV], (), {KYIV["id"]: KYIV["id"], ODESA["id"]: ODESA["id"]}),
        ([KYIV], [RENUMBERED], (), {KYIV["id"]: RENUMBERED["id"]}),  # same place and window
        ([KYIV], [WIDER], (), {KYIV["id"]: WIDER["id"]}),  # same place, overlapping window
        ([KYIV], [ELSEWHERE], (), {}),  # another place is another incident
        ([KYIV], [RENUMBERED], (KYIV["id"],), {}),  # the log explains it: never renamed
        # Two at one place and an overlapping window: no guessing which is which.
        ([KYIV, {**KYIV, "id": "k2", "date_start": "2023-12-31"}], [WIDER], (), {}),
        # Two with the same place and window: paired in id order.
        (
            [KYIV, {**KYIV, "id": "kyiv-2024-01-02-aaaaaa-2"}],
            [{**KYIV, "id": "x-1"}, {**KYIV, "id": "x-2"}],
            (),
            {KYIV["id"]: "x-1", "kyiv-2024-01-02-aaaaaa-2": "x-2"},
        ),
        (
            [{**KYIV, "place": None, "place_key": None}],
            [{**RENUMBERED, "place": None, "place_key": None}],
            (),
            {},
        ),  # fmt: skip
    ],
)
def test_match_by_id_then_by_place_and_date(before, now, skip, expected):
    assert match(facts(*before), facts(*now), skip) == expected


# ---- diff -------------------------------------------------------------------------------


def run(before, now, log=(), *, in_view=None, log_length=0):
    snap = snapshot(table(before), log_length=log_length)
    return diff(snap, table(now), list(log), in_view=in_view)


def test_nothing_changed():
    d = run(BEFORE, BEFORE)
    assert d.counts() == {"new": 0, "changed": 0, "retracted": 0} and d.unchanged == 3


def test_a_new_article_gives_a_new_incident_and_a_new_source():
    sumy = {**KYIV, "id": "sumy-2024-03-03-ffffff", "place": "Sumy", "place_key": "ua:sumy",
            "date_start": "2024-03-03", "date_end": "2024-03-03", "articles": ["a4.txt"]}  # fmt: skip
    kharkiv = {**KHARKIV, "articles": ["a1.txt", "a4.txt"], "killed": 2}
    d = run(BEFORE, [KYIV, kharkiv, ODESA, sumy])
    assert [n.facts.id for n in d.new] == [sumy["id"]]
    (changed,) = d.changed
    assert [(c.field, c.old, c.new, c.correction) for c in changed.changes] == [
        ("killed", "not reported", "2", None),
        ("sources", "a1.txt", "a1.txt, a4.txt", None),
    ]
    assert d.unchanged == 2 and d.retracted == ()


@pytest.mark.parametrize(
    ("fields", "correction", "expected"),
    [
        ({"killed": 7}, fix(KYIV["id"], "set", field="killed", old_value="5", new_value="7",
                            reason="A later report: seven dead"),
         [("killed", "5", "7", "A later report: seven dead")]),
        ({"actor": "Ukraine", "attribution": "claimed"},
         fix(KYIV["id"], "set", field="actor", old_value="Russia", new_value="Ukraine",
             reason="The SBU claimed it"),
         [("actor", "Russia", "Ukraine", "The SBU claimed it"),
          ("attribution", "stated", "claimed", None)]),
        ({"date_start": "2024-01-01", "date_end": "2024-01-02"},
         fix(KYIV["id"], "set", field="date", old_value="2024-01-02/2024-01-02",
             new_value="2024-01-01/2024-01-02", reason="It began at night"),
         [("date", "2024-01-02", "2024-01-01 – 2024-01-02", "It began at night")]),
        ({"place": "Brovary", "place_key": "ua:brovary", "lat": 50.51, "lon": 30.79},
         fix(KYIV["id"], "set", field="place",
             new_value=json.dumps({"place": "Brovary", "lat": 50.51, "lon": 30.79}),
             reason="Brovary, not Kyiv"),
         [("place", "Kyiv (50.4500, 30.5200)", "Brovary (50.5100, 30.7900)", "Brovary, not Kyiv")]),
    ],
)  # fmt: skip
def test_a_changed_field_names_the_correction_that_explains_it(fields, correction, expected):
    d = run(BEFORE, [{**KYIV, **fields}, KHARKIV, ODESA], [correction])
    (changed,) = d.changed
    assert [(c.field, c.old, c.new, c.reason) for c in changed.changes] == expected
    assert all(c.author == "ana" for c in changed.changes if c.reason)


def test_a_correction_made_before_the_brief_explains_nothing():
    old = fix(KYIV["id"], "set", field="killed", new_value="7", reason="before the brief")
    d = run(BEFORE, [{**KYIV, "killed": 9}, KHARKIV, ODESA], [old], log_length=1)
    assert [(c.field, c.correction) for c in d.changed[0].changes] == [("killed", None)]
    assert "read again from the articles" in lines(d)["changed"][0][1][0]


def test_the_latest_correction_of_a_field_explains_it():
    log = [fix(KYIV["id"], "set", field="killed", new_value="6", reason="first"),
           fix(KYIV["id"], "set", field="killed", new_value="8", reason="second")]  # fmt: skip
    d = run(BEFORE, [{**KYIV, "killed": 8}, KHARKIV, ODESA], log)
    assert d.changed[0].changes[0].reason == "second"


@pytest.mark.parametrize(
    ("now", "log", "why", "into", "reason"),
    [
        ([KYIV, ODESA], [fix(KHARKIV["id"], "not_incident", reason="A drill")], "dismissed",
         None, "A drill"),
        ([{**KYIV, "articles": ["a1.txt", "a9.txt"]}, ODESA],
         [fix(KYIV["id"], "merge", new_value=KHARKIV["id"], reason="One attack")], "merged",
         KYIV["id"], "One attack"),
        ([KYIV, ODESA], [], "gone", None, None),
        # Dismissed, then restored, then gone from the articles: no longer found.
        ([KYIV, ODESA], [fix(KHARKIV["id"], "not_incident"), fix(KHARKIV["id"], "restore")],
         "gone", None, None),
    ],
)  # fmt: skip
def test_retracted_says_why(now, log, why, into, reason):
    d = run(BEFORE, now, log)
    (gone,) = d.retracted
    assert (gone.facts.id, gone.why, gone.into) == (KHARKIV["id"], why, into)
    assert (gone.correction.reason if gone.correction else None) == reason
    assert d.new == ()


def test_a_merge_target_changes_and_the_merge_explains_it():
    log = [fix(KYIV["id"], "merge", new_value=KHARKIV["id"], reason="One attack")]
    merged = {**KYIV, "articles": ["a1.txt", "a9.txt"], "injured": 23}
    d = run(BEFORE, [merged, ODESA], log)
    assert {c.field: c.reason for c in d.changed[0].changes} == {
        "injured": "One attack", "sources": "One attack"}  # fmt: skip
    assert "merged into kyiv-2024-01-02-aaaaaa — One attack (ana" in lines(d)["retracted"][0][1][0]


def test_a_split_is_new_with_its_reason():
    log = [fix(KYIV["id"], "split", old_value="a9.txt", new_value="kyiv-split-1",
               reason="Two strikes that day")]  # fmt: skip
    split = {**KYIV, "id": "kyiv-split-1", "articles": ["a9.txt"]}
    d = run(BEFORE, [*BEFORE, split], log)
    (new,) = d.new
    assert new.facts.id == "kyiv-split-1" and new.correction is not None
    assert "split off — Two strikes that day" in lines(d)["new"][0][1][1]


def test_a_rebuild_that_renumbers_is_not_all_new():
    d = run(BEFORE, [RENUMBERED, KHARKIV, ODESA])
    assert d.new == () and d.retracted == ()
    assert [(c.field, c.old, c.new) for c in d.changed[0].changes] == [
        ("id", KYIV["id"], RENUMBERED["id"])]  # fmt: skip


def test_only_the_view_can_be_new_and_a_change_may_leave_it():
    sumy = {**KYIV, "id": "sumy-1", "place": "Sumy", "place_key": "ua:sumy"}
    moved = {**ODESA, "actor": "Ukraine"}
    in_view = {KYIV["id"], KHARKIV["id"]}  # the brief's view shows Russia's now
    d = run(BEFORE, [KYIV, KHARKIV, moved, sumy], in_view=in_view)
    assert d.new == ()  # Sumy is outside the view
    (changed,) = d.changed
    assert changed.outside_view and "now outside the brief's view" in lines(d)["changed"][0][1]


def test_the_diff_of_the_app_tables_with_apply_corrections():
    """The real path: the table with the log applied, the same log given to diff."""
    snap = snapshot(table(BEFORE))
    log = [fix(ODESA["id"], "not_incident", reason="A forecast"),
           fix(KYIV["id"], "set", field="injured", old_value="20", new_value="25",
               reason="Hospital figures")]  # fmt: skip
    now, _ = apply_corrections(table(BEFORE), log)
    d = diff(snap, now, log)
    assert d.counts() == {"new": 0, "changed": 1, "retracted": 1}
    assert d.changed[0].changes[0].reason == "Hospital figures"
    assert d.retracted[0].why == "dismissed" and d.retracted[0].correction.reason == "A forecast"
    assert d.status_by_id() == {KYIV["id"]: "changed", ODESA["id"]: "retracted"}


# ---- telling it -------------------------------------------------------------------------

HOSTILE = "<script>alert(1)</script>"


def test_map_records_carry_the_status_and_retracted_ones_their_old_point():
    log = [fix(KHARKIV["id"], "not_incident", reason=HOSTILE)]
    sumy = {**KYIV, "id": "sumy-1", "place": "Sumy", "place_key": "ua:sumy"}
    d = run(BEFORE, [{**KYIV, "killed": 6}, ODESA, sumy], log)
    recs = {r["id"]: r for r in map_records(d, table([{**KYIV, "killed": 6}, ODESA, sumy]))}
    assert {i: r["diff_status"] for i, r in recs.items()} == {
        KYIV["id"]: "changed", "sumy-1": "new", KHARKIV["id"]: "retracted"}  # fmt: skip
    assert (recs[KHARKIV["id"]]["lat"], recs[KHARKIV["id"]]["lon"]) == (49.99, 36.23)
    assert recs[KYIV["id"]]["sources"]  # the popup shows the sources of what is shown now


def test_the_diff_page_escapes_everything_and_leads_the_brief_pack():
    log = [fix(KHARKIV["id"], "not_incident", reason=HOSTILE)]
    hostile_place = {**KYIV, "killed": 6, "place": f"Kyiv {HOSTILE}"}
    d = run(BEFORE, [hostile_place, ODESA], log)
    page = diff_html(d, f"Since {HOSTILE}", "saved by <b>ana</b>")
    assert "<script>" not in page and "&lt;script&gt;" in page and "<b>ana</b>" not in page
    assert "<b>0</b> new · <b>1</b> changed · <b>1</b> retracted" in page
    pack = io.BytesIO()
    with zipfile.ZipFile(pack, "w") as z:
        z.writestr("map.html", "<html></html>")
        z.writestr("README.txt", "Incident Atlas brief pack\n\nmap.html       the map\n")
    out = zipfile.ZipFile(io.BytesIO(pack_with_diff(pack.getvalue(), page)))
    assert out.namelist() == [PACK_ENTRY, "map.html", "README.txt"]
    assert out.read(PACK_ENTRY).decode() == page
    readme = out.read("README.txt").decode()
    assert readme.index(PACK_ENTRY) < readme.index("map.html")


def test_the_diff_map_marks_each_status_and_escapes_article_text():
    from render.mapview import DIFF_COLORS, build_diff_map

    log = [fix(KHARKIV["id"], "not_incident", reason=HOSTILE)]
    sumy = {**KYIV, "id": "sumy-1", "place": f"Sumy {HOSTILE}", "place_key": "ua:sumy"}
    now = [{**KYIV, "killed": 6}, ODESA, sumy]
    d = run(BEFORE, now, log)
    page = build_diff_map(map_records(d, table(now)), tiles="none").get_root().render()
    for status in ("new", "changed", "retracted"):
        assert f"ia-diff-{status}" in page and DIFF_COLORS[status] in page
    assert HOSTILE not in page  # popups and tooltips reach Leaflet escaped, as JSON strings
    assert "Retracted" in page and "dismissed: not an incident" in page
