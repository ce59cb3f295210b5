"""Place phrases: which names in a sentence are places, where they are, and their role.

Grammar of place phrases: "X, Y region" / "X (Y raion, Z)" / "X in the Y district" qualify X
(Y decides among namesakes and is not a place of its own); "the central square of X" and
"three districts of the city of X" make X the target of the verb before them; datelines,
speakers' cities, origins and destinations are context.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo import lexicon as lx
from geo.casednames import cased_names, without_glosses
from geo.citydistricts import cities_with_district
from geo.disclaimed import not_the_disclaimed
from geo.facilitynames import facilities_named_elsewhere, ports_by_their_towns_adjective
from geo.landmarks import find_landmarks, sites_of_a_list
from geo.model import Place
from geo.namesakes import (
    DISCLAIMED,
    LIST_KM,
    in_a_disclaimer,
    in_the_entrys_hromada,
    located_near,
    nearest_namesakes,
    villages_of_the_region,
    with_facility_towns,
    with_unknown_places,
    without_site_locators,
)
from geo.placequal import (
    SAME_NAME_AFTER,
    drop_qualifiers,
    framed_regions,
    part_of_a_city,
    qualified,
    region_phrase,
    town_in_its_city,
)
from geo.placerole import (
    _GOVERNOR_OF,
    _LOWER_PART,
    _SEAT_BUILDING,
    _TITLE_BEFORE,
    _TOWNS_PART_BEFORE,
    _VESSEL_BEFORE,
    _bare,
    _first_name,
    _is_cap,
    _person_name,
    _role,
    _speaking_surname,
    _tokens,
)
from geo.placetypes import PlaceMention, PlaceResolver
from geo.recordunits import namesakes_in_the_records_raion
from geo.regionseats import regional_centres
from geo.translit import skeleton

# a person's initial before their surname ("M. Hrytsiv"), not a saint's or a street's "St."
# a short name in capitals is a village's only if the village is known: "SUMY" is the city,
# "APA" a beer style (and a village of 2,800 in Romania)
_ACRONYM = re.compile(r"[A-Z]{2,4}")
ACRONYM_TOWN = 10_000
# a building a name is given to: "the Druzhba hotel", "the Ukraina cinema"
_NAMED_BUILDING_AFTER = re.compile(
    # (its other words capitalised: "the Donbass State Technical Institute")
    r"(?:\s+(?:State|National|Technical|Regional|City|Central|Grand|Medical|Pedagogical|"
    r"Agrarian|Polytechnic|Academic|Drama|Opera))*"
    r"\s+(?:hotel|cinema|restaurant|caf[eé]|shopping\s+(?:centre|center|mall)|mall|market|"
    r"stadium|theat(?:re|er)|sanatorium|hostel|supermarket|hypermarket|combine|works|"
    # ("damaged the Shakhtar palace of culture" in Horlivka)
    r"(?:palace|house)\s+of\s+culture|culture\s+(?:house|palace)|arena|"
    # (a school named after the town it left: "the Horlivka institute … here in Bakhmut")
    r"institute|university|college|academy|lyceum|park)\b",
    re.IGNORECASE,
)
_ITS_TOWN_AFTER = re.compile(
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s*,?\s+(?:here\s+)?(?:in|at)\s+(?:the\s+(?:city|town)\s+of\s+)?[A-Z]"
)
_BRAND_NOUN = re.compile(
    # ("struck the Kamensky combine": a plant named after its town, not a village so called)
    # ("the Dubovyi Hai park": a park named so in the log's town, not a village far off)
    r"\s+(?:hotel|cinema|restaurant|caf[eé]|theat(?:re|er)|sanatorium|hostel|combine|works|park|"
    # ("the Druzhba palace of culture in Lysychansk")
    r"(?:palace|house)\s+of\s+culture|culture\s+(?:palace|house))\b",
    re.I,
)
_INITIAL_BEFORE = re.compile(r"(?<![\w.])(?![SN]\.)[A-Z]\.\s?$")


def _candidate_spans(text: str, gaz: PlaceResolver) -> list[tuple[int, int, str]]:
    """Longest capitalised n-grams the gazetteer knows, left to right."""
    toks = _tokens(text)
    tokens = [t.group() for t in toks]
    caps = [_is_cap(w) for w in tokens]
    # (each word once: may it go on a name? "Chasiv yar", "Kryvyi rih": a known name typed
    # in lower case)
    # ("Kharkiv, Oblast Governor …": and one name never spans a comma)
    goes_on = [
        (_is_cap(w) or _LOWER_PART.fullmatch(w) is not None)
        and not (j and _BREAK.search(text, toks[j - 1].end(), toks[j].start()))
        for j, w in enumerate(tokens)
    ]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if not caps[i]:
            i += 1
            continue
        # "Novaya Gazeta" is no place, but "Novaya Kakhovka" is: a word never a place on its
        # own may still start a longer name.
        person = lx.personal_name(tokens[i]) and not _placed_as_a_place(text, toks[i])
        # ('stop "Mkr Yuzhnyi"': a microdistrict's name is the town's part, not a namesake)
        part = _TOWNS_PART_BEFORE.search(text, max(0, toks[i].start() - 20), toks[i].start())
        shortest = 2 if tokens[i].lower() in lx.NOT_PLACES or person or part else 1
        for n in range(min(gaz.max_words, 4, len(toks) - i), shortest - 1, -1):
            if not all(goes_on[i + 1 : i + n]):
                continue
            words = tokens[i : i + n]
            name = " ".join(words[:-1] + [_bare(words[-1])])
            if (
                name.lower() not in lx.NOT_PLACES
                and gaz.is_known(name)
                and not lx.NAME_PART_AFTER.match(text[toks[i + n - 1].end() :])
                # ("the Kupiansk district hospital": the town's institution named for its
                # district, not the district)
                and not (
                    n > 1
                    and words[-1].lower() in _DISTRICT_WORDS
                    and _INSTITUTION_AFTER.match(text, toks[i + n - 1].end())
                )
            ):
                end = toks[i + n - 1].start() + len(_bare(words[-1]))
                out.append((toks[i].start(), end, name))
                i += n - 1
                break
        else:
            # ("in Synelnykivskyi raion": a raion by its adjective, known only with its word)
            if i + 1 < len(toks) and tokens[i + 1].lower() in _DISTRICT_WORDS:
                name = f"{tokens[i]} {tokens[i + 1]}"
                # (not a city's own district: "the Dniprovskyi district" of Kherson)
                # (and only after its preposition: "Hroza village, Kupianskyi raion" is a
                # qualifier, read with the village)
                city_part = cities_with_district(tokens[i])
                led = _RAION_LEAD.search(text, max(0, toks[i].start() - 12), toks[i].start())
                # (or one named after its town, which the gazetteer knows: "the Tsimlyansky
                # district" is Tsimlyansk's)
                if (
                    led and _ADJECTIVE_END.search(tokens[i]) and not city_part
                    and (gaz.is_known(name) or _a_russian_districts_town(name, gaz))
                ):  # fmt: skip
                    out.append((toks[i].start(), toks[i + 1].end(), name))
                    i += 1
        i += 1
    return out


_DISTRICT_WORDS = frozenset({"raion", "rayon", "district", "r-n"})


def _a_russian_districts_town(name: str, gaz: PlaceResolver) -> bool:
    """Is ``name`` a Russian district the gazetteer knows only by its town ("the Tsimlyansky
    district": Tsimlyansk)? Not a Ukrainian "-skyi" adjective: "the Tavriiskyi district" is a
    part of Kherson, not the town of Tavriisk."""
    if not re.search(r"(?:sky|skiy|skoy)\s", name):
        return False
    place = gaz.resolve(name, (), "any")
    return place is not None and place.country == "RU"


_INSTITUTION_AFTER = re.compile(
    r"\s+(?:hospital|council|court|administration|police|prosecutor|library|museum|committee|"
    r"military\s+enlistment|enlistment\s+office|polyclinic|clinic|centre|center)\b",
    re.IGNORECASE,
)
_RAION_LEAD = re.compile(r"\b(?:in|at|across|throughout|of|on|the)\s+$", re.IGNORECASE)
_ADJECTIVE_END = re.compile(r"(?:skyi|skyy|skiy|sky|ski|tskyi|zkyi|zkyy)$", re.IGNORECASE)


# (not a line's end inside a sentence: a wrapped line goes on with the name, "in Mala ¶
# Tokmachka (Polohivskyi raion, …)")
_BREAK = re.compile(r"[,;:()\[\]|/]")
# "near Shevchenko, Donetsk", "the village of Sasha", "Shevchenko village": the words make it
# a place whatever its name's form
_PLACE_WORD_BEFORE = re.compile(
    r"\b(?:in|near|outside|at|of|village|town|settlement|hamlet)\s+$", re.IGNORECASE
)
_PLACE_WORD_AFTER = re.compile(r"\s*(?:,\s*[A-Z]|\(\s*[A-Z]|\s(?:village|settlement|hromada)\b)")


# "Tanya (Lviv): are you ok???": a chat's speaker and her town, not a village in Lviv oblast
_SPEAKER_TAG = re.compile(r"\s*\([^()\n]{1,40}\)\s*:")


# ('SS 150 kV "Trykhaty"': a substation goes by the name of the village that holds it)
_GRID_SITE_BEFORE = re.compile(
    r"\b(?:SS|substation)\s+(?:\d+\s*kV\s+)?[\"“«]$"
    # (an airfield called by its town: 'the airfields "Dyagilevo" in the Ryazan region and
    # "Engels" in the Saratov region')
    r"|\b(?:airfields?|air\s*bases?|airports?)\s+(?:[\"“«][^\"”»]{2,30}[\"”»][^\"“«.;]{0,60}?"
    r"\band\s+)?[\"“«]$",
    re.IGNORECASE,
)
_SPEAKERS_TOWN = re.compile(r"^\s*\[[^\]\n]{3,40}\]\s*[\w .'’-]{1,30}\([^()\n]{0,30}$")
_SPEAKER_TAG_END = re.compile(r"[^()\n]{0,30}\)\s*:")
_CHAT_SPEAKER_BEFORE = re.compile(r"^\s*\[[^\]\n]{3,40}\]\s*$")
_CHAT_SPEAKER_AFTER = re.compile(r"(?:\s+[A-Z][\w.]{0,12})?(?:\s*\([^()\n]{1,20}\))?\s*:")


def _placed_as_a_place(text: str, tok: re.Match[str]) -> bool:
    if _SPEAKER_TAG.match(text, tok.end()):
        return False
    return bool(
        _PLACE_WORD_BEFORE.search(text, max(0, tok.start() - 20), tok.start())
        or _PLACE_WORD_AFTER.match(text, tok.end())
    )


# (overlapping: in "Governor Vasily Golubev" the pair is "Vasily Golubev")
# (within a line: "… | Weather ¶ Ovruch after the night strike" is no "Weather Ovruch")
_FULL_NAME = re.compile(r"\b(?=([A-Z][a-z][\w'’-]+)[ \t]+([A-Z][a-z][\w'’-]+)\b)")


# "the Ivankiv Historical and Local History Museum", "the Holy Dormition Sviatohirsk Lavra",
# "the Odesa Polytechnic University building": an institution named after its town.
_INSTITUTION = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:and|of)\s+)?){1,6})"
    r"(?:Museum|University|Lavra|Monastery|Cathedral|Theatre|Theater|Institute|Academy|"
    r"Library|Lyceum|Gymnasium|College|Polytechnic|Conservatory|Philharmonic)\b"
    # its field after it: "the Horlivka Institute for Foreign Languages (in Bakhmut)"
    r"(?:\s+(?:for|of)\s+[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})?"
)


_OBLASTS_OWN = re.compile(r"\s+(?:Regional|Oblast)\b")
# a surname's ending: "the Taras Shevchenko Drama Theatre", "the Ivan Franko University"
_SURNAME_ENDING = re.compile(r"(?:enko|chuk|yuk|uk|ko|ov|ova|ev|eva|in|ina|ych|ich)$")
# words that open an institution's name before its town: "the National Academic …"
_INSTITUTION_WORDS = frozenset({
    "the", "a", "an", "national", "state", "regional", "oblast", "city", "municipal", "academic",
    "drama", "music", "art", "ukrainian", "russian", "central", "main", "local",
})  # fmt: skip
# the text between two sites the same verb acts on
_AND_THE_NEXT_SITE = re.compile(r"[^.;:]{0,120}?,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?")
_PLACED_AFTER = re.compile(
    r"^\s+(?:(?:building|campus|premises|complex|dormitory)\s+)?(?:in|at)\s+"
    r"(?:the\s+(?:city|town|village)\s+of\s+)?[A-Z]"
)


# "In the Ukrainian capital, Russia launched …": a country's capital named by its country
_NATIONAL_CAPITAL = re.compile(
    r"\b[Tt]he\s+(Ukrainian|Russian|Belarusian|Moldovan)\s+capital\b(?!['’]s\s+region)"
)
_CAPITAL_OF = {
    "ukrainian": "Kyiv", "russian": "Moscow", "belarusian": "Minsk", "moldovan": "Chisinau"
}  # fmt: skip


def _national_capitals(text: str, gaz: PlaceResolver) -> list[tuple[int, int, Place]]:
    """Capitals named by their country's adjective, as sites spanning the phrase."""
    if "capital" not in text:
        return []
    out = []
    for m in _NATIONAL_CAPITAL.finditer(text):
        city = gaz.resolve(_CAPITAL_OF[m.group(1).lower()], (), "town")
        if city is not None and city.precision == "town":
            out.append((m.start(), m.end(), city))
    return out


def _institutions(
    text: str, gaz: PlaceResolver, regions: tuple[str, ...], sites: list[tuple[int, int, Place]]
) -> list[tuple[int, int, Place]]:
    """Towns that institutions are named after, as sites spanning from the town's name to the
    institution's noun (the first word of the name that is a town)."""
    out = []
    for m in _INSTITUTION.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in sites):
            continue
        prev = ""
        for w in re.finditer(r"[A-Z][\w'’-]+", m.group("name")):
            if (
                prev
                and _SURNAME_ENDING.search(w.group())
                and prev.lower() not in _INSTITUTION_WORDS
                and gaz.resolve(prev, regions, "town") is None
            ):
                break  # "the Taras Shevchenko Drama Theatre": a person's name, not a town's
            if lx.SURNAME_FORM.fullmatch(w.group()):
                break  # "the Shevchenko Drama Theatre": the poet's, not a village's
            prev = w.group()
            town = gaz.resolve(w.group(), regions, "town") if gaz.is_known(w.group()) else None
            if town is not None and _OBLASTS_OWN.match(m.group("name"), w.end()):
                # "the Donetsk Regional Institute" (in Kramatorsk): the oblast's, not the city's
                region = gaz.region_of(town)
                if region is not None:
                    out.append((m.start(), m.end(), region))
                break
            if town is not None and town.precision == "town":
                out.append((m.start(), m.end(), town))
                break
    return out


