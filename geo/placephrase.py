"""Place phrases: which names in a sentence are places, where they are, and their role.

Grammar of place phrases: "X, Y region" / "X (Y raion, Z)" / "X in the Y district" qualify X
(Y decides among namesakes and is not a place of its own); "the central square of X" and
"three districts of the city of X" make X the target of the verb before them; datelines,
speakers' cities, origins and destinations are context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo import lexicon as lx
from geo.geocode import BIG_CITY
from geo.landmarks import find_landmarks
from geo.model import Place
from geo.namesakes import (
    DISCLAIMED,
    HROMADA_KM,
    LOCATED_BY,
    in_the_entrys_hromada,
    inside_region,
    located_near,
    nearest_namesakes,
    villages_of_the_region,
    with_facility_towns,
    with_unknown_places,
    without_site_locators,
)
from geo.placetypes import PlaceMention, PlaceResolver

_TOKEN = re.compile(r"[A-Za-z\u00C0-\u024F][\w'’\-]*")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


def _bare(token: str) -> str:
    return re.sub(r"['’]s$", "", token)


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


# A later word of a name may be typed in lower case, unless it is a word for an area
# ("Kharkiv region" is a region phrase, read by its own grammar).
_LOWER_PART = re.compile(
    r"(?!(?:region|oblast|district|raion|rayon|city|town|village|area|province|community|"
    r"hromada|and|or|the|of|in|on|at|to|is|was|has)$)[a-z][\w'’\-]{2,}"
)


def _candidate_spans(text: str, gaz: PlaceResolver) -> list[tuple[int, int, str]]:
    """Longest capitalised n-grams the gazetteer knows, left to right."""
    toks = _tokens(text)
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(toks):
        if not _is_cap(toks[i].group()):
            i += 1
            continue
        # "Novaya Gazeta" is no place, but "Novaya Kakhovka" is: a word never a place on its
        # own may still start a longer name.
        shortest = 2 if toks[i].group().lower() in lx.NOT_PLACES else 1
        for n in range(min(gaz.max_words, 4, len(toks) - i), shortest - 1, -1):
            words = [toks[i + k].group() for k in range(n)]
            if not all(_is_cap(w) or k and _LOWER_PART.fullmatch(w) for k, w in enumerate(words)):
                continue  # "Chasiv yar", "Kryvyi rih": a known name typed in lower case
            name = " ".join(words[:-1] + [_bare(words[-1])])
            if (
                name.lower() not in lx.NOT_PLACES
                and gaz.is_known(name)
                and not lx.NAME_PART_AFTER.match(text[toks[i + n - 1].end() :])
            ):
                end = toks[i + n - 1].start() + len(_bare(words[-1]))
                out.append((toks[i].start(), end, name))
                i += n - 1
                break
        i += 1
    return out


def _words_before(text: str, start: int) -> list[str]:
    # A bullet's dash ("- Kupiansk: a man was injured") is no word; nor is an aside between
    # commas ("struck, among other facilities, the Zmiivska plant": the verb's object).
    before = _ASIDE.sub(" ", text[max(0, start - 120) : start])[-80:]
    return [w.lower() for w in re.findall(r"[\w'’\-]*\w[\w'’\-]*", before)]


_ASIDE = re.compile(
    r",\s*(?:among\s+(?:others|other\s+[\w\s-]{1,40}?)|in\s+particular|notably|reportedly|"
    r"again|once\s+more|also)\s*,",
    re.IGNORECASE,
)


def _prep_before(text: str, start: int) -> str | None:
    """The first word before a place that is not a descriptor."""
    words = _words_before(text, start)
    if re.search(r"\b(?:city|town|village|capital|port|settlement)\s*,\s*$", text[:start]):
        # "hit the centre of Ukraine's second-largest city, Kharkiv": the role is the phrase's.
        owner = _verb_before_part(words[:-1], span=8)
        if owner is not None:
            return owner
    instrument = _INSTRUMENT_BEFORE.search(text[max(0, start - 80) : start])
    if instrument:
        return instrument.group("verb").lower()  # "hit with missiles Pavlohrad": the object
    second = _SECOND_OBJECT.search(text[max(0, start - 80) : start])
    if second:
        return second.group("verb").lower()  # "hit the district centre and the X community"
    if _LEAD_ADVERBIAL.search(text[:start]) or _CLAUSE_START.search(text[:start]):
        # "On Wednesday, the town of Sevsk was attacked", "Snovsk community: the village of
        # Khrinivka came under fire": the clause starts here.
        return None
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "of" and i and words[i - 1] in _COMPASS:
            # "in a treeline NW of Mala Tokmachka", "5 km east of Kupiansk": where the
            # thing struck lies, by the place; the role is the phrase's
            owner = _verb_before_part(words[: i - 1], span=6)
            if owner is not None:
                return owner
        if w == "of" and i and words[i - 1] in lx.PART_OF_PLACE:
            # "the central square of Sumy", "three districts of the city of Zaporozhye":
            # the place owns the thing the verb or preposition before it acts on.
            owner = _verb_before_part(words[: i - 1])
            if owner is not None:
                return owner
        if w.endswith(("'", "’")) or _OWNER.fullmatch(w) or _SIZE.fullmatch(" ".join(words[i:])):
            # "the workers' settlement of Suzemka", "at Lukoil's 300,000 b/d Volgograd
            # refinery": an owner or a capacity describes the thing struck
            continue
        if w in _INFINITIVE_ATTACK and words[max(0, i - 2) : i] in (
            ["attempted", "to"],
            ["tried", "to"],
        ):
            return "struck"  # "attempted to strike the Engels airfield": an attack made
        if w in ("out", "up") and i and words[i - 1] in _PHRASAL_STRIKE:
            return "struck"  # "knocked out the DniproHES dam", "blew up a depot in X"
        if w not in lx.SKIPPABLE and not _HELD_BY.search(w):
            return w
    return None


_PHRASAL_STRIKE = frozenset(
    {"knocked", "knocking", "knock", "knocks", "took", "taking", "taken", "wiped", "wiping",
     "blew", "blown", "blowing"}
)  # fmt: skip


# "the Russian-held city of", "Kyiv-controlled Kostiantynivka": who holds it describes it
_HELD_BY = re.compile(r"\w-(?:held|controlled|occupied|annexed)$")


_OWNER = re.compile(r"[\w-]+['’]s")
_SIZE = re.compile(r"(?:\d+\s+)*(?:b(?:\s+d)?|d|bpd|mw|gw|kv|tonnes?)")
# OSINT notes' bearings ("a treeline NW of Mala Tokmachka"); spelled-out directions are
# also how launch sites and front lines are told ("40 km north of Belgorod"), so not those
_COMPASS = frozenset(
    {"ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw"}
)
_INFINITIVE_ATTACK = frozenset({"strike", "attack", "shell", "bomb", "target", "hit"})


# The instrument between a strike verb and its object, as coders write it: "hit with missiles
# Pavlohrad", "struck with a drone the village of Bilenke".
_INSTRUMENT_BEFORE = re.compile(
    r"\b(?P<verb>hit|struck|shelled|attacked|bombed|targeted|pounded)\s+with\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|drones?|rockets?|bombs?|artillery|mortars?|shells|MLRS|"
    r"UAVs?|munitions?|Grads?|Shaheds?)\s+(?:the\s+(?:city|town|village|settlement)\s+of\s+)?$",
    re.I,
)
# A place that is the second object of a strike verb, after a common noun: "hit the town
# and the Marhanets community" (a name after a name is a list: _coordinated).
_SECOND_OBJECT = re.compile(
    r"\b(?P<verb>hit|struck|shelled|attacked|bombed|targeted|pounded|hitting|striking|"
    r"shelling|attacking|targeting)\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){1,3}(?:and|or)\s+"
    r"(?:the\s+)?$",
    re.I,
)
_CLAUSE_START = re.compile(
    r"[:;]\s*(?:[—–-]\s*)?(?:the\s+)?(?:(?:town|village|city|settlement|areas?|outskirts|"
    r"vicinity|suburbs?|districts?)\s+of\s+)?$",
    re.I,
)
_GEOLOCATED_TO = re.compile(
    r"\bgeo-?locat(?:ed|ion)\s+(?:to|in|at|near)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:of\s+)?$",
    re.IGNORECASE,
)
# "the Mykolaiv regional administration building": a building in the oblast's seat city
_SEAT_BUILDING = re.compile(
    r"\s+regional\s+(?:military\s+|state\s+)?(?:administration|council|government)\s+"
    r"(?:building|headquarters|offices?|premises)\b",
    re.IGNORECASE,
)
_GOVERNOR_OF = re.compile(r"\s+(?:regional|region)\b|['’]s\s+(?:regional\s+)?governor\b")
# A colon after a strike clause opens the list of places struck; later items follow "," or ";".
_STRUCK_LIST = re.compile(
    r"\b(?:hit|struck|shelled|attacked|targeted|bombed|"
    r"came\s+under\s+(?:[\w-]+\s+){0,4}?(?:fire|attacks?|shelling))"
    r"\b[^:.]{0,60}:\s*(?:[^:.]*[,;]\s*(?:and\s+)?)?$"
)
_LEAD_ADVERBIAL = re.compile(
    r"^\W*(?:On|Early on|Late on|Overnight|Earlier|Later|In the (?:morning|evening|afternoon)|"
    r"This (?:morning|afternoon|evening)|Last night|Tonight|Today|Yesterday|At night|At dawn|"
    r"During the night|In the night)"
    r"(?:\s+[\w-]+){0,3},\s+(?:the\s+)?(?:(?:town|village|city|settlement)\s+of\s+)?$"
)
_PART_STOPS = lx.TARGET_PREP | lx.CONTEXT_PREP | lx.WEAK_BEFORE


def _verb_before_part(words: list[str], span: int = 5) -> str | None:
    """The preposition or verb up to ``span`` words before "<part> of", if one is there."""
    window = words[-span:]
    offset = len(words) - len(window)
    for k in range(len(window) - 1, -1, -1):
        w = window[k]
        # "the shelling of the Kuibyshevsky district of X"; "hit the Kievsky and
        # Kuibyshevsky districts of X": a list of parts is still the verb's object.
        if w in _PART_STOPS and w not in ("of", "and"):
            return w
        if w == "of" and k and window[k - 1] in lx.PART_OF_PLACE:
            # "a market in the Tekstilshchik neighbourhood of the Kirovskyi district of
            # Donetsk": a part of a part, owned by what owns the outer one.
            return _verb_before_part(words[: offset + k - 1], span)
    return None


def _person_name(text: str, start: int, gaz: PlaceResolver) -> bool:
    """'Governor Vyacheslav Gladkov': a capitalised non-place word right before a name."""
    m = re.search(r"([A-Z][\w'’\-]*)\s+$", text[:start])
    if not m or m.start() == 0 and text[: m.start()].strip() == "":
        return False
    word = m.group(1)
    if word.endswith(("'s", "’s")):
        return False  # "Novatek's Ust-Luga complex": an owner's name, not a first name
    before = text[: m.start()].rstrip()
    sentence_start = not before or before[-1] in '.!?"“‘:'
    if sentence_start or word.lower() in lx.NOT_PLACES or word.lower() in lx.SKIPPABLE:
        return False
    return not gaz.is_known(_bare(word))


_NOT_SURNAME = {
    "governor", "mayor", "region", "oblast", "district", "city", "town", "village", "regional",
    "province", "raion", "krai", "republic", "residents", "authorities",
}  # fmt: skip


_VESSEL_BEFORE = re.compile(
    r"\b(?:submarine|frigate|corvette|cruiser|warship|landing\s+ship|ship|vessel|tanker|"
    r"tug|patrol\s+(?:ship|boat)|minesweeper|flagship)\s+$",
    re.IGNORECASE,
)
_TITLE_BEFORE = re.compile(
    r"\b(?:mayor|governor|spokes(?:man|woman|person)|commander|minister|prosecutor|ombudsman|"
    r"President|Governor|Mayor|Minister|General|Colonel|Lieutenant|Captain|Sergeant|Father|"
    r"Mr\.?|Mrs\.?|Ms\.?|Dr\.?)\s+$"
)


def _first_name(text: str, end: int, gaz: PlaceResolver) -> bool:
    """'Ivan Fedorov': a name followed by an unknown capitalised word is a person's."""
    m = re.match(r"\s([A-Z][a-z][\w'’\-]*)", text[end:])
    if not m:
        return False
    word = _bare(m.group(1))
    if (
        lx.INSTITUTION_AFTER.match(text[end:])
        or word.lower() in _NOT_SURNAME
        or lx.REGION_SUFFIX.match(word)
        or lx.NAME_PART_AFTER.match(" " + word)
    ):
        return False
    return not gaz.is_known(word) or word.lower() in lx.NOT_PLACES


