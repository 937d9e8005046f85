"""Issue 24 A into a real database: a refunded ticket is refused at the door, the
organiser's --status and --column are remembered, badges --category takes the label."""

from __future__ import annotations

import json

from sqlmodel import select

from itday.core.enums import ScanResult
from itday.db.models import Attendee
from itday.services.checkin import record_scan
from itday.services.importer import import_visitors

EVENTBRITE = """\
Order #,Order Date,First Name,Last Name,Email,Ticket Type,Attendee Status,Barcode #
1001,2027-05-02,Jean,Dupont,jean@example.com,Visiteur,Attending,1234567890123456789001
1002,2027-05-03,Claire,Martin,claire@example.com,Visiteur,Not Attending,1234567890123456789002
1003,2027-05-03,Paul,Durand,paul@example.com,Visiteur,Waitlisted,1234567890123456789003
"""


def _write(tmp_path, text, name="attendees.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _people(db, event_id):
    with db.session() as s:
        return {
            a.first_name: a for a in s.exec(select(Attendee).where(Attendee.event_id == event_id))
        }


def test_a_refunded_ticket_is_imported_cancelled_and_refused_at_the_door(db, event_id, tmp_path):
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, EVENTBRITE))
    assert report.imported == 3 and report.to_json()["cancelled"] == 1
    unknown = [w for w in report.warnings if "Waitlisted" in w["reason"]]
    assert [w["line"] for w in unknown] == [4]
    people = _people(db, event_id)
    assert {n: p.cancelled for n, p in people.items()} == {
        "Jean": False,
        "Claire": True,
        "Paul": False,
    }
    with db.session() as s:
        refused = record_scan(s, event_id, "1234567890123456789002", "Accueil 1")
        admitted = record_scan(s, event_id, "1234567890123456789001", "Accueil 1")
    assert (refused.result, refused.decision.reason) == (ScanResult.CANCELLED, "ticket_cancelled")
    assert admitted.result is ScanResult.ADMITTED


def test_itday_checkin_refuses_a_refunded_ticket_with_its_reason(db, event_id, tmp_path, capsys):
    """« billet annulé / remboursé » in `itday checkin`'s line and JSON (result still
    "cancelled"), in the export's scans file; by hand it is « inscription annulée »."""
    from itday.cli import main
    from itday.db import attendees

    _cli(db, "import", "visitors", str(_write(tmp_path, EVENTBRITE)))
    assert _people(db, event_id)["Claire"].cancel_reason == "ticket"
    capsys.readouterr()
    args = ["checkin", "1234567890123456789002", "--db", str(db.path)]
    main(args)
    line = capsys.readouterr().out
    assert "refusé" in line and "(billet annulé / remboursé)" in line, line
    assert "inscription annulée" not in line
    main([*args, "--json"])
    data = json.loads(capsys.readouterr().out)
    assert (data["result"], data["reason"]) == ("cancelled", "ticket_cancelled")
    assert data["message"] == "billet annulé / remboursé"
    out = tmp_path / "export"
    assert main(["export", str(out), "--db", str(db.path)]) == 0
    scans = "".join(p.read_text(encoding="utf-8-sig") for p in out.rglob("*scan*.csv"))
    assert "Billet annulé / remboursé" in scans, sorted(p.name for p in out.rglob("*"))
    # restored by hand, then cancelled by hand: the import's reason no longer holds
    claire = _people(db, event_id)["Claire"].id
    with db.session() as s:
        attendees.set_cancelled([claire], False, session=s)
        attendees.set_cancelled([claire], True, session=s)
    assert _people(db, event_id)["Claire"].cancel_reason == ""
    main(args)
    assert "(inscription annulée — voir l'organisation)" in capsys.readouterr().out


def test_a_re_import_cancels_a_person_refunded_since(db, event_id, tmp_path):
    with db.session() as s:
        import_visitors(
            s, event_id, _write(tmp_path, EVENTBRITE.replace("Not Attending", "Attending"))
        )
    assert not _people(db, event_id)["Claire"].cancelled
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, EVENTBRITE))
    assert report.updated == 1
    assert report.warnings[-1] == {
        "line": 3,
        "reason": "déjà dans l'édition, mis à jour : inscription annulée (billet annulé ou "
        "remboursé depuis)",
    }
    assert _people(db, event_id)["Claire"].cancelled


