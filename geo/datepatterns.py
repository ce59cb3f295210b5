"""The date expressions :mod:`geo.dates` looks for: month, weekday and number words, and
the patterns of each kind (explicit days, months, relative days, seasons, holidays).

Resolving a match against the reference date is :mod:`geo.dates`'s job.
"""

from __future__ import annotations

import calendar
import re

MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i])
}
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)} | {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_UNITS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth",
]  # fmt: skip
# "the fourth of April", "on the twelfth": a day written as an ordinal word
ORDINALS = {w: i + 1 for i, w in enumerate(_UNITS)} | {"twentieth": 20, "thirtieth": 30}
ORDINALS |= {f"{tens}-{w}": n + i + 1 for tens, n in (("twenty", 20), ("thirty", 30))
             for i, w in enumerate(_UNITS[:9]) if n + i + 1 <= 31}  # fmt: skip
_ORDINAL = "(?P<dayw>" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
# (and a sitrep's capitals: "29 JUN", "1 SEP 2022")
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    # (a heading in capitals: "5 JUNE 2022")
    r"December|JANUARY|FEBRUARY|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    # (a note's "collapsed on 12 may", "3 march": after a day's number only, not the words)
    r"(?<=\d\s)(?:MARCH|MAY|march|may(?!\s+(?:be|come|have|not|also|need|go|take|get|still|"
    r"well|cause|lead|help|see|say|return|want|affect|face|use|hit|strike)\b))|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|"
    # notes' lower case ("night 17→18 sep"), but not the words "may" and "march"
    r"OCT|NOV|DEC|january|february|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?(?!['’ʼ](?!s\b)\w)"
)
_MONTH2 = _MONTH.replace("(?P<month>", "(?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "Four days later": the days counted on from the event told (one is "the next day")
_LATER_COUNT = r"two|three|four|five|six|[2-6]"
DAYS_LATER = re.compile(rf"\b(?:{_LATER_COUNT})\s+days\s+later\b", re.IGNORECASE)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "since"/"until" phrases date the war or a deadline, not the event.
_IGNORED_BEFORE = re.compile(
    r"(?:\bsince|\buntil|\btill|\bby|\binception in|\bbegan in|\bstarted in|"
    # ("Vovchansk was freed on 11 September, but on 29 September … shelled": its freedom's day)
    r"\b(?:seized|captured|occupied|annexed|liberated|recaptured|retaken|freed|de-occupied)"
    r"(?:\s+(?:in|on))?|\binvasion in|\bin place since|"
    # "a woman born in 1965 was wounded", "a block built in 1970": a life or a building.
    r"\bborn(?:\s+in)?|\bbuilt(?:\s+in)?|\bfounded(?:\s+in)?|\bconstructed(?:\s+in)?|"
    # "operational information as of 06:00 on 18.10.2023": a status's time, not an event's
    r"\bas\s+of(?:\s+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?)?(?:\s+on)?|"
    # a clock's other zone: "at 00:20 local time (2120 GMT Sunday)", the same moment
    r"\b\d{1,2}:?\d\d\s+(?:GMT|UTC)(?:\s+on)?|"
    # an analyst's cross-reference: "[cf. the 22 May 2023 Graivoron raid]"
    r"\bcf\.?(?:\s+(?:the|also))?)\s*$",
    re.IGNORECASE,
)

_FULL_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a weekday written short, as notes write it ("Tue", "Tues", "Thurs")
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)"
# (and a log's day headings in capitals: "SAT 17.05")
_WEEKDAY_ABBREVIATIONS = (
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
    "MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN",
    # a log's own hand: "fri 23.09  Marganets - …", "sat 11/2"
    "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    # (and written out: "on Monday 13.02 two civilians were killed")
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    # (a Ukrainian or Russian hand's: "нд 18.09", "Чт 16.02")
    "пн", "вт", "ср", "чт", "пт", "сб", "нд", "вс", "Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Нд", "Вс",
)  # fmt: skip
# a weekday's day and month: "Fri 15.03, about 10:30", "Sat 02/03"
_WEEKDAY_DM = re.compile(
    r"(?:"
    # (and "last Fri (3.02)": the weekday's day in brackets)
    + "|".join(
        rf"(?<=\b{w}\s)|(?<=\b{w}\.\s)|(?<=\b{w},\s)|(?<=\b{w}\s\()" for w in _WEEKDAY_ABBREVIATIONS
    )
    + r")(?P<d>[0-3]?\d)[./](?P<m>0?[1-9]|1[0-2])\b(?![./]?\d)"
)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "The next night, a missile hit Kharkiv": the night after the event told (before "night"
    # reads it as last night)
    ("nextnight", re.compile(r"\b(?:the\s+)?(?:next|following)\s+night\b", re.IGNORECASE)),
    # ("2023-05-31/06-01", "2023-05-15/16": a log's night, written as its two days)
    (
        "iso",
        re.compile(
            r"\b(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
            r"(?:/(?:(?P<iso_m2>[01]\d)-)?(?P<iso_d2>[0-3]\d)(?![\d/.-]))?\b"
        ),
    ),
    # "in the night to Sat 16.07", "night into 23.11.2022" ("в ніч на 16.07"): the night that
    # ended on that day, its two days
    (
        "nightinto_dmy_num",
        re.compile(
            rf"\b(?i:overnight|night)\s+(?i:into|to|before)\s+(?:{WEEKDAY_ABBR}[a-z]*\.?,?\s+)?"
            r"(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d|[12]\d)\b(?![./:]?\d)"
        ),
    ),
    (
        "nightinto_dm_num",
        re.compile(
            rf"\b(?i:overnight|night)\s+(?i:into|to|before)\s+(?:{WEEKDAY_ABBR}[a-z]*\.?,?\s+)?"
            r"(?P<d>[0-3]?\d)[./](?P<m>0?[1-9]|1[0-2])\b(?![./:,]?\d)"
        ),
    ),
    # "night 30->31", "night of 14/15", "night 30-31.03": a night told by its two days' numbers
    (
        "night_dd",
        re.compile(
            r"\b(?i:(?:over)?night)\s+(?:of\s+)?(?P<d>[0-3]?\d)\s*(?:->|→|-|–|/|to|into)\s*(?P<d2>[0-3]?\d)"
            r"(?:[./](?P<m>[01]?\d)(?:[./](?P<y>(?:19|20)\d\d))?)?\b(?![./:]\d|,?\s+(?:of\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
        ),
    ),
    # a job's or a trip's days across months, day first: "04.04–09.04", "28.02-03.03"
    (
        "dmdm_num",
        re.compile(
            # (months in two digits, as a note writes them: not "3.1-4.2 km", a measure)
            r"(?<![\d/.:])\b(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])\s*[-–]\s*"
            # (its year after the last: "30.06–01.07.2022")
            r"(?P<d2>[0-3]?\d)\.(?P<m2>0[1-9]|1[0-2])(?:\.(?P<y>(?:19|20)\d\d))?\b(?![./:]?\d)"
            r"(?!\s*(?:km|m|kg|t|mm|cm|ha|l|%|million|billion|thousand|mln|bn|tonnes|tons|hrn|uah)\b)"
        ),
    ),
    # an American note's "11/18/2024", "Thu 11/21": month first, when the day (13th or
    # later) says so; "4/4" and "3/12" stay day first, as the rest of the world writes them
    (
        "dmy_num",
        re.compile(
            r"\b(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d|[12]\d)\b"
            r"(?![./:]?\d)"
        ),
    ),
    (
        "dm_num",
        re.compile(r"(?<![\d/.])\b(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])\b(?![/.]?\d)"),
    ),
    # "14/05/2024", and Ukrainian and Russian officials' "09.10.2022" (day first)
    (
        "dmy_num",
        re.compile(r"\b(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"),
    ),
    # an analyst's "14.03.22", "18/03/22" (day first, the century left out)
    (
        "dmy_num",
        re.compile(
            r"\b(?P<d>[0-3]?\d)(?P<sep>[/.])(?P<m>[01]?\d)(?P=sep)(?P<y>1[4-9]|2\d)\b(?![.:/]?\d)"
        ),
    ),
    # "5/IV", "12.XI": a day and a Roman month, as Ukrainian and Russian notes write them
    (
        "dm_roman",
        re.compile(
            r"(?<![\d/.])\b(?P<d>[0-3]?\d)\s*[/.]\s*(?P<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\b(?![/.]?\d)"
        ),
    ),
    # "(17/03)": a day and a month in two digits each, the year the text's
    # (not "the night of 17/18 Sept": two days, the month named after them)
    (
        "dm_num",
        re.compile(r"(?<![\d/.])(?<![A-Za-z]-)\b(?P<d>[0-3]\d)/(?P<m>0[1-9]|1[0-2])\b(?![/.]?\d)"),
    ),
    # an analyst's "30.03 afternoon", "27.06:" (day first; no clock reads 24.xx or later, and
    # a clock time is no "afternoon")
    (
        "dm_num",
        re.compile(
            # (not a range's last day: "Week 17 (21–26.04)")
            r"(?<![\d/.:~])(?<!\d[-–])(?<!\d\s[-–]\s)"
            r"\b(?:(?P<d>2[4-9]|3[01])\.(?P<m>0[1-9]|1[0-2])\b(?![./:]?\d|\s*(?:km|%|m\b))"
            r"|(?P<d_>[0-2]\d)\.(?P<m_>0[1-9]|1[0-2])(?=\s+(?:morning|afternoon|evening|eve|night)\b"
            # a day before its clock time: "14.02 ~1530", "14.02 15:30"
            r"|\s+~?(?:[01]\d|2[0-3]):?[0-5]\d\b"
            # a day before its weekday: "01.01 (Mon)", "02.01 Tue" (no clock has a weekday)
            # (a note's lower case too: "07.08 mon")
            r"|\s*\(?(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)(?:[a-z]*day|s|sday|nesday|rsday|urday)?\.?\)?(?![\w])"
            # a bullet's own day first: "- 16.04, Ivanivka: …", "Chaus (OVA), 18.04: 18 KIA"
            r"|(?<=^-\s[0-2]\d\.[01]\d)[,:]\s|(?<=,\s[0-2]\d\.[01]\d)[,:]\s|:\s*$"
            # a log line's own day first, then its place: "01.04 Belgorod - oil depot on fire"
            r"|(?<=^[0-2]\d\.[01]\d)\s+(?=[A-Z][a-z])|(?<=^-\s[0-2]\d\.[01]\d)\s+(?=[A-Z][a-z])"
            r"|(?<=^[0-2]\d\.[01]\d)[,:]\s"
            # a post's bracketed stamp: "[04.02, 12:10] Gorlovka city head Prikhodko:"
            r"|(?<=\[[0-2]\d\.[01]\d)(?=[,\s\]])"
            # a table's date cell: "| 1 | 12.03 | NORSI refinery, Kstovo |"
            r"|(?<=\|\s[0-2]\d\.[01]\d)(?=\s*\|)|(?<=\|[0-2]\d\.[01]\d)(?=\s*\|)"
            # (a row written as a list item: "- 21.01 | Ust-Luga, Leningrad obl. | drones |")
            r"|(?<=^-\s[0-2]\d\.[01]\d)(?=\s*\|)|(?<=^[0-2]\d\.[01]\d)(?=\s*\|)))"
        ),
    ),
    # a note's "14/3", "on 21/2": day first, as only a day can be 13 or more (not "open 24/7")
    (
        "dm_num",
        # (not a source's day in brackets: "(Reuters 18/9)", "(OVA, 16/1)": when it said so)
        re.compile(
            r"(?<![\d/.:])(?<![A-Za-z]-)\b(?!24/7\b)"
            r"(?P<d>1[3-9]|2\d|3[01])/(?P<m>0?[1-9]|1[0-2])\b(?![/.:]?\d|\s*[)\];])"
        ),
    ),
    # a note's "13-14.03", "29–30.12": a night or two days, by their numbers and the month's
    (
        "dmrange_num",
        re.compile(
            # (and "night sat->sun 25/26.02": the two days by a slash)
            r"(?<![\d/.:])\b(?P<d>[0-3]?\d)\s*[-–/]\s*(?P<d2>[0-3]?\d)\.(?P<m>0?[1-9]|1[0-2])\b(?![./:]?\d)"
        ),
    ),
    # a log line's own day and month, then its dash or colon: "24/7 – Reni, Izmail raion: …"
    # (not "open 24/7", where nothing follows)
    ("dm_num", re.compile(r"^(?P<d>[0-3]?\d)/(?P<m>0?[1-9]|1[0-2])(?=\s*(?::|[–—]|-\s))")),
    # a day and month opening a note's line, or after "on", "since", "from", "until", "by":
    # "1.02 evening rocket into a house", "shelled on 14.03", "on 3/2" (day first; a dot's
    # month in two digits, as "3.1 Dnipro, 14.01.2023" numbers a section and a line's "2/7"
    # a thread's post; not a figure with its unit: "1.05 km", "2.10 million")
    (
        "dm_num",
        re.compile(
            r"(?:(?:^|(?<=^-\s)|(?<=^–\s)|(?<=^•\s)|(?<=^\*\s))(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])"
            r"|(?:(?<=\b[Oo]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Ff]rom\s)|(?<=\b[Uu]ntil\s)|(?<=\b[Tt]ill\s)"
            r"|(?<=\b[Bb]y\s))(?P<d_>[0-3]?\d)[./](?P<m_>0?[1-9]|1[0-2]))\b(?![./:,]?\d)"
            r"(?!\s*(?:%|km|kg|mm|cm|ha|hrs?|t|m|h|l|x|mln|bn|million|billion|thousand|tonnes?|"
            r"tons?|litres?|liters?|points?|UAH|USD|EUR|MW|GW|kW|sq)\b)"
        ),
    ),
    ("dm_num", _WEEKDAY_DM),
    # a night told by the day it ended, day and month by a dot: "rockets in the night to 23.11"
    # (not "the night of 2/3 May": two days)
    (
        "dm_num",
        re.compile(
            r"(?:(?<=\bnight\sof\s))(?P<d>[0-3]?\d)\.(?P<m>0?[1-9]|1[0-2])\b"
            r"(?![./:,]?\d)"
        ),
    ),
    # a strike named by its day and month: "her aid was crushed in the 22.09 strike"
    (
        "dm_num",
        re.compile(
            r"(?<=\b[Tt]he\s)(?P<d>[0-3]?\d)[./](?P<m>0?[1-9]|1[0-2])\b(?![./:,]?\d)"
            r"(?=\s+(?:[\w-]+\s+)?(?:strike|attack|shelling|explosion|blast|bombing|raid|hit)s?\b)"
        ),
    ),
    # a note's day and two-digit month opening its line or its clause after a dash or colon:
    # "- 3/02 in Barvinkove a rocket hit …", "SEMENIVKA: 8.02 russian airstrike", "Pavlivka -
    # 7.02 russians shelled the village" (a leading zero is a month's, as in "03/02")
    (
        "dm_num",
        re.compile(
            r"(?:^|(?<=^-\s)|(?<=^•\s)|(?<=^\*\s)|(?<=[:–—]\s)|(?<=\s-\s)"
            # (or the event's own word: "night shelling 14.09 - rockets landed in next yard")
            r"|(?<=shelling\s)|(?<=shelled\s)|(?<=strike\s)|(?<=attack\s)|(?<=night\s)"
            r"|(?<=blast\s)|(?<=blasts\s)|(?<=explosion\s)|(?<=explosions\s)"
            # (or a day counted back, then written: "bombed it yesterday 08.02", "yday, 11.05")
            r"|(?<=\b[Yy]esterday\s)|(?<=\b[Yy]day\s)|(?<=\b[Yy]esterday,\s)|(?<=\b[Yy]day,\s)"
            r"|(?<=\b[Tt]oday\s)|(?<=\b[Tt]oday,\s)"
            # (or a day the event's clause follows: "killed in Stepnohirsk 26.05 when the
            # russians shelled the village")
            r"|(?=[0-3]?\d[./](?:0[1-9]|1[0-2])\s+when\b))"
            r"(?P<d>[0-3]?\d)[./](?P<m>0[1-9]|1[0-2])\b(?![./:,]?\d)"
            r"(?!\s*(?:%|km|kg|mm|cm|ha|hrs?|t|m|h|l|x|mln|bn|million|billion|thousand|tonnes?|"
            r"tons?|litres?|liters?|points?|UAH|USD|EUR|grn|MW|GW|kW|sq)\b)"
        ),
    ),
    # a day and month in two digits each, as a clause's last word: "in Barvinkove, 12.05;",
    # "the livestock farm 07.05, 11 cows dead" (no figure's unit or clock's "at" goes with it)
    # or a strike's: "the russian strike of 02.05 on houses"
    (
        "dm_num",
        re.compile(
            # (not a paper's own days: "Notified 19.10.", "letter sent 21.11.")
            r"(?:(?<![\d/.:~])(?<!\bat\s)(?<!\bby\s)(?<![Nn]otified\s)(?<![Ss]ent\s)(?<![Rr]eceived\s)"
            r"(?<![Rr]ecvd\s)(?<![Ff]iled\s)(?<![Uu]pdated\s)(?<![Vv]isit\s)(?<![Vv]isited\s)"
            r"(?<![Pp]aid\s)(?<![Ss]igned\s)"
            r"\b(?P<d>[0-3]?\d)\.(?P<m>0[1-9]|1[0-2])\b"
            r"(?![./:]?\d)(?=\s*(?:[,;)]|(?:abt|about|around|approx)\b|~)|\.(?:\s|$))"
            r"|(?:(?<=\bstrike\sof\s)|(?<=\bstrikes\sof\s)|(?<=\bshelling\sof\s)|(?<=\battack\sof\s))(?P<d_>[0-3]?\d)\.(?P<m_>0?[1-9]|1[0-2])"
            r"\b(?![./:,]?\d))"
        ),
    ),
    # a log's day and month before its weekday: "5/9 mon", "4.9 (Sun)" (day first, as the
    # notes that write their weekday after the day do)
    (
        "dm_num",
        re.compile(
            r"(?<![\d/.:])\b(?P<d>[0-3]?\d)[./](?P<m>0?[1-9]|1[0-2])(?=\s*\(?(?:[Mm]on|[Tt]ue|[Ww]ed|"
            r"[Tt]hu|[Ff]ri|[Ss]at|[Ss]un)(?:day|s|sday|nesday|rsday|urday)?\.?\)?(?![\w/.])"
            # (not a report's section number before the weekday's own date: "2.2 Tuesday 11
            # October")
            r"(?!,?\s+[0-3]?\d(?:st|nd|rd|th)?\s+(?:and\b|&|of\b|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            r"oct|nov|dec))))"
        ),
    ),
    # a military date-time group or an analyst's "01JUN", "12MAR24", "020800JUN25" (day, clock,
    # month, year)
    (
        "dm",
        re.compile(
            r"\b(?P<day>[0-3]\d)(?:[0-2]\d[0-5]\dZ?)?(?P<month>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|"
            r"oct|nov|dec))(?P<year2>[12]\d)?\b"
        ),
    ),
    # "15 Mar 22", "12 Mar 23": an abbreviated month with a two-digit year (not "3 March 22
    # people", which spells its month out)
    (
        "dm",
        re.compile(
            r"\b(?P<day>[0-3]?\d)\s+(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
            r"\s+(?P<year2>1[4-9]|2\d)\b(?!\s*(?:km|%|[:.]\d|people|civilians|were|was|of)\b)"
        ),
    ),
    # "on the night of August 10 to 11, 2024", "4-5 March": a night or a few days.
    (
        "mdrange",
        re.compile(
            # (and "from July 18 to July 20": the month said again)
            rf"\b{_MONTH}\s+{_DAY}\s*(?:-|–|to|and)\s*(?:(?P=month)\.?\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?"
        ),
    ),
    # ("the night of 31 May to 1 June": a night, or a span, across two months)
    (
        "dmdm",
        re.compile(
            rf"\b{_DAY}\s+{_MONTH}\s*(?:-|–|to|into|/|→|->)\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+"
            rf"{_MONTH2}(?:,?\s+{_YEAR})?\b"
        ),
    ),
    (
        "dmrange",
        re.compile(
            # ("the night of 2/3 May", "night of 17/18 Sept 2024": two days by a slash)
            # ("Friday 21 and Saturday 22 October": each day with its weekday)
            rf"\b(?:{_FULL_WEEKDAY}\s+)?{_DAY}\s*(?:-|–|→|->|/|to|and)\s*(?:{_FULL_WEEKDAY}\s+)?"
            rf"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
        ),
    ),
    # "overnight into 31 December": the night that ends on that date. So is "on the night of
    # 12 December" in Ukrainian officials' English ("в ніч на 12 грудня").
    (
        "nightinto_dm",
        re.compile(
            rf"\b(?i:overnight|(?:during |on )?the night)\s+(?i:into|to|before|of)\s+{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b"
            # not "the night of 31 July to 1 August": that night is told in full
            r"(?!\s*(?:to|into|-|–)\s*\d)"
        ),
    ),
    (
        "nightinto_md",
        re.compile(
            rf"\b(?i:overnight|(?:during |on )?the night)\s+(?i:into|to|before)\s+{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?"
        ),
    ),
    # "the fourth of April", "April the fourth", "March twelfth": a day as an ordinal word
    ("dm_word", re.compile(rf"\b(?i:the\s+)?(?i:{_ORDINAL})\s+of\s+{_MONTH}(?:,?\s+{_YEAR})?\b")),
    ("md_word", re.compile(rf"\b{_MONTH}\s+(?:the\s+)?(?i:{_ORDINAL})\b(?:,?\s+{_YEAR})?")),
    (
        "md",
        re.compile(
            # ("that night in April, the 24th": a comma only before "the 24th")
            # (a speaker's "october last year the 16th": the year inferred is last year)
            rf"\b{_MONTH}(?:,\s+the\s+(?=\d+(?:st|nd|rd|th))|\s+(?:(?P<lastyear>last\s+year\s+)?the\s+"
            r"(?=\d+(?:st|nd|rd|th)))?)"
            rf"{_DAY}\b(?:,?\s+{_YEAR})?(?!\s*(?:km|kilomet|mile|%))"
        ),
    ),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b")),
    # Days named by a holiday: "on New Year's Day", "Christmas Eve", "Orthodox Christmas".
    (
        "holiday",
        re.compile(
            r"\b(?P<holiday>New\s+Year['’]s\s+(?:Day|Eve|[Nn]ight)|Christmas\s+(?:Day|Eve)|Orthodox\s+Christmas|"
            # ("in the first minutes of the New Year": its first day)
            # (or lower case: "in the first minutes of the new year")
            r"first\s+(?:minutes|hours|seconds)\s+of\s+(?:the\s+)?(?i:new\s+year))"
            rf"(?:,?\s+{_YEAR})?\b"
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?:(?i:in|during|early|late|since|of|last|this)\s+|(?i:mid)(?:-|\s+))?{_MONTH}(?:,?\s+{_YEAR})?\b"
            # (not a month of an older century: "the bombardment of April 1854")
            r"(?!,?\s+1[0-8]\d\d\b)"
        ),
    ),
    ("year", re.compile(rf"\b(?i:in|during|throughout)\s+{_YEAR}\b")),
    # "the 2022 missile strike on a shopping center": a strike named by its year
    (
        "year",
        re.compile(
            rf"\b(?<=[Tt]he\s){_YEAR}(?=\s+(?:[\w-]+\s+){{0,2}}?(?:strike|attack|bombing|shelling|"
            r"raid|explosion|blast)s?\b)"
        ),
    ),
    # "in the summer of 2023", "in spring 2023", "this spring", "last summer", "That first
    # summer" (a season without its year: the latest before publication, or the year told)
    (
        "season",
        re.compile(
            r"\b(?:(?P<rel>this|last|that(?:\s+first)?|the\s+following|in\s+the|in|during\s+the|"
            r"during|by\s+the)\s+)?(?P<season>spring|summer|autumn|fall)"
            rf"(?:\s+(?:of\s+)?{_YEAR})?\b",
            re.IGNORECASE,
        ),
    ),
    # "overnight into Wednesday", "on the night of Tuesday to Wednesday", "Tuesday night":
    # the night that ends on (or starts in) the named day, not the one before publication.
    (
        "nightinto",
        re.compile(
            # ("overnight into last Thursday": the last of that name, as "last Thursday" is)
            rf"\b(?:overnight|(?:during |on )?the night)\s+(?:into|to|before)\s+(?:last\s+)?{_WEEKDAY}\b",
            re.IGNORECASE,
        ),
    ),
    # ("late on Monday night": Monday's late evening, before the night turns to Tuesday)
    (
        "weekdaynight",
        re.compile(rf"\b(?:(?P<late>late)\s+)?(?:on\s+)?{_WEEKDAY}\s+night\b", re.IGNORECASE),
    ),
    # "Overnight Tuesday to Wednesday", "on the night of Tuesday to Wednesday": that night
    (
        "weekdaypair",
        re.compile(
            # ("during the night from Saturday to Sunday": "of" or "from", or both)
            rf"\b(?:overnight|(?:during |on |in )?the night(?:\s+of)?)\s+(?:from\s+)?{_WEEKDAY}\s+"
            r"(?:to|into|-|–)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
            re.IGNORECASE,
        ),
    ),
    # an analyst's "Fri 4th", "Sun 6th": a weekday and the month's day, the month the latest
    # that has them
    (
        "weekday_dd",
        re.compile(
            r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Wed|"
            r"Thu(?:rs?)?|Fri|Sat|Sun|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+(?:the\s+)?"
            # (a log's "thu 29 - morning the russians hit …": the bare number, then its dash)
            r"(?P<day>[0-3]?\d)(?:(?:st|nd|rd|th)\b|(?=\s*(?:\s[-–—]\s|:\s|,\s|$)))"
            r"(?!\s+(?:of\s+)?(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
        ),
    ),
    # a diary's line under its month's heading: "3 (Thu) — no rehearsal", "16 Wed - …" (the
    # day of the month and its weekday name one day)
    (
        "weekday_dd",
        re.compile(
            rf"^\W{{0,3}}(?P<day>[0-3]?\d)\s*\(?\s*(?P<weekday>{WEEKDAY_ABBR}|(?i:mon|tue|wed|thu|fri|sat|sun))"
            r"[a-z]*\.?\s*\)?(?=\s*(?:[—–:]|-\s))"
        ),
    ),
    # a speaker's "Wednesday the thirteenth", "on Sunday, the seventeenth": the day in words
    (
        "weekday_dd",
        re.compile(
            r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            rf",?\s+the\s+(?i:{_ORDINAL})\b"
            # (a day ends its phrase: not "on Saturday, the first large-scale attack of the year")
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|in\s+the|early|around|before|after|when)\b)"
        ),
    ),
    # a note's "overnight Mon into Tue" (capitalised: "sat"/"sun" are words too)
    (
        "weekdaypair",
        re.compile(
            r"\b(?:[Oo]vernight|(?:during |on )?the night of)\s+(?:from\s+)?"
            rf"(?P<weekday>{WEEKDAY_ABBR})\.?\s+(?:to|into|-|–)\s+"
            rf"{WEEKDAY_ABBR}\b\.?"
        ),
    ),
    # a note's "Sat night", "Wed nite" (capitalised: "sat" and "sun" are words too)
    (
        "weekdaynight",
        re.compile(rf"\b(?:on\s+)?(?P<weekday>{WEEKDAY_ABBR})\.?\s+ni(?:ght|te)\b"),
    ),
    # a note's "Sat am", "Sun pm", "Wed eve", "Thu morning"; "Tues" and "Thurs" alone
    (
        "weekday",
        re.compile(
            rf"(?<!The )\b(?:(?P<rel>last|this|on)\s+)?(?P<weekday>{WEEKDAY_ABBR})\.?"
            r"(?=\s+(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening|eve)\b"
            # a note's aside: "(~15:30 Sat)"
            r"|\s*\))"
            # a note's line labelled by its day: "- Sun: artillery again", "Also Sun: …" (not
            # "MoD Sun: …", the day a body spoke)
            rf"|(?:^|(?<=\n)|(?<=[-–—•*]\s)|(?<=\b[Aa]lso\s)|(?<=\band\s))(?P<weekday3>{WEEKDAY_ABBR})"
            r"(?=\s*:)"
            # a note's sentence opened by its weekday: "Tue the russians shelled Pavlivka"
            rf"|(?:^|(?<=[.;:]\s))(?P<weekday4>{WEEKDAY_ABBR})(?=\s+(?:the|russian|russians|"
            r"ukrainian|ukrainians|enemy|around|at)\b)"
            r"|\b(?:(?P<rel2>last|this|on)\s+)?(?P<weekday2>Tues|Thurs)\b\.?"
        ),
    ),
    (
        "weekday",
        # not "on a Sunday morning" or "every Sunday": which weekday, not which day
        re.compile(
            rf"(?<![Aa] )(?<!every )(?<!Every )(?<!each )(?<![Ss]ame )"
            # ("On Tuesday last week": the Tuesday of the week before)
            rf"\b(?:(?P<rel>last|this|on|early|late|since|that)\s+)?{_WEEKDAY}\b"
            r"(?P<lastweek>\s+(?:of\s+)?last\s+week\b)?",
            re.IGNORECASE,
        ),
    ),
    # "On the 9th, drones hit Sumy", "on 14th at 05:00": the month's day, the month the latest
    # that has it (not "on the 9th floor", "on the 3rd anniversary")
    (
        "dd_only",
        re.compile(
            # ("closed since the 3rd, when the russians shelled Zelenodolsk"; "on the 3rd the
            # russians shelled …": a clause of its own follows the day)
            rf"\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill)\s+(?:the\s+)?(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)|(?<=the\s){_ORDINAL})\b"
            r"(?!\s+(?:of\s+)?(?!(?:at|around|about|in|when|and|or|before|after|from|morning|"
            r"afternoon|evening|night|the|a|an|we|they|it)\b)[A-Za-z])"
            # (nor "on the 5th and 6th floors": the floors of a list)
            # ("on the 17th and on the 2nd floor": each with its own "on the")
            r"(?!(?:\s*(?:,|and|&|-|–|to|or)\s*(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)+\s+"
            r"(?:floors?|stor(?:e)?(?:y|ies|eys)|"
            r"entrances?|levels?|sections?|platforms?|blocks?)\b)"
        ),
    ),
    (
        "ago",
        re.compile(
            r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?P<unit>minutes?|hours?|hrs?|days?|d|weeks?|wks?|years?)\s+ago"
            r"(?:\s+(?:today|tonight))?\b",
            re.IGNORECASE,
        ),
    ),
    # "A year after a Russian missile killed 61 people, the station is working again": an
    # anniversary piece's opening, the same day that many years before; "Eleven days after
    # missiles hit Serhiivka, the last bodies have been identified": that many days before
    (
        "yearafter",
        re.compile(
            # (not "One year after Russia launched its full-scale invasion": the war's day)
            r"^(?P<n>A|An|One|Two|Three|Four|Five|\d)\s+(?P<unit>years?)\s+(?:after|since|on\s+from)\b"
            r"(?!\s+(?:[\w'’-]+\s+){0,5}?(?:invasion|invaded|war|full-scale)\b)"
            # (days: only when the clause tells the strike, not "Four days after Kremenchuk,
            # missiles hit Serhiivka": that strike came four days after the other)
            r"|^(?P<days>One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|\d{1,2})"
            r"\s+(?P<span>days?|weeks?)\s+(?:after|since)\s+(?=(?:[\w'’-]+\s+){1,4}?"
            r"(?:hit|struck|killed|destroyed|shelled|attacked|bombed|tore|slammed)\b)"
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:today|earlier today|this afternoon|this evening|(?:early |late )?this morning|at dawn today|"
            # (a chat's "just now a russian shell in the centre": the message's own day)
            r"this\s+a\.?m\b\.?|just\s+now\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "night",
        re.compile(
            # (not "in the early hours of Thursday": that is Thursday, read as a weekday)
            # (and an analyst's "o/n")
            r"\b(?:tonight|tonite|overnight|last night|last nite|during the night|over the night|"
            r"in the early hours(?!\s+of\b))\b"
            # (not a stay: "Dnipro -> Kramatorsk, overnight at the hostel", "stayed overnight")
            r"(?<!stayed overnight)(?<!stay overnight)"
            r"(?!\s+(?:at|in)\s+(?:the\s+|a\s+|our\s+)?(?:hostel|hotel|motel|shelter|friends?|"
            r"relatives|camp|flat|apartment|base|dorm)\b)"
            r"|(?<![\w/])[Oo]/[Nn](?![\w/])",
            re.IGNORECASE,
        ),
    ),
    # an analyst's "Kramatorsk D+1: toll 52": a day after the event, so the event is N days back
    # (and a brief's "D-1": the day before the one it is written on)
    # (not a gun's "D-30 howitzer", "D-20": no brief counts a month back so)
    (
        "dplus",
        re.compile(r"(?<![\w+-])D[+\-−](?P<n>1[0-4]|[0-9])\b(?![-\w]|\s+(?i:howitzers?|guns?))"),
    ),
    # "the day before yesterday", "the night before last": two days back
    ("daybefore", re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b", re.IGNORECASE)),
    ("nightbefore", re.compile(r"\b(?:the\s+)?night\s+before\s+last\b", re.IGNORECASE)),
    ("yesterday", re.compile(r"\b(?:yesterday|yday|y['’]day)\b", re.IGNORECASE)),
    (
        "prevday",
        re.compile(
            r"\b(?:the previous day|a day earlier|the previous night|"
            r"the previous (?:evening|morning|afternoon)|"
            r"the (?:day|night|evening|morning|afternoon) before"
            # (not "on the day before Catholic Christmas": the day before something else named)
            r"(?!\s+(?:(?:the|an?|his|her|its|their)\s+)?(?-i:[A-Z]))"
            r"(?!\s+(?:the|an?|his|her|its|their)\s))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "pastday",
        re.compile(
            # Roundups: "shelled the Kherson region 78 times during the day", "in a day".
            r"\b(?:over|in|during) the (?:past|last) (?:day|24 hours|night)\b"
            r"|(?<!earlier )(?<!later )\b(?:in|during|over|per) (?:a|the) day\b"
            r"(?! (?:before|after|earlier|later|of\b))",  # "over the day of 2 December": that day
            re.IGNORECASE,
        ),
    ),
    (
        "hoursearlier",
        # "hours before" ends its clause: "hours before Russia promised …" dates a later
        # event by this one, not this one by the day before.
        re.compile(r"\b(?:hours earlier|hours before(?=\s*(?:[,.;:)]|$)))", re.IGNORECASE),
    ),
    (
        "sameday",
        re.compile(
            r"\b(?:the same (?:day|morning|afternoon|evening|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|later that (?:day|morning|afternoon|evening)|"
            r"that (?:day|night|morning|afternoon|evening)|hours later|later in the day|earlier that day|earlier in the day|"
            r"(?:minutes|moments|seconds|an hour|half an hour)\s+(?:later|after(?:wards)?)|shortly\s+after(?:wards|\s+that)|soon\s+afterwards?)\b",
            re.IGNORECASE,
        ),
    ),
    # "The next day, a drone set fire to a tank at the Khalino airfield": the day after the
    # event told before (nothing without one)
    ("nextday", re.compile(r"\bthe\s+(?:next|following)\s+day\b", re.IGNORECASE)),
    # "Four days later Russia struck again": days counted from the event told before
    (
        "dayslater",
        re.compile(rf"\b(?P<n>{_LATER_COUNT})\s+days\s+later\b(?!\s+than\b)", re.IGNORECASE),
    ),
    (
        # "The same night, drones hit Bohodukhiv", "a second missile struck Bilenke at about the
        # same time": the window of the event told just before (its night, not one day)
        "sametold",
        re.compile(
            # (a list's shorthand drops the article: "- LATE, same night, Russia, …")
            r"\b(?:that\s+)?(?:the\s+|(?<=[,:;—–-]\s))same\s+night\b|"
            r"\bat\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?the\s+same\s+time\b",
            re.IGNORECASE,
        ),
    ),
    (
        "weekend",
        re.compile(r"\b(?:over|at|during) the weekend|\b(?:last|this) weekend\b", re.IGNORECASE),
    ),
    # "Russian artillery struck schools … over the past three days": the days up to the page's
    (
        "pastdays",
        re.compile(
            r"\b(?:over|in|during)\s+the\s+(?:past|last)\s+(?P<pn>two|three|four|five|six|seven|"
            r"several|few|\d{1,2})\s+days\b",
            re.IGNORECASE,
        ),
    ),
    ("lastweek", re.compile(r"\blast week\b", re.IGNORECASE)),
    ("thisweek", re.compile(r"\b(?:this week|earlier this week)\b", re.IGNORECASE)),
    ("lastmonth", re.compile(r"\blast month\b", re.IGNORECASE)),
    ("thismonth", re.compile(r"\b(?:this month|earlier this month)\b", re.IGNORECASE)),
]


# Words (in lower case) a kind's patterns cannot match without: each alternative of theirs
# writes one of them. Where a plain-ASCII sentence has none, geo.dates skips those scans
# (most sentences tell no relative day; tests/test_prefilters.py holds them to it).
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "season": ("spring", "summer", "autumn", "fall"),
    "ago": ("ago",),
    "yearafter": ("year", "day", "week"),
    "today": ("today", "this", "just"),
    "night": ("night", "hours", "o/n", "nite"),
    "daybefore": ("yesterday",),
    "dd_only": ("on", "since", "until", "till"),
    "nightbefore": ("before last",),
    "dplus": ("d+", "d-", "d−"),
    "yesterday": ("day",),
    "prevday": ("previous", "before", "earlier"),
    "pastday": ("day", "24 hours", "night"),
    "hoursearlier": ("hours",),
    "sameday": ("same", "later", "that", "earlier", "after"),
    "nextday": ("next", "following"),
    "dayslater": ("later",),
    "nextnight": ("next", "following"),
    "sametold": ("same",),
    "weekend": ("weekend",),
    "pastdays": ("days",),
    "lastweek": ("week",),
    "thisweek": ("week",),
    "lastmonth": ("month",),
    "thismonth": ("month",),
    "holiday": ("year", "christmas"),
}
WORDS_NEEDED: dict[re.Pattern[str], tuple[str, ...]] = {
    pattern: _KIND_WORDS[kind] for kind, pattern in PATTERNS if kind in _KIND_WORDS
}
# The same for patterns that read case: their words as written (any sentence)
CASED_WORDS_NEEDED: dict[re.Pattern[str], tuple[str, ...]] = {
    _WEEKDAY_DM: _WEEKDAY_ABBREVIATIONS,
}
