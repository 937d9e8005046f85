"""Importing visitors and exhibitors into an edition, in one transaction.

The caller gives a ``Session``; the functions read the file (``itday.core.importing``), merge
the records with what the edition already holds, and commit — or roll back on dry run, on
cancellation and on any exception, so an import is all of it or nothing.

Matching:
- visitors: one of their ticket codes (the ticketing service's own key for a registration),
  else same e-mail (case-insensitive), else same external reference and same name; existing
  badge codes are kept, new attendees get a fresh code.  Empty cells never erase.  Every
  ticket code of the file is kept (``attendee_code``): a person may hold several tickets,
  each admits them at the desk like their badge; a code already held by someone else of the
  edition moves to the file's holder only if that someone is in the file too (the service
  gave them another ticket), else it stays theirs and the line is warned.  A ticket cell
  holding an itday badge code is refused on its line (a code admits one person).
  A person or exhibitor already in the edition takes the file's values (a re-import of an
  updated export); every value that replaces another is named in a warning, old and new.
- exhibitors: same folded name; booth codes of the file assign that exhibitor to the
  edition's booths when they are free.

Each function loads the edition's rows once and works on dictionaries: no query per line.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import bindparam, update
from sqlmodel import Session, select

from itday.core import badge, tickets
from itday.core.consent import ConsentSource
from itday.core.enums import BoothStatus, Category, Source
from itday.core.importing import (
    REPORT_WORDS,
    ExhibitorRecord,
    ImportCancelled,
    ImportFileError,
    ImportReport,
    VisitorRecord,
    join_refs,
    read_exhibitors,
    read_visitors,
    shown_value,
    split_refs,
)
from itday.core.text import fold, search_key
from itday.db import repo
from itday.db.bulk import insert_rows
from itday.db.models import Attendee, AttendeeCode, Booth, Event, Exhibitor
from itday.db.types import utcnow
from itday.errors import QT_TRANSLATE_NOOP
from itday.services.import_people import Person, write_keys, write_people

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

__all__ = ["ImportCancelled", "ImportFileError", "import_exhibitors", "import_visitors"]


class _Ticker:
    """Reports progress and checks for cancellation about a hundred times per import."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None):
        self.total = total
        self.progress = progress
        self.cancelled = cancelled
        self.step = max(1, total // 100)

    def __call__(self, done: int) -> None:
        if done % self.step and done != self.total:
            return
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled("Import annulé : rien n'a été enregistré.")
        if self.progress is not None:
            self.progress(done, self.total)


def _run(session: Session, report: ImportReport, dry_run: bool, work: Callable[[], None]):
    report.dry_run = dry_run
    try:
        work()
        if dry_run:
            session.rollback()
        else:
            session.commit()
    except BaseException:
        session.rollback()
        raise
    return report


@contextmanager
def _no_collector() -> Iterator[None]:
    """Python's cycle collector paused while an import builds its records: they are not
    garbage, yet its passes went through all of them (a quarter of the processor time of
    100,000 people).  An import of 100,000 people left no cyclic garbage (measured); what
    earlier work left is collected first, and the collector runs again afterwards (unless it
    was already off)."""
    if not gc.isenabled():
        yield
        return
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _check_event(session: Session, event_id: int) -> None:
    if session.get(Event, event_id) is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Aucune édition n° {event_id} dans cette base."),
            event_id=event_id,
        )


def _insert(session: Session, table, rows: list[dict]) -> None:
    """Plain rows inserted in one executemany (the ORM's bulk insert, then Core's, spent
    more time building parameters than SQLite writing them)."""
    insert_rows(session.connection(), table.__table__, rows)


#: a person of the edition whose ticket the re-imported export says is cancelled, refunded…
CANCELLED_SINCE = "inscription annulée (billet annulé ou remboursé depuis)"
#: … and one an earlier import cancelled for their ticket, whose ticket stands again
RESTORED = "inscription rétablie (billet de nouveau valide)"
#: a registration cancelled by hand stays so, whatever the file says of the ticket
STILL_CANCELLED = (
    "inscription annulée à la main : reste annulée (le fichier dit le billet valide ; "
    "rétablissez-la dans Visiteurs si elle doit l'être)"
)


