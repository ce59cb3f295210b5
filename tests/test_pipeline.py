"""The build: articles folder → incidents.geojson/csv, deterministic, robust to bad files."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from geo.articles import decode_article
from geo.pipeline import build, twin_of, with_reference_dates
from geo.places import default_resolver

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "data" / "articles").glob("0*.txt"))


@pytest.fixture()
def data_dir(tmp_path: Path) -> Path:
    articles = tmp_path / "articles"
    articles.mkdir()
    for p in SEEDS:
        shutil.copy(p, articles / p.name)
    (articles / "empty.txt").write_bytes(b"")
    (articles / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (articles / "latin1.txt").write_bytes(
        " date 2023-05-02 Russian shelling hit Kherson on Monday, café owners said.".encode(
            "cp1252"
        )
    )
    return tmp_path


def test_build_writes_both_files_and_reports_bad_articles(data_dir: Path) -> None:
    count, errors = build(data_dir, default_resolver())
    doc = json.loads((data_dir / "incidents.geojson").read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == count >= 8
    assert {e.file for e in errors} == {"empty.txt", "binary.txt"}
    assert all("empty" in e.message or "binary" in e.message for e in errors)
    csv_lines = (data_dir / "incidents.csv").read_text(encoding="utf-8").splitlines()
    assert csv_lines[0].startswith("id,place,") and len(csv_lines) == count + 1
    places = {f["properties"]["place"] for f in doc["features"]}
    assert "Kherson" in places  # the cp1252 article was read, not dropped


def test_build_is_deterministic(data_dir: Path) -> None:
    build(data_dir, default_resolver())
    first = (data_dir / "incidents.geojson").read_bytes()
    build(data_dir, default_resolver())
    assert (data_dir / "incidents.geojson").read_bytes() == first


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x00\x01\x02abc", "binary"),
        (b"a" * 2_000_001, "MB"),
    ],
)
def test_bad_article_bytes(raw: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        decode_article(raw, "x.txt")


def test_twin_article_lends_its_date() -> None:
    from geo.articles import read_article

    arts = [read_article(p) for p in SEEDS]
    dated = {a.file: a for a in with_reference_dates(arts)}
    twin = dated["001_ee81d10f3ada5c8b.txt"]
    assert str(twin.published) == "2022-07-04"
    assert twin.published_basis == "twin:002_ae4fdd6d28445ce1.txt"
    assert twin_of(dated["003_9211c3fd77d9feab.txt"], arts) is None


def test_committed_build_is_current(tmp_path: Path) -> None:
    """data/incidents.geojson is what `python -m geo build` makes of data/articles today."""
    shutil.copytree(ROOT / "data" / "articles", tmp_path / "articles")
    build(tmp_path, default_resolver())
    fresh = (tmp_path / "incidents.geojson").read_text(encoding="utf-8")
    committed = (ROOT / "data" / "incidents.geojson").read_text(encoding="utf-8")
    assert fresh == committed, "run `python -m geo build` and commit data/incidents.*"
