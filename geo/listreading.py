"""Tables, bulleted lists and roundup items: each row or item is a strike at its place.

Also the days a list's head or a placeless sentence names for the entries that follow.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from geo import lexicon as lx
from geo.articles import Sentence
from geo.attribution import attribution_for, find_weapon, tells_a_toll
from geo.datepatterns import DAYS_LATER, WEEKDAY_ABBR
from geo.dates import DateMention, find_dates
from geo.eventday import dates_told, event_dates
from geo.mention import NIGHT_OF, Mention, _mention, _page_voice, _remember_days
from geo.model import Article, DateWindow
from geo.noteentries import persons_town
from geo.notehome import (
    home_targets,
    names_a_home_district,
    near_point,
    said_as_a_source,
    struck_at_home,
)
from geo.placephrase import _coordinated, find_places, locates_the_one_before
from geo.placetypes import PlaceMention, PlaceResolver
from geo.recordunits import namesakes_in_the_records_raion
from geo.story import Reading, city_districts, one_sense
from geo.tablerows import (
    Cell,
    casualties_in,
    cell_text,
    figure_in,
    labelled_cells,
    set_aside,
    where_text,
)
from geo.titleplaces import documents_town, logs_town


def _an_aside(text: str, p: PlaceMention) -> bool:
    # ("glass ordered from Dnipro (our Kharkiv supplier is closed)": where goods come from)
    # (not "Sister-in-law from Novaya Tavolzhanka called: the Ukrainians shelled the village":
    # the town its cell then tells struck by its kind)
    return (
        p.role == "context"
        and (_PROSE.search(text[: p.start]) is not None or said_as_a_source(text, p))
        and _STRUCK_AS_ITS_KIND.search(text, p.end) is None
    )


_STRUCK_AS_ITS_KIND = re.compile(
    r"[^.]{0,80}?\b(?:shelled|hit|struck|bombed|attacked|shelling\s+of|strike\s+on)\s+"
    r"(?:the|her|his|their)\s+(?:village|town|city)\b(?!\s+of\b)"
)


_DAY_BEFORE_ITS_ROW = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|last\s+night)\b", re.IGNORECASE
)
_EVERY_DAY = re.compile(
    r"\b(?:every\s+(?:other\s+|single\s+)?(?:day|night|morning|evening)|day\s+and\s+night|"
    r"constantly|non-?stop|(?:a)?round\s+the\s+clock|(?:is|are)\s+\w+ed\s+all\s+(?:day|night))\b",
    re.IGNORECASE,
)
_A_TIME_OF_DAY = re.compile(
    r"\b(?:today|tonight|yesterday|yday|overnight|this\s+(?:morning|afternoon|evening)|"
    r"last\s+night|in\s+the\s+(?:morning|afternoon|evening|night)|at\s+night)\b",
    re.IGNORECASE,
)
_PROSE = re.compile(r"[a-z]+\W+[a-z]+\W+[a-z]+\s+$")
_ROUTE_ON = re.compile(r"\s*(?:->|→|=>|>)\s*[A-Z]")


def _read_table_row(
    article: Article, s: Sentence, cells: list[Cell], gaz: PlaceResolver,
    hints: tuple[str, ...], reading: Reading, mentions: list[Mention],
) -> None:  # fmt: skip
    """A pasted tracker's row: its place cell is struck on its date cell's day, with the
    figures of the header's columns (rows of ground fighting are no strikes)."""
    text = s.span.text
    if set_aside(cells) or lx.REJECTED_REPORT.search(text):
        return  # (a moderator's "-> REJECTED: rumour": the report is no event)
    # The coder's own kind of event decides: "…,Looting/property destruction,…" is no strike;
    # "…,Shelling/artillery/missile attack,…" is one, whatever an aside of its note says
    # ("claimed the destruction of 5 armoured vehicles").
    kinds = [c.text.strip() for c in cells]
    strike_kind = any(_STRIKE_KIND.fullmatch(k) for k in kinds)
    if not strike_kind and any(_NOT_A_STRIKE_KIND.fullmatch(k) for k in kinds):
        # (its note may still tell a separate strike)
        _separate_events(article, s, gaz, hints, reading, mentions)
        return
    # (a demining log's "4x TM-62M AT mines | … russian shelling of Novotiahynka, 2 killed":
    # a cell of its own tells a strike beside the mines)
    # (as in prose: "fired on Vovchansk, liberated a week earlier" is no ground war's row)
    not_strike = lx.NOT_A_STRIKE.search(lx.ANOTHER_EVENTS_TIME.sub("", text)) and not strike_kind
    if not_strike and any(
        # (not a caller's word in quotes: 'Nikopol, "explosion" on vul. Herasymenka' beside
        # the crew's "gas cylinder in a garage")
        lx.STRONG_TRIGGER.search(_QUOTED_WORDS.sub(" ", c.text))
        and not lx.NOT_A_STRIKE.search(c.text)
        and _names_a_target(c, gaz, hints, reading)
        for c in cells
    ):  # fmt: skip
        not_strike = None
    labelled = labelled_cells(cells)
    cells, cols = labelled if labelled is not None else (cells, reading.table_figures)
    # (a sheet of civilian deaths, "date,settlement,…,killed,injured,by": a row counting its
    # dead is a strike's, whatever its note says)
    counted = any((figure_in(cells, cols[k]) or 0) > 0 for k in ("killed", "injured") if k in cols)
    # (an intake register's "left before the bridge closed. no strike told": none)
    # (nor a shift's "heard tanks all night … Nobody on the route hurt": no one hurt is no strike)
    tells = (
        # (nor a cause denied, its weapon's word the row's only one: "Luna shakes at loud
        # noises. NOT from the shelling: she was like this before")
        lx.TRIGGER.search(
            lx.CAUSE_DENIED.sub(" ", lx.NO_ONE_HURT.sub(" ", lx.NEGATED_STRIKE.sub(" ", text)))
        )
        if lx.TRIGGER.search(text) else None
    )  # fmt: skip
    if (
        tells is not None
        and lx.CAUSE_DENIED.search(text)
        and _DAMAGE_WORD.fullmatch(tells.group(0))
    ):
        tells = None  # ("Copies damaged — NOT by the shelling, damp in the basement")
    # (a row's "house in Bucha was destroyed during the occupation": a period's, not the row's day)
    of_a_period = lx.DURING_A_PERIOD.search(text) and not lx.STRONG_TRIGGER.search(text)
    # (nor "on the Nikopol side they hear shelling across the water every day": a habit, unless
    # the row tells a time of its own day)
    # (not a source's "OVA daily lists", nor a month's "struck … several times": rows of their own)
    of_a_period = of_a_period or (
        not counted and _EVERY_DAY.search(lx.WHO_CLAUSE.sub(" ", text))
        and not _A_TIME_OF_DAY.search(text)
    )  # fmt: skip
    # (a weapon a denial names is no strike: "NOT an explosion, it was a meteor … they thought
    # it was a drone")
    armed = find_weapon(lx.CAUSE_DENIED.sub(" ", text)) and not lx.NEGATED_STRIKE.search(text)
    # (nor a piece of a weapon found: "shell fragment, fresh edges | NOT dug, flagged")
    found_piece = _A_PIECE_FOUND.search(text) and not lx.TRIGGER.search(
        _A_PIECE_FOUND.sub(" ", text)
    )
    armed = armed and not found_piece
    tells = None if found_piece else tells
    if not_strike or of_a_period or not (tells or armed or counted):
        # (the row's own event is ground fighting, but its note may tell a separate strike)
        _separate_events(article, s, gaz, hints, reading, mentions)
        if not (tells or not_strike) and (head := _place_cell(cells, gaz, hints)) is not None:
            # "S-2023-0802 | 02.08.2023 09:10 | Izmail (Odesa obl.)" over "Branch No. 2 closed
            # after the night attack by russian drones on the port area": the lines it heads
            after = reading.sentences[s.index + 1] if s.index + 1 < len(reading.sentences) else s
            # (not lines a blank line sets apart: "MS-023 | D. Reznik (Kraków) | …" ¶¶ "Thu 28.04
            # — the russians hit another university building")
            if not re.search(r"\n[ \t]*\n", article.text[s.span.end : after.span.start]):
                reading.entry = (after.paragraph, head)
            # (or the stamp an outage's range opens with: "21.03.2024 04:55 – 22.03 11:00")
            stamp = next(
                (sm.group(0) for c in cells if (sm := _STAMP_CELL.match(c.text.strip()))
                 and _RANGE_REST.fullmatch(c.text.strip()[sm.end() :])),
                None,
            )  # fmt: skip
            days = find_dates(stamp, reading.ref) if stamp is not None and reading.ref else []
            if days and days[0].window.days == 1:
                # (its stamp is the day its "today" is: "… DESTROYED in today's russian strike")
                reading.section = (days[0].window, s.index)
        elif (day := _day_of_its_sub_lines(cells, s, reading)) is not None:
            # "JT-1041 | 10.10 Mon | school diaries | STOPPED" over " -> ~08:20 the russians
            # hit the city with missiles": the row's day is that of the lines under it
            # (a new row: the event the row above told does not go on under it)
            reading.day, reading.day_at, reading.last = day, (s.paragraph, s.index), None
        return
    where = where_text(cells, cols)
    # (the header's place column first; every cell when it names no place: a header opened
    # by "|" over rows opened by "- " is a column off)
    filled = [c for c in cells if c.text.strip()]
    if strike_kind:
        # ("Explosions/Remote violence | Shelling/artillery/missile attack | Donetsk": a
        # coder's admin-1 column names the oblast, not its seat city)
        filled = [c for c in filled if not _an_oblast(c.text.strip(), gaz)]
    # ("15.10 | Oksana + Taras | Svirzh castle | MOVED | mon 10.10 the russians hit Lviv's
    # substations": the cell that tells the strike names where it struck, and when)
    struck = [
        c for c in filled if lx.TRIGGER.search(c.text) and _names_a_target(c, gaz, hints, reading)
    ]
    if where is None and not struck and (home := home_targets(reading, gaz)):
        # ("Q-452 | 12:50 | Niva | valve | shelling in Shevchenkivskyi district": a strike
        # cell naming a district of the log's town is of that town, not of another cell's name)
        told_home = [
            c for c in filled
            if lx.TRIGGER.search(c.text) and names_a_home_district(c.text, home[0].place)
        ]  # fmt: skip
        filled = told_home or filled
    if struck and where is None:
        # ("'Dnipropetrovsk','Pavlohradskyi',…,'Pavlohrad',…,'… hit … Pavlohrad'": with a note
        # that names its target, an oblast's cell is the oblast, not its seat city)
        filled = [c for c in filled if c in struck or not _an_oblast(c.text.strip(), gaz)]
    ordered = [where, *filled] if where is not None else [*struck, *filled]
    if where is not None and "place" not in cols and struck:
        # ('"hromada":"Kostiantynivska","raion":"Kramatorskyi", … "note":"… Russian forces fired
        # on a neighbourhood of Kostiantynivka"': the units' columns only say where the note's
        # own town is)
        ordered = [*struck, where, *filled]
    # (a name as the text qualified it before: "village Inhulets (Darivka hromada)" over
    # "… 2 civilians killed in Inhulets")
    # (a row's own location path names its oblast first: "Donetsk / Kramatorskyi /
    # Kostiantynivska" beside "Kostiantynivka", whatever regions the rest of the text names)
    row_oblasts = tuple(
        dict.fromkeys(
            oblast for c in cells if "/" in c.text
            and _an_oblast(oblast := c.text.split("/")[0].strip(), gaz)
        )
    )  # fmt: skip
    named = [
        (cell, [
            # (and its raion's column: "| Olenivka || Olenivska || Yevpatoriiskyi || Crimea |")
            p for p in namesakes_in_the_records_raion(
                _cell_places(cell.text, gaz, (*row_oblasts, *hints), reading), text, gaz
            )
            if p.place is not None and p.place.precision != "country"
            # ("2 wounded, taken to hospital in Kryvyi Rih": where they were taken)
            and not lx.CARED_FOR_IN.search(cell.text[: p.start])
            # ("car dealership, Zaporizke shose": a street named after a town)
            and not lx.STREET_NAMED.match(cell.text, p.end)
            # ("Kyiv truck (Oleh)": where the truck goes)
            and not lx.VEHICLE_AFTER.match(cell.text, p.end)
        ]) for cell in ordered
    ]  # fmt: skip
    # ("in retaliation for Makeyevka": a place the prose of a cell tells as no scene of the
    # row's strike, when another cell's is the scene)
    asides = [
        (cell, [
            p for p in found
            if cell is where
            or not (_an_aside(cell.text, p) or locates_the_one_before(cell.text, p, found))
        ]) for cell, found in named
    ]  # fmt: skip
    # (with none left and no town of the document's to fall back on, the aside is all there
    # is: "moved pin to Sumy city | strike of Sat 25.05")
    # (or the row's town said without its name: "russian shelling of the centre | glass
    # ordered from Dnipro" in a Chuhuiv glazier's book)
    kept = (
        any(found for _, found in asides) or documents_town(reading, gaz)
        or _row_home(text, s, reading, gaz)
    )  # fmt: skip
    for cell, found in asides if kept else named:
        if not found:
            continue
        # "Crimea, Dzhankoi district, Maiske": a location path narrows to its last, finest name
        towns = [p for p in found if p.place is not None and p.place.precision == "town"]
        # ("Dnipro -> Kramatorsk, overnight at the hostel. 21:45 the missile hit …": a trip's
        # row is where it went, not where it set out from)
        towns = [p for p in towns if not _ROUTE_ON.match(cell.text, p.end)] or towns
        # (the note's struck town, not its speaker's: "the Russian-installed Kherson emergency
        # services said Russian artillery destroyed a howitzer near Lvove"; nor a hromada
        # shelled as a whole beside its village where one was killed)
        towns = [p for p in towns if p.role in ("target", "subject")] or towns
        towns = [p for p in towns if not _UNIT_WORD.match(cell.text, p.end)] or towns
        # (a note's target before its locator: "shells at communities of Nikopolskyi raion
        # (Dnipropetrovsk)" is the raion, not the oblast after it)
        struck_here = [p for p in found if p.role in ("target", "subject")] or found
        pm = towns[0] if towns else struck_here[-1]
        if where is not None and cell is where:  # the row's own cell, not the text built from two
            pm = replace(pm, start=0, end=min(len(pm.text), len(cell.text)), clause_start=0)
        at = replace(pm, start=pm.start + cell.start, end=pm.end + cell.start, role="target",
                     clause_start=pm.clause_start + cell.start)  # fmt: skip
        m = _mention(article, s, at, reading)
        told = _day_of_its_column(cells, cols, reading)
        if cell in struck:
            # ("date of death 01.10 | wounded 27.09 in the same obstril of Kurakhove, died in
            # hospital": the strike's own cell tells its day, before the column's)
            own = _day_in_its_cell(text, s, cell, reading)
            told = own if told is None or (own is not None and _before(own, told)) else told
        if told is None or m.date.overlaps(told):
            # ("09 October 2022 | … | During the night of 8 to 9 October …": the note's night
            # says more than the export's day; a register's "recvd 21.11" says nothing of it)
            told = _day_told_in_a_later_cell(text, s, cells, reading)
        if told is None and "when" not in cols:
            told = _day_of_its_strike_cell(text, s, filled, reading)
        if told is None and "when" not in cols and not m.date_explicit:
            # ("Table: verified civilian harm by oblast, May 2025 (1-31 May)" over rows without
            # a date column: each row is of that period)
            told = reading.table_span
        if told is not None:
            m.date, m.date_explicit = told, True
        # (a column the row lacks leaves the note's own figure)
        m.killed = figure_in(cells, cols["killed"]) if "killed" in cols else m.killed
        m.injured = figure_in(cells, cols["injured"]) if "injured" in cols else m.injured
        if "casualties" in cols:
            m.killed, m.injured = casualties_in(cells, cols["casualties"])
        mentions.append(m)
        reading.last, reading.last_index = m, s.index
        home = _struck_at_home_before(cell.text, pm, s, reading, gaz) if cell is not where else []
        if home and home[0].place is not None and home[0].place != m.place:
            # ("Cancelled. In the morning the russians hit the substation, no light. Oksana
            # … from Ternopil: they hit the substation there too": the log's town first)
            mentions.insert(len(mentions) - 1, replace(m, place=home[0].place))
        _separate_events(article, s, gaz, hints, reading, mentions)
        return
    # (and "1 | 02.01.24 | Akhsarova st. 13 | ru missile attack" in a housing office's
    # "Damage register — Kyivskyi r-n, Kharkiv": the register's town)
    if home := _row_home(text, s, reading, gaz):
        # "Tue 21/2 | centre | 120 | russian Grad on the centre, 6 killed" in a town's log:
        # a row that names no place tells a strike in the log's town
        m = _mention(article, s, home[0], reading)
        told = _day_told_in_a_later_cell(text, s, cells, reading)
        if told is not None or (told := _day_of_its_strike_cell(text, s, cells, reading)):
            m.date, m.date_explicit = told, True
        elif _struck_in_the_night(cells) and m.date.days == 1 and m.date.start is not None:
            # "02.03.2023 Thu | … | CLOSED. In the night the russian S-300 into the block":
            # the night that ended on the row's day
            night = m.date.start - timedelta(days=1)
            m.date = DateWindow(night, m.date.start, "days", m.date.basis)
        mentions.append(m)
        reading.last, reading.last_index = m, s.index


