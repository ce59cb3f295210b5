"""Build the committed gazetteer files under geo/reference/gazetteer/ from ../shared/data/gazetteer.

    .venv/bin/python scripts/build_gazetteer.py [--shared ../shared/data/gazetteer]

Inputs (see that folder's README): GeoNames UA.txt (every Ukrainian populated place, with
raion codes and Latin + Cyrillic alternate names), GeoNames cities500 for RU/BY/MD, the raion
table, and KATOTTG (official names, the hromada hierarchy). Outputs, deterministic:

- ``geo/reference/gazetteer/places.tsv.gz``: one populated place a row: geonameid (or ``k:<KATOTTG
  code>``), name, country, feature code, admin1, admin2, lat, lon, population, and every name
  (``|``-separated): GeoNames' own, the spellings generated from each Cyrillic name
  (:mod:`geo.translit`), and hromada names for a hromada's seat ("Velykopysarivska hromada").
  A KATOTTG village GeoNames lacks is placed at its hromada's seat (feature code ``KATOTTG``).
- ``geo/reference/gazetteer/raions.tsv``: the 136 post-2020 raions: admin1, admin2, name, bases
  (the seat's names), centre (mean of its places) and radius.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import math
import os
import re
import sys
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo import REFERENCE_DIR  # noqa: E402
from geo.placenames import is_code  # noqa: E402
from geo.translit import (  # noqa: E402
    has_cyrillic,
    latin_forms,
    press_variants,
    ukrainian_endings,
    ukrainian_latin,
)

OUT = REFERENCE_DIR / "gazetteer"
SEAT_RANK = {"PPLC": 0, "PPLA": 1, "PPLA2": 2, "PPLA3": 3}
_CYR_KEY = re.compile(r"['’ʼ`\s\-]+")


def cyr_key(name: str) -> str:
    """Cyrillic name folded for joining GeoNames to KATOTTG (ё→е, no apostrophes)."""
    return _CYR_KEY.sub("", name.lower().replace("ё", "е"))


_SCRIPT = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u0400-\u04FF'’ʼ`.\-()]+$")


def usable(name: str) -> bool:
    """Latin or Cyrillic names only: Japanese or Hebrew exonyms never reach an English text."""
    return (
        bool(_SCRIPT.match(name))
        and len(name.split()) <= 5
        and not name.islower()
        and not is_code(name)
    )


def read_ua(shared: Path, sections: bool = False) -> list[dict[str, object]]:
    """GeoNames' populated places of Ukraine; with ``sections``, only the sections of cities
    (PPLX: "Saltivka", "Kyivskyi"), kept apart: named in many cities, they are no town alone,
    only a name written with its oblast that no town there answers to."""
    rows = []
    with zipfile.ZipFile(shared / "geonames" / "UA.zip") as z:
        text = z.read("UA.txt").decode("utf-8")
    for line in text.splitlines():
        f = line.split("\t")
        if len(f) < 19 or f[6] != "P" or (f[7] == "PPLX") != sections:
            continue
        names = [f[1], *(a for a in f[3].split(",") if usable(a))]
        rows.append(
            dict(
                id=f[0],
                name=f[1],
                cc="UA",
                fcode=f[7],
                admin1=f[10],
                admin2=f[11],
                lat=float(f[4]),
                lon=float(f[5]),
                pop=int(f[14] or 0),
                names=names,
            )
        )
    return rows


def read_neighbours(shared: Path) -> list[dict[str, object]]:
    with gzip.open(
        shared / "geonames" / "cities500_UA_RU_BY_MD.json.gz", "rt", encoding="utf-8"
    ) as fh:
        data = json.load(fh)
    rows = []
    for rec in data.values():
        if rec["countrycode"] == "UA":
            continue  # UA.txt is a superset
        names = [rec["name"], *(a for a in rec.get("alternatenames") or () if usable(a))]
        rows.append(
            dict(
                id=str(rec["geonameid"]),
                name=rec["name"],
                cc=rec["countrycode"],
                fcode="PPL",
                admin1=str(rec.get("admin1code") or ""),
                admin2="",
                lat=float(rec["latitude"]),
                lon=float(rec["longitude"]),
                pop=int(rec.get("population") or 0),
                names=names,
            )
        )
    return rows


def read_katottg(shared: Path) -> list[dict[str, str]]:
    with gzip.open(shared / "katottg" / "katottg_2024-01-19.csv.gz", "rt", encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r.get("category")]


def raion_table(shared: Path) -> dict[str, dict[str, str]]:
    """KATOTTG raion code (UA + 4 digits) → its ua_admin2.tsv row."""
    with (shared / "geonames" / "ua_admin2.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    return {r["katottg_raion_code"][:6]: r for r in rows}


def _seat(hromada: str, members: list[dict[str, str]]) -> dict[str, str] | None:
    """The settlement a hromada is named after: the longest shared start of the name."""
    stem = cyr_key(re.sub(r"(?:ська|цька|зька|ка)$", "", hromada))
    # The adjective turns the seat's last о or е into і: Мирове → Мирівська, Межова →
    # Межівська. The key may be Latin, so the alternation is tried on both alphabets.
    stems = [stem] + [
        stem[:i] + v + stem[i + 1 :]
        for i in [max(stem.rfind("і"), stem.rfind("i"))]
        if i > 0
        for v in ("о", "е", "o", "e")
    ]

    def shared(m: dict[str, str]) -> int:
        a, best = cyr_key(m["name"]), 0
        for st in stems:
            n = 0
            while n < min(len(a), len(st)) and a[n] == st[n]:
                n += 1
            best = max(best, n)
        return best

    best = max(members, key=lambda m: (shared(m), m["category"] == "M"), default=None)
    return best if best is not None and shared(best) >= min(4, len(stem)) else None


def _latin_key(name: str) -> str:
    return re.sub(r"[^a-z]", "", name.lower())


def join_katottg(ua: list[dict[str, object]], shared: Path) -> list[dict[str, object]]:
    """Hromada names onto their seats; villages GeoNames lacks, at their hromada's seat."""
    raions = raion_table(shared)
    by_raion: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    # A GeoNames village with Latin names only is still the KATOTTG village of its raion
    # spelled so: without this, Havryshivka (Vinnytsia raion) came twice, once at its own
    # point and once at the hromada's seat.
    latin: set[tuple[str, str]] = set()
    for r in ua:
        for n in r["names"]:  # type: ignore[attr-defined]
            if has_cyrillic(n):
                by_raion[(str(r["admin2"]), cyr_key(n))].append(r)
            else:
                latin.add((str(r["admin2"]), _latin_key(n)))
    kat = read_katottg(shared)
    hromadas = {r["level3"]: r["name"] for r in kat if r["category"] == "H"}
    members: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in kat:
        if r["category"] in ("M", "X", "C") and r["level3"]:
            members[r["level3"]].append(r)
    extra: list[dict[str, object]] = []
    for code, hname in hromadas.items():
        raion = raions.get(code[:6])
        if raion is None:
            continue
        admin1, admin2 = raion["gn_admin1"], raion["gn_admin2"]
        seat = _seat(hname, members[code])
        seat_rows = by_raion.get((admin2, cyr_key(seat["name"]))) if seat else None
        if seat_rows:
            adj = ukrainian_latin(hname.strip())
            seat_name = ukrainian_latin(seat["name"])[0] if seat else ""
            seat_rows[0]["names"] += adj  # "Velykopysarivska" alone, as roundups write it
            seat_rows[0]["names"] += [f"{a} {w}" for a in adj for w in ("hromada", "community")]  # type: ignore[operator]
            seat_rows[0]["names"] += [f"{seat_name} {w}" for w in ("hromada", "community")]  # type: ignore[operator]
        for m in members[code]:
            if by_raion.get((admin2, cyr_key(m["name"]))) or not seat_rows:
                continue
            if (admin2, _latin_key(ukrainian_latin(m["name"])[0])) in latin:
                continue
            s = seat_rows[0]
            extra.append(
                dict(
                    id=f"k:{m['level4']}",
                    name=ukrainian_latin(m["name"])[0],
                    cc="UA",
                    fcode="KATOTTG",
                    admin1=admin1,
                    admin2=admin2,
                    lat=s["lat"],
                    lon=s["lon"],
                    pop=0,
                    names=[m["name"]],
                )
            )
    return extra


