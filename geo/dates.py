"""Date expressions in article text → :class:`DateWindow`.

The reference date (usually the article's publication date) is injected, so
relative expressions ("on Saturday", "overnight", "last week") are pure
functions of the text and that date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from geo.datepatterns import (
    _IGNORED_BEFORE,
    _WEEKDAY,
    CASED_WORDS_NEEDED,
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PATTERNS,
    WEEKDAY_ABBR,
    WEEKDAYS,
    WORDS_NEEDED,
)
from geo.model import DateWindow


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, resolved against a reference date."""

    start: int
    end: int
    text: str
    window: DateWindow


def month_window(year: int, month: int, basis: str = "explicit") -> DateWindow:
    last = calendar.monthrange(year, month)[1]
    return DateWindow(date(year, month, 1), date(year, month, last), "month", basis)


def day_window(d: date, basis: str = "explicit") -> DateWindow:
    return DateWindow(d, d, "day", basis)


def _infer_year(month: int, day: int, ref: date | None) -> int | None:
    """The year of a day-and-month: the latest one not after the reference."""
    if ref is None:
        return None
    year = ref.year
    try:
        if date(year, month, day) > ref + timedelta(days=2):
            year -= 1
    except ValueError:
        return None
    return year


def safe_date(y: int | None, m: int, d: int) -> date | None:
    if y is None:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
SPAN_DAYS = 31  # "1 to 15 March": a period written as its first and last days
RANGE_DAYS = 7  # "between 3 and 7 March": a span of days; longer is two days named, not a span


def _iso_days(g: dict[str, str | None]) -> DateWindow:
    """A day, or a night written as its two days ("2023-05-31/06-01", "2023-05-15/16")."""
    first = date.fromisoformat(g["iso"] or "")
    if g.get("iso_d2") is None:
        return day_window(first)
    second = safe_date(first.year, int(g["iso_m2"] or first.month), int(g["iso_d2"] or 0))
    if second is None or (second - first).days != 1:
        return day_window(first)
    return DateWindow(first, second, "days", "explicit")


def _across_months(g: dict[str, str | None], ref: date | None) -> DateWindow | None:
    """ "the night of 31 May to 1 June": its days, a week at most apart (else the first)."""
    month = MONTHS[(g["month"] or "").lower().rstrip(".")]
    month2 = MONTHS[(g["month2"] or "").lower().rstrip(".")]
    days = (int(g["day"] or 0), month, int(g["day2"] or 0), month2)
    return _days_across(days, g.get("year"), ref)


def _days_across(
    days: tuple[int, int, int, int], written: str | None, ref: date | None
) -> DateWindow | None:
    """From one day and month to another ("31 May to 1 June", "04.04–09.04": day, month,
    day, month), a week at most apart (else the first day), in the ``written`` year or the
    latest before ``ref``."""
    day, month, day2, month2 = days
    year = int(written) if written else _infer_year(month2, day2, ref)
    basis = "explicit" if written else "year inferred"
    last = safe_date(year, month2, day2)
    first = safe_date(year - (1 if month2 < month else 0) if year else None, month, day)
    if first is None or last is None:
        return None
    # (a span with its year written is a period told as one: "shift summary 30.09-09.10.2022")
    if 0 < (last - first).days <= (_PERIOD_DAYS if written else RANGE_DAYS):
        return DateWindow(first, last, "days", basis)
    return day_window(first, basis)


_PERIOD_DAYS = 31


