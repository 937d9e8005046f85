"""A programme for the talk rooms' tests: an edition of 29 June 2017 with three rooms, four
sessions and people admitted at the entrance (or not)."""

from __future__ import annotations

import datetime as dt
import random

from itday.core import badge
from itday.db import repo
from itday.db.models import Attendee
from itday.services.programme import save_room, save_session

DAY = dt.date(2017, 6, 29)
#: 10:00 in Toulouse (UTC+2 in June)
T0 = dt.datetime(2017, 6, 29, 8, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    return T0 + dt.timedelta(minutes=minutes)


PROGRAMME = """Salle;Capacité;Titre;Début;Fin;Intervenants
Amphi A;{amphi};Cloud souverain;10:00;10:45;Alice Martin, Bruno Durand
Amphi A;{amphi};Cybersécurité des PME;11h00;11h45;Chloé Petit
Salle B;{b};IA générative;10:00;11:00;David Roux et Emma Blanc
Atelier C;{c};Atelier Python;10:00;12:00;
"""


def seed(
    db, *, admitted=40, not_admitted=5, capacities=(30, 20, 10), seed=3, t0=None, minutes=None
):
    """The edition, its rooms and sessions, and the people: ``(event_id, rooms by name,
    codes of people admitted, codes of people not admitted)``.  With ``t0`` the sessions
    start then (``now`` for the command line's scans), Salle B's lasting ``minutes``."""

    def at(m: float) -> dt.datetime:
        return (t0 or T0) + dt.timedelta(minutes=m)

    rng = random.Random(seed)
    with db.session() as s:
        day = (t0 or T0).date()
        event = repo.create_event("Rooms Day", day, "Diagora", session=s)
        rooms = {}
        for name, cap in zip(("Amphi A", "Salle B", "Atelier C"), capacities, strict=True):
            rooms[name] = save_room(s, event.id, name, cap).id
        save_session(s, event.id, rooms["Amphi A"], "Cloud souverain", at(0), at(45))
        save_session(s, event.id, rooms["Amphi A"], "Cybersécurité des PME", at(60), at(105))
        save_session(s, event.id, rooms["Salle B"], "IA générative", at(0), at(minutes or 60))
        save_session(s, event.id, rooms["Atelier C"], "Atelier Python", at(0), at(120))
        inside, outside = [], []
        for i in range(admitted + not_admitted):
            code = badge.code_from_seed(rng)
            s.add(
                Attendee(
                    event_id=event.id,
                    first_name=f"P{i}",
                    last_name=f"N{i}",
                    email=f"p{i}@example.org",
                    code=code,
                    checked_in_at=at(-30) if i < admitted else None,
                    checked_in_station="Accueil 1" if i < admitted else None,
                )
            )
            (inside if i < admitted else outside).append(code)
        s.commit()
        return event.id, rooms, inside, outside
