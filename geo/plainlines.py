"""A note's strike line the reader made nothing of, read plainly: its places struck, its day.

Notes are telegraphic ("russian rocket into a 5-storey on Zhylianska, 1 dead"): the reader
is written for prose, and a line it cannot parse was lost whole. A line that names a strike
and a town it struck, on a day its stamp or its own words give, is an event all the same.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo import lexicon as lx
from geo.articles import Sentence
from geo.attribution import find_actor
from geo.loglines import CHAT_STAMP, CHECKBOX
from geo.mention import Mention, _mention
from geo.model import Article
from geo.nonevent import REFUTED_INLINE
from geo.notehome import home_said, home_targets, no_place_of_the_line, struck_at_home
from geo.placephrase import find_places
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading, paragraph_so_far, paragraph_start

# the days a plain line may take: written on it, or on its log's stamp or section
_DAYS_WRITTEN = frozenset({"explicit", "year inferred", "labelled", "relative"})


def plain_strike_line(
    article: Article, s: Sentence, read_before: int, mentions: list[Mention],
    reading: Reading, gaz: PlaceResolver, hints: tuple[str, ...],
) -> None:  # fmt: skip
    """Add the line's strike at its first town struck, when the reader added nothing for it.

    Parameters
    ----------
    article, s
        The article and the line just read.
    read_before
        How many mentions there were before the line was read.
    mentions
        The article's mentions so far (appended to).
    reading, gaz, hints
        The reading state as the line left it, the resolver and the story's regions.
    """
    text = s.span.text
    if s.heading or s.index == 0 or len(mentions) > read_before or not _tells_a_strike(text):
        return
    if (verdict := lx.CODER_VERDICT.search(text)) is not None and verdict.group(0).startswith("#"):
        return  # (the line's own coding tag kept it off the map: "… re-posted. #dup (of 9)")
    logged = _logs_line(s, reading)
    # (a bullet under a log's day heading may tell of the log's own town: "sat 25.06 ¶ - around
    # 17h sirens, ~17:20 big boom. russian rockets hit the STO … other side of town")
    # (or a line of its own under it: "Thu 17.11.2022 ¶ R1. First week out … This morning
    # something hit the big police building on the corner")
    # (a bare line, not a bullet, tells of a thing struck, not of a habit: "patients are
    # moved during shelling")
    sectioned = reading.section is not None and (
        _BULLET_LINE.match(text) is not None
        or (_SOMETHING_STRUCK.search(text) is not None and _under_its_day_heading(s, reading))
    )
    if any(m.sentence.index == s.index for m in mentions[-3:]) or not (logged or sectioned):
        return
    found = [p for p in find_places(text, gaz, hints) if p.place is not None]
    towns = [p for p in found if p.role == "target" and p.place and p.place.precision == "town"]
    # (a bullet under a log's day heading names its place as a stamped line does: "3.07 sun
    # ¶ - 2nd site (Shestakove): russian shelling ~5 am, barn roof + 14 cows dead")
    towns = (towns or _opening_town(text, found)) if logged or sectioned else []
    towns = towns or _at_home(s, found, mentions, reading, gaz, sectioned)
    if not towns:
        return
    if _taken_in(s, mentions, towns[0]):
        return  # (a line an event told at its town took in: "… says it was their strike on X")
    if _ANOTHER_DAY.search(text, _stamp_end(text)):
        return  # "28.02 Sviatohirsk order cancelled: yday the russians hit …": not the stamp's day
    m = _mention(article, s, towns[0], reading)
    if m.date.basis in _DAYS_WRITTEN and m.date.days <= 2:
        # (a day on the line or its stamp is written for it, even when a later sentence of
        # the line tells the strike: "5.07.22 (tue) - the central market. 2 souls. Russian
        # cluster shells"; it is no undated reference to fold into another day's strike)
        m.date_explicit = m.date_explicit or m.date.basis != "relative"
        mentions.append(m)
        # (its toll, told next, is its own: "… missiles with cluster warheads on Kharkiv,
        # apartment blocks. 1 killed, 112 wounded, Reuters says.")
        reading.last, reading.last_index = m, s.index


# (not "yday 29/09 russians fired at the stop": a day counted back, then written)
_ANOTHER_DAY = re.compile(
    r"\b(?:yday|yesterday|the\s+day\s+before|last\s+night)\b(?!\s*[,(]?\s*\d)", re.IGNORECASE
)


def _stamp_end(text: str) -> int:
    stamp = lx.LINE_STAMP_HEAD.match(text)
    return stamp.end() if stamp is not None else 0


# (not "thu 22.09 Kyiv said …", "Dnipro garage says …": a voice, not the line's place)
_VOICE_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,2}}?\s+{lx.SPEECH.pattern}", re.IGNORECASE)


def _opening_town(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """The town a stamped line opens with, where no place is struck: "thu 22.09  Nikopol from
    05:00 again under fire …, the russians shell it from the ZNPP side"."""
    stamp = lx.LINE_STAMP_HEAD.match(text) or _BULLET_LINE.match(text)
    first = found[0] if found else None
    if stamp is None or first is None or first.place is None or first.place.precision != "town":
        return []
    # (or a bullet's label that names its site and its town: "- 2nd site (Shestakove): …")
    head = _SITE_LABEL.sub("", text[stamp.end() : first.start])
    stamped = lx.LINE_STAMP_HEAD.match(text) is not None
    opens = head.strip(" -–—:|(") == "" and (
        stamped or _LABEL_END.match(text, first.end) is not None
    )
    if not opens or _VOICE_AFTER.match(text, first.end):
        return []
    return [replace(first, role="target")]


