"""Export of an edition once the doors close (``itday export OUT_DIR`` and the GUI action).

Writes into ``OUT_DIR``:

* ``attendees.csv``, ``scans.csv``, ``exhibitors.csv``, ``booths.csv``, ``leads.csv`` (the
  contacts exhibitors made at their stands: stand, person's id, rating, tags, note, answers;
  the person's details are in attendees.csv), ``sessions.csv`` (each talk session's
  attendance, ``services/session_table.py``) — UTF-8 with a BOM
  and ``;`` as delimiter, so that French Excel opens them right; times in the event's time
  zone (ISO 8601 with the offset);
* ``export.xlsx`` — the same five tables as sheets of one workbook; times are real Excel
  date-times (in the event's time zone, which Excel cannot store), so they sort and filter;
* ``event.json`` — the edition, its numbers (``itday stats --json``), what was written;
* ``<edition>_<AAAA-MM-JJ_HHMM>.sqlite`` — a consistent copy of the database taken with
  SQLite's backup API (a read-only connection), safe while the app keeps scanning (not in an
  anonymised export: it holds everything); named after the edition and the time;
* ``report.pdf`` — the summary for partners (``services/pdf/report.py``).

Every text cell of the CSV files goes through ``core.export_rules.neutralise`` (formula
injection); the XLSX has cell types, so its text cells are written as text (never a formula),
unchanged, without the protective apostrophe.  Cancelled registrations are exported too
(``cancelled`` = ``oui``) and counted apart (``ExportResult.cancelled``).  An export never
replaces the export of another edition (its ``event.json``) unless ``force=True``, and it
never writes beside a database (a folder holding the live database, such as the default
``db/``, or any database file that is not a backup it made itself) nor into a folder of the
user's own files: only into a new or empty folder or a previous export of the same edition.
With
``anonymise=True`` names, e-mails, phones, job titles, companies of attendees, badge codes and
exhibitors' contact persons are left out, and so are the stands' notes and answers about the
people they met (free text); attendee ids become pseudonyms (HMAC with a key made for this
export alone), the same in attendees, scans and leads, so every count still adds up.

All tables are read in one session, i.e. one read transaction: one consistent snapshot even
while scans are recorded.  Files are written into a hidden staging folder inside ``OUT_DIR``
and moved into place (a rename each) only once everything succeeded: a failed or cancelled
export leaves ``OUT_DIR`` as it was.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import json
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func
from sqlmodel import Session, col, select

from itday import __version__
from itday.core import doc_text
from itday.core import export_rules as rules
from itday.core.enums import Category
from itday.core.visits import shown as visits_shown
from itday.db import files, repo
from itday.db.models import Attendee, Booth, Lead, Scan
from itday.errors import QT_TRANSLATE_NOOP, ItdayError, os_reason
from itday.services import outfile
from itday.services.backup import backup_copy
from itday.services.badges import event_info
from itday.services.pdf.output import FILE_MODE
from itday.services.pdf.report import ReportData, ReportExhibitor, render_report
from itday.services.personal_copies import remember_export
from itday.services.session_table import SESSION_COLUMNS, session_rows

Progress = Callable[[int, int, str], None]
IsCancelled = Callable[[], bool]

ATTENDEE_COLUMNS = (*repo.ATTENDEE_COLUMNS, "tickets")  # tickets: codes, space-separated
SCAN_COLUMNS = (
    "id",
    "uid",
    "attendee_id",
    "code",
    "result",
    "reason",
    "station",
    "scanned_at",
    "undone",
)
EXHIBITOR_COLUMNS = (
    "id",
    "name",
    "sector",
    "booths",
    "contact_name",
    "contact_email",
    "contact_phone",
    "website",
    "description",
    "staff",
    "present",
    "visitors",
    "busiest_hour",
)
BOOTH_COLUMNS = (
    "id",
    "code",
    "x",
    "y",
    "width",
    "depth",
    "rotation",
    "kind",
    "status",
    "exhibitor_id",
    "exhibitor",
)
#: the contacts exhibitors made at their stand (issue 25): who met whom, how it went; the
#: person's details are in attendees.csv (and go to a stand only with consent)
LEAD_COLUMNS = (
    "id",
    "exhibitor_id",
    "exhibitor",
    "attendee_id",
    "first_scan_at",
    "last_scan_at",
    "scans",
    "rating",
    "tags",
    "note",
    "answers",
)
SHEET_TITLES = {
    "attendees": "Participants",
    "scans": "Scans",
    "exhibitors": "Exposants",
    "booths": "Stands",
    "leads": "Contacts des stands",
    "sessions": "Séances",
}
SHEET_TITLES_EN = {
    "attendees": "Attendees",
    "scans": "Scans",
    "exhibitors": "Exhibitors",
    "booths": "Booths",
    "leads": "Stand leads",
    "sessions": "Sessions",
}
TABLES = ("attendees", "scans", "exhibitors", "booths", "leads", "sessions")
XLSX_NAME = "export.xlsx"


def backup_name(event_name: str, when: dt.datetime) -> str:
    """``innovation-it-day-2017_2026-12-03_1830.sqlite``: the edition and the time."""
    from itday.core.filenames import name_part

    return f"{name_part(event_name, default='itday')}_{when:%Y-%m-%d_%H%M}.sqlite"


DATABASE_HERE = QT_TRANSLATE_NOOP(
    "errors",
    "Le dossier {out} contient une base de données ({name}) : un export ne s'écrit jamais "
    "à côté d'une base ; choisissez un dossier nouveau ou vide.",
)
NOT_AN_EXPORT = QT_TRANSLATE_NOOP(
    "errors",
    "Le dossier {out} contient déjà des fichiers qui ne sont pas un export itday (par "
    "exemple {name}) : choisissez un dossier nouveau ou vide.",
)
STAGING_PREFIX = ".itday-export-"


LOCKED = QT_TRANSLATE_NOOP(
    "errors",
    "Le fichier {name} est ouvert dans un autre programme (Excel, un lecteur PDF ?) : "
    "fermez-le puis recommencez.",
)


def _locked(target: Path) -> str | None:
    """The name of ``target`` if it exists and cannot be written (open in another program)."""
    if not target.exists() or files.looks_like_database_name(target.name):
        return None  # never opened: only SQLite opens database files
    try:
        with target.open("r+b"):
            return None
    except PermissionError:
        return target.name
    except OSError:
        return None


class ExportCancelled(ItdayError):
    """The user stopped the export; nothing was written to the output folder."""


def _no_event(event_id: int) -> ItdayError:
    return ItdayError(
        QT_TRANSLATE_NOOP("errors", "Aucune édition n° {event_id} dans cette base."),
        event_id=event_id,
    )


@dataclass
class Table:
    columns: tuple[str, ...]
    rows: list[dict]
    name: str = ""  # attendees, scans, exhibitors, booths (headers for people depend on it)


@dataclass
class ExportResult:
    folder: Path
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    anonymised: bool = False
    stats: dict = field(default_factory=dict)
    #: cancelled registrations among ``rows["attendees"]`` (exported, marked cancelled)
    cancelled: int = 0
    #: the name of the database copy (None when there is none)
    backup: str | None = None
    language: str = "fr"  # of the report and of the files for people
    technical: bool = False  # files with the stable keys (for scripts)


OTHER_EDITION = QT_TRANSLATE_NOOP(
    "errors",
    "Le dossier {out} contient déjà l'export d'une autre édition "
    "(n° {other_id} « {other_name} ») : choisissez un autre dossier, ou remplacez-le.",
)
OTHER_EDITION_CLI = "(ligne de commande : --force)"


def other_edition_in(out_dir: str | Path, event_id: int, name: str) -> dict | None:
    """The edition (``{"id", "name", ...}``) whose export ``out_dir`` already holds, if it is
    not edition ``event_id`` named ``name``; None if the folder holds no export, or this one's."""
    path = Path(out_dir).expanduser() / "event.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # no export there (or not one of ours): nothing to protect
    other = data.get("event") if isinstance(data, dict) else None
    if not isinstance(other, dict):
        return None
    if other.get("id") == event_id and other.get("name") == name:
        return None
    return other


