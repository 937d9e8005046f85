"""The printed exhibitor documents of an edition: database → plain entries → PDF.

Used by ``itday lists`` and by the Exposants page (in a worker: only ids and paths come in,
the page count goes out).  ``rasterise_pdf`` turns a PDF into page images for the print
preview when Qt's PDF module is not available.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

from sqlmodel import Session, col, select

from itday.db import repo
from itday.db.engine import Database
from itday.db.models import Booth, Exhibitor
from itday.errors import ItdayError
from itday.services.badges import event_info
from itday.services.pdf.lists import (
    ORDERS,
    ExhibitorEntry,
    render_booth_signs,
    render_directory,
    render_list,
)

#: document kinds: key → French title (file names and dialogs)
DOCUMENTS = {
    "name": "Liste des exposants par nom",
    "booth": "Liste des exposants par stand",
    "sector": "Liste des exposants par secteur",
    "directory": "Annuaire des exposants",
    "signs": "Panneaux de stand",
}


def exhibitor_entries(event_id: int, *, session: Session) -> list[ExhibitorEntry]:
    """Every exhibitor of the edition as the PDF layer wants it."""
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


def render_document(db: Database, event_id: int, out: str | os.PathLike, kind: str = "name") -> int:
    """Render document ``kind`` (a key of ``DOCUMENTS``) to ``out``; returns the page count."""
    if kind not in DOCUMENTS:
        raise ItdayError(f"Document inconnu « {kind} » (au choix : {', '.join(DOCUMENTS)}).")
    with db.session() as session:
        info = event_info(event_id, session=session)
        if kind == "signs":
            signs = booth_signs(event_id, session=session)
        else:
            entries = exhibitor_entries(event_id, session=session)
    if kind == "signs":
        if not signs:
            raise ItdayError("Aucun stand attribué : pas de panneau à imprimer.")
        return render_booth_signs(out, signs, info)
    if not entries:
        raise ItdayError("Cette édition n'a aucun exposant : rien à imprimer.")
    if kind == "directory":
        return render_directory(out, entries, info)
    assert kind in ORDERS
    return render_list(out, entries, info, by=kind)


def pdf_page_count(path: str | os.PathLike) -> int:
    """Page count of a PDF written by reportlab (reads its page tree, no extra tools)."""
    import re

    data = Path(path).read_bytes()
    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(m) for m in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts, default=0)


def rasterise_pdf(
    pdf: str | os.PathLike,
    out_dir: str | os.PathLike,
    *,
    dpi: int = 150,
    pages: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    chunk: int = 4,
) -> list[Path]:
    """Page images (PNG) of ``pdf`` with poppler's ``pdftoppm``; [] when it is missing."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return []
    total = pages or pdf_page_count(pdf)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    images: list[Path] = []
    for first in range(1, total + 1, chunk):
        if cancelled and cancelled():
            return []
        last = min(total, first + chunk - 1)
        prefix = out / f"p{first:05d}"
        subprocess.run(
            [
                tool,
                "-r",
                str(dpi),
                "-png",
                "-f",
                str(first),
                "-l",
                str(last),
                str(pdf),
                str(prefix),
            ],
            check=True,
            capture_output=True,
        )
        images += sorted(out.glob(f"p{first:05d}-*.png"))
        if progress:
            progress(last, total)
    return images
