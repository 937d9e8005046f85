"""Booths of an edition for the plan editor: read everything as plain data, write in bulk.

Every function takes ``*, session`` and only flushes: the caller commits (one short
transaction per edit).  Rows cross threads and undo commands as plain dicts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from itday.core.enums import BoothStatus, ElementKind
from itday.core.plan import ElementShape
from itday.db import repo
from itday.db.models import Booth, Exhibitor, Hall, HallBackground, HallElement

#: the columns of a booth the editor reads and writes
BOOTH_FIELDS = ("code", "x", "y", "width", "depth", "rotation", "kind", "status", "exhibitor_id")


@dataclass(slots=True)
class HallInfo:
    id: int | None
    name: str = ""
    width: float = 50.0
    depth: float = 44.0
    outline: list = field(default_factory=list)
    min_aisle: float = 3.0
    capacity: int | None = None  # declared; None: one person per m² of the hall
    background_path: str | None = None
    background_scale: float | None = None  # metres per image pixel
    background_x: float = 0.0
    background_y: float = 0.0
    background_opacity: float = 0.45
    background_on_top: bool = False
    background_key: str | None = None  # SHA-256 of the image stored in the database


#: what a background change may carry: its placement, look, and (``image``) the stored image
BACKGROUND_FIELDS = (
    "background_path", "background_scale", "background_x", "background_y",
    "background_opacity", "background_on_top",
)  # fmt: skip


@dataclass(slots=True)
class PlanState:
    """What the plan page shows, read in one go."""

    event_id: int
    hall: HallInfo | None
    elements: list[ElementShape]
    booths: dict[int, dict]  # id → booth row (see ``booth_row``)
    exhibitors: dict[int, dict]  # id → {"id", "name", "sector", "search"}
    present: set[int]  # exhibitors with at least one staff member checked in


def booth_row(b: Booth) -> dict:
    return {"id": b.id, **{f: getattr(b, f) for f in BOOTH_FIELDS}}


def present_exhibitors(event_id: int, *, session: Session) -> set[int]:
    return repo.present_exhibitor_ids(event_id, session=session)


def exhibitor_rows(event_id: int, *, session: Session) -> dict[int, dict]:
    rows = session.exec(
        select(Exhibitor.id, Exhibitor.name, Exhibitor.sector, Exhibitor.search_key).where(
            Exhibitor.event_id == event_id
        )
    )
    return {i: {"id": i, "name": n, "sector": s or "", "search": k or ""} for i, n, s, k in rows}


def load_state(event_id: int, *, session: Session) -> PlanState:
    hall_row = repo.hall_of(event_id, session=session)
    hall = None
    elements: list[ElementShape] = []
    if hall_row is not None:
        hall = HallInfo(
            id=hall_row.id,
            name=hall_row.name,
            width=hall_row.width_m,
            depth=hall_row.depth_m,
            outline=list(hall_row.outline or []),
            min_aisle=hall_row.min_aisle_m,
            capacity=hall_row.capacity,
            background_path=hall_row.background_path,
            background_scale=hall_row.background_scale,
            background_x=hall_row.background_x,
            background_y=hall_row.background_y,
            background_opacity=hall_row.background_opacity,
            background_on_top=bool(hall_row.background_on_top),
            background_key=session.exec(
                select(HallBackground.sha256).where(HallBackground.hall_id == hall_row.id)
            ).first(),
        )
        for e in session.exec(select(HallElement).where(HallElement.hall_id == hall_row.id)):
            elements.append(
                ElementShape(
                    ElementKind(e.kind), e.x, e.y, e.width, e.depth, e.label, int(e.rotation), e.id
                )
            )
    booths = {
        b.id: booth_row(b) for b in session.exec(select(Booth).where(Booth.event_id == event_id))
    }
    return PlanState(
        event_id=event_id,
        hall=hall,
        elements=elements,
        booths=booths,
        exhibitors=exhibitor_rows(event_id, session=session),
        present=present_exhibitors(event_id, session=session),
    )


def create_booths(event_id: int, rows: Iterable[Mapping], *, session: Session) -> list[int]:
    """Inserts booths (a row with an ``id`` gets that id back: undo of a delete); their ids."""
    booths = []
    for row in rows:
        values = {f: row[f] for f in BOOTH_FIELDS if f in row}
        values.setdefault("status", BoothStatus.FREE.value)
        booth = Booth(event_id=event_id, **values)
        if row.get("id") is not None:
            booth.id = int(row["id"])
        booths.append(booth)
    session.add_all(booths)
    session.flush()
    return [b.id for b in booths]


def update_booths(changes: Mapping[int, Mapping], *, session: Session) -> None:
    """``{booth_id: {field: value, ...}}``: only the given fields change."""
    if not changes:
        return
    booths = session.exec(select(Booth).where(col(Booth.id).in_(list(changes)))).all()
    # Codes are unique per edition: free the old codes first when codes are swapped.
    if any("code" in changes[b.id] for b in booths):
        for b in booths:
            if "code" in changes[b.id]:
                b.code = f"\x00tmp{b.id}"
        session.flush()
    for b in booths:
        for f, value in changes[b.id].items():
            if f not in BOOTH_FIELDS:
                raise ValueError(f"unknown booth field {f!r}")
            setattr(b, f, value)
    session.flush()


def delete_booths(ids: Iterable[int], *, session: Session) -> list[dict]:
    """Deletes booths; returns their rows (to recreate them on undo)."""
    booths = session.exec(select(Booth).where(col(Booth.id).in_(list(ids)))).all()
    rows = [booth_row(b) for b in booths]
    for b in booths:
        session.delete(b)
    session.flush()
    return rows


def assign(booth_id: int, exhibitor_id: int | None, *, session: Session) -> None:
    """Gives a booth to an exhibitor (None: frees it).  An exhibitor may hold several."""
    booth = session.get(Booth, booth_id)
    if booth is None:
        raise ValueError(f"no booth {booth_id}")
    booth.exhibitor_id = exhibitor_id
    session.flush()


def set_status(ids: Iterable[int], status: str, *, session: Session) -> None:
    status = BoothStatus(status).value
    update_booths(dict.fromkeys(ids, {"status": status}), session=session)


def set_background(
    event_id: int,
    path: str | None,
    scale: float | None,
    x: float = 0.0,
    y: float = 0.0,
    *,
    session: Session,
) -> None:
    """The hall's background placement (``scale`` in metres per image pixel, offset in
    metres); ``path=None, scale=None`` removes it, image included."""
    values = {"background_path": path, "background_scale": scale,
              "background_x": x, "background_y": y}  # fmt: skip
    save_background(event_id, values, image=None if path is None and scale is None else KEEP,
                    session=session)  # fmt: skip


KEEP = object()  # ``save_background(image=KEEP)``: the stored image stays as it is


def save_background(
    event_id: int, values: Mapping, *, image: bytes | None | object = KEEP, session: Session
) -> str | None:
    """Changes some background fields (``BACKGROUND_FIELDS``) and the stored image: bytes
    replace it, ``None`` removes it, ``KEEP`` leaves it.  Returns the stored image's key."""
    hall = repo.hall_of(event_id, session=session)
    if hall is None:
        raise ValueError("no hall")
    for key, value in values.items():
        if key not in BACKGROUND_FIELDS:
            raise ValueError(f"not a background field: {key}")
        setattr(hall, key, value)
    session.add(hall)
    stored = session.get(HallBackground, hall.id)
    if image is not KEEP:
        if stored is not None:
            session.delete(stored)
            session.flush()
            stored = None
        if image is not None:
            stored = HallBackground(
                hall_id=hall.id,
                name=Path(hall.background_path or "").name,
                sha256=hashlib.sha256(image).hexdigest(),
                data=bytes(image),
            )
            session.add(stored)
    session.flush()
    return stored.sha256 if stored is not None else None


