"""What a story has told so far, and which places and days its sentences mean.

An article is read in order. :class:`Reading` keeps what earlier sentences settled: the
day of the news (:func:`lead_window`), the day the narrative is on, the town last named,
names placed once with their raion ("Petrivka, Izium district"), a roundup's entry
("Gorlovka."). The helpers here decide which named places are a sentence's event and which
the story lends it (headline, entry, city of a district).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from geo import lexicon as lx
from geo.articles import Sentence, is_stamp
from geo.citydistricts import cities_with_district, city_place
from geo.dates import default_window, find_dates
from geo.geocode import BIG_CITY
from geo.model import DateWindow, Place
from geo.namesakes import LIST_KM, TOWN_OF_RANK
from geo.placephrase import find_places
from geo.placerank import haversine_km
from geo.placetypes import PlaceMention, PlaceResolver

if TYPE_CHECKING:
    from geo.mention import Mention


@dataclass
class TownsSeen:
    """Running sums and bounds of the towns placed so far: the article's focus in constant
    time per sentence (a 2 MB paste places thousands)."""

    n: int = 0
    lat_sum: float = 0.0
    lon_sum: float = 0.0
    lat_min: float = 90.0
    lat_max: float = -90.0
    lon_min: float = 180.0
    lon_max: float = -180.0

    def add(self, lat: float, lon: float) -> None:
        self.n, self.lat_sum, self.lon_sum = self.n + 1, self.lat_sum + lat, self.lon_sum + lon
        self.lat_min, self.lat_max = min(self.lat_min, lat), max(self.lat_max, lat)
        self.lon_min, self.lon_max = min(self.lon_min, lon), max(self.lon_max, lon)


@dataclass
class Reading:
    """What the article has told us so far, as sentences are read in order."""

    ref: date | None
    lead: DateWindow
    last: Mention | None = None
    last_index: int = -10
    prev_side: str | None = None
    anchor: date | None = None
    last_town: Place | None = None
    sentences: list[Sentence] = field(default_factory=list)
    day: DateWindow | None = None  # the narrative's day: the last event dated in the text
    day_at: tuple[int, int] = (-1, -10)  # (paragraph, sentence index) where it was told
    entry_stamps: int = -1  # lines that are a day and a time alone (-1: not counted yet)
    day_headings: int = -1  # headings that are a day alone (-1: not counted yet)
    dated_headings: int = -1  # short headings that name one day (-1: not counted yet)
    named: dict[str, Place] = field(default_factory=dict)  # names the text placed with a qualifier
    # (mention, name) of events placed by a bare name: a qualifier told later may correct them
    bare: list[tuple[Mention, str]] = field(default_factory=list)
    # (mention, name) of events placed by their raion or oblast: a locator told later may narrow
    by_unit: list[tuple[Mention, str]] = field(default_factory=list)
    # names the text calls the wrong one ("That is the wrong Nikopol"), read once when asked
    disowned: frozenset[str] | None = None
    # the side last named as the attacker, and the country it struck: a roundup's later
    # entries that name no side are by it ("Gorlovka. … Yasinovataya. A UAV dropped …")
    story_actor: tuple[str, str | None, int] | None = None  # (side, country, sentence index)
    # Ukraine's oblasts the story told Ukraine striking (occupied ones: not Kyiv or Lviv)
    struck_at_home: set[str] = field(default_factory=set)
    named_sides: set[str] = field(default_factory=set)  # every side the words named as striking
    entry: tuple[int, PlaceMention] | None = None  # (paragraph, place) of an entry "Gorlovka."
    entry_runs: bool = False  # the entry is a heading's, and goes on until the next heading
    # (sentence, regions) of a record's admin field: "Admin: Kherson oblast / Khersonskyi raion"
    field_regions: tuple[int, tuple[str, ...]] | None = None
    # (paragraph, sentence index) of the last non-event told ("a tractor hit a mine"): the
    # figures right after it are its own ("The driver was injured, police said.")
    aside: tuple[int, int] = (-1, -10)
    people: frozenset[str] = frozenset()  # village names the article uses as surnames or streets
    hints: tuple[str, ...] = ()  # the regions the article names
    record_rows: dict[str, str] = field(default_factory=dict)  # record id → its lines, joined
    title_places: tuple[Place, ...] | None = None  # places the title names (None: not read yet)
    # the places of the title as its strikes' town, and whether each sentence of a lone strike
    # named that strike's town itself (read once each, for the_storys_one_town)
    title_towns: frozenset[str] | None = None
    names_its_town: dict[int, bool] = field(default_factory=dict)
    home: tuple[Place | None] | None = None  # a log's home town (None: not read yet)
    header_town: tuple[Place | None] | None = None  # the town a header names (None: not read)
    list_head: int = -10  # index of a strike sentence ending in ":" (its list follows)
    list_para: int = -1  # paragraph of the list's last item: its next sentences go on with it
    list_bullet: str = ""  # the mark its items open with ("—"); another mark ends the list
    # place key → (day, paragraph, sentence index) of its last mention
    told_at: dict[str, tuple[DateWindow, int, int]] = field(default_factory=dict)
    list_side: str | None = None  # who struck, as the list's head says ("units of … struck:")
    table_figures: dict[str, int] = field(default_factory=dict)  # a pasted table's figure columns
    table_span: DateWindow | None = None  # the period a table's title gives its rows
    stamp_lines: int | None = None  # how many lines are one bracketed stamp (counted once)
    publisher_side: str | None = None  # the side whose military published the page
    writer_side: str | None = None  # the side a note's writer is on ("our army hit …")
    span: DateWindow | None = None  # the days the page covers ("Nikopol, 14-20 August 2023")
    section: tuple[DateWindow, int] | None = None  # a day heading's day, and where it stands
    week: DateWindow | None = None  # a heading's days ("Week 7 (10-14.02):") over "Wed - …" lines
    place_days: dict[str, DateWindow] = field(default_factory=dict)  # place key → its day told
    roundup_at: int = -100  # the last sentence that told settlements hit ("15 came under fire")
    official: tuple[str | None, str] | None = None  # (side, name) of the official body's page
    towns_seen: TownsSeen = field(default_factory=TownsSeen)  # towns struck so far
    indented: frozenset[int] = frozenset()  # paragraphs whose line is indented under the one above
    # A strike told with its toll but no place ("A missile struck a cafe in a village …,
    # killing 51"): the next "The attack on Hroza …" names its place.
    placeless: Sentence | None = None
    current: Sentence | None = None  # the sentence being read
    stamp_hour: int | None = None  # the hour the page says it was published, if it says
    # a day named without an event ("The worst day was 22 March."): where it was named.
    # Only a following "in the early hours" is of that day; undated events keep their own.
    day_named: tuple[DateWindow, int, int] | None = None  # (day, paragraph, sentence index)
    year_told: tuple[int, int, int] | None = None  # (year, sentence, paragraph) of "August 2022"
    year_heading: int | None = None  # a notebook's "2023" alone on its line, over its days
    on_this_day: bool | None = None  # an almanac's "what happened on this day" (None: not read)
    dotted_clocks: bool | None = None  # a live blog's "21.20" stamps are clocks (None: not read)
    page_location: tuple[Place | None] | None = None  # a page's one location field's town
    last_year: int | None = None  # the last year written anywhere ("the winter of 2022")
    # month → (year, paragraph) where it was last told with its year
    months_told: dict[int, tuple[int, int]] = field(default_factory=dict)
    list_day: tuple[int, DateWindow] | None = None  # (list's top line, the day told over it)
    set_aside: int | None = None  # paragraph of the last line under a "Not strikes" heading
    links: bool = False  # the lines set aside are a page's links to its other stories
    voice_city: Place | None = None  # the town whose mayor or city head publishes the page
    # (paragraph, the day its leading stamp names): a log line's day, read once per line
    line_day: tuple[int, date | None] | None = None
    # the one town a working document's title names (None: not yet read)
    notes_town: list[PlaceMention] | None = None
    # the places the headings and event sentences name, any role (geo.storygeo's anchors)
    places_named: list[Place] = field(default_factory=list)
    sites_named: dict[str, Place] = field(default_factory=dict)  # "lavra": the Lavra's town


FOCUS_KM = 100.0  # an article whose towns lie within this of their centre is about one area


def focus(reading: Reading) -> tuple[float, float] | None:
    """The centre of the towns the article has placed so far, when they lie together (a
    nationwide roundup has no centre worth a namesake's choice). Rounded to 0.1° so that the
    resolver's cache still answers."""
    seen = reading.towns_seen
    if not seen.n:
        return None
    lat, lon = seen.lat_sum / seen.n, seen.lon_sum / seen.n
    lat_off = max(seen.lat_max - lat, lat - seen.lat_min) * 111
    lon_off = max(seen.lon_max - lon, lon - seen.lon_min) * 71
    if lat_off > FOCUS_KM or lon_off > FOCUS_KM:
        return None
    return round(lat, 1), round(lon, 1)


_THE_SAME_ATTACK = re.compile(
    # ("The same attack hit the town of Samar")
    r"(?:\b(?:in|during|by)\s+the|^\W*The)\s+same\s+(?:[\w-]+\s+)?(?:attack|strike|wave|barrage|assault|raid|"
    r"shelling|bombardment|salvo)\b",
    re.IGNORECASE,
)


_ALSO_STRUCK = re.compile(
    r"\b(?:was|were)\s+also\s+(?:hit|struck|damaged|shelled|targeted|attacked|destroyed)\b"
)


def narrative_day(reading: Reading, s: Sentence) -> DateWindow | None:
    """'On Monday, a missile hit X. Another struck Y.': the next sentence of the same
    paragraph continues the day told, unless it names its own."""
    paragraph, index = reading.day_at
    if reading.day is None:
        return _as_told(reading.section[0]) if reading.section else None
    near = 0 <= s.paragraph - paragraph <= 2 and s.index - index <= 2
    # (not a flashback's day past its paragraph: "Also last Friday, … struck Svatovo. ¶ In
    # Kherson, … died as a result of a night strike" is of the news days the lead told)
    near = near and (s.paragraph == paragraph or not _a_flashback(reading.day, reading))
    # the rest of the day's own paragraph too ("That barrage killed 39. Sixteen died in
    # Kyiv. … In Dnipro, five were killed"), for a day, not a month told in it
    told_here = s.paragraph == paragraph and reading.day.days <= 2
    # "The Saturday attacks started in Kyiv. … ¶ In the northeastern city of Kharkiv, two
    # missiles struck …": the next paragraph, led by its place, goes on with the day's list
    first = paragraph_start(s, reading)
    next_place = (
        first > 0 and s.index - index <= 6 and reading.day.days <= 2
        and _of_the_news(reading.day, reading)  # (not "destroyed on March 22", a background)
        and (
            _after_place_led(reading, first) == paragraph
            and _PLACE_LEAD.match(reading.sentences[first].span.text) is not None
            # ("Yesterday, September 8, … killed 9 civilians of the region. ¶ According to him,
            # … several communities. In Fedorivka …, the Russians killed one person. In New
            # York … one resident died": the toll's places, sentence by sentence)
            or (
                s.paragraph - paragraph <= 2 and _PLACE_OPENS.match(s.span.text) is not None
                # (no other day told between: "… air attack, which on Friday killed 39. In
                # Kyiv, a warehouse … were hit" after Saturday's Belgorod is Friday's)
                and not any(
                    _A_DAY_WORD.search(x.span.text) for x in reading.sentences[index + 1 : s.index]
                )
            )
        )
    )  # fmt: skip
    # "… on 19 August, … reported. ¶ Details: ¶ - Two were killed in Mykolaivka …": a
    # bulleted list goes on with the day told over it, or in one of its items
    # (not the day one item told: "🔹 In Bilozerka, yesterday afternoon, …" is that item's)
    top = _list_top(s, reading)
    if top is not s and 0 <= top.paragraph - paragraph <= 2 and 0 < top.index - index <= 4:
        reading.list_day = (top.index, reading.day)
    listed = reading.list_day
    # (an item that told its own day goes on with it)
    if top is not s and listed is not None and listed[0] == top.index and not told_here:
        return _as_told(listed[1])
    # ("Bilopillia community: the enemy fired mortars. In the village of Pavlivka a mine hit
    # a yard": the paragraph's event went on with the day, and so does its next sentence)
    last = reading.last
    # (the same days, however it came by them: "Two missiles hit … Lutsk" took the day the
    # paragraph before told)
    went_on = (
        last is not None and last.sentence.paragraph == s.paragraph
        and (last.date.start, last.date.end) == (reading.day.start, reading.day.end)
    )  # fmt: skip
    # ("In the same attack, a missile hit the city of Samar": the day of the attack told)
    # (and "An industrial enterprise was also damaged in Pavlohrad": the attack told goes on)
    same = reading.day.days <= 2 and (
        _THE_SAME_ATTACK.search(s.span.text) is not None
        or _ALSO_STRUCK.search(s.span.text) is not None
    )
    if near or told_here or next_place or went_on or same:
        return _as_told(reading.day)
    if _entries_since(reading, index, s.index):
        return _as_told(reading.day)
    if reading.section is not None and reading.section[1] < s.index:
        return _as_told(reading.section[0])  # "Saturday" heads the section
    return None


def _as_told(day: DateWindow) -> DateWindow:
    """The day the story told, for a sentence that goes on with it; a record's labelled day
    ("When: 6 March") stays labelled, as written as any day the sentence gives itself."""
    return day if day.basis == "labelled" else replace(day, basis="narrative")


def _after_place_led(reading: Reading, first: int) -> int:
    """The paragraph before a run of paragraphs each led by its place ("In Voronezh, … ¶ In
    Ostrogozhsk, … ¶ In Liski, …"): the one whose day the run goes on with."""
    k = first - 1
    while k > 0:
        start = paragraph_start(reading.sentences[k], reading)
        if not _PLACE_LEAD.match(reading.sentences[start].span.text) or start == 0:
            break
        k = start - 1
    return reading.sentences[k].paragraph


_ITEM = re.compile(rf"^\s*{lx.BULLET}\s")


def _list_top(s: Sentence, reading: Reading) -> Sentence:
    """The line that heads the bulleted list ``s`` is in ("Details:"), or its first item;
    ``s`` itself when it is in no list."""
    first = paragraph_start(s, reading)
    if not _ITEM.match(reading.sentences[first].span.text):
        return s
    while first > 0:
        above = paragraph_start(reading.sentences[first - 1], reading)
        if not _ITEM.match(reading.sentences[above].span.text):
            break
        first = above
    head = reading.sentences[first - 1] if first > 0 else None
    return (
        head
        if head is not None and head.span.text.rstrip().endswith(":")
        else reading.sentences[first]
    )


_A_DAY_WORD = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"\d{1,2}[./]\d{1,2})\b",
    re.IGNORECASE,
)
_PLACE_OPENS = re.compile(
    r"^\W*In\s+(?:the\s+(?:village|town|city|settlement)\s+of\s+)?[A-Z][\w'’-]+"
)
_PLACE_LEAD = re.compile(
    r"^\W*In\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:(?:city|town|village|region)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:region|oblast|district|raion|community|hromada))?,"
)


