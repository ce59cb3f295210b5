"""One mention: a sentence's report of one event at one place, and building it.

A mention's day, side (told, claimed, by the weapon, by the story, or by who holds the
place), attribution and figures. :mod:`geo.extract` reads the sentences that make them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from geo import lexicon as lx
from geo.articles import Sentence
from geo.attribution import (
    _claim,
    attribution_for,
    clause_at_place,
    event_type,
    figure_at_place,
    find_actor,
    find_figure,
    find_weapon,
    official_word,
    self_claim_side,
    tells_a_toll,
)
from geo.dates import DateMention, day_cues
from geo.eventday import (
    RELATIVE_TO_STORY,
    a_later_clauses_day,
    dates_a_statement,
    dates_this_place,
    dates_told,
    day_of_this_paragraph,
    later_by,
    lead_clause_end,
    nearest_naming_first,
    outside_the_lead,
    own_date_first,
    past_the_stamp,
    said_by_then,
    stamped_line_day,
)
from geo.model import REACH_DAYS, Article, Attribution, DateWindow, Place, Span
from geo.occupation import held_by_russia, in_crimea
from geo.placetypes import PlaceMention
from geo.story import Reading, clock_day, narrative_day, note_bare, yesterdays_clock
from geo.writerside import our_side_struck


@dataclass
class Mention:
    """One sentence's report of one event at one place (plus its continuations)."""

    article: str
    sentence: Sentence
    place: Place | None
    place_text: str
    role: str
    date: DateWindow
    date_explicit: bool
    actor: str | None
    actor_basis: str
    attribution: Attribution
    alleged_by: str | None
    weapon: str | None
    killed: int | None
    injured: int | None
    event_type: str
    spans: list[tuple[Span, int | None, int | None]] = field(default_factory=list)
    separate: bool = False
    caption: bool = False
    place_ambiguous: bool = False


# "Shelling killed 16 in Kherson, as Moscow accused Kyiv of a drone attack on the Kremlin":
# the words of another event, told beside this one
_AS_ANOTHER_SAID = re.compile(
    # (or "…, while Moscow accused Ukraine of trying to kill Putin": a side's charge meanwhile)
    r",\s+(?:as|while|whereas)\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}(?:accused|blamed|said|claimed|reported|"
    r"announced))"
)


_DISPUTED = re.compile(r"\beach\s+(?:other|side)\b", re.IGNORECASE)


# a line opened by someone's words: "the russian ministry says its weapons destroyed …"
_WORDS_OPEN_THE_LINE = re.compile(
    r"\W*(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:says|said|claims|claimed|announced|reports|reported)\s+"
    r"(?:that\s+)?(?:its|their|it|they)\b"
)
_TOLD_BETWEEN = re.compile(r"\b(?:says|said|writes|wrote|tells|told|reports|reported)\s+that\b")


def _own_clause(text: str, place_text: str) -> str:
    """The part of a sentence split by an 'as X accused …' clause, or by a leading time
    clause ("Hours after the explosions at Engels, Russia launched …"), that names the place."""
    lead = lead_clause_end(text)
    if lead is not None and (place_text in text[:lead]) != (place_text in text[lead:]):
        return text[:lead] if place_text in text[:lead] else text[lead:]
    if (avenged := _AVENGED.search(text)) is not None:
        # "… struck the Luch bureau in Kyiv, and called the strike a response to a Ukrainian
        # attack on a plant in Kamensk-Shakhtinsky": the attack avenged has its own side
        before, after = text[: avenged.start()], text[avenged.end() :]
        if (place_text in before) != (place_text in after):
            return after if place_text in after else before
    parts = _AS_ANOTHER_SAID.split(text)
    mine = [p for p in parts if place_text in p]
    return mine[0] if len(parts) > 1 and len(mine) == 1 else text


_AVENGED = re.compile(
    r"\b(?:response|retaliation|revenge|reprisal|payback)\s+(?:to|for)\s+"
    r"(?=(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|strikes?|shelling|raids?|bombing)\b)",
    re.IGNORECASE,
)


# "…, when a Russian missile hit …": the clause that tells the strike, right after its day
_WHEN_AFTER = re.compile(r"[,\s]{0,3}\bwhen\s+[^.;]{0,100}")


