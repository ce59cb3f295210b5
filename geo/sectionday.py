"""Days that head sections: a reporter's diary, a timeline, a week's notebook (issue 12).

"Nikopol, 14-20 August 2023" over entries headed "Monday", "Tuesday night", "Saturday": each
heading opens a section whose strikes are that day's, and the weekdays are those of the week
the page covers, not the week before it was published.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from geo import lexicon as lx
from geo.articles import Sentence
from geo.datepatterns import WEEKDAY_ABBR, WEEKDAYS
from geo.dates import DateMention, find_dates
from geo.eventyear import year_of
from geo.model import DateWindow
from geo.placephrase import find_places
from geo.placetypes import PlaceResolver
from geo.story import MORNING_HOUR, Reading
from geo.tablerows import cells_of

SPAN_DAYS = (2, 14)  # a page that covers a few days to two weeks
_TOP = 8  # the page's opening lines, where its span is written
# What may stand beside the day in a section's heading: "Tuesday night", "Day 3: Monday".
_HEADING_REST = re.compile(
    # "What happened on 28 April 2023", "The events of 7 October": a section about that day
    r"^[\W\d]*(?:(?:what|happened|events|timeline|that|was|of|in|day|early|late|on|the|"
    # a digest's "Key developments on April 4:", "Latest updates for 12 May"
    r"key|main|developments|latest|updates?|news|roundup|summary|highlights|for)\s+)*"
    # (a Cyrillic weekday glossed in Latin before it: "Пн / Mon 05.09", or transliterated:
    # "Cht / Thu 08.09")
    r"(?:(?:пн|вт|ср|чт|пт|сб|вс|нд|pn|vt|sr|cht|pt|sb|vs|nd)\.?\s*/\s*)?"
    # a log's "27.06.22 (Mon)"
    # ("23 June, Thursday.": a diary's day, its weekday written out)
    r"(?:\(?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\)?\W*)?"
    # (or in Ukrainian or Russian: "17.03 (вс)", "Чт 02.03")
    r"(?:\(?(?:пн|вт|ср|чт|пт|сб|вс|нд)\.?\)?\W*)?"
    # (a shift book's "Sat 02.04 day shift", "Wed 04.05 evening shift")
    r"(?:morning|afternoon|evening|night|overnight|day)?(?:\s+shift)?[\W\d]*"
    # (a works' shift by its letter: "Tue 17.05, shift A")
    r"(?:shift\s+(?-i:[A-Z])\b[\W\d]*)?"
    # a diary's "SUN 9/10 (today)", a log's "sun 19/2 (writing in the evening)"
    r"(?:\(?(?:today|yesterday|yday|D-\d)\)?[\W\d]*)?"
    r"(?:\((?:(?:last|first|final)\s+)?(?:writing|written|wrote|notes?|entry)(?:\s+[a-z]+){0,4}\)\W*)?"
    # a night's weekdays: "night 1->2.08 (tue->wed)"
    r"(?:\(?(?:mon|tue|wed|thu|fri|sat|sun)\s*(?:->|→|-|–|/)\s*(?:mon|tue|wed|thu|fri|sat|sun)"
    r"\)?\W*)?$",
    re.IGNORECASE,
)

# a log's day line with its shift and who kept it: "08.09 thu  day shift  (Petrenko)",
# "09-10.09  (Lysenko)" (a few words in lower case, no place, no event)
_LOG_WEEKDAY = r"(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
_LOG_DAY_REST = re.compile(
    rf"\W*(?:\(?{_LOG_WEEKDAY}\)?\s*)?"
    r"(?:[a-z]+\.?\s+){0,3}"
    # (its keeper in brackets, by name, role or both: "(Petrenko)", "(foreman)",
    # "(watchman Hryhorii)")
    r"(?:\((?:[a-z]+\.?\s+){0,2}(?:[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)?|[a-z]+)\))?"
    # (and its shift's hours: "wed 15.02, night shift 20-08")
    r"(?:(?<=\s)[a-z]+\s+\d{1,2}(?::\d\d)?\s*[-–]\s*\d{1,2}(?::\d\d)?)?\W*$"
)


def _a_labelled_day(text: str, d: DateMention, rest: str, heading: bool = False) -> bool:
    """A label's day over the list it opens (its colon, or its own line: "Handover Thu 11.07,
    08:00 (night: Max)"), not a day in its brackets ("Comments (N.K., 28.11):" is when the
    comments were written)."""
    inside = text.count("(", 0, d.start) > text.count(")", 0, d.start)
    # (on its own line, with its weekday and its keeper or clock, not a page's "UPDATED JULY 9,
    # 2024")
    alone = heading and _WEEKDAY_AND_KEEPER.search(rest) is not None
    return (
        (text.rstrip().endswith(":") or alone) and not inside
        and _LABELLED_DAY.match(rest) is not None
    )  # fmt: skip


_DAY_IN_END_BRACKET = re.compile(
    rf"\((?:(?:planned|shot|filmed|booked|due|set\s+for)\s+)?{_LOG_WEEKDAY}\.?,?\s+[\d./]{{3,10}}\)\s*$",
    re.IGNORECASE,
)
_WEEKDAY_AND_KEEPER = re.compile(
    rf"\b{_LOG_WEEKDAY}\b.*(?:\d{{1,2}}[:.]\d\d|\([^()]+\))", re.IGNORECASE
)


# one label, then the day's weekday, clock and keeper: "Handover Thu , 07:00 (night shift Olha):"
_LABELLED_DAY = re.compile(
    rf"^\W*[A-Za-z]+\s+(?:{_LOG_WEEKDAY}\s*)?\W*(?:~?\d{{1,2}}[:.]\d\d)?\s*"
    r"(?:\([^()]{0,40}\))?\s*:?\s*$"
)
# a log's weekday before its day, and its entry's code before both: "wed 15.02, night shift
# 20-08", "R-0207 Fri 17.02" (a receipt book's), "Q-411 | 16.08"
_WEEKDAY_FIRST = re.compile(
    rf"^\W*(?:(?:[A-Z]{{1,4}}-?\d{{1,6}}|#\d{{1,6}})\s*[|:,—–-]?\s+)?(?:{_LOG_WEEKDAY}\s+)?$"
)
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_DAY_THEN_LABEL = re.compile(
    rf"^\W*{_LOG_WEEKDAY}\s+\d{{1,2}}[./]\d{{1,2}}(?:[./]\d{{2,4}})?\s*\|\s*[^|]{{1,80}}$"
)
NUMBERED_ITEM = re.compile(r"\s*\d{1,2}[.)]\s")
# an item's number, then at most a word or two before its day ("2. Sat ", "1. Outbound, Fri ")
_ITEM_HEAD = re.compile(r"\s*\d{1,2}[.)]\s+(?:[A-Za-z]+,?\s+){0,2}$")
# ("3. Coded - Ukraine, Thursday 15 August": a numbered section's label, parted from its day
# by a dash or a comma, the day ending the line)
_LABELLED_ITEM_HEAD = re.compile(
    r"\s*\d{1,2}[.)]\s+(?=[^\n]*[-–—,]\s+\S*\s*$)(?:[A-Za-z()]+,?\s+|[-–—]\s+){1,6}$"
)
# A factbox's or a timeline's entry titled then dated on a line of its own: "KRAMATORSK
# RAILWAY STATION, April 8, 2022", "Dnipro apartment block — Jan. 14, 2023"
_TITLE_BEFORE_DAY = re.compile(
    r"^\W*(?:(?:[A-Z][\w'’.-]*|and|of|in|on|the|&)\s+){0,6}[A-Z][\w'’.-]*\s*[,—–-]\s*$"
)


def day_cell(row: str, ref: date) -> date | None:
    """The day a table row's first cells give with its weekday ("T-2478 | Thu 19.09 | Sumy,
    geriatric home | …"): its lines' day, as a stamp's."""
    for cell in cells_of(row)[:2]:
        if not _WEEKDAY_CELL.search(cell.text):
            continue  # (a log's day cell says its weekday; a bare "19.11" may be a booking's)
        days = [d.window for d in find_dates(cell.text, ref) if d.window.basis != "relative"]
        if len(days) == 1 and days[0].precision == "day" and days[0].end is not None:
            return days[0].end if days[0].end <= ref else None
    return None


