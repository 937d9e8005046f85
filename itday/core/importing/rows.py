"""What the rules of every kind share: the report of an import, the cells of a row, and the
merging of the lines of one file that describe the same person or company.

Lines of one file describing the same person or company are merged: for each field the first
non-empty value wins, an empty one is filled by a later line, and a later *different* value
does not overwrite it (the later line is usually the accidental one).  The merged line is
listed in ``duplicates`` and, when values differed, a warning names each field with the value
kept and the one of that line.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field
from dataclasses import fields as dc_fields
from pathlib import Path

from itday.core import tickets
from itday.core.importing.errors import ImportFileError
from itday.core.importing.mapping import (
    Kind,
    Mapping,
    apply_columns,
    check_kind,
    detect_mapping,
    is_buyer_header,
)
from itday.core.importing.reading import Row, Table, open_table
from itday.core.importing.values import shown_value
from itday.core.text import fold
from itday.errors import QT_TRANSLATE_NOOP


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
    # people whose every ticket the status column says is cancelled, refunded…
    cancelled: int = 0
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
            **({"cancelled": self.cancelled} if self.cancelled else {}),
        }


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
        "consent": "consentement (coordonnées aux exposants)",
        "status": "statut",
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


def cells(row: Row, mapping: Mapping, labels: dict[str, str], report: ImportReport) -> dict:
    """The trimmed values of ``row`` by field (the first non-empty one when two columns feed
    a field); a cell starting with « = » and a phone Excel stored as a number are warned of."""
    values: dict[str, str] = {}
    row_cells = row.cells
    width = len(row_cells)
    for index, name in mapping.columns.items():
        value = row_cells[index].strip() if index < width else ""
        if not value:  # (most cells of a wide export: nothing to check)
            if name not in values:
                values[name] = value
            continue
        if value[0] == "=":
            header = mapping.headers[index] or labels.get(name, name)
            report.warn(
                row.line,
                f"la cellule « {header} » commence par « = » : gardée telle quelle, comme du texte",
            )
        elif name in _PHONE_FIELDS and len(value) == 9 and value.isdigit() and value[0] != "0":
            # Excel stored 0612345678 as the number 612345678: its leading 0 is gone (in a
            # CSV saved by a spreadsheet too, where it is no longer told from text)
            where = "dans le classeur" if index in row.numbers else "par un tableur"
            report.warn(
                row.line,
                f"téléphone « {value} » enregistré comme un nombre {where} "
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


def merge_into(
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


def report_duplicate(
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


def new_report(table: Table, mapping: Mapping, kind: str) -> ImportReport:
    """The report an import starts with: row count and one warning per ignored column."""
    if mapping.kind != kind:
        raise ValueError(f"mapping is not for {kind}")
    _require_name(mapping)
    report = ImportReport()
    for index in mapping.unknown_columns:
        header = mapping.headers[index]
        if kind == "visitors" and is_buyer_header(header):
            reason = f"colonne « {header} » ignorée (celle de l'acheteur, pas du participant)"
        else:
            reason = f"colonne « {header} » ignorée (en-tête non reconnu)"
        report.warn(table.header_line, reason)
    return report


def finish_report(report: ImportReport, table: Table) -> None:
    """What is known once every row was read: formula cells an XLSX file left uncomputed."""
    for line, header in table.uncomputed:
        report.warn(
            line,
            f"colonne « {header} » : formule sans valeur calculée, lue vide (ouvrez le "
            "classeur dans Excel ou LibreOffice et enregistrez-le, puis réimportez)",
        )


def read_mapped(
    path: str | Path,
    kind: Kind,
    overrides: AbcMapping[int, str | None] | None = None,
    columns: AbcMapping[str, str] | None = None,
) -> tuple[Table, Mapping]:
    """``read_table`` + ``detect_mapping`` (and the user's ``overrides``); without overrides,
    a file of the other kind is refused (``check_kind``).  ``columns`` (``header_key`` of a
    header → field, "" to ignore: the organiser's ``--column``) applies to the headers of
    the file it names, before ``overrides``.  Only the columns the import needs are kept in
    memory (and those it does not know when no ticket code column is mapped: one of them
    may hold the codes)."""
    found: dict[str, Mapping] = {}

    def mapping_of(headers: list[str]) -> Mapping:
        if overrides:
            return apply_columns(detect_mapping(headers, kind), columns).with_overrides(overrides)
        return apply_columns(check_kind(headers, kind, Path(path).name), columns)

    def keep(headers: list[str]) -> set[int]:
        mapping = found["mapping"] = mapping_of(headers)
        needed = set(mapping.columns)
        if kind == "visitors" and mapping.column_of(tickets.FIELD) is None:
            needed |= set(mapping.unknown_columns)
        return needed

    table = open_table(path, keep)  # rows read as the rules ask for them
    return table, found.get("mapping") or mapping_of(table.headers)
