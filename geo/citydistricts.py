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
from geo.placerank import haversine_km
from geo.placetypes import PlaceMention, PlaceResolver
from geo.translit import skeleton

# (and the "-nyi" of a name English translates: "Industrialnyi" is the "Industrial" district)
_ADJECTIVE_END = re.compile(
    r"(?:s['’]?k(?:yi|yy|iy|ij|ii|yj|y|i)?|ska|ske|(?<=l)n(?:yi|yy|iy|ii|yj|y|i))$"
)
_VOWELS = re.compile(r"[aeiouy'’]")


def district_key(name: str) -> str:
    """A district's or a city's name reduced to its consonants ("Kievsky" → "kv")."""
    bare = skeleton(name.lower().split()[0] if name.strip() else "")
    # (a Russian "Niki-" is a Ukrainian "Myky-": "Nikitovsky" is Horlivka's Mykytivskyi)
    bare = re.sub(r"^nik", "mik", bare)
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


def _has_districts(town: Place) -> bool:
    key = district_key(town.name)
    return any(district_key(c) == key for cs in _cities_by_district().values() for c in cs)


def has_district(town: Place, adjective: str) -> bool:
    """Whether the town is one of the cities with a district so named."""
    key = district_key(town.name)
    return any(district_key(c) == key for c in cities_with_district(adjective))


def the_districts_city(
    district: str, named: Place | None, home: Place | None, gaz: PlaceResolver, here: bool = False
) -> Place | None:
    """The city of a district named alone ("shelled Kholodnohirskyi district").

    Parameters
    ----------
    district : str
        The district's name as written.
    named : Place or None
        The town the text told of last.
    home : Place or None
        The log's own town (:func:`geo.notehome.home_town`).
    gaz : PlaceResolver
        The resolver, to find the one city that has such a district.
    here : bool
        ``named`` is named in the same sentence as the district.

    Returns
    -------
    Place or None
        ``named`` if it has a district so called (or no city has one); else ``home`` if it
        has; else the one city that has (Kharkiv); else ``named``.
    """
    cities = cities_with_district(district)
    if not cities or (named is not None and has_district(named, district)):
        return named
    if home is not None and has_district(home, district):
        return home
    # (a city with districts of its own, named with it, keeps a name it had: "Donetsk: the
    # Leninsky district shelled", renamed since, is Donetsk's, not Sevastopol's, which kept it)
    if len(cities) != 1 or (here and named is not None and _has_districts(named)):
        return named
    (city,) = cities
    return city_place(city, gaz) or named


# "Shevchenkivskyi distr.", "Oleksandrivskyi r-n": a city district named by its adjective
DISTRICT_NAMED = re.compile(
    # (or "-nyi", "-vyi": Mykolaiv's "Korabelnyi district", Dnipro's "Tsentralnyi")
    r"\b([A-Z][\w'’-]+(?:s['’]?k|n|v)(?:yi|yy|iy|ij|y|i))\s+(?:distr(?:ict)?\b\.?|r-n\b|raion\b|rayon\b)"
)


def city_of_districts(text: str, gaz: PlaceResolver) -> Place | None:
    """The one city that has every district a text names ("Shevchenkivskyi distr." and
    "Oleksandrivskyi distr.": Zaporizhzhia), or None when no district is named, or several
    cities (or none) have them all.

    Parameters
    ----------
    text : str
        The text (a log's header and lines).
    gaz : PlaceResolver
        The resolver, for the city's place.
    """
    cities: frozenset[str] | None = None
    for m in DISTRICT_NAMED.finditer(text):
        found = cities_with_district(m.group(1))
        if found:
            cities = found if cities is None else cities & found
    if not cities or len(cities) != 1:
        return None
    (city,) = cities
    return city_place(city, gaz)


def city_of_listed_districts(line: str, gaz: PlaceResolver) -> Place | None:
    """The one city whose districts a line lists by name alone ("Districts: Tsentralnyi ·
    Zavodskyi · Inhulskyi · Korabelnyi": Mykolaiv), or None (fewer than two names, a name no
    city's district has, or several cities with them all)."""
    names = _DISTRICT_ADJECTIVE.findall(line)
    if len(names) < 2:
        return None
    cities: frozenset[str] | None = None
    for name in names:
        found = cities_with_district(name)
        cities = found if cities is None else cities & found
        if not cities:
            return None
    if cities is None or len(cities) != 1:
        return None
    (city,) = cities
    return city_place(city, gaz)


_DISTRICT_ADJECTIVE = re.compile(r"\b[A-Z][\w'’-]+(?:s['’]?k|n|v)(?:yi|yy|iy|ij|y|i)\b")


def city_place(city: str, gaz: PlaceResolver) -> Place | None:
    """The Ukrainian city of a district table's official name (the biggest town so called)."""
    towns = [p for p in gaz.namesakes(city) if p.country == "UA" and p.precision == "town"]
    return max(towns, key=lambda p: p.population) if towns else None


def parts_over_their_city(targets: list[PlaceMention], text: str) -> list[PlaceMention]:
    """ "debris damaged two cars in Kyiv's Holosiivskyi Raion": the part the city's possessive
    names, not the city as well (one event, told at its finer place)."""
    out: list[PlaceMention] = []
    for pm, part in zip(targets, [*targets[1:], None][: len(targets)], strict=True):
        owner = pm.place
        inner = part.place if part is not None else None
        if (
            part is not None and owner is not None and inner is not None
            and owner.located and inner.located and owner.precision == inner.precision == "town"
            and _POSSESSIVE.fullmatch(text[pm.end : part.start]) is not None
            and _km(owner, inner) <= PART_KM
        ):  # fmt: skip
            continue
        out.append(pm)
    return out


_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z-]+\s+)?")
PART_KM = 25.0  # a city's part lies within this of its centre


def _km(a: Place, b: Place) -> float:
    return haversine_km((a.lat or 0.0, a.lon or 0.0), (b.lat or 0.0, b.lon or 0.0))
