"""Cities' districts by name: which cities have a "Kholodnohirskyi" or a "Shevchenkivskyi".

Read from ``geo/reference/city_districts.tsv`` (KATOTTG's 108 city districts, built by
``scripts/build_city_districts.py``). Names are compared by their consonants, so the official
spelling, a shortened one and the Russian one meet: "Kholodnohirskyi", "Kholodnohirsky" and
"Kholodnogorsky" are one district.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from geo import REFERENCE_DIR
from geo.model import Place
from geo.translit import skeleton

_ADJECTIVE_END = re.compile(r"(?:sk[iy]?[iyj]?|s'k[iy]i|ska|ske)$")
_VOWELS = re.compile(r"[aeiouy'’]")


def district_key(name: str) -> str:
    """A district's or a city's name reduced to its consonants ("Kievsky" → "kv")."""
    bare = skeleton(name.lower().split()[0] if name.strip() else "")
    return _VOWELS.sub("", _ADJECTIVE_END.sub("", bare))


@lru_cache(maxsize=1)
def _cities_by_district() -> dict[str, frozenset[str]]:
    with (REFERENCE_DIR / "city_districts.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    found: dict[str, set[str]] = {}
    for r in rows:
        found.setdefault(district_key(r["district"]), set()).add(r["city"])
    return {k: frozenset(v) for k, v in found.items()}


def cities_with_district(adjective: str) -> frozenset[str]:
    """The cities (official Latin names) that have a district so named; empty if none does.

    Parameters
    ----------
    adjective : str
        The district's name as written: "Kholodnohirskyi", "Kievsky district".

    Returns
    -------
    frozenset of str
        "Kharkiv", "Dnipro", …; empty for a name no city's district has (an old Soviet name).
    """
    return _cities_by_district().get(district_key(adjective), frozenset())


def has_district(town: Place, adjective: str) -> bool:
    """Whether the town is one of the cities with a district so named."""
    key = district_key(town.name)
    return any(district_key(c) == key for c in cities_with_district(adjective))
