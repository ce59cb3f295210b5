"""Place names → :class:`~geo.model.Place`: offline first, context-aware, online opt-in.

:func:`resolve` picks the place a name most likely means from the candidates
:mod:`geo.placerank` ranks in context, falling back to the written region when the
name is unknown inside it; :func:`geocode` parses a free-text query ("X, Kharkiv
Oblast") and asks the optional online fallback (:mod:`geo.onlinegeocoder`) only
when the offline gazetteer knows nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from geo.gazetteer import Gazetteer
from geo.model import Place
from geo.onlinegeocoder import OnlineGeocoder
from geo.placenames import normalize_name
from geo.placerank import (
    BIG_CITY,
    GeoHints,
    _Context,
    _context,
    _designated,
    _in_region,
    _is_ambiguous,
    _rank,
)
from geo.regionfallbacks import section_of, site_named, spelled_like, town_across_border
from geo.translit import slavic_adjective_forms

KINDS = ("any", "town", "region", "country")
MAX_CANDIDATES = 10
_COUNTRY_CODES = {
    "ukraine": "UA",
    "russia": "RU",
    "belarus": "BY",
    "moldova": "MD",
    "poland": "PL",
    "romania": "RO",
    "georgia": "GE",
    "united states": "US",
    "usa": "US",
    "united kingdom": "GB",
    "uk": "GB",
    "britain": "GB",
    "germany": "DE",
    "france": "FR",
}


@dataclass(frozen=True)
class Resolution:
    """The answer for one name: the chosen place, the runners-up and how sure."""

    query: str
    place: Place | None
    candidates: tuple[Place, ...]
    ambiguous: bool
    score: float
    message: str | None = None


def _ranked_with_fallbacks(
    gaz: Gazetteer, name: str, ctx: _Context
) -> tuple[list[tuple[float, Place]], str | None]:
    """Rank the name as written, then without its designator ("X district" → X)."""
    for form in _adjectival_districts(name):
        # "the Belgorod district" of a Russian oblast is its Belgorodsky district
        scored = _rank(gaz, form, ctx)
        if scored:
            return scored, None
    scored = _rank(gaz, name, ctx)
    if soft := soft_sign_forms(name):
        # "Zimogorye" is Zymohiria's Russian name, which GeoNames spells "Zimogor'e" and
        # "Zimogorie" (and a Novgorod village "Zimogor'ye"): every spelling's places compete
        found = {p.key: (sc, p) for form in (name, *soft) for sc, p in _rank(gaz, form, ctx)}
        scored = sorted(found.values(), key=lambda sp: (-sp[0], sp[1].key))
    if not scored:
        # "New Korotich" is Novyi Korotych: an English translation of the name's adjective
        found = {
            p.key: (sc, p)
            for form in slavic_adjective_forms(name)
            for sc, p in _rank(gaz, form, ctx)
        }
        scored = sorted(found.values(), key=lambda sp: (-sp[0], sp[1].key))
    designated = _designated(name)
    if scored or designated is None:
        return scored, None
    base, kind = designated
    if ctx.kind in ("any", kind):
        scored = _rank(gaz, base, replace(ctx, kind=kind))
        if scored:
            return scored, None
    if kind == "region" and ctx.kind == "any":
        # An unknown district named after its town: the town is the best we have
        # ("the Proletarsky district" is Proletarsk's, not a Ukrainian village once so named)
        for form in (*_district_towns(base), base):
            scored = _rank(gaz, form, replace(ctx, kind="town"))
            if scored:
                return scored, f"{name!r} not in gazetteer; used the town {form!r}"
    return [], None


_SOFT_END = re.compile(r"(?<=[bcdfghklmnprstvz])(?:['’]?ye|ie|['’]e)$")


def soft_sign_forms(name: str) -> list[str]:
    """The other romanisations of a Russian name's final "-ье": "Zimogorye", "Zimogorie",
    "Zimogor'e" and "Zimogor'ye" are one Зимогорье (none for a name without that ending)."""
    m = _SOFT_END.search(name)
    if m is None:
        return []
    stem = name[: m.start()]
    return [f for f in (stem + "ye", stem + "ie", stem + "'e", stem + "'ye") if f != name]


def _district_towns(adjective: str) -> list[str]:
    """'Proletarsky' → 'Proletarsk', 'Glushkovsky' → 'Glushkovo', 'Shebekinsky' →
    'Shebekino': the town a Russian district's adjective is formed from."""
    m = re.fullmatch(r"(.+?)(sk)(?:y|iy|yi|ij|ii)", adjective)
    if m is None:
        return []
    stem = m.group(1)
    return [stem + "sk", stem + "o", stem + "a", stem, stem + "i"]


