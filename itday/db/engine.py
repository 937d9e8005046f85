"""Opening the database: location, SQLite pragmas, migrations, clear errors.

``Database.open()`` is the only way the rest of itday gets an engine.  It applies the
Alembic migration chain, and turns the usual ways a file can be unusable (newer schema,
corrupt, read-only, full disk, locked) into a ``DatabaseError`` with one clear line.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import sys
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qsl

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from itday.db import files
from itday.db.location import DEFAULT_RELATIVE, default_location  # noqa: F401 (re-exported)
from itday.errors import QT_TRANSLATE_NOOP, DatabaseError, UserMessage, db_reason, os_reason

BUSY_TIMEOUT_MS = 10_000


def to_url(path_or_url: str | os.PathLike | None) -> str:
    """A file path or an SQLAlchemy URL → an SQLAlchemy URL."""
    value = str(path_or_url) if path_or_url is not None else default_location()
    if "://" in value:
        return value
    # built, not pasted: a folder named « 100% » or « #2 » (or C:\…) stays that folder
    path = str(Path(value).expanduser().resolve())
    return URL.create("sqlite", database=path).render_as_string(hide_password=False)


def _set_sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    try:
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        try:
            cur.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError:
            pass  # read-only file: WAL cannot be switched on; reads still work
        cur.execute("PRAGMA synchronous=FULL")
    finally:
        cur.close()


NO_VERSION = QT_TRANSLATE_NOOP(
    "errors",
    "{path} a les tables d'itday mais pas un numéro de version unique (table alembic_version "
    "absente ou doublée) : elle n'a pas été modifiée ; restaurez une sauvegarde "
    "(itday restore) ou choisissez une autre base (--db).",
)
READONLY_MEDIUM = QT_TRANSLATE_NOOP(
    "errors",
    "La base {where} est sur un support en lecture seule (clé verrouillée, CD, partage "
    "protégé) : itday écrit à côté d'elle ; copiez-la sur cet ordinateur ou déverrouillez le "
    "support, puis recommencez (--db).",
)
READONLY_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "La base {where} ou son dossier est protégé en écriture : itday doit y écrire (la base et "
    "son journal) ; donnez-vous ce droit ou copiez la base ailleurs, puis recommencez (--db).",
)


def _check_writable(path: Path, where: str) -> None:
    """A base opened for writing must be writable, and its folder too (the WAL, the -shm)."""
    if files.on_readonly_medium(path):
        raise DatabaseError(READONLY_MEDIUM, where=where)
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise DatabaseError(READONLY_FOLDER, where=where)


def _no_room_beside(where: str) -> bool:
    """Is the disk of the base ``where`` (a path) full?  SQLite says « disk I/O error »
    when its shared-memory file cannot grow on a full disk."""
    try:
        return shutil.disk_usage(Path(where).parent).free < 1024 * 1024
    except (OSError, ValueError):
        return False


def _explain(exc: BaseException, where: str) -> DatabaseError:
    """The database's error as one line that says what to do."""
    detail = str(getattr(exc, "orig", None) or exc)
    msg = detail.lower()
    if "file is not a database" in msg or "malformed" in msg or "file is encrypted" in msg:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "La base {where} est endommagée ou n'est pas une base itday : "
            "restaurez une sauvegarde ou choisissez un autre fichier (--db).",
        )
    elif "readonly" in msg or "read-only" in msg:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "La base {where} est en lecture seule : vérifiez les droits du fichier et "
            "de son dossier, ou copiez-la ailleurs.",
        )
    elif (
        "disk is full" in msg
        or "no space" in msg
        or ("disk i/o error" in msg and _no_room_beside(where))  # (the -shm could not grow)
    ):
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Le disque de la base {where} est plein : libérez de la place puis recommencez.",
        )
    elif "locked" in msg or "busy" in msg:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "La base {where} est verrouillée par un autre programme : "
            "fermez-le ou réessayez dans un instant.",
        )
    elif "unable to open" in msg:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Impossible d'ouvrir la base {where} : le dossier existe-t-il et est-il accessible ?",
        )
    else:
        return DatabaseError(
            QT_TRANSLATE_NOOP("errors", "Erreur de la base {where} : {detail}"),
            where=where,
            detail=db_reason(exc),
        )
    return DatabaseError(template, where=where)


MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "La base {path} n'existe pas : vérifiez --db, ou créez-la avec « itday init » ou "
    "« itday demo ».",
)


FOREIGN = QT_TRANSLATE_NOOP(
    "errors",
    "{path} est une base SQLite d'un autre programme, pas une base itday : elle n'a pas été "
    "modifiée ; choisissez une base itday (--db).",
)
EMPTY = QT_TRANSLATE_NOOP(
    "errors",
    "{path} est un fichier vide, pas une base itday : il n'a pas été modifié ; choisissez "
    "une base itday (--db), ou créez-en une avec « itday init ».",
)
WAL_REPLACED = QT_TRANSLATE_NOOP(
    "errors",
    "Le journal de la base {where} a été supprimé par un autre programme : ce qui était "
    "enregistré est dans la base, qui a été rouverte ; rien n'est perdu.",
)
WAL_REPLACED_RETRY = QT_TRANSLATE_NOOP(
    "errors",
    "Le journal de la base {where} a été supprimé par un autre programme pendant cette "
    "opération : elle n'a pas été enregistrée ; recommencez (la base sera rouverte).",
)
#: ``app_setting`` key of the database's identity (made when it is first opened for writing)
IDENTITY_KEY = "database_id"
#: how long ``close()`` waits for other processes' readers before truncating the WAL
CLOSE_TIMEOUT_MS = 2000


class WalReplaced(DatabaseError):
    """A commit refused because the WAL this process writes to is no longer the file at the
    database's path: nothing of it was written; the next unit of work reopens the base."""


def _stderr_notice(message: UserMessage) -> None:
    print(f"itday : {message}", file=sys.stderr, flush=True)


#: databases of this process not closed yet (``close_all`` at exit folds their WAL)
_OPEN: weakref.WeakSet[Database] = weakref.WeakSet()


def close_all() -> None:
    """Close every database this process opened (``atexit``; the GUI on quitting)."""
    for db in list(_OPEN):
        db.close()


atexit.register(close_all)


@contextmanager
def closing_databases() -> Iterator[None]:
    """Every database opened inside the block is closed at its end (a command's bases:
    the WAL folded into the main file as soon as the command is done)."""
    before = set(_OPEN)
    try:
        yield
    finally:
        for db in list(_OPEN):
            if db not in before:
                db.close()


