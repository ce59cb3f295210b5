"""The audit log in the exports (issue 14): the entries about a pack's incidents, the CSV and
page in the brief pack, and the closing slide or page of the PPTX and PDF briefs."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from geo import auditlog
from geo.auditlog import concerning, since
from geo.corrections import Correction, entry_ref, make_correction
from geo.review import decide, propose, undo_merge
from geo.table import neutralise
from geo.urlstate import ViewState
from render import auditexport, exporters
from render.auditexport import CLOSING_LIMIT, CLOSING_TITLE, closing_table

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS, make_data_dir  # noqa: E402

from store.migrate import open_seeded  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = "<script>alert(1)</script>"
KYIV, KHARKIV, ODESA = "kyiv-2024-01-02", "kharkiv-2024-01-10", "odesa-2024-02"


def fix(iid: str, action: str = "set", n: int = 0, **kw: str) -> Correction:
    kw.setdefault("reason", f"reason {n}")
    if action == "set":
        kw.setdefault("field", "killed")
        kw.setdefault("new_value", str(n))
    return make_correction(iid, action, who=kw.pop("who", "ana"),
                           when=f"2024-05-01T10:{n:02d}:00Z", **kw)  # fmt: skip


# ---- which entries concern which incidents ----------------------------------------------

MERGE = fix("a", "merge", 2, new_value="b")
LOG = [
    fix("a", n=1),  # 0 on a
    fix("b", n=0),  # 1 on b before it was merged into a
    MERGE,  # 2 a absorbs b
    fix("b", n=3),  # 3 on b after: follows it into a
    fix("c", n=4),  # 4 elsewhere
    fix("c", "split", 5, old_value="x.txt", new_value="n"),  # 5 makes n out of c
    fix("d", "merge", 6, new_value="e"),  # 6 d absorbs e
    fix("n", "not_incident", 7),  # 7 on n
]


@pytest.mark.parametrize(
    ("ids", "positions"),
    [
        ({"a"}, [3, 2, 1, 0]),  # newest first; b's entries too, before and after the merge
        ({"b"}, [3, 2, 1]),  # the merge names b as absorbed
        ({"c"}, [5, 4]),
        ({"n"}, [7, 5]),  # the split that made it
        ({"e"}, [6]),
        ({"d"}, [6]),
        ({"zzz"}, []),
        (set(), []),
        ({"a", "c"}, [5, 4, 3, 2, 1, 0]),
    ],
)
def test_concerning_follows_merges_and_splits(ids, positions):
    got = [r.ref for r in concerning(LOG, ids)]
    assert got == [entry_ref(LOG[p]) for p in positions]


def test_a_chain_of_merges_is_followed_and_an_undone_merge_is_not():
    chain = [fix("c", n=1), fix("b", "merge", 2, new_value="c"), MERGE]
    assert len(concerning(chain, {"a"})) == 3  # a ← b ← c
    undo = undo_merge(LOG, entry_ref(MERGE), who="bo", reason="not the same strike",
                      when="2024-05-02T00:00:00Z")  # fmt: skip
    undone = [*LOG, undo]
    refs = [r.ref for r in concerning(undone, {"a"})]
    assert refs == [entry_ref(undo), entry_ref(MERGE), entry_ref(LOG[0])]  # b's own: no longer


def test_proposals_and_their_decisions_are_entries_about_the_incident():
    proposal = propose(fix("a", n=1, new_value="9", reason="a later report"))
    log = [proposal]
    log.append(decide(log, entry_ref(proposal), "accepted", who="bo", when="2024-05-03T00:00Z"))
    rows = concerning(log, {"a"})
    assert [r.action for r in rows] == ["accepted", "proposed: corrected"]
    assert rows[0].who == "bo" and rows[0].change == (
        f"ana's proposal {entry_ref(proposal)}: killed: none → 9"
    )
    assert rows[1].change == "killed: none → 9" and rows[1].field == "killed"


@pytest.mark.parametrize(
    ("entry", "action", "change"),
    [
        (fix("a", n=1, old_value="2", new_value="5"), "corrected", "killed: 2 → 5"),
        (fix("a", n=1, field="date", new_value="2024-01-02/2024-01-03"), "corrected",
         "date: unknown → 2024-01-02 – 2024-01-03"),
        (fix("a", n=1, field="place", new_value='{"place": "Kyiv", "lat": 50.45, "lon": 30.52}'),
         "corrected", "place: none → Kyiv (50.4500, 30.5200)"),
        (fix("a", "merge", 1, new_value="b"), "merged", "merged b into a"),
        (fix("a", "split", 1, old_value="f.txt@3", new_value="a-2"), "split",
         "source f.txt@3 moved to a new incident a-2"),
        (fix("a", "not_incident", 1), "dismissed", "not an incident"),
        (fix("a", "restore", 1), "restored", "restored"),
        (fix("a", "confirm", 1), "confirmed", "reviewed, nothing changed"),
        (fix("a", "restore", 1, field="merge", old_value="abc", new_value="b"), "undid a merge",
         "undid the merge of b into a (abc)"),
        (propose(fix("a", "merge", 1, new_value="b")), "proposed: merged", "merged b into a"),
    ],
)  # fmt: skip
def test_each_action_in_words(entry, action, change):
    (row,) = auditlog.entries([entry])
    assert (row.action, row.change, row.why, row.who) == (action, change, "reason 1", "ana")


def test_since_a_position_of_the_log():
    assert [r.ref for r in since(LOG, 6)] == [entry_ref(LOG[7]), entry_ref(LOG[6])]
    assert since(LOG, len(LOG)) == [] and len(since(LOG, -3)) == len(LOG)


# ---- the CSV and the page: untrusted text ------------------------------------------------

HOSTILE = [
    fix(KYIV, n=1, old_value="5", new_value="7", who="=SUM(1)", reason=f"{SCRIPT} +1 & more"),
    fix(KYIV, n=2, field="weapon", new_value="@cmd", reason="-2 minus", who="ana"),
    fix(ODESA, n=3, reason="Odesa's own", who="cy"),
]


def test_csv_neutralises_every_cell_as_the_other_exports():
    rows = list(csv.DictReader(io.StringIO(auditexport.audit_csv(concerning(HOSTILE, {KYIV})))))
    assert [r["who"] for r in rows] == ["ana", "'=SUM(1)"]
    assert rows[0]["new"] == "'@cmd" and rows[0]["why"] == "'-2 minus"
    assert rows[1]["why"] == f"{SCRIPT} +1 & more" and rows[1]["old"] == "5"
    assert list(rows[0]) == list(auditlog.CSV_COLUMNS)
    for r in rows:
        assert all(v == neutralise(v.removeprefix("'")) for v in r.values())


def test_page_escapes_every_field():
    page = auditexport.audit_html(concerning(HOSTILE, {KYIV}), f"t {SCRIPT}", f"s {SCRIPT}")
    assert SCRIPT not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<tr>") == 3 and "=SUM(1)" in page
    empty = auditexport.audit_html([], "Audit")
    assert "No entry" in empty and "<table" not in empty


# ---- the brief pack ------------------------------------------------------------------------


def pack_of(log, recs=RECORDS) -> zipfile.ZipFile:
    data = exporters.export(recs, "brief", ViewState(), log=log)
    return zipfile.ZipFile(io.BytesIO(data))


def test_the_pack_holds_the_audit_log_of_its_incidents():
    recs = [r for r in RECORDS if r["id"] != ODESA]
    z = pack_of(HOSTILE, recs)
    names = z.namelist()
    assert names[-2:] == ["audit_log.html", "audit_log.csv"] and "map.html" in names
    rows = list(csv.DictReader(io.StringIO(z.read("audit_log.csv").decode("utf-8"))))
    assert [(r["incident_id"], r["who"]) for r in rows] == [(KYIV, "ana"), (KYIV, "'=SUM(1)")]
    page = z.read("audit_log.html").decode("utf-8")
    assert SCRIPT not in page and "&lt;script&gt;" in page and "Odesa's own" not in page
    assert f"2 entries about the {len(recs)} incident(s)" in page
    readme = z.read("README.txt").decode("utf-8")
    assert "audit_log.html  who changed these incidents" in readme
    assert readme.index("audit_log.csv") < readme.index("incident(s):")  # in the file list


def test_a_pack_without_a_log_is_as_before_and_an_empty_log_says_so():
    assert "audit_log.html" not in pack_of(None).namelist()
    z = pack_of([])
    assert "No entry" in z.read("audit_log.html").decode("utf-8")
    assert z.read("audit_log.csv").decode("utf-8").strip() == ",".join(auditlog.CSV_COLUMNS)


def test_the_whole_log_since_the_brief_joins_a_pack_that_opens_with_the_diff():
    from render.diffpage import PACK_ENTRY, pack_with_diff

    pack = exporters.export(RECORDS, "brief", ViewState(), log=HOSTILE)
    pack = pack_with_diff(pack, "<html>diff</html>")
    pack = auditexport.pack_with_since(pack, since(HOSTILE, 1), f"Morning {SCRIPT}")
    z = zipfile.ZipFile(io.BytesIO(pack))
    assert z.namelist()[0] == PACK_ENTRY
    assert {"audit_since_last_brief.html", "audit_since_last_brief.csv"} <= set(z.namelist())
    rows = list(csv.DictReader(io.StringIO(z.read("audit_since_last_brief.csv").decode())))
    assert [r["incident_id"] for r in rows] == [ODESA, KYIV]  # every incident, newest first
    page = z.read("audit_since_last_brief.html").decode("utf-8")
    assert "Morning &lt;script&gt;" in page and SCRIPT not in page
    readme = z.read("README.txt").decode("utf-8")
    assert PACK_ENTRY in readme and "audit_since_last_brief.csv" in readme
    assert "audit_log.csv" in readme


# ---- the closing slide and page ------------------------------------------------------------


def many_fixes(n: int) -> list[Correction]:
    return [fix(KYIV, n=k, reason=f"reason number {k}") for k in range(n)]


@pytest.mark.parametrize(
    ("n", "listed", "note"),
    [
        (0, 0, "Nobody has corrected"),
        (3, 3, None),
        (CLOSING_LIMIT, CLOSING_LIMIT, None),
        (CLOSING_LIMIT + 4, CLOSING_LIMIT, "… and 4 older change(s)"),
    ],
)
def test_closing_table_lists_up_to_the_limit(n, listed, note):
    table = closing_table(concerning(many_fixes(n), {KYIV}))
    assert table.title == CLOSING_TITLE and len(table.rows) == listed
    assert (table.note is None) if note is None else note in (table.note or "")
    if listed:
        assert table.rows[0][0] == f"2024-05-01T10:{n - 1:02d}:00Z"  # newest first
        assert table.rows[0][5] == f"reason number {n - 1}"


def test_closing_cells_are_xml_safe_and_clipped():
    bad = Correction("2024-05-01", "ana\x00", KYIV, "set", "weapon", "", "x" * 500, "why\x08")
    (row,) = closing_table(auditlog.entries([bad])).rows
    assert row[1] == "ana" and row[5] == "why" and len(row[4]) <= 90


def deck_slides(log) -> list:
    data = exporters.export(RECORDS, "pptx", ViewState(), detail_limit=1, log=log)
    return list(Presentation(io.BytesIO(data)).slides)


def slide_text(slide) -> str:
    parts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    for s in slide.shapes:
        if s.has_table:
            parts += [c.text for row in s.table.rows for c in row.cells]
    return "\n".join(parts)


def test_pptx_closes_with_the_changes_to_its_incidents():
    log = [*many_fixes(CLOSING_LIMIT), *HOSTILE]
    slides = deck_slides(log)
    assert len(slides) == 2 + 1 + 1 + 1
    last = slides[-1]
    assert last.shapes.title.text == CLOSING_TITLE
    (table,) = [s.table for s in last.shapes if s.has_table]
    assert len(table.rows) == 1 + CLOSING_LIMIT
    assert [c.text for c in table.rows[0].cells] == list(auditexport.CLOSING_HEADER)
    text = slide_text(last)
    assert "killed: none → 9" in text and "… and 3 older change(s)" in text
    assert "Odesa's own" in text  # the newest: Odesa is in the pack too
    none = deck_slides([])[-1]
    assert none.shapes.title.text == CLOSING_TITLE and "Nobody has corrected" in slide_text(none)
    assert deck_slides(None)[-1].shapes.title.text != CLOSING_TITLE


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    src = tmp_path / "brief.pdf"
    src.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(src), "-"], check=True, timeout=120,
                          capture_output=True, text=True).stdout  # fmt: skip


def test_pdf_closes_with_the_changes_page(tmp_path):
    data = exporters.export(RECORDS, "pdf", ViewState(), detail_limit=0, log=HOSTILE)
    pages = pdf_text(data, tmp_path).split("\f")
    last = next(p for p in reversed(pages) if p.strip())
    assert CLOSING_TITLE in last and "Odesa's own" in last and "=SUM(1)" in last
    assert "killed: 5 → 7" in last or "killed: 5 -> 7" in last
    assert "alert(1)" in last  # the reason as text, as written


def test_pdf_changes_print_without_a_unicode_font(tmp_path, monkeypatch):
    monkeypatch.setattr("render.pdfbrief.font_path", lambda: None)
    data = exporters.export(RECORDS, "pdf", ViewState(), detail_limit=0, log=HOSTILE)
    assert "killed: 5 -> 7" in pdf_text(data, tmp_path)


# ---- the command line -----------------------------------------------------------------------


def test_cli_brief_pptx_and_pdf_carry_the_audit_log(tmp_path):
    data_dir = make_data_dir(tmp_path)
    store, _ = open_seeded(data_dir)
    try:
        store.append_corrections([
            fix(KHARKIV, n=1, field="injured", old_value="3", new_value="4",
                reason=f"A fourth victim {SCRIPT}", who="bo"),
            fix(ODESA, n=2, field="weapon", new_value="=HYPERLINK(1)", reason="Shahed"),
        ])  # fmt: skip
    finally:
        store.close()

    def export(fmt: str, *more: str) -> Path:
        out = tmp_path / f"out.{fmt}"
        done = subprocess.run(
            [sys.executable, "-m", "geo", "export", "--format", fmt, "--out", str(out),
             "--data", str(data_dir), *more],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return out

    z = zipfile.ZipFile(export("brief", "--from", "2024-01-08", "--to", "2024-01-12"))
    rows = list(csv.DictReader(io.StringIO(z.read("audit_log.csv").decode("utf-8"))))
    assert [(r["incident_id"], r["who"]) for r in rows] == [(KHARKIV, "bo")]  # Odesa: not shown
    assert SCRIPT not in z.read("audit_log.html").decode("utf-8")
    z = zipfile.ZipFile(export("brief"))
    rows = list(csv.DictReader(io.StringIO(z.read("audit_log.csv").decode("utf-8"))))
    assert rows[0]["new"] == "'=HYPERLINK(1)" and len(rows) == 2
    deck = Presentation(str(export("pptx", "--detail", "0")))
    last = list(deck.slides)[-1]
    assert last.shapes.title.text == CLOSING_TITLE and "A fourth victim" in slide_text(last)
    assert CLOSING_TITLE in pdf_text(export("pdf", "--detail", "0").read_bytes(), tmp_path)
