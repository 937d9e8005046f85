"""The organiser's export of the stands' leads: one set of files per exhibitor (issue 25).

``itday leads export DIR [--exhibitor ID]`` and the Exposants page write, for each stand
that has leads (or for the one stand asked, even without any), its CSV, XLSX and vCard files
(``services.leads_export.write_stand_files``: consent applied, a visitor who did not agree
has no e-mail, phone or job title in them) into ``DIR``, named after the exhibitor and its
number (ASCII: valid on Windows, unique).  All stands are read in one transaction.

The folder: a new or empty one, or one this export wrote before (its ``contacts-itday.json``
lists the files it wrote; they are replaced, anything else the user put there is left
alone).  A folder of other files, a folder holding a database, the database's own folder
are refused with one line and left as they were.  Files are written into a hidden staging
folder inside ``DIR`` and moved into place only once every stand succeeded: a failed or
cancelled export leaves ``DIR`` as it was.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func
from sqlmodel import col, select

from itday import __version__
from itday.db import files
from itday.db.models import Exhibitor, Lead
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, os_reason
from itday.services import outfile
from itday.services.leads_export import write_stand_files
from itday.services.pdf.output import FILE_MODE

MANIFEST = "contacts-itday.json"
STAGING_PREFIX = ".itday-contacts-"

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]

DATABASE_HERE = QT_TRANSLATE_NOOP(
    "errors",
    "Le dossier {out} contient une base de données ({name}) : les contacts des stands ne "
    "s'écrivent jamais à côté d'une base ; choisissez un dossier nouveau ou vide.",
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "errors",
    "Le dossier {out} contient déjà des fichiers qui ne sont pas des contacts exportés par "
    "itday (par exemple {name}) : choisissez un dossier nouveau ou vide.",
)
LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Le fichier {name} est ouvert dans un autre programme (Excel, un carnet d'adresses ?) : "
    "fermez-le puis recommencez.",
)


class StandExportCancelled(ItdayError):
    """The user stopped the export; the folder was left as it was."""


@dataclass
class StandExport:
    folder: Path
    files: list[Path] = field(default_factory=list)
    stands: int = 0  # stands whose files were written
    leads: int = 0
    without_leads: int = 0  # stands left out: no lead


def _previous_files(out: Path) -> set[str] | None:
    """The files an earlier stands' export wrote into ``out``, or None if it holds none."""
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    names = data.get("files") if isinstance(data, dict) else None
    if not isinstance(names, list):
        return None
    return {str(n) for n in names} | {MANIFEST}


def check_folder(out_dir: str | Path, db=None) -> None:
    """Refuse a folder where the export would write beside a database or over files that
    are not its own.  Looks at names only (opens no database)."""
    out = Path(out_dir).expanduser()
    if out.exists() and not out.is_dir():
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "{out} est un fichier : donnez un dossier pour l'export."),
            out=out,
        )
    live = getattr(db, "path", None)
    if live is not None and out.resolve() == Path(live).resolve().parent:
        raise ItdayError(DATABASE_HERE, out=out, name=Path(live).name)
    if not out.is_dir():
        return
    try:
        names = sorted(n for n in os.listdir(out) if not n.startswith(STAGING_PREFIX))
    except OSError:
        return  # _prepare says what is wrong with it
    for name in names:
        if files.looks_like_database_name(name):
            raise ItdayError(DATABASE_HERE, out=out, name=name)
    if names and _previous_files(out) is None:
        raise ItdayError(NOT_OURS, out=out, name=names[0])


def _prepare(out_dir: str | Path) -> tuple[Path, Path]:
    return outfile.output_folder(out_dir, "contacts")


def _locked(target: Path) -> bool:
    """``target`` exists and cannot be written (open in Excel on Windows)."""
    if not target.exists():
        return False
    try:
        with target.open("r+b"):
            return False
    except PermissionError:
        return True
    except OSError:
        return False


def export_stand_leads(
    db,
    event_id: int,
    out_dir: str | Path,
    *,
    exhibitor_id: int | None = None,
    language: str | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> StandExport:
    """Write each stand's leads into ``out_dir`` (see the module); every stand with leads,
    or only ``exhibitor_id``."""
    check_folder(out_dir, db)
    with db.session() as session:
        query = select(Exhibitor.id, Exhibitor.name).where(Exhibitor.event_id == event_id)
        if exhibitor_id is not None:
            query = query.where(Exhibitor.id == exhibitor_id)
        stands = list(session.exec(query.order_by(func.lower(Exhibitor.name), col(Exhibitor.id))))
        if exhibitor_id is not None and not stands:
            raise ItdayError(
                QT_TRANSLATE_NOOP("errors", "Aucun exposant n° {exhibitor_id} dans cette édition."),
                exhibitor_id=exhibitor_id,
            )
        counts = dict(
            session.exec(
                select(Lead.exhibitor_id, func.count())
                .where(Lead.event_id == event_id)
                .group_by(Lead.exhibitor_id)
            ).all()
        )
    with_leads = [(i, n) for i, n in stands if counts.get(i) or exhibitor_id is not None]
    if not with_leads:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "Aucun stand n'a encore de contact : il n'y a rien à exporter."
            )
        )
    out, staging = _prepare(out_dir)
    result = StandExport(folder=out, without_leads=len(stands) - len(with_leads))
    total = len(with_leads) + 1
    try:
        written: list[Path] = []
        with db.session() as session:  # one read transaction: one snapshot of every stand
            for done, (ex_id, name) in enumerate(with_leads):
                if cancelled is not None and cancelled():
                    raise StandExportCancelled(
                        QT_TRANSLATE_NOOP(
                            "errors", "Export annulé : le dossier n'a pas été modifié."
                        )
                    )
                if progress is not None:
                    progress(done, total, name)
                written += write_stand_files(session, ex_id, staging, language=language)
                result.leads += counts.get(ex_id, 0)
        result.stands = len(with_leads)
        earlier = (_previous_files(out) or set()) - {MANIFEST}
        present = set(os.listdir(out))
        names = sorted({p.name for p in written} | (earlier & present))
        manifest = {
            "itday_version": __version__,
            "event_id": event_id,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "files": names,
        }
        (staging / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8"
        )
        written.append(staging / MANIFEST)
        for path in written:  # Windows: find a file open in Excel before moving any
            if _locked(out / path.name):
                raise ItdayError(LOCKED, name=path.name)
        for path in written:
            path.chmod(FILE_MODE)
            outfile.replace(path, out / path.name)
            if path.name != MANIFEST:
                result.files.append(out / path.name)
        if progress is not None:
            progress(total, total, "")
        return result
    except PermissionError as exc:
        raise ItdayError(LOCKED, name=Path(exc.filename or out).name) from exc
    except OSError as exc:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "L'export dans {out} a échoué ({reason}) : disque plein ou dossier retiré ?",
            ),
            out=out,
            reason=os_reason(exc),
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
