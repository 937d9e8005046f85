"""The command line: the same services as the app, no Qt (except ``gui``).

Bad input gets one clear line on stderr and exit status 1 (2 for bad usage: argparse's own
errors, and :class:`itday.errors.UsageError`), never a traceback.  ``--json`` prints one JSON
document on stdout (JSON lines where marked).  Heavy modules are imported inside the commands,
so that ``itday --version`` is instant.

The commands and their arguments are the table of :mod:`itday.cli.arguments`; each family of
commands is a module (:mod:`~itday.cli.editions`, :mod:`~itday.cli.people`,
:mod:`~itday.cli.documents`, :mod:`~itday.cli.desk`, :mod:`~itday.cli.data`) whose functions
``@command`` registers in :data:`COMMANDS`.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

from itday.cli import data, desk, documents, editions, leads, people  # noqa: F401 (register)
from itday.cli.arguments import build_parser
from itday.cli.common import COMMANDS
from itday.cli.console import prepare_streams
from itday.errors import ItdayError, db_reason, os_reason

__all__ = ["COMMANDS", "build_parser", "main"]


def main(argv: list[str] | None = None) -> int:
    prepare_streams()  # a cp850 console, or none at all (the windowed itday.exe)
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # « itday » alone opens the app
        args = parser.parse_args([*argv, "gui"])
    if not hasattr(args, "db"):
        args.db = None
    if not hasattr(args, "event"):
        args.event = None
    fresh = _FreshDatabase(args.db)
    rc = 1
    try:
        if args.command == "gui":  # it paints its window before loading the database
            rc = _dispatch(args)  # layer, and closes its bases itself
        else:
            from itday.db.engine import closing_databases

            with closing_databases():  # the base whole in its .sqlite once the command is done
                rc = _dispatch(args)
        rc = _flush_output(rc)
    finally:
        if rc:
            fresh.remove()
    return rc


def _os_line(exc: OSError) -> str:
    """A file-system error in French words: never the system's English text."""
    where = f" : {exc.filename}" if exc.filename else ""
    return f"{os_reason(exc)}{where}."


def _flush_output(rc: int) -> int:
    """Standard output on a full disk or a closed pipe: one line, and nothing more at exit
    (not Python's « Exception ignored … » when it flushes it again)."""
    try:
        sys.stdout.flush()
        return rc
    except (OSError, ValueError) as exc:
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # what is left in its buffer goes nowhere
        except (OSError, ValueError):
            pass
        if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError) and rc == 0:
            print(
                f"itday : écriture impossible ({os_reason(exc)}) : la sortie de la commande "
                "n'est pas complète.",
                file=sys.stderr,
            )
        return rc or 1


class _FreshDatabase:
    """A command that fails creates nothing: the SQLite file it was given did not exist
    before it ran, so if it fails, the file (and the folders made for it) are removed."""

    def __init__(self, db) -> None:
        self.path: Path | None = None
        self.folders: list[Path] = []
        from itday.db.location import default_location

        value = str(db) if db is not None else default_location()
        if "://" in value or value == ":memory:":
            return
        path = Path(value).expanduser().absolute()
        if path.exists() or path.is_symlink():
            return
        self.path = path
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            self.folders.append(folder)
            folder = folder.parent

    def remove(self) -> None:
        if self.path is None or not self.path.exists():
            return
        import gc

        gc.collect()  # engines of the failed command: their connections close first
        from itday.db.files import companions

        for file in [*companions(self.path), self.path]:
            try:
                file.unlink(missing_ok=True)
            except OSError:
                pass
        for folder in self.folders:
            try:
                folder.rmdir()
            except OSError:
                break


def _is_database_error(exc: BaseException) -> bool:
    """An SQLite error wrapped by SQLAlchemy (``OperationalError: disk I/O error``)."""
    return isinstance(getattr(exc, "orig", None), sqlite3.Error)


def _dispatch(args) -> int:
    """The command's exit code; every error becomes one line on stderr."""
    try:
        return COMMANDS[args.command](args)
    except ItdayError as exc:
        print(f"itday : {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("itday : interrompu.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except OSError as exc:  # the system's reason in French, never its English text
        print(f"itday : {_os_line(exc)}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # (SQLAlchemy's own errors wrap these: see below)
        print(f"itday : base de données : {db_reason(exc)}.", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line for the user, the details in a file
        if _is_database_error(exc):  # a full disk, a removed medium: not a bug
            print(f"itday : base de données : {db_reason(exc)}.", file=sys.stderr)
            return 1
        import traceback

        from itday import error_log

        log = error_log.write(traceback.format_exc())
        where = f" ; détails dans {log}" if log is not None else ""
        print(f"itday : erreur inattendue ({type(exc).__name__} : {exc}){where}", file=sys.stderr)
        if os.environ.get("ITDAY_DEBUG"):
            raise
        return 1