def _a_flashback(day: DateWindow, reading: Reading) -> bool:
    """A day told days before the news cycle the story's lead tells, counted back from it
    ("last Friday"; not a record's own date, "During the night of 05 to 06.06.2024")."""
    lead = reading.lead
    return (
        lead.basis == "news cycle" and day.basis == "relative"
        and lead.start is not None and day.end is not None
        and (lead.start - day.end).days > 2
    )  # fmt: skip


def _of_the_news(day: DateWindow, reading: Reading) -> bool:
    return day.end is not None and reading.ref is not None and (reading.ref - day.end).days <= 2


def paragraph_start(s: Sentence, reading: Reading) -> int:
    """The index of the first sentence of ``s``'s paragraph."""
    i = min(s.index, len(reading.sentences) - 1)
    while i > 0 and reading.sentences[i - 1].paragraph == s.paragraph:
        i -= 1
    return i


def paragraph_so_far(s: Sentence, reading: Reading, lines: int | None = None) -> str:
    """The words of ``s``'s paragraph up to and with ``s`` (a log's line as told so far);
    only its last ``lines`` sentences when given (a record in a block of records)."""
    start = paragraph_start(s, reading)
    if lines is not None:
        start = max(start, s.index - lines + 1)
        if start == s.index and start > 0 and reading.sentences[start - 1].heading:
            # ("### E24-1226-ZO · 26.12.2024 · Zolochivska / Bohodukhivskyi / Kharkiv" above
            # the note: a record's heading holds its units)
            start -= 1
    return " ".join(x.span.text for x in reading.sentences[start : s.index + 1])


