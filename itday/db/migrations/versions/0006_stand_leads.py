"""exhibitors' leads at their stand: pairing links, paired phones, leads; attendee consent

Exhibitors scan the badges of the visitors they meet from their own phones (issue 25).
``stand_link``: each stand's secret links (« scan » for booth staff, « responsable » for the
manager), revocable; ``stand_device``: the phones paired with them (a cookie's secret, kept
hashed); ``lead``: one row per stand and visitor with the stand's rating, tags, note and
answers; ``lead_upload``: what a phone sent, by the id it gave, so that a retry changes
nothing.  The attendee gains ``consent`` (may exhibitors receive details beyond the badge;
NULL: never asked), with the time and the source of the answer, and ``sector`` (the
visitor's line of business, when the registration form asks it: the exhibitors' reports
count their leads by it).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import itday.db.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_STR = sqlmodel.sql.sqltypes.AutoString
_UTC = itday.db.types.UTCDateTime


def upgrade() -> None:
    with op.batch_alter_table("attendee") as batch:
        batch.add_column(sa.Column("sector", _STR(), nullable=False, server_default=""))
        batch.add_column(sa.Column("consent", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("consent_at", _UTC(timezone=True), nullable=True))
        batch.add_column(sa.Column("consent_source", _STR(), nullable=False, server_default=""))
    op.create_table(
        "stand_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("exhibitor_id", sa.Integer(), nullable=False),
        sa.Column("role", _STR(), nullable=False),
        sa.Column("token", _STR(), nullable=False),
        sa.Column("short_code", _STR(), nullable=False),
        sa.Column("created_at", _UTC(timezone=True), nullable=False),
        sa.Column("revoked_at", _UTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["exhibitor_id"], ["exhibitor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stand_link") as batch:
        batch.create_index(batch.f("ix_stand_link_event_id"), ["event_id"])
        batch.create_index(batch.f("ix_stand_link_exhibitor_id"), ["exhibitor_id"])
        batch.create_index(batch.f("ix_stand_link_token"), ["token"], unique=True)
        batch.create_index(batch.f("ix_stand_link_short_code"), ["short_code"], unique=True)
    op.create_table(
        "stand_device",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("secret_hash", _STR(), nullable=False),
        sa.Column("label", _STR(), nullable=False),
        sa.Column("created_at", _UTC(timezone=True), nullable=False),
        sa.Column("last_seen", _UTC(timezone=True), nullable=False),
        sa.Column("revoked_at", _UTC(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["link_id"], ["stand_link.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("stand_device") as batch:
        batch.create_index(batch.f("ix_stand_device_link_id"), ["link_id"])
        batch.create_index(batch.f("ix_stand_device_secret_hash"), ["secret_hash"], unique=True)
    op.create_table(
        "lead",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("exhibitor_id", sa.Integer(), nullable=False),
        sa.Column("attendee_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.Integer(), nullable=True),
        sa.Column("first_scan_at", _UTC(timezone=True), nullable=False),
        sa.Column("last_scan_at", _UTC(timezone=True), nullable=False),
        sa.Column("scans", sa.Integer(), nullable=False),
        sa.Column("rating", _STR(), nullable=True),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("note", _STR(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("edited_at", _UTC(timezone=True), nullable=True),
        sa.Column("updated_at", _UTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["attendee_id"], ["attendee.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["device_id"], ["stand_device.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["exhibitor_id"], ["exhibitor.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("exhibitor_id", "attendee_id", name="uq_lead_exhibitor_attendee"),
    )
    with op.batch_alter_table("lead") as batch:
        batch.create_index(batch.f("ix_lead_attendee_id"), ["attendee_id"])
        batch.create_index(batch.f("ix_lead_device_id"), ["device_id"])
        batch.create_index(batch.f("ix_lead_event_id"), ["event_id"])
        batch.create_index(batch.f("ix_lead_exhibitor_id"), ["exhibitor_id"])
        batch.create_index(batch.f("ix_lead_first_scan_at"), ["first_scan_at"])
    op.create_table(
        "lead_upload",
        sa.Column("uid", _STR(), nullable=False),
        sa.Column("exhibitor_id", sa.Integer(), nullable=True),
        sa.Column("device_id", sa.Integer(), nullable=True),
        sa.Column("lead_id", sa.Integer(), nullable=True),
        sa.Column("answer", sa.JSON(), nullable=False),
        sa.Column("received_at", _UTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["device_id"], ["stand_device.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["exhibitor_id"], ["exhibitor.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["lead_id"], ["lead.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("uid"),
    )
    with op.batch_alter_table("lead_upload") as batch:
        batch.create_index(batch.f("ix_lead_upload_device_id"), ["device_id"])
        batch.create_index(batch.f("ix_lead_upload_exhibitor_id"), ["exhibitor_id"])


def downgrade() -> None:
    op.drop_table("lead_upload")
    op.drop_table("lead")
    op.drop_table("stand_device")
    op.drop_table("stand_link")
    with op.batch_alter_table("attendee") as batch:
        batch.drop_column("consent_source")
        batch.drop_column("consent_at")
        batch.drop_column("consent")
        batch.drop_column("sector")
