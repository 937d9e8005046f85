"""services/outfile.py: the one rule for every file itday writes (issue 23.1, 23.8, 28.5)."""

from __future__ import annotations

import builtins
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from itday.errors import ItdayError
from itday.services import outfile

OURS_PDF = b"%PDF-1.4\n%\x93\x8c\x8b\x9e ReportLab Generated PDF document\n"


def _database(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.execute("INSERT INTO t VALUES (1)")
    con.commit()
    con.close()
    return path


@pytest.fixture
def no_pause(monkeypatch):
    monkeypatch.setattr(outfile, "REPLACE_PAUSE", 0)


@pytest.mark.parametrize("refusals", [1, outfile.REPLACE_TRIES - 1])
def test_a_file_held_open_a_moment_is_replaced_after_a_few_tries(
    tmp_path, monkeypatch, no_pause, refusals
):
    """Windows: os.replace onto a file an antivirus or Excel holds raises PermissionError."""
    target = tmp_path / "liste.pdf"
    target.write_bytes(OURS_PDF)
    real, calls = os.replace, []

    def held(src, dst):
        calls.append(dst)
        if len(calls) <= refusals:
            raise PermissionError(13, "The process cannot access the file", str(dst))
        real(src, dst)

    monkeypatch.setattr(os, "replace", held)
    with outfile.writing(target) as tmp:
        Path(tmp).write_bytes(OURS_PDF + b"new")
    assert target.read_bytes() == OURS_PDF + b"new"
    assert len(calls) == refusals + 1
    assert [p.name for p in tmp_path.iterdir()] == ["liste.pdf"]


def test_a_file_that_stays_open_is_one_line_and_stays_as_it_was(tmp_path, monkeypatch, no_pause):
    target = tmp_path / "liste.pdf"
    target.write_bytes(OURS_PDF)
    calls = []

    def held(src, dst):
        calls.append(dst)
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", held)
    with pytest.raises(ItdayError, match=r"^Le fichier liste.pdf est ouvert dans un autre"):
        with outfile.writing(target) as tmp:
            Path(tmp).write_bytes(b"%PDF-new")
    assert len(calls) == outfile.REPLACE_TRIES
    assert target.read_bytes() == OURS_PDF
    assert [p.name for p in tmp_path.iterdir()] == ["liste.pdf"]


def test_a_database_under_any_name_is_never_opened_nor_replaced(tmp_path, monkeypatch):
    """Recognised by SQLite, not by open(): closing a descriptor drops SQLite's locks."""
    base = _database(tmp_path / "programme.pdf")  # a database with a document's name
    before = base.read_bytes()
    opened = []
    real_open = builtins.open

    def spy(file, *args, **kwargs):
        opened.append(os.fspath(file) if isinstance(file, str | os.PathLike) else file)
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy)
    with pytest.raises(ItdayError, match="n'est pas un fichier PDF écrit par itday"):
        with outfile.writing(base):
            pass
    monkeypatch.undo()
    assert str(base) not in opened
    assert base.read_bytes() == before
    for name in ("x.sqlite", "x.db-wal", "x.sqlite-shm", "data-journal", "data-wal"):
        with pytest.raises(ItdayError, match="porte le nom d'une base de données"):
            outfile.check_target(tmp_path / name)


def test_a_file_of_another_kind_or_program_is_left_alone(tmp_path):
    other_pdf = tmp_path / "a.pdf"
    other_pdf.write_bytes(b"%PDF-1.7\n% made by another program\n")
    png_not_ours = tmp_path / "b.png"
    png_not_ours.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 40)
    for path, kind in ((other_pdf, "pdf"), (png_not_ours, "png"), (other_pdf, "png")):
        with pytest.raises(ItdayError, match="n'est pas un fichier"):
            outfile.check_target(path, kind)
    empty = tmp_path / "empty.pdf"
    empty.touch()
    assert outfile.check_target(empty) == empty  # nothing to lose
    ours = tmp_path / "ours.pdf"
    ours.write_bytes(OURS_PDF)
    assert outfile.check_target(ours) == ours


def test_sweep_removes_what_killed_runs_left_and_nothing_else(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    host = outfile.temp_prefix().split("-")[-2]  # this computer's tag
    gone = tmp_path / f".itday-{dead.pid}-{host}-abcd.part"
    gone_dir = tmp_path / f".itday-export-{dead.pid}-{host}-abcd"
    gone_dir.mkdir()
    (gone_dir / "attendees.csv").write_text("Dupont;Jean", encoding="utf-8")
    mine = tmp_path / f"{outfile.temp_prefix()}abcd.part"  # this process: still writing
    other_host = "000000" if host != "000000" else "ffffff"
    elsewhere = tmp_path / f".itday-{dead.pid}-{other_host}-abcd.part"  # a shared folder
    legacy_old = tmp_path / ".itday-export-k2j4h5g6"
    legacy_old.mkdir()
    legacy_new = tmp_path / ".itday-contacts-a1b2c3d4"
    legacy_new.mkdir()
    user = [tmp_path / ".itday-notes.part", tmp_path / "itday-1-x.part", tmp_path / "a.txt"]
    for path in (gone, mine, elsewhere, *user):
        path.write_bytes(b"x")
    hour_ago = time.time() - outfile.STALE_SECONDS - 60
    os.utime(legacy_old, (hour_ago, hour_ago))
    removed = outfile.sweep(tmp_path)
    assert sorted(removed) == sorted([gone, gone_dir, legacy_old])
    assert all(p.exists() for p in (mine, elsewhere, legacy_new, *user))
    later = time.time() + outfile.STALE_SECONDS + 60  # an hour on: whatever its process
    assert sorted(outfile.sweep(tmp_path, now=later)) == sorted([mine, elsewhere, legacy_new])


def test_make_folder_says_what_is_wrong_in_french(tmp_path):
    file = tmp_path / "f"
    file.write_text("x", encoding="utf-8")
    with pytest.raises(ItdayError, match="est un fichier, pas un dossier"):
        outfile.make_folder(file)
    with pytest.raises(
        ItdayError,
        match=r"Impossible de créer le dossier .*\(un élément du chemin n'est pas un dossier\)",
    ):
        outfile.make_folder(file / "sub")
    assert outfile.make_folder(tmp_path / "a" / "b").is_dir()
