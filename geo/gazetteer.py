"""The offline gazetteer: GeoNames towns, curated regions and countries, by name.

:class:`Gazetteer` answers lookups from the tables :mod:`geo.gazetteerbuild` builds
once and :mod:`geo.gazetteercache` keeps on disk; names are compared as
:func:`geo.placenames.normalize_name` folds them.
"""

from __future__ import annotations

import os
import threading
from collections import defaultdict
from pathlib import Path

from geo.gazetteerbuild import _cities_path
from geo.gazetteercache import (
    CACHE_DIR_ENV,
    CACHE_VERSION,
    DEFAULT_CACHE_DIR,
    _fingerprint,
    _read_cache,
    _rebuild,
)
from geo.gazetteerindex import _PRECISION_CODES, _Tables
from geo.model import Place
from geo.placenames import edits_within, normalize_name
from geo.translit import skeleton

_LOCK = threading.Lock()
_LOADED: dict[tuple[Path, str], Gazetteer] = {}


class Gazetteer:
    """Immutable name → places index; safe to share between threads once loaded."""

    def __init__(self, tables: _Tables) -> None:
        self._t = tables
        self._places: dict[int, Place] = {}
        self.max_words: int = tables.max_words
        self._by_admin1: dict[str, list[tuple[str, int]]] | None = None
        self._bones_by_admin1: dict[str, dict[str, list[int]]] = {}
        # spelled_like scans an oblast's towns: the same unknown names recur across a corpus.
        self._spelled: dict[tuple[str, str], list[int]] = {}

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """Load from the disk cache, (re)building it when missing, stale or corrupt.

        Parameters
        ----------
        cache_dir : Path, optional
            Where ``gazetteer-v<N>.pickle`` lives; default ``$INCIDENT_ATLAS_CACHE_DIR``
            or ``<repo>/.cache``.

        Returns
        -------
        Gazetteer
            The same object for the same cache and inputs within a process.
        """
        cache_dir = Path(cache_dir or os.environ.get(CACHE_DIR_ENV) or DEFAULT_CACHE_DIR)
        cities = _cities_path()
        path = cache_dir / f"gazetteer-v{CACHE_VERSION}.pickle"
        with _LOCK:
            fingerprint = _fingerprint(cities)
            memo = _LOADED.get((path, fingerprint))
            if memo is None:
                memo = cls(_read_cache(path, fingerprint) or _rebuild(path, cities, fingerprint))
                _LOADED[(path, fingerprint)] = memo
            return memo

    def _place(self, row: int) -> Place:
        place = self._places.get(row)
        if place is None:
            t = self._t
            place = Place(
                key=t.keys[row],
                name=t.names[row],
                country=t.countries[row],
                lat=t.lat[row],
                lon=t.lon[row],
                precision=_PRECISION_CODES[t.precision[row]],
                admin1=t.admin1[row],
                population=t.population[row],
                radius_km=float(t.radius[row]),
                source="curated" if t.curated[row] else "gazetteer",
                admin2=t.admin2[row],
                seat=t.seat[row],
            )
            self._places[row] = place
        return place

    def entries(self, name: str) -> list[tuple[Place, bool]]:
        """Like :meth:`lookup`, with whether each match was on the primary name."""
        hits = self._t.index.get(normalize_name(name), ())
        return [(self._place(code >> 1), not code & 1) for code in hits]

    def lookup(self, name: str) -> list[Place]:
        """Every town, region or country whose name or alternate name matches.

        Parameters
        ----------
        name : str
            Any spelling; compared after :func:`normalize_name`.

        Returns
        -------
        list of Place
            Primary-name matches first, then by population; empty when unknown.
        """
        return [place for place, _ in self.entries(name)]

    def is_known(self, name: str) -> bool:
        """True when ``normalize_name(name)`` is an indexed key (cheap)."""
        return normalize_name(name) in self._t.index

    def region_of(self, place: Place) -> Place | None:
        """The oblast/region Place containing ``place`` (itself for a region)."""
        if place.country is None or place.admin1 is None:
            return None
        row = self._t.regions.get((place.country, place.admin1))
        return None if row is None else self._place(row)

    def spelled_like(self, name: str, admin1: str) -> list[Place]:
        """Towns of one oblast whose name is a typing slip or two from ``name``.

        Only asked when a name written with its region is unknown there ("Melitropol,
        Zaporizhia Oblast", "Popsana, Luhansk Oblast"): inside one oblast a near spelling
        is almost always the place meant. One edit for names under 9 letters, two above;
        none when the name is another romanisation of a town there (same skeleton).
        """
        key = normalize_name(name)
        if len(key) < 3:
            return []
        rows = self._spelled.get((key, admin1))
        if rows is None:
            # Short names only by skeleton ("Kiyv"): one slip in four letters is another name.
            limit = 0 if len(key) < 5 else 1 if len(key) < 9 else 2
            found = list(self._bones_of(admin1).get(skeleton(key), ()))
            # The same name in another romanisation ("Iunakivka" for Yunakivka) beats a
            # typing slip from another name ("Dunayevka"): only slips when no spelling fits.
            if limit and not found:
                found += [
                    row for k, row in self._towns_by_admin1().get(admin1, ())
                    if abs(len(k) - len(key)) <= limit and edits_within(key, k, limit)
                ]  # fmt: skip
            if len(self._spelled) > 50_000:
                self._spelled.clear()  # hostile text full of unknown names: bounded memory
            rows = self._spelled[(key, admin1)] = list(dict.fromkeys(found))
        return [self._place(r) for r in rows]

    def _towns_by_admin1(self) -> dict[str, list[tuple[str, int]]]:
        if self._by_admin1 is None:  # built on first use: ~0.3 s, then kept
            by: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
            t = self._t
            for key, codes in t.index.items():
                for code in codes:
                    row = code >> 1
                    a1 = t.admin1[row]
                    if a1 is not None and t.precision[row] == 0:
                        by[a1].append((key, row))
            self._by_admin1 = dict(by)
        return self._by_admin1

    def _bones_of(self, admin1: str) -> dict[str, list[int]]:
        """Skeleton of each town's own name → rows, for one oblast (made when first asked:
        a foreign spelling is of the name, so alternate names need no skeleton)."""
        bones = self._bones_by_admin1.get(admin1)
        if bones is None:
            t = self._t
            bones = {}
            rows = {r for _, r in self._towns_by_admin1().get(admin1, ())}
            for r in sorted(rows):
                bones.setdefault(skeleton(normalize_name(t.names[r])), []).append(r)
            self._bones_by_admin1[admin1] = bones
        return bones

    def sections(self, name: str, admin1: str | None) -> list[Place]:
        """Sections of the cities of one oblast called so ("Saltivka", Kharkiv Oblast).

        Parameters
        ----------
        name : str
            Any spelling the gazetteer generates; compared after :func:`normalize_name`.
        admin1 : str or None
            The oblast's name, as :attr:`Place.admin1` holds it; None for every oblast.

        Returns
        -------
        list of Place
            Town-precision places (not in :meth:`lookup`), most populous first.
        """
        found = [
            Place(key=k, name=n, country=cc, lat=lat, lon=lon, precision="town", admin1=a1,
                  population=pop, source="gazetteer")
            for k, n, cc, a1, lat, lon, pop in self._t.sections.get(normalize_name(name), ())
            if admin1 is None or a1 == admin1
        ]  # fmt: skip
        return sorted(found, key=lambda p: (-p.population, p.key))

    def top_regions(self, country: str | None) -> list[Place]:
        """A country's first-level regions (oblasts, krais, republics, cities with status)."""
        return [self._place(row) for (cc, _), row in self._t.regions.items() if cc == country]

    def towns_by_skeleton(self, bones: str) -> list[Place]:
        """Raion seats and towns of ``SKELETON_TOWN_PEOPLE`` whose name has this skeleton."""
        return [self._place(row) for row in self._t.town_bones.get(bones, ())]

    def region_stems(self) -> list[str]:
        """Every skeleton stem of a region name (a few thousand, for near matches)."""
        return list(self._t.region_bones)

    def regions_with_stem(self, stem: str) -> list[Place]:
        """The regions one of whose names has this skeleton stem."""
        return [self._place(row) for row in self._t.region_bones.get(stem, ())]

    def raion_of(self, place: Place) -> Place | None:
        """The raion Place containing a Ukrainian ``place`` (itself for a raion)."""
        if place.country is None or place.admin2 is None:
            return None
        row = self._t.raions.get((place.country, place.admin2))
        return None if row is None else self._place(row)

    def country(self, code: str) -> Place | None:
        """The country Place for an ISO alpha-2 code, e.g. ``"UA"``."""
        row = self._t.by_country.get(code.upper())
        return None if row is None else self._place(row)

    def __len__(self) -> int:
        return len(self._t.keys)

    @property
    def key_count(self) -> int:
        """How many distinct normalised names are indexed."""
        return len(self._t.index)


def clear_memo() -> None:
    """Forget in-process gazetteers (tests use it to force a disk load)."""
    with _LOCK:
        _LOADED.clear()
