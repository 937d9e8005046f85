"""Putting a backup back (``itday restore``, the Statistiques page's « Restaurer… »).

**Restore** (``restore``) is checked and exclusive: the backup must pass ``PRAGMA
integrity_check``, carry this itday's schema or an older one (brought up to date on a
working copy first), and be a copy of the same database (the identity stored in the base,
``Database.identity``) unless the caller says otherwise (``other_database=True``); the base
must be held by no other process (SQLite itself says so: switching the base out of WAL mode
needs every other connection closed).  The base's current content is saved first (named
``STEM-corrompue-…`` when it fails its own check, and kept apart from the rotation); if
anything fails, the base and the backups are left as they were.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from itday.db.files import Kind, probe, sqlite_uri
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services.backup import (
    CORRUPT,
    DEFAULT_KEEP,
    EXCLUSIVE_TIMEOUT_S,
    SUFFIX,
    _copy_from,
    _free_name,
    _make_folder,
    _now_at,
    _resolved,
    _write_failed,
    default_folder,
    prune,
)


class OtherDatabase(ItdayError):
    """The backup is a copy of another database (restore it with ``other_database=True``)."""


class BaseInUse(ItdayError):
    """Another process has the base open: a restore would pull it from under it."""


@dataclass
class Candidate:
    """What ``check_backup`` found in a backup (nothing written)."""

    path: Path
    revision: str | None
    identity: str | None
    editions: frozenset
    #: an older schema: brought up to date on a working copy before it goes in
    older: bool


@dataclass
class Restored:
    #: the base's content before the restore (None when there was no base)
    safety: Path | None
    #: the base failed its own check: ``safety`` is the ``…-corrompue-…`` copy
    corrupt: bool
    #: the backup's schema was brought up to date
    migrated: bool


NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "errors",
    "{path} n'est pas une sauvegarde itday : choisissez un fichier de {folder}, ou une copie "
    "faite par « itday backup ».",
)


def _read(path: Path, query: str, default=None):
    conn = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True, timeout=10)
    try:
        return conn.execute(query).fetchall()
    except sqlite3.Error:
        return default
    finally:
        conn.close()


def _identity_of(path: Path) -> str | None:
    from itday.db.engine import IDENTITY_KEY

    rows = _read(path, f"SELECT value FROM app_setting WHERE key = '{IDENTITY_KEY}'", [])
    return rows[0][0] if rows else None


def _editions_of(path: Path) -> frozenset:
    rows = _read(path, "SELECT id, name, date FROM event", [])
    return frozenset(tuple(r) for r in rows or [])


def check_backup(backup: str | os.PathLike, db_path: str | os.PathLike) -> Candidate:
    """Is ``backup`` fit to go into ``db_path``?  Read-only; raises a clear error if not."""
    from alembic.script import ScriptDirectory

    from itday.db.migrate import _config, head_revision

    backup = Path(backup)
    db_path = Path(db_path)
    if not backup.exists():
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "La sauvegarde {path} n'existe pas : vérifiez son nom et son dossier."
            ),
            path=backup,
        )
    if backup.is_dir():
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} est un dossier : donnez le fichier de la sauvegarde."
            ),
            path=backup,
        )
    if _resolved(backup) == _resolved(db_path):
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} est la base elle-même : choisissez une sauvegarde."
            ),
            path=backup,
        )
    kind = probe(backup)
    if kind is Kind.NOT_SQLITE or kind is Kind.NO_VERSION:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "La sauvegarde {path} est endommagée : elle n'a pas été restaurée ; "
                "choisissez-en une autre.",
            ),
            path=backup,
        )
    if kind is not Kind.ITDAY:
        raise ItdayError(NOT_A_BACKUP, path=backup, folder=default_folder(db_path))
    problems = _read(backup, "PRAGMA integrity_check", None)
    if problems is None or [r[0] for r in problems] != ["ok"]:
        n = len(problems or []) or 1
        one = QT_TRANSLATE_NOOP(
            "errors",
            "La sauvegarde {path} est endommagée (contrôle d'intégrité : 1 problème) : "
            "elle n'a pas été restaurée ; choisissez-en une autre.",
        )
        many = QT_TRANSLATE_NOOP(
            "errors",
            "La sauvegarde {path} est endommagée (contrôle d'intégrité : {n} problèmes) : "
            "elle n'a pas été restaurée ; choisissez-en une autre.",
        )
        raise ItdayError(one if n == 1 else many, path=backup, n=n)
    rows = _read(backup, "SELECT version_num FROM alembic_version", [])
    revision = rows[0][0] if rows else None
    head = head_revision()
    older = revision != head
    if older:
        script = ScriptDirectory.from_config(_config())
        try:
            known = revision is not None and script.get_revision(revision) is not None
        except Exception:  # noqa: BLE001 - alembic's errors for an unknown revision vary
            known = False
        if not known:
            raise ItdayError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "La sauvegarde {path} vient d'une version plus récente d'itday (schéma "
                    "{schema}) : elle n'a pas été restaurée ; mettez itday à jour d'abord.",
                ),
                path=backup,
                schema=revision,
            )
    return Candidate(backup, revision, _identity_of(backup), _editions_of(backup), older)


def same_database(candidate: Candidate, live: Path) -> bool:
    """The backup is a copy of the base at ``live`` (by the identity both carry; a backup
    from before identities: by an edition both hold)."""
    mine = _identity_of(live)
    if candidate.identity and mine:
        return candidate.identity == mine
    editions = _editions_of(live)
    if not editions or not candidate.editions:
        return True
    return bool(editions & candidate.editions)


@contextlib.contextmanager
def _exclusive(db_path: Path, timeout: float = EXCLUSIVE_TIMEOUT_S) -> Iterator[sqlite3.Connection]:
    """A connection that holds the base alone: switching it out of WAL mode needs every
    other connection closed (SQLite's own locks say it; no PID file), and the exclusive
    locking mode keeps anyone else out until it is closed (back in WAL mode)."""
    # a connection of this process's that nobody closed still holds its lock until Python's
    # cycle collector frees it (sqlite3 connections are in a cycle with their statement
    # cache): freed now, it is not taken for another program
    gc.collect()
    conn = sqlite3.connect(db_path, timeout=timeout, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("PRAGMA journal_mode=DELETE").fetchone()
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")
    except sqlite3.OperationalError as exc:
        conn.close()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise _in_use(db_path) from exc
        raise _unreadable(db_path) from exc
    except BaseException:
        conn.close()
        raise
    try:
        yield conn
    finally:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("PRAGMA journal_mode=WAL").fetchone()  # as itday keeps its bases
        conn.close()


def _unreadable(db_path: Path) -> ItdayError:
    return ItdayError(
        QT_TRANSLATE_NOOP(
            "errors", "{path} n'est pas une base itday : la restauration ne l'écrase pas."
        ),
        path=db_path,
    )


def _in_use(db_path: Path) -> BaseInUse:
    stations = _recent_stations(db_path)
    if stations:
        return BaseInUse(
            QT_TRANSLATE_NOOP(
                "errors",
                "La base {path} est ouverte par un autre programme (fenêtre d'itday, borne, ou "
                "poste d'accueil « itday checkin » ; postes actifs ces 30 dernières minutes : "
                "{stations}) : fermez-les, puis recommencez la restauration ; rien n'a changé.",
            ),
            path=db_path,
            stations=", ".join(stations),
        )
    return BaseInUse(
        QT_TRANSLATE_NOOP(
            "errors",
            "La base {path} est ouverte par un autre programme (fenêtre d'itday, borne, ou poste "
            "d'accueil « itday checkin ») : fermez-les, puis recommencez la restauration ; "
            "rien n'a changé.",
        ),
        path=db_path,
    )


def _recent_stations(db_path: Path, minutes: int = 30) -> list[str]:
    since = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes)
    try:
        from itday.db.engine import Database
        from itday.db.stations import list_stations

        db = Database.open(db_path, create=False, readonly=True, migrate=False)
        try:
            with db.session() as session:
                rows = list_stations(session=session)
        finally:
            db.close()
    except Exception:  # noqa: BLE001 - only a hint in a message: never the reason it fails
        return []
    return [r["name"] for r in rows if r["last_seen"] is not None and r["last_seen"] >= since][:5]


def _working_copy(candidate: Candidate, folder: Path, stem: str, live_identity: str | None):
    """The backup copied into ``folder`` (a ``.part``), brought up to the current schema and
    checked; the backup itself is only ever read."""
    from sqlalchemy.exc import SQLAlchemyError

    part = folder / f"{stem}-restauration-{uuid.uuid4().hex[:8]}{SUFFIX}.part"
    try:
        _fill_working_copy(candidate, part, live_identity)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            part.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.Error | OSError):
            raise _write_failed(exc, part.parent) from exc
        if isinstance(exc, SQLAlchemyError):
            raise _not_migrated(candidate) from exc
        raise
    return part


def _not_migrated(candidate: Candidate) -> ItdayError:
    return ItdayError(
        QT_TRANSLATE_NOOP(
            "errors",
            "La sauvegarde {path} n'a pas pu être mise au schéma actuel : elle n'a pas "
            "été restaurée ; choisissez-en une autre.",
        ),
        path=candidate.path,
    )


def _fill_working_copy(candidate: Candidate, part: Path, live_identity: str | None) -> None:
    from sqlalchemy import URL, create_engine

    from itday.db.engine import IDENTITY_KEY
    from itday.db.migrate import upgrade

    source = sqlite3.connect(sqlite_uri(candidate.path, readonly=True), uri=True, timeout=10)
    try:
        dest = sqlite3.connect(part)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    finally:
        source.close()
    if candidate.older:
        engine = create_engine(URL.create("sqlite", database=str(part)))
        try:
            upgrade(engine, str(candidate.path))
        finally:
            engine.dispose()
    conn = sqlite3.connect(part)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _not_migrated(candidate)
        if candidate.identity is None and live_identity is not None:
            # a backup from before identities, of this same base: it keeps the base's
            conn.execute(
                "INSERT OR REPLACE INTO app_setting (key, value) VALUES (?, ?)",
                (IDENTITY_KEY, live_identity),
            )
            conn.commit()
    finally:
        conn.close()


def restore(
    backup: str | os.PathLike,
    db_path: str | os.PathLike,
    keep: int = DEFAULT_KEEP,
    *,
    other_database: bool = False,
    folder: str | os.PathLike | None = None,
) -> Restored:
    """Put the content of ``backup`` into the database ``db_path``, through SQLite's backup
    API (every page written under SQLite's locks, the base stays the same file).

    Checked first (``check_backup``; a copy of another database needs
    ``other_database=True``), then done only while no other process has the base open; the
    current content is saved first into ``folder`` (the base's backup folder by default).
    A failure leaves the base and every backup as they were."""
    backup = Path(backup)
    db_path = Path(db_path)
    folder = Path(folder) if folder is not None else default_folder(db_path)
    candidate = check_backup(backup, db_path)
    live_kind = probe(db_path) if db_path.exists() else Kind.MISSING
    if live_kind is Kind.FOREIGN:
        raise _unreadable(db_path)
    has_content = live_kind not in (Kind.MISSING, Kind.EMPTY)
    live_identity = _identity_of(db_path) if has_content else None
    if has_content and not other_database and not same_database(candidate, db_path):
        raise OtherDatabase(
            QT_TRANSLATE_NOOP(
                "errors",
                "La sauvegarde {path} est celle d'une autre base que {base} : rien n'a "
                "changé ; confirmez pour remplacer quand même cette base.",
            ),
            path=backup,
            base=db_path,
            cli="(ligne de commande : --other-database)",
        )
    _make_folder(folder)
    now = _now_at(db_path) if has_content else None  # read before the base is held
    keep_identity = None if other_database else live_identity
    work = _working_copy(candidate, folder, db_path.stem, keep_identity)
    created = not db_path.exists()
    safety: Path | None = None
    corrupt = False
    try:
        if created:
            _make_folder(db_path.parent)
        with _exclusive(db_path) as conn:
            if has_content:
                corrupt = _fails_check(conn, db_path)
                stem = f"{db_path.stem}-{CORRUPT}" if corrupt else db_path.stem
                safety = _copy_from(
                    conn, _free_name(folder, stem, now), pages=-1, check=not corrupt
                )
            source = sqlite3.connect(work)
            try:
                source.backup(conn)
            except sqlite3.Error as exc:
                raise ItdayError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "La restauration dans {path} n'a pas pu écrire la base (disque plein, "
                        "support en lecture seule ou retiré ?) : la base n'a pas changé.",
                    ),
                    path=db_path,
                ) from exc
            finally:
                source.close()
    except BaseException:
        if safety is not None:
            safety.unlink(missing_ok=True)  # the base did not change: its copy goes too
        if created:
            db_path.unlink(missing_ok=True)  # made by this restore, never used
        raise
    finally:
        work.unlink(missing_ok=True)
    protect = [p for p in (safety, backup) if p is not None]
    prune(db_path, folder, keep, protect=tuple(protect))
    return Restored(safety, corrupt, candidate.older)


def _fails_check(conn: sqlite3.Connection, db_path: Path) -> bool:
    """Does the base fail its own check?  A file SQLite cannot read at all is not replaced."""
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] != "ok"
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "malformed" in text or "corrupt" in text:
            return True
        raise _unreadable(db_path) from exc


# -- the schedule without Qt ----------------------------------------------------------------
