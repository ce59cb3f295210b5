"""Since the last brief: what a saved view showed, and what is new, changed and retracted.

An analyst saves a *brief* (:meth:`store.base.AtlasStore.save_brief`): a named view, the
data version, and a :class:`BriefSnapshot` of the incidents it showed — for each, the
facts that matter (place, date window, actor, attribution, figures, the articles) and a
content digest of them. Later, :func:`diff` compares the snapshot with the incidents now:

- **new** — shown by the brief's view now, and matched by nothing the brief saw (a split
  that made it is named);
- **changed** — field by field (old → new), each with the correction that explains it
  (its reason and author) when one in the log since the brief does;
- **retracted** — what the brief saw and is gone: *dismissed* (not an incident), *merged*
  into another incident, or *no longer found* in the articles.

The pieces: :mod:`geo.briefsnapshot` (what a brief remembers, and its JSON),
:mod:`geo.briefdiff` (matching the brief's incidents to today's, and the diff) and this
module (telling the diff: plain lines, map records, the pack's page). The names of all
three are importable from here.

Pure: no Streamlit, no store. The app reads the store and passes tables and the log in.
"""

from __future__ import annotations

import html
import io
import zipfile
from typing import Any

from geo.briefdiff import (
    BriefDiff,
    ChangedIncident,
    FieldChange,
    NewIncident,
    RetractedIncident,
    Status,
    Why,
    diff,
    match,
    view_ids,
)
from geo.briefsnapshot import (
    _FACT_FIELDS,
    COMPARED,
    SNAPSHOT_FORMAT,
    BriefSnapshot,
    IncidentFacts,
    _clean,
    _records,
    all_facts,
    facts_of,
    snapshot,
)
from geo.corrections import Correction

__all__ = [
    "COMPARED", "PACK_ENTRY", "SNAPSHOT_FORMAT", "BriefDiff", "BriefSnapshot",
    "ChangedIncident", "FieldChange", "IncidentFacts", "NewIncident", "RetractedIncident",
    "Status", "Why", "all_facts", "change_line", "diff", "diff_html", "facts_of", "lines",
    "map_records", "match", "pack_with_diff", "retracted_line", "snapshot", "view_ids",
]  # fmt: skip

PACK_ENTRY = "00_since_last_brief.html"
"""The diff's file in a brief pack: first in the zip."""


# ---- telling it -----------------------------------------------------------------------


def _because(c: Correction | None) -> str:
    return f" — {c.reason} ({c.who}, {c.when})" if c is not None else ""


def change_line(change: FieldChange) -> str:
    """``"killed: 2 → 5 — a later report (ana, 2024-05-01T10:00:00Z)"`` (plain text)."""
    label = change.field.replace("_", " ")
    why = _because(change.correction)
    if not why and change.field == "sources":
        why = " — a source joined or left it"
    elif not why and change.field != "id":
        why = " — read again from the articles"
    return f"{label}: {change.old} → {change.new}{why}"


def retracted_line(item: RetractedIncident) -> str:
    """Why the brief's incident is gone (plain text)."""
    if item.why == "merged":
        return f"merged into {item.into}{_because(item.correction)}"
    if item.why == "dismissed":
        return f"dismissed: not an incident{_because(item.correction)}"
    return "no longer found in the articles"


def lines(diff_: BriefDiff) -> dict[Status, list[tuple[str, list[str]]]]:
    """Each status's items as ``(heading, detail lines)``, plain text (escape to show).

    Returns
    -------
    dict
        ``new``, ``changed`` and ``retracted``, each a list of ``(heading, details)``.
    """
    new = [
        (n.facts.where_when, [f"{n.facts.actor or 'Unknown actor'} · {n.facts.shown('sources')}"]
         + ([f"split off{_because(n.correction)}"] if n.correction else []))
        for n in diff_.new
    ]  # fmt: skip
    changed = [
        (c.before.where_when, [change_line(x) for x in c.changes]
         + (["now outside the brief's view"] if c.outside_view else []))
        for c in diff_.changed
    ]  # fmt: skip
    retracted = [(r.facts.where_when, [retracted_line(r)]) for r in diff_.retracted]
    return {"new": new, "changed": changed, "retracted": retracted}


def map_records(diff_: BriefDiff, incidents_now: Any) -> list[dict[str, Any]]:
    """The diff's incidents as map records with ``diff_status`` (and ``diff_note``):
    new and changed as they are now (full records: the popup shows their sources),
    retracted as the brief saw them."""
    status = diff_.status_by_id()
    out = []
    if hasattr(incidents_now, "columns") and "id" in incidents_now.columns:
        incidents_now = incidents_now[incidents_now["id"].astype(str).isin(list(status))]
    for r in _records(incidents_now, None):
        iid = str(r.get("id"))
        if status.get(iid) in ("new", "changed"):
            out.append({**{k: _clean(v) for k, v in dict(r).items()}, "diff_status": status[iid]})
    for item in diff_.retracted:
        f = item.facts
        rec = {name: getattr(f, name) for name in _FACT_FIELDS}
        rec.update(diff_status="retracted", diff_note=retracted_line(item),
                   articles=list(f.articles))  # fmt: skip
        out.append(rec)
    return out


def diff_html(diff_: BriefDiff, title: str, subtitle: str = "") -> str:
    """A standalone page of the diff (every value escaped): the brief pack's first page."""
    e = html.escape
    counts = diff_.counts()
    parts = [
        '<!DOCTYPE html><html><head><meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font:15px/1.45 system-ui,sans-serif;max-width:860px;margin:2em auto;"
        "padding:0 1em}h2{margin-top:1.4em}li{margin-bottom:.5em}.d{color:#444}</style>",
        f"</head><body><h1>{e(title)}</h1>",
    ]
    if subtitle:
        parts.append(f"<p>{e(subtitle)}</p>")
    parts.append(
        f"<p><b>{counts['new']}</b> new · <b>{counts['changed']}</b> changed · "
        f"<b>{counts['retracted']}</b> retracted · {diff_.unchanged} unchanged</p>"
    )
    for status, items in lines(diff_).items():
        parts.append(f"<h2>{e(status.capitalize())} ({len(items)})</h2>")
        if not items:
            parts.append("<p class='d'>None.</p>")
            continue
        parts.append("<ul>")
        for heading, details in items:
            sub = "".join(f"<div class='d'>{e(d)}</div>" for d in details)
            parts.append(f"<li><b>{e(heading)}</b>{sub}</li>")
        parts.append("</ul>")
    parts.append("</body></html>")
    return "".join(parts)


def pack_with_diff(pack: bytes, page: str) -> bytes:
    """The brief pack zip ``pack`` (:func:`render.exporters.brief_pack`) with ``page`` (the
    diff's HTML) as its first entry, :data:`PACK_ENTRY`, and a line for it in README.txt."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(pack)) as src,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst,
    ):
        dst.writestr(PACK_ENTRY, page)
        for info in src.infolist():
            if info.filename == PACK_ENTRY:
                continue
            data = src.read(info.filename)
            if info.filename == "README.txt":
                text = data.decode("utf-8")
                head, sep, rest = text.partition("\n\n")
                line = f"{PACK_ENTRY}  what is new, changed and retracted since the last brief\n"
                data = (head + sep + line + rest).encode("utf-8")
            dst.writestr(info.filename, data)
    return out.getvalue()
