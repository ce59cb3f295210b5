"""Alembic environment: upgrades run on the connection :func:`store.sql.migrate` passes in
(``config.attributes["connection"]``), or on ``INCIDENT_ATLAS_DATABASE_URL`` when the
``alembic`` command is run by hand (``alembic -c store/alembic.ini upgrade head``)."""

from __future__ import annotations

import os

import sqlalchemy as sa
from alembic import context

# Any constant: two servers opening a fresh PostgreSQL database at once migrate in turn.
PG_MIGRATION_LOCK = 0x41544C53


def _run(connection: sa.Connection) -> None:
    context.configure(connection=connection, render_as_batch=True)
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_MIGRATION_LOCK})")
        context.run_migrations()


def main() -> None:
    given = context.config.attributes.get("connection")
    if given is not None:
        _run(given)
        return
    url = os.environ.get("INCIDENT_ATLAS_DATABASE_URL") or context.config.get_main_option(
        "sqlalchemy.url"
    )
    if not url:
        raise SystemExit("Set INCIDENT_ATLAS_DATABASE_URL (or sqlalchemy.url) to migrate.")
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


main()
