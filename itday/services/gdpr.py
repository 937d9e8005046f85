"""Purging an edition's personal data (GDPR) while keeping its statistics.

What goes: attendees' first and last names, e-mails, phones, job titles and the reference
of the registration system; their ticket codes (each leads to the person's record at the
ticketing service), and the code logged by the scans of a ticket; exhibitors' contact person
(name, e-mail, phone); the raw text of scans refused as « not one of our badges » (a visitor
may have shown a vCard), at the entrance and at the talk rooms' doors; what the stands wrote about the people they met (the notes and the
answers of their leads: free text) and the answers the stands' phones were sent (the name
and company of each badge scanned).

What stays, so that ``itday stats --json`` gives exactly the same numbers: every row, the
category, the company (a legal person, not personal data — it is still left out of
anonymised exports), the exhibitor link, the source, check-in times and stations, the badge
code (a random string that no longer leads to anybody), the scan log, and each stand's
leads as numbers (who met whom, when, how many scans, the rating and the edition's tags).

Everything happens in one transaction: either all of it is purged, or nothing.
"""

from __future__ import annotations

from sqlalchemy import delete, or_, update
from sqlmodel import Session, col, select

from itday.core.checkin import REASON_UNKNOWN_TICKET
from itday.core.enums import ScanResult
from itday.core.text import search_key
from itday.db.models import (
    Attendee,
    AttendeeCode,
    Exhibitor,
    Lead,
    LeadUpload,
    RoomScan,
    Scan,
    StandDevice,
    StandLink,
)
from itday.db.types import utcnow


def purge_personal_data(session: Session, event_id: int) -> dict[str, int]:
    """Blank the personal data of edition ``event_id``; returns how many rows were purged
    (``attendees``, ``exhibitors``, ``scans``, ``leads``).  Commits."""
    try:
        if session.get_bind().dialect.name == "sqlite":
            # the old values are overwritten with zeros, not left in free space in the file
            # (off by default in some SQLite builds; Debian's has it on)
            session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
        now = utcnow()
        people = session.exec(
            select(Attendee.id, Attendee.company).where(Attendee.event_id == event_id)
        ).all()
        if people:
            session.execute(
                update(Attendee),
                [
                    {
                        "id": pid,
                        "first_name": "",
                        "last_name": "",
                        "email": "",
                        "phone": "",
                        "job_title": "",
                        "external_ref": None,
                        "search_key": search_key(company),
                        "updated_at": now,
                    }
                    for pid, company in people
                ],
            )
        exhibitors = session.exec(
            select(Exhibitor.id, Exhibitor.name, Exhibitor.sector).where(
                Exhibitor.event_id == event_id
            )
        ).all()
        if exhibitors:
            session.execute(
                update(Exhibitor),
                [
                    {
                        "id": eid,
                        "contact_name": "",
                        "contact_email": "",
                        "contact_phone": "",
                        "search_key": search_key(name, sector),
                    }
                    for eid, name, sector in exhibitors
                ],
            )
        ticket_codes = select(AttendeeCode.code).where(AttendeeCode.event_id == event_id)
        scans = session.execute(
            update(Scan)
            .where(
                col(Scan.event_id) == event_id,
                or_(
                    col(Scan.result) == ScanResult.INVALID.value,
                    col(Scan.reason) == REASON_UNKNOWN_TICKET,
                    col(Scan.code).in_(ticket_codes),
                ),
                col(Scan.code) != "",
            )
            .values(code="")
        ).rowcount
        scans = (scans or 0) + _purge_room_scans(session, event_id, ticket_codes)
        session.execute(delete(AttendeeCode).where(col(AttendeeCode.event_id) == event_id))
        leads = _purge_leads(session, event_id)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return {
        "attendees": len(people),
        "exhibitors": len(exhibitors),
        "scans": scans,
        "leads": leads,
    }


def _purge_room_scans(session: Session, event_id: int, ticket_codes) -> int:
    """The talk rooms' door log (issue 27): the same codes as the entrance's are blanked."""
    return (
        session.execute(
            update(RoomScan)
            .where(
                col(RoomScan.event_id) == event_id,
                or_(
                    col(RoomScan.result) == ScanResult.INVALID.value,
                    col(RoomScan.reason) == REASON_UNKNOWN_TICKET,
                    col(RoomScan.code).in_(ticket_codes),
                ),
                col(RoomScan.code) != "",
            )
            .values(code="")
        ).rowcount
        or 0
    )


def _purge_leads(session: Session, event_id: int) -> int:
    """Blank the stands' notes and answers, and the answers their phones were sent (they
    name the person); the upload ids stay, so that a phone sending again changes nothing."""
    lead_ids = select(Lead.id).where(Lead.event_id == event_id)
    leads = session.execute(
        update(Lead)
        .where(col(Lead.event_id) == event_id)
        .values(note="", answers={}, updated_at=utcnow())
    ).rowcount
    stands = select(Exhibitor.id).where(Exhibitor.event_id == event_id)
    devices = (
        select(StandDevice.id)
        .join(StandLink, col(StandLink.id) == StandDevice.link_id)
        .where(StandLink.event_id == event_id)
    )
    session.execute(
        update(LeadUpload)
        .where(
            or_(
                col(LeadUpload.lead_id).in_(lead_ids),
                col(LeadUpload.exhibitor_id).in_(stands),
                col(LeadUpload.device_id).in_(devices),
            )
        )
        .values(answer={})
    )
    return leads or 0