# "Yunakivka community: the enemy dropped a guided bomb …": one entry of a roundup's list
_ENTRY_LINE = re.compile(
    rf"^\s*(?:{lx.BULLET}\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+"
    r"(?:community|hromada|district|raion|municipality|village\s+council)\s*[:–—-]"
    # ("Chernihiv region. In Chernihiv, enemy shelling damaged …": a digest's regional item)
    rf"|^\s*(?:{lx.BULLET}\s+)?[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?\s+(?:region|oblast)\s*[.:–—-]"
)
ENTRY_RUN = 12  # a roundup's list runs this many entries at most, for its day to carry


def _entries_since(reading: Reading, index: int, now: int) -> bool:
    """Are the sentences after the day was told, up to this one, a list's entries (and what
    each goes on to say)? A roundup's day carries through its list."""
    if now - index > ENTRY_RUN or now >= len(reading.sentences):
        return False
    told = reading.sentences[index].paragraph
    run = reading.sentences[index + 1 : now + 1]
    # the rest of the day's paragraph, then "Among the affected communities:"
    while run and (run[0].paragraph == told or run[0].span.text.rstrip().endswith(":")):
        run = run[1:]
    return (
        bool(run)
        and bool(_ENTRY_LINE.match(run[0].span.text))
        # (the last its entry's line, or a sentence of it: "Mykolaiv region. In Mykolaiv, …")
        and any(_ENTRY_LINE.match(x.span.text) for x in run if x.paragraph == run[-1].paragraph)
        and all(
            _ENTRY_LINE.match(x.span.text) or x.paragraph == prev.paragraph
            for prev, x in zip(run, run[1:], strict=False)
        )
    )


def clock_day(text: str, reading: Reading) -> DateWindow | None:
    """'A KAB struck a high-rise in the afternoon': with no day in the text, a time of day is
    the day of publication."""
    if reading.ref is None or reading.lead.end != reading.ref:
        return None  # the story's news is of another day: its clock is that day's
    yesterday = yesterdays_clock(text, reading)
    if yesterday is not None:
        return yesterday
    if not lx.CLOCK_TODAY.search(text):
        return None
    return DateWindow(reading.ref, reading.ref, "day", "time of day")


def yesterdays_clock(text: str, reading: Reading) -> DateWindow | None:
    """A page stamped in the morning ("23 November 2024, 10:05") that tells a strike "in the
    afternoon" or "in the evening" with no day of its own tells yesterday's."""
    hour, ref = reading.stamp_hour, reading.ref
    if hour is None or ref is None or hour >= MORNING_ENDS or not _LATER_IN_THE_DAY.search(text):
        return None
    day = ref - timedelta(days=1)
    return DateWindow(day, day, "day", "time of day")


MORNING_ENDS = 12  # a page stamped before noon tells yesterday's afternoon and evening
_LATER_IN_THE_DAY = re.compile(r"\bin\s+the\s+(?:afternoon|evening)\b", re.IGNORECASE)


# "08:25 —", "9.40am", "17.48 BST": a live blog's entry stamps
_TIMESTAMP = re.compile(
    r"^\s*\d{1,2}[:.]\d\d\b(?:\s*(?:[—–-]|[ap]\.?m\.?)|"
    r"\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EST|EDT|ET|Kyiv\s+time)?\s*$)"
)


def lead_window(sentences: list[Sentence], ref: date | None) -> DateWindow:
    """The date of the day's news, for events an article tells without a date.

    Parameters
    ----------
    sentences
        The article's sentences, in order.
    ref
        Its publication date (None: nothing can be dated).

    Returns
    -------
    DateWindow
        Publication day for a live blog or a story told by the clock ("03:40 —",
        "in the afternoon"); else the first date within three days of publication (the
        news cycle); else the day of publication or the day before.
    """
    if ref is None:
        return default_window(ref)
    if sum(bool(_TIMESTAMP.match(s.span.text)) for s in sentences) >= 2:
        # A live blog: entries stamped "08:25" are the day it is published.
        return DateWindow(ref, ref, "day", "live blog")
    page_day = None  # "MOSCOW, March 11 –", "April 11, 2024, 10:12": the dispatch's day
    stamped_at = -1  # where the page's stamp stood
    evening = False  # posted at the day's end
    for i, s in enumerate(sentences):
        if page_day is not None and page_day.days == 2 and i > stamped_at + LEAD_NARROWS:
            # a morning post: "19 October 2024, 07:44 ¶ The night in the region was restless.
            # … ¶ Yesterday evening, …": a day told far below the stamp is its own event's
            return page_day
        dateline = lx.DATELINE.match(s.span.text)
        # "Kyiv is in mourning on Tuesday after Monday's missile barrage": the barrage's day
        found = find_dates(s.span.text, ref)
        found.sort(key=lambda d: lx.POSSESSIVE_EVENT.match(s.span.text, d.end) is None)
        for d in found:
            w = d.window
            if not (w.start and w.end and w.days <= 2 and 0 <= (ref - w.end).days <= 3):
                continue
            # "(translated from the Telegram post of 12.03.2024, 09:05)": when it was posted
            clock = _CLOCK_AFTER.match(s.span.text[d.end :])
            # "BERYSLAV DISTRICT NEWS · 15.05.2024": a masthead's day of publication
            # (not the title's "Kharkiv region on 18 August": the news' day)
            masthead = s.heading and i > 0 and w.start == w.end == ref and w.basis != "relative"
            stamp = is_stamp(s.span.text) or clock or masthead
            if (dateline and d.start < dateline.end()) or stamp:
                # the news' own day, if the story tells one ("on the night of March 10
                # to 11"), says more than the day it was filed
                hour = int(clock.group("hour")) if clock else None
                page_day = page_day or _posted_on(w, hour)
                stamped_at = i if stamped_at < 0 else stamped_at
                evening = evening or (hour is not None and hour >= EVENING_HOUR)
                if stamp:
                    break
                continue  # "KYIV, Oct 10 (Reuters) - … on Monday": the lead's own day follows
            before = s.span.text[max(0, d.start - 60) : d.start]
            told = lx.FOLLOW_UP_BEFORE.search(before) or lx.STATEMENT_DATE.search(before)
            if dateline and told:
                continue  # "KYIV, Jan 16 – The death toll … rose to 40 on Monday": the toll's day
            if _aftermath_day(before) and not _POSSESSIVE.match(s.span.text, d.end):
                continue  # "Mourners gathered Sunday in X … victims of a strike": the funeral's
            if evening and page_day is not None and w.days == 2 and w.end == page_day.end:
                # a summary posted at 19:40 "over the (past) day" is that day's
                return replace(page_day, basis="news cycle")
            if _PAST_DAY.fullmatch(d.text):
                # the lead's next sentences, past the page's mastheads, bylines and stamps
                body = [x for x in sentences[i + 1 :] if not x.heading][:LEAD_NARROWS]
                w = _day_inside(w, [sentences[i], *body], ref)
            return DateWindow(w.start, w.end, w.precision, "news cycle")
    if page_day is not None:
        return page_day
    if any(lx.CLOCK_TODAY.search(s.span.text) for s in sentences[:4]):
        # "03:40 — explosions reported in Kherson": the story is told by today's clock.
        return DateWindow(ref, ref, "day", "time of day")
    return default_window(ref)


