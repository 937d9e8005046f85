"""Writing attendees: edits, cancellation, walk-ins, and the rows of the Visiteurs page.

Small functions taking ``*, session``; the write functions commit (one unit of work each)
and return plain data, so that undo commands and workers never hold ORM objects.
"""

from __future__ import annotations

from sqlalchemy import func, update
from sqlmodel import Session, col, select

from itday.core import badge
from itday.core.consent import ConsentSource
from itday.core.enums import Category, Source
from itday.core.text import search_key
from itday.db.models import Attendee, PrintLog, printed_on_paper
from itday.db.types import utcnow
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

#: fields a person's record can be edited on (the badge code and check-in are not editable)
EDITABLE = ("first_name", "last_name", "company", "job_title", "email", "phone", "category")

_ROW = (
    "id",
    "first_name",
    "last_name",
    "company",
    "job_title",
    "email",
    "phone",
    "category",
    "source",
    "code",
    "cancelled",
    "checked_in_at",
    "checked_in_station",
    "consent",
    "consent_at",
    "consent_source",
    "search_key",
)


def visitor_rows(event_id: int, *, session: Session) -> list[dict]:
    """Every attendee of the edition with its print count (``prints``) and the number of
    PDFs their badge was written to (``pdfs``, not printed), as plain dicts.

    ``checked_in_at`` stays an aware datetime (the page formats it in the event's zone);
    ``search_key`` is the folded text the page filters on.
    """
    prints = (
        select(
            PrintLog.attendee_id,
            func.count().filter(printed_on_paper()).label("n"),
            func.count().filter(~printed_on_paper()).label("pdf"),
        )
        .group_by(PrintLog.attendee_id)
        .subquery()
    )
    columns = [getattr(Attendee, name) for name in _ROW]
    query = (
        select(*columns, func.coalesce(prints.c.pdf, 0), func.coalesce(prints.c.n, 0))
        .join(prints, prints.c.attendee_id == Attendee.id, isouter=True)
        .where(Attendee.event_id == event_id)
        .order_by(func.lower(Attendee.last_name), func.lower(Attendee.first_name))
    )
    rows = []
    for values in session.exec(query):
        row = dict(zip(_ROW, values[:-2], strict=True))
        row["pdfs"], row["prints"] = values[-2], values[-1]
        rows.append(row)
    return rows


def get_fields(attendee_id: int, *, session: Session) -> dict:
    """The editable fields of one attendee (for the form and for undo)."""
    attendee = _get(attendee_id, session)
    return {name: getattr(attendee, name) for name in EDITABLE}


def _get(attendee_id: int, session: Session) -> Attendee:
    attendee = session.get(Attendee, attendee_id)
    if attendee is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "Participant n° {attendee_id} introuvable (supprimé entre-temps ?)."
            ),
            attendee_id=attendee_id,
        )
    return attendee


def _no_name() -> ItdayError:
    return ItdayError(QT_TRANSLATE_NOOP("errors", "Il faut au moins un prénom ou un nom."))


def _clean(values: dict) -> dict:
    clean = {}
    for name, value in values.items():
        if name not in EDITABLE:
            raise ValueError(f"not an editable attendee field: {name}")
        value = " ".join((value or "").split())
        if name == "email":
            value = value.lower()
        if name == "category" and value not in {c.value for c in Category}:
            raise ItdayError(
                QT_TRANSLATE_NOOP("errors", "Catégorie inconnue : {category}"), category=value
            )
        clean[name] = value
    return clean


def update_attendee(attendee_id: int, values: dict, *, session: Session) -> dict:
    """Set the given editable fields, recompute the search key, commit.

    Returns the previous values of the fields given (what undo needs).
    """
    values = _clean(values)
    attendee = _get(attendee_id, session)
    before = {name: getattr(attendee, name) for name in values}
    if not (
        values.get("first_name", attendee.first_name) or values.get("last_name", attendee.last_name)
    ):
        raise _no_name()
    for name, value in values.items():
        setattr(attendee, name, value)
    attendee.search_key = search_key(
        attendee.first_name, attendee.last_name, attendee.company, attendee.email
    )
    attendee.updated_at = utcnow()
    session.commit()
    return before


def set_cancelled(ids: list[int], cancelled: bool, *, session: Session) -> int:
    """Cancel (or restore) registrations by hand; returns how many rows changed.  Either way
    the import's reason (a ticket cancelled or refunded) no longer holds: cleared."""
    if not ids:
        return 0
    changed = session.execute(
        update(Attendee)
        .where(col(Attendee.id).in_(list(ids)), col(Attendee.cancelled).is_not(cancelled))
        .values(cancelled=cancelled, cancel_reason="", updated_at=utcnow())
    ).rowcount
    session.commit()
    return changed


