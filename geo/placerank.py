"""Ranking a name's gazetteer candidates against the text's context.

Ambiguity is resolved by scoring every gazetteer candidate against the text's
context (regions named nearby, the country focus, a nearby point) plus priors
(primary name beats alternate name, bigger beats smaller), never by taking the
first hit. :class:`GeoHints` is the context as written; ``_context`` turns it into
comparable facts once per article; ``_rank`` scores the candidates (the ``W_*``
weights); :func:`geo.geocode.resolve` picks among them.
"""

from __future__ import annotations

import math
import re
import weakref
from dataclasses import dataclass

from geo.gazetteer import Gazetteer
from geo.model import Place
from geo.placenames import normalize_name
from geo.spelling import regions_like
from geo.translit import press_variants, skeleton

# Score weights. A region named nearby outweighs everything else; the country
# focus outweighs the primary/alternate prior (so "Odessa" is Odesa, Ukraine,
# whose alternate name it is, not Odessa, Texas, whose primary name it is).
# Population counts per decade, so a city beats a same-named hamlet but a village in
# the focus country can still beat a middling foreign town.
W_REGION = 4.0  # a region written next to the name ("X, Kharkiv region")
# A region named elsewhere in the article: a hint, not a qualifier. It decides between
# villages of one name, but not between a 700k city and a 200-person namesake.
W_REGION_HINT = 3.0
W_RAION = 2.0  # on top of W_REGION: "Mykolaivka, Kramatorsk raion" among 14 in Donetsk oblast
# A raion written next to the name outweighs any population: the village of that raion
# is meant, not the town of the same name 100 km away.
W_RAION_STRICT = 4.0
W_SEAT = 0.4  # per level: oblast seat > raion seat > hromada seat > village
W_COUNTRY = (2.0, 1.2, 0.8)
W_PRIMARY = 0.6
W_POP_PER_DECADE = 0.5
W_THEATRE = 0.5  # inside a curated region (Ukraine, western Russia, Belarus): the war zone
W_TOWN = 0.3  # "Kharkiv" alone means the city, not the oblast
W_COUNTRY_NAME = 1.5  # "Moldova" means the country, not a village with that alias
# "in New York", "in Paris": a world city of millions abroad, not the Donetsk-oblast village
# named after it (unless the text places the name in the oblast, which W_REGION outweighs)
W_METROPOLIS = 2.0
METROPOLIS_POP = 1_000_000
W_NEAR_PER_KM = 1 / 50
W_NEAR_MAX = 3.0  # siblings in a list 200 km away outweigh a city’s population
AMBIGUOUS_MARGIN = 1.0
INNER_MIN_KM = 50.0  # only an oblast-sized region holds another
AMBIGUOUS_KM = 30.0

_REGION_WORDS = "oblast|obl|region|province|krai|kray|territory|republic|district|raion|rayon|r-n"
_SUFFIX = re.compile(rf"^(?:the\s+)?(.+?)\s+({_REGION_WORDS}|city|town|village)$", re.I)
_PREFIX = re.compile(rf"^(?:the\s+)?({_REGION_WORDS}|city|town|village)\s+of\s+(.+)$", re.I)


@dataclass(frozen=True)
class GeoHints:
    """What the surrounding text says about where a place is."""

    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ("UA", "RU")
    near: tuple[float, float] | None = None
    # True when the regions qualify the name itself ("X, Kharkiv Oblast"): then a
    # name unknown inside them resolves to the region rather than to a namesake elsewhere.
    strict_regions: bool = False


@dataclass(frozen=True)
class _Context:
    """Hints turned into comparable facts (region keys, ISO codes)."""

    region_keys: frozenset[str]
    regions: tuple[Place, ...]
    countries: tuple[str, ...]
    near: tuple[float, float] | None
    kind: str
    strict: bool = False


def haversine_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance in km between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _fits(place: Place, kind: str) -> bool:
    return kind == "any" or place.precision == kind


# One article's hints are the same for every name in it: resolving them once keeps a long
# text linear (they were 250 µs per name on a 300 KB paste). Kept per gazetteer, weakly, so a
# test's throwaway gazetteer is not held alive by the cache.
_CONTEXTS: weakref.WeakKeyDictionary[Gazetteer, dict[tuple[GeoHints, str], _Context]] = (
    weakref.WeakKeyDictionary()
)


def _context(gaz: Gazetteer, hints: GeoHints, kind: str) -> _Context:
    memo = _CONTEXTS.setdefault(gaz, {})
    if len(memo) > 4096:
        memo.clear()
    ctx = memo.get((hints, kind))
    if ctx is None:
        ctx = memo[(hints, kind)] = _hint_context(gaz, hints, kind)
    return ctx


