"""geo.filters, geo.timeline, render.timeline and geo.catalog: pure helpers behind the pages."""

from __future__ import annotations

import html
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from geo.catalog import (
    Mark,
    article_marks,
    article_text,
    figure_summary,
    load_catalog,
    locate_excerpt,
    md_escape,
    metadata_value,
)
from geo.filters import (
    actors_present,
    date_bounds,
    date_label,
    filter_incidents,
    incident_from_click,
    located_mask,
    types_present,
)
from geo.table import incidents_frame, to_geojson
from geo.timeline import pick_period, timeline_counts
from geo.urlstate import DateBounds, ViewState
from render.markup import highlight_html
from render.timeline import actor_colors, timeline_html
from store.migrate import open_seeded

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import ARTICLES, RECORDS, make_data_dir  # noqa: E402


@pytest.fixture(scope="module")
def df() -> pd.DataFrame:
    return incidents_frame(RECORDS)


def ids(frame: pd.DataFrame) -> set[str]:
    return set(frame["id"])


ALL = {r["id"] for r in RECORDS}


def test_bounds_and_labels(df):
    assert date_bounds(df) == DateBounds(date(2024, 1, 2), date(2024, 2, 29))
    assert actors_present(df) == ["Russia", "Ukraine", "Unknown"]
    assert types_present(df) == ["drone strike", "missile strike", "shelling"]


def test_bounds_empty_and_undated():
    assert date_bounds(incidents_frame([])) is None
    assert date_bounds(incidents_frame([{"id": "x"}])) is None
    one_end = incidents_frame([{"id": "x", "date_start": "2024-03-01"}])
    assert date_bounds(one_end) == DateBounds(date(2024, 3, 1), date(2024, 3, 1))


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        (ViewState(), ALL),
        # Overlap: Belgorod's 4–6 Jan window overlaps 6–7 Jan; undated Donetsk always shown.
        (ViewState(date(2024, 1, 6), date(2024, 1, 7)), {"belgorod-2024-01-05", "donetsk-undated"}),
        (ViewState(date(2024, 1, 2), date(2024, 1, 7)),
         {"kyiv-2024-01-02", "belgorod-2024-01-05", "donetsk-undated"}),
        (ViewState(date_from=date(2024, 2, 15)), {"odesa-2024-02", "donetsk-undated"}),
        (ViewState(date_to=date(2024, 1, 3)), {"kyiv-2024-01-02", "donetsk-undated"}),
        (ViewState(date(2024, 1, 11), date(2024, 1, 19)), {"donetsk-undated"}),
        (ViewState(actors=("Russia",)), {"kyiv-2024-01-02", "kharkiv-2024-01-10", "odesa-2024-02"}),
        (ViewState(actors=("Unknown",)), {"village-2024-01-20"}),
        (ViewState(actors=("Ukraine", "Unknown")),
         {"belgorod-2024-01-05", "donetsk-undated", "village-2024-01-20"}),
        (ViewState(types=("shelling",)), {"village-2024-01-20", "donetsk-undated"}),
        (ViewState(date(2024, 1, 2), date(2024, 1, 7), ("Russia",)), {"kyiv-2024-01-02"}),
        (ViewState(actors=("Russia",), types=("shelling",)), set()),
    ],
)
def test_filter_incidents(df, view, expected):
    out = filter_incidents(df, view)
    assert ids(out) == expected
    assert list(out.columns) == list(df.columns)


def test_filter_empty_frame():
    empty = incidents_frame([])
    assert filter_incidents(empty, ViewState(date(2024, 1, 1), actors=("Russia",))).empty


def test_located_mask(df):
    assert set(df[~located_mask(df)]["id"]) == {"village-2024-01-20"}