_WEEKDAY_CELL = re.compile(rf"\b{WEEKDAY_ABBR}", re.IGNORECASE)


def page_span(sentences: list[Sentence], ref: object) -> DateWindow | None:
    """The days a page covers, when a heading at its top says so ("Nikopol, 14-20 August
    2023"), or None.

    Parameters
    ----------
    sentences
        The article's sentences.
    ref
        Its reference date, for a span written without its year.
    """
    for s in sentences[:_TOP]:
        if not s.heading:
            continue
        for d in find_dates(s.span.text, ref):  # type: ignore[arg-type]
            w = d.window
            if w.basis == "explicit" and w.known and SPAN_DAYS[0] <= w.days <= SPAN_DAYS[1]:
                return w
    return None


_DOTTED_CLOCK = re.compile(r"(\d{1,2})\.(\d\d)")


def _clocks_in_dots(reading: Reading) -> bool:
    """Does the page stamp its posts with clocks in dots ("21.20", "08.45"), one of which no
    day and month could be? (Read once.)"""
    if reading.dotted_clocks is None:
        stamps = [
            m for x in reading.sentences
            if (m := _DOTTED_CLOCK.fullmatch(x.span.text.strip())) is not None
        ]  # fmt: skip
        reading.dotted_clocks = len(stamps) >= 2 and any(
            int(m.group(2)) > 12 and int(m.group(1)) <= 23 for m in stamps
        )
    return reading.dotted_clocks


