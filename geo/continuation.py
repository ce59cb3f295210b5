"""A sentence adding to the event told before: its words, figures, day and weapon.

Whether a sentence goes on with the last mention (near it, a follow-up, a definite "the
missile"), refers back to one told at a place, or belongs to a place named weakly.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import date

from geo import lexicon as lx
from geo.articles import Sentence
from geo.attribution import (
    _claim,
    accuser,
    attribution_for,
    event_type,
    find_actor,
    find_figure,
    find_weapon,
    is_named_weapon,
    side_of,
    tells_a_toll,
)
from geo.dates import find_dates
from geo.eventday import (
    OPENING_DAY,
    a_month_of_its_own,
    dates_a_statement,
    dates_told,
    stamped_line_day,
)
from geo.mention import LATER_OPENS, Mention, _page_voice
from geo.model import REACH_DAYS, DateWindow, Place
from geo.placerank import haversine_km
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading, narrative_day, paragraph_start


def _bracketed(text: str, at: int) -> bool:
    return any(b.start() < at < b.end() for b in lx.IN_BRACKETS.finditer(text))


def _the_page_night_apart(told: DateWindow, day: DateWindow) -> bool:
    """A night counted from the page ("overnight") that misses the day the story told."""
    return (
        told.basis == "relative" and told.days == 2 and day.basis == "narrative"
        and day.days_apart(told) > 0
    )  # fmt: skip


def _coarser_apart(told: DateWindow, day: DateWindow) -> bool:
    """ "Fri 15.07 - missiles hit the university. … It ordered curtains from us in May": a
    month apart from the day its line is stamped with is another matter's, not the strike's."""
    return (
        day.basis == "labelled" and day.known and told.known
        and told.days > day.days and not told.overlaps(day)
    )  # fmt: skip


def _continue(m: Mention, s: Sentence, reading: Reading) -> None:
    """Add a placeless sentence's words and figures to the mention before it."""
    text = s.span.text
    # (a region's toll is no town's: "Across the region 23 people were killed that day; in the
    # city alone, 16 people died")
    counted = lx.REGION_WIDE.sub(" ", text) if lx.REGION_WIDE.search(text) else text
    killed, injured = find_figure(counted, lx.KILLED), find_figure(counted, lx.INJURED)
    if lx.PERIOD_TALLY.search(text) or lx.WAR_TALLY.search(text):
        killed = injured = None
    m.spans.append((s.span, killed, injured))
    events, _ = dates_told(text, reading, s.span.start)
    # ("The exchange followed Friday's barrage": the day of the event measured from)
    events = [e for e in events if not _MEASURED_FROM.search(text[: e.start - s.span.start])]
    if m.date.basis == "labelled":
        # ("Lysenko's house (from 20.09) — windows out" under "Mon 26.09": an entry referred
        # to in brackets, not the day of the strike the line is stamped with)
        events = [e for e in events if not _bracketed(text, e.start - s.span.start)]
    speech = lx.SPEECH.search(text)
    told_first = events and (
        not OPENING_DAY.match(text[: events[0].start - s.span.start])
        and lx.TRIGGER.search(text, 0, events[0].start - s.span.start)
    )
    if events and speech and not lx.STRIKE_WORDS.search(text) and not told_first:
        # "On Saturday, the prosecutor's office said 52 people had died": its words' day; not
        # "… said 37 were wounded in the attack, which hit a block … on July 6": the attack's,
        # nor "27 were injured when the building collapsed on May 12, the ministry said"
        at = max(speech.end(), events[0].start - s.span.start)
        # (nor "On the evening of 19 November, explosions were recorded at the site, the IAEA
        # said": the event told between its day and the words)
        tag = _SAID_AT_THE_END.search(text)
        told_before = tag is not None and lx.STRONG_TRIGGER.search(
            text, events[0].end - s.span.start, tag.start()
        )
        events = events if lx.TRIGGER.search(text, speech.end(), at) or told_before else []
    # "Sun 6th: 20 KIA, 61 WIA", "Latest I have (Gladkov, Tuesday): 25 dead": the toll's day
    toll_only = _TOLL_LINE.match(text) is not None or (
        # (a toll's day still beats the news day of an event told undated)
        m.date.basis not in ("news cycle", "publication")
        and (killed is not None or injured is not None)
        and not lx.STRIKE_WORDS.search(text)
        and not _EVENT_WORD.search(text)
    )
    # ("Bilopillia is burying its dead today": the funeral's day, not the strike's)
    aftermath = lx.AFTERMATH.search(text) is not None and not lx.STRONG_TRIGGER.search(text)
    if (
        events
        and not toll_only
        and not aftermath
        and (
            (
                not m.date_explicit
                and not _coarser_apart(events[0].window, m.date)
                # (not "drones launched overnight" counted from the page, after the night
                # of 1 to 2 January the story told)
                and not _the_page_night_apart(events[0].window, m.date)
            )
            or _narrows(events[0].window, m.date)
            or (_narrows_night(events[0].window, m.date) and _EVENT_TIME.search(text))
        )
    ):
        # "The missile struck the building at about 3:30 p.m. on Saturday" dates the event;
        # "… at the city on June 27, 2022" the strike told "in June 2022".
        m.date, m.date_explicit = events[0].window, True
    # (or a night: "on the night of 31 July to 1 August, Russian drones attacked …")
    day_told = events[0].window if events else None
    if (
        day_told is not None
        and day_told.known
        and day_told.days <= 2
        and lx.STRIKE_WORDS.search(text)
    ):
        # "On Friday, Russian forces fired 67 missiles across the country": the day the
        # story goes on telling, for the places of the next sentences ("That morning …")
        reading.day, reading.day_at = events[0].window, (s.paragraph, s.index)
        reading.anchor = events[0].window.end
    # a later post's figure updates the one an earlier post gave ("14:05 … 7 died" then
    # "21:40 … the number of dead has risen to 13. 20 people were injured")
    # (a log's line of a later day counts as a later post: "Wed 30.04 — four dead, fifteen
    # injured" under "Tue 29.04 — … two dead, ten hurt")
    later_day = _on_a_later_days_line(reading, m)
    m.killed = _later_figure(m.killed, killed, text, later_day or _posted_since(reading, m, s, 1))
    m.injured = _later_figure(
        m.injured, injured, text, later_day or _posted_since(reading, m, s, 2)
    )
    weapon = find_weapon(text)
    if weapon and (m.weapon is None or (is_named_weapon(weapon) and not is_named_weapon(m.weapon))):
        m.weapon = weapon
    claimed, claim_side, _ = _claim(text, reading.prev_side)
    if claimed and claim_side and claim_side == m.actor:
        m.attribution, m.alleged_by = "claimed", None
    if lx.UNKNOWN_ACTOR.search(text) and m.attribution != "claimed":
        # "… blamed a Ukrainian drone; Ukraine blamed Russian troops. The perpetrator is coded
        # as unidentified.": the note leaves the side open
        # (a disputed perpetrator is an accusation each way: alleged)
        m.actor, m.actor_basis, m.attribution = None, "unknown", "alleged"
        reading.last_index = s.index
        return
    guessed = m.actor_basis in ("location", "weapon", "none") and m.attribution != "claimed"
    # (an accusation is read below: "Russian officials blamed the collapse on Ukrainian shelling")
    named = _SIDES_STRIKE.search(text) or _STRIKE_BY_SIDE.search(text)
    named = named if guessed and not lx.ACCUSE.search(text) else None
    if named is not None and (side := side_of(named.group("side"))) is not None:
        # "Svatove … big fire + secondary explosions 25/06. … The LPR says a Ukrainian strike
        # hit 'a civilian warehouse'": the side the next sentence names, in its speaker's words
        # (not "Ukraine's air force acknowledged that the airfield had been attacked")
        country = m.place.country if m.place else None
        m.actor, m.actor_basis = side, "attacker"
        told = attribution_for(text, side, "attacker", None, country)
        # (a claim is read below, by its own words)
        told = ("stated", None) if told[0] == "claimed" else told
        # (in the voice of the page's official body: "DSNS: … a Russian missile hit the square")
        m.attribution, m.alleged_by = _page_voice(*told, side, "attacker", country, reading)
    accused = lx.ACCUSE.search(text)
    if accused and m.actor_basis in ("location", "weapon", "none") and m.attribution != "claimed":
        # "Rosatom blamed Ukraine for the attack": the next sentence names the accused.
        m.actor, m.actor_basis = side_of(accused.group("side")), "accused"
        m.attribution, m.alleged_by = "alleged", accuser(text)
    reading.last_index = s.index


