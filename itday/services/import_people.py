"""The people of an edition as an import reads, matches and updates them: light rows, not
ORM objects, and only what changed written back (``itday.services.importer``)."""

from __future__ import annotations

from sqlmodel import Session

from itday.db.bulk import update_rows
from itday.db.models import Attendee


class Person:
    """A person of the edition as the import reads and updates them: the columns it
    needs, and the names of those it changed (an ORM object per person cost a re-import of
    100,000 people 240 MB).  Written by ``write_people``."""

    COLUMNS = ("id", "first_name", "last_name", "company", "job_title", "email", "phone",
               "category", "external_ref", "cancelled", "cancel_reason", "consent",
               "consent_source", "exhibitor_id")  # fmt: skip
    __slots__ = (*COLUMNS, "consent_at", "updated_at", "changed", "matched")
    #: columns whose values many people share (kept once: 30 MB for 100,000 people)
    SHARED = frozenset(("company", "job_title", "category", "cancel_reason", "consent_source"))

    def __init__(self, row, shared: dict[str, str]) -> None:
        for name, value in zip(self.COLUMNS, row, strict=True):
            if name in self.SHARED:
                value = shared.setdefault(value, value)
            _set_slot(self, name, value)
        _set_slot(self, "changed", ())
        _set_slot(self, "matched", False)  # a line of the file is this person (``take``)

    def take(self) -> None:
        """A line of the file is this person: no other line updates them."""
        _set_slot(self, "matched", True)

    def __setattr__(self, name: str, value) -> None:
        _set_slot(self, name, value)
        if name not in self.changed:
            _set_slot(self, "changed", (*self.changed, name))


_set_slot = object.__setattr__


def write_people(session: Session, people: list[Person]) -> None:
    """The changed columns of the people the import changed, one executemany per set of
    columns."""
    groups: dict[tuple[str, ...], list[tuple]] = {}
    for person in people:
        if person.changed:
            names = tuple(sorted(person.changed))
            row = (*(getattr(person, name) for name in names), person.id)
            groups.setdefault(names, []).append(row)
    for names, rows in groups.items():
        update_rows(session.connection(), Attendee.__table__, names, rows)


def write_keys(session: Session, keys: list[tuple[str, int]]) -> None:
    """The search keys of people of the edition, where they differ (then emptied)."""
    update_rows(session.connection(), Attendee.__table__, ("search_key",), keys, differ=True)
    keys.clear()
