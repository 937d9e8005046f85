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
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from itday.core.importing.errors import ImportFileError
from itday.errors import QT_TRANSLATE_NOOP, os_reason


@dataclass(slots=True)
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


#: ``keep(headers)``: the indexes of the columns whose cells an import needs (None: all);
#: the others read as "" — a 20-column ticketing export whose 8 imported columns are kept
#: holds less than half the strings in memory
Keep = Callable[[list[str]], "set[int] | None"]


def read_table(path: str | Path, keep: Keep | None = None) -> Table:
    """Read the first sheet of an XLSX file or a CSV file into a ``Table`` of strings (only
    the columns ``keep`` chooses, the others blank)."""
    table = open_table(path, keep)
    table.rows = list(table.rows)
    return table


def open_table(path: str | Path, keep: Keep | None = None) -> Table:
    """``read_table`` whose rows are read as they are asked for: ``table.rows`` is an
    iterator to go through once (a CSV's rows are never all in memory; a stray quote is
    found at the end of the iteration).  Headers, format and encoding are known at once."""
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
            reason=os_reason(exc),
        ) from None
    if not data.strip():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Le fichier {name} est vide."), name=path.name
        )
    if data.startswith(_XLSX_MAGIC):
        table = _read_xlsx(data, path.name, keep)
    elif data.startswith(_OLE_MAGIC):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{name} est un ancien classeur Excel (.xls) : enregistrez-le en XLSX ou en CSV.",
            ),
            name=path.name,
        )
    else:
        held = [data]
        del data  # the bytes go as soon as they are decoded
        table = _read_csv(held, path.name, keep)
    if not any(h.strip() for h in table.headers):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Le fichier {name} est vide (aucune ligne d'en-tête)."),
            name=path.name,
        )
    return table


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 written without a BOM, told by where the zero bytes of its first
    characters are (text of Latin letters: one zero byte in two, or three in four)."""
    sample = data[:4096]
    sample = sample[: len(sample) // 4 * 4]
    if len(sample) < 4 or b"\x00" not in sample:
        return None

    def zeros(start: int, step: int) -> float:
        part = sample[start::step]
        return part.count(0) / len(part)

    if all(zeros(i, 4) > 0.9 for i in (1, 2, 3)) and zeros(0, 4) < 0.1:
        return "utf-32-le"
    if all(zeros(i, 4) > 0.9 for i in (0, 1, 2)) and zeros(3, 4) < 0.1:
        return "utf-32-be"
    if zeros(1, 2) > 0.7 and zeros(0, 2) < 0.1:
        return "utf-16-le"
    if zeros(0, 2) > 0.7 and zeros(1, 2) < 0.1:
        return "utf-16-be"
    return None


def _decode(data: bytes, name: str) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        candidates = ["utf-32"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif (wide := _wide_encoding(data)) is not None:
        candidates = [wide]
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


def _lines(text: str) -> Iterator[str]:
    """The physical lines of ``text`` with their ends, one at a time (an ``io.StringIO``
    would copy a 25 MB file into four bytes a character first)."""
    if "\n" not in text and "\r" in text:  # old Mac line ends: as the reader splits them
        yield from io.StringIO(text, newline="")
        return
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            if start < len(text):
                yield text[start:]
            return
        yield text[start : end + 1]
        start = end + 1


def _csv_records(text: str, delimiter: str, spans: list) -> Iterator[list[str]]:
    """Every record of the text, one at a time; each record written on several physical
    lines is also noted in ``spans`` as (record index, its cells, its physical lines) for
    the quote checks, and the last record's lines as (-1, None, lines)."""
    lines = _lines(text)
    recent: list[str] = []

    def physical() -> Iterator[str]:
        for line in lines:
            recent.append(line)
            yield line

    reader = csv.reader(physical(), delimiter=delimiter, strict=False)
    index = 0
    for record in reader:
        if len(recent) > 1:
            spans.append((index, record, list(recent)))
        last = list(recent)
        recent.clear()
        yield record
        index += 1
    if index:
        spans.append((-1, None, last + recent))


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
    name: str, records: int, spans: list, delimiter: str, width: int, offset: int
) -> None:
    """Refuse a file where a stray quote made the reader swallow rows: better one clear line
    than rows lost without a word."""
    if records and spans and spans[-1][0] == -1:
        if _ends_inside_quotes("".join(spans[-1][2]), delimiter):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name}, ligne {line} : un guillemet (\") ouvre une cellule qui n'est "
                    "jamais fermée ; corrigez cette ligne puis réimportez.",
                ),
                name=name,
                line=records + offset,
            )
    for index, record, lines in spans:
        if index < 0:
            continue
        if any(_swallows_rows(cell, delimiter, width) for cell in record):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    '{name}, ligne {line} : un guillemet (") ouvre une cellule qui englobe '
                    "{count} ligne(s) suivante(s) ; corrigez les guillemets de cette ligne puis "
                    "réimportez.",
                ),
                name=name,
                line=index + 1 + offset,
                count=len(lines) - 1,
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
        # the width most rows share: a title line above the headers (« Liste des
        # participants ») is one cell under every delimiter and must not decide
        width, count = Counter(len(r) for r in sample).most_common(1)[0]
        if width < 2:
            width = max(len(r) for r in sample)
            count = sum(1 for r in sample if len(r) == width)
            if width < 2 or count < 2:
                continue
        score = width * count / len(sample)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _read_csv(held: list[bytes], name: str, keep: Keep | None = None) -> Table:
    text, encoding = _decode(held.pop(), name)
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
    spans: list = []
    builder = _TableBuilder(offset, "csv", encoding, delimiter, keep)
    records = _csv_records(text, delimiter, spans)
    del text

    def unreadable(exc: Exception) -> ImportFileError:
        if isinstance(exc, MemoryError):
            return ImportFileError(
                QT_TRANSLATE_NOOP("errors", "{name} : fichier trop volumineux."), name=name
            )
        return ImportFileError(
            QT_TRANSLATE_NOOP("errors", "{name} : fichier CSV illisible ({reason})."),
            name=name,
            reason=exc,
        )

    try:
        for record in records:  # up to the headers
            builder.add(record)
            if builder.headers is not None:
                break
    except (csv.Error, MemoryError) as exc:
        raise unreadable(exc) from None
    table = builder.header_table()

    def rows() -> Iterator[Row]:
        try:
            yield from builder.drain()
            for record in records:
                builder.add(record)
                yield from builder.drain()
        except (csv.Error, MemoryError) as exc:
            raise unreadable(exc) from None
        _check_quotes(name, builder.count, spans, delimiter, len(table.headers), offset)

    table.rows = rows()
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


