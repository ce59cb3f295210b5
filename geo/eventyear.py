"""Which year a date told without one is of: the year the text last wrote, "of that year", the
page's year, and no day before the war.

Split from :mod:`geo.eventday`, which keeps which day an event was.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import replace
from datetime import date, timedelta

from geo import lexicon as lx
from geo.articles import Sentence
from geo.datepatterns import WEEKDAYS
from geo.dates import WEEKDAY_BEFORE, DateMention, find_dates
from geo.model import DateWindow
from geo.story import Reading

# "since Russia invaded in February 2022": a period's start, no event's day
SINCE_CLAUSE = re.compile(r"\bsince\b[^,;:.]{0,100}$", re.IGNORECASE)

WAR_BEGAN = date(2014, 2, 20)  # Crimea: no strike this atlas maps is older


def before_the_war(d: DateMention) -> bool:
    """ "as NATO did over its bombing of Serbia's power grid in 1999": another war's day."""
    return d.window.end is not None and d.window.end < WAR_BEGAN


FULL_SCALE = date(2022, 2, 24)  # the invasion: what a later text dates before it is background


def told_as_history(day: DateWindow, published: date | None) -> bool:
    """ "The explosions at the Balakliia arsenal in March 2017 … went on for days", in a page
    of 2024: a day before the full-scale invasion, told after it, is the story's history."""
    return (
        published is not None and published >= FULL_SCALE
        and day.end is not None and day.end < FULL_SCALE
    )  # fmt: skip


_OPENS_BEFORE_THE_WAR = re.compile(r"^\W*(?:In|Back\s+in)\s+(?:19[0-9]\d|200\d|201[0-3])\b")


def opens_before_the_war(text: str) -> bool:
    """ "In 2007, an explosion at the Zasyadko mine killed more than 100 miners": a sentence
    that opens on a year before the war tells history (when it writes no event day)."""
    return _OPENS_BEFORE_THE_WAR.match(text) is not None


_ASIDE_BEFORE = re.compile(r",\s+(?:which|who|whose)\b[^,;]*$")
YEAR_CARRIES = 2  # sentences of its paragraph a year told dates a month and day without one
MONTH_CARRIES = 2  # paragraphs on which a month told with its year dates that month's days


def in_the_year_told(found: list[DateMention], reading: Reading) -> list[DateMention]:
    """ "The first night people speak of is in August, 2022. On the night of August 9th …":
    a date without its year, right after one told with it in its paragraph, is of that year,
    not of the year before publication; so is "the same days in March" of the March told
    before anywhere. Records the years told for the sentences after."""
    s = reading.current
    if s is None:
        return found
    out = [_unless_the_weekday_denies(d, year_of(d, _year_told_for(d, s, reading)), reading)
           for d in _a_day_of_the_year(found, s)]  # fmt: skip
    _note_last_year(s.span.text, reading)
    # a month told with its year ("in August, 2022", "1 July 2022"), not a bare "in 2022"
    years = [
        d for d in found
        if d.window.basis == "explicit" and d.window.precision != "year"
        and d.window.start is not None and d.window.end is not None
        and _YEAR_WRITTEN.search(d.text)
        # not a period's start: "since Russia invaded in February 2022" tells no year on
        and not SINCE_CLAUSE.search(s.span.text, 0, max(0, d.start - s.span.start))
        # nor an aside's background: "The Shebekino district, which had been emptied in the
        # summer of 2023, was hit again. On 20 March, …" (this March)
        and not _ASIDE_BEFORE.search(s.span.text, 0, max(0, d.start - s.span.start))
    ]  # fmt: skip
    # "On December 5th of that year": as good as a year written, for the sentences after
    years += [d for d in out if d.window.basis == "year told" and _of_that_year(d, s)]
    for d in years:
        assert d.window.start is not None and d.window.end is not None
        reading.year_told = (d.window.start.year, s.index, s.paragraph)
        for month in {d.window.start.month, d.window.end.month}:
            reading.months_told[month] = (d.window.start.year, s.paragraph)
    return out


