"""Exporting the current view: ACLED-like CSV, GeoJSON, and the offline brief pack.

All functions take incident records (rows of :data:`geo.table.COLUMNS`, maybe
with a ``layer``) or the typed DataFrame, already filtered (``geo.filters``).

- :func:`to_acled_csv` — ACLED's column names so it opens where ACLED data
  opens; ``country`` holds the ISO alpha-2 code; ``fatalities`` is blank when
  unknown (ACLED would write 0); extra columns (``date_end``, ``attribution``,
  ``injured``, ...) follow ACLED's. Text cells that a spreadsheet would run as
  a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or CR) get a leading
  ``'``; numbers we write ourselves are left as numbers.
- :func:`to_geojson_text` — :func:`geo.table.to_geojson_doc` as text: RFC 7946, WGS84
  ``[lon, lat]``, no ``crs``, an unlocated incident keeps a ``null`` geometry.
- :func:`brief_pack` — one zip: ``map.html`` (standalone, every asset inlined,
  no network needed), ``incidents.csv``, ``sources.html`` (every excerpt with
  its article and offsets, escaped) and ``permalink.txt`` (the view's URL); given the
  corrections log, the audit log of its incidents too (:mod:`render.auditexport`).
- ``kml``, ``pptx`` and ``pdf`` (:func:`export`): Google Earth's KML with a
  ``TimeSpan`` per incident (:mod:`render.kml`), a slide deck (:mod:`render.deck`) and
  a PDF (:mod:`render.pdfbrief`) of the same brief (:mod:`render.briefdoc`).

Links back to the app are built from its public address,
``INCIDENT_ATLAS_PUBLIC_URL`` (:func:`public_url`; default ``http://localhost:8501``).
"""

from __future__ import annotations

import csv
import html
import io
import json
import math
import os
import zipfile
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from geo.importacled import ACLED_COLUMNS
from geo.table import neutralise, records_of, to_geojson_doc
from geo.urlstate import ViewState, view_to_params

if TYPE_CHECKING:
    from geo.corrections import Correction

ACLED_EXPORT_COLUMNS = [
    *ACLED_COLUMNS,
    # Not ACLED's: what the atlas knows beyond it.
    "country",
    "date_end",
    "date_precision",
    "attribution",
    "alleged_by",
    "weapon",
    "injured",
    "layer",
    "source_urls",
]
_TIME_PRECISION = {"day": 1, "days": 2, "week": 2, "month": 3}
_GEO_PRECISION = {"town": 1, "region": 3, "country": 3}
PUBLIC_URL_ENV = "INCIDENT_ATLAS_PUBLIC_URL"
DEFAULT_PUBLIC_URL = "http://localhost:8501"
MAP_PATH = "/map"
FORMATS = ("csv", "geojson", "brief", "kml", "pptx", "pdf")
"""Every :func:`export` format, as the CLI and the app offer them."""
MEDIA_TYPES = {
    "csv": "text/csv",
    "geojson": "application/geo+json",
    "brief": "application/zip",
    "kml": "application/vnd.google-earth.kml+xml",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "pdf": "application/pdf",
}


def _num(v: Any) -> str:
    if v is None or isinstance(v, bool):
        return ""
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return "" if not math.isfinite(v) else repr(v) if v != int(v) else str(int(v))
    return neutralise(str(v))


def _sources(r: Mapping[str, Any]) -> list[dict[str, Any]]:
    return [s for s in (r.get("sources") or []) if isinstance(s, Mapping)]  # type: ignore[misc]


def acled_row(r: Mapping[str, Any]) -> dict[str, str]:
    """One incident as an ACLED-like CSV row (cells already neutralised)."""
    srcs = _sources(r)
    excerpts = [str(s.get("excerpt") or "").strip() for s in srcs]
    urls = [str(s["url"]) for s in srcs if s.get("url")]
    text = {
        "event_id_cnty": r.get("id"),
        "event_date": r.get("date_start"),
        "event_type": r.get("event_type"),
        "sub_event_type": r.get("weapon"),
        "actor1": r.get("actor"),
        "actor2": None,
        "admin1": None,
        "admin2": None,
        "admin3": None,
        "location": r.get("place"),
        "source": "; ".join(r.get("articles") or []),
        "notes": " | ".join(e for e in excerpts if e),
        "country": r.get("country"),
        "date_end": r.get("date_end"),
        "date_precision": r.get("date_precision"),
        "attribution": r.get("attribution"),
        "alleged_by": r.get("alleged_by"),
        "weapon": r.get("weapon"),
        "layer": r.get("layer"),
        "source_urls": " ".join(urls),
    }
    out = {k: neutralise(str(v)) if v is not None else "" for k, v in text.items()}
    out.update(
        time_precision=_num(_TIME_PRECISION.get(str(r.get("date_precision")))),
        latitude=_num(r.get("lat")),
        longitude=_num(r.get("lon")),
        geo_precision=_num(_GEO_PRECISION.get(str(r.get("precision")))),
        fatalities=_num(r.get("killed")),
        injured=_num(r.get("injured")),
    )
    return out


