"""An export or a document killed midway (``kill -9`` of a real process) leaves its work under
a temporary name inside the target folder, and the next run into that folder removes it: no
copy of the attendees outlives the run that made it (issue 23.8)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest


def itday(args, db, **kwargs):
    cmd = [sys.executable, "-m", "itday", *args, "--db", str(db)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=Path(db).parent,  # (not the source tree: the installed itday, or PYTHONPATH's)
        **kwargs,
    )


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    db = tmp_path_factory.mktemp("killed") / "itday.sqlite"
    out = itday(["demo", "--no-arrivals", "--seed", "7"], db)
    assert out.wait(180) == 0, out.communicate()[1]
    return db


def _kill_when(process, ready, timeout=120.0) -> None:
    deadline = time.monotonic() + timeout
    while not ready():
        assert process.poll() is None, "finished before it could be killed: " + str(
            process.communicate()
        )
        assert time.monotonic() < deadline
        time.sleep(0.005)
    os.kill(process.pid, signal.SIGKILL)
    process.wait(30)


def _leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith("."))  # (hidden: ours)


def _staged_names(folder: Path) -> bool:
    for staging in folder.glob(".itday-export-*"):
        csv = staging / "attendees.csv"
        if csv.exists() and csv.stat().st_size > 1000:
            return True
    return False


def test_a_killed_export_is_removed_by_the_next_one(base, tmp_path):
    out = tmp_path / "export"
    run = itday(["export", str(out)], base)
    _kill_when(run, lambda: out.is_dir() and _staged_names(out))
    left = _leftovers(out)
    assert left and all(p.is_dir() for p in left)  # the names were there, hidden, when killed
    assert not (out / "attendees.csv").exists()  # and never published half done
    again = itday(["export", str(out), "--anonymise"], base)
    stdout, stderr = again.communicate(timeout=300)
    assert again.returncode == 0, stderr
    assert _leftovers(out) == []
    assert (out / "attendees.csv").exists()


def test_a_killed_document_is_removed_by_the_next_one(base, tmp_path):
    out = tmp_path / "docs"
    out.mkdir()

    def writing() -> bool:
        return any(out.glob(".*.part"))  # (reportlab fills it at the very end)

    run = itday(["badges", str(out / "badges.pdf")], base)
    _kill_when(run, writing)
    assert _leftovers(out) and not (out / "badges.pdf").exists()
    again = itday(["lists", str(out / "liste.pdf")], base)
    assert again.wait(180) == 0, again.communicate()[1]
    assert _leftovers(out) == []
    assert [p.name for p in out.iterdir()] == ["liste.pdf"]
