"""The compare page's pair of maps: period A left, period B right, panned and zoomed together.

Folium's :class:`~folium.plugins.DualMap` lays out the two maps and syncs them with
Leaflet.Sync, here the vendored copy (``static/vendor/leaflet.sync-0.2.4``), not the CDN
folium names: briefing rooms have no internet. Each map is a briefing map like the Map
page's (:func:`render.mapframe.furnish`: offline borders, place names, legend) with its
period's incidents (:func:`render.mapview.incident_group`: the same escaped popups) and a
title naming the period. No Streamlit import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import folium
from folium.elements import MacroElement
from folium.plugins import DualMap
from folium.template import Template

from geo.layers import split_layers
from render.basemap import LABELS_CSS
from render.layermarkers import add_layer_markers
from render.mapframe import _CSS, ASSET_BASE, DEFAULT_CENTER, MAP_OPTIONS, _fit, _links, furnish
from render.maprecords import _latlon, as_records
from render.mapstyle import _e
from render.mapview import incident_group

SYNC_JS: tuple[tuple[str, str], ...] = (("Leaflet.Sync", "leaflet.sync-0.2.4/L.Map.Sync.js"),)


class SyncedPair(DualMap):
    """Folium's DualMap with the vendored Leaflet.Sync and the maps' CSS in its own header.

    st_folium renders only this element before it reads the page's header, so the CSS
    each map would add itself (legend, dots, place names, titles) is carried here too.
    """

    _template = Template(
        """
        {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro script(this, kwargs) %}
            {{ this.m1.get_name() }}.sync({{ this.m2.get_name() }});
            {{ this.m2.get_name() }}.sync({{ this.m1.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, asset_base: str = ASSET_BASE, **kwargs: Any) -> None:
        super().__init__(layout="horizontal", **kwargs)
        self.default_js = _links(asset_base, SYNC_JS)  # never folium's CDN copy
        self.css = _CSS + LABELS_CSS + TITLE_CSS


TITLE_CSS = ".ia-map-title{max-width:45vw;line-height:1.4}"


class _Title(MacroElement):
    """A map's title (top right): its period and counts, escaped text."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "topright"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "ia-legend ia-map-title");
            div.innerHTML = {{ this.html|tojavascript }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self._name = "IaMapTitle"
        self.html = f"<b>{_e(title)}</b><br>{_e(subtitle)}"


def _add_incidents(
    m: folium.Map, records: list[dict[str, Any]], colors: Mapping[str, str], asset_base: str
) -> None:
    """The period's incidents, clustered, and imported layers' rows in their colours."""
    base, layered = split_layers(records)
    group, _ = incident_group(base, asset_base=asset_base)
    add_layer_markers(group, layered, colors)
    for child in list(group._children.values()):  # flat on the map, as build_map does
        m.add_child(child)


def build_compare_map(
    a_records: Any,
    b_records: Any,
    titles: Sequence[tuple[str, str]],
    layer_colors: Mapping[str, str] | None = None,
    tiles: str = "auto",
    asset_base: str = ASSET_BASE,
) -> SyncedPair:
    """Two synchronised briefing maps: ``a_records`` left, ``b_records`` right.

    Parameters
    ----------
    a_records, b_records : iterable of dict or pandas.DataFrame
        Each period's incidents (unlocated ones are skipped).
    titles : two (title, subtitle) pairs
        Shown on the left and the right map (plain text: escaped here).
    layer_colors : mapping, optional
        Colour of each imported layer (by name).
    tiles, asset_base
        As :func:`render.mapview.build_map`.

    Returns
    -------
    SyncedPair
        Both maps fitted to the points of both periods, so they start on the same view.
    """
    if len(titles) != 2:
        raise ValueError("a compare map needs two titles, one per period")
    dual = SyncedPair(asset_base, location=list(DEFAULT_CENTER), **MAP_OPTIONS)
    recs = (as_records(a_records), as_records(b_records))
    points = [ll for r in (*recs[0], *recs[1]) if (ll := _latlon(r)) is not None]
    for m, side, (title, subtitle) in zip((dual.m1, dual.m2), recs, titles, strict=True):
        furnish(m, tiles, asset_base, folded=True)  # small maps: the legend folded
        _Title(title, subtitle).add_to(m)
        _add_incidents(m, side, layer_colors or {}, asset_base)
        _fit(m, points, None)
    return dual