def section_day(s: Sentence, reading: Reading, span: DateWindow | None) -> DateWindow | None:
    """The day a heading made only of a day opens ("Tuesday night", "14 August"), inside the
    page's span when it has one; None for any other line.

    Parameters
    ----------
    s
        The sentence, a heading inside the page's body.
    reading
        The article read so far (its reference date).
    span
        The days the page covers (:func:`page_span`), or None.
    """
    text = s.span.text
    if not (s.heading or _opens_paragraph(s, reading)) or lx.TRIGGER_IN(text):
        return None
    if _DOTTED_CLOCK.fullmatch(text.strip()) and _clocks_in_dots(reading):
        return None  # a live blog's "13.10" over its post, among "21.20" and "08.45": a clock
    found = _one_day_told_once(find_dates(text, reading.ref))
    if len(found) != 1 or not found[0].window.known or found[0].window.days > 2:
        return None
    d = found[0]
    if d.window.basis == "year inferred":
        d = year_of(d, reading.year_heading)  # ("2022" ¶ "Sun 12.06" ¶ "Last night …")
    rest = text[: d.start] + " " + text[d.end :]
    # (the clock read beside the day, not inside it: "14.03.22" is a day)
    if _framed(text) and day_headings(reading) >= 2:
        return d.window  # "--- [21.08 draft 2 - POSTED 19:55] ---": a drafts file's entry
    if _ENTRY_HEADING.match(text):
        return d.window  # "### E24-0825-BA · 24-25.08.2024 · Balakliia": its entry's day
    if _NUMBERED_ITEM.match(text, 0, d.start) and _CLOCK_OR_NOTHING.match(text, d.end):
        return d.window  # "--- Notice 34, 02.08.2022, 08:05": a numbered notice's own day
    if _CLOCK.search(rest) and entry_stamps(reading) >= 2 and _STAMP_REST.match(rest):
        # "17 April, 18:45" over each post of a channel's feed: its day; a morning post
        # that tells "the past day" tells the day before too ("06.11.2024, 08:41 ¶ Over the
        # past day, the Russians carried out 19 attacks …")
        return _past_day_of_morning_post(d.window, rest, s, reading)
    labelled = _LABELLED_ITEM_HEAD.match(text, 0, d.start) and not text[d.end :].strip(" .:")
    if (
        (_ITEM_HEAD.match(text, 0, d.start) or labelled)
        and _opens_paragraph(s, reading) and _alone(s, reading)
    ):  # fmt: skip
        # "2. Sat 04.10, Shostka station, train standing for departure, boarding ~11:40": a
        # report's numbered item opened by its day, over the lines that tell what happened
        return d.window
    if s.heading and (bracket := _DAY_IN_END_BRACKET.search(text)) and bracket.start() < d.start:
        # 'EP-42 — Kremenchuk, "Fish soup on the Dnipro bank" (Sat 02.04)': an item headed by
        # its place and title, its day in brackets at the end
        return d.window
    if _a_labelled_day(text, d, rest, s.heading):
        # "Handover Thu 04.04, 07:00 (night shift Olha):" over "- ~01:00 drones on Kharkiv":
        # a labelled day, its clock and its keeper, over the list it opens
        return d.window
    # (a label, not a sentence: "Tue 19.07 | Snihurivka clients — impossible, occupied since
    # March." tells something of its own)
    if _DAY_THEN_LABEL.match(text) and d.start <= 8 and not text.rstrip().endswith((".", "!", "?")):
        # "Sat 04.02 | club meeting, online + 9 in the room" over the lines that tell it: a
        # log's day and its one label
        return d.window
    own_line = (
        d.start <= 2 or _WEEKDAY_FIRST.match(text[: d.start]) is not None
    ) and _LOG_DAY_REST.match(text, d.end) is not None
    if not (_HEADING_REST.match(rest) or _titled(s, d) or own_line) or _CLOCK.search(rest):
        return None  # "July 9, 2024, 11:05": the page's stamp, not a section's day
    if (
        d.window.basis != "relative" and d.window.start == reading.ref == d.window.end
        and day_headings(reading) < 2
    ):  # fmt: skip
        return None  # the publication day written again over the body (not a log's newest day)
    if span is not None and d.window.basis == "relative":
        return _within(d.window, span)
    return d.window


