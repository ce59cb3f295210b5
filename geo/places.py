"""The place resolver the extractor uses: the offline gazetteer, with context.

Keeps the extractor independent of how the gazetteer is stored, and records
every resolution so ambiguous and unknown names can be reviewed.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from geo.gazetteer import Gazetteer
from geo.geocode import Resolution, resolve
from geo.model import Place
from geo.onlinegeocoder import OnlineGeocoder
from geo.placenames import normalize_name
from geo.placerank import GeoHints, haversine_km
from geo.spelling import city_like, may_be_foreign
from geo.translit import latin_forms, skeleton

NEAR_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "PL", "RO", "GE"})
URALS_LON = 60.0  # (Orsk, Yekaterinburg and Perm lie west of it)
KNOWN_MEMO = 65_536  # names remembered per resolver (a few MB at most)


def spellings(name: str) -> list[str]:
    """A name and its Russian-style river-suffix variants: Slavyansk-on-Kuban → -na-Kubani;
    a Cyrillic name, its nominative forms (see :func:`cyrillic_nominatives`)."""
    out = [name]
    if "-on-" in name:
        base = name.replace("-on-", "-na-")
        out += [base, base + "i", base + "u"]
    if _CYRILLIC.search(name) and " " not in name:
        out += cyrillic_nominatives(name)
        # (and their romanisations, when the gazetteer holds the name in Latin letters only or
        # spelled otherwise in Cyrillic: "Вольфине" is Volfyne, indexed as "Волфине")
        out += [latin for v in list(out) for latin in latin_forms(v)]
    else:
        # a plain romanisation of Е and -ия: "Evpatoria" is Yevpatoriya, "Enakievo" Yenakiyeve
        heads = [name, "Ye" + name[1:]] if _E_THEN_CONSONANT.match(name) else [name]
        ends = ("iya", "iia") if name.endswith("ia") else ()
        out += [v for h in heads for v in (h, *(h[:-2] + e for e in ends))][1:]
    return out


_E_THEN_CONSONANT = re.compile(r"E(?=[bcdfgklmnprstvz])")


_CYRILLIC = re.compile("[А-яІіЇїЄєҐґЁё]")
# A town's name declined by a Ukrainian or Russian sentence ("у Харкові", "в Конотопі",
# "з Києва", "в Белгороде", "по Лозовій"): its ending, and what the nominative may end in.
_CASE_ENDINGS = (
    # (a town's adjective, "Первомайська міська рада": the council of Pervomaiskyi)
    ("ська", ("ський", "ськ")), ("ської", ("ський", "ськ")), ("ській", ("ський", "ськ")),
    ("ові", ("ів", "о", "")), ("єві", ("їв",)), ("еві", ("ів",)),
    ("ова", ("ів",)), ("єва", ("їв",)), ("ове", ("ов", "ів")),
    ("ій", ("а",)), ("ої", ("а",)), ("ах", ("и", "")), ("ом", ("",)), ("ем", ("",)),
    ("і", ("", "а", "я")), ("у", ("", "а")), ("ю", ("я",)), ("а", ("",)), ("и", ("а", "я")),
    ("ы", ("а",)), ("е", ("", "а")),
)  # fmt: skip


def cyrillic_nominatives(word: str) -> list[str]:
    """The forms a declined Cyrillic name may have in the nominative, longest ending first:
    "Харкові" → "Харків", "Конотопі" → "Конотоп", "Лозовій" → "Лозова", "Белгороде" →
    "Белгород". The gazetteer says which of them is a place."""
    low = word.lower()
    return [
        word[: len(word) - len(ending)] + nominative
        for ending, nominatives in _CASE_ENDINGS
        if low.endswith(ending) and len(word) - len(ending) >= 2
        for nominative in nominatives
    ]


@dataclass
class GazetteerResolver:
    """Resolve names to places with the article's region and country context."""

    gaz: Gazetteer
    countries: tuple[str, ...] = ("UA", "RU")
    online: OnlineGeocoder | None = None
    ambiguous: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    # name → its indexed spelling: every capitalised run of every sentence is asked, most
    # of them many times over (the gazetteer is fixed for the resolver's life)
    _known: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    # name → the one big city section called so (see :meth:`_big_section`), asked as often
    _sections: dict[str, Place | None] = field(default_factory=dict, repr=False, compare=False)
    # (name, hints, kind) → its resolution: an article asks for its places again and again
    _resolved: dict[tuple[str, GeoHints, str], Resolution] = field(
        default_factory=dict, repr=False, compare=False
    )

    @property
    def max_words(self) -> int:
        return int(self.gaz.max_words)

    def is_known(self, name: str) -> bool:
        return self._known_as(name) is not None or self._big_section(name) is not None

    def _big_section(self, name: str) -> Place | None:
        """The one big section of a city called so, by a name of its own ("Saltivka", Kharkiv's
        district of 400,000; "Pozniaky" of Kyiv), read as a place when no town is called so; not
        a district adjective many cities share ("Shevchenkivskyi")."""
        if not name[:1].isupper() or _ADJECTIVAL.search(name):
            return None
        if name not in self._sections:
            if len(self._sections) >= KNOWN_MEMO:
                self._sections.clear()  # (bounded, as the names' memo)
            found = [p for p in self.gaz.sections(name, None) if p.population >= BIG_SECTION]
            one = len(found) == 1 and not _ADJECTIVAL.search(found[0].name)
            self._sections[name] = found[0] if one else None
        return self._sections[name]

    def _known_as(self, name: str) -> str | None:
        """The spelling the gazetteer indexes for a name, if any spelling of it is known."""
        memo = self._known
        if name in memo:
            return memo[name]
        known = next((v for v in spellings(name) if self.gaz.is_known(v)), None)
        if known is None and may_be_foreign(name):
            known = city_like(self.gaz, name)  # "Charkiw": another language's romanisation
        if len(memo) >= KNOWN_MEMO:
            memo.clear()  # hostile text full of new words: bounded memory
        memo[name] = known
        return known

    def resolve(
        self, name: str, regions: tuple[str, ...], kind: str, strict: bool = False,
        near: tuple[float, float] | None = None, within_km: float | None = None,
    ) -> Place | None:  # fmt: skip
        name = self._known_as(name) or name
        if near is not None and within_km is not None:
            return self._nearest_within(name, near, within_km)
        hints = GeoHints(
            regions=regions, countries=self.countries, strict_regions=strict, near=near
        )
        res = self._resolution(name, hints, kind)
        if (
            strict
            and res.place is not None
            and res.place.precision == "region"
            and kind != "region"
        ):
            return self._in_district(name, res.place) or res.place
        if res.ambiguous and name not in self.ambiguous:
            self.ambiguous.append(name)
        if res.place is None and kind in ("any", "town") and not strict:
            return self._big_section(name)  # ("in Saltivka": no town is called so)
        if res.place is None:
            return None
        # (a far place the text places in its region stays: "Belaya, in the Irkutsk region")
        plausible = self.plausible(res.place) or self._in_a_region_told(res.place, regions)
        return res.place if plausible else None

    def _in_a_region_told(self, place: Place, regions: tuple[str, ...]) -> bool:
        return any(
            (area := self.resolve(r, (), "region")) is not None and self.within(place, area)
            for r in regions
        )

    def _resolution(self, name: str, hints: GeoHints, kind: str) -> Resolution:
        """:func:`geo.geocode.resolve`, remembered (it reads nothing but the gazetteer)."""
        key = (name, hints, kind)
        res = self._resolved.get(key)
        if res is None:
            if len(self._resolved) >= KNOWN_MEMO:
                self._resolved.clear()
            res = self._resolved[key] = resolve(self.gaz, name, hints, kind)
        return res

    def namesakes(self, name: str) -> list[Place]:
        """Every town of this name the gazetteer knows (in any spelling it indexes)."""
        known = self._known_as(name) or name
        return [p for p in self.gaz.lookup(known) if p.precision == "town"]

    def sections_named(self, name: str) -> list[Place]:
        """Every section of a city called so ("Obolon" of Kyiv), in any oblast."""
        return self.gaz.sections(self._known_as(name) or name, None)

    def _nearest_within(self, name: str, point: tuple[float, float], km: float) -> Place | None:
        """The town of this name nearest ``point``, if one lies within ``km`` ("Mykolaivka in
        the Kostiantynivka community": the village by the seat, not the town 30 km off)."""
        towns = [p for p in self.gaz.lookup(name) if p.precision == "town" and p.located]
        # (a town called so itself before one also known so: "Zatoka (Karolino-Buhazka
        # hromada)" is Zatoka, not the seat that GeoNames also calls Zatoka)
        bones = skeleton(normalize_name(name))
        own = [p for p in towns if skeleton(normalize_name(p.name)) == bones]
        return _nearest(own, point, km) or _nearest(towns, point, km)

    def plausible(self, place: Place) -> bool:
        """Towns are read near the war only: a village called Iván in Hungary is a first name
        here, and Istanbul or Washington are where talks happen, not strikes."""
        if place.precision != "town":
            return True
        # Beyond the Urals only the big cities: Artyom or Zavodskoy in the Far East is a person
        # or a district by that name here, not a target 6,000 km from the front.
        beyond_urals = place.country == "RU" and (place.lon or 0) > URALS_LON
        return place.country in NEAR_COUNTRIES and (not beyond_urals or place.population >= 200_000)

    def _in_district(self, name: str, area: Place) -> Place | None:
        """'Shevchenkove in the Kupiansk district': the namesake in the district's oblast
        nearest the district's centre (GeoNames knows oblasts, not districts)."""
        oblast = area.admin1 or area.name
        towns = [
            p for p in self.gaz.lookup(name)
            if p.precision == "town" and p.country == area.country and p.admin1 == oblast
            and p.lat is not None and p.lon is not None
        ]  # fmt: skip
        if area.admin2 is not None:
            # A raion the gazetteer knows decides by code, not by distance from its centre.
            inside = [p for p in towns if p.admin2 == area.admin2]
            towns = inside or towns
        if area.lat is None or area.lon is None:
            return None
        return _nearest(towns, (area.lat, area.lon), max(area.radius_km, 30) * 1.5)

    def unknown(self, name: str, region: Place | None) -> Place | None:
        """A name the gazetteer lacks, asked of the online geocoder when one is enabled.

        The answer is kept only inside the named region (or near the war), so a
        namesake across the world is not taken for the village in the text.
        """
        if region is not None:
            slips = self.gaz.spelled_like(name, region.admin1 or region.name)
            if len(slips) == 1:
                return slips[0]  # "Melitropol" in Zaporizhzhia oblast is Melitopol
        if self.online is None:
            return None
        query = f"{name}, {region.name}" if region else name
        place, error = self.online.lookup(query)
        if error:
            self.messages.append(f"{query}: {error}")
        if place is None or place.lat is None or place.lon is None:
            return None
        if region is not None and region.lat is not None and region.lon is not None:
            far = (
                haversine_km((place.lat, place.lon), (region.lat, region.lon))
                > region.radius_km * 1.5
            )
            return None if far else place
        return place if place.country in NEAR_COUNTRIES else None

    def is_ambiguous(self, name: str, regions: tuple[str, ...]) -> bool:
        """Would this name, with the article's regions, fit several far-apart places?"""
        if not self.is_known(name):
            return False  # a qualified phrase ("X, Y region") or a site: decided by its words
        hints = GeoHints(regions=regions, countries=self.countries)
        return self._resolution(name, hints, "any").ambiguous

    def region_of(self, place: Place) -> Place | None:
        """The oblast or region holding a place (see :meth:`Gazetteer.region_of`)."""
        return self.gaz.region_of(place)

    def within(self, inner: Place, outer: Place) -> bool:
        """A town in a region (by admin1), or anything in its country."""
        if inner.key == outer.key:
            return False
        if outer.precision == "country":
            return inner.country == outer.country and inner.precision != "country"
        if outer.precision == "region" and inner.precision == "town":
            if outer.admin2 is not None:
                return inner.admin2 == outer.admin2 and inner.country == outer.country
            region = self.gaz.region_of(inner)
            return region is not None and region.key == outer.key
        return False


