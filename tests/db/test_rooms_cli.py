"""``itday import programme`` and ``itday checkin --room`` (issue 27), through ``main``."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from itday.cli import main
from itday.db.types import utcnow
from tests.rooms_helpers import PROGRAMME, seed


def _lines(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_import_programme_json_and_text(tmp_path, capsys):
    base = str(tmp_path / "p.sqlite")
    assert main(["init", "--db", base, "--name", "P", "--date", "2017-06-29"]) == 0
    path = tmp_path / "programme.csv"
    path.write_text(PROGRAMME.format(amphi=120, b=60, c=25), encoding="utf-8-sig")
    capsys.readouterr()
    assert main(["import", "programme", str(path), "--db", base, "--json", "--dry-run"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["imported"], data["rooms"], data["rejected"]) == (4, 3, [])
    assert main(["import", "programme", str(path), "--db", base]) == 0
    out = capsys.readouterr().out
    assert out.startswith("4 séances importées, 0 mise à jour, 3 salles créées")
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom;Prénom\nA;b\n", encoding="utf-8")
    assert main(["import", "programme", str(bad), "--db", base]) == 1
    err = capsys.readouterr().err
    assert "« Salle »" in err and "Traceback" not in err and len(err.splitlines()) == 1


@pytest.fixture
def live(tmp_path):
    """A programme under way now (Salle B's session ends in 1 minute: a full day's others)."""
    from itday.db.engine import Database

    db = Database.open(tmp_path / "d.sqlite")
    t0 = utcnow() - dt.timedelta(minutes=5)
    event_id, rooms, people, strangers = seed(db, capacities=(30, 20, 2), t0=t0, minutes=600)
    db.dispose()
    return str(tmp_path / "d.sqlite"), people, strangers


def test_door_scans_print_room_and_inside(live, capsys):
    base, people, strangers = live
    codes = [*people[:3], strangers[0]]
    assert main(["checkin", *codes, "--room", "atelier c", "--json", "--db", base]) == 0
    lines = _lines(capsys)
    assert [(x["result"], x["room"], x["inside"]) for x in lines] == [
        ("admitted", "Atelier C", 1),
        ("admitted", "Atelier C", 2),
        ("full", "Atelier C", 2),
        ("not_admitted", "Atelier C", 2),
    ]
    assert [x["reason"] for x in lines[2:]] == ["full", "not_admitted"]
    argv = ["checkin", people[2], "--room", "Atelier C", "--override", "--json", "--db", base]
    assert main(argv) == 0
    forced = _lines(capsys)[0]
    assert (forced["result"], forced["override"], forced["inside"]) == ("admitted", True, 3)
    assert main(["checkin", people[0], "--room", "Salle B", "--json", "--db", base]) == 0
    assert _lines(capsys)[0]["inside"] == 1  # moved out of Atelier C
    assert (
        main(["checkin", people[1], "--room", "Atelier C", "--exit", "--json", "--db", base]) == 0
    )
    out = _lines(capsys)[0]
    assert (out["result"], out["inside"]) == ("exited", 1)


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["checkin", "X", "--room", "Atelier C", "--print"], "--room"),
        (["checkin", "X", "--room", "Atelier C", "--exit", "--override"], "--override"),
    ],
)
def test_door_options_misused_are_bad_usage(live, capsys, argv, needle):
    assert main([*argv, "--db", live[0]]) == 2
    err = capsys.readouterr().err
    assert needle in err and len(err.strip().splitlines()) == 1


def test_unknown_room_names_the_rooms(live, capsys):
    assert main(["checkin", live[1][0], "--room", "Salle Z", "--db", live[0]]) == 1
    assert "Amphi A, Atelier C, Salle B" in capsys.readouterr().err


# -- speakers (issue 27.1) -----------------------------------------------------------------


def _speakers(base: str) -> list[tuple[str, str, str]]:
    from sqlmodel import select

    from itday.db.engine import Database
    from itday.db.models import Attendee

    db = Database.open(base)
    with db.session() as s:
        rows = s.exec(
            select(Attendee.first_name, Attendee.last_name, Attendee.source).where(
                Attendee.category == "speaker"
            )
        ).all()
    db.dispose()
    return sorted(tuple(r) for r in rows)


def test_import_links_speakers_creating_the_missing_ones(tmp_path, capsys):
    from itday.db.engine import Database
    from itday.db.models import Attendee

    base = str(tmp_path / "p.sqlite")
    assert main(["init", "--db", base, "--name", "P", "--date", "2017-06-29"]) == 0
    db = Database.open(base)
    with db.session() as s:  # already a speaker of the edition, spelled otherwise
        s.add(Attendee(event_id=1, first_name="CHLOE", last_name="Petit", category="speaker",
                       code="SPK-CHLOE"))  # fmt: skip
        s.add(Attendee(event_id=1, first_name="Alice", last_name="Martin", code="VIS-ALICE"))
        s.commit()
    db.dispose()
    path = tmp_path / "programme.csv"
    path.write_text(PROGRAMME.format(amphi=120, b=60, c=25), encoding="utf-8-sig")
    capsys.readouterr()
    argv = ["import", "programme", str(path), "--db", base]
    assert main([*argv, "--dry-run", "--json", "--speakers-free", "oui"]) == 0
    data = json.loads(capsys.readouterr().out)
    names = [x["name"] for x in data["speakers_created"]]
    assert names == ["Alice Martin", "Bruno Durand", "David Roux", "Emma Blanc"]
    assert data["speakers_free"] is True
    assert len(_speakers(base)) == 1  # the dry run wrote nothing, the setting neither:
    assert main([*argv, "--dry-run", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["speakers_free"] is False
    assert main([*argv, "--speakers-free", "oui"]) == 0
    out = capsys.readouterr().out
    assert "ligne 2 : intervenant(e) « Alice Martin » ajouté(e) aux participants" in out
    assert "Les intervenants entrent sans compter" in out
    # a visitor named Alice Martin is not a speaker: a person of category Intervenant is made
    assert _speakers(base) == [
        ("Alice", "Martin", "import"), ("Bruno", "Durand", "import"), ("CHLOE", "Petit", "import"),
        ("David", "Roux", "import"), ("Emma", "Blanc", "import"),
    ]  # fmt: skip
    assert main([*argv, "--json"]) == 0  # again: everyone is linked, no one created
    data = json.loads(capsys.readouterr().out)
    assert data["speakers_created"] == [] and data["speakers_free"] is True
    assert main([*argv, "--speakers-free", "non"]) == 0
    assert "comptent comme les autres" in capsys.readouterr().out
    assert main(["import", "visitors", str(path), "--speakers-free", "oui", "--db", base]) == 2


def test_a_speaker_enters_their_full_session_without_counting(live, capsys):
    from itday.db.engine import Database
    from itday.db.models import Attendee
    from itday.services.speakers import link_speakers, set_speakers_free

    base, people, _ = live
    db = Database.open(base)
    with db.session() as s:
        talk = s.exec(select_talk("Atelier Python")).one()
        talk.speakers = "Alice Martin"
        (alice,), _ = link_speakers(s, talk.event_id, talk.speakers)
        s.commit()
        person = s.get(Attendee, alice)
        person.checked_in_at = utcnow() - dt.timedelta(minutes=10)
        code, event_id = person.code, talk.event_id
        s.commit()
    argv = ["--room", "Atelier C", "--json", "--db", base]
    assert main(["checkin", *people[:2], code, *argv]) == 0
    lines = _lines(capsys)
    assert [(x["result"], x["inside"]) for x in lines] == [
        ("admitted", 1), ("admitted", 2), ("full", 2),
    ]  # fmt: skip
    with db.session() as s:
        set_speakers_free(s, event_id, True)
        s.commit()
    assert main(["checkin", code, *argv]) == 0
    line = _lines(capsys)[0]
    assert (line["result"], line["reason"], line["inside"]) == ("admitted", "speaker", 2)
    assert main(["checkin", people[2], *argv]) == 0  # the speaker took no one's place…
    assert _lines(capsys)[0]["result"] == "full"  # …nor made one
    # …but they are in: the session's attendance counts them, and their exit closes it
    with db.session() as s:
        assert _attendance(s, event_id, "Atelier Python") == (3, 3)  # people, entries
    assert main(["checkin", code, "--exit", *argv]) == 0
    line = _lines(capsys)[0]
    assert (line["result"], line["inside"]) == ("exited", 2)  # not « not_inside »
    assert main(["checkin", code, "--exit", *argv]) == 0
    assert _lines(capsys)[0]["result"] == "not_inside"  # closed: out once
    assert main(["checkin", code, *argv]) == 0  # back in, free again
    assert _lines(capsys)[0]["reason"] == "speaker"
    assert main(["checkin", code, "--room", "Salle B", "--json", "--db", base]) == 0
    line = _lines(capsys)[0]  # Salle B's session is not theirs: they count there, and
    assert (line["result"], line["reason"], line["inside"]) == ("admitted", "moved", 1)
    assert main(["checkin", people[2], *argv]) == 0  # leaving Atelier C freed no seat
    assert _lines(capsys)[0]["result"] == "full"
    db.dispose()


def _attendance(s, event_id: int, title: str) -> tuple[int, int]:
    from itday.db import rooms as db_rooms

    row = next(
        r for r in db_rooms.attendance(event_id, session=s, tz=dt.UTC) if r["session"] == title
    )
    return row["distinct_people"], row["entries"]


def select_talk(title: str):
    from sqlmodel import select

    from itday.db.models import TalkSession

    return select(TalkSession).where(TalkSession.title == title)