# -- reading ---------------------------------------------------------------------------


def _local(value: dt.datetime | str | None, tz: ZoneInfo) -> dt.datetime | None:
    """The moment in the event's time zone (CSV writes it as ISO text, XLSX as a date)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(tz).replace(microsecond=0)


def _yes(value: bool) -> str:
    return "oui" if value else "non"


def read_tables(
    event_id: int, *, session: Session, anonymise: bool = False, key: bytes | None = None
) -> dict[str, Table]:
    """The exported tables as plain rows (anonymised if asked); times are aware datetimes in
    the event's time zone."""
    event = repo.get_event(event_id, session=session)
    if event is None:
        raise _no_event(event_id)
    tz = ZoneInfo(event.timezone or "Europe/Paris")
    key = key or rules.new_key()
    attendees = _attendee_rows(event_id, session, tz)
    scan_rows = _scan_rows(event_id, session, tz)
    exhibitors = _exhibitor_rows(event_id, session, tz, anonymise)
    names = {e["id"]: e["name"] for e in exhibitors}
    booth_rows = _booth_rows(event_id, session, names)
    lead_rows = _lead_rows(event_id, session, tz, names)

    attendee_cols, scan_cols, exhibitor_cols = ATTENDEE_COLUMNS, SCAN_COLUMNS, EXHIBITOR_COLUMNS
    lead_cols, session_cols = LEAD_COLUMNS, SESSION_COLUMNS
    if anonymise:
        session_cols = tuple(c for c in SESSION_COLUMNS if c != "speakers")  # their names
        attendees = [rules.anonymise_attendee(r, key) for r in attendees]
        attendee_cols = tuple(
            c for c in ATTENDEE_COLUMNS if c not in rules.ANONYMISED_DROPPED_ATTENDEE_COLUMNS
        )
        for row in scan_rows:
            row["attendee_id"] = rules.pseudonym(key, row["attendee_id"])
        scan_cols = tuple(c for c in SCAN_COLUMNS if c != "code")
        exhibitors = [rules.anonymise_exhibitor(r) for r in exhibitors]
        exhibitor_cols = tuple(
            c for c in EXHIBITOR_COLUMNS if c not in rules.PERSONAL_EXHIBITOR_COLUMNS
        )
        for row in lead_rows:
            row["attendee_id"] = rules.pseudonym(key, row["attendee_id"])
        lead_cols = tuple(c for c in LEAD_COLUMNS if c not in rules.PERSONAL_LEAD_COLUMNS)
    return {
        "attendees": Table(attendee_cols, attendees, "attendees"),
        "scans": Table(scan_cols, scan_rows, "scans"),
        "exhibitors": Table(exhibitor_cols, exhibitors, "exhibitors"),
        "booths": Table(BOOTH_COLUMNS, booth_rows, "booths"),
        "leads": Table(lead_cols, lead_rows, "leads"),
        "sessions": Table(session_cols, session_rows(event_id, session, tz), "sessions"),
    }


