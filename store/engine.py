"""Opening a store's database: the URL, the engine (SQLite set up for sharing), and the
schema upgrade to the newest migration. Used by :class:`store.sql.SqlStore`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event

BUSY_TIMEOUT_MS = 30_000
"""How long a SQLite writer waits for another to finish before giving up."""
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
WRITE = "atlas_write"  # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)


def parse_url(url: str | sa.URL) -> sa.URL:
    """A database URL the store can open: ``sqlite:///…`` or ``postgresql://…``
    (``postgres://`` and ``postgresql://`` are given the psycopg 3 driver)."""
    try:
        parsed = sa.make_url(url)
    except sa.exc.ArgumentError as exc:
        raise ValueError(f"Not a database URL: {exc}") from None
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        return parsed.set(drivername="postgresql+psycopg")
    if backend != "sqlite":
        raise ValueError(
            f"The atlas stores its data in SQLite or PostgreSQL, not {backend!r} "
            "(INCIDENT_ATLAS_DATABASE_URL=postgresql://user:password@host/db)."
        )
    if parsed.database in (None, "", ":memory:"):
        raise ValueError("A SQLite store needs a file (an in-memory database is never shared).")
    return parsed


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def _sqlite_begin(conn: sa.Connection) -> None:
    writes = conn.get_execution_options().get(WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def engine_options(url: str | sa.URL) -> dict[str, Any]:
    """The ``create_engine`` keywords the store wants for ``url`` (PostgreSQL: test a
    pooled connection before use, as a server restart or an idle timeout drops them)."""
    return {} if parse_url(url).get_backend_name() == "sqlite" else {"pool_pre_ping": True}


def prepare_engine(engine: sa.Engine) -> sa.Engine:
    """Set ``engine`` up for the store: SQLite gets WAL, a busy timeout and transactions
    begun by us (pysqlite's own are deferred and begin late, so two writers could each
    read, then deadlock on the upgrade), and its file's folder. Idempotent, so a shared
    engine (the app's ``st.connection``) can be handed to a store more than once.

    Raises
    ------
    ValueError
        The engine's database is not one the store can use (:func:`parse_url`).
    """
    parsed = parse_url(engine.url)
    if parsed.get_backend_name() != "sqlite":
        return engine
    assert parsed.database is not None
    Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    if not event.contains(engine, "connect", _sqlite_connect):
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    return engine


def make_engine(url: str | sa.URL) -> sa.Engine:
    """An engine for ``url`` (see :func:`parse_url`), set up by :func:`prepare_engine`."""
    parsed = parse_url(url)
    return prepare_engine(sa.create_engine(parsed, **engine_options(parsed)))


def upgrade(engine: sa.Engine) -> None:
    """Bring the schema to the newest migration, in one write transaction (concurrent
    openers of a fresh database migrate in turn; the later one finds nothing to do)."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.execution_options(**{WRITE: True}).begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
