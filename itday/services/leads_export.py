"""A stand's leads as files for the exhibitor: CSV, XLSX and vCards (issue 25).

The responsable's phone downloads them from the stands' server; the organiser writes every
stand's files into a folder (``write_stand_files``, one set per exhibitor).  All three are
for people, in the edition's document language: French headers (« Prénom », « Premier
scan », « Intérêt ») and local times « 29/06/2017 09:57:24 » in French.

Consent is applied when the leads are read (``itday.db.leads.stand_leads``): a visitor
whose consent is not ``True`` now has no e-mail, phone or job title in any of the files —
the columns are there, empty.  The CSV's text cells go through
``core.export_rules.neutralise`` (formula injection) like every export; the XLSX writes text
as text cells (never a formula); vCard values are escaped as RFC 6350 says.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlmodel import Session

from itday.core import doc_text
from itday.core import export_rules as rules
from itday.core.filenames import name_part
from itday.core.leads import RATING_WORDS, Question, Rating
from itday.db import leads as db_leads
from itday.db import repo
from itday.db.models import Exhibitor
from itday.errors import QT_TRANSLATE_NOOP, ItdayError
from itday.services import outfile
from itday.services.pdf.output import FILE_MODE

#: the columns of a stand's files, before the organiser's questions
COLUMNS = (
    "last_scan_at",
    "first_scan_at",
    "scans",
    "first_name",
    "last_name",
    "company",
    "category",
    "job_title",
    "email",
    "phone",
    "consent",
    "rating",
    "tags",
    "note",
)
#: headers of the columns the edition's export does not name (French, English)
HEADERS = {
    "last_scan_at": ("Dernier scan", "Last scan"),
    "first_scan_at": ("Premier scan", "First scan"),
    "scans": ("Scans", "Scans"),
    "consent": ("Coordonnées autorisées", "Contact details allowed"),
    "rating": ("Intérêt", "Interest"),
    "tags": ("Étiquettes", "Tags"),
    "note": ("Note", "Note"),
}
XLSX_DATETIME_FORMAT = "DD/MM/YYYY HH:MM:SS"


@dataclass
class StandLeads:
    """One stand's leads, read in one transaction, ready to be written."""

    exhibitor_id: int
    exhibitor: str
    event: str
    lang: str
    tz: ZoneInfo
    questions: tuple[Question, ...]
    rows: list[dict]


def load(
    exhibitor_id: int, *, session: Session, search: str = "", language: str | None = None
) -> StandLeads:
    """The stand's leads (newest first, consent applied), in the document language."""
    exhibitor = session.get(Exhibitor, exhibitor_id)
    if exhibitor is None:
        raise ItdayError(
            QT_TRANSLATE_NOOP("errors", "Exposant n° {exhibitor_id} introuvable."),
            exhibitor_id=exhibitor_id,
        )
    event = repo.get_event(exhibitor.event_id, session=session)
    lang = repo.document_language(exhibitor.event_id, session=session, chosen=language)
    settings = db_leads.lead_settings(exhibitor.event_id, session=session)
    return StandLeads(
        exhibitor_id,
        exhibitor.name,
        event.name if event is not None else "",
        lang,
        ZoneInfo((event.timezone if event is not None else "") or "Europe/Paris"),
        settings.questions,
        db_leads.stand_leads(exhibitor_id, search, session=session),
    )


def _header(key: str, lang: str) -> str:
    pair = HEADERS.get(key)
    if pair is not None:
        return pair[1 if lang == "en" else 0]
    return doc_text.header(key, lang)


def headers(data: StandLeads) -> list[str]:
    return [_header(c, data.lang) for c in COLUMNS] + [q.text for q in data.questions]


def _local(moment: dt.datetime | None, tz: ZoneInfo) -> dt.datetime | None:
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(tz).replace(microsecond=0, tzinfo=None)


def rating_word(value: str | None, lang: str) -> str:
    if not value:
        return ""
    try:
        return RATING_WORDS["en" if lang == "en" else "fr"][Rating(value)]
    except ValueError:
        return value


def _cells(data: StandLeads, row: dict) -> list:
    """One lead's cells: times as naive local datetimes, everything else as words."""
    lang = data.lang
    out: list = []
    for key in COLUMNS:
        value = row.get(key)
        if key.endswith("_at"):
            out.append(_local(value, data.tz))
        elif key == "scans":
            out.append(int(value or 0))
        elif key == "consent":
            out.append(doc_text.doc_text(lang, "oui" if value else "non"))
        elif key == "rating":
            out.append(rating_word(value, lang))
        elif key == "tags":
            out.append(", ".join(value or ()))
        elif key == "category":
            out.append(doc_text.category_word(value or "", lang) if value else "")
        else:
            out.append(value or "")
    answers = row.get("answers") or {}
    out.extend(answers.get(q.key, "") for q in data.questions)
    return out


def _text(value, lang: str):
    if isinstance(value, dt.datetime):
        return doc_text.file_value("", value, lang)
    return value