def surnames(text: str, gaz: PlaceResolver) -> frozenset[str]:
    """Village names an article uses as people's surnames ("Ihor Terekhov", "Alexey
    Smirnov"): a later bare "Terekhov said" is the mayor, not a village."""
    out = set()
    for m in _FULL_NAME.finditer(text):
        first, last = m.group(1), m.group(2)
        if (
            first.lower() in lx.NOT_PLACES or first.lower() in lx.SKIPPABLE
            or _LABEL_WORD.fullmatch(first)  # ("Farm Kutuzivka | news from the field")
            # (nor a title's preposition: the song "For Rzhyshchiv")
            or first.lower() in _FUNCTION_WORDS
            or gaz.is_known(first) or gaz.is_known(f"{first} {last}") or not gaz.is_known(last)
        ):  # fmt: skip
            continue
        if _a_village(last, gaz):
            out.add(last)
    for m in _SOURCE_NAME.finditer(text):
        # an analyst's "(Klitschko TG)", "Kim TG: 1 WIA", "Terekhov says": a source, by surname
        name = m.group(1)
        if _PLACE_BEFORE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "residents of Seltso said", "the administration of Pivdenne said"
        if gaz.is_known(name) and _a_village(name, gaz):
            out.add(name)
    return frozenset(out)


