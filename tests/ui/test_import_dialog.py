"""The import dialog: file, column mapping (unknown headers by hand), dry run, import."""

from __future__ import annotations

from PySide6.QtGui import QColor
from sqlmodel import select

from itday.db.models import Attendee, Booth, Exhibitor
from itday.ui.import_dialog import UNKNOWN_COLOUR, ImportDialog, report_lines
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)

VISITORS_CSV = (
    "Nom;Prénom;Entreprise;Courriel;Régime alimentaire;Type de billet\r\n"
    'Lefèvre;Zoë;"Dupont; Fils & Cie";zoe@example.fr;végétarien;Visiteur\r\n'
    "O'Brien;Seán;Airbus;sean@example.com;;Presse\r\n"
    ";;Sans Nom SA;anonyme@example.fr;;\r\n"
    'Martin-Durand;Anne;"Capgemini\nToulouse";pas-un-email;;Visiteur\r\n'
    "Lefèvre;Zoë;;ZOE@example.fr;;Visiteur\r\n"
)


def write_visitors(tmp_path):
    path = tmp_path / "inscrits.csv"
    path.write_bytes(VISITORS_CSV.encode("cp1252"))
    return path


def load(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.file_loaded, timeout=10_000):
        dialog.load_file(path)


def test_visitors_mapping_preview_then_import(qtbot, db, event_id, tmp_path, make_ctx):
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    dialog = ImportDialog(ctx, "visitors")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    load(qtbot, dialog, write_visitors(tmp_path))
    assert dialog.headers[4] == "Régime alimentaire"
    assert dialog.unknown_columns() == [4]
    item = dialog.mapping_table.item(4, 0)
    assert item.background().color() == QColor(UNKNOWN_COLOUR)
    assert dialog.mapping()[0] == "last_name" and dialog.mapping()[2] == "company"
    assert dialog.mapping()[4] == ""
    assert "encodage" in dialog.file_info.text() and "5 lignes" in dialog.file_info.text()
    assert dialog.import_button.isEnabled()

    with qtbot.waitSignal(dialog.previewed, timeout=10_000) as blocker:
        dialog.preview()
    report = blocker.args[0]
    assert report.dry_run and report.imported == 3
    kinds = {(line, kind) for line, kind, _ in report_lines(report)}
    assert (4, "Rejetée") in kinds  # no name
    assert (5, "Avertissement") in kinds  # bad e-mail
    assert (6, "Doublon") in kinds  # Zoë twice
    assert dialog.report_table.rowCount() == len(report_lines(report))
    assert "rien n'est enregistré" in dialog.summary.text()
    # issue 17.4: the report is read whole (long reasons wrap) and can be saved
    assert dialog.report_table.wordWrap() and dialog.save_report_button.isEnabled()
    saved = dialog.save_report(str(tmp_path / "compte-rendu.txt"))
    text = (tmp_path / "compte-rendu.txt").read_text(encoding="utf-8")
    assert saved and text.count("\n") >= len(report_lines(report)) + 2
    assert "Doublon" in text and "rien n'est enregistré" in text
    assert dialog.save_report(str(tmp_path)) == ""  # a folder: refused, said in the summary
    assert "dossier" in dialog.summary.text()
    with db.session() as s:
        assert s.exec(select(Attendee)).all() == []  # a dry run writes nothing

    changed = []
    ctx.bridge.data_changed.connect(changed.append)
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.run_import()
    assert blocker.args[0].imported == 3 and not blocker.args[0].dry_run
    assert changed == ["attendees"]
    assert dialog.summary.text().startswith("Import terminé")
    with db.session() as s:
        people = {(a.first_name, a.last_name): a for a in s.exec(select(Attendee)).all()}
    assert set(people) == {("Zoë", "Lefèvre"), ("Seán", "O'Brien"), ("Anne", "Martin-Durand")}
    assert people[("Zoë", "Lefèvre")].company == "Dupont; Fils & Cie"
    assert people[("Seán", "O'Brien")].category == "press"

    # Mapping the diet column onto "Fonction" by hand is taken into account.
    dialog.set_mapping(4, "job_title")
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.run_import()
    assert blocker.args[0].imported == 0 and blocker.args[0].updated == 1
    with db.session() as s:
        zoe = s.exec(select(Attendee).where(Attendee.first_name == "Zoë")).one()
    assert zoe.job_title == "végétarien"


