"""A namesake placed by its raion, narrowed by a locator the text gives it later.

"A civilian was killed in Stepnoye of the Volnovakha district" names a raion that holds two
Stepnes; "Stepnoye, a small village near Novaya Karakuba" a few sentences on says which. The
later locator is finer than the earlier raion, so the event moves to the one it points at,
as long as that one lies in the same oblast (and raion, when known) as the first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.articles import Sentence
from geo.model import Place
from geo.placephrase import find_places
from geo.placetypes import PlaceResolver

if TYPE_CHECKING:
    from geo.story import Reading


def finer_sense(reading: Reading, gaz: PlaceResolver) -> None:
    """Move each event placed by its raion or oblast to the namesake a later locator names.

    Parameters
    ----------
    reading
        The article's reading, after all its sentences.
    gaz
        The resolver the sentences were read with.
    """
    for m, name in reading.by_unit:
        if m.place is None or m.place.precision != "town":
            continue
        later = reading.sentences[m.sentence.index + 1 :]
        finer = _located_later(name, later, reading, gaz)
        if finer is not None and finer.key != m.place.key and _same_unit(finer, m.place):
            m.place = finer


def _located_later(
    name: str, later: list[Sentence], reading: Reading, gaz: PlaceResolver
) -> Place | None:
    """The one town a later sentence places ``name`` at by a locator ("X, near Y")."""
    key = name.casefold()
    for s in later:
        if key not in s.span.text.casefold():
            continue
        for p in find_places(s.span.text, gaz, reading.hints):
            if p.query is None or p.place is None:
                continue
            said, regions, placed = p.query
            told = s.span.text
            if (
                placed and not regions and said.casefold() == key
                and _LOCATOR_AFTER.match(told, p.end) is not None
                and _ANOTHER_BEFORE.search(told, max(0, p.start - 20), p.start) is None
            ):  # fmt: skip
                return p.place if p.place.precision == "town" else None
    return None


# the locator right after the name ("Stepnoye, a small village near Novaya Karakuba")
_LOCATOR_AFTER = re.compile(
    r"\s*,?\s+(?:an?\s+(?:[\w-]+\s+)?(?:village|town|settlement|hamlet)\s+)?"
    r"(?:just\s+)?(?:near|outside|by|next\s+to|close\s+to)\s+[A-Z]"
)
# (not a namesake told apart: "there is a second Dmytrivka in Berezanka hromada")
_ANOTHER_BEFORE = re.compile(r"\b(?:second|other|another|different)\s+$", re.IGNORECASE)


def _same_unit(a: Place, b: Place) -> bool:
    """Same oblast, and the same raion where both are known."""
    if a.admin1 != b.admin1:
        return False
    return a.admin2 is None or b.admin2 is None or a.admin2 == b.admin2
