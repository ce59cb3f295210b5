"""A note's home town: the town its header names, which its lines say as "the city".

A shift book, a branch's notes, a warehouse log open on a header that says where the writer
is ("SHIFT BOOK - post 2, warehouse complex, Kharkov (Moskovskyi distr.)"), then go on in
stamped lines that never name it again: "1340 hrs … russian shelling, 2 dead, 5 injured in
the city". Prose names its town in its story; a log names it once, at its head.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo import lexicon as lx
from geo.articles import Sentence
from geo.attribution import tells_a_toll
from geo.citydistricts import (
    DISTRICT_NAMED,
    cities_with_district,
    city_of_districts,
    city_of_listed_districts,
)
from geo.dates import find_dates
from geo.loglines import CHAT_STAMP, CHECKBOX
from geo.model import Place
from geo.placephrase import find_places
from geo.placerank import BIG_CITY
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading, focus, one_sense, paragraph_so_far
from geo.storygeo import header_section
from geo.tablerows import cells_of
from geo.titleplaces import HEADER_LINES, a_working_document, header_cities, lines_own_town
from geo.translit import skeleton

# (not "copy -> regional office chat, Poltava hub", "truck from Lviv": where things go or come from)
# (where goods or copies come from: "glass from Poltava", "cc Poltava hub")
_SOURCE_WORDS = r"from|via|copy|cc|supplier"
_ELSEWHERE_BEFORE = re.compile(
    rf"(?:->|→|\b(?:to|for|hub|HQ|{_SOURCE_WORDS})\b)[^,;()]{{0,30}}$", re.IGNORECASE
)
_SOURCE_BEFORE = re.compile(rf"\b(?:{_SOURCE_WORDS})\b[^,;()]{{0,30}}$", re.IGNORECASE)
_ELSEWHERE_AFTER = re.compile(r"\s+(?:hub|HQ|office|supplier|depot|warehouse)\b", re.IGNORECASE)
_SUPPLIER_AFTER = re.compile(r"\s+(?:hub|HQ|supplier)\b", re.IGNORECASE)


# the writer's own place, said without its name: "in the city", "city is without power", "in
# the centre", "700 m from us", "our street" (not "the port grain terminal": somewhere else)
_HOME_SAID = re.compile(
    r"\b(?:city|town)\b(?!\s+of\b)|\b(?:city|town)[-\s]?wide\b|\b(?:the|whole)\s+cent(?:re|er)\b|\bhere\b"
    # ("a man killed two streets away": from where the writer was, in the writer's town)
    r"|\b(?:streets?|blocks?|houses?|doors?)\s+away\b"
    r"|\b(?:from|near|at|to|over)\s+us\b|\bour\s+(?:street|district|cent(?:re|er)|yard|building|hall|house|"
    r"block|area|site|neighbou?rhood|office|store|shop|branch|warehouse|school|roof|windows?|"
    r"hospital|clinic|market|station|church|park|square|plant|factory|port|harbou?r|airport|"
    r"bridge|depot|terminal|village|town|city)\b"
    # (a building on a street named alone: "shelled the shop on Soborna where she works")
    r"|\b(?:shop|store|house|school|building|block|kiosk|office|market|cafe)\s+on\s+[A-Z]"
    # (a street named alone is one of the writer's town: "hit the stop on Central ave.")
    r"|\b(?:st|str|street|ave|avenue|prospekt|prosp|blvd|boulevard|lane)\b\.?",
    re.IGNORECASE,
)


def home_said(text: str) -> bool:
    """Does a line say the writer's own place without naming it ("in the city", "our street")?"""
    return _HOME_SAID.search(text) is not None


def struck_at_home(text: str, town: Place | None = None) -> bool:
    """Does a log's line that names no place tell of the writer's own town? It does when it
    says so ("in the city", or one of the town's districts), or when it names a building
    struck and nowhere else: "russian shelling hit the children's creativity centre by the
    square" (not "shaheds over the oblast", "explosions far to the north", "the villages
    around")."""
    own = _without_own_districts(text, town)
    building = _BUILDING.search(own)
    # (elsewhere in the building's own clause: not "… set the oil refinery on fire; drones
    # were shot down over the region that night")
    # (or sentence: a register's note "… hit the substation, no light. Oksana … from Ternopil:
    # they hit the substation there too, the whole district dark")
    start = max(own.rfind(m, 0, building.start()) for m in ("; ", ". ")) + 1 if building else 0
    ends = [e for m in ("; ", ". ") if (e := own.find(m, building.end())) >= 0] if building else []
    clause = own[start : min(ends) if ends else len(own)]
    return (
        home_said(text)
        or own != text
        or (building is not None and _ELSEWHERE_SAID.search(clause) is None)
    )


