"""talk rooms: rooms, the programme's sessions, presences and door scans

Issue 27.  ``room``: the edition's talk rooms with their capacity and, optionally, the fixed
element of the hall they are; ``talk_session``: the programme (title, speakers, room, start,
end); ``room_presence``: a person inside a room during a session, from the entry scan to the
exit (exit scan, entry into another room, or the session's end); ``room_scan``: every scan at
a room's door, let in or refused, with its station, reason and the organiser's override.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import itday.db.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_STR = sqlmodel.sql.sqltypes.AutoString
_UTC = itday.db.types.UTCDateTime


def upgrade() -> None:
    op.create_table(
        "room",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("name", _STR(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("element_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["element_id"], ["hall_element.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "name", name="uq_room_event_name"),
    )
    with op.batch_alter_table("room") as batch:
        batch.create_index(batch.f("ix_room_element_id"), ["element_id"])
        batch.create_index(batch.f("ix_room_event_id"), ["event_id"])
    op.create_table(
        "talk_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("title", _STR(), nullable=False),
        sa.Column("speakers", _STR(), nullable=False),
        sa.Column("starts_at", _UTC(timezone=True), nullable=False),
        sa.Column("ends_at", _UTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("talk_session") as batch:
        batch.create_index(batch.f("ix_talk_session_event_id"), ["event_id"])
        batch.create_index(batch.f("ix_talk_session_room_id"), ["room_id"])
        batch.create_index(batch.f("ix_talk_session_starts_at"), ["starts_at"])
    op.create_table(
        "room_presence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("attendee_id", sa.Integer(), nullable=False),
        sa.Column("entered_at", _UTC(timezone=True), nullable=False),
        sa.Column("entry_station", _STR(), nullable=False),
        sa.Column("exited_at", _UTC(timezone=True), nullable=True),
        sa.Column("exit_station", _STR(), nullable=False),
        sa.Column("exit_reason", _STR(), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["attendee_id"], ["attendee.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["talk_session.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("room_presence") as batch:
        batch.create_index(batch.f("ix_room_presence_attendee_id"), ["attendee_id"])
        batch.create_index(batch.f("ix_room_presence_event_id"), ["event_id"])
        batch.create_index("ix_room_presence_open", ["event_id", "exited_at"])
        batch.create_index(batch.f("ix_room_presence_room_id"), ["room_id"])
        batch.create_index(batch.f("ix_room_presence_session_id"), ["session_id"])
    op.create_table(
        "room_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", _STR(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("room_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("code", _STR(), nullable=False),
        sa.Column("attendee_id", sa.Integer(), nullable=True),
        sa.Column("direction", _STR(), nullable=False),
        sa.Column("result", _STR(), nullable=False),
        sa.Column("reason", _STR(), nullable=False),
        sa.Column("station", _STR(), nullable=False),
        sa.Column("override", sa.Boolean(), nullable=False),
        sa.Column("inside", sa.Integer(), nullable=False),
        sa.Column("scanned_at", _UTC(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["attendee_id"], ["attendee.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["room_id"], ["room.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["session_id"], ["talk_session.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("uid"),
    )
    with op.batch_alter_table("room_scan") as batch:
        batch.create_index(batch.f("ix_room_scan_attendee_id"), ["attendee_id"])
        batch.create_index(batch.f("ix_room_scan_event_id"), ["event_id"])
        batch.create_index(batch.f("ix_room_scan_room_id"), ["room_id"])
        batch.create_index(batch.f("ix_room_scan_scanned_at"), ["scanned_at"])
        batch.create_index(batch.f("ix_room_scan_session_id"), ["session_id"])


def downgrade() -> None:
    op.drop_table("room_scan")
    op.drop_table("room_presence")
    op.drop_table("talk_session")
    op.drop_table("room")