def items_town(s: Sentence, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    """The town a bullet or a stamped line opened with, for its later placeless sentence:
    '- "Teddy" (Kryvyi Rih), debt 38,600. … a russian missile hit the block next to them'
    is of Kryvyi Rih, not of the title's town."""
    first = reading.sentences[paragraph_start(s, reading)]
    if first.index == s.index or not _tells_a_strike(s.span.text):
        return []
    opening = [p for p in find_places(first.span.text, gaz, reading.hints) if p.place is not None]
    return _opening_town(first.span.text, opening)


_BULLET_LINE = re.compile(rf"^\s*{lx.BULLET}")
_SOMETHING_STRUCK = re.compile(
    r"\b(?:hit|struck|shelled|bombed|exploded|landed|destroyed|damaged|burned|burnt|fell|"
    r"worked\s+on)\b",
    re.I,
)
_SITE_LABEL = re.compile(
    r"^\s*(?:(?:(?:the|our|\d\w*|main|2nd|new|old)\s+)?(?:site|farm|plant|office|"
    r"branch|depot|warehouse|store|shop|point|base)"
    # (or a client's quoted name: '- "Teddy" (Kryvyi Rih), debt 38,600 since last June')
    r"|[\"“«][^\"“”«»]{1,30}[\"”»])\s*(?=\()",
    re.IGNORECASE,
)
_LABEL_END = re.compile(r"\)?\s*(?:[:,(]|[-–—]\s|(?:again|under|hit|shelled|struck)\b)")


def _at_home(
    s: Sentence, found: list[PlaceMention], mentions: list[Mention], reading: Reading,
    gaz: PlaceResolver, sectioned: bool = False,
) -> list[PlaceMention]:  # fmt: skip
    """A stamped line of a log that names no place tells of the log's own town: "21:45  BIG
    explosion, windows in our hall rattled. rashists hit a 4-storey … in the centre"."""
    # (a place goods came from or went to is not where anything fell: "flour 2 t from
    # Zaporizhzhia (Oleh). russian shelling … hit the creativity centre")
    # (but a visitor's "from Halahanivka … shelled the farm in their village" is there)
    theirs = _THEIR_PLACE.search(s.span.text) is not None
    if any(
        p.place is not None and p.place.precision != "country"
        and not no_place_of_the_line(s.span.text, p)
        and (theirs or not _FROM_OR_TO.search(s.span.text, 0, p.start))
        for p in found
    ):  # fmt: skip
        return []
    # (the entry's later sentence too: "2025 hrs  loud explosions. Terekhov on telegram: the
    # russians hit critical infrastructure", unless the entry has told its event already)
    # (the line's every sentence so far: "5.07.22 (tue) - the central market. 2 souls.
    # Russian cluster shells")
    line = paragraph_so_far(s, reading)
    home = home_targets(reading, gaz)
    # ("Client No. 122 (House of Culture, Korabelnyi district) …": a district of its own town)
    own = home[0].place if home else None
    if not (sectioned or _logs_line(s, reading)) or not struck_at_home(line, own):
        return []
    if any(m.sentence.paragraph == s.paragraph for m in mentions[-3:]):
        return []
    # ("Mon 07.03 — Viazivka (ours, …): the old wooden church is gone. Bunechko wrote that the
    # russians shelled it": the town the line opened with, not the log's own)
    first = reading.sentences[paragraph_start(s, reading)].span.text
    opening = [p for p in find_places(first, gaz, reading.hints) if p.place is not None]
    if first != s.span.text and (opened := _opening_town(first, opening)):
        return opened
    # (a building the line names after another town is that town's: "the parade in Sevastopol
    # was cancelled. … a drone flew into the yard of the fleet headquarters")
    earlier = line[: len(line) - len(s.span.text)]
    if not home_said(s.span.text) and any(
        p.place is not None and p.role != "context" and not _FROM_OR_TO.search(earlier, 0, p.start)
        for p in find_places(earlier, gaz, reading.hints)
    ):  # fmt: skip
        return []
    if _CAME_INTO.search(s.span.text) and (went := _town_gone_to(earlier, reading, gaz)):
        # ("Z4 in Zaporizhzhia. Left Dnipro 05:30 by car. When I came into the city the
        # russians were striking it": the town the writer went to, not the log's own)
        return went
    return home


def _taken_in(s: Sentence, mentions: list[Mention], town: PlaceMention) -> bool:
    return any(
        any(sp.start == s.span.start for sp, _, _ in m.spans)
        and m.place is not None and town.place is not None and m.place.key == town.place.key
        for m in mentions[-3:]
    )  # fmt: skip


def _town_gone_to(earlier: str, reading: Reading, gaz: PlaceResolver) -> list[PlaceMention]:
    towns = [
        p for p in find_places(earlier, gaz, reading.hints)
        if p.place is not None and p.place.precision == "town"
        and not lx.LEFT_FROM.search(earlier, max(0, p.start - 14), p.start)
        and not _FROM_OR_TO.search(earlier, max(0, p.start - 8), p.start)
    ]  # fmt: skip
    return [PlaceMention(0, 0, towns[-1].text, towns[-1].place, "target")] if towns else []


_CAME_INTO = re.compile(
    r"\b(?:came|come|got|drove|arrived)\s+(?:in)?to\s+the\s+(?:city|town)\b|\barrived\s+in\s+the\s+(?:city|town)\b",
    re.IGNORECASE,
)
_FROM_OR_TO = re.compile(r"\b(?:from|to|via|for)\s+$", re.IGNORECASE)
_THEIR_PLACE = re.compile(r"\b(?:their|her|his)\s+(?:village|town|city|home|house|farm)\b", re.I)


def _under_its_day_heading(s: Sentence, reading: Reading) -> bool:
    """Is the line under the day heading that opened the section, with no other heading
    between?"""
    assert reading.section is not None
    at = reading.section[1]
    return at < s.index and not any(x.heading for x in reading.sentences[at + 1 : s.index])


def _logs_line(s: Sentence, reading: Reading) -> bool:
    """Is the line a log's entry, opened by its stamp (prose's lines are read as prose)?"""
    first = reading.sentences[paragraph_start(s, reading)].span.text
    # (or a chat export's "[08.02.23, 05:40] Oksana:")
    # (or a checklist's box: "[x] event: night 30→31.07, combined russian attack …")
    return bool(
        lx.LINE_STAMP_HEAD.match(first) or CHAT_STAMP.match(first.lstrip()) or CHECKBOX.match(first)
    )


# (the lexicon's weapons, in a note's case and plural: "S-300s", "shaheds", "KABs")
_WEAPON_INTO = re.compile(
    rf"\b(?:(?:{lx.WEAPON_MODELS})s?|{lx.WEAPON_NOUN}|KABs?)\s+(?:into|on|onto|at)\s+(?:the\s+)?\w",
    re.IGNORECASE,
)


_STRUCK_ELSEWHERE = re.compile(
    r"\b(?:missiles?|drones?|strikes?|attacks?|shelling)\s+(?:(?:morning|night|day|evening|wave)\s+)?"
    r"(?:elsewhere|in\s+other\s+(?:regions|cities|towns|oblasts|parts\s+of\s+the\s+country))\b",
    re.IGNORECASE,
)


def _tells_a_strike(text: str) -> bool:
    text = lx.CAUSE_DENIED.sub(
        " ", lx.A_WORD_AS_WORD.sub(" ", lx.STRIKES_REFERRED_TO.sub(" ", text))
    )
    armed = lx.STRIKE_WORDS.search(lx.NOT_THE_WAR.sub(" ", text))  # (not "NOT the shelling")
    # (a side and its verb say it as well as a weapon does: "the russians hit critical
    # infrastructure")
    # (or a side's weapon sent somewhere: "russian S-300s into the houses by the river")
    struck = lx.STRONG_TRIGGER.search(text) is not None or _WEAPON_INTO.search(text) is not None
    sided = struck and (find_actor(text)[0] is not None or lx.NOTE_SIDE.search(text) is not None)
    return bool(
        (armed or sided)
        and not lx.NOT_A_STRIKE.search(text)
        and not lx.NOT_AN_ATTACK_IN(text)
        # (sappers' work, as the reader of prose has it: "Sappers took away an old shell")
        and not lx.DISPOSAL.search(text)
        # ("drones flew low over the yard at night, nothing fell here": an alert's, no strike)
        and not (
            lx.NOTHING_STRUCK.search(text)
            and not lx.TRIGGER.search(lx.NOTHING_STRUCK.sub(" ", text))
        )
        # ('"missile fell in Zatoka again" — fake, it was air defence far away')
        and not REFUTED_INLINE.search(text)
        # ("Power off across the town after the big missile morning elsewhere")
        and not _STRUCK_ELSEWHERE.search(text)
        # ("shells Donetsk daily", "since the morning the city has been under fire": a habit,
        # a span, a tally: what the reader left out on purpose)
        and not lx.HABITUAL.search(lx.WHO_CLAUSE.sub(" ", text))
        and not lx.DURING_A_PERIOD.search(text)
        and not lx.ONGOING.search(text)
        and not lx.WAR_TALLY.search(text)
    )