def _aftermath_day(before: str) -> bool:
    """A day told of the aftermath ("Mourners gathered Sunday"), not of a strike told after
    it ("a day of mourning after a wave of strikes on Monday", "in mourning on Tuesday after
    Monday's barrage", "funerals of the victims of Wednesday's strike")."""
    last = max(lx.AFTERMATH.finditer(before), key=lambda x: x.start(), default=None)
    return (
        last is not None
        and not lx.STRIKE_WORDS.search(before, last.end())
        and not _SINCE.search(before, last.end())
    )


_SINCE = re.compile(r"\b(?:after|since|following)\b", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\b")


LEAD_NARROWS = 4  # sentences from the lead's in which a named day narrows "the past day"
# A day's roundup, not a night's: "overnight" keeps both its days whatever day is named.
_PAST_DAY = re.compile(
    r"(?:over|during|in)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)"
    r"|(?:in|during|over|per)\s+(?:a|the)\s+day",  # "how they shelled the region in a day"
    re.I,
)


_CLOCK_AFTER = re.compile(r"^,?\s*(?:at\s+)?(?P<hour>\d{1,2})[:.]\d\d\b(?!\.\d)")
EVENING_HOUR = 17


def _posted_on(day: DateWindow, hour: int | None) -> DateWindow:
    """The page's day from its stamp: a morning post ("02.11.2024, 07:48", "The night was
    restless") tells the night before and the day before too."""
    assert day.start is not None and day.end is not None
    if hour is not None and hour < MORNING_HOUR:
        return DateWindow(day.start - timedelta(days=1), day.end, "days", "page day")
    return DateWindow(day.start, day.end, day.precision, "page day")


MORNING_HOUR = 11


def _day_inside(window: DateWindow, sentences: list[Sentence], ref: date) -> DateWindow:
    """A headline's "over the past day" and the body's "Over the past day, September 13":
    the first of the lead's two days, named, is the news' day (the second is the page's own).
    Not a span ("from 08:00 on 14 December to 08:00 on 15 December"): that is both days."""
    for s in sentences:
        named = [
            d.window for d in find_dates(s.span.text, ref)
            if d.window.precision == "day" and d.window.basis in ("explicit", "year inferred")
        ]  # fmt: skip
        if len(named) != 1:
            continue
        w = named[0]
        if (
            window.start is not None and window.end is not None and w.start is not None
            and window.start <= w.start < window.end and w.days == 1
        ):  # fmt: skip
            return w
    return window


_DURING = re.compile(
    r"\b(?:during|amid)\s+(?:the\s+|an?\s+|their\s+|his\s+|her\s+|its\s+)?$", re.IGNORECASE
)


# "hospitals in the regional capital, Sumy": the comma only names the capital.
_APPOSED = re.compile(r"\b(?:capital|city|town|village|cent(?:re|er)|port|hub)\s*,\s*$", re.I)
# "a bus evacuating civilians from the town of X", struck: it was struck leaving X.
_STRUCK_LEAVING = re.compile(
    r"^evacuat\w*\b[^,;]*?\b(?:from|near|outside|out\s+of)\s+(?:the\s+(?:\w+\s+)?of\s+)?$", re.I
)


def non_event_clause(text: str, start: int) -> bool:
    """'relocated to shelter centers in Stary Oskol': the clause is not about the strike."""
    parts = re.split(r"([,;]|\s[-–—]\s)", text[max(0, start - 90) : start])
    clause = parts[-1]
    if len(parts) > 2 and not clause.strip() and _APPOSED.search(parts[-3] + parts[-2]):
        clause = parts[-3] + parts[-2]
    elif len(parts) > 2 and _INCLUDING.match(clause):
        # "… reinforce air defenses around key facilities, including near St. Petersburg": the
        # list goes on with the clause before it
        clause = parts[-3] + parts[-2] + clause
    # "shelling during the evacuation in Irpin": a time adverbial, not a clause of its own.
    found = [
        m for m in lx.NON_EVENT_CLAUSE.finditer(clause) if not _DURING.search(clause[: m.start()])
    ]
    if any(_HURT_WHILE.search(clause, 0, m.start()) for m in found):
        return False  # "four medics were killed while evacuating civilians from Strilecha"
    if found and _STRUCK_LEAVING.match(clause[found[-1].start() :]):
        return not (
            lx.STRONG_TRIGGER.search(clause, 0, found[-1].start())
            or lx.STRONG_TRIGGER.search(clause, found[-1].end())
        )
    if found and _STRUCK_THE.search(clause, 0, found[-1].start()):
        return False  # "shelled an evacuation convoy in the village of Strilecha": what was hit
    if found and _FIRED_FROM_AT.search(clause):
        return False  # "artillery fired from across the border at Volfyne": where it fell
    # "Smoke coming from a plant after being struck in Sumy": a strike word after the
    # non-event word governs the place.
    return bool(found) and not lx.STRONG_TRIGGER.search(clause, found[-1].end())


_INCLUDING = re.compile(r"\s*(?:including|notably|especially|in\s+particular)\b", re.I)
_HURT_WHILE = re.compile(
    # ("medics were killed when Russian forces shelled them as they tried to evacuate …")
    r"\b(?:killed|wounded|injured)\b[^,;]{0,80}?\b(?:while|when|as)\s+"
    r"(?:they\s+were\s+|(?:they|he|she)\s+(?:tried|attempted)\s+to\s+|trying\s+to\s+)?$",
    re.IGNORECASE,
)
_FIRED_FROM_AT = re.compile(
    r"\b(?:fired|firing|shot|launched)\s+from\s+[^,;]{1,50}?\s+(?:at|on|upon|into)\s+$", re.I
)
_STRUCK_THE = re.compile(
    r"\b(?:shelled|hit|struck|attacked|targeted|bombed|fired\s+on)\s+(?:an?|the)\s+$", re.I
)
BROAD_KM = 140.0
_EVENTFUL = re.compile(
    rf"{lx.TRIGGER.pattern}|{lx.STRIKE_WORDS.pattern}"
    r"|\b(?:killed|wounded|injured|dead|died|damaged|destroyed|fires?|burn(?:ed|ing|t)|casualties)\b",
    re.IGNORECASE,
)


def _in_the_eventful_clauses(text: str, strong: list[PlaceMention]) -> list[PlaceMention]:
    """ "The concerts in Kingisepp and Ivangorod went well, but …: on the night of 21 January
    the terminal in the port of Ust-Luga caught fire after a drone attack": places in a
    clause that tells nothing of a strike or its harm, when another clause tells it of its
    own place, are not struck."""
    if len(strong) < 2:
        return strong
    bounds = [0, *(m.end() for m in _CLAUSE_MARK.finditer(text)), len(text) + 1]

    def clause(p: PlaceMention) -> str:
        i = max(k for k in range(len(bounds) - 1) if bounds[k] <= p.start)
        return text[bounds[i] : bounds[i + 1]]

    # (a clause of its own, its verb telling something else: not a label's "Vilkhivka
    # (Kharkivskyi raion), night of 19 to 20 June: a Russian attack hit the village")
    eventful = [
        p for p in strong if _EVENTFUL.search(clause(p)) or not _ANOTHER_VERB.search(clause(p))
    ]  # fmt: skip
    return (
        eventful
        if len(eventful) < len(strong) and any(_EVENTFUL.search(clause(p)) for p in eventful)
        else strong
    )


_ANOTHER_VERB = re.compile(
    r"\b(?:went|go|goes|was|were|is|are|had|has|have|did|took|came|stayed|lived|lives|live|"
    r"worked|works|played|sang|performed|opened|closed|met|stand|stands|stood|wait|waits|waited)\b",
    re.IGNORECASE,
)
# a clause's end: a colon, a dash between spaces, or ", but" (not a list's semicolon; but a
# semicolon before a clause of the writer's own: "hit the railway at Malyn; our six wagons …")
_CLAUSE_MARK = re.compile(r":\s|\s[—–]\s|,\s+but\b|;\s+(?=(?i:our|my|we|I|they|his|her|their)\s)")


# "… after the fire at the Belgorod oil depot: early on Friday two helicopters struck the
# depot": the site, named in a clause of no event, struck in the words after the colon
_ITS_SITE_STRUCK_NEXT = re.compile(
    r"(?:\s+[\w'’-]+){0,3}\s*:\s+[^.;:]{0,100}?\b(?:struck|hit|shelled|attacked|bombed|"
    rf"destroyed|damaged)\s+the\s+(?:[\w-]+\s+){{0,2}}?{lx.SITE_NOUNS}\b"
)

# "The meeting place of the mission near Vasilyevka was also under fire": the clause's word
# (a meeting) only names the site, which the sentence's own verb then strikes
_SUBJECT_STRUCK_NEXT = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:also\s+|again\s+)?(?:under\s+(?:\w+\s+)?fire|"
    r"shelled|hit|struck|attacked|bombed|targeted)\b",
    re.IGNORECASE,
)


