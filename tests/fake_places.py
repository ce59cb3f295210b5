"""A tiny place resolver for unit tests of the extractor (no gazetteer needed)."""

from __future__ import annotations

from dataclasses import dataclass

from geo.model import Place


def town(name: str, country: str, lat: float, lon: float, admin1: str) -> Place:
    return Place(f"t:{name}", name, country, lat, lon, "town", admin1)


def region(name: str, country: str, lat: float, lon: float, radius: float = 80) -> Place:
    return Place(f"r:{name}", name, country, lat, lon, "region", name, radius_km=radius)


TOWNS = {
    "belgorod": town("Belgorod", "RU", 50.61, 36.58, "Belgorod Oblast"),
    "kursk": town("Kursk", "RU", 51.73, 36.19, "Kursk Oblast"),
    "kharkiv": town("Kharkiv", "UA", 49.99, 36.23, "Kharkiv Oblast"),
    "kharkov": town("Kharkiv", "UA", 49.99, 36.23, "Kharkiv Oblast"),
    "kramatorsk": town("Kramatorsk", "UA", 48.73, 37.56, "Donetsk Oblast"),
    "melitopol": town("Melitopol", "UA", 46.85, 35.37, "Zaporizhzhia Oblast"),
    "moscow": town("Moscow", "RU", 55.75, 37.62, "Moscow"),
    "kyiv": town("Kyiv", "UA", 50.45, 30.52, "Kyiv"),
    "odesa": town("Odesa", "UA", 46.48, 30.73, "Odesa Oblast"),
    "stary oskol": town("Stary Oskol", "RU", 51.30, 37.84, "Belgorod Oblast"),
}
REGIONS = {
    "belgorod": region("Belgorod Oblast", "RU", 50.7, 37.0),
    "kursk": region("Kursk Oblast", "RU", 51.6, 36.1),
    "kharkiv": region("Kharkiv Oblast", "UA", 49.6, 36.6),
    "donbas": region("Donbas", "UA", 48.0, 38.0, 150),
}
COUNTRIES = {
    "ukraine": Place("c:UA", "Ukraine", "UA", 49.0, 31.4, "country", radius_km=600),
    "russia": Place("c:RU", "Russia", "RU", 55.0, 40.0, "country", radius_km=1500),
}


@dataclass
class FakeResolver:
    max_words: int = 2

    def _key(self, name: str) -> str:
        return name.lower().replace("’", "'").strip()

    def is_known(self, name: str) -> bool:
        k = self._key(name)
        return k in TOWNS or k in REGIONS or k in COUNTRIES

    def resolve(
        self, name: str, regions: tuple[str, ...], kind: str, strict: bool = False,
        near: tuple[float, float] | None = None, within_km: float | None = None,
    ) -> Place | None:
        k = self._key(name)
        for suffix in (" region", " oblast", " district"):
            if k.endswith(suffix):
                return REGIONS.get(k[: -len(suffix)])
        if kind == "region":
            return REGIONS.get(k)
        return TOWNS.get(k) or REGIONS.get(k) or COUNTRIES.get(k)

    def within(self, inner: Place, outer: Place) -> bool:
        if outer.precision == "country":
            return inner.country == outer.country and inner.key != outer.key
        return (
            outer.precision == "region" and inner.precision == "town" and inner.admin1 == outer.name
        )

    def is_ambiguous(self, name: str, regions: tuple[str, ...]) -> bool:
        return False

    def region_of(self, place: Place) -> Place | None:
        return REGIONS.get(self._key(place.admin1 or "").removesuffix(" oblast"))

    def unknown(self, name: str, region: Place | None) -> Place | None:
        return None

    def namesakes(self, name: str) -> list[Place]:
        town = TOWNS.get(self._key(name))
        return [town] if town else []

    def sections_named(self, name: str) -> list[Place]:
        return []
