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

Incidents are matched by id first: ids are made from the place, the date window and the
event type (:func:`geo.merge.incident_id`), so a rebuild keeps them — except the rare
``-2`` suffixes of :func:`geo.merge.unique_ids`, which follow the build's order, and an id
whose window the extractor now reads differently. The rest are matched by place and date:
the same place and window, then the same place and an overlapping window when only one
incident on each side fits, so a rebuild that renumbers does not show everything as new
(the list says the id changed).

Pure: no Streamlit, no store. The app reads the store and passes tables and the log in.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import math
import zipfile
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any, Literal

from geo.corrections import Correction, describe

SNAPSHOT_FORMAT = 1
"""The snapshot's JSON layout (``v``); another number is refused by :meth:`from_json`."""

COMPARED: tuple[str, ...] = (
    "place", "date", "actor", "attribution", "alleged_by", "event_type", "killed",
    "injured", "sources",
)  # fmt: skip
"""The fields a change is reported on (the correction log's names, plus ``sources``)."""

Why = Literal["dismissed", "merged", "gone"]
Status = Literal["new", "changed", "retracted"]
PACK_ENTRY = "00_since_last_brief.html"
"""The diff's file in a brief pack: first in the zip."""


@dataclass(frozen=True)
class IncidentFacts:
    """What a brief remembers of one incident (and what is compared later).

    Parameters
    ----------
    id
        The incident's id.
    place, place_key, lat, lon
        The place's name, gazetteer key and point (None when unknown).
    date_start, date_end, date_precision
        The date window (ISO days) and how precise it is.
    actor, attribution, alleged_by, event_type
        Who, how it is attributed, by whom, what.
    killed, injured
        The highest reported figures (None = not reported).
    articles
        The articles that report it, sorted.
    """

    id: str
    place: str | None = None
    place_key: str | None = None
    lat: float | None = None
    lon: float | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    actor: str | None = None
    attribution: str | None = None
    alleged_by: str | None = None
    event_type: str | None = None
    killed: int | None = None
    injured: int | None = None
    articles: tuple[str, ...] = ()

    def shown(self, name: str) -> str:
        """The field ``name`` (one of :data:`COMPARED`) as an analyst reads it."""
        if name == "place":
            where = self.place or "unknown place"
            if self.lat is None or self.lon is None:
                return where
            return f"{where} ({self.lat:.4f}, {self.lon:.4f})"
        if name == "date":
            start, end = self.date_start, self.date_end or self.date_start
            if not start:
                return "unknown"
            return start if start == end else f"{start} – {end}"
        if name in ("killed", "injured"):
            value = getattr(self, name)
            return "not reported" if value is None else str(value)
        if name == "sources":
            return ", ".join(self.articles) or "none"
        return describe(name, getattr(self, name) or "")

    @cached_property
    def digest(self) -> str:
        """A hash of the compared fields: equal digests, nothing to report."""
        values = [self.shown(name) for name in COMPARED]
        return hashlib.sha256(json.dumps(values).encode("utf-8")).hexdigest()[:16]

    @property
    def where_when(self) -> str:
        """``"Kyiv · 2024-01-02"``: how a list names the incident."""
        return f"{self.place or 'Unknown place'} · {self.shown('date')}"


_FACT_FIELDS = tuple(f.name for f in fields(IncidentFacts))


