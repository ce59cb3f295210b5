"""The phrases that say where a name is: "X, Y region", "X in the Y district", "X (Y raion,
Z oblast)", "the Y district of X", a note's "obl."/"r-n"; and the qualifiers kept off the map.

Split from :mod:`geo.placephrase`, which finds the names and their roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geo import lexicon as lx
from geo.citydistricts import cities_with_district, city_place, has_district
from geo.geocode import BIG_CITY
from geo.model import Place
from geo.namesakes import (
    DISCLAIMED,
    HROMADA_KM,
    LOCATED_BY,
    big_town,
    inside_region,
)
from geo.placerank import haversine_km
from geo.placetypes import PlaceMention, PlaceResolver
from geo.translit import skeleton

# "Pavlivka (the one by Bilopillia, …)": which namesake, by the town it lies by
THE_ONE_BY = r"[(,]\s*the\s+one\s+(?:by|near|next\s+to|outside)"
_QUALIFIER = re.compile(
    # ("Dmytrivka, the one in the Kutsurub hromada by the estuary": which one the text means)
    # (or "Skovorodynivka, the village in the Zolochiv community where …": which village)
    r"(?P<sep>\s*,\s*(?:the|that|a)\s+(?:small\s+)?(?:one|village|town|settlement|hamlet)\s+"
    r"(?:in|of)\s+(?:the\s+)?"
    # ("a woman was killed in Pavlivka, in our Bilopillia community")
    r"|\s*,\s*(?:in\s+)?(?:the\s+|our\s+)?|\s*\(\s*|\s+in\s+(?:the\s+|our\s+)?"
    # ("Pavlivka (the one by Bilopillia, not the Poltava Pavlivka)": the town it lies by)
    rf"|\s*{THE_ONE_BY}\s+"
    # ("Sieverne is a village in the Ocheretyne community": where the text says it is)
    r"|\s+is\s+(?:an?\s+(?:small\s+)?(?:village|town|settlement|city)\s+)?in\s+(?:the\s+)?"
    # (a note's "Zolochiv KHARKIV obl., Bohodukhiv r-n": no comma before an abbreviated oblast)
    r"|\s+(?=[A-Z][\w'’\-]+\s+(?i:obl|r-n)\b))"
    r"(?:neighbou?ring\s+|\w+ern\s+)?"
    # "Belgorod Region": a capitalised region word is the suffix, not the name's second word.
    # ("Kharkiv, Oblast Governor Syniehubov said": a title, no second name)
    r"(?P<name>(?!(?:Region|Oblast|Province|District|Raion|Rayon|Krai|Kray)\b)[A-Z][\w'’\-]+"
    r"(?:\s(?!(?:Region|Oblast|Province|District|Raion|Rayon|Krai|Kray)\b)[A-Z][\w'’\-]+)?)"
    r"(?P<suffix>\s+(?i:(?:urban|rural|settlement|city|territorial)\s+(?:hromada|community)|"
    r"(?:urban|municipal)\s+(?:district|okrug)|"
    r"region|oblast|obl|province|district|raion|rayon|r-n|hromada|hrom|community|"
    r"municipality|krai|kray|republic)\b)?"
)


# when, said between a name and the words that tell which one it is
_WHEN_BEFORE_THE_ONE = re.compile(
    r"\s+(?:(?:in|during)\s+the\s+(?:night|morning|afternoon|evening)|on\s+\w+day|overnight|"
    r"yesterday|today|last\s+night)(?=\s*,\s*(?:the|that)\s+one\s+(?:in|of)\b)",
    re.IGNORECASE,
)
_RAION_ADJECTIVE = re.compile(r"(?:skyi|skyy|skiy|skyj|tskyi|zkyi)$")
_LIST_GOES_ON = re.compile(
    # ("Zaporizhzhia, Kryvyi Rih and the Kherson area": a list that ends on an area)
    r"^\s*(?:,\s*(?:and\s+)?|and\s+(?:the\s+)?|or\s+)"
    r"(?:(?!(?i:oblast|region|province|raion|district|Russia|Ukraine|Belarus|Moldova)\b)[A-Z]|"
    # "Kyiv, Lviv, Dnipro and other cities": the list ends in a collective.
    r"(?:other|several|many|some|more)\s+(?:[a-z]+\s+)?(?:cities|towns|villages|places|settlements|regions)\b)"
)


def _seat_region(name: str, suffix: str, gaz: PlaceResolver) -> Place | None:
    """'Mykolajiv Oblast': an oblast named by any spelling of its seat city."""
    if suffix.lower() not in ("oblast", "region", "province"):
        return None
    town = gaz.resolve(name, (), "town")
    if town is None or town.seat < 3:
        return None
    return gaz.region_of(town)


@dataclass(frozen=True)
class Qualifiers:
    """What a place phrase says about where its name is: "X (Y raion, Z oblast)"."""

    end: int  # where the phrase ends, qualifiers included
    regions: tuple[str, ...]  # "Kramatorsk raion", "Donetsk"
    designated: bool  # a region word was written ("region", "raion"...), not a bare name
    seat: Place | None = None  # "in the Tiahynka community": the hromada's seat


_IN_A_REGION = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w'’-]+\s+(?i:region|oblast|district|raion)\b")
# ("the Engels base in the Saratov region": the site is its town's, placed by the region)
_SITE_AFTER = re.compile(
    r"\s+(?:air\s?base|airbase|base|airfield|oil\s+depot|depot|refinery|terminal)\b", re.I
)
_OWN_UNIT = re.compile(r"\s+(?:hromada|community|village\s+council|territorial\s+community)\b")


_DISTRICT_OF = re.compile(r"\b(?:district|raion|r-n)\b", re.IGNORECASE)
# a name's other spelling in brackets, its qualifier in the next ones
_GLOSS_THEN = re.compile(r"\s*\([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?\)(?=\s*\()")


def qualifiers(text: str, end: int, gaz: PlaceResolver) -> Qualifiers | None:
    """The regions written right after a name that say where it is.

    "Stupochky, Donetsk region", "Ivanivka (Kherson raion, Kherson)", "Mykolaivka in the
    Kramatorsk district", "Pervomaiske, Kharkiv". A bare name counts only after a comma
    or a parenthesis and only when it names a region; "in Y" needs a region word, or it is
    another clause ("shelled Kupiansk in Kharkiv on Monday" is still a qualifier only when
    written "in the Kharkiv region").
    """
    pos, designated = end, False
    regions: list[str] = []
    community: str | None = None
    district: str | None = None
    in_brackets = False
    by: Place | None = None
    if (gloss := _GLOSS_THEN.match(text, pos)) is not None:
        pos = gloss.end()  # "Vladimirovka (Volodymyrivka) (Volnovaskyi, Donetsk)": its spelling
    unit = _OWN_UNIT.match(text, pos) or _SITE_AFTER.match(text, pos)
    if unit and (_OF_QUALIFIER.match(text, unit.end()) or _IN_A_REGION.match(text, unit.end())):
        # "the Pokrovske hromada of the Nikopol district", "the Bilopillia community in Sumy
        # region": its own unit, placed
        pos = unit.end()
    if (later := _WHEN_BEFORE_THE_ONE.match(text, pos)) is not None:
        pos = later.end()  # "attacked Dmytrivka in the night, the one in the Kutsurub hromada"
    for _ in range(3):
        m = _QUALIFIER.match(text, pos) or _OF_QUALIFIER.match(text, pos)
        if m is None or (regions and "in" in m.group("sep")):
            break
        # "X (Raion, Oblast)": inside the brackets a comma goes up a level; it lists nothing.
        in_brackets = in_brackets or "(" in m.group("sep")
        list_goes_on = not in_brackets and _LIST_GOES_ON.match(text[m.end() :])
        suffix = (m.group("suffix") or "").strip()
        bare = not suffix
        if bare and " one " in f" {m.group('sep')} ":
            # ("Pavlivka (the one by Bilopillia, …)": the namesake near that town)
            town = gaz.resolve(m.group("name"), (), "town")
            if town is not None and town.precision == "town":
                by, pos = town, m.end()
            break
        if re.fullmatch(
            r"(?i:(?:(?:urban|rural|settlement|city|territorial)\s+)?(?:hromada|hrom|community))",
            suffix,
        ):
            community, designated, pos = m.group("name"), True, m.end()
            continue  # a hromada is no region: it is known by its seat, placed after the loop
        if bare and ("in" in m.group("sep") or list_goes_on):
            break  # "in Kyiv, Lviv and Odesa" is a list, not Kyiv in Lviv
        name = f"{m.group('name')} {_ABBREVIATED.get(suffix.lower(), suffix)}".strip()
        region = gaz.resolve(name, (), "region") or _seat_region(m.group("name"), suffix, gaz)
        if region is None and bare and _RAION_ADJECTIVE.search(name):
            # ACLED's admin2 alone: "Kyselivka (Khersonskyi)" is in the Kherson raion
            region = gaz.resolve(f"{name} raion", (), "region")
            name = f"{name} raion" if region is not None else name
        if region is None or region.precision != "region":
            if bare:
                break
            pos = m.end()  # "Glushkovsky district" unknown: still a locator, read past it
            if re.search(r"(?i)district|okrug|raion|rayon", suffix):
                district = district or m.group("name")  # "the Grayvoron urban district"
            continue
        regions.append(name)
        designated = designated or not bare
        pos = m.end()
    seat = by
    if district and not regions and (up := _district_of_a_region(text, pos, gaz)) is not None:
        # "Lantratovka in the Troitsky district of the LPR": the region holds the district
        regions.append(up[0])
        pos = up[1]
    if community:
        seat = _seat_of(community, tuple(regions), gaz)
    elif district and not regions:
        # A district the gazetteer lacks, named by its seat town: the village is near it.
        town = gaz.resolve(district, (), "town")
        seat = town if town is not None and town.precision == "town" else None
    if not regions and seat is None:
        return None
    close = re.match(r"\s*\)", text[pos:])
    return Qualifiers(pos + (close.end() if close else 0), tuple(regions), designated, seat)


_OF_A_REGION = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’\-]+(?:\s+(?i:region|oblast|republic))?)")


def _district_of_a_region(text: str, pos: int, gaz: PlaceResolver) -> tuple[str, int] | None:
    """The region after an unknown district, and where it ends: "… district of the LPR"."""
    m = _OF_A_REGION.match(text, pos)
    region = gaz.resolve(m.group(1), (), "region") if m is not None else None
    if m is None or region is None or region.precision != "region":
        return None
    return m.group(1), m.end()


def _seat_of(community: str, regions: tuple[str, ...], gaz: PlaceResolver) -> Place | None:
    """The town a hromada is named after: one that bears that name itself ("the Stanislav
    community" is seated in Stanislav, Kherson region, not in Ivano-Frankivsk, once called so)."""
    seat = gaz.resolve(community, regions, "town", strict=bool(regions))
    if seat is None or not _in_its_raions(seat, regions, gaz):
        # ("Liutizh (Petrivska hromada, Vyshhorodskyi raion)": a Petrivka in another raion
        # seats no hromada of this one; the raion places the village)
        return None
    if _bare_skeleton(seat.name) != _bare_skeleton(community):  # (or its own spelling)
        # ("Marinka" is the Mar'yinka of 9,000, not a hamlet spelled so)
        own = [
            p for p in gaz.namesakes(community)
            if _bare_skeleton(p.name) == _bare_skeleton(community)
            # (not a hamlet spelled like the adjective when the town found seats a hromada:
            # "Huliaipilska hromada" is Huliaipole's, not Huliaipilske's)
            and (seat.seat < 1 or p.seat >= 1)
        ]  # fmt: skip
        if own:
            return max(own, key=lambda p: p.population)
    return _the_seated_namesake(seat, gaz)


def _far_from(place: Place, point: tuple[float, float]) -> bool:
    """Is the place farther than :data:`STORY_AREA_KM` from the story's point?"""
    if place.lat is None or place.lon is None or place.precision != "town":
        return False
    return haversine_km((place.lat, place.lon), point) > STORY_AREA_KM


STORY_AREA_KM = 100.0  # a story's places that lie together lie within this of their centre


def _bare_skeleton(name: str) -> str:
    """A name's skeleton without its apostrophes ("Mar'yinka" and "Marinka" are one)."""
    return re.sub(r"['’]", "", skeleton(name))


def _in_its_raions(seat: Place, regions: tuple[str, ...], gaz: PlaceResolver) -> bool:
    """Is the town inside every raion among the regions named with it?"""
    units = (gaz.resolve(r, (), "region") for r in regions)
    return all(gaz.within(seat, u) for u in units if u is not None and u.admin2 is not None)


def _the_seated_namesake(seat: Place, gaz: PlaceResolver) -> Place:
    """The namesake in the same raion that seats a hromada: "Shevchenkove (Shevchenkivska
    hromada, Kupianskyi raion)" is the hromada's seat, not one of the raion's three hamlets
    so called."""
    if seat.seat >= 1 or seat.admin2 is None:
        return seat
    seats = [
        p for p in gaz.namesakes(seat.name)
        if p.seat >= 1 and p.admin1 == seat.admin1 and p.admin2 == seat.admin2
    ]  # fmt: skip
    return max(seats, key=lambda p: p.population) if seats else seat


# "Mykolaivka of the Kostiantynivka community", "… community of the Bohodukhiv district"
_OF_QUALIFIER = re.compile(
    r"(?P<sep>\s+of\s+(?:the\s+)?)(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)"
    r"(?P<suffix>\s+(?i:hromada|community|district|raion|region|oblast))\b"
)


# "the Kyivskyi district of Kharkiv", "the Dniprovskyi district of the city of Kherson".
_CITY_DISTRICT = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:city\s+of\s+)?(?P<name>[A-Z][\w'’\-]+(?:-[A-Z][\w'’\-]+)*)"
)


