"""Shared fixtures: a store per backend, the same tests for each.

``store_url`` is parametrized over the backends: SQLite always; PostgreSQL when
``INCIDENT_ATLAS_TEST_PG_URL`` names a server (its role must be allowed to create
databases) or ``INCIDENT_ATLAS_TEST_PG=1`` asks for a throwaway cluster
(``scripts/pg_throwaway.sh``). Then a PostgreSQL that cannot be reached FAILS the tests
(``./dev test`` and CI set it, so they never skip silently); without either they skip.
Each test gets its own fresh database.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
THROWAWAY = ROOT / "scripts" / "pg_throwaway.sh"
BACKENDS = ("sqlite", "postgresql")


def _start_throwaway() -> tuple[str, str]:
    """(URL, directory) of a new throwaway cluster."""
    done = subprocess.run(
        [str(THROWAWAY), "start"], capture_output=True, text=True, timeout=180, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"{THROWAWAY.name} start failed")
    found = dict(
        line.removeprefix("export ").split("=", 1)
        for line in done.stdout.splitlines()
        if "=" in line
    )
    return found["INCIDENT_ATLAS_TEST_PG_URL"], found["INCIDENT_ATLAS_TEST_PG_DIR"]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server the tests may create databases on."""
    given = os.environ.get("INCIDENT_ATLAS_TEST_PG_URL", "").strip()
    if given:
        yield given
        return
    if os.environ.get("INCIDENT_ATLAS_TEST_PG") != "1":
        pytest.skip("PostgreSQL not requested (INCIDENT_ATLAS_TEST_PG=1 starts one)")
    try:
        url, directory = _start_throwaway()
    except (OSError, RuntimeError, subprocess.TimeoutExpired) as exc:
        pytest.fail(f"INCIDENT_ATLAS_TEST_PG=1 but no PostgreSQL could be started: {exc}")
    try:
        yield url
    finally:
        subprocess.run([str(THROWAWAY), "stop", directory], check=False, timeout=60)


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A template database with PostGIS installed when the server has it: installing it
    in every test's database would cost ~1 s each (the store's migration only finds it)."""
    import sqlalchemy as sa

    from store.sql import parse_url

    admin_url = parse_url(pg_server)
    name = f"atlas_tmpl_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE template0')
    inside = sa.create_engine(admin_url.set(database=name), isolation_level="AUTOCOMMIT")
    try:
        with inside.connect() as conn:
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
    except sa.exc.DBAPIError:
        pass  # no PostGIS here: each migration finds it missing and says so in the store's info
    finally:
        inside.dispose()
    try:
        yield name
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


@pytest.fixture
def pg_database(pg_server: str, pg_template: str) -> Iterator[str]:
    """A fresh, empty database on ``pg_server`` (dropped afterwards)."""
    import sqlalchemy as sa

    from store.sql import parse_url

    admin_url = parse_url(pg_server)
    name = f"atlas_t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"')
        yield admin_url.set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except sa.exc.OperationalError as exc:
        pytest.fail(f"PostgreSQL at {admin_url!r} cannot be used: {exc}")
    finally:
        admin.dispose()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL of an empty store, once per backend."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'atlas.db'}"
    return str(request.getfixturevalue("pg_database"))


@pytest.fixture
def store(store_url: str) -> Iterator[object]:
    """An open, migrated, empty :class:`store.sql.SqlStore` (one per backend)."""
    from store.sql import SqlStore

    opened = SqlStore(store_url)
    try:
        yield opened
    finally:
        opened.close()
