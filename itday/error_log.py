"""Where the tracebacks of unexpected errors go: a file in the user's own data folder.

Not ``/tmp/itday-error.log``: a temporary folder is shared by every user of the machine (and
every itday running there), and a traceback may quote the names being worked on.  The folder
is the platform's per-user application data folder, as ``QStandardPaths`` and
``platformdirs`` place it, found here without Qt (the command line does not load it):

* Linux and the like: ``$XDG_DATA_HOME/itday``, else ``~/.local/share/itday``;
* Windows: ``%LOCALAPPDATA%\\itday``;
* macOS: ``~/Library/Application Support/itday``.

``ITDAY_DATA_DIR`` overrides it (tests, a portable install).  The file is created readable
by its owner only.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOG_NAME = "itday-error.log"


def data_dir() -> Path:
    """The user's own itday data folder (not created here)."""
    chosen = os.environ.get("ITDAY_DATA_DIR")
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "itday"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "itday"
    base = os.environ.get("XDG_DATA_HOME") or ""
    return (Path(base) if os.path.isabs(base) else Path.home() / ".local" / "share") / "itday"


def log_path() -> Path:
    return data_dir() / LOG_NAME


def write(text: str) -> Path | None:
    """Append ``text`` (a traceback) to the log; its path, or None if it could not be
    written (the error is then told without it)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    except OSError:
        return None
    return path