def test_exhibitors_with_an_unknown_name_header_mapped_by_hand(qtbot, demo_db, tmp_path, make_ctx):
    ctx = make_ctx(demo_db, organiser=True)
    with demo_db.session() as s:
        free = s.exec(
            select(Booth).where(Booth.event_id == ctx.event_id, Booth.exhibitor_id.is_(None))
        ).first()
        booth_code = free.code
    path = tmp_path / "exposants.csv"
    path.write_text(
        "Enseigne,Secteur,Stand,Courriel\n"
        f"Zénith Logiciels,Cybersécurité,{booth_code},contact@zenith.example\n"
        "Ôkapi Cloud,Cloud,,hello@okapi.example\n",
        encoding="utf-8-sig",
    )
    dialog = ImportDialog(ctx, "exhibitors")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Importer des exposants"
    load(qtbot, dialog, path)
    assert 0 in dialog.unknown_columns()
    assert not dialog.has_name()
    assert not dialog.import_button.isEnabled() and not dialog.preview_button.isEnabled()
    assert "nom de la société" in dialog.mapping_hint.text()

    dialog.set_mapping(0, "name")
    assert dialog.import_button.isEnabled()
    # A field goes to one column only: giving "sector" to column 0 would free column 1.
    assert dialog.mapping()[1] == "sector"

    with qtbot.waitSignal(dialog.previewed, timeout=10_000) as blocker:
        dialog.preview()
    assert blocker.args[0].imported == 2
    changed = []
    ctx.bridge.data_changed.connect(changed.append)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()
    assert "exhibitors" in changed
    with demo_db.session() as s:
        zenith = s.exec(select(Exhibitor).where(Exhibitor.name == "Zénith Logiciels")).one()
        assert zenith.sector == "Cybersécurité"
        assert s.exec(select(Booth).where(Booth.code == booth_code)).one().exhibitor_id == (
            zenith.id
        )


def test_field_given_twice_moves_and_bad_file_is_reported(qtbot, db, event_id, tmp_path, make_ctx):
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    dialog = ImportDialog(ctx, "visitors")
    qtbot.addWidget(dialog)
    load(qtbot, dialog, write_visitors(tmp_path))
    dialog.set_mapping(4, "company")
    assert dialog.mapping()[4] == "company" and dialog.mapping()[2] == ""
    dialog.set_mapping(0, "")
    dialog.set_mapping(1, "")
    assert not dialog.has_name() and not dialog.import_button.isEnabled()

    garbage = tmp_path / "photo.xlsx"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialog2 = ImportDialog(ctx, "visitors")
    qtbot.addWidget(dialog2)
    with qtbot.waitSignal(dialog2.failed, timeout=10_000) as blocker:
        dialog2.load_file(garbage)
    assert blocker.args[0]
    assert "⚠" in dialog2.file_info.text()
    assert not dialog2.import_button.isEnabled()


def test_a_file_error_is_shown_in_the_interface_language(qtbot, db, event_id, tmp_path, make_ctx):
    from PySide6.QtWidgets import QApplication

    from itday.ui.i18n import install_translators, remove_translators

    empty = tmp_path / "vide.csv"
    empty.write_bytes(b"")
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    for language, expected in (("fr", "Le fichier vide.csv est vide."),
                               ("en", "The file vide.csv is empty.")):  # fmt: skip
        install_translators(QApplication.instance(), language)
        try:
            dialog = ImportDialog(ctx, "visitors")
            qtbot.addWidget(dialog)
            with qtbot.waitSignal(dialog.failed, timeout=10_000) as blocker:
                dialog.load_file(empty)
            assert blocker.args[0] == expected
            assert expected in dialog.file_info.text()
        finally:
            remove_translators(QApplication.instance())