# a side's strike named outright: "a Ukrainian strike hit", "Russian shelling"
_SIDES_STRIKE = re.compile(
    r"\b(?P<side>Ukrainian|Russian)\s+(?:[\w-]+\s+){0,2}?(?:strikes?|drones?|missiles?|shelling|"
    r"attacks?|artillery|rockets?|bombs?)\b(?!\s+(?:were|was)\s+(?:shot\s+down|intercepted|downed))"
    # (not another place's: "The attack on Moscow followed another night of Russian strikes on
    # Kyiv")
    r"(?!\s+(?:on|against|in|at)\s+(?-i:[A-Z]))",
    re.IGNORECASE,
)
# or its strike by a side: "Governor Kondratyev spoke of an \"unsuccessful attack by the
# Ukrainian armed forces\""
_STRIKE_BY_SIDE = re.compile(
    r"\b(?:strikes?|attacks?|shelling|raid)\s+by\s+(?:the\s+)?(?P<side>Ukrainian|Russian)\s+"
    r"(?:armed\s+forces|forces|army|military|troops|drones|missiles|artillery)\b",
    re.IGNORECASE,
)
_ELSEWHERE = re.compile(
    r"\b(?:across|throughout|all\s+over)\b|\b(?:cities|towns|regions|oblasts)\b", re.IGNORECASE
)
# "The exchange followed Friday's barrage": the day of another event, measured from
_MEASURED_FROM = re.compile(
    r"\b(?:followed|follows|after|since|preceded)\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)
# what tells the event itself, beside its toll
_EVENT_WORD = re.compile(
    r"\b(?:hit|attack(?:s|ed)?|explosions?|blasts?|fire|raid|collapsed?|landed|fell)\b",
    re.IGNORECASE,
)
# an analyst's toll update opened by its own day: "05.04: 18 incl. 9 kids", "Sun 6th: 20 KIA"
_TOLL_LINE = re.compile(
    r"^\W*(?:[A-Z][a-z]{2}\s+)?[\w./]{1,10}(?:\s+(?:morning|evening|eve|afternoon))?\s*:\s*\d+\s+"
    r"(?:KIA|WIA|killed|dead|injured|wounded|incl\.?)\b"
)


def _later_figure(
    told: int | None, new: int | None, text: str, later_post: bool = False
) -> int | None:
    """The first figure told stands, unless a later sentence updates the toll upwards
    ("two more died in hospital, bringing the death toll to 20", or a later post's count)
    or adds people to it ("Her daughter was also injured")."""
    if told is None or new is None:
        return new if told is None else told
    if lx.TOLL_UPDATE.search(text) or later_post:
        return max(told, new)
    if new == 1 and (nth := _NTH_PERSON.search(text)) is not None:
        # "A third woman, aged 33, was also killed" after "killing three": the third counted
        return max(told, _ORDINALS.index(nth.group("nth").lower()) + 2)
    if new and _ADDED.search(text):
        return told + new
    if told == 1 and new > 1 and _AN_OFFICIAL_COUNT.search(text):
        # "her brother was killed when the missile hit … Zelensky wrote 4 dead, 43 wounded":
        # one person told, then the official count of all
        return new
    return told


_ORDINALS = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NTH_PERSON = re.compile(
    rf"\b(?:an?|the)\s+(?P<nth>{'|'.join(_ORDINALS)})\s+(?:[\w-]+\s+)?(?:person|man|woman|victim|"
    r"child|civilian|resident|body|boy|girl|casualty)\b",
    re.I,
)
_AN_OFFICIAL_COUNT = re.compile(
    r"\b(?:said|says|wrote|writes|reported|reports|according\s+to|per)\b|^[^:]{2,40}:\s", re.I
)
# "Her daughter was also injured", "two more people were wounded": people on top of the toll.
# (not "injured more than 70": a count's floor)
_ADDED = re.compile(r"\b(?:also|too|more(?!\s+than)|another|other)\b(?![^.;]*\bamong\b)", re.I)


_FOLLOW_UP = re.compile(r"\b(?:killed|injured|wounded|dead|died|deaths|injuries)\b")
_RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tonight|overnight|earlier|later)\b", re.I)
_QUOTED_OPENING = re.compile(r"^\s*[\"“«]")
_RESCUE_AT_THE_SITE = re.compile(
    r"\b(?:rescuers|rescue\s+(?:units|teams|workers|crews|services)|emergency\s+workers|"
    r"firefighters)\b[^.;]{0,100}?\b(?:at\s+the\s+(?:site|scene)|(?:under|from)\s+(?:under\s+)?"
    r"the\s+(?:rubble|debris|ruins))",
    re.IGNORECASE,
)


