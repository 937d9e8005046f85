"""Every command that takes an output path, run as a real process against what must never be
written over (issue 23.1): the live database, another database, its ``-wal``, a text file
(named as the output would be), a folder, a missing folder, ``/dev/full``.  Each is refused
with one French line and a non-zero exit status, and every file is byte for byte as before
(the live database: the same rows)."""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

#: command → (arguments before the target, arguments after it, the target's suffix)
FILE_COMMANDS = {
    "badges": (["badges"], ["--only", "1"], ".pdf"),
    "lists": (["lists"], [], ".pdf"),
    "plan-pdf": (["plan"], ["--paper", "A4"], ".pdf"),
    "plan-png": (["plan"], ["--paper", "A4"], ".png"),
    "leads-kit": (["leads", "kit"], ["--exhibitor", "1"], ".pdf"),
    "screenshot": (["gui", "--screenshot"], ["--size", "800x600"], ".png"),
    "kiosk-screenshot": (["gui", "--kiosk", "--screenshot"], ["--size", "800x600"], ".jpg"),
}
FOLDER_COMMANDS = {
    "export": (["export"], []),
    "exhibitor-report": (["exhibitor-report"], ["--exhibitor", "1"]),
    "backup": (["backup"], []),
    "leads-export": (["leads", "export"], ["--exhibitor", "1"]),
    "offline-dir": (["checkin", "nothing", "--offline-dir"], []),
}
FILE_TARGETS = ["live-db", "other-db", "wal", "text", "folder", "missing-folder", "/dev/full"]
FOLDER_TARGETS = ["live-db", "other-db", "wal", "text", "/dev/full"]
#: raw OS text that must never reach the user
RAW = ("Errno", "No such file", "File exists", "Read-only", "Traceback", "Exception ignored")


def itday(args, db, timeout=180, **kwargs):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "itday", *args, "--db", str(db)],
        text=True,
        timeout=timeout,
        env=env,
        **(kwargs if "stdout" in kwargs else {"capture_output": True, **kwargs}),
        cwd=Path(db).parent,  # (not the source tree: the installed itday, or PYTHONPATH's)
    )


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    db = tmp_path_factory.mktemp("outputs") / "itday.sqlite"
    out = itday(["demo", "--no-arrivals", "--seed", "5"], db)
    assert out.returncode == 0, out.stderr
    return db


def _copy(source: Path, target: Path) -> None:
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    dst.close()


@pytest.fixture
def place(template, tmp_path):
    """The live base in ``db/`` and the user's files in ``files/``."""
    live = tmp_path / "db" / "itday.sqlite"
    live.parent.mkdir()
    _copy(template, live)
    files = tmp_path / "files"
    files.mkdir()
    _copy(template, files / "other.sqlite")
    (files / "other.sqlite-wal").write_bytes(b"\x37\x7f\x06\x82" + b"wal frames" * 50)
    (files / "folder").mkdir()
    (files / "folder" / "keep.txt").write_text("mine", encoding="utf-8")
    return live, files


def _target(kind: str, live: Path, files: Path, suffix: str) -> Path:
    if kind == "text":
        path = files / f"notes{suffix}"  # a name the command would take, not its kind
        path.write_text("mes notes, pas un document d'itday\n", encoding="utf-8")
        return path
    return {
        "live-db": live,
        "other-db": files / "other.sqlite",
        "wal": files / "other.sqlite-wal",
        "folder": files / "folder",
        "missing-folder": files / "nowhere" / f"out{suffix}",
        "/dev/full": Path("/dev/full"),
    }[kind]


