"""Places written the way other languages spell them: "Oblast Charkiw", "obwód
charkowski", "région de Soumy", "Tsjernihiv Oblast", "Kharkivs'ka oblast", "Tschernihiw".

The gazetteer indexes the English, Ukrainian and Russian forms. A region or a sizeable
town written in a German, Dutch, Polish, French or Czech romanisation, or a region as a
Slavic adjective, is found here by its skeleton (:func:`geo.translit.skeleton`), against
few enough places (regions; raion seats and towns of 10,000) that a near miss is still
far from any other. Both indexes are built with the gazetteer's disk cache.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geo.gazetteer import Gazetteer
from geo.model import Place
from geo.placenames import edits_within, normalize_name
from geo.translit import region_stems, skeleton


def _same(a: str, b: str) -> bool:
    if a == b:
        return True
    return min(len(a), len(b)) >= 6 and edits_within(a, b, 1)


@lru_cache(maxsize=4)
def _stem_buckets(gaz: Gazetteer) -> dict[str, list[str]]:
    """Stems by their first and by their last two letters: one slip in a name of six or more
    letters leaves one end whole, so only stems sharing an end need comparing."""
    buckets: dict[str, list[str]] = {}
    for stem in gaz.region_stems():
        buckets.setdefault("^" + stem[:2], []).append(stem)
        buckets.setdefault(stem[-2:] + "$", []).append(stem)
    return buckets


def _near_stems(gaz: Gazetteer, wanted: str) -> set[str]:
    buckets = _stem_buckets(gaz)
    pool = buckets.get("^" + wanted[:2], []) + buckets.get(wanted[-2:] + "$", [])
    return {s for s in pool if abs(len(s) - len(wanted)) <= 1 and _same(wanted, s)}


_DISTRICT = re.compile(r"\b(?:rajon|raion|rayon|district|okres|bezirk)\b", re.IGNORECASE)
_OBLAST = re.compile(
    r"\b(?:oblasts?|obl|region|r[ée]gion|regio|regione|province|obw[oó]d|gebiet|krai|kray|kraj)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def regions_like(gaz: Gazetteer, text: str) -> list[Place]:
    """The regions a foreign or adjectival spelling names, best first; empty when unsure.

    Parameters
    ----------
    gaz : Gazetteer
        The gazetteer (its indexed region names).
    text : str
        A region phrase the index does not know as written.

    Returns
    -------
    list of Place
        One region, or none: two different regions that fit are no answer.
    """
    district = bool(_DISTRICT.search(text))
    oblast = bool(_OBLAST.search(text))
    found: dict[str, Place] = {}
    for wanted in region_stems(normalize_name(text)):
        stems = _near_stems(gaz, wanted)
        # a stem written exactly outranks its near spellings ("Krasnodar", not "Krasnoyar-sk")
        stems = {wanted} if wanted in stems else stems
        for place in (p for s in stems for p in gaz.regions_with_stem(s)):
            raion = place.key.startswith("raion:")
            if not (district and not raion) and not (oblast and raion):
                found[place.key] = place  # "Oblast X" is no raion, "Rajon X" no oblast
    if len({p.admin1 or p.key for p in found.values()}) != 1:
        return []
    # "Charkiw" alone is the oblast and its raion: the oblast.
    return sorted(found.values(), key=lambda p: (p.key.startswith("raion:"), p.key))[:1]


# Letters and digraphs English romanisations of Ukrainian and Russian never use, which
# German, Dutch, Polish, French and Czech ones do: "Charkiw", "Tsjernihiv", "Mikołajów".
_FOREIGN = re.compile(r"w|j|sch|tsj|cz|sz|ou|oe|^ch|tch|ij|z$|^ts", re.IGNORECASE)


def may_be_foreign(name: str) -> bool:
    """A cheap first test on the raw word: long enough, with a mark of a foreign spelling."""
    return len(name) >= 5 and (not name.isascii() or _FOREIGN.search(name) is not None)


@lru_cache(maxsize=65_536)
def city_like(gaz: Gazetteer, name: str) -> str | None:
    """The town name a foreign romanisation spells ("Charkiw" is Kharkiv), if only one.

    Only names with a mark of another language's spelling are tried, and only against
    raion seats and towns of 10,000 people: a village's name is too often someone else's.
    """
    key = normalize_name(name)
    if len(key) < 5 or not _FOREIGN.search(key):
        return None
    for variant in dict.fromkeys(_readings(key)):
        names = {p.name for p in gaz.towns_by_skeleton(skeleton(variant))}
        if len(names) == 1:
            return names.pop()  # namesakes (two Mykolaivs) are then ranked as usual
    return None


def _readings(key: str) -> list[str]:
    """The letters one language reads another way: French j is ж (Zaporijia), German z
    is ц (Marhanez), Czech or Estonian tš is ч (Tšornomorsk)."""
    return [key, key.replace("j", "zh"), key.replace("z", "ts"), key.replace("ts", "ch")]