def names_a_home_district(text: str, town: Place | None) -> bool:
    """Does the line name one of the writer's town's districts?"""
    return _without_own_districts(text, town) != text


def _without_own_districts(text: str, town: Place | None) -> str:
    """The line less the districts of the writer's town it names ("shelling in
    Shevchenkivskyi district" in a Kharkiv shop's book is at home, not elsewhere)."""
    if town is None:
        return text
    # (by skeleton: the gazetteer's "Mykolayiv" is the districts' "Mykolaiv")
    own = skeleton(town.name)
    return DISTRICT_NAMED.sub(
        lambda m: (
            " " if any(skeleton(c) == own for c in cities_with_district(m.group(1))) else m.group(0)
        ),
        text,
    )


# a building or site of a town, struck
_BUILDING = re.compile(
    r"\b(?:school|gym(?:nasium)?|kindergarten|hospital|clinic|polyclinic|maternity|lyceum|college|"
    r"university|library|museum|galler(?:y|ies)|circus|zoo|philharmonic|conservatory|"
    r"(?:concert|exhibition|city)\s+hall|monastery|temple|mosque|synagogue|brewery|distillery|bakery|"
    r"dairy|mill|theatre|cinema|church|cathedral|market|shop|store|"
    r"supermarket|mall|caf[eé]|restaurant|hotel|bank|post\s+office|station|depot|stadium|"
    r"sports\s+(?:complex|hall|school)|(?:creativity|culture|cultural|community|youth|"
    r"shopping|business|medical)\s+(?:centre|center|hall)|house\s+of\s+culture|"
    r"apartment|high-rise|block\s+of\s+flats|\d-stor(?:e)?y|storey|dormitory|"
    # ("direct missile hit ~03:00, entrances 2–3 collapsed": a block's stairwells)
    r"factory|plant|enterprise|substation|tpp|chp|hpp|boiler|warehouses?|garages?|houses?|flats?|yards?|entrances?|"
    r"buildings?|bldg|"
    # (a town's open places too: "exploded over the beach", "hit the bus stop by the park")
    r"beach|park|square|embankment|promenade|pier|bus\s+stop|playground|bridge|metro|pharmacy|queue|"
    # (and its waterfront works: "heavy explosions over the South Bay, at the shipyard")
    r"shipyard|airport|refinery|"
    # (and what a town's firms keep: "the Red Cross office", "the sunflower-oil tank")
    r"offices?|tanks?|"
    # (and its seats of government: "a Russian missile hit the regional administration")
    r"administration|city\s+hall|town\s+hall|council\s+building|"
    # (and its streets and quarters: "hit the streets around the client's block", "the
    # industrial area on the east side", "the Nova Poshta terminal")
    r"streets?|blocks?|(?:industrial|residential|private)\s+(?:area|sector|zone|quarter))\b",
    re.IGNORECASE,
)
# somewhere other than the writer's town
_ELSEWHERE_SAID = re.compile(
    r"\b(?:oblast|obl|region|raion|r-n|district|hromada|villages?|front|frontline|far|"
    r"distant|outskirts|outside|suburbs?|border|across\s+the\s+border|abroad|"
    r"direction|axis)\b",
    re.IGNORECASE,
)


def home_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The town a log's header names first, if the text is a log (its lines are stamped).

    Parameters
    ----------
    reading
        The reading state; its sentences and the names it has qualified (``named``).
    gaz
        The place resolver.

    Returns
    -------
    Place or None
        The town, as the text qualifies it elsewhere ("Zolochiv (Bohodukhiv r-n, Kharkiv
        obl.)"); None for prose, or a header that names no town of its own.
    """
    if reading.home is None:
        reading.home = (_header_town(reading, gaz) if _is_a_log(reading) else None,)
    return reading.home[0]


def near_point(reading: Reading, gaz: PlaceResolver) -> tuple[float, float] | None:
    """Where a bare name's namesake should lie: the centre of the towns struck so far, or
    before any, a log's home town ("Hop garden notebook, farm near Малин" over "the russians
    destroyed the church in В'язівка": the Viazivka by Malyn)."""
    near = focus(reading)
    home = home_town(reading, gaz) if near is None else None
    if home is None or home.lat is None or home.lon is None:
        return near
    return round(home.lat, 1), round(home.lon, 1)


