"""The one :class:`~store.base.AtlasStore` implementation: SQLAlchemy Core on SQLite or
PostgreSQL.

- **SQLite** (the default, ``data/atlas.db``): WAL, so readers never wait for a writer;
  every write transaction starts ``BEGIN IMMEDIATE`` so two processes queue (busy timeout
  :data:`BUSY_TIMEOUT_MS`) instead of failing half-way.
- **PostgreSQL** (``INCIDENT_ATLAS_DATABASE_URL``, driver psycopg 3): every write first
  raises the version row, whose row lock queues concurrent writers the same way.

The schema is Alembic's (``store/migrations``), upgraded to head when a store is opened.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pandas as pd
import sqlalchemy as sa

from geo.corrections import FIELDS, Correction
from store import rows
from store import schema as t
from store.base import (
    ARTICLE_COLUMNS,
    BriefInfo,
    DuplicateArticle,
    StoredBrief,
    StoredIncidents,
    content_digest,
    validate_brief,
    validate_correction,
    validate_file_name,
    validate_layer_name,
    validate_lease,
    validate_metadata,
    validate_text,
)
from store.engine import (
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    WRITE,
    make_engine,
    parse_url,
    prepare_engine,
    upgrade,
)
from store.query import IncidentQuery

__all__ = ["BUSY_TIMEOUT_MS", "MIGRATIONS", "SqlStore", "make_engine", "parse_url", "upgrade"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class SqlStore:
    """:class:`~store.base.AtlasStore` on a SQLAlchemy engine (SQLite or PostgreSQL).

    Parameters
    ----------
    url
        ``sqlite:///path/atlas.db`` or ``postgresql://user:pw@host/db``; or an engine
        made elsewhere (the app's ``st.connection``), set up by
        :func:`store.engine.prepare_engine` before its first connection.
    migrate
        Upgrade the schema to head on open (the default; tests of old schemas say no).
    """

    def __init__(self, url: str | sa.URL | sa.Engine, *, migrate: bool = True) -> None:
        self.engine = prepare_engine(url) if isinstance(url, sa.Engine) else make_engine(url)
        self._writer = self.engine.execution_options(**{WRITE: True})
        if migrate:
            upgrade(self.engine)
        self._spatial: str | None = None  # which spatial index the rows have (on first use)

    def __repr__(self) -> str:
        return f"SqlStore({self.engine.url.render_as_string(hide_password=True)!r})"

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def _spatial_index(self) -> str:
        if self._spatial is None:
            with self.engine.connect() as conn:
                self._spatial = rows.spatial_index(conn)
        return self._spatial

    def info(self) -> dict[str, str]:
        """What this store runs on: ``backend`` and ``spatial_index`` (how a box query is
        indexed: :data:`store.rows.SPATIAL_KINDS`, e.g. no PostGIS on this server)."""
        return {"backend": self.backend, "spatial_index": rows.SPATIAL_KINDS[self._spatial_index()]}

    # ---- versions -------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[tuple[sa.Connection, int]]:
        """A write transaction and its new data version (raised first: see the schema)."""
        with self._writer.begin() as conn:
            version = conn.execute(
                sa.update(t.atlas_version)
                .where(t.atlas_version.c.id == 1)
                .values(version=t.atlas_version.c.version + 1)
                .returning(t.atlas_version.c.version)
            ).scalar_one()
            yield conn, int(version)

    def data_version(self) -> int:
        with self.engine.connect() as conn:
            got = conn.execute(sa.select(t.atlas_version.c.version)).scalar_one()
        return int(got)

    # ---- articles -------------------------------------------------------------------

    def add_article(
        self,
        text: str,
        metadata: Mapping[str, str | None] | None = None,
        *,
        slug: str = "article",
        file: str | None = None,
        allow_duplicate: bool = False,
    ) -> str:
        """Store an article under ``file`` or the next ``NNN_<slug>.txt``.

        Raises
        ------
        DuplicateArticle
            The same words are stored already and ``allow_duplicate`` is False (checked
            inside the write transaction, so two identical saves at once cannot both pass).
        ValueError
            Empty text, unknown metadata, a bad or taken file name.
        """
        text, meta = validate_text(text), validate_metadata(metadata)
        if file is not None:
            validate_file_name(file)
        digest = content_digest(text)
        with self._write() as (conn, version):
            if not allow_duplicate and (dup := self._file_with_digest(conn, digest)):
                raise DuplicateArticle(dup)
            taken = set(conn.execute(sa.select(t.articles.c.file)).scalars())
            name = file or _next_name(taken, slug)
            if name in taken:
                raise ValueError(f"An article named {name} is already stored.")
            conn.execute(
                sa.insert(t.articles).values(
                    file=name, digest=digest, body=text, added_at=_now(), version=version, **meta
                )
            )
        return name

    @staticmethod
    def _file_with_digest(conn: sa.Connection, digest: str) -> str | None:
        query = sa.select(t.articles.c.file).where(t.articles.c.digest == digest)
        return conn.execute(query.order_by(t.articles.c.file).limit(1)).scalar()

    def find_article_by_text(self, text: str) -> str | None:
        with self.engine.connect() as conn:
            return self._file_with_digest(conn, content_digest(text))

    def articles(self) -> pd.DataFrame:
        cols = [t.articles.c[name] for name in ARTICLE_COLUMNS]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*cols).order_by(t.articles.c.file)).all()
        frame = pd.DataFrame([tuple(r) for r in rows], columns=list(ARTICLE_COLUMNS))
        return frame.astype("string")

    def article_text(self, file: str) -> str:
        query = sa.select(t.articles.c.body).where(t.articles.c.file == file)
        with self.engine.connect() as conn:
            body = conn.execute(query).scalar()
        if body is None:
            raise ValueError(f"There is no article named {file!r} in the store.")
        return str(body)

    # ---- corrections ----------------------------------------------------------------

    def append_corrections(self, corrections: Sequence[Correction]) -> None:
        """Append the entries in order, all or none; each is validated first."""
        rows = [validate_correction(c).row() for c in corrections]
        if not rows:
            return
        with self._write() as (conn, version):
            recorded = _now()
            conn.execute(
                sa.insert(t.corrections),
                [{**r, "recorded_at": recorded, "version": version} for r in rows],
            )

    def corrections(self) -> list[Correction]:
        cols = [t.corrections.c[name] for name in FIELDS]
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(*cols).order_by(t.corrections.c.seq)).all()
        return [Correction(*r) for r in rows]

    # ---- incidents ------------------------------------------------------------------

    def save_incidents(self, doc: Mapping[str, Any], version: int) -> None:
        """Replace the saved incidents with ``doc``, extracted at data version ``version``."""
        text = _feature_collection(doc, "The incidents")
        if isinstance(version, bool) or not isinstance(version, int) or version < 0:
            raise ValueError(f"The incidents' data version must be a whole number ≥ 0: {version!r}")
        with self._write() as (conn, now):
            if version >= now:
                raise ValueError(
                    f"The incidents claim data version {version}, which does not exist yet."
                )
            conn.execute(sa.delete(t.incident_docs))
            conn.execute(
                sa.insert(t.incident_docs).values(
                    built_from=version, doc=text, saved_at=_now(), version=now
                )
            )
            rows.replace_rows(conn, doc, None, now)

    def load_incidents(self) -> StoredIncidents | None:
        docs = t.incident_docs
        latest = sa.select(docs.c.doc, docs.c.built_from).order_by(docs.c.id.desc()).limit(1)
        newest_article = sa.select(sa.func.max(t.articles.c.version))
        with self.engine.connect() as conn:
            row = conn.execute(latest).first()
            added = conn.execute(newest_article).scalar()
        if row is None:
            return None
        built_from = int(row.built_from)
        return StoredIncidents(json.loads(row.doc), built_from, (added or 0) > built_from)

    def incident_ids(
        self, query: IncidentQuery, *, ordered: bool = True, limit: int | None = None
    ) -> list[str]:
        """The ids of the saved incidents (and asked layers' rows) ``query`` selects, by
        the indexes (:mod:`store.rows`); the rules are :mod:`store.query`'s."""
        if not isinstance(query, IncidentQuery):
            raise ValueError(f"Not an incident query: {type(query).__name__} (use IncidentQuery).")
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)
                                  or limit < 1):  # fmt: skip
            raise ValueError(f"A query's limit is a whole number ≥ 1, not {limit!r}.")
        statement = rows.select_ids(query, self._spatial_index(), ordered=ordered).limit(limit)
        with self.engine.connect() as conn:
            return [str(i) for i in conn.execute(statement).scalars()]

    # ---- layers ---------------------------------------------------------------------

    def save_layer(self, name: str, doc: Mapping[str, Any]) -> None:
        validate_layer_name(name)
        text = _feature_collection(doc, f"The layer {name}")
        with self._write() as (conn, version):
            conn.execute(sa.delete(t.layers).where(t.layers.c.name == name))
            conn.execute(
                sa.insert(t.layers).values(name=name, doc=text, saved_at=_now(), version=version)
            )
            rows.replace_rows(conn, doc, name, version)

    def layer_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return list(
                conn.execute(sa.select(t.layers.c.name).order_by(t.layers.c.name)).scalars()
            )

    def load_layer(self, name: str) -> dict[str, Any]:
        with self.engine.connect() as conn:
            text = conn.execute(sa.select(t.layers.c.doc).where(t.layers.c.name == name)).scalar()
        if text is None:
            raise ValueError(f"There is no saved layer named {name!r}.")
        doc: dict[str, Any] = json.loads(text)
        return doc

    # ---- briefs ---------------------------------------------------------------------

    def save_brief(
        self,
        name: str,
        view: Mapping[str, Any],
        snapshot: Mapping[str, Any],
        data_version: int,
        created_by: str,
    ) -> BriefInfo:
        """Append the next revision of ``name``.

        Not a data write (the version stays: no cache goes stale), but queued like one:
        the version row is locked (PostgreSQL; SQLite's ``BEGIN IMMEDIATE``), so two
        saves of one name at once get revisions 1 and 2, never the same one.

        Raises
        ------
        ValueError
            An empty or multi-line name or author, a view or snapshot that is no JSON
            object, or a data version that does not exist yet.
        """
        name, view_text, snap_text, version, author = validate_brief(
            name, view, snapshot, data_version, created_by
        )
        b = t.briefs
        with self._writer.begin() as conn:
            now = conn.execute(sa.select(t.atlas_version.c.version).with_for_update()).scalar_one()
            if version > now:
                raise ValueError(
                    f"The brief claims data version {version}, which does not exist yet."
                )
            last = conn.execute(
                sa.select(sa.func.max(b.c.revision)).where(b.c.name == name)
            ).scalar()
            info = BriefInfo(name, int(last or 0) + 1, _now(), author, version)
            conn.execute(
                sa.insert(b).values(
                    name=info.name,
                    revision=info.revision,
                    created_at=info.created_at,
                    created_by=info.created_by,
                    data_version=info.data_version,
                    view=view_text,
                    snapshot=snap_text,
                )
            )
        return info

    def briefs(self) -> list[BriefInfo]:
        b = t.briefs
        latest = (
            sa.select(b.c.name, sa.func.max(b.c.revision).label("revision"))
            .group_by(b.c.name)
            .subquery()
        )
        query = (
            sa.select(b.c.name, b.c.revision, b.c.created_at, b.c.created_by, b.c.data_version)
            .join(latest, (b.c.name == latest.c.name) & (b.c.revision == latest.c.revision))
            .order_by(b.c.id.desc())
        )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        return [BriefInfo(r.name, int(r.revision), r.created_at, r.created_by,
                          int(r.data_version)) for r in rows]  # fmt: skip

    def brief(self, name: str, revision: int | None = None) -> StoredBrief:
        b = t.briefs
        query = sa.select(b).where(b.c.name == name)
        if revision is not None:
            query = query.where(b.c.revision == revision)
        with self.engine.connect() as conn:
            row = conn.execute(query.order_by(b.c.revision.desc()).limit(1)).first()
        if row is None:
            which = "" if revision is None else f" (revision {revision})"
            raise ValueError(f"There is no saved brief named {name!r}{which}.")
        return StoredBrief(
            row.name, int(row.revision), row.created_at, row.created_by, int(row.data_version),
            json.loads(row.view), json.loads(row.snapshot),
        )  # fmt: skip

    # ---- build leases ---------------------------------------------------------------

    def acquire_lease(self, name: str, holder: str, seconds: float) -> bool:
        """Take or renew the lease in a write transaction of its own (queued like every
        write, but the data version stays: nothing the app shows has changed)."""
        validate_lease(name, holder, seconds)
        leases = t.build_leases
        mine = sa.select(leases.c.holder, leases.c.expires_at).where(leases.c.name == name)
        try:
            with self._writer.begin() as conn:
                now = time.time()
                row = conn.execute(mine.with_for_update()).first()
                if row is not None and row.holder != holder and row.expires_at > now:
                    return False
                values = {"holder": holder, "expires_at": now + seconds}
                if row is None:
                    conn.execute(sa.insert(leases).values(name=name, **values))
                else:
                    conn.execute(sa.update(leases).where(leases.c.name == name).values(**values))
        except sa.exc.IntegrityError:  # another server inserted the lease first (PostgreSQL)
            return False
        return True

    def release_lease(self, name: str, holder: str) -> None:
        validate_lease(name, holder)
        leases = t.build_leases
        with self._writer.begin() as conn:
            conn.execute(sa.delete(leases).where(leases.c.name == name, leases.c.holder == holder))


def _next_name(taken: set[str], slug: str) -> str:
    """``NNN_<slug>.txt`` numbered after the highest number in use."""
    numbers = [int(m.group(1)) for f in taken if (m := re.match(r"(\d+)_", f))]
    return validate_file_name(f"{max(numbers, default=-1) + 1:03d}_{slug}.txt")


def _feature_collection(doc: Mapping[str, Any], what: str) -> str:
    """``doc`` as JSON text, if it is a GeoJSON FeatureCollection."""
    if not isinstance(doc, Mapping) or doc.get("type") != "FeatureCollection":
        raise ValueError(f"{what} must be a GeoJSON FeatureCollection.")
    try:
        return json.dumps(doc, ensure_ascii=False)
    except (TypeError, ValueError) as exc:
        raise ValueError(f"{what} cannot be saved as JSON: {exc}") from None