def _explicit(kind: str, m: re.Match[str], ref: date | None) -> DateWindow | None:
    g = m.groupdict()
    if kind == "iso":
        return _iso_days(g)
    if kind == "dmy_num":
        y = int(g["y"])
        d = safe_date(y if y > 99 else 2000 + y, int(g["m"]), int(g["d"]))
        return day_window(d) if d else None
    if kind in ("dm_num", "dm_roman"):
        day = int(g.get("d") or g["d_"])
        month = _ROMAN.index(g["rm"]) + 1 if kind == "dm_roman" else int(g["m"] or g["m_"])
        year = _infer_year(month, day, ref)
        said = WEEKDAY_BEFORE.search(m.string, max(0, m.start() - 12), m.start())
        if said is not None and year is not None:
            # ("Tue 26.04" in a 2023 book that began in 2022: the April 26th that was a Tuesday)
            year = _year_of_the_weekday(WEEKDAYS[said.group(1).lower()], month, day, year)
        d = safe_date(year, month, day)
        return day_window(d, "year inferred") if d else None
    month = MONTHS[g["month"].lower().rstrip(".")]
    if g.get("year2"):
        d = safe_date(2000 + int(g["year2"]), month, int(g["day"]))
        return day_window(d) if d else None
    if kind in ("md", "dm", "mdrange", "dmrange", "dm_word", "md_word"):
        day = int(g["day"]) if g.get("day") else ORDINALS[g["dayw"].lower()]
        year = int(g["year"]) if g.get("year") else _infer_year(month, day, ref)
        if g.get("lastyear") and ref is not None:
            year = ref.year - 1
        d = safe_date(year, month, day)
        basis = "explicit" if g.get("year") else "year inferred"
        last = safe_date(year, month, int(g["day2"])) if g.get("day2") and d else None
        # "22 and 29 March" names two days; "between 3 and 7 March" and "3-5 March" a span
        two_days = " and " in m.group(0) and not re.search(
            r"between\s+$", m.string[max(0, m.start() - 9) : m.start()], re.IGNORECASE
        )
        longest = 3 if two_days else RANGE_DAYS
        if d and last and 0 < (last - d).days <= longest:
            return DateWindow(d, last, "days", basis)
        if d and last and not two_days and 0 < (last - d).days <= SPAN_DAYS:
            # "strikes on Odesa, 1 to 15 March": a period, not its first day
            return DateWindow(d, last, "days", basis)
        return day_window(d, basis) if d else None
    year = int(g["year"]) if g.get("year") else _infer_year(month, 1, ref)
    if not year:
        return None
    if ref and not g.get("year") and month == ref.month and m.group(0).lower().startswith("last"):
        year -= 1  # "Last October", written in October: a year ago, not this month
    whole = month_window(year, month, "explicit" if g.get("year") else "year inferred")
    return _part_of_month(re.split(r"[\s-]", m.group(0))[0].lower(), whole)


_HOLIDAYS = {"new year's day": (1, 1), "new year's night": (1, 1), "new year's eve": (12, 31),
             "christmas day": (12, 25),
             "christmas eve": (12, 24), "orthodox christmas": (1, 7)}  # fmt: skip


def _holiday(m: re.Match[str], ref: date | None) -> DateWindow | None:
    """The day a holiday names, in the year written or the last one before ``ref``."""
    name = re.sub(r"\s+", " ", m.group("holiday").lower().replace("’", "'"))
    month, day = _HOLIDAYS.get(name, (1, 1))  # ("the first minutes of the New Year")
    year = int(m.group("year")) if m.group("year") else _infer_year(month, day, ref)
    d = safe_date(year, month, day)
    basis = "explicit" if m.group("year") else "year inferred"
    if d and name == "new year's night":  # the night from 31 December into 1 January
        return DateWindow(d - timedelta(days=1), d, "days", basis)
    return day_window(d, basis) if d else None


# "late March 2023" is not the whole month: analysts read thirds of a month, and the
# thirds do not overlap (a day-20 strike is mid-month, not also late).
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def _part_of_month(word: str, whole: DateWindow) -> DateWindow:
    """The early/mid/late third of a month window, or the whole month."""
    part = _MONTH_PARTS.get(word)
    if part is None or whole.start is None or whole.end is None:
        return whole
    start = whole.start.replace(day=part[0])
    end = whole.end if part[1] == 31 else whole.start.replace(day=part[1])
    return DateWindow(start, end, "days", whole.basis)


WEEKDAY_BEFORE = re.compile(
    r"\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?\s*$",
    re.IGNORECASE,
)


def _year_of_the_weekday(weekday: int, month: int, day: int, year: int) -> int:
    """The latest year, from ``year`` back two, in which that day fell on that weekday (the
    year given when none did)."""
    for back in range(3):
        d = safe_date(year - back, month, day)
        if d is not None and d.weekday() == weekday:
            return year - back
    return year


def _weekday_and_day(m: re.Match[str], ref: date) -> DateWindow | None:
    """ "Fri 4th": the latest day numbered so, up to ``ref``, that falls on that weekday (the
    latest so numbered if none of the last four months' does)."""
    words = m.groupdict().get("dayw")
    number = ORDINALS[words.lower()] if words else int(m.group("day"))
    target = WEEKDAYS[m.group("weekday").lower()]
    first: date | None = None
    year, month = ref.year, ref.month
    for _ in range(4):
        d = safe_date(year, month, number)
        if d is not None and d <= ref:
            first = first or d
            if d.weekday() == target:
                return day_window(d, "year inferred")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return day_window(first, "year inferred") if first else None