def _a_day_of_the_year(found: list[DateMention], s: Sentence) -> list[DateMention]:
    """ "lost their house in 2022, when Russian shelling killed a boy there on 3 September": a
    yearless day after a bare year in its sentence is a day of that year, and says more."""
    years = [d for d in found if d.window.precision == "year" and d.window.basis == "explicit"]
    if not years or years[0].window.start is None:
        return found
    year = years[0]
    assert year.window.start is not None
    at = s.span.start
    days = [
        year_of(d, year.window.start.year)
        if d.start > year.start
        and d.window.basis == "year inferred"
        # (in its "when" clause: not "which we opened in 2019 …, has not reopened since 3 May")
        and _WHEN_CLAUSE.match(s.span.text, year.end - at, d.start - at) is not None
        else d
        for d in found
    ]
    moved = any(a is not b for a, b in zip(days, found, strict=True))
    return [d for d in days if d is not year] if moved else found


_WHEN_CLAUSE = re.compile(r",\s+when\b")


def note_years_told(text: str, reading: Reading) -> None:
    """Record the months told with their years in a sentence that tells no strike at a place
    ("The verdict refers to the drone attacks in December 2022, although …"), for the yearless
    days of the sentences after it ("On 5 December, the ministry said …").

    Parameters
    ----------
    text
        The sentence (``reading.current``).
    reading
        The article read so far; its years told are updated.
    """
    if _YEAR_WRITTEN.search(text):  # cheap first: most sentences write no year
        at = reading.current.span.start if reading.current else 0
        in_the_year_told(find_dates(text, reading.ref, at), reading)


# "On December 5th of that year", "on 9 May the same year": the year last written
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _of_that_year(d: DateMention, s: Sentence) -> bool:
    return _THAT_YEAR.match(s.span.text, d.end - s.span.start) is not None


def _note_last_year(text: str, reading: Reading) -> None:
    """Remember the last year a sentence writes, not after the page's ("the winter of 2022")."""
    years = [int(y) for y in _YEAR_WRITTEN.findall(text)]
    years = [y for y in years if reading.ref is None or y <= reading.ref.year]
    if years:
        reading.last_year = years[-1]


def _year_told_for(d: DateMention, s: Sentence, reading: Reading) -> int | None:
    """The year a yearless date was told in, if the text told one for it."""
    w = d.window
    if w.basis != "year inferred" or w.start is None:
        return None
    if reading.year_heading is not None:
        return reading.year_heading  # ("2023" ¶ "Fri 09.06 — … A drone fell on a house")
    head = lx.LINE_STAMP_HEAD.match(s.span.text)
    if head is not None and d.end - s.span.start <= head.end():
        # "Thu 25.07 — Petrov reminds me: exactly a year ago, the night of 23 to 24 July
        # 2023, …": the entry's own day, not of the year its words recall
        return None
    if _of_that_year(d, s):
        return reading.last_year
    # ("Our 2023 edition opened in Kyiv on 1 June": the year of the thing named)
    named = _YEAR_OF_A_THING.search(s.span.text, 0, max(0, d.start - s.span.start))
    if named is not None:
        return int(named.group(1))
    month = reading.months_told.get(w.start.month)
    if month is not None and _SAME_MONTH.search(s.span.text[: d.start - s.span.start]):
        return month[0]
    told = reading.year_told
    if told is not None and told[2] == s.paragraph and 0 <= s.index - told[1] <= YEAR_CARRIES:
        return told[0]
    if month is not None and 0 <= s.paragraph - month[1] <= MONTH_CARRIES:
        # "… in December 2022." then, a paragraph on, "In the early hours of 26 December":
        # the December just told
        return month[0]
    # "In the first days of March 2022 … They hit the school in April": the story runs on
    # through the year it told last, to later months of it
    recent = [
        (para, year) for m, (year, para) in reading.months_told.items()
        if m <= w.start.month and 0 <= s.paragraph - para <= MONTH_CARRIES
    ]  # fmt: skip
    return max(recent)[1] if recent else None


_YEAR_OF_A_THING = re.compile(
    r"\b(?:[Oo]ur|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+((?:19|20)\d\d)\s+[a-z]{4,}\b"
    r"(?![^.;]*\b(?:19|20)\d\d\b)[^.;]*$"
)


