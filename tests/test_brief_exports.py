"""Briefs that travel: KML with TimeSpan, the PPTX deck, the PDF, the offline map picture,
and the permalink built from the configured public URL."""

from __future__ import annotations

import io
import math
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image, ImageColor
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from geo.urlstate import ViewState
from render import briefdoc, exporters, staticmap
from render.basemap_water import SEA_FILL
from render.briefdoc import build_brief, filters_caption, plain
from render.deck import to_pptx
from render.kml import KML_NS, kml_color, to_kml
from render.pdfbrief import to_pdf

sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import RECORDS  # noqa: E402

K = "{" + KML_NS + "}"
EVIL = "<script>alert('x')</script> & <b>bold</b> \x00\x08 Обстріл Харкова “quoted”"
NOW = datetime(2024, 3, 1, 12, 30, tzinfo=UTC)


def evil_records() -> list[dict]:
    recs = [dict(r) for r in RECORDS]
    recs[0] = dict(recs[0], sources=[*recs[0]["sources"], dict(recs[0]["sources"][0],
                   article="evil.txt", excerpt=EVIL, url="javascript:alert(1)")])  # fmt: skip
    recs[1] = dict(recs[1], place="Kharkiv <img src=x onerror=alert(1)>")
    return recs


def many(n: int) -> list[dict]:
    return [dict(RECORDS[k % len(RECORDS)], id=f"i{k:03d}") for k in range(n)]


def brief(recs=None, view=None, **kw):
    return build_brief(RECORDS if recs is None else recs, view or ViewState(),
                       "https://atlas.example.org/map", now=NOW, **kw)  # fmt: skip


# ---- the public URL --------------------------------------------------------------------


def test_permalink_uses_the_configured_public_url(monkeypatch):
    view = ViewState(actors=("Russia",))
    monkeypatch.delenv(exporters.PUBLIC_URL_ENV, raising=False)
    assert exporters.permalink(view) == "http://localhost:8501/map?actor=Russia"
    monkeypatch.setenv(exporters.PUBLIC_URL_ENV, "https://atlas.example.org/atlas/")
    assert exporters.permalink(view) == "https://atlas.example.org/atlas/map?actor=Russia"
    pack = zipfile.ZipFile(io.BytesIO(exporters.brief_pack(RECORDS, view)))
    assert pack.read("permalink.txt").decode().startswith("https://atlas.example.org/atlas/map?")
    readme = pack.read("README.txt").decode()  # the pack says what it shows and when
    assert "6 incident(s): all dates · actors: Russia · types: all" in readme
    assert "Generated 20" in readme and "https://atlas.example.org/atlas/map?actor=Russia" in readme
    monkeypatch.setenv(exporters.PUBLIC_URL_ENV, "javascript:alert(1)")  # not a web address
    assert exporters.public_url() == exporters.DEFAULT_PUBLIC_URL
    assert exporters.permalink(view, "https://x.org/map") == "https://x.org/map?actor=Russia"


# ---- the brief's content ---------------------------------------------------------------


def test_brief_orders_by_date_selected_first_and_captions_the_filters():
    b = brief(view=ViewState(incident="odesa-2024-02"))
    ids = [i.id for i in b.incidents]
    assert ids[0] == "odesa-2024-02"
    assert ids[1:] == ["kyiv-2024-01-02", "belgorod-2024-01-05", "kharkiv-2024-01-10",
                       "village-2024-01-20", "donetsk-undated"]  # fmt: skip
    assert b.generated_label == "Generated 2024-03-01 12:30 UTC"
    assert b.unlocated == 1 and b.legend()[0] == ("Russia", "#c62828", 3)
    belgorod = next(i for i in b.incidents if i.id.startswith("belgorod"))
    assert belgorod.claim == "Ukraine (alleged by Russia)"
    assert belgorod.when == "2024-01-04 – 2024-01-06"
    caption = filters_caption(
        ViewState(date_from=datetime(2024, 1, 1).date(), actors=("Russia", "Unknown"))
    )
    assert caption.startswith("2024-01-01 to the last day")
    assert "actors: Russia, Unknown" in caption and "types: all" in caption
    assert filters_caption(ViewState()) == "all dates · actors: all · types: all"
    assert len(brief(many(30), detail_limit=7).detailed) == 7


def test_plain_and_clip_make_text_safe_for_xml():
    assert plain("a\x00b\x1fc\td\ne\ud800") == "abc\td\ne"
    assert briefdoc.clip("one two three four", 12) == "one two…"
    excerpts = brief(evil_records()).incidents[0].excerpts
    assert "\x00" not in excerpts[-1].text and excerpts[-1].url is None  # javascript: dropped


# ---- the offline map picture -----------------------------------------------------------


