"""Build geo/reference/city_districts.tsv from KATOTTG's city districts (category B), with
their former names from GeoNames.

    .venv/bin/python scripts/build_city_districts.py [--shared ../shared/data/gazetteer]

One row a district: its city's and its own official Ukrainian name and their official Latin
spellings ("Харків / Холодногірський" → "Kharkiv / Kholodnohirskyi"). Notes name a district
without its city ("the russians shelled Kholodnohirskyi district"); the table says which
cities have one so called. Deterministic; KATOTTG is official open data (see the gazetteer
README).

Notes, and Russian sources most of all, still use the Soviet names the districts bore before
2016 or 2024 ("Kuibyshevsky district" for Donetsk's Smolianskyi). GeoNames (CC BY 4.0) keeps
them as alternate names of the district's feature: a feature within 25 km of the city whose
name or an alternate is one of the city's KATOTTG districts lends its other adjectival
names as rows with an empty Cyrillic district column.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import math
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import REFERENCE_DIR  # noqa: E402
from geo.translit import ukrainian_latin  # noqa: E402


def districts(shared: Path) -> list[tuple[str, str, str, str]]:
    """(city Latin, district Latin, city Cyrillic, district Cyrillic), sorted."""
    path = shared / "katottg" / "katottg_2024-01-19.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    cities = {r["level4"]: r["name"] for r in rows if r["category"] == "M" and r["level4"]}
    # (Kyiv and Sevastopol are cities of special status: their districts hang from level 1)
    special = {r["level1"]: r["name"] for r in rows if r["category"] == "K"}
    out = {
        (ukrainian_latin(city)[0], ukrainian_latin(r["name"])[0], city, r["name"])
        for r in rows
        if r["category"] == "B" and (city := cities.get(r["level4"]) or special.get(r["level1"]))
    }
    return sorted(out)


_DISTRICT_FEATURE = {"PPLX", "ADM3", "ADMD"}
_ADJECTIVE = re.compile(r"^[a-z'’-]+(?:s'?k(?:yi|yy|iy|ij|ii|yj|y|i)|sky|skiy)$")
_DESIGNATION = re.compile(r"\s+(?:district|rayon|raion|rajon|r-n)$", re.IGNORECASE)


def _adjectives(names: list[str]) -> set[str]:
    """The names that are a district's adjective alone ("Kuybyshevskyi District" → itself)."""
    out = set()
    for n in names:
        bare = _DESIGNATION.sub("", n.strip())
        if " " not in bare and _ADJECTIVE.match(bare.lower()):
            out.add(bare)
    return out


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    dy = (a[0] - b[0]) * 111.0
    dx = (a[1] - b[1]) * 111.0 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


def former_names(
    shared: Path, rows: list[tuple[str, str, str, str]]
) -> list[tuple[str, str, str, str]]:
    """(city Latin, former district name, city Cyrillic, "") from GeoNames' alternate names."""
    from geo.citydistricts import district_key

    with zipfile.ZipFile(shared / "geonames" / "UA.zip") as z:
        lines = io.TextIOWrapper(z.open("UA.txt"), encoding="utf-8").read().splitlines()
    feats = [f.split("\t") for f in lines]
    towns: dict[str, tuple[int, tuple[float, float]]] = {}
    for f in feats:
        if f[6] == "P" and f[7].startswith("PPL") and f[7] != "PPLX" and int(f[14] or 0) > 50_000:
            for name in {f[1], f[2], *f[3].split(",")}:
                if int(f[14]) > towns.get(name, (-1, (0.0, 0.0)))[0]:
                    towns[name] = (int(f[14]), (float(f[4]), float(f[5])))
    districts = [f for f in feats if f[7] in _DISTRICT_FEATURE]
    out = set()
    cities = sorted({r[0] for r in rows})
    current = {district_key(r[1]) for r in rows}
    for city, city_uk in sorted({(r[0], r[2]) for r in rows}):
        if city not in towns:
            continue
        own = {district_key(r[1]) for r in rows if r[0] == city}
        for f in districts:
            if _km(towns[city][1], (float(f[4]), float(f[5]))) > 25:
                continue
            names = [f[1], f[2], *f[3].split(",")]
            # (a district of the city under its old name only: "Moskovs'kyy Rayon" in Kharkiv)
            at = (float(f[4]), float(f[5]))
            nearest = min((c for c in cities if c in towns), key=lambda c: _km(towns[c][1], at))
            inside = f[7] != "PPLX" and nearest == city and _km(towns[city][1], at) < 12
            if inside or any(district_key(_DESIGNATION.sub("", n)) in own for n in names):
                # (a name some city's district bears today is that district's, not a former
                # name of another city's: Kharkiv's Slobidskyi, not Mykolaiv's of the 1930s)
                out |= {(city, a, city_uk, "") for a in _adjectives(names)
                        if district_key(a) not in current}  # fmt: skip
    return sorted(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer")
    a = ap.parse_args()
    rows = districts(a.shared)
    rows = rows + former_names(a.shared, rows)
    out = REFERENCE_DIR / "city_districts.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("city\tdistrict\tcity_uk\tdistrict_uk\n")
        fh.writelines("\t".join(r) + "\n" for r in rows)
    print(f"{out}: {len(rows)} city districts")


if __name__ == "__main__":
    main()