_PEOPLES = re.compile(r"^\s+People['’]s(?=\s)")


def part_of_a_city(text: str, gaz: PlaceResolver, name: str = "") -> bool:
    """'the Kievsky district of Donetsk', 'the Kiev region of Donetsk' (a translation of
    Киевский район): a named part of the town after "of". 'The Belgorod region of Russia'
    and 'the Kharkiv region of Ukraine' say where a region is: it stays a place; and so does
    a district named after a town of its own inside the city (:func:`town_in_its_city`)."""
    m = _CITY_DISTRICT.match(text)
    if m is None or lx.REGION_SUFFIX.match(_PEOPLES.sub("", text[m.end() :], count=1)):
        # "the Kupiansk district of the Kharkiv region": a district of a region (or of the
        # "Donetsk People's Republic")
        return False
    after = gaz.resolve(m.group("name"), (), "any")
    return after is not None and after.precision == "town" and not town_in_its_city(text, gaz, name)


def town_in_its_city(text: str, gaz: PlaceResolver, name: str) -> int:
    """ "the Adler district of Sochi": a district named after a town the gazetteer places
    inside the city, more exact than the city's centre. The length of "<district> of Sochi"
    (the city then only locates it), or 0."""
    m = _CITY_DISTRICT.match(text)
    after = gaz.resolve(m.group("name"), (), "town") if m is not None and name else None
    if m is None or after is None or after.lat is None or after.lon is None:
        return 0
    if has_district(after, name):
        return 0  # ("the Voroshilovsky district of Donetsk": the city's own district by name)
    own = gaz.resolve(name, (), "town", near=(after.lat, after.lon), within_km=CITY_PART_KM)
    return m.end() if own is not None and own.key != after.key else 0