def in_the_page_year(found: list[DateMention], reading: Reading) -> list[DateMention]:
    """ "MoD RU 25/08: …" under a log's "20 Aug 22": a yearless day after the section's day
    but not after the page's is of the page's year (counted from the section, it fell back a
    year)."""
    if reading.section is None or reading.ref is None:
        return found
    out = []
    for d in found:
        w = d.window
        if w.basis == "year inferred" and w.start is not None and w.end is not None:
            with contextlib.suppress(ValueError):
                start = w.start.replace(year=w.start.year + 1)
                later = DateWindow(start, w.end.replace(year=w.end.year + 1), w.precision, w.basis)
                if (
                    later.end is not None and later.end <= reading.ref + timedelta(days=2)
                    and not _weekday_says_otherwise(d, start, reading)
                ):  # fmt: skip
                    d = replace(d, window=later)
        out.append(d)
    return out


def _unless_the_weekday_denies(d: DateMention, moved: DateMention, reading: Reading) -> DateMention:
    """ "… since Saturday, 11 February 2023. ¶ On Tuesday, 16 April, a bomb hit": a yearless
    day whose weekday falls in the page's year, not in the year told before, is this year's."""
    if moved is d or moved.window.start is None or d.window.start is None:
        return moved
    denied = _weekday_says_otherwise(d, moved.window.start, reading)
    return d if denied and not _weekday_says_otherwise(d, d.window.start, reading) else moved


def _weekday_says_otherwise(d: DateMention, day: date, reading: Reading) -> bool:
    """Does the weekday written before the date ("Tue 26.04") not fall on ``day``?"""
    s = reading.current
    if s is None:
        return False
    at = d.start - s.span.start
    said = WEEKDAY_BEFORE.search(s.span.text, max(0, at - 12), max(0, at))
    return said is not None and WEEKDAYS[said.group(1).lower()] != day.weekday()


def year_of(d: DateMention, year: int | None) -> DateMention:
    """The date moved back to the year told (never forward; 29 February stays)."""
    w = d.window
    if year is None or w.start is None or w.end is None or year >= w.start.year:
        return d
    with contextlib.suppress(ValueError):
        moved = DateWindow(w.start.replace(year=year), w.end.replace(year=year), w.precision,
                           "year told")  # fmt: skip
        return replace(d, window=moved)
    return d


# "the fire on Chuhuiv during the same days in March": the March told before, whatever
# paragraph told it
_SAME_MONTH = re.compile(
    r"\b(?:(?:the\s+)?same\s+(?:days?|weeks?|nights?|month)(?:\s+(?:in|of))?|that)\s+$",
    re.IGNORECASE,
)
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def a_year_entrys_day(
    text: str, offset: int, ref: date | None, reading: Reading
) -> DateMention | None:
    """ "2023 — A Russian air strike hit Semenivka …": a timeline's entry opens on its year.
    On an almanac's "what happened on this day" page it is that day of that year; on any other
    page, the year alone."""
    entry = _YEAR_ENTRY.match(text)
    if entry is None:
        return None
    year = int(entry.group(1))
    if ref is not None and _an_almanac(reading):
        with contextlib.suppress(ValueError):  # (29 February of a year without one)
            day = date(year, ref.month, ref.day)
            return DateMention(
                offset, offset + entry.end(1), entry.group(1), DateWindow(day, day, "day")
            )
    window = DateWindow(date(year, 1, 1), date(year, 12, 31), "year")
    return DateMention(offset, offset + entry.end(1), entry.group(1), window)


# "2023 — …", "• 2022 - …": a year, a dash, then what happened
_YEAR_ENTRY = re.compile(r"^\W{0,3}((?:19|20)\d\d)\s*[—–-]\s+(?=[A-Z\"“'‘])")
_ON_THIS_DAY = re.compile(
    r"\b(?:on\s+this\s+day|this\s+day\s+in\s+history|today\s+in\s+history|"
    r"(?:born|died)\s+on\s+this\s+day)\b",
    re.IGNORECASE,
)


def _an_almanac(reading: Reading) -> bool:
    """Does the page's head call it an "on this day" page? (Read once.)"""
    if reading.on_this_day is None:
        head = " ".join(x.span.text for x in reading.sentences[:12])
        reading.on_this_day = _ON_THIS_DAY.search(head) is not None
    return reading.on_this_day
