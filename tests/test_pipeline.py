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


def test_an_article_the_extractor_fails_on_is_reported_and_the_others_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import geo.pipeline as pipeline
    from geo.articles import make_article

    real = pipeline.extract_mentions

    def flawed(article, *args, **kwargs):  # type: ignore[no-untyped-def]
        if article.file == "bad.txt":
            raise StopIteration  # the kind of flaw a rule may meet on text never seen
        return real(article, *args, **kwargs)

    monkeypatch.setattr(pipeline, "extract_mentions", flawed)
    good = make_article("good.txt", " date 2024-05-20 x\n\nA Russian missile hit Sumy on Monday.\n")
    bad = make_article("bad.txt", " date 2024-05-20 y\n\nRussian drones hit Kharkiv on Sunday.\n")
    failed: list = []
    found = pipeline.extract_incidents([good, bad], default_resolver(), failed=failed)
    assert [i.place.name for i in found if i.place is not None] == ["Sumy"]
    assert [e.file for e in failed] == ["bad.txt"] and "extractor failed" in failed[0].message
    with pytest.raises(StopIteration):  # no list to report into: the caller sees the flaw
        pipeline.extract_incidents([bad], default_resolver())
