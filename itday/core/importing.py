"""Reading and normalising registration and exhibitor files (CSV or XLSX), without a database.

The steps, each usable on its own by the GUI's import wizard:

1. ``read_table(path)`` reads a CSV (any usual encoding and delimiter) or an XLSX sheet into
   rows of strings, each with its line number as a spreadsheet shows it (header row = 1).
2. ``detect_mapping(headers, kind)`` recognises French and English column names; the columns
   it does not know are listed so the user can map them (``Mapping.with_overrides``).
3. ``normalise_visitors`` / ``normalise_exhibitors`` trim and check the values, merge the
   lines describing the same person or company, and fill an ``ImportReport``.

Writing to the database is ``itday.services.importer``'s job.

Nothing is lost without a word:

- A stray quote (``"`` opening a cell that is never closed, or closed only several rows
  further down so that whole rows became one cell) stops the import with one line naming
  the spreadsheet row where the quote opens (``ImportFileError``).  A quoted cell on several
  lines that does not look like swallowed rows (an address on two lines) is a normal cell.
- Lines of one file describing the same person or company are merged: for each field the
  first non-empty value wins, an empty one is filled by a later line, and a later
  *different* value does not overwrite it (the later line is usually the accidental one).
  The merged line is listed in ``duplicates`` and, when values differed, a warning names
  each field with the value kept and the one of that line.  A person or exhibitor already
  in the database is updated by the file (see ``itday.services.importer``), each replaced
  value named in a warning.
- A visitor with a first name but no last name is imported with a warning.
- A phone stored by Excel as a number of 9 digits (612345678) gets its leading 0 back, with a
  warning; other numbers are kept as written (no trailing ".0").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import stat
import zipfile
from collections.abc import Iterable
from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field
from dataclasses import fields as dc_fields
from pathlib import Path
from typing import Literal

from itday.core import tickets
from itday.core.enums import CATEGORY_LABELS_FR, Category
from itday.core.text import fold
from itday.errors import QT_TRANSLATE_NOOP, UserMessage

Kind = Literal["visitors", "exhibitors"]

IGNORE = ""  # field name meaning "do not import this column"


class ImportFileError(UserMessage, Exception):
    """The file cannot be imported at all; the message is one French sentence for the user
    (a template with named fields, translated by the interface: see ``itday.errors``)."""


class ImportCancelled(Exception):
    """The user cancelled the import; nothing was written."""


# ---------------------------------------------------------------------------------------------
# Fields and their header synonyms

FIELDS_VISITORS: dict[str, str] = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "full_name": "Nom complet (prénom et nom)",
    "company": "Société",
    "job_title": "Fonction",
    "email": "E-mail",
    "phone": "Téléphone",
    "category": "Type de billet",
    "external_ref": "N° de commande",
    "ticket_code": "Code du billet (billetterie)",
}

FIELDS_EXHIBITORS: dict[str, str] = {
    "name": "Société (nom de l'exposant)",
    "sector": "Secteur",
    "contact_name": "Contact",
    "contact_first_name": "Prénom du contact",
    "contact_last_name": "Nom du contact",
    "contact_email": "E-mail",
    "contact_phone": "Téléphone",
    "website": "Site web",
    "description": "Description",
    "booths": "Stand(s)",
    "staff": "Personnel (noms, séparés par des virgules)",
    "external_ref": "Référence",
}


def header_key(text: str) -> str:
    """Compact matching form of a header: folded, letters and digits only."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


# Exact synonyms (compared with ``header_key``), best first within a field.  A lower rank wins
# when several columns claim the same field.
_EXACT_VISITORS: dict[str, list[tuple[str, int]]] = {}
_EXACT_EXHIBITORS: dict[str, list[tuple[str, int]]] = {}


def _register(
    table: dict[str, list[tuple[str, int]]], field_name: str, rank: int, *names: str
) -> None:
    for name in names:
        table.setdefault(header_key(name), []).append((field_name, rank))


_register(
    _EXACT_VISITORS,
    "last_name",
    0,
    "Nom",
    "Nom de famille",
    "Last name",
    "Lastname",
    "Surname",
    "Family name",
    "Nom du participant",
    "Attendee last name",
)
_register(
    _EXACT_VISITORS,
    "first_name",
    0,
    "Prénom",
    "Prenom",
    "First name",
    "Firstname",
    "Given name",
    "Forename",
    "Prénom du participant",
    "Attendee first name",
)
_register(
    _EXACT_VISITORS,
    "full_name",
    0,
    "Nom complet",
    "Full name",
    "Fullname",
    "Name",
    "Nom et prénom",
    "Prénom et nom",
    "Nom prénom",
    "Prénom nom",
    "Participant",
    "Attendee",
    "Attendee name",
    "Identité",
)
_register(
    _EXACT_VISITORS,
    "company",
    0,
    "Société",
    "Entreprise",
    "Organisation",
    "Organization",
    "Company",
    "Company name",
    "Organisme",
    "Structure",
    "Employeur",
    "Raison sociale",
    "Nom de l'entreprise",
    "Nom de la société",
    "Établissement",
)
_register(
    _EXACT_VISITORS,
    "email",
    0,
    "E-mail",
    "Email",
    "Courriel",
    "Mail",
    "Adresse e-mail",
    "Adresse email",
    "Adresse mail",
    "Adresse électronique",
    "E-mail address",
    "Email address",
    "Mél",
    "Adresse de courriel",
)
_register(
    _EXACT_VISITORS,
    "job_title",
    0,
    "Fonction",
    "Poste",
    "Job title",
    "Jobtitle",
    "Title",
    "Position",
    "Titre",
    "Job",
    "Intitulé de poste",
    "Métier",
    "Role",
    "Rôle",
)
_register(
    _EXACT_VISITORS,
    "category",
    0,
    "Type de billet",
    "Catégorie",
    "Ticket type",
    "Category",
    "Billet",
    "Ticket",
    "Type de participant",
    "Type",
    "Profil",
    "Attendee type",
    "Type d'inscription",
    "Tarif",
)
_register(
    _EXACT_VISITORS,
    "external_ref",
    0,
    "N° de commande",
    "Numéro de commande",
    "No de commande",
    "Commande",
    "Order",
    "Order number",
    "Order no",
    "Order #",
    "Order ID",
    "Order reference",
    "Référence",
    "Référence commande",
    "Ref",
    "N° d'inscription",
    "Registration ID",
    "Id commande",
)
_register(
    _EXACT_VISITORS,
    "phone",
    0,
    "Téléphone",
    "Tel",
    "Tél",
    "Phone",
    "Phone number",
    "Mobile",
    "Portable",
    "Téléphone portable",
    "Téléphone mobile",
    "Mobile phone",
    "GSM",
    "Numéro de téléphone",
    "Cell phone",
)

