"""The pages' view filter before and after the store answered it, at 100k and 200k incidents.

    python -m benchmarks.page_filter [--sizes 100000 200000] [--repeat 5] [--pg]

Synthetic incidents (:mod:`benchmarks.synthetic`) are saved in a fresh store (SQLite in a
temporary file; ``--pg``: PostgreSQL on ``$INCIDENT_ATLAS_TEST_PG_URL`` or a throwaway
cluster, as :mod:`benchmarks.store_query`) and loaded as the app loads them. For each view:

- **pandas** — what the pages ran before: ``geo.filters`` over the whole table in memory;
- **indexed** — the store's indexed query (:func:`geo.storefilter.select_rows`), the rows
  taken by id from the table, those a correction touched re-checked, whatever the share
  of the table the view selects;
- **page now** — what the pages run: the same, but a view selecting more than
  :data:`geo.storefilter.BROAD_SHARE` of the table goes to pandas after the store said so
  (its query stops at that many ids).

The app's ``ui.viewrows`` adds only its cache of the
:class:`~geo.storefilter.TableLookup`, built once per data version (its cost is printed).

Each figure is the median of ``--repeat`` runs, the three run in turn; all return the same
ids (checked). SQLite: CPU time of this process (SQLite runs in it, its pages cached), as
wall times varied 1.5x with the load of the shared 2-core machine; PostgreSQL: wall time
(its server works in other processes).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from datetime import date
from functools import partial
from typing import Any

import pandas as pd

from benchmarks.store_query import database, postgresql
from geo import filters, storefilter
from geo.storefilter import select_rows, table_lookup
from geo.urlstate import ViewState
from store.query import BBox

JUNE = (date(2024, 6, 1), date(2024, 6, 30))
KYIV = (30.2, 50.2, 30.9, 50.7)
VIEWS: dict[str, tuple[ViewState, BBox | None]] = {
    "default view (no filter)": (ViewState(), None),
    "selective: a month + an actor + Kyiv's box": (ViewState(*JUNE, actors=("Russia",)), KYIV),
    "selective: a month + an actor": (ViewState(*JUNE, actors=("Ukraine",)), None),
    "selective: the latest week": (ViewState(date(2024, 12, 25), date(2024, 12, 31)), None),
    "broad: one actor (55 %)": (ViewState(actors=("Russia",)), None),
    "broad: 2024 (a third)": (ViewState(date(2024, 1, 1), date(2024, 12, 31)), None),
}


def pandas_rows(table: pd.DataFrame, view: ViewState, bbox: BBox | None) -> pd.DataFrame:
    """The pages' filter before: the whole table in pandas."""
    shown = filters.filter_incidents(table, view)
    return shown[filters.bbox_mask(shown, bbox)] if bbox is not None else shown


def in_turn(
    runs: list[Callable[[], Any]], repeat: int, clock: Callable[[], float]
) -> list[tuple[float, Any]]:
    """The median time by ``clock`` and the last result of each, run in turn."""
    times: list[list[float]] = [[] for _ in runs]
    last: list[Any] = [None] * len(runs)
    for _ in range(repeat):
        for k, run in enumerate(runs):
            t0 = clock()
            last[k] = run()
            times[k].append(clock() - t0)
    return [(statistics.median(t), r) for t, r in zip(times, last, strict=True)]


def always_indexed(*args: Any, **kwargs: Any) -> pd.DataFrame:
    """:func:`select_rows` taking the store's answer however many rows it selects."""
    floor = storefilter.BROAD_FLOOR
    storefilter.BROAD_FLOOR = 10**12
    try:
        return select_rows(*args, **kwargs)
    finally:
        storefilter.BROAD_FLOOR = floor


def loaded(url: str, n: int) -> tuple[Any, pd.DataFrame]:
    """A store at ``url`` holding ``n`` synthetic incidents, and its table as the app
    loads it (``geo.catalog.load_catalog``)."""
    from benchmarks.synthetic import make_records
    from geo.catalog import load_catalog
    from geo.table import to_geojson
    from store.sql import SqlStore

    store = SqlStore(url)
    t0 = time.perf_counter()
    store.save_incidents(to_geojson(make_records(n)), 0)
    catalog = load_catalog(store)
    assert catalog.origin == "stored", catalog.messages
    print(f"  saved and loaded in {time.perf_counter() - t0:.1f} s")
    return store, catalog.incidents


def bench(url: str, label: str, n: int, repeat: int) -> None:
    store, table = loaded(url, n)
    try:
        t0 = time.perf_counter()
        lookup = table_lookup(table, store.corrections(), store.layer_names())
        print(f"  {label}: table lookup (once per data version) {time.perf_counter() - t0:.3f} s")
        version = store.data_version()
        clock = time.process_time if store.backend == "sqlite" else time.perf_counter
        print(f"    {'view':44s} {'pandas':>8s} {'indexed':>8s} {'page now':>8s}  (rows)")
        for what, (view, box) in VIEWS.items():
            args = (store, table, view)
            options = {"origin": "stored", "version": version, "bbox": box, "lookup": lookup}
            (pd_s, expected), (ix_s, indexed), (now_s, shown) = in_turn(
                [partial(pandas_rows, table, view, box), partial(always_indexed, *args, **options),
                 partial(select_rows, *args, **options)], repeat, clock)  # fmt: skip
            for got in (indexed, shown):
                assert list(got["id"]) == list(expected["id"]), f"{label}, pandas disagree: {what}"
            ms = " ".join(f"{s * 1000:5.1f} ms" for s in (pd_s, ix_s, now_s))
            print(f"    {what:44s} {ms}  ({len(shown):,})")
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 200_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pg", action="store_true", help="PostgreSQL too")
    args = parser.parse_args()
    with postgresql() if args.pg else nullcontext() as server:
        if args.pg and server is None:
            print("PostgreSQL: not available (set INCIDENT_ATLAS_TEST_PG_URL)")
        for n in args.sizes:
            print(f"{n:,} incidents")
            with tempfile.TemporaryDirectory() as tmp:
                bench(f"sqlite:///{tmp}/atlas.db", "sqlite", n, args.repeat)
            if server is not None:
                with database(server) as url:
                    bench(url, "postgresql", n, args.repeat)


if __name__ == "__main__":
    main()
