"""The bundled water layers (issue 15): what the theatre's file holds, and its loader."""

from __future__ import annotations

import json

from render import basemap_water

THEATRE = (20.0, 40.0, 50.0, 60.0)


def _inside(point: tuple[float, float], rings: list[list[list[float]]]) -> bool:
    """Even-odd over every ring, as the map fills them."""
    x, y = point
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
            if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
                crossings += 1
    return crossings % 2 == 1


def _by_kind() -> tuple[dict, dict[str, list[dict]]]:
    data = json.loads(basemap_water.water_json())
    kinds: dict[str, list[dict]] = {}
    for f in data["features"]:
        kinds.setdefault(f["properties"]["kind"], []).append(f)
    return data, kinds


def test_the_bundled_water_layers_cover_the_theatre_and_stay_small() -> None:
    data, kinds = _by_kind()
    assert data["box"] == [20.0, 40.0, 50.0, 60.0]
    assert basemap_water.WATER_GEOJSON.stat().st_size < 300_000
    land = [p[0] for p in kinds["land"][0]["geometry"]["coordinates"]]
    lakes = [p[0] for p in kinds["lake"][0]["geometry"]["coordinates"]]
    for city in ((30.52, 50.45), (36.23, 49.99), (34.1, 44.95)):  # Kyiv, Kharkiv, Simferopol
        assert _inside(city, land)
    for sea in ((34.0, 43.5), (36.5, 46.0), (31.0, 46.2)):  # Black Sea, Sea of Azov, off Odesa
        assert not _inside(sea, land)
    assert _inside((34.3, 47.5), lakes) and _inside((32.7, 49.3), lakes)  # Kakhovka, Kremenchuk
    rivers = {f["properties"]["name"] for f in kinds["river"]}
    for name in ("Dnipro (Dnieper)", "Don", "Donets", "Desna", "Pivd. Buh", "Dniester", "Volga"):
        assert name in rivers
    points = [p for f in data["features"] for p in _points(f["geometry"]["coordinates"])]
    assert all(THEATRE[0] <= x <= THEATRE[2] and THEATRE[1] <= y <= THEATRE[3] for x, y in points)
    assert all(p == [round(p[0], 3), round(p[1], 3)] for p in points)


def _points(coords: list) -> list[list[float]]:
    if coords and isinstance(coords[0], (int, float)):
        return [coords]
    return [p for c in coords for p in _points(c)]


def _reload() -> None:
    basemap_water.water_data.cache_clear()
    basemap_water.water_json.cache_clear()


def test_the_loader_cannot_close_its_script_and_survives_a_missing_file(
    tmp_path, monkeypatch
) -> None:
    hostile = {"type": "FeatureCollection", "box": [20, 40, 50, 60], "features": [
        {"type": "Feature", "properties": {"kind": "river", "name": "</script><b>", "rank": 4},
         "geometry": {"type": "MultiLineString", "coordinates": [[[30, 50], [31, 51]]]}}]}  # fmt: skip
    path = tmp_path / "water.geojson"
    path.write_text(json.dumps(hostile), encoding="utf-8")
    monkeypatch.setattr(basemap_water, "WATER_GEOJSON", path)
    _reload()
    try:
        text = basemap_water.water_json()
        assert "<" not in text and json.loads(text)["features"][0]["properties"]["name"] == (
            "</script><b>"
        )
        monkeypatch.setattr(basemap_water, "WATER_GEOJSON", tmp_path / "missing.geojson")
        _reload()
        assert json.loads(basemap_water.water_json()) == {"type": "FeatureCollection",
                                                           "features": []}  # fmt: skip
    finally:
        _reload()


def test_the_coastline_leaves_out_what_clipping_laid_along_the_box() -> None:
    data = basemap_water.water_data()
    coast = basemap_water.coast_lines(data)
    box = data["box"]
    on_edge = [
        (p, q) for line in coast for p, q in zip(line, line[1:], strict=False)
        if (p[0] == q[0] and p[0] in (box[0], box[2])) or (p[1] == q[1] and p[1] in (box[1], box[3]))
    ]  # fmt: skip
    assert coast and not on_edge
    ring_points = sum(len(r) for r in basemap_water.land_rings(data))
    assert sum(len(line) for line in coast) > ring_points * 0.9  # the rest is coast
    assert basemap_water.coast_lines({"features": []}) == []


def test_river_weights_follow_the_scale_rank() -> None:
    weights = [basemap_water.river_weight(rank) for rank in (3, 4, 6, 7, 9, 12)]
    assert weights == [1.6, 1.6, 1.2, 1.2, 0.8, 0.8]  # Volga, Dnipro, Don, Desna, Seym, beyond
