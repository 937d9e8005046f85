"""Automatic backups during the day: a QTimer hands ``services.backup.backup_now`` to
``ctx.tasks``, so the copy never runs on the GUI thread; one copy at a time.

Settings (``ctx.settings``): ``backup/folder``, ``backup/minutes`` (0: off), ``backup/keep``.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer, Signal

from itday.services.backup import DEFAULT_KEEP, backup_now


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
        self.last_time: dt.datetime | None = None
        self.last_path: str | None = None
        self.last_error: str | None = None
        self.configure()

    # -- settings ---------------------------------------------------------------------
    @property
    def folder(self) -> str:
        return str(self.ctx.settings.value("backup/folder", "") or "")

    @property
    def minutes(self) -> int:
        return int(self.ctx.settings.value("backup/minutes", 0) or 0)

    @property
    def keep(self) -> int:
        return int(self.ctx.settings.value("backup/keep", DEFAULT_KEEP) or DEFAULT_KEEP)

    @property
    def available(self) -> bool:
        return self.ctx.db.path is not None  # SQLite only

    def save(self, folder: str, minutes: int, keep: int) -> None:
        self.ctx.settings.setValue("backup/folder", folder)
        self.ctx.settings.setValue("backup/minutes", int(minutes))
        self.ctx.settings.setValue("backup/keep", int(keep))
        self.ctx.settings.sync()
        self.configure()

    def configure(self) -> None:
        self.timer.stop()
        if self.available and self.folder and self.minutes > 0:
            self.timer.start(self.minutes * 60_000)

    @property
    def active(self) -> bool:
        return self.timer.isActive()

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

    def _done(self, path: str) -> None:
        self.running = False
        self.last_time = dt.datetime.now(dt.UTC)  # shown in the event's zone
        self.last_path = path
        self.last_error = None
        self.backup_done.emit(path)

    def _failed(self, message: str) -> None:
        self.running = False
        self.last_error = message
        self.backup_failed.emit(message)

    def _cancelled(self) -> None:
        self.running = False