def test_map_picture_is_drawn_offline_with_points_in_actor_colours():
    b = brief()
    png = staticmap.brief_map_png(b, size=(800, 500))
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (800, 500)
    colours = {c for _, c in image.getcolors(maxcolors=1 << 20)}
    assert (0xC6, 0x28, 0x28) in colours and (0x1F, 0x5F, 0xBF) in colours  # Russia, Ukraine
    assert ImageColor.getrgb(SEA_FILL) in colours  # the sea, in the interactive map's colour


def test_fit_extent_holds_every_point_and_defaults_to_the_theatre():
    pts = [(50.45, 30.52), (46.48, 30.73), (50.6, 36.6)]
    west, south, east, north = staticmap.fit_extent(pts, aspect=1.6)
    assert all(west < lon < east and south < lat < north for lat, lon in pts)
    assert staticmap.fit_extent([], aspect=1.6)[0] <= staticmap.DEFAULT_EXTENT[0]
    one = staticmap.fit_extent([(50.0, 36.0)])
    assert one[2] - one[0] >= staticmap.MIN_SPAN  # one town is not a blank zoom
    assert not any(math.isnan(v) for v in one)


def test_a_few_far_strikes_do_not_shrink_the_theatre_and_are_counted(monkeypatch):
    near = [(48 + k % 10 * 0.3, 30 + k % 17 * 0.5) for k in range(200)]
    far = [(52.2, 104.3)]  # Irkutsk
    west, south, east, north = staticmap.fit_extent(near + far, aspect=1.6)
    assert east < 60 and west < 30
    assert staticmap.fit_extent(near[:10] + far)[2] > 104  # few points: every one is shown
    seen = []
    monkeypatch.setattr(staticmap, "_draw_legend", lambda d, lg, note, x, s: seen.append(note))
    staticmap.render_map_png([(lat, lon, "#c62828") for lat, lon in near + far],
                             note="2 without a place", size=(400, 250))  # fmt: skip
    assert seen == ["2 without a place; 1 outside this picture"]


def test_rings_across_the_antimeridian_do_not_cross_the_picture():
    ring = staticmap._unwrap([(179.0, 65.0), (-179.0, 66.0), (-178.0, 64.0), (179.0, 65.0)])
    assert max(x for x, _ in ring) - min(x for x, _ in ring) < 10


# ---- KML -------------------------------------------------------------------------------


def test_kml_has_timespans_lon_lat_points_and_one_style_per_actor():
    recs = evil_records()
    text = to_kml(recs, ViewState(actors=("Russia",)), "https://atlas.example.org/map?a=1&b=2")
    root = ET.fromstring(text.encode("utf-8"))  # well-formed, control characters removed
    assert root.tag == K + "kml"
    doc = root.find(K + "Document")
    styles = {s.get("id") for s in doc.findall(K + "Style")}
    assert styles == {"actor-russia", "actor-ukraine", "actor-unknown"}
    russia = next(s for s in doc.findall(K + "Style") if s.get("id") == "actor-russia")
    assert russia.findtext(f"{K}IconStyle/{K}color") == kml_color("#c62828") == "ff2828c6"
    placemarks = doc.findall(K + "Placemark")
    located = [r for r in recs if r["lat"] is not None]
    assert len(placemarks) == len(located) == 5
    assert "1 without a place" in doc.findtext(K + "description")
    by_id = {r["id"]: r for r in recs}
    for pm in placemarks:
        r = by_id[pm.get("id").removeprefix("i-")]
        span = pm.find(K + "TimeSpan")
        assert span is not None
        if r["date_start"]:
            assert span.findtext(K + "begin") == f"{r['date_start']}T00:00:00Z"
            assert span.findtext(K + "end") == f"{r['date_end']}T23:59:59Z"
        else:  # undated: unbounded, shown at every time as in the app
            assert span.find(K + "begin") is None and span.find(K + "end") is None
        lon, lat = (float(v) for v in pm.findtext(f"{K}Point/{K}coordinates").split(","))
        assert (lon, lat) == (r["lon"], r["lat"])
        assert pm.findtext(K + "styleUrl").removeprefix("#") in styles
        data = {d.get("name"): d.findtext(K + "value") for d in pm.iter(K + "Data")}
        assert data["actor"] == (r["actor"] or "Unknown")
        assert data["attribution"] == r["attribution"]
    kyiv = doc.find(f"{K}Placemark[@id='i-kyiv-2024-01-02']")
    desc = kyiv.findtext(K + "description")
    # The description is HTML in which the article's words are escaped text.
    assert "&lt;script&gt;" in desc and "<script" not in desc and "<b>bold" not in desc
    assert "Обстріл Харкова" in desc and "a1_kyiv.txt" in desc
    assert "javascript:" not in desc
    kharkiv = doc.find(f"{K}Placemark[@id='i-kharkiv-2024-01-10']")
    assert kharkiv.findtext(K + "name").startswith("Kharkiv <img")  # text, never markup