# "Donetsk, Artyoma str.", "vul. Sadova", "on Myru Avenue": a name written as a street's
_STREET_NAMED = re.compile(
    # (a word's own start only: "A-A-A-…" is one word, not ten thousand to try)
    rf"(?<![\w'’-])(?P<a>[A-Z][\w'’-]+)\s+(?:str\.|st\.|street\b|avenue\b|ave\.|prosp\.|boulevard\b)"
    rf"|\b{lx.STREET_ABBR}\.\s*(?P<b>[A-Z][\w'’-]+)"
    # ("the old library on Shevchenka", "the shop on Pushkina": a building is on a street,
    # a street named in the genitive, as a Ukrainian says it)
    rf"|\b(?i:{lx.SITE_NOUNS}|cinemas?|theatres?|museums?|hotels?|malls?|bakery|pharmacy|"
    r"blocks?|kindergartens?|restaurants?|salons?)\s+on\s+(?P<c>[A-Z][a-z'’-]+(?:a|y|oho|ogo))\b(?!\s+(?:[Ss]treet|[Ss]quare))"
)


def locates_the_one_before(text: str, p: PlaceMention, found: list[PlaceMention]) -> bool:
    """ "Oksana's sister from Bytytsia (by Sumy)", "from Zmiivka (the village by the river
    near Beryslav)": a town in the brackets after another only places that one."""
    # (not a site's bracket: "Zmiiv TPP (Centrenergo, in Slobozhanske)" is where it stands)
    return any(
        q.end <= p.start
        and _IN_ITS_BRACKET.fullmatch(text, q.end, p.start) is not None
        and q.place is not None
        and q.place.source != "landmarks"
        for q in found
    )


_IN_ITS_BRACKET = re.compile(r"\s*\([^()]*")


def street_names(text: str, gaz: PlaceResolver) -> frozenset[str]:
    """Village names an article writes as a street's ("Artyoma str."): the street, wherever
    the note names it bare ("our shop window on Artyoma cracked")."""
    return frozenset(
        name for m in _STREET_NAMED.finditer(text)
        if gaz.is_known(name := m.group("a") or m.group("b") or m.group("c"))
        and _a_village(name, gaz)
    )  # fmt: skip


def _a_region(name: str, gaz: PlaceResolver) -> bool:
    """Does the name, alone, read as a region (Donbas, Crimea, an oblast)?"""
    place = gaz.resolve(name, (), "any")
    return place is not None and place.precision == "region"


def _a_village(name: str, gaz: PlaceResolver) -> bool:
    """Is the town of this name a village a surname may shadow (no seat, under 20,000)?"""
    town = gaz.resolve(name, (), "town")
    return town is not None and town.seat < 2 and town.population < 20_000


_FUNCTION_WORDS = frozenset({
    "for", "from", "to", "in", "at", "on", "by", "with", "after", "before", "near", "over",
    "under", "about", "into", "towards", "toward", "via", "and", "or", "but", "the", "this",
    "that", "our", "my", "his", "her", "their", "its", "dear", "hello", "welcome", "remember",
    "pray", "visit", "save", "help", "support", "love", "listen",
    # a log's verb of travel opening its line: "Left Soledar by the Kramatorsk road"
    "through", "past", "left", "leaving", "reached", "passed", "entered", "crossed", "visited",
    "returned", "drove", "arrived",
})  # fmt: skip
# a word that names a site or a unit before its town, never a person's first name
_LABEL_WORD = re.compile(
    rf"(?:{lx.FACILITY}|farms?|villages?|hotels?|camps?|channels?|hamlets?|towns?|city|markets?|"
    r"schools?|hospitals?|church(?:es)?|streets?|avenues?|districts?|communit(?:y|ies)|hromadas?|"
    r"settlements?)",
    re.IGNORECASE,
)
_SOURCE_NAME = re.compile(
    r"\b([A-Z][a-z][\w'’-]+)(?:['’]s)?\s+(?:TG|Telegram|(?:says|said|wrote|writes|"
    r"confirms|confirmed)\b(?!\s+(?:that\s+)?(?:it|its|the\s+city)\b))"
)
_QUOTED_AREA_AFTER = re.compile(r"['’]?\s+(?:area|neighbou?rhood|quarter)\b", re.IGNORECASE)
_DISTRICT_NEXT = re.compile(r"\s+(?:district\b|distr\.|r-n\b)", re.IGNORECASE)
_DISTRICT_ADJECTIVE = re.compile(r"(?:sk(?:y|yi|iy|ii|ij|i)|s['’]k\w*)$")
_PLACE_BEFORE = re.compile(r"\b(?:of|in|from|at|near|to|for|on|over|around|outside)\s+$", re.I)


