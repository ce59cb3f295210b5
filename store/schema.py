"""The store's tables, as SQLAlchemy Core objects the queries in :mod:`store.sql` use.

The tables are *created* by the Alembic migrations in ``store/migrations/versions``,
never from these objects: a change here needs a new migration beside it.

Every table that is written records ``version``, the data version of the write, so
"what changed since version N" is one indexed query.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

atlas_version = sa.Table(
    "atlas_version",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("version", sa.BigInteger, nullable=False),
)
"""One row (id 1): the data version. Each write transaction raises it first, which also
serialises writers on PostgreSQL (the row lock) as ``BEGIN IMMEDIATE`` does on SQLite."""

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("file", sa.String(200), nullable=False, unique=True),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.String(10)),
    sa.Column("language", sa.String(20)),
    sa.Column("digest", sa.String(64), nullable=False, index=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("added_at", sa.String(32), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False, index=True),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("when", sa.String(64), nullable=False),
    sa.Column("who", sa.Text, nullable=False),
    sa.Column("incident_id", sa.Text, nullable=False, index=True),
    sa.Column("action", sa.String(20), nullable=False),
    sa.Column("field", sa.Text, nullable=False),
    sa.Column("old_value", sa.Text, nullable=False),
    sa.Column("new_value", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("recorded_at", sa.String(32), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
)
"""Append-only: triggers refuse UPDATE and DELETE (see the first migration)."""

incident_docs = sa.Table(
    "incident_docs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("built_from", sa.BigInteger, nullable=False),
    sa.Column("doc", sa.Text, nullable=False),
    sa.Column("saved_at", sa.String(32), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
)

layers = sa.Table(
    "layers",
    metadata,
    sa.Column("name", sa.String(80), primary_key=True),
    sa.Column("doc", sa.Text, nullable=False),
    sa.Column("saved_at", sa.String(32), nullable=False),
    sa.Column("version", sa.BigInteger, nullable=False),
)

build_leases = sa.Table(
    "build_leases",
    metadata,
    sa.Column("name", sa.String(40), primary_key=True),
    sa.Column("holder", sa.String(200), nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
)
"""Who may run a build (e.g. ``incidents``) until when (seconds since the epoch). Taking
a lease is no data write: it does not raise the data version."""

briefs = sa.Table(
    "briefs",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(120), nullable=False),
    sa.Column("revision", sa.Integer, nullable=False),
    sa.Column("created_at", sa.String(32), nullable=False),
    sa.Column("created_by", sa.Text, nullable=False),
    sa.Column("view", sa.Text, nullable=False),
    sa.Column("data_version", sa.BigInteger, nullable=False),
    sa.Column("snapshot", sa.Text, nullable=False),
    sa.Index("ix_briefs_name_revision", "name", "revision", unique=True),
)
"""Saved briefs (:class:`store.base.StoredBrief`): append-only, one row per revision of a
name (the latest is the brief). ``data_version`` is the version the brief's view was
computed at. Saving a brief is no data write: it does not raise the data version (the
incidents, articles and log it reads are unchanged)."""

incident_rows = sa.Table(
    "incident_rows",
    metadata,
    sa.Column("row_id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("incident_id", sa.Text, nullable=False, index=True),
    sa.Column("layer", sa.String(80)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("date_from", sa.String(10)),
    sa.Column("date_to", sa.String(10)),
    sa.Column("actor", sa.Text, index=True),
    sa.Column("event_type", sa.Text),
    sa.Column("data_version", sa.BigInteger, nullable=False),
    sa.Index("ix_incident_rows_dates", "date_to", "date_from"),
)
"""One row per incident of the saved incidents document (``layer`` null) and of every
saved layer, written in the transaction that saves the document (:mod:`store.rows`):
what :meth:`store.base.AtlasStore.incident_ids` queries. The date window is filled
(one known end is the single day; both null = undated). The spatial index depends on
the backend and lives outside these objects (:data:`SPATIAL_OBJECTS`): on PostgreSQL
with PostGIS a generated ``geom`` point with a GiST index, without it btree indexes on
lat and lon; on SQLite the R*Tree ``incident_rtree``, kept by triggers."""

SPATIAL_OBJECTS = frozenset(
    {
        "geom",
        "ix_incident_rows_geom",
        "ix_incident_rows_lat",
        "ix_incident_rows_lon",
        "spatial_ref_sys",  # PostGIS's own table
        "incident_rtree",
        "incident_rtree_node",
        "incident_rtree_parent",
        "incident_rtree_rowid",
    }
)
"""Backend-specific objects the migrations make and these tables do not describe."""


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic's ``include_object`` hook: leave :data:`SPATIAL_OBJECTS` out of comparisons."""
    return name not in SPATIAL_OBJECTS
