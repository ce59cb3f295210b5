"""Namesakes a sentence sets aside: "(there is another Sadove in the Skadovsk district)".

A text that names a place and, next to it, the namesake it does not mean has said which one
it means: the bare name is any namesake but the one set aside. The namesake kept is the one
nearest the sentence's other towns, else the biggest.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo.model import Place
from geo.namesakes import DISCLAIMED
from geo.placerank import haversine_km
from geo.placetypes import PlaceMention, PlaceResolver

DISCLAIMER_REACH = 60  # characters before a namesake that may set it aside


def not_the_disclaimed(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """Move each place placed at a namesake the sentence sets aside to another namesake.

    Parameters
    ----------
    found
        The sentence's places, in order.
    text
        The sentence.
    gaz
        The place resolver, for the other namesakes.
    """
    set_aside = {
        pm.place.key
        for pm in found
        if pm.place is not None and pm.place.precision == "town"
        and (
            (pm.role == "context"
             and DISCLAIMED.search(text, max(0, pm.start - DISCLAIMER_REACH), pm.start))
            # ("NOT the Zolochiv near Lviv": the name itself set aside)
            or _NOT_THE_NAME.search(text, max(0, pm.start - 12), pm.start) is not None
        )
    }  # fmt: skip
    if not set_aside:
        return found
    return [_another(pm, found, gaz) if _set_aside(pm, set_aside) else pm for pm in found]


_NOT_THE_NAME = re.compile(r"\b(?:not|NOT|Not)\s+the\s+$")


def _set_aside(pm: PlaceMention, keys: set[str]) -> bool:
    return pm.role != "context" and pm.place is not None and pm.place.key in keys


def _another(pm: PlaceMention, found: list[PlaceMention], gaz: PlaceResolver) -> PlaceMention:
    """The mention at the namesake nearest the sentence's other towns (else the biggest)."""
    assert pm.place is not None
    others = [
        o.place for o in found
        if o is not pm and o.role != "context" and o.place is not None and o.place.located
    ]  # fmt: skip
    rest = [c for c in gaz.namesakes(pm.text) if c.key != pm.place.key and c.located]
    if not rest:
        return pm
    return replace(pm, place=min(rest, key=lambda c: _nearness(c, others)))


def _nearness(c: Place, others: list[Place]) -> tuple[float, float]:
    assert c.lat is not None and c.lon is not None
    far = min(
        (haversine_km((c.lat, c.lon), (o.lat, o.lon)) for o in others
         if o.lat is not None and o.lon is not None),
        default=0.0,
    )  # fmt: skip
    return (far, -c.population)
