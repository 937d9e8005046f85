"""The export of an edition: CSV/XLSX readable, report equal to the stats, neutralised
formulas, anonymised exports without personal data, atomic and clear on errors."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import subprocess
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import sqlmodel

from itday.cli import main
from itday.core.enums import CATEGORY_LABELS_FR, Category
from itday.db import repo
from itday.db.models import Attendee, Booth
from itday.errors import ItdayError
from itday.services.export import ExportCancelled, export_edition

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
HYPERLINK = '=HYPERLINK("http://x","y")'


def _event(db) -> int:
    with db.session() as s:
        return repo.latest_event(session=s).id


def _csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for French Excel"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh, delimiter=";"))


def _stats_json(db, capsys) -> dict:
    capsys.readouterr()
    assert main(["stats", "--json", "--db", str(db.path)]) == 0
    return json.loads(capsys.readouterr().out)


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_demo_export_opens_with_csv_and_openpyxl(demo_db, tmp_path):
    event_id = _event(demo_db)
    result = export_edition(demo_db, event_id, tmp_path / "out", technical=True)
    out = tmp_path / "out"
    names = {p.name for p in out.iterdir()}
    backup = result.backup
    assert re.fullmatch(r"innovation-it-day-2017_\d{4}-\d\d-\d\d_\d{4}\.sqlite", backup)
    assert names == {
        "attendees.csv",
        "scans.csv",
        "exhibitors.csv",
        "booths.csv",
        "leads.csv",
        "sessions.csv",
        "export.xlsx",
        "event.json",
        backup,
        "report.pdf",
    }
    with demo_db.session() as s:
        people = repo.attendee_rows(event_id, session=s)
        exhibitors = repo.list_exhibitors(event_id, session=s)
    attendees = _csv(out / "attendees.csv")
    assert len(attendees) == len(people) == result.rows["attendees"]
    assert {int(r["id"]) for r in attendees} == {p["id"] for p in people}
    assert len(_csv(out / "exhibitors.csv")) == len(exhibitors)
    assert len(_csv(out / "booths.csv")) == 99
    scans = _csv(out / "scans.csv")
    assert len(scans) == result.rows["scans"] > 0
    wb = openpyxl.load_workbook(out / "export.xlsx", read_only=True)
    assert wb.sheetnames == [
        "Participants", "Scans", "Exposants", "Stands", "Contacts des stands", "Séances",
    ]  # fmt: skip
    sheet_rows = list(wb["Participants"].iter_rows(values_only=True))
    assert sheet_rows[0][:3] == ("id", "first_name", "last_name")
    assert len(sheet_rows) - 1 == len(people)
    assert len(list(wb["Scans"].iter_rows(values_only=True))) - 1 == len(scans)
    wb.close()
    meta = json.loads((out / "event.json").read_text(encoding="utf-8"))
    assert meta["event"]["name"] == "Innovation IT Day 2017"
    assert meta["rows"] == result.rows and meta["backup"] == backup
    assert not any(p.name.startswith(".itday-export-") for p in out.iterdir())


def test_report_numbers_equal_itday_stats_json(demo_db, tmp_path, capsys):
    tmp_path = tmp_path / "out"  # never beside the database (issue 13)
    stats = _stats_json(demo_db, capsys)
    export_edition(demo_db, _event(demo_db), tmp_path)
    text = _pdf_text(tmp_path / "report.pdf")
    lines = [" ".join(line.split()) for line in text.splitlines()]

    def line_with(label: str) -> str:
        found = [line for line in lines if line.startswith(label + " ")]
        assert found, f"no line for {label!r}"
        return found[0]

    assert line_with("Inscrits") == f"Inscrits {stats['attendees']}"
    assert line_with("Entrés") == f"Entrés {stats['checked_in']}"
    assert line_with("Exposants présents") == f"Exposants présents {stats['exhibitors_present']}"
    assert line_with("Stands") == f"Stands {stats['booths']}"
    assert line_with("Inscrits sur place") == f"Inscrits sur place {stats['walk_ins']}"
    assert f"Exposants {stats['exhibitors']}" in lines
    peak = stats["peak_quarter_hour"]
    assert f"({peak['arrivals']} arrivées)" in line_with("Pic d'affluence")
    for name, numbers in stats["by_category"].items():
        label = CATEGORY_LABELS_FR[Category(name)]
        row = line_with(label).split()
        assert row[1:3] == [str(numbers["registered"]), str(numbers["checked_in"])], label


def test_formula_in_a_name_is_neutralised_in_csv_and_xlsx(db, event_id, tmp_path):
    tmp_path = tmp_path / "out"  # never beside the database (issue 13)
    with db.session() as s:
        s.add(
            Attendee(
                event_id=event_id,
                first_name=HYPERLINK,
                last_name="@SUM(A1)",
                company="-1+1",
                code="ITD-TEST0000000000000001",
            )
        )
        s.commit()
    export_edition(db, event_id, tmp_path, technical=True)
    row = _csv(tmp_path / "attendees.csv")[0]
    assert row["first_name"] == "'" + HYPERLINK
    assert row["last_name"] == "'@SUM(A1)"
    assert row["company"] == "'-1+1"
    wb = openpyxl.load_workbook(tmp_path / "export.xlsx")
    ws = wb["Participants"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("first_name") + 1)
    # XLSX has cell types: the text is a text cell, shown as typed, without the apostrophe
    # that Excel would show, and never evaluated
    assert cell.value == HYPERLINK
    assert cell.data_type == "s"  # text, not a formula
    assert ws.cell(row=2, column=header.index("last_name") + 1).value == "@SUM(A1)"
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    raw = _sheet_xml(tmp_path / "export.xlsx", "sheet1")
    assert "<f>" not in raw and "HYPERLINK" in raw


def _sheet_xml(path: Path, name: str) -> str:
    import zipfile

    with zipfile.ZipFile(path) as z:
        return z.read(f"xl/worksheets/{name}.xml").decode("utf-8")


def test_xlsx_times_are_excel_datetimes_in_the_event_zone(demo_db, tmp_path):
    tmp_path = tmp_path / "out"  # never beside the database (issue 13)
    event_id = _event(demo_db)
    export_edition(demo_db, event_id, tmp_path, technical=True)
    with demo_db.session() as s:
        people = {p["id"]: p for p in repo.attendee_rows(event_id, session=s)}
    wb = openpyxl.load_workbook(tmp_path / "export.xlsx")
    ws = wb["Participants"]
    header = [c.value for c in ws[1]]
    col_id, col_at = header.index("id"), header.index("checked_in_at")
    seen = 0
    for row in ws.iter_rows(min_row=2):
        at = people[row[col_id].value]["checked_in_at"]
        cell = row[col_at]
        if at is None:
            assert cell.value is None
            continue
        if isinstance(at, str):
            at = dt.datetime.fromisoformat(at)
        paris = at.astimezone(ZoneInfo("Europe/Paris")).replace(tzinfo=None, microsecond=0)
        assert isinstance(cell.value, dt.datetime) and cell.value == paris
        assert cell.is_date and "hh" in cell.number_format.lower()
        seen += 1
    assert seen > 100
    scans = wb["Scans"]
    header = [c.value for c in scans[1]]
    assert isinstance(scans.cell(row=2, column=header.index("scanned_at") + 1).value, dt.datetime)
    # the CSV keeps ISO 8601 text with the offset
    stamps = [r["checked_in_at"] for r in _csv(tmp_path / "attendees.csv") if r["checked_in_at"]]
    assert len(stamps) == seen
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00", t) for t in stamps)


def test_anonymised_export_has_no_email_and_no_name(demo_db, tmp_path):
    tmp_path = tmp_path / "out"  # never beside the database (issue 13)
    event_id = _event(demo_db)
    with demo_db.session() as s:
        people = repo.attendee_rows(event_id, session=s)
    result = export_edition(demo_db, event_id, tmp_path, anonymise=True, technical=True)
    assert result.anonymised and not (tmp_path / "itday.sqlite").exists()
    texts = {p.name: p.read_text(encoding="utf-8-sig") for p in tmp_path.glob("*.csv")}
    texts["event.json"] = (tmp_path / "event.json").read_text(encoding="utf-8")
    texts["report.pdf"] = _pdf_text(tmp_path / "report.pdf")
    wb = openpyxl.load_workbook(tmp_path / "export.xlsx", read_only=True)
    xlsx_cells = [
        str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row if v is not None
    ]
    wb.close()
    texts["export.xlsx"] = "\n".join(xlsx_cells)
    for name, text in texts.items():
        assert not EMAIL.search(text), f"an e-mail address in {name}"
    cells = set(xlsx_cells)
    for name in ("attendees.csv", "scans.csv", "exhibitors.csv", "booths.csv"):
        with (tmp_path / name).open(encoding="utf-8-sig", newline="") as fh:
            cells.update(v for row in csv.reader(fh, delimiter=";") for v in row)
    for p in people:
        assert p["first_name"] not in cells and p["last_name"] not in cells
        full = f"{p['first_name']} {p['last_name']}"
        assert all(full not in text for text in texts.values()), full
        assert p["code"] not in texts["attendees.csv"] + texts["scans.csv"]
    # The numbers still add up: pseudonyms join attendees and scans.
    attendees = _csv(tmp_path / "attendees.csv")
    ids = {r["id"] for r in attendees}
    assert len(ids) == len(people)
    admitted = [r for r in _csv(tmp_path / "scans.csv") if r["result"] == "admitted"]
    assert admitted and all(r["attendee_id"] in ids for r in admitted)
    assert sum(1 for r in attendees if r["checked_in_at"]) == result.stats["checked_in"] + sum(
        1 for p in people if p["cancelled"] and p["checked_in_at"]
    )


def test_unwritable_folder_is_a_clear_error(demo_db, tmp_path):
    blocker = tmp_path / "a-file.txt"
    blocker.write_text("x")
    with pytest.raises(ItdayError, match="Impossible de créer le dossier"):
        export_edition(demo_db, _event(demo_db), blocker / "sub")
    with pytest.raises(ItdayError, match="est un fichier"):
        export_edition(demo_db, _event(demo_db), blocker)


def test_cancelled_export_leaves_the_folder_as_it_was(demo_db, tmp_path):
    out = tmp_path / "out"
    export_edition(demo_db, _event(demo_db), out)  # a previous export of this edition
    (out / "keep.txt").write_text("x")  # and a note the user added to it
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    steps = []

    def progress(done, total, text):
        steps.append(done)

    with pytest.raises(ExportCancelled):
        export_edition(
            demo_db, _event(demo_db), out, progress=progress, cancelled=lambda: len(steps) >= 4
        )
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_export_refuses_the_folder_of_the_live_database(demo_db, tmp_path):
    """Exporting into db/ once wrote the backup over the live itday.sqlite (issue 13)."""
    folder = demo_db.path.parent
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(ItdayError, match="contient une base de données"):
        export_edition(demo_db, _event(demo_db), folder)
    assert sorted(p.name for p in folder.iterdir()) == before


def test_export_refuses_a_folder_of_the_users_own_files(demo_db, tmp_path):
    out = tmp_path / "mine"
    out.mkdir()
    (out / "attendees.csv").write_text("my own list", encoding="utf-8")
    with pytest.raises(ItdayError, match="pas un export itday"):
        export_edition(demo_db, _event(demo_db), out)
    assert (out / "attendees.csv").read_text(encoding="utf-8") == "my own list"
    assert [p.name for p in out.iterdir()] == ["attendees.csv"]


def test_export_refuses_a_folder_holding_any_database(demo_db, tmp_path):
    out = tmp_path / "other"
    out.mkdir()
    (out / "notes.db").write_bytes(b"not ours")
    with pytest.raises(ItdayError, match="notes.db"):
        export_edition(demo_db, _event(demo_db), out)
    assert [p.name for p in out.iterdir()] == ["notes.db"]


def test_export_refreshes_its_own_previous_export(demo_db, tmp_path):
    out = tmp_path / "out"
    first = export_edition(demo_db, _event(demo_db), out)
    (out / "keep.txt").write_text("x")
    second = export_edition(demo_db, _event(demo_db), out)
    names = {p.name for p in out.iterdir()}
    assert {first.backup, second.backup, "keep.txt", "event.json"} <= names


def test_exports_into_one_folder_at_different_times_keep_every_copy(demo_db, tmp_path, monkeypatch):
    """The third export into a folder: the copies of the first two are the export's own."""
    from itday.services import export as export_module

    out = tmp_path / "out"
    made = []
    for minute in ("1800", "1815", "1830"):
        name = f"innovation-it-day-2017_2017-06-29_{minute}.sqlite"
        monkeypatch.setattr(export_module, "backup_name", lambda *_a, n=name: n)
        made.append(export_edition(demo_db, _event(demo_db), out).backup)
    assert {p.name for p in out.glob("*.sqlite")} == set(made)
    meta = json.loads((out / "event.json").read_text(encoding="utf-8"))
    assert meta["backup"] == made[-1] and meta["earlier_backups"] == made[:2]


