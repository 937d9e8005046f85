"""The list of a talk session's attendees for its speakers (issue 27), consent respected.

A speaker may receive the names and details of the people who came to their session only
for those who consented (``attendee.consent``: the same consent as for the exhibitors,
unticked by default); the others are counted, never named.  The CSV is UTF-8 with a BOM and
``;``, every cell neutralised against formulas, as the edition's other files.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session, col, select

from itday.core.export_rules import table_rows
from itday.core.text import counted
from itday.db import rooms as db_rooms
from itday.db.models import Attendee, TalkSession
from itday.errors import QT_TRANSLATE_NOOP, ItdayError

COLUMNS = ("first_name", "last_name", "company", "job_title", "email", "phone")
HEADERS = ("Prénom", "Nom", "Société", "Fonction", "E-mail", "Téléphone")
NO_SESSION = QT_TRANSLATE_NOOP("errors", "Séance n° {session_id} introuvable.")


@dataclass
class SessionList:
    title: str
    speakers: str
    people: list[dict] = field(default_factory=list)  # those who consented
    without_consent: int = 0  # came, not named


def session_list(session: Session, session_id: int) -> SessionList:
    talk = session.get(TalkSession, session_id)
    if talk is None:
        raise ItdayError(NO_SESSION, session_id=session_id)
    ids = db_rooms.attendees_of(session_id, session=session)
    rows = session.exec(select(Attendee).where(col(Attendee.id).in_(ids))).all() if ids else []
    by_id = {a.id: a for a in rows}
    result = SessionList(talk.title, talk.speakers)
    for pid in ids:
        person = by_id.get(pid)
        if person is not None and person.consent is True:
            result.people.append({c: getattr(person, c) for c in COLUMNS})
        else:
            result.without_consent += 1
    return result


def write_session_list(path: str | Path, data: SessionList) -> Path:
    """The consenting attendees as CSV; the others are a count on the last line."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(table_rows(COLUMNS, data.people))
        if data.without_consent:
            unnamed = counted(
                data.without_consent,
                "personne sans consentement (non nommée)",
                "personnes sans consentement (non nommées)",
            )
            writer.writerow([f"+ {unnamed}"])
    return path
