"""The offline reference layers (issue 15): water, oblast borders and place names, bundled."""

from __future__ import annotations

import json

from render.basemap import PLACES_JSON, REGIONS_GEOJSON, places_json, regions_json
from render.mapview import build_base_map


def test_the_bundled_layers_cover_the_theatre_and_stay_small() -> None:
    regions = json.loads(REGIONS_GEOJSON.read_text(encoding="utf-8"))
    names = {(f["properties"]["cc"], f["properties"]["name"]) for f in regions["features"]}
    assert {("UK", "Kharkiv"), ("UK", "Donets'k"), ("RU", "Belgorod"), ("RU", "Kursk")} <= names
    assert REGIONS_GEOJSON.stat().st_size < 250_000 and PLACES_JSON.stat().st_size < 30_000


def test_place_names_appear_by_size() -> None:
    zoom = {name: z for name, _lat, _lon, z, _mask, kind in json.loads(places_json())
            if kind != "sea"}
    assert zoom["Kyiv"] == zoom["Kharkiv"] == 5  # a million people: seen from the whole theatre
    assert zoom["Kramatorsk"] in (6, 8) and zoom["Kramatorsk"] > zoom["Kharkiv"]
    assert all(5 <= z <= 8 for z in zoom.values())


def test_the_offline_map_draws_borders_and_names_as_text() -> None:
    page = build_base_map(tiles="none").get_root().render()
    assert '"dashArray"' in page and "Donets'k" in page  # oblast borders inline
    assert "el.textContent = r[0]" in page and "innerHTML" not in page.split("ia-place")[1][:600]
    assert "</" not in regions_json() and "</" not in places_json()  # cannot close the script


def test_the_offline_map_draws_land_sea_and_rivers_under_the_oblast_borders() -> None:
    from render.basemap import WATER_ATTR
    from render.basemap_water import LAND_FILL, SEA_FILL
    from render.mapframe import _CSS, BORDERS_STYLE

    page = build_base_map(tiles="none").get_root().render()
    water, regions = page.index("var ia_water"), page.index("var ia_regions")
    assert page.index("var ia_borders") < water < regions  # countries, water, oblasts
    assert '"box":[20.0,40.0,50.0,60.0]' in page and '"Dnipro (Dnieper)"' in page
    assert WATER_ATTR in page and "Natural Earth" in WATER_ATTR
    # the water layer paints the theatre in the map's own land and sea colours
    assert BORDERS_STYLE["fillColor"] == LAND_FILL and f"background:{SEA_FILL}" in _CSS


def test_a_view_fits_the_bulk_of_its_incidents_not_a_far_outlier() -> None:
    from render.mapview import core_bounds

    lats = [48.0 + i / 100 for i in range(60)] + [52.3]  # 60 in Ukraine, one over Irkutsk
    lons = [35.0 + i / 100 for i in range(60)] + [104.3]
    (south, west), (north, east) = core_bounds(lats, lons)
    assert east < 40 and north < 49 and south >= 48.0
    assert core_bounds([50.0, 51.0], [30.0, 104.0]) == [[50.0, 30.0], [51.0, 104.0]]  # few: all