# "The missile struck the building at 3:30 p.m. on Saturday": a definite description of the
# weapon or the attack refers back to the event just told, paragraphs later too.
_DEFINITE_EVENT = re.compile(
    # (in someone's words: "According to the representation, the shelling was carried out …")
    r"^(?:According\s+to\s+[^,]{3,60},\s+)?"
    r"(?:(?:An?\s+)?(?:[Uu]pdates?|[Mm]ore)\s+(?:on|about)\s+the|[Tt]he|That|This)\s+"
    # ("The Iskander short-range missile hit the restaurant")
    r"(?:[\w-]+\s+){0,3}?(?:missile|missiles|strike|attack|drone|drones|rocket|"
    r"rockets|bomb|blast|explosion|shelling|barrage|raid|bombardment)\b"
    # (not "The Tochka-U missile is Soviet-made and designed to …": what the weapon is)
    r"(?!\s+(?:is|are|can|has|have)\b)"
    # "Two guided aerial bombs hit the building on Saturday": the weapons' definite object
    # is the one just told
    r"|^(?:An?|One|Two|Three|Four|Five|\d+)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|bombs?|drones?|"
    r"rockets?|shells?)\s+(?:hit|struck|slammed\s+into|tore\s+through)\s+the\b"
    # "All ten missiles were shot down, but debris struck the pavement": the weapons told, all
    r"|^(?:All|Both|Each|None)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:missiles|drones|rockets|"
    r"bombs|shells|UAVs)\b"
    # "According to the MoD, the building was hit by fragments of a missile": the thing struck
    r"|^(?:According\s+to\s+[^,]{3,60},\s+)?[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:building|house|block|"
    r"school|hospital|plant|depot|facility|bridge|station|shop|market|cafe|restaurant|hotel|car|"
    r"bus|train)s?\s+(?:was|were|had\s+been|has\s+been)\s+(?:hit|struck|damaged|destroyed)\b"
    # "An entire section of the building on Shchorsa Street … collapsed on Sunday morning":
    # the building told, a part of it brought down
    r"|^(?:An?\s+(?:entire|whole)\s+|The\s+)?(?:section|part|entrance|wing|floor|roof|stairwell)s?"
    r"\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(?:building|house|block)\b[^.;]{0,80}?\b(?:collapsed|"
    r"caved\s+in|came\s+down|was\s+destroyed)\b"
    # a correction's "It happened on Thursday, Oct. 5.": the event told, its true day
    r"|^(?:It|The\s+(?:attack|strike))\s+(?:actually\s+)?(?:happened|occurred|took\s+place)\s+on\b"
    # a consequence of what was just told: "As a result, one person was killed"
    r"|^As\s+a\s+result(?:\s+of\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:strike|attack|shelling|"
    r"hit|impact|explosion|blast))?,"
)