def _update(obj, values: dict, report: ImportReport, line: int, kind: str) -> bool:
    """Set the non-empty values that differ; True if anything changed.  A value that
    replaces another (not an empty one) is named in a warning, old and new."""
    changed = False
    replaced: list[str] = []
    for name, value in values.items():
        if not value:
            continue
        old = getattr(obj, name)
        if old != value:
            if name == "cancelled":  # the ticket's status says it no longer stands
                replaced.append(CANCELLED_SINCE)
            elif old:
                replaced.append(
                    f"{REPORT_WORDS[kind].get(name, name)} « {shown_value(name, old)} » → "
                    f"« {shown_value(name, value)} »"
                )
            setattr(obj, name, value)
            changed = True
    if replaced:
        report.warn(line, "déjà dans l'édition, mis à jour : " + ", ".join(replaced))
    return changed


# ---------------------------------------------------------------------------------------------
# Visitors


@_no_collector()
def import_visitors(
    session: Session,
    event_id: int,
    path: str | Path,
    *,
    mapping: Mapping[int, str | None] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    categories: Mapping[str, str] | None = None,
    statuses: Mapping[str, str] | None = None,
    columns: Mapping[str, str] | None = None,
) -> ImportReport:
    """Import registrations from a CSV or XLSX file into edition ``event_id``.

    ``mapping`` (column index → field name of ``FIELDS_VISITORS``, or ``""`` to ignore)
    overrides the columns detected from the headers.  ``categories`` (folded ticket type →
    category value) maps the file's ticket types, ``statuses`` (``tickets.status_meaning``'s
    key → ``tickets.CANCELLED`` or ``ATTENDING``) the file's ticket statuses, ``columns``
    (header key → field) the headers; each with those already chosen for this database
    (remembered in it when the import is not a dry run).  Raises ``ImportFileError`` when the
    file cannot be imported and ``ImportCancelled`` when ``cancelled()`` became true; in
    both cases nothing is written.
    """
    remembered = _remembered(session, TICKET_CATEGORIES, categories)
    known_statuses = _remembered(session, TICKET_STATUSES, statuses)
    headers = _remembered(session, COLUMNS + "visitors", columns)
    records, report, detected = read_visitors(path, mapping, remembered, known_statuses, headers)
    _check_event(session, event_id)
    column = detected.column_of(tickets.FIELD)
    source = tickets.services_of(detected.headers[column]) if column is not None else ""

    def work() -> None:
        placed = _merge_visitors(session, event_id, records, report, progress, cancelled)
        _store_tickets(session, event_id, placed, source, report)
        for key, chosen, everything in (
            (TICKET_CATEGORIES, categories, remembered),
            (TICKET_STATUSES, statuses, known_statuses),
            (COLUMNS + "visitors", columns, headers),
        ):
            if chosen:  # the organiser's choices are remembered for the next import
                repo.set_setting(key, json.dumps(everything), session=session)

    return _run(session, report, dry_run, work)


INSERT_BATCH = 2000  # new attendees written per executemany


def _add_staff(session: Session, exhibitor: Exhibitor, record, report: ImportReport) -> None:
    """The « Personnel » of the file as the exhibitor's staff (badges, entry); people already
    on its staff (same name) are kept as they are."""
    known = {
        (fold(first), fold(last))
        for first, last in session.exec(
            select(Attendee.first_name, Attendee.last_name).where(
                Attendee.exhibitor_id == exhibitor.id
            )
        )
    } if exhibitor.id is not None else set()  # fmt: skip
    now = utcnow()
    for first, last in record.staff:
        if (fold(first), fold(last)) in known:
            continue
        known.add((fold(first), fold(last)))
        session.add(
            Attendee(
                event_id=exhibitor.event_id,
                first_name=first,
                last_name=last,
                company=exhibitor.name,
                category=Category.EXHIBITOR_STAFF.value,
                exhibitor_id=exhibitor.id,
                source=Source.IMPORT.value,
                code=badge.new_code(),
                search_key=search_key(first, last, exhibitor.name, ""),
                created_at=now,
                updated_at=now,
            )
        )
        report.staff += 1


TICKET_CATEGORIES = "ticket_categories"  # app_setting: ticket type → category, remembered
TICKET_STATUSES = "ticket_statuses"  # app_setting: ticket status → meaning, remembered
COLUMNS = "import_columns:"  # app_setting + kind: header → field (``--column``), remembered


def _stored(session: Session, key: str) -> dict[str, str]:
    try:
        stored = json.loads(repo.get_setting(key, session=session) or "{}")
    except ValueError:
        return {}
    return stored if isinstance(stored, dict) else {}


