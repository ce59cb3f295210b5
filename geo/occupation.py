"""Which side held a Ukrainian place on a day, from a table of occupied raions.

Without words naming the attacker, a strike on a town Russia holds is guessed to be
Ukraine's (and one on a town Ukraine holds, Russia's). Whole raions held for a stretch of
time are listed in ``geo/reference/occupied_raions.csv``: only those held whole, far from
the front. A raion the front line ran through (Vasylivka, Svatove, Kupiansk in 2022) is left
out: its villages held by Ukraine were struck by Russia, and a raion-wide guess was wrong
on them more often than right.
"""

from __future__ import annotations

import csv
from datetime import date
from functools import cache

from geo import REFERENCE_DIR
from geo.model import DateWindow, Place

OCCUPIED_FILE = REFERENCE_DIR / "occupied_raions.csv"


@cache
def _occupied() -> dict[str, tuple[date, date | None]]:
    """Raion code → (held since, held until or None while still held)."""
    with OCCUPIED_FILE.open(encoding="utf-8") as f:
        return {
            row["admin2"]: (
                date.fromisoformat(row["since"]),
                date.fromisoformat(row["until"]) if row["until"] else None,
            )
            for row in csv.DictReader(f)
        }


def held_by_russia(place: Place | None, when: DateWindow | None) -> bool:
    """Did Russia hold the raion of this Ukrainian place on the day told?

    Parameters
    ----------
    place
        The place struck (None: no).
    when
        The event's day or window; an unknown day counts as the raion's latest state.

    Returns
    -------
    bool
        True when the place lies in a listed raion held over the whole window.
    """
    if place is None or place.country != "UA" or not place.admin2:
        return False
    span = _occupied().get(place.admin2)
    if span is None:
        return False
    since, until = span
    if when is None or when.start is None or when.end is None:
        return until is None
    return since <= when.start and (until is None or when.end <= until)


def in_crimea(place: Place | None) -> bool:
    """Is the place in Crimea or Sevastopol (held by Russia since 2014, listed apart from the
    raions: GeoNames files them under their own first-level units)?"""
    admin1 = (place.admin1 or "").lower() if place is not None else ""
    return admin1.startswith(("crimea", "autonomous republic", "sevastopol"))


def russian_held(place: Place | None, when: DateWindow | None = None) -> bool:
    """Is the place Russia's own or held by it on the day told (Crimea, a listed raion)?"""
    return place is not None and (
        place.country == "RU" or in_crimea(place) or held_by_russia(place, when)
    )