def _past_day_of_morning_post(
    day: DateWindow, rest: str, s: Sentence, reading: Reading
) -> DateWindow:
    clock = _CLOCK.search(rest)
    after = reading.sentences[s.index + 1] if s.index + 1 < len(reading.sentences) else None
    if (
        clock is None or after is None or day.start is None
        or int(re.split(r"[:.]", clock.group(0))[0]) >= MORNING_HOUR
        or not _PAST_DAY_TOLD.search(after.span.text)
    ):  # fmt: skip
        return day
    return DateWindow(day.start - timedelta(days=1), day.end, "days", day.basis)


_PAST_DAY_TOLD = re.compile(
    r"^\W*(?:Over|During|In)\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b", re.IGNORECASE
)
# a numbered notice's, letter's or report's head before its day
_NUMBERED_ITEM = re.compile(
    r"^\W*(?:(?i:notice|entry|message|report|update|bulletin|order|announcement|letter|circular|"
    r"memo)\s+(?i:No\.?\s*)?#?\d{1,4}|#\d{1,4})\s*[,:—–-]\s*$"
)
_CLOCK_OR_NOTHING = re.compile(r"\W*(?:(?:at\s+)?\d{1,2}[:.]\d\d)?\W*$")
_STAMP_REST = re.compile(r"^[\W]*(?:at\s+)?\d{1,2}[:.]\d\d\W*$")


def entry_stamps(reading: Reading) -> int:
    """How many lines of the page are a day and a time alone ("17 April, 09:07"): a feed's
    posts, each stamped, when there are two or more."""
    if reading.entry_stamps < 0:
        reading.entry_stamps = sum(
            1 for s in reading.sentences
            if len(s.span.text) <= 40 and _CLOCK.search(s.span.text) and _is_stamp_line(s, reading)
        )  # fmt: skip
    return reading.entry_stamps


def day_headings(reading: Reading) -> int:
    """How many headings are a day alone ("13/03/2022", "== 09/04/22 =="): a log's days."""
    if reading.day_headings < 0:
        reading.day_headings = sum(
            1 for s in reading.sentences
            # ("-- 2022-06-14 (tue) KLINTSY, Bryansk obl. (RU) --": a framed day, its place too)
            # (or an entry's title dated at its end: "▲ RESOLVED — Dnipro office — 25.05.2024")
            if s.heading
            and (
                len(s.span.text) <= 40 or _framed(s.span.text) or _DASH_DATED.search(s.span.text)
                or s.span.text.rstrip().endswith(":")
            )
            and _is_day_line(s, reading)
        )  # fmt: skip
    return reading.day_headings