# The scanned code of each e-ticket, under the header each ticketing service gives it.
for _name, _rank in tickets.headers():
    _register(_EXACT_VISITORS, tickets.FIELD, _rank, _name)

_register(
    _EXACT_EXHIBITORS,
    "name",
    0,
    "Société",
    "Entreprise",
    "Company",
    "Company name",
    "Organisation",
    "Organization",
    "Exposant",
    "Exhibitor",
    "Raison sociale",
    "Nom de l'entreprise",
    "Nom de la société",
    "Nom de l'exposant",
    "Exhibitor name",
    "Structure",
    "Organisme",
)
_register(_EXACT_EXHIBITORS, "name", 1, "Nom", "Name")
_register(
    _EXACT_EXHIBITORS,
    "sector",
    0,
    "Secteur",
    "Secteur d'activité",
    "Sector",
    "Industry",
    "Domaine",
    "Domaine d'activité",
    "Activité",
    "Thématique",
    "Catégorie",
    "Category",
)
_register(
    _EXACT_EXHIBITORS,
    "contact_name",
    0,
    "Contact",
    "Nom du contact",
    "Contact name",
    "Responsable",
    "Interlocuteur",
    "Personne à contacter",
    "Contact person",
)
_register(
    _EXACT_EXHIBITORS,
    "contact_first_name",
    0,
    "Prénom",
    "Prénom du contact",
    "First name",
    "Contact first name",
)
_register(
    _EXACT_EXHIBITORS, "contact_last_name", 0, "Nom de famille", "Last name", "Contact last name"
)
_register(_EXACT_EXHIBITORS, "contact_last_name", 2, "Nom")
_register(
    _EXACT_EXHIBITORS,
    "contact_email",
    0,
    "E-mail",
    "Email",
    "Courriel",
    "Mail",
    "E-mail du contact",
    "Email du contact",
    "Contact email",
    "Adresse e-mail",
    "Adresse email",
    "Adresse électronique",
)
_register(
    _EXACT_EXHIBITORS,
    "contact_phone",
    0,
    "Téléphone",
    "Tel",
    "Tél",
    "Phone",
    "Phone number",
    "Mobile",
    "Portable",
    "Téléphone du contact",
    "Contact phone",
)
_register(
    _EXACT_EXHIBITORS,
    "website",
    0,
    "Site web",
    "Site internet",
    "Site",
    "Website",
    "Web",
    "URL",
    "Web site",
    "Adresse du site",
)
_register(
    _EXACT_EXHIBITORS,
    "description",
    0,
    "Description",
    "Présentation",
    "About",
    "Activité détaillée",
    "Descriptif",
)
_register(
    _EXACT_EXHIBITORS,
    "booths",
    0,
    "Stand",
    "Stands",
    "Stand(s)",
    "Booth",
    "Booths",
    "Booth(s)",
    "N° de stand",
    "Numéro de stand",
    "No de stand",
    "Booth number",
    "Emplacement",
    "Emplacements",
)
_register(
    _EXACT_EXHIBITORS,
    "external_ref",
    0,
    "Référence",
    "Ref",
    "ID",
    "Identifiant",
    "N° de commande",
    "Commande",
    "Order",
    "Order number",
)

# Fallback: a header containing one of these words (checked in this order; "prenom" before
# "nom", company words before "nom").
_CONTAINS_VISITORS = [
    ("prenom", "first_name"),
    ("firstname", "first_name"),
    ("email", "email"),
    ("courriel", "email"),
    ("mail", "email"),
    ("electronique", "email"),
    ("telephone", "phone"),
    ("phone", "phone"),
    ("mobile", "phone"),
    ("societe", "company"),
    ("entreprise", "company"),
    ("company", "company"),
    ("organisation", "company"),
    ("organization", "company"),
    ("fonction", "job_title"),
    ("jobtitle", "job_title"),
    ("poste", "job_title"),
    ("commande", "external_ref"),
    ("order", "external_ref"),
    ("billet", "category"),
    ("ticket", "category"),
    ("categorie", "category"),
    ("lastname", "last_name"),
    ("nomdefamille", "last_name"),
]
_CONTAINS_VISITORS[:0] = tickets.CONTAINS  # « Code-barres du billet » is a code, not a type
_CONTAINS_EXHIBITORS = [
    ("prenom", "contact_first_name"),
    ("email", "contact_email"),
    ("courriel", "contact_email"),
    ("mail", "contact_email"),
    ("electronique", "contact_email"),
    ("telephone", "contact_phone"),
    ("phone", "contact_phone"),
    ("societe", "name"),
    ("entreprise", "name"),
    ("company", "name"),
    ("exposant", "name"),
    ("secteur", "sector"),
    ("sector", "sector"),
    ("siteweb", "website"),
    ("website", "website"),
    ("siteinternet", "website"),
    ("stand", "booths"),
    ("booth", "booths"),
    ("personnel", "staff"),
    ("equipe", "staff"),
    ("staff", "staff"),
    ("contact", "contact_name"),
    ("description", "description"),
]

_RANK_CONTAINS = 5