def _bytes(files: Path) -> dict[str, str]:
    return {
        str(p.relative_to(files)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(files.rglob("*"))
        if p.is_file()
    }


def _rows(db: Path) -> list:
    from itday.db.files import sqlite_uri

    con = sqlite3.connect(sqlite_uri(db, readonly=True), uri=True)
    try:
        return [
            (name, con.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0])
            for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
    finally:
        con.close()


def _refused(out) -> None:
    assert out.returncode != 0, out.stdout
    lines = [
        line for line in out.stderr.splitlines() if line.strip() and "propagateSize" not in line
    ]
    assert len(lines) == 1 and lines[0].startswith("itday : "), out.stderr
    assert not any(raw in out.stderr for raw in RAW), out.stderr


def _check(args, target: Path, live: Path, files: Path) -> None:
    before, rows = _bytes(files), _rows(live)
    out = itday(args, live)
    _refused(out)
    assert _bytes(files) == before
    assert live.stat().st_size > 0 and _rows(live) == rows
    assert not [p for p in files.rglob(".itday-*")], "a temporary file was left behind"


@pytest.mark.parametrize("kind", FILE_TARGETS)
@pytest.mark.parametrize("command", list(FILE_COMMANDS))
def test_a_file_output_never_replaces_what_is_not_its_own(command, kind, place):
    live, files = place
    before, after, suffix = FILE_COMMANDS[command]
    target = _target(kind, live, files, suffix)
    _check([*before, str(target), *after], target, live, files)


@pytest.mark.parametrize("kind", FOLDER_TARGETS)
@pytest.mark.parametrize("command", list(FOLDER_COMMANDS))
def test_a_folder_output_is_never_a_file(command, kind, place):
    live, files = place
    before, after = FOLDER_COMMANDS[command]
    target = _target(kind, live, files, "")
    _check([*before, str(target), *after], target, live, files)


def test_a_file_itday_wrote_is_replaced(place):
    """The rule is no refusal of everything: the same command run twice replaces its file."""
    live, files = place
    target = files / "liste.pdf"
    for _ in range(2):
        out = itday(["lists", str(target)], live)
        assert out.returncode == 0, out.stderr
    assert target.read_bytes().startswith(b"%PDF-")
    shot = files / "shot.png"
    for _ in range(2):
        out = itday(["gui", "--screenshot", str(shot), "--size", "800x600"], live)
        assert out.returncode == 0, out.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def _file_size_limit(size: int):
    """A disk that is full after ``size`` bytes of any file (what a tiny tmpfs would do,
    without root): writes beyond it fail with EFBIG instead of killing the process."""

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.parametrize("size", [60_000, 170_000])  # the CSV files fail; then the workbook
def test_export_on_a_full_disk_is_one_line_and_leaves_nothing(place, size):
    live, files = place
    out = files / "export"
    run = itday(["export", str(out)], live, preexec_fn=_file_size_limit(size))
    _refused(run)
    assert "erreur inattendue" not in run.stderr and "too large" not in run.stderr
    assert "L'export dans" in run.stderr
    assert list(out.iterdir()) == []


def test_export_with_its_output_on_a_full_disk_says_it_once(place):
    """stdout to /dev/full: one French line, not the raw OS text nor « Exception ignored »."""
    live, files = place
    with open("/dev/full", "w") as full:
        run = itday(["export", str(files / "export")], live, stdout=full, stderr=subprocess.PIPE)
    _refused(run)
    assert "disque plein" in run.stderr


@pytest.fixture
def readonly_folder(tmp_path):
    """A folder on a medium mounted read-only (root: a tmpfs; else: chmod 555)."""
    where = tmp_path / "key"
    where.mkdir()
    if os.geteuid() != 0:
        where.chmod(0o555)
        yield where
        where.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "none", str(where)])
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (no CAP_SYS_ADMIN)")
    try:
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield where
    finally:
        subprocess.run(["umount", str(where)])


@pytest.mark.parametrize("command", [*FILE_COMMANDS, *FOLDER_COMMANDS])
def test_a_readonly_medium_is_said_in_french(command, place, readonly_folder):
    live, _files = place
    if command in FILE_COMMANDS:
        before, after, suffix = FILE_COMMANDS[command]
        target = readonly_folder / f"out{suffix}"
    else:
        before, after = FOLDER_COMMANDS[command]
        target = readonly_folder / "sous-dossier"
    out = itday([*before, str(target), *after], live)
    _refused(out)
    assert "lecture seule" in out.stderr or "accès refusé" in out.stderr
    assert list(readonly_folder.iterdir()) == []
