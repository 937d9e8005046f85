"""What every page receives: the database, the edition shown, notices and the task runner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal

from itday.ui.bridge import MessageBridge
from itday.ui.i18n import error_text
from itday.ui.stats.backup import AutoBackup
from itday.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from itday.db.engine import Database


class AppContext(QObject):
    """Built once in ``itday.ui.app``; passed to pages (no global singletons)."""

    def __init__(
        self,
        db: Database | None,
        event_id: int | None,
        *,
        settings: QSettings | None = None,
        station: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        #: the base; None while ``itday gui`` opens it (after the window's first paint):
        #: see ``attach_database``
        self.db = db
        self._event_id = event_id
        self.bridge = MessageBridge(self)
        self.tasks = TaskRunner(self)
        self.tasks.task_failed.connect(self.bridge.error)
        self.settings = settings or QSettings("itday", "itday")
        self.station = station
        self.organiser = False
        if db is not None:
            self._watch(db)
        #: the stands' server's handle (``itday.ui.stands.control``), made by ``itday.ui.app``
        self.stands_server = None
        self.reload_settings(station)
        #: automatic backups, from the moment the base is open, whatever page is shown
        self.backup = AutoBackup(self, self)
        self.settings_changed.connect(self.backup.configure)

    settings_changed = Signal()

    def _watch(self, db: Database) -> None:
        # what the database says of itself (its WAL replaced by another program) goes to
        # the window's banner; said from whichever thread noticed it
        db.notice = lambda message: self.bridge.banner_posted.emit(error_text(message))

    def attach_database(self, db: Database, event_id: int | None) -> None:
        """The base, opened once the window was painted: every page loads it, as when the
        edition changes (``event_changed``: the edition's id, 0 for none)."""
        self.db = db
        self._watch(db)
        self._event_id = event_id
        self.backup.configure()
        self.bridge.event_changed.emit(event_id if event_id is not None else 0)

    def reload_settings(self, station: str | None = None) -> None:
        """Re-read this station's settings (after the settings dialog)."""
        from itday.core.text import clean_label
        from itday.ui.settings_keys import value

        # one line, whatever the settings file holds (a station's name is logged and shown)
        self.station = clean_label(station or value(self.settings, "station/name")) or "Accueil 1"
        self.settings_changed.emit()

    @property
    def event_id(self) -> int | None:
        return self._event_id

    def set_event(self, event_id: int) -> None:
        if event_id != self._event_id:
            self._event_id = event_id
            self.bridge.event_changed.emit(event_id)

    def set_organiser(self, on: bool) -> None:
        if on != self.organiser:
            self.organiser = on
            self.bridge.role_changed.emit(on)