def _attendee_rows(event_id: int, session: Session, tz) -> list[dict]:
    attendees = repo.attendee_rows(event_id, session=session)
    attendees.sort(key=lambda r: r["id"])
    for row in attendees:
        row["checked_in_at"] = _local(row["checked_in_at"], tz)
        row["cancelled"] = _yes(row["cancelled"])
        row["consent"] = "" if row["consent"] is None else _yes(row["consent"])
        row["tickets"] = " ".join(row.get("tickets") or ())
    return attendees


def _scan_rows(event_id: int, session: Session, tz) -> list[dict]:
    rows = []
    query = (
        select(*(getattr(Scan, c) for c in SCAN_COLUMNS))
        .where(Scan.event_id == event_id)
        .order_by(col(Scan.id))
    )
    for values in session.exec(query):
        row = dict(zip(SCAN_COLUMNS, values, strict=True))
        row["scanned_at"] = _local(row["scanned_at"], tz)
        row["undone"] = _yes(row["undone"])
        rows.append(row)
    return rows


def _exhibitor_rows(event_id: int, session: Session, tz, anonymise: bool) -> list[dict]:
    exhibitors = repo.list_exhibitors(event_id, session=session)
    visits = _visits_by_stand(event_id, session, tz)
    for row in exhibitors:
        row["booths"] = ", ".join(row["booths"])
        row["present"] = _yes(row["present"])
        row["visitors"], row["busiest_hour"] = visits.get(row["id"], (0, ""))
        if anonymise:
            row["visitors"] = visits_shown(row["visitors"])
    return exhibitors


