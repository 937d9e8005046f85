"""SQLModel tables of an exhibition day.

Every table hangs off an ``Event`` (an edition), so several editions live in one database.
Enumerated columns hold the plain string values of ``itday.core.enums``.  Datetimes are
timezone-aware UTC (``UTCDateTime``).  Schema changes go through Alembic migrations in
``itday/db/migrations``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Index, LargeBinary, UniqueConstraint
from sqlalchemy.types import JSON
from sqlmodel import Field, SQLModel

from itday.core.enums import BoothKind, BoothStatus, Category, Source
from itday.db.types import UTCDateTime, utcnow


def _utc_column(nullable: bool = True, index: bool = False) -> Column:
    return Column(UTCDateTime(), nullable=nullable, index=index)


class Event(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str
    venue: str = ""
    date: dt.date
    opens_at: dt.time = dt.time(9, 0)
    closes_at: dt.time = dt.time(18, 0)
    timezone: str = "Europe/Paris"
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))


class Hall(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    name: str = ""
    width_m: float = 50.0
    depth_m: float = 44.0
    # Polygon of the hall's walls, in metres: [[x, y], ...]; empty means the rectangle.
    outline: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    min_aisle_m: float = 3.0
    # People the hall is declared for; None: one per m² (ERP rule T 2 for temporary shows).
    capacity: int | None = None
    background_path: str | None = None
    # Affine placement of the background image: metres per pixel and offset (metres).
    background_scale: float | None = None
    background_x: float = 0.0
    background_y: float = 0.0
    background_opacity: float = 0.45  # 0 (invisible) … 1 (opaque)
    background_on_top: bool = False  # over the booths (to line them up) or behind everything


class HallBackground(SQLModel, table=True):
    """The hall's background image itself (PNG or JPEG bytes), apart from the hall so that
    reading the plan does not read the image; it travels with backups and exports."""

    __tablename__ = "hall_background"

    hall_id: int = Field(foreign_key="hall.id", primary_key=True, ondelete="CASCADE")
    name: str = ""  # the file it came from, for the organiser's information
    sha256: str
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class HallElement(SQLModel, table=True):
    """A fixed element of the hall: wall, pillar, entrance, emergency exit, stage, catering."""

    __tablename__ = "hall_element"

    id: int | None = Field(default=None, primary_key=True)
    hall_id: int = Field(foreign_key="hall.id", index=True, ondelete="CASCADE")
    kind: str  # ElementKind
    label: str = ""
    x: float
    y: float
    width: float
    depth: float
    rotation: float = 0.0


class Exhibitor(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    name: str
    sector: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    website: str = ""
    description: str = ""
    external_ref: str | None = None
    search_key: str = ""  # folded name + sector + contact, for accent-insensitive search
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))


class Booth(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("event_id", "code", name="uq_booth_event_code"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    code: str
    # Top-left corner before rotation, in metres from the hall's top-left corner.
    x: float
    y: float
    width: float = 3.0
    depth: float = 3.0
    rotation: int = 0  # degrees, multiple of 90
    kind: str = BoothKind.INLINE.value
    status: str = BoothStatus.FREE.value
    exhibitor_id: int | None = Field(
        default=None, foreign_key="exhibitor.id", index=True, ondelete="SET NULL"
    )


class Attendee(SQLModel, table=True):
    __table_args__ = (
        Index("ix_attendee_event_email", "event_id", "email"),
        # Covering index for the accent-insensitive LIKE search (scans the index, not rows).
        Index("ix_attendee_search", "event_id", "search_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    sector: str = ""  # the visitor's line of business, when the registration form asks it
    email: str = ""  # stored lower-case
    phone: str = ""
    category: str = Category.VISITOR.value
    exhibitor_id: int | None = Field(
        default=None, foreign_key="exhibitor.id", index=True, ondelete="SET NULL"
    )
    source: str = Source.IMPORT.value
    external_ref: str | None = Field(default=None, index=True)
    code: str = Field(unique=True, index=True)  # badge payload
    cancelled: bool = False
    # why: "ticket" when the import cancelled them from the ticket's status (refused at the
    # door as « billet annulé / remboursé »), "" by hand; cleared when restored
    cancel_reason: str = ""
    # May exhibitors receive their details beyond the badge? None: never asked (no);
    # unticked by default; the answer's time and where it was given (import, desk, kiosk…).
    consent: bool | None = None
    consent_at: dt.datetime | None = Field(default=None, sa_column=_utc_column(True))
    consent_source: str = ""
    # First admission: set once, atomically (UPDATE … WHERE checked_in_at IS NULL).
    checked_in_at: dt.datetime | None = Field(default=None, sa_column=_utc_column(True, True))
    checked_in_station: str | None = None
    search_key: str = ""  # folded first + last name + company + email
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))


class AttendeeCode(SQLModel, table=True):
    """A code that admits its holder besides their badge code: the code of each ticket of a
    ticketing service (several per person), imported from the service's export."""

    __tablename__ = "attendee_code"
    __table_args__ = (UniqueConstraint("event_id", "code", name="uq_attendee_code_event_code"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    attendee_id: int = Field(foreign_key="attendee.id", index=True, ondelete="CASCADE")
    code: str = Field(index=True)  # as printed in the ticket's QR code (case kept)
    kind: str = "ticket"  # itday.core.tickets.KIND_TICKET
    source: str = ""  # the ticketing service (« Weezevent ») or « billetterie »
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))


