"""A facility named after a town that is not where it stands.

Pipelines, plants and stations often bear a name that is also a town's: "the Druzhba pumping
station" near Novozybkov is named for the pipeline, not for a village called Druzhba in
Ternopil oblast. When the sentence places the strike at a town of another country, the name
before the facility's noun is the facility's own, not a second place struck.
"""

from __future__ import annotations

import re
from dataclasses import replace

from geo import lexicon as lx
from geo.placetypes import PlaceMention

# "<Name> pumping station", "<Name> pipeline", "<Name> plant": the noun right after the name
_FACILITY_NEXT = re.compile(rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{lx.FACILITY}|pipelines?)\b", re.I)


def facilities_named_elsewhere(found: list[PlaceMention], text: str) -> list[PlaceMention]:
    """Make context of a town's name that only names a facility placed in another country.

    Parameters
    ----------
    found
        The sentence's places, with their roles.
    text
        The sentence.

    Returns
    -------
    list of PlaceMention
        ``found``, with such names' role set to "context".
    """
    towns = [p for p in found if p.is_town and p.role == "target" and p.place is not None]
    if len(towns) < 2:
        return found
    return [_named_for(p, towns, text) for p in found]


def _named_for(pm: PlaceMention, towns: list[PlaceMention], text: str) -> PlaceMention:
    if pm not in towns or not _FACILITY_NEXT.match(text, pm.end) or pm.place is None:
        return pm
    country = pm.place.country
    elsewhere = [
        t for t in towns
        if t is not pm and t.place is not None and t.place.country != country
    ]  # fmt: skip
    return replace(pm, role="context") if elsewhere else pm