def _booth_rows(event_id: int, session: Session, names: dict[int, str]) -> list[dict]:
    rows = []
    for b in session.exec(select(Booth).where(Booth.event_id == event_id).order_by(col(Booth.id))):
        row = {c: getattr(b, c, None) for c in BOOTH_COLUMNS if c != "exhibitor"}
        row["exhibitor"] = names.get(b.exhibitor_id, "") if b.exhibitor_id else ""
        rows.append(row)
    return rows


def _lead_rows(event_id: int, session: Session, tz, names: dict[int, str]) -> list[dict]:
    rows = []
    query = select(Lead).where(Lead.event_id == event_id).order_by(col(Lead.id))
    for lead in session.exec(query):
        row = {c: getattr(lead, c, None) for c in LEAD_COLUMNS}
        row["exhibitor"] = names.get(lead.exhibitor_id, "")
        row["first_scan_at"] = _local(lead.first_scan_at, tz)
        row["last_scan_at"] = _local(lead.last_scan_at, tz)
        row["tags"] = ", ".join(str(t) for t in lead.tags or ())
        row["answers"] = answers_text(lead.answers)
        rows.append(row)
    return rows


def answers_text(answers: dict | None) -> str:
    """A lead's answers to the edition's questions in one cell: « question : answer ; … »."""
    if not isinstance(answers, dict):
        return ""
    return " ; ".join(f"{k} : {v}" for k, v in answers.items() if v not in (None, ""))


def _visits_by_stand(event_id: int, session: Session, tz) -> dict[int, tuple[int, str]]:
    """Each stand's distinct visitors recorded (its leads) and its busiest hour (« 10:00 »)."""
    from itday.core.visits import busiest_hour
    from itday.db.visits import meetings

    met = meetings(event_id, session=session)
    counts: dict[int, int] = {}
    for m in met:
        counts[m.stand] = counts.get(m.stand, 0) + 1
    busiest = busiest_hour(met, tz)
    return {s: (n, f"{busiest[s][0]:%H:%M}" if s in busiest else "") for s, n in counts.items()}


#: an anonymised report names no company with fewer visitors than this (k-anonymity: "1 / 0"
#: beside a company may be one person's name — a freelance, a one-person firm)
MIN_GROUP = 5


def top_companies(
    event_id: int, *, session: Session, limit: int = 10, min_group: int = 1
) -> list[tuple[str, int, int]]:
    """Visitors' companies with the most registrations: (company, registered, checked in);
    only companies of at least ``min_group`` registered visitors."""
    checked = func.count(Attendee.checked_in_at)  # counts the non-null ones
    query = (
        select(Attendee.company, func.count(), checked)
        .where(
            Attendee.event_id == event_id,
            col(Attendee.cancelled).is_(False),
            Attendee.category == Category.VISITOR.value,
            Attendee.company != "",
        )
        .group_by(Attendee.company)
        .having(func.count() >= min_group)
        .order_by(func.count().desc(), checked.desc(), Attendee.company)
        .limit(limit)
    )
    return [(name, int(reg), int(came or 0)) for name, reg, came in session.exec(query)]


def load_report_data(
    event_id: int, *, session: Session, anonymised: bool = False, language: str | None = None
) -> ReportData:
    """Everything report.pdf shows, read from the database."""
    from itday.services.plan_data import load_plan

    event = repo.get_event(event_id, session=session)
    if event is None:
        raise _no_event(event_id)
    try:
        plan = load_plan(event_id, session=session, colour_by="presence")
    except ItdayError:
        plan = None  # no hall drawn yet: the report goes without the thumbnail
    exhibitors = [
        ReportExhibitor(e["name"], e["sector"], list(e["booths"]), bool(e["present"]))
        for e in repo.list_exhibitors(event_id, session=session)
    ]
    from itday.db.rooms import report_rows as rooms_attendance
    from itday.db.visits import day_flows

    return ReportData(
        event=event_info(event_id, session=session, language=language),
        flows=day_flows(event_id, session=session, min_group=MIN_GROUP if anonymised else 1),
        stats=repo.stats(event_id, session=session),
        top_companies=top_companies(
            event_id, session=session, min_group=MIN_GROUP if anonymised else 1
        ),
        exhibitors=exhibitors,
        plan=plan,
        generated_at=dt.datetime.now(ZoneInfo(event.timezone or "Europe/Paris")),
        anonymised=anonymised,
        rooms=[  # anonymised: the speakers' names left out, as from sessions.csv
            {k: v for k, v in row.items() if not (anonymised and k == "speakers")}
            for row in rooms_attendance(event_id, session=session)
        ],
    )


