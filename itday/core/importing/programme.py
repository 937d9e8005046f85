"""The rules of a programme file (issue 27): one ``SessionRecord`` a talk, with its room.

A French file with « Salle », « Capacité », « Titre », « Début », « Fin », « Intervenants »
columns is read without any option (English headers too: Room, Capacity, Title, Start, End,
Speakers; an optional « Date » column).  Times are read as a spreadsheet or a person writes
them: « 10:30 », « 10h30 », « 10 h », « 2017-06-29 10:30 », « 29/06/2017 10:30 », or an
XLSX time cell.  A line is rejected, with the reason, when its room, title or times are
missing or unreadable, when it ends before it starts, or when it overlaps an earlier line's
session in the same room; the same talk twice (room, title and start) is merged.  A room's
capacity given differently on two lines keeps the first, with a warning.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from itday.core.importing.errors import ImportFileError
from itday.core.importing.mapping import header_key
from itday.core.importing.reading import Table, read_table
from itday.core.importing.rows import ImportReport, finish_report
from itday.core.importing.values import collapse
from itday.core.text import fold
from itday.errors import QT_TRANSLATE_NOOP

#: the programme's fields, and how a report and the column chooser name them
FIELDS_PROGRAMME = {
    "room": "Salle",
    "capacity": "Capacité",
    "title": "Titre",
    "date": "Date",
    "start": "Début",
    "end": "Fin",
    "speakers": "Intervenants",
}
REQUIRED = ("room", "title", "start", "end")

_SYNONYMS = {
    "room": ("Salle", "Room", "Lieu", "Espace", "Salle de conférence", "Location"),
    "capacity": ("Capacité", "Capacity", "Jauge", "Places", "Nombre de places", "Seats"),
    "title": ("Titre", "Title", "Intitulé", "Session", "Conférence", "Sujet", "Talk"),
    "date": ("Date", "Jour", "Day"),
    "start": ("Début", "Start", "Heure de début", "Horaire de début", "Start time", "De"),
    "end": ("Fin", "End", "Heure de fin", "Horaire de fin", "End time", "À"),
    "speakers": (
        "Intervenants",
        "Intervenant",
        "Intervenant(s)",
        "Speakers",
        "Speaker",
        "Orateurs",
        "Animateurs",
        "Animateur",
    ),
}
_BY_KEY = {header_key(name): f for f, names in _SYNONYMS.items() for name in names}

MISSING = QT_TRANSLATE_NOOP(
    "errors",
    "{name} : colonne(s) {missing} introuvable(s) (en-têtes lus : {found}) ; un programme a les "
    "colonnes Salle, Capacité, Titre, Début, Fin, Intervenants.",
)

_TIME = re.compile(r"^(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?(?::(\d{2})(?:\.\d+)?)?$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_FR_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


@dataclass
class SessionRecord:
    line: int
    room: str
    title: str
    start: dt.time
    end: dt.time
    date: dt.date | None = None
    capacity: int | None = None
    speakers: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def map_columns(headers: list[str], name: str) -> dict[str, int]:
    """Field → column index; ``ImportFileError`` naming the missing required columns."""
    columns: dict[str, int] = {}
    for index, header in enumerate(headers):
        found = _BY_KEY.get(header_key(header))
        if found is not None and found not in columns:
            columns[found] = index
    missing = [FIELDS_PROGRAMME[f] for f in REQUIRED if f not in columns]
    if missing:
        shown = ", ".join(f"« {h} »" for h in headers if h.strip())[:200]
        raise ImportFileError(
            MISSING, name=name, missing=", ".join(f"« {m} »" for m in missing), found=shown
        )
    return columns


def parse_date(text: str) -> dt.date | None:
    """« 2017-06-29 » or « 29/06/2017 »; None if unreadable."""
    text = text.strip()
    try:
        if m := _ISO_DATE.match(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _FR_DATE.match(text):
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
    except ValueError:
        return None
    return None


def parse_moment(text: str) -> tuple[dt.date | None, dt.time] | None:
    """A start or an end: (its date if it carries one, its time); None if unreadable."""
    text = collapse(text)
    if not text:
        return None
    day = None
    parts = text.replace("T", " ").split(" ", 1)
    if len(parts) == 2 and (parse_date(parts[0]) is not None):
        day, text = parse_date(parts[0]), parts[1].strip()
    try:  # an XLSX time cell left as a number: a fraction of a day
        fraction = float(text.replace(",", "."))
    except ValueError:
        fraction = None
    if fraction is not None and 0 < fraction < 1 and not text.isdigit():
        minutes = round(fraction * 24 * 60)
        return day, dt.time(minutes // 60, minutes % 60)
    m = _TIME.match(text)
    if m is None:
        return None
    hour, minute = int(m[1]), int(m[2] or 0)
    if hour > 23 or minute > 59:
        return None
    return day, dt.time(hour, minute)


def split_speakers(text: str) -> list[str]:
    names = re.split(r"[;,/\n]|\s+et\s+|\s+and\s+|\s+&\s+", text)
    return [collapse(n) for n in names if collapse(n)]


def _capacity(text: str) -> int | None | str:
    """The number of places, None if blank, or the text when it is no number."""
    text = collapse(text).replace(" ", "").replace("\u202f", "")
    if not text:
        return None
    if text.endswith("places"):
        text = text[: -len("places")]
    return int(text) if text.isdigit() and int(text) > 0 else text


def _record(row, columns: dict[str, int], report: ImportReport) -> SessionRecord | None:
    def cell(name: str) -> str:
        index = columns.get(name)
        return row.cells[index].strip() if index is not None and index < len(row.cells) else ""

    room, title = collapse(cell("room")), collapse(cell("title"))
    if not room:
        report.reject(row.line, "aucune salle")
        return None
    if not title:
        report.reject(row.line, "aucun titre de séance")
        return None
    moments = {}
    for key, word in (("start", "début"), ("end", "fin")):
        moments[key] = parse_moment(cell(key))
        if moments[key] is None:
            shown = cell(key) or "vide"
            report.reject(row.line, f"heure de {word} « {shown} » illisible (attendu : 10:30)")
            return None
    day = parse_date(cell("date")) if cell("date") else None
    if cell("date") and day is None:
        report.reject(row.line, f"date « {cell('date')} » illisible (attendu : 29/06/2017)")
        return None
    (start_day, start), (end_day, end) = moments["start"], moments["end"]
    day = day or start_day or end_day
    if end <= start:
        report.reject(row.line, f"la fin ({end:%H:%M}) ne suit pas le début ({start:%H:%M})")
        return None
    capacity = _capacity(cell("capacity"))
    if isinstance(capacity, str):
        report.reject(row.line, f"capacité « {capacity} » : un nombre de places attendu")
        return None
    speakers = split_speakers(cell("speakers"))
    return SessionRecord(row.line, room, title, start, end, day, capacity, speakers, [row.line])


def normalise_programme(table: Table, name: str = "") -> tuple[list[SessionRecord], ImportReport]:
    """Clean and check each row (see the module's rules)."""
    columns = map_columns(table.headers, name)
    report = ImportReport()
    for index, header in enumerate(table.headers):
        if header.strip() and index not in columns.values():
            report.warn(table.header_line, f"colonne « {header} » ignorée (en-tête non reconnu)")
    records: list[SessionRecord] = []
    seen: dict[tuple, SessionRecord] = {}
    capacities: dict[str, tuple[int, int]] = {}  # room → (capacity, its line)
    for row in table.rows:
        report.rows += 1
        record = _record(row, columns, report)
        if record is None:
            continue
        room = fold(record.room)
        key = (room, fold(record.title), record.date, record.start)
        earlier = seen.get(key)
        if earlier is not None:
            earlier.lines.append(record.line)
            earlier.speakers += [s for s in record.speakers if s not in earlier.speakers]
            report.duplicates.append(record.line)
            report.duplicate_reasons[record.line] = f"doublon de la ligne {earlier.line} fusionné"
            continue
        clash = next(
            (
                r
                for r in records
                if fold(r.room) == room
                and r.date == record.date
                and r.start < record.end
                and record.start < r.end
            ),
            None,
        )
        if clash is not None:
            report.reject(
                record.line,
                f"chevauche « {clash.title} » (ligne {clash.line}) dans la salle {record.room}",
            )
            continue
        if record.capacity is not None:
            known = capacities.setdefault(room, (record.capacity, record.line))
            if known[0] != record.capacity:
                report.warn(
                    record.line,
                    f"capacité {record.capacity} de la salle {record.room} différente de celle "
                    f"de la ligne {known[1]} ({known[0]}) : {known[0]} gardée",
                )
        seen[key] = record
        records.append(record)
    for record in records:  # every line of a room carries the capacity it was given
        if fold(record.room) in capacities:
            record.capacity = capacities[fold(record.room)][0]
    finish_report(report, table)
    return records, report


def read_programme(path: str | Path) -> tuple[list[SessionRecord], ImportReport]:
    """``read_table`` + ``normalise_programme``."""
    table = read_table(path)
    return normalise_programme(table, Path(path).name)