def _hint_context(gaz: Gazetteer, hints: GeoHints, kind: str) -> _Context:
    """Resolve hint names to region keys; a hint that names a country joins the focus."""
    keys: set[str] = set()
    regions: list[Place] = []
    countries = [c.upper() for c in hints.countries]
    for hint in hints.regions:
        found = [p for p in gaz.lookup(hint) if p.precision != "town"]
        designated = _designated(hint) if not found else None
        if designated is not None:
            # "Belgorod district" unknown as written: the region its base names.
            found = [p for p in gaz.lookup(designated[0]) if p.precision == "region"]
        if not found:
            found = regions_like(gaz, hint)  # "Oblast Charkiw", "Tsjernihiv Oblast"
        for place in found[:1] if found and found[0].precision == "country" else found:
            if place.precision == "country" and place.country:
                countries.insert(0, place.country)
                continue
            regions.append(place)
            keys.add(place.key)
            keys.update(r.key for r in _regions_inside(gaz, place))
            region = gaz.region_of(place)
            if region is not None and not place.key.startswith("raion:"):
                keys.add(region.key)
            elif region is not None:
                # A raion hint also says its oblast, and counts for the oblast's towns less.
                keys.add(f"oblast-of:{region.key}")
    focus = tuple(dict.fromkeys(countries))  # de-duplicated, order kept
    return _Context(frozenset(keys), tuple(regions), focus, hints.near, kind, hints.strict_regions)


def _regions_inside(gaz: Gazetteer, area: Place) -> list[Place]:
    """Smaller regions whose centre lies well inside a written one: "Sevastopol, Crimea"
    (the city is its own region on the peninsula), "Kyiv, Kyiv Oblast"."""
    if area.key.startswith("raion:") or not area.located or area.radius_km < INNER_MIN_KM:
        return []
    assert area.lat is not None and area.lon is not None
    return [
        r for r in gaz.top_regions(area.country)
        if r.key != area.key and r.located and r.radius_km < area.radius_km / 2
        and haversine_km((area.lat, area.lon), (r.lat, r.lon)) <= area.radius_km * 0.75  # type: ignore[arg-type]
    ]  # fmt: skip


def _country_weight(country: str | None, focus: tuple[str, ...]) -> float:
    if country is None or country not in focus:
        return 0.0
    return W_COUNTRY[min(focus.index(country), len(W_COUNTRY) - 1)]


def _in_region(gaz: Gazetteer, place: Place, keys: frozenset[str]) -> bool:
    if place.key in keys:
        return True
    region = gaz.region_of(place)
    if region is not None and (region.key in keys or f"oblast-of:{region.key}" in keys):
        return True
    return _in_raion(gaz, place, keys)


def _in_raion(gaz: Gazetteer, place: Place, keys: frozenset[str]) -> bool:
    raion = gaz.raion_of(place)
    return raion is not None and raion.key in keys and raion.key != place.key


def _score(gaz: Gazetteer, place: Place, primary: bool, ctx: _Context) -> float:
    """Context fit plus priors; higher is better (see the W_* weights)."""
    s = W_PRIMARY if primary else 0.0
    s += _country_weight(place.country, ctx.countries)
    s += min(math.log10(place.population + 1), 7.0) * W_POP_PER_DECADE
    if place.precision == "town" and place.admin1 is not None:
        s += W_THEATRE
    if ctx.region_keys and _in_region(gaz, place, ctx.region_keys):
        s += W_REGION if ctx.strict else W_REGION_HINT
        if _in_raion(gaz, place, ctx.region_keys):
            s += W_RAION_STRICT if ctx.strict else W_RAION
    if place.precision == "town":
        # Oblast seats count as raion seats: their population already speaks for them.
        s += min(place.seat, 2) * W_SEAT
    if ctx.kind == "any" and place.precision == "town":
        s += W_TOWN
    if (
        place.precision == "town" and place.population >= METROPOLIS_POP
        and place.admin1 is None  # (abroad: outside the theatre the gazetteer curates)
        and place.country not in ctx.countries
    ):  # fmt: skip
        s += W_METROPOLIS
    if place.precision == "country":
        s += W_COUNTRY_NAME
        if ctx.region_keys and not ctx.strict:
            # "In neighbouring Moldova" in a story of the Odesa region: the region's hint
            # chooses among its namesakes, not between a country and its village alias
            s += W_REGION_HINT
    if ctx.near is not None and place.located:
        assert place.lat is not None and place.lon is not None
        s -= min(haversine_km(ctx.near, (place.lat, place.lon)) * W_NEAR_PER_KM, W_NEAR_MAX)
    return s


def _nested(gaz: Gazetteer, a: Place, b: Place) -> bool:
    """True when one place is the region containing the other (not a real ambiguity)."""
    ra, rb = gaz.region_of(a), gaz.region_of(b)
    return (ra is not None and ra.key == b.key) or (rb is not None and rb.key == a.key)


