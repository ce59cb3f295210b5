"""Helpers of the grammar tests: one text in, its incidents out, and the pieces compared."""

from __future__ import annotations

from datetime import date

from geo.articles import make_article
from geo.pipeline import extract_incidents
from geo.places import default_resolver


def incidents(text: str) -> list:
    """The incidents the whole pipeline finds in one text (first line " date YYYY-MM-DD …")."""
    return extract_incidents([make_article("t.txt", text)], default_resolver())


def at(found: list, town: str) -> list:
    """The incidents placed at a town whose name starts so."""
    return [i for i in found if i.place is not None and i.place.name.startswith(town)]


def days(found: list) -> list[tuple[date, date]]:
    """Each incident's first and last day."""
    return [(i.date.start, i.date.end) for i in found]


def towns(text: str) -> list[str]:
    """The places of the incidents found in one text, sorted."""
    return sorted(i.place.name for i in incidents(text) if i.place is not None)


def sides(text: str) -> list[tuple[str | None, str]]:
    """Each incident's actor and how the text attributes it."""
    return [(i.actor, i.attribution) for i in incidents(text)]