CITY_PART_KM = 35.0  # a town inside a city's own districts (Adler in Sochi) lies this near it


_ABBREVIATED = {"obl.": "oblast", "obl": "oblast", "r-n": "raion", "r-on": "raion"}


def region_phrase(text: str, start: int, end: int) -> tuple[int, str] | None:
    """'Kharkiv region', 'Korochansky district' → (new end, suffix)."""
    m = lx.REGION_SUFFIX.match(text[end:])
    if m:
        return end + m.end(), _ABBREVIATED.get(m.group(1).lower(), m.group(1))
    shared = re.match(
        r"(?:\s*(?:,|and|or|, and)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)+\s+"
        r"(regions|oblasts|provinces|districts)\b",
        text[end:],
    )
    if shared and not _ITS_OWN_DISTRICTS.match(text[start:end] + shared.group(0)):
        # "the Belgorod and Bryansk regions": both names are regions (not "Kyiv, Shevchenkivskyi
        # and Solomianskyi districts": a city, then its districts by their adjectives)
        return end, shared.group(1).rstrip("s")
    if re.match(r"\s+(?:regions|oblasts|provinces)\b", text[end:]):
        return end + len(re.match(r"\s+\w+", text[end:]).group(0)), "region"  # type: ignore[union-attr]
    before = text[max(0, start - 40) : start]
    if lx.REGION_PREFIX.search(before) and not _NAMED_DISTRICT_OF.search(before):
        return end, "region"
    return None


