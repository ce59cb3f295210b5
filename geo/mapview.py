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
"""

from __future__ import annotations

import base64
import html
import json
import math
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import folium
from folium.elements import MacroElement
from folium.plugins import MarkerCluster
from folium.template import Template

from geo.basemap import RawLayer, add_reference_layers
from geo.catalog import sources_heading

# --------------------------------------------------------------------------- assets

STATIC_DIR = Path(__file__).resolve().parent.parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
COUNTRIES_GEOJSON = VENDOR_DIR / "world-atlas" / "countries-110m.geojson"

ASSET_BASE = "../../app/static/vendor"
"""Where the browser finds ``static/vendor``.

Relative to the streamlit-folium iframe (``<base>/component/streamlit_folium.st_folium/
index.html``), ``../../app/static`` is Streamlit's static route under any
``server.baseUrlPath``.
"""

LEAFLET = "leaflet-1.9.4"
JQUERY = "jquery-3.7.1"
MARKERCLUSTER = "leaflet.markercluster-1.5.3"

MAP_JS: tuple[tuple[str, str], ...] = (
    ("leaflet", f"{LEAFLET}/leaflet.js"),
    ("jquery", f"{JQUERY}/jquery.min.js"),  # folium's own templates call $(...)
)
MAP_CSS: tuple[tuple[str, str], ...] = (("leaflet_css", f"{LEAFLET}/leaflet.css"),)
CLUSTER_JS: tuple[tuple[str, str], ...] = (
    ("markerclusterjs", f"{MARKERCLUSTER}/leaflet.markercluster.js"),
)
CLUSTER_CSS: tuple[tuple[str, str], ...] = (
    ("markerclustercss", f"{MARKERCLUSTER}/MarkerCluster.css"),
    ("markerclusterdefaultcss", f"{MARKERCLUSTER}/MarkerCluster.Default.css"),
)

OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OSM_ATTR = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
BORDERS_ATTR = "Borders: Natural Earth (public domain)"

DEFAULT_CENTER = (48.5, 31.5)  # Ukraine
DEFAULT_ZOOM = 5
MAX_ZOOM = 18


def _links(base: str, assets: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(name, f"{base.rstrip('/')}/{rel}") for name, rel in assets]


# --------------------------------------------------------------------------- styles

ACTOR_COLORS: dict[str, str] = {"russia": "#c62828", "ukraine": "#1f5fbf", "other": "#6b7280"}
ACTOR_LABELS: dict[str, str] = {
    "russia": "Russia",
    "ukraine": "Ukraine",
    "other": "Other / unknown",
}
ATTRIBUTION_LABELS: dict[str, str] = {
    "alleged": "alleged (by the other side)",
    "claimed": "claimed (by the actor)",
    "stated": "stated (reported as fact)",
}


def actor_group(actor: str | None) -> str:
    """Map a free-text actor to ``"russia"``, ``"ukraine"`` or ``"other"``.

    Parameters
    ----------
    actor : str or None
        The actor as extracted (``"Russia"``, ``"Russian forces"``, ...).

    Returns
    -------
    str
        The colour group.
    """
    a = (actor or "").casefold()
    if "russia" in a:
        return "russia"
    if "ukrain" in a:
        return "ukraine"
    return "other"


def marker_style(actor: str | None, attribution: str | None) -> dict[str, Any]:
    """The look of one incident's marker.

    Colour says who (Russia red, Ukraine blue, other/unknown grey); the shape
    says how sure: *alleged* is a hollow circle, *claimed* a solid dot with an
    outer ring, *stated* a solid dot.

    Parameters
    ----------
    actor : str or None
        Free-text actor.
    attribution : str or None
        ``alleged``, ``claimed`` or ``stated`` (anything else counts as alleged:
        never show more certainty than the data has).

    Returns
    -------
    dict
        ``group``, ``attribution``, ``color``, ``fill_color``, ``fill_opacity``,
        ``weight`` (border px), ``ring`` (bool), ``radius`` (px).
    """
    group = actor_group(actor)
    attr = attribution if attribution in ATTRIBUTION_LABELS else "alleged"
    color = ACTOR_COLORS[group]
    hollow = attr == "alleged"
    return {
        "group": group,
        "attribution": attr,
        "color": color,
        "fill_color": "#ffffff" if hollow else color,
        "fill_opacity": 0.35 if hollow else 1.0,
        "weight": 3 if hollow else 1.5,
        "ring": attr == "claimed",
        "radius": 7,
    }


def _dot_css(style: Mapping[str, Any], selected: bool = False) -> str:
    r = int(style["radius"]) + (3 if selected else 0)
    border = style["color"] if style["attribution"] == "alleged" else "#ffffff"
    fill = style["fill_color"]
    alpha = float(style["fill_opacity"])
    bg = fill if alpha >= 1 else _rgba(fill, alpha)
    shadows = []
    if style["ring"]:
        shadows += ["0 0 0 2px #ffffff", f"0 0 0 4px {style['color']}"]
    if selected:
        shadows.append("0 0 0 7px rgba(255,193,7,.85)")
    shadow = f"box-shadow:{','.join(shadows)};" if shadows else ""
    return (
        f"display:block;box-sizing:border-box;width:{2 * r}px;height:{2 * r}px;"
        f"border-radius:50%;border:{style['weight']}px solid {border};background:{bg};{shadow}"
    )


def _rgba(hex_color: str, alpha: float) -> str:
    h = hex_color.lstrip("#")
    r, g, b = (int(h[i : i + 2], 16) for i in (0, 2, 4))
    return f"rgba({r},{g},{b},{alpha})"


def _dot_html(style: Mapping[str, Any], selected: bool = False) -> str:
    cls = f"ia-dot ia-{style['group']} ia-{style['attribution']}" + (
        " ia-selected" if selected else ""
    )
    return f'<span class="{cls}" style="{_dot_css(style, selected)}"></span>'


# --------------------------------------------------------------------------- dates

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _as_date(value: Any) -> date | None:
    if value is None or isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _day(d: date) -> str:
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _day_range(a: date, b: date) -> str:
    if a == b:
        return _day(a)
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{a.day} {_MONTHS[a.month - 1]} – {_day(b)}"
    return f"{_day(a)} – {_day(b)}"


def _month_range(a: date, b: date) -> str:
    if (a.year, a.month) == (b.year, b.month):
        return f"{_MONTHS[a.month - 1]} {a.year}"
    if a.year == b.year:
        return f"{_MONTHS[a.month - 1]}–{_MONTHS[b.month - 1]} {a.year}"
    return f"{_MONTHS[a.month - 1]} {a.year} – {_MONTHS[b.month - 1]} {b.year}"


def format_date_window(start: Any, end: Any, precision: str | None) -> str:
    """Say when something happened exactly as precisely as we know it.

    Parameters
    ----------
    start, end : date, ISO string or None
        Inclusive window; ``end`` defaults to ``start``.
    precision : str or None
        ``day``, ``days``, ``week``, ``month``, ``year`` or ``unknown``.

    Returns
    -------
    str
        ``"3 Jul 2022"`` (day), ``"2–4 Jul 2022"`` (days/week or a day range),
        ``"Apr 2022"`` (month), ``"2022"`` (year), ``"date unknown"``.
    """
    a = _as_date(start)
    b = _as_date(end) or a
    if a is None or b is None or precision in (None, "", "unknown"):
        return "date unknown"
    if b < a:
        a, b = b, a
    if precision == "year":
        return str(a.year) if a.year == b.year else f"{a.year}–{b.year}"
    if precision == "month":
        return _month_range(a, b)
    return _day_range(a, b)


# --------------------------------------------------------------------------- records


def _clean(value: Any) -> Any:
    """pandas NA/NaN → None; everything else unchanged."""
    if value is None or isinstance(value, (list, tuple, dict, str)):
        return value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def as_records(records_or_df: Any) -> list[dict[str, Any]]:
    """Incident records from a list of dicts or the typed incidents DataFrame.

    Parameters
    ----------
    records_or_df : iterable of dict or pandas.DataFrame

    Returns
    -------
    list of dict
        With pandas missing values turned into ``None``.
    """
    if hasattr(records_or_df, "to_dict") and hasattr(records_or_df, "columns"):
        rows = records_or_df.to_dict("records")
    else:
        rows = list(records_or_df or [])
    return [{k: _clean(v) for k, v in dict(r).items()} for r in rows]


def _latlon(rec: Mapping[str, Any]) -> tuple[float, float] | None:
    try:
        lat, lon = float(rec.get("lat")), float(rec.get("lon"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    if math.isnan(lat) or math.isnan(lon):
        return None
    return lat, lon


def located(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The records that have coordinates (the ones the map can draw)."""
    return [r for r in records if _latlon(r) is not None]


