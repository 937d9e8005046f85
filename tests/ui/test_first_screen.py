"""Issue 24.11: the first start on an empty base, on a 1366 × 768 laptop — a window that fits
the screen and an invitation to create the first edition (or open the demo, or another base)
instead of an empty hall."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QRect
from shiboken6 import isValid

from itday.db import repo
from itday.db.engine import Database
from itday.ui import main_window as main_window_module
from itday.ui import new_edition as dialog_module
from itday.ui.app import build_window

LAPTOP = QRect(0, 0, 1366, 768 - 40)  # a 1366 × 768 screen less its task bar


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


@pytest.fixture
def empty_db(tmp_path):
    db = Database.open(tmp_path / "empty.sqlite")
    yield db
    db.dispose()


def _window(qtbot, db):
    window = build_window(db)
    qtbot.addWidget(window)
    return window


def test_the_window_never_opens_larger_than_the_screen(qtbot, empty_db):
    window = _window(qtbot, empty_db)
    assert window.show_on_screen(LAPTOP) is True  # maximised on the laptop
    qtbot.waitExposed(window)
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()
    window.showNormal()
    big = QRect(0, 0, 1920, 1040)
    assert window.show_on_screen(big) is False  # the preferred size where there is room
    assert (window.width(), window.height()) == (1600, 900)
    assert big.contains(window.geometry())


def test_an_empty_base_opens_on_an_invitation_to_create_the_first_edition(
    qtbot, empty_db, language, monkeypatch
):
    window = _window(qtbot, empty_db)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    welcome = window.welcome
    assert welcome.isVisible() and not window.stack.isVisible()
    assert not window.event_combo.isVisible()  # an empty list says nothing
    # the title is not cut, and no page pretends there is an edition to show
    shown = window.title_label.fontMetrics().horizontalAdvance(window.title_label.text())
    assert shown <= window.title_label.width()
    assert all(not action.isEnabled() for action in window.nav_actions.values())
    for button in (welcome.create_button, welcome.demo_button, welcome.open_button):
        assert button.isVisible() and window.rect().contains(
            button.mapTo(window, button.rect().bottomRight())
        )
    assert welcome.intro.height() >= welcome.intro.heightForWidth(welcome.intro.width())
    if language == "en":
        assert welcome.create_button.text() == "Create the first edition…"

    def run(dialog):
        dialog.name_edit.setText("Innovation IT Day 2027")
        dialog.date_edit.setDate(QDate(2027, 6, 24))
        dialog.ok_button.click()
        return dialog.result()

    monkeypatch.setattr(dialog_module.NewEditionDialog, "exec", run)
    window.ctx.set_organiser(True)
    qtbot.mouseClick(welcome.create_button, main_window_module.Qt.MouseButton.LeftButton)
    assert window.ctx.event_id is not None
    assert not welcome.isVisible() and window.stack.isVisible()
    assert all(action.isEnabled() for action in window.nav_actions.values())
    assert "Innovation IT Day 2027" in window.title_label.text()


def test_the_demo_opens_in_a_base_of_its_own(qtbot, empty_db, tmp_path, monkeypatch):
    demo = tmp_path / "data" / "demo.sqlite"
    monkeypatch.setattr(main_window_module, "demo_base_path", lambda: demo)
    window = _window(qtbot, empty_db)
    window.show()
    window.welcome.demo_button.click()
    assert not window.welcome.create_button.isEnabled()  # while the demo is being made
    qtbot.waitUntil(lambda: window.next_db is not None, timeout=60_000)
    assert window.next_db == str(demo) and not window.isVisible()
    with empty_db.session() as s:  # the organiser's base holds no demo
        assert repo.latest_event(session=s) is None
    other = Database.open(demo)
    try:
        with other.session() as s:
            assert repo.latest_event(session=s).name == "Innovation IT Day 2017"
    finally:
        other.dispose()


def test_another_base_is_opened_in_place_of_the_empty_one(qtbot, empty_db, tmp_path, monkeypatch):
    from itday.ui import files

    chosen = tmp_path / "salon.sqlite"
    other = Database.open(chosen)
    with other.session() as s:
        repo.create_event("Salon", dt.date(2027, 6, 24), session=s)
        s.commit()
    other.dispose()
    monkeypatch.setattr(files, "open_file_name", lambda *a, **k: (str(chosen), ""))
    window = _window(qtbot, empty_db)
    window.show()
    window.welcome.open_button.click()
    assert window.next_db == str(chosen) and not window.isVisible()


def test_run_gui_opens_the_next_base_after_the_window_closes(qapp, tmp_path, monkeypatch):
    """``itday gui`` on an empty base, « Ouvrir une autre base… »: the next window is on it,
    and each base is closed when its window is."""
    from itday import cli
    from itday.ui import app as app_module

    chosen = tmp_path / "salon.sqlite"
    assert cli.main(["init", "--name", "Salon", "--date", "2027-06-24", "--db", str(chosen)]) == 0
    seen = []
    real_exec = app_module._exec

    def fake_exec(app, ctx, ending, after=None):
        window = next(w for w in qapp.topLevelWidgets() if getattr(w, "ctx", None) is ctx)
        deadline = time.monotonic() + 20
        while ctx.db is None and time.monotonic() < deadline:  # opened once painted
            QCoreApplication.processEvents()
            time.sleep(0.01)
        seen.append((ctx.db.display_name, ctx.event_id, window.isVisible()))
        if ctx.event_id is None:
            window.switch_base(str(chosen))
        else:
            window.close()
        ending.requested = ending.requested or False
        monkeypatch.setattr(app, "exec", lambda: 0)
        return real_exec(app, ctx, ending, after)

    monkeypatch.setattr(app_module, "_exec", fake_exec)
    placed = []

    def show_on_screen(self, available=None):  # no --size: sized to the screen
        placed.append(self)
        self.show()

    monkeypatch.setattr(main_window_module.MainWindow, "show_on_screen", show_on_screen)
    assert cli.main(["gui", "--db", str(tmp_path / "empty.sqlite")]) == 0
    assert len(placed) == 2
    assert [(name, event is not None) for name, event, _shown in seen] == [
        (str(tmp_path / "empty.sqlite"), False),
        (str(chosen), True),
    ]
    for window in placed:  # what the process's end would do: nothing left for later tests
        if isValid(window):
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
