"""Issue 23.9: an edition created from the window with a control character in its name or
venue is stored on one line (the command line refuses it: tests/fault/test_messages.py)."""

from __future__ import annotations

import datetime as dt

from itday.services.editions import new_edition


def test_an_edition_name_is_cleaned_of_control_characters(db):
    with db.session() as s:
        event = new_edition(
            s, name="Salon\x1b[31m\nRouge\u202e", date=dt.date(2027, 6, 29), venue="Dia\tgora\r\n"
        )
        s.commit()
        assert event.name == "Salon [31m Rouge" and event.venue == "Dia gora"