_SPEAKS_AFTER = re.compile(
    r"^,?\s+(?:(?:also|later|then|further|again)\s+)?(?:said|says|told|added|wrote|noted|stated|announced|claimed|confirmed|speaking|"
    r"who\s+(?:said|spoke|heads|leads)|has said|had said)\b"
)


def _speaking_surname(
    text: str, end: int, name: str, regions: tuple[str, ...], gaz: PlaceResolver
) -> bool:
    """'Golubev, speaking in Rostov': a village's name that speaks is a person's surname.

    A city's name that speaks is its authorities ("Kharkiv said"), so only small places
    (no seat of a raion, under 20,000 people) are read as surnames. The name is resolved
    only when a speech verb follows: this runs for every candidate name.
    """
    if not _SPEAKS_AFTER.match(text[end:]):
        return False
    town = gaz.resolve(name, regions, "town")
    return town is not None and town.seat < 2 and town.population < 20_000


def _role(text: str, start: int, end: int, name: str) -> str:
    """target / weak / context, from the words around a place name."""
    after = text[end : end + 40]
    prev = _prep_before(text, start)
    capital = name.lower() in lx.CAPITALS
    if (
        lx.WEAK_AFTER.match(after)
        or prev in lx.WEAK_BEFORE
        or (prev == "of" and _weak_of(text, start))
    ):
        return "weak"
    before = text[:start]
    if _ROAD_BETWEEN.search(
        before_text := text[max(0, start - 60) : start]
    ) and not lx.BASED_AT.search(before_text):
        return "target"  # "destroyed a BTR on the road between Krynky and Korsunka"
    if _WHERE_STRUCK.match(text[end : end + 120]) or _FACILITY_STRUCK.match(text[end : end + 120]):
        # "southeast of Kramatorsk, where a missile strike … killed 50"; "the Ryazan oil
        # refinery was attacked by UAVs"
        return "target"
    if lx.BLAMED_ON.search(before) or lx.RETOLD_AFTER.search(before):
        return "context"
    if lx.GOVERNMENT_IN.search(before):
        # "authorities in Yeysk said…": the town's own officials; "officials in Kyiv" govern.
        return "context" if capital else "weak"
    if lx.VICTIM_CLAUSE.search(before):
        return "target"
    if lx.CONTEXT_AFTER.match(after) or (
        lx.RELATIVE_CLAUSE.search(before) and not lx.STRUCK_IN_CLAUSE.search(before)
    ):
        return "context"
    if (
        (capital and lx.SPEECH_PLACE_BEFORE.search(before))
        or lx.SPOKE_IN.search(before)
        or lx.BASED_AT.search(before)
        or lx.WATER_OF.search(before)
    ):
        return "context"
    if _words_before(text, start)[-1:] == ["the"] and name.lower() in lx.RIVERS:
        return "context"
    if prev is None and lx.ROUNDUP_ENTRY.match(after) and not capital:
        return "target"  # "Myropillia community: 12 mortar shells" in a governor's roundup
    if prev is None and _STRUCK_LIST.search(before):
        return "target"  # "settlements were hit by air strikes: Lyptsi, Hlyboke and Vovchansk"
    if prev is None:
        # "MOSCOW (Reuters) -" is a dateline; "Kyiv does not comment" is the government.
        # "Mala Tokmachka and Stepnohirsk were shelled": the list's verb follows its last name.
        dateline = text[start:end].isupper() and len(name) > 3
        # "The Horodnia hromada came under fire": the unit's word is the name's
        verb = _LIST_TAIL.sub("", _UNIT_AFTER.sub("", text[end : end + 160], count=1))
        ok = not dateline and not capital and lx.SUBJECT_AFTER.match(verb)
        return "subject" if ok else "context"
    if lx.HEADING_FOR.search(before):
        return "target"  # "sea drones heading for the port of Novorossiysk" were downed there
    if _GEOLOCATED_TO.search(before[-90:]):
        return "target"  # "footage geolocated to the outskirts of Mukachevo shows a fire"
    if capital and re.match(r"['’]s\b", text[end:]):
        return "context"  # "Moscow's Black Sea Fleet" is the state, not the city
    if prev in lx.TARGET_PREP:
        return "target"
    if _PASSIVE_AFTER.match(text[end : end + 120]) and _words_before(text, start)[-1:] != ["the"]:
        return "target"  # "the Novocherkassk had been damaged" is a ship
    return "context"


