"""The printed exhibitor documents of an edition: database → plain entries → PDF.

Used by ``itday lists`` and by the Exposants page (in a worker: only ids and paths come in,
the page count goes out).  The print preview's page images come from
``itday.services.pdf.raster.render_pages``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from itday.core.doc_text import EXHIBITOR_DOCUMENTS
from itday.db import repo
from itday.db.engine import Database
from itday.db.models import Booth, Exhibitor
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services.badges import event_info

if TYPE_CHECKING:  # reportlab (pdf.lists) comes with the first document made
    from itday.services.pdf.lists import ExhibitorEntry

#: document kinds: key → French title (file names and dialogs)
DOCUMENTS = EXHIBITOR_DOCUMENTS


def exhibitor_entries(event_id: int, *, session: Session) -> list[ExhibitorEntry]:
    """Every exhibitor of the edition as the PDF layer wants it."""
    from itday.services.pdf.lists import ExhibitorEntry

    return [
        ExhibitorEntry(
            name=r["name"],
            sector=r["sector"],
            booths=list(r["booths"]),
            description=r["description"],
            website=r["website"],
            contact=r["contact_name"],
            phone=r["contact_phone"],
        )
        for r in repo.list_exhibitors(event_id, session=session)
    ]


def booth_signs(event_id: int, *, session: Session) -> list[tuple[str, str]]:
    """(booth code, company) for every booth that has an exhibitor."""
    rows = session.exec(
        select(Booth.code, Exhibitor.name)
        .join(Exhibitor, col(Booth.exhibitor_id) == Exhibitor.id)
        .where(Booth.event_id == event_id)
    ).all()
    return [(code, name) for code, name in rows]


def render_document(
    db: Database,
    event_id: int,
    out: str | os.PathLike,
    kind: str = "name",
    language: str | None = None,
) -> int:
    """Render document ``kind`` (a key of ``DOCUMENTS``) to ``out`` in the edition's
    document language (or ``language``); returns the page count."""
    if kind not in DOCUMENTS:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Document inconnu « {kind} » (au choix : {choices})."),
            kind=kind,
            choices=", ".join(DOCUMENTS),
        )
    from itday.services.pdf.lists import ORDERS, render_booth_signs, render_directory, render_list

    with db.session() as session:
        info = event_info(event_id, session=session, language=language)
        if kind == "signs":
            signs = booth_signs(event_id, session=session)
        else:
            entries = exhibitor_entries(event_id, session=session)
    if kind == "signs":
        if not signs:
            raise ItdayError(
                QT_TRANSLATE_NOOP("errors", "Aucun stand attribué : pas de panneau à imprimer.")
            )
        return render_booth_signs(out, signs, info)
    if not entries:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Cette édition n'a aucun exposant : rien à imprimer.")
        )
    if kind == "directory":
        return render_directory(out, entries, info)
    assert kind in ORDERS
    return render_list(out, entries, info, by=kind)
