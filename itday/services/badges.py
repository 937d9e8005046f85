"""Badges of an edition: who gets one, rendering to PDF, and the print log.

Used by ``itday badges``, the Visiteurs page (batch printing) and the Accueil page (one
badge on demand).  Runs in a worker: only ids and plain data come in and go out.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import Session, col, select

from itday.core.doc_text import doc_text
from itday.core.plan import natural_key
from itday.core.text import sort_key
from itday.db import repo
from itday.db.engine import Database
from itday.db.models import PDF_MARK, Attendee, Booth, Exhibitor, PrintLog, printed_on_paper
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

if TYPE_CHECKING:  # reportlab, NumPy and the QR tables come with the first badge made
    from itday.services.pdf.badges import BadgeData, EventInfo


def event_info(event_id: int, *, session: Session, language: str | None = None) -> EventInfo:
    from itday.services.pdf.badges import EventInfo

    """The edition as documents show it, in its document language (or ``language``)."""
    event = repo.get_event(event_id, session=session)
    if event is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Aucune édition n° {event_id} dans cette base."),
            event_id=event_id,
        )
    lang = repo.document_language(event_id, session=session, chosen=language)
    return EventInfo(event.name, event.date, event.venue, lang)


def badge_people(
    event_id: int,
    *,
    session: Session,
    ids: Iterable[int] | None = None,
    category: str | None = None,
    exhibitor_id: int | None = None,
    include_cancelled: bool = False,
    language: str | None = None,
) -> list[tuple[int, BadgeData]]:
    """(attendee id, badge data) pairs, sorted by last name then first name; the booth line
    of staff badges in the document language (or ``language``)."""
    from itday.services.pdf.badges import BadgeData

    lang = repo.document_language(event_id, session=session, chosen=language)
    query = (
        select(Attendee, Exhibitor.name)
        .join(Exhibitor, col(Attendee.exhibitor_id) == Exhibitor.id, isouter=True)
        .where(Attendee.event_id == event_id)
    )
    if ids is not None:
        ids = list(ids)
        query = query.where(col(Attendee.id).in_(ids))
    if category:
        query = query.where(Attendee.category == category)
    if exhibitor_id is not None:
        query = query.where(Attendee.exhibitor_id == exhibitor_id)
    if not include_cancelled:
        query = query.where(col(Attendee.cancelled).is_(False))
    booths: dict[int, list[str]] = {}  # an exhibitor's staff badge shows where to find them
    for exhibitor, code in session.exec(
        select(Booth.exhibitor_id, Booth.code).where(
            Booth.event_id == event_id, col(Booth.exhibitor_id).is_not(None)
        )
    ):
        booths.setdefault(exhibitor, []).append(code)
    people = []
    for a, exhibitor_name in session.exec(query):
        company = a.company or exhibitor_name or ""
        codes = sorted(booths.get(a.exhibitor_id, []), key=natural_key) if a.exhibitor_id else []
        extra = ""
        if codes:
            extra = doc_text(lang, "Stand {code}" if len(codes) == 1 else "Stands {codes}",
                             code=codes[0], codes=", ".join(codes))  # fmt: skip
        people.append(
            (a.id, BadgeData(a.first_name, a.last_name, company, a.category, a.code, extra))
        )
    people.sort(key=lambda p: (sort_key(p[1].last_name), sort_key(p[1].first_name), p[0]))
    return people


def print_counts(ids: Iterable[int], *, session: Session) -> dict[int, int]:
    """How many times each attendee's badge was printed already (PDFs not counted)."""
    ids = list(ids)
    if not ids:
        return {}
    rows = session.exec(
        select(PrintLog.attendee_id, func.count())
        .where(col(PrintLog.attendee_id).in_(ids), printed_on_paper())
        .group_by(PrintLog.attendee_id)
    )
    return dict(rows.all())


def log_prints(
    ids: Iterable[int], *, session: Session, station: str, layout: str, printer: str
) -> None:
    session.add_all(
        PrintLog(attendee_id=i, station=station, layout=layout, printer=printer) for i in ids
    )
    session.commit()


def render_badge_pdf(
    db: Database,
    event_id: int,
    out: str | os.PathLike,
    *,
    layout: str = "a6",
    ids: Iterable[int] | None = None,
    category: str | None = None,
    exhibitor_id: int | None = None,
    station: str = "",
    log: bool = True,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    dpi: float | None = None,
    language: str | None = None,
) -> list[int]:
    """Render the chosen badges to ``out`` and, once the file is complete, log them as put
    in a PDF (``PDF_MARK``: not printed — printing the sheets logs the prints).

    Returns the ids printed (in print order).  Nothing is logged if rendering fails or is
    cancelled; the file is written atomically.
    """
    from itday.services.pdf.badges import render_badges

    with db.session() as session:
        info = event_info(event_id, session=session, language=language)
        people = badge_people(
            event_id, session=session, ids=ids, category=category, exhibitor_id=exhibitor_id,
            language=info.lang,
        )  # fmt: skip
    if not people:
        raise ItdayError(QT_TRANSLATE_NOOP("errors", "Aucun badge à imprimer avec ces critères."))
    try:
        render_badges(
            out,
            [b for _, b in people],
            info,
            layout=layout,
            progress=progress,
            cancelled=cancelled,
            dpi=dpi,
        )
    except ValueError as exc:
        raise ItdayError(str(exc)) from None
    printed = [i for i, _ in people]
    if log:
        with db.session() as session:
            log_prints(
                printed,
                session=session,
                station=station,
                layout=layout,
                printer=PDF_MARK + (str(Path(out)) if not hasattr(out, "write") else ""),
            )
    return printed
