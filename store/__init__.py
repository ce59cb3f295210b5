"""Storage: everything the atlas keeps, behind one interface (:class:`AtlasStore`).

:func:`open_store` picks the backend: PostgreSQL when ``INCIDENT_ATLAS_DATABASE_URL`` (or
``url``) says so, else a SQLite file, ``atlas.db`` in the data directory — zero set-up.
This package never imports Streamlit.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from store.base import AtlasStore, BriefInfo, DuplicateArticle, StoredBrief, StoredIncidents
from store.query import IncidentQuery, parse_bbox

if TYPE_CHECKING:
    import sqlalchemy as sa

URL_ENV = "INCIDENT_ATLAS_DATABASE_URL"
SQLITE_FILE = "atlas.db"

__all__ = [
    "AtlasStore",
    "BriefInfo",
    "DuplicateArticle",
    "IncidentQuery",
    "StoredBrief",
    "StoredIncidents",
    "open_store",
    "parse_bbox",
    "store_url",
]


def store_url(data_dir: Path | str, url: str | None = None) -> str:
    """The database the atlas uses: ``url``, else ``$INCIDENT_ATLAS_DATABASE_URL``, else
    ``sqlite:///<data_dir>/atlas.db``."""
    chosen = (url or os.environ.get(URL_ENV) or "").strip()
    if chosen:
        return chosen
    return f"sqlite:///{(Path(data_dir) / SQLITE_FILE).resolve()}"


def open_store(
    data_dir: Path | str, url: str | None = None, *, engine: sa.Engine | None = None
) -> AtlasStore:
    """Open (and migrate to the newest schema) the atlas's store.

    Parameters
    ----------
    data_dir
        The data directory; holds the SQLite file when no database URL is set.
    url
        A database URL that wins over the environment (tests, the CLI's ``--url``).
    engine
        An engine already made for the store's database (the app's ``st.connection``);
        ``data_dir`` and ``url`` are then not read.

    Raises
    ------
    ValueError
        The URL is malformed or names a database other than SQLite or PostgreSQL.
    """
    from store.sql import SqlStore  # SQLAlchemy loads only when a store is opened

    return SqlStore(engine if engine is not None else store_url(data_dir, url))