def event_places(
    text: str, places: list[PlaceMention]
) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """(places the event happened at, weaker candidates such as 'Belgorod governor')."""
    usable = [p for p in places if p.place is None or p.place.precision != "country"]
    usable = [
        p for p in usable
        if not non_event_clause(text, p.clause_start)
        or lx.WHERE_STRUCK_AFTER.match(text, p.end)
        or _ITS_SITE_STRUCK_NEXT.match(text, p.end)
        or _SUBJECT_STRUCK_NEXT.match(text, p.end)
    ]  # fmt: skip
    strong = [p for p in usable if p.role in ("target", "subject")]
    strong = _in_the_eventful_clauses(text, strong)
    if _entry_locates(text, strong):
        # "Snovsk community: the village of Khrinivka came under fire": the community
        # only says where the village is.
        strong = strong[1:]
    if any(p.place and p.place.precision == "town" for p in strong):
        # "a depot near Kirovograd that supplied troops in the Donbass": a named town
        # says where; a vast region beside it is background.
        # (not one of a list of regions: "over the Bryansk, Oryol, Kursk and Moscow regions")
        lists = {p.clause_start for p in strong if p.place and p.place.precision == "region"
                 and p.place.radius_km < BROAD_KM}  # fmt: skip
        strong = [
            p for p in strong
            if not (p.place and p.place.radius_km >= BROAD_KM) or p.clause_start in lists
        ]  # fmt: skip
    return strong, [p for p in usable if p.role == "weak"]


def _entry_locates(text: str, strong: list[PlaceMention]) -> bool:
    """A roundup entry ("X community:") whose line names the village struck, in the same
    clause as the strike; "X community: a mortar attack, and a drone struck Y" is two events."""
    if not strong or not lx.ROUNDUP_ENTRY.match(text[strong[0].end :]):
        return False
    towns = [p for p in strong[1:] if p.place and p.place.precision == "town"]
    if not towns:
        return False
    before = text[strong[0].end : towns[0].start]
    earlier_clauses = re.split(r"\band\b|;", before)[:-1]
    return not any(lx.TRIGGER.search(c) for c in earlier_clauses)


_BARE_NAME = re.compile(r"[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?")


def note_bare(reading: Reading, m: Mention, pm: PlaceMention) -> None:
    """Remember an event placed by a bare name, for :func:`later_sense`."""
    if pm.query is not None and not pm.query[2]:
        reading.bare.append((m, pm.query[0].casefold()))
    elif pm.query is not None and pm.query[1]:
        reading.by_unit.append((m, pm.query[0]))  # ("Stepnoye of the Volnovakha district")
    elif pm.query is None and pm.end > pm.start and _BARE_NAME.fullmatch(pm.text):
        # ("… hit a recreation centre in the village", the title's "Serhiivka": the town
        # told before, by its bare name)
        # (marked "~": its own words did not place it, so later_sense leaves it be)
        reading.bare.append((m, "~" + pm.text.casefold()))


def _disowned(name: str, reading: Reading) -> bool:
    """Does the text call a namesake of ``name`` the wrong one ("That is the wrong Nikopol")?"""
    if reading.disowned is None:  # (one pass over the text, not one per name asked)
        reading.disowned = frozenset(
            (m.group(1) or m.group(2)).casefold()
            for s in reading.sentences for m in _THE_WRONG.finditer(s.span.text)
        )  # fmt: skip
    return name.casefold() in reading.disowned


_THE_WRONG = re.compile(
    # (not "That is the wrong Nikopol" read as a town "That")
    r"\bthe\s+wrong\s+([A-Z][\w'’-]+)|\b(?!(?:That|This|It)\b)([A-Z][\w'’-]+)\s+is\s+the\s+wrong\b"
)


_CAME_FROM = re.compile(r"\bfrom\s+the\s+(?:village|town|settlement|city)\s+of\s+$", re.IGNORECASE)


def later_sense(reading: Reading) -> None:
    """'ACLED | Shelling | Kamianske' over 'shelled Kamianske (Vasylivka raion, Zaporizhzhia)':
    a bare name told before the text placed it with its raion or oblast is that place too."""
    for m, key in reading.bare:
        named = reading.named.get(key)  # (never a "~" key's)
        if named is not None and m.place is not None and m.place.precision == "town":
            m.place = named


def one_sense(places: list[PlaceMention], reading: Reading, text: str = "") -> list[PlaceMention]:
    """'Petrivka, Izium district: …' then '… near Petrivka': a name the text once placed
    with its raion or oblast means that place wherever it recurs bare."""
    out = []
    for p in places:
        name, _, qualified = p.query or ("", (), False)
        key = name.casefold()
        if qualified and p.place is not None and p.place.precision == "town":
            # (not a namesake someone only came from: "moved to the city from the village of
            # Poltava in the Svatove district" in a story of Poltava struck)
            # (nor one the text disowns: "… to the village of Nikopol in the Kharkiv region.
            # That is the wrong Nikopol.")
            if not _CAME_FROM.search(text, max(0, p.start - 40), p.start) and not _disowned(
                name, reading
            ):
                reading.named.setdefault(key, p.place)
        elif not qualified and key in reading.named and p.place is not None:
            p = replace(p, place=reading.named[key])
        out.append(p)
    return out