_UNIT_AFTER = re.compile(r"^\s+(?:hromada|community|district|raion|municipality)\b", re.I)
_ROAD_BETWEEN = re.compile(
    r"\b(?:road|highway|route|motorway|railway|area|fields?|forest|treeline)\s+between\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A town's facility as the passive's subject: "the Ryazan oil refinery was attacked".
_FACILITY_STRUCK = re.compile(
    rf"^\s+(?:[a-z-]+\s+){{0,2}}{lx.FACILITY}\s+"
    r"(?:was|were|has\s+been|had\s+been|came\s+under)\s+(?:\w+\s+)?"
    r"(?:attacked|hit|struck|targeted|damaged|shelled|destroyed|fire|attack)\b"
)
# "…, where a Russian missile strike on the train station killed more than 50": the clause
# tells a strike at the place it follows.
_WHERE_STRUCK = re.compile(
    r"^\s*,?\s+where\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|missile|bomb|shelling|"
    r"drone|rocket)s?\b[^.;]{0,80}?\b(?:killed|hit|struck|destroyed|damaged|wounded|injured)\b"
)
# "its Burshtyn power plant in the Ivano-Frankivsk region was hit overnight": the passive's
# subject, whatever word came before it.
_PASSIVE_AFTER = re.compile(
    r"^(?:\s+(?:in|near|outside)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"(?:\s+(?:region|oblast|Oblast|district|raion))?)?,?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:[\w-]+\s+)?(?:hit|struck|attacked|shelled|damaged|targeted|destroyed|bombed)\b"
)


