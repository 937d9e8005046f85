"""The copies of the personal data outside the base (issue 23.8): one lifetime for all of it.

A purge blanks the names in the base; its automatic backups (``backups_of``, the copies a
restore kept because they failed their check included) and the exports itday wrote still
hold them.  The folders itday exported into are recorded in the base (``app_setting``
``export_folders``, a JSON list, by ``remember_export``), and so are the backup folders an
organiser chose in the GUI (``backup_folders``): ``copies_of`` finds, in them, the files that
hold this base's personal data, and ``remove`` deletes them.

Of an export, what goes is what names people: the participants', scans', exhibitors' and
stands' contacts CSV files, the workbook and the copies of the base; its report PDF, its
booths CSV and its ``event.json`` (numbers only) stay.  An anonymised export, or the export of
another edition, is left alone.  Nothing but those files is ever deleted: never the live base
nor its ``-wal``/``-shm``, never a file the export's ``event.json`` does not list.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from itday.db import repo
from itday.errors import os_reason
from itday.services.backup import backups_of, default_folder

EXPORTS_KEY = "export_folders"
BACKUPS_KEY = "backup_folders"
#: folders remembered at most (the latest kept)
REMEMBERED = 50
#: files of an export that hold no personal data: kept by a purge
NO_PERSONAL_DATA = frozenset({"report.pdf", "booths.csv", "event.json"})


def _folders(session: Session, key: str) -> list[str]:
    try:
        stored = json.loads(repo.get_setting(key, session=session) or "[]")
    except ValueError:
        return []
    return [str(f) for f in stored if isinstance(f, str)] if isinstance(stored, list) else []


def remember_folder(session: Session, key: str, folder: str | os.PathLike) -> None:
    """Add ``folder`` (absolute) to the list ``key`` of the base; the caller commits."""
    name = str(Path(folder).expanduser().absolute())
    known = [f for f in _folders(session, key) if f != name]
    repo.set_setting(key, json.dumps([*known, name][-REMEMBERED:]), session=session)


def remember_export(db, folder: str | os.PathLike, key: str = EXPORTS_KEY) -> bool:
    """Record in the base that an export (``key=BACKUPS_KEY``: a backup) was written into
    ``folder`` (a purge finds it); a base opened read-only is opened for writing for this
    alone.  False if it could not be recorded (a read-only medium): the export is done."""
    from itday.db.engine import Database

    writable = db
    try:
        if getattr(db, "readonly", False):
            writable = Database.open(
                db.url if db.path is None else db.path, migrate=False, create=False
            )
        with writable.session() as session:
            remember_folder(session, key, folder)
            session.commit()
        return True
    except Exception:  # noqa: BLE001 (a read-only medium: never fails the export)
        return False
    finally:
        if writable is not db:
            writable.dispose()


@dataclass
class Copies:
    """The files outside the base that hold its personal data."""

    backups: list[Path] = field(default_factory=list)
    #: export folder → its files that name people
    exports: dict[Path, list[Path]] = field(default_factory=dict)

    @property
    def paths(self) -> list[Path]:
        return [*self.backups, *(p for names in self.exports.values() for p in names)]

    def __bool__(self) -> bool:
        return bool(self.paths)

    def summary(self) -> str:
        """« 12 sauvegardes dans …, l'export de … (5 fichiers) » (French)."""
        parts = []
        for folder in sorted({p.parent for p in self.backups}):
            n = sum(1 for p in self.backups if p.parent == folder)
            parts.append(f"{n} sauvegarde{'s' if n > 1 else ''} dans {folder}")
        for folder, names in self.exports.items():
            parts.append(
                f"l'export de {folder} ({len(names)} fichier{'s' if len(names) > 1 else ''})"
            )
        return ", ".join(parts)


def _export_files(folder: Path, event_id: int) -> list[Path]:
    """The files of ``folder``'s itday export of edition ``event_id`` that name people."""
    try:
        data = json.loads((folder / "event.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(data, dict) or data.get("anonymised"):
        return []
    event = data.get("event")
    if not isinstance(event, dict) or event.get("id") != event_id:
        return []
    names = [*(data.get("files") or []), *(data.get("earlier_backups") or [])]
    found = []
    for name in dict.fromkeys(str(n) for n in names):
        if name in NO_PERSONAL_DATA or Path(name).name != name:
            continue
        path = folder / name
        if path.is_file():
            found.append(path)
    return found


def copies_of(db, session: Session, event_id: int, backup_folders: tuple[str, ...] = ()) -> Copies:
    """The backups of ``db`` (its own folder, the folders chosen in the GUI and
    ``backup_folders``) and the files of the exports of edition ``event_id`` it recorded."""
    copies = Copies()
    live = db.path.resolve() if db.path is not None else None
    if db.path is not None:
        folders = [default_folder(db.path), *map(Path, _folders(session, BACKUPS_KEY))]
        folders += [Path(f) for f in backup_folders if f]
        seen: set[Path] = set()
        for folder in folders:
            key = folder.expanduser().absolute()
            if key in seen:
                continue
            seen.add(key)
            copies.backups += backups_of(db.path, key, corrupt=True)
    for name in _folders(session, EXPORTS_KEY):
        found = _export_files(Path(name), event_id)
        if found:
            copies.exports[Path(name)] = found
    if live is not None:  # never the live base, its journal or its shared memory
        guarded = {live, *(Path(str(live) + tail) for tail in ("-wal", "-shm", "-journal"))}
        copies.backups = [p for p in copies.backups if p.resolve() not in guarded]
        copies.exports = {
            f: [p for p in names if p.resolve() not in guarded]
            for f, names in copies.exports.items()
        }
    return copies


def remove(copies: Copies) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Delete the files of ``copies``: ``(removed, [(path, reason)…])``; with them, what
    killed exports left in those folders (their staging folders hold the names too)."""
    from itday.services.outfile import sweep

    removed: list[Path] = []
    failed: list[tuple[Path, str]] = []
    for folder in copies.exports:
        removed += sweep(folder)
    for path in copies.paths:
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            failed.append((path, os_reason(exc)))
            continue
        removed.append(path)
    return removed, failed