class Scan(SQLModel, table=True):
    """Every read of a code at a station, accepted or refused."""

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)  # unique id made at the station (idempotent replay)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    code: str
    attendee_id: int | None = Field(
        default=None, foreign_key="attendee.id", index=True, ondelete="SET NULL"
    )
    result: str  # ScanResult
    reason: str = ""
    station: str = ""
    scanned_at: dt.datetime = Field(sa_column=_utc_column(False, True))
    undone: bool = False


class PrintLog(SQLModel, table=True):
    __tablename__ = "print_log"

    id: int | None = Field(default=None, primary_key=True)
    attendee_id: int = Field(foreign_key="attendee.id", index=True, ondelete="CASCADE")
    printed_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))
    station: str = ""
    layout: str = ""
    printer: str = ""  # printer name, or PDF_MARK + the PDF file written (no badge printed)


#: ``PrintLog.printer`` of a badge written to a PDF (« Créer le PDF… », ``itday badges
#: OUT.pdf``): the PDF is recorded, but it is not a print — the Badge column says « PDF »
PDF_MARK = "pdf:"


def printed_on_paper():
    """SQL condition: the print-log row is a badge printed, not a PDF written."""
    from sqlmodel import col

    return ~col(PrintLog.printer).startswith(PDF_MARK, autoescape=True)


class Station(SQLModel, table=True):
    """Last contact of each check-in station (several desks on one database)."""

    name: str = Field(primary_key=True)
    last_seen: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))
    version: str = ""


class PrintJob(SQLModel, table=True):
    """A badge sent (or to send) to a printer: the station's print queue.

    ``state``: ``pending`` (written before sending), ``sent`` (the printer's queue accepted
    it, not yet out), ``printed``, ``failed`` (never reached a printer, or the queue gave up),
    ``cancelled`` (taken off the list by the clerk).  ``problem`` is a
    ``itday.core.printing.Problem`` value, ``detail`` what the printer said.
    """

    __tablename__ = "print_job"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    attendee_id: int = Field(foreign_key="attendee.id", index=True, ondelete="CASCADE")
    reason: str = "arrival"  # arrival, pickup (badge without check-in), reprint, walk_in
    station: str = ""
    printer: str = ""
    layout: str = ""
    state: str = Field(default="pending", index=True)
    job_id: int | None = None  # the print server's job id
    problem: str = ""
    detail: str = ""
    attempts: int = 0
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))


class AppSetting(SQLModel, table=True):
    """A value shared by every station that opens this database (``organiser_pin``: the
    organiser PIN's salted hash, so that every laptop asks the same PIN)."""

    __tablename__ = "app_setting"

    key: str = Field(primary_key=True)
    value: str


# -- exhibitors' leads at their stand (issue 25) ----------------------------------------


class StandLink(SQLModel, table=True):
    """A secret pairing link of an exhibitor's stand, printed on its « Kit exposant ».

    ``role``: ``scan`` (booth staff: scan and qualify) or ``manager`` (« responsable »: also
    lists and exports the stand's leads).  ``token`` is the unguessable part of the link
    (≥ 128 random bits); ``short_code`` the code typed on a phone when the QR code fails.
    A revoked link (``revoked_at`` set) pairs nothing, and the phones paired with it see
    nothing any more.
    """

    __tablename__ = "stand_link"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    exhibitor_id: int = Field(foreign_key="exhibitor.id", index=True, ondelete="CASCADE")
    role: str = "scan"  # scan | manager
    token: str = Field(unique=True, index=True)
    short_code: str = Field(unique=True, index=True)
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))
    revoked_at: dt.datetime | None = Field(default=None, sa_column=_utc_column(True))


class StandDevice(SQLModel, table=True):
    """A phone paired with a stand link: the cookie it keeps holds a secret whose SHA-256 is
    ``secret_hash``.  No personal data: ``label`` is « Téléphone 1 », … per link."""

    __tablename__ = "stand_device"

    id: int | None = Field(default=None, primary_key=True)
    link_id: int = Field(foreign_key="stand_link.id", index=True, ondelete="CASCADE")
    secret_hash: str = Field(unique=True, index=True)
    label: str = ""
    created_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))
    last_seen: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))
    revoked_at: dt.datetime | None = Field(default=None, sa_column=_utc_column(True))


