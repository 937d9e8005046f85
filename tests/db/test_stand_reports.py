"""Each exhibitor's report (issue 26) on a small show made by hand, where every figure is
known: 3 stands, 10 visitors.  No visitor is named; small figures read « < 5 »."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from itday.core import badge
from itday.db import models as m
from itday.errors import ItdayError
from itday.services.pdf.output import Cancelled
from itday.services.stand_reports import file_name, write_stand_reports
from tests.unit.pdf_helpers import pdf_text

TZ = ZoneInfo("Europe/Paris")


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2017, 6, 29, hour, minute, tzinfo=TZ).astimezone(dt.UTC)


def _show(session, event_id: int) -> dict[str, int]:
    """Stand « Alpha » (A1) meets 7 people, « Bêta » (A2) 3, « Gamma » (A3) nobody."""
    session.add(m.Hall(event_id=event_id, width_m=30, depth_m=20))
    ids = {}
    for i, name in enumerate(("Alpha", "Bêta", "Gamma")):
        ex = m.Exhibitor(event_id=event_id, name=name)
        session.add(ex)
        session.flush()
        ids[name] = ex.id
        session.add(
            m.Booth(event_id=event_id, code=f"A{i + 1}", x=2 + 4 * i, y=2, exhibitor_id=ex.id)
        )
    people = []
    for n in range(10):
        person = m.Attendee(
            event_id=event_id,
            first_name="Zéphyrin",
            last_name=f"Secretnom{n}",
            email=f"secret{n}@example.org",
            phone="06 12 34 56 78",
            company="Confidentielle SA",
            category="press" if n < 2 else "visitor",
            sector="Santé" if n < 6 else "Industrie",
            code=badge.new_code(),
            checked_in_at=at(9),
        )
        people.append(person)
    session.add_all(people)
    session.flush()

    def lead(stand, person, when, rating=None, tags=()):
        session.add(
            m.Lead(event_id=event_id, exhibitor_id=ids[stand], attendee_id=person.id,
                   first_scan_at=when, last_scan_at=when, rating=rating, tags=list(tags))
        )  # fmt: skip

    # Alpha: 5 people at 10h, 2 at 11h; 6 from Santé (people 0-5), 1 from Industrie
    for n in range(5):
        lead("Alpha", people[n], at(10, 5 + n), "hot" if n < 3 else "warm", ["devis"])
    lead("Alpha", people[5], at(11, 10), "cold")
    lead("Alpha", people[6], at(11, 20))
    for n in (7, 8, 9):
        lead("Bêta", people[n], at(11, 30))
    session.commit()
    return ids


def _text(path) -> str:
    """The PDF's words (pdftotext drops the narrow space of « < 5 »: put back as « < 5 »)."""
    return " ".join(pdf_text(path).split()).replace("<5", "< 5")


def test_each_report_gives_the_stands_known_figures_and_names_nobody(db, event_id, tmp_path):
    with db.session() as s:
        ids = _show(s, event_id)
    files = write_stand_reports(db, event_id, tmp_path / "rapports")
    assert sorted(p.name for p in files) == [
        "rapport-alpha.pdf", "rapport-beta.pdf", "rapport-gamma.pdf"
    ]  # fmt: skip
    alpha = _text(tmp_path / "rapports" / "rapport-alpha.pdf")
    assert "Votre salon — Alpha" in alpha and "Stand A1" in alpha
    assert "Visiteurs enregistrés par votre stand 7" in alpha
    assert "Rang parmi les stands 1 sur 3" in alpha
    assert "premier quart" in alpha
    assert "Stand médian du salon 3" in alpha  # 7, 3, 0
    assert "Heure la plus active 10h–11h (5)" in alpha
    # by category: 2 press (masked), 5 visitors; by sector: Santé 6, Industrie 1 (masked)
    assert "Visiteur 5" in alpha and "Presse < 5" in alpha
    assert "Santé 6" in alpha and "Industrie < 5" in alpha
    assert "chaud < 5" in alpha and "sans note < 5" in alpha and "devis 5" in alpha
    assert "Votre stand sur le plan" in alpha
    for n in range(10):  # no visitor's name, company or contact anywhere
        assert f"Secretnom{n}" not in alpha and f"secret{n}@" not in alpha
    assert "Confidentielle" not in alpha and "06 12" not in alpha
    beta = _text(tmp_path / "rapports" / "rapport-beta.pdf")
    assert "Visiteurs enregistrés par votre stand < 5" in beta
    assert "Rang parmi les stands 2 sur 3" in beta
    gamma = _text(tmp_path / "rapports" / "rapport-gamma.pdf")
    assert "n'a encore enregistré aucun visiteur" in gamma
    assert "Visiteurs par heure" not in gamma  # no empty chart
    assert ids


def test_one_exhibitor_in_english_and_a_missing_one(db, event_id, tmp_path):
    with db.session() as s:
        ids = _show(s, event_id)
    (path,) = write_stand_reports(
        db, event_id, tmp_path, exhibitor_ids=[ids["Alpha"]], language="en"
    )
    assert path.name == "report-alpha.pdf"
    text = _text(path)
    assert "Your show — Alpha" in text and "Rank among the stands 1 of 3" in text
    with pytest.raises(ItdayError, match="Aucun exposant n° 999"):
        write_stand_reports(db, event_id, tmp_path, exhibitor_ids=[999])


