"""Two periods side by side: what each held and what changed between them.

A :class:`Period` is a range of days (both ends inclusive). An incident belongs to a
period when its date window *overlaps* it (the rule of the sidebar's date filter,
:func:`geo.filters.filter_mask`), so an incident whose window spans both periods counts
in each. Unlike the sidebar, a period never holds an **undated** incident: it could be in
either, and counting it in both would hide a change; :class:`PeriodComparison` says how
many were left out. Periods may overlap (the comparison says so).

Pure pandas, no Streamlit: ``pages/compare.py`` reads widgets and renders.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from geo.filters import actor_labels, dated_mask, filter_mask, located_mask
from geo.urlstate import ViewState


@dataclass(frozen=True)
class Period:
    """Days ``start`` to ``end``, both inclusive; ``name`` is how messages call it.

    Raises
    ------
    ValueError
        When ``end`` precedes ``start`` (or either is not a date).
    """

    start: date
    end: date
    name: str = "The period"

    def __post_init__(self) -> None:
        if not isinstance(self.start, date) or not isinstance(self.end, date):
            raise ValueError(f"{self.name} needs a first and a last day.")
        if self.end < self.start:
            raise ValueError(
                f"{self.name} ends on {self.end.isoformat()}, before it starts on "
                f"{self.start.isoformat()}: pick a last day on or after the first."
            )

    @property
    def days(self) -> int:
        """How many days the period holds (1 for a single day)."""
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """``2024-01-02 – 2024-01-31``, or the one day."""
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"

    def overlap(self, other: Period) -> Period | None:
        """The days both periods hold, or None when they share none."""
        lo, hi = max(self.start, other.start), min(self.end, other.end)
        return Period(lo, hi, "The overlap") if lo <= hi else None


def split_range(start: date, end: date) -> tuple[Period, Period]:
    """The first and the second half of ``start``..``end`` as periods A and B.

    An odd number of days gives A the extra day; a single day is both periods (they
    overlap, which :class:`PeriodComparison` says).

    Raises
    ------
    ValueError
        When ``end`` precedes ``start``.
    """
    whole = Period(start, end, "The date range")
    if whole.days == 1:
        return Period(start, end, "Period A"), Period(start, end, "Period B")
    a_end = start + timedelta(days=(whole.days + 1) // 2 - 1)
    return Period(start, a_end, "Period A"), Period(a_end + timedelta(days=1), end, "Period B")


@dataclass(frozen=True)
class PeriodCounts:
    """What one period held: incidents, the highest figures summed, by actor, places.

    ``places`` maps a place's identity (its gazetteer key, else its name) to its name,
    for the incidents on the map (an unlocated "village near the front" is no place).
    """

    period: Period
    incidents: int
    killed: int
    injured: int
    by_actor: dict[str, int]
    places: dict[str, str]


@dataclass(frozen=True)
class PeriodComparison:
    """Periods A and B counted, and what changed between them."""

    a: PeriodCounts
    b: PeriodCounts
    undated: int

    @property
    def overlap(self) -> Period | None:
        """The days both periods hold (an incident then may count in both)."""
        return self.a.period.overlap(self.b.period)

    @property
    def new_places(self) -> list[str]:
        """Names of the places hit in B and not in A, sorted."""
        return _names(self.b.places, self.a.places)

    @property
    def gone_places(self) -> list[str]:
        """Names of the places hit in A and no longer in B, sorted."""
        return _names(self.a.places, self.b.places)

    def actor_rows(self) -> list[tuple[str, int, int, int]]:
        """(actor, A, B, B − A) for every actor in either period, busiest first."""
        actors = set(self.a.by_actor) | set(self.b.by_actor)
        rows = [(x, self.a.by_actor.get(x, 0), self.b.by_actor.get(x, 0)) for x in actors]
        rows.sort(key=lambda r: (-(r[1] + r[2]), r[0].casefold()))
        return [(x, a, b, b - a) for x, a, b in rows]

    def overlap_note(self) -> str | None:
        """A sentence saying the periods overlap, or None."""
        both = self.overlap
        if both is None:
            return None
        return (
            f"The periods overlap ({both.label}, {both.days} day(s)): an incident in "
            "those days counts in both."
        )


def _names(mine: dict[str, str], other: dict[str, str]) -> list[str]:
    return sorted((mine[k] for k in mine.keys() - other.keys()), key=str.casefold)


def period_mask(table: pd.DataFrame, period: Period) -> pd.Series:
    """True where a *dated* incident's window overlaps ``period``."""
    view = ViewState(date_from=period.start, date_to=period.end)
    return filter_mask(table, view) & dated_mask(table)


def _total(values: pd.Series) -> int:
    return int(pd.to_numeric(values, errors="coerce").fillna(0).clip(lower=0).sum())


def _places(rows: pd.DataFrame) -> dict[str, str]:
    rows = rows[located_mask(rows) & rows["place"].notna()]
    names = rows["place"].astype(str)
    by_name = names.str.casefold()  # an imported layer's row has no gazetteer key
    keys = rows["place_key"].astype("string") if "place_key" in rows.columns else by_name
    keys = keys.fillna(by_name)
    return dict(zip(keys.tolist(), names.tolist(), strict=True))


def count_period(table: pd.DataFrame, period: Period) -> PeriodCounts:
    """What ``period`` held of ``table`` (the incidents table, filters applied).

    Parameters
    ----------
    table : pandas.DataFrame
        Incidents with ``date_start``, ``date_end``, ``actor``, ``killed``,
        ``injured``, ``place``, ``lat``, ``lon`` (and ``place_key`` when known).
    period : Period
    """
    rows = table[period_mask(table, period)]
    by_actor = actor_labels(rows).value_counts()
    return PeriodCounts(
        period=period,
        incidents=len(rows),
        killed=_total(rows["killed"]),
        injured=_total(rows["injured"]),
        by_actor={str(k): int(v) for k, v in by_actor.items()},
        places=_places(rows),
    )


def compare_periods(table: pd.DataFrame, a: Period, b: Period) -> PeriodComparison:
    """Count periods ``a`` and ``b`` of ``table`` and what changed between them.

    Parameters
    ----------
    table : pandas.DataFrame
        The incidents the sidebar's actor, type and layer filters leave (its date
        range is not applied: the periods are the dates).
    a, b : Period
        Periods A and B; they may overlap, and B may come first.

    Returns
    -------
    PeriodComparison
        Counts of each, the places new in B and gone from A, per-actor rows, and how
        many undated incidents are in neither.
    """
    undated = int((~dated_mask(table)).sum()) if len(table) else 0
    return PeriodComparison(count_period(table, a), count_period(table, b), undated)
