"""A session's speakers as people of the edition (issue 27.1).

The programme names its speakers as text (« Alice Martin, Bruno Durand »).  When a session is
imported or edited, each name is linked to a person of the edition of category Intervenant by
name (accents, case and the order of first and last name aside).  A name that matches none is
created as such a person (source ``import``, a fresh badge code), as an organiser expects:
a speaker needs a badge to come in, and the line report says who was added.

``speakers_free`` is the edition's setting « les intervenants entrent sans compter »: stored
in ``app_setting`` (key ``speakers_free:<edition>``), read by a room's door only when the
person scanned is a speaker (``itday.core.rooms.decide_entry``'s ``speaker_free``).
"""

from __future__ import annotations

from sqlmodel import Session, select

from itday.core import badge
from itday.core import rooms as rules
from itday.core.enums import Category, Source
from itday.core.importing.programme import split_speakers
from itday.core.text import search_key
from itday.db import repo
from itday.db.models import Attendee, TalkSession
from itday.db.types import utcnow


def _key(event_id: int) -> str:
    return f"speakers_free:{event_id}"


def speakers_free(session: Session, event_id: int) -> bool:
    """Do the edition's speakers enter their sessions without counting?"""
    return repo.get_setting(_key(event_id), session=session) == "1"


def set_speakers_free(session: Session, event_id: int, on: bool) -> None:
    """Store the setting (the caller commits)."""
    repo.set_setting(_key(event_id), "1" if on else None, session=session)


def speakers_of_edition(session: Session, event_id: int) -> list[tuple[int, str, str]]:
    return list(
        session.exec(
            select(Attendee.id, Attendee.first_name, Attendee.last_name).where(
                Attendee.event_id == event_id,
                Attendee.category == Category.SPEAKER.value,
            )
        ).all()
    )


def link_speakers(
    session: Session,
    event_id: int,
    speakers: str,
    *,
    dry_run: bool = False,
    known: list[tuple[int, str, str]] | None = None,
) -> tuple[list[int], list[str]]:
    """Each name of ``speakers`` → a person of category Intervenant: (their ids, the names
    created).  ``known``: the edition's speakers, read once by a caller linking many lines
    (this adds those it creates).  With ``dry_run`` nothing is written.  Not committed."""
    people = known if known is not None else speakers_of_edition(session, event_id)
    ids: list[int] = []
    created: list[str] = []
    for name in split_speakers(speakers or ""):
        match = next((p for p in people if rules.same_name(p[1], p[2], name)), None)
        if match is not None:
            if match[0] not in ids:
                ids.append(match[0])
            continue
        first, last = rules.split_name(name)
        created.append(name)
        if dry_run:
            people.append((-len(people) - 1, first, last))
            continue
        now = utcnow()
        person = Attendee(
            event_id=event_id,
            first_name=first,
            last_name=last,
            category=Category.SPEAKER.value,
            source=Source.IMPORT.value,
            code=badge.new_code(),
            search_key=search_key(first, last, "", ""),
            created_at=now,
            updated_at=now,
        )
        session.add(person)
        session.flush()
        people.append((person.id, first, last))
        ids.append(person.id)
    return ids, created


def is_speaker_of(session: Session, attendee: Attendee, session_id: int) -> bool:
    """Is ``attendee`` a speaker of this session, and does the edition let speakers in
    without counting?  (No read at all for a person who is not of category Intervenant.)"""
    if attendee.category != Category.SPEAKER.value:
        return False
    if not speakers_free(session, attendee.event_id):
        return False
    talk = session.get(TalkSession, session_id)
    return talk is not None and rules.speaker_of(
        attendee.first_name, attendee.last_name, attendee.category, talk.speakers
    )
