"""The place resolver the extractor uses: the offline gazetteer, with context.

Keeps the extractor independent of how the gazetteer is stored, and records
every resolution so ambiguous and unknown names can be reviewed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from geo.gazetteer import Gazetteer
from geo.geocode import GeoHints, resolve
from geo.model import Place

NEAR_COUNTRIES = frozenset({"UA", "RU", "BY", "MD", "PL", "RO", "GE"})


@dataclass
class GazetteerResolver:
    """Resolve names to places with the article's region and country context."""

    gaz: Gazetteer
    countries: tuple[str, ...] = ("UA", "RU")
    ambiguous: list[str] = field(default_factory=list)

    @property
    def max_words(self) -> int:
        return int(self.gaz.max_words)

    def is_known(self, name: str) -> bool:
        return self.gaz.is_known(name)

    def resolve(
        self, name: str, regions: tuple[str, ...], kind: str, strict: bool = False
    ) -> Place | None:
        hints = GeoHints(regions=regions, countries=self.countries, strict_regions=strict)
        res = resolve(self.gaz, name, hints, kind)
        if res.ambiguous and name not in self.ambiguous:
            self.ambiguous.append(name)
        return res.place if res.place is not None and self.plausible(res.place) else None

    def plausible(self, place: Place) -> bool:
        """Towns are read near the war only: a village called Iván in Hungary is a first name
        here, and Istanbul or Washington are where talks happen, not strikes."""
        return place.precision != "town" or place.country in NEAR_COUNTRIES

    def within(self, inner: Place, outer: Place) -> bool:
        """A town in a region (by admin1), or anything in its country."""
        if inner.key == outer.key:
            return False
        if outer.precision == "country":
            return inner.country == outer.country and inner.precision != "country"
        if outer.precision == "region" and inner.precision == "town":
            region = self.gaz.region_of(inner)
            return region is not None and region.key == outer.key
        return False


@lru_cache(maxsize=2)
def default_resolver(cache_dir: Path | None = None) -> GazetteerResolver:
    """The shared offline resolver (gazetteer loaded once per process)."""
    return GazetteerResolver(Gazetteer.load(cache_dir))
