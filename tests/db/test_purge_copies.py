"""Issue 23.8: personal data has one lifetime — ``itday purge`` also deletes the base's
backups and the files of the exports it wrote that name people (or keeps them with
``--keep-backups``), and says what it removed.  Real files, the real command."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

from itday.db import repo
from itday.services.backup import backup_now, default_folder
from itday.services.export import export_edition

PERSONAL = ("attendees.csv", "scans.csv", "exhibitors.csv", "leads.csv", "export.xlsx")


def _itday(*args, input=None):
    env = {**os.environ, "ITDAY_DB": ""}
    return subprocess.run(
        [sys.executable, "-m", "itday", *args], capture_output=True, text=True, input=input,
        timeout=120, env=env,
    )  # fmt: skip


def _set_up(db, tmp_path):
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
    full = tmp_path / "export"
    anonymised = tmp_path / "anonyme"
    export_edition(db, event_id, full)
    export_edition(db, event_id, anonymised, anonymise=True)
    folder = default_folder(db.path)
    backups = [backup_now(db, folder), backup_now(db, folder)]
    other = folder / "autre-20261207-101010.sqlite"  # another base's backup, same folder
    shutil.copyfile(backups[0], other)
    db.dispose()
    return full, anonymised, [*backups, other]


def test_purge_deletes_the_backups_and_the_exports_that_name_people(demo_db, tmp_path):
    full, anonymised, (first, second, other) = _set_up(demo_db, tmp_path)
    assert first.exists() and (full / "attendees.csv").exists()
    backup_in_export = next(full.glob("*.sqlite"))
    anonymised_files = sorted(p.name for p in anonymised.iterdir())
    con = sqlite3.connect(demo_db.path)
    emails = [r[0].encode() for r in con.execute("SELECT email FROM attendee WHERE email != ''")]
    con.close()
    out = _itday("purge", "--confirm", "SUPPRIMER", "--db", str(demo_db.path))
    assert out.returncode == 0, out.stderr
    assert not first.exists() and not second.exists()  # before: 12 copies kept every name
    assert not backup_in_export.exists()
    for name in PERSONAL:
        assert not (full / name).exists(), name
    assert (full / "report.pdf").exists() and (full / "event.json").exists()  # numbers only
    assert sorted(p.name for p in anonymised.iterdir()) == anonymised_files
    assert other.exists()  # another database's backup is not this purge's
    assert demo_db.path.exists()
    assert str(first) in out.stdout and str(full / "attendees.csv") in out.stdout
    assert "Copies supprimées" in out.stdout
    # nor left in the base's free space or journal (secure_delete)
    for path in demo_db.path.parent.glob(demo_db.path.name + "*"):
        data = path.read_bytes()
        assert not any(e in data for e in emails[:50]), path.name


def test_a_backup_made_into_another_folder_is_found_too(demo_db, tmp_path):
    key = tmp_path / "cle-usb"
    demo_db.dispose()
    made = _itday("backup", str(key), "--db", str(demo_db.path))
    assert made.returncode == 0, made.stderr
    (copy,) = key.glob("demo-*.sqlite")
    out = _itday("purge", "--confirm", "SUPPRIMER", "--db", str(demo_db.path))
    assert out.returncode == 0, out.stderr
    assert not copy.exists() and str(copy) in out.stdout


def test_keep_backups_keeps_them_and_says_they_still_hold_the_names(demo_db, tmp_path):
    full, _anonymised, (first, second, _other) = _set_up(demo_db, tmp_path)
    out = _itday("purge", "--confirm", "SUPPRIMER", "--keep-backups", "--db", str(demo_db.path))
    assert out.returncode == 0, out.stderr
    assert first.exists() and second.exists() and (full / "attendees.csv").exists()
    assert "--keep-backups" in out.stdout and "2 sauvegardes" in out.stdout


def test_the_question_lists_the_copies(demo_db, tmp_path):
    _full, _anonymised, (first, _second, _other) = _set_up(demo_db, tmp_path)
    out = _itday("purge", "--db", str(demo_db.path), input="")
    assert out.returncode == 1 and "2 sauvegardes" in out.stderr and "l'export de" in out.stderr
    assert first.exists()


def test_what_a_killed_export_left_goes_with_the_purge(demo_db, tmp_path):
    """A killed export leaves its staging folder (the full participants' CSV) in the export
    folder; the purge takes it with the export's files."""
    full, _anonymised, _backups = _set_up(demo_db, tmp_path)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    from itday.services.outfile import temp_prefix

    mine = temp_prefix("export-")  # ``.itday-export-PID-HOST-``: this process's
    left = full / (mine.replace(f"-{os.getpid()}-", f"-{dead}-") + "abc")
    left.mkdir()
    (left / "attendees.csv").write_text("Nom;E-mail\nDupont;dupont@example.org\n")
    out = _itday("purge", "--confirm", "SUPPRIMER", "--db", str(demo_db.path))
    assert out.returncode == 0, out.stderr
    assert not left.exists()