def test_reports_never_write_over_another_file_and_can_be_cancelled(db, event_id, tmp_path):
    with db.session() as s:
        _show(s, event_id)
    notes = tmp_path / "rapport-beta.pdf"
    notes.write_text("mes notes, pas un PDF")
    with pytest.raises(ItdayError, match="n'est pas un rapport d'itday"):
        write_stand_reports(db, event_id, tmp_path)
    assert notes.read_text() == "mes notes, pas un PDF"
    seen = []
    with pytest.raises(Cancelled):
        write_stand_reports(
            db, event_id, tmp_path / "b", progress=lambda d, t: seen.append((d, t)),
            cancelled=lambda: len(seen) >= 1,
        )  # fmt: skip
    assert seen == [(1, 3)]


def test_file_names_are_valid_everywhere():
    assert file_name("Société Générale / Toulouse") == "rapport-societe-generale-toulouse.pdf"
    assert file_name("CON") == "rapport-con_.pdf"  # (core.filenames: never a reserved part)
    assert file_name("???") == "rapport-exposant.pdf"


def test_day_flows_on_the_small_show(db, event_id):
    from itday.db.visits import day_flows

    with db.session() as s:
        _show(s, event_id)
        flows = day_flows(event_id, session=s)
        masked = day_flows(event_id, session=s, min_group=5)
    assert flows["came_in"] == 10 and flows["met_a_stand"] == 10
    assert flows["met_a_stand_share"] == 1.0
    assert flows["median_stands_per_person"] == 1.0
    assert flows["arrivals_only"] is True  # no exit scanned
    assert flows["peak_inside"]["inside"] == 10
    # the curve stops at the last thing recorded (Bêta's leads at 11:30)
    assert max(flows["occupancy"]) == "2017-06-29T11:30:00+02:00"
    busiest = {
        row["exhibitor"]: (row["hour"], row["visitors"]) for row in flows["busiest_hour_by_stand"]
    }
    assert busiest == {
        "Alpha": ("2017-06-29T10:00:00+02:00", 5),
        "Bêta": ("2017-06-29T11:00:00+02:00", 3),
    }
    assert {r["exhibitor"]: r["visitors"] for r in masked["busiest_hour_by_stand"]} == {
        "Alpha": 5,
        "Bêta": "< 5",
    }


def test_exports_carry_each_stands_visits_masked_when_anonymised(db, event_id, tmp_path):
    import csv
    import json

    from itday.services.export import export_edition

    with db.session() as s:
        _show(s, event_id)
    export_edition(db, event_id, tmp_path / "plain", technical=True)
    export_edition(db, event_id, tmp_path / "anon", technical=True, anonymise=True)

    def rows(folder):
        with open(folder / "exhibitors.csv", encoding="utf-8-sig") as f:
            return {
                r["name"]: (r["visitors"], r["busiest_hour"])
                for r in csv.DictReader(f, delimiter=";")
            }

    assert rows(tmp_path / "plain") == {
        "Alpha": ("7", "10:00"),
        "Bêta": ("3", "11:00"),
        "Gamma": ("0", ""),
    }
    assert rows(tmp_path / "anon")["Bêta"] == ("< 5", "11:00")
    meta = json.loads((tmp_path / "anon" / "event.json").read_text(encoding="utf-8"))
    assert meta["flows"]["met_a_stand"] == 10
    text = " ".join(pdf_text(tmp_path / "anon" / "report.pdf").split())
    assert "Flux de la journée" in text and "Rencontrées par au moins un stand 10 (100 %)" in text


def test_command_line_reports_plan_by_visits_and_flows(db, event_id, tmp_path, capsys):
    import json

    from itday import cli

    with db.session() as s:
        ids = _show(s, event_id)
        s.add(m.Booth(event_id=event_id, code="Z9", x=20, y=12))
        s.commit()
    url = str(db.path)
    assert cli.main(["exhibitor-report", str(tmp_path / "r"), "--exhibitor", str(ids["Bêta"]),
                     "--db", url]) == 0  # fmt: skip
    assert [p.name for p in (tmp_path / "r").iterdir()] == ["rapport-beta.pdf"]
    out = tmp_path / "visits.pdf"
    argv = ["plan", str(out), "--colour-by", "visits", "--from", "10:00", "--to", "11:00"]
    assert cli.main([*argv, "--db", url]) == 0
    text = " ".join(pdf_text(out).split()).replace("<5", "< 5")
    assert "de 10:00 à 11:00" in text and "A1 5 A2 0 A3 0" in text
    assert cli.main(["plan", str(out), "--from", "10:00", "--db", url]) == 2
    assert cli.main([*argv[:4], "--from", "11:00", "--to", "10:00", "--db", url]) == 2
    capsys.readouterr()
    assert cli.main(["stats", "--json", "--db", url]) == 0
    flows = json.loads(capsys.readouterr().out)["flows"]
    assert flows["met_a_stand"] == 10 and flows["leads"] == 10
