"""The day of an event, read from the words around it.

A sentence names dates of two kinds: the event's ("on Friday", "overnight", "Friday's attack")
and those of words or follow-ups ("said on Sunday", "the toll rose to 9 on Sunday", "rescuers
pulled more bodies on Monday"). This module tells them apart, says which place a date belongs
to when a sentence names several events, and moves a day by "a week later". The narrative's
day across sentences is :mod:`geo.story`'s.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from geo import lexicon as lx
from geo.articles import Sentence
from geo.datepatterns import WEEKDAY_ABBR
from geo.dates import DateMention, find_dates, safe_date
from geo.eventyear import (
    SINCE_CLAUSE,
    a_year_entrys_day,
    before_the_war,
    in_the_page_year,
    in_the_year_told,
)
from geo.loglines import CHAT_STAMP
from geo.model import DateWindow
from geo.placetypes import PlaceMention
from geo.sectionday import day_cell, weekday_in_the_week
from geo.story import Reading, narrative_day, paragraph_start

# troops moving in or out of a town: the day of that move, not of a strike
_GROUND_MOVE = re.compile(
    r"\b(?:went|moved|came|got|marched|rolled)\s+(?:back\s+)?into\b|\b(?:entered|liberated|retook|"
    r"recaptured|took\s+back|withdrew\s+from|pulled\s+out\s+of)\b",
    re.IGNORECASE,
)


def a_month_of_its_own(text: str, own: list[DateMention], told: list[DateWindow]) -> bool:
    """A strike told as one more in a month apart from every day told ("In August drones also
    hit the refinery area" after a November night's attack)."""
    return lx.ANOTHER_TIME.search(text) is not None and any(
        d.window.precision == "month" and not any(t.overlaps(d.window) for t in told) for d in own
    )


def dates_told(
    text: str, reading: Reading, offset: int
) -> tuple[list[DateMention], list[DateMention]]:
    """(dates of the event, dates of statements and follow-ups) in a sentence.

    Left out: dates in a ', which …' aside without an event word, the dateline's, and a
    period's start ("since Russia invaded in February 2022"). Statements ("said on Sunday",
    "the toll rose to 9 on Sunday") date words or follow-ups, not the event.

    Parameters
    ----------
    text
        The sentence.
    reading
        The article read so far: its reference day and the day relative dates count from.
    offset
        Where the sentence starts in the article (the dates' spans are the article's).

    Returns
    -------
    tuple of lists of DateMention
        The event's dates and the statements' dates, each in the order written.
    """
    events, statements = [], []
    dateline = lx.DATELINE.match(text)
    # Inside a diary's section ("Tuesday night"), "overnight" and "in the morning" count from
    # the section's day, not from the day the page was published.
    line_day = _line_day(reading)
    ref = _section_day(reading) or line_day or reading.ref
    # "The same morning": the event told just before, or the day the story last told
    anchor = reading.anchor or (reading.day.end if reading.day is not None else None)
    told_here = (
        reading.current is not None and reading.day_at[0] == reading.current.paragraph
        and reading.day is not None and reading.day.end != line_day
    )  # fmt: skip
    if line_day is not None and (anchor is None or anchor < line_day) and not told_here:
        # ("Wed 30.03 | … ¶    That morning the russians blew up …": the morning of the line's
        # own day, not of an older event told above; but a day the line itself told stays:
        # "[18.08 14:10] Kherson oblast, Sunday 13 August. … the same day")
        anchor = line_day
    night = reading.day
    if night is not None and night.days == 2 and _SAME_EVENING.search(text):
        # "On Saturday night, the enemy struck … The same evening, Russia launched two
        # ballistic missiles at Kryvyi Rih": the evening the night began with
        anchor = night.start
    found = find_dates(text, ref, offset, anchor)
    if ref is not None and ref != reading.ref:
        # ("Sat 28.05 — no outing. In the early hours two russian missiles hit …": that day's
        # small hours, not the night before it)
        found = [
            replace(d, window=DateWindow(ref, ref, "day", "relative"))
            if _EARLY_HOURS.fullmatch(d.text) and d.window.end == ref else d
            for d in found
        ]  # fmt: skip
    if (entry := a_year_entrys_day(text, offset, ref, reading)) is not None:
        # ("2023 — … two people were killed; the second body was found later that day": the
        # entry's day, not the page's)
        found = [entry, *(d for d in found if d.window.basis != "relative")]
    if (
        reading.week is not None
        and not any(d.window.days <= 2 and d.window.basis != "relative" for d in found)
        and (lead := weekday_in_the_week(text, offset, reading))
    ):
        # "Wed - around 04:30 …" under "Week 7 (10-14.02):" (not "Wed 19.02 - …": its own day)
        found = [lead, *found]
    said = None
    if _PREVIOUS_DAY.search(text):  # cheap first: most sentences count no day from another
        said = next(
            (
                d for d in found
                # (a day of its own: not "officials said overnight shelling killed one")
                if d.window.days == 1 and not _PREVIOUS_DAY.search(d.text)
                and dates_a_statement(text, d.start - offset, d.end - offset)
            ),
            None,
        )  # fmt: skip
    if said is not None and _an_earlier_yesterday_only(text, said.end - offset):
        said = None  # "Yesterday drones hit Kupiansk, the governor said on Monday": the writer's
    if said is not None and said.window.start is not None:
        # "Gladkov said on Monday that … had shelled Shebekino the previous day": the day
        # before Monday, not before the story's day
        day = said.window.start
        found = find_dates(text, min(ref, day) if ref else ref, offset, day)
    found = in_the_year_told(in_the_page_year(found, reading), reading)
    for d in found:
        local = d.start - offset
        if dateline and local < dateline.end():
            continue  # "KYIV, March 25 —" dates the dispatch, not the event
        if local == 0 and d.window.start == d.window.end == reading.ref and lx.DAY_DASH.match(text):
            continue  # a factbox's "Oct 6 - …" on the page's own day: its dateline too
        if _FOUNDED_IN.search(text, max(0, local - 30), local) and len(found) > 1:
            continue  # "In Chuhuiv we opened in 2019, and on 23 June 2022 shelling …": a start
        aside = max(text.rfind(", which ", 0, local), text.rfind(", who ", 0, local))
        where_at = text.rfind(", where ", 0, local)
        if (
            where_at > aside
            and "since" in text[where_at:local]
            and not lx.TRIGGER.search(_clause_from(text, where_at + 2))
        ):
            # "In Vovchansk, where fighting has gone on since the offensive began on May 10,
            # shelling killed one on Sunday": the place's story, not its strike's day (not
            # "Serhiivka, where on July 1, … missiles hit": the clause's own strike)
            aside = where_at
        if aside >= 0 and re.search(r"[;:]", text[aside:local]):
            aside = -1  # ("V.P., who kept our archive, lived in X; on Sunday, 4 September, …")
        if aside >= 0 and _MAIN_CLAUSE_RESUMES.search(text, aside + 2, local):
            aside = -1  # ("Our shop, which we opened in 2020, has not reopened since 29 March")
        # (not "the shelling of Strilecha, which happened on 17 September": its own day)
        if (
            aside >= 0
            and not lx.TRIGGER.search(text[aside:local])
            # (nor ", which Russian rockets had burned down in the night of 20 to 21 June")
            and not lx.STRIKE_WORDS.search(text[aside:local])
            and not _IT_HAPPENED.match(text, aside)
        ):
            continue
        where = _THEN_WHERE_STRUCK.match(text, d.end - offset)
        if where and any(d.end < o.start <= offset + where.end() + 60 for o in found):
            # "left for Okhtyrka last week, where Russian drones hit a building on the night of
            # 8 December": the trip's day; the where-clause dates its strike itself
            continue
        if _BORN_BEFORE.search(text, max(0, local - 24), local):
            continue  # "A baby born just two days ago has been killed …": the birth's day
        if _compared_with(text, local, d.end - offset):
            continue  # "… near the Artem plant - the same quarter as in April": a comparison
        earlier = _EARLIER_ONE.search(text, 0, local)
        # (not words reported: "media reported, citing the governor, that four missiles had hit
        # Chortkov on Saturday evening")
        if (
            earlier is not None
            and not lx.SPEECH.search(text, 0, earlier.start())
            # (the clause before strikes too: not "The choir sang next to the ruins of School
            # No. 6, which Russian rockets had burned down in the night of 20 to 21 June")
            and lx.TRIGGER.search(text, 0, earlier.start())
        ):
            continue  # "hit the Zatoka bridge again, the one they had damaged last week"
        clause = max(text.rfind(c, 0, local) for c in (",", ";", ":", " but "))
        if _GROUND_MOVE.search(text, max(clause, 0), local) and not lx.TRIGGER.search(
            text, max(clause, 0), local
        ):
            continue  # "Our side went into the town last week, but … a hit this morning"
        personal = _PERSONAL_CLAUSE.search(text, 0, local)
        if personal and not lx.TRIGGER.search(text, personal.start(), local):
            continue  # "the village by Rivne where we drove past on Sunday": the writer's day
        if _THAT_CLAUSE.search(text, 0, local) and d.window.days > 2:
            continue  # "a footbridge that reopened in 2019": the bridge's year, not the strike's
        if _MISREPORTED.search(text, 0, local):
            continue  # a correction's "erroneously reported that the attack happened on Friday"
        since = SINCE_CLAUSE.search(text, 0, local)
        if since and _MAIN_VERB_AFTER_SINCE.search(since.group(0)):
            since = None  # "the worst attack since the station came on 1 February": it came then
        if since and _STRIKE_CLAUSE_AFTER.match(text, d.end - offset):
            since = None  # "no gas since 2.05, when they shelled the houses": the strike's day
        if since and not (
            lx.STRIKE_WORDS.search(since.group(0)) or lx.STRONG_TRIGGER.search(since.group(0))
        ):
            continue  # "the deadliest since Russia invaded in February 2022": a period's start
        shifted = _day_after_event(d, text[d.end - offset :], text[:local])
        if shifted is not None:
            events.append(shifted)
        elif lx.POSSESSIVE_EVENT.match(text, d.end - offset):
            events.append(d)  # "the toll from Friday's attack rose to 28": Friday's the attack's
        elif dates_a_statement(text, local, d.end - offset):
            statements.append(d)
        else:
            events.append(d)
    events = [d for d in events if not before_the_war(d)]
    if len(events) > 1:
        # "Earlier in February, … shelling between 2 and 4 February set fire to …": the days
        # inside the month say more than the month
        events = [d for d in events if not _narrowed(d, events)]
    if len(events) > 1 and (stamp := CHAT_STAMP.match(text)) is not None:
        # "[11.05 19:05] … LAST WEEK'S STRIKE ON AVDIIVKA … (3 MAY)": the post's stamp, and
        # the day the post gives its event
        own = [
            d for d in events
            if d.start - offset >= stamp.end() and d.window.basis in ("explicit", "year inferred")
            and d.window.days == 1
        ]  # fmt: skip
        events = own + [d for d in events if d not in own] if own else events
    # ("said the next day that it had carried out a strike": words a day after the event told,
    # no fallback day for it)
    statements = [d for d in statements if not before_the_war(d) and not _COUNTS_ON.search(d.text)]
    events = [_of_the_event_told(d, reading, events) for d in events]
    return [_of_the_day_told(_of_an_evening_page(d, reading), reading) for d in events], statements


def _clause_from(text: str, at: int) -> str:
    """The clause that starts at ``at``, to its comma, semicolon or full stop."""
    end = re.search(r"[,;.]", text[at:])
    return text[at : at + end.start()] if end else text[at:]


def _narrowed(d: DateMention, events: list[DateMention]) -> bool:
    """Is ``d`` a month that another of the sentence's dates narrows to days inside it?"""
    w = d.window
    return w.precision == "month" and any(
        # (not a day that took its year from that month: "On 17 July, … in July 2022")
        o is not d and o.window.known and o.window.days < w.days and o.window.basis != "year told"
        and w.start is not None and w.end is not None and o.window.start is not None
        and o.window.end is not None and w.start <= o.window.start and o.window.end <= w.end
        for o in events
    )  # fmt: skip


# an aside that dates its antecedent: ", which (was) happened on …", ", which was on …"
_IT_HAPPENED = re.compile(
    # (or "…, which was carried out on Wednesday with six ATACMS": the attack's own day)
    r",\s+which\s+(?:was\s+|had\s+|had\s+been\s+)?(?:happened|took\s+place|occurred|on\b|"
    r"(?:carried\s+out|launched|made|conducted|delivered|committed)\s+(?:on|in|at|overnight|last)\b)",
    re.IGNORECASE,
)


def _compared_with(text: str, start: int, end: int) -> bool:
    """ "the same quarter as in April": a day the event is likened to, not its own (but "like
    on 1 April, when two helicopters hit the depot" tells that day's strike)."""
    likened = _LIKENED.search(text, max(0, start - 14), start)
    if likened is None or not (likened.group("prep") or _PREP.match(text, start, end)):
        return False
    clause = re.match(r"[^.;]*", text[end:])
    return not lx.TRIGGER.search(clause.group(0) if clause else "")


# "as in", "like on", or "as" before a date that brings its own ("as in April")
_LIKENED = re.compile(r"(?<!well\s)\b(?:as|like)\s+(?P<prep>(?:in|on|at)\s+)?$", re.IGNORECASE)
_PREP = re.compile(r"(?:in|on|at)\b", re.IGNORECASE)
# an aside in the past perfect: the thing struck before, and the day it was struck then
_EARLIER_ONE = re.compile(
    r",\s+(?:the\s+(?:same\s+)?one\s+|which\s+|that\s+)(?:[\w-]+\s+){0,3}?had\s+"
    r"(?:already\s+)?(?:been\s+)?[a-z]+(?:ed|en|t|ck)\b[^,;.]*$"
)
_COUNTS_ON = re.compile(r"\b(?:next|following)\s+day\b", re.IGNORECASE)
_SAME_EVENING = re.compile(r"\b(?:the\s+)?same\s+(?:evening|afternoon)\b", re.IGNORECASE)
_SAME_AS_TOLD = re.compile(r"\bsame\s+(?:night|time)\b", re.IGNORECASE)


def _section_day(reading: Reading) -> date | None:
    """The day of the section being read, unless a later line of it stamps a day of its own
    ("26.06 Sun … departed Izmail." then "27.06 Mon … strikes on … overnight": the 27th's)."""
    if reading.section is None:
        return None
    day, at = reading.section
    s = reading.current
    if s is None or at >= len(reading.sentences):
        return day.end
    if reading.sentences[at].paragraph != s.paragraph and _line_day(reading) is not None:
        return None
    return day.end


def _line_day(reading: Reading) -> date | None:
    """The day stamped at the head of the current line of a log or diary ("10.08 Wed — …",
    "Thu 16/2 | …"): its "today", "this morning" and "yday" count from that day."""
    s, ref = reading.current, reading.ref
    if s is None or ref is None:
        return None
    if reading.line_day is None or reading.line_day[0] != s.paragraph:
        reading.line_day = (s.paragraph, _block_stamp(s, reading, ref))
    return reading.line_day[1]


_CLOCK_ONLY = re.compile(r"\W*~?\d{1,2}[:.]\d\d\W*")


def _block_stamp(s: Sentence, reading: Reading, ref: date) -> date | None:
    """The day of the line's stamp, or of the stamped line above it in its block (no blank
    line between): "Sat 29.06 — 4 appointments. ¶ 14:00 NS ¶ At 17:40 the russians struck the
    centre of Vilniansk" is of the 29th."""
    i = own = paragraph_start(s, reading)
    led = reading.sentences[own]
    # (and a line led by a column's code, a note's label or a town's under the day's row:
    # "Sun 19.06 — 08:00 well 412: 61 atm ¶ O: Yesterday evening russian missiles hit …")
    # ("Fri 19.08 — 10:00 / 4+2 … ¶ Client T-17 from Kramatorsk phoned: the russians hit the
    # college there today": a call the day's line logs, on that day)
    bullet = any(r.match(led.span.text) is not None for r in (_BULLET_LED, _LABEL_LED, _CALL_LED))
    # ("Пт 18.03 | family from Lviv | … ¶ They tell me the russians hit the plant by the airport
    # at dawn today": a day counted from the row's, by a line that writes none of its own)
    bullet = bullet or (
        _COUNTED_FROM_TODAY.search(led.span.text) is not None
        and _A_DAY_WRITTEN.search(led.span.text) is None
    )
    if not (_CLOCK_LED.match(led.span.text) or led.paragraph in reading.indented or bullet):
        # (only a line led by its clock goes on with the day above: "At 17:40 the russians
        # struck …", "- ~01:00 drones on …"; another line may tell of any day; and so does
        # a line indented under a stamped row: "Fri 11.03 | … ¶    The owner says: yesterday
        # the russians hit …"; and a bullet under a day's row, below)
        return _stamped_day(led, ref, reading.year_heading)
    for _ in range(_BLOCK_LINES):
        first = reading.sentences[i]
        day = _stamped_day(first, ref, reading.year_heading)
        head = lx.LINE_STAMP_HEAD.match(first.span.text)
        if i == own and (day is not None or head):
            return day
        # (a stamp above is a day's only when its weekday says so: not a live page's "08.04
        # BST", a clock)
        if day is not None and head is not None and _WEEKDAY_IN.search(head.group(0)):
            return day
        if day is not None and head is None and i != own:
            # "Mon 27.02 | day | 30 km | S 3.5 | V" over "- on the radio …: today in
            # Sviatohirsk …": a shift book's row, its weekday in its day cell, over its bullets
            # (not a chat message's posting stamp over a label's line: "[01.09.23 10:09] Petro:
            # Belgorod, Sun 20 August … ¶ Governor: a drone crashed …" is of the 20th)
            if _LABEL_LED.match(led.span.text) and CHAT_STAMP.match(first.span.text.lstrip()):
                return None
            return day
        # (a clock's stamp goes on with the day above it: "14:00 NS")
        if i == 0 or day is not None or (head and not _CLOCK_ONLY.fullmatch(head.group(0))):
            return None
        above = reading.sentences[i - 1]
        # (a heading ends the block; a short stamped line read as one does not: "09:00 ok";
        # nor for a label's line, a section's numbered heading: "2.4 Wednesday 19 October ¶
        # Burshtyn: Russian missiles hit …" is no 2 April)
        if above.paragraph != first.paragraph - 1 or (
            above.heading
            and (not lx.LINE_STAMP_HEAD.match(above.span.text) or _LABEL_LED.match(led.span.text))
        ):
            return None
        i = paragraph_start(above, reading)
    return None


_BLOCK_LINES = 6
_BULLET_LED = re.compile(rf"^\s*{lx.BULLET}\s")
_LABEL_LED = re.compile(r"^\s*[A-Z][\w'’-]{0,20}\s*:\s")
_CLOCK_LED = re.compile(
    rf"^\s*(?:{lx.BULLET}\s*)?(?:(?:at|around|about|from|~)\s*)?~?[0-2]?\d[:.h][0-5]\d\b"
    # (or the time of day in words: "Around noon the russians shelled the Barabashovo market",
    # "In the morning russian shells on Saltivka again")
    r"|^\s*(?:(?:at|around|about|before|after|towards?|by)\s+(?:noon|midday|midnight|dawn|dusk)|"
    r"in\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)|at\s+night|"
    # ("At about five in the morning russian missiles hit …": the clock in words)
    r"(?:at\s+)?(?:about|around)\s+\w+\s+in\s+the\s+(?:morning|afternoon|evening|night)|"
    # (or a day counted from the line's: "Mon 28.03 — … ¶ Yesterday at about ten in the evening
    # a russian missile hit the oil depot")
    # ("About six this morning explosions from the airfield side")
    r"(?:(?:at\s+)?(?:about|around)\s+\w+\s+)?(?:yesterday|today|tonight|last\s+night|overnight|"
    r"this\s+(?:morning|afternoon|evening)))\b",
    re.IGNORECASE,
)
_COUNTED_FROM_TODAY = re.compile(
    r"\b(?:today|yesterday|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I
)
_A_DAY_WRITTEN = re.compile(r"\b[0-3]?\d\s*(?:[./]\s*[01]?\d|→|->)|\b[0-3]?\d\s+[A-Z][a-z]{2,8}\b")
_CALL_LED = re.compile(
    r"^\s*[A-Z][^.:;!?]{0,50}?\b(?:phoned|called|rang|texted|messaged|wrote)\s*:\s"
)
# (a Ukrainian or Russian hand's too: "Чт 24.02 | …")
_WEEKDAY_IN = re.compile(rf"\b{WEEKDAY_ABBR}|(?<!\w)(?:пн|вт|ср|чт|пт|сб|нд|вс)\b", re.IGNORECASE)


def stamped_line_day(reading: Reading) -> DateWindow | None:
    """The day stamped at the head of the line being read ("19.07 Wed  night 18->19: DIRECT
    HIT …" then "RU missiles hit port infrastructure in Chornomorsk"): in a log, the day of
    that line's every sentence that names none, not the day the page leads with."""
    day = _line_day(reading)
    return None if day is None else DateWindow(day, day, "day", "labelled")


_STAMP_LABEL = re.compile(rf"^\s*{lx.STAMP_LABEL}")
_DAY_IN_WORDS = re.compile(
    r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)


def _stamped_day(first: Sentence, ref: date, year: int | None = None) -> date | None:
    """The one day a line's leading stamp names, not after ``ref``; in the ``year`` a heading
    above the lines wrote, if the stamp writes none ("2022" ¶ "22/118, Fri 20.05 — …")."""
    # (or a chat export's: "[07.09 wed 18:20] Terrible news. This morning a missile hit …")
    head = lx.LINE_STAMP_HEAD.match(first.span.text) or CHAT_STAMP.match(first.span.text.lstrip())
    if head is None:
        return day_cell(first.span.text, ref)
    stamp = _STAMP_LABEL.sub("", head.group(0))  # ("Notes 07.09:": the day, not the label)
    if (spelled := _DAY_IN_WORDS.match(first.span.text, head.end())) is not None:
        # ("2.4 Wednesday 19 October": a section's number, then its day in words; two days
        # that disagree are no one stamp)
        stamp += spelled.group(0)
    days = [d.window for d in find_dates(stamp, ref) if d.window.basis != "relative"]
    if not days or days[0].precision != "day" or days[0].end is None:
        return None
    # "19.07 Wed  night 18->19": the night told ends on the stamped day, one day told twice
    if any(not (w.start and w.end and w.start <= days[0].end <= w.end) for w in days[1:]):
        return None
    day = days[0].end
    if year is not None and days[0].basis == "year inferred" and year <= ref.year:
        day = safe_date(year, day.month, day.day) or day
    return day if day <= ref else None


def _of_the_event_told(d: DateMention, reading: Reading, events: list[DateMention]) -> DateMention:
    """ "The same night, drones hit Bohodukhiv": the window of the event told just before, or
    of the day the story went on to tell after it ("On the night of 10 to 11 April, Russia
    launched 82 missiles … The same night, the Zmiivska TPP was also hit"). A day the
    sentence wrote before it is that day's ("Tue 05.07: … She gave birth the same night")."""
    if not _SAME_AS_TOLD.search(d.text):
        return d
    if any(e.start < d.start and e.window.basis in ("explicit", "year inferred") for e in events):
        return d
    last, day = reading.last, reading.day
    told = last.date if last is not None and last.date.known else None
    if (
        day is not None
        and day.known
        and (told is None or last is None or reading.day_at[1] > last.sentence.index)
    ):
        told = day
    if told is None:
        # "On Sunday, June 1st, … drones began to rise … At roughly the same time, drones
        # struck Olenya": the day named just before, though no strike was told with it
        told = _day_named_near(reading)
    return d if told is None else replace(d, window=told)


def _day_named_near(reading: Reading) -> DateWindow | None:
    """The day named in this paragraph or the one before, if the sentence being read follows it."""
    named, s = reading.day_named, reading.current
    if named is None or s is None or not 0 <= s.paragraph - named[1] <= 2:
        return None
    return named[0] if 0 < s.index - named[2] <= 4 else None


EVENING_FROM = 15  # a page stamped this late tells today's "during the day"
_DURING_THE_DAY = re.compile(r"(?:during|in|over|throughout)\s+the\s+day|all\s+day", re.IGNORECASE)


def _of_an_evening_page(d: DateMention, reading: Reading) -> DateMention:
    """ "evening update, 22 May 2024, 20:17 — the enemy attacked during the day": that day,
    not the night before (a morning summary's "during the day" is yesterday's: no rule)."""
    hour, ref, w = reading.stamp_hour, reading.ref, d.window
    if not _DURING_THE_DAY.fullmatch(d.text) or w.days != 2:
        return d
    # (or a feed's post under its day's heading: "July 21, 2022" over "Nikopol. The russians
    # shelled the city … during the day")
    headed = reading.section[0] if reading.section else None
    if headed is not None and headed.days == 1 and headed.end == w.end:
        return replace(d, window=replace(headed, basis="relative"))
    if hour is None or ref is None or hour < EVENING_FROM or w.end != ref:
        return d
    return replace(d, window=DateWindow(ref, ref, "day", "relative"))


# Times of day that are not deictic: "In the early hours" of a day the text has just named.
_EARLY_HOURS = re.compile(r"in the early hours", re.IGNORECASE)
# a night said bare, of the story's lead when that names its night ("Overnight into Wednesday")
_A_NIGHT = re.compile(r"overnight|during the night|at night|in the night", re.IGNORECASE)
# (not "overnight", which a day told with it follows: "On 31 December and overnight")
_THE_NIGHT_IN = re.compile(r"during the night|at night|in the night", re.IGNORECASE)
# not "overnight": news uses it for last night, whatever day it has just retold
_THE_NIGHT = re.compile(r"during the night", re.IGNORECASE)


def day_of_this_paragraph(reading: Reading, s: Sentence) -> DateWindow | None:
    """The day the paragraph has just told or named, within two sentences."""
    named = reading.day_named
    if named is not None and named[1] == s.paragraph and 0 < s.index - named[2] <= 2:
        return named[0]
    return narrative_day(reading, s) if reading.day_at[0] == s.paragraph else None


def _of_the_day_told(d: DateMention, reading: Reading) -> DateMention:
    """ "The worst day was 22 March. In the early hours, missiles destroyed …": the early
    hours of the day just told, not of the day of publication."""
    w, ref, s = d.window, reading.ref, reading.current
    if w.basis != "relative" or ref is None or w.end != ref or s is None:
        return d
    told = day_of_this_paragraph(reading, s)
    today = told or reading.lead
    if _EARLY_HOURS.fullmatch(d.text) and today.days == 1 and today.end == ref:
        # "Russian missiles slammed into Kyiv during the Monday morning rush hour …": a story
        # of the day it is published; its "early hours" are that day's, not last night's
        return replace(d, window=DateWindow(ref, ref, "day", "narrative"))
    if (
        _A_NIGHT.fullmatch(d.text) and today.precision == "days"
        and today.days == 2 and today.end is not None and today.end < ref
    ):  # fmt: skip
        # "Overnight into Wednesday, drones attacked Pskov. … Meanwhile, Russia carried out its
        # own overnight strike on Kyiv" on Thursday's page: the night the story leads with
        return replace(d, window=replace(today, basis="narrative"))
    if (
        told is None and _THE_NIGHT_IN.fullmatch(d.text) and today.precision == "day"
        and today.end is not None and (ref - today.end).days >= 2
    ):  # fmt: skip
        # (a story led by a day two days back: "a fire that broke out on the night of Saturday,
        # February 3 … during the night air defence destroyed two drones" on Monday's page)
        night = DateWindow(today.end - timedelta(days=1), today.end, "days", "narrative")
        return replace(d, window=night)
    if told is None or told.precision != "day" or told.end is None or (ref - told.end).days < 2:
        return d
    if _EARLY_HOURS.fullmatch(d.text):
        return replace(d, window=DateWindow(told.end, told.end, "day", "narrative"))
    if _THE_NIGHT.fullmatch(d.text):
        night = DateWindow(told.end - timedelta(days=1), told.end, "days", "narrative")
        return replace(d, window=night)
    return d


def event_dates(text: str, reading: Reading, offset: int) -> list[DateMention]:
    """Dates of the event, best first; a statement's day last, used only when the sentence
    dates nothing else."""
    events, statements = dates_told(text, reading, offset)
    return events + statements


def compared_with(text: str, d: DateMention, offset: int) -> bool:
    """'more than on October 10': the day of another barrage, set beside the one told."""
    return _COMPARED_WITH.search(text, 0, max(0, d.start - offset)) is not None


def said_by_then(day: DateWindow) -> DateWindow:
    """The day a strike was told of, marked so (:func:`geo.continuation.told_next_day`)."""
    return replace(day, basis="statement")


def dates_a_statement(text: str, start: int, end: int) -> bool:
    """'said on Sunday', 'the toll rose to 9 on Sunday': the day of words or a follow-up."""
    if _STILL_BEFORE.search(text, max(0, start - 50), start) or _STILL_AFTER.match(text, end):
        # "setting off a fire that was still burning on Thursday", "Rescue crews on Tuesday were
        # still digging through the rubble": a later state's day
        return True
    if _COMPARED_WITH.search(text, 0, start):
        return False  # "the toll surpassed that of June 17, when …": another event's day
    if _EVENT_NOUN_AFTER.match(text, end):
        return False  # "officials said the Friday evening attack on the city killed three"
    if _EVENT_NOUN_BEFORE.search(text, max(0, start - 40), start) and not _CLAIMED_IT_LATER.search(
        text, max(0, start - 60), end
    ):
        return False  # "Moscow said the strikes on Saturday evening hit …": the strikes' day
    return bool(
        lx.STATEMENT_DATE.search(text[max(0, start - 40) : start])
        or lx.STATEMENT_VERB_AFTER.match(text[end : end + 40])
        or _opens_the_words(text, start, end)
        or _bracketed_speaker_day(text, start, end)
        or lx.FOLLOW_UP_BEFORE.search(text[max(0, start - 80) : start])
        or _dates_the_search(text, start, end)
        or _TOLL_AFTER.match(text, end) is not None
        # ("Earlier on Sunday, Ukrainian media reported, citing …, that four missiles had hit
        # Chortkov on Saturday evening": a day opening the sentence, then who spoke)
        or (
            _DAY_OPENS.match(text[:start]) is not None
            and _THEN_SPEAKER.match(text, end) is not None
            and _ANOTHER_DAY_AFTER.search(text, end) is not None
        )
        # "declared Saturday a day of mourning": a day set aside, not the strike's
        or _MOURNING_AFTER.match(text, end) is not None
    )


_ANOTHER_DAY_AFTER = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:yesterday|overnight|last\s+night)\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)
_DAY_OPENS = re.compile(r"^\W*(?:(?:Earlier|Later|Also)\s+)?(?:on\s+)?$", re.IGNORECASE)
_THEN_SPEAKER = re.compile(
    r",\s*[A-Z][\w'’.-]+\s+(?:[A-Z][\w'’.-]+\s+){0,2}(?:(?:media|officials|authorities|forces)\s+)?"
    r"(?:said|reported|wrote|claimed|stated|announced|told)\b"
)
# (a work going on, not a state: not "hit on the night of 9 to 10 July is still a heap")
_STILL_AFTER = re.compile(r"\s+(?:were|was|are|is)\s+still\s+[a-z]+ing\b", re.IGNORECASE)
_STILL_BEFORE = re.compile(
    r"\bstill\s+(?:[\w-]+\s+){0,3}?(?:(?:on|by|as\s+of|until|till)\s+(?:the\s+)?)?$"
    # ("one of them … remained in hospital on Wednesday": the wounded's state, days on)
    r"|\b(?:remained|remains|stayed|stays)\s+(?:\w+\s+)?in\s+(?:(?:the|a)\s+)?"
    r"(?:hospital|intensive\s+care|a\s+coma)\s+(?:(?:on|by|as\s+of|until|till)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# (and "Tuesday, 19 November, is a day of mourning in Odesa")
_MOURNING_AFTER = re.compile(
    r",?\s+(?:as\s+|is\s+|was\s+|will\s+be\s+|has\s+been\s+declared\s+)?an?\s+"
    r"(?:official\s+)?days?\s+of\s+mourning\b",
    re.I,
)
# "Chaus (OVA), 18.04: 18 KIA, 78 WIA": a toll as of that day
_TOLL_AFTER = re.compile(
    r"\s*:\s*(?:~|about\s+|at\s+least\s+)?\d+\s+(?:KIA|WIA|killed|dead|injured|wounded)\b",
    re.IGNORECASE,
)
_MISREPORTED = re.compile(
    r"\b(?:erroneously|incorrectly|wrongly|mistakenly|falsely)\b[^.;]*$", re.IGNORECASE
)
# "an SBU source claimed the strike the next day": the claim came a day after the strike
_CLAIMED_IT_LATER = re.compile(
    r"\b(?:claimed|acknowledged|admitted|confirmed|denied|reported)\s+(?:responsibility\s+for\s+)?"
    r"the\s+(?:strikes?|attacks?|shelling|bombing|explosions?)\s+(?:on\s+)?(?:the\s+(?:next|following)"
    r"\s+day|a\s+day\s+later|the\s+day\s+after|later)$",
    re.IGNORECASE,
)
_EVENT_NOUN_BEFORE = re.compile(
    r"\b(?:strikes?|attacks?|shelling|bombardment|barrage|explosions?|blasts?|raids?)\s+"
    r"(?:(?:early|late)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# "Monday's attack on the Kerch bridge": the named event has a place of its own.
_AIMED_AT = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|shelling|bombardment|barrage|explosion|"
    r"blast|raids?|assault)\s+(?:on|in|at|against|near)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[A-Z]"
)
_THAT_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:was\s+|were\s+|had\s+been\s+)?(?:re)?(?:opened|built|"
    r"founded|constructed|renovated|restored|completed|inaugurated|commissioned)\s+(?:in\s+)?$"
)
# (the writer's own doings in the past: "where we drove past on Sunday"; not "the shop where she
# works sat 9.07", whose day is the strike's)
_PERSONAL_CLAUSE = re.compile(
    # (not a passive: "struck a building where they were housed in Makiivka, in the first
    # minutes of the New Year")
    r"\b(?:where|when)\s+(?:we|I|they|he|she)\s+(?:\w+ed|drove|went|(?:were|was)(?!\s+\w+ed\b)|stayed|saw|slept|"
    r"met|came|left|spent|stopped)\b[^.;]*$"
)
_RELATIVE = re.compile(r"\b(?:that|which|where|when)\s+(?:[\w-]+\s+){0,3}?[a-z]+ed\b")