def create_walk_in(
    event_id: int,
    *,
    session: Session,
    first_name: str = "",
    last_name: str = "",
    company: str = "",
    email: str = "",
    category: str = Category.VISITOR.value,
    consent: bool = False,
) -> tuple[int, str]:
    """Register a person at the desk (source ``walk_in``, fresh badge code); commits.

    ``consent``: the form's box (unticked by default), stored with its time and source.
    Returns ``(attendee id, badge code)``.
    """
    values = _clean(
        {
            "first_name": first_name,
            "last_name": last_name,
            "company": company,
            "email": email,
            "category": category,
        }
    )
    if not (values["first_name"] or values["last_name"]):
        raise _no_name()
    attendee = Attendee(
        event_id=event_id,
        source=Source.WALK_IN.value,
        consent=bool(consent),
        consent_at=utcnow(),
        consent_source=ConsentSource.WALK_IN.value,
        code=badge.new_code(),
        search_key=search_key(
            values["first_name"], values["last_name"], values["company"], values["email"]
        ),
        **values,
    )
    session.add(attendee)
    session.commit()
    return attendee.id, attendee.code


# -- consent to exhibitors receiving their details (issue 25) ----------------------------

CONSENT_FIELDS = ("consent", "consent_at", "consent_source")


def consent_state(attendee_id: int, *, session: Session) -> dict:
    """``consent`` (True, False, None: never asked), ``consent_at``, ``consent_source``."""
    attendee = _get(attendee_id, session)
    return {name: getattr(attendee, name) for name in CONSENT_FIELDS}


def set_consent(ids: list[int], consent: bool, source: str, *, session: Session) -> dict[int, dict]:
    """Record the answer of each person in ``ids`` (given or withdrawn now, at ``source``);
    commits.  People whose answer is already ``consent`` keep their time and source.
    Returns the previous state of those changed (``restore_consent`` puts it back)."""
    if not ids:
        return {}
    rows = session.exec(
        select(Attendee.id, Attendee.consent, Attendee.consent_at, Attendee.consent_source).where(
            col(Attendee.id).in_(list(ids))
        )
    ).all()
    before = {
        pid: dict(zip(CONSENT_FIELDS, (given, at, src), strict=True))
        for pid, given, at, src in rows
        if given is not bool(consent)
    }
    if before:
        now = utcnow()
        session.execute(
            update(Attendee)
            .where(col(Attendee.id).in_(list(before)))
            .values(consent=bool(consent), consent_at=now, consent_source=source, updated_at=now)
        )
    session.commit()
    return before


def restore_consent(states: dict[int, dict], *, session: Session) -> None:
    """Put back the answers ``set_consent`` returned (undo); commits."""
    now = utcnow()
    for attendee_id, state in states.items():
        session.execute(
            update(Attendee)
            .where(col(Attendee.id) == attendee_id)
            .values(**{k: state[k] for k in CONSENT_FIELDS}, updated_at=now)
        )
    session.commit()


def printed_ids(event_id: int, *, session: Session) -> set[int]:
    """Attendees of the edition whose badge was printed at least once."""
    return set(
        session.exec(
            select(PrintLog.attendee_id)
            .join(Attendee, col(Attendee.id) == PrintLog.attendee_id)
            .where(Attendee.event_id == event_id, printed_on_paper())
            .distinct()
        ).all()
    )


def describe(attendee_id: int, *, session: Session) -> dict:
    """Name, code and print count of one attendee (for dialogs)."""
    attendee = _get(attendee_id, session)
    prints = session.exec(
        select(func.count())
        .select_from(PrintLog)
        .where(PrintLog.attendee_id == attendee_id, printed_on_paper())
    ).one()
    return {
        "id": attendee.id,
        "event_id": attendee.event_id,
        "name": " ".join(p for p in (attendee.first_name, attendee.last_name) if p),
        "code": attendee.code,
        "cancelled": attendee.cancelled,
        "prints": prints,
    }


def delete_walk_in(attendee_id: int, *, session: Session) -> bool:
    """Delete a walk-in registration made by mistake, once its entry was undone: only a
    walk-in not checked in.  Its scans stay in the log (without the person); its badge
    prints and ticket codes go with it.  False when it is no such registration."""
    person = session.get(Attendee, attendee_id)
    if person is None or person.source != Source.WALK_IN or person.checked_in_at is not None:
        return False
    session.delete(person)
    session.commit()
    return True
