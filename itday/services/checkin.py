"""Recording a scan: the decision and its write in one transaction.

``record_scan`` is the one path every scan takes (camera, USB scanner, manual pick,
``itday checkin``, ``itday replay``).  The code is looked up as an itday badge code, then
as one of the ticket codes imported from a ticketing export (``attendee_code``): a ticket
admits its holder exactly like their badge.  Admission is a conditional UPDATE
(``… WHERE checked_in_at IS NULL``), so two stations scanning the same badge at the same
moment cannot both admit it, on SQLite or PostgreSQL.  The scan row is written in the same
transaction; when the function returns, the scan is committed.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, col

from itday.core import tickets
from itday.core.checkin import Decision, KnownAttendee, decide, message, read_scan
from itday.core.enums import ScanResult
from itday.db import repo
from itday.db.models import Attendee, Scan
from itday.db.types import utcnow
from itday.db.visits import EXIT


@dataclass(frozen=True)
class ScanOutcome:
    """A committed scan, as plain data for the GUI thread and for JSON."""

    scan_id: int
    uid: str
    code: str
    decision: Decision
    attendee: dict | None
    scanned_at: dt.datetime

    @property
    def result(self) -> ScanResult:
        return self.decision.result

    def to_json(self) -> dict:
        return {
            "code": self.code,
            "result": self.decision.result.value,
            "reason": self.decision.reason,
            "attendee": self.attendee,
            "scanned_at": self.scanned_at.isoformat(),
            "first_at": self.decision.first_at.isoformat() if self.decision.first_at else None,
            "first_station": self.decision.first_station,
            "message": message(self.decision),
        }


def storable(raw: str) -> str:
    """Scanner input as text every database accepts (no NUL, no lone surrogates)."""
    return raw.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")


def _known(a: Attendee | None, session: Session | None = None) -> KnownAttendee | None:
    """What the decision needs; with ``session``, whether someone already in was scanned
    out since (for the « after an exit scan » re-entry rule)."""
    if a is None:
        return None
    exited = bool(
        session is not None
        and a.checked_in_at is not None
        and repo.exited_since_entry(a.id, session=session)
    )
    return KnownAttendee(
        a.id,
        a.event_id,
        a.category,
        a.cancelled,
        a.checked_in_at,
        a.checked_in_station,
        exited,
        a.cancel_reason,
    )


def _policy(attendee: Attendee | None, event_id: int, session: Session) -> dict | None:
    """The edition's re-entry rules, read only for someone already in (a first admission
    or a refusal needs none: no query on the common path)."""
    if attendee is None or attendee.checked_in_at is None:
        return None
    return repo.reentry_policy(event_id, session=session)


def record_scan(
    session: Session,
    event_id: int,
    raw: str,
    station: str,
    *,
    scanned_at: dt.datetime | None = None,
    uid: str | None = None,
) -> ScanOutcome:
    """Decide on ``raw``, write the scan (and the admission) and commit."""
    moment = scanned_at or utcnow()
    uid = uid or str(uuid.uuid4())
    scanned = read_scan(storable(raw))  # garbage from a scanner must be logged, not crash
    code = scanned.code[:512]
    attendee = repo.attendee_by_code(code, session=session) if code else None
    if attendee is None and code and scanned.may_be_ticket:  # an e-ticket's code?
        held = repo.ticket_holder(tickets.candidates(code), event_id, session=session)
        if held is not None:
            attendee, code = held
    policy = _policy(attendee, event_id, session)
    decision = decide(scanned, _known(attendee, session), event_id, policy)
    if decision.result is ScanResult.ADMITTED:
        won = session.execute(
            update(Attendee)
            .where(col(Attendee.id) == attendee.id, col(Attendee.checked_in_at).is_(None))
            .values(checked_in_at=moment, checked_in_station=station, updated_at=moment)
        ).rowcount
        if won != 1:  # another station admitted the same badge a moment ago
            session.refresh(attendee)
            policy = _policy(attendee, event_id, session)
            decision = decide(scanned, _known(attendee, session), event_id, policy)
    scan = Scan(
        uid=uid,
        event_id=event_id,
        code=code,
        attendee_id=decision.attendee_id,
        result=decision.result.value,
        reason=decision.reason,
        station=station,
        scanned_at=moment,
    )
    session.add(scan)
    session.commit()
    if attendee is not None:
        session.refresh(attendee)
    return ScanOutcome(
        scan.id,
        uid,
        code,
        decision,
        repo.attendee_dict(attendee) if attendee is not None else None,
        moment,
    )


def undo_scan(session: Session, scan_id: int) -> bool:
    """Undo an admission (the clerk let the wrong person in): the scan stays in the log,
    marked undone, and the attendee is no longer checked in.  False if nothing to undo."""
    scan = session.get(Scan, scan_id)
    if scan is None or scan.undone or scan.result != ScanResult.ADMITTED:
        return False
    scan.undone = True
    if scan.attendee_id is not None:
        session.execute(
            update(Attendee)
            .where(col(Attendee.id) == scan.attendee_id)
            .values(checked_in_at=None, checked_in_station=None, updated_at=utcnow())
        )
    session.commit()
    return True


#: what an exit scan at the entrance came to (French, as ``itday checkin --exit`` says it)
EXIT_RECORDED = "sortie enregistrée"
EXIT_UNKNOWN = "code inconnu de cette édition : rien enregistré"
EXIT_NOT_IN = "pas encore entré(e) : rien enregistré"


@dataclass(frozen=True)
class ExitOutcome:
    """An exit scan at the entrance: whose, or why it was not recorded."""

    code: str
    attendee: dict | None
    recorded: bool
    message: str  # French: « sortie enregistrée », or why not
    offline: bool = False  # a station's local copy decided (see ``services.station``)

    def to_json(self) -> dict:
        why = "" if self.recorded else "not_in" if self.attendee else "unknown"
        return {
            "code": self.code,
            "result": EXIT if self.recorded else "refused",
            "reason": why,
            "attendee": self.attendee,
            "message": self.message,
            "offline": self.offline,
        }


def record_exit(
    session: Session,
    event_id: int,
    raw: str,
    station: str,
    *,
    scanned_at: dt.datetime | None = None,
    uid: str | None = None,
) -> ExitOutcome:
    """Scan someone out at the entrance (« ré-entrée après une sortie scannée »): a scan
    ``exit`` in the log, for someone of the edition who came in.  Committed."""
    scanned = read_scan(storable(raw))
    code = scanned.code[:512]
    attendee = repo.attendee_by_code(code, session=session) if code else None
    if attendee is None and code and scanned.may_be_ticket:
        held = repo.ticket_holder(tickets.candidates(code), event_id, session=session)
        if held is not None:
            attendee, code = held
    if attendee is None or attendee.event_id != event_id:
        return ExitOutcome(code, None, False, EXIT_UNKNOWN)
    who = repo.attendee_dict(attendee)
    if attendee.checked_in_at is None:
        return ExitOutcome(code, who, False, EXIT_NOT_IN)
    session.add(
        Scan(
            uid=uid or str(uuid.uuid4()),
            event_id=event_id,
            code=code,
            attendee_id=attendee.id,
            result=EXIT,
            station=station,
            scanned_at=scanned_at or utcnow(),
        )
    )
    session.commit()
    return ExitOutcome(code, who, True, EXIT_RECORDED)