# "On Wednesday, Ukraine's Southern Defense Forces said they had destroyed …": a day that
# opens the sentence and is followed by its speaker and the verb of saying dates the words
OPENING_DAY = re.compile(r"^\W*(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE)
_SPEAKER_SAID = re.compile(
    r",?\s+(?:[\w'’.-]+\s+){1,7}?(?:said|says|reported|announced|claimed|stated|wrote|writes|"
    r"confirmed)\b"
)
# "In September, Zaluzhnyi writes that Ukraine hit the base": the words name a thing already
# told ("the base", "the attack"), so their day is not the strike's
_TOLD_BEFORE = re.compile(
    r"\s+(?:that\s+)?[^.;]{0,60}?\b(?:hit|struck|attacked|targeted|destroyed|damaged|carried\s+out)\s+"
    r"the\s+(?:air\s+)?(?:base|airfield|ship|vessel|bridge|depot|plant|refinery|port|attack|strike|"
    r"operation)\b"
)
_IN_MONTH = re.compile(r"^\W*(?:later\s+)?in\s+$", re.IGNORECASE)


_OWN_DAY = re.compile(
    rf"\bon\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[0-3]?\d\s+{lx._MONTHS}|"
    rf"{lx._MONTHS}\.?\s+[0-3]?\d\b)"
    # "On Sunday the ministry reported that the previous evening its forces had struck …"
    r"|\bthe\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon)\b"
)


# "MoD RU (28/06) claims it struck …": the day in brackets after the speaker is the words'
_BRACKETED_SPEAKER_DAY = re.compile(
    r"\s*\)\s*(?::|claims?|claimed|says|said|reports?|reported|announces?|announced)", re.IGNORECASE
)


def _bracketed_speaker_day(text: str, start: int, end: int) -> bool:
    opened = text[:start].rstrip().endswith("(")
    return opened and _BRACKETED_SPEAKER_DAY.match(text, end) is not None


def _opens_the_words(text: str, start: int, end: int) -> bool:
    """(only when the words give the event a day of their own: "On Monday, Starovoit
    reported shelling of Tyotkino" dates the shelling too)"""
    if _CLOCK_JUST_BEFORE.search(text, max(0, start - 16), start):
        return False  # "At about 09:30 on 1 May 2025, the governor said …": the deed's minute
    said = _SPEAKER_SAID.match(text, end)
    on_day = OPENING_DAY.match(text[:start]) is not None
    opening = on_day or _IN_MONTH.match(text[:start]) is not None
    if said is not None and opening and _TOLD_BEFORE.match(text, said.end()):
        return True
    return (
        said is not None and on_day
        and not lx.TRIGGER.search(said.group(0))
        # "On Wednesday, the ministry said it had struck a command post": the words' day; the
        # strike came before it
        and (
            _OWN_DAY.search(text, said.end()) is not None
            or bool(_WEEKDAY.search(text, start, end) and _PAST_PERFECT.match(text, said.end()))
            # "On 17 September, the command confirmed that Ukrainian forces had struck the
            # depot": a confirmation comes after its deed
            or bool(said.group(0).endswith("confirmed") and _PAST_PERFECT.match(text, said.end()))
        )
    )  # fmt: skip


_CLOCK_JUST_BEFORE = re.compile(r"\b\d{1,2}[:.]\d\d\s*(?:a\.?m\.?|p\.?m\.?)?\s+on\s+$", re.I)
# the speaker's own deed: "it had struck", "its forces had carried out" (not "drones had
# targeted the city", which a governor tells on the day it happens)
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.IGNORECASE)
_PAST_PERFECT = re.compile(
    # (a ministry's "the army had carried out": its own army)
    r"\s+(?:that\s+)?(?:it|they|we|(?:its|the|Ukrainian|Russian)\s+(?:[\w-]+\s+)?(?:forces|troops|units|army|"
    r"military))\s+"
    r"had\s+(?:also\s+|already\s+)?(?!been\b)\w+"
)


