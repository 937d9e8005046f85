"""Consistent copies of the SQLite database while the app runs, never blocking a scan.

``backup_copy`` uses SQLite's online backup API (``sqlite3.Connection.backup``) on a
connection of its own, separate from the app's engine.  How it keeps scans flowing:

* the app's databases are in WAL mode, where a reader never blocks a writer: the copy is
  taken in ONE step, inside one read transaction, so it is an exact snapshot of the moment
  it started and a scan committed meanwhile simply waits for the next copy.  (Copying in
  several steps would not block either, but SQLite restarts a multi-step backup from the
  first page whenever another connection writes — at 10 scans a second it might never end.)
* a database in another journal mode (rollback journal) is copied ``pages`` at a time with a
  ``sleep`` between steps, so that a writer gets the lock between two steps.

The copy is written to ``NAME.part`` next to the target, checked (``PRAGMA quick_check``) and
renamed: a half-written backup never carries the final name, even when a USB stick is pulled.

``backup_now(db, folder, keep=N)`` writes ``itday-AAAAMMJJ-HHMMSS.sqlite`` into ``folder`` and
keeps the ``N`` newest.  The periodic schedule lives in the GUI (a ``QTimer`` that hands
``backup_now`` to ``ctx.tasks``, so it never runs on the GUI thread): see
``itday/ui/stats/backup.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

from itday.db.files import sqlite_uri
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

PREFIX = "itday-"
SUFFIX = ".sqlite"
_NAME = re.compile(r"^itday-\d{8}-\d{6}(-\d+)?\.sqlite$")
DEFAULT_KEEP = 12

Progress = Callable[[int, int], None]


def _source_path(db) -> Path:
    """The database file of ``db`` (a ``Database`` or a path)."""
    if isinstance(db, str | os.PathLike):
        return Path(db)
    path = getattr(db, "path", None)
    if path is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "La sauvegarde par copie ne vaut que pour une base SQLite : pour PostgreSQL, "
                "utilisez pg_dump.",
            )
        )
    return Path(path)


def backup_copy(
    db,
    target: str | os.PathLike,
    *,
    pages: int = 1024,
    sleep: float = 0.01,
    progress: Progress | None = None,
    check: bool = True,
) -> Path:
    """Copy the database ``db`` (``Database`` or file path) to ``target``; returns it."""
    source_path = _source_path(db)
    target = Path(target)
    if not source_path.exists():
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "La base {path} n'existe pas : rien à sauvegarder."),
            path=source_path,
        )
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "Impossible de créer le dossier de sauvegarde {folder} : {reason}."
            ),
            folder=target.parent,
            reason=exc.strerror,
        ) from exc
    part = target.with_name(target.name + ".part")
    # read-only and through SQLite only: the app's own locks on the file stay untouched
    source = sqlite3.connect(sqlite_uri(source_path, readonly=True), uri=True, timeout=10)
    try:
        mode = source.execute("PRAGMA journal_mode").fetchone()[0].lower()
        step = -1 if mode == "wal" else max(1, pages)

        def report(_status, remaining, total):
            if progress is not None:
                progress(total - remaining, total)

        try:
            dest = sqlite3.connect(part)
        except sqlite3.Error as exc:
            raise ItdayError(
                QT_TRANSLATE_NOOP(
                    "errors", "Impossible d'écrire la sauvegarde dans {folder} : {reason}."
                ),
                folder=target.parent,
                reason=exc,
            ) from exc
        try:
            source.backup(dest, pages=step, progress=report, sleep=sleep)
            # The copy keeps the source's journal mode; a lone file is simpler to carry.
            dest.execute("PRAGMA journal_mode=DELETE")
            if check:
                verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
                if verdict != "ok":
                    raise ItdayError(
                        QT_TRANSLATE_NOOP(
                            "errors", "La sauvegarde {target} est incohérente : {verdict}."
                        ),
                        target=target,
                        verdict=verdict,
                    )
        finally:
            dest.close()
        os.replace(part, target)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "La sauvegarde vers {target} a échoué : {reason}."),
            target=target,
            reason=exc,
        ) from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    finally:
        source.close()
    return target


def backups_in(folder: str | os.PathLike) -> list[Path]:
    """itday's backups in ``folder``, oldest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []

    def order(p: Path) -> tuple[str, int]:
        extra = _NAME.match(p.name).group(1)
        return p.name[len(PREFIX) : len(PREFIX) + 15], int(extra[1:]) if extra else 1

    return sorted((p for p in folder.iterdir() if _NAME.match(p.name)), key=order)