def to_acled_csv(data: Any) -> str:
    """The incidents as CSV with ACLED's column names first (see the module doc)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_EXPORT_COLUMNS, lineterminator="\r\n")
    w.writeheader()
    for r in records_of(data):
        w.writerow(acled_row(r))
    return buf.getvalue()


def to_geojson_text(data: Any) -> str:
    return json.dumps(to_geojson_doc(data), ensure_ascii=False, indent=1) + "\n"


def public_url() -> str:
    """The app's public address (no trailing slash): ``$INCIDENT_ATLAS_PUBLIC_URL`` when it
    is an ``http(s)`` URL (e.g. ``https://atlas.example.org/atlas``), else the default."""
    value = os.environ.get(PUBLIC_URL_ENV, "").strip()
    if not value.lower().startswith(("http://", "https://")):
        value = DEFAULT_PUBLIC_URL
    return value.rstrip("/")


def map_url(base_url: str | None = None) -> str:
    """The Map page's address: ``base_url`` as given, else :func:`public_url` + ``/map``."""
    return base_url or public_url() + MAP_PATH


def permalink(view: ViewState, base_url: str | None = None) -> str:
    """The app URL showing ``view`` (parameters from :func:`geo.urlstate.view_to_params`).

    Parameters
    ----------
    view : ViewState
        The filters (and selection) to link to.
    base_url : str, optional
        The Map page's address; default :func:`map_url` (the configured public URL).

    Returns
    -------
    str
        The link, with the view's query string when the view is not the default one.
    """
    base = map_url(base_url)
    query = urlencode(view_to_params(view), doseq=True)
    return f"{base}?{query}" if query else base


def _safe_href(url: Any) -> str | None:
    s = str(url or "").strip()
    return s if s.lower().startswith(("http://", "https://")) else None


def sources_html(data: Any, view: ViewState | None = None, link: str | None = None) -> str:
    """Every incident's sources: article, offsets and the excerpt, all HTML-escaped."""
    e = html.escape
    recs = records_of(data)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8"><title>Sources</title>',
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
        "blockquote{border-left:3px solid #ccc;margin:.3em 0 .8em;padding-left:.8em}"
        ".m{color:#555;font-size:.9em}</style></head><body>",
        f"<h1>Sources of {len(recs)} incident(s)</h1>",
    ]
    if link:
        out.append(f'<p class="m">View: <a href="{e(link, quote=True)}">{e(link)}</a></p>')
    for r in recs:
        when = r.get("date_start") or "date unknown"
        if r.get("date_end") and r.get("date_end") != r.get("date_start"):
            when = f"{when} – {r.get('date_end')}"
        out.append(
            f"<h2>{e(str(r.get('place') or 'unknown place'))} · {e(str(when))}</h2>"
            f'<p class="m">Incident {e(str(r.get("id")))}'
            f" · actor {e(str(r.get('actor') or 'unknown'))}"
            f" ({e(str(r.get('attribution') or 'stated'))}) · {e(str(r.get('event_type') or ''))}"
            + (f" · layer {e(str(r['layer']))}" if r.get("layer") else "")
            + "</p><ul>"
        )
        for s in _sources(r):
            start, end = s.get("start"), s.get("end")
            offsets = (
                f"characters {start}–{end}"
                if start is not None and end is not None
                else "no offsets (dataset row)"
            )
            href = _safe_href(s.get("url"))
            link_html = f' · <a href="{e(href, quote=True)}">{e(href)}</a>' if href else ""
            out.append(
                f"<li><b>{e(str(s.get('article') or 'unknown article'))}</b>"
                f' <span class="m">{e(offsets)}{link_html}</span>'
                f"<blockquote>{e(str(s.get('excerpt') or ''))}</blockquote></li>"
            )
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def map_html(data: Any) -> str:
    """A standalone offline HTML map of the incidents (layers in their colours)."""
    recs = records_of(data)
    try:
        from render.mapview import build_map, map_html_standalone
    except ImportError:  # the map module is not there: a minimal Leaflet page
        return _minimal_map_html(recs)
    from geo.layers import split_layers
    from render.layermarkers import add_layer_markers

    base, layered = split_layers(recs)
    fmap = build_map(base, tiles="none")
    add_layer_markers(fmap, layered)
    return map_html_standalone(fmap)