@dataclass
class Mapping:
    """Which field each column feeds; columns absent from ``columns`` are not imported."""

    kind: Kind
    headers: list[str]
    columns: dict[int, str] = field(default_factory=dict)
    #: ticket types the organiser mapped to categories (folded type → category value)
    categories: dict[str, str] = field(default_factory=dict)

    @property
    def unknown_columns(self) -> list[int]:
        """Indexes of the non-blank headers that feed no field (for the mapping step)."""
        return [i for i, h in enumerate(self.headers) if h.strip() and i not in self.columns]

    @property
    def unknown_headers(self) -> list[str]:
        return [self.headers[i] for i in self.unknown_columns]

    def column_of(self, field_name: str) -> int | None:
        for index, name in self.columns.items():
            if name == field_name:
                return index
        return None

    def has_name(self) -> bool:
        wanted = {"first_name", "last_name", "full_name"} if self.kind == "visitors" else {"name"}
        return any(name in wanted for name in self.columns.values())

    def with_overrides(self, overrides: AbcMapping[int, str | None]) -> Mapping:
        """A copy where ``overrides`` (column index → field name, or ``""``/None to ignore the
        column) replace the detected choices.  A field given to a column is taken away from
        any other column."""
        known = FIELDS_VISITORS if self.kind == "visitors" else FIELDS_EXHIBITORS
        columns = dict(self.columns)
        for index, name in overrides.items():
            try:
                index = int(index)
            except (TypeError, ValueError):
                raise ImportFileError(
                    QT_TRANSLATE_NOOP("errors", "Numéro de colonne invalide : {index}"),
                    index=repr(index),
                ) from None
            if not 0 <= index < len(self.headers):
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "errors", "La colonne n° {number} n'existe pas dans le fichier."
                    ),
                    number=index + 1,
                )
            if not name:
                columns.pop(index, None)
                continue
            if name not in known:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "errors", "Champ inconnu dans la correspondance des colonnes : {name}"
                    ),
                    name=name,
                )
            for other, other_name in list(columns.items()):
                if other_name == name and other != index:
                    del columns[other]
            columns[index] = name
        return Mapping(self.kind, list(self.headers), columns)


def detect_mapping(headers: list[str], kind: Kind) -> Mapping:
    """Recognise the columns of a file by their header (case, accent and space-insensitive)."""
    if kind not in ("visitors", "exhibitors"):
        raise ValueError(f"unknown import kind: {kind!r}")
    exact = _EXACT_VISITORS if kind == "visitors" else _EXACT_EXHIBITORS
    contains = _CONTAINS_VISITORS if kind == "visitors" else _CONTAINS_EXHIBITORS
    candidates: list[tuple[int, int, str]] = []  # (rank, column, field)
    for index, header in enumerate(headers):
        key = header_key(header)
        if not key:
            continue
        if key in exact:
            candidates.extend((rank, index, name) for name, rank in exact[key])
            continue
        for word, name in contains:
            if word in key:
                candidates.append((_RANK_CONTAINS, index, name))
                break
    columns: dict[int, str] = {}
    taken: set[str] = set()
    for _rank, index, name in sorted(candidates):
        if name in taken or index in columns:
            continue
        columns[index] = name
        taken.add(name)
    return Mapping(kind, list(headers), dict(sorted(columns.items())))


# ---------------------------------------------------------------------------------------------
# Reading files


@dataclass
class Row:
    line: int  # as a spreadsheet shows it: header row = 1
    cells: list[str]
    numbers: frozenset[int] = frozenset()  # columns holding a number in the XLSX sheet


@dataclass
class Table:
    headers: list[str]
    rows: list[Row]
    header_line: int = 1
    format: str = "csv"  # "csv" or "xlsx"
    encoding: str | None = None
    delimiter: str | None = None
    #: XLSX formula cells that were never computed (no saved value): (line, header)
    uncomputed: list[tuple[int, str]] = field(default_factory=list)