@lru_cache(maxsize=2)
def default_resolver(cache_dir: Path | None = None) -> GazetteerResolver:
    """The shared resolver (gazetteer loaded once per process).

    Offline unless ``INCIDENT_ATLAS_ONLINE_GEOCODER=nominatim``: then names the
    gazetteer lacks are asked of Nominatim (rate-limited, answers cached on disk).
    """
    online = None
    if os.environ.get("INCIDENT_ATLAS_ONLINE_GEOCODER", "").lower() == "nominatim":
        from geo.onlinegeocoder import default_online_geocoder

        online = default_online_geocoder(cache_dir)
    return GazetteerResolver(Gazetteer.load(cache_dir), online=online)


BIG_SECTION = 40_000  # people: a city's section known by its own name across the country
_ADJECTIVAL = re.compile(r"(?:k|n|v|r)(?:yi|iy|yy|ij)$|skyi$|ckyi$", re.IGNORECASE)


def _nearest(towns: list[Place], point: tuple[float, float], km: float) -> Place | None:
    """The located town nearest ``point``, if it lies within ``km``."""
    by_km = [
        (haversine_km(point, (p.lat, p.lon)), p)
        for p in towns if p.lat is not None and p.lon is not None
    ]  # fmt: skip
    if not by_km:
        return None
    dist, best = min(by_km, key=lambda t: t[0])
    return best if dist <= km else None