_OF_THE_CITY = re.compile(r"[^.;]{0,60}?\bdistricts?\s+of\s+(?:the|our|this)\s+city\b")
_ADJ_DISTRICT = re.compile(r"(?:sky|skiy|skyi|skyy|ski|skoi|sk[iy]i)$", re.IGNORECASE)
_NAMED_DISTRICT = re.compile(r"(\S+)\s+districts?", re.IGNORECASE)
_DISTRICT_AFTER = re.compile(
    # (or a list of them: "the Voroshilovsky, Kievsky and Budyonnovsky districts")
    r"^(?:,\s+[A-Z][\w'’-]+){0,4}\s+(?:and\s+[A-Z][\w'’-]+\s+)?(?:districts?|area|neighbou?rhood)\b"
    # (not a region's: "the Volnovakha district of the Donetsk People's Republic")
    r"(?P<of>\s+of\s+(?:the\s+)?(?![A-Z][\w'’-]+\s+(?:People['’]s\s+Republic|region|oblast|krai|"
    r"province)\b)[A-Z])?"
)
# "the Klimovsky district of the Bryansk region": a raion its region places, not a city's part
_OF_ITS_REGION = re.compile(
    r"^(?:\s+(?:of|in)\s+(?:the\s+)?|,\s*)[A-Z][\w'’-]+\s+(?:region|oblast|krai|province|"
    r"People['’]s\s+Republic)\b"
)


def city_districts(
    places: list[PlaceMention], text: str, reading: Reading, gaz: PlaceResolver | None = None
) -> list[PlaceMention]:
    """'the Kievsky district of Donetsk', 'in the Kuibyshevsky district': a city's district
    named by an adjective is that city (named after it, or last), not a namesake elsewhere."""
    out = []
    for p in sorted(
        [*places, *_districts_unknown(places, text, gaz, reading)], key=lambda p: p.start
    ):
        head = p.text.split(",")[0]
        named = _NAMED_DISTRICT.fullmatch(head)  # "Kuibyshevsky district" read as one name
        after = _DISTRICT_AFTER.match(text[p.end :])
        adjective = _ADJ_DISTRICT.search(named.group(1) if named else head) or far_hamlet(
            p, reading
        )
        if (after is None and named is None) or not adjective:
            out.append(p)
            continue
        if after is not None and after.group("of"):
            continue  # the city follows and is read in its own right
        if (
            p.place is not None
            and p.place.precision == "region"
            and _OF_ITS_REGION.match(text[p.end :])
        ):
            out.append(p)
            continue
        here = [
            q.place
            for q in places
            if q.end <= p.start
            and q.place is not None
            and q.place.precision == "town"
            and q.place.population >= BIG_CITY
        ]  # fmt: skip  "In Makeyevka, … in the Sovetsky district": this sentence's city
        town = here[-1] if here else entry_city(reading) or reading.last_town or reading.voice_city
        having = cities_with_district((named.group(1) if named else head).split()[0])
        if town is not None and having and town.name not in having:
            town = None  # ("the Budyonnovsky district" after a village told: Donetsk's)
        if town is not None and not having and _a_raion_across(p.place, town, text):
            town = None  # ("a drone struck the Klimovsky district" after Kyiv: Bryansk's raion)
        # (or a hamlet the adjective spells: "the Kuibyshevsky and Voroshilovsky districts" are
        # Donetsk's, not a hamlet Voroshylovskyi)
        hamlet = p.place is not None and p.place.precision == "town" and p.place.population < 1_000
        # (or one told as the city's: "the Voroshilovsky, Kievsky and Budyonnovsky districts of
        # the city", however big a namesake elsewhere)
        of_the_city = _OF_THE_CITY.match(text, p.end) is not None
        if town is None and gaz is not None and (p.place is None or hamlet or of_the_city):
            # "in the Tsentralno-Miskyi district" of a letter signed "…, Kryvyi Rih": of the
            # cities with such a district, the one the text names
            town = _city_named_in_the_text(named.group(1) if named else head, reading, gaz)
        if (
            town is None or town.population < BIG_CITY
            or (p.place is not None and p.place.precision == "region"
                and p.place.admin1 == town.admin1)
        ):  # fmt: skip
            out.append(p)  # no city told yet, or a raion of the city's own oblast
            continue
        out.append(replace(p, place=town, query=None))
    return out


def _a_raion_across(raion: Place | None, town: Place, text: str) -> bool:
    """Is a district no city has a part called after a raion of another country than the
    city told, or of a region the sentence names? (A Soviet name of the city's own district
    may match a raion elsewhere in Russia; one across the border or in the named region is
    the raion.)"""
    if raion is None or raion.precision != "region" or raion.admin1 is None:
        return False
    region = raion.admin1.split()[0]
    return raion.country != town.country or re.search(rf"\b{re.escape(region)}\b", text) is not None


_DISTRICT_BY_ADJECTIVE = re.compile(
    # ("the Korabelnyi district", "the Tsentralnyi district")
    r"\b(?P<name>[A-Z][a-z]+(?:sk(?:y|yi|iy|ii|ij|i)|s['’]k\w*|n(?:yi|yy|iy|ij))\s+"
    r"(?:district|distr\.|r-n))(?!\s+of\b)"
)


def _districts_unknown(
    places: list[PlaceMention], text: str, gaz: PlaceResolver | None, reading: Reading
) -> list[PlaceMention]:
    """ "a shell killed a woman in the Budyonnovsky district": a city's district by its
    Soviet name, which no gazetteer row bears, in a sentence that places nothing else: the
    one city with a district so called."""
    if gaz is None or any(p.place is not None for p in places):
        return []
    taken = [(p.start, p.end) for p in places]
    out = []
    for m in _DISTRICT_BY_ADJECTIVE.finditer(text):
        adjective = m.group("name").split()[0]
        cities = cities_with_district(adjective)
        if (
            not cities or gaz.is_known(adjective)
            or any(a < m.end() and m.start() < b for a, b in taken)
            # (a strike told with its side: "a Ukrainian shell killed a woman in the …", "the
            # Russians fired cluster munitions at the …", "shahids on the … district")
            or not (lx.TRIGGER.search(text) and _sided(text))
        ):  # fmt: skip
            continue
        # (of the cities having such a district, the one the story is in: "the Korabelnyi
        # district" in a Mykolaiv diary, though Kherson has one too)
        city = _the_storys_city(cities, reading, gaz) or (
            city_place(next(iter(cities)), gaz)
            if len(cities) == 1
            else _city_named_in_the_text(adjective, reading, gaz)
        )
        if city is not None:
            out.append(_district_as_city(m, city))
    return out or _bare_districts(text, reading, gaz)


# a district's bare name after "in": "a high-rise in Holosiivskyi" (not its street or park)
_BARE_DISTRICT = re.compile(
    r"\b(?:in|near|across)\s+(?P<name>[A-Z][a-z]+(?:s['’]?k(?:yi|yy|iy|ii)|nyi))\b"
    r"(?!\s+(?:district|distr|r-n|raion|rayon|street|st\b|avenue|ave\b|prospect|lane|park|"
    r"square|boulevard|market|station))"
)