def test_a_re_import_restores_a_person_whose_ticket_stands_again(db, event_id, tmp_path):
    # refunded in the first export, « Attending » in the next (a refund reversed, an export
    # corrected): she was refused at the door with no word in the report
    from itday.db import attendees

    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, EVENTBRITE))
    assert _people(db, event_id)["Claire"].cancelled
    fixed = EVENTBRITE.replace("Not Attending", "Attending")
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, fixed))
    assert report.updated == 1
    assert {"line": 3, "reason": "déjà dans l'édition, mis à jour : inscription rétablie "
            "(billet de nouveau valide)"} in report.warnings  # fmt: skip
    claire = _people(db, event_id)["Claire"]
    assert (claire.cancelled, claire.cancel_reason) == (False, "")
    with db.session() as s:
        admitted = record_scan(s, event_id, "1234567890123456789002", "Accueil 1")
    assert admitted.result is ScanResult.ADMITTED
    # cancelled by hand: a file never undoes it, and the report says so
    with db.session() as s:
        attendees.set_cancelled([claire.id], True, session=s)
    with db.session() as s:
        report = import_visitors(s, event_id, _write(tmp_path, fixed))
    assert _people(db, event_id)["Claire"].cancelled
    assert any(
        w["line"] == 3 and w["reason"].startswith("inscription annulée à la main : reste annulée")
        for w in report.warnings
    )
    # a blank status says nothing: the person stays as she is
    with db.session() as s:
        attendees.set_cancelled([claire.id], False, session=s)
    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, EVENTBRITE))
    assert _people(db, event_id)["Claire"].cancel_reason == "ticket"
    with db.session() as s:
        import_visitors(s, event_id, _write(tmp_path, EVENTBRITE.replace("Not Attending", "")))
    assert _people(db, event_id)["Claire"].cancelled


def _cli(db, *args) -> dict:
    import contextlib
    import io

    from itday.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main([*args, "--db", str(db.path), "--json"]) == 0
    return json.loads(out.getvalue())


def test_status_and_column_options_are_remembered_in_the_base(db, event_id, tmp_path):
    text = EVENTBRITE.replace("Barcode #", "Sésame")
    path = _write(tmp_path, text)
    first = _cli(db, "import", "visitors", str(path), "--dry-run")
    hint = [w["reason"] for w in first["warnings"] if "« Sésame » en a l'air" in w["reason"]]
    assert hint and '--column "Sésame=Code du billet"' in hint[0]
    told = _cli(
        db, "import", "visitors", str(path),
        "--status", "Waitlisted=annulé", "--column", "Sésame=Code du billet",
    )  # fmt: skip
    assert told["tickets"] == 3 and told["cancelled"] == 2
    assert [w["reason"] for w in told["warnings"]] == [
        "colonne « Order Date » ignorée (en-tête non reconnu)"
    ]
    assert _people(db, event_id)["Paul"].cancelled
    again = _cli(db, "import", "visitors", str(path), "--dry-run")  # remembered
    assert again["tickets"] == 3 and again["cancelled"] == 2
    assert again["warnings"] == told["warnings"]

    # the importer's public reads (the import dialog starts from them)
    from itday.services.importer import known_columns, known_statuses
    from itday.ui.import_statuses import remembered_columns, remembered_statuses

    with db.session() as s:
        statuses, columns = known_statuses(s), known_columns(s, "visitors")
    assert "cancelled" in statuses.values() and len(statuses) == 1
    assert list(columns.values()) == ["ticket_code"]
    assert remembered_statuses(None, db) == statuses
    assert remembered_columns(db, "visitors") == columns
    assert remembered_columns(db, "exhibitors") == {}


def test_badges_category_takes_the_label_on_screen(db, event_id, tmp_path, capsys):
    from itday.cli import main

    with db.session() as s:
        import_visitors(
            s,
            event_id,
            _write(tmp_path, "Nom;Prénom;Type de billet\nDupont;Jean;Presse\nPetit;Léa;Visiteur\n"),
        )
    out = tmp_path / "presse.pdf"
    assert main(["badges", str(out), "--category", "Presse", "--db", str(db.path)]) == 0
    assert "1 badge écrit dans" in capsys.readouterr().out and out.exists()
    assert main(["badges", str(out), "--category", "Astronaute", "--db", str(db.path)]) == 2
    err = capsys.readouterr().err
    assert "« Astronaute »" in err and "« Presse »" in err and "« Visiteur »" in err
