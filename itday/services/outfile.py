"""One rule for every file itday writes (PDF, PNG, screenshots, exports, backups, reports).

A file is written whole to a temporary name *in the target's folder* (``.itday-PID-….part``:
hidden, readable by its owner only, and on the same disk so that the last step is a rename),
then renamed over the target — only if the target is absent or is a file of the same kind
that itday wrote (a PDF of reportlab's, an image carrying itday's mark).  Never over a
database, its ``-wal``/``-shm``/``-journal``, a folder, a device, or a file of another kind:
one French line instead, and the file is left byte for byte as it was.

A database is recognised as ``itday.db.files`` does — by its name, then by SQLite itself on
a read-only connection — and is never ``open()``-ed here: closing such a descriptor would drop
the locks SQLite holds on it in this process.  Only a file SQLite says is *not* a database
has its first bytes read to tell its kind.

A run killed midway leaves its temporary files (or a staging folder) behind; the names say
which process made them, and the next run into that folder removes those whose process is
gone or that are older than an hour (``sweep``).

On Windows, renaming over a file another program holds open (Excel, a PDF reader, an
antivirus scanning it) raises ``PermissionError`` for a moment or for as long as it stays
open: ``replace`` tries again a few times, then says which file to close.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import socket
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from itday.db import files
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, os_reason

#: every temporary name itday makes in a user's folder starts with this
TMP_PREFIX = ".itday-"
TMP_SUFFIX = ".part"
#: a temporary file older than this is left from a killed run, whatever its process number
STALE_SECONDS = 3600
#: Windows: tries of a rename over a file another program holds open, and the pauses
REPLACE_TRIES = 6
REPLACE_PAUSE = 0.1
#: the mark itday writes into its images (PNG ``tEXt`` / JPEG comment « Software »)
SOFTWARE = "itday"

#: the first bytes of each kind, and what says that itday wrote it (in the first 4 KB)
MAGIC = {
    "pdf": (b"%PDF-", b"ReportLab"),
    "png": (b"\x89PNG\r\n\x1a\n", SOFTWARE.encode()),
    "jpeg": (b"\xff\xd8\xff", SOFTWARE.encode()),
}
#: any regular file that is not a database (a text report whose name the user confirmed)
ANY = "any"
IMAGE_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg"}
_HEAD = 4096


def _read_umask() -> int:
    current = os.umask(0)  # the only way to read it: read once, at import, then put back
    os.umask(current)
    return current


#: the mode of a file the user writes (``mkstemp`` makes 0600: others could not read a PDF)
FILE_MODE = 0o666 & ~_read_umask()

LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Le fichier {name} est ouvert dans un autre programme (Excel, un lecteur PDF ?) : "
    "fermez-le puis recommencez.",
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "errors",
    "{path} existe déjà et n'est pas un fichier {kind} écrit par itday : il est laissé tel "
    "quel ; choisissez un autre nom.",
)


def reason(exc: OSError) -> str:
    """The cause of ``exc`` in a few French words (never the system's English text)."""
    return os_reason(exc)


def write_error(target: Path, exc: OSError) -> ItdayError:
    return ItdayError(
        QT_TRANSLATE_NOOP(
            "errors",
            "Impossible d'écrire {name} dans {folder} ({reason}) : choisissez un autre dossier.",
        ),
        name=target.name,
        folder=target.parent,
        reason=reason(exc),
    )


def _is_companion(name: str) -> bool:
    return name.lower().endswith(files.COMPANION_SUFFIXES)


def kind_of_image(path: str | os.PathLike) -> str:
    """``png`` or ``jpeg`` from the name of an image to write, or one clear line."""
    suffix = Path(os.fspath(path)).suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{path} n'est pas un nom d'image : donnez un nom en .png (ou .jpg).",
            ),
            path=path,
        )
    return IMAGE_SUFFIXES[suffix]


def is_ours(target: Path, kind: str) -> bool:
    """Is ``target`` empty, or a ``kind`` file that itday wrote?  Never opens a database:
    its name, then SQLite, must first say it is none."""
    if files.looks_like_database_name(target.name) or _is_companion(target.name):
        return False
    try:
        if not target.is_file():
            return False
        if target.stat().st_size == 0:
            return True
    except OSError:
        return False
    if files.probe(target) is not files.Kind.NOT_SQLITE:
        return False  # SQLite reads it (or could not tell): a database, never written over
    if kind == ANY:
        return True  # a file the user chose in a dialog that asked before replacing it
    magic, mark = MAGIC.get(kind, (None, None))
    if magic is None:
        return False
    try:
        with open(target, "rb") as fh:
            head = fh.read(_HEAD)
    except OSError:
        return False
    return head.startswith(magic) and mark in head


def check_target(out: str | os.PathLike, kind: str = "pdf") -> Path:
    """The file a command is asked to write, or one clear line: a folder, a missing folder,
    something that is not a regular file (``/dev/full``, a pipe), a database or its
    companions, a file of another kind or not written by itday are never written over."""
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
    if files.looks_like_database_name(target.name) or _is_companion(target.name):
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
    if target.exists() and not is_ours(target, kind):
        raise ItdayError(NOT_OURS, path=target, kind=kind.upper())
    return target


