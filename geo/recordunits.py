"""A record's admin columns that say which namesake its place is.

Event tables write a place and its units in columns of their own, in whatever syntax the
file has: ``ev:place "Kostiantynivka" ; adm:raion "Kramatorskyi"``, ``| Olenivka ||
Olenivska || Yevpatoriiskyi || Crimea |``, ``admin('Novobohdanivska', 'Melitopolskyi', …)``.
No phrase joins the name to its raion, but the record does: of a name's namesakes, the one in
the raion the record names is meant.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from geo.model import Place
from geo.namesakes import DISCLAIMED
from geo.placetypes import PlaceMention, PlaceResolver
from geo.translit import towns_of_adjective

# a raion by its adjective, as registers write it: "Kramatorskyi", "Yevpatoriiskyi"
# ("Novhorod-Siverskyi", "Kamin-Kashyrskyi": each part of a compound capitalised)
_RAION_WORD = re.compile(
    r"\b([A-Z][a-z'’]*(?:-[A-Za-z][a-z'’]*){0,2}?(?:skyi|skyy|skiy|zkyi|tskyi))\b"
)  # (two hyphens at most: a run of "A-A-A-…" must not be scanned to its end from each "A")


def raions_written(text: str, gaz: PlaceResolver) -> list[Place]:
    """The raions the text names by their adjectives alone, each once.

    Parameters
    ----------
    text
        A sentence or a record's line.
    gaz
        The resolver that knows the raions.

    Returns
    -------
    list of Place
        Region places with an ``admin2`` code, in the order first written.
    """
    raions: dict[str, Place] = {}
    for m in _RAION_WORD.finditer(text):
        if DISCLAIMED.search(text, max(0, m.start() - 60), m.start()):
            continue  # ("Rubizhne (the city; not the Rubizhne of the Pokrovskyi raion)")
        raion = _raion_of_adjective(m.group(1), gaz)
        if raion is not None:
            raions.setdefault(raion.key, raion)
    for m in _UNIT_FIELD.finditer(text):
        # (a raion field by its seat's name: 'raion: "Kramatorsk"', '"raion":"Beryslav"')
        if m.group("unit").lower() in ("raion", "rayon", "district"):
            raion = gaz.resolve(f"{m.group('name')} raion", (), "region")
            if raion is not None and raion.precision == "region" and raion.admin2 is not None:
                raions.setdefault(raion.key, raion)
    return list(raions.values())


# a record's raion or oblast field, its value the unit's name: 'raion: "Kramatorsk"',
# '"oblast":"Kherson"', "'district' => 'Beryslav'"
_UNIT_FIELD = re.compile(
    r"(?<![\w-])[\"']?(?P<unit>(?i:raion|rayon|district|oblast|region))[\"']?\s*(?::|=>?)\s*"
    r"[\"']?(?P<name>[A-Z][\w'’-]+)(?=[\"'\s,;|}]|$)"
)


def _raion_of_adjective(adjective: str, gaz: PlaceResolver) -> Place | None:
    """The raion an adjective names, or the raion of the seat it is made from, in any of
    the seat's spellings ("Sievierodonetskyi": Sievierodonetsk, the Siverskodonetsk raion)."""
    for name in (adjective, *towns_of_adjective(adjective)):
        raion = gaz.resolve(f"{name} raion", (), "region")
        if raion is not None and raion.precision == "region" and raion.admin2 is not None:
            return raion
    return None