def _read_xlsx(data: bytes, name: str, keep: Keep | None = None) -> Table:
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
        if not workbook.worksheets:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("errors", "{name} : le classeur ne contient aucune feuille."),
                name=name,
            )
        sheet_index = _registrations_sheet(workbook)
        sheet = workbook.worksheets[sheet_index]
        builder = _TableBuilder(0, "xlsx", None, None, keep)
        for row in sheet.iter_rows(values_only=True):
            numbers = frozenset(
                i
                for i, v in enumerate(row)
                if isinstance(v, int | float) and not isinstance(v, bool)
            )
            builder.add([_cell_text(v) for v in row], numbers)
    except ImportFileError:
        raise
    except Exception:
        raise _damaged_xlsx(name) from None
    finally:
        workbook.close()
    table = builder.table()
    table.uncomputed = _uncomputed_formulas(data, table, sheet_index)
    return table


def _registrations_sheet(workbook) -> int:
    """The sheet to read: the first, unless a later one's first rows name more known
    columns (a summary sheet before the attendees' one)."""
    best, best_score = 0, -1
    for index, sheet in enumerate(workbook.worksheets):
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # some writers declare a wrong size
        if len(workbook.worksheets) == 1:
            break
        score = max(
            (
                header_score([_cell_text(v) for v in row])
                for row in sheet.iter_rows(max_row=12, values_only=True)
            ),
            default=0,
        )
        if score > best_score:
            best, best_score = index, score
    return best


def _uncomputed_formulas(data: bytes, table: Table, sheet_index: int = 0):
    """Formula cells without a saved result (a file written by a program that does not
    compute, never opened in Excel): openpyxl reads them empty — say so, line by line."""
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 (the values were read: this is only a warning)
        return []
    found = []
    try:
        sheet = workbook.worksheets[sheet_index]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        rows = {row.line: row.cells for row in table.rows}
        for r, row in enumerate(sheet.iter_rows(values_only=True)):
            for c, cell in enumerate(row):
                if isinstance(cell, str) and cell.startswith("="):
                    values = rows.get(r + 1)
                    shown = values[c] if values is not None and c < len(values) else ""
                    if not shown:
                        header = table.headers[c] if c < len(table.headers) else f"n° {c + 1}"
                        found.append((r + 1, header))
    except Exception:  # noqa: BLE001
        return found
    finally:
        workbook.close()
    return found


def _filled(record: list[str]) -> int:
    return sum(1 for c in record if c.strip())


def header_score(record: list[str]) -> int:
    """How many cells of a row are headers an import knows (visitors' or exhibitors')."""
    from itday.core.importing.mapping import detect_mapping

    headers = [" ".join(c.split()) for c in record]
    return max(len(detect_mapping(headers, kind).columns) for kind in ("visitors", "exhibitors"))