def _dates_the_search(text: str, start: int, end: int) -> bool:
    """'Rescuers pulled more bodies from the rubble of … in Dnipro on Sunday', 'Police in
    Hroza on Friday were still pulling body parts from the rubble': the search's day, however
    far the verb from the date, unless a strike is told in between."""
    for lead in lx.RESCUE_LEAD.finditer(text[: end + 40]):
        a, b = (lead.end(), start) if lead.end() <= start else (end, lead.start())
        apart = lead.start() < start or lead.start() >= end
        between = text[min(a, b) : max(a, b)]
        if a <= b and _RELATIVE.search(between):
            continue  # "finished searching the rubble of a building that collapsed on Sunday"
        if apart and not lx.TRIGGER.search(between):
            return True
    return False


def _day_after_event(d: DateMention, after: str, before: str = "") -> DateMention | None:
    """'on Thursday, a day after the strike' dates the strike to Wednesday (not "drones struck
    Ryazan early today, a day after an attack on the Norsi refinery": today's strike is told,
    the other is another's)."""
    m = lx.DAYS_AFTER.match(after)
    w = d.window
    if m is None or w.start is None or w.end is None:
        return None
    if (_ON_ANOTHER.match(after, m.end()) or _ANOTHER_ATTACK.search(m.group(0))) and (
        lx.STRIKE_WORDS.search(before) or _STRIKING.search(before)
    ):
        # (nor "drones striking a Rosneft refinery early Wednesday, a day after an attack halted
        # a unit at a Lukoil plant": another attack, told by its indefinite article)
        return None
    # "36 hours after": the day before, as "24 hours after" is
    n = int(m.group("hours")) // 24 if m.group("hours") else _count(m.group("n"))
    back = timedelta(days=n)
    return replace(d, window=DateWindow(w.start - back, w.end - back, w.precision, "relative"))


