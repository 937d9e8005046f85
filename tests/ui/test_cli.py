"""The command line contract served by the foundation (run as a real process)."""

import json
import subprocess
import sys

import pytest


def itday(*args, db=None, input=None):
    cmd = [sys.executable, "-m", "itday", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd, capture_output=True, text=True, input=input, timeout=120)


def test_version():
    out = itday("--version")
    assert out.returncode == 0 and out.stdout.startswith("itday ")


def test_demo_then_stats(tmp_path):
    db = tmp_path / "x.sqlite"
    assert itday("demo", db=db).returncode == 0
    stats = json.loads(itday("stats", "--json", db=db).stdout)
    assert 80 <= stats["exhibitors"] <= 120 or stats["exhibitors"] >= 60
    assert stats["booths"] >= 60 and stats["attendees"] >= 900
    for key in ("checked_in", "exhibitors_present", "by_category", "by_quarter_hour"):
        assert key in stats
    again = itday("demo", db=db)
    assert again.returncode == 1 and "--force" in again.stderr and "Traceback" not in again.stderr


def test_init_attendees_exhibitors(tmp_path):
    db = tmp_path / "y.sqlite"
    out = itday(
        "init", "--name", "Green IT Day", "--date", "2017-11-16", "--venue", "Montpellier", db=db
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(itday("attendees", "--json", db=db).stdout) == []
    assert json.loads(itday("exhibitors", "--json", db=db).stdout) == []
    bad = itday("init", "--name", "X", "--date", "29/06/2017", db=db)
    assert bad.returncode == 2


def test_attendees_json_contract(tmp_path):
    db = tmp_path / "z.sqlite"
    itday("demo", db=db)
    people = json.loads(itday("attendees", "--search", "LEFÈVRE", "--json", db=db).stdout)
    assert people and all("lefèvre" in p["last_name"].lower() for p in people)
    for key in (
        "id",
        "first_name",
        "last_name",
        "company",
        "email",
        "category",
        "code",
        "checked_in_at",
    ):
        assert key in people[0]


@pytest.mark.parametrize("content", [b"", b"garbage" * 50])
def test_bad_database_is_one_line(tmp_path, content):
    db = tmp_path / "bad.sqlite"
    db.write_bytes(content)
    out = itday("stats", db=db)
    if content:
        assert out.returncode == 1
        assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    else:  # an empty file is not an itday base: refused, left empty (issue 13.4)
        assert out.returncode == 1 and "fichier vide" in out.stderr
        assert db.read_bytes() == b""


def test_gui_screenshot(tmp_path):
    db = tmp_path / "s.sqlite"
    itday("demo", db=db)
    png = tmp_path / "shell.png"
    # 1280×720: the smallest laptop screen the desks run on (the Accueil page's buttons,
    # « Sorties » among them, need 1256 px)
    out = itday("gui", "--screenshot", str(png), "--page", "checkin", "--size", "1280x720", db=db)
    assert out.returncode == 0, out.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 720)


def test_checkin_json_lines_and_stdin(tmp_path):
    db = tmp_path / "c.sqlite"
    itday("demo", "--no-arrivals", db=db)
    people = json.loads(itday("attendees", "--json", db=db).stdout)
    person = next(p for p in people if not p["cancelled"])
    out = itday("checkin", person["code"], "https://example.org", "--json", "--station", "T", db=db)
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [x["result"] for x in lines] == ["admitted", "invalid"]
    assert lines[0]["attendee"]["id"] == person["id"] and lines[1]["attendee"] is None
    out = itday("checkin", "-", "--json", db=db, input=person["code"] + "\nITD-NOPE\n")
    assert [json.loads(x)["result"] for x in out.stdout.splitlines()] == [
        "already_admitted",
        "invalid",
    ]
