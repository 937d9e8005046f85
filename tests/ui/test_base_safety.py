"""Issue 23.2 and 23.5 in the window: backups from the moment the base is open, whatever page
is shown (window or kiosk), and a banner when another program deleted the base's WAL."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QSettings

from itday.services.backup import backups_of, default_folder
from itday.services.camera import ImageSequenceSource
from itday.ui.app import build_window
from itday.ui.context import AppContext
from itday.ui.kiosk import KioskWindow
from itday.ui.pages.checkin import CheckinPage


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_backups_run_from_the_opening_on_whatever_page(qtbot, demo_db, tmp_path):
    window = build_window(demo_db, settings=_settings(tmp_path))
    qtbot.addWidget(window)
    window.show_page("plan")
    window.show()
    backup = window.ctx.backup
    assert backup.active and backup.timer.interval() == 10 * 60_000
    with qtbot.waitSignal(backup.backup_done, timeout=30_000):
        backup.timer.timeout.emit()  # ten minutes later
    assert len(backups_of(demo_db.path)) == 1
    assert "stats" not in window._built  # the Statistiques page was never opened
    window.ctx.tasks.wait_all()


def test_the_kiosk_backs_up_too(qtbot, demo_db, tmp_path):
    with demo_db.session() as s:
        from itday.db import repo

        event_id = repo.latest_event(session=s).id
    ctx = AppContext(demo_db, event_id, settings=_settings(tmp_path))
    station = CheckinPage(ctx, source_factory=lambda _s: ImageSequenceSource([], name="aucune"))
    kiosk = KioskWindow(ctx, station)
    qtbot.addWidget(kiosk)
    try:
        assert ctx.backup.active
        with qtbot.waitSignal(ctx.backup.backup_done, timeout=30_000):
            ctx.backup.timer.timeout.emit()
        assert backups_of(demo_db.path, default_folder(demo_db.path))
    finally:
        kiosk.leave()
        ctx.tasks.wait_all()


def test_a_deleted_wal_shows_a_banner_that_stays(qtbot, demo_db, tmp_path):
    window = build_window(demo_db, settings=_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isHidden()
    path = str(demo_db.path)
    subprocess.run(
        [sys.executable, "-c", f"import os; os.unlink({path!r} + '-wal'); os.unlink({path!r} + '-shm')"],
        check=True,
    )  # fmt: skip
    window.poll_changes()  # the window's next look at the base (every few seconds)
    qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=10_000)
    assert "supprimé par un autre programme" in window.banner.label.text()
    assert demo_db.wal_recoveries == 1
    window.banner.ok_button.click()
    assert window.banner.isHidden()
    window.ctx.tasks.wait_all()
