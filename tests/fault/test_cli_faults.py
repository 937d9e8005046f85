"""Faults of the fault sweep (issue 13.6) on the command line: real processes, real files.

Each case gives one line on stderr, the right exit status, no traceback, and stores nothing
that it should not."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest


def itday(*args, db=None, input=None, timeout=120):
    cmd = [sys.executable, "-m", "itday", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd, capture_output=True, text=True, input=input, timeout=timeout)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "itday.sqlite"
    out = itday("demo", "--no-arrivals", "--seed", "3", db=db)
    assert out.returncode == 0, out.stderr
    return db


@pytest.fixture
def demo(demo_template, tmp_path):
    """A private copy of the demo base (through SQLite's backup API)."""
    db = tmp_path / "db" / "itday.sqlite"
    db.parent.mkdir()
    src = sqlite3.connect(demo_template)
    dst = sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    return db


def scans(db) -> list[str]:
    from itday.db.files import sqlite_uri

    con = sqlite3.connect(sqlite_uri(db, readonly=True), uri=True)
    try:
        return [row[0] for row in con.execute("SELECT code FROM scan ORDER BY id")]
    finally:
        con.close()


def one_code(db) -> str:
    return json.loads(itday("attendees", "--json", db=db).stdout)[0]["code"]


def one_line(err: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err and lines[0].startswith("itday")


def test_empty_code_is_refused_and_not_stored(demo):
    out = itday("checkin", "", "--json", db=demo)
    assert out.returncode == 1 and out.stdout == ""
    one_line(out.stderr)
    assert "code vide" in out.stderr
    assert scans(demo) == []


def test_control_characters_are_refused_and_never_echoed(demo):
    good = one_code(demo)
    out = itday("checkin", "ITD-\x1b[31mX", good, "ab\x07c", db=demo)
    assert out.returncode == 1
    assert "\x1b" not in out.stdout + out.stderr and "\x07" not in out.stdout + out.stderr
    assert "\\x1b[31mX" in out.stderr and "\\x07" in out.stderr
    assert f"{good} : admis(e)" in out.stdout
    assert scans(demo) == [good]  # the good code between them still went in


def test_scanner_on_stdin_escape_lines_refused_others_kept(demo):
    good = one_code(demo)
    feed = f"\x1b[2J\n\n{good}\r\n\x00\x01\n"
    out = itday("checkin", "-", "--json", db=demo, input=feed)
    assert out.returncode == 1
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["code"] for line in lines] == [good]
    assert "\x1b" not in out.stderr and out.stderr.count("code refusé") == 2
    assert scans(demo) == [good]


def test_terminal_output_of_a_logged_code_is_escaped(demo):
    """A foreign code with a non-ASCII control (C1) is refused; plain oddities print as is."""
    out = itday("checkin", "abc\u009b31m", db=demo)
    assert out.returncode == 1 and "\u009b" not in out.stderr and "\\x9b" in out.stderr
    assert scans(demo) == []


@pytest.mark.parametrize("speed", ["nan", "inf", "-inf", "0", "-2", "vite"])
def test_replay_speed_must_be_a_positive_number(tmp_path, speed):
    out = itday("replay", str(tmp_path / "none.avi"), "--speed", speed, db=tmp_path / "x.sqlite")
    assert out.returncode == 2 and "--speed" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "x.sqlite").exists()


@pytest.fixture
def queue_video(demo_template, tmp_path_factory):
    from benchmarks.make_video import make_video
    from itday.db import repo
    from itday.db.engine import Database

    db = Database.open(demo_template, readonly=True)
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
        people = [r for r in repo.attendee_rows(event_id, session=s) if not r["cancelled"]][:2]
    db.dispose()
    video = tmp_path_factory.mktemp("video") / "queue.avi"
    return video, make_video(people, video, seed=3, fps=15)


def test_replay_says_when_its_scans_could_not_be_written(demo, queue_video):
    """A base that refuses writes: every failed scan counted, one clear line, exit 1."""
    from itday.db import repo
    from itday.db.engine import Database
    from itday.services.pipeline import DirectRecorder, ScanPipeline, replay_video

    video, codes = queue_video
    db = Database.open(demo, readonly=True)  # the writes fail as on a read-only medium
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
    summary = replay_video(video, ScanPipeline(DirectRecorder(db, event_id, "replay")))
    db.dispose()
    assert summary["failed"] == len(codes) and summary["scans"] == 0
    assert "lecture seule" in summary["error"]
    assert scans(demo) == []


@pytest.fixture
def readonly_medium(demo, tmp_path):
    """The demo base on a file system mounted read-only (root: a tmpfs; else: chmod)."""
    import os
    import shutil

    where = tmp_path / "key"
    where.mkdir()
    if os.geteuid() != 0:
        shutil.copy2(demo, where / "itday.sqlite")  # a closed base: no companion files
        (where / "itday.sqlite").chmod(0o444)
        where.chmod(0o555)
        yield where / "itday.sqlite"
        where.chmod(0o755)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "none", str(where)])
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (no CAP_SYS_ADMIN)")
    try:
        shutil.copy2(demo, where / "itday.sqlite")
        subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)
        yield where / "itday.sqlite"
    finally:
        subprocess.run(["umount", str(where)])


def test_base_on_a_readonly_medium(readonly_medium, queue_video):
    stats = itday("stats", "--json", db=readonly_medium)  # reading works
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["attendees"] > 0
    for args in (["checkin", "abc"], ["replay", str(queue_video[0])]):
        out = itday(*args, db=readonly_medium)
        assert out.returncode == 1
        one_line(out.stderr)
        assert "lecture seule" in out.stderr or "protégé en écriture" in out.stderr
        assert "existe-t-il" not in out.stderr
    assert scans(readonly_medium) == []


@pytest.mark.parametrize(
    "damage",
    [
        "DROP TABLE alembic_version",
        "INSERT INTO alembic_version VALUES ('0001')",
        "DELETE FROM alembic_version",
    ],
)
def test_missing_or_doubled_schema_version_is_refused_unchanged(demo, damage):
    con = sqlite3.connect(demo)
    con.execute(damage)
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = demo.read_bytes()
    for args in (["stats"], ["checkin", "abc"], ["import", "visitors", str(demo)]):
        out = itday(*args, db=demo)
        assert out.returncode == 1
        one_line(out.stderr)
        assert "alembic_version" in out.stderr
    assert demo.read_bytes() == before


def test_offline_dir_with_unknown_event_writes_nothing(demo, tmp_path):
    offline = tmp_path / "offline"
    out = itday("checkin", "abc", "--offline-dir", str(offline), "--event", "999", db=demo)
    assert out.returncode == 1
    one_line(out.stderr)
    assert "999" in out.stderr
    assert not offline.exists() and scans(demo) == []


def test_usage_mistakes_exit_2_with_one_line_in_the_interface_language(demo, tmp_path):
    r = itday("init", "--name", "X", "--date", "2018-06-28", "--with-exhibitors", db=demo)
    assert r.returncode == 2 and "--with-exhibitors va avec --from" in r.stderr
    one_line(r.stderr)
    r = itday("badges", str(tmp_path / "b.pdf"), "--print", db=demo)
    assert r.returncode == 2 and "pas les deux" in r.stderr
    assert not (tmp_path / "b.pdf").exists()
    r = itday("export", "", db=demo)
    assert r.returncode == 2 and "itday export DOSSIER" in r.stderr
    r = itday("badges", "--print", "--language", "en", db=demo)
    assert r.returncode == 2 and "--language ne va pas avec --print" in r.stderr
