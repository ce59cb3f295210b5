"""A record's admin columns that say which namesake its place is.

Event tables write a place and its units in columns of their own, in whatever syntax the
file has: ``ev:place "Kostiantynivka" ; adm:raion "Kramatorskyi"``, ``| Olenivka ||
Olenivska || Yevpatoriiskyi || Crimea |``, ``admin('Novobohdanivska', 'Melitopolskyi', …)``.
No phrase joins the name to its raion, but the record does: of a name's namesakes, the one in
the raion the record names is meant.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.model import Place
from geo.namesakes import DISCLAIMED
from geo.placetypes import PlaceMention, PlaceResolver
from geo.translit import towns_of_adjective

# a raion by its adjective, as registers write it: "Kramatorskyi", "Yevpatoriiskyi"
_RAION_WORD = re.compile(r"\b([A-Z][a-z'’-]+(?:skyi|skyy|skiy|zkyi|tskyi))\b")


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
    return list(raions.values())


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
    raions = raions_written(text, gaz) if "yi" in text or "iy" in text else []
    if len(raions) != 1:
        return found
    (raion,) = raions
    return [_in_the_raion(pm, raion, gaz) for pm in found]


def _in_the_raion(pm: PlaceMention, raion: Place, gaz: PlaceResolver) -> PlaceMention:
    p = pm.place
    if p is None or p.precision != "town" or p.admin2 == raion.admin2:
        return pm
    if pm.query is not None and pm.query[2]:
        return pm  # (placed by its own qualifiers, or by the record already)
    name = pm.query[0] if pm.query is not None else pm.text
    inside = [
        t for t in gaz.namesakes(name)
        if t.admin2 == raion.admin2 and t.country == p.country
    ]  # fmt: skip
    if not inside:
        return pm
    # (of several there, the hromada's seat, then the biggest; marked placed, so that no
    # later sense of the story moves it)
    town = max(inside, key=lambda t: (t.seat, t.population))
    return replace(pm, place=town, query=(name, (raion.name,), True))