def expand(row: dict[str, object]) -> list[str]:
    names: list[str] = list(row["names"])  # type: ignore[call-overload]
    for n in list(names):
        names += latin_forms(n)
    if row["cc"] == "UA":
        for n in [row["name"], *(ukrainian_latin(c)[0] for c in names if has_cyrillic(c))]:
            names += press_variants(str(n))
        if not any(press_variants(n) for n in names):
            # known only by a Russian name (Crimea): give it the Ukrainian ending too
            names += ukrainian_endings(str(row["name"]))
    return list(dict.fromkeys(n.strip() for n in names if n.strip() and "|" not in n))


def write_places(rows: list[dict[str, object]]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(
        ["id", "name", "cc", "fcode", "admin1", "admin2", "lat", "lon", "population", "names"]
    )
    for r in sorted(rows, key=lambda r: (r["cc"], str(r["id"]))):
        w.writerow(
            [
                r["id"],
                r["name"],
                r["cc"],
                r["fcode"],
                r["admin1"],
                r["admin2"],
                f"{r['lat']:.5f}",
                f"{r['lon']:.5f}",
                r["pop"],
                "|".join(expand(r)),
            ]
        )
    path = OUT / "places.tsv.gz"
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    return path


TOWN_POP = 10_000


def _named_seat(places: list[dict[str, object]], adjective_uk: str) -> dict[str, object] | None:
    """The town a raion is named after: Пологівський → Пологи, Маріупольський → Маріуполь.

    The largest place is not always it (Tokmak is bigger than Polohy). ``places`` come
    ranked by seat level, then population: the first whose name the adjective grows from."""
    adj = cyr_key(adjective_uk)
    for p in places:
        if str(p["fcode"]) not in SEAT_RANK and int(p["pop"]) < TOWN_POP:  # type: ignore[call-overload]
            # Only seats and towns: a village Lozivske is not what Lozivskyi raion is named
            # after, but Izmail (70,000, a plain PPL in GeoNames) is what Izmailskyi is.
            return None
        for n in p["names"]:  # type: ignore[attr-defined]
            name = cyr_key(str(n))
            grows = len(os.path.commonprefix([name, adj])) >= max(4, len(name) - 2)
            if has_cyrillic(name) and len(name) >= 4 and grows:
                return p
    return None


def write_raions(ua: list[dict[str, object]], shared: Path) -> Path:
    """Each raion: its seat's names as bases, the mean of its places, a 95th-percentile radius."""
    pts: dict[tuple[str, str], list[dict[str, object]]] = defaultdict(list)
    for r in ua:
        if r["admin2"]:
            pts[(str(r["admin1"]), str(r["admin2"]))].append(r)
    out = OUT / "raions.tsv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(["admin1", "admin2", "name", "bases", "lat", "lon", "radius_km"])
        for raion in sorted(raion_table(shared).values(), key=lambda r: r["gn_admin2"]):
            key = (raion["gn_admin1"], raion["gn_admin2"])
            places = pts.get(key, [])
            if not places:
                continue
            seats = sorted(
                places, key=lambda p: (SEAT_RANK.get(str(p["fcode"]), 9), -int(p["pop"]))
            )  # type: ignore[call-overload]
            seat = _named_seat(seats, raion["raion_name_uk"]) or seats[0]
            lat = sum(float(p["lat"]) for p in places) / len(places)  # type: ignore[arg-type]
            lon = sum(float(p["lon"]) for p in places) / len(places)  # type: ignore[arg-type]
            dists = sorted(
                math.hypot(
                    float(p["lat"]) - lat, (float(p["lon"]) - lon) * math.cos(math.radians(lat))
                )  # type: ignore[arg-type]
                * 111.2
                for p in places
            )
            radius = dists[int(len(dists) * 0.95) - 1] if len(dists) > 1 else 20.0
            adjective = ukrainian_latin(raion["raion_name_uk"])
            bases = [n for n in expand(seat) if not has_cyrillic(n)] + adjective
            # GeoNames' own name for the raion, when it names a town ("Izmail Raion").
            own = str(raion["gn_adm2_asciiname"])
            if re.fullmatch(r"[A-Z][\w' -]*[^yi] Raion", own) and "Rad" not in own:
                bases.append(own.removesuffix(" Raion"))
            w.writerow(
                [
                    *key,
                    f"{seat['name']} Raion",
                    "|".join(dict.fromkeys(bases)),
                    f"{lat:.4f}",
                    f"{lon:.4f}",
                    f"{radius:.0f}",
                ]
            )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data" / "gazetteer")
    a = ap.parse_args()
    ua = read_ua(a.shared)
    extra = join_katottg(ua, a.shared)
    sections = read_ua(a.shared, sections=True)
    neighbours = read_neighbours(a.shared)
    rows = ua + extra + neighbours + sections
    p = write_places(rows)
    r = write_raions(ua, a.shared)
    print(
        f"{p}: {len(rows)} places ({len(ua)} GeoNames UA, {len(extra)} KATOTTG-only, "
        f"{len(neighbours)} RU/BY/MD, {len(sections)} city sections), "
        f"{p.stat().st_size / 1e6:.2f} MB; {r}"
    )


if __name__ == "__main__":
    main()
