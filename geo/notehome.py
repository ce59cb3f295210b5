"""A note's home town: the town its header names, which its lines say as "the city".

A shift book, a branch's notes, a warehouse log open on a header that says where the writer
is ("SHIFT BOOK - post 2, warehouse complex, Kharkov (Moskovskyi distr.)"), then go on in
stamped lines that never name it again: "1340 hrs … russian shelling, 2 dead, 5 injured in
the city". Prose names its town in its story; a log names it once, at its head.
"""

from __future__ import annotations

import re

from geo import lexicon as lx
from geo.model import Place
from geo.placephrase import find_places
from geo.placetypes import PlaceMention, PlaceResolver
from geo.story import Reading, one_sense

HEADER_LINES = 4  # a title, a masthead line, a byline, a note to the reader
# (not "copy -> regional office chat, Poltava hub", "truck from Lviv": where things go or come from)
_ELSEWHERE_BEFORE = re.compile(
    r"(?:->|→|\b(?:to|from|via|copy|cc|for|supplier|hub|HQ)\b)[^,;()]{0,30}$", re.IGNORECASE
)
_ELSEWHERE_AFTER = re.compile(r"\s+(?:hub|HQ|office|supplier|depot|warehouse)\b", re.IGNORECASE)


def home_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    """The town a log's header names first, if the text is a log (its lines are stamped).

    Parameters
    ----------
    reading
        The reading state; its sentences and the names it has qualified (``named``).
    gaz
        The place resolver.

    Returns
    -------
    Place or None
        The town, as the text qualifies it elsewhere ("Zolochiv (Bohodukhiv r-n, Kharkiv
        obl.)"); None for prose, or a header that names no town of its own.
    """
    if reading.home is None:
        reading.home = (_header_town(reading, gaz) if _is_a_log(reading) else None,)
    return reading.home[0]


def _is_a_log(reading: Reading) -> bool:
    """Two lines or more open on a stamp ("08.09 thu", "1340 hrs", "5/9 mon")."""
    firsts = [
        s for i, s in enumerate(reading.sentences)
        if i == 0 or reading.sentences[i - 1].paragraph != s.paragraph
    ]  # fmt: skip
    return sum(1 for s in firsts if lx.LINE_STAMP_HEAD.match(s.span.text)) >= 2


def _header_town(reading: Reading, gaz: PlaceResolver) -> Place | None:
    for s in reading.sentences[:HEADER_LINES]:
        if s.index > 0 and lx.LINE_STAMP_HEAD.match(s.span.text):
            return None  # the entries have begun
        for p in one_sense(find_places(s.span.text, gaz, reading.hints), reading):
            if _its_own(s.span.text, p, reading):
                return p.place
    return None


def _its_own(text: str, p: PlaceMention, reading: Reading) -> bool:
    return (
        p.place is not None and p.place.precision == "town"
        and p.text not in reading.people
        and _ELSEWHERE_BEFORE.search(text[: p.start]) is None
        and _ELSEWHERE_AFTER.match(text, p.end) is None
    )  # fmt: skip
