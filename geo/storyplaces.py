"""Places the story lends a sentence that names none of its own, or names them too loosely.

"…destroyed a printing house in the city" (the town the story last named), "a block on
Chornovola Street" (the paragraph's town), a lead that names only "Russia's Tver region" under a
title that names Toropets, and the side whose military publishes the page.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from geo import lexicon as lx
from geo.articles import Sentence
from geo.attribution import find_actor, side_of
from geo.citydistricts import city_of_listed_districts, the_districts_city
from geo.continuation import is_post_stamp
from geo.dates import find_dates
from geo.eventday import a_month_of_its_own, dates_told, stamped_line_day
from geo.facilitynames import FACILITY_NEXT, HAMLET
from geo.mention import Mention
from geo.model import DateWindow, Place
from geo.namesakes import DISCLAIMED
from geo.notehome import home_town, near_point, struck_at_home
from geo.noteitems import field_place, writes_from
from geo.notelines import OWN_LABEL
from geo.placephrase import find_places, locates_the_one_before
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading, focus, non_event_clause, one_sense, paragraph_start
from geo.titleplaces import diary_town, is_diary, title_targets

MASTHEAD_LINES = 3
_SMALL_WORDS = frozenset({"of", "the", "and", "in", "for"})


def _title_cased(words: str) -> str:
    """ "STATE EMERGENCY SERVICE OF UKRAINE" → "State Emergency Service of Ukraine"."""
    return " ".join(
        w.lower() if w.lower() in _SMALL_WORDS else w.capitalize() for w in words.split()
    )


def publisher_side(sentences: list[Sentence]) -> str | None:
    """The side whose military publishes the page, if a masthead line at its top says so."""
    for s in sentences[:MASTHEAD_LINES]:
        m = lx.MILITARY_MASTHEAD.match(s.span.text)
        if m:
            return side_of((m.group("side") or m.group("adj")).split()[0])
    return None


# A sentence of the story, not a masthead's name: "…, Governor Gladkov said", "Ukraine's
# Prosecutor General's Office has opened a case".
_TOLD = re.compile(rf"{lx.SPEECH.pattern}|\b(?:has|have|had|is|are|was|were|will|would)\b", re.I)


_CHANNEL_WORDS = re.compile(
    r"^(?:\[?\s*)?(?:(?:translated\s+)?from\s+)?(?:the\s+)?(?:Telegram|official)\b[^,]*?"
    r"(?:,\s*|\s+of\s+(?:the\s+)?)|\s*\((?:[^()]*\b(?:Telegram|translat\w+|\d{1,2}:\d\d))[^()]*\)"
    r"|,\s*(?:\d{1,2}[.:]\d\d\b|Telegram\b|\d{1,2}\s+[A-Z][a-z]+\s+\d{4}).*$"
    r"|^\d{1,2}:\d\d\s*[^\w\s]*\s*|[\[\]]",
    re.I,
)


# "compiled 11.10.2022 from OVA/KMVA channels": a compilation that cites the body, not its page
_CITED_BEFORE = re.compile(r"\b(?:from|via|citing|according\s+to|compiled|sources?)\b", re.I)


def _body_name(words: str) -> str:
    """ "[Telegram, Oleh Syniehubov, head of the Kharkiv RMA." → "Oleh Syniehubov, head of the
    Kharkiv RMA": the name of who speaks, without the channel and the clock."""
    return _CHANNEL_WORDS.sub("", words).strip(" .,;:-–—") or words


def official_voice(sentences: list[Sentence]) -> tuple[str | None, str] | None:
    """(side, name) of the official body whose page this is, from a masthead line at its top
    or a signature at its foot ("Kherson Regional Military Administration | Telegram",
    "- Viacheslav Chaus, head of Chernihiv RMA"); the side is None for a governor or mayor,
    whose side is the struck place's."""
    for s in [*sentences[:MASTHEAD_LINES], *sentences[-1:]]:
        line = s.span.text
        # ("Павло Кириленко / Pavlo Kyrylenko": a byline in two scripts)
        for part in re.split(r"\s[|·•/]\s|\s[-–—]\s|:\s", line):
            words = part.strip(" -–—:")
            if len(words.split()) > 14 or not words or _TOLD.search(words):
                continue  # a sentence of the story ("…, Governor Gladkov said"), not a name
            # "Source: Kharkiv RMA" labels whom a dataset's note cites, not whose page it is
            cited = _CITED_BEFORE.search(line[: line.find(words)])
            # ("STATE EMERGENCY SERVICE OF UKRAINE": a masthead in capitals)
            words = _title_cased(words) if words.isupper() else words
            military = lx.MILITARY_MASTHEAD.match(words)
            if military and not cited:
                return side_of((military.group("side") or military.group("adj")).split()[0]), words
            body = lx.OFFICIAL_MASTHEAD.search(words) or lx.OFFICIAL_BYLINE.match(words)
            if body and not cited and not _CITED_BEFORE.search(words[: body.start()]):
                side = next((v for p, v in lx.OFFICIAL_SIDE if p.search(words)), None)
                return side, _body_name(words)
    return None


def title_town_inside(
    targets: list[PlaceMention], reading: Reading, s: Sentence, gaz: PlaceResolver,
    hints: tuple[str, ...],
) -> list[PlaceMention]:  # fmt: skip
    """'Toropets: Ukrainian drones hit huge arms depot' over a lead that says only 'in Russia's
    Tver region': the lead's region is the title's town in it."""
    if len(targets) != 1 or targets[0].place is None or targets[0].place.precision != "region":
        return targets
    if lx.DOWNED_OVER.search(s.span.text):
        return targets  # "16 drones intercepted over Belgorod oblast": the region's own tally
    region = targets[0].place
    towns = [
        t for t in title_targets(reading, s, gaz, hints)
        if t.place is not None and t.place.precision == "town" and gaz.within(t.place, region)
    ]  # fmt: skip
    return [replace(targets[0], place=towns[0].place, query=None)] if len(towns) == 1 else targets


# the anaphors whose town is the paragraph's: "on Chornovola Street", "bombs … here", and a
# site of it ("the church there", "their church", "It burned down")
_PARAGRAPHS_TOWN = (
    "street", "here", "there", "thereobj", "blastthere", "fellthere", "bysite", "theirs",
    "itsite", "that",
)  # fmt: skip
# a unit named after its town: "the Kamianka-Dniprovska district"
UNIT_AFTER = re.compile(r"\s+(?:district|raion|r-n|hromada|community|region|oblast)\b", re.I)


_ROAD_OR_RIVER = re.compile(
    r"\b(?:(?:road|way|route|highway|trains?|bus(?:es)?)\s+(?:to|towards)|(?:over|across)\s+the)\s+$",
    re.IGNORECASE,
)
_GOING_TO = re.compile(r"\bfrom\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+to\s+$")


_OUR_TOWNS_PART = re.compile(
    r"\b(?:neighbou?rhood|(?:micro)?district|quarter|estate)\s+of\s+(?:our|this)\s+(?:city|town)$",
    re.IGNORECASE,
)


