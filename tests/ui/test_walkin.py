"""Walk-in at the desk: one Enter creates the person, prints the badge, checks them in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from itday.core import badge
from itday.core.enums import Category, ScanResult, Source
from itday.db.models import Attendee, PrintLog, Scan
from itday.ui.walkin import WalkInDialog
from tests.ui.visitors_helpers import make_ctx_fixture  # noqa: F401 (fixture make_ctx)


def tab_chain(start, n):
    """The first ``n`` widgets Tab visits from ``start``."""
    chain, widget = [start], start
    while len(chain) < n:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            chain.append(widget)
    return chain


def test_one_enter_registers_prints_and_checks_in(qtbot, demo_db, tmp_path, make_ctx):
    ctx = make_ctx(demo_db)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    # keyClicks only types ASCII: accented text is set directly.
    dialog.first_name.setText("Élodie")
    assert tab_chain(dialog.first_name, 5) == [
        dialog.first_name,
        dialog.last_name,
        dialog.company,
        dialog.email,
        dialog.category,
    ]
    dialog.last_name.setText("N'Guyen-Lefèvre")
    qtbot.keyClicks(dialog.company, "Sopra Steria")
    dialog.category.setCurrentIndex(dialog.category.findData(Category.PRESS.value))
    with (
        qtbot.waitSignal(dialog.registered) as registered,
        qtbot.waitSignal(dialog.printer.printed, timeout=10_000) as printed,
    ):
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)
    new_id = registered.args[0]
    assert printed.args == [new_id]
    assert dialog.result() == dialog.DialogCode.Accepted
    with demo_db.session() as s:
        person = s.get(Attendee, new_id)
        assert (person.first_name, person.last_name) == ("Élodie", "N'Guyen-Lefèvre")
        assert person.source == Source.WALK_IN
        assert person.category == Category.PRESS
        assert badge.is_ours(person.code)
        assert person.checked_in_at is not None and person.checked_in_station == "Test"
        assert "lefevre" in person.search_key
        scans = s.exec(select(Scan).where(Scan.attendee_id == new_id)).all()
        assert [sc.result for sc in scans] == [ScanResult.ADMITTED]
        logs = s.exec(select(PrintLog).where(PrintLog.attendee_id == new_id)).all()
        assert len(logs) == 1
    out = tmp_path / "printed" / f"badge-{new_id}.pdf"
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    assert logs[0].printer == str(out)


def test_a_name_is_required_and_bad_email_only_warns(qtbot, demo_db, tmp_path, make_ctx):
    ctx = make_ctx(demo_db)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    assert dialog.save() is None
    with demo_db.session() as s:
        before = len(s.exec(select(Attendee.id)).all())
    dialog.company.setText("Airbus")
    assert dialog.save() is None
    assert "prénom ou un nom" in dialog.message.text()
    dialog.last_name.setText("Dupont")
    dialog.email.setText("jean.dupont@")
    assert "semble incorrect" in dialog.message.text()
    assert dialog.save_button.isEnabled()
    default = dialog.category.currentData()
    assert default == Category.VISITOR.value
    with qtbot.waitSignal(dialog.printer.printed, timeout=10_000):
        new_id = dialog.save()
    with demo_db.session() as s:
        assert len(s.exec(select(Attendee.id)).all()) == before + 1
        assert s.get(Attendee, new_id).email == "jean.dupont@"


def _people_and_scans(db):
    with db.session() as s:
        return len(s.exec(select(Attendee.id)).all()), len(s.exec(select(Scan.id)).all())


def test_a_badge_scanned_into_the_form_is_never_saved(qtbot, demo_db, make_ctx):
    """The USB scanner types into « Prénom » then Enter: nobody named ITD-… is created."""
    ctx = make_ctx(demo_db)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    before = _people_and_scans(demo_db)
    registered = []
    dialog.registered.connect(registered.append)
    qtbot.keyClicks(dialog.last_name, "Dupont")
    dialog.first_name.setFocus()
    qtbot.keyClicks(dialog.first_name, "ITD-MZXFI5KHPCTR2YT4PA")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    assert registered == [] and _people_and_scans(demo_db) == before
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.first_name.text() == ""  # the code is gone
    assert dialog.last_name.text() == "Dupont"  # what the clerk typed stays
    assert dialog.message.text().startswith("⚠ Un badge a été scanné dans le formulaire")
    assert "Échap" in dialog.message.text()


@pytest.mark.parametrize(
    ("field", "typed", "left"),
    [
        ("first_name", "  itd-mzxfi5khpctr2yt4pa  ", ""),  # lower case, spaces
        ("last_name", "ITD-AAAAAAAAAAAAAAAAAA", ""),  # damaged code of ours
        ("company", "ITD)?WXFI(KHPCTRéYT'PQ", ""),  # US-layout scanner on an AZERTY PC
        ("first_name", "JeanITD-MZXFI5KHPCTR2YT4PA", "Jean"),  # scanned after typing
        ("email", "ITD-MZXFI5KHPCTR2YT4PA", ""),
    ],
)
def test_every_text_field_refuses_a_badge_code(qtbot, demo_db, make_ctx, field, typed, left):
    ctx = make_ctx(demo_db)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    before = _people_and_scans(demo_db)
    if field != "last_name":
        dialog.last_name.setText("Martin")
    getattr(dialog, field).setText(typed)
    assert dialog.save() is None
    assert _people_and_scans(demo_db) == before
    assert getattr(dialog, field).text() == left
    assert "Un badge a été scanné" in dialog.message.text()


def test_after_a_stray_scan_the_form_still_registers(qtbot, demo_db, make_ctx):
    ctx = make_ctx(demo_db)
    dialog = WalkInDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.last_name.setText("Durand")
    dialog.first_name.setText("ITD-MZXFI5KHPCTR2YT4PA")
    assert dialog.save() is None
    dialog.first_name.setText("Marie")
    assert "Un badge" not in dialog.message.text()  # typing again clears the message
    with qtbot.waitSignal(dialog.printer.printed, timeout=10_000):
        new_id = dialog.save()
    with demo_db.session() as s:
        person = s.get(Attendee, new_id)
        assert (person.first_name, person.last_name) == ("Marie", "Durand")


def test_names_that_merely_look_alike_are_kept():
    from itday.ui.walkin import badge_code_span

    for text in ("Itdesk", "ITD", "ITD-Sud", "ITD Conseil", "Société ITD-Sud", "ITD-", " ", ""):
        assert badge_code_span(text) is None, text
