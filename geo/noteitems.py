"""A note's items: the day a line is labelled with and the place it is headed by (issue 12).

"When: Wednesday 6 March, around midday" over "What: a ballistic missile hit the port", "4) Tues
2nd: Kinzhal salvo on Kyiv and Kharkiv" over its bullets, "2) Sat 30 Dec: Belgorod." over what
happened there: an analyst's record dates and places the lines below it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo import lexicon as lx
from geo.articles import Sentence
from geo.datepatterns import WEEKDAY_ABBR
from geo.dates import find_dates
from geo.eventday import dates_told
from geo.model import DateWindow
from geo.notelines import NOTA_BENE, caps_item_name
from geo.placephrase import find_places
from geo.placetypes import PlaceMention, PlaceResolver
from geo.recordunits import RECORD_ID, rows_of_the_same_record
from geo.story import PART_OF_TOWN_TAIL, WIKI_HEADING, Reading, focus
from geo.tablerows import cells_of

# a record's field that dates it: "When: Wednesday 6 March, around midday", "Date/time: 14.03"
_DAY_LABEL = re.compile(
    r"^\W*(?:when|date(?:\s*/\s*time)?|time|day|date\s+of\s+(?:the\s+)?(?:incident|event|strike|attack|loss|damage))"
    r"\s*(?::|\s[-–—]\s)",
    re.IGNORECASE,
)


# what may stand before a line's leading day: a list's number or mark ("1) Fri 29 Dec: …")
_DAY_LEAD = re.compile(rf"^\s*(?:\d{{1,2}}[.)]\s+|{lx.BULLET}\s+)?")
# and after it, before the colon: its clock ("Sat 30 Dec, ~16:00: …")
_DAYPART = r"(?:,?\s*(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|overnight|eve))?"
# (a log's weekday in brackets after its day: "31.07 (Sun) - MYROPILLIA, dairy farm …")
_WEEKDAY_AFTER = rf"(?:\s*\((?i:{WEEKDAY_ABBR})[a-z]{{0,6}}\.?\))?"
_DAY_LEAD_END = re.compile(
    rf"{_WEEKDAY_AFTER}(?:,?\s*(?:at\s+|~)?\d{{1,2}}[:.]?\d\d(?:\s*(?:h|hrs|local))?)?{_DAYPART}\s*:"
    # or its dash, with no clock: "night 18→19/7 – Odesa + Chornomorsk.", "24/7 – Reni: …"
    # (a post's "2 March, 09:14 — MORNING SUMMARY" is a feed's stamp, read as such)
    rf"|{_WEEKDAY_AFTER}{_DAYPART}\s+[–—-]\s"
)


_WEEKDAY_GAP = re.compile(r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?")


# a numbered post's header: its author or channel, then its day and time, and no sentence
_POST_HEADER = re.compile(
    rf"\s*(?:\d{{1,2}}[.)]|{lx.BULLET})\s+(?:[^.!?;\n]|(?<=\d)\.(?=\d)){{4,120}}"
)
_HEADER_NAME = re.compile(r"(?:[\w'’()/-]+,?\s+){0,6}[\w'’()/-]+,\s*")
_STAMP_END = re.compile(r"(?:,?\s*(?:at\s+|~)?\d{1,2}[:.]\d\d)?(?:\s*\([^)]*\))?\s*$")
# the rest of a post's bracketed stamp: "[04.02, 12:10] Gorlovka city head Prikhodko:"
_BRACKET_STAMP = re.compile(r"(?:,?\s*\d{1,2}[:.]\d\d(?:\s*[A-Z]{2,4})?)?\]")
_STAMP_LINE = re.compile(r"\s*\[(?=[^\]\[\n]*\b\d{1,2}:\d\d\b)[^\]\[\n]{4,60}\]\s*")
_FIGURES = re.compile(r"\s*(?:~|about\s+|at\s+least\s+)?\d")


def _stamp_lines(reading: Reading) -> int:
    """How many of the article's lines are one bracketed stamp, counted once per article."""
    if reading.stamp_lines is None:
        reading.stamp_lines = sum(
            _STAMP_LINE.fullmatch(x.span.text) is not None for x in reading.sentences
        )
    return reading.stamp_lines