def anaphora_targets(
    text: str, reading: Reading, s: Sentence, gaz: PlaceResolver
) -> list[PlaceMention]:
    """'…destroyed a printing house in the city' on another day than the event before:
    another event at the town last named. On the same day it continues that event."""
    # (not a landmark named with its town: "wrecked the Transfiguration Cathedral, the main
    # church of Odesa")
    m = next(
        (
            a for a in lx.ANAPHORA.finditer(text)
            if not _named_with_its_town(a, text, gaz)
            # (not "explosions E of the city": out of it, somewhere not named)
            and not lx.OUT_OF_TOWN.search(text, max(0, a.start() - 16), a.end())
            # (nor the writer's own town a part is told of: "the Sonyachnyi neighbourhood of
            # our city", which the page's town answers, not a name told before)
            and not _OUR_TOWNS_PART.search(text, max(0, a.start() - 40), a.end())
        ),
        None,
    )  # fmt: skip
    fresh = [t for t in lx.STRONG_TRIGGER.finditer(text) if not _EARLIER.search(text[: t.start()])]
    # "On 16 March, ten people were killed … on the north side of the city": a toll with a
    # day of its own is a strike of its own (a day already told goes on, below)
    tolled = _TOLL_DAY.search(text) is not None
    # ("The church there burned on 7 March, after a russian tank fired at it": its own verb)
    site_struck = m is not None and any(m.group(g) for g in _PARAGRAPHS_TOWN[2:])
    # ("Horlivka's mayor said Ukrainian artillery destroyed the hotel in the city": a side's
    # weapon and what it did, a strike of its own, in the town the sentence named)
    # (its namesake by the towns told: "Petro from Kutuzivka came: the russians shelled the
    # village again today" in a Chuhuiv log is Kharkiv oblast's Kutuzivka)
    before = find_places(text[: m.start()], gaz, reading.hints, focus(reading)) if m else []
    sided = (
        lx.ATTACKER.search(text) is not None and lx.TRIGGER.search(text) is not None
        and any(p.is_town for p in before)
    )  # fmt: skip
    if m is None or not (fresh or tolled or sided or (site_struck and lx.TRIGGER.search(text))):
        # "18 people had been killed, the head of the city's council said": a toll, not a
        # new strike on the town; "the site of an earlier attack in the city": no new one.
        return []
    # The town the text named last, in any sentence: "Zaporizhzhia, too, is mourning.
    # Sunday's strike on a block in the city…" has no trigger word before "the city".
    # "Officials in Nova Kakhovka said rockets hit the city": this sentence's own first.
    # (not a namesake set aside: "Bohdan from Zolochiv (…, not the one near Kharkiv!) reminded
    # us that his town was also touched")
    here = [
        p.place for p in before
        if p.place and p.place.precision == "town"
        # (not a government named by its city: "Kiev authorities claimed that civilians had been
        # killed in the city")
        and not (p.role == "context" and lx.ITS_GOVERNMENT.match(text, p.end))
        and not DISCLAIMED.search(text, max(0, p.start - 60), p.start)
        # (not "the administration of the Kamianka-Dniprovska district said … the village":
        # a unit named after its town is no village)
        and not UNIT_AFTER.match(text, p.end)
        # (nor a road's town: "on the Bilopillia – Sumy route … just outside the town"; nor
        # where a trip was going: "evacuating people from Bilopillia to Sumy, just outside
        # the town")
        and not lx.ROAD_NAMED.match(text[p.end :])
        and not _GOING_TO.search(text, 0, p.start)
        # (nor the town that only places the one before it: "our supplier from Zmiivka (the
        # village by the river near Beryslav) wrote: a shell hit a house in their street")
        and not locates_the_one_before(text, p, before)
        # (nor a plant's name its place was read as: "a substation near the Luch thermal
        # plant caught fire and part of the city was without power")
        and not (p.place.population < HAMLET and FACILITY_NEXT.match(text, p.end))
    ]  # fmt: skip
    # "on Chornovola Street", "bombs … here", "the church there", "their church"
    # ("… pressed their offensive on Lysychansk. On Thursday, Russian shelling destroyed the
    # city's police headquarters": the town its paragraph named)
    # ("Serhii called from Okhtyrka at 09:40. This morning the centre was hit again")
    # (and its centre: "R3 Huliaipole (…). Arrived 10:20. The russians shelled the centre")
    # ("children from Donetsk … Several of them live in the Kalininsky district, where …")
    paragraphs = any(
        m.group(g) for g in (*_PARAGRAPHS_TOWN, "possessive", "middle", "centre", "district")
    )
    if m.group("natcap"):
        # ("… attack on the capital that night": the capital the text named, no other town)
        # (a side's strike on "the capital" is on the other side's: Russian drones, Kyiv)
        struck = {"Russia": "Kyiv", "Ukraine": "Moscow"}.get(find_actor(text)[0] or "")
        capitals = [p for p in here if p.name.lower() in lx.WAR_CAPITALS]
        named = (
            (capitals[-1] if capitals else None)
            or (gaz.resolve(struck, (), "town") if struck else None)
            or _capital_named_before(reading, s, gaz)
        )
    else:
        # ("It is not the first time Pavlohrad has been hit. A year ago, … a Russian missile
        # attack on the city killed two": the town its paragraph named just before)
        paragraph_town = _struck_just_before(reading, s, gaz, _kind(m)) if _kind(m) else None
        # ("Oksana's sister from Bytytsia (by Sumy) called: … bombed the village": the town
        # the noun fits, not the city that placed it)
        fitting = [p for p in here if _fits_kind(p, _kind(m))] or here
        # ("Kherson is free! Early the same morning a missile hit a block in our city": the
        # writer's own town, whatever town the line named)
        ours = _OURS.search(m.group(0)) is not None
        named = (
            (home_town(reading, gaz) if ours else None)
            or (fitting[-1] if fitting else None)
            or (
                town_of_the_paragraph(reading, s, gaz, sites=not m.group("possessive"))
                if paragraphs
                else None
            )
            or paragraph_town
            or (profiled_place(reading, gaz, _kind(m)) if _kind(m) else None)
            # ("How Belgorod became a front-line city" … "rockets fell on the city centre", in a
            # paragraph that has named no town: the title's, not a town named paragraphs before)
            or (
                None
                if town_of_the_paragraph(reading, s, gaz)
                else _title_town(reading, gaz, _kind(m))
            )
            or town_named_before(reading, s, gaz, _kind(m))
            or home_town(reading, gaz)
            or voice_town(reading, gaz)
            or masthead_town(reading, gaz)
        )
    if m.group("capital") and named is not None and named.seat < 3:
        # ("Stary Oskol, Belgorod Region" … "in the regional centre, a building collapsed":
        # the seat of the region of the town told, not that town)
        region = gaz.region_of(named)
        named = (_seat_of(region, gaz) if region is not None else None) or named
    if m.group("district"):
        home = home_town(reading, gaz)
        named = the_districts_city(m.group("district"), named, home, gaz, here=bool(here))
    reading.last_town = named or reading.last_town
    if reading.last_town is None:
        return []
    # "Russia's defence ministry said on Friday that the strike had targeted … the city's
    # House of Officers": the day of words is no day of another strike
    own, _ = dates_told(text, reading, s.span.start)
    last = reading.last
    same_town = last is not None and last.place is not None and last.place == reading.last_town
    near = last is not None and last.sentence.paragraph == s.paragraph
    if not own and _opens_a_post(reading, s):
        # "16:59 ¶ A strike on the city!": a channel's new post tells a new strike
        town = reading.last_town
        return [PlaceMention(m.start(), m.end(), town.name, town, "target")]
    # "The worst day this year was Saturday, May 25. Two bombs hit a store on the city's
    # edge": the day named just before is this strike's own
    # (or the day its diary section is headed with: "Sun 9 Oct ¶ - missiles hit the city centre")
    # (or its log line's stamp: "Thu 19.05 | R-3 | 4/9 | ¶ Did not go to Tetkino. At dawn the
    # Ukrainians shelled the village")
    day = (
        (own[0].window if own else _day_named_just_before(reading, s))
        or (reading.section[0] if reading.section else None)
        or stamped_line_day(reading)
    )
    if day is None or (
        last is not None and same_town and near and last.date.known and day.overlaps(last.date)
    ):  # fmt: skip
        # On the event's own day "the city" goes on with it; another town named since
        # ("Belgorod itself is no longer safe. On 12 May, a building in the city…") is not it.
        return []
    return [PlaceMention(m.start(), m.end(), reading.last_town.name, reading.last_town, "target")]


