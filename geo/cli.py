"""``python -m geo``: extract, geocode, build.

Output is JSON on stdout; problems with single inputs are one-line messages
on stderr and never stop the other inputs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m geo", description="Incident Atlas command line")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the incidents of article files as JSON")
    ex.add_argument("files", nargs="+", type=Path)
    gc = sub.add_parser("geocode", help="geocode place names, one JSON object per line")
    gc.add_argument("names", nargs="+")
    gc.add_argument("--online", action="store_true", help="fall back to Nominatim (network)")
    bd = sub.add_parser("build", help="write data/incidents.geojson and data/incidents.csv")
    bd.add_argument("--data", type=Path, default=DATA_DIR)
    return p


def _extract(files: list[Path]) -> int:
    from geo.articles import read_metadata
    from geo.pipeline import extract_incidents, load_articles
    from geo.places import default_resolver
    from geo.table import incident_record

    meta: dict[str, dict[str, str]] = {}
    for folder in {f.parent for f in files}:
        meta.update(read_metadata(folder))
    articles, errors = load_articles(files, meta)
    for e in errors:
        print(f"skipped {e.message}", file=sys.stderr)
    incidents = extract_incidents(articles, default_resolver())
    json.dump(
        {"incidents": [incident_record(i) for i in incidents]},
        sys.stdout,
        ensure_ascii=False,
        indent=1,
    )
    print()
    return 0


def _geocode(names: list[str], online: bool) -> int:
    from geo.geocode import geocode_records
    from geo.places import default_resolver

    geocoder = None
    if online:
        from geo.geocode import default_online_geocoder

        geocoder = default_online_geocoder()
    for record in geocode_records(names, default_resolver().gaz, geocoder):
        print(json.dumps(record, ensure_ascii=False))
    return 0


def _build(data_dir: Path) -> int:
    from geo.pipeline import build

    count, errors = build(data_dir)
    for e in errors:
        print(f"skipped {e.message}", file=sys.stderr)
    print(json.dumps({"incidents": count, "skipped": [e.__dict__ for e in errors]}))
    return 0


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args.files)
        if args.command == "geocode":
            return _geocode(args.names, args.online)
        return _build(args.data)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
