"""Automatic backups while a base is open: a QTimer hands ``services.backup.backup_now`` to
``ctx.tasks``, so the copy never runs on the GUI thread; one copy at a time.

The app context makes one ``AutoBackup`` as soon as it opens a base (window or kiosk,
whatever page is shown); the Statistiques page only shows its state and its settings.

Settings (``ctx.settings``): ``backup/folder`` (empty: ``NAME-sauvegardes/`` beside the
database), ``backup/minutes`` (10 unless set; 0: off), ``backup/keep``.  On by default; a
last copy is made when the application quits.  ``newest()`` is the base's latest copy in
the folder, whatever made it (this timer, ``itday backup``, a desk, an earlier session).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from itday.services.backup import (
    DEFAULT_KEEP,
    BackupFile,
    backup_now,
    default_folder,
    newest_backup,
)


def _backup_task(state, db, folder: str, keep: int) -> str:
    return str(backup_now(db, folder, keep=keep))


class AutoBackup(QObject):
    #: a copy was written: its path
    backup_done = Signal(str)
    #: a copy failed: the message for the user
    backup_failed = Signal(str)

    def __init__(self, ctx, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run_now)
        self.running = False
        self.last_path: str | None = None
        self.last_error: str | None = None
        self.configure()
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.run_at_close)

    # -- settings ---------------------------------------------------------------------
    @property
    def folder(self) -> str:
        chosen = str(self.ctx.settings.value("backup/folder", "") or "")
        if chosen:
            return chosen
        path = self.ctx.db.path if self.ctx.db is not None else None
        return str(default_folder(path)) if path is not None else ""

    @property
    def minutes(self) -> int:
        return int(self.ctx.settings.value("backup/minutes", 10) or 0)

    @property
    def keep(self) -> int:
        return int(self.ctx.settings.value("backup/keep", DEFAULT_KEEP) or DEFAULT_KEEP)

    @property
    def available(self) -> bool:
        db = self.ctx.db  # (None while the base opens)
        return db is not None and db.path is not None and not db.readonly  # SQLite only

    def save(self, folder: str, minutes: int, keep: int) -> None:
        if folder:  # a purge finds its copies (issue 23.8)
            from itday.services.personal_copies import BACKUPS_KEY, remember_folder

            try:
                with self.ctx.db.session() as session:
                    remember_folder(session, BACKUPS_KEY, folder)
                    session.commit()
            except Exception:  # noqa: BLE001 (a read-only base: the folder is still set)
                pass
        self.ctx.settings.setValue("backup/folder", folder)
        self.ctx.settings.setValue("backup/minutes", int(minutes))
        self.ctx.settings.setValue("backup/keep", int(keep))
        self.ctx.settings.sync()
        self.configure()

    def configure(self) -> None:
        """(Re)start the timer from the settings (after the settings changed)."""
        interval = self.minutes * 60_000
        if not (self.available and self.folder and self.minutes > 0):
            self.timer.stop()
        elif not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

    # -- state ------------------------------------------------------------------------
    def newest(self) -> BackupFile | None:
        """The base's latest copy in the backup folder (a listing of names, nothing opened)."""
        path = self.ctx.db.path if self.ctx.db is not None else None
        if path is None or not self.folder:
            return None
        return newest_backup(path, self.folder)

    @property
    def last_time(self) -> dt.datetime | None:
        """When the newest copy was made, in the event's time (as its name says it)."""
        newest = self.newest()
        return newest.moment if newest is not None else None

    # -- running ----------------------------------------------------------------------
    def run_now(self) -> bool:
        """Start a copy in the background; False if one is running or nothing is set."""
        if self.running or not self.folder or not self.available:
            return False
        self.running = True
        self.ctx.tasks.run(
            _backup_task,
            self.ctx.db,
            self.folder,
            self.keep,
            on_done=self._done,
            on_error=self._failed,
            on_cancel=self._cancelled,
        )
        return True

    def run_at_close(self) -> None:
        """The last copy of the session, when the application quits (on the closing thread:
        the window is gone and the copy of a day's base takes well under a second)."""
        if not self.active or self.running:
            return
        try:
            self._done(str(backup_now(self.ctx.db, self.folder, keep=self.keep)))
        except Exception as exc:  # noqa: BLE001 - closing: say it, never block the exit
            self._failed(str(exc))

    def _done(self, path: str) -> None:
        self.running = False
        self.last_path = path
        self.last_error = None
        self.backup_done.emit(path)

    def _failed(self, message: str) -> None:
        self.running = False
        self.last_error = message
        self.backup_failed.emit(message)

    def _cancelled(self) -> None:
        self.running = False