_OURS = re.compile(r"\bour\b", re.IGNORECASE)


def _capital_named_before(reading: Reading, s: Sentence, gaz: PlaceResolver) -> Place | None:
    """The last of Kyiv or Moscow the text named before this sentence, if it named one."""
    for prev in reversed(reading.sentences[: s.index]):
        capitals = [
            p.place for p in find_places(prev.span.text, gaz, reading.hints)
            if p.place is not None and p.place.name.lower() in lx.WAR_CAPITALS
        ]  # fmt: skip
        if capitals:
            return capitals[-1]
    return None


_STRUCK_THING = re.compile(
    r"\b(?:shell(?:ed|ing)|bomb(?:ed|ing)|hit(?:ting)?|struck|striking|attack(?:ed|ing))\s+"
    r"(?:an?|the)\s+[^,;.]{0,60}$",
    re.IGNORECASE,
)


def the_town_said_again(text: str, weak: list[PlaceMention]) -> list[PlaceMention]:
    """ "The Russian-appointed head of Snihurivka accused Ukrainian forces of shelling the
    town": the town this sentence named, said again as the thing struck, is the target."""
    # (not "announced a partial evacuation of the town": the town, but not as struck)
    # (or the place of the thing struck: "accused Ukrainian forces of shelling a ferry
    # crossing over the Dnipro River in the city")
    m = next(
        (
            a for a in lx.ANAPHORA.finditer(text)
            if a.group("object") or a.group("subject")
            or (a.group("kind") and _STRUCK_THING.search(text, max(0, a.start() - 80), a.start()))
        ),
        None,
    )  # fmt: skip
    if m is None or not lx.STRONG_TRIGGER.search(text):
        return []
    kind = _kind(m)
    towns = [
        w for w in weak
        if w.end <= m.start() and w.place is not None and w.place.precision == "town"
        and w.text.lower() not in lx.CAPITALS
        and _fits_kind(w.place, kind)
    ]  # fmt: skip
    return [replace(towns[-1], role="target")] if towns else []