def csv_bytes(data: StandLeads) -> bytes:
    """UTF-8 with a BOM, ``;``-separated (French Excel opens it right), every text cell
    neutralised against formula injection."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(rules.neutralise_row(headers(data)))
    for row in data.rows:
        writer.writerow(rules.neutralise_row(_text(v, data.lang) for v in _cells(data, row)))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def xlsx_bytes(data: StandLeads) -> bytes:
    """One sheet: text as text cells (never run as a formula), times as Excel date-times
    in the edition's time zone."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Contacts" if data.lang != "en" else "Leads")
    ws.freeze_panes = "A2"
    for i, key in enumerate(COLUMNS, start=1):
        width = 20 if key.endswith("_at") else 40 if key == "note" else 16
        ws.column_dimensions[get_column_letter(i)].width = width

    def cell(value):
        if isinstance(value, dt.datetime):
            c = WriteOnlyCell(ws, value=value)
            c.number_format = XLSX_DATETIME_FORMAT
            return c
        if isinstance(value, str):
            c = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("", value))
            c.data_type = "s"
            return c
        return value

    ws.append([cell(h) for h in headers(data)])
    for row in data.rows:
        ws.append([cell(v) for v in _cells(data, row)])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _escape(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
        .replace(",", "\\,")
        .replace(";", "\\;")
    )


def _fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 6350 3.2), never inside a character."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > 75:
            out.append(current.decode("utf-8"))
            current = b" "
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n".join(out)


def vcard_bytes(data: StandLeads) -> bytes:
    """vCards 3.0 (every address book reads them), one per lead: the name and company,
    the e-mail, phone and job title only with the visitor's consent, and the stand's
    qualification in the note."""
    lang = data.lang
    cards = []
    for row in data.rows:
        first, last = row.get("first_name") or "", row.get("last_name") or ""
        lines = [
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"N:{_escape(last)};{_escape(first)};;;",
            f"FN:{_escape(' '.join(p for p in (first, last) if p) or row.get('company') or '?')}",
        ]
        if row.get("company"):
            lines.append(f"ORG:{_escape(row['company'])}")
        if row.get("consent"):
            if row.get("job_title"):
                lines.append(f"TITLE:{_escape(row['job_title'])}")
            if row.get("email"):
                lines.append(f"EMAIL;TYPE=INTERNET:{_escape(row['email'])}")
            if row.get("phone"):
                lines.append(f"TEL;TYPE=WORK,VOICE:{_escape(row['phone'])}")
        met = _local(row.get("last_scan_at"), data.tz)
        note = [_met_line(lang, data.event, data.exhibitor, met)]
        if row.get("rating"):
            note.append(f"{_header('rating', lang)} : {rating_word(row['rating'], lang)}")
        if row.get("tags"):
            note.append(f"{_header('tags', lang)} : {', '.join(row['tags'])}")
        for q in data.questions:
            answer = (row.get("answers") or {}).get(q.key)
            if answer:
                note.append(f"{q.text} {answer}")
        if row.get("note"):
            note.append(row["note"])
        lines.append("NOTE:" + _escape("\n".join(n for n in note if n)))
        lines.append("END:VCARD")
        cards.append("\r\n".join(_fold(line) for line in lines))
    return ("\r\n".join(cards) + ("\r\n" if cards else "")).encode("utf-8")


def _met_line(lang: str, event: str, stand: str, met: dt.datetime | None) -> str:
    when = doc_text.file_value("", met, lang) if met else ""
    if lang == "en":
        return f"Met at {event}, booth of {stand}, {when}".strip(", ")
    return f"Rencontré à {event}, stand {stand}, le {when}".strip(", ")


# -- files --------------------------------------------------------------------------------

SUFFIXES = {"csv": ".csv", "xlsx": ".xlsx", "vcf": ".vcf"}
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "vcf": "text/vcard; charset=utf-8",
}


def file_stem(exhibitor: str, exhibitor_id: int) -> str:
    """« contacts-acme-informatique-12 »: ASCII, safe on every file system, unique per
    exhibitor (its number)."""
    slug = name_part(exhibitor, default="exposant", limit=50)
    return f"contacts-{slug}-{exhibitor_id}"


def render(data: StandLeads, kind: str) -> bytes:
    """The bytes of the ``kind`` file (``csv``, ``xlsx`` or ``vcf``)."""
    return {"csv": csv_bytes, "xlsx": xlsx_bytes, "vcf": vcard_bytes}[kind](data)


def write_stand_files(
    session: Session, exhibitor_id: int, folder: str | Path, *, language: str | None = None
) -> list[Path]:
    """Write the exhibitor's leads into ``folder`` as ``contacts-<name>-<id>.csv``,
    ``.xlsx`` and ``.vcf`` (each written whole to a temporary file, then renamed: never a
    half-written file).  The caller chooses the folder and checks it (the organiser's
    folder export refuses a folder holding a database or other people's files).  Returns
    the files written."""
    data = load(exhibitor_id, session=session, language=language)
    out = Path(folder)
    stem = file_stem(data.exhibitor, exhibitor_id)
    written = []
    for kind, suffix in SUFFIXES.items():
        target = out / (stem + suffix)
        payload = render(data, kind)
        fd, tmp = tempfile.mkstemp(prefix=outfile.temp_prefix(), suffix=outfile.TMP_SUFFIX, dir=out)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(payload)
            os.chmod(tmp, FILE_MODE)
            outfile.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        written.append(target)
    return written
