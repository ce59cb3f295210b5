"""Sentences → mentions of incidents: place, date, actor, attribution, weapon, figures.

A *mention* is one sentence's report of an event at a place. Sentences that
report an event without naming a place (figures, weapons, claims) continue
the mention before them in the same paragraph. Merging mentions into
incidents is :mod:`geo.merge`'s job. Place phrases live in :mod:`geo.placephrase`,
sides, claims and figures in :mod:`geo.attribution`, an event's day in :mod:`geo.eventday`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from geo import lexicon as lx
from geo.articles import Sentence, split_sentences, stamp_hour
from geo.attribution import (
    _claim,
    accuser,
    attribution_for,
    clause_at_place,
    event_type,
    figure_at_place,
    find_actor,
    find_figure,
    find_weapon,
    is_named_weapon,
    official_word,
    other_side,
    side_of,
)
from geo.dates import find_dates
from geo.eventday import (
    RELATIVE_TO_STORY,
    SINCE,
    dates_this_place,
    dates_told,
    event_dates,
    later_by,
    nearest_naming_first,
    note_years_told,
    own_date_first,
)
from geo.model import Article, Attribution, DateWindow, Place, Span
from geo.placephrase import find_places, region_hints, surnames
from geo.placetypes import PlaceMention, PlaceResolver
from geo.sectionday import page_span, section_day
from geo.story import (
    ENTRY_RUN,
    Reading,
    city_districts,
    clock_day,
    dateline_targets,
    entry_name,
    event_places,
    focus,
    lead_window,
    narrative_day,
    one_sense,
    section_targets,
    title_targets,
    yesterdays_clock,
)
from geo.storyplaces import (
    anaphora_targets,
    official_voice,
    profile_targets,
    publisher_side,
    title_town_inside,
)
from geo.tablerows import Cell, cells_of, figure_columns, figure_in, where_text

__all__ = [
    "Mention", "PlaceMention", "PlaceResolver", "accuser", "attribution_for", "event_type",
    "extract_mentions", "find_actor", "find_figure", "find_places", "find_weapon",
    "other_side", "region_hints",
]  # fmt: skip


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


# --- sentences → mentions ----------------------------------------------------------------


def _main_clauses(text: str) -> str:
    """The sentence without its ', which …' asides (background, not the event)."""
    return re.sub(r",\s+(?:which|who|where|whose)\b[^,;]*", "", text)


def _first_side(text: str) -> str | None:
    for w in re.findall(r"[\w'’\-]+", text):
        if side_of(w):
            return side_of(w)
    return None


def _weapon_side(text: str) -> str | None:
    """HIMARS are Ukraine's, Shaheds Russia's: the weapon names its side."""
    for pattern, side in lx.WEAPON_SIDE:
        if pattern.search(text):
            return side
    return None


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
    if (place.admin1 or "").lower().startswith(("crimea", "autonomous republic", "sevastopol")):
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


NEWS_DAYS = 14  # an event older than this before publication is retold, not reported


def _mention(
    article: Article, s: Sentence, pm: PlaceMention, reading: Reading, others: tuple[str, ...] = ()
) -> Mention:
    """One place struck in one sentence: its day, side, attribution and figures. ``others``
    are the sentence's other places struck (a clause each may carry its own toll)."""
    text = s.span.text
    events, stated = dates_told(text, reading, s.span.start)  # "said on Monday" dates no event
    dates = [d for d in events + stated if dates_this_place(d, pm, text, s.span.start)]
    dates = nearest_naming_first(dates, pm, text, s.span.start)
    dates = own_date_first(dates, pm, text, s.span.start, others)
    actor, basis = find_actor(text)
    claimed, claim_side, negated_side = _claim(text, reading.prev_side)
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
    else:
        when = narrative_day(reading, s)
        if when is None or (when.days == 2 and when.end == reading.ref):
            # "over the past day" narrowed by the clock: a morning page's "in the evening"
            when = yesterdays_clock(text, reading) or when or clock_day(text, reading)
    when = when or _day_of_the_place(pm, reading)
    if not (dates and lx.DAYS_AFTER.match(text[dates[0].end - s.span.start :])):
        # (not "on Thursday, a day after the strike": that day is counted back already)
        when = _earlier_by(when, text[: pm.start])
    news = when.end is None or reading.ref is None or (reading.ref - when.end).days <= NEWS_DAYS
    attribution, by = attribution_for(
        text, actor, basis, claim_side if claimed else None, country, news=news
    )
    attribution, by = _page_voice(attribution, by, actor, basis, country, reading)
    scope = clause_at_place(text, pm.text, others)
    killed, injured = find_figure(scope, lx.KILLED), find_figure(scope, lx.INJURED)
    shared = figure_at_place(text, pm.text)
    if shared is not None:
        # The sentence's total is the region's; this place's share is its own figure.
        killed, injured = (shared[1], None) if shared[0] == "killed" else (None, shared[1])
    return Mention(
        article=article.file, sentence=s, place=pm.place, place_text=pm.text, role=pm.role,
        date=when,
        date_explicit=bool(events), actor=actor, actor_basis=basis,
        attribution=attribution,
        alleged_by=by, weapon=find_weapon(text), killed=killed, injured=injured,
        event_type=event_type(_clause(text, pm.start)), spans=[(s.span, killed, injured)],
        separate=bool(lx.NEW_EVENT.match(text)),
        caption=s.caption or bool(lx.CAPTION.match(text)),
    )  # fmt: skip


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


