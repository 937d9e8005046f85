"""why a registration is cancelled: ``attendee.cancel_reason``

Issue 24.1.  The import cancels the people whose every ticket has a status meaning cancelled,
refunded, transferred or expired; the door must then refuse them as « billet annulé /
remboursé », not as a registration cancelled by hand.  ``cancel_reason`` says which:
"ticket" (the import, from the ticket's status) or "" (by hand, or not cancelled).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_STR = sqlmodel.sql.sqltypes.AutoString


def upgrade() -> None:
    with op.batch_alter_table("attendee") as batch:
        batch.add_column(sa.Column("cancel_reason", _STR(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("attendee") as batch:
        batch.drop_column("cancel_reason")
