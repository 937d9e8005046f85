"""Issue 13.6, the rest of the fault sweep: imports, images, numbers, output paths and the
anonymised report.  Real processes on real files; each case one line, nothing written."""

from __future__ import annotations

import os
import sqlite3
import subprocess

import pytest

from tests.fault.test_cli_faults import demo, demo_template, itday, one_line  # noqa: F401

BIG = "99999999999999999999999"


def _count(db, table: str) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_streams_and_oversized_files_are_refused_at_once(demo, tmp_path):  # noqa: F811
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as fh:
        fh.truncate(201_000_000)  # sparse
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    before = _count(demo, "attendee")
    for source in ("/dev/zero", str(fifo), str(huge)):
        out = itday("import", "visitors", source, db=demo, timeout=30)
        assert out.returncode == 1
        one_line(out.stderr)
        assert "fichier ordinaire" in out.stderr or "200 Mo" in out.stderr
    assert _count(demo, "attendee") == before


def test_a_file_of_the_other_kind_is_named_and_nothing_is_created(demo, tmp_path):  # noqa: F811
    registrations = tmp_path / "inscriptions.csv"
    registrations.write_text(
        "Nom;Prénom;Société;E-mail;Type de billet;N° de commande\n"
        "Dupont;Jean;Acme;j@x.fr;Visiteur;1\nMartin;Luc;Acme;l@x.fr;Visiteur;2\n",
        encoding="utf-8",
    )
    exhibitors = tmp_path / "exposants.csv"
    exhibitors.write_text(
        "Société;Secteur;Stand;E-mail\nAcme;Cloud;A01;c@acme.fr\n", encoding="utf-8"
    )
    before = (_count(demo, "exhibitor"), _count(demo, "attendee"))
    wrong = itday("import", "exhibitors", str(registrations), db=demo)
    assert wrong.returncode == 1 and "itday import visitors" in wrong.stderr
    one_line(wrong.stderr)
    wrong = itday("import", "visitors", str(exhibitors), db=demo)
    assert wrong.returncode == 1 and "itday import exhibitors" in wrong.stderr
    assert (_count(demo, "exhibitor"), _count(demo, "attendee")) == before
    right = itday("import", "visitors", str(registrations), "--dry-run", db=demo)
    assert right.returncode == 0, right.stderr


def test_xlsx_formulas_without_a_saved_value_are_warned(demo, tmp_path):  # noqa: F811
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nom", "Prénom", "E-mail", "Société"])
    sheet.append(["Dupont", "Jean", "j@x.fr", "Acme"])
    sheet.append(["Martin", "Luc", "l@x.fr", '=UPPER("acme")'])  # openpyxl saves no result
    path = tmp_path / "inscrits.xlsx"
    book.save(path)
    out = itday("import", "visitors", str(path), "--dry-run", "--json", db=demo)
    assert out.returncode == 0, out.stderr
    import json

    warnings = json.loads(out.stdout)["warnings"]
    assert any(w["line"] == 3 and "formule" in w["reason"] for w in warnings), warnings


def test_nul_bytes_in_a_csv_are_one_clear_line(demo, tmp_path):  # noqa: F811
    path = tmp_path / "abime.csv"
    path.write_bytes(b"Nom;Pr\xc3\xa9nom;E-mail\nDupont;Jean;j@x.fr\nMar\x00tin;Luc;l@x.fr\n")
    out = itday("import", "visitors", str(path), db=demo)
    assert out.returncode == 1 and "caractère nul" in out.stderr and "ligne 3" in out.stderr
    one_line(out.stderr)


def test_decode_refuses_an_image_over_the_pixel_limit(tmp_path):
    from PIL import Image

    path = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000)).save(path)  # 48 KB on disk, 400 Mpx once decoded
    out = itday("decode", str(path), "--json", timeout=60)
    assert out.returncode == 1 and "trop grande" in out.stdout
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["stats", "--event", BIG],
        ["badges", "x.pdf", "--only", BIG],
        ["demo", "--seed", BIG],
        ["replay", "v.avi", "--frames", BIG],
        ["gui", "--screenshot", "x.png", "--size", f"{BIG}x3"],
        ["checkin", "x", "--print", "--dpi", BIG],
        ["export", ""],
    ],
)
def test_numbers_too_big_and_empty_folders_are_bad_usage(tmp_path, args):
    db = tmp_path / "never.sqlite"
    out = itday(*args, db=db)
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr
    assert not db.exists()


@pytest.mark.parametrize("target", ["folder", "missing", "/dev/full", "db"])
def test_output_paths_that_cannot_be_a_file(demo, tmp_path, target):  # noqa: F811
    path = {
        "folder": str(tmp_path),
        "missing": str(tmp_path / "nowhere" / "liste.pdf"),
        "/dev/full": "/dev/full",
        "db": str(demo),
    }[target]
    before = demo.stat().st_mtime_ns
    for args in (["lists", path, "--by", "name"], ["badges", path]):
        out = itday(*args, db=demo)
        assert out.returncode == 1
        one_line(out.stderr)
        assert ".part" not in out.stderr and "Errno" not in out.stderr
    assert demo.stat().st_mtime_ns == before or target != "db"
    assert not list(tmp_path.glob(".*.part"))


def test_anonymised_report_names_no_small_company(tmp_path):
    db = tmp_path / "itday.sqlite"
    assert itday("init", "--name", "IT Day", "--date", "2018-06-28", db=db).returncode == 0
    people = [("Big Corp", f"P{i}") for i in range(6)] + [
        ("Cabinet Moreau Avocats", "Moreau"),
        ("Solo SARL", "Solo"),
    ]
    path = tmp_path / "inscrits.csv"
    path.write_text(
        "Nom;Prénom;Société;E-mail\n"
        + "".join(f"{last};Jo;{company};{last.lower()}@x.fr\n" for company, last in people),
        encoding="utf-8",
    )
    assert itday("import", "visitors", str(path), db=db).returncode == 0

    def report(folder: str, *extra: str) -> str:
        out = itday("export", str(tmp_path / folder), *extra, db=db)
        assert out.returncode == 0, out.stderr
        pdf = tmp_path / folder / "report.pdf"
        return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout

    full = report("full")
    assert "Cabinet Moreau" in full and "Big Corp" in full
    anonymised = report("anon", "--anonymise")
    assert "Big Corp" in anonymised  # 6 people: a group, not a person
    assert "Cabinet Moreau" not in anonymised and "Solo SARL" not in anonymised
