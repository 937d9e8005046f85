"""The rules of a registrations file: one ``VisitorRecord`` a person.

Lines of the same person (same e-mail, or same order reference with the same name) are
merged; one order for two people (the buyer's e-mail on both lines, other names, each with
their own ticket) stays two people.  A visitor with a first name but no last name is imported
with a warning.  A ticket code on the lines of two different people stays with the first.
"""

from __future__ import annotations

from collections.abc import Mapping as AbcMapping
from dataclasses import dataclass, field
from pathlib import Path

from itday.core import badge, tickets
from itday.core.badge import CodeKind
from itday.core.consent import parse_consent
from itday.core.enums import Category
from itday.core.importing.guess import CodeColumnGuess
from itday.core.importing.mapping import FIELDS_VISITORS, Mapping
from itday.core.importing.reading import Row, Table
from itday.core.importing.rows import (
    ImportReport,
    cells,
    finish_report,
    merge_into,
    new_report,
    read_mapped,
    report_duplicate,
)
from itday.core.importing.values import (
    category_of,
    clean_email,
    collapse,
    is_valid_email,
    join_refs,
    shown_value,
    split_full_name,
    split_refs,
)
from itday.core.text import fold


@dataclass(slots=True)
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
    #: may exhibitors receive their details: the file's answer, None when it says nothing
    consent: bool | None = None
    #: the ticket was cancelled, refunded… (the status column): imported as cancelled
    cancelled: bool = False
    #: the status column says the ticket stands (a status meaning attending, not a blank):
    #: a person an earlier import cancelled for their ticket is registered again
    attending: bool = False
    lines: list[int] = field(default_factory=list)  # every line merged into this record
    origin: dict[str, int] = field(default_factory=dict)  # field → line its value came from


class _Seen:
    """The people of the lines read so far, by e-mail, by order number and by ticket code."""

    def __init__(self) -> None:
        self.records: list[VisitorRecord] = []
        self.by_email: dict[str, VisitorRecord] = {}
        self.by_ref: dict[str, list[VisitorRecord]] = {}
        self.ticket_lines: dict[str, tuple[int, VisitorRecord]] = {}  # code → (line, record)

    def earlier(self, record: VisitorRecord, report: ImportReport) -> VisitorRecord | None:
        """The person of an earlier line that ``record`` is, if any."""
        earlier = self.by_email.get(record.email) if record.email else None
        if earlier is not None and _other_ticket_holder(earlier, record):
            same = next(
                (r for r in self.records if r.email == record.email and _same_person(r, record)),
                None,
            )
            if same is None:
                report.warn(
                    record.line,
                    f"même e-mail que la ligne {earlier.line} mais autre nom et autre billet : "
                    "importé comme une autre personne",
                )
            earlier = same
        if earlier is None and record.external_ref:
            earlier = next(
                (
                    r
                    for ref in split_refs(record.external_ref)
                    for r in self.by_ref.get(ref, [])
                    if _same_person(r, record)
                ),
                None,
            )
        return earlier

    def add(self, record: VisitorRecord, line: int, report: ImportReport) -> None:
        """Remembers ``record`` (new, or merged with ``line``) under its e-mail, orders and
        tickets."""
        _keep_first_holder(record, line, self.ticket_lines, report)
        if record.email:
            self.by_email.setdefault(record.email, record)
        for ref in split_refs(record.external_ref):
            refs = self.by_ref.setdefault(ref, [])
            if not any(r is record for r in refs):  # (``in`` compares every field)
                refs.append(record)


def normalise_visitors(table: Table, mapping: Mapping) -> tuple[list[VisitorRecord], ImportReport]:
    """Clean and check each row; merge the lines of the same person (same e-mail, or same
    order reference with the same name).  Rows without any name are rejected."""
    report = new_report(table, mapping, "visitors")
    seen = _Seen()
    guess = CodeColumnGuess(mapping)
    statuses = _Statuses()
    answers = _Answers()
    for row in table.rows:
        report.rows += 1
        guess.add(row)
        record = _visitor(row, mapping, report, statuses, answers)
        if record is None:
            continue
        earlier = seen.earlier(record, report)
        if earlier is not None:
            _merge_visitor(earlier, record, report)
            record = earlier
        else:
            seen.records.append(record)
        seen.add(record, row.line, report)
    finish_report(report, table)
    hint = guess.hint()
    if hint is not None:
        report.warn(table.header_line, hint)
    statuses.finish(report, mapping, table.header_line)
    for record in seen.records:
        if record.first_name and not record.last_name:  # the badge would show "Jean" alone
            report.warn(record.line, "nom de famille manquant")
    if mapping.column_of(tickets.FIELD) is not None:
        report.tickets = sum(len(r.tickets) for r in seen.records)
    report.cancelled = sum(1 for r in seen.records if r.cancelled)
    return seen.records, report