def _on_a_later_days_line(reading: Reading, m: Mention) -> bool:
    """Is the sentence read under a log's day heading or stamp of a day after the event's?"""
    day = reading.section[0] if reading.section is not None else None
    return (
        day is not None and day.start is not None and m.date.end is not None
        and day.start > m.date.end
    )  # fmt: skip


def _posted_since(reading: Reading, m: Mention, s: Sentence, column: int) -> bool:
    """Does a post's stamp stand between the sentence that gave the mention's figure (in
    ``column`` of its spans: 1 killed, 2 injured) and this one?"""
    told = [
        span.start for span, *figures in m.spans
        if figures[column - 1] is not None and span.start < s.span.start
    ]  # fmt: skip
    if not told:
        return False
    return any(
        told[-1] < x.span.start < s.span.start and is_post_stamp(x)
        for x in reading.sentences[max(0, s.index - 40) : s.index]
    )


def is_post_stamp(x: Sentence) -> bool:
    """A line that is only a post's time stamp ("16:59", "12.05.2024 21:40")."""
    return bool(POST_STAMP.fullmatch(x.span.text.strip()))


# "12.05.2024 21:40", "21:40", "Update 14:05": a post's own stamp
POST_STAMP = re.compile(
    r"(?:(?:Update[d]?|UPD)\s*:?\s*)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+)?\d{1,2}[:.]\d\d"
)


def _paragraph_of(reading: Reading, index: int) -> int | None:
    return reading.sentences[index].paragraph if 0 <= index < len(reading.sentences) else None


_WORD = re.compile(r"[^\W\d_]{2,}")


def _gap(reading: Reading, s: Sentence) -> tuple[int, int]:
    """(sentences since the event was last told, lines of a channel's chrome between):
    "👁 31.2K 02:38" and "Artem Kobzar | Sumy" between posts are not sentences of the story."""
    between = reading.sentences[max(reading.last_index + 1, 0) : s.index]
    chrome = sum(
        1 for b in between if b.heading or "|" in b.span.text or len(_WORD.findall(b.span.text)) < 3
    )
    return s.index - reading.last_index - chrome, chrome


# a list item's own label: "[U1]", "[C4]", "[R-2]"
_ITEM_LABEL = re.compile(r"^\s*\[[A-Z]{1,3}-?\d{1,3}\]")


def _continues(m: Mention | None, s: Sentence, reading: Reading) -> bool:
    if m is None or lx.NEW_EVENT.match(s.span.text):
        return False
    gap, posts = _gap(reading, s)
    # The paragraph the event was last told in: "Among the dead were…" carried it on.
    told_in = {m.sentence.paragraph, _paragraph_of(reading, reading.last_index)}
    near = s.paragraph in told_in and gap <= 2
    # A channel's next post goes on with a placeless report ("Sumy. Explosions!" then
    # "A UAV hit in the Kovpakivskyi district.").
    # An official's words quoted in the next paragraph ("\"A fire broke out at the oil depot
    # as a result of an airstrike,\" he wrote") retell the event just told.
    quoted = bool(_QUOTED_OPENING.match(s.span.text))
    # (a toll in any words: "By noon six people had sought medical help"; not one a day of
    # its own dates: "Earlier on Tuesday, the emergency service put the toll at 18")
    follow_up = bool(_FOLLOW_UP.search(s.span.text)) or (
        tells_a_toll(s.span.text) and not _a_day_of_its_own(s.span.text)
    )
    next_paragraph = gap <= 2 and (follow_up or quoted or posts > 0)
    # "16:21 KHARKIV. Bombs struck a hypermarket. … ¶ 17:48 ¶ Preliminarily, 2 people were
    # killed": the channel's very next post, opened by the toll, tells the same event
    next_post = (
        1 <= posts <= 2 and gap <= 8 and _opens_post(reading, s) and tells_a_toll(s.span.text)
    )
    # "… struck a warship … in the port of Odesa." ¶ "Officials said two missiles hit the
    # port's infrastructure on Saturday": the site told, named again by its noun
    again = gap <= 2 and site_said_again(m.sentence.span.text, s.span.text) is not None
    next_paragraph = next_paragraph or next_post or again
    definite = bool(_DEFINITE_EVENT.match(s.span.text)) and gap <= 6
    # ("Rescue units … worked at the site for 28 hours. 8 people were rescued. The bodies of
    # 19 dead were recovered.": the rescue's paragraph counts the event's dead)
    first = reading.sentences[paragraph_start(s, reading)].span.text
    rescue = gap <= 5 and bool(_RESCUE_AT_THE_SITE.search(first))
    if not (near or next_paragraph or definite or rescue):
        return False
    if m.date.known and LATER_OPENS.match(s.span.text) and lx.STRONG_TRIGGER.search(s.span.text):
        return False  # "Two days later, the refinery came under attack again": another day's
    if _a_later_days_strike(m, s, reading) and not (definite or again):
        return False  # "Sat 04.11 ¶ … Kerch … ¶ Mon 06.11 ¶ - Last night a russian missile landed"
    if posts > 0 and _a_later_posts_strike(m, s, reading) and not (definite or again):
        return False  # a forum's post days on: "» Wed 06 Mar ¶ Ballistic missile on the port"
    if s.paragraph != m.sentence.paragraph and _ITEM_LABEL.match(s.span.text):
        return False  # "[R1] "Kremenchuk mall burning again" video …": the list's next item
    line_day = stamped_line_day(reading) if s.paragraph != m.sentence.paragraph else None
    if line_day is not None and m.date.known and not line_day.overlaps(m.date):
        return False  # "06.01 ✅ 9 parcels. Evening — S-300s on the city": another day's line
    # (in a feed's next entry, a day the entry's stamp gave counts, and a weekday names one:
    # "25 May, 16:45 ¶ Bombs hit the hypermarket … ¶ 25 May, 12:00 ¶ Reminder: on Thursday the
    # printing house was hit")
    entry = posts > 0 and m.date.basis in ("narrative", "labelled")
    # ("On Tuesday, a shell killed a man … On Thursday, shelling killed another resident": a
    # weapon on a weekday of its own)
    weekday = bool(_OPENS_ON_A_WEEKDAY.match(s.span.text) and lx.STRIKE_WORDS.search(s.span.text))
    names_a_day = _NAMES_ANOTHER_DAY.search(s.span.text) or (
        (entry or weekday) and _WEEKDAY.search(s.span.text)
    )
    if names_a_day and (m.date_explicit or entry) and m.date.known:
        # "On October 6, missiles struck … Eleven were killed. … At about 3am on October 9,
        # a series of explosions shook the windows": a day of its own, another event
        own, _ = dates_told(s.span.text, reading, s.span.start)
        written = (*_WRITTEN, "relative") if entry or weekday else _WRITTEN
        days = [d.window for d in own if d.window.days <= 2 and d.window.basis in written]
        if days and not any(d.overlaps(m.date) for d in days):
            return False
    if _another_month(m, s, reading):
        return False  # "… attacked Saratov on 11 November. In August drones also hit the refinery"
    actor, basis = find_actor(s.span.text)
    if actor is None or m.actor is None or actor == m.actor or basis == "accused":
        return True
    named = _SIDES_STRIKE.search(s.span.text) or _STRIKE_BY_SIDE.search(s.span.text)
    if (
        m.actor_basis in ("location", "weapon", "none") and m.attribution != "claimed"
        and named is not None and side_of(named.group("side")) == actor
        # (not strikes elsewhere: "Russian missile strikes across several Ukrainian cities …")
        and not _ELSEWHERE.search(s.span.text)
    ):  # fmt: skip
        # ("On 1 September, shelling hit Rubtsi, then held by Russian forces. The DPR ministry
        # said Ukrainian artillery killed 13": a side guessed is told by the next sentence)
        return True
    # "The MoD said a Ukrainian missile hit it; bloggers suggested a Russian one went astray":
    # two accounts of one event, one of them the event's own actor.
    parts = _ACCOUNTS.split(s.span.text)
    return len(parts) > 1 and any(find_actor(p)[0] in (None, m.actor) for p in parts)


