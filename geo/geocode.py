"""Place names → :class:`~geo.model.Place`: offline first, context-aware, online opt-in.

Ambiguity is resolved by scoring every gazetteer candidate against the text's
context (regions named nearby, the country focus, a nearby point) plus priors
(primary name beats alternate name, bigger beats smaller), never by taking the
first hit. The optional online fallback (geopy's Nominatim) is only asked when
the offline gazetteer knows nothing, is rate limited, caches its answers on
disk, and turns every fault into a message instead of an exception.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import threading
import warnings
import weakref
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from geo.gazetteer import Gazetteer
from geo.gazetteercache import DEFAULT_CACHE_DIR
from geo.model import Place
from geo.placenames import normalize_name
from geo.spelling import regions_like
from geo.translit import skeleton

log = logging.getLogger(__name__)

USER_AGENT_ENV = "INCIDENT_ATLAS_USER_AGENT"
DEFAULT_USER_AGENT = "incident-atlas/0.1 (+https://github.com/incident-atlas)"
KINDS = ("any", "town", "region", "country")

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
W_NEAR_PER_KM = 1 / 50
W_NEAR_MAX = 3.0  # siblings in a list 200 km away outweigh a city’s population
AMBIGUOUS_MARGIN = 1.0
INNER_MIN_KM = 50.0  # only an oblast-sized region holds another
AMBIGUOUS_KM = 30.0
MAX_CANDIDATES = 10

_REGION_WORDS = "oblast|obl|region|province|krai|kray|territory|republic|district|raion|rayon|r-n"
_SUFFIX = re.compile(rf"^(?:the\s+)?(.+?)\s+({_REGION_WORDS}|city|town|village)$", re.I)
_PREFIX = re.compile(rf"^(?:the\s+)?({_REGION_WORDS}|city|town|village)\s+of\s+(.+)$", re.I)
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
class GeoHints:
    """What the surrounding text says about where a place is."""

    regions: tuple[str, ...] = ()
    countries: tuple[str, ...] = ("UA", "RU")
    near: tuple[float, float] | None = None
    # True when the regions qualify the name itself ("X, Kharkiv Oblast"): then a
    # name unknown inside them resolves to the region rather than to a namesake elsewhere.
    strict_regions: bool = False


@dataclass(frozen=True)
class Resolution:
    """The answer for one name: the chosen place, the runners-up and how sure."""

    query: str
    place: Place | None
    candidates: tuple[Place, ...]
    ambiguous: bool
    score: float
    message: str | None = None


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
    if place.precision == "country":
        s += W_COUNTRY_NAME
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
            return primary or skeleton(normalize_name(p.name)) == bones

        inside = [e for e in entries if _in_region(gaz, e[0], ctx.region_keys)]
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
    exact_only = any(
        p.precision == "town" and p.population >= BIG_CITY for p, _ in entries
    ) or not any(primary for _, primary in entries)
    scored = [
        (
            _score(
                gaz,
                p,
                primary or (not exact_only and skeleton(normalize_name(p.name)) == bones),
                ctx,
            ),
            p,
        )
        for p, primary in entries
    ]
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


def _ranked_with_fallbacks(
    gaz: Gazetteer, name: str, ctx: _Context
) -> tuple[list[tuple[float, Place]], str | None]:
    """Rank the name as written, then without its designator ("X district" → X)."""
    scored = _rank(gaz, name, ctx)
    designated = _designated(name)
    if scored or designated is None:
        return scored, None
    base, kind = designated
    if ctx.kind in ("any", kind):
        scored = _rank(gaz, base, replace(ctx, kind=kind))
        if scored:
            return scored, None
    if kind == "region" and ctx.kind == "any":
        # An unknown district named after its town: the town is the best we have.
        scored = _rank(gaz, base, replace(ctx, kind="town"))
        if scored:
            return scored, f"{name!r} not in gazetteer; used the town {base!r}"
    return [], None


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
    if (
        hints.strict_regions
        and ctx.regions
        and kind in ("any", "town")
        and not any(_in_region(gaz, p, ctx.region_keys) for _, p in scored)
    ):
        region = ctx.regions[0]
        near = _spelled_like(gaz, name, ctx)
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


def _spelled_like(gaz: Gazetteer, name: str, ctx: _Context) -> Place | None:
    """The one town of the written region whose name is a slip from this one, if one is."""
    found: dict[str, Place] = {}
    areas = [a for r in ctx.regions for a in (r, *_regions_inside(gaz, r))]
    for region in areas:
        for p in gaz.spelled_like(name, region.admin1 or region.name):
            if _in_region(gaz, p, ctx.region_keys):
                found[p.key] = p
    ranked = sorted(found.values(), key=lambda p: (-p.seat, -p.population, p.key))
    # Two villages one slip away: no guess (the region is the honest answer).
    if len(ranked) == 1 or (len(ranked) > 1 and ranked[0].seat > ranked[1].seat):
        return ranked[0]
    return None


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


def _bbox_radius_km(raw: dict[str, Any]) -> float:
    """Half the diagonal of Nominatim's bounding box (south, north, west, east)."""
    try:
        s, n, w, e = (float(v) for v in raw["boundingbox"])
    except (KeyError, TypeError, ValueError):
        return 0.0
    return round(haversine_km((s, w), (n, e)) / 2, 1)


def _precision_of(raw: dict[str, Any]) -> str:
    kind = str(raw.get("addresstype") or raw.get("type") or "")
    if kind == "country":
        return "country"
    if kind in ("state", "region", "province", "county", "state_district", "district"):
        return "region"
    return "town"