def _visitor(
    row: Row, mapping: Mapping, report: ImportReport, statuses: _Statuses, answers: _Answers
) -> VisitorRecord | None:
    """The person of one row, cleaned and checked (None, rejected: a row without a name)."""
    values = cells(row, mapping, FIELDS_VISITORS, report)
    first = collapse(values.get("first_name", ""))
    last = collapse(values.get("last_name", ""))
    full = values.get("full_name", "")
    if full and not (first or last):
        first, last = split_full_name(full)
    if not (first or last):
        report.reject(row.line, "aucun nom ni prénom")
        return None
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
        report.warn(row.line, f"adresse e-mail invalide « {record.email} » : importée telle quelle")
    ticket = collapse(values.get("category", ""))
    if ticket:
        record.category = answers.category(ticket, mapping, row.line, report)
    record.tickets = _ticket_codes(values.get(tickets.FIELD, ""), row.line, report)
    record.consent = answers.consent(values.get("consent", ""), row.line, report)
    status = values.get(tickets.STATUS_FIELD, "")
    record.cancelled = statuses.cancelled(status, mapping, row.line, report)
    record.attending = bool(status) and statuses.stands(status)
    return record


class _Answers:
    """The category of each ticket type and the answer of each consent value, worked out
    once per distinct value (a ticketing export repeats a handful on every line); the
    warnings stay on every line."""

    UNREADABLE = object()

    def __init__(self) -> None:
        self.categories: dict[str, tuple[str, bool]] = {}  # type → (category, unknown)
        self.consents: dict[str, object] = {}  # cell → True, False, None or UNREADABLE

    def category(self, ticket: str, mapping: Mapping, line: int, report: ImportReport) -> str:
        known = self.categories.get(ticket)
        if known is None:
            known = self.categories[ticket] = _category(ticket, mapping)
        category, unknown = known
        if unknown:
            report.warn(line, f"type de billet « {ticket} » inconnu : importé comme visiteur")
        return category

    def consent(self, cell: str, line: int, report: ImportReport) -> bool | None:
        if not cell:
            return None  # (parse_consent's answer to an empty cell)
        answer = self.consents.get(cell, self)
        if answer is self:
            try:
                answer = parse_consent(cell)
            except ValueError:
                answer = self.UNREADABLE
            self.consents[cell] = answer
        if answer is self.UNREADABLE:
            report.warn(
                line,
                f"consentement « {shown_value('consent', cell)} » illisible (attendu oui ou "
                "non) : aucun accord enregistré, les exposants ne recevront pas ses coordonnées",
            )
            return None
        return answer  # type: ignore[return-value]


class _Statuses:
    """What the status column says, line by line.  A « Statut » column none of whose values
    is a ticket status (a registration form's « Statut » : Étudiant, Salarié…) is no status
    column: one line says so instead of a warning on every line."""

    def __init__(self) -> None:
        self.known = False
        self.unknown: list[dict] = []  # the warnings about unknown values
        self.values: list[str] = []  # the first unknown values, for the one line
        self.more = False  # more than those
        self.meanings: dict[str, tuple[str, str | None]] = {}  # cell → (status, meaning)
        self.flag: bool | None = None  # a yes/no column (« Supprimé »), not a status

    def _meaning(self, status: str, mapping: Mapping) -> str | None:
        if self.flag is None:
            column = mapping.column_of(tickets.STATUS_FIELD)
            self.flag = column is not None and tickets.is_flag_header(mapping.headers[column])
        if self.flag:
            return tickets.flag_meaning(status, mapping.statuses)
        return tickets.status_meaning(status, mapping.statuses)

    def cancelled(self, cell: str, mapping: Mapping, line: int, report: ImportReport) -> bool:
        """True if the status column says the ticket no longer stands (cancelled, refunded,
        transferred…); a value nobody knows is imported as registered, with a warning
        saying how to tell what it means."""
        known = self.meanings.get(cell)
        if known is None:  # (a handful of values, each on thousands of lines)
            status = collapse(cell)
            known = self.meanings[cell] = (status, self._meaning(status, mapping))
        status, meaning = known
        if meaning is None:
            report.warn(
                line,
                f"statut « {shown_value('status', status)} » inconnu : importé comme inscrit ; "
                f"s'il veut dire annulé, indiquez-le à l'étape des colonnes ou avec "
                f'--status "{status}=annulé"',
            )
            self.unknown.append(report.warnings[-1])
            if status not in self.values:
                self.more = self.more or len(self.values) == 3
                if not self.more:
                    self.values.append(status)
        elif status:
            self.known = True
        return meaning == tickets.CANCELLED

    def stands(self, cell: str) -> bool:
        """True if ``cell`` (read by ``cancelled`` before) is a status meaning attending."""
        known = self.meanings.get(cell)
        return known is not None and bool(known[0]) and known[1] == tickets.ATTENDING

    def finish(self, report: ImportReport, mapping: Mapping, header_line: int) -> None:
        if self.known or not self.unknown:
            return
        said = {id(w) for w in self.unknown}
        report.warnings[:] = [w for w in report.warnings if id(w) not in said]
        header = mapping.headers[mapping.column_of(tickets.STATUS_FIELD)]
        values = ", ".join(f"« {shown_value('status', v)} »" for v in self.values)
        report.warn(
            header_line,
            f"colonne « {header} » : aucune de ses valeurs n'est un statut de billet connu "
            f"({values}{'…' if self.more else ''}) : tout le "
            "monde est importé comme inscrit ; si un statut veut dire annulé, "
            'indiquez-le à l\'étape des colonnes ou avec --status "VALEUR=annulé"',
        )