def _is_day_line(s: Sentence, reading: Reading) -> bool:
    found = _one_day_told_once(find_dates(s.span.text, reading.ref))
    if len(found) != 1 or not found[0].window.known or found[0].window.days > 2:
        return False
    d = found[0]
    rest = s.span.text[: d.start] + " " + s.span.text[d.end :]
    if _framed(s.span.text) or _ENTRY_HEADING.match(s.span.text):
        return True  # (or an entry's heading: "### E24-0825-BA · 24-25.08.2024 · Balakliia")
    if _a_labelled_day(s.span.text, d, rest, s.heading):
        return True  # "Handover Thu 04.04, 07:00 (night shift Olha):"
    # ("P-215, Mon 13.02.2023": a job's code, then its day)
    coded = _WEEKDAY_FIRST.match(s.span.text[: d.start]) is not None and d.start > 2
    own_line = coded and _LOG_DAY_REST.match(s.span.text, d.end) is not None
    return (_HEADING_REST.match(rest) is not None or _titled(s, d) or own_line) and _CLOCK.search(
        rest
    ) is None


_ENTRY_HEADING = re.compile(
    r"^#{1,6}\s+[A-Z0-9][\w-]{3,20}\s+[·|•]\s+[\d.\-/]{4,23}\s+[·|•]\s+[A-Z][\w'’ (),-]{2,60}$"
)
# a line set off by rules or brackets: "--- [20.08, posted 21:40] ---", "=== 14/03 ==="
_FRAME = re.compile(r"^\s*(?:[-=*#~_]{2,}|\[).*(?:[-=*#~_]{2,}|\])\s*$")


def _one_day_told_once(found: list[DateMention]) -> list[DateMention]:
    """ "SUN 9/10 (today)": one day written twice is one day, the first written."""
    if len(found) > 1 and all(
        d.window == replace(found[0].window, basis=d.window.basis) for d in found
    ):
        return found[:1]
    return found


def _framed(text: str) -> bool:
    """A short line between rules or in brackets, with no event word: an entry's head."""
    return len(text) <= 80 and _FRAME.match(text) is not None and not lx.TRIGGER.search(text)


def _titled(s: Sentence, d: DateMention) -> bool:
    """A heading that titles its entry, then dates it: "KRAMATORSK STATION, April 8, 2022"."""
    text = s.span.text
    return bool(
        s.heading and d.window.basis == "explicit" and not text[d.end :].strip()
        and (
            _TITLE_BEFORE_DAY.match(text[: d.start])
            # (a review's head: "Kateryna V. ★★☆☆☆ 22 September 2022" over what she wrote)
            or _RATED_BEFORE_DAY.match(text[: d.start])
            # (a status page's "▲ RESOLVED — Kharkiv office: degraded (power) — 25.05.2024")
            or (len(text) <= 120 and _DASH_BEFORE_DAY.search(text, 0, d.start) is not None)
            # (or an item's source and day: "Sample 3 — Kherson region administration, 5
            # November 2022" over the words it quotes)
            or (
                len(text) <= 100 and _SOURCE_BEFORE_DAY.search(text, 0, d.start) is not None
                and d.window.precision == "day"
            )
        )
    )  # fmt: skip


_RATED_BEFORE_DAY = re.compile(r"^\W*(?:[A-Z][\w'’.-]*\s+){1,4}[★☆✩✭]{1,5}\s*$")
_DASH_BEFORE_DAY = re.compile(r"\S\s+[—–]\s*$")
_SOURCE_BEFORE_DAY = re.compile(r"\s[—–]\s[^,]{3,60}\S,\s*$")
_DASH_DATED = re.compile(r"\S\s+[—–]\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*$")


