"""The store's indexed incident query against the pandas filter, at 100k and 1M rows.

    python -m benchmarks.store_query [--sizes 100000 1000000] [--repeat 5]

Synthetic rows over Ukraine (a few undated and unlocated, three actors, two types,
windows of 0–6 days over two years) go straight into the incident rows of a fresh store
(the query is measured, not the save): SQLite in a temporary file, and PostgreSQL on
``$INCIDENT_ATLAS_TEST_PG_URL`` or a throwaway cluster (``scripts/pg_throwaway.sh``) when
one starts. pandas filters the same rows held in memory, as the app does
(``geo.storefilter.filter_view``). Each figure is the median of ``--repeat`` runs, ids
fetched included; the count of ids is printed beside it (both sides agree: checked).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

from geo.storefilter import filter_view
from geo.urlstate import ViewState
from store.query import IncidentQuery

ROOT = Path(__file__).resolve().parent.parent
DAY0 = date(2023, 1, 1)
QUERIES = {
    "box (Kyiv, 0.3°)": IncidentQuery(bbox=(30.35, 50.3, 30.7, 50.6)),
    "latest week": IncidentQuery(date_from=date(2024, 12, 25), date_to=date(2024, 12, 31)),
    "box (Kharkiv oblast) + month + actor": IncidentQuery(
        bbox=(35.0, 49.0, 38.0, 50.5),
        date_from=date(2024, 6, 1),
        date_to=date(2024, 6, 30),
        actors=("Russia",),
    ),
    "one actor (half the rows)": IncidentQuery(actors=("Russia",)),
}


def make_rows(n: int, seed: int = 13) -> list[dict[str, Any]]:
    """``n`` incident rows as :func:`store.query.feature_rows` makes them."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        located = rng.random() > 0.03
        start = DAY0 + timedelta(days=rng.randrange(730))
        end = start + timedelta(days=rng.choice((0, 0, 0, 1, 6)))
        dated = rng.random() > 0.02
        rows.append(
            {
                "incident_id": f"s{i}",
                "layer": None,
                "lat": rng.uniform(44.5, 52.3) if located else None,
                "lon": rng.uniform(22.2, 40.2) if located else None,
                "date_from": start.isoformat() if dated else None,
                "date_to": end.isoformat() if dated else None,
                "actor": rng.choice(("Russia", "Russia", "Ukraine", None)),
                "event_type": rng.choice(("strike", "shelling")),
            }
        )
    return rows


def frame_of(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The rows as the app's table has them (the columns the filters read)."""
    df = pd.DataFrame(rows).rename(
        columns={"incident_id": "id", "date_from": "date_start", "date_to": "date_end"}
    )
    for col in ("id", "date_start", "date_end", "actor", "event_type"):
        df[col] = df[col].astype("string")
    for col in ("lat", "lon"):
        df[col] = df[col].astype("Float64")
    return df


def median_s(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def fill(store: Any, rows: list[dict[str, Any]]) -> float:
    """Write the rows in one transaction (and ANALYZE, as a save does); seconds taken."""
    from store import rows as store_rows

    t0 = time.perf_counter()
    with store._writer.begin() as conn:
        store_rows.insert_rows(conn, rows, 1)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
        conn.exec_driver_sql("ANALYZE incident_rows")
    return time.perf_counter() - t0


@contextmanager
def postgresql() -> Iterator[str | None]:
    """A server URL: ``$INCIDENT_ATLAS_TEST_PG_URL`` or a throwaway cluster (stopped
    after); None when neither is available."""
    server = os.environ.get("INCIDENT_ATLAS_TEST_PG_URL", "").strip()
    if server:
        yield server
        return
    script = ROOT / "scripts" / "pg_throwaway.sh"
    done = subprocess.run([str(script), "start"], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        yield None
        return
    found = dict(ln.removeprefix("export ").split("=", 1) for ln in done.stdout.splitlines())
    try:
        yield found["INCIDENT_ATLAS_TEST_PG_URL"]
    finally:
        subprocess.run([str(script), "stop", found["INCIDENT_ATLAS_TEST_PG_DIR"]], check=False)


@contextmanager
def database(server: str) -> Iterator[str]:
    """A new, empty database on ``server``, dropped afterwards."""
    import sqlalchemy as sa

    from store.sql import parse_url

    admin = sa.create_engine(parse_url(server), isolation_level="AUTOCOMMIT")
    name = f"atlas_bench_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        yield parse_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def bench(url: str, label: str, rows: list[dict[str, Any]], df: pd.DataFrame, repeat: int) -> None:
    from store.sql import SqlStore

    store = SqlStore(url)
    try:
        filled = fill(store, rows)
        print(f"  {label}: {store.info()['spatial_index']}; rows written in {filled:.1f} s")
        for what, query in QUERIES.items():
            view = ViewState(query.date_from, query.date_to, query.actors, query.types)
            db_s, ids = median_s(partial(store.incident_ids, query), repeat)
            pd_s, shown = median_s(partial(filter_view, df, view, query.bbox), repeat)
            assert ids == list(shown["id"]), f"{label} and pandas disagree on {what}"
            print(f"    {what:38s} {label} {db_s * 1000:8.1f} ms   pandas "
                  f"{pd_s * 1000:8.1f} ms   ({len(ids):,} ids)")  # fmt: skip
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-pg", action="store_true", help="SQLite and pandas only")
    args = parser.parse_args()
    with postgresql() if not args.no_pg else nullcontext() as server:
        if server is None:
            print("PostgreSQL: not available (set INCIDENT_ATLAS_TEST_PG_URL)")
        for n in args.sizes:
            rows = make_rows(n)
            df = frame_of(rows)
            print(f"{n:,} incident rows")
            with tempfile.TemporaryDirectory() as tmp:
                bench(f"sqlite:///{tmp}/atlas.db", "sqlite", rows, df, args.repeat)
            if server is not None:
                with database(server) as url:
                    bench(url, "postgresql", rows, df, args.repeat)


if __name__ == "__main__":
    main()