def _category(ticket: str, mapping: Mapping) -> tuple[str, bool]:
    """The category of a ticket type: the organiser's choice, else the words of the type;
    a type nobody knows is a visitor (True: to be warned of)."""
    chosen = mapping.categories.get(fold(ticket))
    category = Category(chosen) if chosen in Category._value2member_map_ else None
    category = category or category_of(ticket)
    if category is None:
        return Category.VISITOR.value, True
    return category.value, False


def _merge_visitor(earlier: VisitorRecord, record: VisitorRecord, report: ImportReport) -> None:
    """A later line of the same person merged into ``earlier``."""
    skip = (
        "line", "lines", "origin", "tickets", "external_ref", "consent", "cancelled", "attending"
    )  # fmt: skip
    differing = merge_into(earlier, record, skip=skip)
    earlier.cancelled = earlier.cancelled and record.cancelled  # one ticket still stands
    earlier.attending = earlier.attending or record.attending
    if record.consent is not None and earlier.consent is not record.consent:
        if earlier.consent is not None:  # two answers: the refusal wins (never shared by doubt)
            differing.append(("consent", earlier.consent, earlier.line, record.consent))
        earlier.consent = record.consent if earlier.consent is None else False
    earlier.lines.append(record.line)
    # one person, several orders: every order number is kept (re-imports match any)
    new_refs = [r for r in split_refs(record.external_ref)
                if r not in split_refs(earlier.external_ref)]  # fmt: skip
    earlier.external_ref = join_refs(earlier.external_ref, record.external_ref)
    report_duplicate(report, "visitors", earlier.line, record.line, differing, new_refs)
    earlier.tickets += [c for c in record.tickets if c not in earlier.tickets]


def _ticket_codes(cell: str, line: int, report: ImportReport) -> list[str]:
    """The ticket codes of one cell; a code a spreadsheet mangled, too short, or an itday
    badge code is left out with a warning (it could never admit this person as a ticket)."""
    codes: list[str] = []
    whole = cell.strip()
    if not whole:
        return codes
    if tickets.mangled_by_spreadsheet(whole) or tickets.one_code(whole):
        found = [whole]  # (one code a cell: the usual case, without splitting)
    else:
        found = tickets.split_codes(cell)
    for code in found:
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
        elif badge.parse(code).kind is not CodeKind.FOREIGN:
            # every itday badge code reads as a badge at the desk: as a ticket it would admit
            # the badge's holder (or nobody), never this person
            report.warn(
                line,
                f"code de billet « {shown_value('ticket_code', code)} » : c'est un code de "
                "badge itday, pas un billet : ignoré",
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


def _same_person(a: VisitorRecord, b: VisitorRecord) -> bool:
    return fold(a.first_name) == fold(b.first_name) and fold(a.last_name) == fold(b.last_name)


def read_visitors(
    path: str | Path,
    overrides: AbcMapping[int, str | None] | None = None,
    categories: AbcMapping[str, str] | None = None,
    statuses: AbcMapping[str, str] | None = None,
    columns: AbcMapping[str, str] | None = None,
):
    """``read_table`` + ``detect_mapping`` + ``normalise_visitors`` in one call."""
    table, mapping = read_mapped(path, "visitors", overrides, columns)
    mapping.categories = dict(categories or {})
    mapping.statuses = dict(statuses or {})
    records, report = normalise_visitors(table, mapping)
    return records, report, mapping
