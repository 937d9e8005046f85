"""Importing into a real SQLite file: merge, re-import, dry run, rollback, booths."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlmodel
from sqlmodel import Session, SQLModel, select

from itday.core import badge
from itday.core.importing import ImportCancelled, ImportFileError
from itday.db.models import Attendee, Booth, Event, Exhibitor
from itday.services import importer
from itday.services.importer import import_exhibitors, import_visitors

HEADER = "Nom;Prénom;Société;E-mail;Type de billet;N° de commande;Téléphone\n"


@pytest.fixture
def session(tmp_path):
    engine = sqlmodel.create_engine(f"sqlite:///{tmp_path / 't.sqlite'}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as s:
        yield s
    engine.dispose()


@pytest.fixture
def event_id(session):
    event = Event(name="Innovation IT Day", venue="Diagora", date=dt.date(2017, 6, 29))
    session.add(event)
    session.commit()
    return event.id


def csv_file(tmp_path, body: str, name: str = "inscrits.csv", header: str = HEADER):
    """A French Excel export: Windows-1252, or UTF-8 with BOM when cp1252 cannot hold it."""
    path = tmp_path / name
    try:
        data = (header + body).encode("cp1252")
    except UnicodeEncodeError:
        data = (header + body).encode("utf-8-sig")
    path.write_bytes(data)
    return path


def attendees(session, event_id):
    session.expire_all()
    rows = session.exec(select(Attendee).where(Attendee.event_id == event_id)).all()
    return {a.email or a.last_name: a for a in rows}


FIRST = (
    "Lefèvre;Hélène;Airbus;helene@airbus.com;Visiteur;C1;\n"
    "O'Neil;Seán;Thales;sean@thales.com;Presse;C2;\n"
    "Durand;Jean-Pierre;;jp@example.fr;VIP;C3;\n"
    ";;Orphan Inc;orphan@example.fr;;C4;\n"
    "Lefèvre;Hélène;Airbus SAS;HELENE@airbus.com;;C1;0600000000\n"
)


def test_import_then_reimport_updated_export(session, event_id, tmp_path):
    report = import_visitors(session, event_id, csv_file(tmp_path, FIRST))
    assert report.to_json() == {
        "imported": 3,
        "updated": 0,
        "duplicates": [6],
        "warnings": [
            {
                "line": 6,
                "reason": "doublon de la ligne 2 fusionné ; valeur différente gardée de la "
                "ligne 2 : société « Airbus » (ligne 6 : « Airbus SAS »)",
            }
        ],
        "rejected": [{"line": 5, "reason": "aucun nom ni prénom"}],
    }
    before = attendees(session, event_id)
    assert set(before) == {"helene@airbus.com", "sean@thales.com", "jp@example.fr"}
    helene = before["helene@airbus.com"]
    # Within one file the first value wins; the empty phone is filled by the later line.
    assert (helene.company, helene.phone, helene.category) == ("Airbus", "0600000000", "visitor")
    assert before["sean@thales.com"].category == "press"
    assert helene.search_key == "helene lefevre airbus helene@airbus.com"
    assert all(badge.is_ours(a.code) for a in before.values())
    assert all(a.source == "import" for a in before.values())
    codes = {k: a.code for k, a in before.items()}

    updated = (
        "Lefèvre;Hélène;Airbus SAS;helene@airbus.com;Visiteur;C1;0600000000\n"  # new company
        "O'Neil;Seán;Thales DIS;SEAN@THALES.COM;Presse;C2;\n"  # new company
        "Durand;Jean-Pierre;Sopra;jean-pierre.durand@sopra.fr;VIP;C3;\n"  # new e-mail, same ref
        "Łukasiewicz;Zoë;Łódź IT;zoe@lodz.pl;Intervenant;C9;\n"  # new
    )
    report = import_visitors(session, event_id, csv_file(tmp_path, updated, "v2.csv"))
    assert (report.imported, report.updated, report.unchanged) == (1, 3, 0)
    # A re-import updates the people already there, and says what it replaced.
    assert report.to_json()["warnings"] == [
        {
            "line": 2,
            "reason": "déjà dans l'édition, mis à jour : société « Airbus » → « Airbus SAS »",
        },
        {
            "line": 3,
            "reason": "déjà dans l'édition, mis à jour : société « Thales » → « Thales DIS »",
        },
        {
            "line": 4,
            "reason": "déjà dans l'édition, mis à jour : "
            "e-mail « jp@example.fr » → « jean-pierre.durand@sopra.fr »",
        },
    ]
    after = attendees(session, event_id)
    assert len(after) == 4
    assert after["helene@airbus.com"].company == "Airbus SAS"
    assert after["sean@thales.com"].company == "Thales DIS"
    assert after["sean@thales.com"].code == codes["sean@thales.com"]
    assert after["jean-pierre.durand@sopra.fr"].code == codes["jp@example.fr"]
    assert after["helene@airbus.com"].code == codes["helene@airbus.com"]
    assert after["zoe@lodz.pl"].category == "speaker"
    assert after["zoe@lodz.pl"].first_name == "Zoë"

    # The same file once more changes nothing.
    report = import_visitors(session, event_id, csv_file(tmp_path, updated, "v3.csv"))
    assert (report.imported, report.updated, report.unchanged) == (0, 0, 4)
    assert len(attendees(session, event_id)) == 4


def test_other_event_is_not_touched(session, event_id, tmp_path):
    other = Event(name="Green IT Day", date=dt.date(2017, 11, 16))
    session.add(other)
    session.commit()
    import_visitors(session, other.id, csv_file(tmp_path, FIRST))
    import_visitors(session, event_id, csv_file(tmp_path, FIRST))
    assert len(attendees(session, event_id)) == 3
    assert len(attendees(session, other.id)) == 3


def test_dry_run_writes_nothing(session, event_id, tmp_path):
    report = import_visitors(session, event_id, csv_file(tmp_path, FIRST), dry_run=True)
    assert report.imported == 3 and report.dry_run
    assert attendees(session, event_id) == {}
    import_visitors(session, event_id, csv_file(tmp_path, FIRST))
    change = "O'Neil;Seán;Changed;sean@thales.com;;;\n"
    report = import_visitors(session, event_id, csv_file(tmp_path, change, "b.csv"), dry_run=True)
    assert report.updated == 1
    assert attendees(session, event_id)["sean@thales.com"].company == "Thales"


def test_failure_midway_rolls_back_everything(session, event_id, tmp_path, monkeypatch):
    import_visitors(session, event_id, csv_file(tmp_path, FIRST))
    body = "O'Neil;Seán;Changed;sean@thales.com;;;\n" + "".join(
        f"Nom{i};Prénom{i};;p{i}@example.fr;;;\n" for i in range(10)
    )
    calls = 0
    real = badge.new_code

    def failing_code():
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("disk on fire")
        return real()

    monkeypatch.setattr(importer.badge, "new_code", failing_code)
    with pytest.raises(RuntimeError):
        import_visitors(session, event_id, csv_file(tmp_path, body, "b.csv"))
    after = attendees(session, event_id)
    assert len(after) == 3
    assert after["sean@thales.com"].company == "Thales"


def test_cancel_rolls_back_and_progress_is_reported(session, event_id, tmp_path):
    body = "".join(f"Nom{i};Prénom{i};;p{i}@example.fr;;;\n" for i in range(250))
    seen = []
    report = import_visitors(
        session, event_id, csv_file(tmp_path, body), progress=lambda d, t: seen.append((d, t))
    )
    assert report.imported == 250
    assert seen[-1] == (250, 250)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    more = "".join(f"Autre{i};X;;q{i}@example.fr;;;\n" for i in range(250))
    progressed = []
    with pytest.raises(ImportCancelled):
        import_visitors(
            session,
            event_id,
            csv_file(tmp_path, more, "more.csv"),
            progress=lambda d, t: progressed.append(d),
            cancelled=lambda: len(progressed) >= 3,
        )
    assert len(attendees(session, event_id)) == 250


def test_bad_file_and_unknown_event(session, event_id, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="vide"):
        import_visitors(session, event_id, path)
    with pytest.raises(ImportFileError, match="Aucune édition"):
        import_visitors(session, 999, csv_file(tmp_path, FIRST))


def test_explicit_mapping(session, event_id, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Surnom,Given,Mèl\nDupont,Jean,j@x.fr\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="Aucune colonne de nom"):
        import_visitors(session, event_id, path)
    report = import_visitors(
        session, event_id, path, mapping={0: "last_name", 1: "first_name", 2: "email"}
    )
    assert report.imported == 1
    person = attendees(session, event_id)["j@x.fr"]
    assert (person.first_name, person.last_name) == ("Jean", "Dupont")


# --- exhibitors ------------------------------------------------------------------------------

EX_HEADER = "Société;Secteur;Contact;E-mail;Site web;Stand(s)\n"
STRANGE = "Łódź Ğİ Øre 東京 Ελλάδα"


def add_booths(session, event_id, *codes, status="free"):
    for i, code in enumerate(codes):
        session.add(Booth(event_id=event_id, code=code, x=3.0 * i, y=0.0, status=status))
    session.commit()


def booths(session, event_id):
    session.expire_all()
    return {b.code: b for b in session.exec(select(Booth).where(Booth.event_id == event_id))}


def exhibitors(session, event_id):
    session.expire_all()
    return {
        e.name: e for e in session.exec(select(Exhibitor).where(Exhibitor.event_id == event_id))
    }


def test_exhibitors_with_booth_codes(session, event_id, tmp_path):
    add_booths(session, event_id, "A1", "A2", "B1", "B2")
    body = (
        f"{STRANGE};Cloud;Anna Nowak;anna@lodz.pl;https://lodz.pl;a1 / A2\n"
        "Sopra Steria;Services;Luc;luc@sopra.fr;;B1, Z9\n"
        "Capgemini;Conseil;;;;A2\n"  # A2 already taken in this same file
    )
    path = csv_file(tmp_path, body, "exposants.csv", EX_HEADER)
    report = import_exhibitors(session, event_id, path)
    assert report.imported == 3
    assert report.to_json()["warnings"] == [
        {"line": 3, "reason": "stand « Z9 » inconnu : non attribué"},
        {
            "line": 4,
            "reason": "stand « A2 » déjà attribué à « Łódź Ğİ Øre 東京 Ελλάδα » : non modifié",
        },
    ]
    found = exhibitors(session, event_id)
    assert STRANGE in found  # stored exactly as written
    assert found[STRANGE].search_key == "lodz gi ore 東京 ελλαδα cloud anna nowak"
    state = booths(session, event_id)
    assert state["A1"].exhibitor_id == state["A2"].exhibitor_id == found[STRANGE].id
    assert state["B1"].exhibitor_id == found["Sopra Steria"].id
    assert state["A1"].status == "confirmed"
    assert state["B2"].exhibitor_id is None and state["B2"].status == "free"

    # Re-import: matched by folded name, not duplicated; a new booth for an existing one.
    body2 = "sopra  steria;Services numériques;;;;B2\nŁÓDŹ ği øre 東京 ελλάδα;;;;;A1\n"
    report = import_exhibitors(session, event_id, csv_file(tmp_path, body2, "e2.csv", EX_HEADER))
    assert (report.imported, report.updated) == (0, 2)
    found = exhibitors(session, event_id)
    assert len(found) == 3
    sopra = found["sopra steria"]
    assert sopra.sector == "Services numériques"
    state = booths(session, event_id)
    assert state["B1"].exhibitor_id == state["B2"].exhibitor_id == sopra.id


def test_reserved_booth_keeps_its_status(session, event_id, tmp_path):
    add_booths(session, event_id, "C1", status="reserved")
    path = csv_file(tmp_path, "Acme;;;;;C1\n", "e.csv", EX_HEADER)
    import_exhibitors(session, event_id, path)
    state = booths(session, event_id)["C1"]
    assert state.exhibitor_id is not None and state.status == "reserved"


def test_exhibitor_dry_run(session, event_id, tmp_path):
    add_booths(session, event_id, "A1")
    path = csv_file(tmp_path, "Acme;;;;;A1\n", "e.csv", EX_HEADER)
    report = import_exhibitors(session, event_id, path, dry_run=True)
    assert report.imported == 1
    assert exhibitors(session, event_id) == {}
    assert booths(session, event_id)["A1"].exhibitor_id is None


def test_exhibitor_staff_linked_to_their_exhibitor(session, event_id, tmp_path):
    import_exhibitors(session, event_id, csv_file(tmp_path, "Thales;;;;;\n", "e.csv", EX_HEADER))
    import_visitors(
        session, event_id, csv_file(tmp_path, "Roux;Anne;THALES;anne@thales.com;Exposant;;\n")
    )
    anne = attendees(session, event_id)["anne@thales.com"]
    assert anne.category == "exhibitor_staff"
    assert anne.exhibitor_id == exhibitors(session, event_id)["Thales"].id


def test_duplicate_in_one_file_keeps_the_first_contact_reimport_updates_it(
    session, event_id, tmp_path
):
    body = (
        "Énergie Occitane;Énergie;Hélène Dupré;contact@eo.fr;;\n"
        "Energie Occitane;;dup;dup@eo.fr;;\n"  # the accidental line
    )
    report = import_exhibitors(session, event_id, csv_file(tmp_path, body, "e.csv", EX_HEADER))
    assert report.to_json()["duplicates"] == [3]
    assert report.to_json()["warnings"] == [
        {
            "line": 3,
            "reason": "doublon de la ligne 2 fusionné ; valeurs différentes gardées de la ligne 2 : "
            "contact « Hélène Dupré » (ligne 3 : « dup »), "
            "e-mail « contact@eo.fr » (ligne 3 : « dup@eo.fr »)",
        }
    ]
    eo = exhibitors(session, event_id)["Énergie Occitane"]
    assert (eo.contact_name, eo.contact_email) == ("Hélène Dupré", "contact@eo.fr")

    # An updated file: the exhibitor already in the edition takes the new contact, and the
    # report says what it replaced.
    body = "Énergie Occitane;Énergie;Paul Roux;paul@eo.fr;;\n"
    report = import_exhibitors(session, event_id, csv_file(tmp_path, body, "e2.csv", EX_HEADER))
    assert report.updated == 1
    assert report.to_json()["warnings"] == [
        {
            "line": 2,
            "reason": "déjà dans l'édition, mis à jour : contact « Hélène Dupré » → « Paul Roux »,"
            " e-mail « contact@eo.fr » → « paul@eo.fr »",
        }
    ]
    eo = exhibitors(session, event_id)["Énergie Occitane"]
    assert (eo.contact_name, eo.contact_email) == ("Paul Roux", "paul@eo.fr")


def test_stray_quote_writes_nothing(session, event_id, tmp_path):
    body = (
        "Durand;Paul;Airbus;paul@airbus.com;;C1;\n"
        "Petit;Léa;Thales;lea@thales.com;;C2;\n"
        '"Martin;Anne;Sopra;anne@sopra.fr;;C3;\n'
        "Roux;Luc;Capgemini;luc@capgemini.fr;;C4;\n"
        "Blanc;Ève;Continental;eve@continental.fr;;C5;\n"
    )
    with pytest.raises(ImportFileError, match="ligne 4 : un guillemet"):
        import_visitors(session, event_id, csv_file(tmp_path, body))
    assert attendees(session, event_id) == {}


def test_first_name_only_is_imported_with_a_warning(session, event_id, tmp_path):
    report = import_visitors(session, event_id, csv_file(tmp_path, ";Jean;;jean@x.fr;;;\n"))
    assert report.to_json()["imported"] == 1
    assert report.to_json()["warnings"] == [{"line": 2, "reason": "nom de famille manquant"}]
    assert attendees(session, event_id)["jean@x.fr"].first_name == "Jean"


def test_ticket_types_mapped_to_categories_are_remembered(session, event_id, tmp_path):
    """Issue 17.4: « Étudiant » is mapped once (here: to speakers), not warned and guessed
    « Visiteur » at every import; the choice is kept in the database for the next one."""
    from itday.core.importing import parse_ticket_categories

    path = tmp_path / "billets.csv"
    path.write_text(
        "Nom;Prénom;E-mail;Type de billet\nAdam;Léa;lea@x.fr;Étudiant\n", encoding="utf-8"
    )
    guessed = import_visitors(session, event_id, path, dry_run=True)
    assert any("Étudiant" in w["reason"] for w in guessed.warnings)
    chosen = parse_ticket_categories(["étudiant=Intervenant"])
    report = import_visitors(session, event_id, path, categories=chosen)
    assert not report.warnings
    person = session.exec(select(Attendee).where(Attendee.email == "lea@x.fr")).one()
    assert person.category == "speaker"
    again = import_visitors(session, event_id, path, dry_run=True)  # nothing said this time
    assert not again.warnings
    with pytest.raises(ImportFileError):
        parse_ticket_categories(["Étudiant=Astronaute"])


def test_exhibitors_staff_come_in_with_the_import(session, event_id, tmp_path):
    """Issue 17.3: a « Personnel » column (names separated by commas), or one line per staff
    member naming the company, creates the staff; a re-import adds nobody twice."""
    path = tmp_path / "exposants.csv"
    path.write_text(
        "Société;Secteur;Personnel\n"
        "StaffCo;Cloud;Jean Dupont, Marie Curie\n"
        "StaffCo;;Luc Martin\n"
        "SoloCo;Santé;\n",
        encoding="utf-8",
    )
    report = import_exhibitors(session, event_id, path)
    assert report.staff == 3 and report.to_json()["staff"] == 3
    staff = session.exec(select(Attendee).where(Attendee.category == "exhibitor_staff")).all()
    names = sorted((a.first_name, a.last_name, a.company) for a in staff)
    assert names == [
        ("Jean", "Dupont", "StaffCo"),
        ("Luc", "Martin", "StaffCo"),
        ("Marie", "Curie", "StaffCo"),
    ]
    assert all(a.exhibitor_id is not None and a.code for a in staff)
    again = import_exhibitors(session, event_id, path)
    assert again.staff == 0


def test_merged_registrations_keep_every_order_number_and_match_either(session, event_id, tmp_path):
    first = csv_file(
        tmp_path,
        "Durand;Paul;Capgemini;paul@example.fr;Visiteur;C1;\n"
        "Durand;Paul;Capgemini;paul@example.fr;Visiteur;C9;\n",
    )
    import_visitors(session, event_id, first)
    (paul,) = attendees(session, event_id).values()
    assert paul.external_ref == "C1, C9"
    # The ticketing service's next export: the second order alone, without the e-mail.
    again = csv_file(tmp_path, "Durand;Paul;Capgemini;;Visiteur;C9;0600000000\n", "again.csv")
    report = import_visitors(session, event_id, again)
    people = attendees(session, event_id)
    assert len(people) == 1 and report.imported == 0
    (paul,) = people.values()
    assert (paul.external_ref, paul.phone) == ("C1, C9", "0600000000")


def test_consent_column_is_stored_with_its_time_and_source(session, event_id, tmp_path):
    header = "Nom;Prénom;E-mail;Consentement\n"
    body = "Aa;Un;a@x.fr;oui\nBb;Deux;b@x.fr;non\nCc;Trois;c@x.fr;\n"
    import_visitors(session, event_id, csv_file(tmp_path, body, header=header))
    people = attendees(session, event_id)
    assert [people[e].consent for e in ("a@x.fr", "b@x.fr", "c@x.fr")] == [True, False, None]
    assert people["a@x.fr"].consent_source == "import" and people["a@x.fr"].consent_at
    assert people["c@x.fr"].consent_at is None
    # withdrawn at the desk since: a re-import of the same file never gives it back
    from itday.db import attendees as attendee_repo

    attendee_repo.set_consent([people["a@x.fr"].id], False, "desk", session=session)
    changed = "Aa;Un;a@x.fr;oui\nBb;Deux;b@x.fr;oui\nCc;Trois;c@x.fr;non\n"
    report = import_visitors(session, event_id, csv_file(tmp_path, changed, "v2.csv", header))
    people = attendees(session, event_id)
    assert [people[e].consent for e in ("a@x.fr", "b@x.fr", "c@x.fr")] == [False, True, False]
    assert people["a@x.fr"].consent_source == "desk"
    assert report.updated == 2
