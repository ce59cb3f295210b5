"""A facility named after a town that is not where it stands.

Pipelines, plants and stations often bear a name that is also a town's: "the Druzhba pumping
station" near Novozybkov is named for the pipeline, not for a village called Druzhba in
Ternopil oblast. When the sentence places the strike at a town of another country, the name
before the facility's noun is the facility's own, not a second place struck.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo import lexicon as lx
from geo.placerank import haversine_km
from geo.placerole import _role
from geo.placetypes import PlaceMention, PlaceResolver
from geo.translit import towns_of_adjective

# "<Name> pumping station", "<Name> pipeline", "<Name> plant": the noun right after the name
FACILITY_NEXT = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{lx.FACILITY}|pipelines?)\b", re.I)


def facilities_named_elsewhere(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Make context of a town's name that only names a facility placed in another country.

    Parameters
    ----------
    found
        The sentence's places, with their roles.
    text
        The sentence.

    Returns
    -------
    list of PlaceMention
        ``found``, with such names' role set to "context".
    """
    towns = [p for p in found if p.is_town and p.role == "target" and p.place is not None]
    if len(towns) < 2:
        return found
    return [_named_for(p, towns, text) for p in found]


def _named_for(pm: PlaceMention, towns: list[PlaceMention], text: str) -> PlaceMention:
    if pm not in towns or not FACILITY_NEXT.match(text, pm.end) or pm.place is None:
        return pm
    country = pm.place.country
    elsewhere = [
        t for t in towns
        if t is not pm and t.place is not None and t.place.country != country
    ]  # fmt: skip
    return replace(pm, role="context") if elsewhere else pm


# "the port of Pivdennyi", "Chornomorskyi port": a port named by its town's adjective
_PORT_ADJECTIVE = re.compile(
    r"\bport\s+of\s+(?P<a>[A-Z][a-z'’]+(?:nyi|skyi|zkyi|tskyi))\b"
    r"|\b(?P<b>[A-Z][a-z'’]+(?:nyi|skyi|zkyi|tskyi))\s+(?:sea\s*)?port\b"
)


def ports_by_their_towns_adjective(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """Add the town of a port named by the town's adjective, where nothing else was found
    at those words ("strikes set fire to containers at the port of Pivdennyi": Pivdenne).

    Parameters
    ----------
    found
        The sentence's places.
    text
        The sentence.
    gaz
        The resolver that knows the towns.

    Returns
    -------
    list of PlaceMention
        ``found``, with the ports' towns added in order.
    """
    extra = []
    for m in _PORT_ADJECTIVE.finditer(text):
        group = "a" if m.group("a") else "b"
        start, end = m.start(group), m.end(group)
        if any(p.start <= start < p.end for p in found):
            continue
        towns = [gaz.resolve(n, (), "town") for n in towns_of_adjective(m.group(group))]
        town = next((t for t in towns if t is not None and t.precision == "town"), None)
        if town is not None:
            role = _role(text, start, end, m.group(group))
            extra.append(PlaceMention(start, end, m.group(group), town, role))
    return sorted([*found, *extra], key=lambda p: p.start) if extra else found


FAR_KM = 150.0  # a hamlet this far from the story's town names a plant, not where it stands
HAMLET = 5_000


def facilities_named_far_off(
    found: list[PlaceMention], text: str, story: tuple[float, float] | None
) -> list[PlaceMention]:
    """ "the city was shelled; a substation near the Luch thermal plant caught fire" in a
    Belgorod log: a plant named "Luch" stands in the city the sentence speaks of, not in a
    hamlet called Luch 500 km off. Such a name before a facility's noun, in a sentence that
    says "the city" or "the town", is context."""
    if story is None or not lx.ANAPHORA.search(text):
        return found
    return [
        replace(p, role="context")
        if p.is_town and p.place is not None and p.place.population < HAMLET
        and p.place.lat is not None and p.place.lon is not None
        and FACILITY_NEXT.match(text, p.end)
        and haversine_km((p.place.lat, p.place.lon), story) > FAR_KM
        else p
        for p in found
    ]  # fmt: skip
