"""Build geo/reference/city_districts.tsv from KATOTTG's city districts (category B).

    .venv/bin/python scripts/build_city_districts.py [--shared ../shared/data/gazetteer]

One row a district: its city's and its own official Ukrainian name and their official Latin
spellings ("Харків / Холодногірський" → "Kharkiv / Kholodnohirskyi"). Notes name a district
without its city ("the russians shelled Kholodnohirskyi district"); the table says which
cities have one so called. Deterministic; KATOTTG is official open data (see the gazetteer
README).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer")
    a = ap.parse_args()
    rows = districts(a.shared)
    out = REFERENCE_DIR / "city_districts.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        fh.write("city\tdistrict\tcity_uk\tdistrict_uk\n")
        fh.writelines("\t".join(r) + "\n" for r in rows)
    print(f"{out}: {len(rows)} city districts")


if __name__ == "__main__":
    main()