_ITS_OWN_DISTRICTS = re.compile(
    r"[A-Z][\w'’-]*(?<!k[iy]i)(?<!sk[iy])(?<!ska),\s+(?:[A-Z][\w'’-]*(?:k[iy]i|sk[iy]|ska)"
    r"(?:\s*,\s*|\s+and\s+|,\s+and\s+))+[A-Z][\w'’-]*(?:k[iy]i|sk[iy]|ska)\s+districts\b"
)
# "the Kuibyshevsky district of Donetsk": a named district of a city, so the city follows.
# (and one pointed back to: "in the same district of Kharkiv", "another district of Kyiv")
_NAMED_DISTRICT_OF = re.compile(
    r"(?:[A-Z][\w'’\-]+\s+(?:district|region)|\b(?i:same|another|other|one)\s+district)"
    r"\s+of\s+(?:the\s+)?$"
)


SEAT_OF_RANK = 20_000  # people: a raion's seat this size keeps its name against a village's


def qualified(
    text: str, name: str, end: int, gaz: PlaceResolver, regions: tuple[str, ...],
    consumed: list[tuple[int, int]], near: tuple[float, float] | None = None,
) -> tuple[Place | None, int, tuple[str, tuple[str, ...], bool]]:  # fmt: skip
    """Resolve a name with the qualifiers written after it: place, end of the phrase, query.
    ``near``: where the article's other places are, for a bare name's namesakes."""
    q = qualifiers(text, end, gaz)
    plain = gaz.resolve(name, regions, "any")
    big = plain is not None and plain.population >= BIG_CITY
    if near is not None and not big and gaz.is_ambiguous(name, regions):
        # Namesakes close in rank: the one by the article's other places (not Dzhankoi, a
        # town of 38,000, lost to a village near Feodosia that GeoNames also calls so, nor
        # "the city of Zaporizhzhia" to a village of that name near Dnipro).
        plain = gaz.resolve(name, regions, "any", near=near) or plain
    if (
        near is not None
        and not big
        and plain is not None
        and (plain.seat < 2 or plain.population < SEAT_OF_RANK)
        and _far_from(plain, near)
    ):
        # (not a raion's seat of rank: "Lozova is far from us, but …" is still Lozova; a
        # small town that was a raion's seat is not: "Mrs Hanna from Karlivka" in a Pokrovsk
        # tailor's book is the village by Pokrovsk, not the town of 14,000 in Poltava oblast)
        # (a village by the story's other places over a bigger namesake far off: "Inhulets"
        # in a Kherson pizzeria's delivery zones is the village by Kherson, not the town of
        # 60,000 near Kryvyi Rih)
        close = gaz.resolve(name, regions, "town", near=near, within_km=HROMADA_KM)
        if close is not None and _bare_skeleton(close.name) == _bare_skeleton(name):
            plain = close  # (called so itself: not a village GeoNames also knows as "Dzhankoi")
    if (city := _city_of_its_district(text, end, regions, gaz)) is not None and (
        plain is None or plain.population < city[0].population
    ):
        # "Zelenyi Yar (Shevchenkivskyi district)" in a Zaporizhzhia log: a part of the city
        # placed in one of its districts, not a namesake village elsewhere
        return city[0], city[1], (name, regions, False)
    if q is None or (plain is not None and plain.precision == "country"):
        # "In Russia, the Belgorod region governor…": no one qualifies a country.
        return plain, end, (name, regions, False)
    # (the city even where a hint names a small namesake's oblast: "Donetsk, Kievsky district"
    # on a page that sells brooms "from the Rostov region")
    whole = plain if big else gaz.resolve(name, (), "town")
    if (
        whole is not None
        and whole.population >= BIG_CITY
        and any(
            _bare_skeleton(whole.name) in {_bare_skeleton(c) for c in cities_with_district(r)}
            for r in (*q.regions, text[end : q.end].strip(" ,("))
            if _DISTRICT_OF.search(r)
        )
    ):
        # "Zaporizhzhia, Oleksandrivskyi district": the city and its own district, not a
        # village called so in a raion called so
        return whole, q.end, (name, regions if whole is plain else (), False)
    if q.seat is not None and q.seat.lat is not None and q.seat.lon is not None:
        point = (q.seat.lat, q.seat.lon)
        village = gaz.resolve(name, q.regions, "town", near=point, within_km=HROMADA_KM)
        if village is None and not q.regions:
            village = _village_by_a_namesake_seat(name, q.seat, gaz)
        consumed.append((end, q.end))
        if (
            village is None
            and plain is not None
            and plain.precision == "town"
            and re.search(
                rf"\b{re.escape(name[:-1])}\w*\s+(?:community|hromada)", text[end : q.end], re.I
            )
        ):
            # "Pokrov (Pokrovska community)": the hromada named after the town itself, not
            # the seat of a namesake hromada elsewhere (Pokrovsk)
            return plain, q.end, (name, regions, True)
        if (
            village is None and plain is not None and plain.precision == "town"
            and q.seat.seat < 1 and plain.admin2 is not None and plain.admin2 == q.seat.admin2
        ):  # fmt: skip
            # "Temyrivka (Huliaipilska hromada)": the hromada read as a hamlet spelled like its
            # adjective (Huliaipilske, which seats nothing); the raion's Temyrivka is the one
            return plain, q.end, (name, q.regions, True)
        if village is None and big_town(plain):
            # "In Odesa, in the Prymorskyi district": the city and one of its own districts,
            # not the village that seats a raion of that name
            return plain, q.end, (name, regions, False)
        if (
            village is None and plain is not None and plain.precision == "town"
            and not q.regions and len(gaz.namesakes(q.seat.name)) > 1
        ):  # fmt: skip
            # "Blahodatne (Zavodska hromada)": six towns are called Zavodske and none has a
            # Blahodatne by it, so which seat is meant is unknown; the village's own name
            # places it better than a seat 400 km off
            return plain, q.end, (name, regions, False)
        # Not in the gazetteer near the seat: the village is in the hromada, so at its seat.
        return village or q.seat, q.end, (name, q.regions, True)
    place = gaz.resolve(name, q.regions, "any", strict=True)
    if place is None and big_town(plain):
        # "a village … southwest of Odesa in the Bilhorod-Dnistrovskyi district": a city the
        # region does not hold; the region places the village, not the city
        return plain, end, (name, regions, False)
    if big and not q.designated and _listed_after_a_place(text, end - len(name), gaz):
        # "Kyiv, Lviv, Dnipro": a city's name inside a list of names; a writer meaning the
        # hamlet of that name in Dnipro's oblast would say "region", not go on listing
        return plain, end, (name, regions, False)
    if place is not None and place.precision == "region":
        if q.designated and big_town(plain):
            # "Kherson, Dniprovskyi district": a city and one of its own districts.
            consumed.append((end, q.end))
            return plain, q.end, (name, regions, False)
        if not q.designated:
            # "Kyiv, Kharkiv": no Kyiv in Kharkiv oblast, so a list, not a qualifier.
            return plain, end, (name, regions, False)
        place = inside_region(name, place)  # a village the gazetteer lacks, in its region
    consumed.append((end, q.end))
    return place, q.end, (name, q.regions, True)


