"""The whole chain on real, hand-geolocated data: ``python -m benchmarks.cir_chain [--limit N]``.

Each row of ``../shared/data/cir_events.csv`` (Centre for Information Resilience) becomes a
short note, its own title and description followed by the place as CIR wrote it
("… in Kupiansk, Kharkiv Oblast, Ukraine."), dated by its own date line. Two figures:

- **geocoding**: the row's "town, province, country" through ``python -m geo geocode``'s path,
  within 10 km of CIR's hand-placed point;
- **chain**: rows whose text reports a strike (by a word list kept here, not the extractor's):
  an extracted incident within 10 km of the point, dated to the row's day.

CIR's descriptions rarely name the town, so the chain check appends it as the place the
footage was located; the figure measures gazetteer + place grammar + dates, not reading
the town out of free prose.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CIR = ROOT.parent / "shared" / "data" / "cir_events.csv"
KM = 10.0
# Independent of geo.lexicon on purpose: which rows a strike is, decided without the extractor.
_STRIKE = re.compile(
    r"\b(?:strike|struck|shell|missile|rocket|drone|bomb|explosion|airstrike|artillery|hit)", re.I
)


def _rows(limit: int | None) -> list[dict[str, str]]:
    with CIR.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["town/city"].strip() and r["date"].strip()]
    return rows[:limit] if limit else rows


def _where(r: dict[str, str]) -> str:
    parts = [r["town/city"].strip(), r["province"].strip(), r["country"].strip()]
    return ", ".join(p for p in parts if p)


def _note(r: dict[str, str]) -> str:
    """The row as a coder's note: its first sentence placed ("… in Town, Oblast, Country."),
    then the rest of the title and the description when it adds anything."""
    title = re.sub(r"^\d\d/\d\d[/.]\d{4}\s*", "", r["title"].strip())
    first, _, rest = title.partition(". ")
    desc = r["brief description"].strip()
    extra = "" if desc in title else " " + desc
    return f"{first.rstrip('.')} in {_where(r)}. {rest}{extra}".strip()


def geocoding(rows: list[dict[str, str]]) -> tuple[int, int]:
    """(within 10 km, tried) for "town, province, country"."""
    from geo.geocode import parse_query, resolve
    from geo.placerank import haversine_km
    from geo.places import default_resolver

    gaz = default_resolver().gaz
    ok = 0
    for r in rows:
        name, hints = parse_query(_where(r))
        p = resolve(gaz, name, hints).place
        if p is not None and p.located:
            ok += haversine_km((p.lat, p.lon), (float(r["lat"]), float(r["lon"]))) <= KM  # type: ignore[arg-type]
    return ok, len(rows)


def chain(rows: list[dict[str, str]]) -> tuple[int, int, float]:
    """(placed and dated, strike rows, articles per second) through the extractor."""
    from geo.articles import make_article
    from geo.pipeline import extract_incidents
    from geo.placerank import haversine_km
    from geo.places import default_resolver

    resolver = default_resolver()
    strikes = [r for r in rows if _STRIKE.search(r["title"] + " " + r["brief description"])]
    ok, t0 = 0, time.perf_counter()
    for i, r in enumerate(strikes):
        text = f" date {r['date']} {r['title'].strip()}\n\n{_note(r)}\n"
        incs = extract_incidents([make_article(f"cir-{i}.txt", text)], resolver)
        target = (float(r["lat"]), float(r["lon"]))
        ok += any(
            inc.place is not None and inc.place.located
            and haversine_km((inc.place.lat, inc.place.lon), target) <= KM  # type: ignore[arg-type]
            and inc.date.start is not None and inc.date.start.isoformat() == r["date"]
            and inc.date.end == inc.date.start
            for inc in incs
        )  # fmt: skip
    rate = len(strikes) / max(time.perf_counter() - t0, 1e-9)
    return ok, len(strikes), rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None)
    a = ap.parse_args()
    rows = _rows(a.limit)
    g_ok, g_n = geocoding(rows)
    print(f"geocoding: {g_ok}/{g_n} = {g_ok / g_n:.3f} of CIR towns within {KM:g} km")
    c_ok, c_n, rate = chain(rows)
    print(
        f"chain: {c_ok}/{c_n} = {c_ok / max(c_n, 1):.3f} of strike rows placed within {KM:g} km "
        f"and dated to the day ({rate:.0f} notes/s)"
    )


if __name__ == "__main__":
    main()
