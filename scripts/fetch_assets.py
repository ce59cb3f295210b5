"""Vendor the map's browser assets into ``static/vendor/`` (run once, commit the result).

Usage::

    python scripts/fetch_assets.py

Each package is fetched from the npm registry at a pinned version with
``npm pack`` (no CDN involved), and only the files the map needs plus the
package's licence are copied. ``world-atlas``'s countries-110m TopoJSON is
converted to a small GeoJSON here, in Python, so the app needs no converter.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "static" / "vendor"

PACKAGES: dict[str, tuple[str, list[str]]] = {
    # name: (version, files inside the package, relative to package/)
    "leaflet": (
        "1.9.4",
        [
            "dist/leaflet.js",
            "dist/leaflet.css",
            "dist/images/layers.png",
            "dist/images/layers-2x.png",
            "dist/images/marker-icon.png",
            "dist/images/marker-icon-2x.png",
            "dist/images/marker-shadow.png",
            "LICENSE",
        ],
    ),
    "jquery": ("3.7.1", ["dist/jquery.min.js", "LICENSE.txt"]),
    "leaflet.markercluster": (
        "1.5.3",
        [
            "dist/leaflet.markercluster.js",
            "dist/MarkerCluster.css",
            "dist/MarkerCluster.Default.css",
            "MIT-LICENCE.txt",
        ],
    ),
    # The compare page's two maps follow each other (folium's DualMap uses it).
    "leaflet.sync": ("0.2.4", ["L.Map.Sync.js", "LICENSE"]),
}
WORLD_ATLAS = "2.0.2"


def npm_pack(name: str, version: str, workdir: Path) -> Path:
    """Download ``name@version`` with ``npm pack`` and extract it; return ``package/``."""
    out = subprocess.run(
        ["npm", "pack", f"{name}@{version}", "--silent"],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip().splitlines()[-1]
    dest = workdir / f"{name}-{version}"
    with tarfile.open(workdir / out) as tar:
        tar.extractall(dest, filter="data")
    return dest / "package"


def _decode_arc(arc: list[list[int]], transform: dict[str, Any] | None) -> list[list[float]]:
    if not transform:
        return [[float(x), float(y)] for x, y, *_ in arc]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    x = y = 0
    pts = []
    for dx, dy, *_ in arc:
        x, y = x + dx, y + dy
        pts.append([round(x * sx + tx, 2), round(y * sy + ty, 2)])
    return pts


def topojson_to_geojson(topo: dict[str, Any], obj: str) -> dict[str, Any]:
    """Convert one TopoJSON object collection to a GeoJSON FeatureCollection."""
    arcs = [_decode_arc(a, topo.get("transform")) for a in topo["arcs"]]

    def ring(indices: list[int]) -> list[list[float]]:
        pts: list[list[float]] = []
        for i in indices:
            seg = arcs[i] if i >= 0 else arcs[~i][::-1]
            pts.extend(seg if not pts else seg[1:])
        return pts

    def geometry(g: dict[str, Any]) -> dict[str, Any] | None:
        if g["type"] == "Polygon":
            return {"type": "Polygon", "coordinates": [ring(r) for r in g["arcs"]]}
        if g["type"] == "MultiPolygon":
            return {
                "type": "MultiPolygon",
                "coordinates": [[ring(r) for r in p] for p in g["arcs"]],
            }
        return None

    features = []
    for g in topo["objects"][obj]["geometries"]:
        geom = geometry(g)
        if geom is None:
            continue
        props = {"name": (g.get("properties") or {}).get("name", "")}
        features.append({"type": "Feature", "id": g.get("id"), "properties": props,
                         "geometry": geom})
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    VENDOR.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for name, (version, files) in PACKAGES.items():
            pkg = npm_pack(name, version, work)
            target = VENDOR / f"{name}-{version}"
            if target.exists():
                shutil.rmtree(target)
            for f in files:
                dst = target / f.removeprefix("dist/")
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(pkg / f, dst)
            print(f"vendored {name}@{version} -> {target.relative_to(ROOT)}")
        pkg = npm_pack("world-atlas", WORLD_ATLAS, work)
        topo = json.loads((pkg / "countries-110m.json").read_text(encoding="utf-8"))
        geo = topojson_to_geojson(topo, "countries")
        target = VENDOR / "world-atlas"
        target.mkdir(parents=True, exist_ok=True)
        out = target / "countries-110m.geojson"
        out.write_text(json.dumps(geo, separators=(",", ":")), encoding="utf-8")
        shutil.copy2(pkg / "LICENSE", target / "LICENSE")
        (target / "VERSION").write_text(
            f"world-atlas@{WORLD_ATLAS} countries-110m.json (Natural Earth, public domain),\n"
            "converted to GeoJSON by scripts/fetch_assets.py\n",
            encoding="utf-8",
        )
        print(f"vendored world-atlas@{WORLD_ATLAS} -> {out.relative_to(ROOT)} "
              f"({out.stat().st_size // 1024} KiB, {len(geo['features'])} countries)")


if __name__ == "__main__":
    main()