_STRIKING = re.compile(r"\b(?:striking|hitting|attacking|shelling)\b", re.IGNORECASE)
_ANOTHER_ATTACK = re.compile(r"\ban?\s+(?:[\w-]+\s+)?(?:attack|strike|raid)\b", re.I)
_ON_ANOTHER = re.compile(r"\s+(?:on|against)\s+(?!(?:it|them|the\s+(?:city|town|village))\b)\S")


def _count(word: str) -> int:
    """'a', 'two', '3' as a number of days or weeks."""
    word = word.lower()
    return 1 if word == "a" else lx.NUMBER_WORDS.get(word) or int(word)


_NAMING_DATE = re.compile(
    r"(?:['’]s\s+|\s+)(?:[\w-]+\s+)?(?:strikes?|attacks?|explosions?|blasts?|shelling|bombings?|"
    r"barrage|raids?)\b",
    re.IGNORECASE,
)


def names_an_event(d: DateMention, text: str, offset: int) -> bool:
    start, end = d.start - offset, d.end - offset
    possessive = bool(re.match(r"['’]s\b", text[end : end + 2]))
    # (or "a July 1 attack on … Serhiivka": an indefinite one, its day before it)
    definite = bool(re.search(r"\b(?:the|an?)\s+$", text[max(0, start - 5) : start]))
    # "Monday's attack followed strikes on Dec. 5 on Engels and Dyagilevo": the day the event
    # word before it names
    return ((possessive or definite) and bool(_NAMING_DATE.match(text, end))) or bool(
        _EVENT_ON.search(text, max(0, start - 30), start)
    )