_UNIT_WORD = re.compile(r"\s+(?:hromada|community|district|raion)\b", re.IGNORECASE)
# a sentence's end inside a cell (not an abbreviation's: "school No. 1", "vul. Sadova")
_SENTENCE_ENDS = re.compile(lx.FULL_STOP.pattern + r"\s*(?=[A-Z])")


def _struck_at_home_before(
    cell: str, pm: PlaceMention, s: Sentence, reading: Reading, gaz: PlaceResolver
) -> list[PlaceMention]:
    """The log's own town, when the cell's sentences before the one naming ``pm`` tell a side's
    strike and name no place."""
    ends = [m.end() for m in _SENTENCE_ENDS.finditer(cell, 0, pm.start)]
    earlier = cell[: ends[-1]] if ends else ""
    if not earlier or not lx.STRONG_TRIGGER.search(earlier) or not lx.NOTE_SIDE.search(earlier):
        return []
    if any(p.place is not None for p in find_places(earlier, gaz, reading.hints)):
        return []
    return _home(earlier, reading, gaz)


def _row_home(text: str, s: Sentence, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """The town a row that names none of its own is of: the one its person is from ("client
    (from Hostomel, stayed there) writes that the supermarket by her house is burning"), else
    the log's or document's town."""
    if theirs := persons_town(text, s, find_places(text, gaz, reading.hints), reading, gaz):
        return theirs
    return (
        (logs_town(reading, s, gaz) or documents_town(reading, gaz))
        # (not a word in quotes: 'owner says "shelling" but no date, cracks old')
        # (nor one denied: "Frost damage on young shoots in W4 - NOT shells")
        if lx.STRIKE_WORDS.search(lx.NOT_THE_WAR.sub(" ", lx.A_WORD_AS_WORD.sub(" ", text)))
        else []
    ) or _home(text, reading, gaz)


def _home(text: str, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """A register's row that says its town without naming it ("… 2 dead 3 wounded in city")
    or names only a building of it: the town the register's header names."""
    # (a side that fired says the strike as a weapon does: "russians fired at the stop")
    # (or its weapon: "Morning russian S-300s on the city, one landed near the office")
    struck = lx.STRIKE_WORDS.search(text) or (
        (lx.TRIGGER.search(text) or find_weapon(text)) and lx.NOTE_SIDE.search(text)
    )
    # (a register's row names a building struck, no town: "3 | 16.09 | centre | shop, 4
    # private houses | russian shelling (MLRS)")
    home = home_targets(reading, gaz) if struck else []
    return home if home and struck_at_home(text, home[0].place) else []


# a plan's or a period's words before a day: "from 1.03 only to …", "MOVED to 27.09"
_PLAN_BEFORE = re.compile(
    r"\b(?:from|since|till|until|by|after|before|resume[sd]?)\s+$"
    r"|\b(?:moved|postponed|rescheduled|shifted|delayed|put\s+off)\s+(?:\w+\s+)?(?:to|till|until)\s+$",
    re.IGNORECASE,
)


def _place_cell(
    cells: list[Cell], gaz: PlaceResolver, hints: tuple[str, ...]
) -> PlaceMention | None:
    """The one town a row names in a cell of its own ("Izmail (Odesa obl.)"), if it does."""
    # (a notice's or a ticket's head only: its code, its stamp, its town, no words of its own)
    filled = [c.text.strip() for c in cells if c.text.strip()]
    coded = any(_ID_CODE.fullmatch(c) for c in filled)
    if not coded or any(_PROSE.search(c + " ") for c in filled):
        return None
    found = [
        p for c in cells for p in find_places(c.text, gaz, hints)
        if p.is_town and len(p.text) >= 0.5 * len(_QUALIFIED_END.sub("", c.text.strip()))
    ]  # fmt: skip
    return replace(found[0], role="target") if len(found) == 1 else None


_ID_CODE = re.compile(r"[A-Z]{1,5}-\d{2,}(?:-\d+)*")
_QUALIFIED_END = re.compile(r"\s*\([^)]*\)\s*$")


def _an_oblast(cell: str, gaz: PlaceResolver) -> bool:
    """A cell that is only an oblast's name in a coder's style ("Donetsk", "Zaporizhia")."""
    return bool(re.fullmatch(r"[A-Z][\w'’-]+", cell)) and (
        gaz.resolve(f"{cell} Oblast", (), "region") is not None
    )


def _names_a_target(
    cell: Cell, gaz: PlaceResolver, hints: tuple[str, ...], reading: Reading
) -> bool:
    return any(
        p.role in ("target", "subject") and p.place is not None and p.place.precision == "town"
        for p in _cell_places(cell.text, gaz, hints, reading)
    )


def _cell_places(
    text: str, gaz: PlaceResolver, hints: tuple[str, ...], reading: Reading
) -> list[PlaceMention]:
    """A cell's places, a city's district read as its city ("shelling in Shevchenkivskyi
    district" in a Kharkiv shop's book is Kharkiv, as in prose)."""
    # (not a name the text writes as a person's or a street's: "the old cinema on Shevchenka")
    near = near_point(reading, gaz)
    found = [p for p in find_places(text, gaz, hints, near) if p.text not in reading.people]
    return city_districts(one_sense(found, reading), text, reading, gaz)


def _days_before_its_row(d: DateMention, own: list[DateMention]) -> bool:
    """ "Mon 29.08 | … | He was at home on Sunday when the russians hit …": a weekday or
    "yesterday" in a row's note, in the week up to the row's own day."""
    row = [e.window for e in own if e.window.basis != "relative" and e.window.days == 1]
    w = d.window
    return (
        _DAY_BEFORE_ITS_ROW.search(d.text) is not None and bool(row)
        and w.end is not None and all(
            r.start is not None and w.end <= r.start and (r.start - w.end).days <= 7 for r in row
        )
    )  # fmt: skip


def _day_in_its_cell(text: str, s: Sentence, cell: Cell, reading: Reading) -> DateWindow | None:
    """The day the strike's own cell tells, if it tells one (not the row's other days)."""
    own, _ = dates_told(text, reading, s.span.start)
    inside = [
        d for d in own
        if cell.start <= d.start - s.span.start < cell.start + len(cell.text)
        and d.window.days <= 2 and d.window.basis != "narrative"
        # ("that day" is no day of its own; "on Sunday", "yesterday" count from the row's)
        and (d.window.basis != "relative" or _days_before_its_row(d, own))
        and not _PLAN_BEFORE.search(text, 0, d.start - s.span.start)  # ("from 1.03 only to …")
    ]  # fmt: skip
    # ("08:57, 4 March 2023 Oleksii.kh … added Russian shelling of the town on 28 February
    # 2023": the day after the strike's word, not the edit's own stamp before it)
    struck = lx.TRIGGER.search(text, cell.start, cell.start + len(cell.text))
    if struck is not None:
        # (not the day a later sentence of the cell tells: "… 13 injured. Unloaded Fri 22.03.")
        inside = [
            d for d in inside
            if d.start - s.span.start < struck.start()
            or ". " not in text[struck.start() : d.start - s.span.start]
        ]  # fmt: skip
    after = [d for d in inside if struck is not None and d.start - s.span.start > struck.start()]
    return (after or inside)[0].window if inside else None


_A_PIECE_FOUND = re.compile(
    r"\b(?:shell|missile|rocket|mortar|bomb|mine|grenade)\s+(?:fragments?|splinters?|tail\s+fins?|"
    r"fins?|casings?|remnants?|parts?|pieces?|fuzes?|fuses?)\b|\btail\s+fins?\b",
    re.IGNORECASE,
)
# damage whose cause the row denies is no strike's
_DAMAGE_WORD = re.compile(r"damaged|destroyed|broken|cracked", re.IGNORECASE)


def _struck_in_the_night(cells: list[Cell]) -> bool:
    """Does the row's strike cell (not its first) say the strike came in the night?"""
    strike = next((c for c in cells[1:] if lx.TRIGGER.search(c.text)), None)
    if strike is None:
        return False
    # (in the strike's own sentence: not "… hit the area by the station this morning … The
    # cat ran off, found at night")
    hit = lx.TRIGGER.search(strike.text)
    assert hit is not None
    start = strike.text.rfind(". ", 0, hit.start()) + 1
    end = strike.text.find(". ", hit.end())
    return NIGHT_OF.search(strike.text[start : end if end >= 0 else None]) is not None


def _day_of_its_strike_cell(
    text: str, s: Sentence, cells: list[Cell], reading: Reading
) -> DateWindow | None:
    """ "B-071 | APA | Wed 05.07.2023 | pitched 22:40. Night 5->6.07 the russian Kalibr hit
    …": a row's other cells date the row (a brew, a visit); the cell that tells the strike
    and its own day dates the strike."""
    strike = next((c for c in cells if lx.TRIGGER.search(c.text)), None)
    if strike is None or strike is next((c for c in cells if c.text.strip()), None):
        return None  # (a row of one cell, or the strike in the first: the row's own day)
    # (told before its strike's word: a day after it is a toll's or a check's, "22 KIA
    # (KMVA, 30.12)", "caretaker checked 14.09")
    struck = lx.TRIGGER.search(strike.text)
    assert struck is not None
    own, _ = dates_told(text, reading, s.span.start)
    at = strike.start + struck.start()
    before = [
        d.window for d in own
        if strike.start <= d.start - s.span.start < at
        and d.window.days <= 2 and d.window.basis not in ("relative", "narrative")
        # (in the strike's own sentence, not a plan's: "MOVED to 27.09. Morning russian
        # S-300s on the city")
        and ". " not in text[d.start - s.span.start : at]
        and not _PLAN_BEFORE.search(text, 0, d.start - s.span.start)
    ]  # fmt: skip
    return before[-1] if before else None


def table_title_span(title: str, reading: Reading) -> DateWindow | None:
    """The period the line over a table's header gives its rows ("Table: verified civilian
    harm by oblast, May 2025"): a month or a span of days written out, else None."""
    if reading.ref is None or lx.TRIGGER.search(title):
        return None
    spans = [
        d.window for d in find_dates(title, reading.ref)
        if d.window.basis == "explicit" and d.window.known and 2 <= d.window.days <= 31
    ]  # fmt: skip
    return spans[0] if spans else None


def _day_of_its_column(
    cells: list[Cell], cols: dict[str, int], reading: Reading
) -> DateWindow | None:
    """The day in the header's incident-date column, when the header names one."""
    if "when" not in cols or reading.ref is None:
        return None
    days = [d.window for d in find_dates(cell_text(cells, cols["when"]), reading.ref)]
    return days[0] if days and days[0].days <= 2 else None


def _day_told_in_a_later_cell(
    text: str, s: Sentence, cells: list[Cell], reading: Reading
) -> DateWindow | None:
    """A change log's row is stamped when it was written ("2024-05-27 09:12 | ak | moved pin
    … | strike of Sat 25.05 ~16:00, 2 KABs"): the day its strike cell tells is the event's."""
    # (or a register's entry date, in its first cells: "No 214 | 23.11 | monument order: …
    # killed in Stepnohirsk 26.05 when the russians shelled the village")
    filled = [c for c in cells if c.text.strip()][:2]
    first = next((c for c in filled if _STAMP_CELL.fullmatch(c.text.strip())), None)
    entry = next((c for c in filled if _ENTRY_DAY_CELL.fullmatch(c.text.strip())), None)
    first = first or entry
    if first is None:
        return None
    own, _ = dates_told(text, reading, s.span.start)
    written = find_dates(first.text, reading.ref) if reading.ref else []
    later = [
        d.window for d in own
        if d.start - s.span.start >= first.start + len(first.text) and d.window.days <= 2
        and _tells_a_strike(_cell_at(cells, d.start - s.span.start))
        # (an entry's day tells of a strike before it; a coding sheet's own day is the event's)
        and (entry is not first or (written and _before(d.window, written[0].window)))
        # (nor a day after the row was written: "per the OVA (final, 19.11) 11 killed" in a
        # ticket received 17.11 20:52 is the toll's)
        and not (written and _before(written[0].window, d.window))
    ]  # fmt: skip
    return later[0] if later else None


def _tells_a_strike(cell: str) -> bool:
    # ("the russian rocket on the warehouse … in the night to Sat 16.07": a weapon tells it)
    return bool(lx.TRIGGER.search(cell) or lx.STRIKE_WORDS.search(cell))


_QUOTED_WORDS = re.compile(r"[\"“][^\"“”]{1,40}[\"”]")


def _before(day: DateWindow, written: DateWindow) -> bool:
    return day.end is not None and written.start is not None and day.end < written.start


def _cell_at(cells: list[Cell], at: int) -> str:
    return next((c.text for c in reversed(cells) if c.start <= at), "")


def _day_of_its_sub_lines(cells: list[Cell], s: Sentence, reading: Reading) -> DateWindow | None:
    """The one day a row's first cells name ("10.10 Mon"), when sub-lines follow it."""
    after = reading.sentences[s.index + 1] if s.index + 1 < len(reading.sentences) else None
    if after is None or after.paragraph == s.paragraph or not _BULLET.match(after.span.text):
        return None
    # (or the day an outage began: "KYV-07 (…) | 21.03.2024 04:55 – 22.03 11:00 | DMG")
    first = next(
        (dm.group(0) for c in cells[:3] if (dm := _DAY_CELL.match(c.text.strip()))
         and _DAY_CELL_END.fullmatch(c.text.strip()[dm.end() :])),
        None,
    )  # fmt: skip
    days = find_dates(first, reading.ref) if first is not None and reading.ref else []
    return days[0].window if len(days) == 1 and days[0].window.days == 1 else None


# a cell that is a day, with its weekday: "10.10 Mon", "Tue 18.10"
_DAY_CELL = re.compile(
    rf"(?:{WEEKDAY_ABBR}\.?,?\s+)?[0-3]?\d[./][01]?\d(?:[./]\d{{2,4}})?(?:,?\s+{WEEKDAY_ABBR}\.?)?",
    re.IGNORECASE,
)
# what may follow a row's first day in its cell: nothing, its clock, the range it opens
_RANGE_REST = re.compile(r"(?:\s*[-–—]\s*.{0,20})?")
_DAY_CELL_END = re.compile(rf"(?:,?\s+\d\d?:\d\d{_RANGE_REST.pattern})?")
# a cell that is only a day and a clock: when the row was written
_STAMP_CELL = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d|\d\d?\.\d\d?(?:\.\d{2,4})?,?\s+\d\d?:\d\d")
# a register's entry day ("No 214 | 23.11 | monument order: …"): when the entry was made
_ENTRY_DAY_CELL = re.compile(r"[0-3]?\d[./][01]?\d(?:[./]\d{2,4})?")


# "… In a separate event on the same day, a Russian rocket hit a residential street in Nova
# Vodolaha": a coder's second event inside the row's note
# ("A few minutes later, a second missile hit the village of Bilenke": another place's strike)
_SEPARATE = re.compile(
    r"\b[Ii]n\s+a\s+separate\s+(?:event|incident|attack|strike)\b"
    r"|\b[Aa]\s+second\s+(?:missile|strike|rocket|drone|bomb|shell)\s+(?:hit|struck|landed)\b"
)
_STRIKE_KIND = re.compile(
    r"Shelling/artillery/missile attack|Air/drone strike|Disrupted weapons use", re.IGNORECASE
)
# A coder's kind of event that is no strike (ACLED's sub-event types): the row is skipped.
_NOT_A_STRIKE_KIND = re.compile(
    r"(?:Armed clash|Government regains territory|Non-state actor overtakes territory|"
    r"Peaceful protest|Protest with intervention|Excessive force against protesters|"
    r"Violent demonstration|Mob violence|Arrests|Looting/property destruction|"
    r"Remote explosive/landmine/IED|Abduction/forced disappearance|Sexual violence|Agreement|"
    r"Change to group/activity|Headquarters or base established|"
    r"Non-violent transfer of territory|Battles|Protests|Riots)",
    re.IGNORECASE,
)


def _separate_events(
    article: Article, s: Sentence, gaz: PlaceResolver, hints: tuple[str, ...],
    reading: Reading, mentions: list[Mention],
) -> None:  # fmt: skip
    """The places struck in a row's "In a separate event …" clause, each its own event."""
    text = s.span.text
    for sep in _SEPARATE.finditer(text):
        tail = text[sep.start() : _clause_end(text, sep.end())]
        for p in find_places(tail, gaz, hints):
            if p.place is None or p.role != "target" or p.place.precision == "country":
                continue
            at = replace(p, start=p.start + sep.start(), end=p.end + sep.start(),
                         clause_start=p.clause_start + sep.start())  # fmt: skip
            mentions.append(_mention(article, s, at, reading))
            break


def _clause_end(text: str, start: int) -> int:
    """Where the sentence that starts a separate event ends (its full stop or its cell)."""
    m = re.compile(r"\.\s|\s\|").search(text, start)
    return m.start() if m else len(text)


# "- 36 Shaheds launched from the Kursk region and from Cape Chauda": where they came from
_LAUNCHED_FROM = re.compile(
    # (an Air Force tally's "- 11 Iskander-M ballistic missiles from the Kursk and Voronezh
    # regions": the weapons' own "from" is where they were launched)
    r"\b(?:launched|fired|took\s+off|flying|coming|came|missiles|drones|UAVs|Shaheds|rockets|"
    r"bombers|aircraft)\s+\(?(?:[\w/-]+\s+|[—–]\s+){0,8}?\(?from\s+(?:the\s+)?"
    # (not "launched from Belgorod hit Kharkiv": the verb's object is struck)
    r"(?:(?:areas?|directions?|territory|waters?|airspace)\s+of\s+(?:the\s+)?)?"
    r"(?:(?!\b(?:hit|struck|attacked|targeted|on|at|into|against)\b)[^.;]){0,90}$"
    # "- 3 Kh-22 cruise missiles (Tu-22M3 long-range bombers, Kursk region)": the launchers'
    r"|\((?:[\w/-]+\s+){0,4}?(?:bombers|aircraft|ships?|submarines?|carriers?|launchers?)"
    r"\s*,\s*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_IN_TOWN_OF = re.compile(
    r"\b(?:in|at|near)\s+the\s+(?:town|village|city|settlement|urban-type settlement)\s+of\s+$"
)


# a day named in words or numbers ("22 March", "14.05.2024"): cheap before find_dates
_NAMES_A_DAY = re.compile(
    r"\d.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d|\d[./]\d|"
    r"\b[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"^\W{0,3}(?i:yesterday|the\s+day\s+before\s+yesterday)\b|"
    rf"^\W{{0,3}}(?i:{DAYS_LATER.pattern})"
)
# (not "Priests carried icons out of the rubble on Sunday morning": the aftermath's day)
_WAR_GOES_ON = re.compile(
    r"\b(?:war|fighting|attacks?|strikes?|shelling|bombardment|offensive)\s+"
    r"(?:continued|went\s+on|resumed|raged)\b"
    # "A reminder of what happened on Friday.": a recap opens on the day it retells
    r"|\b(?:reminder|recap|summary)\s+of\s+what\s+happened\b",
    re.IGNORECASE,
)
_WEEKDAY_NAMED = re.compile(
    r"\b[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_TOLD_DAY = ("explicit", "year inferred", "year told")
# (a bullet or nothing before a line's day: "- yesterday (sat) …", "Yesterday evening …")
_LINE_OPENS_ON = re.compile(r"^\W{0,3}$")


# "The final count, confirmed by the police on 12 October, is 59": the day of words
_WORDS_DATED = re.compile(
    r"\b(?:confirmed|said|says|announced|reported|declared|published|updated|stated|told)\b"
)


def _day_told(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver, hints: tuple[str, ...]
) -> None:
    """ "The worst day of the month was 22 March.": no event yet, but the day the next
    sentences tell, and the day of the towns it names ("on 1 July, residents of Kobleve
    heard …")."""
    found = event_dates(text, reading, s.span.start)
    if (stamp := lx.MESSAGE_STAMP.match(text)) is not None:
        # ("[01.09.23 10:09] Petro: Kursk, Sun 20 August, early morning.": the day the message
        # names, not the day it was posted)
        found = [d for d in found if d.start - s.span.start >= stamp.end()] or found
    days = [d.window for d in found]
    if (
        len(days) == 1
        and days[0].precision == "day"
        and days[0].basis == "relative"
        and _LINE_OPENS_ON.match(text, 0, found[0].start - s.span.start) is not None
    ):
        # "- yesterday (sat) Vasyl and me were on the roof when it started. Shelling, a man
        # killed …": an entry that opens on its day names the day its next lines tell
        reading.day_named = (days[0], s.paragraph, s.index)
        return
    if (
        len(days) == 1 and days[0].precision == "day" and days[0].basis == "relative"
        and _WEEKDAY_NAMED.search(text) and not _WORDS_DATED.search(text)
        # (not "the toll rose to 28 on Sunday": a follow-up's day)
        and not tells_a_toll(text) and _WAR_GOES_ON.search(text)
        and dates_told(text, reading, s.span.start)[0]
    ):  # fmt: skip
        # "The war went on on Wednesday in the south. Early in the morning, a missile tore
        # through a block in Mykolaiv": the day the paragraph goes on to tell
        reading.day, reading.day_at = days[0], (s.paragraph, s.index)
        reading.anchor = days[0].end
        return
    if days and all(d.days <= 2 and d.overlaps(days[0]) for d in days[1:]):
        days = days[:1]  # "10.08 Wed — night 9→10: …": one day told twice, line stamp first
    # (a night too: "(2) Moscow, the Kremlin, night of 2 to 3 May.")
    if len(days) == 1 and days[0].days <= 2 and days[0].basis in _TOLD_DAY:
        # (not the day of the search after: "Rescuers found her body on the morning of April
        # 29. The missile destroyed the first two floors": the strike keeps its own day)
        if not lx.AFTERMATH.search(text):
            reading.day_named = (days[0], s.paragraph, s.index)
        # "The first warning came on September 30. That morning, a missile hit …" (not
        # "declared January 22 a day of mourning": a day set aside, not a day told)
        future = reading.ref is not None and days[0].end is not None and days[0].end > reading.ref
        if not future and not lx.AFTERMATH.search(text) and not _WORDS_DATED.search(text):
            reading.anchor = days[0].end
        _remember_days(find_places(text, gaz, hints), days[0], reading)


def _list_day(text: str, s: Sentence, reading: Reading) -> None:
    """ "Consequences of attacks over the past day:" names no place, but its day is that of
    the entries that follow ("Kupiansk – the Russians shelled the centre")."""
    days = [d for d in event_dates(text, reading, s.span.start) if d.window.days <= 2]
    if days:
        reading.day, reading.day_at = days[0].window, (s.paragraph, s.index)


# (and a sub-line's or a quote's "> ": "KH-03 Zolochiv — CLOSED" over " > canopy destroyed …")
# (an arrow too: "JT-1041 | 10.10 Mon | …" over " -> ~08:20 the russians hit the city")
_BULLET = re.compile(
    rf"^\s*(?:{lx.SYMBOL_BULLET}\s*|(?:{lx.BULLET}|-{{1,2}}>|=>|>|\d{{1,2}}[.)])\s+)"
)
# An unbulleted item that names its district, then only names: "the Kherson district:
# Antonivka, Bilozerka;" (not "Krasnopillia community: the enemy struck Porozok", an entry).
_SETTLEMENTS_HIT = re.compile(
    r"\b(?:settlements|villages|communities|hromadas|localities|towns\s+and\s+villages)\b",
    re.IGNORECASE,
)
# An unbulleted tally under its head: "71 drones were shot down:" over "Poltava region – 29;".
_TALLIED = re.compile(
    r"^\s*(?:[Tt]he\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?"
    r"(?:\s+(?:region|oblast|district|raion|community|hromada))?\s*[–—-]\s*\d{1,4}\s*[;,.]?\s*$"
)
_LABELLED = re.compile(
    rf"^\s*(?:{lx.BULLET}\s+)?(?:[Tt]he\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+"
    r"(?:district|raion|community|hromada|region|oblast)\s*:"
    r"(?=(?:\s*(?:and\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s*(?:\([^)]{0,40}\))?\s*[,;.]?)+\s*$)"
)


def _read_list_item(
    article: Article, s: Sentence, gaz: PlaceResolver, hints: tuple[str, ...],
    reading: Reading, mentions: list[Mention],
) -> None:  # fmt: skip
    """One item of a list a strike sentence opened with a colon: its places are struck."""
    found = _not_launch_areas(
        [p for p in find_places(s.span.text, gaz, hints) if p.place is not None], s.span.text
    )
    label = _LABELLED.match(s.span.text)
    # "the Kherson district: Antonivka, Bilozerka;": every place after the district's label.
    # "- Mykolaiv region – 17;": the item's place, not its locators. "— the Bryansk chemical
    # plant in the town of Seltso": the town the plant is in, not the name it bears.
    town = [p for p in found if _IN_TOWN_OF.search(s.span.text[: p.start])]
    items = (
        [p for p in found if p.start >= label.end()]
        if label
        else _first_with_its_list(town or found, s.span.text)
    )
    for pm in items:
        m = _mention(article, s, replace(pm, role="target"), reading)
        if reading.list_side and m.actor_basis not in ("subject", "by", "claimed", "accused"):
            # "— the Saratov refinery, which supplies the Russian army": the head's striker
            m.actor, m.actor_basis = reading.list_side, "list"
            country = m.place.country if m.place else None
            m.attribution, m.alleged_by = _page_voice(
                *attribution_for(s.span.text, m.actor, "list", None, country, news=True),
                m.actor, "list", country, reading,
            )  # fmt: skip
        mentions.append(m)
        reading.last, reading.last_index = m, s.index


def _not_launch_areas(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The places an item tells of, without those its weapons came from ("— from the
    directions of Millerovo, Kursk and Oryol": each listed with the first is one too)."""
    out, launch, last = [], False, None
    for p in found:
        listed = last is not None and _coordinated(text, last.end, p.start, p.end)
        launch = bool(_LAUNCHED_FROM.search(text[: p.start])) or (listed and launch)
        if not launch:
            out.append(p)
        last = p
    return out


def _first_with_its_list(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """The item's first place, and those listed with it ("▪️the rest over the Belgorod,
    Voronezh and Lipetsk regions": three regions, not one)."""
    items = found[:1]
    for p in found[1:]:
        if not _coordinated(text, items[-1].end, p.start, p.end):
            break
        items.append(p)
    return items


# A coder's "Location coded to Karachev." under a note that named only its region
CODED_TO = re.compile(
    r"\b(?:[Ll]ocation\s+(?:was\s+)?coded\s+to"
    # a report that names the site its officials did not: "outlets identified the base as
    # Soltsy"
    r"|identified\s+(?:the\s+(?:base|airfield|air\s?base|site|plant|depot|facility|target)\s+)?as)"
    r"\s+(?P<name>[A-Z][\w'’ -]{1,40}?)(?=[.(;,]|$)"
)


def coded_to(
    text: str, s: Sentence, mentions: list[Mention], gaz: PlaceResolver, hints: tuple[str, ...]
) -> None:
    """ "… fired ATACMS at a military facility in Bryansk oblast … Location coded to Karachev":
    the note's events told only by their region are at the town the coder chose."""
    m = CODED_TO.search(text)
    if m is None:
        return
    found = [p.place for p in find_places(m.group("name"), gaz, hints) if p.place]
    town = found[0] if found and found[0].precision == "town" else None
    if town is None:
        return
    for x in mentions:
        region = x.place
        if (
            x.sentence.paragraph == s.paragraph and region is not None
            and region.precision == "region" and gaz.within(town, region)
        ):  # fmt: skip
            x.place = town