_DISTRICT_OF = re.compile(r"^([A-Z][\w'’-]+)\s+(?:district|raion|rayon)$", re.IGNORECASE)


def _adjectival_districts(name: str) -> list[str]:
    """'Belgorod district' → 'Belgorodsky district', 'Shebekino district' →
    'Shebekinsky district': how Russian district names are formed from their town's."""
    m = _DISTRICT_OF.match(name.strip())
    if m is None or re.search(r"(?:sky|skiy|skyi|ska|ske)$", m.group(1)):
        return []
    base = m.group(1)
    stems = [base + "y"] if base.endswith("sk") else [base + "sky"]
    if base[-1] in "aoeiy":
        stems.append(base[:-1] + "sky")
    return [f"{stem} district" for stem in stems]


def resolve(
    gaz: Gazetteer,
    name: str,
    hints: GeoHints = GeoHints(),  # noqa: B008
    kind: str = "any",
) -> Resolution:
    """Pick the place a name most likely means, given its context.

    Parameters
    ----------
    gaz : Gazetteer
        The offline index.
    name : str
        A place name, optionally with a designator: ``"Kharkiv region"``,
        ``"Korochansky district"``, ``"region of Kharkiv"``, ``"Sumy city"``.
    hints : GeoHints
        Regions named nearby, the country focus (most likely first), a nearby point.
    kind : {"any", "town", "region", "country"}
        Restrict candidates to one precision.

    Returns
    -------
    Resolution
        ``place`` None (never an exception) when nothing matches.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    ctx = _context(gaz, hints, kind)
    scored, message = _ranked_with_fallbacks(gaz, name, ctx)
    inside = not ctx.regions or any(_in_region(gaz, p, ctx.region_keys) for _, p in scored)
    site = None if (scored and inside) or kind not in ("any", "town") else site_named(name, ctx)
    if site is not None:
        return Resolution(name, site, (site,), False, 0.0, f"{name!r} read as a named site")
    if (
        hints.strict_regions
        and ctx.regions
        and kind in ("any", "town")
        and not any(_in_region(gaz, p, ctx.region_keys) for _, p in scored)
    ):
        region = ctx.regions[0]
        section = section_of(gaz, name, ctx)
        if section is not None:
            message = f"{name!r} not a town of {region.name}; read as a section of a city there"
            return Resolution(name, section, (section, region), False, 0.0, message)
        across = town_across_border(scored, name, ctx)
        if across is not None:
            message = f"{name!r} not known in {region.name}; read as {across.name}, next to it"
            return Resolution(name, across, (across, region), False, 0.0, message)
        near = spelled_like(gaz, name, ctx)
        if near is not None:
            message = f"{name!r} not known in {region.name}; read as {near.name!r}"
            return Resolution(name, near, (near,), False, 0.0, message)
        return Resolution(
            name,
            region,
            (region, *(p for _, p in scored[: MAX_CANDIDATES - 1])),
            False,
            0.0,
            f"{name!r} not known in {region.name}; used the region",
        )
    if not scored:
        return Resolution(name, None, (), False, 0.0, message)
    scored = _city_over_hinted_hamlet(scored, ctx)
    best_score, best = scored[0]
    candidates = tuple(p for _, p in scored[:MAX_CANDIDATES])
    return Resolution(
        name, best, candidates, _is_ambiguous(gaz, scored), round(best_score, 3), message
    )


HAMLET = 1_000  # people: a hint of its region alone does not make it outrank a big city


def _city_over_hinted_hamlet(
    scored: list[tuple[float, Place]], ctx: _Context
) -> list[tuple[float, Place]]:
    """ "The western city of Lviv" in a story that names the Dnipropetrovsk region: the city
    of 717,000, not that region's hamlet Lviv of 113. A region written next to the name
    (strict) still decides; a hinted town ("Donetsk" of 50,000 in the Rostov region) too."""
    top = scored[0][1]
    if ctx.strict or not ctx.region_keys or not 0 < top.population < HAMLET:
        return scored
    city = next((sp for sp in scored[1:] if sp[1].population >= BIG_CITY), None)
    return [city, *(sp for sp in scored if sp is not city)] if city else scored


def parse_query(query: str) -> tuple[str, GeoHints]:
    """Split ``"Pervomaiske, Kharkiv Oblast"`` into a name and hints.

    Parameters
    ----------
    query : str
        ``name[, region][, country]``; parentheses work like commas:
        ``"Pervomaiske (Kharkiv Oblast)"``.

    Returns
    -------
    (str, GeoHints)
        Later parts that name a well-known country become the leading country
        focus; the rest become region hints.
    """
    parts = [p.strip() for p in re.split(r"[,()]", query) if p.strip()]
    if not parts:
        return "", GeoHints()
    regions: list[str] = []
    countries: list[str] = []
    for part in parts[1:]:
        code = _COUNTRY_CODES.get(normalize_name(part))
        if code is None and len(part) == 2 and part.isupper():
            code = part
        (countries if code else regions).append(code or part)
    focus = tuple(dict.fromkeys([*countries, *GeoHints().countries]))
    return parts[0], GeoHints(regions=tuple(regions), countries=focus, strict_regions=bool(regions))


def _merge_hints(parsed: GeoHints, given: GeoHints | None) -> GeoHints:
    """Caller's hints win; regions from the query string are added to them."""
    if given is None:
        return parsed
    regions = tuple(dict.fromkeys([*parsed.regions, *given.regions]))
    extra = [c for c in parsed.countries if c not in GeoHints().countries]
    countries = tuple(dict.fromkeys([*extra, *given.countries]))
    return GeoHints(
        regions=regions,
        countries=countries,
        near=given.near,
        strict_regions=parsed.strict_regions or given.strict_regions,
    )