# -- writing ---------------------------------------------------------------------------


def _iso(value):
    return value.isoformat(timespec="seconds") if isinstance(value, dt.datetime) else value


def write_csv(path: Path, table: Table, lang: str | None = None) -> None:
    """UTF-8 with BOM, ``;``-separated, every cell neutralised.  For people (``lang``):
    headers and words in that language, local times « 29/06/2017 09:57:24 », decimal
    commas in French; technical (``lang=None``): the stable keys, ISO 8601 times with their
    offset, decimal points."""
    columns = list(table.columns)
    head = columns if lang is None else [doc_text.header(c, lang, table.name) for c in columns]
    pairs = [(c, _iso if lang is None else doc_text.column_formatter(c, lang)) for c in columns]
    neutralise = rules.neutralise
    rows = (
        [neutralise("" if (v := fmt(row.get(c))) is None else v) for c, fmt in pairs]
        for row in table.rows
    )
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(head)
        writer.writerows(rows)


XLSX_DATETIME_FORMAT = "DD/MM/YYYY HH:MM:SS"
#: characters XML 1.0 cannot hold (a spreadsheet would call the file damaged)
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def write_xlsx(path: Path, tables: dict[str, Table], lang: str | None = None) -> None:
    """One sheet per table, streamed row by row (XlsxWriter's constant-memory mode: 100,000
    people in seconds, not a minute as openpyxl took); for people (``lang``) headers, sheet
    names and words in that language, else the stable keys.

    Text is written as text cells: Excel shows it unchanged and never evaluates it, so it
    needs no apostrophe (which Excel would show).  Times are Excel date-times, naive (Excel
    has no time zones) in the event's zone, with a date-time format.
    """
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
    when = workbook.add_format({"num_format": XLSX_DATETIME_FORMAT})
    titles = SHEET_TITLES_EN if lang == "en" else SHEET_TITLES
    try:
        for name, table in tables.items():
            ws = workbook.add_worksheet(titles.get(name, name))
            ws.freeze_panes(1, 0)
            for i, column in enumerate(table.columns):
                if column.endswith("_at"):  # wide enough for "29/06/2017 09:57:24"
                    ws.set_column(i, i, 20)
            for i, column in enumerate(table.columns):
                header = column if lang is None else doc_text.header(column, lang, name)
                ws.write_string(0, i, _NOT_IN_XML.sub("", header))
            writers = [_xlsx_writer(ws, c, lang, when) for c in table.columns]
            for r, row in enumerate(table.rows, start=1):
                for c, (column, write) in enumerate(zip(table.columns, writers, strict=True)):
                    value = row.get(column)
                    if value is not None and value != "":
                        write(r, c, value)
    finally:
        try:
            workbook.close()
        except xlsxwriter.exceptions.FileCreateError as exc:  # the disk is full: say it so
            cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else None
            raise cause or OSError(errno.EIO, str(exc)) from None


def _xlsx_writer(ws, column: str, lang: str | None, when):
    """How one column's cells are written: dates and numbers as Excel's own, the rest as
    text (in the document language's words for people)."""

    words = doc_text.column_formatter(column, lang) if lang and doc_text.has_words(column) else None
    write_string = ws.write_string

    def write(r: int, c: int, value) -> None:
        if value.__class__ is str and words is None:  # most cells: text as it is
            write_string(r, c, value if value.isprintable() else _NOT_IN_XML.sub("", value))
        elif isinstance(value, dt.datetime):
            ws.write_datetime(r, c, value.replace(tzinfo=None), when)
        elif isinstance(value, bool):
            ws.write_boolean(r, c, value)
        elif isinstance(value, int | float):
            ws.write_number(r, c, value)
        else:
            text = str(words(value) if words is not None else value)
            write_string(r, c, _NOT_IN_XML.sub("", text) if not text.isprintable() else text)

    return write