def _earlier_by(when: DateWindow, before: str) -> DateWindow:
    """The day of a strike told as the one "a day" before the event the sentence tells."""
    m = _DAYS_BEFORE_THIS.search(before)
    if m is None or not when.known:
        return when
    assert when.start is not None and when.end is not None
    word = m.group("n").lower()
    n = 1 if word == "a" else lx.NUMBER_WORDS.get(word) or int(word)
    # "a day after" is loose: the days from that many before to the one told (the report
    # that names the strike's own day narrows it when they merge)
    start = when.start - timedelta(days=n)
    return DateWindow(start, when.end, "days", "relative")


def _day_of_the_place(pm: PlaceMention, reading: Reading) -> DateWindow:
    """An undated strike on a place the article dated before ("The first missile arrived …
    on Monday, 7 August, when the centre of Pokrovsk was still busy" … "officials said the city
    was hit by two Iskander-M missiles") is of that day, when the article tells no news of its
    own days; else the lead's day."""
    lead = reading.lead
    if lead.basis not in ("publication", "page day") or pm.place is None:
        return lead
    return reading.place_days.get(pm.place.key, lead)


def _remember_days(mentions: list[PlaceMention], window: DateWindow, reading: Reading) -> None:
    """The day told with each town, for its undated strikes later in the article."""
    if window.known and window.days <= 2 and window.basis != "publication":
        for pm in mentions:
            if pm.place is not None and pm.place.precision == "town":
                reading.place_days.setdefault(pm.place.key, window)


def _dated_caption(text: str, reading: Reading) -> bool:
    """A photo caption in the body with no full stop ("A house in Zolochiv destroyed by a
    guided bomb on April 18") tells its strike and its day like a sentence; one of the
    aftermath ("A rescuer carries a woman out of the damaged building on July 6") does not."""
    return bool(_CAPTION_DAY.search(text) and lx.STRIKE_WORDS.search(text)) and any(
        d.window.precision == "day" and d.window.basis in _TOLD_DAY
        for d in find_dates(text, reading.ref)
    )


_CAPTION_DAY = re.compile(
    r"\b(?:on|of)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})\b(?:,?\s+\d{4})?\s*\W*$"
)


def _page_voice(
    attribution: Attribution, by: str | None, actor: str | None, basis: str,
    country: str | None, reading: Reading,
) -> tuple[Attribution, str | None]:  # fmt: skip
    """The page's own voice: its side's military claims its strikes; an official body's page
    alleges the other side's."""
    if actor is not None and actor == reading.publisher_side and basis != "accused":
        return "claimed", None  # the General Staff's own post of its strike
    return official_word(attribution, by, actor, country, reading.official)


def _continue(m: Mention, s: Sentence, reading: Reading) -> None:
    """Add a placeless sentence's words and figures to the mention before it."""
    text = s.span.text
    killed, injured = find_figure(text, lx.KILLED), find_figure(text, lx.INJURED)
    if lx.PERIOD_TALLY.search(text) or lx.WAR_TALLY.search(text):
        killed = injured = None
    m.spans.append((s.span, killed, injured))
    events, _ = dates_told(text, reading, s.span.start)
    if events and lx.SPEECH.search(text) and not lx.STRIKE_WORDS.search(text):
        # "On Saturday, the prosecutor's office said 52 people had died": its words' day
        events = []
    if events and (
        not m.date_explicit
        or _narrows(events[0].window, m.date)
        or (_narrows_night(events[0].window, m.date) and _EVENT_TIME.search(text))
    ):
        # "The missile struck the building at about 3:30 p.m. on Saturday" dates the event;
        # "… at the city on June 27, 2022" the strike told "in June 2022".
        m.date, m.date_explicit = events[0].window, True
    if events and events[0].window.precision == "day" and lx.STRIKE_WORDS.search(text):
        # "On Friday, Russian forces fired 67 missiles across the country": the day the
        # story goes on telling, for the places of the next sentences ("That morning …")
        reading.day, reading.day_at = events[0].window, (s.paragraph, s.index)
        reading.anchor = events[0].window.end
    m.killed = _later_figure(m.killed, killed, text)
    m.injured = _later_figure(m.injured, injured, text)
    weapon = find_weapon(text)
    if weapon and (m.weapon is None or (is_named_weapon(weapon) and not is_named_weapon(m.weapon))):
        m.weapon = weapon
    claimed, claim_side, _ = _claim(text, reading.prev_side)
    if claimed and claim_side and claim_side == m.actor:
        m.attribution, m.alleged_by = "claimed", None
    accused = lx.ACCUSE.search(text)
    if accused and m.actor_basis in ("location", "weapon", "none") and m.attribution != "claimed":
        # "Rosatom blamed Ukraine for the attack": the next sentence names the accused.
        m.actor, m.actor_basis = side_of(accused.group("side")), "accused"
        m.attribution, m.alleged_by = "alleged", accuser(text)
    reading.last_index = s.index


