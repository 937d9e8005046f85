"""Heavy work off the GUI thread: one helper for every page.

``TaskRunner.run(fn, *args, on_done=..., on_error=...)`` runs ``fn(state, *args)`` in a
thread pool.  ``fn`` must not touch widgets: it receives a ``TaskState`` to report progress
and to check for cancellation, and returns plain data.  The callbacks run on the GUI thread.
``run_with_progress`` adds a cancellable progress dialog for long work.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from itday.errors import ItdayError


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskState:
    """Handed to a task: progress reporting and cancellation (thread-safe)."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._signals.progressed.emit(int(done), int(total), text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()


class _TaskSignals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, fn, args, kwargs, signals: _TaskSignals, state: TaskState) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals, self.state = signals, state

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(self.state, *self.args, **self.kwargs)
        except Cancelled:
            self.signals.cancelled.emit()
        except ItdayError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # never swallowed: reported to the user and to stderr
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__} : {exc}")
        else:
            self.signals.finished.emit(result)


class Task(QObject):
    """A running task; keeps its signals alive until it ends."""

    def __init__(self, runner: TaskRunner) -> None:
        super().__init__(runner)
        self.signals = _TaskSignals(self)
        self.state = TaskState(self.signals)
        self.done = False

    def cancel(self) -> None:
        self.state.cancel()


class TaskRunner(QObject):
    """Runs plain functions in a thread pool; callbacks come back on the GUI thread."""

    task_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._tasks: set[Task] = set()

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        task = Task(self)
        self._tasks.add(task)
        sig = task.signals

        def finish(*_):
            task.done = True
            self._tasks.discard(task)
            task.deleteLater()

        if on_progress:
            sig.progressed.connect(on_progress)
        if on_done:
            sig.finished.connect(on_done)
        sig.failed.connect(on_error or self.task_failed.emit)
        if on_cancel:
            sig.cancelled.connect(on_cancel)
        for s in (sig.finished, sig.failed, sig.cancelled):
            s.connect(finish)
        self.pool.start(_Runnable(fn, args, kwargs, sig, task.state))
        return task

    def run_with_progress(
        self,
        parent: QWidget,
        title: str,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[str], None] | None = None,
        **kwargs: Any,
    ) -> Task:
        """Like ``run``, with a modal progress dialog that can cancel the work."""
        dialog = QProgressDialog(title, self.tr("Annuler"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total else 0)
            if text:
                dialog.setLabelText(text)

        def close(*_):
            dialog.reset()
            dialog.deleteLater()

        task = self.run(
            fn, *args, on_done=on_done, on_error=on_error, on_progress=progress, **kwargs
        )
        dialog.canceled.connect(task.cancel)
        for s in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            s.connect(close)
        return task

    @Slot()
    def wait_all(self, msecs: int = 30_000) -> bool:
        """Wait for running tasks (used when the app closes)."""
        for task in list(self._tasks):
            task.cancel()
        return self.pool.waitForDone(msecs)