def _city_of_its_district(
    text: str, end: int, regions: tuple[str, ...], gaz: PlaceResolver
) -> tuple[Place, int] | None:
    """The city, and the end of the brackets, of "(Shevchenkivskyi district)" after a name:
    the one city with a district so called in the regions the text is of."""
    m = _DISTRICT_IN_BRACKETS.match(text, end)
    # (not "(Pokrovsk r-n)": a raion, named by its seat)
    if m is None or gaz.resolve(f"{m.group(1)} raion", (), "region") is not None:
        return None
    cities = [city_place(c, gaz) for c in sorted(cities_with_district(m.group(1)))]
    found = [c for c in cities if c is not None and (not regions or c.admin1 in regions)]
    return (found[0], m.end()) if len(found) == 1 else None


_DISTRICT_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:the\s+)?([A-Z][\w'’-]+(?:s['’]?k(?:yi|yy|iy|ii|y)|nyi))\s+"
    r"(?:district|distr\.?|r-n|raion|rayon)\s*\)"
)
_PLACE_AND_COMMA = re.compile(r"\b([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?),\s*$")


def _listed_after_a_place(text: str, start: int, gaz: PlaceResolver) -> bool:
    """Does a place's name and a bare comma come right before this name (a list's item)?"""
    m = _PLACE_AND_COMMA.search(text, max(0, start - 40), start)
    return m is not None and gaz.is_known(m.group(1))


