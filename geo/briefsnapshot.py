"""What a brief remembers: the facts of each incident its view showed, and their JSON.

A :class:`BriefSnapshot` holds one :class:`IncidentFacts` per incident (place, date
window, actor, attribution, figures, the articles) with a content digest of the compared
fields, and how long the corrections log was when the brief was saved. :func:`snapshot`
makes one from a table; :meth:`BriefSnapshot.to_json` / :meth:`BriefSnapshot.from_json`
are what the store keeps. The comparison is :mod:`geo.briefdiff`; the overview is
:mod:`geo.briefs`.

Pure: no Streamlit, no store.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property
from typing import Any

from geo.corrections import describe

SNAPSHOT_FORMAT = 1
"""The snapshot's JSON layout (``v``); another number is refused by :meth:`from_json`."""

COMPARED: tuple[str, ...] = (
    "place", "date", "actor", "attribution", "alleged_by", "event_type", "killed",
    "injured", "sources",
)  # fmt: skip
"""The fields a change is reported on (the correction log's names, plus ``sources``)."""


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
