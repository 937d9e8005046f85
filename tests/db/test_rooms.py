"""Door scans of the talk rooms written to the base (issue 27): the count written is the
count decided on, moves between rooms, full room and override, closing at the session's
end, and the programme import."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlmodel import select

from itday.db import rooms as db_rooms
from itday.db.models import RoomPresence, RoomScan
from itday.errors import ItdayError
from itday.services.rooms import occupancy, record_room_scan, room_named
from tests.rooms_helpers import PROGRAMME, at, seed


@pytest.fixture
def day(db):
    return seed(db)


def scan(db, event_id, code, room, minute, **kw):
    with db.session() as s:
        return record_room_scan(s, event_id, code, room, kw.pop("station", "Porte"),
                                scanned_at=at(minute), **kw)  # fmt: skip


def test_entries_exits_and_the_count(db, day):
    event_id, rooms, people, strangers = day
    amphi = rooms["Amphi A"]
    first = scan(db, event_id, people[0], amphi, 1)
    assert (first.result, first.inside, first.session) == ("admitted", 1, "Cloud souverain")
    again = scan(db, event_id, people[0], amphi, 2)
    assert (again.result, again.inside) == ("already_inside", 1)
    scan(db, event_id, people[1], amphi, 2)
    out = scan(db, event_id, people[0], amphi, 3, exit=True)
    assert (out.result, out.inside, out.direction) == ("exited", 1, "exit")
    back = scan(db, event_id, people[0], amphi, 4)
    assert (back.result, back.reason, back.inside) == ("admitted", "reentry", 2)
    nobody = scan(db, event_id, people[5], amphi, 5, exit=True)
    assert (nobody.result, nobody.inside) == ("not_inside", 2)
    refused = scan(db, event_id, strangers[0], amphi, 5)
    assert (refused.result, refused.reason, refused.inside) == ("not_admitted", "not_admitted", 2)
    unknown = scan(db, event_id, "https://example.org", amphi, 5)
    assert unknown.result == "invalid" and unknown.inside == 2
    with db.session() as s:
        logged = s.exec(select(RoomScan).order_by(RoomScan.id)).all()
        assert [r.result for r in logged] == [
            "admitted", "already_inside", "admitted", "exited", "admitted", "not_inside",
            "not_admitted", "invalid",
        ]  # fmt: skip
        assert all(r.station == "Porte" for r in logged)
        assert db_rooms.inside(amphi, session=s) == 2


def test_entering_another_room_leaves_the_first(db, day):
    event_id, rooms, people, _ = day
    scan(db, event_id, people[0], rooms["Amphi A"], 1)
    moved = scan(db, event_id, people[0], rooms["Salle B"], 10)
    assert (moved.result, moved.reason, moved.inside) == ("admitted", "moved", 1)
    with db.session() as s:
        assert db_rooms.inside(rooms["Amphi A"], session=s) == 0
        open_ = s.exec(select(RoomPresence).where(RoomPresence.exited_at.is_(None))).all()
        assert [p.room_id for p in open_] == [rooms["Salle B"]]
        closed = s.exec(select(RoomPresence).where(RoomPresence.exited_at.is_not(None))).one()
        assert (closed.exit_reason, closed.exited_at) == ("moved", at(10))


def test_full_room_refuses_and_an_override_is_logged(db, day):
    event_id, rooms, people, _ = day
    c = rooms["Atelier C"]  # 10 places
    results = [scan(db, event_id, code, c, 1 + i / 10) for i, code in enumerate(people[:10])]
    assert [r.level for r in results[7:]] == ["ok", "amber", "full"]  # 8, 9, 10 inside
    full = scan(db, event_id, people[10], c, 3)
    assert (full.result, full.inside, full.message) == ("full", 10, "Salle complète")
    forced = scan(db, event_id, people[10], c, 3, override=True, station="Orga")
    assert (forced.result, forced.reason, forced.override, forced.inside) == (
        "admitted", "override", True, 11)  # fmt: skip
    with db.session() as s:
        row = s.exec(select(RoomScan).where(RoomScan.override.is_(True))).one()
        assert (row.station, row.inside) == ("Orga", 11)
        assert s.exec(select(RoomPresence).where(RoomPresence.override.is_(True))).one()


def test_presences_close_at_the_sessions_end_and_the_next_session_starts_empty(db, day):
    event_id, rooms, people, _ = day
    amphi = rooms["Amphi A"]
    for i, code in enumerate(people[:5]):
        scan(db, event_id, code, amphi, 5 + i)
    with db.session() as s:  # read at 10:44 and 10:46: the display needs no scan
        assert occupancy(s, event_id, at(44))[0]["inside"] == 5
        rows = {r["room"]: r for r in occupancy(s, event_id, at(46))}
        assert rows["Amphi A"]["inside"] == 0
        assert rows["Amphi A"]["session"] == "Cybersécurité des PME"  # next within 15 min
    nxt = scan(db, event_id, people[0], amphi, 50)
    assert (nxt.result, nxt.session, nxt.inside) == ("admitted", "Cybersécurité des PME", 1)
    with db.session() as s:
        ended = s.exec(select(RoomPresence).where(RoomPresence.exit_reason == "session_end")).all()
        assert len(ended) == 5 and {p.exited_at for p in ended} == {at(45)}


def test_no_session_and_unknown_room(db, day):
    event_id, rooms, people, _ = day
    early = scan(db, event_id, people[0], rooms["Amphi A"], -16)
    assert early.result == "no_session" and early.session is None
    assert scan(db, event_id, people[0], rooms["Amphi A"], -15).result == "admitted"
    with db.session() as s:
        assert room_named(s, event_id, "amphi a").id == rooms["Amphi A"]
        with pytest.raises(ItdayError, match="Amphi A, Atelier C, Salle B"):
            room_named(s, event_id, "Salle Z")


def test_import_programme_reads_a_french_file(db, event_id, tmp_path):
    from itday.services.programme import import_programme, programme_json

    path = tmp_path / "programme.csv"
    path.write_text(PROGRAMME.format(amphi=120, b=60, c=""), encoding="utf-8")
    with db.session() as s:
        report, rooms = import_programme(s, event_id, path, dry_run=True)
    assert report.imported == 3 and [r["line"] for r in report.rejected] == [5]
    with db.session() as s:
        assert db_rooms.list_rooms(event_id, session=s) == []  # dry run: nothing written
        report, rooms = import_programme(s, event_id, path)
        data = programme_json(report, rooms)
    assert data["imported"] == 3 and data["rooms"] == 2
    assert "capacité de la salle Atelier C inconnue" in data["rejected"][0]["reason"]
    with db.session() as s:
        talks = db_rooms.list_sessions(event_id, session=s)
        assert [t.title for t in talks] == ["Cloud souverain", "IA générative",
                                            "Cybersécurité des PME"]  # fmt: skip
        assert talks[0].starts_at == at(0) and talks[0].ends_at == at(45)
        assert talks[1].speakers == "David Roux, Emma Blanc"
    path.write_text(PROGRAMME.format(amphi=150, b=60, c=12), encoding="utf-8")
    with db.session() as s:  # again, with the workshop's capacity: updated, not doubled
        report, rooms = import_programme(s, event_id, path)
    assert (report.imported, report.updated, report.unchanged) == (1, 0, 3)
    assert rooms == {"rooms": 1, "rooms_updated": 1, "speakers_created": []}  # all linked
    with db.session() as s:
        caps = {r.name: r.capacity for r in db_rooms.list_rooms(event_id, session=s)}
        assert caps == {"Amphi A": 150, "Salle B": 60, "Atelier C": 12}


def test_a_new_edition_carries_the_rooms(db, day):
    from itday.services.editions import new_edition

    event_id, rooms, _, _ = day
    import datetime as dt

    with db.session() as s:
        new = new_edition(s, name="Rooms Day 2018", date=dt.date(2018, 6, 28), source_id=event_id)
        s.commit()
        copied = db_rooms.list_rooms(new.id, session=s)
        assert Counter((r.name, r.capacity) for r in copied) == Counter(
            {("Amphi A", 30): 1, ("Salle B", 20): 1, ("Atelier C", 10): 1}
        )
        assert db_rooms.list_sessions(new.id, session=s) == []


def test_attendance_per_session_in_stats_export_and_report(db, day, tmp_path):
    import csv
    import json

    from itday.services.export import export_edition
    from itday.services.rooms import room_figures
    from tests.unit.pdf_helpers import pdf_text

    event_id, rooms, people, _ = day
    amphi = rooms["Amphi A"]
    scan(db, event_id, people[0], amphi, 1)
    scan(db, event_id, people[1], amphi, 1.5)
    scan(db, event_id, people[2], amphi, 2)
    scan(db, event_id, people[0], amphi, 10, exit=True)
    scan(db, event_id, people[0], amphi, 20)  # back: 3 people, 4 entries, peak 3
    scan(db, event_id, people[3], amphi, 21)  # peak 4
    with db.session() as s:
        figures = room_figures(s, event_id, at=at(30))
    cloud = next(x for x in figures["sessions"] if x["session"] == "Cloud souverain")
    assert (cloud["peak_inside"], cloud["distinct_people"], cloud["entries"]) == (4, 4, 5)
    assert cloud["arrivals_by_minute"] == {"10:01": 2, "10:02": 1, "10:20": 1, "10:21": 1}
    result = export_edition(db, event_id, tmp_path / "out")
    meta = json.loads((result.folder / "event.json").read_text(encoding="utf-8"))
    assert [x["peak_inside"] for x in meta["rooms"] if x["session"] == "Cloud souverain"] == [4]
    text = " ".join(pdf_text(result.folder / "report.pdf").split())
    assert "Salles de conférences" in text and "Cloud souverain" in text
    assert "Amphi A 10:00–10:45 30 4 4" in text
    with (result.folder / "sessions.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=";"))  # for people: French headers
    assert [r["Titre"] for r in rows] == ["Cloud souverain", "IA générative", "Atelier Python",
                                          "Cybersécurité des PME"]  # fmt: skip
    first = rows[0]
    assert (first["Salle"], first["Début"], first["Fin"]) == (
        "Amphi A", "29/06/2017 10:00:00", "29/06/2017 10:45:00",
    )  # fmt: skip
    got = (first["Pic de présence"], first["Personnes venues"], first["Entrées"])
    assert got == ("4", "4", "5")
    assert (rows[1]["Pic de présence"], rows[1]["Entrées"]) == ("0", "0")
    tech = export_edition(db, event_id, tmp_path / "tech", technical=True, anonymise=True)
    with (tech.folder / "sessions.csv").open(encoding="utf-8-sig", newline="") as fh:
        row = next(csv.DictReader(fh, delimiter=";"))
    assert "speakers" not in row  # anonymised: the speakers' names left out too
    meta = json.loads((tech.folder / "event.json").read_text(encoding="utf-8"))
    assert meta["rooms"] and all("speakers" not in r for r in meta["rooms"])  # nor there
    assert (row["title"], row["starts_at"], row["peak_inside"], row["distinct_people"],
            row["arrivals"]) == ("Cloud souverain", "2017-06-29T10:00:00+02:00", "4", "4", "5")  # fmt: skip


def test_a_sessions_list_for_its_speakers_names_only_who_consented(db, day, tmp_path):
    from itday.db.models import Attendee, TalkSession
    from itday.services.session_list import session_list, write_session_list

    event_id, rooms, people, _ = day
    with db.session() as s:
        for i, code in enumerate(people[:3]):
            person = s.exec(select(Attendee).where(Attendee.code == code)).one()
            person.consent = {0: True, 1: False, 2: None}[i]
            person.company = "=HYPERLINK(1)" if i == 0 else "ACME"
        s.commit()
    for code in people[:3]:
        scan(db, event_id, code, rooms["Salle B"], 5)
    scan(db, event_id, people[0], rooms["Salle B"], 6, exit=True)
    scan(db, event_id, people[0], rooms["Salle B"], 7)  # twice in: listed once
    with db.session() as s:
        talk = s.exec(select(TalkSession).where(TalkSession.title == "IA générative")).one()
        data = session_list(s, talk.id)
    assert [p["first_name"] for p in data.people] == ["P0"] and data.without_consent == 2
    text = write_session_list(tmp_path / "ia.csv", data).read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    assert lines[0].startswith("Prénom;Nom") and "P0;N0;'=HYPERLINK(1)" in lines[1]
    assert (
        "P1" not in text
        and "P2" not in text
        and lines[-1].startswith("+ 2 personnes sans consentement (non nommées)")
    )


def test_the_purge_blanks_what_the_doors_read_that_is_not_ours(db, day):
    from itday.services.gdpr import purge_personal_data

    event_id, rooms, people, _ = day
    scan(db, event_id, "BEGIN:VCARD Jean Dupont", rooms["Amphi A"], 1)
    scan(db, event_id, people[0], rooms["Amphi A"], 2)
    with db.session() as s:
        counts = purge_personal_data(s, event_id)
        codes = [r.code for r in s.exec(select(RoomScan).order_by(RoomScan.id))]
    assert counts["scans"] == 1 and codes == ["", people[0]]
