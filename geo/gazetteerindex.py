"""The gazetteer's tables: flat columns of every place and the name index over them.

``_Tables`` is what the disk cache pickles (:mod:`geo.gazetteercache`) and what
:class:`geo.gazetteer.Gazetteer` answers from; ``_IndexBuilder`` sorts the names
:mod:`geo.gazetteerbuild` adds into the index, best place first, and indexes the
skeletons (romanisation-blind names, :mod:`geo.spelling`).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from geo.model import PlacePrecision
from geo.placenames import MAX_NAME_WORDS, normalize_name
from geo.translit import ADJECTIVE_END, region_stems, skeleton

SKELETON_TOWN_PEOPLE = 10_000  # towns matched by skeleton alone: this size, or a raion's seat
_PRECISION_CODES: tuple[PlacePrecision, ...] = ("town", "region", "country")
Section = tuple[str, str, str | None, str | None, float, float, int]


@dataclass
class _Tables:
    """Flat columns of every place plus the name index (what the cache pickles)."""

    keys: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    countries: list[str | None] = field(default_factory=list)
    admin1: list[str | None] = field(default_factory=list)
    precision: array = field(default_factory=lambda: array("b"))
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    population: array = field(default_factory=lambda: array("q"))
    radius: array = field(default_factory=lambda: array("f"))
    curated: array = field(default_factory=lambda: array("b"))
    seat: array = field(default_factory=lambda: array("b"))
    admin2: list[str | None] = field(default_factory=list)
    raions: dict[tuple[str, str], int] = field(default_factory=dict)  # (cc, admin2)
    # key -> encoded rows (row * 2 + 1 when the match is an alternate name), best first.
    index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    regions: dict[tuple[str, str], int] = field(default_factory=dict)  # (cc, admin1 name)
    by_country: dict[str, int] = field(default_factory=dict)
    max_words: int = 1
    # skeleton of a raion seat's or a sizeable town's name -> rows ("Charkiw" finds Kharkiv)
    town_bones: dict[str, list[int]] = field(default_factory=dict)
    # region name stems (see translit.region_stems) -> region rows ("Oblast Charkiw")
    region_bones: dict[str, list[int]] = field(default_factory=dict)
    # sections of cities (GeoNames PPLX: "Saltivka"), apart from the towns: any name of one
    # -> (key, name, country, admin1, lat, lon, population) of each section so called
    sections: dict[str, list[Section]] = field(default_factory=dict)

    def add(
        self,
        key: str,
        name: str,
        country: str | None,
        lat: float,
        lon: float,
        precision: PlacePrecision,
        admin1: str | None = None,
        population: int = 0,
        radius: float = 0.0,
        curated: bool = False,
        admin2: str | None = None,
        seat: int = 0,
    ) -> int:
        """Append one place's columns; returns its row number."""
        self.keys.append(key)
        self.names.append(name)
        self.countries.append(country)
        self.admin1.append(admin1)
        self.precision.append(_PRECISION_CODES.index(precision))
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(population)
        self.radius.append(radius)
        self.curated.append(1 if curated else 0)
        self.admin2.append(admin2)
        self.seat.append(seat)
        return len(self.keys) - 1


class _IndexBuilder:
    """Collects (key, row, is_alternate) triples and sorts them into the index."""

    def __init__(self, tables: _Tables) -> None:
        self.tables = tables
        self.hits: defaultdict[str, dict[int, bool]] = defaultdict(dict)

    def add(self, name: str, row: int, alternate: bool) -> None:
        key = normalize_name(name)
        # Over-long names (transliterated Chinese counties...) only slow n-gram scans.
        if len(key) < 2 or key.count(" ") >= MAX_NAME_WORDS:
            return
        seen = self.hits[key]
        # A row matched by its primary name keeps that, however often it repeats.
        seen[row] = seen.get(row, True) and alternate

    def finish(self) -> None:
        t = self.tables
        for key, rows in self.hits.items():
            ordered = sorted(
                rows.items(),
                key=lambda kv: (
                    kv[1],
                    -t.seat[kv[0]],
                    -t.population[kv[0]],
                    t.precision[kv[0]],
                    kv[0],
                ),
            )
            t.index[key] = tuple(r * 2 + int(alt) for r, alt in ordered)
        t.max_words = max((k.count(" ") + 1 for k in t.index), default=1)
        _index_skeletons(t)


def _index_skeletons(t: _Tables) -> None:
    """Romanisation-blind indexes (see geo.spelling): sizeable towns and region names."""
    for row in range(len(t.keys)):
        sizeable = t.seat[row] >= 2 or t.population[row] >= SKELETON_TOWN_PEOPLE
        if t.precision[row] == 0 and sizeable:
            t.town_bones.setdefault(skeleton(normalize_name(t.names[row])), []).append(row)
    for key, codes in t.index.items():
        if ADJECTIVE_END.search(key.split()[0]):
            continue  # an adjective's stem is its base name's, indexed as well
        for row in {c >> 1 for c in codes if t.precision[c >> 1] == 1}:
            for stem in region_stems(key):
                found = t.region_bones.setdefault(stem, [])
                if row not in found:
                    found.append(row)
