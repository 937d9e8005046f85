"""Issue 24 A in the import's mapping step: a code column under an unknown header is
pre-selected as « Code du billet »; the status values are listed with their meaning, the
unknown ones flagged, and the organiser's choice is imported and remembered."""

from __future__ import annotations

import json

from PySide6.QtGui import QColor
from sqlmodel import select

from itday.core import tickets
from itday.db import repo
from itday.db.models import Attendee, AttendeeCode
from itday.ui.import_dialog import UNKNOWN_COLOUR, ImportDialog
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)

EXPORT = (
    "Nom;Prénom;E-mail;Sésame;Statut\n"
    "Adam;Léa;lea@x.fr;AB12CD34EF;Validé\n"
    "Brun;Paul;paul@x.fr;ZZ98YY76XX;Remboursé\n"
    "Caron;Zoé;zoe@x.fr;QQ11WW22EE;Hors délai\n"
)


def load(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.file_loaded, timeout=10_000):
        dialog.load_file(path)


def test_code_column_preselected_and_statuses_chosen(qtbot, db, event_id, tmp_path, make_ctx):
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    dialog = ImportDialog(ctx, "visitors")
    qtbot.addWidget(dialog)
    load(qtbot, dialog, path)
    # 2. the « Sésame » column: values of ticket codes, pre-selected and flagged
    assert dialog.mapping()[3] == "ticket_code" and dialog.mapping()[4] == "status"
    item = dialog.mapping_table.item(3, 0)
    assert item.background().color() == QColor(UNKNOWN_COLOUR)
    assert "Code du billet" in item.toolTip()
    # 1. the statuses: known ones with their meaning, the unknown one flagged
    choices = dialog.status_choices
    qtbot.waitUntil(lambda: choices.table.rowCount() == 3, timeout=5000)
    assert not choices.isHidden()
    assert choices.combos["Validé"].currentData() == tickets.ATTENDING
    assert choices.combos["Remboursé"].currentData() == tickets.CANCELLED
    assert choices.combos["Hors délai"].currentData() == tickets.ATTENDING
    unknown = choices.table.item(2, 0)
    assert unknown.text() == "Hors délai"
    assert unknown.background().color() == QColor(UNKNOWN_COLOUR)
    combo = choices.combos["Hors délai"]
    combo.setCurrentIndex(combo.findData(tickets.CANCELLED))
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as blocker:
        dialog.run_import()
    assert blocker.args[0].tickets == 3 and blocker.args[0].cancelled == 2
    assert not [w for w in blocker.args[0].warnings if "statut" in w["reason"]]
    with db.session() as s:
        people = {a.first_name: a.cancelled for a in s.exec(select(Attendee))}
        codes = sorted(c.code for c in s.exec(select(AttendeeCode)))
        remembered = json.loads(repo.get_setting("ticket_statuses", session=s) or "{}")
    assert people == {"Léa": False, "Paul": True, "Zoé": True}
    assert codes == ["AB12CD34EF", "QQ11WW22EE", "ZZ98YY76XX"]
    assert remembered["horsdelai"] == tickets.CANCELLED

    again = ImportDialog(ctx, "visitors")  # the next import starts from the choice
    qtbot.addWidget(again)
    load(qtbot, again, path)
    qtbot.waitUntil(lambda: again.status_choices.table.rowCount() == 3, timeout=5000)
    assert again.status_choices.combos["Hors délai"].currentData() == tickets.CANCELLED
    assert again.status_choices.table.item(2, 0).background().color() != QColor(UNKNOWN_COLOUR)
    # mapping the status column away hides the statuses
    again.set_mapping(4, "")
    assert again.status_choices.isHidden()


def test_columns_remembered_from_the_command_line_start_the_mapping_step(
    qtbot, db, event_id, tmp_path, make_ctx
):
    """``itday import --column "Sésame=Code du billet"`` is remembered in the base: the
    dialog's mapping step starts from it; the summary counts the cancelled tickets."""
    from itday.core.importing import FIELDS_VISITORS, parse_columns
    from itday.services.importer import import_visitors

    path = tmp_path / "export.csv"
    path.write_text(EXPORT.replace("Sésame", "Réf"), encoding="utf-8")
    with db.session() as s:
        chosen = parse_columns(["Réf=Code du billet", "E-mail=ignorer"], FIELDS_VISITORS)
        import_visitors(s, event_id, path, columns=chosen, dry_run=False)
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    dialog = ImportDialog(ctx, "visitors")
    qtbot.addWidget(dialog)
    load(qtbot, dialog, path)
    assert dialog.mapping()[3] == "ticket_code" and dialog.mapping()[2] == ""
    assert dialog.guessed is None  # mapped by the organiser, not guessed
    with qtbot.waitSignal(dialog.previewed, timeout=10_000):
        dialog.preview()
    assert "1 au billet annulé ou remboursé" in dialog.summary.text()


def test_the_mapping_step_in_english_at_1366x768(qtbot, db, event_id, tmp_path, make_ctx):
    """The statuses and the pre-selected code column read in English too, and the report's
    reasons about them; the dialog fits a 1366×768 screen."""
    from PySide6.QtWidgets import QApplication

    from itday.ui.i18n import install_translators, remove_translators
    from itday.ui.import_dialog import reason_text

    path = tmp_path / "export.csv"
    path.write_text(EXPORT, encoding="utf-8")
    ctx = make_ctx(db, organiser=True, event_id=event_id)
    install_translators(QApplication.instance(), "en")
    try:
        dialog = ImportDialog(ctx, "visitors")
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        load(qtbot, dialog, path)
        qtbot.waitUntil(lambda: dialog.status_choices.table.rowCount() == 3, timeout=5000)
        assert dialog.width() <= 1366 and dialog.height() <= 768
        assert "Ticket code" in dialog.mapping_table.item(3, 0).toolTip()
        assert dialog.combos[4].currentText().startswith("Ticket status")
        assert dialog.status_choices.title.text().startswith("Ticket statuses")
        combo = dialog.status_choices.combos["Remboursé"]
        assert combo.currentText().startswith("Cancelled")
        unknown = dialog.status_choices.table.item(2, 0).toolTip()
        assert unknown.startswith("Unknown status")
        with qtbot.waitSignal(dialog.previewed, timeout=10_000) as blocker:
            dialog.preview()
        assert "1 with a cancelled or refunded ticket" in dialog.summary.text()
        from itday.core.importing import read_visitors

        _r, report, _m = read_visitors(path)
        english = [reason_text(w["reason"]) for w in report.warnings]
        assert any(e.startswith("no column recognised as the ticket code") for e in english)
        assert any(
            e.startswith("unknown status “Hors délai”: imported as registered") for e in english
        )
        assert blocker.args[0].cancelled == 1
        form = tmp_path / "form.csv"
        form.write_text("Nom;Prénom;Statut\nA;B;Étudiant\n", encoding="utf-8")
        _r, report, _m = read_visitors(form)
        assert reason_text(report.warnings[0]["reason"]).startswith(
            "column “Statut”: none of its values is a known ticket status"
        )
    finally:
        remove_translators(QApplication.instance())