def geocode(
    gaz: Gazetteer, query: str, hints: GeoHints | None = None, online: OnlineGeocoder | None = None
) -> Resolution:
    """Geocode a free-text query: offline first, online only on an offline miss.

    Parameters
    ----------
    gaz : Gazetteer
        The offline index.
    query : str
        ``"Kharkiv"``, ``"Pervomaiske, Kharkiv Oblast"``, ``"Korochansky district"``.
    hints : GeoHints, optional
        Context from the surrounding text; merged with hints in the query itself.
    online : OnlineGeocoder, optional
        Asked only when the gazetteer has no candidate at all.
    """
    name, parsed = parse_query(query)
    offline = resolve(gaz, name, _merge_hints(parsed, hints))
    if offline.candidates or online is None:
        return replace(offline, query=query)
    place, error = online.lookup(query)
    if place is None:
        message = f"{error}; no offline answer" if error else "not found offline or online"
        return Resolution(query, None, (), False, 0.0, message)
    return Resolution(query, place, (place,), False, 0.0, "offline miss; used online geocoder")


def geocode_records(
    queries: list[str], gaz: Gazetteer, online: OnlineGeocoder | None = None
) -> list[dict]:
    """One flat, JSON-ready dict per query (nulls when not found).

    Returns
    -------
    list of dict
        Keys ``query, name, country, lat, lon, precision, source``.
    """
    out = []
    for query in queries:
        p = geocode(gaz, query, online=online).place
        out.append(
            {
                "query": query,
                "name": p.name if p else None,
                "country": p.country if p else None,
                "lat": p.lat if p else None,
                "lon": p.lon if p else None,
                "precision": p.precision if p else None,
                "source": p.source if p else None,
            }
        )
    return out
