"""The places a page's own furniture gives its placeless strikes: the title, a section's
heading, a dispatch's dateline, and the one town a diary's, a letter's or a working document's
title names (a log's stamped lines included).

Split from :mod:`geo.story`, which keeps the reading of the story itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo import lexicon as lx
from geo.articles import Sentence
from geo.citydistricts import cities_with_district
from geo.eventday import dates_told
from geo.mention import Mention
from geo.model import Place
from geo.placephrase import find_places
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading, entry_city, event_places, far_hamlet, paragraph_start
from geo.storygeo import header_section


def section_targets(
    reading: Reading, s: Sentence, gaz: PlaceResolver, hints: tuple[str, ...]
) -> list[PlaceMention]:
    """A live entry's own heading just above ("Guided bombs hit Zaporizhzhia" over "In total,
    four people were killed"): the placeless event is there, and it is a new one."""
    above = reading.sentences[s.index - 1] if s.index > 1 else None
    if above is None or not above.heading:
        return []
    # (a live entry's heading may name its weapons only: "Zaporizhzhia region: five S-300s
    # at one facility")
    return _heading_places(above, gaz, hints, reading.people, weapons=True)


def title_targets(
    reading: Reading, s: Sentence, gaz: PlaceResolver, hints: tuple[str, ...]
) -> list[PlaceMention]:
    """'Russian missile hits apartment block in Dnipro' over 'The death toll from the morning
    strike has risen to 4': the story's first placeless event is the title's."""
    title = reading.sentences[0] if reading.sentences else None
    if title is None or title.index >= s.index:
        return []
    if not title.heading and not _DIARY_TITLE.match(title.span.text):
        # (a diary's own first line, a sentence: "Grandma's diary (Belgorod) - the entries
        # about the war, typed and translated by her granddaughter.")
        return []
    found = _heading_places(title, gaz, hints, reading.people) or _diarys_town(title, gaz)
    return _the_titles_story(title.span.text, found, s.span.text) if len(found) > 1 else found


_TITLE_WORD = re.compile(r"[^\W_]{4,}|\d+")


