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
module (telling the diff: plain lines and map records; the brief pack's page is
:mod:`render.diffpage`). The names of all three are importable from here.

Pure: no Streamlit, no store. The app reads the store and passes tables and the log in.
"""

from __future__ import annotations

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
    "COMPARED", "SNAPSHOT_FORMAT", "BriefDiff", "BriefSnapshot",
    "ChangedIncident", "FieldChange", "IncidentFacts", "NewIncident", "RetractedIncident",
    "Status", "Why", "all_facts", "change_line", "diff", "facts_of", "lines",
    "map_records", "match", "retracted_line", "snapshot", "view_ids",
]  # fmt: skip

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
