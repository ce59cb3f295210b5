"""``python -m benchmarks.basemap_size``: what the offline basemap costs in bytes (issue 15).

Prints the bundled reference files (raw and gzipped) and the map pages of the seed incidents
(``data/incidents.csv``; the Folium map and the fast map, tiles off) with and without the water
layer, raw and gzipped, plus the time to place the labels once per process.
"""

from __future__ import annotations

import gzip
import time
from pathlib import Path
from unittest import mock

import pandas as pd

from render import basemap, fastmap, fastpayload
from render.basemap_water import EMPTY, WATER_GEOJSON
from render.labelplace import zoom_masks
from render.mapview import build_map

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "data" / "incidents.csv"


def _kb(data: bytes) -> str:
    return f"{len(data) / 1e3:.0f} KB (gzip {len(gzip.compress(data, 9)) / 1e3:.0f} KB)"


def pages() -> dict[str, bytes]:
    """The seed incidents' Folium map page and fast map page, as UTF-8 bytes."""
    df = pd.read_csv(SEEDS)
    folium_page = build_map(df, tiles="none").get_root().render()
    fast_page = fastmap.map_html(fastpayload.payload_for(df), df, tiles="none")
    return {"map page": folium_page.encode(), "fast map": fast_page.encode()}


def main() -> None:
    for path in sorted(WATER_GEOJSON.parent.glob("*")):
        print(f"{path.relative_to(ROOT)}: {_kb(path.read_bytes())}")
    with_water = pages()
    with mock.patch.object(basemap, "water_json", lambda: EMPTY):
        without = pages()
    for name, page in with_water.items():
        print(f"{name} (seeds): {_kb(page)}; without the water layer {_kb(without[name])}")
    start = time.perf_counter()
    zoom_masks(basemap.labels())
    print(f"label placement, zooms 0-18: {(time.perf_counter() - start) * 1e3:.0f} ms")


if __name__ == "__main__":
    main()