# a relative clause in the past perfect: what had happened before the event told
_EARLIER_CLAUSE = re.compile(r",\s+(?:which|where|who)\s+had\b[^;.]*$", re.IGNORECASE)
_EVENT_ON = re.compile(
    # (or its day right after it: "a Ukrainian attack on Wednesday on a chemical plant")
    r"\b(?:strikes?|attacks?|raids?|explosions?|blasts?|shelling)\s+(?:(?:on|of)\s+)?$",
    re.IGNORECASE,
)


def dates_this_place(d: DateMention, pm: PlaceMention, text: str, offset: int) -> bool:
    """ "Strikes on Odesa, in response to Monday's attack on the Kerch bridge": a date naming
    an attack dates that attack and what follows, not the places told before it."""
    end = d.end - offset
    if text[pm.start : pm.end] == pm.text and _EARLIER_CLAUSE.search(
        text, pm.end, d.start - offset
    ):
        return False  # "… and Zaporizhzhia, which had already lost 13 in a strike on Sunday"
    if not names_an_event(d, text, offset) or text[pm.start : pm.end] != pm.text:
        return True  # (a place from the title or the entry's heading: the event told here)
    if pm.start < end and not (_AIMED_AT.match(text, end) or _AIMED_AFTER_ITS_DAY.match(text, end)):
        return True  # "In Kyiv, the toll from Friday's attack rose": an attack aimed nowhere else
    return pm.start >= end