_ORIGIN_BEFORE = re.compile(r"\b(?:from|in|of)\s+$", re.IGNORECASE)
_CLOCK_OF = re.compile(r"\s+(?:time|summer\s+time|standard\s+time)\b")
# a capitalised adjective that makes one name with the word after it
_ADJECTIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+(?:skaya|tskaya|zkaya|skiy|skoy)\s+$")
# (or its armed forces: "when Kiev's forces shelled the center of the city")
_REGIME_AFTER = re.compile(
    # ("the Kiev terrorist regime", "the Kyiv Nazi regime": an epithet between)
    r"\s+(?:[a-z-]+\s+)?regime\b|['’]s\s+(?:forces|troops|army|military|militants|regime|gunners)\b",
    re.IGNORECASE,
)


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def find_places(
    text: str, gaz: PlaceResolver, regions: tuple[str, ...] = (),
    near: tuple[float, float] | None = None,
) -> list[PlaceMention]:  # fmt: skip
    """Places named in a sentence, resolved, each with its role.

    Parameters
    ----------
    text
        The sentence.
    gaz
        The place resolver (offline gazetteer).
    regions
        Region names seen in the article, to tell apart towns of the same name.
    near
        Where the article's places so far lie, if they lie together: a bare name's namesake
        nearest them is meant (the issue's last ranking criterion).
    """
    # (a note's names set off as code, "`Івано-Франківськ`": markup, no quotation)
    text = without_glosses(cased_names(text.replace("`", " "), gaz), gaz)
    framed = framed_regions(text, regions, gaz)
    regions, frame = framed, framed if framed != regions else ()
    found: list[PlaceMention] = []
    sites = find_landmarks(text) + _national_capitals(text, gaz)
    listed = sites_of_a_list(text)
    sites += [x for x in listed if not any(a < x[1] and x[0] < b for a, b, _ in sites)]
    sites.sort(key=lambda x: x[0])
    sites += _institutions(text, gaz, regions, sites)
    for start, end, site in sites:
        role = _role(text, start, end, "")
        if site.source != "landmarks" and _PLACED_AFTER.match(text[end:]):
            role = "context"  # "the Donetsk Regional Drama Theatre in Mariupol": in Mariupol
        before = found[-1] if found else None
        if (
            role == "context" and before is not None and before.role == "target"
            and _AND_THE_NEXT_SITE.fullmatch(text[before.end : start])
        ):  # fmt: skip
            role = "target"  # "targeted the Dyagilevo air base …, and the Engels air base"
        found.append(PlaceMention(start, end, text[start:end], site, role))
    consumed: list[tuple[int, int]] = []  # qualifier phrases: where a name is, not a place
    for start, end, name in _candidate_spans(text, gaz):
        if any(a <= start < b for a, b, _ in sites) or any(a <= start < b for a, b in consumed):
            continue
        if _SPEAKERS_TOWN.match(text[:start]) and _SPEAKER_TAG_END.match(text, end):
            continue  # "[18:49] Tanya (Lviv): are you ok???": where the speaker is, no event
        if _CHAT_SPEAKER_BEFORE.match(text[:start]) and _CHAT_SPEAKER_AFTER.match(text, end):
            continue  # "[23.04.22 16:05] Artem: ✅ sorry phone died": who writes, not where
        if _quoted(text, start, end) and not _GRID_SITE_BEFORE.search(text, 0, start):
            continue  # the "Metalurg" stadium, the "Kyiv" hotel: a name, not a place
        if (_WHO_AFTER.match(text, end) and not _PLACE_PREP_BEFORE.search(text, 0, start)) or (
            _HOME_OF_SOMEONE.match(text, end) and lx.personal_name(name)
        ):
            continue  # "Anna, who does the tests", "near Marina's house": a woman, not a town
        if text[start - 1 : start] in ("'", "‘") and _QUOTED_AREA_AFTER.match(text, end):
            continue  # "near the 'Kommunar' area": a part of the town, not a village so called
        if (
            _STREET_AFTER.match(text[end:])
            or _WATER_AFTER.match(text[end:])
            or (_PARK_AFTER.match(text[end:]) and not re.search(r"\b(?:an?|the)\s+$", text[:start]))
            or _STANDS_ON.search(text[max(0, start - 40) : start])
            or _STREET_BEFORE.search(text, max(0, start - 12), start)
            # (a crossing of two streets named by their adjectives: "near the
            # Kyivska/Berdychivska crossroads")
            or (_STREET_ADJECTIVE.fullmatch(name) and _SLASH_STREET.match(text, end))
            # (a street named by its adjective alone, "our windows on Kyivska went", or by
            # two, Russian-style: "the dormitory on Bolshaya Morskaya")
            or (
                _ON_BEFORE.search(text, max(0, start - 4), start)
                and (
                    (_STREET_ADJECTIVE.fullmatch(name) and not _UNIT_NEXT.match(text, end))
                    or _TWO_WORD_STREET.match(text, start) is not None
                )
            )
        ):
            continue  # "Bogdan Khmelnitsky Avenue", "Kharkivska Street": a street's name
        if (adj := _ADJECTIVE_BEFORE.search(text, max(0, start - 30), start)) and not gaz.is_known(
            text[adj.start() : end]
        ):
            continue  # "on Kharkovskaya Gora": a part of the town named in two words, no Hora
        if _CLOCK_OF.match(text, end):
            continue  # "at 00:01 Moscow time": a clock, not a place
        if _PART_OF_A_TOWN_AFTER.match(text, end) or _RIVER_BEFORE.search(text, 0, start):
            # "the Sonyachnyi neighbourhood of Ternopil": the town's part, not a village so
            # called; "the bridge over the Irsha": a river
            continue
        if _REGIME_AFTER.match(text, end) and name.lower() in lx.CAPITALS:
            continue  # "drones of the Kiev regime": a government named by its capital
        if _HOUSE_NUMBER_AFTER.match(text, end) and _a_village(name, gaz):
            continue  # "- X Lisna 5. In town again shelling": an address, Lisna Street's
        if _person_name(text, start, gaz) or _first_name(text, end, gaz):
            continue
        if _ROLE_IN_BRACKETS_SPEAKS.match(text, end):
            continue  # "Roman (ranger, Viazivka) writes: …": a person, then what they do
        if _INITIAL_BEFORE.search(text, max(0, start - 4), start):
            continue  # "M. Hrytsiv, amateur": an initial, then the surname
        if _SURNAME_ENDING.search(name) and _NAMED_AFTER_A_PERSON.match(text, end):
            continue  # "the Shevchenko drama theatre", "the Franko university": a person's name
        if _TITLE_BEFORE.search(text[max(0, start - 40) : start]):
            continue  # "acting mayor Artem Kobzar": a title's name is a person
        if _VESSEL_BEFORE.search(text[max(0, start - 40) : start]):
            continue  # "the submarine Rostov-on-Don": a ship named after a city
        if (
            (named := _NAMED_BUILDING_AFTER.match(text, end))
            and text[max(0, start - 4) : start] == "the "
            # (or a village's name on a hotel or a cinema, in a note of its own town: "the
            # five-storey house near the Druzhba hotel"; a market is the village's own)
            and (
                any(p.is_town for p in found)
                or (_BRAND_NOUN.match(named.group(0)) and _a_village(name, gaz))
                # (or a region's name on it: "the Donbass hotel", "the Donbass State
                # Technical Institute" stand in towns of their own)
                or _a_region(name, gaz)
                # (or the town it stands in, named just after: "the Horlivka institute of
                # foreign languages here in Bakhmut")
                or _ITS_TOWN_AFTER.match(text, named.end())
            )
        ):  # fmt: skip
            continue  # "hit the center of Pokrovsk, destroying the Druzhba hotel": its name
        region = region_phrase(text, start, end)
        if (
            region
            and region[1].lower() in _DISTRICT_WORDS
            and _INSTITUTION_AFTER.match(text, region[0])
        ):
            region = None  # "the Kupiansk district hospital": the town's, named for its district
        if region and part_of_a_city(text[region[0] :], gaz, name):
            continue  # "the Kyivskyi district of Kharkiv": a part of the city named next
        if region and (held := town_in_its_city(text[region[0] :], gaz, name)):
            consumed.append((region[0], region[0] + held))  # "the Adler district of Sochi"
        # (not a place someone is from: "a neighbour from Odnorobivka says …")
        if (
            not region and not _ORIGIN_BEFORE.search(text, max(0, start - 8), start)
            and _speaking_surname(text, end, name, regions, gaz)
        ):  # fmt: skip
            continue
        place, full_end = None, end
        if region:
            full_end, suffix = region
            place = gaz.resolve(f"{name} {suffix}", regions, "region")
            if (
                place is not None and place.country != "UA" and _DISTRICT_ADJECTIVE.search(name)
                and re.match(r"(?i)distr|r-n|raion|rayon", suffix) and cities_with_district(name)
                and not any(h.lower() in (place.admin1 or "").lower() for h in regions)
                and not re.match(r"\s+of\b", text[full_end:])  # ("… district of the city")
            ):  # fmt: skip
                # "shelled the Kuibyshevsky district" in a note from Donetsk: the city's
                # district by its Soviet name, not the Russian raion so called (unless the
                # text names that raion's oblast: "the Pogarsky district" of Bryansk oblast)
                continue
        query: tuple[str, tuple[str, ...], bool] | None = None
        if place is None and _DISTRICT_NEXT.match(text, end) and cities_with_district(name):
            # "Petrovsky district, a girl killed": a city's district (its town is the note's,
            # or the one told), not a village called Petrovskiy
            continue
        if place is None:
            place, full_end, query = qualified(text, name, end, gaz, regions, consumed, near)
            if place is None:
                continue  # a real place, but far from this war (Ramstein, Istanbul)
            if frame and query[1] == frame and place.precision == "town":
                query = (query[0], frame, True)  # placed by its sentence's region frame
            if query[2] and SAME_NAME_AFTER.match(text, full_end):
                # "Donetsk, Rostov region (a Russian town of the same name, no event)": the
                # namesake set apart here, not the sense of the name wherever it recurs
                query = (query[0], query[1], False)
            if query[2] and DISCLAIMED.search(text, max(0, start - 60), start):
                # "(there is another Sadove in the Skadovsk district)": not the one the text
                # means wherever it names Sadove bare; but placed where its words place it
                # ("not to be confused with Yahidne in Chernihiv region": that one)
                query = None
            if full_end == end and _bare_adjective(name, place) and not _UNIT_NEXT.match(text, end):
                continue  # "the crossroads at Volodymyrska / Shevchenko": a street, not a town
            if (
                full_end == end and _ACRONYM.fullmatch(name) and place.precision == "town"
                # (or a town whose one-word name it only starts: a screenplay's "INT." is no
                # Inta; a defined "KR" is still Kryvyi Rih)
                and (
                    place.population < ACRONYM_TOWN
                    or (
                        " " not in place.name and len(place.name) > len(name)
                        and place.name.lower().startswith(name.lower())
                    )
                )
            ):  # fmt: skip
                continue  # "APA", "IPA": a style's or a body's letters, not a village so called
        if place is not None and place.seat >= 3 and _CONTROLLED_PART.search(text[:start]):
            # "the government-held part of Luhansk": the oblast, not its seat city.
            place = gaz.region_of(place) or place
        if _BUILDING_OF.search(text[max(0, start - 40) : start]) or _BUILDING_AFTER.match(
            text, full_end
        ):
            place = _seat_of_its_administration(name, place, text[full_end:], gaz, regions)
        role = _role(text, start, full_end, name)
        if (
            role == "weak" and not region and _GOVERNOR_OF.match(text[full_end:])
            and not _SEAT_BUILDING.match(text[full_end:])
        ):  # fmt: skip
            # "Belgorod regional governor", "Tver's governor": the region, not the city.
            place = gaz.resolve(f"{name} region", regions, "region") or place
        head = found[-1] if found else None
        clause_start = start
        # (not a river the list runs on to: "… on the edge of Kryvyi Rih, and the Inhulets rose")
        river = name.lower() in lx.RIVERS and _THE_BEFORE.search(text, max(0, start - 5), start)
        if head and _coordinated(text, head.end, start, full_end) and not river:
            # "in Kyiv, Lviv, Dnipro and Zaporizhzhia": a listed name shares the first one's role.
            role = head.role if role == "context" else role
            clause_start = head.clause_start
        found.append(
            PlaceMention(start, full_end, text[start:full_end], place, role, clause_start, query)
        )
    found.sort(key=lambda p: p.start)
    found = _region_then_its_town(_list_locators(found, text, gaz), text, gaz)
    found = regional_centres(found, text, gaz)  # ("…, including the regional centre")
    # (an institution named after a town and placed in another keeps that other town: "the
    # Horlivka Institute … in Bakhmut" was struck in Bakhmut)
    located = [
        (a, b, st) for a, b, st in sites
        if st.source == "landmarks" or not _PLACED_AFTER.match(text[b:])
    ]  # fmt: skip
    found = without_site_locators(found, located, text)
    found = nearest_namesakes(located_near(_compound_heads(found), text, gaz), gaz, text)
    # once more: a far namesake placed first may have kept the list from looking together
    found = nearest_namesakes(found, gaz, text)
    found = with_unknown_places(text, not_the_disclaimed(found, text, gaz), gaz)
    found = with_facility_towns(text, found, gaz)
    found = namesakes_in_the_records_raion(in_the_entrys_hromada(text, found, gaz), text, gaz)
    found = drop_qualifiers(villages_of_the_region(found, gaz, text), text, gaz)
    found = facilities_named_elsewhere(_not_the_sense(found, text), text)
    found = ports_by_their_towns_adjective(found, text, gaz)
    towns = [p for p in found if p.is_town]
    return [
        replace(p, role="context")
        if (_SAID_WHERE_IT_IS.search(p.text) and _WHOSE.match(text, p.end))
        # ("Zmiivka (the village by the river near Beryslav)": Beryslav only places it)
        or (p.is_town and locates_the_one_before(text, p, towns))
        else p
        for p in found
    ]  # ("Semenivka is in the Novhorod-Siverskyi district, whose centre … was hit")


