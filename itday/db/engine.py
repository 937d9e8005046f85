"""Opening the database: location, SQLite pragmas, migrations, clear errors.

``Database.open()`` is the only way the rest of itday gets an engine.  It applies the
Alembic migration chain, and turns the usual ways a file can be unusable (newer schema,
corrupt, read-only, full disk, locked) into a ``DatabaseError`` with one clear line.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import event, inspect, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session, create_engine

from itday.db import files
from itday.errors import QT_TRANSLATE_NOOP, DatabaseError, UserMessage

DEFAULT_RELATIVE = Path("db") / "itday.sqlite"
BUSY_TIMEOUT_MS = 10_000


def default_location() -> str:
    """``ITDAY_DB`` if set, else ``db/itday.sqlite`` under the current directory.

    A frozen build (the folder copied on a reception laptop) keeps its database in
    ``db/`` beside the executable, wherever it is started from.
    """
    env = os.environ.get("ITDAY_DB")
    if env:
        return env
    if getattr(sys, "frozen", False):
        return str(Path(sys.executable).resolve().parent / DEFAULT_RELATIVE)
    return str(Path.cwd() / DEFAULT_RELATIVE)


def to_url(path_or_url: str | os.PathLike | None) -> str:
    """A file path or an SQLAlchemy URL → an SQLAlchemy URL."""
    value = str(path_or_url) if path_or_url is not None else default_location()
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


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
    elif "disk is full" in msg or "database or disk is full" in msg or "no space" in msg:
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
            detail=(detail.splitlines() or [""])[0],
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
    "Le journal de la base {where} a été supprimé par un autre programme : ce qu'il "
    "contenait a été enregistré dans la base, qui a été rouverte ; rien n'est perdu.",
)


def _stderr_notice(message: UserMessage) -> None:
    print(f"itday : {message}", file=sys.stderr)


class Database:
    """One database: its engine and how to get sessions on it.

    The WAL guard: SQLite's locks can be lost by something outside SQLite (see
    ``itday.db.files``); another process may then delete the WAL this process writes to.
    Before each unit of work the database compares the WAL at its path with the one it
    started with (``os.stat``, nothing opened); when they differ it stops using its
    connections, checkpoints what its own WAL holds into the main file, reopens, and says
    so in one line (``notice``: stderr by default, the window's message bar in the GUI).
    """

    def __init__(
        self, engine: Engine, url: str, *, path: Path | None = None, readonly: bool = False
    ) -> None:
        self.engine = engine
        self.url = url
        self._path = path
        self.readonly = readonly
        self.notice: Callable[[UserMessage], None] = _stderr_notice
        self._wal_id: tuple[int, int] | None = None
        self.wal_recoveries = 0

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
                        reason=exc.strerror,
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
            url = "sqlite:///" + files.sqlite_uri(path, readonly=True) + "&uri=true"
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
            else:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
        except DatabaseError:
            engine.dispose()
            raise
        except (SQLAlchemyError, sqlite3.Error) as exc:
            engine.dispose()
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
    def display_name(self) -> str:
        path = self.path
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session for one unit of work; errors become a clear ``DatabaseError``."""
        self.check_wal()
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

    # -- the WAL guard ------------------------------------------------------------------
    def check_wal(self) -> bool:
        """True if the WAL had been replaced under this process (and was recovered)."""
        if self._path is None or self.readonly:
            return False
        now = files.inode(self._path.with_name(self._path.name + "-wal"))
        if self._wal_id is None:
            self._wal_id = now
            return False
        if now == self._wal_id:
            return False
        if not self._holds_connections():
            # none of ours was open: the last connection (another Database of this process,
            # or another process) checkpointed and removed the WAL, as SQLite does — no loss
            self._wal_id = now
            return False
        self._recover_wal()
        return True

    def _holds_connections(self) -> bool:
        pool = self.engine.pool
        try:
            return pool.checkedin() + pool.checkedout() > 0
        except AttributeError:  # a pool that does not count: assume it holds some
            return True

    def _recover_wal(self) -> None:
        """Save what this process's own (detached) WAL holds, then start afresh."""
        try:
            raw = self.engine.raw_connection()
            try:
                raw.driver_connection.execute("PRAGMA wal_checkpoint(FULL)").fetchall()
            finally:
                raw.close()
        except sqlite3.Error:
            pass  # the reopening below still gets a working connection
        self.engine.dispose()
        self._wal_id = None
        self.wal_recoveries += 1
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        self._wal_id = files.inode(self._path.with_name(self._path.name + "-wal"))
        self.notice(DatabaseError(WAL_REPLACED, where=self.display_name))

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()