def the_region_said_again(
    text: str, weak: list[PlaceMention], gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "Sumy regional governor Dmytro Zhyvytskyi accused Russian troops of shelling
    communities along the border in the northeastern region": the region its official was
    named by, said again as where the strike was ("Voronezh governor … says drones were shot
    down over his region": the governor's)."""
    said = lx.THE_REGION_SAID.search(text)
    if said is None or not lx.STRONG_TRIGGER.search(text, 0, said.start()):
        return []
    regions = []
    for w in weak:
        if w.end > said.start() or w.place is None:
            continue
        if w.place.precision == "town" and lx.GOVERNOR_AFTER.match(text, w.end):
            w = replace(w, place=gaz.region_of(w.place))
        if w.place is not None and w.place.precision == "region":
            regions.append(w)
    return [replace(regions[-1], role="target")] if len(regions) == 1 else []


def _day_named_just_before(reading: Reading, s: Sentence) -> DateWindow | None:
    """The day a sentence of its own named in the sentence before, in this paragraph."""
    named = reading.day_named
    if named is None or named[1] != s.paragraph or named[2] not in (s.index - 1, s.index - 2):
        return None
    # (or two sentences before, over one that tells no event: "Day 4 (Sun 23 July). I was
    # supposed to leave Odesa early but nobody slept. Around four … missiles at the city centre")
    between = reading.sentences[s.index - 1].span.text if named[2] == s.index - 2 else ""
    if between and (lx.TRIGGER.search(between) or find_dates(between, reading.ref)):
        return None
    return named[0] if named[0].days == 1 else None


def town_of_the_named_region(
    text: str, reading: Reading, s: Sentence, gaz: PlaceResolver, weak: list[PlaceMention]
) -> list[PlaceMention]:
    """ "Luhansk Governor Serhiy Haidai said shelling killed eight … in the city": the town
    of that region the text named last, whatever its role there ("the battle for Lysychansk,
    the last city in the Luhansk region")."""
    m = lx.ANAPHORA.search(text)
    # ("Luhansk Governor Serhiy Haidai": a governor is his region's)
    areas = [
        gaz.region_of(w.place) if lx.GOVERNOR_AFTER.match(text, w.end) else w.place
        for w in weak if w.place is not None
    ]  # fmt: skip
    regions = [a for a in areas if a is not None and a.precision == "region"]
    if m is None or not _kind(m) or not regions or not lx.STRONG_TRIGGER.search(text):
        return []
    if m.group("capital"):
        seat = _seat_of(regions[-1], gaz)
        return [] if seat is None else [PlaceMention(m.start(), m.end(), seat.name, seat, "target")]
    town = _town_told_within(regions, reading, s, gaz)
    return [] if town is None else [PlaceMention(m.start(), m.end(), town.name, town, "target")]


def _town_told_within(
    regions: list[Place], reading: Reading, s: Sentence, gaz: PlaceResolver
) -> Place | None:
    """The town in one of ``regions`` that the last eight sentences named last."""
    for prev in reversed(reading.sentences[max(0, s.index - 8) : s.index]):
        towns = [
            p.place for p in find_places(prev.span.text, gaz, reading.hints)
            if p.place and p.place.precision == "town" and p.text not in reading.people
            and any(gaz.within(p.place, r) for r in regions)
            and not non_event_clause(prev.span.text, p.clause_start)
        ]  # fmt: skip
        if towns:
            return towns[-1]
    return None


# "the Kharkiv region town", "a Donetsk oblast village": a region's name said of a settlement
_OF_A_SETTLEMENT = re.compile(r"\s+(?:town|village|city|settlement)\b(?!\s+of\b)(?!\s+[A-Z])")


def the_region_town_told(
    found: list[PlaceMention], text: str, reading: Reading, s: Sentence, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "…the Palace of Culture in Lozova. On Friday a Russian missile hit the building in the
    centre of the Kharkiv region town": the region's town the text named just before, not
    the whole region."""
    out = []
    for p in found:
        region = p.place is not None and p.place.precision == "region"
        if region and p.place is not None and _OF_A_SETTLEMENT.match(text, p.end):
            town = _town_told_within([p.place], reading, s, gaz)
            p = p if town is None else replace(p, place=town, query=None)
        out.append(p)
    return out


_REGION_WORD = re.compile(r"\s+(?:Oblast|Region|Krai|Republic)$", re.IGNORECASE)


def _seat_of(region: Place, gaz: PlaceResolver) -> Place | None:
    """The city a region is named after and governed from (Tula for the Tula region)."""
    town = gaz.resolve(_REGION_WORD.sub("", region.name), (), "town")
    return town if town is not None and town.admin1 == region.admin1 else None


def _named_with_its_town(m: re.Match[str], text: str, gaz: PlaceResolver) -> bool:
    if not m.group("landmark"):
        return False
    # ("hit the market in Kherson"; not a town the sentence names later for something else:
    # "shells hit the market …, came from the direction of Kurakhovo")
    after = text[m.end() : m.end() + 60]
    return any(
        p.place and p.place.precision == "town" and _ITS_TOWN_NEXT.fullmatch(after[: p.start])
        for p in find_places(after, gaz)
    )


# ("the Transfiguration Cathedral, the main church of Odesa": an apposition ending on its town)
_ITS_TOWN_NEXT = re.compile(
    r"\s*,?\s*(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,3})?(?:in|of|at|near|outside)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}"
)


def _kind(m: re.Match[str]) -> str | None:
    """The anaphor's noun: "in the city", "The city had been hit" → "city"."""
    return (
        m.group("kind")
        or m.group("subject")
        or m.group("object")
        or m.group("side")
        or m.group("intown")
        or m.group("ours")
        or m.group("whose")
        or (m.group("that") if m.group("that") in ("village", "town") else None)
        or ("town" if m.group("centre") or m.group("middle") else None)
        # (a district named by its adjective is a city's: not the village named last)
        or ("city" if m.group("capital") or m.group("district") else None)
    )


_WRITER_GOES = re.compile(
    # (a diary drops its "I": "Went to Chuhuiv for diesel.")
    # (or could not: "Did not go to Tetkino. At dawn the Ukrainians shelled the village")
    r"(?:\b(?:I|we|We)\s+|^\W*)(?:(?:[Dd]id\s+not|[Dd]idn['’]t|[Cc]ould\s+not|[Cc]ouldn['’]t)\s+)?"
    r"(?:[Dd]rive|[Dd]rove|[Gg]o|[Ww]ent|[Tt]ravel(?:led)?|[Aa]rrive[d]?|"
    r"[Ww]alk(?:ed)?|[Hh]ead(?:ed)?|"
    r"return(?:ed)?|get|got)\s+(?:back\s+)?(?:to|in|into)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$"
    # (or where the writer is: "I was supposed to leave Odesa early", "I stopped at Serhiivka")
    r"|\b(?:I|we|We)\s+(?:(?:was|were|had)\s+)?(?:supposed\s+to\s+|about\s+to\s+|going\s+to\s+)?"
    r"(?:leave|left|leaving|stay(?:ed|ing)?\s+in|slept\s+in|woke\s+up\s+in|stopped\s+(?:at|in)|"
    r"was\s+in|were\s+in)\s+$"
)
_TOLL_DAY = re.compile(
    r"^(?:On|In the (?:morning|evening|afternoon) of)\s+(?:[A-Z][a-z]+day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})[^.;]*\b(?:(?:were|was)\s+(?:killed|wounded|"
    # ("On Wednesday, February 15, the Russians killed one more resident of the city")
    r"injured)|(?:the\s+)?(?:Russians|occupiers|enemy|Ukrainians|invaders)\s+(?:killed|wounded|injured))\b"
)
_EARLIER = re.compile(
    r"\b(?:earlier|previous|prior|past|recent|last\s+\w+['’]s)\s+(?:[\w-]+\s+)?$", re.I
)
# "Posad-Pokrovske: the village that was the front line": the place a profile is about
_PROFILE_TITLE = re.compile(
    r"^\s*(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2})\s*[:—–]\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<kind>village|town|city)\b"
)
# a thing of the place, told as known: "the roof of the sports hall", "the church"
_LOCAL_THING = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:school|church|clinic|hospital|sports\s+hall|hall|yard|square|"
    r"market|station|village|town|cemetery|kindergarten|library|post\s+office|bakery|farm)\b",
    re.IGNORECASE,
)


def profiled_place(reading: Reading, gaz: PlaceResolver, kind: str | None = None) -> Place | None:
    """The town a profile's title names as its subject, if the title is one ("X: the village
    that …"), and of the kind asked ("the village" is not a profiled city)."""
    title = reading.sentences[0] if reading.sentences else None
    m = _PROFILE_TITLE.match(title.span.text) if title is not None and title.heading else None
    if m is None or (kind is not None and kind != m.group("kind")):
        return None
    towns = [
        p.place for p in find_places(m.group("name"), gaz)
        if p.place is not None and p.place.precision == "town"
    ]  # fmt: skip
    return towns[0] if towns else None


def profile_targets(text: str, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """A strike on "the church" or "the sports hall", placed nowhere else, in a profile of
    one village: that village's."""
    thing = _LOCAL_THING.search(text)
    place = profiled_place(reading, gaz) if thing else None
    if thing is None or place is None:
        return []
    return [PlaceMention(thing.start(), thing.end(), place.name, place, "target")]


THE_CITY_PEOPLE = 20_000  # "the city" of a text is a town of this size or a raion's seat


def _fits_kind(place: Place, kind: str | None) -> bool:
    """Can "the city" (or "the village") be this town? (None: any town.)"""
    if kind == "city":
        return place.population >= THE_CITY_PEOPLE or place.seat >= 2
    return kind != "village" or place.population < THE_CITY_PEOPLE


# (and "not the Nikopol one": the namesake set aside by its town)
_NOT_JUST_BEFORE = re.compile(r"\b[Nn]ot\s+(?:the\s+)?$")


def _struck_just_before(
    reading: Reading, s: Sentence, gaz: PlaceResolver, kind: str | None
) -> Place | None:
    """The one town the sentence before (of the paragraph) told struck, if "the city" fits it."""
    if s.index == 0 or reading.sentences[s.index - 1].paragraph != s.paragraph:
        return None
    before = reading.sentences[s.index - 1].span.text
    towns = {
        p.place.key: p.place for p in find_places(before, gaz, reading.hints)
        if p.place is not None and p.place.precision == "town"
        # (or the object of a strike it names: "The attack came a day after the largest strike
        # on Sevastopol … Early on Wednesday, missiles hit the plant in the city's South Bay")
        and (p.role in ("target", "subject") or _STRIKE_ON.search(before, 0, p.start) is not None)
    }  # fmt: skip
    (town,) = towns.values() if len(towns) == 1 else (None,)
    return town if town is not None and _fits_kind(town, kind) else None


_STRIKE_ON = re.compile(
    r"\b(?:strikes?|attacks?|shelling|bombing|raid)\s+on\s+(?:the\s+(?:city|town|port)\s+of\s+)?$",
    re.IGNORECASE,
)


def town_of_the_paragraph(
    reading: Reading, s: Sentence, gaz: PlaceResolver, sites: bool = True
) -> Place | None:
    """The town the paragraph last named, whatever it said of it ("Izium knows how to count its
    dead. … the building on Pershotravneva Street": Izium's street); a site named as a place
    too ("there" may be a plant), unless ``sites`` is False ("the town's hospital")."""
    # (a name read again is read as where the story's towns lie: "Serhii comes from
    # Pervomaiskyi, south of the city. … killed a girl there", the Pervomaiskyi by Kharkiv)
    near = near_point(reading, gaz)
    for prev in reversed(reading.sentences[: s.index]):
        if prev.paragraph != s.paragraph:
            return None
        towns = [
            p.place for p in find_places(prev.span.text, gaz, (), near)
            if p.place and p.place.precision == "town" and p.text not in reading.people
            and (sites or p.place.source != "landmarks")
            # (not "(… - not Krasnopillia in Sumy region)": the namesake set aside)
            and not DISCLAIMED.search(prev.span.text, max(0, p.start - 60), p.start)
            and not _NOT_JUST_BEFORE.search(prev.span.text, max(0, p.start - 12), p.start)
            # (nor a town another is measured from: "Pokrovske, east of Dnipro")
            and not lx.MEASURED_FROM_TOWN.search(prev.span.text, max(0, p.start - 40), p.start)
            # (nor one the writer left: "Z4 in Zaporizhzhia. Left Dnipro 05:30 by car. When I
            # came into the city …")
            and not lx.LEFT_FROM.search(prev.span.text, max(0, p.start - 14), p.start)
            # (nor where the writer now writes from: "Sun 20.03 - From Lviv. Our neighbour
            # writes that the russians shelled the centre again")
            and not writes_from(prev.span.text[: p.start])
        ]  # fmt: skip
        if towns:
            return towns[-1]
    return None


_ITEM_MARK = re.compile(rf"^\s*(?:\d{{1,2}}[.)]|\(?[a-h]\)|{lx.BULLET})\s+")


def _what_it_tells_of(text: str, p: PlaceMention) -> bool:
    """ "Belgorod itself is no longer a safe place.", a section headed "Belgorod": a town that
    opens its sentence is what the next sentences tell of ("…a building in the city
    collapsed"), unless it is a government speaking ("Kyiv said")."""
    return (
        # (and an item's own: "5. Kharkiv city was repeatedly struck during the month.")
        not _ITEM_MARK.sub("", text[: p.start]).strip(" \"'“‘")
        and p.text.lower() not in lx.CAPITALS
        and not lx.CONTEXT_AFTER.match(text[p.end : p.end + 40])
    )


def _closes_a_label(text: str, p: PlaceMention) -> bool:
    """A short line that ends on the place ("03:00 SEG 1 - Kharkiv.")."""
    return not text[p.end :].strip(" .:") and len(text.split()) <= 8 and not lx.TRIGGER.search(text)


def town_named_before(
    reading: Reading, s: Sentence, gaz: PlaceResolver, kind: str | None = None
) -> Place | None:
    """The last town the text named before this sentence, title and captions included
    ("Kharkiv: how glide bombs…" … "hit the hypermarket on the city's northern edge").
    "The city" passes over the villages named since."""
    # (a log's day section is a story of its own: "10.02 fri - strike in the night … on the edge
    # of the city" is the log's town, not Berdyansk told under 08.02)
    # (and each of a log's stamped lines is an entry of its own: "28.04 - Sofia lost her gran
    # when missiles hit Chernihiv" is not "the city" of the lines after it)
    since = reading.section[1] if reading.section and reading.section[1] < s.index else 0
    home = home_town(reading, gaz) is not None
    if since and home:
        earlier = reading.sentences[since : s.index]
    elif home:
        earlier = reading.sentences[paragraph_start(s, reading) : s.index]
    else:
        earlier = reading.sentences[: s.index]
    for prev in reversed(earlier):
        towns = [
            p.place for p in find_places(prev.span.text, gaz, reading.hints)
            if p.place and p.place.precision == "town"
            and (
                p.role != "context" or _what_it_tells_of(prev.span.text, p)
                # "Russian forces have been trying to advance on Kupiansk. Russian artillery
                # hit the city on Thursday": the city the sentence just before was fought over
                or (kind == "city" and prev.index == s.index - 1
                    and lx.GROUND_MOVE_BEFORE.search(prev.span.text, 0, p.start) is not None)
                # "03:00 SEG 1 - Kharkiv.": a segment's label, the place it goes on to tell
                or _closes_a_label(prev.span.text, p)
                # "For Malyn it is the second strike since March. On 6 March a Russian air
                # strike on the town centre …": the town the sentence just before is about
                or (prev.index == s.index - 1 and prev.paragraph == s.paragraph
                    and lx.TOPIC_FOR.search(prev.span.text, 0, p.start) is not None)
                # "I drive to Shebekino …. Most of the town's population left": where the
                # writer has gone is the town the story is in
                or _WRITER_GOES.search(prev.span.text[: p.start]) is not None
                # "She comes from Dmytrivka, … On the night of 16 to 17 September Russian
                # shelling hit the village": the home village of the one just told of
                or (prev.index == s.index - 1 and prev.paragraph == s.paragraph
                    and _COMES_FROM.search(prev.span.text, 0, p.start) is not None)
            )
            # ("flown to a children's hospital in Odesa": not the city the story tells of)
            and not non_event_clause(prev.span.text, p.clause_start)
            # (nor "Mykolaiv, about 60 km northwest of Kherson, has been shelled": where it is)
            and not lx.MEASURED_FROM_TOWN.search(prev.span.text, max(0, p.start - 50), p.start)
            and p.text not in reading.people
            and not writes_from(prev.span.text[: p.start])  # ("Sun 20.03 - From Lviv.")
            # ("the head of the Kharkiv RMA … struck the village": no city is "the village")
            and _fits_kind(p.place, kind)
        ]  # fmt: skip
        if towns:
            return towns[-1]
    return None


_COMES_FROM = re.compile(r"\b(?:comes?|came|is|are|was|were)\s+(?:originally\s+)?from\s+$")


def _title_town(reading: Reading, gaz: PlaceResolver, kind: str | None) -> Place | None:
    """The one city a heading title names, if it names one and the text says "the city"."""
    if kind == "village":
        return None
    title = _title_line(reading)
    if title is not None and (diarys := diary_town(title.span.text, gaz)) is not None:
        return diarys  # "diary - Nova Kakhovka": "the town" is the diarist's, whatever its size
    # ("the town itself" may be a small one: "BRANCH NOTES - Zolochiv (Bohodukhiv r-n)")
    towns = {
        p.key: p for p in _title_places(reading, gaz)
        if p.precision == "town"
        and (p.population >= THE_CITY_PEOPLE or p.seat >= 2 or kind == "town")
    }  # fmt: skip
    return next(iter(towns.values())) if len(towns) == 1 else None


def _title_line(reading: Reading) -> Sentence | None:
    """The text's heading title: its first line if a heading, or a first line of two short
    sentences that ends as a title does ("Water from the Tanker Truck. A Mykolaiv Summer")."""
    first = [x for x in reading.sentences[:3] if x.paragraph == 0]
    if not first or first[0].heading:
        return first[0] if first else None
    text = " ".join(x.span.text for x in first)
    if len(first) > 2 or len(text) > _TITLE_CHARS or text.rstrip()[-1:] in ".!?":
        return None
    return replace(first[0], span=replace(first[0].span, text=text), heading=True)


_TITLE_CHARS = 160


def _title_places(reading: Reading, gaz: PlaceResolver) -> tuple[Place, ...]:
    """The places the heading title names (read once per article)."""
    if reading.title_places is None:
        title = _title_line(reading)
        # (its names as the text qualifies them elsewhere: "branch #2 Zolochiv - notes" over
        # "BRANCH NOTES - Zolochiv (Bohodukhiv r-n, Kharkiv obl.)")
        found = find_places(title.span.text, gaz, reading.hints) if title is not None else []
        found = one_sense(found, reading)
        reading.title_places = tuple(p.place for p in found if p.place is not None)
    return reading.title_places


_THE_STRIKE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:strike|attack|shelling|explosion|blast|missile)\b",
    re.IGNORECASE,
)
# a strike told by its verb ("a shell hit the bus stop", "explosions shook the windows"), not
# named ("compared the debris with other strikes", "who fired the missile of 24 February")
_STRUCK_NOW = re.compile(
    r"\b(?:hit|struck|shelled|bombed|attacked|targeted|exploded|landed|fell|shook|tore|slammed|"
    r"took\s+down|wrecked|smashed|killed\s+by|"
    # "And on 8 February russian shelling killed a woman"
    r"(?:shelling|strike|missile|rocket|shell|bomb|drone)s?\s+killed|"
    # a log's entry: "09.10 (Sun) 02:50 - massive strike on a residential area"
    # ("after the rocket on the substation on 10.10": what hit it, told by a noun)
    r"(?:strike|attack)\s+on\s+an?|(?:rocket|missile|shell|bomb|drone)s?\s+on\s+the)\b"
)


def the_storys_one_town(
    text: str, s: Sentence, reading: Reading, mentions: list[Mention], gaz: PlaceResolver,
    places: list[PlaceMention],
) -> list[PlaceMention]:  # fmt: skip
    """A letter from one town: "At about 3am on October 9 … Twelve missiles had hit a
    residential district" names no place, but a story that has told strikes only in one town
    (twice, or once under a title naming it) and dates this one with a day of its own tells
    another strike there."""
    towns = {m.place.key: m.place for m in mentions if m.place and m.place.precision == "town"}
    struck = _STRUCK_NOW.search(text)
    if len(towns) != 1 or struck is None:
        return []
    if any(
        p.place is not None
        and p.start < struck.start()
        and not _the_side_that_fired(text, p)
        # ("rode to the bridge over the Desna to see if the road to Kyiv was open - the
        # russians bombed the bridge": a river crossed and a road's end, no place of its own)
        and not (p.role == "context" and _ROAD_OR_RIVER.search(text, 0, p.start))
        for p in places
    ):
        return []  # "The smaller port of Reni … was hit on July 24": a place of its own
    if " on " in struck.group(0) and places:
        return []  # "the worst since a strike on a mall in … Kremenchuk": the place it names
    (town,) = towns.values()
    # (or a town a heading gave its strike: "Vovchansk. Again." over "Yesterday the russians
    # shelled the centre of the town")
    titled = {p.key for p in _title_places(reading, gaz)}
    headed = False  # (the one strike told placed by its heading, not by its own words)
    if len(mentions) < 2 and town.key not in titled:
        # (a diary's title names its town in a sentence: "Grandma's diary (Belgorod) - …")
        if reading.title_towns is None:
            found = title_targets(reading, s, gaz, reading.hints)
            reading.title_towns = frozenset(p.place.key for p in found if p.place)
        titled |= reading.title_towns
        if town.key not in titled:
            if _named_in(mentions[0], gaz, reading):
                return []
            headed = True
    if town.precision != "town":
        return []
    own, _ = dates_told(text, reading, s.span.start)
    told = (reading.day_named is not None and reading.day_named[2] == s.index - 1) or (
        reading.day is not None and reading.day.days == 1 and reading.day_at[1] == s.index - 1
    )
    dated = any(d.window.days == 1 and d.window.basis in ("explicit", "year inferred") for d in own)
    # (or a month of its own, apart from every strike told: "In August drones also hit the
    # refinery area" in a page on a November night's attack)
    # (told as another time: not "In October 2022 it struck our substations one by one")
    dated = dated or a_month_of_its_own(text, own, [m.date for m in mentions])
    # (or a diary's new day: "3 July 2022, Sunday. Terrible night. … a rocket fell on the houses";
    # a diarist writes from her town, not a log of a site: "0400 hrs missiles hit the port
    # grain terminal" in a bakery's shift book is somewhere the book does not say)
    section = reading.section
    diary = bool(reading.sentences) and is_diary(reading.sentences[0].span.text)
    dated = dated or (
        not own and section is not None and 0 < s.index - section[1] <= 3 and section[0].days == 1
        and diary
        and not any(m.date.overlaps(section[0]) for m in mentions)
    )  # fmt: skip
    if not dated and (headed or not told or _THE_STRIKE.search(text)):
        # (a day told just before: "At about 3am on October 9, …" then "… had hit"; not "The
        # MoD claimed the strike hit a command post", the one told, with no day of its own;
        # nor a log's line under its day's heading about a site its header's town may not hold)
        return []
    if (theirs := _possessors_town(text, s, reading, gaz)) is not None and theirs != town:
        # ("Olha … has bred dogs since 2005 in Semenivka. Her kennel is a kilometre from the
        # place where a Russian air strike killed two people": hers, not the club's town)
        return [PlaceMention(0, 0, theirs.name, theirs, "target")]
    if (here := _paragraph_scene(reading, s, gaz)) is not None and here != town:
        # ("About 40 km out I stopped at Serhiivka. The apartment block … hit on 1 July 2022
        # are still fenced": the paragraph's own town, not the story's)
        return []
    return [PlaceMention(0, 0, town.name, town, "target")]


def _possessors_town(text: str, s: Sentence, reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The town of the person the sentence before told of, when this one opens on them: the
    one town named before "Her kennel …", "Their house …"; the last one before "She was in
    the queue at the aid point there"."""
    theirs = _OPENS_ON_THEIRS.match(text) is not None
    there = _OPENS_ON_THEM.match(text) is not None and _LOCATIVE_THERE.search(text) is not None
    if s.index == 0 or not (theirs or there):
        return None
    prev = reading.sentences[s.index - 1]
    if prev.paragraph != s.paragraph:
        return None
    towns = [
        p.place
        for p in find_places(prev.span.text, gaz, reading.hints)
        if p.is_town and p.place is not None and p.place.precision == "town"
    ]  # fmt: skip
    if there and towns:
        return towns[-1]
    return towns[0] if len({t.key for t in towns}) == 1 else None


_OPENS_ON_THEIRS = re.compile(r"\s*(?:Her|His|Their)\s+(?:own\s+)?[a-z]")
_OPENS_ON_THEM = re.compile(r"\s*(?:She|He|They)\s+[a-z]")
# "at the aid point there", not "there were three": a place, not a thing's being
_LOCATIVE_THERE = re.compile(
    r"(?<=[a-z] )there\b(?!\s+(?:is|are|was|were|has|have|had|will|would|may|might|could|can|"
    r"must|seems?|appears?|used)\b)"
)


def _paragraph_scene(reading: Reading, s: Sentence, gaz: PlaceResolver) -> Place | None:
    """The town an earlier sentence of the paragraph puts its scene in: where the writer has
    gone ("I stopped at Serhiivka"), or a town it tells struck; None if none."""
    for prev in reversed(reading.sentences[paragraph_start(s, reading) : s.index]):
        for p in find_places(prev.span.text, gaz, reading.hints):
            scene = p.role in ("target", "subject") or _WRITER_GOES.search(
                prev.span.text[: p.start]
            )
            if p.place is not None and p.place.precision == "town" and scene:
                return p.place
    return None


def _named_in(m: Mention, gaz: PlaceResolver, reading: Reading) -> bool:
    """Does the sentence of ``m`` name its place itself (not its heading, nor its title)?"""
    told = reading.names_its_town.get(m.sentence.index)
    if told is None:
        key = m.place.key if m.place is not None else None
        found = find_places(m.sentence.span.text, gaz, reading.hints)
        told = any(p.place is not None and p.place.key == key for p in found)
        reading.names_its_town[m.sentence.index] = told
    return told


def _the_side_that_fired(text: str, p: PlaceMention) -> bool:
    """ "missiles fired by Russia hit a neighbourhood": the country is who fired, no place."""
    return (
        p.place is not None and p.place.precision == "country"
        and text[: p.start].rstrip().lower().endswith(" by")
    )  # fmt: skip


def labelled_by_a_place(text: str, gaz: PlaceResolver, hints: tuple[str, ...]) -> bool:
    """A note's line opened by a town or site ("Vinnytsia: …"), not by a source ("Monitoring
    channel: …") or a country ("- Ukraine: …")."""
    label = OWN_LABEL.match(text) or _ITEMS_TOWN.match(text)
    if label is None:
        return False
    return any(
        p.place is not None and p.place.precision != "country"
        for p in find_places(text[: label.end()], gaz, hints)
    )


# a register's numbered item, its holder, then its town and a dash: '4. PP "Agrosvit-VN" (grain
# storage), Velyka Novosilka - warehouse roof and 2 trucks, Russian artillery on Tue 28.02'
_ITEMS_TOWN = re.compile(
    r"^\W*\d{1,3}[.)]\s+[^\n]{0,80}?,\s*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+[-–—]\s"
)


# "air defence systems shot down 12 UAVs over the territory of the region": the region whose
# official speaks, when the sentence names none
_OVER_THE_REGION = re.compile(
    r"\bover\s+(?:the\s+territory\s+of\s+)?the\s+(?:region|oblast)\b(?!\s+of\b)", re.I
)


def region_of_the_voice(text: str, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """A tally downed "over the region" on a governor's or an administration's page: that
    region (the one the page's official governs), or the only region the story names."""
    m = _OVER_THE_REGION.search(text)
    if m is None or not lx.DOWNED_OVER.search(text):
        return []
    # (the masthead that named the official: "Vyacheslav Gladkov (Telegram channel of the
    # Governor of the Belgorod Region)")
    head = reading.sentences[:MASTHEAD_LINES] if reading.official else []
    voice = [x.span.text for x in head if x.index < (reading.current or x).index]
    regions = [
        p.place for line in voice for p in find_places(line, gaz)
        if p.place and p.place.precision == "region"
    ] or [
        p.place for h in reading.hints for p in find_places(h, gaz)
        if p.place and p.place.precision == "region"
    ]  # fmt: skip
    if len({r.key for r in regions}) != 1:
        return []
    return [PlaceMention(m.start(), m.end(), regions[0].name, regions[0], "target")]


# "Ihor Terekhov, Mayor of Kharkiv", "Kherson City MVA": a town's own official's page
_TOWN_VOICE = re.compile(
    r"\b[Mm]ayor\s+of\s+(?P<a>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
    r"|\b(?P<b>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s+(?:City|Town)\s+(?:Military\s+|State\s+)*"
    r"(?:Administration|Council|MVA|CMA)\b"
    # "Alexei Kulemzin, head of the city of Donetsk"
    r"|\b[Hh]ead\s+of\s+the\s+(?:city|town)\s+of\s+(?P<c>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)


def voice_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The town whose mayor or city administration publishes the page: "the city" of its
    posts ("Overnight the city was attacked by Shaheds")."""
    m = _TOWN_VOICE.search(reading.official[1]) if reading.official else None
    if m is None:
        return None
    town = gaz.resolve(m.group("a") or m.group("b") or m.group("c"), reading.hints, "town")
    return town if town is not None and town.precision == "town" else None


def a_strike_at_home(
    text: str, s: Sentence, places: list[PlaceMention], reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "On the evening of 16 August, Russian shelling hit the Saltivske tram depot" on a
    Kharkiv tram company's page: a strike on a building, dated and placed nowhere,
    in a text whose own town is known (a log's, an outlet's or a firm's masthead: "BORODA & CO
    barbershop · Kharkiv") and which has told no other town's strike."""
    if any(p.place is not None and p.place.precision != "country" for p in places):
        return []
    if not lx.STRONG_TRIGGER.search(text) or lx.NOT_AN_ATTACK_IN(text):
        return []
    if lx.OUT_OF_TOWN.search(text) or lx.NATIONWIDE.search(text):
        # ("many loud explosions E of the city": out of it, somewhere not named; "big missile
        # attack on the whole country": everywhere)
        return []
    before = reading.sentences[s.index - 1] if s.index > 0 else None
    told = text + (" " + before.span.text if before and before.paragraph == s.paragraph else "")
    if (
        not lx.STRIKE_WORDS.search(told) and find_actor(told)[0] is None
        and not lx.STRUCK_PASSIVE.search(text) and not _ATTACK_NOUN.search(text)
    ):  # fmt: skip
        # ("blade hit a kerb at the bus stop": no weapon, no side, no strike; but "Russian
        # drones over the port area. One hit the admin building": the sentence before's)
        return []
    if lx.SIGNPOST.match(text) or lx.AGGREGATE.search(text) or _MANY_STRIKES.search(text):
        return []  # ("Here are some of the strikes on Ukrainian railway stations:": a list's head)
    last = reading.last
    days = [
        d.window for d in find_dates(text, reading.ref)
        if d.window.days <= 2 and d.window.basis in ("explicit", "year inferred", "relative")
    ]  # fmt: skip
    written = [d for d in days if d.basis != "relative"]
    if _THE_STRIKE.search(text) is not None and not written:
        return []  # ("Video filmed minutes after the attack … shows …": the attack told)
    if (
        last is not None and last.sentence.paragraph == s.paragraph
        and (not written or written[0].overlaps(last.date))
    ):  # fmt: skip
        # (the event its paragraph told goes on: "Two days of explosions. The installed head
        # writes 2 killed …"; not another day's: "Four days later, overnight into 2 August, a
        # Russian strike destroyed the university dormitory")
        return []
    # ("Water from the Tanker Truck. A Mykolaiv Summer" on a Kyiv publisher's page: "On the
    # morning of 29 July 2022, Russian cluster munitions hit the bus stop …" is the story's
    # town's, not the publisher's)
    home = (
        home_town(reading, gaz) or _the_storys_town(s, reading, gaz)
        or _the_pages_location(reading, gaz)
        or masthead_town(reading, gaz) or _name_line_town(reading, gaz)
        or _byline_town(reading, gaz)
    )  # fmt: skip
    # (another town's strike told before, unless the line says it is the writer's own: "On
    # 24 March a Russian rocket strike hit people queuing … next to our branch No. 14")
    ours = _OUR_OWN.search(text) is not None
    elsewhere = last is not None and last.place != home and not ours
    if home is None or elsewhere or not struck_at_home(text, home):
        return []
    # (its own day, or its diary section's: "Fri 09.05.2025 ¶ … a Ukrainian drone hit the
    # building of the regional government")
    # (or its log line's stamp: "Sun 13.03 — WF-102 cancelled. Russian cluster rockets hit the
    # streets around the client's block")
    dated = reading.section is not None or bool(days) or stamped_line_day(reading) is not None
    return (
        [PlaceMention(0, 0, home.name, home, "target")]
        if dated and (ours or not _another_town_just_before(home, s, reading, gaz))
        else []
    )


def _the_storys_town(s: Sentence, reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The one town the title names, when the lines just before name no other."""
    title = _title_town(reading, gaz, None)
    if title is None:
        return None
    towns = {
        p.place.key
        for prev in reading.sentences[max(0, s.index - _JUST_BEFORE) : s.index]
        for p in find_places(prev.span.text, gaz, reading.hints)
        if p.is_town and p.place is not None
    }  # fmt: skip
    return title if towns <= {title.key} else None


def _the_pages_location(reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The town of a page's one location field ("Location: Skovorodynivka, Zolochiv
    community, Kharkiv region" on a project's page): what the page is about (read once)."""
    if reading.page_location is None:
        fields = [
            f for x in reading.sentences
            if (f := field_place(x.span.text, gaz, reading.hints)) is not None
        ]  # fmt: skip
        one = len(fields) == 1 and fields[0].place is not None
        place = fields[0].place if one else None
        reading.page_location = (
            place if place is not None and place.precision == "town" else None,
        )
    return reading.page_location[0]


def _another_town_just_before(
    home: Place, s: Sentence, reading: Reading, gaz: PlaceResolver
) -> bool:
    """Did the lines just before name a town other than the text's own ("Rescuers in …
    Mykolaiv pulled the seventh body …", "Lesia phoned from Bila Tserkva")? Then the strike
    told without a place is that story's, not the masthead's."""
    # (not a town named as where goods came from: "my parcel of 40 membranes from Odesa")
    return any(
        p.is_town
        and p.place is not None
        and p.place.key != home.key
        and not _GOODS_FROM.search(prev.span.text, 0, p.start)
        for prev in reading.sentences[max(0, s.index - _JUST_BEFORE) : s.index]
        for p in find_places(prev.span.text, gaz, reading.hints)
    )


_JUST_BEFORE = 3
# (goods sent from a town: "my parcel of 40 membranes from Odesa", "the courier van from Odesa")
_GOODS_FROM = re.compile(
    r"\b(?:parcels?|deliver(?:y|ies)|orders?|suppl(?:y|ier)|goods|shipments?|vans?|trucks?|"
    r"couriers?|membranes|boxes)\b[^.;:]{0,40}\bfrom\s+$",
    re.IGNORECASE,
)
_ATTACK_NOUN = re.compile(r"\b(?:attacks?|strikes?|shelling|bombing|explosions?|blasts?)\b", re.I)
_OUR_OWN = re.compile(
    r"\bour\s+(?:own\s+)?(?:[a-z-]+\s+){0,2}?(?:street|district|branch|office|building|house|"
    r"school|shop|store|city|town|village|yard|block|neighbou?rhood|clinic|hospital|library|"
    r"plant|depot|warehouse)\b",
    re.IGNORECASE,
)
_MANY_STRIKES = re.compile(
    r"\b(?:some|many|several|most|all)\s+(?:of\s+the\s+)?(?:strikes|attacks)\b", re.IGNORECASE
)


def _name_line_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The town an institution's name line ends on, whatever its size ("HOLY DORMITION
    MONASTERY OF THE HOLY MOUNTAINS · Sviatohirsk")."""
    for head in itertools.takewhile(lambda x: x.heading, reading.sentences[1 : MASTHEAD_LINES + 1]):
        parts = _NAME_LINE_GAP.split(head.span.text.strip())
        last = parts[-1] if len(parts) >= 2 else ""
        if not last or len(last.split()) > 3 or any(c.isdigit() for c in last):
            continue
        towns = [p.place for p in find_places(last, gaz) if p.place and p.place.precision == "town"]
        if len(towns) == 1:
            return towns[0]
    return None


_NAME_LINE_GAP = re.compile(r"\s[·•|—–]\s")


def _byline_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The town a page's byline gives its writer ("By Halyna from Chuhuiv · 1 August 2022"
    over a recipe blog's post): where the writer's "the House of Culture" stands."""
    for line in reading.sentences[: MASTHEAD_LINES + 8]:
        by = _BYLINE_FROM.match(line.span.text)
        if by is None:
            continue
        towns = [p.place for p in find_places(by.group(1), gaz) if p.is_town and p.place]
        return towns[0] if len(towns) == 1 else None
    return None


# "By Halyna from Chuhuiv ·", "by Oleh K., Izium |": a byline's name, then the writer's town
_BYLINE_FROM = re.compile(
    r"\s*(?i:by)\s+(?:[A-Z][\w'’.-]*\s+){1,3}?(?:from|in|,)\s*((?:[A-Z][\w'’-]*\s?){1,3})"
    r"(?:\s*[·•|—–,(]|\s*$)"
)


def masthead_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The city a local outlet is named after ("Vechirnii Kharkiv online", "Nikopol Online"),
    over a page whose "the city" no sentence has named yet (not a capital's national paper)."""
    heads = list(
        itertools.takewhile(lambda x: x.heading, reading.sentences[1 : MASTHEAD_LINES + 1])
    )
    for h in reading.sentences[: MASTHEAD_LINES + 2]:
        if (city := city_of_listed_districts(h.span.text, gaz)) is not None:
            # (a page's menu of its city's districts: "Districts: Tsentralnyi · Zavodskyi ·
            # Inhulskyi · Korabelnyi" on a Mykolaiv utility's page)
            return city
    # a name line or a menu's item ("News  Kryvyi Rih  Communities  Sport")
    parts = [p for h in heads for p in _MENU_GAP.split(h.span.text)]
    # (or the page's footer, its address in items: 'OSBB "Nash Dim" · Building No. 14 ·
    # Kamianske, Dnipropetrovsk oblast')
    # (an address's pieces too: "postal address: P.O. Box 118, Kharkiv, 61001")
    parts += [
        piece for f in reading.sentences[-FOOTER_LINES:]
        if len(items := _MENU_GAP.split(f.span.text)) > 2
        for p in items for piece in p.split(", ")
    ]  # fmt: skip
    towns = {
        place.key: place
        for text in parts
        if len(text.split()) <= 4 and not any(c.isdigit() for c in text)
        and not lx.TRIGGER.search(text)
        for place in (p.place for p in find_places(text, gaz))
        if place is not None and place.precision == "town" and place.population >= 50_000
        and place.name.lower() not in lx.CAPITALS
    }  # fmt: skip
    return next(iter(towns.values())) if len(towns) == 1 else None


_MENU_GAP = re.compile(r"\s{2,}|\s[|·•]\s")
FOOTER_LINES = 3  # a page's last lines, where its footer gives the publisher's address


def _opens_a_post(reading: Reading, s: Sentence) -> bool:
    """The sentence comes right under a post's time stamp ("16:59")."""
    before = reading.sentences[s.index - 1] if s.index > 0 else None
    return before is not None and is_post_stamp(before)
