"""Real headlines nobody wrote for us: ``python -m benchmarks.ucdp_check [--misses]``.

UCDP Candidate Events (``../shared/data/ucdp/``, CC BY 4.0) code each event from a news
headline (Ukrinform, the "Unified news feed", RFE/RL…) and place it, with a precision code.
Kept: events placed at a town or village (``where_prec`` 1–2) whose place name appears in
the headline, dated to a day. Each headline becomes a one-line article dated by its source;
it counts when an incident lies within 15 km of UCDP's point and its window holds the day.

A development set: it is real text, but its misses have been read, so it is not blind.
Data: Uppsala Conflict Data Program (UCDP) Candidate Events, CC BY 4.0, via
github.com/peacerep/ukraine-map; filtered and re-encoded.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UCDP = ROOT.parent / "shared" / "data" / "ucdp" / "ucdp_ukraine_2022-02-24_2023.csv.gz"
KM = 15.0


def _stem(where: str) -> str:
    """'Kherson town' → 'Kherso': the name without its designator, loosely (inflections)."""
    name = re.sub(r"\s+(?:town|village|city|settlement|oblast|raion)$", "", where.strip())
    return name[: max(4, len(name) - 1)].lower()


def rows() -> list[dict[str, str]]:
    with gzip.open(UCDP, "rt", encoding="utf-8") as fh:
        data = list(csv.DictReader(fh))
    return [
        r for r in data
        if r["where_prec"] in ("1", "2") and r["date_prec"] == "1" and r["source_headline"]
        and _stem(r["where_coordinates"]) in r["source_headline"].lower()
    ]  # fmt: skip


def _published(r: dict[str, str]) -> str:
    m = re.search(r"(\d{4}-\d\d-\d\d)", r["source_date"])
    if m:
        return m.group(1)
    d = re.match(r"(\d\d)/(\d\d)/(\d{4})", r["source_date"])
    return f"{d.group(3)}-{d.group(2)}-{d.group(1)}" if d else r["date_start_iso"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true")
    a = ap.parse_args()
    from geo.articles import make_article
    from geo.pipeline import extract_incidents
    from geo.placerank import haversine_km
    from geo.places import default_resolver

    resolver = default_resolver()
    kept = rows()
    ok = 0
    for i, r in enumerate(kept):
        head = r["source_headline"].strip()
        text = f" date {_published(r)} {head}\n\n{head.rstrip('.')}.\n"
        incs = extract_incidents([make_article(f"ucdp-{i}.txt", text)], resolver)
        day = date.fromisoformat(r["date_start_iso"])
        target = (float(r["latitude"]), float(r["longitude"]))
        hit = any(
            inc.place is not None and inc.place.located
            and haversine_km((inc.place.lat, inc.place.lon), target) <= KM  # type: ignore[arg-type]
            and inc.date.start is not None and inc.date.end is not None
            and inc.date.start <= day <= inc.date.end
            for inc in incs
        )  # fmt: skip
        ok += hit
        if a.misses and not hit:
            got = [(x.place.name if x.place else x.place_text, str(x.date.start)) for x in incs]
            print(f"MISS {r['date_start_iso']} {r['where_coordinates']!r}: {head[:150]} -> {got}")
    print(f"ucdp: {ok}/{len(kept)} = {ok / max(len(kept), 1):.3f} of town-level headlines "
          f"placed within {KM:g} km on the day")  # fmt: skip


if __name__ == "__main__":
    main()
