"""``python -m geo export --format kml|pptx|pdf`` via subprocess, on the fixture store."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pptx import Presentation

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402

KML = "{http://www.opengis.net/kml/2.2}"


def geo(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    return make_data_dir(tmp_path_factory.mktemp("cli-briefs"))


def test_export_kml_filtered_by_actor_and_dates(data_dir, tmp_path):
    out_path = tmp_path / "view.kml"
    out = geo("export", "--format", "kml", "--out", str(out_path), "--data", str(data_dir),
              "--from", "2024-01-01", "--to", "2024-01-31", "--actor", "russia")  # fmt: skip
    assert out.returncode == 0, out.stderr
    root = ET.parse(out_path).getroot()
    placemarks = root.findall(f"{KML}Document/{KML}Placemark")
    # Kyiv and Kharkiv in January; Odesa (February) is filtered out.
    assert [p.findtext(f"{KML}name") for p in placemarks] == [
        "Kyiv · 2024-01-02",
        "Kharkiv · 2024-01-10",
    ]
    assert all(p.find(f"{KML}TimeSpan/{KML}begin") is not None for p in placemarks)
    assert json.loads(out.stdout) == {"exported": 2, "format": "kml", "out": str(out_path)}


def test_export_pptx_and_pdf_with_public_url_and_detail(data_dir, tmp_path):
    env = {"INCIDENT_ATLAS_PUBLIC_URL": "https://atlas.example.org"}
    deck = tmp_path / "brief.pptx"
    out = geo("export", "--format", "pptx", "--out", str(deck), "--data", str(data_dir),
              "--actor", "Ukraine", "--detail", "1", env=env)  # fmt: skip
    assert out.returncode == 0, out.stderr
    slides = list(Presentation(io.BytesIO(deck.read_bytes())).slides)
    # title, map, table, one incident, and the closing "Changes to these incidents"
    assert len(slides) == 1 + 1 + 1 + 1 + 1
    assert "Changes to these incidents" in slides[-1].shapes.title.text
    subtitle = slides[0].placeholders[1].text_frame.text
    assert "https://atlas.example.org/map?actor=Ukraine" in subtitle
    pdf = tmp_path / "brief.pdf"
    out = geo("export", "--format", "pdf", "--out", str(pdf), "--data", str(data_dir))
    assert out.returncode == 0, out.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(out.stdout)["exported"] == 6


def test_export_refuses_a_bad_detail_count(data_dir, tmp_path):
    out = geo("export", "--format", "pdf", "--out", str(tmp_path / "x.pdf"), "--data",
              str(data_dir), "--detail", "-3")  # fmt: skip
    assert out.returncode == 2 and "not a count" in out.stderr
    assert not (tmp_path / "x.pdf").exists()
