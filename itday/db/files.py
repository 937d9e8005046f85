"""The database's files, known in one place, and looked at through SQLite only.

On Linux and macOS, SQLite's locks are POSIX advisory locks that belong to the process:
closing *any* descriptor of the database, its ``-wal`` or ``-shm`` that something else
opened in the same process (a sniff of the header, a copy, a file dialog guessing types)
drops all of them, and another process then takes itself for the last user, checkpoints
and deletes the WAL that this process still writes to (sqlite.org, "How To Corrupt An
SQLite Database File", §2.2).  So nothing in itday opens these files but SQLite: this
module recognises a database with a read-only SQLite connection (SQLite shares its
descriptors between connections of one process and closes none while a lock is held),
and tells the database's companion files by their names alone (``os.stat`` opens nothing).
"""

from __future__ import annotations

import os
import sqlite3
from enum import StrEnum
from pathlib import Path

#: files SQLite keeps beside a database ``NAME``: ``NAME-wal``, ``NAME-shm``, ``NAME-journal``
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")
#: names that look like databases (never opened to find out)
DATABASE_SUFFIXES = (".sqlite", ".sqlite3", ".db", ".db3")
#: tables every itday database has (Alembic's and the editions')
ITDAY_TABLES = frozenset({"alembic_version", "event"})


class Kind(StrEnum):
    MISSING = "missing"
    EMPTY = "empty"  # a 0-byte file, or an SQLite file without any table
    ITDAY = "itday"
    FOREIGN = "foreign"  # an SQLite database of another program
    NO_VERSION = "no-version"  # itday's tables, but no single schema version to go by
    NOT_SQLITE = "not-sqlite"
    UNKNOWN = "unknown"  # SQLite could not tell (locked, unreadable): let the opening say


def companions(path: str | os.PathLike) -> list[Path]:
    """``NAME-wal``, ``NAME-shm`` and ``NAME-journal`` of the database ``NAME``."""
    path = Path(path)
    return [path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES]


def looks_like_database_name(name: str) -> bool:
    """By its name only: a database or one of its companion files."""
    lower = name.lower()
    for suffix in COMPANION_SUFFIXES:
        if lower.endswith(suffix):
            lower = lower[: -len(suffix)]
            break
    return lower.endswith(DATABASE_SUFFIXES)


def sqlite_uri(path: str | os.PathLike, *, readonly: bool = False) -> str:
    """The ``file:`` URI of ``path`` for ``sqlite3.connect(..., uri=True)``.

    Read-only on a read-only medium (a locked USB key, a CD, a protected share), the file is
    opened ``immutable``: SQLite could not make the ``-shm`` it needs there, and nobody can
    change the file under it."""
    uri = Path(path).resolve().as_uri()  # file:///C:/Dossier%20%C3%A0/… on Windows
    if not readonly:
        return uri
    wal = Path(str(path) + "-wal")
    frozen = on_readonly_medium(path) and not (wal.exists() and wal.stat().st_size > 0)
    return uri + ("?mode=ro&immutable=1" if frozen else "?mode=ro")  # (a journal: read it)


def on_readonly_medium(path: str | os.PathLike) -> bool:
    """Is the folder of ``path`` on a file system mounted read-only? (no file is opened)"""
    try:
        return bool(os.statvfs(Path(path).resolve().parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs (Windows) or no folder
        return False


def probe(path: str | os.PathLike) -> Kind:
    """What ``path`` holds, asked of SQLite on a read-only connection (writes nothing)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return Kind.MISSING
    except OSError:
        return Kind.UNKNOWN
    if size == 0:
        return Kind.EMPTY
    try:
        conn = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True, timeout=10)
    except sqlite3.Error:
        return Kind.UNKNOWN
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        names = {row[0] for row in rows}
        versions = 1
        if "alembic_version" in names and "event" in names:
            versions = conn.execute("SELECT COUNT(*) FROM alembic_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        text = str(exc).lower()
        if "not a database" in text or "encrypted" in text or "malformed" in text:
            return Kind.NOT_SQLITE
        return Kind.UNKNOWN
    finally:
        conn.close()
    if not names:
        return Kind.EMPTY
    if ITDAY_TABLES <= names:
        return Kind.ITDAY if versions == 1 else Kind.NO_VERSION
    if "event" in names and {"attendee", "scan"} <= names:  # itday's, its version lost
        return Kind.NO_VERSION
    return Kind.FOREIGN


def holds_database(folder: str | os.PathLike, also: os.PathLike | None = None) -> Path | None:
    """A database file in ``folder`` (by name; ``also``: a database known to live there)."""
    folder = Path(folder)
    if also is not None:
        try:
            if Path(also).resolve().parent == folder.resolve():
                return Path(also)
        except OSError:
            pass
    try:
        names = os.listdir(folder)  # names only: no file is opened
    except OSError:
        return None
    for name in sorted(names):
        if looks_like_database_name(name):
            return folder / name
    return None


def inode(path: str | os.PathLike) -> tuple[int, int] | None:
    """(device, inode) of ``path`` without opening it; None if it is not there."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino
