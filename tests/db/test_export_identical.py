"""The export's files are the ones the former writers made (issue 24.17: a faster export,
the same files): CSV byte for byte, the workbook part by part (each sheet's XML, styles,
names, widths, frozen panes) against XlsxWriter writing every cell itself, on the demo
edition with tricky values added (accents, text like a formula, long text, leading zeros,
phones, control characters, spaces at the ends, empty cells, numbers, dates)."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
import sqlmodel

from itday.core import doc_text
from itday.core import export_rules as rules
from itday.db import repo
from itday.db.models import Attendee, AttendeeCode, Booth
from itday.services import export

TRICKY_TEXTS = [
    "=1+1",
    "+33 6 12 34 56 78",
    "0612345678",
    "007",
    "Hélène Çà ü ß Œuvre",
    "  espaces autour  ",
    "fin\n",
    "\ttabulé",
    "a\r\nb",
    "ctl\x01\x02\x1fend",
    "_x0041_ littéral",
    "A & B <c> \"d\" 'e'",
    "insécable\xa0",
    "emoji 🎉 ok",
    "L" * 20_000,  # more than half of Excel's longest
    "é" * 40_000,  # cut to Excel's longest
    "🎉" * 17_000,  # 34,000 UTF-16 units: cut without splitting a character
    "@SUM(A1)",
    "-1+1",
    "",
    "\ufffe\uffff",
    "1,5",
    "2017-06-29",
]


def _old_csv(path: Path, table, lang: str | None = None) -> None:
    """``write_csv`` as it was (main, c86b6e3)."""
    columns = list(table.columns)
    head = columns if lang is None else [doc_text.header(c, lang, table.name) for c in columns]
    pairs = [
        (c, export._iso if lang is None else doc_text.column_formatter(c, lang)) for c in columns
    ]
    rows = (
        [rules.neutralise("" if (v := fmt(row.get(c))) is None else v) for c, fmt in pairs]
        for row in table.rows
    )
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(head)
        writer.writerows(rows)


_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _old_xlsx(path: Path, tables, lang: str | None = None) -> None:
    """``write_xlsx`` as it was (main, c86b6e3): XlsxWriter writes every cell."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path),
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "remove_timezone": True,
        },
    )
    when = workbook.add_format({"num_format": "DD/MM/YYYY HH:MM:SS"})
    titles = export.SHEET_TITLES_EN if lang == "en" else export.SHEET_TITLES
    for name, table in tables.items():
        ws = workbook.add_worksheet(titles.get(name, name))
        ws.freeze_panes(1, 0)
        for i, column in enumerate(table.columns):
            if column.endswith("_at"):
                ws.set_column(i, i, 20)
        for i, column in enumerate(table.columns):
            header = column if lang is None else doc_text.header(column, lang, name)
            ws.write_string(0, i, _NOT_IN_XML.sub("", header))
        writers = [_old_cell(ws, c, lang, when) for c in table.columns]
        for r, row in enumerate(table.rows, start=1):
            for c, (column, write) in enumerate(zip(table.columns, writers, strict=True)):
                value = row.get(column)
                if value is not None and value != "":
                    write(r, c, value)
    workbook.close()


def _old_cell(ws, column: str, lang: str | None, when):
    words = doc_text.column_formatter(column, lang) if lang and doc_text.has_words(column) else None

    def write(r: int, c: int, value) -> None:
        if value.__class__ is str and words is None:
            ws.write_string(r, c, value if value.isprintable() else _NOT_IN_XML.sub("", value))
        elif isinstance(value, dt.datetime):
            ws.write_datetime(r, c, value.replace(tzinfo=None), when)
        elif isinstance(value, bool):
            ws.write_boolean(r, c, value)
        elif isinstance(value, int | float):
            ws.write_number(r, c, value)
        else:
            text = str(words(value) if words is not None else value)
            ws.write_string(r, c, _NOT_IN_XML.sub("", text) if not text.isprintable() else text)

    return write


