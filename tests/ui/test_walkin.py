"""Walk-in at the desk: one Enter creates the person, prints the badge, checks them in."""

from __future__ import annotations

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
