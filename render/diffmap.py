"""The "since the last brief" map: each incident of a brief's diff marked by its status.

The records come from :func:`geo.briefs.map_records`; the markers reuse the incident's
usual dot (:mod:`render.mapstyle`) and popup (:mod:`render.popups`). No Streamlit import.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import folium
from folium.elements import MacroElement
from folium.template import Template

from render.mapframe import ASSET_BASE, build_base_map
from render.maprecords import _latlon, record_date
from render.mapstyle import _dot_html, _e, marker_style
from render.popups import _Bind, _figures, attribution_text, popup_html, tooltip_html

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