def _remembered(session: Session, key: str, chosen: Mapping[str, str] | None) -> dict[str, str]:
    """The choices stored under ``key`` in the database, with the new ones over them."""
    out = _stored(session, key)
    out.update(chosen or {})
    return out


def _ticket_categories(session: Session) -> dict[str, str]:
    return _stored(session, TICKET_CATEGORIES)


def known_statuses(session: Session) -> dict[str, str]:
    """The ticket statuses the organiser gave the meaning of (value → meaning), as the next
    import of this database will read them."""
    return _stored(session, TICKET_STATUSES)


def known_columns(session: Session, kind: str) -> dict[str, str]:
    """The organiser's columns for ``kind`` (``visitors``, ``exhibitors``…): header → field
    (``itday import --column``), as the next import of this database will read them."""
    return _stored(session, COLUMNS + kind)


class _Edition:
    """The people already in the edition, by ticket code, e-mail and order number, and its
    exhibitors by folded name (loaded once: no query per line)."""

    def __init__(self, session: Session, event_id: int) -> None:
        columns = Attendee.__table__.c
        shared: dict[str, str] = {}
        existing = [
            Person(row, shared)
            for row in session.connection().execute(
                select(*(columns[name] for name in Person.COLUMNS))
                .where(columns.event_id == event_id)
                .order_by(columns.id)
            )
        ]
        by_id = {a.id: a for a in existing}
        self.people = existing
        self.by_ticket: dict[str, Person] = {
            code: by_id[attendee_id]
            for code, attendee_id in session.exec(
                select(AttendeeCode.code, AttendeeCode.attendee_id).where(
                    AttendeeCode.event_id == event_id
                )
            )
            if attendee_id in by_id
        }
        self.by_email: dict[str, Person] = {}
        self.by_ref: dict[str, list[Person]] = {}
        for attendee in existing:
            if attendee.email:
                email = attendee.email.lower()  # stored so: the same text, kept once
                self.by_email.setdefault(attendee.email if email == attendee.email else email,
                                         attendee)  # fmt: skip
            for ref in split_refs(attendee.external_ref):
                self.by_ref.setdefault(ref, []).append(attendee)
        self.exhibitors = {
            fold(name): ex_id
            for ex_id, name in session.exec(
                select(Exhibitor.id, Exhibitor.name).where(Exhibitor.event_id == event_id)
            ).all()
        }
        self.keys: list[tuple[str, int]] = []  # (search key, id) of the people matched

    def match(self, record: VisitorRecord) -> Person | None:
        """The person of the edition ``record`` is: one of their tickets, else the e-mail,
        else an order number with the same name; a ticket passed on to someone else is the
        ticket's registration."""
        by_ticket = self.by_ticket
        holders = [by_ticket[c] for c in record.tickets if c in by_ticket] if by_ticket else []
        by_ref = self.by_ref
        refs = (
            [a for ref in split_refs(record.external_ref) for a in by_ref.get(ref, ())]
            if by_ref
            else []
        )
        candidates: list[Person | None] = [
            self.by_email.get(record.email) if record.email else None
        ]
        if holders or refs:  # the same name is asked of them only (folding costs)
            same = _SameName(record)
            candidates = [
                *(a for a in holders if same(a)),
                *candidates,
                *(a for a in refs if same(a)),
                *holders,
            ]
        # two lines of the file cannot update the same person
        return next((a for a in candidates if a is not None and not a.matched), None)


# (an enum's ``.value`` is a property: read once, not on every person)
_VISITOR, _STAFF = Category.VISITOR.value, Category.EXHIBITOR_STAFF.value
_IMPORTED, _CONSENT_IMPORTED = Source.IMPORT.value, ConsentSource.IMPORT.value


class _SameName:
    """Has a person of the edition the name of ``record`` (folded: case, accents)?  The
    same text needs no folding: a re-import's people mostly are as they were."""

    __slots__ = ("first", "last", "folded")

    def __init__(self, record: VisitorRecord) -> None:
        self.first, self.last = record.first_name, record.last_name
        self.folded: tuple[str, str] | None = None

    def __call__(self, attendee: Person) -> bool:
        first, last = attendee.first_name, attendee.last_name
        if first == self.first and last == self.last:
            return True
        if self.folded is None:
            self.folded = (fold(self.first), fold(self.last))
        return (fold(first), fold(last)) == self.folded


