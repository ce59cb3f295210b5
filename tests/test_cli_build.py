"""``python -m geo build`` through the store: the catalog's build under the lease, saved
in the store, the files only exports (via subprocess, on every backend)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from geo.catalog import BUILD_LEASE, load_catalog
from geo.cli import EXIT_BUSY
from geo.pipeline import EXTRACTOR_KEY, extractor_fingerprint

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent / "fixtures"))
from atlas_fixture import make_data_dir  # noqa: E402

from store.migrate import open_seeded  # noqa: E402

NEW = "Drones struck Sumy on 5 March 2024, injuring two people, the governor said.\n"


def geo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "geo", *args], cwd=ROOT, capture_output=True, text=True, timeout=300
    )


def test_build_saves_the_store_articles_incidents_and_exports_them(tmp_path, store_url):
    data = make_data_dir(tmp_path)
    store, _report = open_seeded(data, store_url)
    try:  # an article only the store has (added in the app): the build must read the store
        store.add_article(NEW, file="a9_sumy.txt")
    finally:
        store.close()
    done = geo("build", "--data", str(data), "--url", store_url)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    store, _report = open_seeded(data, store_url)
    try:
        saved = store.load_incidents()
        assert saved is not None and not saved.stale
        assert saved.built_from == summary["data_version"]  # the version read before the build
        assert saved.doc[EXTRACTOR_KEY] == extractor_fingerprint()  # built now, not imported
        assert load_catalog(store).origin == "stored"  # the app builds nothing after it
    finally:
        store.close()
    exported = json.loads((data / "incidents.geojson").read_text(encoding="utf-8"))
    assert exported == {k: v for k, v in saved.doc.items() if k != EXTRACTOR_KEY}
    assert summary["incidents"] == len(exported["features"]) > 0
    cited = {s["article"] for f in exported["features"] for s in f["properties"]["sources"]}
    assert "a9_sumy.txt" in cited
    csv_lines = (data / "incidents.csv").read_text(encoding="utf-8").splitlines()
    assert len(csv_lines) == 1 + summary["incidents"]
    assert not (data / "atlas.db").exists()  # --url names the store: no other is made


def test_build_while_another_process_holds_the_lease(tmp_path, store_url):
    data = make_data_dir(tmp_path)
    before = (data / "incidents.geojson").read_bytes()
    store, _report = open_seeded(data, store_url)
    try:
        store.add_article(NEW, file="a9_sumy.txt")  # the saved incidents are stale
        assert store.acquire_lease(BUILD_LEASE, "the-app-server", 60)
        version = store.data_version()
        done = geo("build", "--data", str(data), "--url", store_url)
        assert done.returncode == EXIT_BUSY and done.stdout == ""
        assert "is building the incidents" in done.stderr and "Try again" in done.stderr
        assert done.stderr.count("\n") == 1  # one line, no traceback
        saved = store.load_incidents()
        assert saved is not None and saved.stale  # nothing was built or saved
        assert store.data_version() == version
    finally:
        store.release_lease(BUILD_LEASE, "the-app-server")
        store.close()
    assert (data / "incidents.geojson").read_bytes() == before  # nor exported
    assert not (data / "incidents.csv").exists()


def test_build_of_the_repository_articles_is_the_committed_export(tmp_path):
    """`python -m geo build` on a fresh store of data/articles writes the committed files."""
    shutil.copytree(ROOT / "data" / "articles", tmp_path / "articles")
    done = geo("build", "--data", str(tmp_path), "--url", f"sqlite:///{tmp_path / 'fresh.db'}")
    assert done.returncode == 0, done.stderr
    for name in ("incidents.geojson", "incidents.csv"):
        assert (tmp_path / name).read_bytes() == (ROOT / "data" / name).read_bytes(), name
