"""Ticket codes from a ticketing export: imported with their holder, admitted at the desk,
kept out of anonymised exports, purged with the personal data."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import threading

from sqlmodel import select

from itday.core.enums import ScanResult
from itday.db import attendees, repo
from itday.db.models import Attendee, AttendeeCode, Scan
from itday.services.checkin import record_scan
from itday.services.importer import import_visitors

WEEZEVENT = """\
ID participant;Code-barres;Numéro de billet;Nom;Prénom;E-mail;Société;Tarif;Date d'achat
101;1700012345678;W-101;Dupont;Jean;jean.dupont@example.com;Acme;Visiteur;02/05/2017
102;1700012345685;W-102;Martin;Claire;claire.martin@example.com;Globex;Visiteur;03/05/2017
103;1700012345692;W-103;Martin;Claire;claire.martin@example.com;Globex;Conférence;03/05/2017
104;1700012345708;W-104;Durand;Paul;commandes@initech.fr;Initech;Visiteur;04/05/2017
105;1700012345715;W-105;Petit;Anne;commandes@initech.fr;Initech;Visiteur;04/05/2017
"""


def _write(tmp_path, text, name="participants.csv", encoding="utf-8-sig"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


def _people(db, event_id):
    with db.session() as s:
        return {
            f"{r['first_name']} {r['last_name']}": r
            for r in repo.attendee_rows(event_id, session=s)
        }


def test_weezevent_export_keeps_every_ticket_with_its_holder(db, event_id, tmp_path):
    path = _write(tmp_path, WEEZEVENT)
    with db.session() as s:
        report = import_visitors(s, event_id, path)
    assert report.imported == 4 and report.tickets == 5
    assert report.to_json()["tickets"] == 5
    assert report.duplicates == [4]  # Claire's second ticket: same person
    people = _people(db, event_id)
    assert people["Claire Martin"]["tickets"] == ["1700012345685", "1700012345692"]
    assert people["Jean Dupont"]["tickets"] == ["1700012345678"]
    # one order, two attendees: the buyer's e-mail on both lines, two people
    assert people["Paul Durand"]["tickets"] == ["1700012345708"]
    assert people["Anne Petit"]["tickets"] == ["1700012345715"]
    assert any("autre personne" in w["reason"] and w["line"] == 6 for w in report.warnings)
    with db.session() as s:
        sources = {c.source for c in s.exec(select(AttendeeCode))}
        kinds = {c.kind for c in s.exec(select(AttendeeCode))}
    assert sources == {"Weezevent/Yurplan"} and kinds == {"ticket"}
    # every person keeps their own itday badge code as well
    assert all(p["code"].startswith("ITD-") for p in people.values())


def test_a_ticket_admits_its_holder_once_whatever_code_comes_first(db, event_id, tmp_path):
    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, WEEZEVENT))
    claire = _people(db, event_id)["Claire Martin"]
    with db.session() as s:
        first = record_scan(s, event_id, "1700012345692", "Accueil 1")
        assert first.result is ScanResult.ADMITTED
        assert first.attendee["id"] == claire["id"] and first.code == "1700012345692"
        assert first.to_json()["message"] == "entrée validée"
        again = record_scan(s, event_id, " 1700012345692 ", "Accueil 2")
        assert again.result is ScanResult.ALREADY_ADMITTED
        assert again.decision.first_station == "Accueil 1"
        other_ticket = record_scan(s, event_id, "1700012345685", "Accueil 1")
        assert other_ticket.result is ScanResult.ALREADY_ADMITTED
        badge = record_scan(s, event_id, claire["code"], "Accueil 1")
        assert badge.result is ScanResult.ALREADY_ADMITTED
        made_up = record_scan(s, event_id, "4242424242424", "Accueil 1")
        assert (made_up.result, made_up.decision.reason) == (
            ScanResult.UNKNOWN,
            "unknown_ticket",
        )
        assert made_up.to_json()["message"] == "billet inconnu — chercher le nom"
        vcard = record_scan(s, event_id, "BEGIN:VCARD\nFN:Claire\nEND:VCARD", "Accueil 1")
        assert (vcard.result, vcard.decision.reason) == (ScanResult.INVALID, "not_ours")
        assert vcard.to_json()["message"] == "pas un badge itday"
        log = s.exec(select(Scan.code, Scan.result, Scan.reason).order_by(Scan.id)).all()
    assert log[-2] == ("4242424242424", "unknown", "unknown_ticket")  # the log keeps why
    assert [r for _c, r, _why in log].count("admitted") == 1


def test_threads_racing_on_one_ticket_and_the_badge_admit_once(db, event_id, tmp_path):
    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, WEEZEVENT))
    claire = _people(db, event_id)["Claire Martin"]
    codes = ["1700012345685", "1700012345692", claire["code"]] * 3
    barrier = threading.Barrier(len(codes))
    results = []

    def desk(n, code):
        with db.session() as s:
            barrier.wait()
            results.append(record_scan(s, event_id, code, f"Accueil {n}").result)

    threads = [threading.Thread(target=desk, args=(n, c)) for n, c in enumerate(codes)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results.count(ScanResult.ADMITTED) == 1
    assert results.count(ScanResult.ALREADY_ADMITTED) == len(codes) - 1


def test_a_ticket_of_another_edition_says_so(db, event_id, tmp_path):
    import datetime as dt

    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, WEEZEVENT))
        later = repo.create_event("IT Day 2018", dt.date(2018, 6, 28), session=s)
        s.commit()
        out = record_scan(s, later.id, "1700012345678", "Accueil 1")
    assert (out.result, out.decision.reason) == (ScanResult.INVALID, "other_edition")


def test_reimport_matches_by_ticket_and_moves_a_transferred_ticket(db, event_id, tmp_path):
    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, WEEZEVENT))
    # Jean gave his ticket to a colleague: the service's new export names her, new e-mail
    changed = WEEZEVENT.replace(
        "101;1700012345678;W-101;Dupont;Jean;jean.dupont@example.com",
        "101;1700012345678;W-101;Dupont;Jeanne;jeanne.dupont@example.com",
    )
    # and Paul's ticket now shows on Anne's line, Paul holding a new one (fixed by the service)
    changed = changed.replace("105;1700012345715", "105;1700012345708 1700012345715")
    changed = changed.replace("104;1700012345708", "104;1700012345722")
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, changed, "v2.csv"))
    assert report.imported == 0  # matched by their tickets, not created again
    people = _people(db, event_id)
    assert "Jeanne Dupont" in people and "Jean Dupont" not in people
    assert people["Jeanne Dupont"]["tickets"] == ["1700012345678"]
    assert sorted(people["Anne Petit"]["tickets"]) == ["1700012345708", "1700012345715"]
    assert people["Paul Durand"]["tickets"] == ["1700012345722"]
    assert any("passe à cette personne" in w["reason"] for w in report.warnings)


def test_ticket_cells_a_spreadsheet_damaged_are_warned_not_stored(db, event_id, tmp_path):
    text = (
        "Nom;Prénom;E-mail;Barcode #\n"
        "Dupont;Jean;jean@example.com;1,23457E+21\n"
        "Durand;Paul;paul@example.com;42\n"
        "Petit;Anne;anne@example.com;1234567890123456789001\n"
        "Roux;Lea;lea@example.com;1234567890123456789001\n"
    )
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, text))
    reasons = {w["line"]: w["reason"] for w in report.warnings}
    assert "notation scientifique" in reasons[2]
    assert "trop court" in reasons[3]
    assert "déjà sur la ligne 4" in reasons[5]
    assert report.tickets == 1
    people = _people(db, event_id)
    assert people["Anne Petit"]["tickets"] == ["1234567890123456789001"]
    assert people["Lea Roux"]["tickets"] == [] and people["Jean Dupont"]["tickets"] == []


def test_mapping_override_takes_a_column_as_ticket_code(db, event_id, tmp_path):
    text = "Nom;Prénom;Identifiant billet\nDupont;Jean;AB12CD34EF\n"
    path = _write(tmp_path, text)
    with db.session() as s:
        import_visitors(s, event_id, path, mapping={2: "ticket_code"})
        assert record_scan(s, event_id, "AB12CD34EF", "A").result is ScanResult.ADMITTED


def test_dry_run_stores_no_ticket(db, event_id, tmp_path):
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, WEEZEVENT), dry_run=True)
        assert report.tickets == 5
        assert s.exec(select(AttendeeCode)).all() == []
        assert s.exec(select(Attendee)).all() == []


def test_exports_list_tickets_unless_anonymised(db, event_id, tmp_path):
    from itday.services.export import export_edition

    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, WEEZEVENT))
        record_scan(s, event_id, "1700012345678", "Accueil 1")
    plain = export_edition(db, event_id, tmp_path / "plain", technical=True)
    anon = export_edition(db, event_id, tmp_path / "anon", anonymise=True, technical=True)
    with open(plain.folder / "attendees.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    claire = next(r for r in rows if r["first_name"] == "Claire")
    assert claire["tickets"] == "1700012345685 1700012345692"
    for folder in (anon.folder,):
        for name in ("attendees.csv", "scans.csv", "export.xlsx", "event.json"):
            if (folder / name).exists():
                data = (folder / name).read_bytes()
                for ticket in ("1700012345678", "1700012345685", "1700012345715"):
                    assert ticket.encode() not in data, (name, ticket)
    with open(anon.folder / "attendees.csv", encoding="utf-8-sig") as f:
        assert "tickets" not in next(csv.reader(f, delimiter=";"))


def test_purge_forgets_ticket_codes(db, event_id, tmp_path):
    from itday.services.gdpr import purge_personal_data

    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, WEEZEVENT))
        record_scan(s, event_id, "1700012345678", "Accueil 1")
        record_scan(s, event_id, "4242424242424", "Accueil 1")
        before = repo.stats(event_id, session=s)
        purge_personal_data(s, event_id)
        assert s.exec(select(AttendeeCode)).all() == []
        codes = s.exec(select(Scan.code)).all()
        assert codes == ["", ""]
        assert repo.stats(event_id, session=s) == before


# -- the command line, as the acceptance of issue 14 says ---------------------------------


def _itday(*args, db):
    cmd = [sys.executable, "-m", "itday", *args, "--db", str(db)]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_cli_acceptance_weezevent_file_then_checkin(tmp_path):
    db = tmp_path / "day.sqlite"
    assert _itday("init", "--name", "IT Day", "--date", "2017-06-29", db=db).returncode == 0
    out = _itday("import", "visitors", str(_write(tmp_path, WEEZEVENT)), "--json", db=db)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["tickets"] == 5
    people = json.loads(_itday("attendees", "--json", db=db).stdout)
    anne = next(p for p in people if p["first_name"] == "Anne")
    assert anne["tickets"] == ["1700012345715"]

    first = _itday("checkin", "1700012345715", "--json", db=db)
    assert first.returncode == 0, first.stderr
    line = json.loads(first.stdout)
    assert line["result"] == "admitted" and line["attendee"]["id"] == anne["id"]
    assert line["attendee"]["last_name"] == "Petit"

    again = json.loads(_itday("checkin", "1700012345715", "--json", db=db).stdout)
    assert again["result"] == "already_admitted" and again["attendee"]["id"] == anne["id"]

    made_up = json.loads(_itday("checkin", "3141592653589", "--json", db=db).stdout)
    assert made_up["result"] == "unknown" and made_up["attendee"] is None
    assert made_up["reason"] == "unknown_ticket"
    assert made_up["message"] == "billet inconnu — chercher le nom"

    foreign = json.loads(_itday("checkin", "https://example.org/x", "--json", db=db).stdout)
    assert foreign["result"] == "invalid" and foreign["message"] == "pas un badge itday"

    # two tickets of one person: either admits, once
    both = _itday("checkin", "1700012345685", "1700012345692", "--json", db=db)
    results = [json.loads(x)["result"] for x in both.stdout.splitlines()]
    assert results == ["admitted", "already_admitted"]
    text = _itday("checkin", "3141592653589", db=db)
    assert "billet inconnu — chercher le nom" in text.stdout


# -- issue 23.6: a code admits one person, whatever its kind ---------------------------------


def test_a_ticket_equal_to_a_badge_code_is_refused_on_its_line(db, event_id, tmp_path):
    """A registration file whose ticket cell holds a person's badge code: scanning it
    admitted the badge holder, and the new person's ticket never admitted them."""
    with db.session() as s:
        jean_id, jean_code = attendees.create_walk_in(
            event_id, session=s, first_name="Jean", last_name="Dupont"
        )
    text = (
        "Nom;Prénom;E-mail;Code du billet\n"
        f"Martin;Claire;claire@example.com;{jean_code}\n"
        f"Petit;Anne;anne@example.com;{jean_code.lower()}\n"
        "Roux;Lea;lea@example.com;1700012345678\n"
    )
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, text))
    reasons = {w["line"]: w["reason"] for w in report.warnings}
    assert "code de badge itday" in reasons[2] and "ignoré" in reasons[2]
    assert "code de badge itday" in reasons[3]
    people = _people(db, event_id)
    assert people["Claire Martin"]["tickets"] == [] and people["Anne Petit"]["tickets"] == []
    assert people["Lea Roux"]["tickets"] == ["1700012345678"]
    with db.session() as s:
        assert s.exec(select(AttendeeCode).where(AttendeeCode.code == jean_code)).first() is None
        out = record_scan(s, event_id, jean_code, "Accueil 1")
    assert out.attendee["id"] == jean_id  # the badge still admits its holder, and only him


def test_a_ticket_of_another_person_of_the_base_is_refused_on_its_line(db, event_id, tmp_path):
    """A later file giving Jean's ticket to Claire too, Jean not in that file: the ticket
    stays Jean's (the file does not say he lost it), with a line saying why."""
    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, WEEZEVENT))
    text = (
        "Nom;Prénom;E-mail;Code-barres\n"
        "Martin;Claire;claire.martin@example.com;1700012345685 1700012345678\n"
    )
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, text, "late.csv"))
    reasons = {w["line"]: w["reason"] for w in report.warnings}
    assert "déjà à « Jean Dupont »" in reasons[2] and "ignoré" in reasons[2]
    people = _people(db, event_id)
    assert people["Claire Martin"]["tickets"] == ["1700012345685", "1700012345692"]
    assert people["Jean Dupont"]["tickets"] == ["1700012345678"]
    with db.session() as s:
        out = record_scan(s, event_id, "1700012345678", "Accueil 1")
    assert out.attendee["id"] == people["Jean Dupont"]["id"]
