"""The export's workbook (``export.xlsx``): one sheet per table, 100,000 people in a second
or two.

XlsxWriter writes the workbook as it always did — sheets, names, frozen header row, column
widths, styles, the date-time format — but with the header row alone in each sheet (and a
cell where the data ends, so that it records the sheet's extent).  The rows themselves are
then written here straight into each sheet's XML while the package is copied into its final
zip: the very bytes XlsxWriter writes for them in its constant-memory mode (inline strings,
numbers, date-times with their style), without its per-cell bookkeeping, which took two
thirds of the export's time.  ``tests/db/test_export_identical.py`` holds the workbook to the
one XlsxWriter writes cell by cell, part by part.  One difference: a text « <r>…</r> »,
which XlsxWriter took for rich text of its own and wrote unescaped (a damaged file), is text.

Text is written as text cells: Excel shows it unchanged and never evaluates it, so it needs
no apostrophe (which Excel would show).  Times are Excel date-times, naive (Excel has no time
zones) in the event's zone, with a date-time format.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

from itday.core import doc_text

XLSX_DATETIME_FORMAT = "DD/MM/YYYY HH:MM:SS"
#: characters XML 1.0 cannot hold (a spreadsheet would call the file damaged)
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: what sends a text to the careful path: markup to escape, control characters (Excel
#: writes them ``_xHHHH_``), text that looks like such an escape, spaces at an end
_CAREFUL = re.compile(r"[&<>\x00-\x1f\x7f-\x9f\ufffe\uffff]|_x[0-9a-fA-F]{4}_|^\s|\s\Z")
_ESCAPE_LIKE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"([\x00-\x08\x0b-\x1f])")
#: Excel's longest text, in UTF-16 units
_LONGEST = 32767
_EPOCH = dt.datetime(1899, 12, 31)
_ROWS = 1_048_576  # rows of a sheet
_FLUSH = 1 << 16  # characters gathered before a write into the zip


def _columns(n: int) -> list[str]:
    """``A``, ``B``, … ``Z``, ``AA``… for the first ``n`` columns."""
    names = []
    for i in range(n):
        name = ""
        i += 1
        while i:
            i, rest = divmod(i - 1, 26)
            name = chr(65 + rest) + name
        names.append(name)
    return names


def text_tail(text: str) -> str:
    """An inline text cell as XlsxWriter writes it in constant-memory mode, after its
    ``<c r="A1"``."""
    if _CAREFUL.search(text) is None and len(text) <= _LONGEST // 2:
        return f' t="inlineStr"><is><t>{text}</t></is></c>'
    if len(text) > _LONGEST // 2 and len(text.encode("utf-16-le", "surrogatepass")) > _LONGEST:
        text = _cut(text)
    text = _ESCAPE_LIKE.sub(r"_x005F\1", text)  # a literal "_x0041_" stays itself in Excel
    text = _CONTROL.sub(lambda m: f"_x{ord(m.group(1)):04X}_", text)
    text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
    space = ' xml:space="preserve"' if text and (text[0].isspace() or text[-1].isspace()) else ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f' t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _cut(text: str) -> str:
    """The text cut to Excel's longest, a character beyond U+FFFF counting two."""
    length = 0
    for i, char in enumerate(text):
        length += 2 if ord(char) > 0xFFFF else 1
        if length > _LONGEST:
            return text[:i]
    return text


def number_tail(value: float, style: str = "") -> str:
    if isinstance(value, float) and not math.isfinite(value):
        raise TypeError("NAN/INF not supported in write_number()")
    return f"{style}><v>{value:.16G}</v></c>"


def excel_time(value: dt.datetime) -> float:
    """Excel's serial number of a naive date-time (days since 1899-12-31, 1900 a leap year,
    as Excel counts), computed as XlsxWriter (≥ 3.3.4) does, to the bit."""
    delta = value - _EPOCH
    serial = delta.days + (float(delta.seconds) + float(delta.microseconds) / 1e6) / (86400)
    if value.year == 1900 and value.isocalendar() == (1900, 1, 1):
        serial -= 1
    if serial >= 60:  # after Excel's 29 February 1900 (28 February at any hour is before it)
        serial += 1
    return serial


def _cell_writer(
    column: str, lang: str | None, date_style: str, dated: list[bool]
) -> Callable[[object], str]:
    """How one column's cells are written (after their ``<c r="A1"``): dates and numbers as
    Excel's own, the rest as text (in the document language's words for people)."""
    words = doc_text.column_formatter(column, lang) if lang and doc_text.has_words(column) else None

    def tail(value) -> str:
        if value.__class__ is str and words is None:
            return text_tail(value if value.isprintable() else _NOT_IN_XML.sub("", value))
        if isinstance(value, dt.datetime):
            dated[0] = True
            return number_tail(excel_time(value.replace(tzinfo=None)), date_style)
        if isinstance(value, bool):
            return f' t="b"><v>{1 if value else 0}</v></c>'
        if isinstance(value, int | float):
            return number_tail(value)
        text = str(words(value) if words is not None else value)
        return text_tail(_NOT_IN_XML.sub("", text) if not text.isprintable() else text)

    return tail