def _day_of_the_when_clause(dates: list[DateMention], text: str, offset: int) -> list[DateMention]:
    """ "It reopened in March after the morning of 7 February, when a Russian missile hit the
    plant": the day a "when" clause that tells the strike hangs on comes first; so does the day
    an attack is named with ("laid flowers on Thursday at the block destroyed during a massive
    attack on the night of June 16–17")."""
    for d in dates:
        when = _WHEN_AFTER.match(text, d.end - offset)
        if d.window.days <= 2 and (
            (when is not None and lx.STRONG_TRIGGER.search(when.group(0)))
            or _ATTACK_OF_THE_DAY.search(text, max(0, d.start - offset - 40), d.start - offset)
        ):
            return [d, *(x for x in dates if x is not d)]
    return dates


_ATTACK_OF_THE_DAY = re.compile(
    r"\b(?:attack|strike|barrage|bombardment|shelling)\s+(?:on|of)\s+(?:the\s+)?"
    r"(?:(?:night|morning|evening|afternoon)\s+of\s+)?$",
    re.IGNORECASE,
)


def _weapon_side(text: str) -> str | None:
    """HIMARS are Ukraine's, Shaheds Russia's: the weapon names its side."""
    for pattern, side in lx.WEAPON_SIDE:
        if any(not _WEAPON_STRUCK.search(text[max(0, m.start() - 60) : m.start()])
               and not _DESCRIBED.search(text[max(0, m.start() - 60) : m.start()])
               and not _WEAPON_HIT_AFTER.match(text, m.end())
               for m in pattern.finditer(text)):  # fmt: skip
            return side
    return None


