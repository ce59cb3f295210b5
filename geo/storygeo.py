"""The story's geography: a namesake chosen by the places the whole text names.

A sentence alone often cannot tell namesakes apart ("the russians fired mortars at the
border village of Pavlivka": there are dozens). The text around it usually can: the council
that posts it (Bilopillia), the town the wounded were taken to, the district named two
lines below. Toponym resolution calls this spatial minimality: the places of one story lie
together. This pass runs once the article is read, over each event placed by a bare name
(one its words placed by a raion, an oblast or a hromada stays where they put it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from geo.articles import Sentence
from geo.citydistricts import DISTRICT_NAMED
from geo.geocode import HAMLET
from geo.mention import Mention
from geo.model import Place
from geo.placenames import edits_within, normalize_name
from geo.placephrase import find_places
from geo.placerank import BIG_CITY, haversine_km
from geo.places import BIG_SECTION
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading, paragraph_start

FAR_KM = 60.0
# Beyond this, a header's village and the city it names are not one place's two names
ABROAD_KM = 300.0
"""A place this far from every other place the story names is suspect ..."""
NEAR_KM = 25.0
"""... when a namesake lies this near one of them."""
DISTRICT_KM = 40.0
"""A region this small is a district, as telling as a town ("the Klimovsky district")."""
TOWN_POPULATION = 10_000
"""A town this size, placed far from the story, gives way only to a namesake near its size."""
OF_RANK = 20_000
"""A town this size is the one meant by its bare name, whatever its neighbours."""
CAPITAL_POPULATION = 600_000
"""Capitals and metropolises are where officials speak, not neighbours of a village."""


def anchors_of(places: Iterable[Place | None], capitals: bool = False) -> list[Place]:
    """The located towns and districts a text names, any role, capitals left out (unless
    ``capitals``)."""
    out: dict[str, Place] = {}
    for p in places:
        if p is None or not p.located or not (p.precision == "town" or _district(p)):
            continue
        if p.population >= CAPITAL_POPULATION and not capitals:
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
    written: str | None = None,
) -> Place:  # fmt: skip
    """The namesake of ``place`` that lies among the story's other places, if ``place``
    lies far from all of them and one namesake lies near one of them.

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
    written
        The name the text wrote, when it is not the place's own (an old name: "Stanislav"
        for Ivano-Frankivsk); its namesakes are looked for, whatever their size.

    Returns
    -------
    Place
        ``place``, or the namesake the story's geography chooses.
    """
    if place.precision != "town" or not place.located:
        return place
    namesakes = [
        c for c in gaz.namesakes(written or place.name) if c.located and c.key != place.key
    ]
    if not namesakes:
        return place
    keys = {place.key, *(c.key for c in namesakes)}
    others = [a for a in anchors if a.key not in keys and a.name != place.name]
    if not others or _distance(place, others) <= FAR_KM:
        return place
    if place.admin1 in regions:
        namesakes = [c for c in namesakes if c.admin1 == place.admin1]
    elif regions:
        namesakes = [c for c in namesakes if c.admin1 in regions] or namesakes
    if place.population >= TOWN_POPULATION and written is None:
        # a town is meant over a hamlet by its name (Vasylivka of 12,500 in a digest whose
        # Horlivka has a hamlet Vasylivka beside it), unless the story's is a town too
        namesakes = [c for c in namesakes if c.population * 10 >= place.population]
    near = [(d, c) for c in namesakes if (d := _distance(c, others)) <= NEAR_KM]
    if near:
        return min(near, key=lambda x: x[0])[1]
    return _in_a_towns_oblast(place, namesakes, others)


def _in_a_towns_oblast(place: Place, namesakes: list[Place], others: list[Place]) -> Place:
    """ "Airstrike on Semenivka" in a chat that fetches candles from Chernihiv: the one
    namesake in the oblast of the story's other towns, when they all lie in one (a factbox of
    strikes across the country says nothing of where its Hroza is)."""
    towns = {a.key: a.admin1 for a in others if a.precision == "town" and a.country == "UA"}
    oblasts = set(towns.values())
    if len(towns) < 2 or len(oblasts) != 1 or place.admin1 in oblasts:
        return place  # (one town is no story's geography: "Chernihiv" beside Crimea's Olenivka)
    inside = sorted((c for c in namesakes if c.admin1 in oblasts), key=lambda c: -c.population)
    if not inside or (len(inside) > 1 and inside[0].population < 10 * max(inside[1].population, 1)):
        return place  # (several of a size: the oblast alone does not say which)
    return inside[0]


def regions_named(hints: tuple[str, ...], gaz: PlaceResolver) -> frozenset[str]:
    """The oblasts (admin1 names) of the regions a text names ("Kharkov region")."""
    found = (gaz.resolve(f"{h} region", (), "region") for h in hints)
    return frozenset(r.admin1 or r.name for r in found if r is not None)


def nearest_the_story(
    mentions: list[Mention], reading: Reading, gaz: PlaceResolver,
    home: Callable[[], Place | None] = lambda: None,
) -> None:  # fmt: skip
    """Move each event placed at a far namesake to the one among the story's places.

    The places of the event sentences and headings are at hand; the rest of the text (the
    hospital the wounded went to, where aid is handed out) is read only when a bare name
    lies far from all of those, which is rare and keeps the pass cheap.
    """
    _works_at_home(mentions, reading, home)
    # only a bare name the text never placed: one placed by its raion, oblast or hromada,
    # here or in another line ("Pokrovske, Synelnykove district"), stays put
    bare = [
        m for m, key in reading.bare
        if key.lstrip("~") not in reading.named and m.place is not None
        and m.place.precision == "town"
        # (a city of rank keeps its place, unless only its old name was written: "Stanislav"
        # in a Kherson story is the village, not Ivano-Frankivsk)
        and (m.place.population < OF_RANK or _by_another_name(m))
    ]  # fmt: skip
    # (every sentence's places, read at most once: both passes below may need them)
    read: list[list[Place | None]] = []

    def every_place() -> list[Place | None]:
        if not read:
            read.append(_all_places(reading, gaz))
        return read[0]

    bare = _to_city_sections(bare, mentions, reading, gaz, every_place)
    if not bare:
        return
    anchors = anchors_of(reading.places_named + [m.place for m in mentions])
    if all(_distance_to_others(m.place, anchors) <= FAR_KM for m in bare if m.place):
        return
    anchors = anchors_of([*anchors, *every_place()])
    regions = regions_named(reading.hints, gaz)
    chosen: dict[str, Place] = {}
    astray: set[int] = set()
    for m in bare:
        assert m.place is not None
        key = m.place.key
        if key not in chosen:
            written = m.place_text if _by_another_name(m) else None
            chosen[key] = story_namesake(m.place, anchors, gaz, regions, written)
        if chosen[key] is m.place and _a_lost_name(m, anchors):
            astray.add(id(m))
        m.place = chosen[key]
    mentions[:] = [m for m in mentions if id(m) not in astray]


def _a_lost_name(m: Mention, anchors: list[Place]) -> bool:
    """ "the city and Dubovoye" in a Belgorod bathhouse's book: a village our gazetteer lacks,
    found only by the former name of a village hundreds of kilometres from every other place
    the story names (here, one in Zaporizhzhia oblast). No marker beats one at the wrong end
    of the front."""
    place = m.place
    if place is None or place.source != "gazetteer" or place.population >= TOWN_POPULATION:
        return False  # (a landmark goes by its own short name: "the Kremlin")
    if not _by_another_name(m):
        return False
    others = [a for a in anchors if a.key != place.key and a.located]
    return len(others) >= 2 and _distance(place, others) > ABROAD_KM


def _works_at_home(
    mentions: list[Mention], reading: Reading, home: Callable[[], Place | None]
) -> None:
    """Move an event at a works named after a far town to the story's own town."""
    named = [m for m in mentions if re.search(rf"\s{_WORKS}", m.sentence.span.text)]
    if not named:
        return  # (most texts name no works: the pass costs nothing)
    town = home()
    for m in named:
        # (not when the sentence names the works' town: "… destroyed the Troitskyi market and
        # damaged an apartment building in Dnipro" is Dnipro's, told on its own)
        others = [o for o in mentions if o.sentence is m.sentence and o is not m]
        if town is not None and not others and _a_sites_name(m, town):
            m.place, m.place_text = town, town.name