@pytest.mark.parametrize(
    ("clicked", "expected"),
    [
        (None, None),
        ({}, None),
        ({"last_object_clicked_popup": "<b>Kharkiv</b> kharkiv-2024-01-10"}, "kharkiv-2024-01-10"),
        ({"last_object_clicked_tooltip": "odesa-2024-02"}, "odesa-2024-02"),
        ({"last_object_clicked": {"lat": 50.45, "lng": 30.52}}, "kyiv-2024-01-02"),
        ({"last_object_clicked": {"lat": 10.0, "lng": 10.0}}, None),
        ({"last_object_clicked": {"lat": "x", "lng": None}}, None),
    ],
)
def test_incident_from_click(df, clicked, expected):
    assert incident_from_click(df, clicked) == expected


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2024-01-02", "2024-01-02", "day", "2024-01-02"),
        ("2024-02-01", "2024-02-29", "month", "2024-02-01 – 2024-02-29 (month)"),
        ("2024-01-04", "2024-01-06", "days", "2024-01-04 – 2024-01-06"),
        (None, None, "unknown", "date unknown"),
        (pd.NA, pd.NA, pd.NA, "date unknown"),
        ("garbage", None, "day", "date unknown"),
    ],
)
def test_date_label(start, end, precision, expected):
    assert date_label(start, end, precision) == expected


def test_timeline_counts(df):
    weekly = timeline_counts(df, "week")
    assert int(weekly["incidents"].sum()) == 5  # the undated one is not counted
    kyiv_week = weekly[weekly["period"] == pd.Timestamp("2024-01-01")]
    assert dict(zip(kyiv_week["actor"], kyiv_week["incidents"], strict=True)) == {
        "Russia": 1,
        "Ukraine": 1,
    }
    monthly = timeline_counts(df, "month")
    assert set(monthly["period"]) == {pd.Timestamp("2024-01-01"), pd.Timestamp("2024-02-01")}
    assert timeline_counts(incidents_frame([]), "week").empty
    assert pick_period(df) == "week"


def test_timeline_html_bars_titles_and_escaping():
    from html.parser import HTMLParser

    counts = pd.DataFrame({
        "period": pd.to_datetime(["2024-01-01", "2024-01-01", "2024-02-01"]),
        "actor": ["Russia", '<img src=x onerror="alert(1)">', "Russia"],
        "incidents": [3, 1, 4],
    })
    html = timeline_html(counts, "month")

    class Collect(HTMLParser):
        def __init__(self):
            super().__init__()
            self.tags, self.titles = [], []

        def handle_starttag(self, tag, attrs):
            self.tags.append(tag)
            self.titles += [v for k, v in attrs if k == "title"]

    p = Collect()
    p.feed(html)
    assert "img" not in p.tags and "script" not in p.tags  # the actor name stays text
    assert 'Jan 2024 · <img src=x onerror="alert(1)">: 1' in p.titles
    assert "Jan 2024 · Russia: 3" in p.titles and "Feb 2024 · Russia: 4" in p.titles
    # Heights are shares of the axis top (5: 3+1 rounded up to 1/2/5×10^k is 5).
    assert "height:60.00%;background:#c62828" in html
    assert "height:80.00%;background:#c62828" in html
    assert timeline_html(counts.iloc[0:0], "week") == ""


@pytest.mark.parametrize(("value", "top"), [(1, 1), (3, 5), (7, 10), (10, 10), (11, 20), (2001, 5000)])
def test_timeline_axis_top(value, top):
    from render.timeline import _nice_max

    assert _nice_max(value) == top


def test_actor_colors_distinct_for_other_actors():
    colors = actor_colors(["Russia", "Ukraine", "Unknown", "Wagner Group", "Belarus"])
    assert colors["Russia"] == "#c62828" and colors["Ukraine"] == "#1f5fbf"
    assert len({colors["Unknown"], colors["Wagner Group"], colors["Belarus"]}) == 3


# ---- geo.catalog -------------------------------------------------------------------------


def test_locate_excerpt_offsets_are_str_indices():
    text = ARTICLES["a3_village.txt"]
    src = RECORDS[4]["sources"][0]
    assert locate_excerpt(text, src) == (src["start"], src["end"], True)
    moved = {**src, "start": src["start"] + 3, "end": src["end"] + 3}
    assert locate_excerpt(text, moved) == (src["start"], src["end"], False)
    assert locate_excerpt(text, {"excerpt": "absent", "start": 10**9, "end": 10**9 + 1}) is None