def home_region(reading: Reading, gaz: PlaceResolver) -> str | None:
    """The oblast of a log's home town, as a region hint ("Zaporizhzhia"), before the text is
    read: a log's bare names are first of all its own oblast's ("KlimatServis Zaporizhzhia
    … tue 12.07 Huliaipole - the russians shelled it"), whatever oblast one line qualifies
    another name with. Not cached: the home town itself is read once the text has qualified
    its names."""
    return oblast_hint(_header_town(reading, gaz) if _is_a_log(reading) else None)


def oblast_hint(town: Place | None) -> str | None:
    """A Ukrainian town's oblast as a region hint ("Kharkiv"); None for any other place."""
    if town is None or not (town.admin1 or "").endswith(" Oblast"):
        return None
    return (town.admin1 or "").removesuffix(" Oblast")


def header_targets(reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """The town a working document's header names (log or not), as the place struck of a
    line that names none (empty if none)."""
    if reading.header_town is None:
        reading.header_town = (_header_town(reading, gaz),)
    town = reading.header_town[0]
    return [PlaceMention(0, 0, town.name, town, "target")] if town is not None else []


def home_targets(reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """The log's home town as the place struck of a line that names none (empty if none)."""
    home = home_town(reading, gaz)
    return [PlaceMention(0, 0, home.name, home, "target")] if home is not None else []


def _is_a_log(reading: Reading) -> bool:
    """Two lines or more open on a stamp ("08.09 thu", "1340 hrs", "5/9 mon")."""
    firsts = [
        s for i, s in enumerate(reading.sentences)
        if i == 0 or reading.sentences[i - 1].paragraph != s.paragraph
    ]  # fmt: skip
    # (or a register's rows: "#14 | Pogranichna st | night shelling 14.09 - …")
    # (or a chat export's: "[28.08 sun 19:40] Dear parents, …")
    stamped = (
        lx.LINE_STAMP_HEAD.match(s.span.text) or CHAT_STAMP.match(s.span.text.lstrip())
        or cells_of(s.span.text)
        # (or a checklist's boxes: "[x] event: night 30→31.07, combined russian attack …")
        or CHECKBOX.match(s.span.text)
        for s in firsts
    )  # fmt: skip
    # (or notices headed by their days: "--- Notice 31, 15.07.2022, 12:10")
    return sum(1 for x in stamped if x) >= 2 or _dated_headings(reading) >= 2


def dated_notices(reading: Reading) -> bool:
    """Is the text a series of notices, each headed by its day ("--- Notice 34, 02.08.2022")?"""
    return _dated_headings(reading) >= 2


def _dated_headings(reading: Reading) -> int:
    """How many short headings name one day ("--- Notice 34, 02.08.2022, 08:05"), counted once
    per text (a line that names no place asks again and again)."""
    if reading.dated_headings < 0:
        reading.dated_headings = sum(
            1 for s in reading.sentences
            if s.heading and s.index > 0 and len(s.span.text) <= 60
            and len([d for d in find_dates(s.span.text, reading.ref) if d.window.days <= 2]) == 1
        )  # fmt: skip
    return reading.dated_headings


def _header_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    header = []
    for s in _header_lines(reading):
        if s.index > 0 and lx.LINE_STAMP_HEAD.match(s.span.text):
            break  # the entries have begun
        header.append(s)
        if (city := city_of_listed_districts(s.span.text, gaz)) is not None:
            # ("Districts: Tsentralnyi · Zavodskyi · Inhulskyi · Korabelnyi": the city's own
            # districts in a page's menu, not villages so called)
            return city
        # (a header's city of rank is that city, whatever oblast the text names or namesake a
        # line qualifies later: "Mykolaiv" over "from Mykolaiv - NB the small town Mykolaiv in
        # Lviv oblast"; its villages are read with the text's regions)
        cities = {
            p.start: p for p in find_places(s.span.text, gaz)
            if p.place is not None and p.place.population >= BIG_CITY
        }  # fmt: skip
        for p in one_sense(find_places(s.span.text, gaz, reading.hints), reading):
            p = cities.get(p.start, p)
            if _its_own(s.span.text, p, reading):
                assert p.place is not None
                return header_section(p.place, header_cities(reading, gaz), gaz)
    # "kitchen notes, kindergarten, Shevchenkivskyi distr." over lines naming "Oleksandrivskyi
    # distr.": the city both districts are of, when the header names a district only
    # (or a work log whose header names no town, whose lines name one city's districts:
    # "15.11 Tue: Pecherskyi r-n - russian missile hit …" in a Kyiv tree crew's log)
    if not any(DISTRICT_NAMED.search(s.span.text) for s in header) and not a_working_document(
        reading
    ):
        return None
    return city_of_districts(" ".join(s.span.text for s in reading.sentences), gaz)


_TRANSLATORS_NOTE = re.compile(
    r"\s*\[\s*(?:TN\b|Translat|Machine[- ]translat|Editor|Ed\.|Note\s+(?:of|from)\s+the)",
    re.IGNORECASE,
)


def _header_lines(reading: Reading) -> list[Sentence]:
    """The first lines; a translator's or editor's bracketed note ("[Translated from Russian.
    … TN = translator's note.]") is read too but counts as none of them."""
    out: list[Sentence] = []
    note, counted = -1, 0  # the paragraph of a bracketed note; the lines outside it
    for s in reading.sentences[: HEADER_LINES + 6]:
        if _TRANSLATORS_NOTE.match(s.span.text):
            note = s.paragraph
        out.append(s)
        counted += s.paragraph != note
        if counted == HEADER_LINES:
            break
    return out


_GOVERNMENT_AFTER = re.compile(
    r"\s+(?:and\s+(?:Moscow|Kyiv|Kiev|Washington|Minsk)\s+)?(?:trade|traded|trading|blames?|blamed|"
    r"accuses?|accused|said|says|claims?|claimed|denies|denied|warns?|warned)\b",
    re.IGNORECASE,
)


def _its_own(text: str, p: PlaceMention, reading: Reading) -> bool:
    return (
        p.place is not None and p.place.precision == "town"
        and p.text not in reading.people
        # (a header's "CIT crew 7, Dnipro depot" is the crew's own depot, not a supplier's)
        and not (_ELSEWHERE_BEFORE.search(text[: p.start]) or _SUPPLIER_AFTER.match(text, p.end))
        # (not a road named after a town: "Izmail (exit to the Odesa highway)")
        # ("(Lozova–Sloviansk line), by Barvinkove": a line between two towns)
        and not (
            (road := lx.ROAD_NAMED.match(text[p.end :])) is not None
            and (
                text[: p.start].rstrip().endswith(("the", "(", "-", "–", "—"))
                or road.group(0).lstrip()[:1] in "-–—"
            )
        )
        # (nor a river with its article: "Gauge observer's notebook, the Desna — posts …")
        and not (p.text.lower() in lx.RIVERS and text[: p.start].rstrip().lower().endswith("the"))
        # (nor a capital for its government: "… as Kyiv and Moscow trade blame")
        and not (p.text.lower() in lx.CAPITALS and _GOVERNMENT_AFTER.match(text, p.end))
    )  # fmt: skip


def said_as_elsewhere(text: str, p: PlaceMention) -> bool:
    """Is a name said as where things come from or go ("truck from Lviv", "copy -> Poltava
    hub") or as a firm's branch ("our Kharkiv supplier") rather than where the note is?"""
    return _ELSEWHERE_BEFORE.search(text[: p.start]) is not None or a_branch_named(text, p)


def said_as_a_source(text: str, p: PlaceMention) -> bool:
    """ "glass from Poltava", "our Lviv supplier": where goods or copies come from (not where a
    trip goes: "Dnipro -> Kramatorsk, overnight at the hostel" is at Kramatorsk)."""
    return _SOURCE_BEFORE.search(text[: p.start]) is not None or a_branch_named(text, p)


def a_branch_named(text: str, p: PlaceMention) -> bool:
    """ "our Kharkiv supplier", "the Poltava hub": a firm's place, named before its noun."""
    return _ELSEWHERE_AFTER.match(text, p.end) is not None


def tells_of_the_header_town(
    text: str, places: list[PlaceMention], reading: Reading, town: Place | None = None
) -> bool:
    """A notice that names no place and no elsewhere tells of its writer's own town ("This
    morning the Makarov university was hit"; not "her mother's house there got hit")."""
    places = [p for p in places if not no_place_of_the_line(text, p)]
    # (the line may have said so before: "Went to town for bread. At lunch shells near the
    # market, a man killed"; or by the town's district: "shells on the market in the Kievsky
    # district; … three dead")
    at_home = home_said(_paragraph_so_far(reading) or text) or names_a_home_district(text, town)
    return (
        not places and not _ELSEWHERE.search(text)
        and (
            lx.STRUCK_PASSIVE.search(text) is not None or _STRUCK_ACTIVE.search(text) is not None
            # ("In town again shelling in the morning, one man died": a strike told by its toll,
            # where the line says it was at home, and not the toll of one its paragraph told)
            or (
                lx.STRIKE_WORDS.search(text) is not None and tells_a_toll(text) and at_home
                and not _told_in_this_paragraph(reading)
            )
        )
        and struck_at_home(text, town) and (dated_notices(reading) or a_working_document(reading))
    )  # fmt: skip


def _paragraph_so_far(reading: Reading) -> str:
    return "" if reading.current is None else paragraph_so_far(reading.current, reading)


def no_place_of_the_line(text: str, p: PlaceMention) -> bool:
    """A name that says no place of the line: a river said with its article ("bridge over the
    Desna destroyed"), or a site's name ("smoke by the Amur bridge")."""
    return (
        p.role == "context"
        and (
            p.text.lower() in lx.RIVERS
            or (
                _A_SITES_NAME.match(text, p.end) is not None
                and text[: p.start].rstrip().lower().endswith("the")
            )
            # (or a capital said for its side: "the Defence Ministry: Kiev fired 10 missiles")
            or (p.text.lower() in lx.WAR_CAPITALS and _FIRED.match(text, p.end) is not None)
            # (or a road named after a town: "the bridge over the Desna, on the Kyiv highway")
            or (
                lx.ROAD_NAMED.match(text[p.end :]) is not None
                and text[: p.start].rstrip().lower().endswith("the")
            )
            # (or a part of the writer's own town: "in the Sonyachnyi neighbourhood of our city";
            # not "our Nikopol branch", a branch in another town)
            or lx.PART_OF_OUR_TOWN.match(text, p.end) is not None
        )
    )


_A_SITES_NAME = re.compile(r"\s+(?:bridge|dam|plant|factory|market|station|stadium|park)\b", re.I)
_FIRED = re.compile(r"\s+(?:fired|launched|attacked|struck|sent|used)\b")


def _told_in_this_paragraph(reading: Reading) -> bool:
    last, s = reading.last, reading.current
    return last is not None and s is not None and last.sentence.paragraph == s.paragraph


# ("This afternoon Ukrainian shells hit the covered market", "the district came under fire")
_STRUCK_ACTIVE = re.compile(
    r"\b(?:russian|ukrainian|enemy|ru|rf)\s+(?:[\w-]+\s+)?(?:shells?|missiles?|rockets?|drones?|bombs?|shaheds?)"
    r"\s+(?:hit|struck|landed\s+(?:on|in|(?:right\s+|just\s+)?(?:by|near|next\s+to))|fell\s+(?:on|in)|exploded\s+in|burned|burnt|destroyed|"
    r"damaged|set\s+(?:fire\s+to|ablaze)|(?:flew|crashed|slammed)\s+into)\b"
    # ("That morning the russians hit the psychiatric hospital": the side, then its verb)
    # ("the russian planes bombed the TPP": the side's aircraft)
    r"|\b(?:the\s+)?(?:russians|ukrainians|rashists|orcs|occupiers|enemy|(?:russian|ukrainian|enemy)\s+"
    r"(?:planes|aircraft|aviation|jets|helicopters|artillery))\s+(?:hit|struck|shelled|bombed|"
    # ("Evening the russians fired missiles at the Riviera mall")
    r"attacked|targeted|fired\s+(?:[\w-]+\s+){0,2}(?:at|on|into))\b"
    # ("a series of blasts in town, houses damaged": the writer's town, struck by no one named)
    r"|\b(?:blasts|explosions)\s+in\s+(?:the\s+)?(?:town|city|village)\b[^.;]{0,40}\bdamaged\b"
    r"|\bcame\s+under\s+(?:fire|shelling|attack)\b"
    # ("bridge over the Desna destroyed by a russian strike": a site, then its strike)
    r"|\b(?:destroyed|damaged|hit|burned|burnt)\s+by\s+(?:an?\s+|the\s+)?(?:russian|ukrainian|enemy)\s+"
    r"(?:[\w-]+\s+)?(?:strikes?|missiles?|rockets?|bombs?|drones?|shells?|shelling|shaheds?)\b"
    # (a note's verbless line: "morning: russian missiles and drones on the Prydniprovska TPP",
    # "~09:00 russian missiles again, this time an industrial plant")
    rf"|\b{lx.WEAPONS_AIMED}"
    # ("about 12:15 an ATACMS exploded over the beach": a weapon named by its model)
    rf"|\b(?:an?\s+|the\s+)(?:{lx.WEAPON_MODELS})\s+(?:missile\s+|rocket\s+|drone\s+)?"
    r"(?:exploded|hit|struck|fell|landed|crashed)\b",
    re.IGNORECASE,
)
# (somewhere told before, or away: "got hit there", "our nikopol branch", "at my sister's")
_ELSEWHERE = re.compile(
    r"\b(?:there|branch|sister['’]s|brother['’]s|parents['’]|mother['’]s)\b", re.IGNORECASE
)


def header_town_struck(
    text: str, s: Sentence, places: list[PlaceMention], reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """The header's town as the place of a line that tells a strike there without naming it,
    or the town the line itself opened on ("THU 12.05 BARVINKOVE. kindergarten yard … a
    rocket stuck in a garden on the edge of town")."""
    if not tells_of_the_header_town(text, places, reading, home_town(reading, gaz)):
        return []
    return lines_own_town(reading, s, gaz) or header_targets(reading, gaz)


def home_in_the_region(
    text: str, pm: PlaceMention, reading: Reading, gaz: PlaceResolver
) -> PlaceMention:
    """ "a Ukrainian drone flew into the Kupol plant, first time ever here in Udmurtia" in an
    Izhevsk club's notes: the region said "here" is the writer's own town in it."""
    if pm.place is None or pm.place.precision != "region" or pm.end == 0:
        return pm
    if not _HERE_IN.search(text, max(0, pm.start - 12), pm.start):
        return pm
    if reading.header_town is None:
        reading.header_town = (_header_town(reading, gaz),)
    town = reading.header_town[0]
    if town is None or not gaz.within(town, pm.place):
        return pm
    return PlaceMention(pm.start, pm.end, town.name, town, pm.role)


_HERE_IN = re.compile(r"\bhere\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def home_oblast_struck(
    text: str, places: list[PlaceMention], reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "the russians shelled the border hromadas of the oblast again, 1 dead" in notes whose
    header is in Sumy raion: the strike is told of the header's oblast, named by no name."""
    if places or not lx.THE_REGION_SAID.search(text) or not lx.STRIKE_WORDS.search(text):
        return []
    if _OVER_THE_REGION.search(text):
        return []  # "sirens all night, shaheds over the oblast": an alert, nothing struck told
    if not a_working_document(reading):
        return []
    home = next((p for p in header_cities(reading, gaz) if p.admin1), None)
    oblast = gaz.resolve(home.admin1, (), "region") if home and home.admin1 else None
    return [PlaceMention(0, 0, oblast.name, oblast, "target")] if oblast is not None else []


_OVER_THE_REGION = re.compile(r"\bover\s+the\s+(?:oblast|region|area)\b", re.IGNORECASE)


def owners_town(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "Band TERYKONY (Kostiantynivka, Donetsk oblast) will play acoustic: their rehearsal
    space in school No. 6 was destroyed by russian artillery": a body named with its town,
    whose own building was struck, was struck there (the line's one town, said as no
    elsewhere)."""
    towns = [p for p in places if p.is_town]
    if len(towns) != 1 or _OWN_BUILDING_STRUCK.search(text) is None:
        return []
    (town,) = towns
    if said_as_elsewhere(text, town) or lx.CARED_FOR_IN.search(text[: town.start]):
        return []
    return [replace(town, role="target")]


# "their rehearsal space in school No. 6 was destroyed", "the centre's building was shelled"
_OWN_BUILDING_STRUCK = re.compile(
    r"\b(?:their|its|his|her|our|the\s+[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}?(?:building|space|premises|"
    r"office|studio|hall|school|house|home|club|cent(?:re|er)|base|warehouse|shop|church)s?\b"
    r"(?:\b[Nn]o\.\s*\d+|[^.;]){0,60}?\b(?:was|were|has\s+been|had\s+been|got)\s+(?:[\w-]+\s+)?"
    r"(?:destroyed|shelled|hit|struck|damaged|bombed)\b",
    re.IGNORECASE,
)