class Database:
    """One database: its engine and how to get sessions on it.

    A SQLite file is kept whole on its own: every commit is followed by a passive checkpoint
    (the WAL's pages written into the main file, never waiting for anyone), and ``close()``
    checkpoints and truncates the WAL.  Copying the ``.sqlite`` alone after a close (or
    after a crash, up to the last commit a reader did not hold back) gives the whole base.

    The WAL guard: SQLite's locks can be lost by something outside SQLite (see
    ``itday.db.files``); another process may then delete the WAL this process writes to,
    and a new one is started at the same path by the next process that opens the base.
    The database compares the WAL at its path with the one its connections use (``os.stat``,
    nothing opened) before each unit of work, before each commit and before opening a new
    connection.  A commit into a WAL that is no longer at the path is refused
    (``WalReplaced``: nothing written); before the next unit of work the database waits for
    the ones in progress, saves what its own WAL holds into the main file (only while no
    other WAL has been written at the path: pages from two WALs would mix), closes every
    connection, reopens, and says so in one line (``notice``: stderr by default, the
    window's banner in the GUI).  Since every commit was already checkpointed, another desk
    reading the main file sees every admission acknowledged before the WAL was deleted.
    """

    def __init__(
        self, engine: Engine, url: str, *, path: Path | None = None, readonly: bool = False
    ) -> None:
        self.engine = engine
        self.url = url
        self._path = path
        self.readonly = readonly
        self.notice: Callable[[UserMessage], None] = _stderr_notice
        self.wal_recoveries = 0
        #: a commit whose WAL pages a reader kept out of the main file (retried at the next)
        self.unsaved = False
        self._wal_id: tuple[int, int] | None = None
        self._live = 0  # our open SQLite connections
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._busy = 0  # units of work in progress, every thread
        self._depth = threading.local()  # units of work in progress, this thread
        self._recovering = False
        self._released_by: int | None = None  # the thread that let the base go (a restore)
        self._closed = False
        if self.guarded:
            event.listen(engine, "do_connect", self._before_connect)
            event.listen(engine, "connect", self._connected)
            event.listen(engine, "close", self._disconnected)
            event.listen(engine, "close_detached", self._disconnected)
            plain_commit = engine.dialect.do_commit

            def do_commit(dbapi_connection) -> None:
                self._before_commit()
                plain_commit(dbapi_connection)
                self._fold(dbapi_connection)

            # this engine's own dialect object: every commit of this database, and only them
            engine.dialect.do_commit = do_commit  # type: ignore[method-assign]
        _OPEN.add(self)

    # -- opening -------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path_or_url: str | os.PathLike | None = None,
        *,
        migrate: bool = True,
        create: bool = True,
        readonly: bool = False,
    ):
        """Open (and migrate) the database; ``create=False`` refuses a missing SQLite file
        (and creates neither the file nor its folder): read-only commands given a mistyped
        ``--db`` must say so rather than start an empty base.  ``readonly=True`` (commands
        that only read) opens an SQLite file read-only and refuses anything but an itday
        database, leaving the file byte-for-byte as it was.  A file that SQLite says holds
        another program's tables is refused in every case."""
        url = to_url(path_or_url)
        parsed = make_url(url)
        is_sqlite = parsed.get_backend_name() == "sqlite"
        where = parsed.database if is_sqlite else parsed.render_as_string(hide_password=True)
        path = None
        if is_sqlite and parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            if path.is_dir():
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "errors", "{path} est un dossier, pas une base : donnez un fichier."
                    ),
                    path=path,
                )
            if not path.exists() and not create:
                raise DatabaseError(MISSING, path=path)
            if not path.exists():
                try:
                    path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "errors", "Impossible de créer le dossier {folder} : {reason}."
                        ),
                        folder=path.parent,
                        reason=os_reason(exc),
                    ) from exc
                if not os.access(path.parent, os.W_OK):
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "Impossible de créer la base dans {folder} : dossier en lecture seule.",
                        ),
                        folder=path.parent,
                    )
            else:
                kind = files.probe(path)
                if kind is files.Kind.NOT_SQLITE:
                    raise DatabaseError(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "{path} n'est pas une base SQLite (fichier endommagé ou d'un autre "
                            "programme) : choisissez un autre fichier (--db).",
                        ),
                        path=path,
                    )
                if kind is files.Kind.FOREIGN:
                    raise DatabaseError(FOREIGN, path=path)
                if kind is files.Kind.NO_VERSION:
                    raise DatabaseError(NO_VERSION, path=path)
                if kind is files.Kind.EMPTY and (readonly or not create):
                    raise DatabaseError(EMPTY, path=path)
                if readonly and kind is files.Kind.ITDAY and migrate:
                    from itday.db.migrate import needs_upgrade

                    # an older schema is brought up to date first (the file is itday's)
                    readonly = not needs_upgrade(path)
        if not (is_sqlite and path is not None):
            readonly = False
        elif not readonly and path.exists():
            _check_writable(path, where)
        if readonly:
            uri, _, query = files.sqlite_uri(path, readonly=True).partition("?")
            options = {**dict(parse_qsl(query)), "uri": "true"}
            url = URL.create("sqlite", database=uri, query=options).render_as_string(
                hide_password=False
            )
            migrate = False
        try:
            if is_sqlite:
                engine = create_engine(
                    url,
                    connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
                )
                event.listen(engine, "connect", _set_sqlite_pragmas)
            else:
                engine = create_engine(url, pool_pre_ping=True)
        except (SQLAlchemyError, ImportError) as exc:
            raise DatabaseError(
                QT_TRANSLATE_NOOP("errors", "Adresse de base invalide « {url} » : {reason}"),
                url=url,
                reason=exc,
            ) from exc
        db = cls(engine, url, path=path, readonly=readonly)
        try:
            if migrate:
                from itday.db.migrate import upgrade

                upgrade(engine, where)
                if not readonly:
                    db.identity()  # made now if the base has none yet
            else:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
        except DatabaseError:
            db.close(fold=False)
            raise
        except (SQLAlchemyError, sqlite3.Error) as exc:
            db.close(fold=False)
            if path is not None and files.on_readonly_medium(path):
                raise DatabaseError(READONLY_MEDIUM, where=where) from exc
            raise _explain(exc, where) from exc
        return db

    # -- use -----------------------------------------------------------------------
    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return self._path if self.is_sqlite else None

    @property
    def guarded(self) -> bool:
        """A SQLite file this process writes to: the WAL guard and the checkpoints apply."""
        return self._path is not None and not self.readonly and self.is_sqlite

    @property
    def display_name(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work; errors become a clear ``DatabaseError``."""
        self._enter()
        try:
            session = Session(self.engine, expire_on_commit=False)
            try:
                yield session
            except OperationalError as exc:
                session.rollback()
                raise _explain(exc, self.display_name) from exc
            except BaseException:
                session.rollback()
                raise
            finally:
                session.close()
        finally:
            self._leave()

    def identity(self) -> str | None:
        """The identity stored in the base when it was made (``app_setting``); a base without
        one gets one now if it is open for writing.  Copies and backups carry it."""
        from itday.db import repo

        with self.session() as session:
            value = repo.get_setting(IDENTITY_KEY, session=session)
            if value is None and not self.readonly:
                value = uuid.uuid4().hex
                repo.set_setting(IDENTITY_KEY, value, session=session)
                session.commit()
        return value

    # -- the WAL guard ------------------------------------------------------------------
    @property
    def _wal_path(self) -> Path:
        assert self._path is not None
        return self._path.with_name(self._path.name + "-wal")

    def wal_is_ours(self) -> bool:
        """Is the WAL at the database's path the one this process's connections write to?
        (True when there is nothing to compare: no connection open, not a SQLite file.)"""
        if not self.guarded:
            return True
        with self._lock:
            if self._live == 0 or self._wal_id is None:
                return True
            return files.inode(self._wal_path) == self._wal_id

    def check_wal(self) -> bool:
        """True if the WAL had been replaced under this process (and the base reopened)."""
        with self._lock:
            if self._depth_here():
                return False
            recovered = self._recover_if_replaced()
            self._changed.notify_all()
            return recovered

    def _depth_here(self) -> int:
        return getattr(self._depth, "n", 0)

    @contextmanager
    def using(self) -> Iterator[None]:
        """A unit of work that opens a SQLite connection of its own (a backup's copy): it
        counts as one, so that the WAL guard and ``released`` wait for it."""
        self._enter()
        try:
            yield
        finally:
            self._leave()

    @contextmanager
    def released(self) -> Iterator[None]:
        """This process lets the base go for the block (a restore): the units of work in
        progress end, the WAL is folded, every connection is closed, and the units of work
        of other threads wait for the block to end; then the base reopens as it is."""
        if not self.guarded:
            yield
            return
        with self._lock:
            while self._recovering or self._released_by is not None:
                self._changed.wait()
            self._released_by = threading.get_ident()
            try:
                deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
                while self._busy > 0:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        raise DatabaseError(
                            QT_TRANSLATE_NOOP(
                                "errors",
                                "La base {where} est occupée par une autre opération de cette "
                                "fenêtre : réessayez dans un instant.",
                            ),
                            where=self.display_name,
                        )
                    self._changed.wait(left)
                self._fold_and_dispose()
            except BaseException:
                self._released_by = None
                self._changed.notify_all()
                raise
        try:
            yield
        finally:
            with self._lock:
                self._released_by = None
                self._wal_id = None
                self._changed.notify_all()

    def _enter(self) -> None:
        if not self.guarded:
            return
        with self._lock:
            while self._recovering or self._released_by not in (None, threading.get_ident()):
                self._changed.wait()
            outer = not self._depth_here()
            if not outer:
                if not self.wal_is_ours():  # nested: the outer unit of work must end first
                    raise WalReplaced(WAL_REPLACED_RETRY, where=self.display_name)
            else:
                self._recover_if_replaced()
            self._busy += 1
            self._depth.n = self._depth_here() + 1
        if outer and self.unsaved:  # (outside the lock: it may wait for a connection)
            self._fold_now()

    def _leave(self) -> None:
        if not self.guarded:
            return
        with self._lock:
            self._busy -= 1
            self._depth.n = self._depth_here() - 1
            self._changed.notify_all()

    def _recover_if_replaced(self) -> bool:
        """With the lock held and no unit of work of this thread open."""
        if self.wal_is_ours():
            return False
        self._recovering = True
        try:
            deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
            while self._busy > 0:  # other threads' units of work end (their commits refused)
                left = deadline - time.monotonic()
                if left <= 0:
                    raise WalReplaced(WAL_REPLACED_RETRY, where=self.display_name)
                self._changed.wait(left)
            self._recover_wal()
        finally:
            self._recovering = False
            self._changed.notify_all()
        return True

    def _recover_wal(self) -> None:
        """Save what this process's own (detached) WAL holds, close, start afresh."""
        try:
            size = self._wal_path.stat().st_size
        except OSError:
            size = 0
        if size == 0:
            # no other WAL has been written at the path: the main file is still the one our
            # WAL's pages apply to, so they may go into it (never on top of another WAL's)
            try:
                raw = self.engine.raw_connection()
                try:
                    raw.driver_connection.execute("PRAGMA wal_checkpoint(FULL)").fetchall()
                finally:
                    raw.close()
            except (sqlite3.Error, SQLAlchemyError, DatabaseError):
                pass  # the reopening below still gets a working connection
        self.engine.dispose()
        self._wal_id = None
        self.unsaved = False
        self.wal_recoveries += 1
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        self.notice(DatabaseError(WAL_REPLACED, where=self.display_name))

    def _before_connect(self, _dialect, _record, _cargs, _cparams):
        """A new connection beside ours must use the same WAL: SQLite shares one WAL index
        between the connections of a process, and would read another WAL through it."""
        with self._lock:
            if self._live and self._wal_id is not None:
                if files.inode(self._wal_path) != self._wal_id:
                    raise WalReplaced(WAL_REPLACED_RETRY, where=self.display_name)
        return None

    def _connected(self, _dbapi_connection, _record) -> None:
        with self._lock:
            self._live += 1
            if self._live == 1:
                self._wal_id = files.inode(self._wal_path)

    def _disconnected(self, _dbapi_connection, _record) -> None:
        with self._lock:
            self._live = max(0, self._live - 1)
            if self._live == 0:
                self._wal_id = None

    def _before_commit(self) -> None:
        if self._wal_id is not None and files.inode(self._wal_path) != self._wal_id:
            raise WalReplaced(WAL_REPLACED_RETRY, where=self.display_name)

    def _fold(self, dbapi_connection) -> None:
        """After a commit: its pages into the main file (a passive checkpoint waits for no
        one; what a reader holds back is folded at the next commit or unit of work)."""
        if self._wal_id is None:  # a new base: its WAL is made by its first commit
            with self._lock:
                self._wal_id = files.inode(self._wal_path)
        try:
            busy, log, done = dbapi_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            self.unsaved = True
            return
        self.unsaved = bool(busy) or log != done

    def _fold_now(self) -> None:
        try:
            raw = self.engine.raw_connection()
            try:
                self._fold(raw.driver_connection)
            finally:
                raw.close()
        except (sqlite3.Error, SQLAlchemyError, DatabaseError):
            pass

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    # -- closing -------------------------------------------------------------------------
    def close(self, *, fold: bool = True) -> None:
        """End of use: the WAL folded into the main file and truncated (when this process
        still writes to the WAL at the path), then every connection closed.  Idempotent."""
        if self._closed:
            return
        self._closed = True
        _OPEN.discard(self)
        if fold:
            self._fold_and_dispose()
        else:
            self.engine.dispose()

    def _fold_and_dispose(self) -> None:
        if self.guarded and self._live and self.wal_is_ours():
            try:
                raw = self.engine.raw_connection()
                try:
                    conn = raw.driver_connection
                    conn.execute(f"PRAGMA busy_timeout={CLOSE_TIMEOUT_MS}")
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
                finally:
                    raw.close()
            except (sqlite3.Error, SQLAlchemyError, DatabaseError):
                pass  # a reader of another process holds it: its own close will do it
        self.engine.dispose()

    def dispose(self) -> None:
        self.close()