# "… a Ukrainian attack on Wednesday on a chemical plant in …": the attack's day, then its aim
_AIMED_AFTER_ITS_DAY = re.compile(
    rf"\s+(?:on|against|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{lx.SITE_NOUNS}|"
    r"facilit(?:y|ies)|refiner(?:y|ies)|city|town|village)\b"
    r"|\s+(?:on|against)\s+[A-Z]"
)


def nearest_naming_first(
    dates: list[DateMention], pm: PlaceMention, text: str, offset: int
) -> list[DateMention]:
    """ "Putin called Monday's strikes retaliation for the Oct. 8 explosion on the Crimean
    Bridge": the bridge's day is the one naming the event nearest before it."""
    before = [d for d in dates if d.end - offset <= pm.start and names_an_event(d, text, offset)]
    if not before:
        return dates
    best = max(before, key=lambda d: d.end)
    return [best, *(d for d in dates if d is not best)]


_AFTER_AN_ATTACK_ON = re.compile(
    r"\b(?:after|following)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:attack|strike|shelling|"
    r"bombardment|raid)s?\s+(?:on|in|at|against)\s+(?:the\s+)?$"
    # "Saturday's attack came two days after Russian missiles struck the printing house in
    # Kharkiv on Thursday": the clause that tells the earlier strike, with its own day
    r"|\b(?:after|before)\s+(?:[\w'’-]+\s+){0,4}?(?:struck|hit|attacked|shelled|bombed|targeted)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:on|in|at|near)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a date that opens the next clause belongs to it: ", and on April 11 …", "; on Monday …"
_NEW_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and|while|but|then)?|\band\s+then)\s*(?:on|in|at)?\s*"
    # (its weekday before its date: ", and on Monday, 19 September, …")
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$"
)
RELATIVE_TO_STORY = re.compile(r"\b(?:minutes|hours|later|earlier|same|that)\b", re.IGNORECASE)


# counted from the day of the words when the sentence has one: "said on Friday that its forces
# had struck the Lipetsk airfield overnight" is the night into Friday
def _an_earlier_yesterday_only(text: str, said_end: int) -> bool:
    """Is the sentence's only day-before cue a "yesterday" written before the statement's day
    (the writer's own yesterday, not the speaker's)?"""
    cues = list(_PREVIOUS_DAY.finditer(text))
    return all(c.group(0).lower() == "yesterday" and c.start() < said_end for c in cues)


_PREVIOUS_DAY = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+(?:day|night|evening|morning|afternoon)|"
    r"the\s+(?:day|night|evening|morning|afternoon)\s+before|a\s+day\s+earlier|"
    r"overnight|last\s+night|during\s+the\s+night|over\s+the\s+(?:past|last)\s+(?:day|24\s+hours)|"
    # ("Balitsky wrote on Friday 28 July that "yesterday" Ukrainian forces fired …")
    r"yesterday|"
    # ("said on Tuesday that two people had been killed by shelling of the town that day")
    r"that\s+(?:day|morning|afternoon|evening)|the\s+same\s+(?:day|morning|afternoon|evening))\b",
    re.I,
)
_COMPARED_WITH = re.compile(r"\b(?:(?:that|those)\s+of|than(?:\s+on)?)\s+$", re.IGNORECASE)
_THEN_WHERE_STRUCK = re.compile(
    r"\s*,\s*where\s+[^.;,]{0,80}?\b(?:hit|struck|shelled|attacked|destroyed|bombed)\b",
    re.IGNORECASE,
)
_BORN_BEFORE = re.compile(
    r"\bborn\s+(?:just\s+|only\s+|barely\s+)?(?:on\s+|in\s+)?$", re.IGNORECASE
)
# the aside's closing comma, then the sentence's own verb
_EVENT_NOUN_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+(?:morning|evening|night|afternoon|overnight))?\s+(?:missile\s+|drone\s+)?"
    r"(?:attacks?|strikes?|shelling|bombing|barrage|raid)\b",
    re.IGNORECASE,
)
# what was begun on a day, not struck: "we opened in 2019", "the school was founded in 1962"
_FOUNDED_IN = re.compile(
    r"\b(?:opened|founded|built|established|set\s+up|launched|started|moved\s+here|moved\s+in)\s+"
    r"(?:(?:in|on)\s+)?$",
    re.IGNORECASE,
)
_MAIN_CLAUSE_RESUMES = re.compile(
    r",\s+(?:has|have|had|was|were|is|are|did|does|will)\s+(?:not\s+|never\s+|since\s+)?"
    r"[a-z]+(?:ed|en|ne|wn)\b"
    # ("Our partner, who sold our batteries at the market, lost the container on 21 July")
    r"|,\s+(?:lost|died|fled|left|moved|closed|stopped|said|told|saw|heard|called|wrote)\b"
    # ("Dr. Ihor, who lived there, remembers Saturday, 18 February 2023, when …")
    r"|,\s+(?:remembers|recalls|remembered|recalled|says|writes|tells|knows)\b"
)
# "since the station" is a phrase; "came on" is the main clause's verb, dating the worst attack
_MAIN_VERB_AFTER_SINCE = re.compile(
    r"^since\s+(?:the|that|this)\s+[\w-]+(?:\s+[\w-]+)?\s+"
    r"(?:came|was|happened|took\s+place|occurred|followed|struck|hit)\b"
    # ("coming to us since 2019 told us that on 3 September …": the year closes its phrase)
    r"|^since\s+(?:19|20)\d\d\s+(?:told|said|wrote|reported|explained|recalled)\b",
    re.IGNORECASE,
)
SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)-?\s*)?$", re.IGNORECASE)

_LATER = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+later\b", re.IGNORECASE
)


def later_by(when: DateWindow, between: str, ref: date | None) -> DateWindow:
    """ "began on March 22, when missiles hit X and a week later hit Y": Y's day is later."""
    m = _LATER.search(between)
    if m is None or when.start is None or when.end is None:
        return when
    n = _count(m.group("n"))
    days = timedelta(days=n * (7 if m.group("unit").lower().startswith("week") else 1))
    if ref is not None and when.end + days > ref:
        return when  # later than the text itself: the offset is not from this date
    return replace(when, start=when.start + days, end=when.end + days, basis="relative")


# "After the explosions at Engels … on Monday morning, December 5, a drone attack was
# reported on Tuesday morning at the airfield in Kursk": a leading time clause and its days
# the comma that ends the lead: not one inside its date ("Monday morning, December 5,")
_LEAD_ENDS = re.compile(
    rf",\s+(?!{lx._MONTHS}|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)", re.IGNORECASE
)


_RETALIATION = re.compile(
    r"^\W*(?:As\s+(?:an?\s+)?|In\s+)(?:retaliation|response|revenge|reprisal)\b", re.IGNORECASE
)


def lead_clause_end(text: str) -> int | None:
    """Where a leading time clause ("After the explosions at Engels …, ") ends, if one leads."""
    if not lx.TIME_LEAD.match(text):
        return None
    end = _LEAD_ENDS.search(text)
    return end.end() if end is not None else None


