"""The story's geography: a namesake chosen by the places the whole text names.

A sentence alone often cannot tell namesakes apart ("the russians fired mortars at the
border village of Pavlivka": there are dozens). The text around it usually can: the council
that posts it (Bilopillia), the town the wounded were taken to, the district named two
lines below. Toponym resolution calls this spatial minimality: the places of one story lie
together. This pass runs once the article is read, over every event's place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from geo.mention import Mention
from geo.model import Place
from geo.placephrase import find_places
from geo.placerank import haversine_km
from geo.placetypes import PlaceResolver
from geo.story import Reading

FAR_KM = 60.0
"""A place this far from every other place the story names is suspect ..."""
NEAR_KM = 25.0
"""... when a namesake lies this near one of them."""
DISTRICT_KM = 40.0
"""A region this small is a district, as telling as a town ("the Klimovsky district")."""
TOWN_POPULATION = 10_000
"""A town this size, placed far from the story, gives way only to a namesake near its size."""
AREA_KM = 100.0
"""A story whose places all lie this near the one it names most is about one area."""
PRIMARY_TIMES = 3
"""A place named this often, more than any other, is what the story is about."""
OF_RANK = 20_000
"""A town this size is the one meant by its bare name, whatever its neighbours."""
CAPITAL_POPULATION = 600_000
"""Capitals and metropolises are where officials speak, not neighbours of a village."""


def anchors_of(places: Iterable[Place | None]) -> list[Place]:
    """The located towns and districts a text names, any role, capitals left out."""
    out: dict[str, Place] = {}
    for p in places:
        if p is None or not p.located or not (p.precision == "town" or _district(p)):
            continue
        if p.population >= CAPITAL_POPULATION:
            continue
        out.setdefault(p.key, p)
    return list(out.values())


def _district(p: Place) -> bool:
    """A raion, or a region as small ("the Klimovsky district")."""
    return p.precision == "region" and (p.admin2 is not None or 0 < p.radius_km <= DISTRICT_KM)


def _distance(place: Place, anchors: list[Place]) -> float:
    """How far ``place`` lies from the nearest anchor; a raion's own villages lie in it."""
    return min((_km(place, a) for a in anchors), default=float("inf"))


def _km(place: Place, anchor: Place) -> float:
    assert place.lat is not None and place.lon is not None
    assert anchor.lat is not None and anchor.lon is not None
    km = haversine_km((place.lat, place.lon), (anchor.lat, anchor.lon))
    if anchor.precision != "region":
        return km
    if anchor.admin2 is not None and place.admin2 == anchor.admin2:
        return 0.0
    return max(km - anchor.radius_km, 0.0) if anchor.admin2 is None else km


def story_namesake(
    place: Place, anchors: list[Place], gaz: PlaceResolver, regions: frozenset[str],
    named: list[Place | None] | None = None,
) -> Place:  # fmt: skip
    """The namesake of ``place`` that lies among the story's other places, if ``place``
    lies far from all of them and one namesake lies near one of them; or, if it lies far
    from the place the story names most, the namesake beside that one.

    Parameters
    ----------
    place
        The town an event was placed at, by its sentence's words.
    anchors
        The places the whole text names (:func:`anchors_of`).
    gaz
        The place resolver, for the namesakes.
    regions
        The oblasts (admin1 names) the text names: a place in one of them keeps to it.
    named
        Every place the story names, as often as it names it: the one named most besides
        ``place`` (:func:`primary_place`) is what the story is about.

    Returns
    -------
    Place
        ``place``, or the namesake the story's geography chooses.
    """
    if place.precision != "town" or not place.located:
        return place
    # (a town known by this name only as an old or other name is no namesake to move to)
    namesakes = [
        c for c in gaz.namesakes(place.name)
        if c.located and c.key != place.key and c.name == place.name
    ]  # fmt: skip
    if not namesakes:
        return place
    keys = {place.key, *(c.key for c in namesakes)}
    others = [a for a in anchors if a.key not in keys and a.name != place.name]
    far = bool(others) and _distance(place, others) > FAR_KM
    primary = primary_place(named or [], besides=place.name)
    if primary is not None and primary.key in keys:
        primary = None
    if not far and (primary is None or _km(place, primary) <= FAR_KM):
        return place
    others = others if far else [primary] if primary is not None else []
    if place.admin1 in regions:
        namesakes = [c for c in namesakes if c.admin1 == place.admin1]
    elif regions:
        namesakes = [c for c in namesakes if c.admin1 in regions] or namesakes
    if place.population >= TOWN_POPULATION:
        # a town is meant over a hamlet by its name (Vasylivka of 12,500 in a digest whose
        # Horlivka has a hamlet Vasylivka beside it), unless the story's is a town too
        namesakes = [c for c in namesakes if c.population * 10 >= place.population]
    near = [(d, c) for c in namesakes if (d := _distance(c, others)) <= NEAR_KM]
    return min(near, key=lambda x: x[0])[1] if near else place


