"""A region's centre named by its role, not its name.

"Drones attacked the territory of the Bryansk region, including the regional centre": the
city struck is Bryansk, which the text points at without writing it. The oblast's centre is
the town its name is made from (Bryansk, Kursk, Kharkiv), found in that oblast.
"""

from __future__ import annotations

import re

from geo.model import Place
from geo.placetypes import PlaceMention, PlaceResolver

_REGIONAL_CENTRE = re.compile(
    r",?\s+(?:including|in\s+particular|notably|especially|and)\s+(?:in\s+|on\s+)?the\s+"
    r"(?:regional|oblast|region['’]s)\s+(?:centre|center|capital)\b",
    re.IGNORECASE,
)
_REGION_WORD = re.compile(r"\s+(?:Oblast|Region|Krai|Republic)$", re.IGNORECASE)


def regional_centres(
    found: list[PlaceMention], text: str, gaz: PlaceResolver
) -> list[PlaceMention]:
    """Add the centre a region's "including the regional centre" points at.

    Parameters
    ----------
    found
        The sentence's places, in order.
    text
        The sentence.
    gaz
        The resolver, for the centre's town.

    Returns
    -------
    list of PlaceMention
        ``found``, with each such centre after its region, in the region's role.
    """
    out: list[PlaceMention] = []
    for pm in found:
        out.append(pm)
        said = _REGIONAL_CENTRE.match(text, pm.end)
        centre = _centre_of(pm.place, gaz) if said is not None else None
        if said is not None and centre is not None:
            a, b = said.span()
            out.append(PlaceMention(a, b, centre.name, centre, pm.role, pm.clause_start))
    return out


def _centre_of(region: Place | None, gaz: PlaceResolver) -> Place | None:
    """The town an oblast is named after, inside that oblast."""
    if region is None or region.precision != "region" or region.admin1 is None:
        return None
    base = _REGION_WORD.sub("", region.admin1)
    town = gaz.resolve(base, (base,), "town")
    ok = town is not None and town.precision == "town" and town.admin1 == region.admin1
    return town if ok else None