def labelled_day(text: str, s: Sentence, reading: Reading) -> tuple[DateWindow, int] | None:
    """The day a line written as a record's date field gives ("When: Sat 2 March, 00:40"),
    or the day a line leads with, before its colon ("4) Tues 2nd: Kinzhal salvo on …"); and
    where the rest of the line starts."""
    label = _DAY_LABEL.match(text)
    lead = m.end() if (m := _DAY_LEAD.match(text)) else 0  # (all of it optional: always there)
    header = _POST_HEADER.fullmatch(text.strip()) is not None and not lx.TRIGGER.search(text)
    if label is None and not header and not any(c.isdigit() for c in text[:24]):
        return None
    # (read against the page's day, not the last label's: "4) Tues 2nd" after "2) Sat 30 Dec")
    section, reading.section = reading.section, None
    own, _ = dates_told(text, reading, s.span.start)
    reading.section = section
    if not own or own[0].window.days > 2:
        return None
    first = own[0]
    at, after = first.start - s.span.start, first.end - s.span.start
    stamp = (
        header and any(c.isdigit() for c in first.text)
        and _HEADER_NAME.fullmatch(text, lead, at) is not None
        and _STAMP_END.match(text, after) is not None
    )  # fmt: skip
    bracketed = text[lead:at].strip() == "[" and _BRACKET_STAMP.match(text, after) is not None
    # (a line that is one bracketed stamp, one of a log's: "[voice note 2 Sat 19.08 12:14
    # transcribed]"; not a page's one "[English translation, 3 October 2024, 07:40]")
    bracketed = bracketed or (
        _STAMP_LINE.fullmatch(text) is not None and not lx.TRIGGER.search(text)
        and _stamp_lines(reading) > 2
    )  # fmt: skip
    if label is not None or stamp or bracketed:
        # ("1) Lysak, Dnipropetrovsk OVA, 12.02, 08:14" over the post it stamps)
        return first.window, len(text)
    end = _DAY_LEAD_END.match(text, after)
    if not _WEEKDAY_GAP.fullmatch(text[lead:at]) or end is None or _FIGURES.match(text, end.end()):
        return None  # (not "Sun 6th: 20 KIA, 61 WIA", a toll's update under its own day)
    return first.window, end.end()


def place_alone(text: str, gaz: PlaceResolver, hints: tuple[str, ...]) -> PlaceMention | None:
    """The place a label's rest is made of alone ("Belgorod.", "Kharkiv city", "Saky airbase
    (Novofedorivka, Yevpatoria raion, Crimea)."), or None."""
    part = PART_OF_TOWN_TAIL.search(text)
    if part and not lx.TRIGGER.search(part.group(0)):
        text = text[: part.start()] + "."  # "MYROPILLIA, dairy farm on the edge of the village."
    head, comma, tail = text.partition(",")
    if comma and _A_VENUE.match(tail) and not lx.TRIGGER.search(text):
        text = head + "."  # "Zaporizhzhia, shelter stage under the culture palace (cap. 100)"
    words = lx.IN_BRACKETS.sub("", text).strip(" .;").split()
    if not words or len(words) > 4 or lx.TRIGGER.search(text):
        return None
    if _A_CLAUSE.search(lx.IN_BRACKETS.sub("", text)):
        return None  # ("Fri 16.09 — Sviatohirsk is free.": a clause about the town, no label)
    found = _first_settlement(text, gaz, hints)
    at = text.find(found.text) if found is not None else -1
    if at >= 0 and writes_from(text[:at]):
        return None  # "Sun 20.03 - From Lviv.": where the writer now writes from
    return found