@dataclass(frozen=True)
class BriefSnapshot:
    """The incidents a brief's view showed, and how long the corrections log was then
    (the entries after ``log_length`` are the ones made since the brief)."""

    incidents: tuple[IncidentFacts, ...] = ()
    log_length: int = 0

    def to_json(self) -> dict[str, Any]:
        """A JSON object for the store: one row per incident, a digest beside each."""
        rows = [
            [*(list(v) if isinstance(v, tuple) else v for v in _values(f)), f.digest]
            for f in self.incidents
        ]
        return {
            "v": SNAPSHOT_FORMAT,
            "log_length": self.log_length,
            "fields": [*_FACT_FIELDS, "digest"],
            "rows": rows,
        }

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> BriefSnapshot:
        """The snapshot of :meth:`to_json`; ``ValueError`` for another format.

        Fields unknown to this code are ignored and missing ones are None, so a
        snapshot outlives a change of :class:`IncidentFacts`.
        """
        if not isinstance(doc, Mapping) or doc.get("v") != SNAPSHOT_FORMAT:
            raise ValueError("This brief was saved in a format this version cannot read.")
        names = list(doc.get("fields") or [])
        facts = []
        for row in doc.get("rows") or []:
            record = dict(zip(names, row, strict=False))
            facts.append(facts_of(record))
        return cls(tuple(facts), int(doc.get("log_length") or 0))


def _values(f: IncidentFacts) -> list[Any]:
    return [getattr(f, name) for name in _FACT_FIELDS]


@dataclass(frozen=True)
class FieldChange:
    """One field of one incident, before and after; ``correction`` is the log entry since
    the brief that explains it (None: the articles were read again, or a source joined)."""

    field: str
    old: str
    new: str
    correction: Correction | None = None

    @property
    def reason(self) -> str | None:
        return self.correction.reason if self.correction else None

    @property
    def author(self) -> str | None:
        return self.correction.who if self.correction else None


@dataclass(frozen=True)
class NewIncident:
    """Shown now, unknown to the brief; ``correction`` is the split that made it, if any."""

    facts: IncidentFacts
    correction: Correction | None = None


@dataclass(frozen=True)
class ChangedIncident:
    """The brief's incident (``before``) as it is now (``facts``), with its changes.
    ``outside_view``: the change moved it out of the brief's view."""

    facts: IncidentFacts
    before: IncidentFacts
    changes: tuple[FieldChange, ...]
    outside_view: bool = False


@dataclass(frozen=True)
class RetractedIncident:
    """The brief's incident, gone: ``why`` is ``dismissed`` (not an incident), ``merged``
    (into ``into``) or ``gone`` (no longer found in the articles)."""

    facts: IncidentFacts
    why: Why
    into: str | None = None
    correction: Correction | None = None


@dataclass(frozen=True)
class BriefDiff:
    """What changed since a brief (see the module doc); ``unchanged`` counts the rest."""

    new: tuple[NewIncident, ...] = ()
    changed: tuple[ChangedIncident, ...] = ()
    retracted: tuple[RetractedIncident, ...] = ()
    unchanged: int = 0

    def counts(self) -> dict[Status, int]:
        return {"new": len(self.new), "changed": len(self.changed),
                "retracted": len(self.retracted)}  # fmt: skip

    def status_by_id(self) -> dict[str, Status]:
        """Each listed incident's id (the current one; the brief's for retracted) → status."""
        out: dict[str, Status] = {r.facts.id: "retracted" for r in self.retracted}
        out.update({c.facts.id: "changed" for c in self.changed})
        out.update({n.facts.id: "new" for n in self.new})
        return out


# ---- snapshot -------------------------------------------------------------------------


def _clean(value: Any) -> Any:
    """pandas NA / NaT / NaN → None (cheap: called for every field of every incident)."""
    if value is None or isinstance(value, str | list | tuple | dict | int):
        return value
    if isinstance(value, float):
        return None if value != value else value
    try:
        import pandas as pd

        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _text(value: Any) -> str | None:
    value = _clean(value)
    return None if value is None or str(value) == "" else str(value)


def _number(value: Any, kind: type) -> Any:
    value = _clean(value)
    if value is None:
        return None
    try:
        out = kind(value)
    except (TypeError, ValueError):
        return None
    return None if isinstance(out, float) and math.isnan(out) else out


