"""Exhibitor records: create, edit, delete (with a snapshot for undo), staff, arrival.

Small functions taking ``*, session``; they flush, the caller commits.  Everything returned
is plain data (dicts, ids) so it can cross threads and live in undo commands.
"""

from __future__ import annotations

from sqlalchemy import func, or_
from sqlmodel import Session, col, select

from itday.core import badge
from itday.core.enums import BoothStatus, Category, Source
from itday.core.plan import natural_key
from itday.core.text import fold, search_key
from itday.db import repo
from itday.db.models import Attendee, Booth, Exhibitor, PrintLog, Scan
from itday.db.types import utcnow
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

#: the fields a user edits on an exhibitor's form
FIELDS = (
    "name",
    "sector",
    "contact_name",
    "contact_email",
    "contact_phone",
    "website",
    "description",
)


def _clean(fields: dict) -> dict:
    unknown = set(fields) - set(FIELDS) - {"external_ref"}
    if unknown:
        raise ValueError(f"champs inconnus : {', '.join(sorted(unknown))}")
    values = {k: (v.strip() if isinstance(v, str) else v) for k, v in fields.items()}
    if "name" in values and not values["name"]:
        raise ItdayError(QT_TRANSLATE_NOOP("errors", "Le nom de l'exposant est obligatoire."))
    return values


def _refresh_key(ex: Exhibitor) -> None:
    ex.search_key = search_key(ex.name, ex.sector, ex.contact_name)


def _get(exhibitor_id: int, session: Session) -> Exhibitor:
    ex = session.get(Exhibitor, exhibitor_id)
    if ex is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "Exposant n° {number} introuvable (supprimé entre-temps ?)."
            ),
            number=exhibitor_id,
        )
    return ex


def get_exhibitor(exhibitor_id: int, *, session: Session) -> dict | None:
    """The exhibitor's editable fields, id, event and booth codes (natural order)."""
    ex = session.get(Exhibitor, exhibitor_id)
    if ex is None:
        return None
    codes = session.exec(select(Booth.code).where(Booth.exhibitor_id == exhibitor_id)).all()
    row = {name: getattr(ex, name) for name in FIELDS}
    row.update(id=ex.id, event_id=ex.event_id, booths=sorted(codes, key=natural_key))
    return row


def sectors(event_id: int, *, session: Session) -> list[str]:
    """Sectors already used in the edition, alphabetical (for the form's suggestions)."""
    names = session.exec(
        select(Exhibitor.sector).where(Exhibitor.event_id == event_id).distinct()
    ).all()
    return sorted((s for s in names if s), key=fold)


def create_exhibitor(event_id: int, *, session: Session, **fields) -> int:
    values = _clean(fields)
    if not values.get("name"):
        raise ItdayError(QT_TRANSLATE_NOOP("errors", "Le nom de l'exposant est obligatoire."))
    ex = Exhibitor(event_id=event_id, **values)
    _refresh_key(ex)
    session.add(ex)
    session.flush()
    return ex.id


def update_exhibitor(exhibitor_id: int, *, session: Session, **fields) -> dict:
    """Change some fields; returns their previous values (to undo the change)."""
    values = _clean(fields)
    ex = _get(exhibitor_id, session)
    before = {k: getattr(ex, k) for k in values}
    for k, v in values.items():
        setattr(ex, k, v)
    _refresh_key(ex)
    session.add(ex)
    session.flush()
    return before


def delete_exhibitor(exhibitor_id: int, *, session: Session) -> dict:
    """Delete an exhibitor: its booths become free, its staff stay as unlinked attendees.

    Returns a snapshot (plain dict) from which ``restore_exhibitor`` rebuilds exactly what
    was there: the row with its id, the booths with their status, the staff links.
    """
    ex = _get(exhibitor_id, session)
    snapshot = {
        "exhibitor": {
            c: getattr(ex, c)
            for c in ("id", "event_id", *FIELDS, "external_ref", "search_key", "created_at")
        },
        "booths": [
            {"id": b.id, "status": b.status}
            for b in session.exec(select(Booth).where(Booth.exhibitor_id == exhibitor_id))
        ],
        "staff": list(
            session.exec(select(Attendee.id).where(Attendee.exhibitor_id == exhibitor_id)).all()
        ),
    }
    for booth in session.exec(select(Booth).where(Booth.exhibitor_id == exhibitor_id)):
        booth.exhibitor_id = None
        booth.status = BoothStatus.FREE.value
        session.add(booth)
    for person in session.exec(select(Attendee).where(Attendee.exhibitor_id == exhibitor_id)):
        person.exhibitor_id = None
        session.add(person)
    session.flush()
    session.delete(ex)
    session.flush()
    return snapshot


