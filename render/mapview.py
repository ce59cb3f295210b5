"""The briefing map: incidents drawn with Folium/Leaflet, fully offline.

Pure presentation code (no Streamlit import). :func:`build_map` turns incident
records (or the typed DataFrame of :mod:`geo.table`) into a :class:`folium.Map`
whose JavaScript/CSS come from the vendored copies in ``static/vendor/``
(served by Streamlit at ``/app/static/...``) instead of public CDNs, and whose
country borders are a bundled Natural Earth layer, so the map is readable
with no internet at all. :func:`map_html_standalone` inlines every asset into
one HTML file for the offline brief pack.

All text that comes from articles is untrusted: it is HTML-escaped before it
becomes markup, URL parts are percent-encoded, and popup/tooltip markup
reaches Leaflet only as JSON string literals (never through a JS template).

The pieces: :mod:`render.mapstyle` (colours and shapes), :mod:`render.maprecords` (records,
points, date windows), :mod:`render.popups` (tooltips and popups), :mod:`render.mapframe` (the
map without incidents, assets, the standalone page), :mod:`render.diffmap` (the "since the
last brief" map) and this module (the incidents' layer and the whole map). Their public
names are importable from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import folium
from folium.plugins import MarkerCluster

from render.basemap import add_reference_layers
from render.diffmap import (
    DIFF_COLORS,
    DIFF_LABELS,
    build_diff_map,
    diff_legend_html,
    diff_marker,
    diff_marker_html,
)
from render.mapframe import (
    ASSET_BASE,
    BORDERS_ATTR,
    BORDERS_STYLE,
    CLUSTER_CSS,
    CLUSTER_JS,
    CORE_SHARE,
    COUNTRIES_GEOJSON,
    DEFAULT_CENTER,
    DEFAULT_ZOOM,
    JQUERY,
    LEAFLET,
    MAP_CSS,
    MAP_JS,
    MARKERCLUSTER,
    MAX_ZOOM,
    OSM_ATTR,
    OSM_TILES,
    STATIC_DIR,
    VENDOR_DIR,
    _fit,
    _links,
    build_base_map,
    core_bounds,
    map_html_standalone,
)
from render.maprecords import (
    _clean,
    _latlon,
    as_records,
    format_date_window,
    incident_ids_at,
    located,
    record_date,
)
from render.mapstyle import (
    ACTOR_COLORS,
    ACTOR_LABELS,
    ATTRIBUTION_LABELS,
    _dot_html,
    actor_group,
    legend_html,
    marker_style,
)
from render.popups import (
    _Bind,
    attribution_text,
    highest,
    popup_html,
    sources_link,
    tooltip_html,
)

__all__ = [
    "ACTOR_COLORS", "ACTOR_LABELS", "ASSET_BASE", "ATTRIBUTION_LABELS", "BORDERS_ATTR",
    "BORDERS_STYLE", "CLUSTER_CSS", "CLUSTER_JS", "CORE_SHARE", "COUNTRIES_GEOJSON",
    "DEFAULT_CENTER", "DEFAULT_ZOOM", "DIFF_COLORS", "DIFF_LABELS", "JQUERY", "LEAFLET",
    "MAP_CSS", "MAP_JS", "MARKERCLUSTER", "MAX_ZOOM", "OSM_ATTR", "OSM_TILES", "STATIC_DIR",
    "VENDOR_DIR", "actor_group", "add_reference_layers", "as_records", "attribution_text",
    "build_base_map", "build_diff_map", "build_map", "core_bounds", "diff_legend_html",
    "diff_marker", "diff_marker_html", "format_date_window", "highest", "incident_group",
    "incident_ids_at", "legend_html", "located", "map_html_standalone", "marker_style",
    "popup_html", "record_date", "sources_link", "tooltip_html",
]  # fmt: skip

# --------------------------------------------------------------------------- incidents

_CLUSTER_ICON = """
function (cluster) {
    var n = cluster.getChildCount();
    return L.divIcon({html: "<div><span>" + n + "</span></div>",
                      className: "marker-cluster ia-cluster", iconSize: L.point(36, 36)});
}
"""


def _region_circle(rec: Mapping[str, Any], ll: tuple[float, float]) -> folium.Circle | None:
    radius = _clean(rec.get("radius_km"))
    if rec.get("precision") != "region" or not radius or float(radius) <= 0:
        return None
    color = ACTOR_COLORS[actor_group(rec.get("actor"))]
    return folium.Circle(
        location=list(ll),
        radius=float(radius) * 1000,
        color=color,
        weight=1,
        fill=True,
        fill_color=color,
        fill_opacity=0.12,
        interactive=False,
        class_name="ia-region",
    )


def _marker(
    rec: Mapping[str, Any], ll: tuple[float, float], selected: bool, opacity: float = 1.0
) -> folium.Marker:
    style = marker_style(rec.get("actor"), rec.get("attribution"))
    size = 2 * (int(style["radius"]) + (3 if selected else 0))
    dot = _dot_html(style, selected)
    if opacity < 1.0:  # a playback's older step fades (geo.playback.trail_opacity)
        dot = f'<span class="ia-faded" style="display:block;opacity:{opacity:.2f}">{dot}</span>'
    icon = folium.DivIcon(
        html=dot,
        icon_size=(size, size),
        icon_anchor=(size // 2, size // 2),
        class_name="ia-dot-icon",
    )
    marker = folium.Marker(location=list(ll), icon=icon, z_index_offset=1000 if selected else 0)
    marker.add_child(_Bind(tooltip_html(rec), popup_html(rec), show=selected))
    return marker


def incident_group(
    records_or_df: Any,
    selected_id: str | None = None,
    asset_base: str = ASSET_BASE,
    opacity: Mapping[str, float] | None = None,
) -> tuple[folium.FeatureGroup, tuple[float, float] | None]:
    """The incidents' layer: clustered markers, region circles, the selected marker apart.

    ``opacity`` (by incident id; 1.0 when missing) fades the older steps of a playback.

    Returns
    -------
    (folium.FeatureGroup, (lat, lon) or None)
        The group, and where the selected incident is (``None`` when none is
        selected or it has no place). The selected marker opens its popup when the
        group reaches a map.
    """
    group = folium.FeatureGroup(name="Incidents", control=False)
    regions = folium.FeatureGroup(name="Region extent", control=True).add_to(group)
    cluster = MarkerCluster(
        name="Incidents",
        icon_create_function=_CLUSTER_ICON,
        options={"showCoverageOnHover": False, "maxClusterRadius": 40, "spiderfyOnMaxZoom": True},
    )
    cluster.default_js = _links(asset_base, CLUSTER_JS)
    cluster.default_css = _links(asset_base, CLUSTER_CSS)
    cluster.add_to(group)
    focus = None
    for rec in as_records(records_or_df):
        ll = _latlon(rec)
        if ll is None:
            continue
        circle = _region_circle(rec, ll)
        if circle is not None:
            circle.add_to(regions)
        selected = selected_id is not None and str(rec.get("id")) == str(selected_id)
        if selected:
            focus = ll
        alpha = 1.0 if opacity is None else float(opacity.get(str(rec.get("id")), 1.0))
        _marker(rec, ll, selected, alpha).add_to(group if selected else cluster)
    return group, focus


def build_map(
    records_or_df: Any,
    selected_id: str | None = None,
    tiles: str = "auto",
    asset_base: str = ASSET_BASE,
) -> folium.Map:
    """The briefing map of the located incidents, in one piece (exports, standalone HTML).

    Parameters
    ----------
    records_or_df : iterable of dict or pandas.DataFrame
        Incident records (:mod:`geo.table`); unlocated ones are skipped.
    selected_id : str, optional
        Incident to highlight, centre on and open the popup of.
    tiles : {"auto", "osm", "none"}
        ``osm`` adds OpenStreetMap tiles (they fail silently offline); ``none``
        draws only the bundled borders; ``auto`` follows env
        ``INCIDENT_ATLAS_TILES`` (default ``osm``).
    asset_base : str
        URL of ``static/vendor`` as the browser sees it (see :data:`ASSET_BASE`).

    Returns
    -------
    folium.Map
        Leaflet/jQuery/markercluster all load from ``asset_base``.
    """
    recs = as_records(records_or_df)
    m = build_base_map(recs, tiles=tiles, asset_base=asset_base)
    group, focus = incident_group(recs, selected_id, asset_base)
    for child in list(group._children.values()):  # flat on the map: the layer control lists them
        m.add_child(child)
    if focus is not None:
        _fit(m, [], focus)
    folium.LayerControl(collapsed=True).add_to(m)
    return m