def _event_json(event, stats: dict, result: ExportResult, backup_note: str | None) -> dict:
    return {
        "event": {
            "id": event.id,
            "name": event.name,
            "venue": event.venue,
            "date": event.date.isoformat(),
            "opens_at": event.opens_at.isoformat(),
            "closes_at": event.closes_at.isoformat(),
            "timezone": event.timezone,
        },
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "itday_version": __version__,
        "anonymised": result.anonymised,
        "language": result.language,
        "technical": result.technical,
        "rows": result.rows,
        "cancelled_attendees": result.cancelled,
        "files": sorted(p.name for p in result.files) + ["event.json"],
        "backup": result.backup if backup_note is None else None,
        "backup_note": backup_note,
        "stats": stats,
    }


def _previous_export_files(out: Path) -> set[str] | None:
    """The files a previous itday export wrote into ``out`` (its ``event.json``), or None."""
    try:
        data = json.loads((out / "event.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("event"), dict):
        return None
    names = data.get("files")
    if not isinstance(names, list):
        return None
    earlier = data.get("earlier_backups")
    earlier = earlier if isinstance(earlier, list) else []
    return {str(n) for n in names} | {str(n) for n in earlier} | {"event.json"}


def _earlier_backups(out: Path, backup: str | None) -> list[str]:
    """Copies of the base that earlier exports into ``out`` made and that are still there:
    a new export keeps them (they are the data of their time) and lists them as its own."""
    ours = _previous_export_files(out) or set()
    try:
        present = set(os.listdir(out))
    except OSError:
        return []
    return sorted(n for n in ours & present if files.looks_like_database_name(n) and n != backup)


def check_export_folder(out_dir: str | Path, db=None) -> None:
    """Refuse a folder that holds a database (the live one, the default ``db/``, any other)
    or files that are not a previous itday export: an export writes only into a new or empty
    folder or over an export it made before.  Looks at names only (opens no database)."""
    out = Path(out_dir).expanduser()
    live = getattr(db, "path", None)
    if live is not None and out.resolve() == Path(live).resolve().parent:
        raise ItdayError(DATABASE_HERE, out=out, name=Path(live).name)
    if not out.is_dir():
        return
    try:
        names = sorted(n for n in os.listdir(out) if not n.startswith(STAGING_PREFIX))
    except OSError:
        return  # _prepare says what is wrong with the folder
    if not names:
        return
    ours = _previous_export_files(out)
    for name in names:
        if files.looks_like_database_name(name) and (ours is None or name not in ours):
            raise ItdayError(DATABASE_HERE, out=out, name=name)
    if ours is None:
        raise ItdayError(NOT_AN_EXPORT, out=out, name=names[0])
    # a previous export: it may also hold what the user added (a note, a chart): kept as is


def _prepare(out_dir: str | Path) -> tuple[Path, Path]:
    return outfile.output_folder(out_dir, "export")


def export_edition(
    db,
    event_id: int,
    out_dir: str | Path,
    *,
    anonymise: bool = False,
    force: bool = False,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    technical: bool = False,
    language: str | None = None,
) -> ExportResult:
    """Write the whole export of edition ``event_id`` into ``out_dir``; see the module.

    The CSV files and the workbook are for people, in the edition's document language (or
    ``language``); ``technical`` keeps the stable keys, ISO times and decimal points.

    Refuses (``ItdayError``) a folder holding the export of another edition unless
    ``force``; re-exporting the same edition refreshes its files."""
    steps = ["tables", *TABLES, "xlsx", "backup", "report"]
    labels = {
        "tables": "Lecture de la base…",
        "attendees": "Participants (CSV)…",
        "scans": "Scans (CSV)…",
        "exhibitors": "Exposants (CSV)…",
        "booths": "Stands (CSV)…",
        "leads": "Contacts des stands (CSV)…",
        "sessions": "Séances (CSV)…",
        "xlsx": "Classeur Excel…",
        "backup": "Sauvegarde de la base…",
        "report": "Rapport PDF…",
    }
    total = len(steps) + 1

    def step(i: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled(
                QT_TRANSLATE_NOOP("errors", "Export annulé : le dossier n'a pas été modifié.")
            )
        if progress is not None:
            progress(i, total, labels[steps[i]] if i < len(steps) else "Finalisation…")

    with db.session() as session:
        event = repo.get_event(event_id, session=session)
        if event is None:
            raise _no_event(event_id)
        name = event.name
    check_export_folder(out_dir, db)
    other = None if force else other_edition_in(out_dir, event_id, name)
    if other is not None:
        raise ItdayError(
            OTHER_EDITION,
            out=Path(out_dir).expanduser(),
            other_id=other.get("id", "?"),
            other_name=other.get("name", "?"),
            cli=OTHER_EDITION_CLI,
        )
    out, staging = _prepare(out_dir)
    result = ExportResult(folder=out, anonymised=anonymise)
    try:
        step(0)
        with db.session() as session:  # one read transaction: one snapshot
            event = repo.get_event(event_id, session=session)
            if event is None:
                raise _no_event(event_id)
            tables = read_tables(event_id, session=session, anonymise=anonymise)
            report = load_report_data(
                event_id, session=session, anonymised=anonymise, language=language
            )
        lang = report.event.lang
        result.language, result.technical = lang, technical
        result.stats = report.stats
        written: list[Path] = []
        for i, name in enumerate(TABLES, start=1):
            step(i)
            path = staging / f"{name}.csv"
            write_csv(path, tables[name], None if technical else lang)
            written.append(path)
            result.rows[name] = len(tables[name].rows)
        result.cancelled = sum(1 for r in tables["attendees"].rows if r.get("cancelled") == "oui")
        step(len(TABLES) + 1)
        write_xlsx(staging / XLSX_NAME, tables, None if technical else lang)
        written.append(staging / XLSX_NAME)
        step(len(TABLES) + 2)
        backup_note = None
        if anonymise:
            backup_note = "Pas de copie de la base dans un export anonymisé."
        elif db.path is None:
            backup_note = "Base PostgreSQL : faites la copie avec pg_dump."
        else:
            result.backup = backup_name(
                event.name, dt.datetime.now(ZoneInfo(event.timezone or "Europe/Paris"))
            )
            backup_copy(db, staging / result.backup)
            written.append(staging / result.backup)
        step(len(TABLES) + 3)
        render_report(staging / "report.pdf", report)
        written.append(staging / "report.pdf")
        step(len(TABLES) + 4)
        result.files = written
        meta = _event_json(event, report.stats, result, backup_note)
        meta["earlier_backups"] = _earlier_backups(out, result.backup)
        meta["flows"] = report.flows
        meta["rooms"] = report.rooms  # each talk session's attendance (no one named)
        (staging / "event.json").write_text(
            json.dumps(
                meta,
                ensure_ascii=False,
                indent=2,
                default=str,
            ),
            encoding="utf-8",
        )
        written.append(staging / "event.json")
        final = []
        mode = FILE_MODE  # as any file the user writes (mkstemp makes them 0600)
        # Windows: a file open in Excel cannot be replaced.  Find out before moving any file,
        # so that the folder is not left half old, half new.
        for path in written:
            locked = _locked(out / path.name)
            if locked:
                raise ItdayError(LOCKED, name=locked)
        for path in written:
            target = out / path.name
            path.chmod(mode)
            outfile.replace(path, target)
            final.append(target)
        result.files = final
        remember_export(db, out)  # a purge finds it (issue 23.8)
        if progress is not None:
            progress(total, total, "Export terminé.")
        return result
    except PermissionError as exc:  # replaced meanwhile by a program that locks it
        raise ItdayError(LOCKED, name=Path(exc.filename or out).name) from exc
    except OSError as exc:
        raise ItdayError(
            QT_TRANSLATE_NOOP(
                "errors",
                "L'export dans {out} a échoué ({reason}) : disque plein ou dossier retiré ?",
            ),
            out=out,
            reason=os_reason(exc),
        ) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