def incident_ids_at(records_or_df: Any, lat: float, lon: float, tol: float = 1e-6) -> list[str]:
    """Ids of the incidents drawn at ``(lat, lon)`` (e.g. st_folium's last click)."""
    out = []
    for r in as_records(records_or_df):
        ll = _latlon(r)
        if ll and abs(ll[0] - lat) <= tol and abs(ll[1] - lon) <= tol:
            out.append(str(r.get("id")))
    return out


# --------------------------------------------------------------------------- popup html


def _e(value: Any) -> str:
    """HTML-escape anything (None → empty)."""
    return html.escape("" if value is None else str(value), quote=True)


def sources_link(article: str, incident_id: str) -> str:
    """Relative URL of the Sources page showing ``article`` with ``incident`` highlighted.

    Parameters
    ----------
    article : str
        Article file name (untrusted: percent-encoded, so no scheme can sneak in).
    incident_id : str

    Returns
    -------
    str
        ``./sources?article=<urlencoded>&incident=<urlencoded>``.
    """
    a, i = quote(str(article), safe=""), quote(str(incident_id), safe="")
    return f"./sources?article={a}&incident={i}"


def _safe_href(url: str) -> str:
    """Only relative ``./`` or ``?`` links survive; anything else becomes ``#``."""
    u = url.strip()
    return u if u.startswith(("./", "?")) and ":" not in u.split("?", 1)[0] else "#"


