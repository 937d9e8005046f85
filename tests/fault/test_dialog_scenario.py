"""Issue 13: a file dialog in the GUI process must not cost SQLite its locks.

One real GUI process (tests/fault/gui_writer.py, Qt offscreen) holds the database open and
writes, shows a real QFileDialog on the database's folder, then keeps writing while other
processes run itday commands on the same file; then it closes.  With itday's dialogs the WAL
stays the GUI's and nothing is lost; with Qt's stock dialog the WAL is deleted under the GUI
(the trap this test guards against), and the WAL guard saves what the GUI wrote.
"""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

WRITER = Path(__file__).with_name("gui_writer.py")


def itday(*args, check=True):
    result = subprocess.run(
        [sys.executable, "-m", "itday", *args], capture_output=True, text=True, timeout=120
    )
    if check:
        assert "Traceback" not in result.stderr
    return result


def run_scenario(tmp_path: Path, mode: str) -> dict:
    db = tmp_path / "db" / "itday.sqlite"
    itday("init", "--name", "Innovation IT Day 2018", "--date", "2018-06-28", "--db", str(db))
    flag = tmp_path / "go"
    gui = subprocess.Popen(
        [sys.executable, str(WRITER), mode, str(db), str(flag)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert gui.stdout.readline().strip() == "READY"
        for command in (["stats"], ["attendees"], ["exhibitors"], ["checkin", "FOO"]):
            itday(*command, "--db", str(db))
        exported = itday("export", str(tmp_path / "export"), "--db", str(db))
        assert exported.returncode == 0, exported.stderr
        refused = itday("export", str(db.parent), "--db", str(db))
        assert refused.returncode == 1 and "contient une base" in refused.stderr
        flag.touch()
        seen = json.loads(gui.stdout.readline())
        assert gui.wait(timeout=60) == 0
    finally:
        gui.kill()
    with sqlite3.connect(db) as conn:
        seen["rows"] = conn.execute("SELECT count(*) FROM probe_write").fetchone()[0]
        seen["scans"] = conn.execute("SELECT count(*) FROM scan").fetchone()[0]
    return seen


def test_itday_dialogs_keep_the_guis_wal_and_every_write(tmp_path):
    seen = run_scenario(tmp_path, "guarded")
    assert seen["wal_kept"] and seen["recoveries"] == 0 and not seen["notices"]
    assert seen["rows"] == 40 and seen["scans"] == 1


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX locks only")
def test_stock_dialog_loses_the_wal_and_the_guard_saves_the_writes(tmp_path):
    seen = run_scenario(tmp_path, "stock")
    assert not seen["wal_kept"], "Qt's stock dialog no longer reads the files: the trap is gone"
    assert seen["recoveries"] == 1 and "rien n'est perdu" in seen["notices"][0]
    assert seen["rows"] == 40