def _a_day_of_its_own(text: str) -> bool:
    """Does the sentence name a day ("Earlier on Tuesday", "on 12 May", "yesterday")?"""
    return bool(
        _RELATIVE_DAY.search(text) or _WEEKDAY.search(text) or _NAMES_ANOTHER_DAY.search(text)
    )


def _another_month(m: Mention, s: Sentence, reading: Reading) -> bool:
    """A strike told in a month of its own, apart from the event told ("In August drones also
    hit the refinery area" after a November night's attack)."""
    text = s.span.text
    # (not "In April, two women were killed when …" without "also": the town's story, told on)
    if not (m.date.known and _OPENS_WITH_A_MONTH.match(text) and lx.ANOTHER_TIME.search(text)):
        return False
    own, _ = dates_told(text, reading, s.span.start)
    return lx.STRIKE_WORDS.search(text) is not None and a_month_of_its_own(text, own, [m.date])


_OPENS_WITH_A_MONTH = re.compile(
    r"^\W*(?:(?:Back|Earlier|Later|Also)\s+)?in(?:\s+(?:early|late|mid-?))?\s+"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b",
    re.IGNORECASE,
)


def _a_later_days_strike(m: Mention, s: Sentence, reading: Reading) -> bool:
    """Does a strike told under a day heading that came after the event, and is not the
    event's day, tell that later day's own event?"""
    section = reading.section
    return (
        section is not None and m.sentence.index < section[1] < s.index and m.date.known
        and not section[0].overlaps(m.date) and lx.STRIKE_WORDS.search(s.span.text) is not None
    )  # fmt: skip


def _a_later_posts_strike(m: Mention, s: Sentence, reading: Reading) -> bool:
    """Does a post written days after the event tell a strike of its own?"""
    return (
        reading.ref is not None and m.date.end is not None
        and (reading.ref - m.date.end).days > 1 and lx.STRIKE_WORDS.search(s.span.text) is not None
    )  # fmt: skip


_SITE = (
    r"(?:refinery|plant|depot|station|port|harbou?r|airfield|airport|air\s+base|terminal|factory|"
    # ("… the village council building in Dvorichna …" ¶ "Russian troops struck the
    # administrative building on Thursday afternoon")
    r"substation|bridge|dam|warehouse|arsenal|shipyard|building)"
)
_SITE_NAMED = re.compile(rf"\b{_SITE}\b", re.IGNORECASE)
_THE_SITE_AGAIN = re.compile(rf"\b(?:the|its|that)\s+(?:[\w-]+\s+)?({_SITE})(?:['’]s)?\b", re.I)


