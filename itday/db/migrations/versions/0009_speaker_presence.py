"""a speaker's presence in their session: ``room_presence.free``

Issue 27.1.  A speaker let in without counting (« les intervenants entrent sans compter »)
now has a presence like anyone else, so the session's attendance counts them and their exit
closes it; ``free`` marks it, and the room's count (the door, the occupancy) leaves it out.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("room_presence") as batch:
        batch.add_column(sa.Column("free", sa.Boolean(), nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("room_presence") as batch:
        batch.drop_column("free")