def facts_of(row: Mapping[str, Any]) -> IncidentFacts:
    """The facts of one incident record (a row of :mod:`geo.table`, or a snapshot row).

    Parameters
    ----------
    row
        A mapping with at least ``id``; missing or null values are None.
    """
    articles = _clean(row.get("articles"))
    if not isinstance(articles, list | tuple):
        articles = [s.get("article") for s in row.get("sources") or [] if isinstance(s, Mapping)]
    return IncidentFacts(
        id=str(row.get("id")),
        place=_text(row.get("place")), place_key=_text(row.get("place_key")),
        lat=_number(row.get("lat"), float), lon=_number(row.get("lon"), float),
        date_start=_text(row.get("date_start")), date_end=_text(row.get("date_end")),
        date_precision=_text(row.get("date_precision")),
        actor=_text(row.get("actor")), attribution=_text(row.get("attribution")),
        alleged_by=_text(row.get("alleged_by")), event_type=_text(row.get("event_type")),
        killed=_number(row.get("killed"), int), injured=_number(row.get("injured"), int),
        articles=tuple(sorted({str(a) for a in articles if a})),
    )  # fmt: skip


_READ = (*_FACT_FIELDS, "sources")


def _records(incidents: Any, columns: Sequence[str] | None = _READ) -> list[Mapping[str, Any]]:
    """Records of a table (only ``columns``, when given: 100k rows' sources are costly to
    copy) or of an iterable of mappings."""
    if hasattr(incidents, "to_dict") and hasattr(incidents, "columns"):
        if columns is not None:
            keep = [c for c in columns if c in incidents.columns]
            if "articles" in keep and "sources" in keep:
                keep.remove("sources")
            incidents = incidents[keep]
        return list(incidents.to_dict("records"))
    return list(incidents or [])


_TEXT = ("place", "place_key", "date_start", "date_end", "date_precision", "actor",
         "attribution", "alleged_by", "event_type")  # fmt: skip


def _column(df: Any, name: str) -> list[Any]:
    """A column as Python values, missing ones None (the whole column at once: ~10x
    faster than row by row at 100,000 incidents)."""
    if name not in df.columns:
        return [None] * len(df)
    col = df[name]
    return list(col.astype(object).where(col.notna(), None).tolist())


def all_facts(incidents: Any) -> list[IncidentFacts]:
    """The facts of every incident of a table (column-wise) or of records."""
    if not (hasattr(incidents, "columns") and "articles" in incidents.columns):
        return [facts_of(r) for r in _records(incidents)]
    cols = {name: _column(incidents, name) for name in _FACT_FIELDS}
    out = []
    for i in range(len(incidents)):
        v = {name: cols[name][i] for name in _FACT_FIELDS}
        arts = v["articles"]
        out.append(
            IncidentFacts(
                id=str(v["id"]),
                lat=None if v["lat"] is None else float(v["lat"]),
                lon=None if v["lon"] is None else float(v["lon"]),
                killed=None if v["killed"] is None else int(v["killed"]),
                injured=None if v["injured"] is None else int(v["injured"]),
                articles=tuple(sorted({str(a) for a in arts if a}))
                if arts is not None and not isinstance(arts, str) else (),
                **{name: None if v[name] in (None, "") else str(v[name]) for name in _TEXT},
            )
        )  # fmt: skip
    return out


def snapshot(incidents: Any, *, log_length: int = 0) -> BriefSnapshot:
    """What a brief remembers of the incidents its view shows.

    Parameters
    ----------
    incidents
        The incidents shown (the filtered table, or records).
    log_length
        How many corrections-log entries the table applies (``CorrectionReport.seen``):
        the entries after these are the ones made since the brief.

    Returns
    -------
    BriefSnapshot
    """
    return BriefSnapshot(tuple(all_facts(incidents)), int(log_length))


# ---- diff -----------------------------------------------------------------------------


