"""Shared plumbing of the PDF renderers: atomic output, cancellation, French dates."""

from __future__ import annotations

import datetime
import errno
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from itday.errors import QT_TRANSLATE_NOOP, ItdayError, os_reason

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Output = str | Path | BinaryIO

MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


class Cancelled(Exception):
    """The user cancelled the rendering; no output file was left behind."""


def french_date(day: datetime.date) -> str:
    """'29 juin 2017', '1er juillet 2017'."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS_FR[day.month - 1]} {day.year}"


def _read_umask() -> int:
    current = os.umask(0)  # the only way to read it: read once, at import, then put back
    os.umask(current)
    return current


#: the mode of a file the user writes (``mkstemp`` makes 0600: others could not read a PDF)
FILE_MODE = 0o666 & ~_read_umask()


_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("errors", "accès refusé"),
    errno.EPERM: QT_TRANSLATE_NOOP("errors", "accès refusé"),
    errno.EROFS: QT_TRANSLATE_NOOP("errors", "support en lecture seule"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("errors", "disque plein"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("errors", "quota du disque atteint"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("errors", "nom trop long"),
}


def _write_error(target: Path, exc: OSError) -> ItdayError:
    reason = _REASONS.get(exc.errno or 0) or os_reason(exc)
    return ItdayError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Impossible d'écrire {name} dans {folder} ({reason}) : choisissez un autre dossier.",
        ),
        name=target.name,
        folder=target.parent,
        reason=reason,
    )


def check_output_path(out: str | os.PathLike) -> Path:
    """The file a command is asked to write, or one clear line: a folder, a missing folder,
    something that is not a regular file (``/dev/full``, a pipe) or a database is never
    written over."""
    from itday.db.files import looks_like_database_name

    text = os.fspath(out)
    if not text.strip():
        raise ItdayError(QT_TRANSLATE_NOOP("errors", "Donnez le nom du fichier à écrire."))
    target = Path(text).expanduser()
    if target.is_dir():
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} est un dossier : donnez le nom du fichier à y écrire."
            ),
            path=target,
        )
    if target.exists() and not target.is_file():
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} n'est pas un fichier ordinaire (périphérique, tube) : itday n'écrit "
                "pas dessus ; donnez un nom de fichier.",
            ),
            path=target,
        )
    if looks_like_database_name(target.name):
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} porte le nom d'une base de données : itday n'écrit jamais dessus ; "
                "choisissez un autre nom.",
            ),
            path=target,
        )
    if not target.parent.is_dir():
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "Le dossier {folder} n'existe pas : créez-le ou choisissez-en un autre."
            ),
            folder=target.parent,
        )
    return target


@contextmanager
def atomic_output(out: Output) -> Iterator[str | BinaryIO]:
    """Yield what reportlab should write to; publish it only if the block succeeds.

    A path gets a temporary file in the same folder, renamed over the target at the end
    (so a cancelled or failed run leaves no partial PDF).  A binary stream gets the
    bytes only once they are complete.
    """
    if isinstance(out, str | os.PathLike):
        target = check_output_path(out)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        except OSError as exc:
            raise _write_error(target, exc) from None
        os.close(fd)
        try:
            try:
                yield tmp
            except OSError as exc:  # the disk filled up, the key was pulled out…
                if isinstance(exc, PermissionError) or exc.errno is None:
                    raise
                raise _write_error(target, exc) from None
            os.chmod(tmp, FILE_MODE)
            try:
                os.replace(tmp, target)
            except PermissionError:  # Windows: the old file is open in a PDF reader
                raise ItdayError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Le fichier {name} est ouvert dans un autre programme (Excel, un "
                        "lecteur PDF ?) : fermez-le puis recommencez.",
                    ),
                    name=target.name,
                ) from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    else:
        buffer = io.BytesIO()
        yield buffer
        out.write(buffer.getvalue())