def _int(value: Any) -> int | None:
    value = _clean(value)
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def highest(values: Iterable[Any]) -> int | None:
    """The highest of the reported figures, ignoring missing ones."""
    nums = [n for n in (_int(v) for v in values) if n is not None]
    return max(nums) if nums else None


def _figures(killed: Any, injured: Any) -> str:
    k, i = _int(killed), _int(injured)
    parts = []
    if k is not None:
        parts.append(f"{k} killed")
    if i is not None:
        parts.append(f"{i} injured")
    return ", ".join(parts) if parts else "no figures"


def attribution_text(actor: Any, attribution: Any, alleged_by: Any) -> str:
    """``"Russia — alleged by Ukraine's air force"`` (plain text, not escaped)."""
    who = str(actor) if actor else "Unknown actor"
    attr = str(attribution) if attribution else "alleged"
    by = f" by {alleged_by}" if alleged_by and attr in ("alleged", "claimed") else ""
    return f"{who} — {attr}{by}"


def record_date(rec: Mapping[str, Any]) -> str:
    """The record's date window, formatted."""
    return format_date_window(rec.get("date_start"), rec.get("date_end"), rec.get("date_precision"))


def tooltip_html(rec: Mapping[str, Any]) -> str:
    """Escaped tooltip markup: place and date."""
    return f"<b>{_e(rec.get('place') or 'Unknown place')}</b> · {_e(record_date(rec))}"