#: an import file larger than this is refused at once (100,000 registrations make 15 MB)
MAX_FILE_BYTES = 200_000_000
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, .doc
_DELIMITERS = (";", ",", "\t", "|")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def read_table(path: str | Path) -> Table:
    """Read the first sheet of an XLSX file or a CSV file into a ``Table`` of strings."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError:
        info = None  # read_bytes says what is wrong
    if info is not None and not stat.S_ISDIR(info.st_mode):
        if not stat.S_ISREG(info.st_mode):  # /dev/zero, a pipe: never read to the end
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} n'est pas un fichier ordinaire (périphérique, tube) : donnez le "
                    "fichier CSV ou XLSX exporté.",
                ),
                name=path.name,
            )
        if info.st_size > MAX_FILE_BYTES:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} pèse {size} Mo, au-delà des {limit} Mo qu'un export d'inscriptions "
                    "atteint : est-ce le bon fichier ?",
                ),
                name=path.name,
                size=info.st_size // 1_000_000,
                limit=MAX_FILE_BYTES // 1_000_000,
            )
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Fichier introuvable : {path}"), path=path
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "C'est un dossier, pas un fichier : {path}"), path=path
        ) from None
    except OSError as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Impossible de lire le fichier {name} : {reason}"),
            name=path.name,
            reason=exc.strerror,
        ) from None
    if not data.strip():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Le fichier {name} est vide."), name=path.name
        )
    if data.startswith(_XLSX_MAGIC):
        table = _read_xlsx(data, path.name)
    elif data.startswith(_OLE_MAGIC):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} est un ancien classeur Excel (.xls) : enregistrez-le en XLSX ou en CSV.",
            ),
            name=path.name,
        )
    else:
        table = _read_csv(data, path.name)
    if not any(h.strip() for h in table.headers):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Le fichier {name} est vide (aucune ligne d'en-tête)."),
            name=path.name,
        )
    return table


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "cp1252", "latin-1"]
    for encoding in candidates:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "errors", "{name} : encodage du texte non reconnu (UTF-8 ou Windows-1252 attendu)."
        ),
        name=name,
    )


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    sample = text[:100_000]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def _parse_csv(text: str, delimiter: str, limit: int | None = None) -> list[list[str]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    records: list[list[str]] = []
    for record in reader:
        records.append(record)
        if limit is not None and len(records) >= limit:
            break
    return records


def _parse_csv_lines(
    text: str, delimiter: str
) -> tuple[list[list[str]], list[str], list[tuple[int, int, int]]]:
    """Every record, the physical lines of the text, and (record index, first line index,
    end line index) of each record written on several physical lines."""
    lines = list(io.StringIO(text, newline=""))  # split as the reader splits them
    reader = csv.reader(lines, delimiter=delimiter, strict=False)
    records: list[list[str]] = []
    spans: list[tuple[int, int, int]] = []
    before = 0
    for record in reader:
        after = reader.line_num
        if after - before > 1:
            spans.append((len(records), before, after))
        records.append(record)
        before = after
    return records, lines, spans


def _ends_inside_quotes(text: str, delimiter: str) -> bool:
    """True if ``text`` (whole records) ends inside a quoted cell, as the csv reader sees it."""
    start, unquoted, quoted, quote_in_quoted = 0, 1, 2, 3
    state = start
    ends = (delimiter, "\r", "\n")
    for ch in text:
        if state == quoted:
            if ch == '"':
                state = quote_in_quoted
        elif state == start:
            if ch == '"':
                state = quoted
            elif ch not in ends:
                state = unquoted
        elif state == unquoted:
            if ch in ends:
                state = start
        elif ch == '"':  # quote_in_quoted: a doubled quote
            state = quoted
        else:
            state = start if ch in ends else unquoted
    return state == quoted


def _swallows_rows(cell: str, delimiter: str, width: int) -> bool:
    """True if the lines a quoted cell continues on each look like a whole row of the file:
    a quote opened by mistake, closed by another one further down."""
    if width < 2 or "\n" not in cell and "\r" not in cell:
        return False
    rest = [part for part in cell.splitlines()[1:] if part.strip()]
    if not rest or not all(part.count(delimiter) >= width - 1 for part in rest):
        return False
    return len(rest) >= 2 or width >= 3


def _check_quotes(
    name: str,
    records: list[list[str]],
    lines: list[str],
    spans: list[tuple[int, int, int]],
    delimiter: str,
    width: int,
    offset: int,
) -> None:
    """Refuse a file where a stray quote made the reader swallow rows: better one clear line
    than rows lost without a word."""
    if records:
        last = len(records) - 1
        first_line = spans[-1][1] if spans and spans[-1][0] == last else len(lines) - 1
        if _ends_inside_quotes("".join(lines[first_line:]), delimiter):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name}, ligne {line} : un guillemet (\") ouvre une cellule qui n'est "
                    "jamais fermée ; corrigez cette ligne puis réimportez.",
                ),
                name=name,
                line=last + 1 + offset,
            )
    for index, first, end in spans:
        if any(_swallows_rows(cell, delimiter, width) for cell in records[index]):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    '{name}, ligne {line} : un guillemet (") ouvre une cellule qui englobe '
                    "{count} ligne(s) suivante(s) ; corrigez les guillemets de cette ligne puis "
                    "réimportez.",
                ),
                name=name,
                line=index + 1 + offset,
                count=end - first - 1,
            )


def _guess_delimiter(text: str) -> str:
    best, best_score = ";", -1.0
    for delimiter in _DELIMITERS:
        try:
            sample = [r for r in _parse_csv(text, delimiter, limit=30) if any(c.strip() for c in r)]
        except csv.Error:
            continue
        if not sample:
            continue
        width = len(sample[0])
        if width < 2:
            continue
        consistent = sum(1 for r in sample if len(r) == width) / len(sample)
        score = width * consistent
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(data: bytes, name: str) -> Table:
    text, encoding = _decode(data, name)
    if "\x00" in text and not _looks_binary(text.replace("\x00", "")):
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} contient un caractère nul (octet 0) à la ligne {line} : le fichier est "
                "abîmé ; ré-exportez-le en CSV depuis le tableur ou le service de billetterie.",
            ),
            name=name,
            line=line,
        )
    if _looks_binary(text):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "{name} n'est ni un fichier CSV ni un classeur XLSX."),
            name=name,
        )
    offset = 0  # Excel hides a first "sep=;" line: it is not a row on screen
    first_line = text.split("\n", 1)[0].strip()
    match = re.fullmatch(r'"?sep=(.)"?', first_line, flags=re.IGNORECASE)
    if match:
        delimiter = match.group(1)
        text = text.split("\n", 1)[1] if "\n" in text else ""
    else:
        delimiter = _guess_delimiter(text)
    try:
        records, lines, spans = _parse_csv_lines(text, delimiter)
    except csv.Error as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "{name} : fichier CSV illisible ({reason})."),
            name=name,
            reason=exc,
        ) from None
    except MemoryError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "{name} : fichier trop volumineux."), name=name
        ) from None
    table = _table_from_records(records, offset, "csv", encoding, delimiter)
    _check_quotes(name, records, lines, spans, delimiter, len(table.headers), offset)
    return table


def _damaged_xlsx(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("errors", "{name} : classeur XLSX endommagé ou illisible."), name=name
    )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _read_xlsx(data: bytes, name: str) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and b"opendocument" in archive.read("mimetype"):
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{name} est un classeur OpenDocument (.ods) : "
                        "enregistrez-le en XLSX ou en CSV.",
                    ),
                    name=name,
                )
    except ImportFileError:
        raise
    except Exception:
        raise _damaged_xlsx(name) from None
    try:
        import openpyxl  # imported here: reading CSV files does not need it

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:
        raise _damaged_xlsx(name) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("errors", "{name} : le classeur ne contient aucune feuille."),
                name=name,
            )
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers declare a wrong size
        records: list[list[str]] = []
        numbers: list[frozenset[int]] = []
        for row in sheet.iter_rows(values_only=True):
            records.append([_cell_text(v) for v in row])
            numbers.append(
                frozenset(
                    i
                    for i, v in enumerate(row)
                    if isinstance(v, int | float) and not isinstance(v, bool)
                )
            )
    except ImportFileError:
        raise
    except Exception:
        raise _damaged_xlsx(name) from None
    finally:
        workbook.close()
    table = _table_from_records(records, 0, "xlsx", None, None, numbers)
    table.uncomputed = _uncomputed_formulas(data, records, table)
    return table


def _uncomputed_formulas(data: bytes, values: list[list[str]], table: Table):
    """Formula cells without a saved result (a file written by a program that does not
    compute, never opened in Excel): openpyxl reads them empty — say so, line by line."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 (the values were read: this is only a warning)
        return []
    found = []
    try:
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        for r, row in enumerate(sheet.iter_rows(values_only=True)):
            for c, cell in enumerate(row):
                if isinstance(cell, str) and cell.startswith("=") and r < len(values):
                    shown = values[r][c] if c < len(values[r]) else ""
                    if not shown:
                        header = table.headers[c] if c < len(table.headers) else f"n° {c + 1}"
                        found.append((r + 1, header))
    except Exception:  # noqa: BLE001
        return found
    finally:
        workbook.close()
    return found


def _table_from_records(
    records: list[list[str]],
    offset: int,
    fmt: str,
    encoding: str | None,
    delimiter: str | None,
    numbers: list[frozenset[int]] | None = None,
) -> Table:
    def filled(record: list[str]) -> int:
        return sum(1 for c in record if c.strip())

    header_index = next((i for i, r in enumerate(records) if filled(r)), None)
    if header_index is None:
        return Table([], [], 1, fmt, encoding, delimiter)
    if filled(records[header_index]) == 1:
        # A title above the headers ("Export des inscrits du 12/06"): the headers are the
        # first of the next few rows with several cells, if there is one.
        for i in range(header_index + 1, min(len(records), header_index + 10)):
            if filled(records[i]) >= 2:
                header_index = i
                break
    headers = [" ".join(c.split()) for c in records[header_index]]
    while headers and not headers[-1]:
        headers.pop()
    width = len(headers)
    rows = []
    for index in range(header_index + 1, len(records)):
        cells = records[index]
        if not any(c.strip() for c in cells):
            continue
        cells = (cells + [""] * width)[:width] if len(cells) != width else cells
        row = Row(index + 1 + offset, cells)
        if numbers is not None and numbers[index]:
            row.numbers = numbers[index]
        rows.append(row)
    return Table(headers, rows, header_index + 1 + offset, fmt, encoding, delimiter)


