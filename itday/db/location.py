"""Where the database is when none is given: without SQLAlchemy, so that ``itday gui``
knows it before the database layer is loaded (issue 28.4)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

DEFAULT_RELATIVE = Path("db") / "itday.sqlite"


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
