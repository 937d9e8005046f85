"""The plan of an edition as plain data, read from the database (for print and export)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from itday.db import repo
from itday.db.models import Booth, Exhibitor, Hall, HallBackground, HallElement
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services.pdf.plan import PlanBooth, PlanData


def load_plan(
    event_id: int,
    *,
    session: Session,
    colour_by: str = "status",
    language: str | None = None,
    background: bool = True,
    window: tuple[dt.datetime, dt.datetime] | None = None,
) -> PlanData:
    """The edition's plan; with ``background``, the venue's drawing stored for the hall
    (placed as on screen) goes under the booths.  Coloured « par visites », each stand's
    distinct visitors are counted over ``window`` (start, end), else the whole day."""
    event = repo.get_event(event_id, session=session)
    hall = repo.hall_of(event_id, session=session)
    if event is None or hall is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "Cette édition n'a pas encore de hall : dessinez-le dans la page Plan."
            )
        )
    lang = repo.document_language(event_id, session=session, chosen=language)
    elements = session.exec(select(HallElement).where(HallElement.hall_id == hall.id)).all()
    exhibitors = {
        e.id: e for e in session.exec(select(Exhibitor).where(Exhibitor.event_id == event_id))
    }
    present = repo.present_exhibitor_ids(event_id, session=session)
    visits, window_label = _visits(event_id, session, event, window, colour_by)
    booths = []
    for b in session.exec(select(Booth).where(Booth.event_id == event_id)):
        ex = exhibitors.get(b.exhibitor_id) if b.exhibitor_id else None
        booths.append(
            PlanBooth(
                code=b.code,
                x=b.x,
                y=b.y,
                width=b.width,
                depth=b.depth,
                rotation=b.rotation,
                status=b.status,
                exhibitor_name=ex.name if ex else None,
                sector=ex.sector if ex else None,
                present=bool(ex and ex.id in present),
                visits=visits.get(ex.id, 0) if ex and visits is not None else None,
            )
        )
    return PlanData(
        event_name=event.name,
        event_date=event.date,
        venue=event.venue,
        hall_w=hall.width_m,
        hall_d=hall.depth_m,
        outline=hall.outline or [],
        elements=[(e.kind, e.label, e.x, e.y, e.width, e.depth) for e in elements],
        booths=booths,
        colour_by=colour_by,
        visits_window=window_label,
        visits_recorded=bool(visits),
        lang=lang,
        **(_background(hall, session) if background else {}),
    )


def _visits(event_id: int, session: Session, event, window, colour_by: str):
    """(visitors per exhibitor, the window's words) when coloured by visits, else (None, "")."""
    if colour_by != "visits":
        return None, ""
    from itday.core.doc_text import doc_text
    from itday.core.visits import VisitIndex
    from itday.db.visits import meetings

    index = VisitIndex(meetings(event_id, session=session))
    lang = repo.document_language(event_id, session=session)
    if window is None:
        return dict(index.counts()), doc_text(lang, "toute la journée")
    tz = ZoneInfo(event.timezone or "Europe/Paris")
    start, end = (moment.astimezone(tz).strftime("%H:%M") for moment in window)
    return dict(index.counts(*window)), doc_text(lang, "de {start} à {end}", start=start, end=end)


def _background(hall: Hall, session: Session) -> dict:
    stored = session.get(HallBackground, hall.id) if hall.background_scale else None
    if stored is None:
        return {}
    return {
        "background": bytes(stored.data),
        "background_scale": hall.background_scale,
        "background_x": hall.background_x,
        "background_y": hall.background_y,
        "background_opacity": hall.background_opacity,
    }