def _weekday(m: re.Match[str], ref: date) -> DateWindow:
    g = m.groupdict()
    day = g.get("weekday") or g.get("weekday2") or g.get("weekday3") or g["weekday4"]
    target = WEEKDAYS[day.lower().rstrip(".")]
    back = (ref.weekday() - target) % 7
    if (g.get("rel") or g.get("rel2") or "").lower() == "last" and back == 0:
        back = 7
    if g.get("lastweek"):
        monday = ref - timedelta(days=ref.weekday() + 7)
        return day_window(monday + timedelta(days=target), "relative")
    return day_window(ref - timedelta(days=back), "relative")


_ANCHORED = ("prevday", "hoursearlier", "sameday", "sametold", "nextday", "nextnight", "dayslater")


_SAME_WEEKDAY = re.compile(r"same\s+(mon|tues|wednes|thurs|fri|satur|sun)day", re.IGNORECASE)
_WEEKDAY_NUMBERS = {
    "mon": 0, "tues": 1, "wednes": 2, "thurs": 3, "fri": 4, "satur": 5, "sun": 6,
}  # fmt: skip


def _anchored(kind: str, anchor: date, m: re.Match[str] | None = None) -> DateWindow | None:
    """Expressions relative to the event just told of, not to the publication."""
    if kind == "dayslater" and m is not None:
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else 1 if n in ("a", "one") else NUMBER_WORDS[n]
        return day_window(anchor + timedelta(days=count), "relative")
    if kind == "prevday":
        return day_window(anchor - timedelta(days=1), "relative")
    if kind == "hoursearlier":
        return DateWindow(anchor - timedelta(days=1), anchor, "days", "relative")
    if kind in ("sameday", "sametold"):
        named = _SAME_WEEKDAY.search(m.group(0)) if m is not None else None
        if named is not None and anchor.weekday() != _WEEKDAY_NUMBERS[named.group(1).lower()]:
            return None  # ("On the same Sunday" after July 9 told: the Sunday the story told)
        return day_window(anchor, "relative")
    if kind == "nextday":
        return day_window(anchor + timedelta(days=1), "relative")
    if kind == "nextnight":
        return DateWindow(anchor, anchor + timedelta(days=1), "days", "relative")
    return None


def _relative(kind: str, m: re.Match[str], ref: date) -> DateWindow | None:
    if kind == "weekday":
        return _weekday(m, ref)
    if kind == "weekday_dd":
        return _weekday_and_day(m, ref)
    if kind in ("nightinto", "weekdaynight", "weekdaypair"):
        day = _weekday(m, ref)
        assert day.start is not None
        if kind == "nightinto":
            return DateWindow(day.start - timedelta(days=1), day.start, "days", "relative")
        if kind == "weekdaynight" and m.groupdict().get("late"):
            return DateWindow(day.start, day.start, "day", "relative")
        if kind == "weekdaypair" and day.start + timedelta(days=1) > ref:
            # ("the night from Sunday to Monday" on a Sunday: the night a week before, the
            # one that has ended)
            start = day.start - timedelta(days=7)
            return DateWindow(start, start + timedelta(days=1), "days", "relative")
        # "Tuesday night" runs into Wednesday, unless Wednesday is still to come.
        end = min(day.start + timedelta(days=1), ref)
        return DateWindow(day.start, end, "days", "relative")
    if kind == "pastday":
        return DateWindow(ref - timedelta(days=1), ref, "days", "relative")
    if kind == "pastdays":
        n = (m.groupdict().get("pn") or "few").lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 5 if n == "several" else 3)
        return DateWindow(ref - timedelta(days=count), ref, "days", "relative")
    if kind in ("hoursearlier", "sameday", "sametold"):
        return _anchored(kind, ref)
    if kind == "night":
        return DateWindow(ref - timedelta(days=1), ref, "days", "relative")
    if kind == "today":
        return day_window(ref, "relative")
    if kind in ("yesterday", "prevday"):
        return day_window(ref - timedelta(days=1), "relative")
    if kind == "daybefore":
        return day_window(ref - timedelta(days=2), "relative")
    if kind == "nightbefore":
        return DateWindow(ref - timedelta(days=2), ref - timedelta(days=1), "days", "relative")
    if kind == "dd_only":
        return _day_of_month(int(m.group("day") or ORDINALS[m.group("dayw").lower()]), ref)
    if kind == "dplus":
        return day_window(ref - timedelta(days=int(m.group("n"))), "relative")
    if kind in ("ago", "yearafter"):
        n = (m.group("n") or m.group("days")).lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS[n]
        unit = (m.group("unit") or m.group("span")).lower()
        unit = {"d": "day", "h": "hour"}.get(unit, unit).replace("wk", "week").replace("hr", "hour")
        if unit.startswith(("minute", "hour")):
            return day_window(ref, "relative")  # "2 hours ago · Sumy oblast": a feed's today
        if unit.startswith("week"):
            # "Two weeks after …", "struck two weeks ago": about that, not to the day
            mid = ref - timedelta(days=7 * count)
            return DateWindow(mid - timedelta(days=3), mid + timedelta(days=3), "days", "relative")
        if unit.startswith("year") and (
            kind == "yearafter" or m.group(0).lower().endswith(("today", "tonight"))
        ):
            # "a year ago today": the same day, that many years before (29 Feb → 28 Feb)
            mday = min(ref.day, 28) if (ref.month, ref.day) == (2, 29) else ref.day
            return day_window(ref.replace(year=ref.year - count, day=mday), "relative")
        if unit.startswith("year"):  # "two years ago": that year, no closer
            year = ref.year - count
            return DateWindow(date(year, 1, 1), date(year, 12, 31), "year", "relative")
        days = count * (7 if unit.startswith("week") else 1)
        return day_window(ref - timedelta(days=days), "relative")
    monday = ref - timedelta(days=ref.weekday())
    if kind == "weekend":
        # The latest Saturday–Sunday that has begun by the reference date.
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
        if ref.weekday() >= 5 and m.group(0).lower().startswith("last"):
            saturday -= timedelta(days=7)  # a weekend's "last weekend" is the one before
        return DateWindow(saturday, min(saturday + timedelta(days=1), ref), "days", "relative")
    if kind == "lastweek":
        return DateWindow(
            monday - timedelta(days=7), monday - timedelta(days=1), "week", "relative"
        )
    if kind == "thisweek":
        return DateWindow(monday, ref, "week", "relative")
    first = ref.replace(day=1)
    if kind == "lastmonth":
        prev = first - timedelta(days=1)
        return month_window(prev.year, prev.month, "relative")
    if kind == "thismonth":
        return DateWindow(first, ref, "month", "relative")
    return None