UTC = dt.UTC
#: Excel counts 1900 as a leap year: serials before and after 1 March 1900
WHEN = [
    dt.datetime(1900, 1, 1, 8, 0, 0, tzinfo=UTC),
    dt.datetime(1900, 2, 27, 23, 59, 59, tzinfo=UTC),
    dt.datetime(1900, 3, 1, 0, 0, 1, tzinfo=UTC),
    dt.datetime(2017, 6, 29, 9, 57, 24, 999_999, tzinfo=UTC),
    dt.datetime(2017, 10, 29, 0, 30, tzinfo=UTC),  # the night the clocks go back
    dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC),
]


def _old_attendee_rows(event_id: int, session, tz) -> list[dict]:
    """The people as the export read them before (main, c86b6e3): ``repo.attendee_rows``."""
    attendees = repo.attendee_rows(event_id, session=session)
    attendees.sort(key=lambda r: r["id"])
    for row in attendees:
        row["checked_in_at"] = export._local(row["checked_in_at"], tz)
        row["cancelled"] = export._yes(row["cancelled"])
        row["consent"] = "" if row["consent"] is None else export._yes(row["consent"])
        row["tickets"] = " ".join(row.get("tickets") or ())
    return attendees


def _add_tricky(db, event_id: int) -> None:
    with db.session() as s:
        for i, text in enumerate(TRICKY_TEXTS):
            s.add(
                Attendee(
                    event_id=event_id,
                    first_name=text,
                    last_name=TRICKY_TEXTS[-1 - i],
                    company=text[:50],
                    job_title="" if i % 2 else text,
                    email=f"p{i}@exemple.fr",
                    phone=("+33 6 12 34 56 78", "0612345678", "", "06 12")[i % 4],
                    external_ref=("007", None, "00123", "=1+1")[i % 4],
                    code=f"ITD-TRICKY{i:014d}",
                    cancelled=i % 3 == 0,
                    consent=(None, True, False)[i % 3],
                    checked_in_at=WHEN[i % len(WHEN)] if i % 2 else None,
                    checked_in_station=text[:20] or None,
                )
            )
        s.flush()
        people = s.exec(sqlmodel.select(Attendee.id).where(Attendee.code.like("ITD-TRICKY%")))
        ids = sorted(people)
        for attendee_id, code in [(ids[2], "0031"), (ids[0], "B-2"), (ids[2], "0030")]:
            s.add(AttendeeCode(event_id=event_id, attendee_id=attendee_id, code=code))
        for i, (x, y) in enumerate([(0.1, 1e-7), (123456.789, 2.5), (1e16, -3.0), (7.0, 0.0)]):
            s.add(Booth(event_id=event_id, code=f"Z{i:02d}", x=x, y=y, width=2.75, depth=1 / 3))
        s.commit()


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n) for n in z.namelist() if n != "docProps/core.xml"}


def _compare(tables, folder: Path, lang: str | None) -> None:
    folder.mkdir()
    for name, table in tables.items():
        _old_csv(folder / f"old-{name}.csv", table, lang)
        export.write_csv(folder / f"{name}.csv", table, lang)
        old = (folder / f"old-{name}.csv").read_bytes()
        assert (folder / f"{name}.csv").read_bytes() == old, name
    _old_xlsx(folder / "old.xlsx", tables, lang)
    export.write_xlsx(folder / "new.xlsx", tables, lang)
    old, new = _parts(folder / "old.xlsx"), _parts(folder / "new.xlsx")
    assert list(new) == list(old)
    for name in old:
        assert new[name] == old[name], name
    book = openpyxl.load_workbook(folder / "new.xlsx")
    assert book.sheetnames == openpyxl.load_workbook(folder / "old.xlsx").sheetnames
    assert all(ws.freeze_panes == "A2" for ws in book)


