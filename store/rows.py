"""The incident rows (:data:`store.schema.incident_rows`): written with every saved
incidents document and layer, queried by :class:`store.query.IncidentQuery`.

One query for both backends; only the box test differs with the spatial index the
migration could make (:func:`spatial_index`):

- ``postgis`` — ``geom && ST_MakeEnvelope(…)`` on the GiST index (PostgreSQL with PostGIS);
- ``rtree`` — the R*Tree ``incident_rtree`` (SQLite), joined by ``row_id``;
- ``btree`` — lat/lon btree indexes (PostgreSQL where PostGIS could not be installed).

The index tests bounding boxes stored as 32-bit floats (slightly enlarged), so every box
query also compares the exact ``lat``/``lon``: the index finds candidates, the columns
decide.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa

from store import schema as t
from store.query import IncidentQuery, feature_rows, wants_unknown

SPATIAL_KINDS = {
    "postgis": "PostGIS point with a GiST index",
    "rtree": "SQLite R*Tree",
    "btree": "btree indexes on lat and lon (PostGIS is not installed on this server)",
}
"""What :func:`spatial_index` may answer, as the store's info says it."""
CHUNK = 5_000
"""Rows per INSERT batch (bounded memory and statement size on a 1M-row save)."""

_rtree = sa.table(
    "incident_rtree",
    sa.column("id"),
    sa.column("min_lon"),
    sa.column("max_lon"),
    sa.column("min_lat"),
    sa.column("max_lat"),
)


def spatial_index(conn: sa.Connection) -> str:
    """Which spatial index the rows have here: a key of :data:`SPATIAL_KINDS`."""
    if conn.dialect.name == "sqlite":
        return "rtree"
    found = conn.execute(
        sa.text(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'incident_rows' AND column_name = 'geom'"
        )
    ).first()
    return "postgis" if found else "btree"


def insert_rows(conn: sa.Connection, rows: list[dict[str, Any]], version: int) -> None:
    """Insert ``rows`` (:func:`store.query.feature_rows`) written at data ``version``.
    The spatial index follows by itself (PostGIS: a generated column; SQLite: triggers)."""
    for i in range(0, len(rows), CHUNK):
        batch = [{**r, "data_version": version} for r in rows[i : i + CHUNK]]
        conn.execute(sa.insert(t.incident_rows), batch)


def replace_rows(
    conn: sa.Connection, doc: Mapping[str, Any], layer: str | None, version: int
) -> None:
    """Make the rows of ``layer`` (None: the article incidents) those of ``doc``, inside
    the caller's write transaction (so the rows and the document never disagree)."""
    r = t.incident_rows
    which = r.c.layer.is_(None) if layer is None else r.c.layer == layer
    conn.execute(sa.delete(r).where(which))
    insert_rows(conn, feature_rows(doc, layer), version)
    # Fresh statistics, so the planner picks the indexes of a table that just changed
    # wholesale (without them SQLite prefers the layer index, which selects every row).
    # Sampled: PostgreSQL's ANALYZE reads 30k rows; SQLite's is limited the same way.
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA analysis_limit = 1000")
    conn.exec_driver_sql("ANALYZE incident_rows")


def _labels(column: sa.ColumnElement[Any], labels: tuple[str, ...]) -> sa.ColumnElement[bool]:
    chosen = column.in_(labels)
    return sa.or_(chosen, column.is_(None)) if wants_unknown(labels) else chosen


def _box(query: IncidentQuery, kind: str) -> list[sa.ColumnElement[bool]]:
    assert query.bbox is not None
    west, south, east, north = query.bbox
    r = t.incident_rows
    exact: list[sa.ColumnElement[bool]] = [
        r.c.lat.between(south, north),
        r.c.lon.between(west, east),
    ]
    if kind == "postgis":
        envelope = sa.func.ST_MakeEnvelope(west, south, east, north, 4326)
        return [sa.literal_column("incident_rows.geom").op("&&")(envelope), *exact]
    if kind == "rtree":
        hits = sa.select(_rtree.c.id).where(
            _rtree.c.max_lon >= west,
            _rtree.c.min_lon <= east,
            _rtree.c.max_lat >= south,
            _rtree.c.min_lat <= north,
        )
        return [r.c.row_id.in_(hits), *exact]
    return exact


def _dates(query: IncidentQuery) -> list[sa.ColumnElement[bool]]:
    r = t.incident_rows
    overlap = []
    if query.date_from is not None:
        overlap.append(r.c.date_to >= query.date_from.isoformat())
    if query.date_to is not None:
        overlap.append(r.c.date_from <= query.date_to.isoformat())
    # Undated rows have neither end; tested on date_to, the index's first column.
    if not overlap:
        return [] if query.include_undated else [r.c.date_to.is_not(None)]
    if not query.include_undated:
        return overlap
    return [sa.or_(r.c.date_to.is_(None), sa.and_(*overlap))]


def _layers(query: IncidentQuery) -> list[sa.ColumnElement[bool]]:
    """Which rows' layers count, and the layer rows an earlier row's id shadows."""
    r = t.incident_rows
    if not query.all_layers and not query.layers:
        return [r.c.layer.is_(None)]
    o = t.incident_rows.alias("earlier")
    asked = [] if query.all_layers else [sa.or_(o.c.layer.is_(None), o.c.layer.in_(query.layers))]
    shadowed = (
        sa.select(o.c.row_id)
        .where(
            o.c.incident_id == r.c.incident_id,
            sa.or_(
                o.c.layer.is_(None),
                o.c.layer < r.c.layer,
                sa.and_(o.c.layer == r.c.layer, o.c.row_id < r.c.row_id),
            ),
            *asked,
        )
        .exists()
    )
    keep = [sa.or_(r.c.layer.is_(None), ~shadowed)]
    if query.all_layers:
        return keep
    return [sa.or_(r.c.layer.is_(None), r.c.layer.in_(query.layers)), *keep]


def select_ids(query: IncidentQuery, kind: str, *, ordered: bool = True) -> sa.Select[Any]:
    """The statement selecting the ids ``query`` asks for: article incidents in document
    order, then the asked layers' rows by layer name and order (unordered when not
    ``ordered``: sorting 50k ids took a quarter of the query on SQLite)."""
    r = t.incident_rows
    where = [*_layers(query), *_dates(query)]
    if query.bbox is not None:
        where.extend(_box(query, kind))
    if query.actors:
        where.append(_labels(r.c.actor, query.actors))
    if query.types:
        where.append(_labels(r.c.event_type, query.types))
    statement = sa.select(r.c.incident_id).where(*where)
    if not ordered:
        return statement
    article_first = sa.case((r.c.layer.is_(None), 0), else_=1)
    return statement.order_by(article_first, r.c.layer, r.c.row_id)
