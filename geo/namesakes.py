"""Which of several places of one name a text means, and places the gazetteer lacks.

Geography decides: the namesake next to the sentence's other towns, by the hromada seat a
roundup's entry names, near the town written beside it ("X near Y"), inside the one region
the sentence names; a facility named by its town's adjective is in that town; a site's
town ("Belbek airbase, Sevastopol") only says where the site is; a village the gazetteer
lacks is kept at its region rather than lost.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from geo import lexicon as lx
from geo.model import Place
from geo.placerank import BIG_CITY, haversine_km
from geo.placetypes import PlaceMention, PlaceResolver
from geo.translit import skeleton


def villages_of_the_region(
    found: list[PlaceMention], gaz: PlaceResolver, text: str
) -> list[PlaceMention]:
    """'The Belgorod region governor said shelling hit the village of Nikolskoye': a small
    namesake outside the one region the sentence names is the wrong one; the village the
    gazetteer lacks is kept at that region instead. A region across a border ("near the
    border with Ukraine's Chernihiv region") says where the village is not."""
    regions = {
        p.place.key: p.place for p in found
        if p.place and p.place.precision == "region" and p.place.admin1
        and not DISCLAIMED.search(text[max(0, p.start - 60) : p.start])
        # (not "drones launched from the direction of Crimea": where they came from)
        and not _CAME_FROM.search(text, max(0, p.start - 60), p.start)
        # (nor where they were flying: "… over Zheleznogorsk; they were flying towards the
        # Oryol region")
        and not _WENT_TOWARDS.search(text, max(0, p.start - 30), p.start)
        # (nor a speaker's title: "said the head of the Nikopol district military
        # administration": whose official speaks, not where the town is)
        and not _A_BODY_AFTER.match(text, p.end)
        and not _HEAD_OF.search(text, max(0, p.start - 40), p.start)
    }  # fmt: skip
    # "Bilhorod-Dnistrovskyi r-n, Odesa obl.": the raion inside the oblast says more
    inner = {
        k: r for k, r in regions.items()
        if not any(o.key != k and o.admin2 and not r.admin2 and o.admin1 == r.admin1
                   for o in regions.values())
    }  # fmt: skip
    if len(inner) != 1:
        return found
    (region,) = inner.values()
    loose = {
        p.place.key for p in found
        if p.place is not None and _COMPASS_PART.search(text, max(0, p.start - 30), p.start)
    }  # fmt: skip
    told_at = min(p.start for p in found if p.place is not None and p.place.key == region.key)
    out = []
    for pm in found:
        p = pm.place
        # (not a town of another clause than the region's: "Rocket kills two brothers in
        # Barvinkove, shelling in Bakhmut and Kherson region": the region is Bakhmut's list's)
        # (not its own name again, glossed: "Maiaky (Mayaky), Kramatorsk r-n, Donetsk obl.")
        apart = any(
            o.is_town and pm.end <= o.start < told_at and o.text != pm.text
            and not (o.place is not None and p is not None and o.place.name == p.name)
            for o in found
        ) and "," in text[pm.end : told_at]  # fmt: skip
        far_namesake = (
            not apart and p is not None and p.key.startswith("gn:") and p.precision == "town"
            and p.seat < 2 and p.population < 100_000 and not gaz.within(p, region)
            and not by_the_district(p, region)
            # "Zelenodolsk (Kryvyi Rih, Dnipropetrovsk oblast)", "X in the Y region": placed
            # by its own qualifier, whatever region the sentence names later
            and not re.search(r"[,(]", pm.text) and not (pm.query and pm.query[2])
            # ("the eastern Ukrainian city of Kostiantynivka … Russia's Kursk region": the
            # country the words give it is not the region's)
            and not _of_its_own_country(text, pm, region)
            and not (region.key in loose and _by_its_edge(pm.text, p, region, gaz))
        )  # fmt: skip
        if far_namesake:
            inside = _in_region(pm.text, region, gaz)
            # (a town of the region, placed by its sentence's words: a sense of the name the
            # story keeps, and no namesake nearer the story's other places undoes it; not a
            # name the region lacks, kept at the region for want of a town)
            placed = inside is not None and inside.precision == "town"
            query = (pm.query[0], (region.name,), True) if placed and pm.query else pm.query
            pm = replace(pm, place=inside, query=query)
        out.append(pm)
    return out


def villages_by_the_label_town(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "Unecha again: the oil pumping station at Vysokoye on fire": the village is by the
    town its line is labelled with; a small namesake in another oblast, far off, is not it,
    and a village the gazetteer lacks is kept at the label's town."""
    colon = text.find(":")
    if not 0 < colon <= _LABEL_CHARS or lx.TRIGGER.search(text, 0, colon):
        return found  # (not a clause before its list: "settlements along the Dnipro came under
        # fire: Antonivka, Bilozerka, …")
    labels = [
        p for p in found if 0 <= p.end <= colon and p.place is not None
        and p.place.precision == "town" and p.place.located
    ]  # fmt: skip
    if len(labels) != 1 or labels[0].place is None:
        return found
    town = labels[0].place
    out = []
    for pm in found:
        p = pm.place
        far = (
            pm.start > colon and p is not None and p.precision == "town" and p.located
            and p.population < _TOWN_OF_SIZE and p.admin1 != town.admin1
            and not re.search(r"[,(]", pm.text) and not (pm.query and pm.query[2])
            and not _near(p, town, _LABEL_REACH_KM)
        )  # fmt: skip
        out.append(replace(pm, place=_namesake_by(pm.text, town, gaz) or town) if far else pm)
    return out


_LABEL_REACH_KM = 150.0  # a line's label town and the villages its line names
_LABEL_CHARS = 40  # a label's length, up to its colon


# (its administration's or council's, not its governor's: "The Belgorod region governor said
# shelling hit Nikolskoye" names the villages' own region)
_A_BODY_AFTER = re.compile(
    r"\s+(?:(?:state|regional|district|city)\s+)?(?:military\s+)?(?:administration|council|police|"
    r"prosecutor)\b",
    re.IGNORECASE,
)
_HEAD_OF = re.compile(r"\b(?:head|governor|chief|mayor)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_COUNTRY_BEFORE = re.compile(
    r"\b(?P<country>Ukrainian|Russian)\s+(?:[a-z-]+\s+)?(?:city|town|village|settlement|port)\s+"
    r"(?:of\s+)?$"
)
_COUNTRY_CODE = {"ukrainian": "UA", "russian": "RU"}


def _of_its_own_country(text: str, pm: PlaceMention, region: Place) -> bool:
    said = _COUNTRY_BEFORE.search(text, max(0, pm.start - 50), pm.start)
    if said is None or pm.place is None:
        return False
    country = _COUNTRY_CODE[said.group("country").lower()]
    return pm.place.country == country != region.country


_CAME_FROM = re.compile(
    # ("struck Semenivka from the airspace of the Bryansk region": where the aircraft flew)
    r"\bfrom\s+(?:(?:the|Russian|Russia['’]s|Belarusian)\s+(?:direction|side|territory|area|airspace)"
    r"\s+(?:of|over)\s+)?(?:the\s+)?"
    r"(?:(?:occupied|annexed|temporarily\s+occupied)\s+)?$",
    re.IGNORECASE,
)


_WENT_TOWARDS = re.compile(r"\b(?:towards?|heading\s+(?:for|to))\s+(?:the\s+)?$", re.IGNORECASE)


def _in_region(name: str, region: Place, gaz: PlaceResolver) -> Place | None:
    """The namesake inside ``region`` ("Crimea, Dzhankoi district, Maiske": Crimea's Maiske,
    not Kherson's), or the region itself for a village the gazetteer lacks."""
    town = gaz.resolve(name, (region.name,), "town")
    if town is not None and town.precision == "town" and gaz.within(town, region):
        return town
    return inside_region(name, region)


# "in the north of Crimea", "northern Kherson region": a part of a region, named loosely
_COMPASS_PART = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    r"(?:north|south|east|west)(?:-?(?:east|west))?ern)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _by_its_edge(name: str, town: Place, region: Place, gaz: PlaceResolver) -> bool:
    """ "The Chongar bridge in the north of Crimea": a town of that name just over the border
    of a region named only by its part is the place meant, when none lies inside it."""
    towns = gaz.namesakes(name)
    return (
        town in towns and _near(town, region, region.radius_km)
        and not any(gaz.within(t, region) for t in towns)
    )  # fmt: skip


def by_the_district(town: Place, district: Place, reach_km: float | None = None) -> bool:
    """A Russian district the gazetteer knows by its centre only ("Glushkovsky district"),
    and a town of its oblast within its reach (Tetkino, 25 km from Glushkovo); ``reach_km``
    narrows the reach where one place is meant, not a namesake to prefer."""
    if district.admin1 in (None, district.name) or town.admin2 is not None:
        return False
    reach = max(district.radius_km, 20.0) * 1.5 if reach_km is None else reach_km
    return town.admin1 == district.admin1 and _near(town, district, reach)


_TOWN_OF_SIZE = 10_000
LOCATOR_KM = 40.0  # "X near Y", "X on the outskirts of Y": X lies within a short drive of Y


def located_near(found: list[PlaceMention], text: str, gaz: PlaceResolver) -> list[PlaceMention]:
    """ "Ivanivka, near Vysokopillia": of the Ivanivkas, the one by Vysokopillia. The locator
    outweighs population; its own qualifiers ("near Y (Beryslav raion, Kherson)") came with it.
    Its query is marked placed, so no later sibling rule re-resolves it and a bare mention
    of the name elsewhere in the text takes it (:func:`geo.story.later_sense`)."""
    # (a translator's gloss of a name is that name: "Aleksandrovka [TN: Oleksandrivka] on the
    # western outskirts of Donetsk" is placed by Donetsk as if the gloss were not there)
    glosses, ends = {}, {}
    for j in range(1, len(found)):
        close = _GLOSS_CLOSE.match(text, found[j].end)
        if close and _GLOSS_OPEN.fullmatch(text, found[j - 1].end, found[j].start):
            glosses[j], ends[j - 1] = j - 1, close.end()
    kept = [i for i in range(len(found)) if i not in glosses]
    out = list(found)
    for i, k in zip(kept, kept[1:], strict=False):
        _locate_by_the_next(out, found[i], found[k], (i, k, ends.get(i, found[i].end)), text, gaz)
    for j, i in glosses.items():
        if out[i] is not found[i] and out[i].place is not None:
            out[j] = replace(out[j], place=out[i].place, query=out[i].query)
    return _named_again_placed(out, found, text)


# (or the name in the other language, set off by commas: "Stepne, called Stepnoye in
# Russian, near Nova Karakuba")
_GLOSS_OPEN = re.compile(
    rf"\s*{lx.GLOSS_OPENS}\s*|\s*,\s*(?:called|known\s+as|spelt|spelled)\s+", re.IGNORECASE
)
_GLOSS_CLOSE = re.compile(r"\s*\]|\s+in\s+(?:Russian|Ukrainian)\b")


def _locate_by_the_next(
    out: list[PlaceMention], pm: PlaceMention, nxt: PlaceMention, at: tuple[int, int, int],
    text: str, gaz: PlaceResolver,
) -> None:  # fmt: skip
    """One pair of :func:`located_near`: ``pm`` (at ``out[i]``, its words ending at ``end``) by
    the town ``nxt`` (at ``out[k]``) after it."""
    i, k, end = at
    if pm.text.lower() in lx.RIVERS and text[: pm.start].rstrip().lower().endswith("the"):
        return  # "a bridge across the Dnipro in the area of Nova Kakhovka": the river's
    area = _AREA_OF.fullmatch(text[end : nxt.start])
    part = _part_of(nxt, pm.place, gaz) if area else None
    if part is not None and nxt.query is not None:
        # "a drone attack on Sevastopol in the area of Lyubimovka": a part of the town,
        # placed (so a bare "Lyubimovka" elsewhere in the text is this one too)
        out[k] = replace(nxt, place=part, query=(nxt.query[0], (), True))
        return
    by = nxt.place
    if pm.query is None or pm.query[2] or by is None or by.precision != "town":
        return  # no query to redo, or already placed by its own qualifiers
    if not by.located:
        return
    if _SITE_IN.fullmatch(text[end : nxt.start]):
        # "the Kresty military airfield in Pskov", "Vinnytsia airport in Havryshivka": the
        # site's name; the town it is in (by the city the site is named after, if it is
        # one) is where it was struck
        if _named_for_its_town(pm.place, by, text[end : nxt.start]):
            out[i] = replace(pm, query=(pm.query[0], (), True), role=nxt.role)
            out[k] = replace(nxt, role="context")
            return
        town = _part_of(nxt, pm.place, gaz) if big_town(pm.place) else None
        if town is not None and town is not pm.place and nxt.query is not None:
            out[k] = by_town = replace(nxt, place=town, query=(nxt.query[0], (), True))
            by = by_town.place
        out[i] = replace(pm, place=by, query=None)
        return
    if LOCATED_BY.fullmatch(text[end : nxt.start]) is None:
        return
    bearing = _BEARING_WORD.search(text, end, nxt.start)
    near = _namesake_by(
        pm.query[0],
        by,
        gaz,
        bearing.group(0).lower() if bearing else None,
        _reach_told(text[end : nxt.start]),
    )
    if near is not None and _A_TOWN_WORD.search(text, end, nxt.start):
        # "Bereznehuvate, the district town north of Snihurivka": the town of 7,500 there,
        # not a hamlet of that name a little nearer
        near = _the_biggest_by(pm.query[0], by, gaz, near, _reach_told(text[end : nxt.start]))
    if near is None and not _DISTANCE_TOLD.search(text, end, nxt.start):
        # ("the smith in Zolochiv near Lviv": a town of some size a longer drive away, 60
        # km, is still the one near it, before the locator's own town; a village that far
        # is likelier a namesake of a hamlet the gazetteer lacks)
        farther = _namesake_by(pm.query[0], by, gaz, None, 2 * LOCATOR_KM)
        near = farther if farther is not None and farther.population >= _TOWN_OF_SIZE else None
    # none by it ("a beach near Liubymivka in the Nakhimovskyi district of Sevastopol": a
    # part of the city the gazetteer lacks): the locator's town, not a far namesake
    if (
        near is None
        and pm.place is not None
        and (
            pm.place.precision != "town" or _near(pm.place, by, 2 * LOCATOR_KM)
            # "Ryazan, southeast of Moscow", "Toropets, 380 km from Moscow": a bearing or
            # a distance places a known town however far; only "near" is a short drive
            or _BEARING.search(text, end, nxt.start) is not None
        )
    ):  # fmt: skip
        return  # placed by the text's other words, a drive away; or no town at all
    out[i] = replace(pm, place=near or by, query=(pm.query[0], (), True))


def _named_again_placed(
    out: list[PlaceMention], found: list[PlaceMention], text: str
) -> list[PlaceMention]:
    """ "Pokrovske hromada got it …, that is the Pokrovske west of Nikopol": a bare name the
    same sentence places when it names it again is the place so placed (not when it names
    it again to set it aside: "Zolochiv (ours … — NOT the Zolochiv near Kharkiv)")."""
    aside = in_a_disclaimer(text)
    placed = {
        pm.text: pm.place for pm, was in zip(out, found, strict=True)
        if was.query is not None and not was.query[2] and pm.query is not None and pm.query[2]
        and pm.place is not None and not aside(pm)
    }  # fmt: skip
    # (a name the sentence qualifies with its own raion or oblast keeps that sense: "Zolochiv
    # (our Zolochiv, Bohodukhiv district) … the smith in Zolochiv near Lviv")
    return [
        replace(pm, place=placed[pm.text], query=(pm.query[0], (), True))
        if pm.text in placed and pm.query is not None and not pm.query[2]
        and not _qualified_next(pm, found) else pm
        for pm in out
    ]  # fmt: skip


def _qualified_next(pm: PlaceMention, found: list[PlaceMention]) -> bool:
    """Is the bare name qualified right after it ("Zolochiv (our Zolochiv, Bohodukhiv
    district)"), so that no later namesake the sentence places is its sense?"""
    return any(
        q.query is not None and q.query[0] == pm.text and q.query[1] and q.query[2]
        and 0 < q.start - pm.end <= 8
        for q in found
    )  # fmt: skip


def nearest_namesakes(
    found: list[PlaceMention], gaz: PlaceResolver, text: str = ""
) -> list[PlaceMention]:
    """Among namesakes, the one nearest the other towns of the sentence ("near Synkivka and
    Ivanivka in the Kharkiv region": the Ivanivka by Synkivka, not one 100 km off); not the
    towns of a disclaimer ("NOT the Zolochiv near Lviv"), which say where it is not."""
    aside = in_a_disclaimer(text) if text else None
    towns = [
        p for p in found
        if p.place and p.place.precision == "town" and p.place.located
        and not (aside is not None and aside(p))
        # (not a site's name after a town: "the Dniprovska substation at Vasylivka (…)")
        # (a hromada's adjective is its seat, though: "(Ocheretynska hromada, …)")
        # (the adjective of a shorter town's name only: not "Dneprovskoye", Dniprovske itself)
        and not (
            _NAMED_AFTER.search(p.text)
            and len(p.place.name) <= len(p.text) - 3
            and not _A_HROMADA_AFTER.match(text, p.end)
        )
    ]  # fmt: skip
    if len(towns) < 2:
        return found
    found = _listed_together(found, towns, gaz, text)
    towns = [p for p in found if any(p.start == t.start for t in towns)]
    # each by where the others lie as they are placed, until none moves: "one each in
    # Heorhiivka, Krasnohorivka and Paraskoviivka", where Heorhiivka first stood by a namesake
    # 130 km off, must not pull Paraskoviivka to its own namesake by that one
    out, at = list(found), [i for i, p in enumerate(found) if any(p is t for t in towns)]
    for _ in range(3):
        placed = [p.place for p in out]
        _by_the_others(out, at, gaz, text)
        if placed == [p.place for p in out]:
            break
    return out


def _listed_together(
    found: list[PlaceMention], towns: list[PlaceMention], gaz: PlaceResolver, text: str
) -> list[PlaceMention]:
    """A list of three or more villages ("one each in Heorhiivka, Krasnohorivka and
    Paraskoviivka") lies together: of their namesakes, the set that lies tightest, if it lies
    within a district's reach. A name qualified where it stands, or a town of rank, stays."""
    listed = [t for t in towns if t.query is not None and _listed_with(t, towns, text)]
    if len(listed) < 3:
        return found
    choices = [_its_namesakes(t, gaz) for t in listed]
    if math.prod(len(c) for c in choices) > MAX_SETS or all(len(c) == 1 for c in choices):
        return found
    best = min(itertools.product(*choices), key=_spread)
    if not _together(list(best)):
        return found
    chosen = {t.start: p for t, p in zip(listed, best, strict=True)}
    return [replace(p, place=chosen[p.start]) if p.start in chosen else p for p in found]


MAX_SETS = 4_000  # sets of namesakes weighed for one list, at most


def _its_namesakes(pm: PlaceMention, gaz: PlaceResolver) -> list[Place]:
    """The places a listed name may be: its namesakes, unless words or rank fix it."""
    assert pm.query is not None and pm.place is not None
    name, regions, strict = pm.query
    if strict or regions or pm.place.population >= TOWN_OF_RANK:
        return [pm.place]
    return [pm.place] + [
        p for p in gaz.namesakes(name) if p.located and p.key != pm.place.key
    ]  # fmt: skip


def _spread(places: tuple[Place, ...]) -> float:
    return sum(
        haversine_km((a.lat or 0.0, a.lon or 0.0), (b.lat or 0.0, b.lon or 0.0))
        for a, b in itertools.combinations(places, 2)
    )


def _by_the_others(out: list[PlaceMention], at: list[int], gaz: PlaceResolver, text: str) -> None:
    """One pass of :func:`nearest_namesakes`: each town of ``at`` by the centre of the others
    as they stand, in place."""
    for i in at:
        pm = out[i]
        # a name placed by its hromada's seat ("Ivanivka of the Lyman community") stays put;
        # one placed only in its region ("… in the Kharkov Region") still takes its neighbours'
        if pm.query is None or (pm.query[2] and not pm.query[1]):
            continue
        towns = [out[j] for j in at]
        others = [o.place for j, o in zip(at, towns, strict=True) if j != i and o.place]
        near = _by_its_list(pm, others, _listed_with(pm, towns, text), gaz)
        if (
            near is not None
            and pm.place is not None
            and _its_neighbour_called_so(pm.query[0], near, pm.place)
        ):
            # ("the Zatoka bridge … road to Odesa": Zatoka, not the village by it that
            # GeoNames also calls Zatoka)
            near = pm.place
        if near is not None and near.precision == "town":
            # (one kept by its neighbour is placed, for the text's later bare mentions)
            placed = near.key.startswith("near:")
            query = (pm.query[0], (), True) if placed else pm.query
            out[i] = replace(pm, place=near, query=query)


def _by_its_list(
    pm: PlaceMention, others: list[Place], listed: bool, gaz: PlaceResolver
) -> Place | None:
    """The namesake of ``pm`` the sentence's other towns point to, if any."""
    assert pm.query is not None
    centre = (
        sum(o.lat or 0.0 for o in others) / len(others),
        sum(o.lon or 0.0 for o in others) / len(others),
    )
    name, regions, strict = pm.query
    together = _together(others)
    nearby = together or _together(others, 1.5, 2.0)  # within a front's ~170 km
    # the middle of towns far apart (Vovchansk and Avdiivka) is no neighbourhood: there a
    # namesake keeps its rank (Nikopol the city, not a village of 588)
    ranked = pm.place is not None and pm.place.population >= TOWN_OF_RANK
    near = (
        gaz.resolve(name, regions, "any", strict=strict, near=centre)
        if nearby or len(others) == 1 or not ranked
        else None
    )
    # a town of rank keeps it even in a tight list ("Selydove, Kostiantynivka and Kurakhove":
    # the city of 67,000, not a hamlet of that name by the other two)
    if strict or not together or ranked:
        return near
    # A roundup's tight list ("Kherson, Antonivka, Bilozerka, Sadove"): the namesake among
    # its neighbours, if one is, whatever the others' size.
    return (
        _by_a_neighbour(name, others, gaz)
        or gaz.resolve(name, (), "town", near=centre, within_km=LIST_KM)
        or (_unless_far(name, near, others, gaz) if listed else near)
    )


_A_HROMADA_AFTER = re.compile(r"\s+(?:hromada|community|territorial\s+community)\b", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"s['’]?k(?:a|e|yi|iy|ij|aya|oye|oe)$")
LIST_KM = 30.0  # a village listed with its neighbours lies this near their centre


TOWN_OF_RANK = 20_000  # a town this size keeps its rank unless its sentence's towns lie together


NEIGHBOUR_KM = 15.0  # ... and often this near one of them


VILLAGE = 5_000  # people: a namesake this small may be one of many
COMMON_NAME = 5  # namesakes: a name this many villages share may be one more the index lacks
FAR_KM = 300.0  # a namesake this far from every town it is listed with is not the one


_JOINED = re.compile(r"\s*(?:,|and|or|,\s+and)\s*")


def _listed_with(pm: PlaceMention, towns: list[PlaceMention], text: str) -> bool:
    """Is the name joined to another town of the sentence by a comma or "and" ("over Unecha
    and Vysokoye"), not only named in the same sentence ("Druzhba … killed on Sadova")?"""
    return any(
        _JOINED.fullmatch(text, min(o.end, pm.end), max(o.start, pm.start)) is not None
        for o in towns
        if o is not pm
    )


def _its_neighbour_called_so(name: str, near: Place, found: Place) -> bool:
    """Is ``near`` only also called ``name``, beside ``found`` that bears it (within 20 km)?"""
    bones = skeleton(name.lower())
    return (
        near.key != found.key and _near(near, found, 20.0)
        and skeleton(near.name.lower()) != bones and skeleton(found.name.lower()) == bones
    )  # fmt: skip


def _unless_far(
    name: str, near: Place | None, others: list[Place], gaz: PlaceResolver
) -> Place | None:
    """ "explosions over Unecha and Vysokoye": with no namesake within a front's reach of the
    list's towns (the one found is in Crimea), a village the gazetteer lacks, by its neighbour.
    Only for a common name (many villages share it); a name of one place is that place
    ("KYIV — … damaged the Chonhar bridge")."""
    if near is None or not near.located or len(others) != 1 or not others[0].located:
        return near
    # (a village found for a village's neighbour: not Reni the port of 19,000 by "Moscow")
    if (
        near.population >= VILLAGE or others[0].population >= BIG_CITY
        or len(gaz.namesakes(name)) < COMMON_NAME
    ):  # fmt: skip
        return near
    town = others[0]
    assert near.lat is not None and near.lon is not None
    assert town.lat is not None and town.lon is not None
    if haversine_km((near.lat, near.lon), (town.lat, town.lon)) <= FAR_KM:
        return near
    return near_town(name, town)


def _by_a_neighbour(name: str, others: list[Place], gaz: PlaceResolver) -> Place | None:
    """The namesake next to one of the list's other towns ("Antonivka, Sadove, Bilozerka":
    the Sadove by Antonivka), the nearest if several are."""
    best: tuple[float, Place] | None = None
    for o in others:
        if o.lat is None or o.lon is None:
            continue
        cand = gaz.resolve(name, (), "town", near=(o.lat, o.lon), within_km=NEIGHBOUR_KM)
        if cand is None or cand.lat is None or cand.lon is None:
            continue
        km = haversine_km((cand.lat, cand.lon), (o.lat, o.lon))
        if best is None or km < best[0]:
            best = (km, cand)
    return best[1] if best else None


def _together(places: list[Place], lat_span: float = 0.55, lon_span: float = 0.8) -> bool:
    """Do these places lie within a district's reach of each other (~60 km by default)?"""
    lats = [p.lat for p in places if p.lat is not None]
    lons = [p.lon for p in places if p.lon is not None]
    return bool(lats) and max(lats) - min(lats) < lat_span and max(lons) - min(lons) < lon_span


def with_unknown_places(
    text: str, found: list[PlaceMention], gaz: PlaceResolver
) -> list[PlaceMention]:
    """Places the words name but the gazetteer lacks: kept, at their region if one is named.

    "the village of Dyagilevo in the Ryazan region" becomes a region-precision
    place (the region's centre and radius); without a region, an unlocated one.
    """
    taken = [(p.start, p.end) for p in found]
    extra = []
    for m in lx.UNKNOWN_PLACE.finditer(text):
        group = next(g for g in ("a", "b", "c", "d") if m.group(g))
        name, start = m.group(group), m.start(group)
        if (
            any(a <= start < b for a, b in taken)
            or name.lower() in lx.NOT_PLACES
            or name.split()[0].lower() in lx.NOT_PLACES  # "the town of President Volodymyr…"
            # ("struck the Russian-occupied airfield of …": whose it is, not a name)
            # (a headline's "Russian-Held Donetsk" too)
            or re.search(r"(?i)-(?:occupied|held|controlled|backed|installed)$", name) is not None
            or gaz.is_known(name)
            or _tail_of_known(text, start, name, gaz)
            or lx.ZONE_AFTER.match(text, start + len(name))
            # ("on the Simferopol-Dzhankoi road": a road named by the towns it joins)
            or ("-" in name and lx.ROAD_NAMED.match(text[start + len(name) :]) is not None)
            or (group == "c" and _a_sites_name(text, name, gaz))
        ):
            continue
        regions = [
            p for p in found if p.place and p.place.precision == "region" and p.start > start
        ]
        region = regions[0].place if regions else None
        place = (
            gaz.unknown(name, region)
            or _near_part(name, region, gaz)
            or inside_region(name, region)
        )
        extra.append(PlaceMention(start, start + len(name), name, place, "target"))
    if not extra:
        return found
    used = {p.place.admin1 for p in extra if p.place and p.place.key.startswith("unk:")}
    kept = [
        p for p in found if not (p.place and p.place.precision == "region" and p.place.name in used)
    ]
    return sorted(kept + extra, key=lambda p: p.start)


def site_names(text: str, gaz: PlaceResolver) -> frozenset[str]:
    """Hyphenated names the text gives a plant or a firm ("the Factor-Druk plant"): its bare
    "killed at Factor-Druk" elsewhere is that site, no unknown village. (A town's own name
    stays a town: "Ust-Luga port".)"""
    return frozenset(m.group(1) for m in _SITE_NAMED.finditer(text) if not gaz.is_known(m.group(1)))


def _a_sites_name(text: str, name: str, gaz: PlaceResolver) -> bool:
    """ "killed at Factor-Druk … the Factor-Druk plant": a name the text gives a plant or a
    firm is the site's, not an unknown village's."""
    return name in site_names(text, gaz)


_SITES_NOUN = (
    rf"(?:(?i:{lx.FACILITY})|printing\s+house|company|firm|publishers?|printers?|store|"
    r"supermarket|hypermarket|shopping\s+(?:centre|center|mall)|mall|office|headquarters)\b"
)


# (a word or two between: "the Factor-Druk printing plant")
_SITE_NAMED = re.compile(rf"\b([A-Z][a-z]+(?:-[A-Z][\w'’]+)+)\s+(?:[a-z]+\s+){{0,2}}?{_SITES_NOUN}")


# "the Kropotkinskaya oil pumping station", "the Novoshakhtinsky refinery", "Zmiivska TPP":
# a facility named by the adjective of its town.
_FACILITY_ADJ = re.compile(
    r"\b(?P<stem>[A-Z][a-z]{3,}?)(?P<sk>s['’]?k)(?:aya|aja|iy|yi|y|ij|a|oye|oe|e)\s+"
    r"(?:(?:oil|gas|thermal|hydroelectric|hydro|nuclear|power|pumping|compressor|"
    r"metallurgical|chemical|coke|ammunition|gunpowder|explosives)\s+){0,3}"
    rf"{lx.FACILITY}\b"
)


def with_facility_towns(
    text: str, found: list[PlaceMention], gaz: PlaceResolver
) -> list[PlaceMention]:
    """The town a facility's adjective names, when the gazetteer knows it (and it lies in
    the region the sentence names, if any)."""
    extra = []
    regions = [p.place for p in found if p.place and p.place.precision == "region"]
    for m in _FACILITY_ADJ.finditer(text):
        if any(p.start <= m.start() < p.end and _placed(p, regions, gaz) for p in found):
            continue
        stem = m.group("stem")
        for name in (stem, stem + m.group("sk")):
            place = gaz.resolve(name, (), "town") if gaz.is_known(name) else None
            if place is None or place.precision != "town":
                continue
            if regions and not any(gaz.within(place, r) for r in regions):
                continue
            end = m.start() + len(m.group(0).split()[0])
            extra.append(PlaceMention(m.start(), end, text[m.start() : end], place, "target"))
            break
    if not extra:
        return found
    kept = [p for p in found if not any(e.start <= p.start < e.end for e in extra)]
    return sorted(kept + extra, key=lambda p: p.start)


def _placed(pm: PlaceMention, regions: list[Place], gaz: PlaceResolver) -> bool:
    """Found in the gazetteer, and in the region the sentence names (if it names one)."""
    p = pm.place
    if p is None or p.key.startswith("unk:"):
        return False
    return not regions or any(gaz.within(p, r) for r in regions)


# "Semenivka community: the Russians shelled Oleksandrivka, Pokrovske and Mykolaivka"
# "In the Lyman community, Ivanivka came under artillery fire"
_HROMADA_ENTRY = re.compile(
    rf"^\s*(?:{lx.BULLET}\s+)?(?:In\s+the\s+)?(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)\s+"
    r"(?:community|hromada)\s*[:,]"
)


def in_the_entrys_hromada(
    text: str, found: list[PlaceMention], gaz: PlaceResolver
) -> list[PlaceMention]:
    """The villages a roundup's community entry names are that hromada's: the namesake
    near its seat, as "X of the Y hromada" would say."""
    m = _HROMADA_ENTRY.match(text)
    seat = next((p.place for p in found if p.start == m.start("name")), None) if m else None
    if seat is None or seat.precision != "town" or seat.lat is None or seat.lon is None:
        return found
    assert m is not None
    locator = m.group(0).lstrip().startswith("In ")  # "In the Lyman community, Ivanivka …"
    out = []
    for pm in found:
        p = pm.place
        if pm.start > m.end() and p is not None and p.precision == "town" and pm.query:
            near = gaz.resolve(
                pm.query[0], (), "town", near=(seat.lat, seat.lon), within_km=HROMADA_KM
            )
            pm = replace(pm, place=near) if near is not None else pm
            if locator and pm.role == "context" and lx.SUBJECT_AFTER.match(text[pm.end :]):
                pm = replace(pm, role="target")  # "…, Ivanivka came under artillery fire"
        out.append(pm)
    if locator and any(pm.start > m.end() and pm.role == "target" for pm in out):
        # the community only says where its village is
        out = [pm for pm in out if pm.start != m.start("name")]
    return out


SITE_TOWN_KM = 30.0  # "Belbek airbase, Sevastopol": the town a site is written with


def without_site_locators(
    found: list[PlaceMention], sites: list[tuple[int, int, Place]], text: str
) -> list[PlaceMention]:
    """'Belbek airbase, Sevastopol', 'the Trypilska plant in Ukrainka': the town written
    right after a site it lies by says where the site is; it is no second place struck."""
    if not sites:
        return found
    out, promoted = [], set()
    for pm in found:
        p = pm.place
        a, site = next(
            (
                (a, st) for a, b, st in sites
                if _SITE_LOCATOR.fullmatch(text[b : pm.start])
                # (not "the College of … after strike in Kramatorsk": where the strike was)
                and not lx.TRIGGER.search(text, b, pm.start)
            ),
            (None, None),
        )  # fmt: skip
        if (
            site is not None
            and p is not None
            and p.precision == "town"
            and _near(site, p, SITE_TOWN_KM)
        ):
            if pm.role in ("target", "subject") and _LIST_HEAD.search(text[: a or 0]):
                # "The Khalino airfield near Kursk, … were attacked": struck where the town is
                promoted.add(a)
            continue
        out.append(pm)
    return [
        replace(pm, role="target") if pm.start in promoted and pm.role == "context" else pm
        for pm in out
    ]


_LIST_HEAD = re.compile(r"(?:^|[,;:]|\band)\s*(?:the\s+)?$", re.IGNORECASE)
# ", ", " in ", and a site's own kind before it: "the DniproHES hydroelectric dam in"
_SITE_LOCATOR = re.compile(
    r",\s*|(?:\s+[a-z-]+){0,3}\s+(?:in|near|outside)\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
)


def _named_for_its_town(site_town: Place | None, by: Place, between: str) -> bool:
    """ "The Afipsky refinery near Krasnodar": a smaller town by a big city names the site
    it holds; the city is only the reporter's bearing. (A site near a smaller town, "the
    Zaporizhzhia plant near Enerhodar", lies by that town.)"""
    return (
        site_town is not None and site_town.precision == "town"
        and re.search(r"\bnear\s", between) is not None
        and by.population >= 100_000 > site_town.population
        and _near(site_town, by, LOCATOR_KM)
    )  # fmt: skip


def _near(a: Place, b: Place, km: float) -> bool:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km((a.lat, a.lon), (b.lat, b.lon)) <= km


def _tail_of_known(text: str, start: int, name: str, gaz: PlaceResolver) -> bool:
    """'Rih' in 'Kryvyi Rih, Dnipropetrovsk oblast': the last word of a known name."""
    prev = re.search(r"([A-Z][\w'’\-]+)\s+$", text[max(0, start - 40) : start])
    return prev is not None and gaz.is_known(f"{prev.group(1)} {name}")


def _near_part(name: str, region: Place | None, gaz: PlaceResolver) -> Place | None:
    """'Kupiansk-Vuzlovyi' is not in the gazetteer but Kupiansk is: the railway town next
    to it is a better guess than the middle of the oblast."""
    head = name.split("-")[0]
    if head == name or not gaz.is_known(head) or re.search(r"-(?:on|na|nad)-", name):
        return None
    town = gaz.resolve(head, (region.name,) if region else (), "town")
    if town is None or town.precision != "town":
        return None
    return near_town(name, town)


def near_town(name: str, town: Place) -> Place:
    """A place the gazetteer lacks, put at the known town it lies by."""
    return Place(
        key=f"near:{name.lower()}@{town.key}", name=f"{name} (near {town.name})",
        country=town.country, lat=town.lat, lon=town.lon, precision="town",
        admin1=town.admin1, radius_km=10.0, source=f"nearest known town to {name}",
    )  # fmt: skip


def inside_region(name: str, region: Place | None) -> Place | None:
    if region is None:
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower())
    return Place(
        key=f"unk:{slug}@{region.key}", name=f"{name} ({region.name})", country=region.country,
        lat=region.lat, lon=region.lon, precision="region", admin1=region.name,
        radius_km=region.radius_km, source="region of a place not in the gazetteer",
    )  # fmt: skip


_SHOULD_NOT = r"(?:should|must)\s+not"
# "Antonivka, near the bridge, should not be confused with …": a sentence whose predicate is which
# namesake is meant (not an aside's "(not to be confused with …)" in a sentence telling a strike)
NAMESAKE_TOLD_APART = re.compile(rf"\b{_SHOULD_NOT}\s+be\s+confused\s+with\b", re.IGNORECASE)
# "not to be confused with Antonivka in the Lviv region": a region named to rule it out.
# the words of a disclaimer, to the end of its clause: "NOT the Zolochiv near Kharkiv"
_DISCLAIMER = re.compile(
    r"\b(?:(?:not|NOT|Not)\s+(?:the|to\s+be\s+confused\s+with)\s+|(?:[Tt]he\s+other)\s+(?=[A-Z])|"
    r"NOT\s+(?:(?:our|their|that)\s+)?(?=[A-Z][\w'’-]+\s+(?:near|by|in|of|outside)\s))"
    r"[^.;()—–]{1,80}"
)


def in_a_disclaimer(text: str) -> Callable[[PlaceMention], bool]:
    """Is a place named inside one of the text's disclaimers ("Zolochiv (ours, Lviv obl. —
    NOT the Zolochiv near Kharkiv)"), where the text says which namesake it does not mean?"""
    spans = [(m.start(), m.end()) for m in _DISCLAIMER.finditer(text)]
    return lambda p: any(a <= p.start < b for a, b in spans)


DISCLAIMED = re.compile(
    # ("not the Bilenke in Zaporizhzhia or Odesa obl.": a namesake named to be set aside)
    rf"\b(?:(?:not\s+to|is\s+not\s+to|{_SHOULD_NOT})\s+be\s+confused\s+with|"
    # (not "It is not the first time Pavlohrad has been hit": a time, not a namesake)
    # ("NOT the Zolochiv near Kharkiv": a note's capitals too)
    r"(?:not|NOT|Not)\s+the\s+(?!(?:first|second|third|last|only)\s+time\b)(?:(?:big|bigger|large|larger|small|"
    r"smaller|other|famous|well-known)\s+)?(?:one|village|town|city|[A-Z][\w'’-]+)|unlike|rather\s+than|"
    # ("(the Kharkiv oblast one, NOT Zolochiv near Lviv)": a name and where it is, set aside)
    # (and a note's own: "NOT our Semenivka in Poltava oblast — this is ours, in the district")
    r"(?-i:NOT)\s+(?:(?-i:our|their|that)\s+)?(?=(?-i:[A-Z])[\w'’-]+\s+(?:near|by|in|of|outside)\s)|"
    r"as\s+opposed\s+to|"
    # "(there is another Sadove in the Skadovsk district)", "a village of the same name lies in
    # the Mykolaiv district": the namesake set aside
    r"there\s+(?:is|are)\s+(?:also\s+)?(?:an)?other|there['’]s\s+(?:also\s+)?(?:an)?other|"
    # ("[The other Zolochiv, near Kharkiv, is where …]": the namesake set aside, by its town)
    r"the\s+other\s+(?-i:[A-Z])[\w'’-]+(?=\s*[,(]|\s+(?:near|in|by|of)\b)|"
    r"of\s+the\s+same\s+name)\b[^.;]*$"
    # "near the border with Ukraine's Chernihiv region", "bordering Kursk region"; not "the
    # border areas of Chernihiv region", which are that region's own
    r"|\b(?:borders?\s+with|bordering|borders)\s+(?:[\w'’]+\s+){0,2}$"
    # "…, that is the Pokrovske west of Nikopol, not Pokrovsk in Donetsk region": a contrast
    # names the one not meant (a capital after "not": not "…, not far from Kharkiv region")
    # (or after a note's dash: "in Inhulets village … in our district - NOT Inhulets town near
    # Kryvyi Rih")
    r"|(?:^|[,;(]|\s[-–—])\s*not\s+(?:[\"“‘'](?:our|their|the\s+other|that)[\"”’']\s+)?(?-i:[A-Z])[\w'’-]+\b[^.;]*$",
    re.IGNORECASE,
)


_CONFUSED = rf"(?:not\s+to|{_SHOULD_NOT})\s+be\s+confused"
# A sentence that says which namesake the text means: "of the same name", "not to be confused"
WHICH_ONE_TOLD = re.compile(
    rf"\b(?:of\s+the\s+same\s+name|{_CONFUSED}|"
    r"one\s+of\s+(?:several|many|two|three)\s+(?:villages|towns|places)\s+(?:in\s+\w+\s+)?"
    r"(?:with|called|named)\s+the\s+same\s+name)\b",
    re.IGNORECASE,
)
_SET_ASIDE_FROM = re.compile(rf"\b(?:{_CONFUSED}|not\s+the\b|unlike\b|rather\s+than\b)", re.I)


# (or the name told first, then "the other one": "There are two villages called Hrakove in
# Kharkiv region; the other one, near Dvorichna in the Kupiansk district, is …")
_THE_OTHER_ONE_NEAR = re.compile(
    r"\b(?:called|named)\s+(?P<name>[A-Z][\w'’-]+)\b[^.;]{0,60}?[;,]\s*(?i:the\s+other)\s+"
    r"(?:one|village|town)?,?\s*(?:near|by|outside|next\s+to)\s+(?P<by>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)


def the_one_not_near(text: str, gaz: PlaceResolver) -> dict[str, Place]:
    """The namesake a note means when it sets aside the one by a town ("Inhulets village … -
    NOT Inhulets town near Kryvyi Rih"): the only one not by that town, by name.

    Parameters
    ----------
    text : str
        A sentence.
    gaz : PlaceResolver
        The resolver, for the namesakes and the town they are told apart by.

    Returns
    -------
    dict of str to Place
        The name (case-folded) and the one it means; empty when the sentence sets none aside,
        or more than one namesake is left.
    """
    meant = {}
    for m in [*_NOT_THE_ONE_NEAR.finditer(text), *_THE_OTHER_ONE_NEAR.finditer(text)]:
        by = gaz.resolve(m.group("by"), (), "town")
        if by is None or not by.located:
            continue
        assert by.lat is not None and by.lon is not None
        left = [
            p for p in gaz.namesakes(m.group("name"))
            if p.located and haversine_km((p.lat, p.lon), (by.lat, by.lon)) > HROMADA_KM  # type: ignore[arg-type]
        ]  # fmt: skip
        if len(left) == 1:
            meant[m.group("name").casefold()] = left[0]
    return meant


_NOT_THE_ONE_NEAR = re.compile(
    # (or "the other Zolochiv, near Kharkiv, is where …": the one set aside, by its town)
    r"\b(?:(?i:not)\s+(?:the\s+)?|(?i:the\s+other)\s+)(?P<name>[A-Z][\w'’-]+),?\s+"
    r"(?:(?i:town|village|city)\s+)?"
    r"(?:near|by|outside|next\s+to)\s+(?P<by>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)


def the_one_not_in(
    text: str, gaz: PlaceResolver, near: Sequence[tuple[float, float]] = ()
) -> dict[str, Place]:
    """The namesake a note means when it sets aside those of an oblast or a raion ("the farm
    at `Галаганівка` … not the `Галаганівка` in the Mykolaiv oblast", "Rubizhne (the city;
    not the Rubizhne of the Pokrovskyi raion)"): the only one elsewhere; of several, the one
    nearest one of ``near`` (the towns the sentence names beside it, where the text's places
    lie), else one that outranks the rest."""
    meant = {}
    for m in _NOT_THE_ONE_IN.finditer(text):
        rest = text.replace(m.group(0), " ")
        if re.search(rf"\b{re.escape(m.group('name'))}{_QUALIFIED}", rest):
            # ("near Vasylivka, Kamianske r-n - NOT Vasylivka in Zaporizhzhia obl.": the words
            # that place it say which one; the one set aside only where it is not)
            continue
        unit = m.group("unit").lower()
        kind = "raion" if unit in ("raion", "district", "rayon") else "oblast"
        area = gaz.resolve(f"{m.group('region')} {kind}", (), "region")
        if area is None or area.admin1 is None:
            continue
        left = [
            p for p in gaz.namesakes(m.group("name"))
            if p.located and not _inside(p, area, kind)
        ]  # fmt: skip
        if len(left) > 1 and near:
            left = _nearest_of(left, near)
        elif len(left) > 1:
            ranked = sorted(left, key=lambda p: -p.population)
            left = (
                ranked[:1] if ranked[0].population >= 10 * max(ranked[1].population, 100) else left
            )
        if len(left) == 1:
            meant[m.group("name").casefold()] = left[0]
    return meant


NEAR_TEXT_KM = 80.0  # a namesake this near the text's places may be the one it means


def _nearest_of(places: list[Place], near: Sequence[tuple[float, float]]) -> list[Place]:
    """The one of ``places`` nearest a point of ``near`` if it is near enough to be meant."""
    far, nearest = min(
        (haversine_km(point, (p.lat or 0.0, p.lon or 0.0)), i)
        for point in near for i, p in enumerate(places)
    )  # fmt: skip
    return [places[nearest]] if far <= NEAR_TEXT_KM else []


_QUALIFIED = r"\s*,\s*[A-Z][\w'’-]+\s+(?:r-n|raion|district|oblast|obl)\b"


def _inside(p: Place, area: Place, kind: str) -> bool:
    return p.admin1 == area.admin1 and (kind == "oblast" or p.admin2 == area.admin2)


_NOT_THE_ONE_IN = re.compile(
    r"\b(?i:not)\s+(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+|(?i:other)\s+)?"
    r"[`'\"‘“]?(?P<name>[^\W\d_][\w'’-]+)[`'\"’”]?"
    # (an apposition between: "Not the city of Kamianske, the former Dniprodzerzhynsk, in …",
    # "NOT the other Heorhiivka, the one out west in the … district")
    r"(?:,\s+the\s+(?:former|old|one|big|small)\b[^,;.()]{0,40}?(?:,|(?=\s+(?i:in|of)\s)))?"
    r",?\s+(?i:in|of)\s+(?i:the\s+)?"
    r"(?P<region>[A-Z][\w'’-]+)\s+(?P<unit>(?i:oblast|region|obl\.?|raion|district|rayon))"
)


def names_set_aside(text: str) -> frozenset[str]:
    """The names (case-folded) a sentence sets aside a namesake of ("not the Volodymyrivka of
    the Pokrovsk raion"): no neighbour to place that name by."""
    return frozenset(m.group("name").casefold() for m in _NOT_THE_ONE_IN.finditer(text))


def namesakes_meant(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The names a sentence that tells namesakes apart means: those before the words that
    set the others aside ("… the Dmytrivka of the Kutsurub community. Not to be confused
    with … the Dmytrivka in the Odesa district"), none named to be set aside."""
    aside = _SET_ASIDE_FROM.search(text)
    return [
        p for p in found
        if (aside is None or p.start < aside.start())
        and not DISCLAIMED.search(text, max(0, p.start - 60), p.start)
    ]  # fmt: skip


HROMADA_KM = 40.0  # a village lies within 10–20 km of its hromada's seat, a few 40


def big_town(place: Place | None) -> bool:
    """A city, or a raion's seat: a name that keeps its rank against a village's."""
    return (
        place is not None and place.precision == "town"
        and (place.seat >= 2 or place.population >= 100_000)
    )  # fmt: skip


def _part_of(pm: PlaceMention, town: Place | None, gaz: PlaceResolver) -> Place | None:
    """The namesake of ``pm`` by ``town``, or the town itself if the index has none there."""
    if town is None or not town.located or town.precision != "town" or pm.query is None:
        return None
    return _namesake_by(pm.query[0], town, gaz) or town


# "In the village of Sadove, north-east of the city, …": a bearing from the town told before
_OF_THE_CITY = re.compile(
    r",?\s+(?P<bearing>(?:north|south|east|west)(?:-?(?:east|west))?)\s+of\s+the\s+(?:city|town)\b"
    # (or in its community: "Sadove, a village that belongs to the city community")
    r"|,\s+(?:a|the)\s+(?:village|settlement)\s+(?:that\s+belongs\s+to|of|in|within)\s+the\s+"
    r"(?:city|town)(?:['’]s)?\s+(?:community|hromada)\b"
    r"|,\s+which\s+(?:is|was)\s+(?:a\s+)?part\s+of\s+the\s+(?:city\s+)?(?:community|hromada)\b",
    re.IGNORECASE,
)


def placed_by_the_town_told(
    found: list[PlaceMention], text: str, town: Place | None, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "In the village of Sadove, north-east of the city": of the Sadoves, the one on that
    side of the city the story tells (``town``), within a short drive."""
    if town is None or town.precision != "town" or not town.located:
        return found
    out = []
    for pm in found:
        said = _OF_THE_CITY.match(text, pm.end)
        if said and pm.query is not None and not pm.query[2] and pm.place is not None:
            bearing = said.group("bearing")
            near = _namesake_by(pm.query[0], town, gaz, bearing.lower() if bearing else None)
            if near is not None and near.key != town.key:
                pm = replace(pm, place=near, query=(pm.query[0], (), True))
        out.append(pm)
    return out


def by_the_paragraphs_town(
    found: list[PlaceMention], town: Place | None, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "Shells fell in Energodar. … The meeting place near Vasilyevka was also under fire":
    a bare name that only the article's region hint (another oblast's) placed far from the
    town its paragraph tells is the namesake by that town, if one lies within a front's reach.
    """
    if town is None or town.precision != "town" or not town.located:
        return found
    out = []
    for pm in found:
        # (one oblast the article names, not the paragraph's: with several named, the hints
        # already choose among them)
        hinted = (
            pm.query is not None and len(pm.query[1]) == 1 and not pm.query[2]
            and not (town.admin1 or "").startswith(pm.query[1][0])
        )  # fmt: skip
        place = pm.place
        # (a town of rank keeps its name: Makiivka the city, not a village by Kyiv)
        if (
            hinted and place is not None and place.located and place.admin1 != town.admin1
            and place.population < TOWN_OF_RANK
        ):  # fmt: skip
            assert pm.query is not None
            # (the biggest in reach: at this range the nearest hamlet is no likelier)
            near = max(
                (c for c in gaz.namesakes(pm.query[0])
                 if c.located and c.key != town.key and _near(c, town, PARAGRAPH_KM)),
                key=lambda c: c.population,
                default=None,
            )  # fmt: skip
            # (and bigger than the hinted one: the hint still beats a hamlet by the town)
            if (
                near is not None and near.population > place.population
                and not _near(place, town, PARAGRAPH_KM)
            ):  # fmt: skip
                pm = replace(pm, place=near, query=(pm.query[0], (), True))
        out.append(pm)
    return out


def in_the_raion_just_told(
    found: list[PlaceMention], raion: Place | None, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "… fired about 60 shells at the Nikopol district. In Pokrovske, a man was killed": a
    bare name the sentence before placed in a raion is its namesake there, if it has one."""
    if raion is None:
        return found
    out = []
    for pm in found:
        if (
            pm.query is not None and not pm.query[2] and pm.place is not None
            and pm.place.precision == "town" and not gaz.within(pm.place, raion)
        ):  # fmt: skip
            inside = gaz.resolve(pm.query[0], (raion.name,), "town", strict=True)
            if inside is not None and inside.precision == "town" and gaz.within(inside, raion):
                pm = replace(pm, place=inside, query=(pm.query[0], (), True))
        out.append(pm)
    return out


PARAGRAPH_KM = 100.0  # a paragraph's places lie within a front sector's reach of each other


def _namesake_by(
    name: str, town: Place, gaz: PlaceResolver, bearing: str | None = None,
    km: float = LOCATOR_KM,
) -> Place | None:  # fmt: skip
    """The town called ``name`` within a short drive (or the distance the text gives, ``km``)
    of ``town``, if the index has one; of several, one on the side the text says
    ("Krasnohorivka, west of the city of Donetsk")."""
    assert town.lat is not None and town.lon is not None
    near = gaz.resolve(name, (), "town", near=(town.lat, town.lon), within_km=km)
    if near is not None and near.key == town.key:
        # ("Aleksandrovka, a settlement on the western outskirts of Donetsk": not the city,
        # which an old name of its own may match, but the place beside it)
        near = min(
            (
                c
                for c in gaz.namesakes(name)
                if c.key != town.key and c.located and _near(c, town, km)
            ),
            key=lambda c: haversine_km(
                (c.lat or 0.0, c.lon or 0.0), (town.lat or 0.0, town.lon or 0.0)
            ),
            default=None,
        )
    if bearing is None or near is None or _lies(near, town, bearing):
        return near
    fits = [
        c for c in gaz.namesakes(name)
        if c.located and _near(c, town, km) and _lies(c, town, bearing)
    ]  # fmt: skip
    return min(
        fits,
        key=lambda c: haversine_km(
            (c.lat or 0.0, c.lon or 0.0), (town.lat or 0.0, town.lon or 0.0)
        ),
        default=near,
    )


_A_TOWN_WORD = re.compile(r"\b(?:town|city)\b", re.IGNORECASE)


def _the_biggest_by(name: str, by: Place, gaz: PlaceResolver, near: Place, km: float) -> Place:
    """Of the namesakes as far from ``by`` as the one found nearest (``near``) or nearer, the
    biggest (a text that calls the place a town means no hamlet)."""
    reach = haversine_km((near.lat or 0.0, near.lon or 0.0), (by.lat or 0.0, by.lon or 0.0))
    fits = [
        c for c in gaz.namesakes(name)
        if c.located and c.key != by.key and _near(c, by, min(km, max(reach * 1.5, 10.0)))
    ]  # fmt: skip
    return max(fits, key=lambda c: c.population, default=near)


def _reach_told(between: str) -> float:
    """How far from its locator the text puts a place ("about 30 miles (50 kilometers)
    southwest of": 50 km, and a margin), or a short drive when it says no distance."""
    told = _DISTANCE_TOLD.findall(between)
    if not told:
        return LOCATOR_KM
    number, unit = told[-1]  # (a conversion in brackets comes last: the kilometres)
    km = float(number) * (1.609 if unit.lower().startswith("mile") else 1.0)
    return max(LOCATOR_KM, km * 1.3)


_DISTANCE_TOLD = re.compile(r"(\d{1,3})\s*(km|kilomet(?:re|er)s|miles)\b", re.IGNORECASE)


def _lies(place: Place, town: Place, bearing: str) -> bool:
    """Does ``place`` lie on the ``bearing`` side ("north-west") of ``town``, within 67.5°?"""
    if None in (place.lat, place.lon, town.lat, town.lon):
        return True
    dy = (place.lat or 0.0) - (town.lat or 0.0)
    dx = ((place.lon or 0.0) - (town.lon or 0.0)) * math.cos(math.radians(town.lat or 0.0))
    want_y = ("north" in bearing) - ("south" in bearing)
    want_x = ("east" in bearing) - ("west" in bearing)
    norm = math.hypot(dx, dy) * math.hypot(want_x, want_y)
    return norm == 0 or (dx * want_x + dy * want_y) / norm >= math.cos(math.radians(67.5))


_BEARING_WORD = re.compile(r"\b(?:north|south)?-?(?:east|west)?(?<=\w)(?=ern\b|\s+of\b)", re.I)


_BEARING = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\b|\b(?:km|kilometres|kilometers|miles)\b"
)
_AREA_OF = re.compile(r"\s+in\s+the\s+(?:area|vicinity)\s+of\s+")
_SITE_IN = re.compile(
    # (not "infrastructure in Kyiv and facilities in Kharkiv": another place's sites)
    # ('"production facilities of the Artem rocket and space enterprise" in Kyiv')
    # ("the Bryansk Chemical Plant in the town of Seltso": the site's own capitals too)
    # (an "and" inside the site's name only: "Artem rocket and space enterprise")
    # (or two sites named together: "the Azovskaya and Azovnefteprodukt oil depots in Azov")
    r"(?:\s+and\s+[A-Z][\w'’-]+)?"
    rf"\s+(?:(?!(?:and|or|but|as|while)\b)[A-Za-z-]+\s+(?:(?:and\s+)?[A-Za-z-]+\s+){{0,2}})?"
    # (or near it: "the Vuhlehirska thermal power plant near Svitlodarsk")
    # (or ", which stands in": "Vinnytsia International Airport, which stands in Havryshivka")
    rf"(?i:{lx.FACILITY})[\"”’']?(?:\s+(?:in|near)|,\s+(?:which|that)\s+(?:stands|lies|is\s+located|is)"
    r"\s+(?:in|near|at))\s+(?:the\s+(?:city|town|village)\s+of\s+)?"
)
# "X on the northeastern outskirts of Y", "X, a suburb of Y": Y only says where X is.
LOCATED_BY = re.compile(
    # (or opening a bracket: "Kamianske (the village near Vasylivka, not the city)")
    # (or after a dash: "Vorozhba - the town near Bilopillia, not the village by Lebedyn")
    # (or after the name's gloss in brackets: "Mykolaivka (Enerhetyk), near Sloviansk")
    r"(?:\s*\(\s*(?=the\s|an?\s|near\s|outside\s|just\s|\d)|\)?\s*[—–-]\s+(?=the\s|an?\s)|"
    r"(?:\s*\([^()]{1,40}\))?,?\s+)"
    # ("Aleksandrovka, a settlement on the western outskirts of Donetsk")
    r"(?:(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:village|town|settlement|suburb)\s+)?"
    r"(?:on|in|at)\s+the\s+(?:[\w-]+\s+)?(?:outskirts|suburbs|edge|fringes?)\s+of|"
    # "Liubymivka in the Nakhimovskyi district of Sevastopol": a city's own district
    r"(?:,\s*)?(?:in\s+)?(?:an?|the)\s+(?:[\w-]+\s+)?(?:suburb|village|district|neighbou?rhood)\s+(?:just\s+)?"
    r"(?:of|outside|near)|(?:just\s+|right\s+)?(?:outside|near|next\s+to|close\s+to)|"
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:town|city|settlement)\s+(?:just\s+)?(?:outside|near|next\s+to)|"
    # "the Blahodatne on the road to Snihurivka": the village the road from it leads to
    r"on\s+the\s+(?:main\s+)?(?:road|highway|way|route)\s+(?:to|towards)|(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)"
    r"(?:\w+\s+)?(?:of|from)|"
    # "Skovorodynivka, in the Zolochiv hromada north-west of Kharkiv"
    r"(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|"
    # "Inhulets, a village north-east of Kherson", "a town 20 km south of Pokrovsk"
    r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:village|town|settlement|suburb)\s+"
    # (its distance converted in brackets too: "about 30 miles (50 kilometers) southwest of")
    r"(?:(?:about|some|around)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)"
    r"(?:\s*\(\d+\s*(?:km|kilometres|kilometers|miles)\))?\s+)?(?:just\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)"
    r"\s+(?:the\s+(?:city|town)\s+of\s+)?"
    # ("a town west of occupied Donetsk": who holds the town it is placed by)
    r"(?:(?:Russian-|Ukrainian-)?(?:occupied|held|controlled)\s+)?"
)