def restore_exhibitor(snapshot: dict, *, session: Session) -> int:
    """Undo ``delete_exhibitor``: same id, same booths (unless taken since), same staff."""
    data = dict(snapshot["exhibitor"])
    if session.get(Exhibitor, data["id"]) is not None:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Cet exposant existe déjà : rien à restaurer.")
        )
    ex = Exhibitor(**data)
    session.add(ex)
    session.flush()
    for item in snapshot["booths"]:
        booth = session.get(Booth, item["id"])
        if booth is not None and booth.exhibitor_id is None:
            booth.exhibitor_id = ex.id
            booth.status = item["status"]
            session.add(booth)
    for attendee_id in snapshot["staff"]:
        person = session.get(Attendee, attendee_id)
        if person is not None and person.exhibitor_id is None:
            person.exhibitor_id = ex.id
            session.add(person)
    session.flush()
    return ex.id


# -- staff ------------------------------------------------------------------------------


def list_staff(exhibitor_id: int, *, session: Session) -> list[dict]:
    """People linked to the exhibitor, by last name: id, names, e-mail, category, arrival."""
    rows = session.exec(
        select(
            Attendee.id,
            Attendee.first_name,
            Attendee.last_name,
            Attendee.email,
            Attendee.category,
            Attendee.checked_in_at,
            Attendee.cancelled,
        ).where(Attendee.exhibitor_id == exhibitor_id)
    ).all()
    people = [
        {
            "id": i,
            "first_name": first,
            "last_name": last,
            "email": email,
            "category": category,
            "checked_in_at": checked.isoformat() if checked else None,
            "cancelled": cancelled,
        }
        for i, first, last, email, category, checked, cancelled in rows
    ]
    people.sort(key=lambda p: (fold(p["last_name"]), fold(p["first_name"]), p["id"]))
    return people


def add_staff(
    exhibitor_id: int,
    first_name: str,
    last_name: str,
    email: str = "",
    *,
    session: Session,
    source: str = Source.MANUAL.value,
) -> int:
    """A new attendee of category exhibitor staff, linked to the exhibitor, with a badge code."""
    ex = _get(exhibitor_id, session)
    first, last = first_name.strip(), last_name.strip()
    if not (first or last):
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Indiquez au moins le prénom ou le nom de la personne.")
        )
    email = email.strip().lower()
    if email and "@" not in email:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Adresse e-mail invalide : « {email} »."), email=email
        )
    person = Attendee(
        event_id=ex.event_id,
        first_name=first,
        last_name=last,
        company=ex.name,
        email=email,
        category=Category.EXHIBITOR_STAFF.value,
        exhibitor_id=ex.id,
        source=source,
        code=badge.new_code(),
    )
    person.search_key = search_key(first, last, ex.name, email)
    session.add(person)
    session.flush()
    return person.id


def _no_person(number: int) -> ItdayError:
    return ItdayError(
        QT_TRANSLATE_NOOP("errors", "Personne n° {number} introuvable (supprimée entre-temps ?)."),
        number=number,
    )


