"""A new edition, empty or carrying last year's hall (``itday init --from``, « Nouvelle édition… »).

An organiser prepares next year's show from this year's: the hall's outline, its fixed
elements (pillars, exits, stage…), the background image's placement and the booths come
over as they were, with their codes, sizes and kinds, and the talk rooms with their
capacity and their place on the plan (not the programme: its sessions belong to one day).
With ``with_exhibitors`` the exhibitors come too, each on the booth they had (and the booth
keeps its status); without, every booth is free.  Visitors, staff, scans, badges and print jobs never come over: they
belong to one day.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, select

from itday.core.enums import BoothStatus
from itday.core.text import clean_label
from itday.db import repo
from itday.db.models import (
    Booth,
    Event,
    Exhibitor,
    Hall,
    HallBackground,
    HallElement,
    Room,
)
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

DUPLICATE = QT_TRANSLATE_NOOP(
    "errors",
    "L'édition « {name} » du {date} existe déjà (n° {event_id}) : travaillez dessus, ou "
    "donnez un autre nom ou une autre date.",
)
DUPLICATE_CLI = "(ligne de commande : --event {event_id})"
NO_SOURCE = QT_TRANSLATE_NOOP("errors", "Aucune édition n° {event_id} à reprendre dans cette base.")
NO_NAME = QT_TRANSLATE_NOOP(
    "errors", "Donnez un nom à l'édition, par exemple « Innovation IT Day 2017 »."
)
NO_NAME_CLI = "(ligne de commande : --name « Innovation IT Day 2017 »)"
HOURS = QT_TRANSLATE_NOOP(
    "errors", "L'heure d'ouverture ({opens}) doit précéder celle de fermeture ({closes})."
)

_HALL_FIELDS = (
    "name", "width_m", "depth_m", "outline", "min_aisle_m", "capacity", "background_path",
    "background_scale", "background_x", "background_y", "background_opacity",
    "background_on_top",
)  # fmt: skip
_IMAGE_FIELDS = ("name", "sha256", "data")
_ELEMENT_FIELDS = ("kind", "label", "x", "y", "width", "depth", "rotation")
_BOOTH_FIELDS = ("code", "x", "y", "width", "depth", "rotation", "kind")
_EXHIBITOR_FIELDS = (
    "name", "sector", "contact_name", "contact_email", "contact_phone", "website",
    "description", "external_ref", "search_key",
)  # fmt: skip


def new_edition(
    session: Session,
    *,
    name: str,
    date: dt.date,
    venue: str | None = None,
    opens_at: dt.time | None = None,
    closes_at: dt.time | None = None,
    source_id: int | None = None,
    with_exhibitors: bool = False,
) -> Event:
    """Create the edition (not committed) and copy what ``source_id`` holds; raises
    ``ItdayError`` for an empty name, a name and date already used, an unknown source or
    opening hours the wrong way round."""
    name = clean_label(name)  # one line: never a control character (issue 23.9)
    if not name:
        raise ItdayError(NO_NAME, cli=NO_NAME_CLI)
    if venue is not None:
        venue = clean_label(venue)
    same = repo.find_event(name, date, session=session)
    if same is not None:
        raise ItdayError(
            DUPLICATE, name=same.name, date=f"{same.date:%d/%m/%Y}", event_id=same.id,
            cli=DUPLICATE_CLI,
        )  # fmt: skip
    source = None
    if source_id is not None:
        source = repo.get_event(source_id, session=session)
        if source is None:
            raise ItdayError(NO_SOURCE, event_id=source_id)
    fields = {}
    for key, given in (("opens_at", opens_at), ("closes_at", closes_at)):
        if given is not None:
            fields[key] = given
        elif source is not None:
            fields[key] = getattr(source, key)
    if source is not None:
        fields["timezone"] = source.timezone
    if venue is None:
        venue = source.venue if source is not None else ""
    event = repo.create_event(name, date, venue, session=session, **fields)
    if event.opens_at >= event.closes_at:
        raise ItdayError(HOURS, opens=f"{event.opens_at:%H:%M}", closes=f"{event.closes_at:%H:%M}")
    if source is not None:
        _copy_plan(session, source.id, event.id, with_exhibitors)
    return event


def _copy(row, fields: tuple[str, ...]) -> dict:
    return {key: getattr(row, key) for key in fields}


def _copy_plan(session: Session, source_id: int, target_id: int, with_exhibitors: bool) -> None:
    elements: dict[int, int] = {}  # old fixed element → its copy (a room's place on the plan)
    for hall in session.exec(select(Hall).where(Hall.event_id == source_id).order_by(Hall.id)):
        values = _copy(hall, _HALL_FIELDS)
        values["outline"] = [list(point) for point in hall.outline or []]
        new_hall = Hall(event_id=target_id, **values)
        session.add(new_hall)
        session.flush()
        image = session.get(HallBackground, hall.id)
        if image is not None:
            session.add(HallBackground(hall_id=new_hall.id, **_copy(image, _IMAGE_FIELDS)))
        rows = session.exec(
            select(HallElement).where(HallElement.hall_id == hall.id).order_by(HallElement.id)
        )
        for old in list(rows):
            copy = HallElement(hall_id=new_hall.id, **_copy(old, _ELEMENT_FIELDS))
            session.add(copy)
            session.flush()
            elements[old.id] = copy.id
    _copy_rooms(session, source_id, target_id, elements)
    exhibitors: dict[int, int] = {}
    if with_exhibitors:
        rows = session.exec(
            select(Exhibitor).where(Exhibitor.event_id == source_id).order_by(Exhibitor.id)
        ).all()
        for old in rows:
            new = Exhibitor(event_id=target_id, **_copy(old, _EXHIBITOR_FIELDS))
            session.add(new)
            session.flush()
            exhibitors[old.id] = new.id
    booths = session.exec(select(Booth).where(Booth.event_id == source_id).order_by(Booth.id))
    for booth in booths:
        values = _copy(booth, _BOOTH_FIELDS)
        holder = exhibitors.get(booth.exhibitor_id) if booth.exhibitor_id else None
        values["exhibitor_id"] = holder
        values["status"] = booth.status if holder is not None else BoothStatus.FREE.value
        session.add(Booth(event_id=target_id, **values))
    session.flush()


def _copy_rooms(session: Session, source_id: int, target_id: int, elements: dict) -> None:
    """The talk rooms, each with its capacity and its place on the copied plan."""
    rooms = session.exec(select(Room).where(Room.event_id == source_id).order_by(Room.id))
    session.add_all(
        Room(
            event_id=target_id,
            name=room.name,
            capacity=room.capacity,
            element_id=elements.get(room.element_id) if room.element_id else None,
        )
        for room in rooms
    )


def copy_summary(session: Session, event_id: int) -> dict[str, int]:
    """What an edition holds of its plan: booths, fixed elements, exhibitors."""
    from sqlalchemy import func

    def count(stmt) -> int:
        return session.exec(stmt).one()

    return {
        "booths": count(select(func.count()).select_from(Booth).where(Booth.event_id == event_id)),
        "elements": count(
            select(func.count())
            .select_from(HallElement)
            .join(Hall, Hall.id == HallElement.hall_id)
            .where(Hall.event_id == event_id)
        ),
        "exhibitors": count(
            select(func.count()).select_from(Exhibitor).where(Exhibitor.event_id == event_id)
        ),
    }
