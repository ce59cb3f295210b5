"""Briefs: a named view of the map, the data version it was saved at, and a snapshot of
what it showed (what "since the last brief" is measured from).

Append-only by name: saving a name again adds its next revision; the latest is used.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "briefs",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.Column("created_by", sa.Text, nullable=False),
        sa.Column("view", sa.Text, nullable=False),
        sa.Column("data_version", sa.BigInteger, nullable=False),
        sa.Column("snapshot", sa.Text, nullable=False),
    )
    op.create_index("ix_briefs_name_revision", "briefs", ["name", "revision"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_briefs_name_revision", table_name="briefs")
    op.drop_table("briefs")
