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
from itday.ui.i18n import error_text, system_error_text


class Cancelled(Exception):
    """Raised inside a task when the user cancelled it."""


class TaskState:
    """Handed to a task: progress reporting and cancellation (thread-safe)."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        _emit(self._signals.progressed, int(done), int(total), text)

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
        sig = self.signals
        try:
            result = self.fn(self.state, *self.args, **self.kwargs)
        except Cancelled:
            _emit(sig.cancelled)
        except ItdayError as exc:
            _emit(sig.failed, error_text(exc))
        except Exception as exc:  # never swallowed: reported to the user and to stderr
            said = system_error_text(exc)  # a full disk, a removed key: in the user's words
            if said is None:
                traceback.print_exc()
            _emit(sig.failed, said or f"{type(exc).__name__} : {exc}")
        else:
            _emit(sig.finished, result)


def _emit(signal, *args) -> None:
    """Emit from the worker; if the runner (and so every receiver) is gone, drop it."""
    try:
        signal.emit(*args)
    except RuntimeError:  # "Signal source has been deleted": the page was closed meanwhile
        pass


class Task:
    """A task: its signals, its state, and how to start it.

    Everything is connected before the work starts (``run`` does it), so that a task that
    ends at once cannot emit before its receivers are there.  The signals object belongs to
    the runner: when the runner goes (its window closed), results still on their way are
    dropped instead of reaching widgets that no longer exist.
    """

    def __init__(self, fn, args, kwargs, owner: QObject) -> None:
        self.signals = _TaskSignals(owner)
        self.state = TaskState(self.signals)
        self.done = False
        self._work = (fn, args, kwargs)

    def cancel(self) -> None:
        self.state.cancel()

    def start(self, pool: QThreadPool) -> None:
        # The pool owns and deletes the runnable once it has run: no Python reference to it
        # is kept here (a second owner could delete it twice).
        fn, args, kwargs = self._work
        pool.start(_Runnable(fn, args, kwargs, self.signals, self.state))


def _while_alive(owner: QObject, *callbacks):
    """The callbacks, each doing nothing once ``owner`` has been destroyed."""
    alive = [True]
    owner.destroyed.connect(lambda *_: alive.__setitem__(0, False))

    def guard(fn):
        if fn is None:
            return None

        def guarded(*args):
            if alive[0]:
                fn(*args)

        return guarded

    return [guard(fn) for fn in callbacks]


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
        start: bool = True,
        owner: QObject | None = None,
        **kwargs: Any,
    ) -> Task:
        """Run ``fn(state, *args, **kwargs)`` in the pool (``start=False``: call
        ``task.start(runner.pool)`` after connecting more receivers).

        ``owner``: the widget the callbacks update.  Once it is destroyed (its page closed
        while the work ran), the late result, error or progress is dropped instead of
        reaching a deleted widget."""
        if owner is not None:
            on_done, on_error, on_progress, on_cancel = _while_alive(
                owner, on_done, on_error, on_progress, on_cancel
            )
        task = Task(fn, args, kwargs, self)
        tasks = self._tasks
        tasks.add(task)
        sig = task.signals

        # No receiver may hold the runner itself: the signals object is the runner's child,
        # and a closure keeping the last reference to its parent would free the parent
        # while the child is being destroyed.
        def finish(*_):
            task.done = True
            tasks.discard(task)
            sig.deleteLater()

        if on_progress:
            sig.progressed.connect(on_progress)
        if on_done:
            sig.finished.connect(on_done)
        sig.failed.connect(on_error or self.task_failed)  # signal to signal: no Python ref
        if on_cancel:
            sig.cancelled.connect(on_cancel)
        for s in (sig.finished, sig.failed, sig.cancelled):
            s.connect(finish)
        if start:
            task.start(self.pool)
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

        # A shown modal QProgressDialog processes events inside setValue(): later progress,
        # the task's end and its result handler (which may run a dialog of its own) can all
        # come in there.  The dialog is deleted only once no progress call is on the stack.
        state = {"closed": False, "depth": 0}
        # Its parent may go first (a dialog closed as the work ends): the task's end,
        # queued from the worker, must not reach a deleted progress dialog then.
        dialog.destroyed.connect(lambda *_: state.update(closed=True))

        def progress(done: int, total: int, text: str) -> None:
            if state["closed"]:
                return
            state["depth"] += 1
            try:
                dialog.setMaximum(max(total, 0))
                dialog.setValue(min(done, total) if total else 0)
                if text and not state["closed"]:
                    dialog.setLabelText(text)
            finally:
                state["depth"] -= 1
                if state["closed"] and not state["depth"]:
                    dialog.deleteLater()

        def close(*_):
            if state["closed"]:
                return
            state["closed"] = True
            dialog.hide()  # now: its deletion may wait for a nested event loop to end
            dialog.reset()
            if not state["depth"]:
                dialog.deleteLater()

        def closing_first(handler):
            """The box goes before the result handler runs: it may open a dialog of its own
            (a print preview) and the box stayed over it at « 100 % » (issue 24.14)."""
            if handler is None:
                return None
            return lambda value: (close(), handler(value))

        task = self.run(
            fn,
            *args,
            on_done=closing_first(on_done),
            on_error=closing_first(on_error),
            on_progress=progress,
            start=False,
            **kwargs,
        )
        dialog.canceled.connect(task.cancel)
        for s in (task.signals.finished, task.signals.failed, task.signals.cancelled):
            s.connect(close)
        task.start(self.pool)
        return task

    @Slot()
    def wait_all(self, msecs: int = 30_000) -> bool:
        """Wait for running tasks (used when the app closes)."""
        for task in list(self._tasks):
            task.cancel()
        return self.pool.waitForDone(msecs)