def test_highlight_escapes_and_marks():
    text = "a <b>&amp; x</b> “quoted” end"
    marks = [Mark(2, 8, 'i"1', "ex-i-1-0"), Mark(6, 12, "i2", "ex-i2-0"), Mark(50, 60, "i3", "z")]
    out = highlight_html(text, marks, focus="i2")
    assert "<b>" not in out and "&lt;b&gt;" in out and "&amp;am" in out
    assert out.count("<mark ") == 2  # out-of-range mark dropped, overlap clipped
    assert 'href="./map?incident=i%221"' in out and 'target="_top"' in out
    assert 'class="ia-mark focus"' in out
    # Unescaping the visible text gives back the article exactly.
    import re

    visible = html.unescape(re.sub(r"<[^>]+>", "", out))
    assert visible == text


def test_article_marks_for_fixture(df):
    text = ARTICLES["a1_kyiv.txt"]
    marks = article_marks(text, df, "a1_kyiv.txt")
    assert [m.incident for m in marks] == ["kyiv-2024-01-02", "kharkiv-2024-01-10"]
    assert all(m.exact for m in marks)
    out = highlight_html(text, marks)
    assert "<script>" not in out and "&lt;script&gt;" in out


@pytest.mark.parametrize(
    ("sources", "key", "expected"),
    [
        ([], "killed", "not reported"),
        ([{"article": "a", "killed": None}], "killed", "not reported"),
        ([{"article": "a", "killed": 3}], "killed", "3 (a)"),
        ([{"article": "a", "killed": 3}, {"article": "b", "killed": 3}], "killed",
         "3 (all 2 sources agree)"),
        ([{"article": "a", "killed": 5}, {"article": "b", "killed": 7}], "killed",
         "sources disagree: 5 (a), 7 (b); highest is 7 (b)"),
    ],
)
def test_figure_summary(sources, key, expected):
    assert figure_summary(sources, key) == expected


def test_md_escape_and_metadata():
    assert md_escape("[x](javascript:alert(1)) <b>*") == (
        r"\[x\]\(javascript\:alert\(1\)\) \<b\>\*"
    )
    assert [metadata_value(v) for v in (None, pd.NA, "", " ", float("nan"), "BBC")] == [
        "unknown", "unknown", "unknown", "unknown", "unknown", "BBC"
    ]


def seeded(data):
    """The data dir's store as the app opens it: seeded from the files on first opening."""
    store, _report = open_seeded(data)
    return store


def catalog_of(data):
    store = seeded(data)
    try:
        return load_catalog(store)
    finally:
        store.close()


def test_load_catalog_from_geojson(tmp_path):
    data = make_data_dir(tmp_path)
    cat = catalog_of(data)
    assert cat.origin == "stored" and cat.messages == []
    assert ids(cat.incidents) == ALL
    assert list(cat.articles["file"]) == sorted(ARTICLES)
    a2 = cat.articles[cat.articles["file"] == "a2_belgorod.txt"].iloc[0]
    assert pd.isna(a2["title"]) and a2["published"] == "2024-03-01"


