"""Sentences that tell no one event: threats, trials, denials, asides and tallies.

A strike that did not happen ("permission to strike"), a court case, "This is fake", a
period's casualties, a count over a region; and the one count that is a town's day.
"""

from __future__ import annotations

import itertools
import re
from datetime import date

from geo import lexicon as lx
from geo.articles import Sentence
from geo.attribution import tells_a_toll
from geo.dates import find_dates
from geo.eventday import event_dates
from geo.mention import Mention
from geo.placephrase import find_places
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading


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


def _no_attack_after_all(mentions: list[Mention], reading: Reading, s: Sentence) -> None:
    """ "A fire broke out at a depot near Valuyki. Cause unknown, no attack reported.": the
    event just told, if nothing in its own words was a strike, was no incident."""
    # The paragraph may tell the toll and the names before it reaches the cause.
    told = [
        m for m in mentions
        if (s.index - m.sentence.index <= 2 or (
            (m.sentence.paragraph == s.paragraph or _same_craft(m.sentence.span.text, s.span.text))
            and s.index - m.sentence.index <= 4))
        and not lx.STRIKE_WORDS.search(m.sentence.span.text)
        # (nor a side's blow in its own words: "The russians hit the municipal gallery")
        and not _A_SIDES_BLOW.search(m.sentence.span.text)
    ]  # fmt: skip
    for m in told:  # every place the sentence before named: "in Derbent and Makhachkala"
        mentions.remove(m)
    if told:
        reading.last = None


_A_SIDES_BLOW = re.compile(
    r"\b(?:the\s+)?(?:russians|rashists|ruzzians|occupiers|orcs|ukrainians)\s+(?:[a-z]+\s+)?"
    r"(?:hit|struck|shelled|bombed|attacked)\b",
    re.IGNORECASE,
)
# "… a helicopter crashed in Brovary. ¶ The police said 14 were killed. … ¶ There was no
# indication the helicopter had been shot down.": the craft the denial names
_CRAFT = re.compile(
    r"\b(?:helicopter|plane|aircraft|airliner|jet|ship|vessel|boat|tanker|train|bus|lorry|truck)s?\b",
    re.IGNORECASE,
)


def _same_craft(told: str, denial: str) -> bool:
    named = {m.group(0).lower().rstrip("s") for m in _CRAFT.finditer(denial)}
    return any(m.group(0).lower().rstrip("s") in named for m in _CRAFT.finditer(told))


# "Russian channels are spreading claims of a missile hit on a ship in Chornomorsk. This is
# fake.": the claim just told is denied by the side it names.
_CALLED_FAKE = re.compile(
    # (a chat's stamp, speaker and addressee first: "[09.01.2025, 07:49] Tetiana (teacher):
    # Marina, NO, it is a fake")
    r"^\s*(?:\[[^\]]{4,30}\]\s*[^:\n]{1,60}:\s*(?:[A-Z][\w'’-]+,\s*)?)?(?:no|nope)?\W*"
    r"(?:This|That|It|These\s+(?:claims?|reports?)|Th(?:e|is)\s+(?:claim|report|information))\s+"
    r"(?:is|was|are|were)\s+(?:a\s+|an\s+)?(?:fake|false|untrue|not\s+true|disinformation|lie|"
    r"fabrication|fabricated|wrong|incorrect|mistaken|an?\s+(?:mistake|error)|"
    # ("This was not shelling: sappers destroyed a batch of unexploded shells")
    r"not\s+(?:a\s+|an\s+)?(?:shelling|strike|attack|missile|drone|hit|arrival|enemy\s+fire))\b"
    # a note's verdict on the rumour just told: "NOT true, Sasha's brother lives there", "fake."
    r"|^\W*(?:not\s+true|untrue|fake|false|not\s+confirmed)\b\s*(?:[.,;:!-]|$)",
    re.IGNORECASE,
)


# a note's verdict after a dash on the rumour its clause told: "someone wrote in the district
# chat that the elevator in Slatyne got hit - false, I called them, all fine"
REFUTED_INLINE = re.compile(
    r"\s[-–—]+\s*(?:(?:that['’]?s|it['’]?s|is)\s+)?(?:false|fake|not\s+true|untrue)\b\s*[,.;:!]",
    re.IGNORECASE,
)


def _denied(mentions: list[Mention], reading: Reading, s: Sentence) -> None:
    """The events of the sentence just before, which this one calls fake."""
    told = [m for m in mentions if 0 < s.index - m.sentence.index <= 1]
    for m in told:
        mentions.remove(m)
    if told:
        reading.last = None


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
_ATTEMPT_MADE = re.compile(rf"{lx.ATTEMPT_MADE}$", re.IGNORECASE)
_STRIKE_VERBS = frozenset({"strike", "hit", "attack", "shell", "bomb", "target", "destroy"})


