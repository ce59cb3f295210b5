"""What changed since a brief: matching the brief's incidents to today's, and the diff.

:func:`diff` compares a :class:`geo.briefsnapshot.BriefSnapshot` with the incidents now
and the corrections log, and returns a :class:`BriefDiff` of new, changed and retracted
incidents (see :mod:`geo.briefs` for what each means).

Incidents are matched by id first: ids are made from the place, the date window and the
event type (:func:`geo.incidentbuild.incident_id`), so a rebuild keeps them — except the rare
``-2`` suffixes of :func:`geo.incidentbuild.unique_ids`, which follow the build's order, and an id
whose window the extractor now reads differently. The rest are matched by place and date:
the same place and window, then the same place and an overlapping window when only one
incident on each side fits, so a rebuild that renumbers does not show everything as new
(the list says the id changed).

Pure: no Streamlit, no store.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from geo.briefsnapshot import COMPARED, BriefSnapshot, IncidentFacts, all_facts
from geo.corrections import Correction
from geo.review import effective

Why = Literal["dismissed", "merged", "gone"]
Status = Literal["new", "changed", "retracted"]


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
    """As :func:`geo.applycorrections.apply_corrections` follows merges and dismissals."""
    out = _Fates()
    for c in effective(log):  # accepted proposals count, undone merges do not
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
        The brief's snapshot (:func:`geo.briefsnapshot.snapshot`).
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
    read against today's data (:func:`geo.urlparsing.parse_view`; what no longer fits is
    ignored), its hidden layers hidden."""
    from geo import filters
    from geo.urlparsing import parse_view

    df = incidents
    ids = set(df["id"].dropna().astype(str))
    view, _ = parse_view(
        dict(params), filters.date_bounds(df), filters.actors_present(df),
        filters.types_present(df), ids, list(layer_names),
    )  # fmt: skip
    if view.hidden_layers and "layer" in df.columns:
        df = df[~df["layer"].isin(list(view.hidden_layers)).fillna(False).astype(bool)]
    return set(filters.filter_incidents(df, view)["id"].astype(str))