def _not_the_sense(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """A namesake placed inside a disclaimer ("NOT the Zolochiv near Kharkiv") is no sense
    of the name for the rest of the text: its query is dropped."""
    aside = in_a_disclaimer(text)
    return [replace(p, query=None) if aside(p) else p for p in found]


_SAID_WHERE_IT_IS = re.compile(r"\s(?:is|lies)\s+(?:an?\s+[\w-]+\s+)?in\s")
_WHOSE = re.compile(r"\s*,\s*(?:whose|where|which)\b")


# "the building of the Mykolaiv Oblast State Administration": an oblast's own offices
_ADMINISTRATION_AFTER = re.compile(
    r"\s+(?:(?:State|Military|Civil[\s-]+Military)\s+)*(?:Administration|Council)\b", re.IGNORECASE
)


# the institution's building is struck, not its words told: "the building of the …",
# "… Administration building"
_BUILDING_OF = re.compile(
    r"\b(?:building|offices|premises|headquarters|seat)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_BUILDING_AFTER = re.compile(
    r"\s+(?:(?:State|Military|Civil[\s-]+Military)\s+)*(?:Administration|Council)\s+"
    r"(?:building|offices|premises|headquarters)\b",
    re.IGNORECASE,
)


def _seat_of_its_administration(
    name: str, place: Place, after: str, gaz: PlaceResolver, regions: tuple[str, ...]
) -> Place:
    """An oblast's administration or council sits in the oblast's seat city."""
    if place.precision != "region" or " " not in name or not _ADMINISTRATION_AFTER.match(after):
        return place
    town = gaz.resolve(name.rsplit(" ", 1)[0], regions, "town")
    if town is None or town.seat < 3 or town.admin1 != place.admin1:
        return place
    return town


# "Khotinska hromada", "Sumska and Okhtyrska oblasts": the adjective names its unit
_UNIT_NEXT = re.compile(
    r"(?:\s*(?:,|and|&|/)\s*[A-Z][\w'’-]+)*\s+(?:(?:urban|rural|settlement|city|territorial|village)\s+)?"
    r"(?:hromadas?|communit(?:y|ies)|districts?|raions?|rayons?|oblasts?|regions?|r-n|obl|OVA|ODA|MVA)\b"
    # "the Okhtyrska TPP", "the Kropotkinskaya oil pumping station": a site named by its town
    r"|\s+(?-i:[A-Z]{2,4})\b|\s+(?:[\w-]+\s+){0,2}(?:plant|station|refinery|depot|mine|substation|"
    r"factory|works|port|airfield|airport|terminal|dam|base)\b",
    re.IGNORECASE,
)


def _bare_adjective(name: str, place: Place) -> bool:
    """An adjective of a town ("Sumska", "Volodymyrska") with no "oblast" or "region" after
    it names a street or a community, not the town (whose own name is no adjective, unlike
    Mostyska's)."""
    return (
        place.precision == "town" and " " not in name and "-" not in name
        and _FEMININE_ADJECTIVE.search(name.lower()) is not None
        and skeleton(name.lower()) != skeleton(place.name.lower())
    )  # fmt: skip


# the form a street or a hromada takes ("Volodymyrska vulytsia", "Sumska hromada"); towns
# named so are few and keep their own name (Mostyska)
_FEMININE_ADJECTIVE = re.compile(r"s['’]?k(?:a|aya)$")


_WHO_AFTER = re.compile(r",\s+who\b")
# ("a midwife from Mariupol, who reached us": the "who" is hers, the town a place)
_PLACE_PREP_BEFORE = re.compile(r"\b(?:from|in|of|at|near|to|by|outside)\s+(?:the\s+)?$", re.I)
_HOME_OF_SOMEONE = re.compile(
    r"['’]s\s+(?:house|home|flat|apartment|place|yard|garden|dog|cat|car|family|husband|wife|son|"
    r"daughter|mother|father|sister|brother|parents|grandmother|grandfather|granny|neighbou?rs?)\b"
)


def _compound_heads(found: list[PlaceMention]) -> list[PlaceMention]:
    """'the Slavyansk refinery in Slavyansk-na-Kubani': a name that begins a compound place
    named after it is that place's short form, not a namesake (Sloviansk in Ukraine); named
    before it ("Slavyansk-na-Kubani: drones attacked the Slavyansk refinery"), that place."""
    out = []
    for p in found:
        compounds = [
            q for q in found if q.text.casefold().startswith(p.text.casefold() + "-")
            # (not a site named after the town with a number: "the Engels-2 airfield")
            and not (q.place is not None and q.place.source == "landmarks")
        ]  # fmt: skip
        if any(q.start > p.end for q in compounds):
            continue
        if compounds and compounds[0].place is not None:
            p = replace(p, place=compounds[0].place, query=None)
        out.append(p)
    return out


_CONTROLLED_PART = re.compile(
    r"\b(?:government-held|[\w-]+-(?:held|controlled)|occupied|unoccupied|liberated|free)\s+"
    r"parts?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_ROLE_IN_BRACKETS_SPEAKS = re.compile(
    r"\s*\((?!(?:by|near|in|at|from|outside|the|not|next|close)\b)(?:[a-z][\w-]*)"
    r"(?:[ ,][^()\n]{0,40})?\)\s+"
    r"(?:writes|wrote|says|said|called|phoned|"
    r"texted|told|reports|reported|messaged)\b"
)
# "a crater in Shevchenko park": a park named after a person ("a Kyiv park" is Kyiv's).
_PARK_AFTER = re.compile(r"^\s+(?:park|gardens?)\b")
# an institution in lower case after a surname ("the Shevchenko drama theatre")
_NAMED_AFTER_A_PERSON = re.compile(
    r"\s+(?:(?:drama|opera|puppet|music|academic|regional|city|national)\s+){0,2}"
    r"(?:theatre|theater|university|museum|library|lyceum|gymnasium|school|conservatory|"
    # "near the Gagarin stadium", "in Shevchenko park"
    r"stadium|park|square|garden|palace\s+of\s+culture|"
    # ("struck the Antonov aircraft plant": a works named after its founder)
    r"(?:aircraft|aviation|machine[- ]building|tractor|shipbuilding)\s+(?:plant|factory|works)|"
    r"design\s+bureau)\b"
)
# a house's number after a street's bare name: "X Lisna 5.", "Zavodska 3 - same reason"
# (not a day: "killed in Stepnohirsk 26.05")
_HOUSE_NUMBER_AFTER = re.compile(r"\s+\d{1,3}[a-z]?(?:/\d{1,3})?(?=\s*(?:[.,;(](?!\d)|$|\s[-–]\s))")


# "across the Kakhovka reservoir": water named after a town, not the town
_PART_OF_A_TOWN_AFTER = re.compile(
    r"\s+(?:neighbou?rhood|microdistrict|micro-district|quarter|housing\s+estate)\s+of\s+"
    r"(?:the\s+(?:city|town)\s+of\s+)?[A-Z]"
    # (a note's "Zakhidnyi mkr bldg 7": the town's microdistrict, abbreviated)
    r"|\s+(?:mkr|mkrn|m-n)\b"
)
_RIVER_BEFORE = re.compile(
    r"\b(?:(?:bridges?|crossings?|dam|ferry)\s+(?:over|across)|(?:left|right|east|west|other)\s+"
    r"banks?\s+of)\s+the\s+$",
    re.IGNORECASE,
)
# (or a height named so: "shelling damaged houses on Kremenets hill in Izium")
_WATER_AFTER = re.compile(
    r"^\s+(?:[Rr]eservoir|[Cc]anal|[Rr]iver|[Ee]stuary|[Ll]agoon|[Hh]ill|[Hh]eights?|[Rr]idge)\b"
)
_STREET_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?:Street|Avenue|Square|Boulevard|Prospekt|Prospect|Lane|"
    r"Embankment|Highway|Park|Garden|Gardens|Road|"
    # a street written in lower case after a person's name: "Bogdan Khmelnitsky avenue"
    r"avenues?|streets?|boulevards?|prospekt|prospect|lanes?|"
    # a note's abbreviations: "Shevchenko blvd", "Kalynova st.", "Nauky ave."
    r"blvd|st\.|str\.|ave\.|vul\.|sq\b\.?|pl\.|emb\.|"
    # (and the street's own word, transliterated: "Prymorskyi bulvar", "Sumska vulytsia")
    r"[Bb]ulvar|[Vv]ulytsia|[Uu]litsa|[Nn]aberezhna|[Nn]aberezhnaya|[Pp]loshcha|[Pp]rovulok|"
    r"[Ss]hose|[Ss]hosse)(?!\w)"
    # (streets listed under one plural: "on Kirova and Pushkinskaya streets")
    r"|^(?:\s*(?:,|,?\s+and|&)\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)+\s+"
    r"(?i:streets|avenues|boulevards|lanes)\b"
)
# "the 5-storey building on Shevchenka", "cars burning on Bogdan Khmelnitsky": a thing that
# stands on a street (a strike "on" a town is no building's)
# a street's word before its name: "vul. Shevchenka", "ul. Lenina", "prosp. Peremohy"
_STREET_BEFORE = re.compile(rf"\b(?:{lx.STREET_ABBR}|[Vv]ulytsia|[Uu]litsa|[Pp]rovulok)\.?\s+$")
_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")
_TWO_WORD_STREET = re.compile(r"[A-Z][\w'’]*(?:aya|ska)\s+[A-Z][\w'’]*(?:aya|ska)\b")
_SLASH_STREET = re.compile(r"\s*/\s*[A-Z][\w'’]*s['’]?k(?:a|aya|yi|iy)\b")
_STREET_ADJECTIVE = re.compile(r"[A-Z][\w'’]*s['’]?ka")
_STANDS_ON = re.compile(
    r"\b(?:building|house|home|block|flat|apartment|shop|store|caf[eé]|restaurant|hotel|"
    # (a river's "left bank" is a shore, not a bank's branch on a street)
    r"office|kiosk|pharmacy|stop|corner|cordon|(?<!left\s)(?<!right\s)(?<!river\s)bank|cars?|burning|parked|lives?|"
    r"lived|living)\s+on\s+$",
    re.IGNORECASE,
)