def test_a_file_open_in_excel_stops_the_export_before_any_file_is_replaced(
    demo_db, tmp_path, monkeypatch
):
    """Windows locks a CSV that Excel has open: say which file, and leave the folder whole."""
    out = tmp_path / "out"
    export_edition(demo_db, _event(demo_db), out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    real_open = Path.open

    def open_(self, mode="r", *args, **kwargs):
        if self.name == "scans.csv" and mode == "r+b":
            raise PermissionError(13, "The process cannot access the file", str(self))
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    with pytest.raises(ItdayError, match="scans.csv est ouvert dans un autre programme"):
        export_edition(demo_db, _event(demo_db), out)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_pdf_open_in_a_reader_is_a_clear_error_and_the_old_file_stays(tmp_path, monkeypatch):
    from itday.services.pdf import output

    target = tmp_path / "liste.pdf"
    old = b"%PDF-1.4\n% ReportLab Generated PDF document\n"  # one of ours: may be replaced
    target.write_bytes(old)

    def locked(src, dst):
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(output.os, "replace", locked)
    with pytest.raises(ItdayError, match="liste.pdf est ouvert dans un autre programme"):
        with output.atomic_output(target) as tmp:
            Path(tmp).write_bytes(b"new")
    assert target.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["liste.pdf"]


def test_cli_export(demo_db, tmp_path, capsys):
    assert main(["export", str(tmp_path / "x"), "--anonymise", "--db", str(demo_db.path)]) == 0
    assert "Export anonymisé" in capsys.readouterr().out
    assert (tmp_path / "x" / "report.pdf").exists()


def test_pdf_outputs_are_readable_like_any_file_the_user_writes(tmp_path):
    """mkstemp makes 0600 files: a printed list must not be readable by its author only."""
    import os

    from itday.services.pdf import output

    umask = os.umask(0)
    os.umask(umask)
    target = tmp_path / "liste.pdf"
    with output.atomic_output(target) as tmp:
        Path(tmp).write_bytes(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask == output.FILE_MODE


def test_cancelled_registrations_are_exported_and_said_apart(demo_db, tmp_path, capsys):
    event_id = _event(demo_db)
    numbers = _stats_json(demo_db, capsys)
    out = tmp_path / "x"
    assert main(["export", str(out), "--db", str(demo_db.path)]) == 0
    message = capsys.readouterr().out
    rows = _csv(out / "attendees.csv")
    cancelled = sum(1 for r in rows if r["Annulé"] == "oui")  # for people, in French
    assert cancelled > 0 and len(rows) - cancelled == numbers["attendees"]
    assert f"{len(rows)} participants (dont {cancelled} annulés)" in message
    result = export_edition(demo_db, event_id, tmp_path / "y")
    assert result.cancelled == cancelled and result.rows["attendees"] == len(rows)
    assert json.loads((tmp_path / "y" / "event.json").read_text())["cancelled_attendees"] == (
        cancelled
    )


def test_an_export_of_another_edition_is_not_overwritten(demo_db, tmp_path, capsys):
    demo_id = _event(demo_db)
    with demo_db.session() as s:
        other = repo.create_event("Green IT Day", dt.date(2017, 11, 16), session=s)
        s.commit()
        other_id = other.id
    out = tmp_path / "x"
    export_edition(demo_db, demo_id, out)
    export_edition(demo_db, demo_id, out)  # the same edition again: refreshed, silently
    with pytest.raises(ItdayError) as caught:
        export_edition(demo_db, other_id, out)
    message = str(caught.value)
    assert f"n° {demo_id}" in message and "--force" in message and "\n" not in message
    assert json.loads((out / "event.json").read_text())["event"]["id"] == demo_id
    assert not [p for p in out.iterdir() if p.name.startswith(".itday-export-")]
    db = ["--db", str(demo_db.path)]
    capsys.readouterr()
    assert main(["export", str(out), "--event", str(other_id), *db]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "autre édition" in err and "--force" in err
    assert json.loads((out / "event.json").read_text())["event"]["id"] == demo_id
    assert main(["export", str(out), "--event", str(other_id), "--force", *db]) == 0
    assert json.loads((out / "event.json").read_text())["event"]["id"] == other_id


def test_files_for_people_speak_the_document_language_technical_ones_keep_the_keys(
    demo_db, tmp_path
):
    """French by default: French headers, decimal commas, local times, words for codes;
    English when the edition's document language is English; ``--technical``: the keys,
    ISO times with their offset and decimal points, for scripts."""
    event_id = _event(demo_db)
    with demo_db.session() as s:
        booth = s.exec(sqlmodel.select(Booth).where(Booth.event_id == event_id)).first()
        booth.x = 12.5
        s.add(booth)
        s.commit()
        booth_code = booth.code
    assert main(["export", str(tmp_path / "fr"), "--db", str(demo_db.path)]) == 0
    people = _csv(tmp_path / "fr" / "attendees.csv")
    assert list(people[0])[:4] == ["N°", "Prénom", "Nom", "Société"]
    came = next(r for r in people if r["Entré à"])
    assert re.fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d:\d\d", came["Entré à"])
    assert {r["Catégorie"] for r in people} >= {"Visiteur", "Exposant"}
    booths = {r["Stand"]: r for r in _csv(tmp_path / "fr" / "booths.csv")}
    assert booths[booth_code]["X (m)"] == "12,5"
    assert {r["Statut"] for r in booths.values()} <= {"libre", "option", "réservé", "confirmé"}
    wb = openpyxl.load_workbook(tmp_path / "fr" / "export.xlsx", read_only=True)
    head = next(wb["Participants"].iter_rows(values_only=True))
    assert head[:3] == ("N°", "Prénom", "Nom")
    wb.close()
    meta = json.loads((tmp_path / "fr" / "event.json").read_text(encoding="utf-8"))
    assert (meta["language"], meta["technical"]) == ("fr", False)

    with demo_db.session() as s:
        repo.set_document_language(event_id, "en", session=s)
        s.commit()
    export_edition(demo_db, event_id, tmp_path / "en")
    people = _csv(tmp_path / "en" / "attendees.csv")
    assert list(people[0])[:4] == ["No.", "First name", "Last name", "Company"]
    came = next(r for r in people if r["Checked in at"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", came["Checked in at"])
    assert {r["Category"] for r in people} >= {"Visitor", "Exhibitor"}
    assert {r["Booth"]: r for r in _csv(tmp_path / "en" / "booths.csv")}[booth_code][
        "X (m)"
    ] == "12.5"
    assert "Edition report" in _pdf_text(tmp_path / "en" / "report.pdf")

    assert main(["export", str(tmp_path / "tech"), "--technical", "--language", "fr",
                 "--db", str(demo_db.path)]) == 0  # fmt: skip
    people = _csv(tmp_path / "tech" / "attendees.csv")
    assert list(people[0])[:3] == ["id", "first_name", "last_name"]
    came = next(r for r in people if r["checked_in_at"])
    assert dt.datetime.fromisoformat(came["checked_in_at"]).utcoffset() is not None
    booths = {r["code"]: r for r in _csv(tmp_path / "tech" / "booths.csv")}
    assert booths[booth_code]["x"] == "12.5"
    assert "Bilan de l'édition" in _pdf_text(tmp_path / "tech" / "report.pdf")  # --language fr