_A_CLAUSE = re.compile(r"\b(?:is|was|are|were|has|have|had)\b")


def writes_from(before: str) -> bool:
    """Does a line open with where its writer now writes from, up to the name ("Sun 20.03 -
    From Lviv.")? That town is no place the line's news is of."""
    return _WRITER_FROM.fullmatch(before) is not None


_WRITER_FROM = re.compile(
    r"(?:[^;:\n]{0,24}?\s[-–—:]\s+)?\W*(?:writing\s+|written\s+)?from\s+", re.IGNORECASE
)


# a venue in the town a label names first, in lower case: ", shelter stage under the …"
_A_VENUE = re.compile(r"\s+[a-z][a-z'’-]+(?:\s+[a-z][\w'’-]*){0,8}\s*(?:\(|$)")


def list_heading_place(
    text: str, gaz: PlaceResolver, hints: tuple[str, ...]
) -> PlaceMention | None:
    """The one place a list's heading names ("Mykolaiv city, other"; "Stepnohirsk (Vasylivka
    raion)", its brackets only qualifying it), as the bullets' target."""
    nb = NOTA_BENE.search(text)
    if nb is not None and (head := list_heading_place(text[: nb.start()], gaz, hints)) is not None:
        # "MYRNE (7.07) - NB: Myrne in Mykolaiv r-n, NOT the Myrne in Skadovsk r-n!": the
        # heading's place as its note places it
        said = [
            p for p in find_places(text[nb.start() :], gaz, hints)
            if p.place is not None and p.text.lower().startswith(head.text.lower())
            and not _NOT_THE.search(text[nb.start() :], 0, p.start)
        ]  # fmt: skip
        return replace(head, place=said[0].place) if said else head
    brackets = [(b.start(), b.end()) for b in lx.IN_BRACKETS.finditer(text)]
    found = [
        p for p in find_places(text, gaz, hints)
        if p.place is not None and not any(a <= p.start < b for a, b in brackets)
    ]  # fmt: skip
    if len(found) != 1 or found[0].place is None or found[0].place.precision == "country":
        return None
    return PlaceMention(0, 0, found[0].text, found[0].place, "target")


_NOT_THE = re.compile(r"\b(?:NOT|not)\s+(?:the\s+)?(?:one\s+)?(?:in\s+)?$")


def caps_item_place(
    text: str, item: str, gaz: PlaceResolver, hints: tuple[str, ...]
) -> PlaceMention | None:
    """A sitrep item's place, placed by the regions its line writes ("1. OLENIVKA (RU:
    Yelenovka), Donetsk obl., Kalmiuskyi r-n": the Donetsk oblast village, not Crimea's)."""
    found = [p for p in find_places(text, gaz, hints) if p.place is not None]
    own = [p for p in found if p.text.lower().startswith(item.lower())]
    if own and own[0].place is not None and own[0].place.precision == "town":
        return PlaceMention(0, 0, own[0].text, own[0].place, "target")
    regions = tuple(p.text for p in found if p.place is not None and p.place.precision == "region")
    return list_heading_place(item, gaz, regions + hints)


# a record's field, one to a line: " date: 07/09", " ops impact: distribution suspended"
# (or a GEDCOM record's tagged line: "1 NOTE On 26 March 2022, …")
RECORD_FIELD = re.compile(r"^\s*[A-Za-z][A-Za-z /&]{1,24}:\s|^\s*\d\s+_?[A-Z]{3,6}\s")
# a record's admin field: "Admin: Kherson oblast / …", "X-ADMIN1:Kyiv oblast", "Region: …"
ADMIN_FIELD = re.compile(r"^\s*(?:X-)?(?i:admin\s*\d?|adm\d|region|oblast)\s*[:=]\s*\S")
_WHERE_FIELD = re.compile(
    r"^\s*(?:location|place|settlement|locality|where|site|town|city|village)\s*:\s*"
    # (a GEDCOM record's place line: "1 PLAC Yasnohorodka, Byshivska hromada, …")
    r"|^\s*\d\s+PLAC\s+",
    re.IGNORECASE,
)


