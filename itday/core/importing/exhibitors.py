"""The rules of an exhibitors file: one ``ExhibitorRecord`` a company (lines naming the same
company, folded, are merged; their booths and staff all kept)."""

from __future__ import annotations

from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field
from pathlib import Path

from itday.core.importing.mapping import FIELDS_EXHIBITORS, Mapping
from itday.core.importing.reading import Table
from itday.core.importing.rows import (
    ImportReport,
    cells,
    finish_report,
    merge_into,
    new_report,
    read_mapped,
    report_duplicate,
)
from itday.core.importing.staff import split_staff
from itday.core.importing.values import clean_email, collapse, is_valid_email, split_booths
from itday.core.text import fold


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


def normalise_exhibitors(
    table: Table, mapping: Mapping
) -> tuple[list[ExhibitorRecord], ImportReport]:
    """Clean and check each row; lines naming the same company (folded) are merged."""
    report = new_report(table, mapping, "exhibitors")
    records: list[ExhibitorRecord] = []
    by_name: dict[str, ExhibitorRecord] = {}
    for row in table.rows:
        report.rows += 1
        values = cells(row, mapping, FIELDS_EXHIBITORS, report)
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
            differing = merge_into(
                earlier, record, skip=("line", "lines", "origin", "booths", "staff")
            )
            earlier.booths = booths
            earlier.staff = staff  # one line per staff member naming the company: all kept
            earlier.lines.append(row.line)
            report_duplicate(report, "exhibitors", earlier.line, row.line, differing)
        else:
            by_name[key] = record
            records.append(record)
    finish_report(report, table)
    return records, report


def read_exhibitors(
    path: str | Path,
    overrides: AbcMapping[int, str | None] | None = None,
    columns: AbcMapping[str, str] | None = None,
):
    """``read_table`` + ``detect_mapping`` + ``normalise_exhibitors`` in one call."""
    table, mapping = read_mapped(path, "exhibitors", overrides, columns)
    records, report = normalise_exhibitors(table, mapping)
    return records, report, mapping