_LIST_TAIL = re.compile(
    r"^(?:\s*(?:,\s*and|,\s*or|,|and|or)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
    # "… and the Pokrovske hromada of the Nikopol district were hit": an item's own unit
    r"(?:\s+(?:hromadas?|communit(?:y|ies)|districts?|raions?)\b(?:\s+of\s+the\s+[A-Z][\w'’\-]+\s+"
    r"(?:district|raion|region|oblast))?)?)+"
    # "Kupiansk and Synkivka of the Kharkiv region came under fire": the list's own locator
    r"(?:\s+of\s+the\s+[A-Z][\w'’\-]+\s+(?:region|oblast|district|raion)|"
    r",?\s+[A-Z][\w'’\-]+\s+(?:region|oblast|Oblast|Region))?"
)


def _weak_of(text: str, start: int) -> bool:
    words = [w for w in _words_before(text, start) if w not in ("the", "a", "an")]
    return len(words) >= 2 and words[-2] in lx.WEAK_BEFORE


_QUALIFIER = re.compile(
    r"(?P<sep>\s*,\s*(?:in\s+)?(?:the\s+)?|\s*\(\s*|\s+in\s+(?:the\s+)?)"
    r"(?:neighbou?ring\s+|\w+ern\s+)?"
    # "Belgorod Region": a capitalised region word is the suffix, not the name's second word.
    r"(?P<name>[A-Z][\w'’\-]+"
    r"(?:\s(?!(?:Region|Oblast|Province|District|Raion|Rayon|Krai|Kray)\b)[A-Z][\w'’\-]+)?)"
    r"(?P<suffix>\s+(?i:(?:urban|rural|settlement|city|territorial)\s+(?:hromada|community)|"
    r"region|oblast|obl|province|district|raion|rayon|r-n|hromada|community|"
    r"municipality|krai|kray|republic)\b)?"
)
_LIST_GOES_ON = re.compile(
    r"^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)"
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


_OWN_UNIT = re.compile(r"\s+(?:hromada|community|village\s+council|territorial\s+community)\b")


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
    in_brackets = False
    unit = _OWN_UNIT.match(text, pos)
    if unit and _OF_QUALIFIER.match(text, unit.end()):
        pos = unit.end()  # "the Pokrovske hromada of the Nikopol district": its own unit, placed
    for _ in range(3):
        m = _QUALIFIER.match(text, pos) or _OF_QUALIFIER.match(text, pos)
        if m is None or (regions and "in" in m.group("sep")):
            break
        # "X (Raion, Oblast)": inside the brackets a comma goes up a level; it lists nothing.
        in_brackets = in_brackets or "(" in m.group("sep")
        list_goes_on = not in_brackets and _LIST_GOES_ON.match(text[m.end() :])
        suffix = (m.group("suffix") or "").strip()
        bare = not suffix
        if re.fullmatch(r"(?i:hromada|community)", suffix):
            community, designated, pos = m.group("name"), True, m.end()
            continue  # a hromada is no region: it is known by its seat, placed after the loop
        if bare and ("in" in m.group("sep") or list_goes_on):
            break  # "in Kyiv, Lviv and Odesa" is a list, not Kyiv in Lviv
        name = f"{m.group('name')} {suffix}".strip()
        region = gaz.resolve(name, (), "region") or _seat_region(m.group("name"), suffix, gaz)
        if region is None or region.precision != "region":
            if bare:
                break
            pos = m.end()  # "Glushkovsky district" unknown: still a locator, read past it
            continue
        regions.append(name)
        designated = designated or not bare
        pos = m.end()
    seat = None
    if community:
        seat = gaz.resolve(community, tuple(regions), "town", strict=bool(regions))
    if not regions and seat is None:
        return None
    close = re.match(r"\s*\)", text[pos:])
    return Qualifiers(pos + (close.end() if close else 0), tuple(regions), designated, seat)


# "Mykolaivka of the Kostiantynivka community", "… community of the Bohodukhiv district"
_OF_QUALIFIER = re.compile(
    r"(?P<sep>\s+of\s+(?:the\s+)?)(?P<name>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)"
    r"(?P<suffix>\s+(?i:hromada|community|district|raion|region|oblast))\b"
)


# "the Kyivskyi district of Kharkiv", "the Dniprovskyi district of the city of Kherson".
_CITY_DISTRICT = re.compile(
    r"^\s+of\s+(?:the\s+)?(?:city\s+of\s+)?(?P<name>[A-Z][\w'’\-]+(?:-[A-Z][\w'’\-]+)*)"
)


def _part_of_a_city(text: str, gaz: PlaceResolver) -> bool:
    """'the Kievsky district of Donetsk', 'the Kiev region of Donetsk' (a translation of
    Киевский район): a named part of the town after "of". 'The Belgorod region of Russia'
    and 'the Kharkiv region of Ukraine' say where a region is: it stays a place."""
    m = _CITY_DISTRICT.match(text)
    if m is None or lx.REGION_SUFFIX.match(text[m.end() :]):
        return False  # "the Kupiansk district of the Kharkiv region": a district of a region
    after = gaz.resolve(m.group("name"), (), "any")
    return after is not None and after.precision == "town"


def _region_phrase(text: str, start: int, end: int) -> tuple[int, str] | None:
    """'Kharkiv region', 'Korochansky district' → (new end, suffix)."""
    m = lx.REGION_SUFFIX.match(text[end:])
    if m:
        return end + m.end(), m.group(1)
    shared = re.match(
        r"(?:\s*(?:,|and|or|, and)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)+\s+"
        r"(regions|oblasts|provinces|districts)\b",
        text[end:],
    )
    if shared:
        # "the Belgorod and Bryansk regions": both names are regions.
        return end, shared.group(1).rstrip("s")
    if re.match(r"\s+(?:regions|oblasts|provinces)\b", text[end:]):
        return end + len(re.match(r"\s+\w+", text[end:]).group(0)), "region"  # type: ignore[union-attr]
    before = text[max(0, start - 40) : start]
    if lx.REGION_PREFIX.search(before) and not _NAMED_DISTRICT_OF.search(before):
        return end, "region"
    return None


# "the Kuibyshevsky district of Donetsk": a named district of a city, so the city follows.
_NAMED_DISTRICT_OF = re.compile(r"[A-Z][\w'’\-]+\s+(?:district|region)\s+of\s+(?:the\s+)?$")


_FULL_NAME = re.compile(r"\b([A-Z][a-z][\w'’-]+)\s+([A-Z][a-z][\w'’-]+)\b")


# "the Ivankiv Historical and Local History Museum", "the Holy Dormition Sviatohirsk Lavra",
# "the Odesa Polytechnic University building": an institution named after its town.
_INSTITUTION = re.compile(
    r"(?P<name>(?:[A-Z][\w'’-]+\s+(?:(?:and|of)\s+)?){1,6})"
    r"(?:Museum|University|Lavra|Monastery|Cathedral|Theatre|Theater|Institute|Academy|"
    r"Library|Lyceum|Gymnasium|College|Polytechnic|Conservatory|Philharmonic)\b"
)


def _institutions(
    text: str, gaz: PlaceResolver, regions: tuple[str, ...], sites: list[tuple[int, int, Place]]
) -> list[tuple[int, int, Place]]:
    """Towns that institutions are named after, as sites spanning from the town's name to the
    institution's noun (the first word of the name that is a town)."""
    out = []
    for m in _INSTITUTION.finditer(text):
        if any(a < m.end() and m.start() < b for a, b, _ in sites):
            continue
        for w in re.finditer(r"[A-Z][\w'’-]+", m.group("name")):
            town = gaz.resolve(w.group(), regions, "town") if gaz.is_known(w.group()) else None
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
            or gaz.is_known(first) or gaz.is_known(f"{first} {last}") or not gaz.is_known(last)
        ):  # fmt: skip
            continue
        town = gaz.resolve(last, (), "town")
        if town is not None and town.seat < 2 and town.population < 20_000:
            out.add(last)
    return frozenset(out)


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
    found: list[PlaceMention] = []
    sites = find_landmarks(text)
    sites += _institutions(text, gaz, regions, sites)
    for start, end, site in sites:
        found.append(PlaceMention(start, end, text[start:end], site, _role(text, start, end, "")))
    consumed: list[tuple[int, int]] = []  # qualifier phrases: where a name is, not a place
    for start, end, name in _candidate_spans(text, gaz):
        if any(a <= start < b for a, b, _ in sites) or any(a <= start < b for a, b in consumed):
            continue
        if _quoted(text, start, end):
            continue  # the "Metalurg" stadium, the "Kyiv" hotel: a name, not a place
        if (
            _STREET_AFTER.match(text[end:])
            or _WATER_AFTER.match(text[end:])
            or (_PARK_AFTER.match(text[end:]) and not re.search(r"\b(?:an?|the)\s+$", text[:start]))
        ):
            continue  # "Bogdan Khmelnitsky Avenue", "Kharkivska Street": a street's name
        if _person_name(text, start, gaz) or _first_name(text, end, gaz):
            continue
        if _TITLE_BEFORE.search(text[max(0, start - 40) : start]):
            continue  # "acting mayor Artem Kobzar": a title's name is a person
        if _VESSEL_BEFORE.search(text[max(0, start - 40) : start]):
            continue  # "the submarine Rostov-on-Don": a ship named after a city
        region = _region_phrase(text, start, end)
        if region and _part_of_a_city(text[region[0] :], gaz):
            continue  # "the Kyivskyi district of Kharkiv": a part of the city named next
        if not region and _speaking_surname(text, end, name, regions, gaz):
            continue
        place, full_end = None, end
        if region:
            full_end, suffix = region
            place = gaz.resolve(f"{name} {suffix}", regions, "region")
        query: tuple[str, tuple[str, ...], bool] | None = None
        if place is None:
            place, full_end, query = _qualified(text, name, end, gaz, regions, consumed, near)
            if place is None:
                continue  # a real place, but far from this war (Ramstein, Istanbul)
        if place is not None and place.seat >= 3 and _CONTROLLED_PART.search(text[:start]):
            # "the government-held part of Luhansk": the oblast, not its seat city.
            place = gaz.region_of(place) or place
        role = _role(text, start, full_end, name)
        if (
            role == "weak" and not region and _GOVERNOR_OF.match(text[full_end:])
            and not _SEAT_BUILDING.match(text[full_end:])
        ):  # fmt: skip
            # "Belgorod regional governor", "Tver's governor": the region, not the city.
            place = gaz.resolve(f"{name} region", regions, "region") or place
        head = found[-1] if found else None
        clause_start = start
        if head and _coordinated(text, head.end, start, full_end):
            # "in Kyiv, Lviv, Dnipro and Zaporizhzhia": a listed name shares the first one's role.
            role = head.role if role == "context" else role
            clause_start = head.clause_start
        found.append(
            PlaceMention(start, full_end, text[start:full_end], place, role, clause_start, query)
        )
    found.sort(key=lambda p: p.start)
    found = without_site_locators(found, sites, text)
    found = nearest_namesakes(located_near(_compound_heads(found), text, gaz), gaz)
    # once more: a far namesake placed first may have kept the list from looking together
    found = nearest_namesakes(found, gaz)
    found = with_unknown_places(text, found, gaz)
    found = with_facility_towns(text, found, gaz)
    found = in_the_entrys_hromada(text, found, gaz)
    return _drop_qualifiers(villages_of_the_region(found, gaz, text), text, gaz)


