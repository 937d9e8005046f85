"""The main window: five areas in French, navigation, edition selector, live counts."""

import datetime as dt

from PySide6.QtCore import Qt

from itday.db import repo
from itday.ui import i18n
from itday.ui.app import build_window


def test_shell_shows_six_areas_and_real_counts(qtbot, demo_db):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    titles = [a.text() for a in window.nav_actions.values()]
    assert titles == ["Plan", "Exposants", "Visiteurs", "Accueil", "Statistiques", "Programme"]
    with demo_db.session() as s:
        c = repo.counts(repo.latest_event(session=s).id, session=s)
    text = window.counts_label.text()
    n = i18n.number
    assert f"{n(c['checked_in'])} entrés / {n(c['attendees'])} inscrits" in text
    assert f"{c['exhibitors']} exposants" in text
    assert "Innovation IT Day 2017" in window.title_label.text()
    assert str(demo_db.path) in window.db_label.text()


def test_navigation_by_click_and_shortcut(qtbot, demo_db):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(
        window.nav.widgetForAction(window.nav_actions["stats"]), Qt.MouseButton.LeftButton
    )
    assert window.current_page_key() == "stats"
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "checkin"


def test_edition_selector_switches_event(qtbot, demo_db):
    with demo_db.session() as s:
        other = repo.create_event("Green IT Day", dt.date(2017, 11, 16), "Montpellier", session=s)
        s.commit()
        demo_id = repo.search_attendees  # keep the session's objects out of the test
    window = build_window(demo_db)
    qtbot.addWidget(window)
    assert window.event_combo.count() == 2
    assert window.ctx.event_id == other.id  # latest edition by date
    assert "0 entré / 0 inscrit" in window.counts_label.text()
    index = window.event_combo.findText("Innovation IT Day 2017", Qt.MatchFlag.MatchStartsWith)
    with qtbot.waitSignal(window.ctx.bridge.event_changed):
        window.event_combo.activated.emit(index)
    assert "Innovation IT Day 2017" in window.title_label.text()
    assert "0 entré /" not in window.counts_label.text()
    del demo_id


def test_counts_follow_data_changes(qtbot, demo_db):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    before = window.counts_label.text()
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        person = next(
            a
            for a in repo.search_attendees(event_id, session=s)
            if a.checked_in_at is None and not a.cancelled
        )
        person.checked_in_at = dt.datetime.now(dt.UTC)
        s.commit()
    window.ctx.bridge.data_changed.emit("attendees")
    assert window.counts_label.text() != before


def test_task_that_ends_at_once_still_reaches_its_receivers(qtbot, demo_db):
    """Receivers are connected before the work starts: nothing is lost to a fast task."""
    from itday.ui.tasks import TaskRunner

    runner = TaskRunner()
    results, closed = [], []
    for i in range(50):
        task = runner.run(lambda state, n=i: n, on_done=results.append, start=False)
        task.signals.finished.connect(lambda _r: closed.append(1))
        task.start(runner.pool)
    qtbot.waitUntil(lambda: len(results) == 50 and len(closed) == 50, timeout=10_000)
    assert sorted(results) == list(range(50))
    runner.pool.waitForDone()


def test_changes_made_by_another_process_reach_the_pages(qtbot, demo_db):
    """A scan written by another desk (here: another connection) is announced by polling."""
    from itday.core.enums import ScanResult
    from itday.services.checkin import record_scan

    window = build_window(demo_db)
    qtbot.addWidget(window)
    window.poll_changes()
    qtbot.waitUntil(lambda: window._marks is not None, timeout=10_000)
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        person = next(
            a
            for a in repo.attendee_rows(event_id, session=s)
            if a["checked_in_at"] is None and not a["cancelled"]
        )
    other = type(demo_db).open(demo_db.url)  # a second engine, as another process has
    with other.session() as s:
        assert record_scan(s, event_id, person["code"], "Accueil 9").result is ScanResult.ADMITTED
    other.dispose()
    with qtbot.waitSignal(
        window.ctx.bridge.data_changed, timeout=10_000, check_params_cb=lambda what: what == "scans"
    ):
        window.poll_changes()


def test_pages_are_built_when_first_needed(qtbot, demo_db):
    """Starting the app builds only the page shown; the others come on first use."""
    window = build_window(demo_db)
    qtbot.addWidget(window)
    assert set(window._built) == {"plan"}
    window.show_page("stats")
    assert set(window._built) == {"plan", "stats"}
    assert window.current_page_key() == "stats"
    assert window.stack.currentWidget() is window.pages["stats"]
    visitors = window.pages["visitors"]  # looked up: built, not shown
    assert window.current_page_key() == "stats" and "visitors" in window._built
    window.show_page("visitors")
    assert window.stack.currentWidget() is visitors


def test_the_page_asked_for_is_the_only_one_built_at_start(qtbot, demo_db):
    """``itday gui --page checkin`` builds the Accueil page alone (not the Plan first)."""
    window = build_window(demo_db, page="checkin")
    qtbot.addWidget(window)
    assert set(window._built) == {"checkin"}
    assert window.current_page_key() == "checkin"
    assert window.nav_actions["checkin"].isChecked()


def test_errors_in_slots_become_one_line_for_the_user(qtbot, demo_db, monkeypatch):
    """A database error raised in a slot reaches the user as its one line, not a crash."""
    import sys

    from PySide6.QtWidgets import QMessageBox

    from itday.errors import DatabaseError
    from itday.ui.app import install_error_handler

    window = build_window(demo_db)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    previous = sys.excepthook
    try:
        install_error_handler(window)
        try:
            raise DatabaseError("Le disque de la base est plein : libérez de la place.")
        except DatabaseError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert shown == ["Le disque de la base est plein : libérez de la place."]
    assert "plein" in window.statusBar().currentMessage()


def test_results_of_a_closed_window_are_dropped(qtbot):
    """A task that ends after its runner (its window) is gone reaches no dead widget."""
    import threading

    from itday.ui.tasks import TaskRunner

    gate = threading.Event()
    received = []
    runner = TaskRunner()
    runner.run(lambda state: gate.wait(5) and "late", on_done=received.append)
    threading.Timer(0.2, gate.set).start()  # the task ends while the runner is going away
    runner.deleteLater()  # the window closes while the task still runs
    qtbot.waitUntil(lambda: not shiboken_valid(runner), timeout=10_000)
    qtbot.wait(100)  # let any queued delivery happen: there must be none
    assert received == []


def shiboken_valid(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_a_late_result_for_a_closed_widget_is_dropped(qtbot):
    """A page closed while its work ran: the late answer must not reach the deleted widget."""
    import threading

    from PySide6.QtWidgets import QLabel

    from itday.ui.tasks import TaskRunner

    runner = TaskRunner()
    label = QLabel()
    release = threading.Event()
    got = []
    task = runner.run(
        lambda state: release.wait(10) and "late",
        on_done=lambda r: (got.append(r), label.setText(r)),
        owner=label,
    )
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label), timeout=5_000)
    release.set()
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert got == []  # dropped, and no RuntimeError from the deleted label
    runner.pool.waitForDone()


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
