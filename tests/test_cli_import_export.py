"""``python -m geo import`` and ``python -m geo export`` via subprocess."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402

from store.migrate import open_seeded  # noqa: E402

ACLED = Path(__file__).parent / "fixtures" / "acled_sample.csv"
CIR = Path("/work/shared/data/cir_events.csv")


def geo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_import_prints_one_json_object_and_changes_nothing():
    before = snapshot(ROOT / "data")
    out = geo("import", str(ACLED))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)  # exactly one JSON object
    assert set(doc) == {"loaded", "skipped"} and doc["loaded"] == 5
    assert [s["row"] for s in doc["skipped"]] == [5, 6, 7, 8, 9, 10]
    assert all(set(s) == {"row", "reason"} and s["reason"] for s in doc["skipped"])
    assert snapshot(ROOT / "data") == before


@pytest.mark.skipif(not CIR.exists(), reason="shared CIR data not present")
def test_import_cir_sniffed():
    before = snapshot(ROOT / "data")
    out = geo("import", str(CIR))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == {
        "loaded": 6647,
        "skipped": [{"row": 2219, "reason": "duplicate of row 2218"}],
    }
    assert snapshot(ROOT / "data") == before


def test_import_save_writes_layer(tmp_path):
    out = geo("import", str(ACLED), "--format", "acled", "--save", "--data", str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["loaded"] == 5
    store, _report = open_seeded(tmp_path)  # saved in the store the app of --data reads
    try:
        assert store.layer_names() == ["acled"]
        layer = store.load_layer("acled")
    finally:
        store.close()
    assert layer["type"] == "FeatureCollection" and len(layer["features"]) == 5
    assert layer["atlas_layer"]["name"] == "acled"
    assert not (tmp_path / "layers").exists()  # no file written, no temp left


def test_import_errors_are_one_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    out = geo("import", str(bad), "--format", "acled")
    assert out.returncode == 1 and out.stdout == ""
    assert out.stderr.startswith("error: not a ACLED file") or "missing column" in out.stderr
    out = geo("import", str(bad))
    assert out.returncode == 1 and "--format" in out.stderr


@pytest.fixture
def data_dir(tmp_path):
    return make_data_dir(tmp_path)


def test_export_csv_filtered_by_date_and_actor(data_dir, tmp_path):
    out_path = tmp_path / "out" / "view.csv"
    out = geo(
        "export",
        "--format",
        "csv",
        "--out",
        str(out_path),
        "--data",
        str(data_dir),
        "--from",
        "2024-01-01",
        "--to",
        "2024-01-31",
        "--actor",
        "russia",
    )
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out_path.read_text(encoding="utf-8"))))
    assert rows and all(r["actor1"] == "Russia" for r in rows)
    for r in rows:  # in the range, or undated (always shown)
        assert not r["event_date"] or r["event_date"] <= "2024-01-31"
        assert not r["date_end"] or r["date_end"] >= "2024-01-01"
    assert json.loads(out.stdout)["exported"] == len(rows)
    everything = tmp_path / "all.csv"
    geo("export", "--format", "csv", "--out", str(everything), "--data", str(data_dir))
    n_all = len(list(csv.DictReader(io.StringIO(everything.read_text(encoding="utf-8")))))
    assert n_all > len(rows)


def test_export_geojson_and_brief(data_dir, tmp_path):
    gj = tmp_path / "view.geojson"
    out = geo(
        "export",
        "--format",
        "geojson",
        "--out",
        str(gj),
        "--data",
        str(data_dir),
        "--actor",
        "Ukraine",
    )
    assert out.returncode == 0, out.stderr
    doc = json.loads(gj.read_text(encoding="utf-8"))
    assert doc["features"] and {f["properties"]["actor"] for f in doc["features"]} == {"Ukraine"}
    zp = tmp_path / "brief.zip"
    out = geo(
        "export",
        "--format",
        "brief",
        "--out",
        str(zp),
        "--data",
        str(data_dir),
        "--from",
        "2024-01-01",
    )
    assert out.returncode == 0, out.stderr
    z = zipfile.ZipFile(zp)
    assert {"map.html", "incidents.csv", "sources.html", "permalink.txt"} <= set(z.namelist())
    assert "from=2024-01-01" in z.read("permalink.txt").decode()


def test_export_with_saved_layer(data_dir, tmp_path):
    assert geo("import", str(ACLED), "--save", "--data", str(data_dir)).returncode == 0
    out_path = tmp_path / "v.csv"
    out = geo(
        "export",
        "--format",
        "csv",
        "--out",
        str(out_path),
        "--data",
        str(data_dir),
        "--layer",
        "acled",
        "--from",
        "2024-01-01",
        "--to",
        "2024-01-03",
    )
    assert out.returncode == 0, out.stderr
    ids = [r["event_id_cnty"] for r in csv.DictReader(io.StringIO(out_path.read_text("utf-8")))]
    assert "acled:UKR100001" in ids and "acled:UKR100009" not in ids
    bad = geo(
        "export",
        "--format",
        "csv",
        "--out",
        str(out_path),
        "--data",
        str(data_dir),
        "--layer",
        "nope",
    )
    assert bad.returncode == 1 and "no saved layer" in bad.stderr
    assert (
        geo("export", "--format", "csv", "--out", str(out_path), "--from", "2024-99-01").returncode
        == 2
    )