def _compound_heads(found: list[PlaceMention]) -> list[PlaceMention]:
    """'the Slavyansk refinery in Slavyansk-na-Kubani': a name that begins a compound place
    named after it is that place's short form, not a namesake (Sloviansk in Ukraine)."""
    return [
        p for p in found
        if not any(q.start > p.end and q.text.casefold().startswith(p.text.casefold() + "-")
                   for q in found)
    ]  # fmt: skip


_CONTROLLED_PART = re.compile(
    r"\b(?:government-held|[\w-]+-(?:held|controlled)|occupied|unoccupied|liberated|free)\s+"
    r"parts?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "a crater in Shevchenko park": a park named after a person ("a Kyiv park" is Kyiv's).
_PARK_AFTER = re.compile(r"^\s+(?:park|gardens?)\b")
# "across the Kakhovka reservoir": water named after a town, not the town
_WATER_AFTER = re.compile(r"^\s+(?:[Rr]eservoir|[Cc]anal|[Rr]iver|[Ee]stuary|[Ll]agoon)\b")
_STREET_AFTER = re.compile(
    r"^(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?:Street|Avenue|Square|Boulevard|Prospekt|Prospect|Lane|"
    r"Embankment|Highway|Park|Garden|Gardens|Road)\b"
)


def _quoted(text: str, start: int, end: int) -> bool:
    """A name standing alone in quotation marks names a thing (stadium, ship, operation)."""
    return text[start - 1 : start] in ('"', "“", "«") and text[end : end + 1] in ('"', "”", "»")


def _qualified(
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
    if q is None or (plain is not None and plain.precision == "country"):
        # "In Russia, the Belgorod region governor…": no one qualifies a country.
        return plain, end, (name, regions, False)
    if q.seat is not None and q.seat.lat is not None and q.seat.lon is not None:
        point = (q.seat.lat, q.seat.lon)
        village = gaz.resolve(name, q.regions, "town", near=point, within_km=HROMADA_KM)
        if village is None and not q.regions:
            village = _village_by_a_namesake_seat(name, q.seat, gaz)
        consumed.append((end, q.end))
        # Not in the gazetteer near the seat: the village is in the hromada, so at its seat.
        return village or q.seat, q.end, (name, q.regions, True)
    place = gaz.resolve(name, q.regions, "any", strict=True)
    if place is not None and place.precision == "region":
        if (
            q.designated
            and plain is not None
            and plain.precision == "town"
            and (plain.seat >= 2 or plain.population >= 100_000)
        ):
            # "Kherson, Dniprovskyi district": a city and one of its own districts.
            consumed.append((end, q.end))
            return plain, q.end, (name, regions, False)
        if not q.designated:
            # "Kyiv, Kharkiv": no Kyiv in Kharkiv oblast, so a list, not a qualifier.
            return plain, end, (name, regions, False)
        place = inside_region(name, place)  # a village the gazetteer lacks, in its region
    consumed.append((end, q.end))
    return place, q.end, (name, q.regions, True)


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


def _coordinated(text: str, prev_end: int, start: int, end: int) -> bool:
    """Is this name the next item of a list that began with the previous name?"""
    # an item may carry its own note: "Oleksandrivka (mortars, 16 explosions), Pokrovske"
    between = _ITEM_NOTE.sub("", text[prev_end:start], count=1)
    if re.fullmatch(
        r"\s*(?:and|or|,\s*and|,\s*or)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?", between
    ):
        return True
    return bool(re.fullmatch(r",\s*", between)) and bool(
        re.match(r"\s*(?:,|and\b|or\b)", _ITEM_NOTE.sub("", text[end : end + 160], count=1))
    )


_ITEM_NOTE = re.compile(r"^\s*\([^()]{0,120}\)")


def _drop_qualifiers(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """'Kramatorsk, Donbas' and 'Belgorod, Russia': a broader place right after a
    town only says where the town is. A region that holds a town named in the
    same sentence is dropped too."""
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
    """Region names an article mentions ('Kharkiv region', 'Sumy oblast')."""
    pattern = (
        # The lookbehind starts a match only at a word's start: without it a long
        # capitalised run is rescanned from every letter (quadratic; a 100k-letter
        # line took minutes).
        r"(?<![\w'’\-])([A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+"
        r"(?:region|oblast|Oblast|Region|province|krai|Krai)\b"
    )
    named = [
        m.group(1) for m in re.finditer(pattern, text)
        if not DISCLAIMED.search(text[max(0, m.start() - 60) : m.start()])
    ]  # fmt: skip
    # Crimea is a region's name with no designator: "in the temporarily occupied Crimea"
    crimea = ["Crimea"] if _CRIMEA.search(text) else []
    # a dataset note's "Bryansk - Klimovskiy:" (admin1 - admin2) names its region first
    noted = [m.group(1) for m in _NOTE_ADMIN.finditer(text)]
    return tuple(dict.fromkeys(named + crimea + noted))


_NOTE_ADMIN = re.compile(
    r"(?m)^\s*(?:date\s+\S+\s+)?([A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+-\s+[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s*:"
)


_CRIMEA = re.compile(
    r"\b(?:in|occupied|annexed)\s+(?:the\s+)?(?:temporarily\s+occupied\s+)?Crimea\b"
)