def _source_html(src: Mapping[str, Any], incident_id: str) -> str:
    article = str(src.get("article") or "")
    href = _e(_safe_href(sources_link(article, incident_id)))
    excerpt = _e(src.get("excerpt") or "")
    meta = _e(_figures(src.get("killed"), src.get("injured")))
    attr = src.get("attribution")
    sattr = (
        f" · {_e(attribution_text(src.get('actor'), attr, src.get('alleged_by')))}" if attr else ""
    )
    return (
        f'<li class="ia-source"><q class="ia-excerpt">{excerpt}</q>'
        f'<div class="ia-src-meta">{meta}{sattr}</div>'
        f'<a class="ia-src-link" href="{href}" data-top-href="{href}" target="_top" '
        f'rel="noopener">{_e(article) or "source"} ↗</a></li>'
    )


def popup_html(rec: Mapping[str, Any]) -> str:
    """Escaped popup markup for one incident record.

    Parameters
    ----------
    rec : mapping
        One incident record (see :mod:`geo.table`).

    Returns
    -------
    str
        HTML with every article-derived value escaped.
    """
    iid = str(rec.get("id") or "")
    sources = [s for s in (rec.get("sources") or []) if isinstance(s, Mapping)]
    killed = highest([rec.get("killed"), *(s.get("killed") for s in sources)])
    injured = highest([rec.get("injured"), *(s.get("injured") for s in sources)])
    style = marker_style(rec.get("actor"), rec.get("attribution"))
    rows = [
        ("Weapon", rec.get("weapon") or "not stated"),
        ("Event", rec.get("event_type") or "not stated"),
        ("Highest reported", _figures(killed, injured)),
    ]
    table = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in rows)
    notes = "".join(f"<li>{_e(n)}</li>" for n in (rec.get("notes") or []))
    return (
        f'<div class="ia-popup" data-incident="{_e(iid)}">'
        f'<div class="ia-pop-place">{_e(rec.get("place") or "Unknown place")}</div>'
        f'<div class="ia-pop-date">{_e(record_date(rec))}</div>'
        f'<div class="ia-pop-actor">{_dot_html(style)} '
        f"{_e(attribution_text(rec.get('actor'), rec.get('attribution'), rec.get('alleged_by')))}"
        "</div>"
        f'<table class="ia-pop-facts">{table}</table>'
        f'<div class="ia-pop-h">{_e(sources_heading(sources))}</div>'
        f'<ol class="ia-sources">{"".join(_source_html(s, iid) for s in sources)}</ol>'
        + (f'<ul class="ia-notes">{notes}</ul>' if notes else "")
        + "</div>"
    )


# --------------------------------------------------------------------------- folium elements


class _Bind(MacroElement):
    """Bind a tooltip and popup given as HTML strings, passed to Leaflet as JSON."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        {{ this._parent.get_name() }}.bindTooltip({{ this.tooltip|tojavascript }},
            {"direction": "top", "offset": [0, -8]});
        {{ this._parent.get_name() }}.bindPopup({{ this.popup|tojavascript }},
            {"maxWidth": 380, "minWidth": 260, "maxHeight": 340});
        {% if this.show %}
        // Drawn later as st_folium's feature group: open once the marker is on the map.
        (function (m) {
            if (m._map) { m.openPopup(); } else { m.once("add", function () { m.openPopup(); }); }
        })({{ this._parent.get_name() }});
        {% endif %}
        {% endmacro %}
        """
    )

    def __init__(self, tooltip: str, popup: str, show: bool = False) -> None:
        super().__init__()
        self._name = "IaBind"
        self.tooltip, self.popup, self.show = tooltip, popup, show