def test_report_lines_say_what_a_merged_duplicate_changed(tmp_path):
    from itday.core.importing import read_exhibitors

    path = tmp_path / "exposants.csv"
    path.write_text(
        "Société;Contact\nÉnergie Occitane;Hélène Dupré\nEnergie Occitane;dup\nEnergie Occitane;\n",
        encoding="utf-8",
    )
    _records, report, _mapping = read_exhibitors(path)
    assert report_lines(report) == [
        (
            3,
            "Doublon",
            "doublon de la ligne 2 fusionné ; valeur différente gardée de la ligne 2 : "
            "contact « Hélène Dupré » (ligne 3 : « dup »)",
        ),  # said once, not also as a warning
        (4, "Doublon", "doublon de la ligne 2 fusionné"),
    ]


def test_a_ticketing_export_maps_its_ticket_code_column(qtbot, db, event_id, tmp_path, make_ctx):
    from itday.db.models import AttendeeCode
    from itday.ui.import_dialog import reason_text

    path = tmp_path / "weezevent.csv"
    path.write_text(
        "Code-barres;Nom;Prénom;E-mail;Tarif;Référence client\n"
        "1700012345678;Dupont;Jean;jean@example.com;Visiteur;C-1\n"
        "1700012345685;Martin;Claire;claire@example.com;Visiteur;C-2\n"
        "1700012345692;Martin;Claire;claire@example.com;Visiteur;C-2\n"
        "1,23457E+12;Petit;Anne;anne@example.com;Visiteur;C-3\n",
        encoding="utf-8-sig",
    )
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    dialog = ImportDialog(ctx, "visitors")
    qtbot.addWidget(dialog)
    load(qtbot, dialog, path)
    assert dialog.mapping()[0] == "ticket_code"  # « Code-barres » recognised
    combo = dialog.combos[5]  # an unknown column can be mapped onto the ticket code by hand
    assert combo.findData("ticket_code") >= 0
    assert "Code du billet" in combo.itemText(combo.findData("ticket_code"))
    with qtbot.waitSignal(dialog.previewed, timeout=10_000) as blocker:
        dialog.preview()
    report = blocker.args[0]
    assert report.tickets == 3
    assert "3 codes de billet" in dialog.summary.text()
    damaged = [r for line, _k, r in report_lines(report) if line == 5]
    assert damaged and "notation scientifique" in damaged[0]
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()
    with db.session() as s:
        assert len(s.exec(select(AttendeeCode)).all()) == 3

    from PySide6.QtWidgets import QApplication

    from itday.ui.i18n import install_translators, remove_translators

    install_translators(QApplication.instance(), "en")
    try:
        english = reason_text(damaged[0])
        assert english.startswith("ticket code “1,23457E+12” damaged by a spreadsheet")
    finally:
        remove_translators(QApplication.instance())


def test_ticket_types_are_mapped_to_categories_in_the_dialog(
    qtbot, db, event_id, tmp_path, make_ctx
):
    """Issue 17.4: the mapping step lists the file's ticket types with a category each (the
    known ones guessed, the unknown ones flagged), and the next import remembers them."""
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    path = tmp_path / "billets.csv"
    path.write_text(
        "Nom;Prénom;E-mail;Type de billet\n"
        "Adam;Léa;lea@x.fr;Étudiant\nBrun;Paul;paul@x.fr;Presse\nCaron;Zoé;zoe@x.fr;Étudiant\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx, "visitors")
    qtbot.addWidget(dialog)
    load(qtbot, dialog, path)
    qtbot.waitUntil(lambda: dialog.types_table.rowCount() == 2, timeout=5000)
    assert set(dialog.type_combos) == {"Étudiant", "Presse"}
    assert dialog.type_combos["Presse"].currentData() == "press"  # recognised
    combo = dialog.type_combos["Étudiant"]
    combo.setCurrentIndex(combo.findData("speaker"))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.run_import()
    with db.session() as s:
        people = {a.email: a.category for a in s.exec(select(Attendee)).all()}
    assert people == {"lea@x.fr": "speaker", "paul@x.fr": "press", "zoe@x.fr": "speaker"}
    again = ImportDialog(ctx, "visitors")  # the next import starts from the choice
    qtbot.addWidget(again)
    load(qtbot, again, path)
    qtbot.waitUntil(lambda: again.types_table.rowCount() == 2, timeout=5000)
    assert again.type_combos["Étudiant"].currentData() == "speaker"