def outside_the_lead(
    dates: list[DateMention], pm: PlaceMention, text: str, offset: int
) -> list[DateMention]:
    """A place of the main clause takes the main clause's day, not its lead clause's."""
    end = lead_clause_end(text) if dates else None
    if end is None or pm.start < end:
        return dates
    main = [d for d in dates if d.start - offset >= end]
    if _RETALIATION.match(text):
        # "As a retaliation for the strike … on New Year's night, … in Kramatorsk": the day
        # avenged is not the day of the reprisal, which came after it
        return main
    return [*main, *(d for d in dates if d not in main)] if main else dates


def _before_the_stamp(told: DateWindow, stamp: DateWindow) -> bool:
    if told.end is None or stamp.end is None:
        return False
    back = (stamp.end - told.end).days
    return back >= 0 and (back < 7 or told.basis == "explicit")


def past_the_stamp(
    dates: list[DateMention], events: list[DateMention], text: str, offset: int,
    at: tuple[int, int],
) -> list[DateMention]:  # fmt: skip
    """A day the line's words tell of the place struck beats the line's stamp: "Tue 28.02 —
    Kyrylenko's morning post: yesterday the invaders hit Sviatohirsk" is of the 27th, and so
    is "15.06 — neighbour from Odnorobivka says their street was shelled yesterday" of the
    14th (not "Wed 21.09 - Chervonohryhorivka again, … the patches we did yesterday
    destroyed"). ``at`` is the place's span in the text."""
    stamp = lx.LINE_STAMP_HEAD.match(text)
    if stamp is None or not dates or dates[0].start - offset >= stamp.end():
        return dates
    told = [
        d for d in dates
        if d in events and stamp.end() <= d.start - offset
        # (a day, or a night: not "the VSU shelled the town in the day", read as the past day)
        and (d.window.days == 1 or d.window.days == 2 and "night" in d.text.lower())
        and (
            # (a line that names no place, its log's town struck: "Sat 30.07 — Yesterday morning
            # the russians shelled the bus station")
            (at[1] == 0 and _THE_DAY_BEFORE.match(d.text) is not None)
            or d.start - offset < at[0] and not _SENTENCE_BREAK.search(text, d.end - offset, at[0])
            or d.start - offset >= at[1] and not _PHRASE_BREAK.search(text, at[1], d.start - offset)
        )
        and d.window != dates[0].window
        # (a day the stamp's line is counted back to, not one it was written on: "Sun 22.09
        # (written Monday morning) — late in the evening the russians dropped guided bombs")
        and None not in (d.window.end, dates[0].window.end)
        # (within the week before: not the stamp's own weekday read again, "31.07 (нд/Sun)";
        # or any day before it whose year is written: "last year, in the night to Saturday
        # 19.10.2024, Bogomaz wrote …")
        and _before_the_stamp(d.window, dates[0].window)
        and not _WRITTEN_BEFORE.search(text, 0, d.start - offset)
    ]  # fmt: skip
    # ("Tue 18.10 - Case 22-1201, from Zaporizhzhia: injured at home when russian missiles hit
    # the blocks in the centre early on Thu 6 October": the strike's own day, weeks before)
    told += [d for d in dates if d not in told and _the_strikes_own_day(d, dates[0], text, offset)]
    # ("Thu 01.09 — Recap for the month gone: in August the russians shelled Chuhuiv": the
    # month its words tell, wholly before the stamp)
    told += [
        d for d in dates
        if d not in told and d in events and d.window.precision == "month"
        and stamp.end() <= d.start - offset < at[0]
        and not _SENTENCE_BREAK.search(text, d.end - offset, at[0])
        and None not in (d.window.end, dates[0].window.start)
        and d.window.end < dates[0].window.start  # type: ignore[operator]
    ]  # fmt: skip
    return [*told, *(d for d in dates if d not in told)] if told else dates


def _the_strikes_own_day(d: DateMention, stamp: DateMention, text: str, offset: int) -> bool:
    """A day with its month written, in the clause of the strike just before it, before the
    line's stamp."""
    at = d.start - offset
    struck = [t for t in lx.STRONG_TRIGGER.finditer(text, max(0, at - 90), at)]
    return (
        d.window.days == 1 and d.window.basis != "relative" and bool(struck)
        and d.window.end is not None and stamp.window.start is not None
        and d.window.end < stamp.window.start
        and _MONTH_NAMED.search(d.text) is not None
        and not _SENTENCE_BREAK.search(text, struck[-1].end(), at)
    )  # fmt: skip


_MONTH_NAMED = re.compile(rf"\b{lx._MONTHS}\b", re.IGNORECASE)
# (not "glass guy can come only thursday": a day to come, read back as a past weekday)
_THE_DAY_BEFORE = re.compile(r"(?i)yesterday|last\s+night|the\s+day\s+before")
_SENTENCE_BREAK = re.compile(r"[.;!?]\s")
_PHRASE_BREAK = re.compile(r"[.;:,!?(—–]")
_WRITTEN_BEFORE = re.compile(
    r"\b(?:written|writing|wrote|noted|entered|posted|copied|updated)\s+(?:on\s+)?$", re.IGNORECASE
)
_WHERE_AFTER = re.compile(r",?\s+where\s+[^.;]*")


# "the July 1, 2022, strike on an apartment building … in Serhiivka": the strike named by its
# day, the place in its phrase
_DAY_NAMES_THE_STRIKE = re.compile(
    r",?\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|bombing|shelling|raid)\s+(?:on|in|at|against)\b"
    r"[^;]{0,120}$",
    re.IGNORECASE,
)


def _strike_named_by_its_day(
    dates: list[DateMention], pm: PlaceMention, text: str, offset: int
) -> DateMention | None:
    """The date of "the <date> strike on … <place>", if no other date comes between."""
    before = [d for d in dates if d.end - offset <= pm.start]
    if not before:
        return None
    d = max(before, key=lambda x: x.end)
    start, end = d.start - offset, d.end - offset
    if not re.search(r"\bthe\s+$", text[max(0, start - 5) : start], re.IGNORECASE):
        return None
    return d if _DAY_NAMES_THE_STRIKE.match(text[end : pm.start]) else None


