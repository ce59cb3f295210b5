"""The reference tables ship with the code (geo/reference/), not in the data directory.

A deployment mounts a volume on the data directory (``INCIDENT_ATLAS_DATA_DIR``, /app/data in
the image): that must hide no gazetteer, curated place or landmark. The check runs the code
from a copy of ``geo/`` beside an empty data directory, as such a container would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from geo import REFERENCE_DIR, gazetteerbuild, gazetteercache
from geo.landmarks import LANDMARKS_FILE

ROOT = Path(__file__).resolve().parent.parent
CHECK = """
import json
from geo.landmarks import find_landmarks
from geo.places import default_resolver
gaz = default_resolver().gaz
out = {name: [(p.key, p.precision, p.source) for p in gaz.lookup(name)[:1]]
       for name in ("Kharkiv Oblast", "Bakhmut raion", "Aktachy")}
out["landmarks"] = [p.name for _, _, p in find_landmarks("Shelling hit the Zaporizhzhia nuclear power plant.")]
print(json.dumps(out))
"""


def test_every_reference_table_is_read_from_geo_reference() -> None:
    read = [*gazetteerbuild._curated_files(), *gazetteerbuild._national_files(), LANDMARKS_FILE]
    assert {p.name for p in read} == {
        "places_aliases.csv", "places_countries.csv", "places_curated.csv", "places.tsv.gz",
        "raions.tsv", "landmarks.csv",
    }  # fmt: skip
    assert all(p.is_file() and p.is_relative_to(REFERENCE_DIR) for p in read)
    assert not (ROOT / "data" / "gazetteer").exists()
    assert not list((ROOT / "data").glob("places_*.csv"))


def test_places_geocode_with_an_empty_data_dir(tmp_path: Path) -> None:
    app = tmp_path / "app"
    shutil.copytree(ROOT / "geo", app / "geo", ignore=shutil.ignore_patterns("__pycache__"))
    empty = tmp_path / "data"
    empty.mkdir()
    cache = os.environ.get(gazetteercache.CACHE_DIR_ENV) or str(gazetteercache.DEFAULT_CACHE_DIR)
    env = {**os.environ, "INCIDENT_ATLAS_DATA_DIR": str(empty), gazetteercache.CACHE_DIR_ENV: cache}
    env.pop(gazetteerbuild.CITIES_ENV, None)
    env.pop("PYTHONPATH", None)
    done = subprocess.run(
        [sys.executable, "-c", CHECK], cwd=app, env=env, capture_output=True, text=True,
        timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["Kharkiv Oblast"][0][1:] == ["region", "curated"]  # places_curated.csv
    assert found["Bakhmut raion"][0][1] == "region"  # gazetteer/raions.tsv
    assert found["Aktachy"][0][0].startswith("gn:k:UA")  # a KATOTTG village: places.tsv.gz
    assert found["landmarks"] == ["Zaporizhzhia Nuclear Power Plant"]  # landmarks.csv