@pytest.mark.parametrize("lang", ["fr", "en", None])
def test_export_files_are_the_former_writers_files(demo_db, tmp_path, lang):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    _add_tricky(demo_db, event_id)
    with demo_db.session() as s:
        tables = export.read_tables(event_id, session=s)
        paris = ZoneInfo("Europe/Paris")
        assert tables["attendees"].rows == _old_attendee_rows(event_id, s, paris)
        codes = [r["tickets"] for r in tables["attendees"].rows if r["tickets"]]
    assert "0031 0030" in codes and len(tables["attendees"].rows) > len(TRICKY_TEXTS)
    assert all(tables[name].rows for name in ("scans", "exhibitors", "booths", "leads"))
    _compare(tables, tmp_path / "out", lang)
    book = openpyxl.load_workbook(tmp_path / "out" / "new.xlsx")
    ws = book.worksheets[0]
    values = {c.value for row in ws.iter_rows(min_row=2) for c in row}
    assert {"=1+1", "007", "0612345678", "+33 6 12 34 56 78"} <= values
    assert "L" * 20_000 in values and "é" * 32_767 in values and "🎉" * 16_383 in values
    assert any(isinstance(v, dt.datetime) for v in values)
    kinds = {c.data_type for row in ws.iter_rows(min_row=2) for c in row if c.value == "=1+1"}
    assert kinds == {"s"}  # text, never a formula


def test_an_empty_edition_exports_the_same_files(db, event_id, tmp_path):
    with db.session() as s:
        tables = export.read_tables(event_id, session=s)
    _compare(tables, tmp_path / "out", "fr")


def test_dates_in_a_later_sheet_only(db, event_id, tmp_path):
    """No date-time among the people, some among the scans: the format is registered."""
    with db.session() as s:
        tables = export.read_tables(event_id, session=s)
    tables["attendees"].rows = [{"id": 1, "first_name": "Zoé"}, {"id": 2}]
    tables["scans"].rows = [{"id": 5, "scanned_at": dt.datetime(2017, 6, 29, 9, 57, 24)}]
    _compare(tables, tmp_path / "out", "fr")


def test_text_that_looks_like_markup_stays_text(db, event_id, tmp_path):
    """« <r>…</r> » is text like any other (XlsxWriter took it for its own rich text and
    wrote it unescaped: a damaged file)."""
    with db.session() as s:
        tables = export.read_tables(event_id, session=s)
    texts = ["<r>gras</r>", "<r><t>x</t></r>", "</sheetData>"]
    tables["attendees"].rows = [{"id": i, "first_name": t} for i, t in enumerate(texts)]
    export.write_xlsx(tmp_path / "new.xlsx", tables, "fr")
    ws = openpyxl.load_workbook(tmp_path / "new.xlsx").worksheets[0]
    assert [r[1] for r in ws.iter_rows(min_row=2, values_only=True)] == texts


def test_rows_beyond_excel_s_last_are_left_out(db, event_id, tmp_path, monkeypatch):
    """As XlsxWriter did (1,048,576 rows a sheet, here made 3 for the test)."""
    from itday.services import export_xlsx

    monkeypatch.setattr(export_xlsx, "_ROWS", 3)
    with db.session() as s:
        tables = export.read_tables(event_id, session=s)
    tables["attendees"].rows = [{"id": i, "first_name": f"P{i}"} for i in range(5)]
    export.write_xlsx(tmp_path / "new.xlsx", tables, "fr")
    ws = openpyxl.load_workbook(tmp_path / "new.xlsx").worksheets[0]
    assert [r[:2] for r in ws.iter_rows(min_row=2, values_only=True)] == [(0, "P0"), (1, "P1")]
    assert ws.dimensions == "A1:Q3"


def test_excel_serials_around_excels_29_february_1900():
    # Excel's day 60 is 29 February 1900 (a day that never was): 28 February at noon is
    # 59.5, not 60.5 (XlsxWriter before 3.3.4 shifted it), 1 March is 61
    from itday.services.export_xlsx import excel_time

    assert excel_time(dt.datetime(1900, 2, 28, 12)) == 59.5
    assert excel_time(dt.datetime(1900, 3, 1)) == 61
