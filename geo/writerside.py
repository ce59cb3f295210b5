"""Whose side a writer is on, read from how the text names the two sides.

A Ukrainian note writes "the russians" in small letters and calls them occupiers; a Russian
one writes of "the Kiev regime". A writer's "our army hit the base in Svatove" is a strike of
the writer's side, told as that side's claim.
"""

from __future__ import annotations

import re

from geo import lexicon as lx

# (quoted words are the other side's: 'the "Kiev regime" says' in a Ukrainian note)
_QUOTED = re.compile(r"[\"“«][^\"”»\n]{0,200}[\"”»]")
# (the russians in small letters inside a sentence, or by a Ukrainian name for them)
_UKRAINIAN_VOICE = re.compile(
    rf"(?<![.!?]\s)(?<!^)\b(?-i:russians?)\b|\b{lx.THE_INVADERS}\b", re.IGNORECASE | re.MULTILINE
)
_RUSSIAN_VOICE = re.compile(
    r"\bKiev\s+regime\b|\bBanderites?\b|\bneo-?Nazis?\b|\bUkrainian\s+(?:militants|nationalists|formations)\b"
    r"|\bVSU\b|\bthe\s+Ukrainians\s+(?:hit|struck|shelled|attacked|fired|bombed)\b",
    re.IGNORECASE,
)
# "our army hit the base", "our forces struck the russians' depot", "ours hit them at night"
_OUR_FORCES = re.compile(
    r"\b(?:our\s+(?:army|forces|troops|military|guys|boys|defenders|artillery(?:men)?|gunners|"
    r"drones|navy|air\s+force|soldiers|units|side)|ours)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:hit|struck|shelled|attacked|destroyed|bombed|took\s+out|blew\s+up|targeted|smashed)\b",
    re.IGNORECASE,
)


def writer_side(text: str) -> str | None:
    """The side the writer is on, when the text names the sides only as one side would.

    Parameters
    ----------
    text
        The whole text.

    Returns
    -------
    str or None
        ``lexicon.UKRAINE`` or ``lexicon.RUSSIA``; None when the text's words are of both
        sides, or of neither.
    """
    plain = _QUOTED.sub(" ", text)
    ukrainian = len(_UKRAINIAN_VOICE.findall(plain))
    russian = len(_RUSSIAN_VOICE.findall(plain))
    if ukrainian >= 2 and russian == 0:
        return lx.UKRAINE
    if russian >= 2 and ukrainian == 0:
        return lx.RUSSIA
    return None


def our_side_struck(text: str, side: str | None) -> str | None:
    """The writer's side, when the sentence tells that "our" forces struck."""
    return side if side is not None and _OUR_FORCES.search(text) else None