def _later_figure(told: int | None, new: int | None, text: str) -> int | None:
    """The first figure told stands, unless a later sentence updates the toll upwards
    ("two more died in hospital, bringing the death toll to 20") or adds people to it
    ("Her daughter was also injured")."""
    if told is None or new is None:
        return new if told is None else told
    if lx.TOLL_UPDATE.search(text):
        return max(told, new)
    return told + new if new and _ADDED.search(text) else told


# "Her daughter was also injured", "two more people were wounded": people on top of the toll.
_ADDED = re.compile(r"\b(?:also|too|more|another|other)\b(?![^.;]*\bamong\b)", re.I)


_FOLLOW_UP = re.compile(r"\b(?:killed|injured|wounded|dead|died|deaths|injuries)\b")
_QUOTED_OPENING = re.compile(r"^\s*[\"“«]")


# "The missile struck the building at 3:30 p.m. on Saturday": a definite description of the
# weapon or the attack refers back to the event just told, paragraphs later too.
_DEFINITE_EVENT = re.compile(
    r"^(?:(?:An?\s+)?(?:[Uu]pdates?|[Mm]ore)\s+(?:on|about)\s+the|The|That|This)\s+"
    r"(?:\w+\s+){0,2}?(?:missile|missiles|strike|attack|drone|drones|rocket|"
    r"rockets|bomb|blast|explosion|shelling)\b"
    # "Two guided aerial bombs hit the building on Saturday": the weapons' definite object
    # is the one just told
    r"|^(?:An?|One|Two|Three|Four|Five|\d+)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|bombs?|drones?|"
    r"rockets?|shells?)\s+(?:hit|struck|slammed\s+into|tore\s+through)\s+the\b"
)


# "In total, one civilian was killed and four were wounded": after several places, the day's sum.
_TALLY_OPENING = re.compile(r"^(?:In total|Overall|Altogether|In all|All told|Total)\b")


def _paragraph_of(reading: Reading, index: int) -> int | None:
    return reading.sentences[index].paragraph if 0 <= index < len(reading.sentences) else None


_WORD = re.compile(r"[^\W\d_]{2,}")


def _gap(reading: Reading, s: Sentence) -> tuple[int, bool]:
    """(sentences since the event was last told, whether a channel's chrome lay between):
    "👁 31.2K 02:38" and "Artem Kobzar | Sumy" between posts are not sentences of the story."""
    between = reading.sentences[max(reading.last_index + 1, 0) : s.index]
    chrome = sum(
        1 for b in between if b.heading or "|" in b.span.text or len(_WORD.findall(b.span.text)) < 3
    )
    return s.index - reading.last_index - chrome, chrome > 0


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
    next_paragraph = gap <= 2 and (bool(_FOLLOW_UP.search(s.span.text)) or quoted or posts)
    definite = bool(_DEFINITE_EVENT.match(s.span.text)) and gap <= 6
    if not (near or next_paragraph or definite):
        return False
    actor, basis = find_actor(s.span.text)
    if actor is None or m.actor is None or actor == m.actor or basis == "accused":
        return True
    # "The MoD said a Ukrainian missile hit it; bloggers suggested a Russian one went astray":
    # two accounts of one event, one of them the event's own actor.
    parts = _ACCOUNTS.split(s.span.text)
    return len(parts) > 1 and any(find_actor(p)[0] in (None, m.actor) for p in parts)


_ACCOUNTS = re.compile(r";|,?\s+(?:but|while|whereas)")