def _quoted(text: str, start: int, end: int) -> bool:
    """A name standing alone in quotation marks names a thing (stadium, ship, operation);
    not a place's spelling put in quotes after a preposition ("explosions in what they call
    "Novaya Kakhovka" and …"), with no thing's noun after it."""
    if _FIRM_QUOTED.search(text, max(0, start - 40), start) and _QUOTE_CLOSES.match(text, end):
        return True  # 'Bakery "Korovai na Saksahani"', 'chain "Apteka Kyiv"': a firm's name
    if text[start - 1 : start] in ('"', "“", "«") and _FIRM_AFTER_QUOTE.match(text, end):
        return True  # '"Smile Lab" dental clinic': the clinic's name
    opened = _TITLE_OPENS.search(text, max(0, start - 30), start)
    if opened is not None and (title := _A_TITLE.match(text, opened.start() + 1)) is not None:
        # ('"Zaporozhets za Dunaiem" (opera)', 'the backdrop of "Kyiv 1941"', '"Cup of Donbas
        # 2022"': a work's title, a few words with no verb of a strike, the name inside it)
        return (
            title.end() >= end and not lx.TRIGGER.search(title.group(0))
            and _A_WORK.search(text, max(0, opened.start() - 40), title.end() + 40) is not None
        )  # fmt: skip
    if text[start - 1 : start] not in ('"', "“", "«") or text[end : end + 1] not in ('"', "”", "»"):
        return False
    spelled = _QUOTED_PLACE_BEFORE.search(text, max(0, start - 20), start - 1)
    return spelled is None or _QUOTED_PLACE_AFTER.match(text, end + 1) is None