def _night_of_days(m: re.Match[str], ref: date | None) -> DateWindow | None:
    """ "night 30->31": the two days of one night, in the month written or the latest month
    before ``ref`` that has them."""
    first, second = int(m.group("d")), int(m.group("d2"))
    if ref is None or second != first + 1:
        return None  # (not "night 30->1": a month's turn needs its month written)
    month = int(m.group("m")) if m.group("m") else ref.month - (second > ref.day)
    year = ref.year - (month < 1 or month > ref.month)
    month = month % 12 or 12
    if m.group("y"):  # "night 30→31.07.2025": the year written
        year = int(m.group("y"))
    start, end = safe_date(year, month, first), safe_date(year, month, second)
    if start is None or end is None:
        return None
    return DateWindow(start, end, "days", "explicit" if m.group("y") else "year inferred")


def _day_of_month(day: int, ref: date) -> DateWindow | None:
    """ "On the 9th": the latest day so numbered up to ``ref`` (this month's or last)."""
    year, month = ref.year, ref.month
    for _ in range(2):
        d = safe_date(year, month, day)
        if d is not None and d <= ref:
            return day_window(d, "year inferred")
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _days_of_month(m: re.Match[str], ref: date | None) -> DateWindow | None:
    """ "13-14.03": those days of that month (a week at most), the year inferred."""
    first, last, month = int(m.group("d")), int(m.group("d2")), int(m.group("m"))
    if not 0 < last - first <= 6:
        return None
    year = _infer_year(month, last, ref)
    start, end = safe_date(year, month, first), safe_date(year, month, last)
    if start is None or end is None:
        return None
    return DateWindow(start, end, "days", "year inferred")


def _year(m: re.Match[str]) -> DateWindow:
    y = int(m.group("year"))
    return DateWindow(date(y, 1, 1), date(y, 12, 31), "year", "explicit")