def test_kml_of_nothing_is_a_valid_empty_document():
    root = ET.fromstring(to_kml([]).encode("utf-8"))
    assert root.find(K + "Document").findall(K + "Placemark") == []


# ---- PPTX ------------------------------------------------------------------------------


def slides_of(data: bytes):
    return list(Presentation(io.BytesIO(data)).slides)


def test_pptx_title_map_table_and_incident_slides():
    b = brief(evil_records(), view=ViewState(actors=("Russia",)))
    slides = slides_of(to_pptx(b))
    assert len(slides) == 1 + 1 + 1 + len(RECORDS)
    title = slides[0]
    assert title.shapes.title.text == "Incident Atlas brief"
    sub = title.placeholders[1].text_frame.text
    assert "actors: Russia" in sub and "Generated 2024-03-01 12:30 UTC" in sub
    assert "https://atlas.example.org/map" in sub
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in slides[1].shapes)
    tables = [s.table for s in slides[2].shapes if s.has_table]
    assert len(tables) == 1 and len(tables[0].rows) == 1 + len(RECORDS)
    assert tables[0].cell(0, 0).text == "Date" and tables[0].cell(1, 1).text == "Kyiv"
    kyiv = slides[3]
    assert kyiv.shapes.title.text == "Kyiv · 2024-01-02"
    body = "\n".join(s.text_frame.text for s in kyiv.shapes if s.has_text_frame)
    assert "a missile strike on Kyiv killed five people" in body and "evil.txt" in body
    assert "<script>alert('x')</script>" in body and "\x00" not in body  # text, as written


def test_pptx_paginates_the_table_and_limits_incident_slides():
    b = brief(many(30), detail_limit=4)
    slides = slides_of(to_pptx(b))
    pages = math.ceil(30 / briefdoc.TABLE_ROWS)
    assert len(slides) == 2 + pages + 4
    rows = [len(s.shapes[1].table.rows) - 1 for s in slides[2 : 2 + pages]]
    assert rows == [12, 12, 6]
    assert slides[2].shapes.title.text == "Incidents (1/3)"
    empty = slides_of(to_pptx(brief([])))
    assert len(empty) == 2  # title and map, nothing else to show


# ---- PDF -------------------------------------------------------------------------------


def poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is missing (apt-get install poppler-utils; ./dev test does)"
        if os.environ.get("INCIDENT_ATLAS_REQUIRE_TOOLS") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def render(pdf: bytes, tmp_path: Path) -> tuple[list[Path], str]:
    src = tmp_path / "brief.pdf"
    src.write_bytes(pdf)
    subprocess.run([poppler("pdftoppm"), "-r", "30", "-png", str(src), str(tmp_path / "p")],
                   check=True, timeout=120)  # fmt: skip
    text = subprocess.run([poppler("pdftotext"), str(src), "-"], check=True, timeout=120,
                          capture_output=True, text=True).stdout  # fmt: skip
    return sorted(tmp_path.glob("p-*.png")), text


def test_pdf_renders_with_the_expected_pages_and_text(tmp_path):
    b = brief(evil_records(), view=ViewState(actors=("Russia",)))
    pages, text = render(to_pdf(b), tmp_path)
    assert len(pages) == 1 + 1 + len(RECORDS)
    assert all(Image.open(p).size[0] > Image.open(p).size[1] for p in pages)  # landscape
    assert "Incident Atlas brief" in text and "actors: Russia" in text
    assert "Generated 2024-03-01 12:30 UTC" in text
    assert "a missile strike on Kyiv killed five people" in text
    if briefdoc.font_path() is not None:
        assert "Обстріл Харкова" in text


def test_pdf_paginates_like_the_deck(tmp_path):
    b = brief(many(30), detail_limit=2)
    pages, text = render(to_pdf(b), tmp_path)
    assert len(pages) == 1 + math.ceil(30 / briefdoc.TABLE_ROWS) + 2
    assert "Incidents (3/3)" in text


def test_pdf_without_a_unicode_font_still_prints(tmp_path, monkeypatch):
    monkeypatch.setattr("render.pdfbrief.font_path", lambda: None)
    pages, text = render(to_pdf(brief(evil_records())), tmp_path)
    assert len(pages) == 2 + len(RECORDS) and "Incident Atlas brief" in text


# ---- one entry point -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["kml", "pptx", "pdf"])
def test_export_dispatches_the_new_formats(fmt):
    data = exporters.export(RECORDS, fmt, ViewState(), detail_limit=1)
    assert data.startswith({"kml": b"<?xml", "pptx": b"PK", "pdf": b"%PDF"}[fmt])
    if fmt == "pptx":
        assert len(slides_of(data)) == 2 + 1 + 1
    assert fmt in exporters.MEDIA_TYPES


def test_cli_formats_match_the_exporters():
    from geo import cli

    assert cli.FORMATS == exporters.FORMATS
