"""KML 2.2 of a view's incidents, for Google Earth and its time slider.

One ``Placemark`` per incident with a place: its name (place and date), a ``TimeSpan``
from its date window (``begin`` at the first day's start, ``end`` at the last day's
end, UTC), a ``Point`` in KML's ``lon,lat`` order, the actor's ``Style``, an HTML
description with every source's excerpt, and the fields as ``ExtendedData``. An undated
incident gets an empty ``TimeSpan`` (unbounded: shown at every time, as the app shows
undated incidents at every date range). Incidents without a place cannot be drawn; the
document's description counts them.

Article text is untrusted: it is HTML-escaped before it becomes the description's
markup, and the XML writer escapes that markup again (Google Earth reads the
description as HTML once the XML is parsed). Characters XML forbids are removed.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date
from typing import Any

from geo.table import records_of
from geo.urlstate import UNKNOWN, ViewState
from render.briefdoc import actor_colors, brief_incident, filters_caption, plain

KML_NS = "http://www.opengis.net/kml/2.2"


def kml_color(hex_rgb: str, alpha: str = "ff") -> str:
    """KML's ``aabbggrr`` from ``#rrggbb`` (``"#c62828"`` → ``"ff2828c6"``)."""
    h = hex_rgb.lstrip("#")
    return f"{alpha}{h[4:6]}{h[2:4]}{h[0:2]}".lower()


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
    el = ET.SubElement(parent, tag)  # in the root's default namespace (KML 2.2)
    if text is not None:
        el.text = text
    return el


def style_id(actor: str, taken: set[str]) -> str:
    """A unique, XML-safe style id for an actor (``"actor-russia"``)."""
    base = "actor-" + (re.sub(r"[^a-z0-9]+", "-", actor.lower()).strip("-") or "x")
    sid, n = base, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    taken.add(sid)
    return sid


def description_html(r: Mapping[str, Any]) -> str:
    """The placemark's description: what, who, figures and each source's excerpt.

    Parameters
    ----------
    r : Mapping
        One incident record (:data:`geo.table.COLUMNS`).

    Returns
    -------
    str
        HTML in which every value from the data is escaped.
    """
    e = html.escape
    inc = brief_incident(r)
    out = [
        f"<p><b>{e(inc.event_type)}</b> · {e(inc.when)}<br>"
        f"Actor: {e(inc.claim)}<br>Figures: {e(inc.figures())}<br>"
        f"Incident {e(inc.id)}" + (f" · layer {e(inc.layer)}" if inc.layer else "") + "</p>"
    ]
    for s in inc.excerpts:
        link = f' <a href="{e(s.url, quote=True)}">link</a>' if s.url else ""
        figures = f" ({e(s.figures)})" if s.figures else ""
        out.append(f"<p><i>{e(s.article)}</i>{figures}{link}<br>“{e(s.text)}”</p>")
    return "".join(out)


def _extended(pm: ET.Element, fields: Mapping[str, Any]) -> None:
    ext = _sub(pm, "ExtendedData")
    for name, value in fields.items():
        if value is None or value == "":
            continue
        data = _sub(ext, "Data")
        data.set("name", name)
        _sub(data, "value", plain(value))


def to_kml(data: Any, view: ViewState | None = None, link: str | None = None) -> str:
    """The incidents as a KML 2.2 document (see the module doc).

    Parameters
    ----------
    data : DataFrame or iterable of dict
        The incidents shown (already filtered), as for :func:`render.exporters.export`.
    view : ViewState, optional
        The filters, written as the document's description.
    link : str, optional
        The permalink of the view, in the document's description.

    Returns
    -------
    str
        The KML text (UTF-8 XML declaration included).
    """
    recs = records_of(data)
    incidents = [(r, brief_incident(r)) for r in recs]
    located = [(r, i) for r, i in incidents if i.located]
    counts: dict[str, int] = {}
    for _, i in incidents:
        counts[i.actor] = counts.get(i.actor, 0) + 1
    actors = sorted(counts, key=lambda a: (-counts[a], a == UNKNOWN, a))
    colors = actor_colors(actors)

    root = ET.Element("kml", xmlns=KML_NS)
    doc = _sub(root, "Document")
    _sub(doc, "name", "Incident Atlas")
    about = [filters_caption(view or ViewState()), f"{len(located)} incident(s) on the map"]
    if len(located) < len(incidents):
        about.append(f"{len(incidents) - len(located)} without a place are not in this file")
    text = html.escape(" · ".join(about))
    if link:
        text += f'<br><a href="{html.escape(link, quote=True)}">{html.escape(link)}</a>'
    _sub(doc, "description", text)
    taken: set[str] = set()
    style_of: dict[str, str] = {}
    for actor in actors:
        sid = style_of[actor] = style_id(actor, taken)
        style = _sub(doc, "Style")
        style.set("id", sid)
        icon = _sub(style, "IconStyle")
        _sub(icon, "color", kml_color(colors[actor]))
        _sub(icon, "scale", "0.9")
        label = _sub(style, "LabelStyle")
        _sub(label, "scale", "0.8")
    for r, inc in located:
        pm = _sub(doc, "Placemark")
        pm.set("id", "i-" + re.sub(r"[^A-Za-z0-9_.-]+", "-", inc.id or "x"))
        _sub(pm, "name", inc.heading)
        _sub(pm, "description", description_html(r))
        span = _sub(pm, "TimeSpan")
        start = _day(r.get("date_start")) or _day(r.get("date_end"))
        end = _day(r.get("date_end")) or start
        if start and end:
            _sub(span, "begin", f"{min(start, end).isoformat()}T00:00:00Z")
            _sub(span, "end", f"{max(start, end).isoformat()}T23:59:59Z")
        _sub(pm, "styleUrl", "#" + style_of[inc.actor])
        _extended(
            pm,
            {
                "id": inc.id,
                "actor": inc.actor,
                "attribution": r.get("attribution"),
                "alleged_by": r.get("alleged_by"),
                "event_type": r.get("event_type"),
                "date": inc.when,
                "killed": inc.killed,
                "injured": inc.injured,
                "precision": r.get("precision"),
                "sources": inc.n_sources,
                "layer": inc.layer,
            },
        )
        point = _sub(pm, "Point")
        _sub(point, "coordinates", f"{inc.lon!r},{inc.lat!r}")
    ET.indent(root, space=" ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"