def replace(source: str | os.PathLike, target: str | os.PathLike) -> None:
    """``os.replace`` that waits out a file held open for a moment (Windows: an antivirus,
    Excel closing), then says which file to close (``ItdayError``)."""
    for attempt in range(REPLACE_TRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == REPLACE_TRIES - 1:
                raise ItdayError(LOCKED, name=Path(target).name) from None
            time.sleep(REPLACE_PAUSE * (attempt + 1))


def _host() -> str:
    """Six hex digits of this computer's name: a process number means something only here
    (two laptops may write into one shared folder)."""
    return hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:6]


def temp_prefix(tag: str = "") -> str:
    """The start of a temporary name of this process (``sweep`` knows it by the number)."""
    return f"{TMP_PREFIX}{tag}{os.getpid()}-{_host()}-"


@contextmanager
def writing(out: str | os.PathLike, kind: str = "pdf") -> Iterator[str]:
    """Yield a temporary path in the target's folder; once the block succeeds, the file is
    given the user's usual mode and renamed over ``out`` (checked again just before: it may
    have changed meanwhile).  A failure or a cancel removes the temporary file."""
    target = check_target(out, kind)
    sweep(target.parent)
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(), suffix=TMP_SUFFIX, dir=target.parent)
    except OSError as exc:
        raise write_error(target, exc) from None
    os.close(fd)
    try:
        try:
            yield tmp
        except OSError as exc:  # the disk filled up, the key was pulled out…
            if isinstance(exc, PermissionError) or exc.errno is None:
                raise
            raise write_error(target, exc) from None
        check_target(target, kind)
        try:
            os.chmod(tmp, FILE_MODE)
        except OSError as exc:
            raise write_error(target, exc) from None
        replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def copy(source: str | os.PathLike, out: str | os.PathLike, kind: str = "pdf") -> Path:
    """``source`` copied to ``out`` under the same rule (a document already made, saved
    elsewhere)."""
    with writing(out, kind) as tmp:
        shutil.copyfile(source, tmp)
    return Path(os.fspath(out)).expanduser()


def make_folder(folder: str | os.PathLike) -> Path:
    """``folder``, created if missing, or one clear line (a file of that name, read-only…)."""
    path = Path(os.fspath(folder)).expanduser()
    if path.exists() and not path.is_dir():
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors", "{path} est un fichier, pas un dossier : donnez un dossier."
            ),
            path=path,
        )
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Impossible de créer le dossier {path} ({reason}) : choisissez-en un autre.",
            ),
            path=path,
            reason=reason(exc),
        ) from None
    return path


_OURS = re.compile(r"^\.itday-(?:[a-z]+-)?(\d+)-([0-9a-f]{6})-")
#: staging folders of earlier versions (no process number in the name): by their age only
_LEGACY = (".itday-export-", ".itday-contacts-")


def _process_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there: age only
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # another user's process: alive
        return False
    return False


def sweep(folder: str | os.PathLike, now: float | None = None) -> list[Path]:
    """Remove what killed runs left in ``folder``: ``.itday-[tag-]PID-HOST-…`` temporary
    files and staging folders whose process (on this computer) is gone or that are older
    than an hour.  Returns
    what was removed; what cannot be removed (a read-only stick) stays, harmless."""
    now = time.time() if now is None else now
    folder = Path(folder)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    removed = []
    for name in names:
        match = _OURS.match(name)
        if match is None and not name.startswith(_LEGACY):
            continue
        path = folder / name
        try:
            old = now - path.lstat().st_mtime > STALE_SECONDS
            here = match is not None and match.group(2) == _host()
            if not (old or (here and _process_gone(int(match.group(1))))):
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif name.endswith(TMP_SUFFIX):
                path.unlink()
            else:
                continue
        except OSError:
            continue
        removed.append(path)
    return removed


CANNOT_WRITE_FOLDER = QT_TRANSLATE_NOOP(
    "errors",
    "Impossible d'écrire dans le dossier {out} ({reason}) : "
    "choisissez un dossier accessible en écriture.",
)


def output_folder(out_dir: str | os.PathLike, tag: str) -> tuple[Path, Path]:
    """The folder a command writes its files into (created if needed; a file of that name
    refused) and a fresh staging folder of this process inside it (what killed runs left
    there: gone).  One clear line when the folder cannot be written."""
    out = make_folder(out_dir)
    try:
        return out, staging_folder(out, tag)
    except OSError as exc:
        raise ItdayError(CANNOT_WRITE_FOLDER, out=out, reason=reason(exc)) from exc


def staging_folder(out: Path, tag: str) -> Path:
    """A new hidden folder of this process inside ``out`` (mode 0700), after a sweep."""
    sweep(out)
    return Path(tempfile.mkdtemp(prefix=temp_prefix(tag + "-"), dir=out))