def sheet_rows(
    columns: tuple[str, ...],
    headers: list[str],
    rows: list[dict],
    lang: str | None,
    style: int,
    dated: list[bool],
) -> Iterator[str]:
    """The ``<row>`` elements of one sheet, the header row first, in pieces of about
    ``_FLUSH`` characters; empty cells (None, "") and empty rows are left out.  ``style``:
    the date-time format's index; ``dated[0]`` becomes True once a date-time is written."""
    letters = _columns(len(columns))
    head = "".join(
        f'<c r="{c}1"{text_tail(_NOT_IN_XML.sub("", h))}'
        for c, h in zip(letters, headers, strict=True)
    )
    date_style = f' s="{style}"'
    # (key, letter, writer, the cells of each text already met when the column has words)
    spec = [
        (
            name,
            letter,
            _cell_writer(name, lang, date_style, dated),
            {} if lang and doc_text.has_words(name) else None,
        )
        for name, letter in zip(columns, letters, strict=True)
    ]
    careful, half = _CAREFUL.search, _LONGEST // 2
    out = [f'<row r="1">{head}</row>'] if head else []
    size = 0
    for n, row in enumerate(rows, start=2):
        r = str(n)
        cells = []
        for name, letter, tail, seen in spec:
            value = row.get(name)
            if value is None or value == "":
                continue
            if value.__class__ is not str:
                end = tail(value)
            elif seen is not None:  # words: a few distinct texts
                end = seen.get(value)
                if end is None:
                    end = seen[value] = tail(value)
            elif len(value) <= half and value.isprintable() and careful(value) is None:
                end = f' t="inlineStr"><is><t>{value}</t></is></c>'  # most cells: text as is
            else:
                end = tail(value)
            cells.append(f'<c r="{letter}{r}"{end}')
        if cells:
            piece = f'<row r="{r}">{"".join(cells)}</row>'
            out.append(piece)
            size += len(piece)
            if size > _FLUSH:
                yield "".join(out)
                out, size = [], 0
    if out:
        yield "".join(out)


def last_row(columns: tuple[str, ...], rows: list[dict]) -> int:
    """The index (0: the header) of the last row holding a cell."""
    for i in range(len(rows) - 1, -1, -1):
        row = rows[i]
        if any(row.get(c) is not None and row.get(c) != "" for c in columns):
            return i + 1
    return 0


Sheet = tuple[str, tuple[str, ...], list[str], list[dict]]  # title, keys, headers, rows


def write_xlsx(path: Path, sheets: list[Sheet], lang: str | None) -> None:
    """Write the workbook: ``sheets`` is ``(title, columns, headers, rows)`` in order.
    ``lang``: the document language of the words in cells (None: the stable keys)."""
    # Excel's last row: XlsxWriter left out the cells beyond it, and so does this
    sheets = [(t, columns, heads, rows[: _ROWS - 1]) for t, columns, heads, rows in sheets]
    skeleton, style = _skeleton(sheets, dated=True)
    dated, todo = [False], set(range(len(sheets)))
    with (
        zipfile.ZipFile(io.BytesIO(skeleton)) as source,
        zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/styles.xml" and not todo and not dated[0]:
                # the sheets, written before, hold no date-time: the styles without its
                # format, as XlsxWriter writes them then
                data = _styles(_skeleton(sheets, dated=False)[0])
            index = _sheet_index(info.filename)
            todo.discard(index)
            if index is None or index >= len(sheets):
                target.writestr(info, data)
                continue
            _, columns, headers, rows = sheets[index]
            xml = data.decode("utf-8")
            start, end = xml.find("<sheetData>"), xml.find("</sheetData>")
            if start < 0 or end < 0:  # no column at all: nothing to write
                target.writestr(info, data)
                continue
            with target.open(_like(info), "w") as fh:
                fh.write(xml[: start + len("<sheetData>")].encode("utf-8"))
                for piece in sheet_rows(columns, headers, rows, lang, style, dated):
                    fh.write(piece.encode("utf-8"))
                fh.write(xml[end:].encode("utf-8"))


def _sheet_index(name: str) -> int | None:
    found = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
    return int(found.group(1)) - 1 if found else None


def _like(info: zipfile.ZipInfo) -> zipfile.ZipInfo:
    """A new entry with the same name, date and attributes (its size is written later)."""
    new = zipfile.ZipInfo(info.filename, info.date_time)
    new.compress_type, new.external_attr = info.compress_type, info.external_attr
    new.create_system = info.create_system
    return new


def _styles(skeleton: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(skeleton)) as z:
        return z.read("xl/styles.xml")


def _skeleton(sheets, *, dated: bool) -> tuple[bytes, int]:
    """The workbook written by XlsxWriter with each sheet's header row and a cell at its
    last row (its extent); if ``dated``, that cell in the first sheet with rows is a
    date-time, so that the date-time format is among the styles.  Also the style index of
    that format (0 if none)."""
    import xlsxwriter

    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        buffer,
        {
            "constant_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "remove_timezone": True,
        },
    )
    when = workbook.add_format({"num_format": XLSX_DATETIME_FORMAT})
    probe = dated
    for title, columns, headers, rows in sheets:
        ws = workbook.add_worksheet(title)
        ws.freeze_panes(1, 0)
        for i, column in enumerate(columns):
            if column.endswith("_at"):  # wide enough for "29/06/2017 09:57:24"
                ws.set_column(i, i, 20)
        for i, header in enumerate(headers):
            ws.write_string(0, i, _NOT_IN_XML.sub("", header))
        end = last_row(columns, rows)
        if end and probe:
            ws.write_datetime(end, 0, dt.datetime(2000, 1, 1), when)
            probe = False
        elif end:
            ws.write_string(end, 0, "")
    workbook.close()
    data = buffer.getvalue()
    style = 0
    if dated and not probe:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            for name in z.namelist():
                found = _sheet_index(name) is not None and re.search(
                    rb'<c r="A\d+" s="(\d+)"><v>36526</v>', z.read(name)
                )
                if found:
                    style = int(found.group(1))
                    break
        if not style:
            raise RuntimeError("export.xlsx: the date-time format was not found")
    return data, style