def row_region(text: str, gaz: PlaceResolver) -> tuple[str, ...]:
    """The oblast a record's row of names gives the note written under it ("|N-0731 |31.07.2022
    |Sumska |Sumskyi |Myropilska |Myropillia" over "|On 31 July 2022, … hit a cattle farm in
    Myropillia"): its first cell that names an oblast; () for a row that tells an event."""
    if (bare := _BARE_OBLAST.fullmatch(text)) is not None:
        # (or a record's value alone on its line, a key-value store's reply: '2) "Donetska"')
        found = gaz.resolve(bare.group(1), (), "region")
        return (bare.group(1),) if found is not None and found.precision == "region" else ()
    cells = cells_of(text)
    if not cells or lx.STRIKE_WORDS.search(text):
        return ()
    for cell in cells:
        name = cell.text.strip()
        if _ONE_NAME.fullmatch(name) and (found := gaz.resolve(name, (), "region")) is not None:
            return (name,) if found.precision == "region" else ()
    return ()


# (an oblast's adjective, "Sumska", or its name with the word: "Sumy oblast"; not a bare
# "Donetsk", which may be a town of another country's list)
_OBLAST_ADJECTIVE = r"[A-Z][a-z'’-]{2,}(?:sk|zk|tsk|ck)a(?:ya)?"
_ONE_NAME = re.compile(rf"{_OBLAST_ADJECTIVE}|[A-Z][a-z'’-]{{2,}}\s+(?i:oblast|region)")
# an oblast's adjective, alone on a line but for a list's number and quotes
_BARE_OBLAST = re.compile(rf"\s*(?:\d{{1,2}}\)\s*)?[\"']?({_OBLAST_ADJECTIVE})[\"']?\s*")


def field_place(text: str, gaz: PlaceResolver, hints: tuple[str, ...]) -> PlaceMention | None:
    """The place a record's location field gives (" location: Orikhiv town"): its first
    settlement, placed by the raion and oblast written after it; else its region."""
    field = _WHERE_FIELD.match(text)
    return None if field is None else _first_settlement(text[field.end() :], gaz, hints)


def _first_settlement(
    text: str, gaz: PlaceResolver, hints: tuple[str, ...], near: tuple[float, float] | None = None
) -> PlaceMention | None:
    """A label's first settlement, placed by the raion and oblast written after it (else by
    the towns told so far, ``near``); else its first region; None when it names neither."""
    found = [p for p in find_places(text, gaz, hints, near) if p.place is not None]
    towns = [p for p in found if p.place is not None and p.place.precision == "town"]
    regions = [p for p in found if p.place is not None and p.place.precision == "region"]
    best = (towns or regions)[:1]
    if not best or best[0].place is None:
        return None
    return PlaceMention(0, 0, best[0].text, best[0].place, "target")


# "3.1 Dnipro, 14.01.2023 (Sat afternoon).", "#4 Uman, 28.04.2023, ~04:30.": a numbered
# section's head, its place and its day, before what happened
# (a thread's "1/ Toropets, Tver obl. night 17→18 sep.")
_SECTION_NUMBER = re.compile(r"^\s*(?:#\s?\d{1,3}|\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)/])\s+")


_HEAD_END = re.compile(r"[^.;:]{0,30}?\.\s+(?=[a-z])")