def place_from_location(location: Any) -> Place:
    """Turn a geopy ``Location`` into a Place; raises ValueError on garbage.

    Parameters
    ----------
    location : geopy.location.Location
        Needs ``latitude``, ``longitude``, ``address`` and a ``raw`` dict.
    """
    try:
        lat, lon = float(location.latitude), float(location.longitude)
        raw = location.raw if isinstance(location.raw, dict) else {}
        address = str(location.address)
    except (AttributeError, TypeError, ValueError) as exc:
        raise ValueError(f"unusable answer: {exc}") from exc
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"coordinates out of range: {lat}, {lon}")
    precision = _precision_of(raw)
    cc = (
        (raw.get("address") or {}).get("country_code")
        if isinstance(raw.get("address"), dict)
        else None
    )
    osm = (
        f"osm:{raw.get('osm_type', 'x')}{raw.get('osm_id', '')}"
        if raw.get("osm_id")
        else f"osm:{normalize_name(address).replace(' ', '-')[:60]}"
    )
    return Place(
        key=osm,
        name=str(raw.get("name") or address.split(",")[0]).strip(),
        country=cc.upper() if isinstance(cc, str) else None,
        lat=lat,
        lon=lon,
        precision=precision,  # type: ignore[arg-type]
        radius_km=0.0 if precision == "town" else _bbox_radius_km(raw),
        source="online",
    )


def _describe(exc: BaseException) -> str:
    """Short human reason for a geocoder fault: 'timeout', 'rate limited (429)'..."""
    name = type(exc).__name__
    if isinstance(exc, TimeoutError) or "Timed" in name or "Timeout" in name:
        return "timeout"
    if "RateLimited" in name or "429" in str(exc):
        return "rate limited (429)"
    return f"{name}: {exc}" if str(exc) else name


@dataclass
class _AnswerCache:
    """normalised query → Place fields (or None for 'not found'), as a JSON file."""

    path: Path
    answers: dict[str, dict[str, Any] | None] = field(default_factory=dict)

    def load(self) -> None:
        if not self.path.exists():
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            self.answers = data
        except (OSError, ValueError) as exc:
            warnings.warn(
                f"online geocoder cache {self.path} is corrupt ({exc}); rebuilding",
                RuntimeWarning,
                stacklevel=3,
            )
            self.answers = {}

    def save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(f".tmp{os.getpid()}")
            tmp.write_text(json.dumps(self.answers, ensure_ascii=False, indent=0), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:  # losing the cache costs requests, not answers
            log.warning("could not write %s: %s", self.path, exc)


class OnlineGeocoder:
    """A rate-limited, disk-cached wrapper around a geopy-like geocoder.

    Parameters
    ----------
    geocoder : object
        Anything with ``.geocode(query, exactly_one=True, **kwargs)``
        (e.g. ``geopy.geocoders.Nominatim``; tests pass a fake).
    cache_path : Path
        JSON file of earlier answers; a corrupt file is rebuilt with a warning.
    min_delay_seconds : float
        Minimum spacing between requests (Nominatim's policy is one per second).
    geocode_kwargs : dict, optional
        Extra keyword arguments for every ``geocode`` call.
    """

    def __init__(
        self,
        geocoder: Any,
        cache_path: Path,
        min_delay_seconds: float = 1.0,
        geocode_kwargs: dict[str, Any] | None = None,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self._geocode: Callable[..., Any] = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            error_wait_seconds=min_delay_seconds,
            swallow_exceptions=False,
        )
        self._kwargs = dict(geocode_kwargs or {})
        self._cache = _AnswerCache(Path(cache_path))
        self._cache.load()
        self._lock = threading.Lock()
        self.requests = 0  # how many times the network was asked (tests check it)

    def lookup(self, query: str) -> tuple[Place | None, str | None]:
        """The online answer for a query and an error message (None when fine).

        Never raises: timeouts, 429s, 5xx and garbage answers become
        ``(None, "online geocoder unavailable: <reason>")`` and are not cached.
        """
        key = normalize_name(query)
        with self._lock:
            if key in self._cache.answers:
                cached = self._cache.answers[key]
                try:
                    return (Place(**cached) if cached else None), None
                except TypeError:  # a damaged entry: forget it and ask again
                    log.warning("online geocoder cache entry for %r is corrupt", query)
                    del self._cache.answers[key]
            try:
                self.requests += 1
                location = self._geocode(query, exactly_one=True, **self._kwargs)
                place = None if location is None else place_from_location(location)
            except Exception as exc:  # any fault: fall back, never break the caller
                log.warning("online geocoder failed for %r: %s", query, exc)
                return None, f"online geocoder unavailable: {_describe(exc)}"
            self._cache.answers[key] = asdict(place) if place else None
            self._cache.save()
            return place, None


def nominatim(
    cache_dir: Path | None = None, user_agent: str | None = None, min_delay_seconds: float = 1.0
) -> OnlineGeocoder:
    """The real online fallback: Nominatim with a descriptive user agent.

    Parameters
    ----------
    cache_dir : Path, optional
        Default ``<repo>/.cache``; answers go to ``nominatim.json`` there.
    user_agent : str, optional
        Default ``$INCIDENT_ATLAS_USER_AGENT`` or :data:`DEFAULT_USER_AGENT`.
    """
    from geopy.geocoders import Nominatim

    agent = user_agent or os.environ.get(USER_AGENT_ENV) or DEFAULT_USER_AGENT
    return OnlineGeocoder(
        Nominatim(user_agent=agent, timeout=10),
        Path(cache_dir or DEFAULT_CACHE_DIR) / "nominatim.json",
        min_delay_seconds,
        {"addressdetails": True, "language": "en"},
    )


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


def default_online_geocoder(cache_dir: Path | None = None) -> OnlineGeocoder:
    """The CLI's ``--online`` geocoder: :func:`nominatim` with config from the environment."""
    return nominatim(cache_dir)
