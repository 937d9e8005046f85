"""Shared plumbing of the PDF renderers: atomic output, cancellation, French dates."""

from __future__ import annotations

import datetime
import io
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from itday.services import outfile
from itday.services.outfile import FILE_MODE  # noqa: F401 (the exports import it from here)
from itday.services.outfile import check_target as check_output_path  # noqa: F401

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


@contextmanager
def atomic_output(out: Output, kind: str = "pdf") -> Iterator[str | BinaryIO]:
    """Yield what reportlab should write to; publish it only if the block succeeds.

    A path goes through ``services.outfile.writing`` (a temporary file in the same folder,
    renamed over the target at the end, never over a database or a file of another kind:
    a cancelled or failed run leaves no partial PDF).  A binary stream gets the
    bytes only once they are complete.
    """
    if isinstance(out, str | os.PathLike):
        with outfile.writing(out, kind) as tmp:
            yield tmp
    else:
        buffer = io.BytesIO()
        yield buffer
        out.write(buffer.getvalue())
