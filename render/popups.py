"""What a marker says: its tooltip and popup, escaped, and how Leaflet gets them.

All text that comes from articles is untrusted: it is HTML-escaped before it becomes
markup, URL parts are percent-encoded, and popup/tooltip markup reaches Leaflet only as
JSON string literals (:class:`_Bind`, never through a JS template).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

from folium.elements import MacroElement
from folium.template import Template

from geo.catalog import sources_heading
from geo.layers import source_links
from render.maprecords import _clean, record_date
from render.mapstyle import _dot_html, _e, marker_style

# --------------------------------------------------------------------------- popup html


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
    # An imported row's own links (CIR: the post and its geolocation); http(s) only.
    links = "".join(
        f' · <a class="ia-ext-link" href="{_e(url)}" target="_blank" '
        f'rel="noopener noreferrer">{_e(label)} ↗</a>'
        for label, url in source_links(src)
    )
    return (
        f'<li class="ia-source"><q class="ia-excerpt">{excerpt}</q>'
        f'<div class="ia-src-meta">{meta}{sattr}</div>'
        f'<a class="ia-src-link" href="{href}" data-top-href="{href}" target="_top" '
        f'rel="noopener">{_e(article) or "source"} ↗</a>{links}</li>'
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
