"""Issue 24.13: the date of « Nouvelle édition » can be typed, day first, with or without
separators (« 24/06/2027 » once gave 07/12/4062)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt

from itday.ui.new_edition import NewEditionDialog


@pytest.fixture
def dialog(qtbot, db):
    from itday.ui.context import AppContext

    ctx = AppContext(db, None)
    d = NewEditionDialog(ctx)
    qtbot.addWidget(d)
    d.resize(600, 400)
    d.show()
    qtbot.waitExposed(d)
    yield d
    ctx.tasks.wait_all(5000)


def _type(qtbot, field, text):
    target = field.focusProxy() or field
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["24/06/2027", "24062027", "24.06.27", "24 juin 2027"])
def test_a_typed_date_is_read_day_first(qtbot, dialog, typed):
    _type(qtbot, dialog.date_edit, typed)
    assert dialog.date_edit.date() == QDate(2027, 6, 24)


def test_the_typed_date_is_the_edition_s_date(qtbot, dialog, db):
    import datetime as dt

    from itday.db import repo

    dialog.name_edit.setText("Innovation IT Day 2027")
    _type(qtbot, dialog.date_edit, "24/06/2027")
    assert dialog.date_edit.text() == "24/06/2027"  # rewritten as it will be shown
    dialog.ok_button.click()
    with db.session() as s:
        assert repo.get_event(dialog.created_id, session=s).date == dt.date(2027, 6, 24)


def test_a_date_not_understood_is_said_and_nothing_is_created(qtbot, dialog, db):
    from itday.db import repo

    dialog.name_edit.setText("Innovation IT Day 2027")
    _type(qtbot, dialog.date_edit, "31/02/2027")
    dialog.ok_button.click()
    assert dialog.created_id is None and "31/02/2027" in dialog.error_label.text()
    with db.session() as s:
        assert repo.latest_event(session=s) is None
