"""Step 1 of an import: a CSV (any usual encoding and delimiter) or the first sheet of an
XLSX file read into rows of strings, each with its line number as a spreadsheet shows it
(header row = 1).

A stray quote (``"`` opening a cell that is never closed, or closed only several rows further
down so that whole rows became one cell) stops the import with one line naming the
spreadsheet row where the quote opens (``ImportFileError``).  A quoted cell on several lines
that does not look like swallowed rows (an address on two lines) is a normal cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import stat
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from itday.core.importing.errors import ImportFileError
from itday.errors import QT_TRANSLATE_NOOP


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