def dated_place_head(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver, hints: tuple[str, ...]
) -> tuple[PlaceMention, DateWindow] | None:
    """A numbered section's head made of a place and a day alone, with brackets and a clock
    ("3.1 Dnipro, 14.01.2023 (Sat afternoon)."): the place and day of the lines after it."""
    if (wiki := WIKI_HEADING.fullmatch(text)) is not None:
        text = f"1. {wiki.group(2)}"  # "== Vilniansk 28 June ==": a section headed by both
    number = _SECTION_NUMBER.match(text)
    if number is None:
        return None
    own, _ = dates_told(text, reading, s.span.start)
    if own and (cut := _HEAD_END.match(text, own[0].end - s.span.start)) is not None:
        # a lower-case note runs on past its head: "1/ Toropets, Tver obl. night 17→18 sep.
        # fireball + secondaries visible in at least 5 clips"
        text, own = text[: cut.start()], own[:1]
    rest = lx.IN_BRACKETS.sub("", text[number.end() :]).strip(" .")
    if len(rest.split()) > 8 or lx.TRIGGER.search(text):
        return None
    if len(own) != 1 or own[0].window.days > 2:
        return None
    # ("1. Vovchansk, 29 September. … 3. Pervomaiskyi, 26 September.": the namesake by the
    # items' towns, Kharkiv oblast's, not a hamlet 300 km off)
    place = _first_settlement(text[number.end() :], gaz, hints, focus(reading))
    return (place, own[0].window) if place is not None else None


def record_head(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver, hints: tuple[str, ...]
) -> PlaceMention | None:
    """Read a record's head: the day it labels opens the record ("When: Wednesday 6 March",
    "4) Tues 2nd: Kinzhal salvo on …", "3.1 Dnipro, 14.01.2023 (Sat afternoon)."), and the
    place it is headed by, if any, is returned for the lines after it."""
    labelled = labelled_day(text, s, reading)
    if labelled is not None:
        # ("2) Sat 30 Dec: Belgorod. Gladkov … say Ukraine hit the city centre"; a sitrep's
        # "- Fri 4th, ~18:45: DNIPRO." is read as its numbered items are)
        place = None if caps_item_name(text) else place_alone(text[labelled[1] :], gaz, hints)
        open_record(reading, s, labelled[0])
        return place
    dated = dated_place_head(text, s, reading, gaz, hints)
    if dated is not None:
        open_record(reading, s, dated[1])
        return dated[0]
    if (cell := _ID_THEN_DAY.match(text)) is not None and (
        # (or a record's row of fields that tells no event, its note on the line under it:
        # "KEPT E3-301 | 08.10.2022 | Ilovaisk, Donetsk raion | side: Ukraine | alleged")
        (not lx.TRIGGER.search(text) and len(cells_of(text)) >= _FIELDS_ROW)
        or not any(p.place is not None for p in find_places(text, gaz, hints))
    ):
        # "WO 22/071 | 21.07.2022 | vul. Druzhby" over "- the russian rocket hit school No. 23
        # early this morning": a work order's day, its lines' "this morning"
        own = [d for d in find_dates(cell.group("day"), reading.ref) if d.window.days <= 2]
        if len(own) == 1:
            open_record(reading, s, own[0].window)
            if lx.TRIGGER.search(text):
                # (a head that tells its event: "WO 23/011 | 02.02.2023 | … the 4-storey hit by
                # the russian missile yesterday evening" is dated by its day; the lines below it
                # go on with that event, not with a strike of the order's day)
                reading.section = None
    return None


_FIELDS_ROW = 5  # an id, a day, a place and fields of its own (a side, a figure): not a log's head
# a register's record: its id, then its date cell ("WO 22/071 | 21.07.2022 | …"), the id
# after the record's status and before a bracketed word ("KEPT E3-301 | …", "D4-109 (carried) |")
_ID_THEN_DAY = re.compile(
    r"^\W*(?:[A-Z]{3,8}\s+)?[A-Za-z]{1,4}\d{0,3}[-\s]?[#№]?\d{1,5}(?:[/-]\d{1,5})?"
    r"(?:\s*\([a-z\s]{1,20}\))?\s*\|\s*(?P<day>[\d./-]{5,10})\s*\|"
)