def primary_place(named: list[Place | None], besides: str = "") -> Place | None:
    """The town the story names most often, at least three times and more than any other
    but ``besides`` ("Kamianka, Kharkiv region — … south of Izium … to Izium … Izium's
    hospital": Izium, besides Kamianka)."""
    counts = Counter(
        p.key for p in anchors_of_all(named) if p.precision == "town" and p.name != besides
    )
    top = counts.most_common(2)
    if not top or top[0][1] < PRIMARY_TIMES or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    primary = next(p for p in named if p is not None and p.key == top[0][0])
    # a story of one area only: a notebook of strikes across the country has no centre
    others = [p for p in anchors_of(named) if p.name != besides]
    return primary if all(_km(p, primary) <= AREA_KM for p in others) else None


def anchors_of_all(places: Iterable[Place | None]) -> list[Place]:
    """:func:`anchors_of`, each as often as it is named."""
    kept = {p.key for p in anchors_of(places)}
    return [p for p in places if p is not None and p.key in kept]


def regions_named(hints: tuple[str, ...], gaz: PlaceResolver) -> frozenset[str]:
    """The oblasts (admin1 names) of the regions a text names ("Kharkov region")."""
    found = (gaz.resolve(f"{h} region", (), "region") for h in hints)
    return frozenset(r.admin1 or r.name for r in found if r is not None)


def nearest_the_story(mentions: list[Mention], reading: Reading, gaz: PlaceResolver) -> None:
    """Move each event placed at a far namesake to the one among the story's places.

    The places of the event sentences and headings are at hand; the rest of the text (the
    hospital the wounded went to, where aid is handed out) is read only when a bare name
    lies far from all of those, which is rare and keeps the pass cheap.
    """
    # only a bare name the text never placed: one placed by its raion, oblast or hromada,
    # here or in another line ("Pokrovske, Synelnykove district"), stays put
    # a name its words place by a raion or a hromada stays put; one placed by its oblast
    # alone keeps to that oblast's namesakes; a bare one the text placed in another line
    # ("Pokrovske, Synelnykove district") stays as placed there
    bare = [
        m for m in mentions
        if m.place is not None and m.place.precision == "town" and m.place.population < OF_RANK
        and not _FINER.search(m.place_text)
        and (_OBLAST.search(m.place_text) or m.place_text.casefold() not in reading.named_finely)
    ]  # fmt: skip
    if not bare:
        return
    named = reading.places_named + [m.place for m in mentions]
    anchors = anchors_of(named)
    if all(_settled(m.place, anchors, named) for m in bare if m.place):
        return
    named = [*named, *_all_places(reading, gaz)]
    anchors = anchors_of(named)
    regions = regions_named(reading.hints, gaz)
    placed = {p.name for p in reading.named.values()}
    chosen: dict[tuple[str, bool], Place] = {}
    for m in bare:
        assert m.place is not None
        # (placed by its oblast here, or in another line: "Serhiivka (Odesa oblast)")
        own = _OBLAST.search(m.place_text) is not None or m.place.name in placed
        key = (m.place.key, own)
        if key not in chosen:
            within = frozenset({m.place.admin1 or ""}) if own else regions
            chosen[key] = story_namesake(m.place, anchors, gaz, within, named)
        m.place = chosen[key]


_FINER = re.compile(r"\b(?:district|raion|r-n|community|hromada|rayon)\b", re.IGNORECASE)
_OBLAST = re.compile(r"\b(?:region|oblast|obl|republic|krai)\b", re.IGNORECASE)


def _settled(place: Place, anchors: list[Place], named: list[Place | None]) -> bool:
    """Does ``place`` lie among the story's places already (and by its most named one)?"""
    primary = primary_place(named, besides=place.name)
    if primary is not None and _km(place, primary) > FAR_KM:
        return False
    return _distance_to_others(place, anchors) <= FAR_KM


def _distance_to_others(place: Place, anchors: list[Place]) -> float:
    others = [a for a in anchors if a.key != place.key and a.name != place.name]
    return _distance(place, others) if place.located else 0.0


def _all_places(reading: Reading, gaz: PlaceResolver) -> list[Place | None]:
    """Every place of every sentence, whatever it tells."""
    return [
        p.place for s in reading.sentences for p in find_places(s.span.text, gaz, reading.hints)
    ]