# "a US-made HIMARS launcher was destroyed near Kurakhovo": the weapon was the target
_WEAPON_HIT_AFTER = re.compile(
    r"[^.;,]{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:destroyed|hit|struck|eliminated|disabled|knocked\s+out)\b"
)
# "the bombers, which launch Kh-101 missiles at Ukrainian cities": what they do, not this event
_DESCRIBED = re.compile(r",\s+which\s+(?:[\w'’-]+\s+){0,5}$")
# "the home base of the Tu-95 bombers", "damaged two Tu-22M3s": the weapon was what was hit
_WEAPON_STRUCK = re.compile(
    r"\b(?:home\s+(?:base\s+)?(?:of|to)|bases?\s+of|housing|hosting|stationed|parked|"
    r"damag(?:ed|ing)|destroy(?:ed|ing)|hit|struck|striking)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)


# "Monday's attack", "the Oct. 8 explosion": a date naming an event, not the sentence's.
_NAMED_BY_WORDS = ("subject", "by", "attacker", "claimed", "accused", "fired from", "weapon")
STORY_SIDE_SENTENCES = 3  # a daily report's entries, not a wire story's next topic


def _story_side(reading: Reading, place: Place | None, s: Sentence, at: int) -> str | None:
    """The side the story just named as striking this country, for a mention naming none.

    It overrules the guess from the place only inside Ukraine, where either side may strike
    (the occupied Donbas); in Russia and Crimea the guess stands. In a story that names both
    sides striking, it reaches only a few sentences on.
    """
    told = reading.story_actor
    if told is None or place is None or place.country is None or told[1] != place.country:
        return None
    if s.index - told[2] > STORY_SIDE_SENTENCES and len(reading.named_sides) > 1:
        return None  # a story of both sides' strikes: only the next few sentences follow one
    home = reading.struck_at_home
    if told[0] == lx.UKRAINE and place.country == "UA" and place.admin1 not in home:
        # Ukraine striking occupied Nova Kakhovka says nothing of who hit Kyiv and Lviv
        return None
    return told[0] if _located_actor(place, s.span.text, at) == lx.RUSSIA else None


def _located_actor(place: Place | None, text: str = "", at: int = 0) -> str | None:
    """Without words naming the attacker, the other side of the side holding the place: its
    country's, or Russia's where the sentence says Russia holds it ("the Russian-occupied
    city of Horlivka", "its Moscow-installed mayor said")."""
    if place is None:
        return None
    if in_crimea(place):
        return lx.UKRAINE
    if place.country == "UA" and (
        lx.HELD_PLACE.search(text[max(0, at - 60) : at]) or lx.HELD_VOICE.search(text)
    ):
        return lx.UKRAINE
    return {"RU": lx.UKRAINE, "UA": lx.RUSSIA}.get(place.country or "")


def _clause(text: str, at: int) -> str:
    """The clause around a position: "…blew up a depot in Belgorod, but … a missile attack"."""
    parts = list(re.finditer(r"[^;]+?(?:,\s+but\s+|;|$)", text))
    for m in parts:
        if m.start() <= at < m.end():
            return m.group(0)
    return text


# an analyst's follow-up line: "Kremenchuk upd:", "Nikolaev ODA D+7:", "Chasiv Yar upd (SES)"
_FOLLOW_UP_LABEL = re.compile(r"(?:\s+[A-Z]{2,5})?(?:\s*\([^)]*\))?\s+(?:upd(?:ate)?|D\+\d+)\b")
# the victims of a killing already told, named by it: "the man killed in …", "the two women
# wounded at …"
_THE_ONES_KILLED_IN = re.compile(
    r"\bthe\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:[a-z]+\s+)?"
    r"(?:man|woman|boy|girl|child|children|people|person|persons|victims?|men|women|residents?|"
    r"civilians?|driver|teenager)\s+(?:who\s+(?:was|were)\s+)?(?:killed|wounded|injured|hurt)\s+"
    r"(?:in|at)\s+(?:the\s+(?:village|town|city)\s+of\s+)?$",
    re.IGNORECASE,
)
# … or its lead: "27.09 | - | upd. Pervomaiskyi from OVA: 4 dead, 8 injured"
_FOLLOW_UP_LEAD = re.compile(r"(?:^|[|:;]\s*)(?:upd|update|UPD|UPDATE)(?:\.|:)?\s+$")


def _own_segment(text: str, pm: PlaceMention) -> str:
    """The place's own stretch of a row or a run-on line, between full stops and cell bars."""
    stops = [m.start() for m in lx.FULL_STOP.finditer(text)]
    before = [i for i in stops if i < pm.start]
    start = max(before[-1] if before else -1, text.rfind("|", 0, pm.start)) + 1
    after = next((i for i in stops if i >= pm.end), -1)
    ends = [i for i in (after, text.find("|", pm.end)) if i >= 0]
    return text[start : min(ends) if ends else len(text)]


NIGHT_OF = re.compile(
    # ("02.03.2023 Thu | … CLOSED. In the night the russian S-300 into the building")
    r"\b(?:overnight|during\s+the\s+night|at\s+night|"
    # (not a clock's: "about 3 in the night" is that day's small hours)
    r"(?<![\d:]\s)in\s+the\s+night(?!\s+(?:of|to|into|from|before|after|between)\b))\b",
    re.IGNORECASE,
)
# the rescue's night after it: "… late on February 1, … as rescuers dug through the rubble for
# more victims overnight"
_RESCUE_NIGHT = re.compile(
    r"\b(?:rescuers?|rescue\s+(?:workers|teams|crews)|searchers|emergency\s+workers)\b[^.;]{0,60}?"
    r"\b(?:overnight|through\s+the\s+night|during\s+the\s+night)\b",
    re.IGNORECASE,
)
_AND_THE_NIGHT = re.compile(r"\s*(?:,\s*)?and\s+(?:overnight|into\s+the\s+night)\b", re.I)
_AT_DAWN = re.compile(
    r"\b(?:at\s+dawn|at\s+daybreak|before\s+dawn|in\s+the\s+early\s+morning)\b", re.IGNORECASE
)
# A clock past midnight inside a night told: "On New Year's night, two minutes after midnight"
_PAST_MIDNIGHT = re.compile(
    r"\b(?:(?:[\w-]+\s+(?:minutes?|hours?)\s+|shortly\s+|just\s+|soon\s+)after\s+midnight|"
    r"at\s+(?:about\s+|around\s+)?(?:0?[0-4][:.][0-5]\d(?!\s*p\.?m)|[1-4](?:[:.][0-5]\d)?\s*a\.?m\b))",
    re.IGNORECASE,
)
NEWS_DAYS = 14  # an event older than this before publication is retold, not reported


def _day_inside_first(
    dates: list[DateMention], events: list[DateMention], text: str, offset: int, at: int
) -> list[DateMention]:
    """ "the second strike on the city this week: on Wednesday a bomb hit a warehouse": the
    day inside the week it is told in says more than the week (a day of words does not)."""
    if len(dates) >= 2 and dates[0].window.days == 1:
        # ("24.03 (Sun) - In the night of 23 to 24 March the attack …": the line's day, and
        # the night that ended on it, told in the line's own words)
        night = [
            d for d in dates[1:] if d in events and d.window.days == 2
            and d.window.end == dates[0].window.end and d.start - offset < max(at, 1)
            and "night" in text[max(0, d.start - offset - 16) : d.end - offset].lower()
        ]  # fmt: skip
        return [night[0], *(d for d in dates if d is not night[0])] if night else dates
    if len(dates) < 2 or dates[0].window.days <= 2 or not dates[0].window.known:
        return dates
    inside = [
        d for d in dates[1:]
        if d in events and d.window.days <= 2 and d.window.overlaps(dates[0].window)
    ]  # fmt: skip
    return [inside[0], *(d for d in dates if d is not inside[0])] if inside else dates


_TOLD_THAT = re.compile(
    r"\b(?:says|said|writes|wrote|tells|told|reports|reported|recalled|explained|reminded)"
    r"(?:\s+[\w'’,-]+){0,6}?\s+that\b",
    re.IGNORECASE,
)


def _day_of_the_words_told(
    dates: list[DateMention], text: str, offset: int, pm: PlaceMention
) -> list[DateMention]:
    """ "A teacher came on Tuesday … and told us that on Monday, 27 February, shelling of
    Kurakhivka had killed a person": the day inside the words told, before the place, is the
    strike's; the day before the words is the teller's."""
    at = pm.start if pm.end else len(text)
    told = _TOLD_THAT.search(text, 0, at) if len(dates) > 1 else None
    if told is None or told.end() <= dates[0].end - offset:
        return dates  # (the first day is inside the words too)
    # (or the one day the words give after it: "reminded us this weekend that he left after a
    # strike hit the plant there on 31 May 2022")
    # (a day written, not one counted from the words: "reported that overnight …")
    after = [
        d for d in dates[1:]
        if told.end() <= d.start - offset and d.window.days <= 2
        and d.window.basis in ("explicit", "year inferred")
    ]  # fmt: skip
    alone = len(after) == 1 and not pm.end  # (a town the line does not name: its one day)
    inside = [d for d in after if d.start - offset < at] or after[:1] * alone
    return [inside[0], *(d for d in dates if d is not inside[0])] if inside else dates


def _told_before_said(told: DateWindow | None, said: DateWindow) -> bool:
    """Is the story's day a day of the week before the words were said?"""
    if told is None or told.end is None or said.start is None or told.days > 2:
        return False
    return 0 < (said.start - told.end).days <= REACH_DAYS


# a time of the day, not of the night: "By noon a worse news", "in the afternoon"
_BY_DAY = re.compile(
    r"\b(?:by|at|around|after)\s+(?:noon|midday|lunch(?:time)?)\b"
    r"|\bin\s+the\s+(?:afternoon|evening)\b|\blater\s+(?:that|in\s+the)\s+day\b",
    re.IGNORECASE,
)


def _day_struck_there(
    dates: list[DateMention], pm: PlaceMention, text: str, offset: int
) -> list[DateMention]:
    """ "Our first delivery to Ochakiv was in July, after Russian rockets hit the market there
    on 28 June": the day of the clause that strikes the place again, by "there"."""
    # (the place may be the one "there" stands for, read where "there" is)
    there = _STRUCK_THERE.search(text) if pm.end else None
    if there is None or there.end() < pm.end:
        return dates
    near = [d for d in dates if 0 <= d.start - offset - there.end() <= 25]
    return [*near, *(d for d in dates if d not in near)]


_STRUCK_THERE = re.compile(
    r"\b(?:hit|struck|shelled|bombed|attacked|destroyed|damaged)\s+(?:[\w'’-]+\s+){0,4}?there\b",
    re.IGNORECASE,
)
_SAME_DAY = re.compile(r"\b(?:the\s+same|that)\s+day\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)


def _mention(
    article: Article, s: Sentence, pm: PlaceMention, reading: Reading, others: tuple[str, ...] = ()
) -> Mention:
    """One place struck in one sentence: its day, side, attribution and figures. ``others``
    are the sentence's other places struck (a clause each may carry its own toll)."""
    text = s.span.text
    events, stated = dates_told(text, reading, s.span.start)  # "said on Monday" dates no event
    dates = [
        d for d in events + stated
        if dates_this_place(d, pm, text, s.span.start)
        and not a_later_clauses_day(d, pm, text, s.span.start, others)
    ]  # fmt: skip
    if (stamp := lx.MESSAGE_STAMP.match(text)) is not None:
        # ('[Mon 03.10 09:50] Iryna: #06 "On the night of 18 to 19 September 2022, …"': the
        # message's stamp is when it was written; a day its words tell is the event's)
        in_words = [d for d in dates if d.start - s.span.start >= stamp.end()]
        dates = in_words or dates
    # (a day of words is no day written for the event: "held a day of mourning Tuesday for
    # the victims of the barrage a day earlier")
    if any(
        d.window.days == 1 and not RELATIVE_TO_STORY.search(d.text) and d in events for d in dates
    ):
        # "Hours later, at about 1:30 a.m. on 6 October, missiles struck Kharkiv": the day
        # written says more than the hours counted from the story's last
        dates = [d for d in dates if not RELATIVE_TO_STORY.search(d.text)] or dates
    dates = nearest_naming_first(dates, pm, text, s.span.start)
    dates = _day_of_the_when_clause(dates, text, s.span.start)
    written = [
        d for d in dates
        if d in events and day_cues(d.text) and not _ORDINAL_DAY.fullmatch(d.text)
    ]  # fmt: skip
    prose = "|" not in text and lx.LINE_STAMP_HEAD.match(text) is None
    hit = lx.STRONG_TRIGGER.search(text) if prose and pm.end == 0 and len(written) > 1 else None
    named_at = text.find(pm.text) if pm.end != 0 and pm.text else -1
    reported = _TOLD_BETWEEN.search(text, named_at + len(pm.text)) if named_at >= 0 else None
    if reported is not None and (struck := lx.STRONG_TRIGGER.search(text, reported.end())):
        # (a place named, then what someone says of it: "Sergey was delivering to Krasnaya
        # Yaruga today and says that yesterday evening the AFU shelled the village too": the
        # day the words give the strike, not the day beside the place)
        said = [
            d for d in dates
            if reported.end() <= d.start - s.span.start < struck.start() and d.window.days <= 2
        ]  # fmt: skip
        dates = [*said, *(d for d in dates if d not in said)]
    if hit is not None:
        # a place the line does not name: the day nearest its strike ("We arrived on Thursday
        # evening and on Friday morning Russian shelling hit a bus stop" is Friday's), of the
        # days the event's words write (not "said on Monday", nor a bare "on the 2nd")
        written.sort(key=lambda d: abs(d.start - s.span.start - hit.start()))
        dates = [*written, *(d for d in dates if d not in written)]
    dates = _day_inside_first(dates, events, text, s.span.start, pm.start)
    dates = _day_of_the_words_told(dates, text, s.span.start, pm)
    dates = own_date_first(dates, pm, text, s.span.start, others)
    dates = outside_the_lead(dates, pm, text, s.span.start)
    dates = past_the_stamp(dates, events, text, s.span.start, (pm.start, pm.end))
    dates = _day_struck_there(dates, pm, text, s.span.start)
    actor, basis = find_actor(_own_clause(text, pm.text))
    claimed, claim_side, negated_side = _claim(text, reading.prev_side)
    avenged = _AVENGED.search(text, 0, pm.start) is not None  # (its attacker is its own)
    if (
        basis == "attacker" and not avenged
        and (own := self_claim_side(text, pm.start)) and own != actor
    ):  # fmt: skip
        actor, basis = own, "claimed"  # the other side named in a ministry's claim was struck
    if actor is None and (ours := our_side_struck(_own_clause(text, pm.text), reading.writer_side)):
        # a writer's "our army hit the base in Svatove": the writer's side tells its strike
        actor, basis, claimed, claim_side = ours, "claimed", True, ours
    if actor is None and claimed and claim_side:
        actor, basis = claim_side, "claimed"
    if actor is None and negated_side:
        actor, basis = negated_side, "not claimed"
    if actor is None:
        actor, basis = _weapon_side(text), "weapon"
    if lx.UNKNOWN_ACTOR.search(text) and basis not in ("claimed", "accused"):
        # "An unidentified group detonated a device near a Russian checkpoint": no side.
        actor, basis = None, "unknown"
    elif actor is None and (told := _story_side(reading, pm.place, s, pm.start)):
        actor, basis = told, "story"
    elif actor is None:
        actor, basis = _located_actor(pm.place, text, pm.start), "location"
    if actor and basis in _NAMED_BY_WORDS:
        reading.story_actor = (actor, pm.place.country if pm.place else None, s.index)
        if actor == lx.UKRAINE and pm.place is not None and pm.place.country == "UA":
            reading.struck_at_home.add(pm.place.admin1 or "")
        reading.named_sides.add(actor)
    country = pm.place.country if pm.place else None
    if dates:
        between = text[dates[0].end - s.span.start : pm.start]
        when: DateWindow | None = later_by(dates[0].window, between, reading.ref)
        # ("On the same day the LPR office reported that a teenager had been killed in
        # Perevalsk": the day of the event just told, the report's and the killing's)
        if dates[0] not in events and when is not None and not _SAME_DAY.search(dates[0].text):
            # "… 33 were killed in Kyiv, city officials said on Tuesday" after "strikes on
            # Monday killed 41": the day the story tells, not the day of the words
            story_day = narrative_day(reading, s) if tells_a_toll(text) else None
            when = story_day if _told_before_said(story_day, when) else said_by_then(when)
    else:
        # "The worst day was Saturday, 16 March. … rockets hit Belgorod in the afternoon"
        when = (
            _days_after_the_strike_just_told(text, s, reading)
            or
            # "… struck two weeks ago. ¶ On the morning of July 14 a girl was walking … At
            # 10:52, missiles hit Vinnytsia": a day named since the story's day is the later
            _named_since_the_story(reading, s)
            or _day_of_its_line_or_story(reading, s)
            # "The ministry said at the time that its forces had struck hangars at the plant":
            # the day of the event the story last told
            or (reading.day if _AT_THE_TIME.search(text) else None)
            or day_of_this_paragraph(reading, s)
            or stamped_line_day(reading)
        )
        if when is None and _ALSO.search(text):
            # "In the neighbouring Ivano-Frankivsk region, Russian missiles also targeted …":
            # the day of the strike told just before
            when = _day_of_the_strike_just_told(s, reading)
        section = reading.section[0] if reading.section else None
        if (
            when is not None
            and section
            and when.days == 2
            and section.days == 1
            and _BY_DAY.search(text)
        ):
            # "8 Jan. … the oil depot in Engels was hit overnight. … By noon: two KABs on a
            # plant in Zaporizhzhia": the diary's day, not the night told before
            when = section if when.overlaps(section) else when
        if when is None or (when.days == 2 and when.end == reading.ref):
            # "over the past day" narrowed by the clock: a morning page's "in the evening"
            when = yesterdays_clock(text, reading) or when or clock_day(text, reading)
        if when is not None and when.days == 2 and when.end and _AT_DAWN.search(text):
            # "explosions were heard at dawn" in the night told: the morning it ended in
            when = DateWindow(when.end, when.end, "day", when.basis)

    when = when or _day_of_this_place_just_told(pm, s, reading) or _day_of_the_place(pm, reading)
    # (a log's line or section day only: not the story's day, over "In February, the number
    # of shells fired at Donetsk increased")
    line = stamped_line_day(reading) or (reading.section[0] if reading.section else None)
    if when.precision == "month" and line is not None:
        # "Fri 19.08 — … ¶ The russians hit the college …; no students inside in August": the
        # month the words name holds the day the log's line is about, which says more
        when = line if line.precision == "day" and when.contains(line) else when
    if not (dates and lx.DAYS_AFTER.match(text[dates[0].end - s.span.start :])) and not (
        dates
        and dates[0].start - s.span.start > pm.start
        # ("A day after the strike on the plant, water is back, officials said on Tuesday":
        # the words' day, counted back from)
        and not dates_a_statement(text, dates[0].start - s.span.start, dates[0].end - s.span.start)
    ):
        # (not "on Thursday, a day after the strike": that day is counted back already; nor
        # "a day after an attack on Poltava on Tuesday": that strike's own day is written)
        when = _earlier_by(when, text[: pm.start])
    if (
        dates and when.precision == "day" and when.start is not None
        and when.basis in ("explicit", "year inferred", "year told")
        and NIGHT_OF.search(_RESCUE_NIGHT.sub(" ", _own_segment(text, pm)))
        and not NIGHT_OF.search(dates[0].text)
    ):  # fmt: skip
        # "On 20 July 2023, Russian forces attacked Odesa overnight": the night into that day;
        # "On New Year's Eve and overnight": that day and the night after it
        after = _AND_THE_NIGHT.match(text, dates[0].end - s.span.start) is not None
        first = when.start if after else when.start - timedelta(days=1)
        when = DateWindow(first, first + timedelta(days=1), "days", when.basis)
    if when.days == 2 and when.end is not None and _PAST_MIDNIGHT.search(_own_segment(text, pm)):
        when = DateWindow(when.end, when.end, "day", when.basis)  # the day the night ran into
    if when.start is not None and (
        _FOLLOW_UP_LABEL.match(text, pm.end)
        or _FOLLOW_UP_LEAD.search(text, 0, pm.start)
        # ("A passenger says the man killed in Druzhba was the caretaker": the killing told)
        or _THE_ONES_KILLED_IN.search(text, max(0, pm.start - 60), pm.start)
        # (or a log line that only reports words of an event: "Fri 29.04 — the russian ministry
        # says its weapons destroyed the plant in Kyiv": the words' day, the strike told before)
        or (
            dates
            and (stamp := lx.LINE_STAMP_HEAD.match(text)) is not None
            and dates[0].start - s.span.start < stamp.end()
            and _WORDS_OPEN_THE_LINE.match(text, stamp.end()) is not None
        )
    ):
        when = said_by_then(when)  # "Kremenchuk upd: 21 KIA": the strike told before, updated
    if basis == "location" and actor == lx.RUSSIA and held_by_russia(pm.place, when):
        actor = lx.UKRAINE  # "Donetsk, Kirovsky district: a market shelled": a town Russia holds
    news = when.end is None or reading.ref is None or (reading.ref - when.end).days <= NEWS_DAYS
    attribution, by = attribution_for(
        text, actor, basis, claim_side if claimed else None, country, news=news
    )
    attribution, by = _page_voice(attribution, by, actor, basis, country, reading)
    if basis == "unknown" and _DISPUTED.search(text):
        attribution, by = "alleged", None  # "Moscow and Kyiv blame each other": each accuses
    scope = clause_at_place(text, pm.text, others)
    killed, injured = find_figure(scope, lx.KILLED), find_figure(scope, lx.INJURED)
    shared = figure_at_place(text, pm.text)
    if shared is not None:
        # The sentence's total is the region's; this place's share is its own figure.
        killed, injured = (shared[1], None) if shared[0] == "killed" else (None, shared[1])
    m = Mention(
        article=article.file,
        sentence=s,
        place=pm.place,
        place_text=" ".join(pm.text.split()),  # (a hard-wrapped name on one line)
        role=pm.role,
        date=when,
        date_explicit=bool(events),
        actor=actor,
        actor_basis=basis,
        attribution=attribution,
        alleged_by=by,
        weapon=find_weapon(text),
        killed=killed,
        injured=injured,
        event_type=event_type(_clause(text, pm.start)),
        spans=[(s.span, killed, injured)],
        separate=bool(lx.NEW_EVENT.match(text)),
        caption=s.caption or bool(lx.CAPTION.match(text)),
    )
    note_bare(reading, m, pm)  # (for later_sense and nearest_the_story)
    return m  # fmt: skip


# "Odesa … killed 10, less than a day after a strike on a block in Sumy killed 11": Sumy's
# strike is the day before the day told (or that day, with "less than")
_DAYS_BEFORE_THIS = re.compile(
    r"\b(?:less\s+than\s+)?(?P<n>a|one|two|three|four|five|\d)\s+days?\s+after\s+"
    # the place is that strike's own ("a strike on an apartment block in … Sumy"), not the
    # next clause's ("A day after the attack on Kyiv, …, drones attacked Pavlohrad")
    r"(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:strike|attack|shelling|bombing|raid)\s+"
    r"(?:on|in|at|against)\s+[^,.;]{0,80}$",
    re.IGNORECASE,
)
# "died on 17 February …, two days after Russian rockets hit the block where she lived in
# Pokrovsk": the clause that tells the strike, counted back from the day told
_DAYS_AFTER_IT_STRUCK = re.compile(
    r"\b(?:less\s+than\s+)?(?P<n>a|one|two|three|four|five|\d)\s+days?\s+after\s+"
    r"(?:[\w'’-]+\s+){1,4}?(?:hit|struck|attacked|shelled|bombed|bombarded|pounded|hammered|targeted|destroyed|damaged)\s+[^,.;]{0,80}$",
    re.IGNORECASE,
)


_AT_THE_TIME = re.compile(
    r"\b(?:said|claimed|reported|stated|insisted|announced)\s+at\s+the\s+time\b", re.IGNORECASE
)


def _day_of_its_line_or_story(reading: Reading, s: Sentence) -> DateWindow | None:
    """The day the story tells, unless it is only an older section's and the line is stamped
    with a day of its own ("Wed 21.09 - combi-oven fault" above "K-94 | Fri 23.09 | … ¶
    Cancelled: in the afternoon the russians shelled Marhanets": the 23rd)."""
    section = reading.section[0] if reading.section else None
    line = stamped_line_day(reading) if section is not None else None
    if (
        line is not None and not line.same_days(section)
        and (reading.day is None or reading.day.same_days(section))
    ):  # fmt: skip
        return line
    return narrative_day(reading, s)


def _earlier_by(when: DateWindow, before: str) -> DateWindow:
    """The day of a strike told as the one "a day" before the event the sentence tells."""
    m = _DAYS_BEFORE_THIS.search(before) or _DAYS_AFTER_IT_STRUCK.search(before)
    if m is None or not when.known:
        return when
    assert when.start is not None and when.end is not None
    word = m.group("n").lower()
    n = 1 if word == "a" else lx.NUMBER_WORDS.get(word) or int(word)
    # "a day after" is loose: the days from that many before to the one told (the report
    # that names the strike's own day narrows it when they merge)
    start = when.start - timedelta(days=n)
    return DateWindow(start, when.end, "days", "relative")


_ALSO = re.compile(r"\balso\b", re.IGNORECASE)


def _day_of_the_strike_just_told(s: Sentence, reading: Reading) -> DateWindow | None:
    """The day of the event told within the last few sentences, if it is one or two days."""
    last = reading.last
    if last is None or not last.date.known or last.date.days > 2:
        return None
    if s.index - last.sentence.index > 4:
        return None
    return last.date


# ("Two days later, the refinery came under attack again": counted on from the strike told)
LATER_OPENS = re.compile(
    r"^\W*(?:(?:a|one|two|three|four|five|six|\d)\s+(?:days?|weeks?)\s+later)\b", re.IGNORECASE
)


def _days_after_the_strike_just_told(text: str, s: Sentence, reading: Reading) -> DateWindow | None:
    """A strike that opens "Two days later, …" is of the day counted on from the strike just
    told, not of that strike's day."""
    opening = LATER_OPENS.match(text)
    told = _day_of_the_strike_just_told(s, reading) if opening else None
    if opening is None or told is None:
        return None
    later = later_by(told, opening.group(0), reading.ref)
    return later if later != told else None


def _day_of_this_place_just_told(
    pm: PlaceMention, s: Sentence, reading: Reading
) -> DateWindow | None:
    """ "The drones targeted the Dyagilevo air base … Three servicemen were killed at
    Dyagilevo": the place the paragraph has just dated is struck that day."""
    told = reading.told_at.get(pm.place.key) if pm.place is not None else None
    if told is None or told[1] != s.paragraph or s.index - told[2] > 2:
        return None
    return told[0] if told[0].known and told[0].days <= 2 else None


def _day_of_the_place(pm: PlaceMention, reading: Reading) -> DateWindow:
    """An undated strike on a place the article dated before ("The first missile arrived …
    on Monday, 7 August, when the centre of Pokrovsk was still busy" … "officials said the city
    was hit by two Iskander-M missiles") is of that day, when the article tells no news of its
    own days, or tells it only by the news cycle (a note dated by its latest line: the place's
    own day, if one day, says more); else the lead's day."""
    lead = reading.lead
    if lead.basis not in ("publication", "page day", "news cycle") or pm.place is None:
        return lead
    told = reading.place_days.get(pm.place.key, lead)
    return told if lead.basis != "news cycle" or told.days == 1 else lead


def _remember_days(mentions: list[PlaceMention], window: DateWindow, reading: Reading) -> None:
    """The day told with each town, for its undated strikes later in the article."""
    if window.known and window.days <= 2 and window.basis != "publication":
        for pm in mentions:
            if pm.place is not None and pm.place.precision == "town":
                reading.place_days.setdefault(pm.place.key, window)


def _page_voice(
    attribution: Attribution, by: str | None, actor: str | None, basis: str,
    country: str | None, reading: Reading,
) -> tuple[Attribution, str | None]:  # fmt: skip
    """The page's own voice: its side's military claims its strikes; an official body's page
    alleges the other side's."""
    if actor is not None and actor == reading.publisher_side and basis != "accused":
        return "claimed", None  # the General Staff's own post of its strike
    return official_word(attribution, by, actor, country, reading.official)


def _named_since_the_story(reading: Reading, s: Sentence) -> DateWindow | None:
    """The day named in this paragraph after the story last told its day, if any."""
    named = reading.day_named
    # (a message's own day beats its stamp's, set on the same line: "[01.09.23 11:11] Anna:
    # (2) Moscow, the Kremlin, night of 2 to 3 May.")
    if named is None or named[2] < reading.day_at[1]:
        return None
    if named[2] == reading.day_at[1] and named[0] == reading.day:
        return None
    return day_of_this_paragraph(reading, s)