def a_late_toll_update(s: Sentence, reading: Reading, last: Mention) -> bool:
    """ "Fri 26.05 ¶ … a russian missile hit a medical clinic … 2 dead, 23 wounded ¶ Sat 27.05
    ¶ Lysak: 30 wounded now": a log's toll update a day or two on, naming no place and no
    strike, with no other event told since, updates its last event's figures."""
    text = s.span.text
    # (or the first toll the event gets: "Mon 07.08 ¶ - Evening: two russian Iskanders on our
    # centre … ¶ Tue 08.08 ¶ - Rescue work finished. The emergency service says 7 dead")
    if not tells_a_toll(text):
        return False
    toll_alone = not lx.TRIGGER.search(_TOLL_WORDS.sub(" ", text))  # (not "fired Grads at …")
    first_toll = last.killed is None and last.injured is None and toll_alone
    # (or a toll grown since, told alone: not "the district came under fire; 13 were killed")
    grown = toll_alone and _grown(last, text)
    if not (first_toll or lx.TOLL_UPDATE.search(text) or grown):
        return False
    if lx.STRIKE_WORDS.search(text):
        return False
    between = reading.sentences[last.sentence.index + 1 : s.index]
    if len(between) > LATE_UPDATE_LINES or sum(1 for b in between if b.heading) > 3:
        return False
    # (the day heads the line itself: "Sun 26.05 The toll rose to 12.")
    day = reading.section[0] if reading.section is not None else stamped_line_day(reading)
    return (
        day is not None and day.start is not None and last.date.end is not None
        and 0 <= (day.start - last.date.end).days <= 3
    )  # fmt: skip


def _grown(last: Mention, text: str) -> bool:
    """ "Thu 24.04 … nine dead, more than seventy hurt ¶ Fri 25.04 … twelve dead, about ninety
    injured": a toll no smaller than the event's, told without "now" or "rose", is its update."""
    pairs = [
        (find_figure(text, lx.KILLED), last.killed),
        (find_figure(text, lx.INJURED), last.injured),
    ]
    told = [(new, old) for new, old in pairs if new is not None and old is not None]
    return (
        bool(told) and all(new >= old for new, old in told) and any(new > old for new, old in told)
    )


_TOLL_WORDS = re.compile(
    r"\b(?:killed|killing|injured|injuring|injur(?:y|ies)|wounded|wounding|dead|died|deaths?|"
    r"casualties|hurt)\b",
    re.IGNORECASE,
)
LATE_UPDATE_LINES = 12  # a log's update comes within a dozen lines of its event


def site_said_again(before: str, text: str) -> re.Match[str] | None:
    """Where ``text`` names again, by its noun alone ("the port's infrastructure", "that
    plant"), a site the sentence before named ("in the port of Odesa"), if it does."""
    again = _THE_SITE_AGAIN.search(text)
    if again is None:
        return None
    named = {m.group(0).lower() for m in _SITE_NAMED.finditer(before)}
    return again if again.group(1).lower() in named else None


