"""The printed plan « par visites » (issue 26): each booth shaded and numbered by the distinct
visitors its stand recorded, over the whole day or a window; nothing yet says so."""

import datetime as dt
from zoneinfo import ZoneInfo

from itday.core import badge
from itday.db import models as m
from itday.services.pdf.plan import booth_colour, legend_entries, render_plan_pdf
from itday.services.plan_data import load_plan
from tests.unit.pdf_helpers import pdf_text

TZ = ZoneInfo("Europe/Paris")


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2017, 6, 29, hour, minute, tzinfo=TZ).astimezone(dt.UTC)


def _small_show(session, event_id: int) -> dict[str, int]:
    """A hall with three stands (A1: 6 visitors, A2: 2, A3: none) and a free booth."""
    session.add(m.Hall(event_id=event_id, width_m=30, depth_m=20))
    stands = {}
    for i, code in enumerate(("A1", "A2", "A3", "A4")):
        ex = None
        if code != "A4":
            ex = m.Exhibitor(event_id=event_id, name=f"Société {code}")
            session.add(ex)
            session.flush()
            stands[code] = ex.id
        session.add(
            m.Booth(event_id=event_id, code=code, x=2 + 4 * i, y=2, exhibitor_id=ex and ex.id)
        )
    people = [m.Attendee(event_id=event_id, code=badge.new_code()) for _ in range(8)]
    session.add_all(people)
    session.flush()
    for n, person in enumerate(people[:6]):
        session.add(
            m.Lead(event_id=event_id, exhibitor_id=stands["A1"], attendee_id=person.id,
                   first_scan_at=at(9 + n // 3, 10), last_scan_at=at(9 + n // 3, 10))
        )  # fmt: skip
    for person in people[6:]:
        session.add(
            m.Lead(event_id=event_id, exhibitor_id=stands["A2"], attendee_id=person.id,
                   first_scan_at=at(10, 30), last_scan_at=at(10, 30))
        )  # fmt: skip
    session.commit()
    return stands


def test_plan_by_visits_counts_each_stand_over_the_day_and_a_window(db, event_id, tmp_path):
    with db.session() as s:
        _small_show(s, event_id)
        day = load_plan(event_id, session=s, colour_by="visits")
        hour = load_plan(event_id, session=s, colour_by="visits", window=(at(9), at(10)))
    assert {b.code: b.visits for b in day.booths} == {"A1": 6, "A2": 2, "A3": 0, "A4": None}
    assert {b.code: b.visits for b in hour.booths} == {"A1": 3, "A2": 0, "A3": 0, "A4": None}
    assert day.visits_recorded and day.visits_window == "toute la journée"
    assert hour.visits_window == "de 09:00 à 10:00"
    # the shades: none, the first band, the free booth grey
    colours = {b.code: booth_colour(b, "visits") for b in day.booths}
    assert len({colours["A1"], colours["A3"], colours["A4"]}) == 3
    labels = [label for _, label in legend_entries(day)]
    assert labels[:2] == ["0", "1–4"] and "6" not in labels
    out = render_plan_pdf(tmp_path / "visits.pdf", day)
    text = " ".join(pdf_text(out).split())
    assert "Légende — couleur par visites" in text
    assert "toute la journée" in text
    # A1's six printed under its code, A2's two masked (pdftotext drops the narrow space)
    assert "A1 6 A2 <5 A3 0" in text.replace("< 5", "<5")


def test_plan_by_visits_with_no_lead_says_there_is_nothing_yet(db, event_id, tmp_path):
    with db.session() as s:
        s.add(m.Hall(event_id=event_id, width_m=30, depth_m=20))
        ex = m.Exhibitor(event_id=event_id, name="Seule Société")
        s.add(ex)
        s.flush()
        s.add(m.Booth(event_id=event_id, code="B1", x=2, y=2, exhibitor_id=ex.id))
        s.commit()
        data = load_plan(event_id, session=s, colour_by="visits")
    assert not data.visits_recorded
    text = " ".join(pdf_text(render_plan_pdf(tmp_path / "none.pdf", data)).split())
    assert "Aucun visiteur enregistré par les stands pour l'instant" in text
