"""Importing any GeoJSON FeatureCollection of points (:func:`parse_geojson`).

One of :mod:`geo.importers`' formats: common property names are mapped to the
table's columns (``_PROPS``); files this app exported keep their sources.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from geo.countries import country_code, country_from_point
from geo.importcore import (
    ImportResult,
    Progress,
    RowError,
    _blank,
    _Collector,
    _point,
    _short,
    _text,
    _tick,
    _window,
    check_layer_name,
    make_record,
    parse_count,
    parse_day,
    read_text,
    safe_url,
)

_PROPS: dict[str, tuple[str, ...]] = {
    "id": ("id", "event_id_cnty", "event_id", "entry", "uid", "fid"),
    "date_start": (
        "date_start",
        "date",
        "event_date",
        "start_date",
        "datetime",
        "time",
        "timestamp",
        "day",
    ),
    "date_end": ("date_end", "end_date"),
    "place": ("place", "location", "town/city", "town", "city", "locality", "name", "address"),
    "country": ("country", "iso2", "country_code", "iso"),
    "actor": ("actor", "actor1", "perpetrator", "side"),
    "event_type": ("event_type", "sub_event_type", "type", "category", "event_group", "kind"),
    "weapon": ("weapon", "arms/munition", "munition", "arms"),
    "killed": ("killed", "fatalities", "deaths", "dead"),
    "injured": ("injured", "wounded", "injuries"),
    "excerpt": ("excerpt", "description", "brief description", "notes", "summary", "text", "title"),
    "url": ("url", "link", "source_url", "href", "source"),
    "attribution": ("attribution",),
    "alleged_by": ("alleged_by",),
}


def _prop(props: Mapping[str, Any], key: str) -> Any:
    lower = {str(k).casefold(): v for k, v in props.items()}
    for name in _PROPS[key]:
        v = lower.get(name)
        if not _blank(v):
            return v
    return None


def parse_geojson(
    source: str | bytes | Path,
    layer: str = "geojson",
    dataset: str | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Read any GeoJSON FeatureCollection of points (a ``Feature`` or a list works too).

    Common property names are mapped (see ``_PROPS``: ``date``/``event_date``,
    ``place``/``location``/``name``, ``actor``/``actor1``, ``fatalities``...).
    A feature with a null geometry loads without a place on the map; other
    geometry types are skipped. Files this app exported (with ``sources``)
    keep their sources and date windows.
    """
    text, name = read_text(source)
    dataset = dataset or name
    check_layer_name(layer)
    try:
        doc = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"not a GeoJSON file: invalid JSON ({exc})") from None
    features: Any
    if isinstance(doc, list):
        features = doc
    elif isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        features = doc.get("features")
    elif isinstance(doc, dict) and doc.get("type") == "Feature":
        features = [doc]
    else:
        raise ValueError('not a GeoJSON FeatureCollection (no "type": "FeatureCollection")')
    if not isinstance(features, list):
        raise ValueError('not a GeoJSON FeatureCollection: "features" is not a list')
    col = _Collector(layer, dataset, "geojson")
    for k, f in enumerate(features, start=1):
        _tick(progress, k, len(features))
        notes: list[str] = []
        try:
            if not isinstance(f, dict) or f.get("type") != "Feature":
                raise RowError("not a GeoJSON Feature")
            props = f.get("properties") or {}
            if not isinstance(props, dict):
                raise RowError("properties is not an object")
            geom = f.get("geometry")
            lat = lon = None
            if geom is not None:
                if not isinstance(geom, dict) or geom.get("type") != "Point":
                    kind = geom.get("type") if isinstance(geom, dict) else type(geom).__name__
                    raise RowError(f"geometry is a {_short(kind)}; only points are imported")
                coords = geom.get("coordinates")
                if not isinstance(coords, list) or len(coords) < 2:
                    raise RowError("point coordinates are not [longitude, latitude]")
                lat, lon = _point(coords[1], coords[0])
            start = parse_day(_prop(props, "date_start"), "date")
            end = parse_day(_prop(props, "date_end"), "date_end") or start
            if start and end and end < start:
                raise RowError("date_end is before the date")
            killed = parse_count(_prop(props, "killed"), "killed")
            injured = parse_count(_prop(props, "injured"), "injured")
        except RowError as exc:
            col.skip(k, str(exc))
            continue
        precision = _text(props.get("date_precision"))
        if precision not in ("day", "days", "week", "month", "year"):
            precision = "day" if start == end else "days"
        when = _window(start, end, precision)
        own = _text(_prop(props, "id")) or _text(f.get("id"))
        if own and own.startswith(f"{layer}:"):
            own = own[len(layer) + 1 :]
        attribution = _text(_prop(props, "attribution")) or "stated"
        if attribution not in ("alleged", "claimed", "stated"):
            notes.append(f"attribution {_short(attribution)!r} read as 'stated'")
            attribution = "stated"
        place_prec = _text(props.get("precision"))
        radius = props.get("radius_km")
        excerpt = _text(_prop(props, "excerpt"))
        url = safe_url(_prop(props, "url"))
        country = country_code(_prop(props, "country")) or country_from_point(lat, lon)
        old_sources = props.get("sources")
        raw_notes = props.get("notes")
        old_notes: list[Any] = raw_notes if isinstance(raw_notes, list) else []

        def build(
            ident: str,
            *,
            lat: float | None = lat,
            lon: float | None = lon,
            props: dict[str, Any] = props,
            when: dict[str, Any] = when,
            killed: int | None = killed,
            injured: int | None = injured,
            attribution: str = attribution,
            place_prec: str | None = place_prec,
            radius: Any = radius,
            excerpt: str | None = excerpt,
            url: str | None = url,
            country: str | None = country,
            old_sources: Any = old_sources,
            notes: list[str] = notes,
            old_notes: list[Any] = old_notes,
        ) -> dict[str, Any]:
            rec = make_record(
                layer,
                dataset,
                ident,
                place=_text(_prop(props, "place")),
                country=country,
                lat=lat,
                lon=lon,
                precision=place_prec if place_prec in ("town", "region", "country") else "town",
                radius_km=float(radius) if isinstance(radius, int | float) else 0.0,
                when=when,
                actor=_text(_prop(props, "actor")),
                event_type=_text(_prop(props, "event_type")),
                weapon=_text(_prop(props, "weapon")),
                killed=killed,
                injured=injured,
                excerpt=excerpt,
                url=url,
                notes=[*(str(n) for n in old_notes), *notes],
                attribution=attribution,
                alleged_by=_text(_prop(props, "alleged_by")),
            )
            if (
                isinstance(old_sources, list)
                and old_sources
                and all(isinstance(s, dict) for s in old_sources)
            ):
                rec["sources"] = [dict(s) for s in old_sources]
                rec["articles"] = sorted({str(s.get("article")) for s in old_sources})
                rec["n_sources"] = len(rec["articles"])
            return rec

        event_key = (when["date_start"], lat, lon, excerpt)
        col.add(k, own, event_key, url, build)
    return col.result