def extract_mentions(
    article: Article,
    ref: date | None,
    gaz: PlaceResolver,
    progress: Callable[[int, int], None] | None = None,
) -> list[Mention]:
    """Every mention of an event at a place in one article.

    Parameters
    ----------
    article
        The article, raw text included.
    ref
        Its reference date (publication date, or a twin's), for relative dates.
    gaz
        The place resolver.
    progress
        Called with ``(sentences read, sentences)`` as the sentences are read (nearly all
        of the time goes there), for a long article's progress bar.
    """
    sentences = split_sentences(article)
    # the regions the story names, not those of the links to other stories it dropped
    hints = region_hints("\n".join(x.span.text for x in sentences))
    reading = Reading(ref, lead_window(sentences, ref), sentences=sentences)
    reading.people = surnames(article.text, gaz)
    reading.publisher_side = publisher_side(sentences)
    reading.official = official_voice(sentences)
    reading.stamp_hour = stamp_hour(article.text)
    for head in itertools.takewhile(lambda x: x.heading, sentences):
        one_sense(find_places(head.span.text, gaz, hints), reading)
    reading.span = page_span(sentences, ref)
    mentions: list[Mention] = []
    body = False  # a day heading opens a section only inside the page's body
    for i, s in enumerate(sentences):
        if progress is not None:
            progress(i, len(sentences))
        text = s.span.text
        reading.current = s
        if body and (day := section_day(s, reading, reading.span)) is not None:
            reading.day, reading.day_at = day, (s.paragraph, s.index)
            reading.section = (day, s.index)
            continue
        body = body or not s.heading
        if not s.heading:
            note_years_told(text, reading)
        entry = entry_name(text, gaz, hints, focus(reading))
        if entry is not None:
            # An entry alone on its line heads the paragraph that follows.
            alone = i + 1 < len(sentences) and sentences[i + 1].paragraph != s.paragraph
            reading.entry = (sentences[i + 1].paragraph if alone else s.paragraph, entry)
            continue
        if not s.heading and lx.NOT_AN_ATTACK.search(text):
            _no_attack_after_all(mentions, reading, s)
        if not s.heading and _CALLED_FAKE.match(text):
            _denied(mentions, reading, s)
        opens_list = text.rstrip().endswith(":")  # "52 attack UAVs were destroyed:", no heading
        if (header := figure_columns(text)) or (cells := cells_of(text)):
            # "date | place | what | killed | injured" and its rows: one incident per row
            if header:
                reading.table_figures = header
            else:
                _read_table_row(article, s, cells, gaz, hints, reading, mentions)
        elif _LABELLED.match(text) and 0 < s.index - reading.roundup_at <= ENTRY_RUN:
            # "Kupiansk district: Kupiansk, Kindrashivka and Dvorichna." under a roundup's
            # "settlements came under fire": its names only; the next sentence is its own
            _read_list_item(article, s, gaz, hints, reading, mentions)
        elif (_BULLET.match(text) or _LABELLED.match(text)) and s.index - reading.list_head == 1:
            # "52 attack UAVs were destroyed:" over "- Mykolaiv region – 17;": each item is
            # the list's event at its place.
            _read_list_item(article, s, gaz, hints, reading, mentions)
            reading.list_head, reading.list_para = s.index, s.paragraph
        elif s.index - reading.list_head == 1 and s.paragraph == reading.list_para:
            # "— the Saratov refinery (Saratov). A fire broke out on its territory;": the
            # item goes on; the list does too.
            if reading.last is not None:
                _continue(reading.last, s, reading)
            reading.list_head = s.index
        elif (not s.heading or opens_list or (body and _dated_caption(text, reading))) and (
            lx.TRIGGER.search(text)
        ):
            if _SETTLEMENTS_HIT.search(text):
                # "More than 15 settlements came under enemy fire." over "Kupiansk district:
                # Kupiansk, Kindrashivka, …": each district's names are the settlements hit
                reading.roundup_at = s.index
            _read_event_sentence(article, s, gaz, hints, reading, mentions)
            if opens_list and reading.last_index != s.index:
                _list_day(text, s, reading)
            reading.list_head = s.index if opens_list else -10
            reading.list_side = find_actor(text)[0] if opens_list else None
        elif (
            not s.heading
            and (_counts_only(text) or _DEFINITE_EVENT.match(text))
            and _continues(reading.last, s, reading)
        ):
            # "Two servicemen were hospitalised", "75 sought medical help", "The cruise
            # missile tore into the building before dawn on Friday": the event told goes on,
            # in words that start none, with its figures and perhaps its day.
            assert reading.last is not None
            _continue(reading.last, s, reading)
        elif not s.heading and _NAMES_A_DAY.search(text):
            _day_told(text, s, reading, gaz, hints)
        reading.prev_side = _first_side(text) or reading.prev_side
    _headline_figures(mentions, sentences)
    return mentions


def _mayor_of(name: str) -> re.Pattern[str]:
    """ "Lviv's mayor", "the mayor of Lviv": a town's own official."""
    n = re.escape(name)
    return re.compile(rf"\b{n}['’]s\s+(?:city\s+)?mayor\b|\bmayor\s+of\s+{n}\b", re.IGNORECASE)


def _narrows(day: DateWindow, told: DateWindow) -> bool:
    """A day inside the month (or season) an event was told in. (Not a night's two days: a
    "Thursday" after "overnight" is more often the day someone spoke.)"""
    return bool(
        day.known and told.known and day.days <= 2 and told.days >= 28
        and told.start <= day.start and day.end <= told.end  # type: ignore[operator]
    )


def _narrows_night(day: DateWindow, told: DateWindow) -> bool:
    """One day of the two an event was first told in ("has risen to 10" on Friday, then "in
    the early hours of Thursday")."""
    return bool(
        day.known and told.known and day.days == 1 and told.days == 2
        and told.start <= day.start <= told.end  # type: ignore[operator]
    )


# A time of the event itself, not of someone's words about it
_EVENT_TIME = re.compile(
    r"\b(?:in\s+the\s+early\s+hours|at\s+(?:about|around)\s+\d|shortly\s+(?:before|after)\s+"
    r"(?:\d|midnight|dawn)|at\s+dawn|before\s+dawn)\b",
    re.IGNORECASE,
)


def _strike_dated_in_it(text: str, ref: date | None) -> bool:
    """ "sentenced two officers … for the missile strike on the Amstor mall in Kremenchuk in
    June 2022": the proceedings name the strike with its own date, so it is told too."""
    trigger = lx.STRONG_TRIGGER.search(text)
    return trigger is not None and bool(find_dates(text[trigger.end() :], ref))


def _court_case(text: str, s: Sentence, reading: Reading) -> bool:
    """ "According to the investigation, …" in a paragraph about a trial or an arrest."""
    if not lx.INVESTIGATION.search(text):
        return False
    told = [
        x.span.text for x in reading.sentences if x.paragraph == s.paragraph and x.index <= s.index
    ]
    return any(lx.COURT_CASE.search(t) for t in told)


