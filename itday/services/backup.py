"""Consistent copies of the SQLite database while the app runs.

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

**Backups belong to their database.**  ``backup_now(db, folder, keep=N)`` writes
``STEM-AAAAMMJJ-HHMMSS.sqlite`` into ``folder`` (``a-20261207-114826.sqlite`` for
``a.sqlite``) and keeps the ``N`` newest copies *of that database*: the copies of another
database in the same folder are neither counted nor deleted, nor are the files a caller
protects (the backup being restored, the safety copy just made).  Copies made before this
rule were all named ``itday-…``: in a database's own folder (``STEM-sauvegardes/``) they are
counted as its own; elsewhere they are left alone.  A ``.part`` of this database older than
an hour (a copy killed midway) is removed by the next backup.  ``backups_of(db_path,
folder)`` lists them, oldest first.  The periodic schedule: ``BackupSchedule`` (a thread, for
``itday checkin -``) and ``itday/ui/stats/backup.py`` (a ``QTimer`` handing ``backup_now``
to the GUI's task runner).

**Restore**: ``itday.services.restore``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from itday.db.files import sqlite_uri
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services import outfile

SUFFIX = ".sqlite"
#: the name every backup had before backups were named after their database
LEGACY_STEM = "itday"
CORRUPT = "corrompue"
DEFAULT_KEEP = 12
#: a ``.part`` older than this is a copy that was killed: the next backup removes it
STALE_PART_SECONDS = 3600
#: how long a restore waits for the base before saying who holds it
EXCLUSIVE_TIMEOUT_S = 0.5
_MOMENT = r"(\d{8}-\d{6})(?:-(\d+))?"

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


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Impossible de créer le dossier de sauvegarde {folder} : un fichier porte son "
                "nom ou celui d'un dossier au-dessus ; choisissez un autre dossier.",
            ),
            folder=folder,
        ) from exc
    except OSError as exc:
        raise _write_failed(exc, folder) from exc


_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "La copie vers {where} a échoué : le disque est plein ; libérez de la place ou choisissez "
    "un autre dossier. Rien d'autre n'a changé.",
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "errors",
    "La copie vers {where} a échoué : le dossier ou son support est en lecture seule ; "
    "choisissez un autre dossier. Rien d'autre n'a changé.",
)
_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "errors",
    "La copie vers {where} a échoué : le fichier n'a pas pu être écrit (support retiré, "
    "dossier inaccessible ?). Rien d'autre n'a changé.",
)


def _write_failed(exc: BaseException, where: Path) -> ItdayError:
    """One line for a copy that could not be written (never the system's own text)."""
    import errno

    text = str(exc).lower()
    number = getattr(exc, "errno", None)
    if number == errno.ENOSPC or "full" in text or "no space" in text:
        return ItdayError(_DISK_FULL, where=where)
    if (
        number in (errno.EROFS, errno.EACCES, errno.EPERM)
        or "readonly" in text
        or "read-only" in text
    ):
        return ItdayError(_READ_ONLY, where=where)
    return ItdayError(_NOT_WRITTEN, where=where)


def _copy_from(
    source: sqlite3.Connection,
    target: Path,
    *,
    pages: int = 1024,
    sleep: float = 0.01,
    progress: Progress | None = None,
    check: bool = True,
) -> Path:
    """Copy what ``source`` reads into ``target`` through ``target.part``, checked, renamed."""
    part = target.with_name(target.name + ".part")
    try:
        mode = source.execute("PRAGMA journal_mode").fetchone()[0].lower()
        step = -1 if mode == "wal" or pages <= 0 else pages  # (pages <= 0: in one step)

        def report(_status, remaining, total):
            if progress is not None:
                progress(total - remaining, total)

        dest = sqlite3.connect(part)
        try:
            source.backup(dest, pages=step, progress=report, sleep=sleep)
            # The copy keeps the source's journal mode; a lone file is simpler to carry.
            dest.execute("PRAGMA journal_mode=DELETE")
            if check:
                verdict = dest.execute("PRAGMA quick_check").fetchone()[0]
                if verdict != "ok":
                    raise ItdayError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "La sauvegarde {target} est incohérente : la base copiée est "
                            "endommagée.",
                        ),
                        target=target,
                    )
        finally:
            dest.close()
        outfile.replace(part, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise _write_failed(exc, target) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        raise
    return target


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
    _make_folder(target.parent)
    # a unit of work of the app's (a WAL replaced under it is first reopened; a restore by
    # this same process waits for it), on a connection of its own
    using = getattr(db, "using", None)
    with using() if using is not None else contextlib.nullcontext():
        # read-only and through SQLite only: the app's own locks on the file stay untouched
        source = sqlite3.connect(sqlite_uri(source_path, readonly=True), uri=True, timeout=10)
        try:
            return _copy_from(
                source, target, pages=pages, sleep=sleep, progress=progress, check=check
            )
        finally:
            source.close()


# -- names --------------------------------------------------------------------------------


def default_folder(db_path: str | os.PathLike) -> Path:
    """Where automatic backups go unless the organiser chose a folder: beside the database,
    in ``NAME-sauvegardes/`` (``db/itday-sauvegardes/`` for ``db/itday.sqlite``)."""
    db_path = Path(db_path)
    return db_path.parent / f"{db_path.stem}-sauvegardes"


def _stems(db_path: Path, folder: Path) -> list[str]:
    """The name stems of ``db_path``'s backups in ``folder``: its own, and the old
    ``itday-…`` ones in its own backup folder."""
    stems = [db_path.stem]
    if db_path.stem != LEGACY_STEM and _same_folder(folder, default_folder(db_path)):
        stems.append(LEGACY_STEM)
    return stems


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _pattern(stems: list[str], tail: str = "") -> re.Pattern[str]:
    names = "|".join(re.escape(s) for s in stems)
    return re.compile(rf"^(?:{names})-{_MOMENT}{re.escape(SUFFIX + tail)}$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    #: the moment in the name (the event's local time, as written)
    moment: dt.datetime
    n: int


def _listed(folder: Path, pattern: re.Pattern[str]) -> list[BackupFile]:
    try:
        names = os.listdir(folder)  # names only: no file is opened
    except OSError:
        return []
    found = []
    for name in names:
        m = pattern.match(name)
        if m is None:
            continue
        try:
            moment = dt.datetime.strptime(m.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupFile(folder / name, moment, int(m.group(2) or 1)))
    return sorted(found, key=lambda b: (b.moment, b.n, b.path.name))


def backups_of(
    db_path: str | os.PathLike,
    folder: str | os.PathLike | None = None,
    *,
    corrupt: bool = False,
) -> list[Path]:
    """The backups of the database ``db_path`` in ``folder`` (its own backup folder by
    default), oldest first — never another database's.  ``corrupt=True`` adds the copies of
    the base saved by a restore because it failed its own check (``STEM-corrompue-…``, kept
    out of the rotation): every copy that holds the base's data, for a purge."""
    db_path = Path(db_path)
    folder = Path(folder) if folder is not None else default_folder(db_path)
    stems = _stems(db_path, folder)
    if corrupt:
        stems = [*stems, f"{db_path.stem}-{CORRUPT}"]
    return [b.path for b in _listed(folder, _pattern(stems))]


def newest_backup(
    db_path: str | os.PathLike, folder: str | os.PathLike | None = None
) -> BackupFile | None:
    """The latest backup of ``db_path`` in ``folder``, whatever made it (the GUI's timer,
    ``itday backup``, a desk, an earlier session); None if there is none."""
    db_path = Path(db_path)
    folder = Path(folder) if folder is not None else default_folder(db_path)
    listed = _listed(folder, _pattern(_stems(db_path, folder)))
    return listed[-1] if listed else None


def backups_in(folder: str | os.PathLike) -> list[Path]:
    """Every database's backups in ``folder`` (any ``STEM-AAAAMMJJ-HHMMSS.sqlite``), oldest
    first: what a purge of personal data must think of."""
    return [b.path for b in _listed(Path(folder), re.compile(rf"^.+-{_MOMENT}\.sqlite$"))]


def _remove_stale_parts(folder: Path, stems: list[str], now: float | None = None) -> None:
    now = time.time() if now is None else now
    pattern = re.compile("^(?:" + "|".join(re.escape(s) for s in stems) + r")-.+\.sqlite\.part$")
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if not pattern.match(name):
            continue
        part = folder / name
        try:
            if now - part.stat().st_mtime > STALE_PART_SECONDS:
                part.unlink()
        except OSError:
            pass  # gone meanwhile, or a read-only stick: it stays, harmless


def _event_now(db, db_path: Path) -> dt.datetime:
    """Now in the time zone of the database's latest edition (backup names say the event's
    time, not the computer's)."""
    session_of = getattr(db, "session", None)
    if session_of is not None:
        from itday.db import repo

        try:
            with session_of() as session:
                return dt.datetime.now(repo.event_timezone(None, session=session))
        except ItdayError:
            pass
    return _now_at(db_path)


def _now_at(db_path: Path) -> dt.datetime:
    """Now in the time zone of the database's latest edition (read-only)."""
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


def _free_name(folder: Path, stem: str, now: dt.datetime) -> Path:
    moment = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stem}-{moment}{SUFFIX}"
    n = 1
    while target.exists() or target.with_name(target.name + ".part").exists():
        n += 1
        target = folder / f"{stem}-{moment}-{n}{SUFFIX}"
    return target


def prune(
    db_path: str | os.PathLike,
    folder: str | os.PathLike,
    keep: int = DEFAULT_KEEP,
    *,
    protect: tuple[str | os.PathLike, ...] = (),
) -> list[Path]:
    """Delete the oldest backups of ``db_path`` in ``folder`` beyond the ``keep`` newest,
    never one of ``protect``; returns those deleted."""
    kept = {_resolved(p) for p in protect}
    listed = backups_of(db_path, folder)
    excess = len(listed) - max(1, keep)
    deleted = []
    for old in listed:  # oldest first; the protected ones count but stay
        if excess <= 0:
            break
        if _resolved(old) in kept:
            continue
        excess -= 1
        try:
            old.unlink()
        except OSError:
            continue  # a read-only stick: the new copy is written, the old one stays
        deleted.append(old)
    return deleted


def _resolved(path: str | os.PathLike) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(path).absolute()


def backup_now(
    db,
    folder: str | os.PathLike,
    keep: int = DEFAULT_KEEP,
    *,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
    protect: tuple[str | os.PathLike, ...] = (),
) -> Path:
    """A timestamped copy of ``db`` in ``folder``; only this database's ``keep`` newest
    copies are kept (never one of ``protect``)."""
    folder = Path(folder)
    db_path = _source_path(db)
    if now is None:
        now = _event_now(db, db_path)
    _make_folder(folder)
    _remove_stale_parts(folder, _stems(db_path, folder))
    path = backup_copy(db, _free_name(folder, db_path.stem, now), progress=progress)
    prune(db_path, folder, keep, protect=(path, *protect))
    return path


# -- restore ------------------------------------------------------------------------------


class BackupSchedule:
    """Periodic backups in a thread of their own (``itday checkin -``, a long desk): every
    ``minutes`` a copy of ``db`` into ``folder``; the first one ``minutes`` after ``start``.
    ``on_error`` receives the message of a copy that failed (the desk keeps scanning)."""

    #: minutes between two copies unless told (the window's default)
    DEFAULT_MINUTES = 10.0

    def __init__(
        self,
        db,
        folder: str | os.PathLike,
        minutes: float | None = None,
        keep: int = DEFAULT_KEEP,
        on_error: Callable[[ItdayError], None] | None = None,
    ) -> None:
        self.db = db
        self.folder = Path(folder)
        minutes = self.DEFAULT_MINUTES if minutes is None else minutes
        self.interval = max(1.0, minutes * 60)
        self.keep = keep
        self.on_error = on_error
        self.made: list[Path] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="itday-backups", daemon=True)

    def start(self) -> BackupSchedule:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.run_once()

    def run_once(self) -> Path | None:
        try:
            path = backup_now(self.db, self.folder, keep=self.keep)
        except ItdayError as exc:
            if self.on_error is not None:
                self.on_error(exc)
            return None
        self.made.append(path)
        return path

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join()
