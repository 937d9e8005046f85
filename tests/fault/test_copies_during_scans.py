"""Issue 13.7: export and backup while a desk keeps scanning lose nothing and copy consistently.

A real desk process (``itday checkin -``, codes on its standard input, one JSON line per
committed scan) admits people while other processes export and back up the same base.  Every
scan the desk acknowledged is in the base at the end, the desk never saw its WAL replaced, and
every copy is a whole itday base whose numbers agree with the files written beside it."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import threading

from itday.db.files import Kind, probe
from tests.fault.test_cli_faults import demo, demo_template, itday  # noqa: F401 (fixtures)


def _codes(db, n: int) -> list[str]:
    people = json.loads(itday("attendees", "--json", db=db).stdout)
    return [p["code"] for p in people if not p["cancelled"] and not p["checked_in_at"]][:n]


def _count(db, sql: str) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def test_export_and_backup_while_a_desk_scans(demo, tmp_path):  # noqa: F811
    codes = _codes(demo, 2000)  # every visitor not in yet: the desk scans until told to stop
    desk = subprocess.Popen(
        [sys.executable, "-m", "itday", "checkin", "-", "--json", "--station", "desk",
         "--db", str(demo)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    acked: list[dict] = []
    copying = threading.Event()

    def scan_all() -> None:
        for code in codes:
            if copying.is_set():
                break
            desk.stdin.write(code + "\n")
            desk.stdin.flush()
            acked.append(json.loads(desk.stdout.readline()))  # committed before printed
        desk.stdin.close()

    feeder = threading.Thread(target=scan_all)
    feeder.start()
    exports, backups = [], tmp_path / "backups"
    while len(acked) < 5:  # the desk is at work
        feeder.join(timeout=0.05)
    try:
        for i in range(3):
            out = tmp_path / f"export{i}"
            done = itday("export", str(out), db=demo)
            assert done.returncode == 0, done.stderr
            exports.append(out)
            saved = itday("backup", str(backups), db=demo)
            assert saved.returncode == 0, saved.stderr
    finally:
        copying.set()
        feeder.join(timeout=300)
        desk.wait(timeout=60)
        err = desk.stderr.read()
    assert desk.returncode == 0, err
    scanned_during = len(acked)
    assert "supprimé" not in err and "Traceback" not in err  # the WAL guard never fired

    codes = codes[: len(acked)]
    assert [a["code"] for a in acked] == codes and {a["result"] for a in acked} == {"admitted"}
    assert scanned_during > 20  # the copies really ran while the desk was scanning
    admitted = _count(demo, "SELECT COUNT(*) FROM attendee WHERE checked_in_station = 'desk'")
    assert admitted == len(codes)
    assert _count(demo, "SELECT COUNT(*) FROM scan WHERE station = 'desk'") == len(codes)

    for out in exports:
        (copy,) = out.glob("*.sqlite")
        assert probe(copy) is Kind.ITDAY
        assert _count(copy, "SELECT COUNT(*) FROM pragma_integrity_check WHERE integrity_check != 'ok'") == 0  # fmt: skip
        meta = json.loads((out / "event.json").read_text(encoding="utf-8"))
        in_copy = _count(copy, "SELECT COUNT(*) FROM scan")
        csv_rows = len((out / "scans.csv").read_text(encoding="utf-8-sig").splitlines()) - 1
        assert meta["rows"]["scans"] == csv_rows <= len(codes)
        assert in_copy >= csv_rows  # the copy is taken after the files, never before
    copies = sorted(backups.glob("*.sqlite"))
    assert copies and all(probe(c) is Kind.ITDAY for c in copies)
    for c in copies:
        assert _count(c, "PRAGMA quick_check") is not None