def _irrealis(text: str) -> bool:
    """Every strike word of the sentence is something that did not happen ("permission to
    strike targets", "unless attacked", "weapons to hit targets inside Russia")."""
    # (read lazily: the first strike word that did happen ends the scan)
    found = lx.TRIGGER.finditer(text)
    first = next(found, None)
    return first is not None and all(
        lx.IRREALIS_BEFORE.search(text[: m.start()])
        or (
            m.group(0).lower() in _STRIKE_VERBS
            and _TO_STRIKE.search(text[: m.start()])
            and not _ATTEMPT_MADE.search(text[: m.start()])
            and not lx.USED_THE_MEANS.search(text[: m.start()])
        )
        or _GO_ON_AFTER.match(text, m.end()) is not None
        for m in itertools.chain((first,), found)
    )


# "a spokesman said strikes on military targets in Crimea would continue": strikes to come
_GO_ON_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:would|will)\s+(?:continue|go\s+on|resume|intensify|increase)\b", re.I
)


# Coordinated clauses: "…, and …", "; …", "…, but …"
_COORDINATED = re.compile(r";\s*|,\s+(?:and|but|while|whereas)\s+")


def outside_the_habit(
    text: str, habit: re.Match[str], targets: list[PlaceMention]
) -> list[PlaceMention]:
    """ "its third plant, in Svitlodarsk, has been under occupation since 2022, and the Zmiiv
    plant had been damaged by a strike in March": the places of the clauses that tell a strike
    of their own, not the habit's (none when the sentence is one clause)."""
    bounds = [0, *(m.end() for m in _COORDINATED.finditer(text)), len(text) + 1]
    spans = list(itertools.pairwise(bounds))
    if len(spans) < 2:
        return []
    home = next(i for i, (a, b) in enumerate(spans) if a <= habit.start() < b)
    out = []
    for pm in targets:
        i = next((i for i, (a, b) in enumerate(spans) if a <= pm.start < b), home)
        clause = text[spans[i][0] : spans[i][1]]
        # (not a clause that is a habit too: "…; most strikes hit villages of the X district")
        if i != home and lx.STRIKE_WORDS.search(clause) and not lx.HABITUAL.search(clause):
            out.append(pm)
    return out


def a_state_since(text: str, habit: re.Match[str]) -> bool:
    """ "… hit the energy facility there, the city without light and water since then": a
    "since" that tells how long a state has lasted, in a clause that strikes nothing, counts
    no strikes (not "Kharkiv has been shelled almost daily since February")."""
    # (only "since then": "occupied since March 2022" still tells a period, not one strike)
    if not re.fullmatch(r"since\s+then", habit.group(0), re.IGNORECASE):
        return False
    start = max(text.rfind(",", 0, habit.start()), text.rfind(";", 0, habit.start())) + 1
    return start > 0 and lx.TRIGGER.search(text, start, habit.start()) is None


def a_clause_apart(text: str, tally: re.Pattern[str]) -> bool:
    """ "Russian shelling damaged Gymnasium No. 47 in Kharkiv on Monday …; Kharkiv has been
    shelled almost daily since February": a clause of its own tells a strike the tally's
    clause does not count."""
    clauses = text.split(";")
    return len(clauses) > 1 and any(lx.TRIGGER.search(c) and not tally.search(c) for c in clauses)


_DWELLERS_OF = re.compile(r"\b(?:residents|people|inhabitants|citizens)\s+of\s+(?:the\s+)?$", re.I)


def another_places_denial(
    text: str, mentions: list[Mention], gaz: PlaceResolver, hints: tuple[str, ...]
) -> bool:
    """Does the denial name a place of its own, none of the last event's?"""
    named = {
        p.place.key for p in find_places(text, gaz, hints)
        if p.place is not None and p.place.precision in ("town", "region")
        # (not "Kyiv did not comment": who speaks; but "Residents of Sumy heard the sirens,
        # but no hits were recorded": where the people are)
        and (p.role in ("target", "subject") or _DWELLERS_OF.search(text, 0, p.start) is not None)
    }  # fmt: skip
    last = mentions[-1].place if mentions else None
    return bool(named) and (last is None or last.key not in named)


# ("…, so in June the dentist works every day, including Sunday": a consequence's own clause)
_SO_CLAUSE = re.compile(r",\s+so\s+(?!that\b|many\b|much\b|far\b)")
_CLAUSE_BREAK = re.compile(r"[;|]|,\s+so\s+(?!that\b|many\b|much\b|far\b)")


def same_clause(text: str, a: int, b: int) -> bool:
    """ "They get shelled there every day, he says; he can bring it only on Sunday": the day
    (at ``b``) is the habit's (at ``a``) if no semicolon (nor a table's cell border) parts them,
    or if its own clause tells a strike ("…; on 24 July one of them killed two people")."""
    between = text[min(a, b) : max(a, b)]
    if ";" not in between and "|" not in between and not _SO_CLAUSE.search(between):
        return True
    clause = _CLAUSE_BREAK.split(text[b:])[0]
    return bool(lx.TRIGGER.search(clause) or tells_a_toll(clause))