def staff_history(attendee_id: int, *, session: Session) -> dict:
    """What the person has left behind: scans at the entrance, badge prints, admission.

    ``{"scans": n, "prints": n, "checked_in": bool, "any": bool}``; a person with any of it
    is cancelled rather than deleted by ``remove_staff``.
    """
    person = session.get(Attendee, attendee_id)
    if person is None:
        raise _no_person(attendee_id)
    scans = session.exec(
        select(func.count(Scan.id)).where(
            or_(Scan.attendee_id == attendee_id, Scan.code == person.code)
        )
    ).one()
    prints = session.exec(
        select(func.count(PrintLog.id)).where(PrintLog.attendee_id == attendee_id)
    ).one()
    checked_in = person.checked_in_at is not None
    return {
        "scans": scans,
        "prints": prints,
        "checked_in": checked_in,
        "any": bool(scans or prints or checked_in),
    }


def remove_staff(attendee_id: int, *, session: Session) -> dict:
    """Take a person off an exhibitor's staff; returns a snapshot for ``restore_staff``.

    Without any history (no scan, no badge printed, not admitted) the attendee is deleted.
    Otherwise nothing is deleted: the registration is cancelled (the badge is refused at
    the entrance) and unlinked from the exhibitor, so the scan log and the statistics keep
    pointing at the same row.  The snapshot's ``"mode"`` says which: ``"deleted"`` or
    ``"cancelled"``.
    """
    history = staff_history(attendee_id, session=session)
    person = session.get(Attendee, attendee_id)
    row = person.model_dump()
    if history["any"]:
        person.cancelled = True
        person.exhibitor_id = None
        person.updated_at = utcnow()
        session.add(person)
        session.flush()
        return {"mode": "cancelled", "attendee": row}
    session.delete(person)
    session.flush()
    return {"mode": "deleted", "attendee": row}


def restore_staff(snapshot: dict, *, session: Session) -> int:
    """Undo ``remove_staff``: the same row (id, badge code, category, link) as before.

    The exhibitor link comes back only if the exhibitor still exists.
    """
    data = dict(snapshot["attendee"])
    exhibitor_id = data.get("exhibitor_id")
    if exhibitor_id is not None and session.get(Exhibitor, exhibitor_id) is None:
        data["exhibitor_id"] = None
    person = session.get(Attendee, data["id"])
    if snapshot["mode"] == "deleted":
        if person is not None:
            raise ItdayError(
                QT_TRANSLATE_NOOP("errors", "Cette personne existe déjà : rien à restaurer.")
            )
        taken = session.exec(select(Attendee.id).where(Attendee.code == data["code"])).first()
        if taken is not None:
            raise ItdayError(
                QT_TRANSLATE_NOOP(
                    "errors", "Ce code de badge a été réattribué : restauration impossible."
                )
            )
        session.add(Attendee(**data))
    else:
        if person is None:
            raise _no_person(data["id"])
        person.cancelled = data["cancelled"]
        person.exhibitor_id = data["exhibitor_id"]
        person.updated_at = utcnow()
        session.add(person)
    session.flush()
    return data["id"]


# -- arrival ----------------------------------------------------------------------------


def missing_exhibitors(event_id: int, *, session: Session) -> list[dict]:
    """Exhibitors none of whose staff has checked in yet, sorted by booth (those without a
    booth last), with the contact to call: id, name, booths, contact name, phone, e-mail."""
    present = repo.present_exhibitor_ids(event_id, session=session)
    booths: dict[int, list[str]] = {}
    for ex_id, code in session.exec(
        select(Booth.exhibitor_id, Booth.code).where(
            Booth.event_id == event_id, col(Booth.exhibitor_id).is_not(None)
        )
    ):
        booths.setdefault(ex_id, []).append(code)
    rows = []
    for ex in session.exec(select(Exhibitor).where(Exhibitor.event_id == event_id)):
        if ex.id in present:
            continue
        codes = sorted(booths.get(ex.id, []), key=natural_key)
        rows.append(
            {
                "id": ex.id,
                "name": ex.name,
                "sector": ex.sector,
                "booths": codes,
                "contact_name": ex.contact_name,
                "contact_phone": ex.contact_phone,
                "contact_email": ex.contact_email,
            }
        )
    rows.sort(
        key=lambda r: (
            not r["booths"],
            natural_key(r["booths"][0]) if r["booths"] else (),
            fold(r["name"]),
        )
    )
    return rows