# a day written with its month ("on October 9", "9 October"): cheap before dates_told
_NAMES_ANOTHER_DAY = re.compile(
    r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
    # a log's "18.10 (Tue) 03:40 - …" (the date reader decides whether it is a day), or its
    # night inside a line: "(in the night to Thu 10.03, after midnight, a series of blasts"
    r"^\W*[0-3]\d\.[01]\d\b|\b(?:night\s+(?:to|into|of)|on)\s+(?:\w{3}\s+)?[0-3]?\d\.[01]\d\b"
)
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# a report's source tagged on at the end: "…, the IAEA said."
_SAID_AT_THE_END = re.compile(
    r",\s+(?:the\s+|a\s+)?[\w'’ -]{2,40}?\s+(?:said|says|reported|reports|stated)\.?\s*$"
)
_WRITTEN = ("explicit", "year inferred", "year told")
_OPENS_ON_A_WEEKDAY = re.compile(r"^\W*On\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_ACCOUNTS = re.compile(r";|,?\s+\b(?:but|while|whereas)\b")


def _opens_post(reading: Reading, s: Sentence) -> bool:
    """The sentence is the first or second after a stamp or a chrome line ("14:05 ¶ According
    to the MoD, the building was hit by fragments. At the moment 7 are known to have died.")."""
    for k in (1, 2):
        before = reading.sentences[s.index - k] if s.index >= k else None
        if before is not None and (before.heading or len(_WORD.findall(before.span.text)) < 3):
            return True
        if before is None or before.paragraph != s.paragraph:
            return False
    return False


def _mayor_of(name: str) -> re.Pattern[str]:
    """ "Lviv's mayor", "the mayor of Lviv", "Lviv Mayor Andriy Sadovyi": a town's own official."""
    n = re.escape(name)
    return re.compile(rf"\b{n}(?:['’]s)?\s+(?:city\s+)?mayor\b|\bmayor\s+of\s+{n}\b", re.IGNORECASE)


def _narrows(day: DateWindow, told: DateWindow) -> bool:
    """A day inside the span an event was told in: its month or season, or "a week ago" ("One
    week after the missile hit …. The toll of the strike on 29 March is 37"). (Not a night's
    two days: a "Thursday" after "overnight" is more often the day someone spoke.)"""
    if not (day.known and told.known and day.days <= 2 and told.days >= 3):
        return False
    assert day.start and day.end and told.start and told.end
    return told.start <= day.start and day.end <= told.end


def _narrows_night(day: DateWindow, told: DateWindow) -> bool:
    """One day of the two an event was first told in ("has risen to 10" on Friday, then "in
    the early hours of Thursday")."""
    return bool(
        day.known
        and told.known
        and day.days == 1
        and told.days == 2
        and told.start <= day.start <= told.end  # type: ignore[operator]
    )


# A time of the event itself, not of someone's words about it
_EVENT_TIME = re.compile(
    r"\b(?:in\s+the\s+early\s+hours|at\s+(?:about|around)\s+\d|shortly\s+(?:before|after)\s+"
    r"(?:\d|midnight|dawn)|at\s+dawn|before\s+dawn)\b",
    re.IGNORECASE,
)


RETOLD_REACH = 100  # "The attack on a residential building and a recreation centre in X"


def _told_before(
    text: str, targets: list[PlaceMention], mentions: list[Mention], reading: Reading, s: Sentence
) -> Mention | None:
    """The mention a sentence refers back to when it opens on a strike the article has told
    at that place ("The strike on Mykolaiv came hours before …"), unless it dates its own."""
    head = lx.RETOLD_ATTACK.match(text)
    if head is None and len(targets) == 1:
        head = lx.RETOLD_OBJECT.search(text)
    if head is None:
        return None
    first = next((t for t in targets if t.start >= head.end() - 1), None)
    if first is None or first.place is None or first.start > head.end() + RETOLD_REACH:
        return None
    key = first.place.key
    told = [m for m in mentions if m.place is not None and m.place.key == key]
    own, _ = dates_told(text, reading, s.span.start)
    if (cut := lx.MEASURED_FROM.search(text)) is not None:
        # "… came hours before a summit on Friday": that day is the other event's
        own = [d for d in own if d.start - s.span.start < cut.start()]
    if not told or (own and not any(own[0].window.overlaps(m.date) for m in told)):
        return None
    # "In the early hours of 22 March 2024, Russia launched … Several missiles hit the Zmiiv
    # plant": the day the story tells now, if the sentence names none, and far from those told
    # (not "after the attack on Izmail": a strike named as told, whatever day the story is on)
    day = narrative_day(reading, s) if not own and head.re is lx.RETOLD_ATTACK else None
    if day is not None and all(day.days_apart(m.date) > REACH_DAYS for m in told):
        return None
    lead = told[0]  # the lead event: wire copy refers back to it
    named = own[0].window if own else None
    if named is not None and named.days == 1 == lead.date.days - 1 and named.overlaps(lead.date):
        # "The strike on Belgorod on Saturday afternoon …" after "overnight, … said Sunday":
        # the strike named with its day says which of the news' two days it was
        lead.date, lead.date_explicit = named, True
    return lead


def _headline_figures(mentions: list[Mention], sentences: list[Sentence]) -> None:
    """'Missile hits Chernihiv, 7 killed' over a story that counts only the injured: the
    headline's figure is the story's first event's, where the story gives none."""
    heads = list(itertools.takewhile(lambda x: x.heading and x.paragraph == 0, sentences))
    first = mentions[0] if mentions else None
    title = " ".join(h.span.text for h in heads)  # "…at Pavlohrad;" "1 killed, 5 injured"
    if not heads or first is None or not lx.TRIGGER.search(title):
        return
    head = heads[0]
    names = {first.place_text, first.place.name if first.place else first.place_text}
    if not any(n.casefold() in title.casefold() for n in names):
        return
    killed, injured = find_figure(title, lx.KILLED), find_figure(title, lx.INJURED)
    used = (killed if first.killed is None else None, injured if first.injured is None else None)
    if used == (None, None):
        return
    first.killed = first.killed if first.killed is not None else killed
    first.injured = first.injured if first.injured is not None else injured
    first.spans.insert(0, (head.span, *used))


def headline_day(mentions: list[Mention]) -> None:
    """'ACLED | Shelling | Dnipro' over 'On 14 January 2023, Russian forces struck Dnipro …;
    the rescue ended on 17 January': a headline names the event its story dates, and the
    news day guessed for it (the rescue's) is no day of its own."""
    for m in mentions:
        # (a title too long for a heading is still the page's title: the first line's)
        titled = m.sentence.heading or (m.sentence.index == 0 and m.sentence.paragraph == 0)
        if not titled or m.date_explicit or m.place is None:
            continue
        key = m.place.key
        told = [
            b for b in mentions
            if not b.sentence.heading and b.date_explicit and b.place and b.place.key == key
        ]  # fmt: skip
        # ("report … on the fire at the fuel depot near Smila" over "On Sat 22.10.2022 the
        # fuel depot … on the edge of Irdynivka village (Smila hromada)": the same scene)
        told = (
            told
            or [
                b
                for b in mentions
                if b.sentence.index > 0 and b.date_explicit and _same_scene(b.place, m.place)
            ][:1]
        )
        if told and not any(b.date.overlaps(m.date) for b in told):
            m.date = told[0].date


def _same_scene(a: Place | None, b: Place) -> bool:
    """Two towns a story may name one scene by: within a village's reach of each other."""
    return (
        a is not None and a.precision == b.precision == "town"
        and a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        and haversine_km((a.lat, a.lon), (b.lat, b.lon)) <= SAME_SCENE_KM
    )  # fmt: skip


SAME_SCENE_KM = 8.0


def _reach(told_or_updated: bool) -> int:
    return REACH_DAYS if told_or_updated else 1


def told_next_day(mentions: list[Mention]) -> None:
    """'Russia's Defense Ministry claimed on June 28 that it had struck … in Kramatorsk' after
    the story's strike on Kramatorsk on June 27; 'the toll of the strike on Makiivka has risen
    to 89, the ministry said on Wednesday' over rockets that hit Makiivka on 1 January: a
    strike dated only by the day it was told of is the one the story dates at that place in
    the week before."""
    for m in mentions:
        if m.date.basis != "statement" or m.date.start is None or m.place is None:
            continue
        said = m.date.start
        # a strike told later is this one only if these words update its toll ("A fire at a
        # depot in Belgorod was caused by helicopters, the governor said on Friday" is news;
        # "an explosion near Belgorod on Tuesday", told after, another strike)
        update, here = lx.TOLL_UPDATE.search(m.sentence.span.text) is not None, m.sentence.index
        before = [
            # (a night too: "Rockets slammed into the building overnight Saturday into Sunday")
            b for b in mentions
            if b is not m and b.place == m.place and b.date.precision in ("day", "days")
            and b.date.days <= 2 and b.date.end is not None
            and 0 < (said - b.date.end).days <= _reach(update or b.sentence.index < here)
        ]  # fmt: skip
        # (the strike last told there, when it is of the very day the claim was made, is the
        # one claimed: "Wednesday 6 March … the port" then "the ministry said the same
        # afternoon that it had struck … the port")
        last = max(
            (b for b in mentions if b.place == m.place and b.sentence.index < here),
            key=lambda b: b.sentence.index,
            default=None,
        )
        if (
            last is not None and last.date.start == said == last.date.end
            and last.date.basis not in ("news cycle", "publication", "statement")
        ):  # fmt: skip
            continue
        if before:
            m.date = max(before, key=lambda b: b.date.end or said).date


TOLL_LEAD_REACH = 8  # sentences after a toll's lead in which its own earlier day is looked for


def toll_lead_day(mentions: list[Mention], sentences: list[Sentence], ref: date | None) -> None:
    """ "The number killed by a strike on a café in Hroza has risen to 52", with no day, and
    later "about 60 people had gathered at the café on Thursday afternoon": a toll's lead
    dated only by the news is the earlier day its story goes on to tell (not a day of words,
    nor the day of a strike told at another place)."""
    if ref is None:
        return
    for m in mentions:
        if m.date_explicit or m.date.basis != "news cycle" or m.place is None:
            continue
        if not lx.TOLL_UPDATE.search(m.sentence.span.text):
            continue
        others = {b.sentence.index for b in mentions if b.place != m.place}
        after = sentences[m.sentence.index + 1 : m.sentence.index + TOLL_LEAD_REACH]
        found: list[DateWindow] = []
        for s in (x for x in after if x.index not in others and not x.heading):
            text = s.span.text
            days = [
                d.window for d in find_dates(text, ref)
                if d.window.precision == "day" and d.window.end is not None
                and 0 < (ref - d.window.end).days <= REACH_DAYS
                and not dates_a_statement(text, d.start, d.end)
            ]  # fmt: skip
            if days and lx.STRONG_TRIGGER.search(text):
                # ("two more … turned to doctors on September 27" before "on the evening of
                # September 26, Russian troops struck Pervomaiskyi": the strike's own day)
                found = days
                break
            found = found or days
        if found:
            m.date = replace(found[0], basis="narrative")


def _nobody_hurt_in_paragraph(mentions: list[Mention], s: Sentence) -> None:
    """ "Seven drones were shot down over Belgorod. Two more over Kursk. There were no
    casualties.": a paragraph's closing "nobody hurt" covers each event it told."""
    text = s.span.text
    if find_figure(text, lx.KILLED) != 0 or find_figure(text, lx.INJURED) != 0:
        return
    for m in reversed(mentions):
        if m.sentence.paragraph != s.paragraph:
            return
        if (m.killed, m.injured) == (None, None):
            m.killed = m.injured = 0
        elif (m.killed, m.injured) != (0, 0):
            return


def _recent_within(
    mentions: list[Mention], weak: list[PlaceMention], s: Sentence, gaz: PlaceResolver
) -> Mention | None:
    """The latest mention (within six sentences) at or inside a weakly named place; for
    "Donetsk Governor X", inside the governor's region."""
    areas = [
        (gaz.region_of(w.place) if lx.GOVERNOR_AFTER.match(s.span.text, w.end) else None) or w.place
        for w in weak
        if w.place is not None
    ]
    for m in reversed(mentions):
        if s.index - m.sentence.index > 6:
            return None
        for area in areas:
            if m.place and (
                m.place.key == area.key or gaz.within(m.place, area) or _ringed_by(m.place, area)
            ):
                return m
    return None


def _ringed_by(town: Place, region: Place) -> bool:
    """A city of its own status inside the oblast named after it: Moscow in the Moscow
    region, Kyiv in the Kyiv oblast ("Moscow region Governor Vorobyov said drones had been
    downed on their approach to the capital")."""
    own = town.admin1 or ""
    return (
        region.precision == "region" and own.endswith(" City")
        and region.name.split()[0] == own.split()[0]
    )  # fmt: skip


def downed_other_arms(text: str, home: Mention) -> bool:
    """Drones or missiles shot down are not the artillery fire told before."""
    return (
        home.event_type == "shelling" and event_type(text) == "interception"
        and not dict(lx.EVENT_TYPES)["shelling"].search(text)
    )  # fmt: skip
