"""Opening the base after the window's first paint (issue 28.4).

``itday gui`` builds the window and its page without the database layer, paints them, and
only then opens the base, in a worker (SQLAlchemy, the models and the base's checks take
about half a second of processor time): a restarted reception laptop shows its page at
once, and the page fills in as soon as the base is open.  A base that cannot be opened
(missing, locked, read-only medium, another program's file…) is said as before, in a box
over the window, and ``itday gui`` ends with that error.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from itday.errors import ItdayError

#: the base opens this long after the window was shown if no paint came (a hidden window)
FALLBACK_MS = 1000


def latest_event_id(db) -> int | None:
    """The edition a window opens on: the latest one (None in an empty base)."""
    from itday.db import repo

    with db.session() as session:
        latest = repo.latest_event(session=session)
        return latest.id if latest else None


def open_base(_state, path, event_id: int | None, opener: BaseOpener):
    """Worker: the base opened (``Database.open`` and its checks) and the edition to show,
    or the error that stopped it: ``(db, event_id, error)``."""
    from itday.db.engine import Database

    try:
        db = Database.open(path)
    except Exception as exc:  # noqa: BLE001 (said or raised on the GUI thread)
        return None, None, exc
    opener.opened = db
    try:
        if event_id is None:
            event_id = latest_event_id(db)
    except Exception as exc:  # noqa: BLE001
        return db, None, exc
    return db, event_id, None


class BaseOpener(QObject):
    """Opens ``path`` for ``window`` (built without a base) once the window is painted,
    then ``attach(window, db, event_id)``.  ``quiet``: no box for an error (a screenshot)."""

    def __init__(
        self, window, path, event_id: int | None, attach: Callable, *, quiet: bool = False
    ) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.event_id = event_id
        self.attach = attach
        self.quiet = quiet
        #: the base once opened (set by the worker); the error that stopped it
        self.opened = None
        self.error: BaseException | None = None
        self.done = False
        self.attached = False
        self._started = False
        QApplication.instance().installEventFilter(self)
        self._fallback = QTimer(self, singleShot=True, interval=FALLBACK_MS)
        self._fallback.timeout.connect(self.start)
        self._fallback.start()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt API)
        if (
            not self._started
            and event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.window() is self.window
        ):
            QTimer.singleShot(0, self.start)  # once this paint is over
        return False

    def start(self) -> None:
        if self._started:
            return
        self._started = True
        QApplication.instance().removeEventFilter(self)
        self._fallback.stop()
        self.window.ctx.tasks.run(
            open_base, self.path, self.event_id, self,
            on_done=self._opened, on_error=self._task_failed,
        )  # fmt: skip

    def _opened(self, result) -> None:
        db, event_id, error = result
        if error is not None:
            if db is not None:
                db.close()
                self.opened = None
            self._failed(error)
            return
        self.done = self.attached = True
        self.attach(self.window, db, event_id)

    def _task_failed(self, message: str) -> None:
        self._failed(RuntimeError(message))

    def _failed(self, error: BaseException) -> None:
        self.done = True
        self.error = error
        if not self.quiet and isinstance(error, ItdayError):
            from itday.ui.i18n import error_text

            QMessageBox.critical(self.window, "itday", error_text(error))
        self.window.close()  # the app quits; ``check`` raises the error

    def wait(self, app) -> None:
        """Until the base is open and handed over (a screenshot); its error raised."""
        while not self.done:
            app.processEvents()
            time.sleep(0.005)
        self.check()

    def check(self) -> None:
        if self.error is not None:
            raise self.error

    def close_unused(self) -> None:
        """The base opened for a window that closed before it could have it: closed."""
        if self.opened is not None and not self.attached:
            self.opened.close()
            self.opened = None