VENDOR = Path(__file__).resolve().parent.parent / "static" / "vendor" / "leaflet-1.9.4"


def _minimal_map_html(recs: list[dict[str, Any]]) -> str:
    js = (VENDOR / "leaflet.js").read_text(encoding="utf-8").replace("</script", "<\\/script")
    css = (VENDOR / "leaflet.css").read_text(encoding="utf-8").replace("</style", "<\\/style")
    pts = [
        {"lat": r["lat"], "lon": r["lon"], "label": f"{r.get('place')} · {r.get('date_start')}"}
        for r in recs
        if isinstance(r.get("lat"), int | float) and isinstance(r.get("lon"), int | float)
    ]
    data = json.dumps(pts).replace("<", "\\u003c")
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Incident map</title>'
        f"<style>{css}</style><style>html,body,#m{{height:100%;margin:0}}</style>"
        f'</head><body><div id="m"></div><script>{js}</script><script>'
        f"var pts={data};var m=L.map('m').setView([48.5,31.5],5);"
        "pts.forEach(function(p){L.circleMarker([p.lat,p.lon],{radius:5}).bindTooltip("
        "document.createTextNode(p.label).textContent).addTo(m);});"
        "</script></body></html>"
    )


def brief_pack(data: Any, view: ViewState, base_url: str | None = None) -> bytes:
    """The brief pack zip (see the module doc) as bytes."""
    from render.briefdoc import filters_caption

    recs = records_of(data)
    link = permalink(view, base_url)
    made = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("map.html", map_html(recs))
        z.writestr("incidents.csv", to_acled_csv(recs))
        z.writestr("sources.html", sources_html(recs, view, link))
        z.writestr("permalink.txt", link + "\n")
        z.writestr(
            "README.txt",
            "Incident Atlas brief pack\n\n"
            "map.html       the map; opens in a browser with no internet\n"
            "incidents.csv  the incidents (ACLED-like columns)\n"
            "sources.html   every source excerpt with its article and offsets\n"
            f"permalink.txt  the app view this pack was made from\n\n{len(recs)} incident(s): "
            f"{filters_caption(view)}\nGenerated {made}\n{link}\n",
        )
    return buf.getvalue()


def export(
    data: Any,
    fmt: str,
    view: ViewState,
    base_url: str | None = None,
    *,
    detail_limit: int | None = None,
    log: Sequence[Correction] | None = None,
) -> bytes:
    """The incidents of a view as one file's bytes.

    Parameters
    ----------
    data : DataFrame or iterable of dict
        The incidents shown (already filtered by ``view``).
    fmt : str
        One of :data:`FORMATS`.
    view : ViewState
        The filters, for the permalink and the captions.
    base_url : str, optional
        The Map page's address for links; default :func:`map_url`.
    detail_limit : int, optional
        ``pptx``/``pdf``: incidents with a slide or page of their own (default 20).
    log : sequence of Correction, optional
        The corrections log: ``brief`` then carries the audit log of its incidents and
        ``pptx``/``pdf`` close with their changes (:mod:`render.auditexport`); None: neither.

    Returns
    -------
    bytes
        The file.
    """
    if fmt == "csv":
        return to_acled_csv(data).encode("utf-8")
    if fmt == "geojson":
        return to_geojson_text(data).encode("utf-8")
    if log is not None and fmt in ("brief", "pptx", "pdf"):
        data = records_of(data)  # once: the brief and its audit log both read it
    if fmt == "brief":
        pack = brief_pack(data, view, base_url)
        if log is None:
            return pack
        from geo.auditlog import concerning
        from render.auditexport import pack_with_audit

        return pack_with_audit(pack, concerning(log, [str(r.get("id")) for r in data]), len(data))
    if fmt == "kml":
        from render.kml import to_kml

        return to_kml(data, view, permalink(view, base_url)).encode("utf-8")
    if fmt in ("pptx", "pdf"):
        from render.briefdoc import DETAIL_LIMIT, build_brief

        limit = DETAIL_LIMIT if detail_limit is None else detail_limit
        brief = build_brief(data, view, permalink(view, base_url), detail_limit=limit)
        closing = None
        if log is not None:
            from geo.auditlog import concerning
            from render.auditexport import closing_table

            closing = closing_table(concerning(log, [str(r.get("id")) for r in data]))
        if fmt == "pptx":
            from render.deck import to_pptx

            return to_pptx(brief, changes=closing)
        from render.pdfbrief import to_pdf

        return to_pdf(brief, changes=closing)
    raise ValueError(f"unknown export format {fmt!r}: use {', '.join(FORMATS)}")