def _is_stamp_line(s: Sentence, reading: Reading) -> bool:
    found = find_dates(s.span.text, reading.ref)
    if len(found) != 1 or found[0].window.days != 1:
        return False
    d = found[0]
    return _STAMP_REST.match(s.span.text[: d.start] + " " + s.span.text[d.end :]) is not None


def _alone(s: Sentence, reading: Reading) -> bool:
    """Is the sentence its paragraph's last (a line of its own, over the lines it heads)?"""
    i = s.index
    return i + 1 >= len(reading.sentences) or reading.sentences[i + 1].paragraph != s.paragraph


def _opens_paragraph(s: Sentence, reading: Reading) -> bool:
    """ "22 March. The first and largest attack of the series hit …": a paragraph opened by
    its day alone, as a monitor's or a diary's entries are."""
    i = s.index
    return 0 < i < len(reading.sentences) and reading.sentences[i - 1].paragraph != s.paragraph


def _within(day: DateWindow, span: DateWindow) -> DateWindow:
    """A weekday moved into the week the page covers."""
    assert day.start is not None and day.end is not None and span.start is not None
    for k in range(span.days):
        when = span.start + timedelta(days=k)
        if when.weekday() == day.start.weekday():
            shift = when - day.start
            return replace(day, start=day.start + shift, end=day.end + shift)
    return day


def topic_heading(text: str, gaz: PlaceResolver) -> bool:
    """A heading that names neither a day nor a place: a new topic, not the day's next entry."""
    if find_dates(text, None) or not re.search(r"[a-z]", text) or text.rstrip().endswith(":"):
        return False  # (not "Other shelling today:", which opens the day's own list)
    if _CLOCK.match(text.lstrip("-–—•* ")):
        return False  # "12:15 back to base, crew shaking": the day's next entry, by its clock
    if lx.TRIGGER.search(text) or re.search(r"\b(?:today|tonight|overnight)\b", text, re.I):
        return False
    words = text.split()
    if 2 <= len(words) <= 3 and lx.personal_name(words[0]):
        return False  # "Oleksandr Prokudin": a post's signature, the day's posts go on
    return not any(p.place is not None for p in find_places(text, gaz))


# A heading that spans a week or less: "Week 7 (10-14.02):", "10-14 February"
WEEK_DAYS = 7
# A line led by its weekday alone: "Wed - around 04:30 …", "Tuesday: …", "Mon 04:10 …"
_WEEKDAY_LEAD = re.compile(
    r"^\W{0,3}(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs?)?\.?"
    r"(?=\s*(?:[-–—:|]|\(|\d{1,2}[:.h]\d\d))",
    re.IGNORECASE,
)


def week_heading(s: Sentence, reading: Reading) -> DateWindow | None:
    """The days a heading spans when it is a week or less ("Week 7 (10-14.02):"), else None."""
    if not (s.heading or _opens_paragraph(s, reading)) or lx.TRIGGER_IN(s.span.text):
        return None
    text = s.span.text
    found = find_dates(text, reading.ref)
    if len(found) != 1 or not found[0].window.known or not 2 < found[0].window.days <= WEEK_DAYS:
        return None
    # (a heading of the days alone, not a tour's "ODESA weekend, 7-9 Feb (22 pax)")
    rest = text[: found[0].start] + " " + text[found[0].end :]
    return found[0].window if _WEEK_REST.match(rest) else None


_WEEK_REST = re.compile(r"^[\W\d]*(?:(?i:week|wk|days)\b[\W\d]*)?$")


def weekday_in_the_week(text: str, offset: int, reading: Reading) -> DateMention | None:
    """ "Wed - around 04:30 russian ballistics again" under "Week 7 (10-14.02):": the
    Wednesday of that week (None for a line not led by a weekday, or outside such a week)."""
    week = reading.week
    m = _WEEKDAY_LEAD.match(text)
    if week is None or m is None or week.start is None or week.end is None:
        return None
    wanted = WEEKDAYS[m.group("day").lower()]
    day = week.start + timedelta(days=(wanted - week.start.weekday()) % 7)
    if day > week.end:
        return None
    return DateMention(
        offset + m.start("day"),
        offset + m.end(),
        m.group(0),
        DateWindow(day, day, "day", "labelled"),
    )