# a firm's or a body's name in quotes, the name inside it ("Bakery "Korovai na Saksahani"")
_FIRM_QUOTED = re.compile(
    r"\b(?i:bakery|shop|store|caf[eé]|restaurant|agency|company|chain|firm|studio|salon|club|"
    r"hotel|hostel|brand|foundation|fund|LLC|PrAT|PJSC|TOV|JSC|PP|FOP|NGO)\s+[\"“«][^\"”»\n]{0,30}$"
)
_FIRM_AFTER_QUOTE = re.compile(
    r"[^\"”»\n.;]{1,40}[\"”»]\s+(?:[\w-]+\s+)?(?i:clinic|bakery|shop|store|caf[eé]|restaurant|"
    r"agency|company|chain|studio|salon|club|hotel|hostel|pharmacy|brand)\b"
)
_TITLE_OPENS = re.compile(r"(?:^|(?<=[\s(]))[\"“«](?:[\w'’-]+[ \t]+){0,2}$")
# what a title names: a work, a trophy, an event (not a chat's or a firm's own name)
_A_WORK = re.compile(
    r"\b(?:opera|play|drama|film|movie|book|novel|poem|song|album|cup|tournament|championship|"
    r"festival|production|backdrop|article|paper|exhibition|series|show|musical|performance|"
    r"repertoire|poster|painting|journal|manuscript|lecture|concert)s?\b",
    re.IGNORECASE,
)
_A_TITLE = re.compile(r"[\w'’-]+(?:[ \t]+[\w'’-]+){1,3}(?=[\"”»])")
_QUOTE_CLOSES = re.compile(r"[^\"”»\n.;]{0,40}[\"”»]")
# "in "Novaya Kakhovka" and", "what Moscow calls "Artyomovsk",": a spelling in quotes
_QUOTED_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|on|of|from|call|calls|called|so-called|named|renamed)\s*$", re.I
)
_QUOTED_PLACE_AFTER = re.compile(
    r"\s*(?:$|[,.;:)]|(?:and|or|on|in|at|near|was|were|has|had|said|says|where|which|after|"
    r"before|when|while|overnight|this|last|early|late)\b)"
)