def _the_titles_story(title: str, found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """ "Dnipro: search ends, 45 confirmed dead; Nikopol shelled overnight" over "The death
    toll … has risen to 45": a title of two stories gives the sentence the place of the one
    whose words it shares (all its places when none or both do)."""
    clauses = [c for c in re.split(r";\s+|\s+[|–—]\s+", title) if c.strip()]
    if len(clauses) < 2:
        return found
    words = {w.lower() for w in _TITLE_WORD.findall(text)}
    shared = [len(words & {w.lower() for w in _TITLE_WORD.findall(c)}) for c in clauses]
    best = max(shared)
    if best == 0 or shared.count(best) > 1:
        return found
    clause = clauses[shared.index(best)].lower()
    return [p for p in found if p.text.lower() in clause] or found


# "Nikopol diary: a week across the water", "Letter from Kharkiv": where the writer is
_DIARY_TITLE = re.compile(
    r"^\W*(?:(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)\s+(?:diary|notebook|dispatch|journal)\b"
    r"|(?:[Dd]iary|[Ll]etter|[Dd]ispatch|[Nn]otes|[Nn]otebook)\s+from\s+(?P<name2>[A-Z][\w'’-]+"
    r"(?:[\s-][A-Z][\w'’-]+)?)"
    # "Five days in Belgorod: …", "A week in Pokrovsk"
    r"|(?:[\w-]+\s+){1,2}(?:days?|nights?|weeks?|hours)\s+in\s+(?P<name3>[A-Z][\w'’-]+"
    r"(?:[\s-][A-Z][\w'’-]+)?)\s*[:—–-]"
    # "diary - Nova Kakhovka (translated …)", "Journal: Kherson"
    r"|(?:[Dd]iary|[Jj]ournal|[Nn]otebook)\s*[-–—:]\s*(?P<name4>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)"
    r"(?=\s*(?:[(,;]|$))"
    # "Grandma's diary (Belgorod)"
    r"|(?:[\w'’-]+\s+){0,2}(?:[Dd]iary|[Jj]ournal|[Nn]otebook)\s*\((?P<name5>[A-Z][\w'’-]+"
    r"(?:[\s-][A-Z][\w'’-]+)?)\))"
)


def _diarys_town(title: Sentence, gaz: PlaceResolver) -> list[PlaceMention]:
    """The town a diary's or a letter's title is written from, for its placeless strikes."""
    place = diary_town(title.span.text, gaz)
    if place is None:
        return _notes_town(title.span.text, gaz)
    return [PlaceMention(0, 0, place.name, place, "target")]


def is_diary(title: str) -> bool:
    """Is the text's first line a diary's or a letter's title ("Grandma's diary (Belgorod)")?"""
    return _DIARY_TITLE.match(title) is not None


def diary_town(title: str, gaz: PlaceResolver) -> Place | None:
    """The town a diary's or a letter's title says it is written from ("diary - Oleshky")."""
    m = _DIARY_TITLE.match(title)
    name = next((g for g in m.groups() if g), None) if m else None
    place = gaz.resolve(name, (), "town") if name else None
    return place if place is not None and place.precision == "town" else None


# A working document's title: "field visit notes - Zaporizhzhia 8-11 Oct", "delivery log –
# Kherson kitchen", "notes for the accountant (print shop, Kharkiv)"
_NOTES_TITLE = re.compile(
    r"\b(?:notes?|log|logbook|minutes|sitrep|checklist|memo|rundown|diary|journal|register|"
    r"tally|sheet|handover|assessment|inspection|notebook|ledger|daybook|"
    # a trade's own books: "Ship chandler's order book, Odesa", "sample book", "day book"
    r"(?:order|day|shift|sample|account|work|record|visitors['’]?)\s*book|"
    # a chat's export: "my grandmother's messages from Bilopillia", "texts from Kherson"
    r"messages|texts|chat|letters|e-?mails)\b",
    re.IGNORECASE,
)


# a working document's title, its kinds of records too: "Dean's office notices", "work orders",
# "job cards", "station status", "order book", "job list", "ledger", "visit rota"
_RECORDS_TITLE = re.compile(
    r"\b(?:notices|announcements|orders|cards|bulletins?|status|book|listings?|tickets|forms|"
    r"requests|reports|updates|schedule|timetable|lists?|ledger|rota|roster|records|bookings)\b",
    re.IGNORECASE,
)


def a_working_document(reading: Reading) -> bool:
    """Is the text a working document (notes, a log, notices, work orders …) by its title?"""
    title = reading.sentences[0] if reading.sentences else None
    if title is None or not title.heading or lx.TRIGGER.search(title.span.text):
        return False
    return bool(_NOTES_TITLE.search(title.span.text) or _RECORDS_TITLE.search(title.span.text))


# (a deminers' notes; a battle's: "Russian forces take control of Avdiivka")
_NOT_STRIKES = re.compile(
    r"\b(?:EOD|UXO|HMA|demining|mine\s+action|sappers?|deminers?|battles?|clash(?:es)?|"
    r"take\s+control|took\s+control|captured?|withdrawal|advance[sd]?|assault|offensive)\b",
    re.IGNORECASE,
)


def logs_town(reading: Reading, s: Sentence, gaz: PlaceResolver) -> list[PlaceMention]:
    """A log's line stamped with its own day ("Tue 21/2 | A: centre | russian Grad on the
    centre, 6 killed") under a title naming one town ('"Hot meals" kitchen, Kherson'):
    another strike in that town, whatever was told before."""
    title = reading.sentences[0] if reading.sentences else None
    start = paragraph_start(s, reading)
    first = reading.sentences[start]
    # (or a day heading of its own just above the paragraph: "Tue 02.09 ¶ Second night …")
    # (when the paragraph has named no town of its own: not "Tue 11.10 ¶ Visit in Kryvyi Rih.
    # Left Dnipro 05:30 … the russians were striking it")
    headed = (
        reading.section is not None and reading.section[1] == start - 1
        # (a strike done, not "patients are moved during shelling", "no losses from the
        # shelling itself")
        and _A_STRIKE_DONE.search(s.span.text) is not None
        and not any(
            p.is_town for x in reading.sentences[start : s.index]
            for p in find_places(x.span.text, gaz, reading.hints)
        )
    )  # fmt: skip
    if (
        title is None
        or not title.heading
        or not (lx.LINE_STAMP_HEAD.match(first.span.text) or headed)
    ):
        return []
    logs = documents_town(reading, gaz)
    if logs and _STRUCK_US.search(s.span.text):
        return logs  # "The russians shelled us at night": the writer's own place, the log's
    return (lines_own_town(reading, s, gaz) or logs) if logs else []


_A_STRIKE_DONE = re.compile(
    r"\b(?:hit|struck|shelled|attacked|bombed|set\s+fire\s+to|destroyed|damaged|exploded|fell)\b",
    re.IGNORECASE,
)
_STRUCK_US = re.compile(r"\b(?:shelled|hit|struck|bombed|attacked|targeted)\s+us\b", re.IGNORECASE)


# (or where goods went: "REP x2 sent to Kyiv. In the evening again: … destroyed in the city")
_FROM_BEFORE = re.compile(r"\b(?:from|to|via)\s+(?:the\s+)?$", re.IGNORECASE)


def _in_a_locators_bracket(text: str, p: PlaceMention) -> bool:
    """Is the place named inside brackets that say where another is ("Viazivka (ours, the one
    between Korosten and Ovruch)"), not a bracket that only spells it again ("(Куп'янськ)")?"""
    opened = text.rfind("(", 0, p.start)
    if opened < 0 or text.rfind(")", 0, p.start) > opened:
        return False
    closed = text.find(")", p.end)
    return text[opened + 1 : closed if closed >= 0 else len(text)].strip() != p.text


def lines_own_town(reading: Reading, s: Sentence, gaz: PlaceResolver) -> list[PlaceMention]:
    """The last town the line named before this sentence ("… 106 km WNW = area of the South
    Ukraine NPP, Pivdennoukrainsk. … Energoatom: Russian missile exploded 300 m from the
    reactors"): the line's own place, not the log's."""
    for before in reversed(reading.sentences[paragraph_start(s, reading) : s.index]):
        towns = [
            p for p in find_places(before.span.text, gaz, reading.hints)
            if p.place is not None and p.place.precision == "town"
            and not lx.CARED_FOR_IN.search(before.span.text[: p.start])
            # (not where people came from: "POWs from Azovstal", nor where goods went)
            and not _FROM_BEFORE.search(before.span.text, 0, p.start)
            # (nor a bracket's locator of the line's label: "Viazivka (ours, the one between
            # Korosten and Ovruch): the old wooden church … is gone")
            and not _in_a_locators_bracket(before.span.text, p)
        ]  # fmt: skip
        if towns:
            return [PlaceMention(0, 0, towns[-1].text, towns[-1].place, "target")]
    return []


def paragraphs_topic_town(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "For Izium it is the worst attack since … During the occupation the city was almost
    destroyed: on 8 March 2022, a Russian air strike destroyed the central hospital": a strike
    told with its own day and no place, in a paragraph that opens on one town and names no
    other, is that town's."""
    start = paragraph_start(s, reading)
    # (not someone's words on a day of their own: "On 31 August, the head of … said the drones
    # had been launched from inside Russia"; but "claimed that shelling had killed two" tells)
    said = lx.SPEECH.search(text)
    if start == s.index or reading.ref is None or (said and not _HARM.search(text, said.end())):
        return []
    first = reading.sentences[start].span.text
    # ("Worst of all it was in the Domodedovo urban district. Debris of a downed drone fell on
    # the parking lot …": the sentence just before sets the scene, telling no event itself)
    scene = start == s.index - 1 and not lx.TRIGGER.search(first)
    dated = _own_day(text, s, reading)
    if not scene and not dated:
        return []
    towns = [p for p in find_places(first, gaz, reading.hints) if p.is_town]
    if not dated and not (towns and _SCENE_IN.search(first, 0, towns[0].start)):
        return []  # (a scene says where things were, not "near Marina's house collapsed")
    # ("The search … at the building on Zabolotnoho Street in Odesa has been completed. As a
    # result of the attack by a russian drone on 2 March, 12 people were killed": the one
    # town of the sentence just before)
    # (not "The attack on Belgorod came a day after Russia's attack on Ukraine. On Friday, …":
    # the sentence after tells the other event)
    just_before = (
        start == s.index - 1 and len({p.place.key for p in towns if p.place}) == 1
        and not lx.MEASURED_FROM.search(first)
    )  # fmt: skip
    if (
        not towns
        or not (
            lx.TOPIC_FOR.search(first, 0, towns[0].start)
            or not first[: towns[0].start].strip()
            # ("— September 2022, Avdiivka." over what the choir saw there: an entry's heading)
            or _A_DATE_THEN.fullmatch(first[: towns[0].start]) is not None
            or (just_before and towns[0].role != "context")
        )
    ):
        return []
    topic = towns[0]
    for prev in reading.sentences[start : s.index + 1]:
        found = [p for p in find_places(prev.span.text, gaz, reading.hints) if p.is_town]
        if any(p.place is not None and topic.place is not None and p.place.key != topic.place.key
               for p in found):  # fmt: skip
            return []
    # (its query kept: a bare name's far namesake is moved to the story's by nearest_the_story)
    return [PlaceMention(0, 0, topic.text, topic.place, "target", query=topic.query)]


# a scene's words: where things were ("Worst of all it was in the …", "the damage is worst in")
_A_DATE_THEN = re.compile(
    r"\W*(?:(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?,?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+)\s*,\s*"
)
_SCENE_IN = re.compile(
    r"\b(?:was|were|is|are)\s+(?:(?:also|especially|particularly|hardest|worst|heaviest)\s+)?"
    r"(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$"
)
_HARM = re.compile(r"\b(?:hit|struck|shelled|killed|destroyed|damaged|wounded|injured)\b")


def arrival_town(s: Sentence, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """ "We reached Kramatorsk on the evening of the 20th … The next morning a Russian missile
    destroyed school No. 23", "Then Mykolaiv. We arrived on Thursday evening and on Friday
    morning Russian shelling hit a bus stop": the one town the writer's paragraph arrived in
    is where its strike that names no place fell."""
    towns = [
        (before, p) for before in reading.sentences[paragraph_start(s, reading) : s.index]
        for p in find_places(before.span.text, gaz, reading.hints) if p.is_town and p.place
    ]  # fmt: skip
    if len({p.place.key for _, p in towns if p.place}) != 1:
        return []
    before, town = towns[0]
    lead, rest = before.span.text[: town.start], before.span.text[town.end :]
    arrived = _ARRIVED_IN.search(lead) and _ARRIVAL_AFTER.match(rest)
    # (a town alone on its line heads it: "Then Mykolaiv."; not a dateline's "MOSCOW, July 12")
    if not arrived and not (_LABEL_LEAD.match(lead) and re.fullmatch(r"\s*[.!:]?\s*", rest)):
        return []
    return [PlaceMention(0, 0, town.text, town.place, "target", query=town.query)]


_ARRIVED_IN = re.compile(
    r"\b(?:reached|arrived\s+(?:in|at)|got\s+to|came\s+to|drove\s+(?:in)?to|went\s+to|"
    r"travell?ed\s+to|made\s+it\s+to)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# a paragraph headed by its town alone: "Then Mykolaiv.", "Next stop: Nikopol."
_LABEL_LEAD = re.compile(
    r"^\W*(?:(?:and\s+)?then|next(?:\s+stop)?|finally|after\s+that)?\W*$", re.IGNORECASE
)
# (the arrival's time and purpose: not "reached Kramatorsk's outskirts")
_ARRIVAL_AFTER = re.compile(r"\s*(?:[.!:,]|\s+(?:on|in|at|by|with|late|early|before|after)\b)")


def _own_day(text: str, s: Sentence, reading: Reading) -> bool:
    """Does the sentence write a day of its own for its event ("on 8 March 2022"), not
    "today" nor the day of someone's words ("On 31 August, the head of … said")?"""
    events, _ = dates_told(text, reading, s.span.start)
    # (a night is two days: "On the night into 29.05 a drone hit a private house")
    return any(
        d.window.precision in ("day", "days") and d.window.days <= 2
        and d.window.basis != "relative"
        for d in events
    )  # fmt: skip


def documents_town(reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """The one town a working document's title names ("Damage register — housing office,
    Kyivskyi r-n, Kharkiv"), if its title is a working document's."""
    title = reading.sentences[0] if reading.sentences else None
    if title is None or not title.heading:
        return []
    if reading.notes_town is None:
        # ("Observing log (balcony in Troieshchyna)" over "…, Kyiv (Troieshchyna, …)": a
        # village's name that is a section of the city the header names is that section)
        cities = header_cities(reading, gaz)
        reading.notes_town = [
            replace(p, place=header_section(p.place, cities, gaz)) if p.place is not None else p
            for p in _notes_town(title.span.text, gaz)
        ]
    return reading.notes_town


HEADER_LINES = 4  # a title, a masthead line, a byline, a note to the reader


def header_cities(reading: Reading, gaz: PlaceResolver) -> list[Place]:
    """The places the header lines name, any role (a village of theirs may be a section)."""
    return [
        p.place for s in reading.sentences[:HEADER_LINES]
        for p in find_places(s.span.text, gaz, reading.hints) if p.place is not None
    ]  # fmt: skip


def _as_town(place: Place | None, gaz: PlaceResolver) -> Place | None:
    """A town, or the city a city-region is ("KYIV CITY": Kyiv)."""
    if place is None or place.precision == "town":
        return place
    if place.precision == "region" and place.name.endswith(" City"):
        return gaz.resolve(place.name.removesuffix(" City"), (), "town")
    return None


def _notes_town(title: str, gaz: PlaceResolver) -> list[PlaceMention]:
    """The one town a working document's title names: where its placeless strikes were."""
    if not _NOTES_TITLE.search(title) or lx.TRIGGER.search(title) or _NOT_STRIKES.search(title):
        return []  # (a title that tells its own event, or a deminers' notes, says more)
    towns = {
        town.key: town
        for p in find_places(title, gaz)
        if (town := _as_town(p.place, gaz)) is not None
    }
    if len(towns) != 1:
        return []
    (place,) = towns.values()
    return [PlaceMention(0, 0, place.name, place, "target")]


_WIDE = re.compile(r"\b(?:cities|regions|across|nationwide|the country|country's|grid)\b", re.I)


def dateline_targets(text: str, gaz: PlaceResolver) -> list[PlaceMention]:
    """A lead that tells a strike "in eastern Ukraine" under a town's dateline is that town's,
    unless it tells of many places or the dateline is a capital's."""
    m = lx.WIRE_DATELINE.match(text)
    if m is None or _WIDE.search(text):
        return []
    group = next(g for g in ("town", "paper_town", "caption_town") if m.group(g))
    name = m.group(group).title()
    if name.lower() in lx.CAPITALS:
        return []
    place = gaz.resolve(name, (), "town")
    if place is None or place.precision != "town":
        return []
    return [PlaceMention(m.start(group), m.end(group), name, place, "target")]


def page_stamp_targets(reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """ "Kharkiv · 24 May 2024 · 10:15 · 7 min read" over a local page's story: the town its
    byline stamps the story with, for the story's first strike told without a place."""
    for s in reading.sentences[:_STAMP_LINES]:
        m = _PAGE_STAMP.match(s.span.text)
        if m is None:
            continue
        place = gaz.resolve(m.group("town"), (), "town")
        return (
            [PlaceMention(0, 0, m.group("town"), place, "target")]
            if (
                place is not None
                and place.precision == "town"
                and place.name.lower() not in lx.CAPITALS
            )
            else []
        )
    return []


_STAMP_LINES = 12  # a page's byline stamp stands over its story
# a town, then the day (and time) the story was filed: "Kharkiv · 24 May 2024 · 10:15"
_PAGE_STAMP = re.compile(
    r"^\W*(?P<town>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s*[·|•]\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\b"
)


def _heading_places(
    head: Sentence, gaz: PlaceResolver, hints: tuple[str, ...],
    people: frozenset[str] = frozenset(), weapons: bool = False,
) -> list[PlaceMention]:  # fmt: skip
    """The places a heading says were struck (none if it tells no strike, by its verb or, with
    ``weapons``, by the weapons it names)."""
    text = head.span.text
    if not lx.TRIGGER.search(text) and not (weapons and lx.STRIKE_WORDS.search(text)):
        return []
    if lx.NOT_A_STRIKE.search(text) and not lx.STRIKE_WORDS.search(text):
        return []  # "Tractor hits mine near Savyntsi": someone was hurt, nobody struck
    found, _ = event_places(head.span.text, find_places(head.span.text, gaz, hints))
    found = [p for p in found if p.text not in people]
    # (the query kept: a bare name the story places later is that place — :func:`later_sense`)
    return [PlaceMention(0, 0, p.text, p.place, p.role, query=p.query) for p in found]


def title_region_as_town(
    mentions: list[Mention], sentences: list[Sentence], gaz: PlaceResolver
) -> None:
    """'ACLED | Shelling | Bryansk' over 'Ukrainian forces shelled Klimovo (Klimovskiy raion,
    Bryansk, Russia)', or 'Dnipropetrovsk' over a strike on Pavlohrad in 'Dnipropetrovsk
    oblast': a title's name that the story uses only for the region of the town it tells of
    names that region, not the city the region is called after."""
    body = " ".join(s.span.text for s in sentences if not s.heading)
    for m in mentions:
        if not (m.sentence.heading and m.sentence.index == 0) or m.place is None:
            continue
        region = gaz.region_of(m.place) if m.place.precision == "town" else None
        as_region = re.compile(
            rf"\b{re.escape(m.place_text)}(?:\s+(?:oblast|region|raion|krai)\b|,\s+(?:Russia|Ukraine)\))",
            re.IGNORECASE,
        )
        if region is None or not as_region.search(body):
            continue
        told = [b for b in mentions if not b.sentence.heading and b.place is not None]
        if any(b.place == m.place for b in told):
            continue  # the story tells of the city too
        if any(
            b.place.precision == "town" and gaz.within(b.place, region) and b.date.overlaps(m.date)
            for b in told if b.place is not None
        ):  # fmt: skip
            m.place = region


def placed_next(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver, dateline: list[PlaceMention]
) -> list[PlaceMention]:
    """The dateline's town for an undated lead, unless the next sentences name another town
    struck on a day: "SUMY, Ukraine (AP) — The shell landed in the yard just after 9 a.m. …
    She was killed Tuesday in Pavlivka" is Pavlivka's event, told in two sentences."""
    if not dateline or dates_told(text, reading, s.span.start)[0]:
        return dateline
    mine = {p.place.key for p in dateline if p.place is not None}
    for nxt in reading.sentences[s.index + 1 : s.index + 3]:
        if nxt.heading:
            return dateline
        if not dates_told(nxt.span.text, reading, nxt.span.start)[0]:
            continue
        elsewhere = any(
            p.role == "target" and p.place is not None and p.place.precision == "town"
            and p.place.key not in mine
            for p in find_places(nxt.span.text, gaz, reading.hints)
        )  # fmt: skip
        return [] if elsewhere else dateline
    return dateline


def home_districts(
    places: list[PlaceMention], reading: Reading, gaz: PlaceResolver, text: str = ""
) -> list[PlaceMention]:
    """ "Missiles hit the oil depot and the refinery at Peresyp" in an Odesa order book: a
    district of the text's city named bare, not a hamlet once so called far away (any part of
    it when the sentence says the city is the writer's: "the russians hit our city: missiles on
    two blocks in Sonyachnyi")."""
    ours = _OUR_CITY.search(text) is not None
    titled = documents_town(reading, gaz) if ours else []
    home = titled[0].place if titled else _home_city(reading, gaz)
    return [
        replace(p, place=home, query=None)
        if home is not None
        and far_hamlet(p, reading, home)
        and (ours or home.name in cities_with_district(p.text))
        else p
        for p in places
    ]


_OUR_CITY = re.compile(r"\bour\s+(?:city|town)\b", re.IGNORECASE)


def _home_city(reading: Reading, gaz: PlaceResolver) -> Place | None:
    home = entry_city(reading) or reading.last_town or reading.voice_city
    if home is None and (titled := documents_town(reading, gaz)):
        home = titled[0].place
    return home