def open_record(reading: Reading, s: Sentence, day: DateWindow) -> None:
    """The record's day is its lines' ("overnight" is that day's night), unless counted from
    the page's ("Yday, 06:17: …" is still yesterday); what follows no longer tells the last
    record's event."""
    told = replace(day, basis="labelled")
    reading.day, reading.day_at = told, (s.paragraph, s.index)
    if day.basis != "relative":
        reading.section = (told, s.index)
    if reading.last is not None and not reading.last.date.overlaps(told):
        reading.last = None


# a record's day as a value: numeric, or a month's name and a year ("March 2022")
_DAY_VALUE = (
    r"(?P<day>\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
    r"(?:\d{1,2}\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d|"
    # (an iCalendar's or a compact export's "20220312", "20220312T070000Z")
    r"(?:19|20)\d\d[01]\d[0-3]\d(?=T\d|\s*$))"
    r"(?=[\"'»]|\s*[,;)}\]|]|\s*$|T\d)"
)
_COMPACT_DAY = re.compile(r"((?:19|20)\d\d)([01]\d)([0-3]\d)")
# its day field, in whatever syntax its file has: "event_date: 31.07.2022", '"date":
# "11.09.2022"', "Date: \"27.09.2022\",", "'date' => '09.10.2022'", ":day \"March 2022\""
_DAY_KEY = (
    r"(?i:(?!(?:report|publi\w*|pub|export|created|updated|modified|sent|posted|upload|run|"
    r"generated|coded|review|entry|added)[_ -]?d)(?:[a-z]+[_ -]?)?(?:date|day)|when)"
)
_DAY_FIELD = re.compile(
    # (an iCalendar event's start: "DTSTART;VALUE=DATE:20220312", not its stamp "DTSTAMP:…")
    r"(?:(?:^|(?<=\s))(?i:dtstart)(?:;[\w=/-]+)*:|"
    # (a Lisp keyword's value after a space: '(:ref "Q-17" :day "12.03.2023"')
    rf"(?:^|(?<=[\s(])):{_DAY_KEY}\s+|(?:^|(?<=[\s{{(\[,;:]))[\"']?{_DAY_KEY}[\"']?\s*"
    r"(?::=|=>|->|[:=]))\s*[\"'«]?" + _DAY_VALUE
)
# or its day written second, after its id: 'Note("D5-0715-01", "15.07.2022", "Prosiana",',
# a Stata row's '"E2-1003-01" "03.10.2022" "Trykhaty"'
_ID_THEN_DAY_VALUE = re.compile(rf"(?<![\w-]){RECORD_ID}[\"']?\s*[,;\s]\s*[\"']" + _DAY_VALUE)


_A_DAY = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b|"
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)


def day_field(text: str, reading: Reading) -> DateWindow | None:
    """The day a record's day field gives, the day of its note wherever the note stands in
    the record ("event_date: 31.07.2022" over "note: > … Russian artillery fired …"), or of
    a note keyed by the record's id elsewhere in the file ("* E2-1003-01: Russian missiles …");
    None for a line with no such field, or with two (a table's row, read cell by cell)."""
    found = list(_DAY_FIELD.finditer(text)) or list(_ID_THEN_DAY_VALUE.finditer(text))
    if not found and reading.record_rows:
        joined = rows_of_the_same_record(text, reading.record_rows)
        found = list(_DAY_FIELD.finditer(joined)) or list(_ID_THEN_DAY_VALUE.finditer(joined))
    if len(found) != 1 or reading.ref is None:
        return None
    if lx.TRIGGER.search(text) and len(_A_DAY.findall(text)) > 1:
        return None  # (a one-line record whose note dates itself: its sentence's own day)
    day = _COMPACT_DAY.sub(r"\1-\2-\3", found[0].group("day"))
    days = [d.window for d in find_dates(day, reading.ref)]
    if len(days) != 1 or days[0].precision not in ("day", "month") or not days[0].known:
        return None
    return days[0] if days[0].end is not None and days[0].end <= reading.ref else None
