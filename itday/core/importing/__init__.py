"""Reading and normalising registration and exhibitor files (CSV or XLSX), without a database.

The steps, each a module and each usable on its own by the GUI's import wizard:

1. :mod:`~itday.core.importing.reading`: ``read_table(path)`` reads a CSV (any usual encoding
   and delimiter) or an XLSX sheet into rows of strings, each with its line number as a
   spreadsheet shows it (header row = 1).
2. :mod:`~itday.core.importing.mapping`: ``detect_mapping(headers, kind)`` recognises French
   and English column names; the columns it does not know are listed so the user can map
   them (``Mapping.with_overrides``).
3. The rules of each kind: :mod:`~itday.core.importing.visitors` (``normalise_visitors``),
   :mod:`~itday.core.importing.exhibitors` (``normalise_exhibitors``) and
   :mod:`~itday.core.importing.staff` (the exhibitors' « Personnel »), on what
   :mod:`~itday.core.importing.rows` shares (the ``ImportReport``, merging duplicate lines)
   and :mod:`~itday.core.importing.values` cleans (names, e-mails, booths, ticket types).

Writing to the database is ``itday.services.importer``'s job.

Nothing is lost without a word: a stray quote stops the import with one line naming its row;
lines describing the same person or company are merged, each differing value named in a
warning; a person or exhibitor already in the database is updated by the file (see
``itday.services.importer``), each replaced value named in a warning; a phone stored by Excel
as a number of 9 digits (612345678) gets its leading 0 back, with a warning.

Every public name of these modules is importable from ``itday.core.importing``.
"""

from itday.core.importing.errors import ImportCancelled, ImportFileError
from itday.core.importing.exhibitors import ExhibitorRecord, normalise_exhibitors, read_exhibitors
from itday.core.importing.guess import CodeColumnGuess
from itday.core.importing.mapping import (
    FIELDS_EXHIBITORS,
    FIELDS_VISITORS,
    IGNORE,
    Kind,
    Mapping,
    apply_columns,
    check_kind,
    detect_mapping,
    header_key,
)
from itday.core.importing.reading import MAX_FILE_BYTES, Row, Table, open_table, read_table
from itday.core.importing.rows import REPORT_WORDS, ImportReport, read_mapped
from itday.core.importing.staff import split_staff
from itday.core.importing.values import (
    REF_SEPARATOR,
    category_of,
    clean_email,
    collapse,
    is_valid_email,
    join_refs,
    parse_columns,
    parse_ticket_categories,
    parse_ticket_statuses,
    shown_value,
    split_booths,
    split_full_name,
    split_refs,
)
from itday.core.importing.visitors import VisitorRecord, normalise_visitors, read_visitors

__all__ = [
    "FIELDS_EXHIBITORS",
    "FIELDS_VISITORS",
    "IGNORE",
    "MAX_FILE_BYTES",
    "REF_SEPARATOR",
    "REPORT_WORDS",
    "CodeColumnGuess",
    "ExhibitorRecord",
    "ImportCancelled",
    "ImportFileError",
    "ImportReport",
    "Kind",
    "Mapping",
    "Row",
    "Table",
    "VisitorRecord",
    "apply_columns",
    "category_of",
    "check_kind",
    "clean_email",
    "collapse",
    "detect_mapping",
    "header_key",
    "is_valid_email",
    "join_refs",
    "normalise_exhibitors",
    "normalise_visitors",
    "parse_columns",
    "parse_ticket_categories",
    "parse_ticket_statuses",
    "read_exhibitors",
    "open_table",
    "read_mapped",
    "read_table",
    "read_visitors",
    "shown_value",
    "split_booths",
    "split_full_name",
    "split_refs",
    "split_staff",
]