def _new_row(record: VisitorRecord, event_id: int, now, edition: _Edition) -> dict:
    """The row of a new person: every column, so that all rows of one executemany have
    the same keys (an empty value of the file leaves the column's default)."""
    row = {
        "event_id": event_id,
        "first_name": record.first_name,
        "last_name": record.last_name,
        "company": record.company,
        "job_title": record.job_title,
        "email": record.email,
        "phone": record.phone,
        "category": record.category or _VISITOR,
        "exhibitor_id": None,
        "source": _IMPORTED,
        "external_ref": record.external_ref or None,
        "code": badge.new_code(),
        "cancelled": record.cancelled,  # the ticket's status, and why (the door's « billet
        "cancel_reason": tickets.CANCEL_REASON_TICKET if record.cancelled else "",  # annulé »)
        "checked_in_at": None,
        "checked_in_station": None,
        "consent": None,
        "consent_at": None,
        "consent_source": "",
        "search_key": search_key(record.first_name, record.last_name, record.company, record.email),
        "created_at": now,
        "updated_at": now,
    }
    if record.consent is not None:  # the file's answer, stored with its time
        row.update(consent=record.consent, consent_at=now,
                   consent_source=_CONSENT_IMPORTED)  # fmt: skip
    if row["category"] == _STAFF and record.company:
        row["exhibitor_id"] = edition.exhibitors.get(fold(record.company))
    return row