def _a_sites_name(m: Mention, home: Place) -> bool:
    """ "the house near the Artem plant" in a Kyiv shop's notes: a works named after a man,
    whose name a town at the far end of Russia bears; the works is the story's town's."""
    place = m.place
    site = re.search(rf"\b{re.escape(m.place_text)}\s+{_WORKS}", m.sentence.span.text)
    if (
        site is not None
        and site.group(0).endswith("district")
        and not DISTRICT_NAMED.match(site.group(0))
    ):
        return False  # (a raion named by its town, "the Tikhoretsk district", is that town's)
    if place is None or site is None or not (place.located and home.located):
        return False
    return _distance(place, [home]) > ABROAD_KM


# (or a city's district by its name: "[TN: Zheleznodorozhny district]" in a Kursk shop's notes)
_WORKS = r"(?:plant|factory|works|mine|colliery|shipyard|market|stadium|park|mall|district)\b"


def _to_city_sections(
    bare: list[Mention], mentions: list[Mention], reading: Reading, gaz: PlaceResolver,
    every_place: Callable[[], list[Place | None]],
) -> list[Mention]:  # fmt: skip
    """ "zone: Kyiv … | Obolon, courtyard | a shell hit the block": a village's name that is
    also a section of a city the text names is that section (Kyiv's Obolon, not the village
    of Poltava oblast). Moves those events there; returns the others."""
    sections = {
        id(m): found for m in bare
        if m.place is not None and m.place.population < TOWN_POPULATION and m.place.located
        and (found := [s for s in gaz.sections_named(m.place.name) if s.located])
    }  # fmt: skip
    if not sections and not any(_names_a_stop(m) for m in bare):
        return bare
    # (the story's places, not those of its other bare names, which may be as far astray)
    astray = {m.place.name for m in bare if m.place is not None}
    anchors = [
        c for c in anchors_of([*reading.places_named, *(x.place for x in mentions),
                               *every_place()], capitals=True)
        if c.name not in astray
    ]  # fmt: skip
    cities = [c for c in anchors if c.precision == "town" and c.population >= BIG_CITY]
    rest = []
    for m in bare:
        assert m.place is not None
        place = m.place
        # (a village among the story's other towns is the village: Pokrovske by Nikopol,
        # though Kryvyi Rih, named too, has a Pokrovskyi section)
        found = sections.get(id(m), [])
        far = _distance(place, anchors) > FAR_KM or (
            # (a hamlet's name that a big section of the story's city bears, the hamlet not by
            # the story's places: "Oleksiivka, near school No. 154" in a Kharkiv log)
            place.population < HAMLET and _distance(place, anchors) > 2 * SECTION_KM
            and any(s.population >= BIG_SECTION for s in found)
        )  # fmt: skip
        moved = city_section(found, cities) if far else None
        if moved is None and far and cities and _names_a_stop(m):
            moved = _the_storys_city(cities, mentions)
        if moved is None:
            rest.append(m)
        else:
            m.place = moved
    return rest