# ---------------------------------------------------------------------------------------------
# Records and report


@dataclass
class ImportReport:
    imported: int = 0
    updated: int = 0
    duplicates: list[int] = field(default_factory=list)
    warnings: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    unchanged: int = 0  # matched an existing record and changed nothing (not in the JSON)
    tickets: int | None = None  # ticket codes read, if the file has a ticket-code column
    staff: int = 0  # exhibitors' staff members created from a « Personnel » column
    rows: int = 0  # non-blank data rows read
    dry_run: bool = False
    # line of a merged duplicate → what happened ("doublon de la ligne 2 fusionné ; …"); when
    # values differed the same reason is also a warning (the JSON lists only line numbers)
    duplicate_reasons: dict[int, str] = field(default_factory=dict)

    def warn(self, line: int, reason: str) -> None:
        self.warnings.append({"line": line, "reason": reason})

    def reject(self, line: int, reason: str) -> None:
        self.rejected.append({"line": line, "reason": reason})

    def to_json(self) -> dict:
        def by_line(items: list[dict]) -> list[dict]:
            return [dict(i) for i in sorted(items, key=lambda i: i["line"])]

        return {
            "imported": self.imported,
            "updated": self.updated,
            "duplicates": sorted(self.duplicates),
            "warnings": by_line(self.warnings),
            "rejected": by_line(self.rejected),
            **({} if self.tickets is None else {"tickets": self.tickets}),
            **({"staff": self.staff} if self.staff else {}),
        }


@dataclass
class VisitorRecord:
    line: int
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    email: str = ""  # lower-case
    phone: str = ""
    category: str | None = None  # a Category value; None when the file says nothing
    external_ref: str = ""
    tickets: list[str] = field(default_factory=list)  # ticket codes, in file order
    lines: list[int] = field(default_factory=list)  # every line merged into this record
    origin: dict[str, int] = field(default_factory=dict)  # field → line its value came from


@dataclass
class ExhibitorRecord:
    line: int
    name: str = ""
    sector: str = ""
    contact_name: str = ""
    contact_email: str = ""
    contact_phone: str = ""
    website: str = ""
    description: str = ""
    external_ref: str = ""
    booths: list[str] = field(default_factory=list)  # upper-case codes, in file order
    lines: list[int] = field(default_factory=list)
    origin: dict[str, int] = field(default_factory=dict)  # field → line its value came from
    #: the people on the stand (« Personnel » column): (first name, last name), file order
    staff: list[tuple[str, str]] = field(default_factory=list)


def split_staff(text: str) -> list[tuple[str, str]]:
    """« Jean Dupont, Marie Curie ; Luc » → [("Jean", "Dupont"), ("Marie", "Curie"),
    ("Luc", "")]: the first word is the first name, the rest the last name."""
    people: list[tuple[str, str]] = []
    for part in re.split(r"[;,\n/|]+", text or ""):
        words = collapse(part).split(" ")
        if not words or not words[0]:
            continue
        person = (words[0], " ".join(words[1:]))
        if person not in people:
            people.append(person)
    return people


# ---------------------------------------------------------------------------------------------
# Cleaning values

_EMAIL = re.compile(r"[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[a-z]{2,}")
_BOOTH_SPLIT = re.compile(r"[,;/\s]+")
_BOOTH_WORDS = {"stand", "stands", "booth", "booths", "n", "no", "n°", "nº", "et", "and", "&"}


def collapse(text: str) -> str:
    """Trim and collapse every run of whitespace (line breaks included) to one space."""
    return " ".join(text.split())


def clean_email(text: str) -> str:
    value = collapse(text).lower()
    if value.startswith("mailto:"):
        value = value[len("mailto:") :]
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    return value.strip()


def is_valid_email(value: str) -> bool:
    return bool(_EMAIL.fullmatch(value)) and ".." not in value


