"""What an import stores, row by row and column by column (issue 24.17: the import made
faster must store exactly what it stored before).  The tricky file of
``benchmarks/same_import`` — duplicates by e-mail and by order, one order for two people,
cancelled and unknown statuses, a line without a name, ticket codes several to a cell,
mangled, too short, an itday badge code, a code on two people's lines, consent answers,
exhibitors' staff, accents and odd spaces — then its re-import changed (people updated, a
code passed on, a code held by someone absent from the file).  The expected rows were
written by the import as it was before (main at c86b6e3) and checked against the new one by
``python -m benchmarks.same_import``.  Since then, one intended change: Jean-Pierre Durand,
cancelled for his « Annulé » ticket, is registered again when the re-import says « Validé »."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3

import pytest
import sqlmodel
from sqlmodel import Session, SQLModel

from benchmarks.same_import import TRICKY, TRICKY_AGAIN, TRICKY_HEADER
from itday.db.models import Event, Exhibitor
from itday.services import importer

PEOPLE = (
    "SELECT id, first_name, last_name, company, job_title, email, phone, category, "
    "exhibitor_id, external_ref, code, cancelled, cancel_reason, consent, consent_at, "
    "consent_source, search_key, created_at, updated_at FROM attendee ORDER BY id"
)
CODES = "SELECT attendee_id, code, source, created_at FROM attendee_code ORDER BY id"


@pytest.fixture
def base(tmp_path, monkeypatch):
    count = itertools.count(1)
    monkeypatch.setattr(importer.badge, "new_code", lambda: f"BADGE-{next(count)}")
    path = tmp_path / "t.sqlite"
    engine = sqlmodel.create_engine(f"sqlite:///{path}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Event(name="E", venue="V", date=dt.date(2017, 6, 29)))
        session.commit()
        session.add(Exhibitor(event_id=1, name="Thales"))
        session.add(Exhibitor(event_id=1, name="Sopra Steria"))
        session.commit()
        yield session, path
    engine.dispose()


def stored(path) -> tuple[list, list]:
    with sqlite3.connect(path) as conn:
        return conn.execute(PEOPLE).fetchall(), conn.execute(CODES).fetchall()


def test_an_import_and_its_reimport_store_these_rows(base, tmp_path, monkeypatch):
    session, path = base
    for lines, hour, people, codes, report in (
        (TRICKY, 9, FIRST_PEOPLE, FIRST_CODES, FIRST_REPORT),
        (TRICKY_AGAIN, 10, AGAIN_PEOPLE, AGAIN_CODES, AGAIN_REPORT),
    ):
        monkeypatch.setattr(
            importer, "utcnow", lambda h=hour: dt.datetime(2026, 12, 7, h, tzinfo=dt.UTC)
        )
        file = tmp_path / f"{hour}.csv"
        file.write_text(TRICKY_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
        assert importer.import_visitors(session, 1, file).to_json() == report
        assert stored(path) == (people, codes)


# fmt: off
FIRST_PEOPLE = [
    (1, 'Hélène', 'Lefèvre', 'Airbus', 'Ingénieure', 'helene@airbus.com', '0612345678', 'visitor', None, 'C1', 'BADGE-1', 0, '', 0, '2026-12-07 09:00:00.000000', 'import', 'helene lefevre airbus helene@airbus.com', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (2, 'Seán', "O'Neil", 'Thales', '', 'sean@thales.com', '', 'press', None, 'C2', 'BADGE-2', 0, '', 0, '2026-12-07 09:00:00.000000', 'import', "sean o'neil thales sean@thales.com", '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (3, 'Jean-Pierre', 'Durand', '', '', 'jp@example.fr', '', 'vip', None, 'C3', 'BADGE-3', 1, 'ticket', None, None, '', 'jean-pierre durand jp@example.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (4, 'Paul', 'Martin', 'Corp', '', 'buyer@corp.fr', '', 'visitor', None, 'C5', 'BADGE-4', 0, '', None, None, '', 'paul martin corp buyer@corp.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (5, 'Claire', 'Martin', 'Corp', '', 'buyer@corp.fr', '', 'visitor', None, 'C5', 'BADGE-5', 0, '', 1, '2026-12-07 09:00:00.000000', 'import', 'claire martin corp buyer@corp.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (6, 'Thi Lan', 'Nguyen', 'Université Paul Sabatier', '', 'thi@univ.fr', '', 'visitor', None, 'C6', 'BADGE-6', 0, '', 1, '2026-12-07 09:00:00.000000', 'import', 'thi lan nguyen universite paul sabatier thi@univ.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (7, 'Anne', 'Roux', 'THALES', 'Commerciale', 'anne@thales.com', '', 'exhibitor_staff', 1, 'C7', 'BADGE-7', 0, '', 1, '2026-12-07 09:00:00.000000', 'import', 'anne roux thales anne@thales.com', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (8, 'Ängström', 'Zoé', '=SUM(A1)', '', 'zoe@@bad', '06 11 22 33 44', 'visitor', None, 'C8', 'BADGE-8', 0, '', None, None, '', 'angstrom zoe =sum(a1) zoe@@bad', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (9, 'Personne', 'Autre', '', '', 'autre@x.fr', '', 'visitor', None, 'C9', 'BADGE-9', 0, '', None, None, '', 'personne autre autre@x.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (10, 'Marie', 'Dupont', 'Sopra Steria', '', 'marie@sopra.fr', '', 'exhibitor_staff', 2, 'C10', 'BADGE-10', 1, 'ticket', 1, '2026-12-07 09:00:00.000000', 'import', 'marie dupont sopra steria marie@sopra.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (11, 'Jean', '', '', '', 'jean@solo.fr', '', 'speaker', None, 'C11', 'BADGE-11', 0, '', None, None, '', 'jean jean@solo.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (12, 'Yann Erwan', 'Le Gall', 'Breizh, SA', '', 'yann@bzh.fr', '', 'organiser', None, 'C12', 'BADGE-12', 0, '', None, None, '', 'yann erwan le gall breizh, sa yann@bzh.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (13, 'Jürgen', 'STRASSE', 'Straße & Œuvres', '', 'jurgen@de.de', '', 'visitor', None, 'C13', 'BADGE-13', 0, '', 1, '2026-12-07 09:00:00.000000', 'import', 'jurgen strasse strasse & oeuvres jurgen@de.de', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (14, 'Ken', 'Ōsaka', '東京 Corp', '', 'ken@jp.jp', '', 'visitor', None, 'C14', 'BADGE-14', 0, '', None, None, '', 'ken osaka 東京 corp ken@jp.jp', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (15, 'Commande', 'Sans', '', '', '', '', 'visitor', None, None, 'BADGE-15', 0, '', None, None, '', 'commande sans', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
]

FIRST_CODES = [
    (1, 'TK-0001-AAAA', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (2, 'TK-0002-BBBB', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (2, 'TK-0002-CCCC', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (3, 'TK-0003-DDDD', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (4, 'TK-0005-EEEE', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (5, 'TK-0005-FFFF', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (10, 'TK-0010-GGGG', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (10, 'TK-0010-HHHH', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (11, 'TK-0011-IIII', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (12, 'TK-0012-JJJJ', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (13, 'TK-0013-KKKK', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (14, 'TK-0014-LLLL', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (15, 'TK-0015-NNNN', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
]

FIRST_REPORT = {'imported': 15, 'updated': 0, 'duplicates': [6, 17], 'warnings': [{'line': 1, 'reason': 'colonne « Ville » ignorée (en-tête non reconnu)'}, {'line': 2, 'reason': 'téléphone « 612345678 » enregistré comme un nombre par un tableur (0 initial perdu) : importé comme « 0612345678 »'}, {'line': 6, 'reason': 'doublon de la ligne 2 fusionné ; valeurs différentes gardées de la ligne 2 : société « Airbus » (ligne 6 : « Airbus SAS »), téléphone « 0612345678 » (ligne 6 : « 0600000000 »), consentement (coordonnées aux exposants) « oui » (ligne 6 : « non »)'}, {'line': 7, 'reason': 'consentement « peut-être » illisible (attendu oui ou non) : aucun accord enregistré, les exposants ne recevront pas ses coordonnées'}, {'line': 8, 'reason': 'même e-mail que la ligne 7 mais autre nom et autre billet : importé comme une autre personne'}, {'line': 9, 'reason': 'type de billet « Étudiant » inconnu : importé comme visiteur'}, {'line': 9, 'reason': "code de billet « 1,23457E+21 » abîmé par le tableur (nombre écrit en notation scientifique, chiffres perdus) : ignoré ; exportez à nouveau le fichier depuis la billetterie et importez-le sans l'ouvrir dans Excel"}, {'line': 10, 'reason': 'code de billet « AB » trop court ou trop long : ignoré'}, {'line': 11, 'reason': 'la cellule « Société » commence par « = » : gardée telle quelle, comme du texte'}, {'line': 11, 'reason': 'adresse e-mail invalide « zoe@@bad » : importée telle quelle'}, {'line': 11, 'reason': "code de billet « ITD-XXXX » : c'est un code de badge itday, pas un billet : ignoré"}, {'line': 12, 'reason': 'code de billet « TK-0001-AAAA » déjà sur la ligne 2 (autre personne) : ignoré'}, {'line': 14, 'reason': 'nom de famille manquant'}, {'line': 17, 'reason': 'doublon de la ligne 3 fusionné ; valeurs différentes gardées de la ligne 3 : société « Thales » (ligne 17 : « Thales Group »), consentement (coordonnées aux exposants) « non » (ligne 17 : « oui »)'}], 'rejected': [{'line': 5, 'reason': 'aucun nom ni prénom'}], 'tickets': 13, 'cancelled': 2}

AGAIN_PEOPLE = [
    (1, 'Hélène', 'Lefèvre', 'Airbus Group', 'Directrice', 'helene@airbus.com', '0612345678', 'visitor', None, 'C1', 'BADGE-1', 0, '', 0, '2026-12-07 09:00:00.000000', 'import', 'helene lefevre airbus group helene@airbus.com', '2026-12-07 09:00:00.000000', '2026-12-07 10:00:00.000000'),
    (2, 'Venu', 'Nouveau', 'Thales', '', 'nouveau@x.fr', '', 'visitor', None, 'C2, C20', 'BADGE-2', 0, '', 0, '2026-12-07 09:00:00.000000', 'import', 'venu nouveau thales nouveau@x.fr', '2026-12-07 09:00:00.000000', '2026-12-07 10:00:00.000000'),
    (3, 'Jean-Pierre', 'Durand', '', '', 'jp@example.fr', '0611111111', 'vip', None, 'C3', 'BADGE-3', 0, '', None, None, '', 'jean-pierre durand jp@example.fr', '2026-12-07 09:00:00.000000', '2026-12-07 10:00:00.000000'),
    (4, 'Paul', 'Martin', 'Corp', '', 'buyer@corp.fr', '', 'visitor', None, 'C5', 'BADGE-4', 0, '', 1, '2026-12-07 10:00:00.000000', 'import', 'paul martin corp buyer@corp.fr', '2026-12-07 09:00:00.000000', '2026-12-07 10:00:00.000000'),
    (5, 'Claire', 'Martin', 'Corp', '', 'buyer@corp.fr', '', 'visitor', None, 'C5', 'BADGE-5', 0, '', 1, '2026-12-07 09:00:00.000000', 'import', 'claire martin corp buyer@corp.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (6, 'Thi Lan', 'Nguyen', 'Université Paul Sabatier', '', 'thi@univ.fr', '', 'visitor', None, 'C6', 'BADGE-6', 0, '', 1, '2026-12-07 09:00:00.000000', 'import', 'thi lan nguyen universite paul sabatier thi@univ.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (7, 'Anne', 'Roux', 'THALES', 'Commerciale', 'anne@thales.com', '', 'exhibitor_staff', 1, 'C7', 'BADGE-7', 0, '', 1, '2026-12-07 09:00:00.000000', 'import', 'anne roux thales anne@thales.com', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (8, 'Ängström', 'Zoé', '=SUM(A1)', '', 'zoe@@bad', '06 11 22 33 44', 'visitor', None, 'C8', 'BADGE-8', 0, '', None, None, '', 'angstrom zoe =sum(a1) zoe@@bad', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (9, 'Personne', 'Autre', '', '', 'autre@x.fr', '', 'visitor', None, 'C9', 'BADGE-9', 0, '', None, None, '', 'personne autre autre@x.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (10, 'Marie', 'Dupont', 'Sopra Steria', '', 'marie@sopra.fr', '', 'exhibitor_staff', 2, 'C10', 'BADGE-10', 1, 'ticket', 1, '2026-12-07 09:00:00.000000', 'import', 'marie dupont sopra steria marie@sopra.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (11, 'Jean', '', '', '', 'jean@solo.fr', '', 'speaker', None, 'C11', 'BADGE-11', 0, '', None, None, '', 'jean jean@solo.fr', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (12, 'Yann', 'Autre', 'Breizh, SA', '', 'yann2@bzh.fr', '', 'visitor', None, 'C12, C22', 'BADGE-12', 0, '', None, None, '', 'yann autre breizh, sa yann2@bzh.fr', '2026-12-07 09:00:00.000000', '2026-12-07 10:00:00.000000'),
    (13, 'Jurgen', 'Strasse', 'Straße & Œuvres', '', 'jurgen@de.de', '', 'visitor', None, 'C13', 'BADGE-13', 1, 'ticket', 1, '2026-12-07 09:00:00.000000', 'import', 'jurgen strasse strasse & oeuvres jurgen@de.de', '2026-12-07 09:00:00.000000', '2026-12-07 10:00:00.000000'),
    (14, 'Ken', 'Ōsaka', '東京 Corp', '', 'ken@jp.jp', '', 'visitor', None, 'C14', 'BADGE-14', 0, '', None, None, '', 'ken osaka 東京 corp ken@jp.jp', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (15, 'Commande', 'Sans', '', '', '', '', 'visitor', None, None, 'BADGE-15', 0, '', None, None, '', 'commande sans', '2026-12-07 09:00:00.000000', '2026-12-07 09:00:00.000000'),
    (16, 'Claire', 'Martin', 'Corp', '', 'claire@corp.fr', '', 'visitor', None, 'C21', 'BADGE-16', 1, 'ticket', None, None, '', 'claire martin corp claire@corp.fr', '2026-12-07 10:00:00.000000', '2026-12-07 10:00:00.000000'),
]

AGAIN_CODES = [
    (1, 'TK-0001-AAAA', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (2, 'TK-0002-BBBB', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (2, 'TK-0002-CCCC', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (4, 'TK-0003-DDDD', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (4, 'TK-0005-EEEE', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (5, 'TK-0005-FFFF', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (10, 'TK-0010-GGGG', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (10, 'TK-0010-HHHH', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (11, 'TK-0011-IIII', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (12, 'TK-0012-JJJJ', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (13, 'TK-0013-KKKK', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (14, 'TK-0014-LLLL', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (15, 'TK-0015-NNNN', 'Weezevent/Yurplan', '2026-12-07 09:00:00.000000'),
    (3, 'TK-0003-ZZZZ', 'Weezevent/Yurplan', '2026-12-07 10:00:00.000000'),
    (16, 'TK-0021-MMMM', 'Weezevent/Yurplan', '2026-12-07 10:00:00.000000'),
]

AGAIN_REPORT = {'imported': 1, 'updated': 6, 'duplicates': [], 'warnings': [{'line': 1, 'reason': 'colonne « Ville » ignorée (en-tête non reconnu)'}, {'line': 2, 'reason': "déjà dans l'édition, mis à jour : société « Airbus » → « Airbus Group », fonction « Ingénieure » → « Directrice »"}, {'line': 3, 'reason': 'code de billet « TK-0003-DDDD » était à « Jean-Pierre Durand » : passe à cette personne'}, {'line': 4, 'reason': "déjà dans l'édition, mis à jour : inscription rétablie (billet de nouveau valide)"}, {'line': 5, 'reason': "déjà dans l'édition, mis à jour : prénom « Seán » → « Venu », nom « O'Neil » → « Nouveau », e-mail « sean@thales.com » → « nouveau@x.fr », type de billet « Presse » → « Visiteur », n° de commande « C2 » → « C2, C20 »"}, {'line': 7, 'reason': "déjà dans l'édition, mis à jour : prénom « Jürgen » → « Jurgen », nom « STRASSE » → « Strasse », inscription annulée (billet annulé ou remboursé depuis)"}, {'line': 8, 'reason': "déjà dans l'édition, mis à jour : prénom « Yann Erwan » → « Yann », nom « Le Gall » → « Autre », e-mail « yann@bzh.fr » → « yann2@bzh.fr », type de billet « Organisation » → « Visiteur », n° de commande « C12 » → « C12, C22 »"}], 'rejected': [], 'tickets': 8, 'cancelled': 2}

# fmt: on
