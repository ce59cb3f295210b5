"""Saved layers on a folium map: each layer's rows as small circles in the layer's colour.

The layers themselves (their documents, colours and links) are :mod:`geo.layers`; the
article incidents beside them are :mod:`render.mapview`'s. Text from a dataset is
untrusted: tooltips and popups are escaped, links are http(s) only.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

import folium

from geo.layers import pick_color, source_links


def _popup(r: Mapping[str, Any]) -> str:
    """The tooltip's lines and the sources' links (escaped; http(s) only), for a click."""
    links = [
        f'<a href="{html.escape(url)}" target="_blank" rel="noopener noreferrer">'
        f"{html.escape(label)} ↗</a>"
        for s in (r.get("sources") or [])
        if isinstance(s, Mapping)
        for label, url in source_links(s)
    ]
    return _tooltip(r) + ("<br>" + " · ".join(links) if links else "")


def _tooltip(r: Mapping[str, Any]) -> str:
    when = r.get("date_start") or "date unknown"
    bits = [str(r.get("place") or "unknown place"), str(when), str(r.get("event_type") or "")]
    return (
        html.escape(" · ".join(b for b in bits if b))
        + "<br>"
        + html.escape(f"{r.get('layer')} · {r.get('id')}")
    )


def add_layer_markers(
    fmap: Any, records: Iterable[Mapping[str, Any]], colors: Mapping[str, str] | None = None
) -> None:
    """Draw layer rows on a folium map: one GeoJSON layer per layer name, small
    circles in the layer's colour, a tooltip naming place, date, layer and id
    (escaped: the id lets a click select the incident), and a popup adding the
    sources' and geolocations' links."""
    by_layer: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        lat, lon = r.get("lat"), r.get("lon")
        if (
            r.get("layer")
            and isinstance(lat, int | float)
            and isinstance(lon, int | float)
            and lat == lat
            and lon == lon
        ):
            by_layer.setdefault(str(r["layer"]), []).append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {"tip": _tooltip(r), "pop": _popup(r)},
                }
            )
    palette = dict(colors or {})
    for name, feats in sorted(by_layer.items()):
        color = palette.get(name) or pick_color(name, palette.values())
        palette[name] = color
        folium.GeoJson(
            {"type": "FeatureCollection", "features": feats},
            name=f"Layer: {html.escape(name)} ({len(feats)})",
            marker=folium.CircleMarker(
                radius=4, weight=1, color="#333333", fill=True, fill_color=color, fill_opacity=0.85
            ),
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
            popup=folium.GeoJsonPopup(fields=["pop"], labels=False),
            style_function=lambda _f, c=color: {
                "fillColor": c,
                "color": "#333333",
                "weight": 1,
                "fillOpacity": 0.85,
            },
        ).add_to(fmap)
    # A layer control renders the layers present when it renders: keep it last.
    for key, child in list(fmap._children.items()):
        if isinstance(child, folium.LayerControl):
            del fmap._children[key]
            fmap.add_child(child, name=key)