def _resolve(
    kind: str, m: re.Match[str], ref: date | None, anchor: date | None
) -> DateWindow | None:
    if kind in (
        "iso", "dmy_num", "dm_num", "dm_roman", "md", "dm", "mdrange", "dmrange", "month",
        "dm_word", "md_word",
    ):  # fmt: skip
        return _explicit(kind, m, ref)
    if kind == "dmdm":
        return _across_months(m.groupdict(), ref)
    if kind == "dmdm_num":
        g = m.groupdict()
        return _days_across((int(g["d"]), int(g["m"]), int(g["d2"]), int(g["m2"])), g["y"], ref)
    if kind == "holiday":
        return _holiday(m, ref)
    if kind == "night_dd":
        return _night_of_days(m, ref)
    if kind == "dmrange_num":
        return _days_of_month(m, ref)
    if kind.startswith("nightinto_"):
        day = _explicit(kind.removeprefix("nightinto_"), m, ref)
        if day is None or day.start is None:
            return None
        return DateWindow(day.start - timedelta(days=1), day.start, "days", day.basis)
    if kind == "year":
        return _year(m)
    if kind == "season":
        return _season(m, ref, anchor)
    if anchor is not None and kind in _ANCHORED:
        window = _anchored(kind, anchor, m)
        if window is None and ref is not None and (named := _SAME_WEEKDAY.search(m.group(0))):
            back = (ref.weekday() - _WEEKDAY_NUMBERS[named.group(1).lower()]) % 7
            return day_window(ref - timedelta(days=back), "relative")
        if kind == "dayslater" and window is not None and ref and window.end and window.end > ref:
            return None  # ("Three days later" counted from the page's day: no event's)
        return window
    if (
        anchor is not None
        and kind == "weekday"
        and (m.groupdict().get("rel") or "").lower() == "that"
    ):
        return _weekday(m, anchor)  # "Earlier that Saturday": the Saturday the story tells
    return _relative(kind, m, ref) if ref else None


# the months a season spans (winter straddles two years: left out)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}


def _season(m: re.Match[str], ref: date | None, anchor: date | None) -> DateWindow | None:
    """ "the summer of 2023" → June–August 2023; "this spring", the latest that began by
    publication; "last summer", the latest that ended before it; "that (first) summer", the
    one of the year the story is telling."""
    first, last = _SEASONS[m.group("season").lower()]
    rel = " ".join((m.group("rel") or "").lower().split())
    if m.group("year"):
        year = int(m.group("year"))
    elif rel.startswith("that") and anchor is not None:
        year = anchor.year
    elif ref is None or rel not in ("this", "last", "that", "that first"):
        return None  # "in spring", "summer offensive": which one, the text does not say here
    elif rel != "last":  # "that summer" with no year told: the latest (the year told moves it)
        year = ref.year if ref.month >= first else ref.year - 1
    else:
        year = ref.year if ref.month > last else ref.year - 1
    end = date(year, last + 1, 1) - timedelta(days=1)
    basis = "explicit" if m.group("year") else "year inferred"
    return DateWindow(date(year, first, 1), end, "month", basis)


def _core_start(kind: str, m: re.Match[str]) -> int:
    for group in ("month", "day", "year", "weekday"):
        if group in m.re.groupindex and m.group(group):
            return min(
                m.start(group),
                m.start("day") if "day" in m.re.groupindex and m.group("day") else 10**9,
            )
    return m.start()


# (after the year's words too: "since 5 September last year, when Russian shelling killed …")
_WHEN_AFTER = re.compile(r"(?:\s+(?:last|this)\s+year)?,?\s+when\b")
_WHEN_STRUCK = re.compile(
    r",?\s+when\s+[^.;]{0,60}?\b(?:hit|struck|strikes?|shell(?:s|ed|ing)?|missiles?|bomb(?:s|ed)?|"
    r"drones?|rockets?)\b",
    re.IGNORECASE,
)
# a record's "since" clause that tells no strike: the time it is measured from, not the event's
_SINCE_CLAUSE_BEFORE = re.compile(
    r"\b(?:deadliest|worst|largest|biggest|heaviest|highest|bloodiest)\b[^.;]{0,60}?\bsince\s+"
    r"(?:(?![\w'’-]*(?:strike|attack|shell|missile|bomb|drone|rocket|raid)|(?:hit|struck|killed|"
    r"destroyed)\b)[\w'’-]+\s+){1,10}?(?:in|on|at)\s+(?:the\s+)?(?:early|mid|late)?[\s-]*$",
    re.IGNORECASE,
)
_THAT_DAY_AFTER = re.compile(
    r"\b(?:that|the\s+same)\s+(?:morning|day|night|evening|afternoon)\b", re.IGNORECASE
)