def _bare_districts(text: str, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """ "Debris hit a high-rise in Holosiivskyi" in a thread about Kyiv: a city's district by
    its bare name is the city (the one with such a district that the text names)."""
    out = []
    for m in _BARE_DISTRICT.finditer(text):
        name = m.group("name")
        if gaz.is_known(name) or not lx.TRIGGER.search(text):
            continue
        city = _city_named_in_the_text(name, reading, gaz)
        if city is not None:
            out.append(_district_as_city(m, city))
    return out


_WEAPON_AIMED = re.compile(rf"\b{lx.WEAPONS_AIMED}", re.IGNORECASE)


def _sided(text: str) -> bool:
    """Does the sentence tell who struck, by a side's name or its weapon's aim?"""
    return bool(lx.ATTACKER.search(text) or lx.SIDE_VERB.search(text) or _WEAPON_AIMED.search(text))


def _the_storys_city(cities: frozenset[str], reading: Reading, gaz: PlaceResolver) -> Place | None:
    """Of the cities having a district so named, the one the story is in (its entry's, the
    last told, the voice's, the log's home, the title's)."""
    home = reading.home[0] if reading.home else None
    titled = reading.title_places or ()
    keys = {c.key for c in (city_place(name, gaz) for name in sorted(cities)) if c is not None}
    for town in (entry_city(reading), reading.last_town, reading.voice_city, home, *titled):
        if town is not None and town.key in keys:
            return town
    return None


def _district_as_city(m: re.Match[str], city: Place) -> PlaceMention:
    """A district's name, read as the city it is of."""
    return PlaceMention(m.start(), m.end(), m.group("name"), city, "target", m.start())


def _city_named_in_the_text(district: str, reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The one city having a district so named whose name the text writes anywhere."""
    text = " ".join(s.span.text for s in reading.sentences)
    named = [c for c in cities_with_district(district) if re.search(rf"\b{re.escape(c)}\b", text)]
    if len(named) != 1:
        return None
    return city_place(named[0], gaz)


def far_hamlet(p: PlaceMention, reading: Reading, town: Place | None = None) -> bool:
    """ "missiles hit the Peresyp district" under an Odesa item: a city's district named as
    a hamlet far away is the city's, not the hamlet's (``town``: the city, if not the entry's
    or the last told)."""
    town, place = town or entry_city(reading) or reading.last_town, p.place
    # (or a raion far off so called: "shelled our district, Kuibyshevsky" in a Donetsk log is
    # no Kuibyshevsky district of the Rostov oblast)
    small = place is not None and (
        (place.precision == "town" and place.population < SMALL_TOWN and place.seat == 0)
        or (place.precision == "region" and place.name.lower().endswith((" district", " raion")))
    )
    return bool(
        town is not None and place is not None and small and place.lat is not None
        and town.lat is not None and town.lon is not None and place.lon is not None
        and haversine_km((place.lat, place.lon), (town.lat, town.lon)) > LIST_KM
    )  # fmt: skip


SMALL_TOWN = 5_000


def entry_city(reading: Reading) -> Place | None:
    """The city whose entry the lines are under ("1. ODESA – Fri 15.03 ~11:00. …")."""
    place = reading.entry[1].place if reading.entry else None
    ok = place is not None and place.precision == "town" and place.population >= BIG_CITY
    return place if ok else None


# "Gorlovka.", "Volnovakhsky district.", "14:47 Zolochiv, Bohodukhiv district."
# a factbox's section in capitals, alone on its line: "KYIV", "KYIV REGION", "ZAPORIZHZHIA"
_CAPS_NAME = r"[A-Z][A-Z'’\-]+(?:[ -][A-Z][A-Z'’\-]+){0,2}"
_CAPS_ENTRY = re.compile(rf"((?=[A-Z][A-Z'’\-]{{2}}){_CAPS_NAME}(?:,\s+{_CAPS_NAME})?)")
_ENTRY = re.compile(
    rf"(?:{lx.BULLET}\s*)?"  # "🔹 Kupiansk district." heads a channel's list entry
    r"(?:\d{1,2}[:.]\d\d\s+|\d{1,2}[.)]\s+)?[A-Z][\w'’\-]+(?:[ -][\w'’\-]+){0,3}"
    # ("Maiaky (Mayaky), Kramatorsk r-n, Donetsk obl.": its other spelling, then its units)
    r"(?:\s+\([A-Z][\w'’\-]+\))?"
    # ("Antonivka (Kherson city community).": the entry's unit in brackets)
    r"(?:(?:,\s+|\s+\()[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?(?:\s+(?:city|town|urban|rural|village|settlement))?"
    r"\s+(?:district|raion|hromada|community|oblast|region|r-n|obl\.?|distr\.?)"
    r"(?:,\s+(?:Russia|Ukraine|Belarus))?\)?){0,2}[.:]"  # ("Glushkovo (Kursk region, Russia).")
    # "Kherson city community" alone on its line over what happened there
    r"|[A-Z][\w'’\-]+(?:[ -][A-Z][\w'’\-]+){0,2}\s+(?:city\s+|town\s+|village\s+|rural\s+)?"
    r"(?:community|hromada)(?:\s+\([^()]{1,40}\))?:?"
)
# a coder's status tag before an entry (not one that rejects it: "NOT CODED: …")
_STATUS_TAG = re.compile(
    rf"^(?:{lx.BULLET}\s*)?(?P<tag>(?!NOT\b|REJECTED\b)[A-Z]{{2,}}(?:\s*/\s*[A-Z]{{2,}})*)"
    r"\s*(?::|\s[-–—])\s+"
)
# the unit after an entry's name, which names the place it is of
# (not inside a bracket: "Tiahynka (Tiahynka rural community)." names the entry's unit)
_UNIT = re.compile(r"^([^(]*?)\s+(?:(?:city|town|village|rural)\s+)?(?:community|hromada)\b", re.I)
# a forum summary's "**Dnipro** 🕯️" over its bullets
_MARKDOWN_ENTRY = re.compile(rf"\*\*([A-Z][\w'’ -]{{1,40}}?)\*\*\s*(?:{lx.BULLET}|[^\w\s]){{0,3}}")
_SHOUTED = re.compile(r"!{1,3}$")
_RECORD_ID = re.compile(
    r"^\s*[A-Z]{2,5}[\s#-]?\d[\w/-]*\s*\|\s*(?:(?:insured|object|site|asset|property)\s*:\s*)?"
)
_RECORD_SITE = re.compile(
    rf"^(?:[A-Za-z][\w'’/-]*\s+){{0,3}}(?i:{lx.SITE_NOUNS})(?:\s+(?:LLC|LTD|PJSC|JSC|PE))?,\s+(?=[A-Z])"
)
_RECORD_ASIDE = re.compile(r"\.?\s+--\s+.*$")
_NEAR_TAIL = re.compile(
    r"(?P<open>,\s*|\s*\(\s*)near\s+(?P<town>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s*(?P<close>\))?[.:]$"
)
# "[09:40] Sloviansk." as "09:40 Sloviansk."; "[15.07.22 13:41] DNIPRO!!!" as "DNIPRO"
_BRACKETED_CLOCK = re.compile(r"^\s*\[(\d{1,2}[:.]\d\d)\]|^\s*\[[^\]\n]{3,40}\]\s*(?=\S)")
PART_OF_TOWN_TAIL = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?:(?!(?:is|was|were|are|has|had|have|said|says)\b)[a-z][\w'’-]*\s+){0,3}"
    r"(?:residential|private|industrial|area|sector|neighbou?rhood|outskirts|cent(?:re|er)|suburbs?|"
    # (or a site of it: '31.07 (Sun) - MYROPILLIA, dairy farm of "Ahro-M" on the edge of …')
    r"microdistrict|quarter|part|zone|district|farm|plant|depot|warehouse|enterprise|factory|"
    r"school|hospital|market)\b(?:\s+(?:(?!(?:is|was|were|are|has|had|have|"
    r"said|says)\b)[a-z][\w'’-]*|[\"“][^\"”]{1,30}[\"”])){0,8}\s*[.:]$"
)
# "14:47 ", "1. ", "▪️ "
_SPEAKER = re.compile(r"^\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+(?=[A-Z])")
_DAY_TAIL = re.compile(
    r",\s+(?:(?:early|late)\s+)?(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+(?:evening|morning|night|afternoon))?"
    r"(?:,\s+(?:about|around|at|~)?\s*\d{1,2}[:.]\d\d)?(?=[.:]$)"
)
_AGAIN_TAIL = re.compile(r"\s+(?:once\s+)?(?:again|more)$", re.IGNORECASE)
_ENTRY_TIME = re.compile(rf"^(?:{lx.BULLET}\s*)?(?:(?:\d{{1,2}}[:.]\d\d|\d{{1,2}}[.)])\s+)?")


_REGION_TAIL = re.compile(
    r"(?:,\s*|\s*\()[\w'’ -]+\s+(?:Region|Oblast|Krai|Republic|District|Raion|Community|Hromada|"
    r"r-n|obl\.?|distr\.?)\)?\.?"
    # (or the region's country, after it: "Glushkovo (Kursk region, Russia)")
    r"|,\s*(?:Russia|Ukraine|Belarus)\)?\.?",
    re.I,
)


def caps_heading(text: str) -> bool:
    """A section's name in capitals alone on its line ("KYIV REGION", "CRIMEA BRIDGE")."""
    return len(text) <= 70 and _CAPS_ENTRY.fullmatch(text.strip()) is not None


# a wiki page's section heading: "== Vilniansk 28 June =="
WIKI_HEADING = re.compile(r"\s*(={2,4})\s*([^=\n]{1,60}?)\s*\1\s*")


def entry_name(
    text: str, gaz: PlaceResolver, hints: tuple[str, ...], near: tuple[float, float] | None = None
) -> PlaceMention | None:
    """'Gorlovka.', 'Volnovakhsky district.': a daily report's entry opens with its place
    alone, and the paragraph's events are there unless they name another place. ``near``:
    where the report's places lie; a village entry is the namesake among them, if one is."""
    text = text.lstrip("\"“„«'")  # (a quoted post's first line: '"Nikopol. The enemy hit …')
    if (tag := _STATUS_TAG.match(text)) is not None and not gaz.is_known(tag.group("tag")):
        text = text[tag.end() :]  # "- CODED: Prykolotne (Kupianskyi raion, Kharkiv oblast)."
    chat = _BRACKETED_CLOCK.match(text) is not None
    text = _BRACKETED_CLOCK.sub(lambda m: f"{m.group(1)} " if m.group(1) else "", text)
    if chat:
        # "[14.08.23 10:15] Marko: Belgorod, Thursday 20 April, about 22:15.": a chat's
        # message opened by its place and its day, over the sentences that tell its event
        text = _DAY_TAIL.sub("", _SPEAKER.sub("", text, count=1), count=1)
    text = _SHOUTED.sub(".", text)  # "DNIPRO!!!": a post's heading, shouted
    # a register's record: "CLM 22-4502 | grain elevator, Ochakiv, Mykolaiv obl." heads the
    # fields below it ("Date of loss: …", "Cause: …"); its aside after "--" is the clerk's
    # (a dateline's dash is no aside: "LVIV -- The death toll …")
    if (record := _RECORD_ID.match(text)) is not None:
        text = _RECORD_ASIDE.sub(".", text[record.end() :])
    text = _RECORD_SITE.sub("", text, count=1)
    part = PART_OF_TOWN_TAIL.search(text)
    if part and not lx.TRIGGER.search(part.group(0)):
        # "[09:40] Sloviansk, residential area in the north of the city.": the town the
        # entry goes to, then where in it
        text = text[: part.start()] + "."
    if (close_to := _NEAR_TAIL.search(text.rstrip())) is not None:
        # "Lymanka, near Odesa.", "Mykilske (Volnovakha district, near Vuhledar).": the
        # entry's place, and the town it is near, which tells its namesake
        town = gaz.resolve(close_to.group("town"), hints, "town")
        if town is not None and town.precision == "town" and town.lat is not None:
            near = (town.lat, town.lon or 0.0)
        kept = "" if "(" in close_to.group("open") else close_to.group("close") or ""
        text = text[: close_to.start()] + kept + "."
    short = len(text) <= 70  # (a run of capitals 100 KB long is no heading)
    md = _MARKDOWN_ENTRY.fullmatch(text.strip()) or (
        _CAPS_ENTRY.fullmatch(text.strip()) if short else None
    )
    if md is None and (len(text) > 70 or not _ENTRY.fullmatch(text.strip())):
        return None
    caps = md is not None and md.group(1).isupper()
    name = (
        (md.group(1).title() if caps else md.group(1))
        if md
        else _ENTRY_TIME.sub("", text.strip().rstrip(".:"))
    )
    name = _UNIT.sub(r"\1", name, count=1) if not md else name
    name = _AGAIN_TAIL.sub("", name)  # "⚡️ Nikopol again.": a channel's place, struck once more
    found = [p for p in find_places(name, gaz, hints) if p.place is not None]
    # ("Maiaky (Mayaky)": its other spelling names it again)
    found = found[:1] + [p for p in found[1:] if p.place != found[0].place]
    # "OLENYA, MURMANSK REGION": the entry's place, then the regions that hold it ("Maiaky,
    # Kramatorsk r-n, Donetsk obl.")
    holder = []
    for p in found[1:3]:
        if not (p.place and found[0].place and p.place.precision == "region"):
            break
        if not gaz.within(found[0].place, p.place):
            break
        holder.append(p)
    if found and _REGION_TAIL.fullmatch(name[found[0].end :]):
        holder = []  # "Antonivka (Kherson city community)": the unit its namesake was read in
        found = found[:1]
    found = found[:1] + found[1 + len(holder) :]
    end = (holder[-1:] or found)[0].end if found else 0
    # (a site's region read as its qualifier: "Olenya, Murmansk Region")
    whole = end >= len(name) - 1 or _REGION_TAIL.fullmatch(name[end:]) is not None
    if len(found) != 1 or not whole or found[0].start > 0:
        return None
    place = found[0].place
    if place is None or place.precision == "country":
        return None  # "UKRAINE" over a roundup is its subject, not a place in it
    # (a town of some size is itself, not a hamlet of its name nearer the report's other
    # places: "Kostiantynivka, same report:" after Kharkiv-oblast entries)
    village = place.precision == "town" and place.population < TOWN_OF_RANK
    if near is not None and village:
        close = gaz.resolve(found[0].text, hints, "town", near=near, within_km=LIST_KM)
        # (not a namesake across the border when the story's region holds one: "Borisovka."
        # on the Belgorod governor's page is his, not Kharkiv oblast's Borysivka)
        if close is not None and not (_in_hinted(place, hints) and not _in_hinted(close, hints)):
            place = close
    return PlaceMention(0, 0, found[0].text, place, "target")


def _in_hinted(place: Place, hints: tuple[str, ...]) -> bool:
    """Is the place in one of the regions the story names ("Belgorod Region")?"""
    admin = (place.admin1 or "").lower()
    return bool(admin) and any(h.split()[0].lower() in admin for h in hints if h.strip())
