"""Issue 23.2: after a normal close, the .sqlite file alone is the whole base.

The real GUI process creates a base, a command adds an edition beside it and a desk keeps
the base open; the GUI is then closed as a session ending closes it (SIGTERM: the same path
as closing its window).  A copy of the ``.sqlite`` alone, made by another program while the
desk still runs, holds every table and the edition; so does one made once the desk is gone.
SQLite folds its WAL into the main file only when the last connection closes: here neither
the command nor the GUI is the last."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

from tests.fault.conftest import ROOT, station_env


def _wait_until(condition, timeout: float = 60.0) -> bool:
    tick = threading.Event()
    for _ in range(int(timeout / 0.05)):
        if condition():
            return True
        tick.wait(0.05)
    return condition()


def _has_schema(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return bool(conn.execute("SELECT version_num FROM alembic_version").fetchall())
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _copy_alone(path: Path, to: Path) -> dict:
    """The organiser copies « the database file » to a stick; what the copy holds."""
    subprocess.run(
        [sys.executable, "-c", f"import shutil; shutil.copyfile({str(path)!r}, {str(to)!r})"],
        check=True,
    )
    conn = sqlite3.connect(to)
    try:
        return {
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "tables": {r[0] for r in conn.execute("SELECT name FROM sqlite_master")},
            "events": [r[0] for r in conn.execute("SELECT name FROM event")],
            "scans": conn.execute("SELECT count(*) FROM scan").fetchone()[0],
        }
    finally:
        conn.close()


def _itday(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "itday", *args],
        capture_output=True, text=True, env=station_env(), cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_the_sqlite_file_alone_is_whole_after_the_gui_closes(tmp_path):
    base = tmp_path / "salon.sqlite"
    env = station_env()
    env["QT_QPA_PLATFORM"] = "offscreen"
    gui = subprocess.Popen(
        [sys.executable, "-m", "itday", "gui", "--db", str(base)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    desk = None
    try:
        assert _wait_until(lambda: _has_schema(base) or gui.poll() is not None)
        assert gui.poll() is None, gui.stderr.read()
        made = _itday("init", "--name", "Innovation IT Day", "--date", "2017-06-29",
                      "--db", str(base))  # fmt: skip
        assert made.returncode == 0, made.stderr
        desk = subprocess.Popen(
            [sys.executable, "-m", "itday", "checkin", "-", "--json", "--db", str(base)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=station_env(), cwd=ROOT,
        )  # fmt: skip
        desk.stdin.write("ITD-PAS-UN-BADGE\n")
        desk.stdin.flush()
        assert json.loads(desk.stdout.readline())["result"]  # the desk has the base open
        gui.send_signal(signal.SIGTERM)  # the session ends: the window closes
        gui.wait(timeout=60)
        assert gui.returncode == 0, gui.stderr.read()
        alone = _copy_alone(base, tmp_path / "cle-usb.sqlite")
        assert alone["integrity"] == "ok"
        assert {"alembic_version", "event", "attendee", "scan"} <= alone["tables"]
        assert alone["events"] == ["Innovation IT Day"]
        assert alone["scans"] == 1
    finally:
        if gui.poll() is None:
            gui.kill()
            gui.wait()
        if desk is not None:
            desk.stdin.close()
            desk.wait(timeout=60)
    assert desk.returncode == 0, desk.stderr.read()
    after = _copy_alone(base, tmp_path / "cle-usb-2.sqlite")
    assert after["events"] == ["Innovation IT Day"] and after["integrity"] == "ok"
    wal = Path(str(base) + "-wal")
    assert not wal.exists() or os.path.getsize(wal) == 0