RETOLD_REACH = 100  # "The attack on a residential building and a recreation centre in X"


def _read_table_row(
    article: Article, s: Sentence, cells: list[Cell], gaz: PlaceResolver,
    hints: tuple[str, ...], reading: Reading, mentions: list[Mention],
) -> None:  # fmt: skip
    """A pasted tracker's row: its place cell is struck on its date cell's day, with the
    figures of the header's columns (rows of ground fighting are no strikes)."""
    text = s.span.text
    if lx.NOT_A_STRIKE.search(text) or not (lx.TRIGGER.search(text) or find_weapon(text)):
        return
    where = where_text(cells, reading.table_figures)
    for cell in [where] if where is not None else [c for c in cells if c.text.strip()]:
        found = [
            p for p in find_places(cell.text, gaz, hints)
            if p.place is not None and p.place.precision != "country"
        ]  # fmt: skip
        if not found:
            continue
        pm = found[0]
        if where is not None:  # the row's own cell, not the text built from two
            pm = replace(pm, start=0, end=min(len(pm.text), len(cell.text)), clause_start=0)
        at = replace(pm, start=pm.start + cell.start, end=pm.end + cell.start, role="target",
                     clause_start=pm.clause_start + cell.start)  # fmt: skip
        m = _mention(article, s, at, reading)
        cols = reading.table_figures
        m.killed = figure_in(cells, cols.get("killed")) if cols else m.killed
        m.injured = figure_in(cells, cols.get("injured")) if cols else m.injured
        mentions.append(m)
        reading.last, reading.last_index = m, s.index
        return


def _told_before(
    text: str, targets: list[PlaceMention], mentions: list[Mention], reading: Reading, s: Sentence
) -> Mention | None:
    """The mention a sentence refers back to when it opens on a strike the article has told
    at that place ("The strike on Mykolaiv came hours before …"), unless it dates its own."""
    head = lx.RETOLD_ATTACK.match(text)
    if head is None:
        return None
    first = next((t for t in targets if t.start >= head.end() - 1), None)
    if first is None or first.place is None or first.start > head.end() + RETOLD_REACH:
        return None
    key = first.place.key
    told = [m for m in mentions if m.place is not None and m.place.key == key]
    own, _ = dates_told(text, reading, s.span.start)
    if not told or (own and not any(own[0].window.overlaps(m.date) for m in told)):
        return None
    # "In the early hours of 22 March 2024, Russia launched … Several missiles hit the Zmiiv
    # plant": the day the story tells now, if the sentence names none, and far from those told
    day = narrative_day(reading, s) if not own else None
    if day is not None and all(_far_apart(day, m.date) for m in told):
        return None
    return told[0]  # the lead event: wire copy refers back to it


# "Russia launched one of its largest attacks on Ukraine's energy system": an attack told
# without a place (not "recorded 151 explosions": a tally)
_AN_ATTACK = re.compile(r"\b(?:attacks?|strikes?|barrage|raid|bombardment)\b", re.IGNORECASE)


_AGAIN = re.compile(r"\b(?:again|once more|another|a second|new)\b", re.IGNORECASE)


def _far_apart(a: DateWindow, b: DateWindow) -> bool:
    """Two windows more than a week apart: a story's slack in telling one day is less."""
    if not (a.known and b.known):
        return False
    assert a.start is not None and a.end is not None and b.start is not None and b.end is not None
    return max((a.start - b.end).days, (b.start - a.end).days) > 7


_IN_TOWN_OF = re.compile(
    r"\b(?:in|at|near)\s+the\s+(?:town|village|city|settlement|urban-type settlement)\s+of\s+$"
)


# a day named in words or numbers ("22 March", "14.05.2024"): cheap before find_dates
_NAMES_A_DAY = re.compile(
    r"\d.*\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|"
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s+\d|\d[./]\d"
)
_TOLD_DAY = ("explicit", "year inferred", "year told")


def _day_told(
    text: str, s: Sentence, reading: Reading, gaz: PlaceResolver, hints: tuple[str, ...]
) -> None:
    """ "The worst day of the month was 22 March.": no event yet, but the day the next
    sentences tell, and the day of the towns it names ("on 1 July, residents of Kobleve
    heard …")."""
    days = [d.window for d in event_dates(text, reading, s.span.start)]
    if len(days) == 1 and days[0].precision == "day" and days[0].basis in _TOLD_DAY:
        reading.day_named = (days[0], s.paragraph, s.index)
        _remember_days(find_places(text, gaz, hints), days[0], reading)


def _list_day(text: str, s: Sentence, reading: Reading) -> None:
    """ "Consequences of attacks over the past day:" names no place, but its day is that of
    the entries that follow ("Kupiansk – the Russians shelled the centre")."""
    days = [d for d in event_dates(text, reading, s.span.start) if d.window.days <= 2]
    if days:
        reading.day, reading.day_at = days[0].window, (s.paragraph, s.index)