def _village_by_a_namesake_seat(name: str, seat: Place, gaz: PlaceResolver) -> Place | None:
    """ "Skovorodynivka, in the Zolochiv hromada": with no oblast written, the hromada is the
    one whose seat (of that name) has the village near it — Zolochiv in Kharkiv oblast, not
    the bigger Zolochiv in Lviv oblast."""
    for other in gaz.namesakes(seat.name):
        if other.key == seat.key or not other.located:
            continue
        assert other.lat is not None and other.lon is not None
        village = gaz.resolve(name, (), "town", near=(other.lat, other.lon), within_km=HROMADA_KM)
        if village is not None:
            return village
    return None


def _qualified_towns_struck(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """'substation "Trykhaty" 330 kV, Mykolaiv district, hit overnight': a raion read as the
    place struck only qualifies the town just before it, which was."""
    out = list(found)
    for i, pm in enumerate(found):
        town = found[i - 1] if i else None
        if (
            town is None or pm.role != "target" or town.role != "context"
            or pm.place is None or pm.place.precision != "region"
            or town.place is None or town.place.precision != "town"
            or not _QUALIFIER_BETWEEN.fullmatch(text, town.end, pm.start)
            or not gaz.within(town.place, pm.place)
        ):  # fmt: skip
            continue
        out[i - 1] = replace(town, role="target")
    return out


# (the town's own words, then the comma before its raion: '"Trykhaty" 330 kV, ')
_QUALIFIER_BETWEEN = re.compile(r"[\"”’']?(?:\s+[\w-]+){0,3}\s*,\s*")


def drop_qualifiers(found: list[PlaceMention], text: str, gaz: PlaceResolver) -> list[PlaceMention]:
    """'Kramatorsk, Donbas' and 'Belgorod, Russia': a broader place right after a
    town only says where the town is. A region that holds a town named in the
    same sentence is dropped too."""
    found = _qualified_towns_struck(found, text, gaz)
    out = []
    for i, pm in enumerate(found):
        prev = found[i - 1] if i else None
        apposition = (
            prev is not None
            and re.fullmatch(
                r"(?:,\s*|\s+in\s+|\s+\()(?:in\s+)?(?:the\s+)?(?:neighbou?ring\s+|\w+ern\s+)?",
                text[prev.end : pm.start],
            )
            and pm.place is not None
            and pm.place.precision != "town"
            and prev.place is not None
            and prev.place.precision == "town"
        )
        holds_town = pm.place is not None and any(
            o.place is not None and o is not pm and o.place.precision == "town"
            and o.role in ("target", "subject", "weak") and gaz.within(o.place, pm.place)
            # (not "Voronezh governor Alexander Gusev said … over the Voronezh region": the
            # governor's title names the region, no town told)
            and not (o.role == "weak" and lx.GOVERNOR_AFTER.match(text, o.end))
            for o in found
        )  # fmt: skip
        site_town = (
            prev is not None
            and prev.place is not None
            and prev.place.key.startswith("site:")
            and re.fullmatch(
                r",?\s+(?:in|near|outside|at)\s+(?:the\s+)?(?:\w+\s+)?", text[prev.end : pm.start]
            )
        )  # "the nuclear power plant in Enerhodar": the site is the place
        area_of_town = (
            pm.place is not None
            and pm.place.precision == "town"
            and pm.place.admin2 is not None
            and re.match(r"\s+(?:area|district|raion)\b", text[pm.end :]) is not None
            and any(
                o is not pm
                and o.place is not None
                and o.place.precision == "town"
                and o.place.key != pm.place.key
                and o.place.admin2 == pm.place.admin2
                and o.role in ("target", "subject")
                for o in found
            )
        )  # fmt: skip  "attacks on the Kryvyi Rih area …: drones struck Zelenodolsk"
        outskirts_of = (
            prev is not None
            and prev.place is not None
            and prev.place.precision == "town"
            and pm.place is not None
            and pm.place.precision == "town"
            and LOCATED_BY.fullmatch(text[prev.end : pm.start]) is not None
            # (not a river: "the crossing over the Dnipro near Nova Kakhovka" is the town's)
            and not (
                prev.text.lower() in lx.RIVERS
                and text[: prev.start].rstrip().lower().endswith("the")
            )
        )  # fmt: skip  "the village of Bilenke on the outskirts of Kramatorsk": Bilenke
        district_of = (
            prev is not None
            and prev.place is not None
            and pm.place is not None
            and prev.place.precision == pm.place.precision == "region"
            and prev.place.key != pm.place.key
            and prev.place.admin1 == pm.place.name
            and re.fullmatch(r",?\s+(?:of|in)\s+(?:the\s+)?", text[prev.end : pm.start]) is not None
        )  # fmt: skip  "the Kupiansk district of the Kharkiv region": the district
        if apposition or holds_town or site_town or area_of_town or outskirts_of or district_of:
            continue
        out.append(pm)
    return out


def region_hints(text: str) -> tuple[str, ...]:
    """Region names an article mentions ('Kharkiv region', 'Sumy oblast'; a newsletter's
    'KHARKIV REGION: GLIDE BOMBS ON ZOLOCHIV' heading too)."""
    text = _CAPS_LINE.sub(lambda m: m.group(0).title(), text)
    # (and a sheet's title opened in capitals: "KHARKIV OBLAST (outside Kharkiv city) — …")
    text = _CAPS_REGION.sub(lambda m: m.group(0).title(), text)
    pattern = (
        # The lookbehind starts a match only at a word's start: without it a long
        # capitalised run is rescanned from every letter (quadratic; a 100k-letter
        # line took minutes).
        r"(?<![\w'’\-])([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+"
        # ("the Kherson regional military administration" names its region too)
        # (and a note's "Chernihiv obl.", "Sumy obl")
        r"(?:regions?|oblasts?|Oblasts?|Regions?|province|krai|Krai|regional|Regional|obl"
        # (Russian copy's "Donetsk People's Republic": the oblast Russia claims by that name)
        r"|People['’]s\s+Republic)\b"
    )
    named = [
        m.group(1) for m in re.finditer(pattern, text)
        if not DISCLAIMED.search(text[max(0, m.start() - 60) : m.start()])
        # (nor a namesake's region told as the other one: "in Zolochiv, Lviv oblast — the
        # other Zolochiv")
        and not _THE_OTHER_ONE.match(text, m.end())
        # (nor one told as a namesake's: "a factory in Zolochiv, Lviv region — yes, a town
        # with the same name as ours")
        and not SAME_NAME_AFTER.match(text, m.end())
    ]  # fmt: skip
    # ("in Kharkiv and Donetsk oblasts": the first of two regions named together too)
    named += [m.group(1) for m in _TWO_REGIONS.finditer(text)]
    # Crimea is a region's name with no designator: "in the temporarily occupied Crimea"
    crimea = ["Crimea"] if _CRIMEA.search(text) else []
    # a dataset note's "Bryansk - Klimovskiy:" (admin1 - admin2) names its region first
    noted = [m.group(1) for m in _NOTE_ADMIN.finditer(text)]
    # the occupation's "republics" by their letters name their oblasts: "the DPR authorities"
    # (not "DPRK", North Korea)
    acronyms = [_REPUBLIC_OBLAST[m.group(1)[0]] for m in _REPUBLIC_ACRONYM.finditer(text)]
    return tuple(dict.fromkeys(named + crimea + noted + acronyms))


_REPUBLIC_ACRONYM = re.compile(r"\b([DL])(?:PR|NR)\b")
_REPUBLIC_OBLAST = {"D": "Donetsk", "L": "Luhansk"}
# a namesake set apart after its qualifier: "Donetsk, Rostov region (a Russian town of the same
# name, no event)", "Zolochiv, Lviv region — yes, a town with the same name as ours"
SAME_NAME_AFTER = re.compile(
    r"[^.;\n]{0,40}?\b(?:of\s+the\s+same\s+name|a\s+namesake|the\s+same\s+name\s+as)\b", re.I
)
_THE_OTHER_ONE = re.compile(
    r"\s*[—–(,-]+\s*(?:the\s+other|not\s+(?:ours|this\s+one|the\s+one))\b", re.I
)
_TWO_REGIONS = re.compile(
    r"(?<![\w'’\-])([A-Z][\w'’\-]+)\s+and\s+[A-Z][\w'’\-]+\s+(?:regions|oblasts|Regions|Oblasts)\b"
)
# A line in capitals (a newsletter's section heading), read as words
_CAPS_LINE = re.compile(r"(?m)^[^a-z\n]*[A-Z]{3}[^a-z\n]*$")
_CAPS_REGION = re.compile(
    r"(?<![\w'’\-])[A-Z][A-Z'’\-]{2,}(?:\s[A-Z][A-Z'’\-]{2,})?\s+(?:OBLAST|REGION|KRAI)S?\b"
)


_NOTE_ADMIN = re.compile(
    r"(?m)^\s*(?:date\s+\S+\s+)?([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+-\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*:"
)


_CRIMEA = re.compile(
    r"\b(?:in|occupied|annexed)\s+(?:the\s+)?(?:temporarily\s+occupied\s+)?Crimea\b"
)


# "In Zaporizhzhia region, a grain store in Ternuvate … was damaged": the sentence's frame
_REGION_FRAME = re.compile(
    r"^\W*(?:(?:Elsewhere|Also|Meanwhile|And)\s*,?\s+)?(?:[Ii]n|[Aa]cross|[Ii]nside)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)"
    r"(?:\s+(?:[\w-]+\s+){0,4}?[\w-]+)?\s*,"
)


def framed_regions(text: str, regions: tuple[str, ...], gaz: PlaceResolver) -> tuple[str, ...]:
    """The region hints for one sentence: the region its opening frame names, alone.

    A sentence that opens "In Zaporizhzhia region, …" places its bare names there, whatever
    other regions the article names (a namesake in the Mykolaiv region told two lines later).

    Parameters
    ----------
    text
        The sentence.
    regions
        The article's region hints.
    gaz
        The place resolver, to check that the frame names a region.
    """
    label = _LABEL_FRAME.match(text)
    if label is not None and gaz.resolve(label.group("unit"), (), "region") is not None:
        return (
            label.group("unit"),
        )  # "- Wed 23 Oct, Kharkivskyi raion: … struck the village of Lisne"
    m = _REGION_FRAME.match(text)
    if m is None or gaz.resolve(f"{m.group('name')} region", (), "region") is None:
        return regions
    return (m.group("name"),)


# a summary's line labelled by its unit: "- Wed 23 Oct, Kharkivskyi raion: at night …"
_LABEL_FRAME = re.compile(
    r"^\W*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:\s+[A-Z][a-z]{2,8}|[./]\d{1,2}"
    r"(?:[./]\d{2,4})?)\s*[,:—–-]\s*)?"
    r"(?P<unit>[A-Z][\w'’-]+\s+(?:raion|rayon|r-n|district|oblast|region))\s*:"
)