_ON_THE_DAY = re.compile(r"\s+on\s+(?:the\s+)?")
_STRIKE_BEFORE_ITS_DAY = re.compile(
    r"\b(?:strike|attack|shelling|bombing|bombardment|raid)\s+(?:(?:of|on)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_ITS_DEED_AFTER = re.compile(
    r"\s+(?:killed|wounded|injured|hit|struck|destroyed|damaged|left)\b", re.IGNORECASE
)
_STRIKE_OF_DAY = re.compile(
    r"\b(?:strike|attack|shelling|bombing|bombardment|raid)\s+(?:of|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a day that opens its strike's clause: "2.05, when they shelled …", "on 2.05 they shelled …"
_STRIKE_CLAUSE_AFTER = re.compile(
    # (after the year's words too: "since 5 September last year, when Russian shelling …")
    r"(?:\s+(?:last|this)\s+year)?(?:"
    # ("… since 6 July 2023, when a Russian cruise missile hit an apartment block in the west
    # of Lviv": a longer subject, when the clause names its own town)
    r"[\s,]*when\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,4}?(?:hit|struck|shelled|attacked|bombed)\s+"
    r"[^.;]{0,60}?\b(?:in|of|on)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"[\s,]*(?:when\s+|as\s+)?(?:(?:the\s+)?[\w'’-]+\s+){0,2}?(?:shelled|hit|struck|attacked|bombed|"
    r"fired\s+on|shelling|was\s+(?:hit|shelled|struck)|were\s+(?:hit|shelled|struck))\b|"
    # ("since the night of 9 to 10 July, when Russian Uragan rockets brought down a building":
    # the weapon's deed names the day)
    r"[\s,]*when\s+(?:[\w'’-]+\s+){0,4}?(?:missiles?|rockets?|drones?|shells?|shelling|bombs?)\s+"
    r"(?:[\w'’-]+\s+)?(?:brought\s+down|destroyed|levell?ed|flattened|killed|tore|ripped|slammed|"
    r"crashed|landed|fell|hit|struck)\b"
    # ("since 19 September, when seven people were killed in Krasnorichenske in a strike")
    r"|[\s,]*when\s+(?:[\w'’-]+\s+){0,4}?(?:were|was)\s+killed\b[^.;]{0,60}?"
    r"\b(?:strike|shelling|attack|missile|rocket|drone|bomb)"
    # ("closed since 5 August, when the station building burned after shelling")
    r"|[\s,]*when\s+(?:[\w'’-]+\s+){0,4}?(?:burned|burnt|caught\s+fire|collapsed|was\s+destroyed)\s+"
    r"(?:after|in|during|from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?(?:shelling|strikes?|attacks?|bombing))",
    re.IGNORECASE,
)


def _day_of_a_strike_clause(dates: list[DateMention], text: str, offset: int) -> DateMention | None:
    """The first written day (past the line's stamp) that a strike clause follows."""
    for d in dates:
        if (
            d.window.precision == "day" and d.window.basis != "relative"
            and (
                _STRIKE_CLAUSE_AFTER.match(text, d.end - offset)
                # ("… all over again, when the rockets hit the houses in the early morning of
                # 6 October": the clause first, then its day)
                or _STRIKE_CLAUSE_BEFORE.search(
                    text, max(0, d.start - offset - 80), d.start - offset
                )
                # ("… added Russian shelling of the town on 28 February 2023")
                or _STRIKE_ON_THE_DAY.search(text, max(0, d.start - offset - 80), d.start - offset)
            )
        ):  # fmt: skip
            return d
    return None


def _day_of_its_clause(
    dates: list[DateMention], pm: PlaceMention, text: str, offset: int
) -> DateMention | None:
    """ "42 attacks on Sunday 12.02, with 3 killed, and on Monday 13.02 two civilians were
    killed in Inhulets": a later clause's own day, written before its place."""
    if len(dates) < 2 or dates[0].end - offset > pm.start:
        return None
    before = [
        d for d in dates[1:]
        if d.window.basis != "relative" and d.end - offset <= pm.start <= d.end - offset + 80
        and not _CLAUSE_BREAK.search(text, d.end - offset, pm.start)
    ]  # fmt: skip
    first_end, own_start = dates[0].end - offset, before[-1].start - offset if before else 0
    if not before or not _CLAUSE_BREAK.search(text, first_end, own_start):
        return None
    return before[-1]


_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|while|but|then|whereas)\b|\.\s")
_STRIKE_ON_THE_DAY = re.compile(
    r"\b(?:shelling|strikes?|attacks?|bombing|shelled|hit|struck|attacked|bombed)\b"
    r"[^.;()]{0,60}?\bon\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLOCK_THEN_DAY = re.compile(r"^[^.]{0,30}\b[0-2]?\d:[0-5]\d,?\s*$")
_STRIKE_CLAUSE_BEFORE = re.compile(
    r"\bwhen\s+[^.;]{0,50}?\b(?:hit|struck|shelled|attacked|bombed|fell)\b[^.;]{0,45}$",
    re.IGNORECASE,
)


_QUALIFIER = re.compile(
    r",\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+(?:region|oblast|Oblast|Region|district|raion)"
    r"\s*,"
)


# a clause with its own conjunction: ", and on Monday, 19 September," (not the place's own
# ", on June 27": "in Kremenchuk, Poltava region, on June 27")
_A_CLAUSE_OF_ITS_OWN = re.compile(
    r"(?:[,;]\s*(?:and|while|but|then)\b|;|\band\s+then\b)\s*(?:on|in|at)?\s*"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$"
)


def a_later_clauses_day(
    d: DateMention, pm: PlaceMention, text: str, offset: int, others: tuple[str, ...]
) -> bool:
    """ "… wounded in the shelling of Perevalsk, and on Monday, 19 September, … killed in
    Krasnorechenskoye": a day that opens a later clause, with another place struck in it, is
    that place's, not this one's."""
    start = d.start - offset
    if not others or text[pm.start : pm.end] != pm.text or start < pm.end or start - pm.end > 80:
        return False
    between = _QUALIFIER.sub("", text[pm.end : start])
    return _A_CLAUSE_OF_ITS_OWN.search(between) is not None and any(
        o and o in text[d.end - offset :] for o in others
    )


def own_date_first(
    dates: list[DateMention], pm: PlaceMention, text: str, offset: int, others: tuple[str, ...]
) -> list[DateMention]:
    """ "killed a man in Nikopol on Wednesday and wounded two in Vovchansk on Thursday": the
    date right after a place, before the next place struck, is that place's."""
    if len(dates) > 1 and (named := _strike_named_by_its_day(dates, pm, text, offset)):
        return [named, *(x for x in dates if x is not named)]
    of_strike = [
        d for d in dates
        if _STRIKE_OF_DAY.search(text, max(0, d.start - offset - 30), d.start - offset)
        and pm.end <= d.start - offset
        and not any(o and o in text[pm.end : d.start - offset] for o in others)
    ]  # fmt: skip
    # (or the subject's own day: "vowed retaliation after a Ukrainian missile attack on Sunday
    # killed four people … near Sevastopol")
    of_strike = of_strike or [
        d for d in dates
        if _STRIKE_BEFORE_ITS_DAY.search(text, max(0, d.start - offset - 30), d.start - offset)
        and _ITS_DEED_AFTER.match(text, d.end - offset)
    ]  # fmt: skip
    if len(dates) > 1 and len(of_strike) == 1 and of_strike[0] is not dates[0]:
        # "Interview with a resident of Chasiv Yar, 14 March 2024 (she lost her house in the
        # strike of 9 July 2022)": the day the strike is named by, not the interview's
        return [of_strike[0], *(x for x in dates if x is not of_strike[0])]
    stamp = lx.LINE_STAMP_HEAD.match(text)
    stamped = stamp is not None or CHAT_STAMP.match(text) is not None
    # (or an edit's stamp, its clock then its day: "(cur | prev) 08:57, 4 March 2023 … added
    # Russian shelling of the town on 28 February 2023")
    stamped = stamped or (
        bool(dates) and _CLOCK_THEN_DAY.search(text, 0, dates[0].start - offset) is not None
    )
    if stamped and (told := _day_of_a_strike_clause(dates[1:], text, offset)):
        # "sun 22.05 - since mon 2.05, when they shelled the houses near the station, …": the
        # day the line's strike clause is told on, not the line's own
        return [told, *(x for x in dates if x is not told)]
    on_it = [d for d in dates if _ON_THE_DAY.fullmatch(text, pm.end, d.start - offset)]
    if (
        on_it and on_it[0] is not dates[0] and on_it[0].window.days <= 2 < dates[0].window.days
    ):  # fmt: skip
        # "came to us from Mariupol in April and does not talk about … the air strike on the
        # maternity hospital there on 9 March": the day right after the place, not the month
        return [on_it[0], *(x for x in dates if x is not on_it[0])]
    if stamp is not None and on_it and on_it[0] is not dates[0]:
        # "28.04 mon - she lost her gran when the missiles hit Chernihiv on 17.04.24": the
        # day written after the place is its strike's; the line's stamp is the entry's
        return [on_it[0], *(x for x in dates if x is not on_it[0])]
    where = _WHERE_AFTER.match(text, pm.end) if len(dates) > 1 else None
    if where is not None and (
        lx.STRONG_TRIGGER.search(where.group(0)) or lx.STRIKE_WORDS.search(where.group(0))
    ):
        # (not "the Kursk region, where Moscow said last month that it had pushed out …")
        # "… searched the rubble on Sunday in Dnipro, where a missile tore away a section on
        # Saturday afternoon": the where-clause's day is the place's
        inside = [d for d in dates if pm.end <= d.start - offset < where.end()]
        if inside:
            return [inside[0], *(x for x in dates if x is not inside[0])]
    if (own := _day_of_its_clause(dates, pm, text, offset)) is not None:
        return [own, *(x for x in dates if x is not own)]
    if len(dates) < 2 or not (others or _AFTER_AN_ATTACK_ON.search(text, 0, pm.start)):
        return dates
    # (also with no other place struck, for the attack a clause names as come before: "summoned
    # the ambassador on Monday after an attack on Sevastopol … on Sunday": Sevastopol's Sunday)
    for d in dates:
        start = d.start - offset
        if start < pm.end or start - pm.end > 60:
            continue
        if _NEW_CLAUSE.search(_QUALIFIER.sub("", text[pm.end : start])):
            # (not a place's own qualifier: "at Svitlovodsk, Kirovohrad region, on 31 October")
            break  # "the Zmiiv plant in the Kharkiv region, and on April 11 Russia destroyed …"
        if not any(o in text[pm.end : start] for o in others):
            return [d, *(x for x in dates if x is not d)]
        break
    if not others:
        return dates
    # "On March 22 missiles destroyed X, and on April 11 Russia destroyed Y": Y's day is the
    # one that opens its clause, the nearest before it
    before = [d for d in dates if d.end - offset <= pm.start]
    if before and _NEW_CLAUSE.search(text[: max(before, key=lambda d: d.end).start - offset]):
        best = max(before, key=lambda d: d.end)
        return [best, *(x for x in dates if x is not best)]
    return dates