SECTION_KM = 20.0  # a city's section lies this near the city's centre

# "near the Levada station", "at the Barabashova market": a city's stop or market named as
# villages are (a village's own station is its town's, and such a village is near the story)
_STOP_AFTER = re.compile(
    r"\s+(?:metro\s+|tram\s+|bus\s+)?(?:station|stop|market|bazaar)\b", re.IGNORECASE
)


def _the_storys_city(cities: list[Place], mentions: list[Mention]) -> Place:
    """The city most of the story's events are at (the first named, on a tie)."""
    told = [m.place.key for m in mentions if m.place is not None]
    return max(cities, key=lambda c: (told.count(c.key), -cities.index(c)))


def _names_a_stop(m: Mention) -> bool:
    """Is the mention's name that of a station, stop or market ("the Levada station")?"""
    # (a town's own station bears its name: "Vorozhba station", 7,000 people)
    if m.place is None or m.place.population >= HAMLET:
        return False
    text = m.sentence.span.text
    at = text.find(m.place_text)
    return at >= 0 and _STOP_AFTER.match(text, at + len(m.place_text)) is not None


def city_section(sections: list[Place], cities: list[Place]) -> Place | None:
    """The first of ``sections`` (a name's city sections) that lies by one of ``cities``."""
    return next(
        (s for s in sections if s.located and any(_km(s, c) <= SECTION_KM for c in cities)), None
    )


