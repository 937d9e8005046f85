"""The badge print queue (table ``print_job``): small functions taking ``*, session``.

A row is written (``pending``) before the badge goes to the printer, so that a badge never
disappears: whatever happens next (printer off, print server down, the app closed), the
row stays until it is ``printed`` or the clerk takes it off the list.  The write functions
commit and return plain data.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import update
from sqlmodel import Session, col, select

from itday.db.models import Attendee, PrintJob, PrintLog, printed_on_paper
from itday.db.types import utcnow

PENDING, SENT, PRINTED, FAILED, CANCELLED = "pending", "sent", "printed", "failed", "cancelled"
#: states of a badge still to print (shown in the station's list)
OPEN = (PENDING, SENT, FAILED)


def add(
    event_id: int,
    attendee_ids: Iterable[int],
    *,
    session: Session,
    reason: str,
    station: str,
    printer: str,
    layout: str,
) -> list[int]:
    """One ``pending`` row per attendee; their ids, in the same order."""
    rows = [
        PrintJob(
            event_id=event_id,
            attendee_id=attendee_id,
            reason=reason,
            station=station,
            printer=printer,
            layout=layout,
        )
        for attendee_id in attendee_ids
    ]
    session.add_all(rows)
    session.commit()
    return [row.id for row in rows]


def get(ids: Iterable[int], *, session: Session) -> list[dict]:
    ids = list(ids)
    rows = session.exec(select(PrintJob).where(col(PrintJob.id).in_(ids))).all()
    by_id = {row.id: row.model_dump() for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def _set(ids: list[int], session: Session, states: Iterable[str] | None = None, **values) -> int:
    query = update(PrintJob).where(col(PrintJob.id).in_(ids))
    if states is not None:
        query = query.where(col(PrintJob.state).in_(list(states)))
    count = session.execute(query.values(updated_at=utcnow(), **values)).rowcount
    session.commit()
    return count


def mark_sent(ids: Iterable[int], job_id: int, printer: str, *, session: Session) -> None:
    """The printer's queue accepted the job (``job_id``)."""
    ids = list(ids)
    session.execute(
        update(PrintJob)
        .where(col(PrintJob.id).in_(ids))
        .values(
            state=SENT,
            job_id=job_id,
            printer=printer,
            problem="",
            detail="",
            attempts=PrintJob.attempts + 1,
            updated_at=utcnow(),
        )
    )
    session.commit()


def mark_waiting(ids: Iterable[int], problem: str, detail: str, *, session: Session) -> None:
    """Still in the printer's queue, with the printer's problem (paused, no paper…)."""
    _set(list(ids), session, states=(SENT,), problem=problem, detail=detail[:500])


def mark_failed(
    ids: Iterable[int], problem: str, detail: str, printer: str = "", *, session: Session
) -> None:
    """Never reached a printer, or the queue gave up on it."""
    values = {"printer": printer} if printer else {}
    _set(
        list(ids),
        session,
        states=(PENDING, SENT, FAILED),
        state=FAILED,
        problem=problem,
        detail=detail[:500],
        **values,
    )


def mark_printed(ids: Iterable[int], *, session: Session) -> list[int]:
    """The job came out: rows still open become ``printed`` and each gets its line in the
    print log (once, even if two stations look at the same job); the ids marked now."""
    ids = list(ids)
    rows = session.exec(
        select(PrintJob).where(col(PrintJob.id).in_(ids), col(PrintJob.state).in_(OPEN))
    ).all()
    done = []
    for row in rows:
        won = session.execute(
            update(PrintJob)
            .where(col(PrintJob.id) == row.id, col(PrintJob.state).in_(OPEN))
            .values(state=PRINTED, problem="", detail="", updated_at=utcnow())
        ).rowcount
        if won == 1:
            done.append(row.id)
            session.add(
                PrintLog(
                    attendee_id=row.attendee_id,
                    station=row.station,
                    layout=row.layout,
                    printer=row.printer,
                )
            )
    session.commit()
    return done


def cancel(ids: Iterable[int], *, session: Session) -> list[dict]:
    """Take badges off the list; the rows as they were (to cancel their jobs)."""
    ids = list(ids)
    before = [r for r in get(ids, session=session) if r["state"] in OPEN]
    _set([r["id"] for r in before], session, states=OPEN, state=CANCELLED)
    return before


def badge_already_made(attendee_id: int, *, session: Session) -> bool:
    """Whether this person already has a badge: printed before (print log: batch, pick-up
    the day before, an earlier arrival) or on its way (a row not taken off the list).
    An arrival prints a badge only when there is none: print once, reprints on request."""
    logged = session.exec(
        select(PrintLog.id).where(PrintLog.attendee_id == attendee_id, printed_on_paper())
    ).first()  # a PDF is no badge: the arrival prints one
    if logged is not None:
        return True
    queued = session.exec(
        select(PrintJob.id).where(PrintJob.attendee_id == attendee_id, PrintJob.state != CANCELLED)
    ).first()
    return queued is not None


_OPEN_COLUMNS = (
    "id",
    "attendee_id",
    "reason",
    "station",
    "printer",
    "layout",
    "state",
    "job_id",
    "problem",
    "detail",
    "attempts",
    "created_at",
    "updated_at",
)


def open_jobs(event_id: int, *, session: Session, station: str | None = None) -> list[dict]:
    """Badges still to print (oldest first), with the person's name, for the station's list."""
    query = (
        select(
            *(getattr(PrintJob, c) for c in _OPEN_COLUMNS),
            Attendee.first_name,
            Attendee.last_name,
            Attendee.company,
        )
        .join(Attendee, col(Attendee.id) == PrintJob.attendee_id)
        .where(PrintJob.event_id == event_id, col(PrintJob.state).in_(OPEN))
        .order_by(col(PrintJob.created_at), col(PrintJob.id))
    )
    if station is not None:
        query = query.where(PrintJob.station == station)
    rows = []
    for values in session.exec(query):
        row = dict(zip(_OPEN_COLUMNS, values[: len(_OPEN_COLUMNS)], strict=True))
        first, last, company = values[len(_OPEN_COLUMNS) :]
        row["name"] = f"{first} {last}".strip()
        row["company"] = company
        rows.append(row)
    return rows