@dataclass
class _Fates:
    """What the whole log did to ids: merged into another, or dismissed (final state)."""

    alias: dict[str, str] = field(default_factory=dict)
    merged_by: dict[str, Correction] = field(default_factory=dict)
    dismissed: dict[str, Correction] = field(default_factory=dict)
    split_by: dict[str, Correction] = field(default_factory=dict)

    def target(self, incident_id: str) -> str:
        seen: set[str] = set()
        while incident_id in self.alias and incident_id not in seen:
            seen.add(incident_id)
            incident_id = self.alias[incident_id]
        return incident_id


def _fates(log: Sequence[Correction]) -> _Fates:
    """As :func:`geo.corrections.apply_corrections` follows merges and dismissals."""
    out = _Fates()
    for c in log:
        tid = out.target(c.incident_id.strip())
        if c.action == "not_incident":
            out.dismissed[tid] = c
        elif c.action == "restore":
            out.dismissed.pop(tid, None)
        elif c.action == "merge":
            oid = out.target(c.new_value.strip())
            if oid and oid != tid:
                out.alias[oid], out.merged_by[oid] = tid, c
                out.dismissed.pop(oid, None)
        elif c.action == "split" and c.new_value.strip():
            out.split_by[c.new_value.strip()] = c
    return out


def _place(f: IncidentFacts) -> str:
    return (f.place_key or f.place or "").casefold()


def _overlap(a: IncidentFacts, b: IncidentFacts) -> bool:
    if not (a.date_start and b.date_start):
        return False
    a_end, b_end = a.date_end or a.date_start, b.date_end or b.date_start
    return max(a.date_start, b.date_start) <= min(a_end, b_end)


def match(
    before: Sequence[IncidentFacts], now: Sequence[IncidentFacts], skip: Collection[str] = ()
) -> dict[str, str]:
    """Which incident now is which incident the brief saw: ``{old id: new id}``.

    By id; then, among the rest, the same place and date window (in id order when several
    share them); then the same place and an overlapping window when exactly one incident on
    each side fits. ``skip``: old ids the log explains (dismissed, merged) are never matched
    to another incident.
    """
    ids_now = {f.id for f in now}
    pairs = {f.id: f.id for f in before if f.id in ids_now}
    taken = set(pairs.values()) | {f.id for f in before}
    left_old = sorted((f for f in before if f.id not in pairs and f.id not in skip),
                      key=lambda f: f.id)  # fmt: skip
    left_new = sorted((f for f in now if f.id not in taken), key=lambda f: f.id)

    def exact(f: IncidentFacts) -> tuple[str, str | None, str | None]:
        return _place(f), f.date_start, f.date_end

    waiting: dict[tuple[str, str | None, str | None], list[IncidentFacts]] = defaultdict(list)
    for f in left_new:
        if _place(f):
            waiting[exact(f)].append(f)
    for f in left_old:
        if _place(f) and waiting.get(exact(f)):
            pairs[f.id] = waiting[exact(f)].pop(0).id
    used = set(pairs.values())
    # Overlapping windows, compared only within a place (a rebuild may rename thousands).
    old_at: dict[str, list[IncidentFacts]] = defaultdict(list)
    new_at: dict[str, list[IncidentFacts]] = defaultdict(list)
    for f in left_old:
        if f.id not in pairs and _place(f):
            old_at[_place(f)].append(f)
    for f in left_new:
        if f.id not in used and _place(f):
            new_at[_place(f)].append(f)
    for place, olds in old_at.items():
        for f in olds:
            fits = [g for g in new_at.get(place, []) if _overlap(f, g)]
            if len(fits) == 1 and [o for o in olds if _overlap(o, fits[0])] == [f]:
                pairs[f.id] = fits[0].id
                new_at[place].remove(fits[0])
    return pairs


def _explain(
    field_name: str, ids: set[str], since: Sequence[Correction], fates: _Fates
) -> Correction | None:
    """The latest entry since the brief that set ``field_name`` on the incident (any of
    ``ids``, merged ids followed); else the latest merge or split of it (they move sources,
    figures and dates)."""
    mine = [c for c in since if fates.target(c.incident_id.strip()) in ids or c.incident_id in ids]
    for c in reversed(mine):
        if c.action == "set" and c.field == field_name:
            return c
    for c in reversed(mine):
        if c.action in ("merge", "split"):
            return c
    return None