_BULLET = re.compile(rf"^\s*(?:{lx.BULLET}|\d{{1,2}}[.)])\s+")
# An unbulleted item that names its district, then only names: "the Kherson district:
# Antonivka, Bilozerka;" (not "Krasnopillia community: the enemy struck Porozok", an entry).
_SETTLEMENTS_HIT = re.compile(
    r"\b(?:settlements|villages|communities|hromadas|localities|towns\s+and\s+villages)\b",
    re.IGNORECASE,
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
    found = [p for p in find_places(s.span.text, gaz, hints) if p.place is not None]
    label = _LABELLED.match(s.span.text)
    # "the Kherson district: Antonivka, Bilozerka;": every place after the district's label.
    # "- Mykolaiv region – 17;": the item's place, not its locators. "— the Bryansk chemical
    # plant in the town of Seltso": the town the plant is in, not the name it bears.
    town = [p for p in found if _IN_TOWN_OF.search(s.span.text[: p.start])]
    items = [p for p in found if p.start >= label.end()] if label else (town or found)[:1]
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


_COUNT_NOUNS = frozenset({"casualties", "deaths", "death", "dead"})
_COUNT_NOUN = re.compile(r"\b(?:casualties|deaths?|dead)\b", re.IGNORECASE)


def _casualties_of_a_period(text: str, reading: Reading, s: Sentence) -> bool:
    """ "The authorities reported civilian casualties in Belgorod and Kursk regions during
    August": counted over a month, with no strike named, is no one event."""
    if not _COUNT_NOUN.search(text):
        return False  # cheap first: most sentences name no casualties at all
    words = {m.group(0).lower() for m in lx.TRIGGER.finditer(text)}
    if not words or not words <= _COUNT_NOUNS:
        return False
    dates = event_dates(text, reading, s.span.start)
    return bool(dates) and all(d.window.precision not in ("day", "days") for d in dates)


def _tells_the_aside(text: str, s: Sentence, reading: Reading) -> bool:
    """Is this the next sentence of a non-event's paragraph, naming no weapon or strike?"""
    paragraph, index = reading.aside
    return (
        s.paragraph == paragraph and s.index - index == 1
        and not lx.STRIKE_WORDS.search(text) and not lx.STRONG_TRIGGER.search(text)
    )  # fmt: skip


def _counts_only(text: str) -> bool:
    return find_figure(text, lx.INJURED) is not None or find_figure(text, lx.KILLED) is not None


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


def _no_attack_after_all(mentions: list[Mention], reading: Reading, s: Sentence) -> None:
    """ "A fire broke out at a depot near Valuyki. Cause unknown, no attack reported.": the
    event just told, if nothing in its own words was a strike, was no incident."""
    told = [
        m for m in mentions
        if s.index - m.sentence.index <= 2 and not lx.STRIKE_WORDS.search(m.sentence.span.text)
    ]  # fmt: skip
    for m in told:  # every place the sentence before named: "in Derbent and Makhachkala"
        mentions.remove(m)
    if told:
        reading.last = None


# "Russian channels are spreading claims of a missile hit on a ship in Chornomorsk. This is
# fake.": the claim just told is denied by the side it names.
_CALLED_FAKE = re.compile(
    r"^\s*(?:This|That|It|These\s+(?:claims?|reports?)|Th(?:e|is)\s+(?:claim|report|information))\s+"
    r"(?:is|was|are|were)\s+(?:a\s+|an\s+)?(?:fake|false|untrue|not\s+true|disinformation|lie|"
    r"fabrication|fabricated)\b",
    re.IGNORECASE,
)


def _denied(mentions: list[Mention], reading: Reading, s: Sentence) -> None:
    """The events of the sentence just before, which this one calls fake."""
    told = [m for m in mentions if 0 < s.index - m.sentence.index <= 1]
    for m in told:
        mentions.remove(m)
    if told:
        reading.last = None


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
        (gaz.region_of(w.place) if _GOVERNOR_AFTER.match(s.span.text[w.end :]) else None) or w.place
        for w in weak
        if w.place is not None
    ]
    for m in reversed(mentions):
        if s.index - m.sentence.index > 6:
            return None
        for area in areas:
            if m.place and (m.place.key == area.key or gaz.within(m.place, area)):
                return m
    return None


_GOVERNOR_AFTER = re.compile(r"\s+[Gg]overnor\b")


def _one_places_count(tally: re.Match[str] | None, targets: list[PlaceMention], text: str) -> bool:
    """A number of strikes on a single town ("6 air strikes on Stepnohirsk"), or on one region
    in one day ("312 strikes on the Zaporizhzhia region over the past day": the region's day),
    not a region's tally of a longer time or a trend ("intensified attacks")."""
    if tally is None or not tally.group(0)[:1].isdigit() or not targets:
        return False
    if len(targets) > 1:
        # "4 air strikes on Huliaipole and Malokaterynivka": the towns the count is on, named
        # right after it (not a region's tally followed by a list of its worst-hit places)
        towns = all(t.place is not None and t.place.precision == "town" for t in targets)
        return towns and len(targets) <= 3 and bool(_ON_TOWNS.match(text, tally.end()))
    place = targets[0].place
    if place is None or place.precision == "country":
        return False
    return place.precision == "town" or _ONE_DAY.search(text) is not None


_ON_TOWNS = re.compile(
    r"\s+(?:on|at|against)\s+(?:the\s+(?:towns?|villages?|settlements?)\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?(?:,\s+[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)*"
    r"(?:,?\s+and\s+[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+)?)?\s*(?:[,.;]|$)"
)