class _TableBuilder:
    """Rows added one at a time become a ``Table``: the header row is found among the first
    rows (a title line above it is skipped), then each row keeps the cells of the columns
    ``keep`` chose (the others blank), each value stored once per column (a status, a
    country or a ticket type repeated on 100,000 rows is one string) — unless the first
    ``SAMPLE`` rows showed a column of values that seldom repeat (names, e-mails, codes),
    whose table of values would cost more than it saves."""

    LOOK_AHEAD = 10  # rows after a lone title where the headers may be
    WEIGHED = 4  # rows of several cells read before the headers are chosen among them
    SAMPLE = 1000

    def __init__(self, offset, fmt, encoding, delimiter, keep: Keep | None) -> None:
        self.offset, self.fmt, self.encoding, self.delimiter = offset, fmt, encoding, delimiter
        self.keep = keep
        self.count = 0  # records seen
        self.pending: list[tuple[int, list[str], frozenset[int]]] = []  # before the header
        self.headers: list[str] | None = None
        self.header_line = 1
        self.rows: list[Row] = []
        self.kept: list[int] | None = None
        #: each kept column with its values seen (one string each), or None: not shared
        self.columns: list[tuple[int, dict[str, str] | None]] = []
        self.built = 0  # rows made

    def add_all(self, records: Iterable[list[str]]) -> None:
        for record in records:
            self.add(record)

    def add(self, record: list[str], numbers: frozenset[int] = frozenset()) -> None:
        index = self.count
        self.count += 1
        if self.headers is not None:
            self._row(index, record, numbers)
            return
        self.pending.append((index, record, numbers))
        first = next((i for i, (_, r, _) in enumerate(self.pending) if _filled(r)), None)
        if first is None:
            self.pending.clear()
            return
        wide = sum(1 for _, r, _ in self.pending[first:] if _filled(r) >= 2)
        if wide >= self.WEIGHED or len(self.pending) - first > self.LOOK_AHEAD:
            self._start(first)  # (a lone cell with nothing wider under it: the headers)

    def _start(self, at: int) -> None:
        """The headers are the pending row ``at``, or — a title above the headers («
        Export des inscrits du 12/06 ») — the first of the next rows with several cells;
        unless a later row of the first few names more known columns (a row grouping the
        columns above the headers: « Participant | | Commande »)."""
        pending, self.pending = self.pending, []
        if _filled(pending[at][1]) == 1:
            at = next((i for i in range(at + 1, len(pending)) if _filled(pending[i][1]) >= 2), at)
        best = header_score(pending[at][1])
        for i in range(at + 1, len(pending)):
            if _filled(pending[i][1]) >= 2 and (score := header_score(pending[i][1])) > best:
                at, best = i, score
        index, record, _ = pending[at]
        headers = [" ".join(c.split()) for c in record]
        while headers and not headers[-1]:
            headers.pop()
        self.headers = headers
        self.header_line = index + 1 + self.offset
        kept = self.keep(headers) if self.keep is not None else None
        self.kept = None if kept is None else sorted(c for c in kept if c < len(headers))
        self.columns = [(c, {}) for c in (range(len(headers)) if kept is None else self.kept)]
        for i, rec, numbers in pending[at + 1 :]:
            self._row(i, rec, numbers)

    def _row(self, index: int, cells: list[str], numbers: frozenset[int]) -> None:
        if not "".join(cells).strip():  # a blank row
            return
        width = len(self.headers)
        if len(cells) != width:
            cells = (cells + [""] * width)[:width]
        out = [""] * width
        for column, seen in self.columns:
            cell = cells[column]
            if cell:
                out[column] = cell if seen is None else seen.setdefault(cell, cell)
        self.built += 1
        if self.built == self.SAMPLE:
            self.columns = [
                (c, None if seen is None or len(seen) > self.SAMPLE // 2 else seen)
                for c, seen in self.columns
            ]
        row = Row(index + 1 + self.offset, out)
        if numbers:
            row.numbers = numbers
        self.rows.append(row)

    def drain(self) -> list[Row]:
        """The rows made since the last call (the streaming reader hands them on)."""
        rows, self.rows = self.rows, []
        return rows

    def header_table(self) -> Table:
        """The table's headers and details, before its rows (``rows`` left to the caller)."""
        if self.headers is None:
            first = next((i for i, (_, r, _) in enumerate(self.pending) if _filled(r)), None)
            if first is None:
                return Table([], [], 1, self.fmt, self.encoding, self.delimiter)
            self._start(first)
        return Table(self.headers, [], self.header_line, self.fmt, self.encoding, self.delimiter)

    def table(self) -> Table:
        if self.headers is None:
            first = next((i for i, (_, r, _) in enumerate(self.pending) if _filled(r)), None)
            if first is None:
                return Table([], [], 1, self.fmt, self.encoding, self.delimiter)
            self._start(first)
        self.columns = []
        return Table(
            self.headers, self.rows, self.header_line, self.fmt, self.encoding, self.delimiter
        )