def _changes(
    old: IncidentFacts, new: IncidentFacts, since: Sequence[Correction], fates: _Fates
) -> tuple[FieldChange, ...]:
    ids = {old.id, new.id, fates.target(old.id)}
    out = []
    if old.id != new.id:
        out.append(FieldChange("id", old.id, new.id))
    for name in COMPARED:
        before, after = old.shown(name), new.shown(name)
        if before != after:
            out.append(FieldChange(name, before, after, _explain(name, ids, since, fates)))
    return tuple(out)


def diff(
    snapshot: BriefSnapshot,
    incidents_now: Any,
    corrections_log: Sequence[Correction],
    *,
    in_view: Collection[str] | None = None,
) -> BriefDiff:
    """What is new, changed and retracted since the brief of ``snapshot``.

    Parameters
    ----------
    snapshot
        The brief's snapshot (:func:`snapshot`).
    incidents_now
        Every incident now, corrections applied (the catalog's table, or records): an
        incident the brief saw that is no longer in its view is changed, not retracted.
    corrections_log
        The whole log, oldest first (entries after ``snapshot.log_length`` explain).
    in_view
        The ids the brief's view shows now; None: all of ``incidents_now``. Only these
        can be new.

    Returns
    -------
    BriefDiff
    """
    now = all_facts(incidents_now)
    by_id = {f.id: f for f in now}
    view = set(by_id) if in_view is None else {str(i) for i in in_view}
    fates = _fates(corrections_log)
    since = list(corrections_log[snapshot.log_length :])
    explained = {i for i in fates.dismissed} | set(fates.merged_by)
    pairs = match(snapshot.incidents, now, skip=explained)

    changed, retracted, unchanged = [], [], 0
    for old in snapshot.incidents:
        if old.id in pairs:
            new = by_id[pairs[old.id]]
            if new.digest == old.digest and new.id == old.id:
                unchanged += 1
                continue
            changes = _changes(old, new, since, fates)
            changed.append(ChangedIncident(new, old, changes, new.id not in view))
        elif old.id in fates.merged_by:
            into = fates.target(old.id)
            retracted.append(RetractedIncident(old, "merged", into, fates.merged_by[old.id]))
        elif old.id in fates.dismissed:
            retracted.append(RetractedIncident(old, "dismissed", None, fates.dismissed[old.id]))
        else:
            retracted.append(RetractedIncident(old, "gone"))
    known = set(pairs.values())
    new_ones = tuple(
        NewIncident(f, fates.split_by.get(f.id)) for f in now if f.id in view and f.id not in known
    )
    return BriefDiff(new_ones, tuple(changed), tuple(retracted), unchanged)


def view_ids(
    params: Mapping[str, Any], incidents: Any, layer_names: Sequence[str] = ()
) -> set[str]:
    """The ids a brief's view (its URL parameters) shows in ``incidents`` now: its filters
    read against today's data (:func:`geo.urlstate.parse_view`; what no longer fits is
    ignored), its hidden layers hidden."""
    from geo import filters
    from geo.urlstate import parse_view

    df = incidents
    ids = set(df["id"].dropna().astype(str))
    view, _ = parse_view(
        dict(params), filters.date_bounds(df), filters.actors_present(df),
        filters.types_present(df), ids, list(layer_names),
    )  # fmt: skip
    if view.hidden_layers and "layer" in df.columns:
        df = df[~df["layer"].isin(list(view.hidden_layers)).fillna(False).astype(bool)]
    return set(filters.filter_incidents(df, view)["id"].astype(str))


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
    """The brief pack zip ``pack`` (:func:`geo.exporters.brief_pack`) with ``page`` (the
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
