"""Incident rows: one per incident of the saved incidents document and of each saved
layer, with a spatial index and date/actor indexes, so filters run in the database.

PostgreSQL: ``CREATE EXTENSION IF NOT EXISTS postgis`` (in a savepoint: a server without
PostGIS, or a role that may not install it, keeps the migration going) and a generated
``geom geometry(Point, 4326)`` with a GiST index; without PostGIS, btree indexes on lat
and lon (the store's info says which). SQLite: the R*Tree ``incident_rtree``, kept in
step with the rows by triggers. The rows of what is saved already are written here.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

GEOM = (
    "ALTER TABLE incident_rows ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS "
    "(ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED"
)
SQLITE_RTREE = [
    "CREATE VIRTUAL TABLE incident_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat)",
    "CREATE TRIGGER incident_rows_rtree_insert AFTER INSERT ON incident_rows "
    "WHEN new.lat IS NOT NULL AND new.lon IS NOT NULL BEGIN "
    "INSERT INTO incident_rtree VALUES (new.row_id, new.lon, new.lon, new.lat, new.lat); END",
    "CREATE TRIGGER incident_rows_rtree_delete AFTER DELETE ON incident_rows BEGIN "
    "DELETE FROM incident_rtree WHERE id = old.row_id; END",
    # Rows are replaced, never updated; refuse an update rather than let the R*Tree drift.
    "CREATE TRIGGER incident_rows_no_update BEFORE UPDATE ON incident_rows BEGIN "
    "SELECT RAISE(ABORT, 'incident rows are replaced, not updated'); END",
]


def _postgis(bind: sa.Connection) -> bool:
    """Install PostGIS if this server has it and the role may; False otherwise."""
    available = bind.exec_driver_sql(
        "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'"
    ).first()
    if available is None:
        return False
    try:
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS postgis")
    except sa.exc.DBAPIError:  # e.g. not superuser: PostGIS is not a trusted extension
        return False
    return True


def _backfill(bind: sa.Connection) -> None:
    """The rows of the incidents and layers saved before this migration."""
    from store.query import feature_rows  # the one definition of a row (store/query.py)
    from store.rows import insert_rows

    doc = bind.execute(
        sa.text("SELECT doc, version FROM incident_docs ORDER BY id DESC LIMIT 1")
    ).first()
    if doc is not None:
        insert_rows(bind, feature_rows(json.loads(doc.doc), None), int(doc.version))
    for layer in bind.execute(sa.text("SELECT name, doc, version FROM layers ORDER BY name")):
        insert_rows(bind, feature_rows(json.loads(layer.doc), layer.name), int(layer.version))


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "incident_rows",
        sa.Column("row_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("incident_id", sa.Text, nullable=False),
        sa.Column("layer", sa.String(80)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("date_from", sa.String(10)),
        sa.Column("date_to", sa.String(10)),
        sa.Column("actor", sa.Text),
        sa.Column("event_type", sa.Text),
        sa.Column("data_version", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_incident_rows_incident_id", "incident_rows", ["incident_id"])
    # date_to first: "overlaps [F, T]" is date_to >= F and date_from <= T; the views asked
    # for most (the latest days) make date_to >= F the selective range.
    op.create_index("ix_incident_rows_dates", "incident_rows", ["date_to", "date_from"])
    op.create_index("ix_incident_rows_actor", "incident_rows", ["actor"])
    # No index on layer: nearly every row is an article incident's (layer null), and an
    # index there is what SQLite's planner would pick over the box and date indexes.
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_RTREE:
            op.execute(statement)
    elif _postgis(bind):
        op.execute(GEOM)
        op.execute("CREATE INDEX ix_incident_rows_geom ON incident_rows USING gist (geom)")
    else:
        op.create_index("ix_incident_rows_lat", "incident_rows", ["lat"])
        op.create_index("ix_incident_rows_lon", "incident_rows", ["lon"])
    _backfill(bind)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE incident_rtree")
    op.drop_table("incident_rows")  # its indexes and triggers go with it