def _is_ambiguous(gaz: Gazetteer, scored: list[tuple[float, Place]]) -> bool:
    """Top two close in score yet far apart on the map."""
    if len(scored) < 2:
        return False
    (s1, p1), (s2, p2) = scored[0], scored[1]
    if s1 - s2 > AMBIGUOUS_MARGIN or not (p1.located and p2.located) or _nested(gaz, p1, p2):
        return False
    assert p1.lat is not None and p1.lon is not None and p2.lat is not None
    assert p2.lon is not None
    return haversine_km((p1.lat, p1.lon), (p2.lat, p2.lon)) > AMBIGUOUS_KM


def _rank(gaz: Gazetteer, name: str, ctx: _Context) -> list[tuple[float, Place]]:
    """Every candidate of the right kind, best first (ties broken by key: deterministic)."""
    entries = [(p, primary) for p, primary in gaz.entries(name) if _fits(p, ctx.kind)]
    bones = skeleton(normalize_name(name))
    if ctx.strict and ctx.region_keys:
        # Inside the region written next to the name, a place called so today beats one
        # that was called so once (Ivanivka, Kherson raion, is not Bilozerka, ex-Ivanivka);
        # its name in another romanisation (Serhiyivka for Serhiivka) is its name today.
        def today(p: Place, primary: bool) -> bool:
            # (its name in Russian today counts too: Mykolaivka is Nikolayevka, not a town
            # once called Nikolayevka)
            return (
                primary
                or skeleton(normalize_name(p.name)) == bones
                or any(skeleton(normalize_name(v)) == bones for v in press_variants(p.name))
            )

        inside = [e for e in entries if _in_region(gaz, e[0], ctx.region_keys)]
        # (the raion written decides before its oblast: "Nikolayevka in the Beryslav
        # district" is the raion's Mykolaivka, not a Nikolayevka elsewhere in Kherson oblast)
        inside = [e for e in inside if _in_raion(gaz, e[0], ctx.region_keys)] or inside
        current = [e for e in inside if today(*e)]
        former = [e for e in inside if not today(*e)]
        if current and former:
            entries = [e for e in entries if e not in former]
    entries = _without_borrowed(entries, name)
    # "Serhiivka" and "Serhiyivka" spell one Сергіївка: a place whose own name is the one
    # written in another romanisation is as much called so as one spelled letter for letter
    # (unless a big city answers to it: "Zaporizhzhia" is the city, not a hamlet's spelling)
    # Only where some place is named exactly so: with none, a town renamed since (Zlatopil,
    # once Pervomaiskyi) keeps its claim by size over a hamlet spelled a little like it.
    big = any(p.precision == "town" and p.population >= BIG_CITY for p, _ in entries)
    exact_only = big or not any(primary for _, primary in entries)
    # (but of two towns of a size, the one called so today, in another romanisation, beats one
    # that was once: "Prosiana" is Prosyana (4,840), not Vilne (5,432), once Prosyana)
    most = max((p.population for p, _ in entries), default=0)

    def its_own(p: Place) -> bool:
        if skeleton(normalize_name(p.name)) != bones:
            return False
        return not exact_only or (not big and p.population * 2 >= most > 0)

    scored = [(_score(gaz, p, primary or its_own(p), ctx), p) for p, primary in entries]
    scored.sort(key=lambda sp: (-sp[0], sp[1].key))
    return scored


BIG_CITY = 100_000


def _without_borrowed(entries: list[tuple[Place, bool]], name: str) -> list[tuple[Place, bool]]:
    """A big city's name is its own: GeoNames lists "Mykolaiv" among the aliases of the
    village of Mykolaivka (14,000), but a text that writes it means the city (470,000). An
    alias is dropped when a city of its country ten times as big answers to the same name,
    unless it spells the place's own name (the villages called Kamianske keep it)."""
    bigs = [p for p, _ in entries if p.precision == "town" and p.population >= BIG_CITY]
    if not bigs:
        return entries
    bones = skeleton(normalize_name(name))
    return [
        (p, primary) for p, primary in entries
        if primary or p.precision != "town" or skeleton(normalize_name(p.name)) == bones
        or not any(
            b.country == p.country and b.population >= 10 * max(p.population, 1) for b in bigs
        )
    ]  # fmt: skip


def _designated(name: str) -> tuple[str, str] | None:
    """Split "Kharkiv region" / "region of Kharkiv" / "Sumy city" into (base, kind)."""
    m = _SUFFIX.match(name.strip())
    base, word = (m.group(1), m.group(2)) if m else (None, None)
    if m is None:
        p = _PREFIX.match(name.strip())
        if p is None:
            return None
        base, word = p.group(2), p.group(1)
    assert base is not None and word is not None
    return base, "town" if word.lower() in ("city", "town", "village") else "region"