def background_image(event_id: int, *, session: Session) -> bytes | None:
    """The stored background image of the edition's hall (None when there is none)."""
    hall = repo.hall_of(event_id, session=session)
    if hall is None:
        return None
    stored = session.get(HallBackground, hall.id)
    return bytes(stored.data) if stored is not None else None


def codes_in_use(event_id: int, *, session: Session) -> set[str]:
    return set(session.exec(select(Booth.code).where(Booth.event_id == event_id)))


def save_hall(
    event_id: int,
    *,
    session: Session,
    name: str | None = None,
    width: float | None = None,
    depth: float | None = None,
    min_aisle: float | None = None,
    capacity: int | None | object = None,
) -> int:
    """Creates the edition's hall or changes its size, minimum aisle and declared capacity
    (``capacity=0`` clears it: one person per m²); its id."""
    hall = repo.hall_of(event_id, session=session)
    if hall is None:
        hall = Hall(event_id=event_id, name=name or "Hall")
    if name is not None:
        hall.name = name
    if width is not None:
        hall.width_m = float(width)
    if depth is not None:
        hall.depth_m = float(depth)
    if min_aisle is not None:
        hall.min_aisle_m = float(min_aisle)
    if capacity is not None:
        hall.capacity = int(capacity) or None
    session.add(hall)
    session.flush()
    return hall.id


# -- fixed elements of the hall ------------------------------------------------------------

#: the columns of a hall element the editor reads and writes
ELEMENT_FIELDS = ("kind", "label", "x", "y", "width", "depth", "rotation")


def element_row(e: HallElement) -> dict:
    return {"id": e.id, **{f: getattr(e, f) for f in ELEMENT_FIELDS}}


def create_elements(hall_id: int, rows: Iterable[Mapping], *, session: Session) -> list[int]:
    """Inserts fixed elements (a row with an ``id`` gets it back: undo of a delete)."""
    elements = []
    for row in rows:
        values = {f: row[f] for f in ELEMENT_FIELDS if f in row}
        values["kind"] = ElementKind(values["kind"]).value
        element = HallElement(hall_id=hall_id, **values)
        if row.get("id") is not None:
            element.id = int(row["id"])
        elements.append(element)
    session.add_all(elements)
    session.flush()
    return [e.id for e in elements]


def update_elements(changes: Mapping[int, Mapping], *, session: Session) -> None:
    """``{element_id: {field: value, ...}}``: only the given fields change."""
    if not changes:
        return
    for e in session.exec(select(HallElement).where(col(HallElement.id).in_(list(changes)))):
        for f, value in changes[e.id].items():
            if f not in ELEMENT_FIELDS:
                raise ValueError(f"unknown element field {f!r}")
            setattr(e, f, ElementKind(value).value if f == "kind" else value)
    session.flush()


def delete_elements(ids: Iterable[int], *, session: Session) -> list[dict]:
    """Deletes fixed elements; returns their rows (to recreate them on undo)."""
    elements = session.exec(select(HallElement).where(col(HallElement.id).in_(list(ids)))).all()
    rows = [element_row(e) for e in elements]
    for e in elements:
        session.delete(e)
    session.flush()
    return rows


def set_outline(event_id: int, points: list | None, *, session: Session) -> None:
    """The hall's walls as a polygon ``[[x, y], ...]`` in metres (empty or None: the rectangle)."""
    hall = repo.hall_of(event_id, session=session)
    if hall is None:
        raise ValueError("no hall")
    hall.outline = [[float(x), float(y)] for x, y in (points or [])]
    session.add(hall)
    session.flush()
