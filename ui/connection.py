"""The app's database connection: Streamlit's ``st.connection`` (a
:class:`~streamlit.connections.SQLConnection`) makes the SQLAlchemy engine the store runs
on, once per process and database URL, shared by every session.

The URL is the store's (:func:`store.store_url`: ``INCIDENT_ATLAS_DATABASE_URL`` or the
SQLite file in the data directory); it is passed as an argument, so it wins over a
``[connections.atlas]`` section of ``secrets.toml`` (whose ``create_engine_kwargs``
still apply). The CLI opens its own engine (:func:`store.open_store`).
"""

from __future__ import annotations

import sqlalchemy as sa
import streamlit as st

from store.engine import engine_options, parse_url

NAME = "atlas"
"""The connection's name (its ``secrets.toml`` section: ``[connections.atlas]``)."""


def atlas_engine(url: str) -> sa.Engine:
    """The engine for the store at ``url`` (:func:`store.engine.parse_url` picks the
    driver; the store sets SQLite up on it: :func:`store.engine.prepare_engine`).

    Raises
    ------
    ValueError
        The URL is malformed or names a database other than SQLite or PostgreSQL.
    """
    parsed = parse_url(url)
    # ttl=None, as the store's own cache: the store keeps this engine for the life of the
    # process, so a server-wide runner.connectionDefaultTTL would only make a second pool.
    connection = st.connection(
        NAME,
        type="sql",
        ttl=None,
        url=parsed.render_as_string(hide_password=False),
        **engine_options(parsed),
    )
    return connection.engine