def split_full_name(text: str) -> tuple[str, str]:
    """(first, last) from a full name: "Dupont, Jean", "DUPONT Jean", "Jean DUPONT", "Jean Dupont"."""
    text = collapse(text)
    if not text:
        return "", ""
    if "," in text:
        last, _, first = text.partition(",")
        return collapse(first), collapse(last)
    words = text.split(" ")
    if len(words) == 1:
        return "", words[0]

    def shouting(word: str) -> bool:
        letters = [c for c in word if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    upper = [shouting(w) for w in words]
    if any(upper) and not all(upper):
        if upper[0]:  # "DUPONT Jean": French lists put the surname first, in capitals
            cut = upper.index(False)
            return " ".join(words[cut:]), " ".join(words[:cut])
        if upper[-1]:  # "Jean-Pierre DE LA TOUR"
            cut = len(words) - upper[::-1].index(False)
            return " ".join(words[:cut]), " ".join(words[cut:])
    return words[0], " ".join(words[1:])


# Ticket names → category: the first keyword found in the folded value wins.
_CATEGORY_WORDS: list[tuple[str, Category]] = [
    ("exhibitor_staff", Category.EXHIBITOR_STAFF),
    ("exposant", Category.EXHIBITOR_STAFF),
    ("exhibitor", Category.EXHIBITOR_STAFF),
    ("presse", Category.PRESS),
    ("press", Category.PRESS),
    ("journalist", Category.PRESS),
    ("media", Category.PRESS),
    ("intervenant", Category.SPEAKER),
    ("speaker", Category.SPEAKER),
    ("conferencier", Category.SPEAKER),
    ("orateur", Category.SPEAKER),
    ("organisat", Category.ORGANISER),
    ("organiser", Category.ORGANISER),
    ("organizer", Category.ORGANISER),
    ("staff", Category.ORGANISER),
    ("benevole", Category.ORGANISER),
    ("volunteer", Category.ORGANISER),
    ("visiteur", Category.VISITOR),
    ("visitor", Category.VISITOR),
    ("participant", Category.VISITOR),
    ("attendee", Category.VISITOR),
    ("general", Category.VISITOR),
    ("standard", Category.VISITOR),
]
_VIP = re.compile(r"\bvip\b")


def category_of(text: str) -> Category | None:
    """The category a ticket name means, or None if it is not recognised."""
    key = fold(text)
    if not key:
        return None
    if _VIP.search(key):
        return Category.VIP
    for word, category in _CATEGORY_WORDS:
        if word in key:
            return category
    return None


def split_booths(text: str) -> list[str]:
    codes: list[str] = []
    for token in _BOOTH_SPLIT.split(text.strip()):
        token = token.strip().upper()
        if not token or fold(token) in _BOOTH_WORDS or token in codes:
            continue
        codes.append(token)
    return codes


# ---------------------------------------------------------------------------------------------
# Normalising


_PHONE_FIELDS = frozenset({"phone", "contact_phone"})

# how a report names each field (lower-case French, inside a sentence)
REPORT_WORDS: dict[str, dict[str, str]] = {
    "visitors": {
        "first_name": "prénom",
        "last_name": "nom",
        "company": "société",
        "job_title": "fonction",
        "email": "e-mail",
        "phone": "téléphone",
        "category": "type de billet",
        "external_ref": "n° de commande",
        "ticket_code": "code de billet",
    },
    "exhibitors": {
        "name": "nom",
        "sector": "secteur",
        "contact_name": "contact",
        "contact_email": "e-mail",
        "contact_phone": "téléphone",
        "website": "site web",
        "description": "description",
        "external_ref": "référence",
    },
}


def shown_value(field_name: str, value: object, limit: int = 60) -> str:
    """A value as a report quotes it: one line, cut after ``limit`` characters, a category by
    its French label."""
    if value is None:
        return ""
    text = str(value)
    if field_name == "category":
        try:
            text = CATEGORY_LABELS_FR[Category(text)]
        except ValueError:
            pass
    text = collapse(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cells(row: Row, mapping: Mapping, labels: dict[str, str], report: ImportReport) -> dict:
    values: dict[str, str] = {}
    for index, name in mapping.columns.items():
        raw = row.cells[index] if index < len(row.cells) else ""
        value = raw.strip()
        if value.startswith("="):
            header = mapping.headers[index] or labels.get(name, name)
            report.warn(
                row.line,
                f"la cellule « {header} » commence par « = » : gardée telle quelle, comme du texte",
            )
        elif index in row.numbers and name in _PHONE_FIELDS and len(value) == 9 and value.isdigit():
            # Excel stored 0612345678 as the number 612345678: its leading 0 is gone.
            report.warn(
                row.line,
                f"téléphone « {value} » enregistré comme un nombre dans le classeur "
                f"(0 initial perdu) : importé comme « 0{value} »",
            )
            value = "0" + value
        if name in values and values[name]:
            continue
        values[name] = value
    return values


def _require_name(mapping: Mapping) -> None:
    if mapping.has_name():
        return
    found = ", ".join(f"« {h} »" for h in mapping.headers if h.strip())
    if len(found) > 200:
        found = found[:200] + "…"
    if mapping.kind == "visitors":
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Aucune colonne de nom reconnue (attendu : Nom, Prénom ou Nom complet). "
            "Colonnes du fichier : {found}.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "errors",
            "Aucune colonne de nom reconnue (attendu : Société ou Nom). "
            "Colonnes du fichier : {found}.",
        )
    raise ImportFileError(template, found=found or "—")


#: between the order numbers of one person registered by several orders
REF_SEPARATOR = ", "


def split_refs(text: str | None) -> list[str]:
    """The order numbers an ``external_ref`` holds (one, or several merged)."""
    return [r.strip() for r in (text or "").split(REF_SEPARATOR.strip()) if r.strip()]


def join_refs(*texts: str | None) -> str:
    """Every order number of ``texts``, each once, in their order."""
    refs: list[str] = []
    for text in texts:
        refs += [r for r in split_refs(text) if r not in refs]
    return REF_SEPARATOR.join(refs)


def _merge_into(
    target, source, skip: Iterable[str] = ("line", "lines", "origin")
) -> list[tuple[str, object, int, object]]:
    """Merge a later line of the same file into ``target``: the first non-empty value of
    each field wins (an empty one is filled, a different one is not overwritten).  Returns
    (field, kept value, line it came from, later value) for every value that differed."""
    differing: list[tuple[str, object, int, object]] = []
    for f in dc_fields(source):
        if f.name in skip:
            continue
        value = getattr(source, f.name)
        if not value:
            continue
        kept = getattr(target, f.name)
        if not kept:
            setattr(target, f.name, value)
            target.origin[f.name] = source.line
        elif kept != value and fold(str(kept)) != fold(str(value)):
            differing.append((f.name, kept, target.origin.get(f.name, target.line), value))
    return differing


def _report_duplicate(
    report: ImportReport,
    kind: str,
    first_line: int,
    line: int,
    differing: list[tuple[str, object, int, object]],
    new_refs: list[str] = (),
) -> None:
    """Note ``line`` as merged into the record of ``first_line``; a warning names every
    value that differed, the one kept and the one of ``line``; ``new_refs``: the order
    numbers ``line`` added (all kept)."""
    report.duplicates.append(line)
    reason = f"doublon de la ligne {first_line} fusionné"
    if new_refs:
        reason += " ; commande" + ("s" if len(new_refs) > 1 else "") + " " + ", ".join(new_refs)
        reason += " gardée" + ("s" if len(new_refs) > 1 else "") + " avec la première"
    if differing:
        words = REPORT_WORDS[kind]
        groups: dict[int, list[str]] = {}
        for name, kept, kept_line, other in differing:
            groups.setdefault(kept_line, []).append(
                f"{words.get(name, name)} « {shown_value(name, kept)} » "
                f"(ligne {line} : « {shown_value(name, other)} »)"
            )
        for kept_line, items in groups.items():
            plural = "s" if len(items) > 1 else ""
            reason += (
                f" ; valeur{plural} différente{plural} gardée{plural} de la ligne {kept_line} : "
                + ", ".join(items)
            )
        report.warn(line, reason)
    report.duplicate_reasons[line] = reason


def _same_person(a: VisitorRecord, b: VisitorRecord) -> bool:
    return fold(a.first_name) == fold(b.first_name) and fold(a.last_name) == fold(b.last_name)


def _new_report(table: Table, mapping: Mapping, kind: str) -> ImportReport:
    """The report an import starts with: row count and one warning per ignored column."""
    if mapping.kind != kind:
        raise ValueError(f"mapping is not for {kind}")
    _require_name(mapping)
    report = ImportReport()
    report.rows = len(table.rows)
    for line, header in table.uncomputed:
        report.warn(
            line,
            f"colonne « {header} » : formule sans valeur calculée, lue vide (ouvrez le "
            "classeur dans Excel ou LibreOffice et enregistrez-le, puis réimportez)",
        )
    for index in mapping.unknown_columns:
        report.warn(
            table.header_line, f"colonne « {mapping.headers[index]} » ignorée (en-tête non reconnu)"
        )
    return report


def normalise_visitors(table: Table, mapping: Mapping) -> tuple[list[VisitorRecord], ImportReport]:
    """Clean and check each row; merge the lines of the same person (same e-mail, or same
    order reference with the same name).  Rows without any name are rejected."""
    report = _new_report(table, mapping, "visitors")
    records: list[VisitorRecord] = []
    by_email: dict[str, VisitorRecord] = {}
    by_ref: dict[str, list[VisitorRecord]] = {}
    ticket_lines: dict[str, tuple[int, VisitorRecord]] = {}  # code → (line, record)
    for row in table.rows:
        values = _cells(row, mapping, FIELDS_VISITORS, report)
        first = collapse(values.get("first_name", ""))
        last = collapse(values.get("last_name", ""))
        full = values.get("full_name", "")
        if full and not (first or last):
            first, last = split_full_name(full)
        if not (first or last):
            report.reject(row.line, "aucun nom ni prénom")
            continue
        record = VisitorRecord(
            line=row.line,
            first_name=first,
            last_name=last,
            company=collapse(values.get("company", "")),
            job_title=collapse(values.get("job_title", "")),
            email=clean_email(values.get("email", "")),
            phone=collapse(values.get("phone", "")),
            external_ref=collapse(values.get("external_ref", "")),
            lines=[row.line],
        )
        if record.email and not is_valid_email(record.email):
            report.warn(
                row.line, f"adresse e-mail invalide « {record.email} » : importée telle quelle"
            )
        ticket = collapse(values.get("category", ""))
        if ticket:
            chosen = mapping.categories.get(fold(ticket))
            category = Category(chosen) if chosen in Category._value2member_map_ else None
            category = category or category_of(ticket)
            if category is None:
                report.warn(
                    row.line, f"type de billet « {ticket} » inconnu : importé comme visiteur"
                )
                category = Category.VISITOR
            record.category = category.value

        record.tickets = _ticket_codes(values.get(tickets.FIELD, ""), row.line, report)

        earlier = by_email.get(record.email) if record.email else None
        if earlier is not None and _other_ticket_holder(earlier, record):
            same = next(
                (r for r in records if r.email == record.email and _same_person(r, record)), None
            )
            if same is None:
                report.warn(
                    row.line,
                    f"même e-mail que la ligne {earlier.line} mais autre nom et autre billet : "
                    "importé comme une autre personne",
                )
            earlier = same
        if earlier is None and record.external_ref:
            earlier = next(
                (
                    r
                    for ref in split_refs(record.external_ref)
                    for r in by_ref.get(ref, [])
                    if _same_person(r, record)
                ),
                None,
            )
        if earlier is not None:
            skip = ("line", "lines", "origin", "tickets", "external_ref")
            differing = _merge_into(earlier, record, skip=skip)
            earlier.lines.append(row.line)
            # one person, several orders: every order number is kept (re-imports match any)
            new_refs = [r for r in split_refs(record.external_ref)
                        if r not in split_refs(earlier.external_ref)]  # fmt: skip
            earlier.external_ref = join_refs(earlier.external_ref, record.external_ref)
            _report_duplicate(report, "visitors", earlier.line, row.line, differing, new_refs)
            earlier.tickets += [c for c in record.tickets if c not in earlier.tickets]
            record = earlier
        else:
            records.append(record)
        _keep_first_holder(record, row.line, ticket_lines, report)
        if record.email:
            by_email.setdefault(record.email, record)
        for ref in split_refs(record.external_ref):
            refs = by_ref.setdefault(ref, [])
            if record not in refs:
                refs.append(record)
    for record in records:
        if record.first_name and not record.last_name:  # the badge would show "Jean" alone
            report.warn(record.line, "nom de famille manquant")
    if mapping.column_of(tickets.FIELD) is not None:
        report.tickets = sum(len(r.tickets) for r in records)
    return records, report


def _ticket_codes(cell: str, line: int, report: ImportReport) -> list[str]:
    """The ticket codes of one cell; a code a spreadsheet mangled or too short is left out
    with a warning (it could never match a scanned ticket)."""
    codes: list[str] = []
    whole = cell.strip()
    for code in [whole] if tickets.mangled_by_spreadsheet(whole) else tickets.split_codes(cell):
        if tickets.mangled_by_spreadsheet(code):
            report.warn(
                line,
                f"code de billet « {code} » abîmé par le tableur (nombre écrit en notation "
                "scientifique, chiffres perdus) : ignoré ; exportez à nouveau le fichier depuis "
                "la billetterie et importez-le sans l'ouvrir dans Excel",
            )
        elif not tickets.storable(code):
            report.warn(
                line,
                f"code de billet « {shown_value('ticket_code', code)} » trop court ou trop "
                "long : ignoré",
            )
        elif code not in codes:
            codes.append(code)
    return codes


def _other_ticket_holder(earlier: VisitorRecord, record: VisitorRecord) -> bool:
    """One order, two attendees: the buyer's e-mail on both lines, other names, each with
    their own ticket — two people, not a duplicate."""
    return bool(
        earlier.tickets
        and record.tickets
        and not set(earlier.tickets) & set(record.tickets)
        and not _same_person(earlier, record)
    )


def _keep_first_holder(
    record: VisitorRecord,
    line: int,
    holders: dict[str, tuple[int, VisitorRecord]],
    report: ImportReport,
) -> None:
    """A ticket code on the lines of two different people stays with the first one."""
    for code in list(record.tickets):
        first = holders.setdefault(code, (line, record))
        if first[1] is not record:
            record.tickets.remove(code)
            report.warn(
                line,
                f"code de billet « {code} » déjà sur la ligne {first[0]} (autre personne) : ignoré",
            )


def normalise_exhibitors(
    table: Table, mapping: Mapping
) -> tuple[list[ExhibitorRecord], ImportReport]:
    """Clean and check each row; lines naming the same company (folded) are merged."""
    report = _new_report(table, mapping, "exhibitors")
    records: list[ExhibitorRecord] = []
    by_name: dict[str, ExhibitorRecord] = {}
    for row in table.rows:
        values = _cells(row, mapping, FIELDS_EXHIBITORS, report)
        name = collapse(values.get("name", ""))
        if not name:
            report.reject(row.line, "aucun nom d'exposant")
            continue
        contact = collapse(values.get("contact_name", ""))
        first = collapse(values.get("contact_first_name", ""))
        if not contact:
            contact = collapse(f"{first} {values.get('contact_last_name', '')}")
        elif first and fold(first) not in fold(contact).split():
            # « Prénom du contact » beside « Nom du contact »: keep both, first name first
            contact = f"{first} {contact}"
        record = ExhibitorRecord(
            line=row.line,
            name=name,
            sector=collapse(values.get("sector", "")),
            contact_name=contact,
            contact_email=clean_email(values.get("contact_email", "")),
            contact_phone=collapse(values.get("contact_phone", "")),
            website=collapse(values.get("website", "")),
            description=values.get("description", "").strip(),
            external_ref=collapse(values.get("external_ref", "")),
            booths=split_booths(values.get("booths", "")),
            lines=[row.line],
            staff=split_staff(values.get("staff", "")),
        )
        if record.contact_email and not is_valid_email(record.contact_email):
            report.warn(
                row.line,
                f"adresse e-mail invalide « {record.contact_email} » : importée telle quelle",
            )
        key = fold(name)
        earlier = by_name.get(key)
        if earlier is not None:
            booths = earlier.booths + [b for b in record.booths if b not in earlier.booths]
            staff = earlier.staff + [p for p in record.staff if p not in earlier.staff]
            differing = _merge_into(
                earlier, record, skip=("line", "lines", "origin", "booths", "staff")
            )
            earlier.booths = booths
            earlier.staff = staff  # one line per staff member naming the company: all kept
            earlier.lines.append(row.line)
            _report_duplicate(report, "exhibitors", earlier.line, row.line, differing)
        else:
            by_name[key] = record
            records.append(record)
    return records, report


_PERSON_FIELDS = {"first_name", "last_name", "full_name"}
_EXHIBITOR_ONLY = {"sector", "booths", "website", "description"}


_LOOKS_LIKE_REGISTRATIONS = QT_TRANSLATE_NOOP(
    "errors",
    "{name} ressemble à un fichier d'inscriptions (colonnes {columns}) et non à une liste "
    "d'exposants : importez-le avec « itday import visitors » (Visiteurs → Importer).",
)
_LOOKS_LIKE_EXHIBITORS = QT_TRANSLATE_NOOP(
    "errors",
    "{name} ressemble à une liste d'exposants (colonnes {columns}) : aucune colonne de nom de "
    "personne ; importez-le avec « itday import exhibitors » (Exposants → Importer).",
)


def check_kind(headers: list[str], kind: Kind, name: str) -> None:
    """Refuse a registrations file given as exhibitors (and the reverse), by its headers:
    one line naming the right command, before anything is created."""
    as_visitors = detect_mapping(headers, "visitors").columns
    as_exhibitors = detect_mapping(headers, "exhibitors").columns
    visitors, exhibitors = set(as_visitors.values()), set(as_exhibitors.values())
    if kind == "exhibitors":
        telling = _PERSON_FIELDS | {"ticket_code", "category"}
        registrations = {"first_name", "last_name"} <= visitors or bool(
            visitors & {"ticket_code", "category"}
        )
        wrong = registrations and not exhibitors & _EXHIBITOR_ONLY
        template, columns = _LOOKS_LIKE_REGISTRATIONS, as_visitors
    else:
        telling = {"name", "sector", "booths"}
        wrong = not visitors & _PERSON_FIELDS and bool(exhibitors & {"sector", "booths"})
        template, columns = _LOOKS_LIKE_EXHIBITORS, as_exhibitors
    if wrong:
        shown = ", ".join(headers[i] for i, f in columns.items() if f in telling)
        raise ImportFileError(template, name=name, columns=shown)


def parse_ticket_categories(pairs: Iterable[str]) -> dict[str, str]:
    """« Étudiant=visitor » (or the French label: « Étudiant=Visiteur ») → folded type →
    category value; raises ``ImportFileError`` for an unknown category."""
    from itday.core.enums import CATEGORY_LABELS_EN, CATEGORY_LABELS_FR

    names = {fold(c.value): c.value for c in Category}
    names |= {fold(label): c.value for c, label in CATEGORY_LABELS_FR.items()}
    names |= {fold(label): c.value for c, label in CATEGORY_LABELS_EN.items()}
    out: dict[str, str] = {}
    for pair in pairs:
        ticket, sep, category = pair.rpartition("=")
        value = names.get(fold(category))
        if not sep or not ticket.strip() or value is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "« {pair} » : attendu TYPE=CATÉGORIE, par ex. « Étudiant=Visiteur » "
                    "(catégories : {names}).",
                ),
                pair=pair,
                names=", ".join(CATEGORY_LABELS_FR[c] for c in Category),
            )
        out[fold(ticket)] = value
    return out


def read_visitors(
    path: str | Path,
    overrides: AbcMapping[int, str | None] | None = None,
    categories: AbcMapping[str, str] | None = None,
):
    """``read_table`` + ``detect_mapping`` + ``normalise_visitors`` in one call."""
    table = read_table(path)
    if not overrides:
        check_kind(table.headers, "visitors", Path(path).name)
    mapping = detect_mapping(table.headers, "visitors")
    if overrides:
        mapping = mapping.with_overrides(overrides)
    mapping.categories = dict(categories or {})
    records, report = normalise_visitors(table, mapping)
    return records, report, mapping


def read_exhibitors(path: str | Path, overrides: AbcMapping[int, str | None] | None = None):
    """``read_table`` + ``detect_mapping`` + ``normalise_exhibitors`` in one call."""
    table = read_table(path)
    if not overrides:
        check_kind(table.headers, "exhibitors", Path(path).name)
    mapping = detect_mapping(table.headers, "exhibitors")
    if overrides:
        mapping = mapping.with_overrides(overrides)
    records, report = normalise_exhibitors(table, mapping)
    return records, report, mapping
