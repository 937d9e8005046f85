"""``itday lists`` on the demo edition, and a Unicode name from a CSV file to the PDF text
(run as real processes, read back with pdftotext)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from itday.core.plan import natural_key
from itday.services.pdf.lists import booth_key
from tests.unit.pdf_helpers import pdf_text


def itday(*args, db=None):
    cmd = [sys.executable, "-m", "itday", *args]
    if db is not None:
        cmd += ["--db", str(db)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def cells(path) -> list[list[str]]:
    """Table rows of the PDF: each line split on runs of 2+ spaces."""
    return [
        re.split(r"\s{2,}", line.strip())
        for line in pdf_text(path, layout=True).splitlines()
        if line.strip()
    ]


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lists")
    db = folder / "demo.sqlite"
    assert itday("demo", db=db).returncode == 0
    exhibitors = json.loads(itday("exhibitors", "--json", db=db).stdout)
    return folder, db, exhibitors


def test_list_by_name_alphabetical_with_booths(demo):
    folder, db, exhibitors = demo
    out = folder / "name.pdf"
    done = itday("lists", str(out), "--by", "name", db=db)
    assert done.returncode == 0, done.stderr
    names = {e["name"]: ", ".join(e["booths"]) or "—" for e in exhibitors}
    rows = [(r[0], r[-1]) for r in cells(out) if r[0] in names]
    assert dict(rows) == names  # every exhibitor, each with its booth codes
    order = [name for name, _ in rows]
    assert order == sorted(names, key=lambda n: (booth_key(n), n))
    text = pdf_text(out)
    assert "Innovation IT Day 2017" in text and "29 juin 2017" in text
    assert re.search(r"Page 1 / \d+", text)


def test_list_by_booth_in_booth_order(demo):
    folder, db, exhibitors = demo
    out = folder / "booth.pdf"
    assert itday("lists", str(out), "--by", "booth", db=db).returncode == 0
    holder = {b: e["name"] for e in exhibitors for b in e["booths"]}
    rows = [(r[0], r[1]) for r in cells(out) if r[0] in holder]
    assert dict(rows) == holder
    codes = [code for code, _ in rows]
    assert codes == sorted(holder, key=natural_key)


def test_list_by_sector_grouped(demo):
    folder, db, exhibitors = demo
    out = folder / "sector.pdf"
    assert itday("lists", str(out), "--by", "sector", db=db).returncode == 0
    sector_of = {e["name"]: e["sector"] for e in exhibitors}
    sectors = set(sector_of.values())
    seen: dict[str, str] = {}
    current = None
    headings = []
    for row in cells(out):
        m = re.fullmatch(r"(.+) \((\d+)\)", row[0])
        if m and m.group(1) in sectors and len(row) == 1:
            current = m.group(1)
            if current not in headings:
                headings.append(current)
        elif row[0] in sector_of:
            seen[row[0]] = current
    assert seen == sector_of
    assert len(headings) == len(sectors)  # each sector is one group


def test_directory_and_signs(demo):
    folder, db, exhibitors = demo
    directory, signs = folder / "dir.pdf", folder / "signs.pdf"
    assert itday("lists", str(directory), "--directory", db=db).returncode == 0
    done = itday("lists", str(signs), "--signs", db=db)
    assert done.returncode == 0 and "Panneaux de stand" in done.stdout
    text = pdf_text(signs)
    booths = sum(len(e["booths"]) for e in exhibitors)
    assert text.count("Stand ") == booths
    assert "Annuaire des exposants" in pdf_text(directory)


def test_lists_errors_are_one_line(tmp_path):
    db = tmp_path / "empty.sqlite"
    assert itday("init", "--name", "Vide", "--date", "2017-06-29", db=db).returncode == 0
    done = itday("lists", str(tmp_path / "x.pdf"), db=db)
    assert done.returncode == 1 and "aucun exposant" in done.stderr
    assert "Traceback" not in done.stderr
    bad = itday("lists", str(tmp_path / "x.pdf"), "--by", "colour", db=db)
    assert bad.returncode == 2


def test_unicode_name_from_csv_to_pdf(tmp_path):
    name = "Łódź Ğİ Øre 東京 Ελλάδα"
    db = tmp_path / "u.sqlite"
    assert (
        itday("init", "--name", "Innovation IT Day", "--date", "2017-06-29", db=db).returncode == 0
    )
    csv = tmp_path / "exposants.csv"
    csv.write_text(
        "Société;Secteur;Contact;Téléphone\n"
        f"{name};Straße & Søren;İlkay Iğdır;+33 5 61 00 00 00\n"
        "Airbus;Aéronautique;Jean Dupont;\n",
        encoding="utf-8",
    )
    done = itday("import", "exhibitors", str(csv), "--json", db=db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["imported"] == 2
    for by in ("name", "sector"):
        out = tmp_path / f"{by}.pdf"
        assert itday("lists", str(out), "--by", by, db=db).returncode == 0
        text = pdf_text(out)
        assert name in text and "Straße & Søren" in text, by
    out = tmp_path / "dir.pdf"
    assert itday("lists", str(out), "--directory", db=db).returncode == 0
    assert name in pdf_text(out) and "İlkay Iğdır" in pdf_text(out)