def namesakes_in_the_records_raion(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """Move each bare town name to its namesake in the one raion the record names.

    A name its own words placed ("X, Y region", "X (Z hromada)") keeps its place, and so does
    a name with no namesake in that raion; a record naming two raions decides nothing.
    """
    raions = raions_written(text, gaz) if "yi" in text or "iy" in text or "ion" in text else []
    if len(raions) != 1:
        return found
    (raion,) = raions
    return [_in_the_raion(pm, raion, gaz) for pm in found]


def _in_the_raion(pm: PlaceMention, raion: Place, gaz: PlaceResolver) -> PlaceMention:
    p = pm.place
    if (
        p is not None and p.precision == "town" and p.admin2 == raion.admin2
        and pm.query is not None and not pm.query[2]
    ):  # fmt: skip
        # (in the record's raion already: placed, so that no far story moves it)
        return replace(pm, query=(pm.query[0], (raion.name,), True))
    return _to_namesake_in(
        pm, raion, lambda t: t.admin2 == raion.admin2 and p is not None and t.country == p.country,
        gaz,
    )  # fmt: skip


def _to_namesake_in(
    pm: PlaceMention, unit: Place, inside: Callable[[Place], bool], gaz: PlaceResolver,
    cities_stay: bool = False,
) -> PlaceMention:  # fmt: skip
    """The bare town name moved to its namesake inside the record's unit (of several there,
    the hromada's seat, then the biggest), marked placed so that no later sense of the story
    moves it; a name its own words placed, one already inside, one with no namesake there (and
    a city, with ``cities_stay``) keeps its place."""
    p = pm.place
    if (
        p is None or p.precision != "town" or inside(p)
        or (pm.query is not None and pm.query[2])
        or (cities_stay and p.population >= TOWN_NOT_CITY)
    ):  # fmt: skip
        return pm
    name = pm.query[0] if pm.query is not None else pm.text
    there = [t for t in gaz.namesakes(name) if inside(t)]
    if not there:
        return pm
    town = max(there, key=lambda t: (t.seat, t.population))
    return replace(pm, place=town, query=(name, (unit.name,), True))


# an oblast or a Russian region written as such: "Bryansk region (RU)", "Kherson oblast"
_REGION_WORD = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:region|oblast|Oblast)\b")
TOWN_NOT_CITY = 50_000  # a city the size of this is meant by its name whatever region is near


def regions_written(text: str, gaz: PlaceResolver) -> list[Place]:
    """The oblasts and regions the text names as "X region" / "X oblast", each once."""
    regions: dict[str, Place] = {}
    fields = [
        m for m in _UNIT_FIELD.finditer(text) if m.group("unit").lower() in ("oblast", "region")
    ]
    for m in [*_REGION_WORD.finditer(text), *fields]:
        if DISCLAIMED.search(text, max(0, m.start() - 60), m.start()):
            continue  # ("not the Karlivka in Poltava region people confuse it with")
        name = m.group("name") if "name" in m.re.groupindex else m.group(1)
        region = gaz.resolve(f"{name} region", (), "region")
        if region is not None and region.precision == "region" and region.admin2 is None:
            regions.setdefault(region.key, region)
    return list(regions.values())


def namesakes_in_the_records_region(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """Move each bare village or town name to its namesake in the one region its record names.

    A record's region column ("Klimovsky district / - / Bryansk region (RU)") places the
    village its note names, whatever regions the records above it named: a hamlet in Crimea
    called Klimovo is not the Klimovo of that record. Names their own words placed, cities,
    and names with no namesake there keep their places.
    """
    regions = regions_written(text, gaz) if "egion" in text or "blast" in text else []
    if len(regions) != 1:
        return found
    (region,) = regions
    return [_in_the_region(pm, region, gaz) for pm in found]


def _in_the_region(pm: PlaceMention, region: Place, gaz: PlaceResolver) -> PlaceMention:
    return _to_namesake_in(pm, region, lambda t: t.admin1 == region.admin1, gaz, cities_stay=True)


# a record's id: "E25-0116-AN", "UKR94412" (letters, then a digit, then more)
RECORD_ID = r"([A-Z]{1,6}[-_]?\d[\w-]{3,20})(?![\w-])"
_ID_TOKEN = re.compile(rf"(?<![\w-]){RECORD_ID}")
_LINE_ID = re.compile(rf"^\W{{0,3}}{RECORD_ID}")  # (at the head of its line)


def record_rows(text: str) -> dict[str, str]:
    """Each record id written on two or more lines, with those lines joined: a file that
    prints a record's units in one table and its note in another, under the same id."""
    lines_of: dict[str, list[str]] = {}
    for line in text.splitlines():
        for rid in dict.fromkeys(m.group(1) for m in _ID_TOKEN.finditer(line)):
            # (a desk's "E2-1003-01" too: a letter, then numbers parted by hyphens)
            if any(c.isdigit() for c in rid) and (
                any(c.isalpha() for c in rid[1:]) or rid.count("-") >= 2
            ):
                lines_of.setdefault(rid, []).append(line)
    return {rid: " ".join(lines) for rid, lines in lines_of.items() if len(lines) > 1}


def rows_of_the_same_record(line: str, rows: dict[str, str]) -> str:
    """The lines of the record a line opens with the id of ("E25-0116-AN | During the night
    …" and "|E25-0116-AN|…|Khersonska|Khersonskyi|Kherson|"), or ""."""
    m = _LINE_ID.match(line)
    return rows.get(m.group(1), "") if m is not None else ""