def backup_now(
    db,
    folder: str | os.PathLike,
    keep: int = DEFAULT_KEEP,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """A timestamped copy of ``db`` in ``folder``; only the ``keep`` newest are kept."""
    folder = Path(folder)
    if now is None:  # the name says the event's time (Europe/Paris), not the computer's
        from itday.db import repo

        with db.session() as session:
            now = dt.datetime.now(repo.event_timezone(None, session=session))
    moment = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{PREFIX}{moment}{SUFFIX}"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{PREFIX}{moment}-{n}{SUFFIX}"
    path = backup_copy(db, target, progress=progress)
    for old in backups_in(folder)[: -max(1, keep)]:
        try:
            old.unlink()
        except OSError:
            pass  # a read-only stick: the new copy is written, the old one stays
    return path


def _now_at(db_path: Path) -> dt.datetime:
    """Now in the time zone of the database's latest edition (as backup names are)."""
    from zoneinfo import ZoneInfo

    zone = "Europe/Paris"
    try:
        conn = sqlite3.connect(sqlite_uri(db_path, readonly=True), uri=True, timeout=10)
        try:
            row = conn.execute("SELECT timezone FROM event ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
        zone = (row and row[0]) or zone
        return dt.datetime.now(ZoneInfo(zone))
    except (sqlite3.Error, ValueError, KeyError):
        return dt.datetime.now(ZoneInfo("Europe/Paris"))


def default_folder(db_path: str | os.PathLike) -> Path:
    """Where automatic backups go unless the organiser chose a folder: beside the database,
    in ``NAME-sauvegardes/`` (``db/itday-sauvegardes/`` for ``db/itday.sqlite``)."""
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}-sauvegardes"


def restore(backup: str | os.PathLike, db_path: str | os.PathLike, keep: int = DEFAULT_KEEP):
    """Put the content of ``backup`` into the database ``db_path``, through SQLite's backup API
    (every page written under SQLite's locks, the target stays the same file); the current
    content is first saved in the database's backup folder.  Returns that safety copy (None
    when the database did not exist)."""
    from itday.db.files import Kind, probe

    backup = Path(backup)
    db_path = Path(db_path)
    if probe(backup) is not Kind.ITDAY:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} n'est pas une sauvegarde itday : choisissez un fichier de "
                "{folder}, ou une copie faite par « itday backup ».",
            ),
            path=backup,
            folder=default_folder(db_path),
        )
    if backup.resolve() == db_path.resolve():
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} est la base elle-même : choisissez une sauvegarde."
            ),
            path=backup,
        )
    safety = None
    if db_path.exists():
        kind = probe(db_path)
        if kind not in (Kind.ITDAY, Kind.EMPTY):
            raise ItdayError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{path} n'est pas une base itday : la restauration ne l'écrase pas.",
                ),
                path=db_path,
            )
        if kind is Kind.ITDAY:
            safety = backup_now(db_path, default_folder(db_path), keep=keep, now=_now_at(db_path))
    source = sqlite3.connect(sqlite_uri(backup, readonly=True), uri=True, timeout=10)
    try:
        target = sqlite3.connect(db_path, timeout=10)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=WAL")
        finally:
            target.close()
    except sqlite3.Error as exc:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "La restauration dans {path} a échoué ({reason}) : la base n'a pas changé ; "
                "réessayez quand aucun poste ne l'utilise.",
            ),
            path=db_path,
            reason=exc,
        ) from exc
    finally:
        source.close()
    return safety
