"""``python -m geo``: extract, geocode, build, import, export, migrate-store.

Output is JSON on stdout; problems with single inputs are one-line messages
on stderr and never stop the other inputs.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from geo.atomicfile import write_atomic_bytes

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
FORMATS = ("csv", "geojson", "brief", "kml", "pptx", "pdf")
"""``export``'s formats (:data:`render.exporters.FORMATS`; not imported, to start fast)."""
EXIT_BUSY = 75
"""``build``'s exit status when another process holds the build lease (EX_TEMPFAIL: try
again later)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m geo", description="Incident Atlas command line")
    sub = p.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the incidents of article files as JSON")
    ex.add_argument("files", nargs="+", type=Path)
    gc = sub.add_parser("geocode", help="geocode place names, one JSON object per line")
    gc.add_argument("names", nargs="+")
    gc.add_argument("--online", action="store_true", help="fall back to Nominatim (network)")
    bd = sub.add_parser(
        "build",
        help="extract the incidents of the store's articles, save them in the store, and "
        "write incidents.geojson and incidents.csv in --data as exports",
        description="Builds under the store's build lease, as the app does: when another "
        f"server or build holds it, nothing is built and the exit status is {EXIT_BUSY}.",
    )
    bd.add_argument("--data", type=Path, default=DATA_DIR)
    _url_option(bd)
    im = sub.add_parser(
        "import",
        help="read an ACLED, CIR or GeoJSON dataset; print {loaded, skipped} as JSON",
        description="Rows are 1-based data rows (the first row after a CSV header, or the "
        "first GeoJSON feature, is row 1). Nothing is written unless --save is given.",
    )
    im.add_argument("file", type=Path)
    im.add_argument(
        "--format",
        choices=["acled", "cir", "geojson"],
        default=None,
        help="default: sniffed from the extension and the CSV header",
    )
    im.add_argument(
        "--name", default=None, help="layer name (default: the format, or the GeoJSON file's name)"
    )
    im.add_argument(
        "--save",
        action="store_true",
        help="save the layer in the store of --data (replacing one of that name)",
    )
    im.add_argument("--data", type=Path, default=DATA_DIR)
    _url_option(im)
    xp = sub.add_parser(
        "export",
        help="write the filtered incidents as csv, geojson, a brief pack zip, kml, pptx or pdf",
        description="Exports the incidents extracted from the articles (as the app loads "
        "them); saved layers only when named with --layer (or --all-layers). kml has a "
        "TimeSpan per incident for Google Earth's time slider; pptx and pdf are a brief: "
        "title, offline map, table of incidents, one slide or page per incident and the "
        "changes to them; the brief zip holds the audit log of its incidents.",
    )
    xp.add_argument("--format", choices=list(FORMATS), required=True)
    xp.add_argument("--out", type=Path, required=True)
    xp.add_argument("--from", dest="date_from", type=_iso_day, default=None, metavar="DATE")
    xp.add_argument("--to", dest="date_to", type=_iso_day, default=None, metavar="DATE")
    xp.add_argument(
        "--actor",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="actors to keep (repeatable; 'Unknown' for none)",
    )
    xp.add_argument("--type", dest="types", nargs="+", action="extend", default=[], metavar="TYPE")
    xp.add_argument(
        "--bbox",
        type=_bbox,
        default=None,
        metavar="W,S,E,N",
        help="only incidents located in this box (degrees: west,south,east,north; "
        "incidents without a place are left out)",
    )
    xp.add_argument(
        "--layer",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="also export these saved layers",
    )
    xp.add_argument("--all-layers", action="store_true", help="also export every saved layer")
    xp.add_argument(
        "--base-url",
        default=None,
        help="the Map page's URL for permalinks (default: $INCIDENT_ATLAS_PUBLIC_URL + /map, "
        "else http://localhost:8501/map)",
    )
    xp.add_argument(
        "--detail",
        type=_count,
        default=None,
        metavar="N",
        help="pptx/pdf: incidents that get a slide or page of their own (default 20)",
    )
    xp.add_argument("--data", type=Path, default=DATA_DIR)
    _url_option(xp)
    ms = sub.add_parser(
        "migrate-store",
        help="import a data directory's files into the store; print what was imported",
        description="Articles (and index.csv), corrections.csv, saved layers and a fresh "
        "incidents.geojson go into the store: data/atlas.db, or the PostgreSQL database of "
        "INCIDENT_ATLAS_DATABASE_URL. Running it again imports nothing new.",
    )
    ms.add_argument("--data", "--data-dir", dest="data", type=Path, default=DATA_DIR)
    _url_option(ms)
    return p


def _url_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--url",
        default=None,
        help="the store's database URL (default: $INCIDENT_ATLAS_DATABASE_URL, else "
        "atlas.db in --data, as the app)",
    )


def _count(value: str) -> int:
    try:
        n = int(value)
        if n < 0:
            raise ValueError
        return n
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a count (0, 1, 2, …)") from None


def _iso_day(value: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _bbox(value: str) -> tuple[float, float, float, float]:
    from store.query import parse_bbox

    try:
        return parse_bbox(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _extract(files: list[Path]) -> int:
    from geo.articles import read_metadata
    from geo.pipeline import extract_incidents, load_articles
    from geo.places import default_resolver
    from geo.table import incident_record

    meta: dict[str, dict[str, str]] = {}
    for folder in {f.parent for f in files}:
        meta.update(read_metadata(folder))
    articles, errors = load_articles(files, meta)
    incidents = extract_incidents(articles, default_resolver(), failed=errors)
    for e in errors:
        print(f"skipped {e.message}", file=sys.stderr)
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
        from geo.onlinegeocoder import default_online_geocoder

        geocoder = default_online_geocoder()
    for record in geocode_records(names, default_resolver().gaz, geocoder):
        print(json.dumps(record, ensure_ascii=False))
    return 0


def _build(data_dir: Path, url: str | None) -> int:
    """Build the store's incidents (the catalog's build: under the lease, saved with the
    data version read before it), then write the exports."""
    from geo.catalog import BuildBusy, build_and_save, import_notes
    from geo.pipeline import write_exports
    from store.migrate import open_seeded

    store, report = open_seeded(data_dir, url)
    try:
        for note in import_notes(report):
            print(note, file=sys.stderr)
        try:
            built = build_and_save(store)
        except BuildBusy as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_BUSY
    finally:
        store.close()
    for e in built.refused:
        print(f"skipped {e.message}", file=sys.stderr)
    if built.save_error is not None:
        raise ValueError(f"the incidents could not be saved in the store: {built.save_error}")
    write_exports(data_dir, built.doc)
    summary = {
        "incidents": len(built.doc["features"]),
        "skipped": [e.__dict__ for e in built.refused],
        "data_version": built.version,
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 0


def _import(args: argparse.Namespace) -> int:
    from geo.importers import import_file

    result = import_file(args.file, args.format, args.name)
    if args.save:
        from geo.layers import save_layer
        from store.migrate import open_seeded

        store, _report = open_seeded(args.data, args.url)  # the store the app of --data reads
        try:
            name = save_layer(store, result)
        finally:
            store.close()
        print(f"saved layer {name!r} to the store of {args.data}", file=sys.stderr)
    print(json.dumps(result.summary(), ensure_ascii=False))
    return 0


def _canonical(what: str, values: list[str], present: list[str]) -> tuple[str, ...]:
    """``values`` spelled as in the data (case-insensitive); unknown ones are kept
    (they match nothing) with a note on stderr."""
    canon = {p.casefold(): p for p in present}
    out = []
    for v in values:
        hit = canon.get(v.strip().casefold())
        if hit is None:
            print(f"note: no incident has the {what} {v!r}", file=sys.stderr)
        out.append(hit or v)
    return tuple(out)


def _export(args: argparse.Namespace) -> int:
    from geo import filters, layers
    from geo.catalog import import_notes, load_catalog
    from geo.urlstate import ViewState
    from render import exporters  # the command line is an edge, as pages are (test_layering)
    from store.migrate import open_seeded

    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise ValueError("--to is before --from")
    store, report = open_seeded(args.data, args.url)  # the CLI opens its own store
    try:
        version = store.data_version()
        catalog = load_catalog(store)
        for message in [*import_notes(report), *catalog.messages]:
            print(message, file=sys.stderr)
        frame = layers.with_layer(catalog.incidents, None)
        # Layers only when asked for: reading them all costs time an export of incidents
        # does not need.
        if args.layer or args.all_layers:
            frame = _with_layers(store, catalog.incidents, args.layer, args.all_layers)
        actors = _canonical("actor", args.actor, filters.actors_present(frame))
        types = _canonical("type", args.types, filters.types_present(frame))
        view = ViewState(args.date_from, args.date_to, actors, types)
        shown = _filtered(store, frame, catalog, view, args, version)
        log = store.corrections()  # the brief formats carry the audit log of their incidents
    finally:
        store.close()
    data = exporters.export(
        shown, args.format, view, args.base_url, detail_limit=args.detail, log=log
    )
    write_atomic_bytes(Path(args.out), data)
    print(json.dumps({"exported": len(shown), "format": args.format, "out": str(args.out)}))
    return 0


def _with_layers(store: Any, incidents: Any, names: list[str], every: bool) -> Any:
    """The incidents and the saved layers named (or every one), as the app joins them."""
    from geo import layers

    saved, infos, messages = layers.load_layers(store)
    for message in messages:
        print(message, file=sys.stderr)
    known = {i.name for i in infos}
    missing = [n for n in names if n not in known]
    if missing:
        raise ValueError(
            f"no saved layer named {', '.join(missing)} "
            f"(saved: {', '.join(sorted(known)) or 'none'})"
        )
    if not every:
        saved = saved[saved["layer"].isin(names)]
    return layers.combine(incidents, saved)


def _filtered(store: Any, frame: Any, catalog: Any, view: Any, args: Any, version: int) -> Any:
    """The rows to export: found by the store's indexed query when the table is the
    store's saved incidents and nothing was written meanwhile; else the pandas filter."""
    from geo.storefilter import select_rows

    return select_rows(
        store, frame, view, origin=catalog.origin, version=version, bbox=args.bbox,
        layers=args.layer, all_layers=args.all_layers,
    )  # fmt: skip


def _migrate_store(data_dir: Path, url: str | None) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from store import open_store
    from store.migrate import migrate_data_dir, seed_lease

    try:
        store = open_store(data_dir, url)
        try:
            with seed_lease(store):  # not while a server seeds the same store
                report = migrate_data_dir(data_dir, store)
        finally:
            store.close()
    except SQLAlchemyError as exc:  # the database refused or is unreachable: say so, briefly
        print(f"error: the store could not be used: {str(exc).splitlines()[0]}", file=sys.stderr)
        return 1
    for note in report.skipped:
        print(f"skipped {note}", file=sys.stderr)
    print(json.dumps(report.summary(), ensure_ascii=False))
    return 0


def main(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args.files)
        if args.command == "geocode":
            return _geocode(args.names, args.online)
        if args.command == "import":
            return _import(args)
        if args.command == "export":
            return _export(args)
        if args.command == "migrate-store":
            return _migrate_store(args.data, args.url)
        return _build(args.data, args.url)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