def header_section(place: Place, cities: list[Place], gaz: PlaceResolver) -> Place:
    """ "Observing log … (balcony in Troieshchyna)" with "Kyiv (Troieshchyna, …)": a header's
    village that is a section of a city the header names is that section. One that is neither
    near that city nor a section of it was a word misread as a place ("Banya booking book,
    Belgorod outskirts": a bathhouse, not a Carpathian hamlet): the header is the city's."""
    if place.population >= TOWN_POPULATION or not place.located:
        return place
    near = [c for c in cities if c.population >= BIG_CITY and c.located]
    if not near or _distance(place, near) <= FAR_KM:
        return place
    section = city_section(gaz.sections_named(place.name), near)
    if section is not None:
        return section
    return near[0] if _distance(place, near) > ABROAD_KM else place


def _by_another_name(m: Mention) -> bool:
    """Was the place found by a name that is not its own, nor a spelling of it?"""
    written, own = normalize_name(m.place_text), normalize_name(m.place.name if m.place else "")
    # (or by the first word of a compound name: "Buzova" found as "Buzova Paskivka")
    part = own != written and own.startswith(written) and not own[len(written)].isalnum()
    return part or (written[:3] != own[:3] and not edits_within(written, own, 2))


def _distance_to_others(place: Place, anchors: list[Place]) -> float:
    others = [a for a in anchors if a.key != place.key and a.name != place.name]
    return _distance(place, others) if place.located else 0.0


def _all_places(reading: Reading, gaz: PlaceResolver) -> list[Place | None]:
    """Every place of every sentence, whatever it tells (not the people the text names by
    a surname a town also bears, as the event sentences are read)."""
    return [
        p.place
        for s in reading.sentences
        for p in find_places(s.span.text, gaz, reading.hints)
        if p.text not in reading.people
    ]


def the_districts_town(
    pm: PlaceMention, s: Sentence, reading: Reading, gaz: PlaceResolver
) -> PlaceMention:
    """ "This is not the first attack on Izmail this month. On Thursday … Russian drones
    damaged port infrastructure … in the Izmail district": a district named after the town
    its paragraph told of is that town's (not a region-wide point)."""
    named = _DISTRICT_NAMED.fullmatch(pm.text)
    if named is None or pm.place is None or pm.place.precision != "region" or pm.end == 0:
        return pm
    stem = normalize_name(named.group(1))[:4]
    for before in reversed(reading.sentences[paragraph_start(s, reading) : s.index]):
        for p in find_places(before.span.text, gaz, reading.hints):
            if (
                p.is_town and p.place is not None and normalize_name(p.text)[:4] == stem
                and gaz.within(p.place, pm.place)
            ):  # fmt: skip
                return PlaceMention(pm.start, pm.end, p.text, p.place, pm.role)
    return pm


_DISTRICT_NAMED = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+)\s+(?:district|raion|r-n)", re.IGNORECASE)
