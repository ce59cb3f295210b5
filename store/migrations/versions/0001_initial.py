"""The first schema: articles, the append-only corrections log, incidents, layers, version.

Revision ID: 0001
Revises:
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

REFUSED = "the corrections log is append-only: entries are never changed or removed"

SQLITE_TRIGGERS = [
    f"CREATE TRIGGER corrections_no_{op_} BEFORE {op_.upper()} ON corrections "
    f"BEGIN SELECT RAISE(ABORT, '{REFUSED}'); END"
    for op_ in ("update", "delete")
]
PG_TRIGGERS = [
    "CREATE FUNCTION corrections_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ "
    f"BEGIN RAISE EXCEPTION '{REFUSED} (% refused)', TG_OP; END $$",
    "CREATE TRIGGER corrections_no_change BEFORE UPDATE OR DELETE ON corrections "
    "FOR EACH ROW EXECUTE FUNCTION corrections_append_only()",
    "CREATE TRIGGER corrections_no_truncate BEFORE TRUNCATE ON corrections "
    "FOR EACH STATEMENT EXECUTE FUNCTION corrections_append_only()",
]


def _version() -> sa.Column:
    return sa.Column("version", sa.BigInteger, nullable=False)


def upgrade() -> None:
    version = op.create_table(
        "atlas_version",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("version", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(version, [{"id": 1, "version": 0}])
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("file", sa.String(200), nullable=False, unique=True),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("language", sa.String(20)),
        sa.Column("digest", sa.String(64), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        _version(),
    )
    op.create_index("ix_articles_digest", "articles", ["digest"])
    op.create_index("ix_articles_version", "articles", ["version"])
    op.create_table(
        "corrections",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("when", sa.String(64), nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("incident_id", sa.Text, nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("field", sa.Text, nullable=False),
        sa.Column("old_value", sa.Text, nullable=False),
        sa.Column("new_value", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.String(32), nullable=False),
        _version(),
    )
    op.create_index("ix_corrections_incident_id", "corrections", ["incident_id"])
    op.create_table(
        "incident_docs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("built_from", sa.BigInteger, nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("saved_at", sa.String(32), nullable=False),
        _version(),
    )
    op.create_table(
        "layers",
        sa.Column("name", sa.String(80), primary_key=True),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("saved_at", sa.String(32), nullable=False),
        _version(),
    )
    dialect = op.get_bind().dialect.name
    for statement in PG_TRIGGERS if dialect == "postgresql" else SQLITE_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION corrections_append_only() CASCADE")
    for table in ("layers", "incident_docs", "corrections", "articles", "atlas_version"):
        op.drop_table(table)
