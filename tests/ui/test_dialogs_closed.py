"""Issue 24.4: a dialog closed (and deleted) leaves nothing connected behind it.

« Journal » (Ctrl+J) closed, then « Borne… » or « Organisateur… » raised « Internal C++ object
(QTableView) already deleted »: the journal had connected a lambda to the app-wide
``role_changed`` signal, and a lambda is not disconnected when its dialog goes.  Here each
dialog of the main window is opened and closed, then the window is used: organiser mode on
and off, another edition, the kiosk, data changes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from itday.core.pin import hash_pin
from itday.services.camera import ImageSequenceSource
from itday.ui import roles
from itday.ui.app import build_window


def _flush() -> None:
    """Let Qt delete what was closed with WA_DeleteOnClose or deleteLater."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _close_modal_soon() -> None:
    """The next modal dialog (settings, about, new edition…) is cancelled as it opens."""

    def close() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(20, close)
            return
        modal.reject() if hasattr(modal, "reject") else modal.close()

    QTimer.singleShot(20, close)


def _use_the_window(window) -> None:
    """What the clerk does next: every app-wide signal reaches whoever still listens."""
    ctx = window.ctx
    ctx.set_organiser(False)
    window.role_button.click()  # « Organisateur… » (PIN answered)
    assert ctx.organiser
    window.role_button.click()  # « Verrouiller »
    assert not ctx.organiser
    ctx.bridge.event_changed.emit(ctx.event_id)
    for what in ("scans", "attendees", "events", "booths", "exhibitors"):
        ctx.bridge.data_changed.emit(what)
    ctx.bridge.banner_posted.emit("La base a été rouverte.")
    ctx.settings_changed.emit()
    ctx.tasks.wait_all(10_000)
    QCoreApplication.processEvents()


def test_each_dialog_opened_and_closed_leaves_the_window_working(qtbot, demo_db, monkeypatch):
    window = build_window(demo_db)
    qtbot.addWidget(window)
    ctx = window.ctx
    roles.store_pin_hash(ctx, hash_pin("2468"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2468", True))
    window.resize(1366, 768)
    window.show()
    window.show_page("checkin")
    page = window.pages["checkin"]
    page.source_factory = lambda _i: ImageSequenceSource([], name="aucune")
    try:
        journal = page.open_scan_log()  # Ctrl+J
        qtbot.waitUntil(lambda: not journal.loading, timeout=10_000)
        journal.close()
        _flush()
        _use_the_window(window)

        kiosk = page.open_kiosk(full_screen=False)  # « Borne… »
        assert kiosk is not None
        kiosk.leave()
        _flush()
        _use_the_window(window)

        ctx.set_organiser(True)  # the dialogs below are the organiser's
        for open_dialog in (
            window.open_settings,
            window.open_about,
            window.open_new_edition,
        ):
            _close_modal_soon()
            open_dialog()
            _flush()
            _use_the_window(window)
            ctx.set_organiser(True)
        rules = window.open_reentry()  # « Règles de ré-entrée… » (from the settings)
        rules.close()
        _flush()
        _use_the_window(window)
        ctx.set_organiser(True)
        server = window.open_stands_server()
        if server is not None:
            server.close()
            _flush()
        _use_the_window(window)

        # the pages' own dialogs (WA_DeleteOnClose, or deleted when finished)
        ctx.set_organiser(True)
        visitors = window.pages["visitors"]
        qtbot.waitUntil(visitors.is_ready, timeout=10_000)
        exhibitors = window.pages["exhibitors"]
        for open_dialog in (
            page.open_walk_in,
            visitors.open_walk_in,
            visitors.open_import,
            visitors.open_batch,
            lambda: exhibitors.open_editor(None),
        ):
            open_dialog()
            shown = [
                w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()
            ]  # fmt: skip
            assert shown, open_dialog
            for dialog in shown:
                dialog.reject()
            _flush()
            _use_the_window(window)
            ctx.set_organiser(True)

        for key in window.pages:  # every page still answers
            window.show_page(key)
            QCoreApplication.processEvents()
        _use_the_window(window)
    finally:
        page.shutdown()