class Lead(SQLModel, table=True):
    """A visitor met at an exhibitor's stand: one row per stand and person, however many
    times the badge was scanned there.  ``rating``: ``hot``, ``warm``, ``cold`` or None;
    ``tags``: the edition's tags chosen; ``answers``: question key → answer.  What the stand
    may see of the person beyond the badge depends on the person's consent at export time."""

    __table_args__ = (
        UniqueConstraint("exhibitor_id", "attendee_id", name="uq_lead_exhibitor_attendee"),
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    exhibitor_id: int = Field(foreign_key="exhibitor.id", index=True, ondelete="CASCADE")
    attendee_id: int = Field(foreign_key="attendee.id", index=True, ondelete="CASCADE")
    device_id: int | None = Field(
        default=None, foreign_key="stand_device.id", index=True, ondelete="SET NULL"
    )
    first_scan_at: dt.datetime = Field(sa_column=_utc_column(False, True))
    last_scan_at: dt.datetime = Field(sa_column=_utc_column(False))
    scans: int = 1
    rating: str | None = None
    tags: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    note: str = ""
    answers: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # the phone's time of the edit the qualification comes from (the last edit wins)
    edited_at: dt.datetime | None = Field(default=None, sa_column=_utc_column(True))
    updated_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))


class LeadUpload(SQLModel, table=True):
    """What a phone sent once, by the id the phone gave it: sending it again (a retry after
    the network dropped) changes nothing and gets the same answer."""

    __tablename__ = "lead_upload"

    uid: str = Field(primary_key=True)
    # the stand it was sent for: an id sent again by another stand's phone gets nothing
    exhibitor_id: int | None = Field(
        default=None, foreign_key="exhibitor.id", index=True, ondelete="CASCADE"
    )
    device_id: int | None = Field(
        default=None, foreign_key="stand_device.id", index=True, ondelete="SET NULL"
    )
    lead_id: int | None = Field(default=None, foreign_key="lead.id", ondelete="CASCADE")
    answer: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    received_at: dt.datetime = Field(default_factory=utcnow, sa_column=_utc_column(False))


# -- talk rooms: the programme, door scans, presences (issue 27) -------------------------


class Room(SQLModel, table=True):
    """A talk room of the edition, with the capacity the venue's safety rules set, and
    optionally its place on the plan (a fixed element of the hall, such as a stage)."""

    __table_args__ = (UniqueConstraint("event_id", "name", name="uq_room_event_name"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    name: str
    capacity: int
    element_id: int | None = Field(
        default=None, foreign_key="hall_element.id", index=True, ondelete="SET NULL"
    )


class TalkSession(SQLModel, table=True):
    """A talk or round table of the programme: in one room, from ``starts_at`` to
    ``ends_at``; ``speakers`` as the programme names them (« A. Martin, B. Durand »)."""

    __tablename__ = "talk_session"

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    room_id: int = Field(foreign_key="room.id", index=True, ondelete="CASCADE")
    title: str
    speakers: str = ""
    starts_at: dt.datetime = Field(sa_column=_utc_column(False, True))
    ends_at: dt.datetime = Field(sa_column=_utc_column(False))


class RoomPresence(SQLModel, table=True):
    """A person inside a room during a session: from the entry scan to the exit scan, the
    entry into another room (``moved``), or the session's end (``session_end``).  An open
    presence has no ``exited_at``.  ``override``: let in by an organiser over capacity;
    ``free``: a speaker of the session let in without counting (not in the room's count, in
    the session's attendance)."""

    __tablename__ = "room_presence"
    __table_args__ = (Index("ix_room_presence_open", "event_id", "exited_at"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    room_id: int = Field(foreign_key="room.id", index=True, ondelete="CASCADE")
    session_id: int = Field(foreign_key="talk_session.id", index=True, ondelete="CASCADE")
    attendee_id: int = Field(foreign_key="attendee.id", index=True, ondelete="CASCADE")
    entered_at: dt.datetime = Field(sa_column=_utc_column(False))
    entry_station: str = ""
    exited_at: dt.datetime | None = Field(default=None, sa_column=_utc_column(True))
    exit_station: str = ""
    exit_reason: str = ""  # exit | moved | session_end
    override: bool = False
    free: bool = False


class RoomScan(SQLModel, table=True):
    """Every scan at a room's door, entry or exit, let in or refused, with its station and
    reason; ``override``: an organiser let the person into a full room."""

    __tablename__ = "room_scan"

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)
    event_id: int = Field(foreign_key="event.id", index=True, ondelete="CASCADE")
    room_id: int = Field(foreign_key="room.id", index=True, ondelete="CASCADE")
    session_id: int | None = Field(
        default=None, foreign_key="talk_session.id", index=True, ondelete="SET NULL"
    )
    code: str
    attendee_id: int | None = Field(
        default=None, foreign_key="attendee.id", index=True, ondelete="SET NULL"
    )
    direction: str = "entry"  # entry | exit
    result: str
    reason: str = ""
    station: str = ""
    override: bool = False
    inside: int = 0  # people in the room after this scan
    scanned_at: dt.datetime = Field(sa_column=_utc_column(False, True))