# A count bounded by one day or night.
_ONE_DAY = re.compile(
    r"\b(?:over|during|in)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|night)\b|\bovernight\b|"
    r"\b(?:on|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:yesterday|today|this\s+morning|last\s+night)\b",
    re.IGNORECASE,
)


# "whether to let Kyiv use weapons to hit targets inside Russia": a strike as a purpose.
_TO_STRIKE = re.compile(
    r"(?<!continued\s)(?<!continue\s)(?<!continues\s)(?<!began\s)(?<!begun\s)(?<!started\s)"
    r"(?<!attempted\s)(?<!tried\s)\bto\s+$"
)
_REPELLED = re.compile(r"repelled|repulsed", re.IGNORECASE)
_FACILITY = re.compile(rf"\b{lx.FACILITY}\b", re.IGNORECASE)
_KILLED_WHEN = re.compile(
    r"\b(?:killed|died|wounded|injured)\s+(?:when|as|after|in)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:missile|drone|rocket|shell|bomb|strike|attack|shelling)",
    re.IGNORECASE,
)
_STRIKE_VERBS = frozenset({"strike", "hit", "attack", "shell", "bomb", "target", "destroy"})


def _irrealis(text: str) -> bool:
    """Every strike word of the sentence is something that did not happen ("permission to
    strike targets", "unless attacked", "weapons to hit targets inside Russia")."""
    found = list(lx.TRIGGER.finditer(text))
    return bool(found) and all(
        lx.IRREALIS_BEFORE.search(text[: m.start()])
        or (m.group(0).lower() in _STRIKE_VERBS and _TO_STRIKE.search(text[: m.start()]))
        for m in found
    )