def _ignored(kind: str, m: re.Match[str], text: str) -> bool:
    """Dates that time something else: "since February 2022", "seized in March", bare "May"."""
    core = _core_start(kind, m)
    # "appalled by this morning's strike", "since Monday's attack": a possessive names the
    # event's day, whatever word stands before it
    possessive = text[m.end() : m.end() + 2] in ("'s", "’s")
    # "closed since the 3rd, when the russians shelled Zelenodolsk": the day of the event told
    # (a day's, not "until September 2022, when a counteroffensive pushed them out")
    day = any(g in m.re.groupindex and m.group(g) for g in ("day", "d", "d_"))
    # (and a month's: "the deadliest since April 2023, when Russian S-300 missiles hit …")
    # (not "until September 2022, when a Ukrainian counteroffensive pushed them out")
    told = day or (kind == "month" and _WHEN_STRUCK.match(text, m.end()) is not None)
    possessive = possessive or (told and _WHEN_AFTER.match(text, m.end()) is not None)
    # ("windows out since 25.02 — the kindergarten was hit that morning": that day's event)
    possessive = possessive or (day and _THAT_DAY_AFTER.search(text, m.end()) is not None)
    if not possessive and _IGNORED_BEFORE.search(text[max(0, core - 30) : core]):
        return True
    if _SINCE_CLAUSE_BEFORE.search(text[max(0, core - 120) : core]):
        return True  # "the deadliest since Ukrainian forces pushed Russian troops back … in mid-September"
    if kind == "dd_only" and _ORDINAL_OF_A_THING.match(text, m.end()):
        return True  # "set apartments on the sixth and seventh floors on fire": floors, no day
    return kind == "month" and m.group(0).strip() == "May"


_ORDINAL_OF_A_THING = re.compile(
    r"(?:\s*(?:and|or|-|–|to)\s*(?:the\s+)?\w+)?\s+(?:floors?|storeys?|stor(?:e)?y|entrances?|"
    r"sections?|rows?|platforms?|tracks?|grades?|forms?|lines?|places?|times?)\b",
    re.IGNORECASE,
)


def find_dates(
    text: str, ref: date | None, offset: int = 0, anchor: date | None = None
) -> list[DateMention]:
    """Every event-date expression in ``text``, resolved against ``ref``.

    Parameters
    ----------
    text
        A sentence (or any text).
    ref
        The reference date (publication date); relative expressions and
        years left out need it and are skipped without it.
    offset
        Added to the returned positions (the sentence's offset in the article).
    anchor
        The day of the event told just before, for "hours earlier", "the
        previous day", "that day".

    Returns
    -------
    list of DateMention
        Non-overlapping, in text order. Dates introduced by "since", "until"
        and the like, which date something other than the event, are left out.
    """
    return list(_dates_in(text, ref, offset, anchor))


@lru_cache(maxsize=2048)
def _dates_in(
    text: str, ref: date | None, offset: int, anchor: date | None
) -> tuple[DateMention, ...]:
    """find_dates, remembered: a sentence is dated several times as the story is read."""
    found: list[DateMention] = []
    month = None  # "In March last year, on the twelfth": the month the day is of
    for kind, m in sorted(_date_matches(text), key=lambda km: km[1].start()):
        window = _resolve(kind, m, ref, anchor)
        if window is not None and window.precision == "day" and window.basis != "relative":
            # ("since 25.02 — the kindergarten was hit that morning": the day just written)
            anchor = window.start
        if window is not None and window.basis == "year inferred" and ref is not None:
            window = _year_written_after(window, text[m.end() :], ref)
        if window is not None and window.basis == "year inferred" and found and ref is not None:
            window = _nearest_the_year_told(window, found[-1].window, ref)
        if window is not None and window.precision == "month":
            month = window
        # (a day of the month told: "In February last year, on Thursday the 23rd")
        told_day = (
            window.start if window is not None and kind in ("dd_only", "weekday_dd") else None
        )
        if told_day is not None and month is not None and month.start is not None:
            day = safe_date(month.start.year, month.start.month, told_day.day)
            if day is not None:
                found = [f for f in found if f.window is not month]
                window = day_window(day, month.basis)
        if window is not None:
            found.append(DateMention(offset + m.start(), offset + m.end(), m.group(0), window))
    return tuple(
        _drop_coarse_relative(
            _drop_weekday_before_date(sorted(found, key=lambda d: d.start), text, offset)
        )
    )


