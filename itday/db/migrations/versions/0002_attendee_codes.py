"""ticket codes of attendees (attendee_code)

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import itday.db.types

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attendee_code",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("attendee_id", sa.Integer(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("created_at", itday.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["attendee_id"], ["attendee.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "code", name="uq_attendee_code_event_code"),
    )
    with op.batch_alter_table("attendee_code", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendee_code_attendee_id"), ["attendee_id"])
        batch_op.create_index(batch_op.f("ix_attendee_code_code"), ["code"])
        batch_op.create_index(batch_op.f("ix_attendee_code_event_id"), ["event_id"])


def downgrade() -> None:
    with op.batch_alter_table("attendee_code", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendee_code_event_id"))
        batch_op.drop_index(batch_op.f("ix_attendee_code_code"))
        batch_op.drop_index(batch_op.f("ix_attendee_code_attendee_id"))
    op.drop_table("attendee_code")