_ITEM_CLAUSE = re.compile(r"^,\s+where\s+[^,;.]+(?:\s+and\s+[^,;.]+)?(?=,)")


def _coordinated(text: str, prev_end: int, start: int, end: int) -> bool:
    """Is this name the next item of a list that began with the previous name?"""
    # an item may carry its own note: "Oleksandrivka (mortars, 16 explosions), Pokrovske",
    # or its own clause: "hit Lviv, where the city lost power, Dnipro, where …, and Odesa"
    between = _ITEM_NOTE.sub("", text[prev_end:start], count=1)
    between = _ITEM_CLAUSE.sub("", between, count=1)
    # (names in quotes: 'the airfields "Dyagilevo" in the Ryazan region and "Engels"')
    between = between.lstrip('"”»').rstrip('"“«')
    if re.fullmatch(
        # ("…the Belaya air base, as well as the Olenya base")
        # ("Nikopol itself, as well as the Marhanets and Pokrovske communities, came under fire")
        r"(?:\s+(?:itself|too|also))?\s*(?:and|or|,\s*and|,\s*or|,?\s*as\s+well\s+as)\s+(?:the\s+)?"
        r"(?:(?:city|town|village)\s+of\s+)?",
        between,
    ):
        return True
    if re.fullmatch(r";\s*(?:and\s+)?", between):
        # "hit Synkivka of Kharkiv oblast; Makiivka and Bilohorivka of Luhansk oblast; …": a
        # list's next group, if the group is names only
        group = re.split(r"[;.]", text[start:], maxsplit=1)[0]
        return all(w in _LIST_WORDS for w in re.findall(r"\b[a-z][\w-]*", group))
    return bool(re.fullmatch(r",\s*", between)) and bool(
        re.match(r"\s*(?:,|and\b|or\b)", _ITEM_NOTE.sub("", text[end : end + 160], count=1))
    )


def _list_locators(found: list[PlaceMention], text: str, gaz: PlaceResolver) -> list[PlaceMention]:
    """'Makiivka and Bilohorivka of Luhansk oblast': the locator after a list's last name
    places every name of the list (the Makiivka of Luhansk oblast, not the Donetsk city)."""
    out = list(found)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if last.query is None or not last.query[2] or not last.query[1]:
            continue
        j = i - 1
        while j >= 0 and _AND.fullmatch(text[out[j].end : out[j + 1].start]):
            pm = out[j]
            if pm.query is not None and not pm.query[2] and last.place and last.place.located:
                # the namesake of that region nearest the list's last name
                near = (last.place.lat or 0.0, last.place.lon or 0.0)
                name, regions = pm.query[0], last.query[1]
                there = gaz.resolve(
                    name, regions, "town", strict=True, near=near, within_km=LIST_KM
                ) or gaz.resolve(name, regions, "town", strict=True)
                if there is not None and there.precision == "town":
                    out[j] = replace(pm, place=there, query=None)
            j -= 1
    return out


_AND = re.compile(r"\s*(?:,\s*|,?\s*and\s+|,?\s*or\s+)")
# between a region and its town in a note's path: "Sumy obl., SS Konotop", "Kherson obl., v. "
_PATH_STEP = re.compile(
    r"\s*,\s*(?:(?:[A-Z][\w.-]{0,5}|\d[\w.-]{0,5}|kV|v\.|vil\.|smt\.?|s\.)\s+){0,3}[\"“«]?"
)


def _region_then_its_town(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """'Sumy obl., SS Konotop: MIL, hit in the morning': a path that names the region first
    and then a town in it is the town's, the region saying where it is."""
    out = list(found)
    for k in range(len(out) - 1):
        region, town = out[k], out[k + 1]
        if (
            region.place is None or town.place is None or region.place.precision != "region"
            or town.place.precision != "town" or region.role == "context"
            or town.role not in ("context", "weak")
            or not _PATH_STEP.fullmatch(text[region.end : town.start])
            or not gaz.within(town.place, region.place)
        ):  # fmt: skip
            continue
        out[k], out[k + 1] = replace(region, role="context"), replace(town, role=region.role)
    return out


_LIST_WORDS = frozenset(
    {"and", "or", "of", "the", "oblast", "region", "district", "raion", "community", "hromada",
     "village", "town", "city", "areas", "area", "outskirts"}
)  # fmt: skip


_ITEM_NOTE = re.compile(r"^\s*\([^()]{0,120}\)")
