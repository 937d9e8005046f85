"""background image stored in the database, with its opacity and stacking; hall capacity

The plan's background image used to be a file path only: another laptop, a backup or an
export lost it.  Its bytes now live in ``hall_background`` (one row per hall, read only when
the image is drawn), and the hall says how faded it is and whether it is drawn over the
booths (to line them up) or behind everything.  ``capacity``: the number of people the hall
is declared for (empty: one per square metre, the rule for temporary shows), from which the
plan's checks count the exits it needs.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("hall") as batch:
        batch.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("background_opacity", sa.Float(), nullable=False, server_default="0.45")
        )
        batch.add_column(
            sa.Column("background_on_top", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    op.create_table(
        "hall_background",
        sa.Column("hall_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["hall_id"], ["hall.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("hall_id"),
    )


def downgrade() -> None:
    op.drop_table("hall_background")
    with op.batch_alter_table("hall") as batch:
        batch.drop_column("background_on_top")
        batch.drop_column("background_opacity")
        batch.drop_column("capacity")