class _MapChrome(MacroElement):
    """Page CSS, the legend control and the top-window link fix-up."""

    _template = Template(
        """
        {% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomright"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "ia-legend");
            div.innerHTML = {{ this.legend|tojavascript }};
            L.DomEvent.disableClickPropagation(div);
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {{ this._parent.get_name() }}.on("popupopen", function (e) {
            var el = e.popup.getElement();
            if (!el) { return; }
            el.querySelectorAll("a[data-top-href]").forEach(function (a) {
                try {
                    var rel = a.getAttribute("data-top-href");
                    a.href = new URL(rel, window.top.location.href).href;
                    // st_folium's iframe sandbox has no allow-top-navigation: let the
                    // top document follow the link itself.
                    a.addEventListener("click", function (ev) {
                        var doc = window.top.document, b = doc.createElement("a");
                        b.href = a.href; b.rel = "noopener";
                        doc.body.appendChild(b); b.click(); b.remove();
                        ev.preventDefault();
                    });
                } catch (err) { /* cross-origin top: keep the relative link */ }
            });
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "IaChrome"
        self.css = _CSS
        self.legend = legend_html()


_CSS = """
.leaflet-container{background:#cfe0ea;font:13px/1.35 system-ui,-apple-system,"Segoe UI",sans-serif}
.ia-dot-icon{background:none;border:none}
.ia-legend{background:rgba(255,255,255,.93);padding:6px 9px;border-radius:6px;
  box-shadow:0 1px 4px rgba(0,0,0,.3);line-height:1.5;font-size:12px}
.ia-legend .ia-row{display:flex;align-items:center;gap:7px}
.ia-legend .ia-dot{flex:none}
.ia-legend .ia-circle{width:14px;height:14px;border-radius:50%;border:1px solid #6b7280;
  background:rgba(107,114,128,.15);flex:none}
.ia-legend hr{border:0;border-top:1px solid #ddd;margin:4px 0}
.ia-popup{max-width:360px}
.ia-pop-place{font-weight:700;font-size:14px}
.ia-pop-date{color:#444;margin-bottom:4px}
.ia-pop-actor{display:flex;align-items:center;gap:6px;margin-bottom:4px}
.ia-pop-actor .ia-dot{flex:none}
.ia-pop-facts th{text-align:left;padding-right:8px;color:#555;font-weight:600}
.ia-pop-h{font-weight:600;margin-top:6px}
.ia-sources{padding-left:18px;margin:2px 0}
.ia-source{margin-bottom:6px}
.ia-excerpt{display:block;font-style:italic;color:#222}
.ia-src-meta{color:#555;font-size:12px}
.ia-notes{color:#555;font-size:12px;padding-left:16px}
.marker-cluster.ia-cluster{background:rgba(55,65,81,.35)}
.marker-cluster.ia-cluster div{background:rgba(55,65,81,.85);color:#fff;font-weight:700}
"""

_CLUSTER_ICON = """
function (cluster) {
    var n = cluster.getChildCount();
    return L.divIcon({html: "<div><span>" + n + "</span></div>",
                      className: "marker-cluster ia-cluster", iconSize: L.point(36, 36)});
}
"""


def legend_html() -> str:
    """Static legend markup: actor colours, attribution shapes, region circles."""
    rows = []
    for group, label in ACTOR_LABELS.items():
        style = marker_style(label if group != "other" else None, "stated")
        rows.append(f'<div class="ia-row">{_dot_html(style)}{_e(label)}</div>')
    rows.append("<hr>")
    for attr, label in ATTRIBUTION_LABELS.items():
        style = marker_style(None, attr)
        rows.append(f'<div class="ia-row">{_dot_html(style)}{_e(label)}</div>')
    rows.append('<hr><div class="ia-row"><span class="ia-circle"></span>region (approximate)</div>')
    return "".join(rows)


@lru_cache(maxsize=1)
def _countries_json() -> str:
    """The bundled borders as compact JSON text, read once per process."""
    data = json.loads(COUNTRIES_GEOJSON.read_text(encoding="utf-8"))
    return json.dumps(data, separators=(",", ":"))


BORDERS_STYLE = {"color": "#7b8794", "weight": 0.8, "fillColor": "#f3efe6", "fillOpacity": 1.0}


class _Borders(RawLayer):
    """Natural Earth countries as a plain ``L.geoJson`` with its JSON inserted as is."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.data_json }}, {
            pane: "ia-land", interactive: false, attribution: {{ this.attribution|tojson }},
            style: function () { return {{ this.style|tojson }}; }
        });
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__(name="Country borders (offline)", overlay=True, control=True)
        self._name = "IaBorders"
        self.data_json = _countries_json()
        self.attribution = BORDERS_ATTR
        self.style = BORDERS_STYLE


def _add_borders(m: folium.Map) -> None:
    """Bundled Natural Earth countries in a pane *below* the tiles.

    Offline (no tiles) they are the base map; online the OSM tiles cover them.
    Either way they sit under every marker and circle.
    """
    folium.map.CustomPane("ia-land", z_index=150, pointer_events=False).add_to(m)
    _Borders().add_to(m)


def _tiles_choice(tiles: str) -> str:
    if tiles == "auto":
        return os.environ.get("INCIDENT_ATLAS_TILES", "osm")
    return tiles


def _add_tiles(m: folium.Map, tiles: str) -> None:
    choice = _tiles_choice(tiles)
    if choice == "osm":
        folium.TileLayer(
            OSM_TILES, attr=OSM_ATTR, name="OpenStreetMap (online)", max_zoom=19
        ).add_to(m)
    elif choice != "none":
        raise ValueError(f"tiles must be 'auto', 'osm' or 'none', not {tiles!r}")


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


def _marker(rec: Mapping[str, Any], ll: tuple[float, float], selected: bool) -> folium.Marker:
    style = marker_style(rec.get("actor"), rec.get("attribution"))
    size = 2 * (int(style["radius"]) + (3 if selected else 0))
    icon = folium.DivIcon(
        html=_dot_html(style, selected),
        icon_size=(size, size),
        icon_anchor=(size // 2, size // 2),
        class_name="ia-dot-icon",
    )
    marker = folium.Marker(location=list(ll), icon=icon, z_index_offset=1000 if selected else 0)
    marker.add_child(_Bind(tooltip_html(rec), popup_html(rec), show=selected))
    return marker


CORE_SHARE = 0.02  # the share of points at each edge a view leaves out (from 20 points)


def core_bounds(lats: Sequence[float], lons: Sequence[float]) -> list[list[float]]:
    """[[south, west], [north, east]] of the bulk of the points: a few far-away incidents
    (a drone over Irkutsk, a sabotage in Kaliningrad) must not zoom a briefing out to Europe.

    Parameters
    ----------
    lats, lons
        The points' coordinates, same length, at least one.
    """
    cut = int(len(lats) * CORE_SHARE) if len(lats) >= 20 else 0
    la, lo = sorted(lats), sorted(lons)
    return [[la[cut], lo[cut]], [la[-1 - cut], lo[-1 - cut]]]


def _fit(
    m: folium.Map, points: Sequence[tuple[float, float]], focus: tuple[float, float] | None
) -> None:
    if focus is not None:
        m.location, m.options["zoom"] = list(focus), 8
        return
    if len(points) == 1:
        m.location, m.options["zoom"] = list(points[0]), 8
    elif points:
        bounds = core_bounds([p[0] for p in points], [p[1] for p in points])
        m.fit_bounds(bounds, padding=(30, 30), max_zoom=9)


def build_base_map(
    bounds_of: Any = (),
    tiles: str = "auto",
    asset_base: str = ASSET_BASE,
) -> folium.Map:
    """The map without incidents: tiles, offline borders, legend, view fitted to ``bounds_of``.

    It depends on the whole table only (never on filters or the selection), so the
    app can draw the incidents as st_folium's ``feature_group_to_add``
    (:func:`incident_group`) and keep this map, its iframe and its view across reruns.

    Parameters
    ----------
    bounds_of : iterable of dict or pandas.DataFrame
        Records whose located points the first view fits (all incidents, usually).
    tiles, asset_base
        As :func:`build_map`.
    """
    m = folium.Map(
        location=list(DEFAULT_CENTER),
        zoom_start=DEFAULT_ZOOM,
        tiles=None,
        control_scale=True,
        # Map-level limits (folium's max_zoom only reaches a default tile layer):
        # markercluster needs the map's maxZoom even when no tiles are drawn.
        maxZoom=MAX_ZOOM,
        minZoom=2,
    )
    m.default_js = _links(asset_base, MAP_JS + CLUSTER_JS)  # never mutate folium's globals
    m.default_css = _links(asset_base, MAP_CSS + CLUSTER_CSS)
    _MapChrome().add_to(m)
    _add_borders(m)
    add_reference_layers(m)
    _add_tiles(m, tiles)
    points = [ll for ll in map(_latlon, as_records(bounds_of)) if ll is not None]
    _fit(m, points, None)
    return m


def incident_group(
    records_or_df: Any,
    selected_id: str | None = None,
    asset_base: str = ASSET_BASE,
) -> tuple[folium.FeatureGroup, tuple[float, float] | None]:
    """The incidents' layer: clustered markers, region circles, the selected marker apart.

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
        _marker(rec, ll, selected).add_to(group if selected else cluster)
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


# --------------------------------------------------------------------------- since a brief

DIFF_COLORS: dict[str, str] = {"new": "#15803d", "changed": "#d97706", "retracted": "#6b7280"}
"""Ring colour of each status on the "since the last brief" map (:mod:`geo.briefs`)."""
DIFF_LABELS: dict[str, str] = {"new": "New", "changed": "Changed", "retracted": "Retracted"}


def diff_marker_html(style: Mapping[str, Any], status: str) -> str:
    """The incident's usual dot inside a ring of its status's colour, with a letter
    (N, C, R); a retracted one is faded and its ring dashed."""
    color = DIFF_COLORS[status]
    size = 2 * int(style["radius"]) + 12
    ring = "dashed" if status == "retracted" else "solid"
    fade = "opacity:.55;" if status == "retracted" else ""
    return (
        f'<span class="ia-diff ia-diff-{status}" style="display:flex;align-items:center;'
        f"justify-content:center;box-sizing:border-box;width:{size}px;height:{size}px;"
        f'border-radius:50%;border:3px {ring} {color};background:rgba(255,255,255,.6);{fade}">'
        f"{_dot_html(style)}</span>"
        f'<span class="ia-diff-badge" style="position:absolute;top:-7px;right:-9px;'
        f"background:{color};color:#fff;font:700 10px/14px system-ui,sans-serif;padding:0 3px;"
        f'border-radius:3px">{status[0].upper()}</span>'
    )


def _diff_popup(rec: Mapping[str, Any], status: str) -> str:
    head = f'<div class="ia-diff-status"><b>{_e(DIFF_LABELS[status])}</b> since the brief'
    note = rec.get("diff_note")
    head += f": {_e(note)}</div>" if note else "</div>"
    if status == "retracted":  # the brief's facts only: the incident is gone
        return (
            f'<div class="ia-popup">{head}'
            f'<div class="ia-pop-place">{_e(rec.get("place") or "Unknown place")}</div>'
            f'<div class="ia-pop-date">{_e(record_date(rec))}</div>'
            f"<div>{_e(attribution_text(rec.get('actor'), rec.get('attribution'), None))}</div>"
            f"<div>{_e(_figures(rec.get('killed'), rec.get('injured')))}</div></div>"
        )
    return head + popup_html(rec)


def diff_marker(rec: Mapping[str, Any], ll: tuple[float, float]) -> folium.Marker:
    """A marker of the "since the last brief" map; ``rec["diff_status"]`` is ``new``,
    ``changed`` or ``retracted``."""
    status = str(rec.get("diff_status"))
    style = marker_style(rec.get("actor"), rec.get("attribution"))
    size = 2 * int(style["radius"]) + 12
    icon = folium.DivIcon(
        html=diff_marker_html(style, status),
        icon_size=(size, size),
        icon_anchor=(size // 2, size // 2),
        class_name="ia-dot-icon",
    )
    marker = folium.Marker(location=list(ll), icon=icon)
    tooltip = f"<b>{_e(DIFF_LABELS[status])}</b> · {tooltip_html(rec)}"
    marker.add_child(_Bind(tooltip, _diff_popup(rec, status)))
    return marker


def diff_legend_html() -> str:
    """The statuses' legend (static markup)."""
    style = marker_style(None, "stated")
    return "".join(
        f'<div class="ia-row" style="position:relative;gap:12px">'
        f'<span style="position:relative;display:inline-block">'
        f"{diff_marker_html(style, status)}</span>{_e(label)}</div>"
        for status, label in DIFF_LABELS.items()
    )


class _DiffLegend(MacroElement):
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomleft"});
        {{ this.get_name() }}.onAdd = function () {
            var div = L.DomUtil.create("div", "ia-legend");
            div.innerHTML = {{ this.legend|tojavascript }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "IaDiffLegend"
        self.legend = diff_legend_html()


def build_diff_map(
    records: Iterable[Mapping[str, Any]], tiles: str = "auto", asset_base: str = ASSET_BASE
) -> folium.Map:
    """The "since the last brief" map: each record (with ``diff_status``, see
    :func:`geo.briefs.map_records`) marked by its status, unclustered (a diff is short,
    and a cluster would hide which is which), fitted to them, with a legend of statuses.
    """
    recs = [r for r in records if r.get("diff_status") in DIFF_COLORS]
    m = build_base_map(recs, tiles=tiles, asset_base=asset_base)
    _DiffLegend().add_to(m)
    for rec in recs:
        ll = _latlon(rec)
        if ll is not None:
            diff_marker(rec, ll).add_to(m)
    return m


# --------------------------------------------------------------------------- standalone

_ASSET_REF = re.compile(
    r'<script src="(?P<js>[^"]*/vendor/[^"]+\.js)"></script>'
    r'|<link rel="stylesheet" href="(?P<css>[^"]*/vendor/[^"]+\.css)"/>'
)
_CSS_URL = re.compile(r"url\((['\"]?)(images/[^)'\"]+)\1\)")


def _vendor_file(url: str) -> Path:
    rel = url.split("/vendor/", 1)[1]
    path = (VENDOR_DIR / rel).resolve()
    if VENDOR_DIR.resolve() not in path.parents:
        raise ValueError(f"asset outside static/vendor: {url}")
    return path


def _inline_css(path: Path) -> str:
    def data_uri(match: re.Match[str]) -> str:
        img = path.parent / match.group(2)
        if not img.exists():
            return match.group(0)
        b64 = base64.b64encode(img.read_bytes()).decode("ascii")
        return f'url("data:image/png;base64,{b64}")'

    css = _CSS_URL.sub(data_uri, path.read_text(encoding="utf-8"))
    return "<style>" + css.replace("</style", "<\\/style") + "</style>"


def _inline(match: re.Match[str]) -> str:
    if match.group("js"):
        js = _vendor_file(match.group("js")).read_text(encoding="utf-8")
        return "<script>" + js.replace("</script", "<\\/script") + "</script>"
    return _inline_css(_vendor_file(match.group("css")))


def map_html_standalone(m: folium.Map) -> str:
    """One self-contained HTML page of the map, every vendored asset inlined.

    Parameters
    ----------
    m : folium.Map
        A map from :func:`build_map` (any ``asset_base``).

    Returns
    -------
    str
        HTML that renders with no network (OSM tiles, if enabled, stay online-only).
    """
    page = m.get_root().render()
    return _ASSET_REF.sub(_inline, page)