def test_load_catalog_without_geojson(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    (data / "incidents.geojson").unlink()
    import geo.catalog as catalog

    def no_pipeline(_store):
        raise ImportError("geo.pipeline")

    monkeypatch.setattr(catalog, "_build", no_pipeline)
    cat = catalog_of(data)
    assert cat.origin == "none" and cat.incidents.empty
    assert any("python -m geo build" in m for m in cat.messages)
    assert len(cat.articles) == 3


def test_load_catalog_stale_incidents_use_pipeline_or_fall_back(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    store = seeded(data)  # the fixture's incidents are saved, then an article makes them stale
    store.add_article(ARTICLES["a1_kyiv.txt"] + "\nMore.", file="a9_new.txt")
    import geo.catalog as catalog

    def broken(_s):
        raise RuntimeError("boom")

    monkeypatch.setattr(catalog, "_build", broken)
    cat = load_catalog(store)
    assert cat.origin == "stale" and len(cat.incidents) == len(RECORDS)
    assert any("older" in m for m in cat.messages)

    monkeypatch.setattr(catalog, "_build", lambda _s: (to_geojson(RECORDS[:2]), []))
    assert load_catalog(store).origin == "built"
    again = load_catalog(store)  # built once: then served from the store
    assert again.origin == "stored" and len(again.incidents) == 2
    store.close()


def test_incidents_built_are_saved_with_the_version_read_before_the_build(tmp_path, monkeypatch):
    data = make_data_dir(tmp_path)
    (data / "incidents.geojson").unlink()
    store = seeded(data)
    import geo.catalog as catalog

    def build_while_an_article_arrives(s):
        s.add_article("Drones struck Sumy on 5 March 2024, injuring two people.", slug="sumy")
        return to_geojson(RECORDS[:2]), []

    monkeypatch.setattr(catalog, "_build", build_while_an_article_arrives)
    assert load_catalog(store).origin == "built"
    saved = store.load_incidents()
    assert saved is not None and saved.stale  # the new article is not in them: built again
    store.close()


def test_incidents_built_by_other_code_are_built_again(tmp_path, monkeypatch):
    from geo.pipeline import EXTRACTOR_KEY

    data = make_data_dir(tmp_path)
    store = seeded(data)  # the fixture's file names no code: trusted as it is
    assert load_catalog(store).origin == "stored"
    store.save_incidents({**to_geojson(RECORDS), EXTRACTOR_KEY: "older-code"},
                         store.data_version())
    import geo.catalog as catalog

    monkeypatch.setattr(catalog, "_build", lambda _s: (to_geojson(RECORDS[:2]), []))
    cat = load_catalog(store)
    assert cat.origin == "built" and len(cat.incidents) == 2
    store.close()


def test_load_catalog_missing_dir(tmp_path):
    cat = catalog_of(tmp_path / "nope")
    assert cat.incidents.empty and cat.articles.empty and cat.messages


def test_data_version_changes_with_articles(tmp_path):
    store = seeded(make_data_dir(tmp_path))
    before = store.data_version()
    store.add_article("A new article about a strike on Kyiv.", file="a9_new.txt")
    assert store.data_version() != before
    store.close()


@pytest.mark.parametrize("name", ["../index.csv", "/etc/passwd", "a1_kyiv", "", "nope.txt"])
def test_article_text_refuses_paths(tmp_path, name):
    store = seeded(make_data_dir(tmp_path))
    assert article_text(store, name) is None
    store.close()


def test_article_text_keeps_crlf(tmp_path):
    store = seeded(make_data_dir(tmp_path))
    assert article_text(store, "a1_kyiv.txt") == ARTICLES["a1_kyiv.txt"]
    store.close()


def test_timeline_html_keeps_empty_periods_on_the_time_axis():
    counts = pd.DataFrame({
        "period": pd.to_datetime(["2022-04-01", "2022-07-01"]),
        "actor": ["Russia", "Russia"],
        "incidents": [1, 2],
    })
    html = timeline_html(counts, "month")
    # Apr, May, Jun, Jul 2022: four bars (each carries its period as a title), two empty.
    for month in ("Apr 2022", "May 2022", "Jun 2022", "Jul 2022"):
        assert f'title="{month}"' in html
    weekly = timeline_html(pd.DataFrame({
        "period": pd.to_datetime(["2024-01-01", "2024-01-22"]),
        "actor": ["Ukraine", "Ukraine"], "incidents": [1, 1]}), "week")
    assert weekly.count('flex-direction:column-reverse" title=') == 4  # 1, 8, 15, 22 Jan
    assert "<span>1</span><span></span>" in weekly  # a count has no half: no 0.5 tick


@pytest.mark.parametrize(
    ("articles", "heading"),
    [
        (["a.txt"], "Sources (1)"),
        (["a.txt", "b.txt"], "Sources (2)"),
        (["a.txt", "a.txt", "b.txt"], "Sources: 2 articles, 3 excerpts"),
        (["a.txt", "a.txt"], "Sources: 1 article, 2 excerpts"),
    ],
)
def test_sources_are_counted_in_articles_not_excerpts(articles: list[str], heading: str) -> None:
    from geo.catalog import sources_heading

    assert sources_heading([{"article": a} for a in articles]) == heading


@pytest.mark.parametrize(
    ("most", "top", "middle"), [(5, 5, ""), (4, 5, ""), (9, 10, "5"), (2, 2, "1"), (1, 1, "")]
)
def test_the_count_axis_never_shows_a_half(most: int, top: int, middle: str) -> None:
    counts = pd.DataFrame(
        {"period": [pd.Timestamp("2024-01-01")], "actor": ["Russia"], "incidents": [most]}
    )
    html = timeline_html(counts, "week")
    assert f"<span>{top}</span><span>{middle}</span><span>0</span>" in html