@lru_cache(maxsize=256)
def _date_matches(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Every date expression of ``text`` by kind, in the patterns' order, none over an
    earlier one's span, the ignored left out: the text alone decides them, so a sentence
    dated again (at its offset in the article, after another event) is not scanned again."""
    taken = bytearray(len(text))  # 1 where an earlier pattern matched: linear, not quadratic
    found: list[tuple[str, re.Match[str]]] = []
    cues = day_cues(text)
    low = text.lower() if text.isascii() else None  # (ASCII: case-blind as the patterns are)
    for kind, pattern in PATTERNS:
        need = _NEEDS.get(kind)
        if need is not None and need not in cues:
            continue  # (most sentences name no month and no weekday: skip those scans)
        words = WORDS_NEEDED.get(pattern)
        if words is not None and low is not None and not any(map(low.__contains__, words)):
            continue  # (nor "yesterday", "overnight", "the same day", "in the summer")
        cased = CASED_WORDS_NEEDED.get(pattern)
        if cased is not None and not any(map(text.__contains__, cased)):
            continue
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            if not _ignored(kind, m, text):
                found.append((kind, m))
    return tuple(found)


# What a pattern cannot match without: a digit, a month's name, a weekday's
_NEEDS = {
    "iso": "digit", "dmy_num": "digit", "dm_num": "digit", "dplus": "digit", "year": "digit",
    "night_dd": "digit", "nightinto_dm_num": "digit", "nightinto_dmy_num": "digit",
    "dm_roman": "digit", "weekday_dd": "weekday", "dmrange_num": "digit",

    "dm": "month", "md": "month", "mdrange": "month", "dmrange": "month", "month": "month",
    "dmdm": "month",
    "nightinto_dm": "month", "nightinto_md": "month",
    "nightinto": "weekday", "weekdaynight": "weekday", "weekdaypair": "weekday",
    "weekday": "weekday",
}  # fmt: skip
_DIGIT = re.compile(r"\d")
# (and a military "01JUN", "12MAR24")
_MONTH_CUE = re.compile(
    r"(?:\b|(?<=\d))(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|"
    r"SEP|OCT|NOV|DEC|jan|feb|apr|jun|jul|aug|sep|oct|nov|dec|(?<=\d\s)(?:mar|may))"
)
_WEEKDAY_CUE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:[a-z]*day|s|rs?|nes)?\b\.?", re.IGNORECASE
)


def day_cues(text: str) -> frozenset[str]:
    """What of a day the text writes: a digit, a month's name, a weekday's (none for "this
    morning")."""
    found = (
        ("digit", _DIGIT.search(text)), ("month", _MONTH_CUE.search(text)),
        ("weekday", _WEEKDAY_CUE.search(text)),
    )  # fmt: skip
    return frozenset(name for name, m in found if m is not None)


_YEAR_AFTER = re.compile(r"^,?\s+(?:of\s+)?(this|last)\s+year\b", re.IGNORECASE)


def _year_written_after(window: DateWindow, after: str, ref: date) -> DateWindow:
    """ "In February this year", "on 3 March last year": the year the words give, not the
    one inferred (which a year told earlier in the text could move)."""
    m = _YEAR_AFTER.match(after)
    if m is None or window.start is None or window.end is None:
        return window
    year = ref.year - (m.group(1).lower() == "last")
    if window.precision == "month":
        # ("In February last year" from 2024: February 2023, whose last day is the 28th)
        return month_window(year, window.start.month, "explicit")
    try:
        start, end = window.start.replace(year=year), window.end.replace(year=year)
    except ValueError:  # 29 February of a year without one
        return window
    return DateWindow(start, end, window.precision, "explicit")


def _nearest_the_year_told(window: DateWindow, told: DateWindow, ref: date) -> DateWindow:
    """ "Our first delivery was in July last year, after rockets hit the market on 28 June":
    a day without its year, beside one the sentence dates with a year, lies nearest it (28
    June 2022), never after the text's own day."""
    # (a month or a day: "opened in 2020" names a year of another thing, no neighbour)
    if told.basis != "explicit" or told.start is None or window.start is None:
        return window
    if told.precision not in ("day", "days", "month"):
        return window
    if window.end is None or window.precision not in ("day", "days"):
        return window
    best, gap = window, abs((window.start - told.start).days)
    for year in (told.start.year - 1, told.start.year, told.start.year + 1):
        try:
            start, end = window.start.replace(year=year), window.end.replace(year=year)
        except ValueError:
            continue
        if end <= ref and abs((start - told.start).days) < gap:
            best, gap = (
                DateWindow(start, end, window.precision, window.basis),
                abs((start - told.start).days),
            )
    return best


def _drop_coarse_relative(found: list[DateMention]) -> list[DateMention]:
    """ "Two years ago, on 1 July 2022", "last month, on 13 April": the date told inside a
    relative year, month or week is the day meant."""

    def inside(d: DateMention, o: DateMention) -> bool:
        a, b = d.window, o.window
        return (
            a.start is not None and a.end is not None and b.start is not None
            and b.end is not None and a.start <= b.start and b.end <= a.end
        )  # fmt: skip

    return [
        d for d in found
        if not (
            # "Last month, on Palm Sunday, 13 April": the day told inside the month meant
            d.window.basis == "relative" and d.window.precision in ("year", "month", "week")
            and any(o.window.basis != "relative" and o is not d and inside(d, o) for o in found)
        )
    ]  # fmt: skip


_WEEKDAY_ONLY = re.compile(rf"(?:on\s+)?{_WEEKDAY}", re.IGNORECASE)


def _drop_weekday_before_date(
    found: list[DateMention], text: str, offset: int
) -> list[DateMention]:
    """ "on Monday, March 4": the explicit date wins over the weekday."""
    out = []
    for i, d in enumerate(found):
        j = i + 1
        if (
            j + 1 < len(found) and found[j].window.basis == "relative"
            and _WEEKDAY_ONLY.fullmatch(found[j].text)
            and _glossed(text[d.end - offset : found[j + 1].start - offset])
        ):  # fmt: skip
            j += 1  # "Yesterday, Thursday 6 October": the date past its weekday glosses it
        nxt = found[j] if j < len(found) else None
        if (
            d.window.basis == "relative"
            and nxt
            and _glossed(text[d.end - offset : nxt.start - offset])  # "today, on 7 August 2023"
            and nxt.window.precision in ("day", "days")
            and (
                nxt.window.basis != "relative"
                or (_NIGHT.fullmatch(d.text) and _WEEKDAY_ONLY.fullmatch(nxt.text))
            )
        ):  # "overnight on August 10-11": the dates say which night; "overnight on Wednesday"
            if _NIGHT.fullmatch(d.text) and nxt.window.precision == "day" and nxt.window.start:
                # "overnight on 8 December": the night that ends on that morning
                night = DateWindow(
                    nxt.window.start - timedelta(days=1), nxt.window.start, "days", nxt.window.basis
                )
                words = text[d.start - offset : nxt.end - offset]
                found[j] = DateMention(d.start, nxt.end, words, night)
            continue
        if _same_day_told_later(d, found[i + 1 :]):
            continue
        prev = found[i - 1] if i else None
        if (
            prev is not None and d.window.basis == "relative" and _WEEKDAY_WORD.fullmatch(d.text)
            and prev.window.precision == "day" and prev.window.basis != "relative"
            and 0 <= d.start - prev.end <= 3
        ):  # fmt: skip
            continue  # "14.01.2023 (Sat afternoon)", "21 March, Tue": the date says which day
        out.append(d)
    return out


# what may stand between a relative day and the date that glosses it: "today, on 7 August",
# "this morning (Mon 10.10)"
_GLOSS = re.compile(rf"[\s,(–—-]{{0,3}}(?:on\s+)?(?:{WEEKDAY_ABBR}[a-z]*\.?,?\s+)?", re.IGNORECASE)


def _glossed(between: str) -> bool:
    # (not two times joined: "overnight and on Saturday" is the night just past and Saturday)
    if re.search(r"\b(?:and|or)\b", between):
        return False
    return len(between) <= 5 or _GLOSS.fullmatch(between) is not None


_BARE_WEEKDAY = re.compile(rf"(?:on\s+|the\s+)?{_WEEKDAY}", re.IGNORECASE)


def _same_day_told_later(d: DateMention, later: list[DateMention]) -> bool:
    """ "On the Sunday I arrived, 3 July, shells landed": a weekday that a later date of the
    sentence falls on is that date (when they disagree, neither is dropped)."""
    m = _BARE_WEEKDAY.fullmatch(d.text)
    if m is None or d.window.basis != "relative":
        return False
    day = WEEKDAYS[m.group("weekday").lower()]
    return any(
        o.window.basis != "relative" and o.window.precision == "day"
        and o.window.start is not None and o.window.start.weekday() == day
        and o.start - d.end <= 40
        for o in later
    )  # fmt: skip


_WEEKDAY_WORD = re.compile(
    rf"{WEEKDAY_ABBR}[a-z]*\.?"
    r"(?:\s+(?:am|pm|morning|afternoon|evening|eve|night|nite))?",
    re.IGNORECASE,
)
_NIGHT = re.compile(r"overnight|during the night", re.IGNORECASE)


def default_window(ref: date | None, days: int = 1) -> DateWindow:
    """When an article reports an event without dating it: the day of publication or the
    day before (news reports the last 24 hours)."""
    if ref is None:
        return DateWindow(None, None, "unknown", "none")
    return DateWindow(
        ref - timedelta(days=days), ref, "days" if days < 7 else "week", "publication"
    )


def intersect(windows: list[DateWindow]) -> DateWindow | None:
    """The common part of known windows, or None when they do not all overlap."""
    known = [w for w in windows if w.known]
    if not known:
        return None
    start = max(w.start for w in known if w.start)
    end = min(w.end for w in known if w.end)
    if start > end:
        return None
    narrowest = min(known, key=lambda w: w.days)
    if (end - start).days + 1 == narrowest.days:
        return narrowest
    return DateWindow(start, end, "day" if start == end else "days", "merged")
