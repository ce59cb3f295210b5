"""What a note's entries and sites say (issue 12, round 28): the town a day's heading names,
an entry's own oblast said again, a record told on its own line, a source line that dates its
quoted item, and a site named again by its noun ("the Lavra", "the same structures")."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from geo import lexicon as lx
from geo.articles import Sentence
from geo.continuation import site_said_again
from geo.dates import find_dates
from geo.model import DateWindow, Place
from geo.namesakes import DISCLAIMED
from geo.placephrase import find_places, locates_the_one_before
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading

_TIME_WORDS = re.compile(
    r"approx\w*|around|about|early|late|(?:mon|tues|wednes|thurs|fri|satur|sun)day|morning|"
    r"afternoon|evening|night|overnight|midday|noon|dawn|after|before|since|from|till|until"
)


def told_on_its_line(rest: str) -> bool:
    """Does a record's head say more than its place and time ("PLN maintenance - ignore")?
    (Not a venue after its town: "Zaporizhzhia, shelter stage under the culture palace".)"""
    rest = _VENUE_TAIL.sub(" ", rest)
    words = [w for w in re.findall(r"\b[a-z]{4,}\b", rest) if not _TIME_WORDS.fullmatch(w)]
    return len(words) >= 2


_VENUE_TAIL = re.compile(r",\s+[a-z][a-z'’-]+(?:\s+[a-z][\w'’-]*){0,8}\s*(?:\([^)]*\))?\s*$")
STANDS_IN = re.compile(r"\s+(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?[A-Z]")
SITE_NOUN = re.compile(
    r"\b(?:Lavra|Monastery|Cathedral|University|Academy|Institute|Museum|Theat(?:re|er)|"
    r"Polytechnic|Conservatory|Philharmonic|Library|Lyceum|Gymnasium|College)$",
    re.IGNORECASE,
)


def site_again(text: str, reading: Reading) -> list[PlaceMention]:
    """ "On 12-13 March the Lavra courtyard was hit": a site named before ("the Sviatohirsk
    Lavra"), named again by its noun alone, is where it was."""
    if not lx.STRONG_TRIGGER.search(text):
        return []  # "The museum's director died in 2021": the site's people, no strike on it
    for m in _THE_SITE.finditer(text):
        place = reading.sites_named.get(m.group(1).lower())
        if place is not None:
            return [PlaceMention(m.start(1), m.end(1), m.group(1), place, "target")]
    lowered = text.lower()
    for name, place in reading.sites_named.items():
        # ("the Mykolaiv Regional State Administration building" … "a missile hit the building
        # of the regional state administration": a town's institution named again)
        # (a numbered site needs no article: "shelling destroyed School No. 23")
        at = lowered.find(f"the {name}") if " no" not in name else lowered.find(name) - 4
        # (struck, not speaking: "According to the regional military administration, …")
        # (nor the speaker after its words: "… the Lancet hit the vehicle, the regional
        # military administration said")
        if (
            " " in name and at >= 0 and lx.TRIGGER.search(text, max(0, at - 60), at)
            and not _SAID_AFTER.match(text, at + 4 + len(name))
        ):  # fmt: skip
            return [PlaceMention(at + 4, at + 4 + len(name), name, place, "target")]
    same = _THE_SAME.search(text)
    last = reading.last.place if reading.last is not None else None
    if same is not None and last is not None and reading.last is not None:
        # "On 15.09 at 18:30 a second strike hit the same hydraulic structures": the place
        # of the strike told last, on a day of its own
        if last.precision == "region" and reading.last_town is not None:
            # (a site is a town's: "drones over Crimea … In March, drones hit the same site"
            # is the Feodosia terminal told before the region's tally)
            seat = reading.last_town
            return [PlaceMention(same.start(), same.end(), seat.name, seat, "target")]
        return [PlaceMention(same.start(), same.end(), reading.last.place_text, last, "target")]
    if same is None and reading.last is not None and last is not None and _ONCE_MORE.search(text):
        # ("… struck the Ryazan oil refinery on the night of January 24 … Two days later, the
        # refinery came under attack again": the site of the event told, struck once more)
        again = site_said_again(reading.last.sentence.span.text, text)
        if again is not None:
            return [
                PlaceMention(again.start(1), again.end(1), reading.last.place_text, last, "target")
            ]
    town = reading.last_town
    if same is None:
        # ("School No. 5 … lost its windows. It had already been damaged by Russian shelling
        # on 4 November 2022": the building told, struck before, where it stands)
        same = _STRUCK_BEFORE.match(text)
        told = reading.last.place if reading.last is not None else None
        if same is not None and (told or town) is not None:
            place = told or town
            assert place is not None
            return [PlaceMention(same.start(), same.end(), place.name, place, "target")]
    if same is not None and town is not None and _A_TOWN.search(same.group(0)):
        # ("… has been a frequent target. In September last year, a strike on a market in the
        # same town killed 17": the town named last, though no event of it is being told)
        return [PlaceMention(same.start(), same.end(), town.name, town, "target")]
    return []


def site_told_just_before(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """A strike on "that plant" is at the one town of the sentence before, which named a
    plant (struck or not: "the van leaves from a warehouse next to the Zenit plant" ¶ "three
    drones fell on the territory of that plant")."""
    if s.index == 0 or not lx.STRONG_TRIGGER.search(text):
        return []
    before = reading.sentences[s.index - 1]
    that = site_said_again(before.span.text, text) if before.paragraph == s.paragraph else None
    if that is None:
        return []
    towns = {
        p.place.key: p.place for p in find_places(before.span.text, gaz, reading.hints)
        if p.place is not None and p.place.precision == "town"
    }  # fmt: skip
    if len(towns) != 1:
        return []
    (town,) = towns.values()
    return [PlaceMention(that.start(1), that.end(1), town.name, town, "target")]


def its_town_told_before(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "The wooden church in Viazivka had stood for 160 years. On Monday it burned to the
    ground": a thing struck, said by its pronoun, stands in the one town the sentence before
    (of the same paragraph) placed it in."""
    it, thing = _IT_STRUCK.match(text), _THE_THING_STRUCK.match(text)
    if (it is None and thing is None) or s.index == 0:
        return []
    before = reading.sentences[s.index - 1]
    # ("… the partially collapsed building at 55 Shchorsa Street in Belgorod …" ¶ "The
    # building on Kharkovskaya Gora was hit on Sunday": the thing named again by its noun, in
    # the lines just before)
    named = [
        b for b in reading.sentences[max(0, s.index - 3) : s.index]
        if thing is not None and s.paragraph - b.paragraph <= 2
        and re.search(rf"\b{thing.group('thing') or thing.group('object')}\b", b.span.text, re.I)
    ]  # fmt: skip
    again = bool(named) and it is None
    before = named[-1] if again else before
    if (it is None and not again) or (it is not None and before.paragraph != s.paragraph):
        return []
    towns = [
        p for p in find_places(before.span.text, gaz, reading.hints)
        if p.is_town and (p.role in ("target", "subject") or again)
    ]  # fmt: skip
    return [replace(towns[0], start=0, end=0, role="target")] if len(towns) == 1 else []


_THE_THING_STRUCK = re.compile(
    r"^\W*The\s+(?P<thing>building|house|block|high-rise)\b[^.;]{0,60}?\b(?:was|were|had\s+been)\s+"
    r"(?:hit|struck|shelled|destroyed|damaged)\b"
    # (or its object: "On Thursday, a Shahed hit the building shortly after 1 a.m.")
    r"|^[^.;]{0,60}?\b(?:hit|struck|destroyed|damaged)\s+the\s+(?P<object>building|house|block|high-rise)\b"
)


def persons_town(
    text: str, s: Sentence, places: list[PlaceMention], reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "the clay lady from Mala Tokmachka called crying. The russians fired at the aid point
    in her village", "Andrii (Mykolaiv breeder) called: the russians shelled a bus stop in his
    district": the one town the person was placed in, before in the sentence or in the one
    before it (of the same paragraph), is where "her village" was struck."""
    said = _THEIR_PLACE.search(text)
    if said is None or not (lx.STRIKE_WORDS.search(text) or lx.TRIGGER.search(text)):
        return []
    # (not the town that places the person's, nor a namesake set aside: "our supplier from
    # Zmiivka (the village near Beryslav, not the Zmiivka in Luhansk oblast) wrote: …")
    towns = [
        p for p in places
        if p.is_town and p.end <= said.start() and not locates_the_one_before(text, p, places)
        and not DISCLAIMED.search(text, max(0, p.start - 60), p.start)
    ]  # fmt: skip
    before = reading.sentences[s.index - 1] if s.index > 0 else None
    if not towns and before is not None and before.paragraph == s.paragraph:
        found = [p for p in find_places(before.span.text, gaz, reading.hints) if p.is_town]
        # ("for Lida from Bereznehuvate": the person's town is the one they are from)
        towns = [p for p in found if _FROM_END.search(before.span.text, 0, p.start)] or found
    after = reading.sentences[s.index + 1] if s.index + 1 < len(reading.sentences) else None
    if (
        not towns and after is not None and after.paragraph == s.paragraph
        and _SHE_OR_HE.match(after.span.text)
    ):  # fmt: skip
        # ("… shelled the school next to her block overnight. She is staying in Kramatorsk
        # until Thursday": the town the next line gives her)
        towns = [p for p in find_places(after.span.text, gaz, reading.hints) if p.is_town]
    if len({p.place.key for p in towns if p.place is not None}) != 1:
        return []
    return [replace(towns[0], start=said.start(), end=said.end(), role="target")]


_FROM_END = re.compile(r"\bfrom\s+$")
_SHE_OR_HE = re.compile(
    r"\s*(?:She|He|They)\s+(?:is|was|are|were|lives?|lived|stays?|stayed|goes|went|came|comes|"
    r"has|had|moved|returned)\b"
)


def witness_town(
    text: str, s: Sentence, places: list[PlaceMention], reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """ "We speak to Iryna, a midwife from Mariupol, who reached us … On Wednesday afternoon,
    9 March, a Russian airstrike hit the maternity hospital": a strike told with no place,
    just after the sentence that brings in a witness from one town, is that town's."""
    if places or s.index == 0 or not lx.STRONG_TRIGGER.search(text):
        return []
    before = reading.sentences[s.index - 1]
    last = reading.last
    if before.paragraph != s.paragraph or (
        last is not None and last.sentence.paragraph == s.paragraph
    ):
        return []
    # (or a commenter saying where they are: "Mykolaiv here. This morning the russians also hit
    # the sunflower oil tanks near the port")
    here = _TOWN_HERE.match(before.span.text) is not None
    towns = {
        p.place.key: p for p in find_places(before.span.text, gaz, reading.hints)
        if p.is_town and p.place is not None
        and (here or _A_PERSON_FROM.search(before.span.text, max(0, p.start - 40), p.start))
    }  # fmt: skip
    (town,) = towns.values() if len(towns) == 1 else (None,)
    return [] if town is None else [replace(town, start=0, end=0, role="target")]


_TOWN_HERE = re.compile(r"^\W*[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+here\W*$")
# "Iryna, a midwife from ": a person named, then their trade and their town (not "the images
# from Bucha", nor "the guys from Nikopol")
_A_PERSON_FROM = re.compile(r"\b[A-Z][a-z]+,\s+an?\s+(?:[a-z-]+\s+){0,2}[a-z]{3,}\s+from\s+$")
# "in her village", "in his district", "on their street"
# (or as the subject struck: "neighbour from Odnorobivka says their street was shelled",
# "client from Orikhiv: their town shelled all night"; not
# "to get away from the shelling of their city", a habit that drove them out)
_THEIR_PLACE = re.compile(
    r"\b(?:in|at|near|on|around|outside)\s+(?:her|his|their)\s+(?:own\s+|home\s+)?"
    r"(?:village|town|city|district|street|neighbou?rhood|area)\b"
    # ("writes that the supermarket by her house is burning after russian shelling")
    r"|\b(?:by|near|next\s+to)\s+(?:her|his|their)\s+(?:house|home|block|building)\b"
    # ("Denis comes from Donetsk. In February his parents were at the market when it came
    # under fire": the kin of the one just placed, at home)
    r"|\b(?:his|her|their)\s+(?:parents|family|mother|father|grandparents|grandmother|"
    r"grandfather|relatives)\s+(?:were|was|are|is)\s+(?:at|in|on)\b"
    # (or as the object struck: "Lida from Bereznehuvate. She says the russians shelled their
    # village on Sunday")
    r"|\b(?:shelled|hit|struck|bombed|attacked|pounded)\s+(?:her|his|their)\s+(?:own\s+|home\s+)?"
    r"(?:village|town|city|district|street|neighbou?rhood)\b"
    # ("A.R. (Kryvyi Rih) … Says at home the same morning a russian missile hit the centre")
    r"|\b(?:says|said|writes|wrote|tells|told)\s+(?:that\s+)?(?:at|back)\s+home\b"
    # ("L.M. from Nova Vodolaha …: a Russian rocket killed a woman two streets from her house")
    r"|\b(?:(?:streets?|doors?|houses?|blocks?)\s+(?:away\s+)?from|next\s+to|opposite)\s+"
    r"(?:her|his|their)\s+(?:own\s+)?(?:house|home|flat|building|block)\b"
    r"|\b(?:her|his|their)\s+(?:own\s+|home\s+)?(?:village|town|city|district|street|"
    r"neighbou?rhood|area)\s+(?=(?:(?:was|were|got|had\s+been)\s+)?(?:[\w-]+\s+)?(?:shelled|hit|"
    r"struck|bombed|attacked|damaged|destroyed)\b)",
    re.IGNORECASE,
)


# "On Monday it burned to the ground", "It was destroyed by a missile on 3 March"
_IT_STRUCK = re.compile(
    r"^\W*(?:(?:On|By|Early\s+on)\s+[\w ]{3,25}?,?\s+)?(?:it|they)\s+(?:was\s+|were\s+)?"
    r"(?:burned|burnt|destroyed|hit|struck|shelled|bombed|flattened|gutted)\b",
    re.IGNORECASE,
)
_STRUCK_BEFORE = re.compile(
    r"^\W*(?:It|They|The\s+building|The\s+school|The\s+house|The\s+block)\s+(?:had|has|have)\s+"
    r"(?:already|once|previously)\s+been\s+(?:damaged|hit|struck|shelled|bombed)\b"
)
_ONCE_MORE = re.compile(r"\b(?:again|once\s+more|(?:for\s+)?a\s+second\s+time)\b", re.I)
_A_TOWN = re.compile(r"(?:village|town|city)$", re.IGNORECASE)


_THE_SAME = re.compile(
    r"\bthe\s+same\s+(?:[\w-]+\s+){0,2}?(?:structures?|site|place|area|spot|building|object|"
    r"facility|plant|bridge|dam|depot|station|village|town|city|district|street|block|house|"
    r"port|airfield|refinery|substation|warehouse|school|hospital|market)\b"
    # ("On Thursday, Russian shelling killed another resident": one of the same place's people)
    r"|\banother\s+(?:[\w-]+\s+){0,2}?(?:resident|villager|local|inhabitant)\b",
    re.IGNORECASE,
)


_SAID_AFTER = re.compile(rf"\s+(?:{lx.SPEECH.pattern}|added)", re.IGNORECASE)


_THE_SITE = re.compile(
    r"\bthe\s+(Lavra|monastery|cathedral|university|academy|institute|museum|theat(?:re|er)|"
    r"polytechnic|conservatory|philharmonic|library|lyceum|gymnasium|college)\b(?!['’]s)",
    re.IGNORECASE,
)


# a town's own institution, named after it: "the Mykolaiv Regional State Administration"
_TOWNS_INSTITUTION = re.compile(
    # (a word's start only, and a name's length: a 100,000-letter run is read once)
    r"(?<![\w'’-])([A-Z][\w'’-]{1,40})\s+((?:(?:Regional|City|Oblast|District|State|Military|Civil(?:ian)?|"
    r"Central|Clinical|Municipal|Children['’]s)\s+){1,4}(?:Administration|Council|Hospital|Court))\b"
)


def towns_institutions(text: str, gaz: PlaceResolver, hints: tuple[str, ...]) -> dict[str, Place]:
    """The institutions a text names after their towns ("Mykolaiv Regional State
    Administration" → Mykolaiv), by their words in lower case, for a later "the regional state
    administration" that names no town."""
    found: dict[str, Place] = {}
    for m in _TOWNS_INSTITUTION.finditer(text):
        town = gaz.resolve(m.group(1), hints, "town")
        if town is not None and town.precision == "town" and town.population >= BIG_TOWN:
            found.setdefault(m.group(2).lower(), town)
    # (and a numbered one placed in its town: "School No. 23 in Kramatorsk … On the night of 20
    # to 21 July Russian shelling destroyed School No. 23")
    for m in _NUMBERED_IN_TOWN.finditer(text):
        town = gaz.resolve(m.group("town"), hints, "town")
        if town is not None and town.precision == "town":
            found.setdefault(m.group("site").lower(), town)
    return found


_NUMBERED_IN_TOWN = re.compile(
    r"\b(?P<site>(?:School|Lyceum|Gymnasium|Hospital|Kindergarten|Polyclinic)\s+No\.?\s*\d{1,3})"
    r"\s+in\s+(?P<town>[A-Z][\w'’-]+)"
)


BIG_TOWN = 50_000  # an institution named after a town of this size is that town's


# an item that cites its source and the day it posted: "[1] Source: "Representative office of
# the DPR in the JCCC", Telegram, 24.02.2023"
_SOURCE_LINE = re.compile(r"^\W*(?:\[?\d{1,3}[\].)]\s*)?(?:Source|Via|From)\s*:", re.IGNORECASE)
_SENT_LINE = re.compile(r"^\W*(?:Sent|Posted)\s*:", re.IGNORECASE)


def sent_on(text: str, reading: Reading) -> date | None:
    """The day an e-mail's "Sent: 19.04.2022 09:12" line gives: the day its "yesterday" counts
    from (not the day of what it tells)."""
    if not _SENT_LINE.match(text):
        return None
    days = [d for d in find_dates(text, reading.ref) if d.window.basis == "explicit"]
    return days[0].window.start if len(days) == 1 and days[0].window.days == 1 else None


# a briefing's own head at the top of its text: "RUSSIAN MoD BRIEFING, 5 JUNE 2022 (Sunday)"
_BRIEFING_HEAD = re.compile(
    r"^\W*(?:[A-Z][\w'’.-]*\s+){0,4}(?i:briefing|statement|bulletin|summary|communiqu[eé])\b\s*[,:-]"
)
TOP_LINES = 3


# a page's own stamp: its clock to the second, or its editor
_PAGE_STAMP = re.compile(r"\b\d{1,2}:\d\d:\d\d\b|\b(?:Editor|Updated|Published)\s*:", re.IGNORECASE)


def posted_on(text: str, reading: Reading, index: int = TOP_LINES) -> DateWindow | None:
    """The day a source line dates its item with, or a briefing's head its own words (among
    the top lines: ``index`` is the line's), when it names one day and no event."""
    head = index < TOP_LINES and _BRIEFING_HEAD.match(text) is not None
    if not (head or _SOURCE_LINE.match(text)) or lx.TRIGGER.search(text):
        return None
    days = [d for d in find_dates(text, reading.ref) if d.window.basis == "explicit"]
    if len(days) != 1 or days[0].window.days != 1:
        return None
    if head and not _SOURCE_LINE.match(text) and days[0].window.start == reading.ref:
        return None  # ("Morning summary, 21 February 2023" on that day's page: the page's own)
    if index < TOP_LINES + 5 and days[0].window.start == reading.ref and _PAGE_STAMP.search(text):
        return None  # ("Source: Xinhua | 2022-03-15 00:41:22 | Editor: huaxia": the page's stamp)
    return replace(days[0].window, basis="labelled")


def regions_of_the_entry(targets: list[PlaceMention], reading: Reading, gaz: PlaceResolver) -> bool:
    """Are the sentence's targets only regions that hold the town its entry is headed by?"""
    town = reading.entry[1].place if reading.entry is not None else None
    if town is None or town.precision != "town":
        return False
    return all(
        t.place is not None and t.place.precision == "region" and gaz.within(town, t.place)
        for t in targets
    )


ONE_OF_MANY = re.compile(
    r",\s+(?:just\s+|only\s+)?one\s+of\s+(?:the\s+)?(?:dozens|hundreds|thousands|many|several|scores|"
    r"numerous|\d+)\s+of\b[^.;]*(?=[.;!]?\s*$)"  # (the sentence's last words: its offsets hold)
)


def town_of_a_day_heading(
    text: str, gaz: PlaceResolver, hints: tuple[str, ...]
) -> PlaceMention | None:
    """The town a day's heading names first, if it names one (a notebook's "-- 2022-06-14
    (tue) KLINTSY, Bryansk obl. (RU) --"), for the entry's lines that name none."""
    found = [p for p in find_places(text, gaz, hints) if p.place is not None]
    if not found or found[0].place is None or found[0].place.precision != "town":
        return None
    return replace(found[0], role="target")
