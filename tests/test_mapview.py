"""render.mapview: dates, styles, escaping, region circles and offline assets (no browser)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pytest

from geo.table import incidents_frame
from render.mapview import (
    VENDOR_DIR,
    build_base_map,
    build_map,
    format_date_window,
    incident_group,
    map_html_standalone,
    marker_style,
    popup_html,
    sources_link,
    tooltip_html,
)

XSS_PLACE = "Kharkiv<script>alert('place')</script>"
XSS_EXCERPT = "<img src=x onerror=alert(1)> ${alert(2)} `tick` </script><script>alert(3)</script>"


def rec(i: str, **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": i, "place": "Kharkiv", "place_key": "gn:706483", "country": "UA",
        "lat": 49.99, "lon": 36.23, "precision": "town", "radius_km": 0.0,
        "date_start": "2022-07-03", "date_end": "2022-07-03", "date_precision": "day",
        "actor": "Russia", "attribution": "alleged", "alleged_by": "Ukraine",
        "event_type": "strike", "weapon": "missile", "killed": 3, "injured": 5,
        "n_sources": 1, "articles": ["000_a.txt"],
        "sources": [{"article": "000_a.txt", "excerpt": "A missile hit Kharkiv.", "start": 0,
                     "end": 22, "killed": 3, "injured": 5, "actor": "Russia",
                     "attribution": "alleged", "alleged_by": "Ukraine"}],
        "notes": [],
    }
    base.update(kw)
    return base


@pytest.mark.parametrize(
    ("start", "end", "precision", "expected"),
    [
        ("2022-07-03", "2022-07-03", "day", "3 Jul 2022"),
        (date(2022, 7, 3), None, "day", "3 Jul 2022"),
        ("2022-07-02", "2022-07-04", "days", "2–4 Jul 2022"),
        ("2022-07-02", "2022-07-08", "week", "2–8 Jul 2022"),
        ("2022-06-29", "2022-07-02", "days", "29 Jun – 2 Jul 2022"),
        ("2022-12-30", "2023-01-02", "days", "30 Dec 2022 – 2 Jan 2023"),
        ("2022-04-01", "2022-04-30", "month", "Apr 2022"),
        ("2022-04-01", "2022-05-31", "month", "Apr–May 2022"),
        ("2022-01-01", "2022-12-31", "year", "2022"),
        (None, None, "unknown", "date unknown"),
        ("2022-07-03", "2022-07-03", "unknown", "date unknown"),
        (None, None, "day", "date unknown"),
        ("not a date", None, "day", "date unknown"),
    ],
)
def test_format_date_window(start: Any, end: Any, precision: str, expected: str) -> None:
    assert format_date_window(start, end, precision) == expected


def test_marker_styles() -> None:
    ru = marker_style("Russian forces", "alleged")
    ua = marker_style("Ukraine", "claimed")
    other = marker_style(None, "stated")
    assert ru["group"] == "russia" and ua["group"] == "ukraine" and other["group"] == "other"
    assert len({ru["color"], ua["color"], other["color"]}) == 3
    assert ru["fill_color"] == "#ffffff" and ru["fill_opacity"] < 1 and not ru["ring"]  # hollow
    assert ua["ring"] and ua["fill_color"] == ua["color"]  # ringed
    assert not other["ring"] and other["fill_opacity"] == 1.0  # solid
    assert marker_style("Russia", "bogus")["attribution"] == "alleged"  # never more certain


def test_sources_link_is_relative_and_encoded() -> None:
    link = sources_link("javascript:alert(1)&x=<b>", "id 1/2")
    assert link.startswith("./sources?article=")
    assert link == "./sources?article=javascript%3Aalert%281%29%26x%3D%3Cb%3E&incident=id%201%2F2"


def test_popup_and_tooltip_escape_untrusted_text() -> None:
    r = rec("x1", place=XSS_PLACE, weapon="<b>drone</b>",
            sources=[{"article": "javascript:alert(1)", "excerpt": XSS_EXCERPT, "killed": 2}])
    pop, tip = popup_html(r), tooltip_html(r)
    for markup in (pop, tip):
        assert "<script" not in markup and "<img" not in markup and "<b>drone" not in markup
    assert "&lt;img src=x onerror=alert(1)&gt;" in pop
    hrefs = re.findall(r'href="([^"]*)"', pop)
    assert hrefs and all(h.startswith("./sources?") for h in hrefs)
    assert 'target="_top"' in pop
    assert "3 Jul 2022" in tip


def test_popup_content() -> None:
    r = rec("x2", sources=[
        {"article": "a.txt", "excerpt": "first", "killed": 2, "injured": None},
        {"article": "b.txt", "excerpt": "second", "killed": 7, "injured": 1},
    ], killed=None)
    pop = popup_html(r)
    assert "first" in pop and "second" in pop
    assert "7 killed, 5 injured" in pop  # highest reported
    assert "2 killed" in pop  # per source
    assert "Russia — alleged by Ukraine" in pop
    assert "missile" in pop and "strike" in pop


def test_map_html_has_no_unescaped_payloads() -> None:
    r = rec("x3", place=XSS_PLACE, sources=[{"article": "a.txt", "excerpt": XSS_EXCERPT}])
    page = build_map([r], tiles="none").get_root().render()
    assert "<script>alert" not in page
    assert "<img src=x" not in page
    assert "${alert(2)}" not in re.sub(r'"(?:[^"\\]|\\.)*"', '""', page)  # only in JSON strings


def test_markers_cluster_and_region_circle() -> None:
    recs = [rec("a"), rec("b", actor="Ukraine"), rec("c", lat=None, lon=None),
            rec("r", place="Kharkiv oblast", precision="region", radius_km=80.0,
                lat=49.5, lon=36.5)]
    page = build_map(incidents_frame(recs), tiles="none").get_root().render()
    assert page.count("L.marker(") == 3  # unlocated incident skipped
    assert "L.markerClusterGroup(" in page
    assert re.search(r'"radius": 80000\.0', page)
    assert "ia-legend" in page


def test_selected_marker_opens_its_popup() -> None:
    page = build_map([rec("a"), rec("b", lat=50.4, lon=30.5)], selected_id="b",
                     tiles="none").get_root().render()
    assert ".openPopup()" in page and "ia-selected" in page


def _script(m: Any) -> str:
    """A map's script with folium's random element ids removed (as st_folium compares it)."""
    return re.sub(r"_[0-9a-f]{32}", "", m.get_root().render())


def test_base_map_does_not_change_with_filters_or_selection() -> None:
    """The app keeps one base map per table; only the incident group changes, so
    st_folium updates it in the same iframe (its key is a hash of the base map)."""
    everything = [rec("a"), rec("b", lat=50.4, lon=30.5, actor="Ukraine")]
    assert _script(build_base_map(everything)) == _script(build_base_map(list(everything)))
    assert "L.marker(" not in _script(build_base_map(everything))
    group_a, focus_a = incident_group(everything[:1])
    group_b, focus_b = incident_group(everything, selected_id="b")
    assert focus_a is None and focus_b == (50.4, 30.5)
    m = build_base_map(everything)
    group_b.add_to(m)
    page = m.get_root().render()
    assert page.count("L.marker(") == 2 and "ia-selected" in page
    # The group reaches the map after its markers are made: the popup opens on "add".
    assert 'once("add"' in page


ASSET_TAG = re.compile(r'<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"')


def test_offline_assets_only() -> None:
    page = build_map([rec("a")]).get_root().render()
    urls = ASSET_TAG.findall(page)
    assert urls, "the map should link its vendored assets"
    assert not [u for u in urls if re.match(r"(https?:)?//", u)], urls
    for u in urls:
        assert (VENDOR_DIR / u.split("/vendor/", 1)[1]).is_file(), u
    # the only remote URL fetched at run time is the OSM tile template
    remote = set(re.findall(r'"(https?://[^"]*\{z\}[^"]*)"', page))
    assert remote <= {"https://tile.openstreetmap.org/{z}/{x}/{y}.png"}


def test_standalone_inlines_everything() -> None:
    page = map_html_standalone(build_map([rec("a")], tiles="none"))
    assert not ASSET_TAG.findall(page)
    assert "L.markerClusterGroup" in page and "jQuery" in page
    assert "data:image/png;base64," in page
    assert not re.search(r"url\((['\"]?)images/", page)