def _merge_visitors(
    session: Session,
    event_id: int,
    records: list[VisitorRecord],
    report: ImportReport,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> list[tuple[VisitorRecord, int]]:
    """Update or insert the people of the file; returns each record with a ticket code and
    its attendee id."""
    edition = _Edition(session, event_id)
    placed: list[tuple[VisitorRecord, int | str]] = []  # the person's id, or a new code
    new: list[dict] = []
    tick = _Ticker(len(records), progress, cancelled)
    now = utcnow()
    for done, record in enumerate(records, 1):
        attendee = edition.match(record)
        if attendee is None:
            # New people are inserted as plain rows (executemany): building 20,000 ORM
            # objects would take seconds.
            row = _new_row(record, event_id, now, edition)
            new.append(row)
            placed.append((record, row["code"]))
            report.imported += 1
            if len(new) >= INSERT_BATCH:  # in batches: 100,000 rows at once cost 150 MB more
                _insert(session, Attendee, new)
                new.clear()
        else:
            placed.append((record, attendee.id))
            _update_attendee(attendee, record, edition, report, now)
            if len(edition.keys) >= INSERT_BATCH:
                write_keys(session, edition.keys)
        tick(done)
    session.flush()
    people, keys = edition.people, edition.keys
    del edition  # its indexes freed before the writes, its people before the ids are read
    write_people(session, people)
    write_keys(session, keys)
    del people
    if new:
        _insert(session, Attendee, new)
    if not any(record.tickets for record, _ in placed):
        return []
    query = select(Attendee.code, Attendee.id).where(Attendee.event_id == event_id)
    ids = {code: id_ for code, id_ in session.connection().execute(query)}
    return [
        (record, ids[who] if isinstance(who, str) else who)
        for record, who in placed
        if record.tickets
    ]


def _update_attendee(
    attendee: Person, record: VisitorRecord, edition: _Edition, report: ImportReport, now
) -> None:
    """A person of the edition takes the non-empty values of the file."""
    values = {
        "first_name": record.first_name,
        "last_name": record.last_name,
        "company": record.company,
        "job_title": record.job_title,
        "email": record.email,
        "phone": record.phone,
        "category": record.category,
        # a later order of the same person adds its number; none is ever dropped
        "external_ref": join_refs(attendee.external_ref, record.external_ref),
        "cancelled": record.cancelled,  # the ticket's status: only ever sets it
        # and says why (the door's « billet annulé / remboursé »)
        "cancel_reason": tickets.CANCEL_REASON_TICKET if record.cancelled else "",
    }
    new_tickets = any(edition.by_ticket.get(c) is not attendee for c in record.tickets)
    consent = _update_consent(attendee, record.consent, now)
    restored = _restore(attendee, record, report)
    changed = _update(attendee, values, report, record.line, "visitors")
    if changed or new_tickets or consent or restored:
        attendee.updated_at = now
        report.updated += 1
    else:
        report.unchanged += 1
    attendee.take()
    # the search key, written where it differs (``write_keys``: not read, 10 MB)
    edition.keys.append(
        (search_key(attendee.first_name, attendee.last_name, attendee.company, attendee.email),
         attendee.id)
    )  # fmt: skip
    if (
        attendee.exhibitor_id is None
        and attendee.category == Category.EXHIBITOR_STAFF.value
        and attendee.company
    ):
        attendee.exhibitor_id = edition.exhibitors.get(fold(attendee.company))


def _restore(attendee: Person, record: VisitorRecord, report: ImportReport) -> bool:
    """A person an earlier import cancelled because of their ticket's status, whose ticket
    the file now says stands (a refund reversed, an export corrected), is registered again;
    True if so.  A registration cancelled by hand is never undone by a file."""
    if not (attendee.cancelled and record.attending and not record.cancelled):
        return False
    if attendee.cancel_reason != tickets.CANCEL_REASON_TICKET:
        report.warn(record.line, STILL_CANCELLED)
        return False
    attendee.cancelled = False
    attendee.cancel_reason = ""
    report.warn(record.line, "déjà dans l'édition, mis à jour : " + RESTORED)
    return True


def _update_consent(attendee: Person, consent: bool | None, now) -> bool:
    """The file's answer to the consent question, unless the person answered at the desk
    since (the desk's answer is their latest word: a re-import never overrides it); True
    if it changed."""
    if consent is None or attendee.consent is consent:
        return False
    if attendee.consent is not None and attendee.consent_source != ConsentSource.IMPORT.value:
        return False
    attendee.consent = consent
    attendee.consent_at = now
    attendee.consent_source = ConsentSource.IMPORT.value
    return True


class _NewCode:
    """A ticket code of this file, not yet written: its row (an ORM object per code cost
    seconds)."""

    __slots__ = ("row",)

    def __init__(self, row: dict) -> None:
        self.row = row

    @property
    def attendee_id(self) -> int:
        return self.row["attendee_id"]

    @attendee_id.setter
    def attendee_id(self, value: int) -> None:
        self.row["attendee_id"] = value


class _HeldCode:
    """A ticket code of the edition: its row's id and holder (an ORM object per code cost
    seconds on a re-import)."""

    __slots__ = ("attendee_id", "code_id")

    def __init__(self, code_id: int, attendee_id: int) -> None:
        self.code_id, self.attendee_id = code_id, attendee_id


def _store_tickets(
    session: Session,
    event_id: int,
    placed: list[tuple[VisitorRecord, int]],
    source: str,
    report: ImportReport,
) -> None:
    """Keep every ticket code of the file with its holder (``attendee_code``)."""
    if not placed:
        return
    codes = AttendeeCode.__table__.c
    held: dict[str, _HeldCode | _NewCode] = {
        code: _HeldCode(code_id, holder)
        for code_id, code, holder in session.connection().execute(
            select(codes.id, codes.code, codes.attendee_id).where(codes.event_id == event_id)
        )
    }
    moved: dict[int, _HeldCode] = {}  # codes of the edition passed on to someone else
    names: dict[int, str] | None = None  # read only when a code changes hands
    in_file = {attendee_id for _, attendee_id in placed}
    now = utcnow()
    rows: list[dict] = []
    for record, attendee_id in placed:
        for code in record.tickets:
            current = held.get(code)
            if current is None:
                row = {
                    "event_id": event_id,
                    "attendee_id": attendee_id,
                    "code": code,
                    "kind": tickets.KIND_TICKET,
                    "source": source,
                    "created_at": now,
                }
                rows.append(row)
                held[code] = _NewCode(row)  # a later line of the file may take it
            elif current.attendee_id != attendee_id:
                if names is None:
                    names = dict(
                        session.exec(
                            select(
                                Attendee.id, Attendee.first_name + " " + Attendee.last_name
                            ).where(Attendee.event_id == event_id)
                        ).all()
                    )
                before = names.get(current.attendee_id, "").strip() or f"n° {current.attendee_id}"
                if current.attendee_id not in in_file:
                    # the file does not say its holder lost it: a code admits one person
                    report.warn(
                        record.line,
                        f"code de billet « {code} » déjà à « {before} » (autre personne, "
                        "absente du fichier) : ignoré",
                    )
                    continue
                report.warn(
                    record.line,
                    f"code de billet « {code} » était à « {before} » : passe à cette personne",
                )
                current.attendee_id = attendee_id
                if isinstance(current, _HeldCode):
                    moved[current.code_id] = current
    session.flush()
    if moved:
        session.connection().execute(
            update(AttendeeCode.__table__)
            .where(codes.id == bindparam("code_id"))
            .values(attendee_id=bindparam("holder")),
            [{"code_id": c.code_id, "holder": c.attendee_id} for c in moved.values()],
        )
    for start in range(0, len(rows), INSERT_BATCH):  # in batches, as the people
        _insert(session, AttendeeCode, rows[start : start + INSERT_BATCH])


# ---------------------------------------------------------------------------------------------
# Exhibitors


@_no_collector()
def import_exhibitors(
    session: Session,
    event_id: int,
    path: str | Path,
    *,
    mapping: Mapping[int, str | None] | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    columns: Mapping[str, str] | None = None,
) -> ImportReport:
    """Import exhibitors from a CSV or XLSX file into edition ``event_id``.

    Booth codes in the file assign the exhibitor to the edition's existing booths (a free
    booth becomes confirmed); an unknown code, or a booth held by another exhibitor, is a
    warning and changes nothing.  Booths are never taken away from an exhibitor.
    ``columns`` (header key → field) as for ``import_visitors``, remembered.
    """
    headers = _remembered(session, COLUMNS + "exhibitors", columns)
    records, report, _mapping = read_exhibitors(path, mapping, headers)
    _check_event(session, event_id)

    def work() -> None:
        _merge_exhibitors(session, event_id, records, report, progress, cancelled)
        if columns:
            repo.set_setting(COLUMNS + "exhibitors", json.dumps(headers), session=session)

    return _run(session, report, dry_run, work)


def _merge_exhibitors(
    session: Session,
    event_id: int,
    records: list[ExhibitorRecord],
    report: ImportReport,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> None:
    existing = session.exec(select(Exhibitor).where(Exhibitor.event_id == event_id)).all()
    by_name = {fold(e.name): e for e in existing}
    by_id = {e.id: e for e in existing}
    booths = {
        b.code.strip().upper(): b
        for b in session.exec(select(Booth).where(Booth.event_id == event_id)).all()
    }
    tick = _Ticker(len(records) * 2, progress, cancelled)
    pairs: list[tuple[ExhibitorRecord, Exhibitor, bool]] = []  # record, row, is new
    new: list[Exhibitor] = []
    counted: set[int] = set()  # exhibitors already counted in report.updated
    for done, record in enumerate(records, 1):
        exhibitor = by_name.get(fold(record.name))
        values = {
            "name": record.name,
            "sector": record.sector,
            "contact_name": record.contact_name,
            "contact_email": record.contact_email,
            "contact_phone": record.contact_phone,
            "website": record.website,
            "description": record.description,
            "external_ref": record.external_ref,
        }
        if exhibitor is None:
            exhibitor = Exhibitor(event_id=event_id, **{k: v for k, v in values.items() if v})
            new.append(exhibitor)
            by_name[fold(record.name)] = exhibitor
            pairs.append((record, exhibitor, True))
            report.imported += 1
        else:
            pairs.append((record, exhibitor, False))
            if _update(exhibitor, values, report, record.line, "exhibitors"):
                counted.add(id(exhibitor))
                report.updated += 1
        key = search_key(exhibitor.name, exhibitor.sector, exhibitor.contact_name)
        if exhibitor.search_key != key:
            exhibitor.search_key = key
        tick(done)
    session.add_all(new)
    session.flush()  # the new exhibitors get their ids
    by_id.update({e.id: e for e in new})

    done = len(records)
    for record, exhibitor, is_new in pairs:
        assigned = False
        for code in record.booths:
            booth = booths.get(code)
            if booth is None:
                report.warn(record.line, f"stand « {code} » inconnu : non attribué")
                continue
            if booth.exhibitor_id == exhibitor.id:
                continue
            if booth.exhibitor_id is not None:
                holder = by_id.get(booth.exhibitor_id)
                holder_name = holder.name if holder is not None else f"n° {booth.exhibitor_id}"
                report.warn(
                    record.line,
                    f"stand « {booth.code} » déjà attribué à « {holder_name} » : non modifié",
                )
                continue
            booth.exhibitor_id = exhibitor.id
            if booth.status == BoothStatus.FREE.value:
                booth.status = BoothStatus.CONFIRMED.value
            assigned = True
        if assigned and not is_new and id(exhibitor) not in counted:
            counted.add(id(exhibitor))  # a booth change counts as an update, once
            report.updated += 1
        if record.staff:
            _add_staff(session, exhibitor, record, report)
        done += 1
        tick(done)
    session.flush()
