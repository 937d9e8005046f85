"""Shared plumbing of the PDF renderers: atomic output, cancellation, French dates."""

from __future__ import annotations

import datetime
import io
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from itday.errors import QT_TRANSLATE_NOOP, ItdayError

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


@contextmanager
def atomic_output(out: Output) -> Iterator[str | BinaryIO]:
    """Yield what reportlab should write to; publish it only if the block succeeds.

    A path gets a temporary file in the same folder, renamed over the target at the end
    (so a cancelled or failed run leaves no partial PDF).  A binary stream gets the
    bytes only once they are complete.
    """
    if isinstance(out, str | os.PathLike):
        target = Path(out)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
        try:
            yield tmp
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