def _read_event_sentence(
    article: Article, s: Sentence, gaz: PlaceResolver, hints: tuple[str, ...],
    reading: Reading, mentions: list[Mention],
) -> None:  # fmt: skip
    text = s.span.text
    if lx.NEW_EVENT.match(text):
        reading.last = None
    main = _main_clauses(text)
    mourning = lx.AFTERMATH.search(main)
    # "Sloviansk buried a family killed when a missile hit their block on Friday": a story
    # that opens on a funeral tells the strike, and the town that mourns is the one struck
    mourned_here = bool(mourning) and not mentions and bool(_KILLED_WHEN.search(text))
    if mourning and not lx.STRIKE_WORDS.search(main) and not mourned_here:
        return  # a funeral, a day of mourning: the event told before goes on
    negated = lx.NEGATED_STRIKE.search(text)  # rare: strip only when there is a denial
    denied = negated is not None and not lx.TRIGGER.search(lx.NEGATED_STRIKE.sub(" ", text))
    legal = lx.LEGAL.search(main) is not None and not _strike_dated_in_it(text, reading.ref)
    if legal or _irrealis(main) or denied or _court_case(text, s, reading):
        # A trial, a threat, or strikes the sentence says did not happen.
        reading.last = None
        return
    not_strike = lx.NOT_A_STRIKE.search(main) or lx.NOT_AN_ATTACK.search(main)
    if not_strike and _REPELLED.fullmatch(not_strike.group(0)) and _FACILITY.search(main):
        # "the attack on the Novokuybyshevsk refinery was repelled": a drone attack beaten
        # off over a plant, not a ground assault (those are repelled near villages)
        not_strike = None
    weapons = lx.STRIKE_WORDS.search(lx.LEFTOVER.sub(" ", text))
    if not_strike and not weapons or lx.DISPOSAL.search(main):
        # "a tractor hit a landmine", "forces clashed near X": someone was hurt, nobody struck.
        reading.last, reading.aside = None, (s.paragraph, s.index)
        return
    if _tells_the_aside(text, s, reading):
        return  # "The driver was injured and hospitalised": the accident's, not a strike's
    near = focus(reading)
    found = [p for p in find_places(text, gaz, hints, near) if p.text not in reading.people]
    places = city_districts(one_sense(found, reading), text, reading)
    targets, weak = event_places(text, places)
    if not targets and not weak and reading.entry and reading.entry[0] == s.paragraph:
        targets = [reading.entry[1]]  # "Yasinovataya. A UAV dropped an explosive device…"
    if mourned_here and not targets:
        targets = [p for p in places if p.place and p.place.precision == "town"][:1]
    if not targets and not weak:
        targets = anaphora_targets(text, reading, s, gaz)
    towns = [p.place for p in places if p.place and p.place.precision == "town"]
    reading.last_town = towns[-1] if towns else reading.last_town
    if not targets and weak:
        home = _recent_within(mentions, weak, s, gaz)
        own, _ = dates_told(text, reading, s.span.start)
        if (
            home is not None and own and home.date.known
            and not own[0].window.overlaps(home.date)
            and (home.date_explicit or _AGAIN.search(text))
        ):  # fmt: skip
            # "On Sunday, the Belgorod governor said drones had again targeted the city":
            # another day at the same place is another event. (An event told undated, the
            # toll's day first, takes this day: "The governor on Friday evening put the toll
            # at 50".)
            home = None
            targets = weak
        if home is not None:
            # "Vitaliy Kim, the governor of the Mykolaiv region, said the city…"
            reading.last = home
            _continue(home, s, reading)
            return
    if not targets and not weak:
        # A live entry's own heading ("Guided bombs hit Zaporizhzhia") starts a new event.
        targets = section_targets(reading, s, gaz, hints)
    last = reading.last
    if not targets and _TALLY_OPENING.match(text) and len({m.place for m in mentions}) > 1:
        reading.last = None  # a roundup's sum over its places, no one event's figure
        return
    # "Lviv's mayor says parts of the city are without power after strikes": another town's
    # official speaks of his own town, not of the event told before.
    elsewhere = last is not None and any(
        w.place is not None and w.place.precision == "town"
        and (last.place is None or w.place.key != last.place.key)
        and _mayor_of(w.text).search(text) is not None
        for w in weak
    )  # fmt: skip
    if not targets and not elsewhere and _continues(last, s, reading):
        assert last is not None
        _continue(last, s, reading)
        _nobody_hurt_in_paragraph(mentions, s)
        return
    targets = targets or weak
    tally = lx.AGGREGATE.search(text)
    aggregate_only = tally is not None and not lx.TRIGGER.search(lx.AGGREGATE.sub("", text))
    if aggregate_only and _one_places_count(tally, targets, text):
        aggregate_only = False  # "6 air strikes on Stepnohirsk": the count is one town's day
    habit, period = lx.HABITUAL.search(text), lx.DURING_A_PERIOD.search(text)
    # dates only when a habit or a period asks (find_dates is the reader's dearest step)
    dates = event_dates(text, reading, s.span.start) if habit or period else []
    # "under near-daily bombardment since early March": a period's start dates no event.
    own = [d for d in dates if not SINCE.search(text[: d.start - s.span.start])]
    if habit and not any(d.window.precision in ("day", "days") for d in own):
        # "has repeatedly attacked Izmail since … July": a habit, whatever month it names
        aggregate_only = True
    if period and not dates:
        aggregate_only = True
    if lx.ONGOING.search(text) or lx.WAR_TALLY.search(text):
        aggregate_only = True
    if _casualties_of_a_period(text, reading, s):
        aggregate_only = True
    if not targets and not aggregate_only:
        targets = profile_targets(text, reading, gaz)
    if not targets and not mentions and not aggregate_only:
        targets = title_targets(reading, s, gaz, hints) or dateline_targets(text, gaz)
    elif not mentions and targets and not aggregate_only:
        targets = title_town_inside(targets, reading, s, gaz, hints)
    if not targets or aggregate_only:
        # Another event without a place (or a tally): what follows no longer continues the last one.
        reading.last = None
        counted = (
            find_figure(text, lx.KILLED) is not None or find_figure(text, lx.INJURED) is not None
        )
        if not aggregate_only and counted and lx.STRIKE_WORDS.search(text):
            reading.placeless = s
        if not aggregate_only and (lx.STRIKE_WORDS.search(text) or _AN_ATTACK.search(text)):
            # "On Friday, Russia fired 122 missiles at Ukrainian cities. The toll in Kyiv …":
            # a strike told without a place still sets the day the story is telling.
            own, _ = dates_told(text, reading, s.span.start)
            # "minutes after the first", "later that day": relative to the story, not a day
            own = [d for d in own if not RELATIVE_TO_STORY.search(d.text)]
            if own and own[0].window.days <= 2:  # a day, or a night ("overnight into Thursday")
                reading.day, reading.day_at = own[0].window, (s.paragraph, s.index)
                # "The same morning, missiles hit the dam": the morning of this day
                reading.anchor = own[0].window.end
                # "The first missile arrived … on 7 August, when the centre of Pokrovsk was
                # still busy": the town's day, though the sentence strikes no named place
                _remember_days(places, own[0].window, reading)
        return
    lead, reading.placeless = reading.placeless, None
    told = _told_before(text, targets, mentions, reading, s) if lead is None else None
    if told is not None:
        # "The strike on Mykolaiv came hours before …": the event told already goes on.
        reading.last = told
        _continue(told, s, reading)
        return
    retold = lead is not None and len(targets) == 1 and s.index - lead.index <= 3
    for pm in targets:
        m = _mention(article, s, pm, reading, tuple(t.text for t in targets if t is not pm))
        if retold and lead is not None and lx.RETOLD_ATTACK.match(text):
            _continue(m, lead, reading)  # the toll told before the place was named
        m.place_ambiguous = pm.place is not None and gaz.is_ambiguous(pm.text, hints)
        mentions.append(m)
        if pm.place is not None and pm.place.precision == "town" and pm.place.lat is not None:
            assert pm.place.lon is not None
            reading.towns_seen.add(pm.place.lat, pm.place.lon)
        if _DAYS_BEFORE_THIS.search(text[: pm.start]):
            # "…, a day after a strike on Sumy": what follows goes on with the news, on the
            # day this sentence tells ("A day after the attack on Kyiv, on the night of …")
            own, _ = dates_told(text, reading, s.span.start)
            if own and own[0].window.days <= 2:
                reading.day, reading.day_at = own[0].window, (s.paragraph, s.index)
            continue
        reading.last, reading.last_index = m, s.index
        if m.date_explicit and m.date.end:
            _remember_days([pm], m.date, reading)
            reading.anchor = m.date.end
            reading.day, reading.day_at = m.date, (s.paragraph, s.index)
