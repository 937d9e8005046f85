"""``TaskRunner.run_with_progress``: a shown, modal progress dialog processes events inside
``setValue``; the task's end (and its result handler, which may run a dialog of its own, as
the plan's print preview does) can come in there.  The progress dialog must outlive every
progress call still on the stack: it used to be deleted under them (a crash, or « Internal
C++ object already deleted »)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from itday.ui.tasks import TaskRunner


def test_the_end_of_a_task_inside_a_progress_update_leaves_no_dangling_dialog(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    runner = TaskRunner(parent)
    go_on = threading.Event()
    results = []

    def work(state):
        state.progress(0, 50, "début")
        go_on.wait(30)  # until the progress dialog is on screen
        for done in range(1, 51):
            state.progress(done, 50, f"pas {done}")
        return "fini"

    def done(result):  # like a print preview's exec(): a nested event loop
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()
        results.append(result)

    task = runner.run_with_progress(parent, "Travail", work, on_done=done)
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)), timeout=10_000
    )
    go_on.set()
    qtbot.waitUntil(lambda: results == ["fini"], timeout=30_000)
    qtbot.waitUntil(lambda: not parent.findChildren(QProgressDialog), timeout=10_000)
    assert task.done
    runner.wait_all(10_000)


def test_a_full_disk_in_a_task_is_said_in_the_users_words(qtbot):
    """Issue 23.9: a worker's OSError or SQLite error reaches the window as a French line,
    not « OSError : [Errno 28] No space left on device »."""
    import errno
    import sqlite3

    from sqlalchemy.exc import OperationalError

    runner = TaskRunner()
    for exc in (
        OSError(errno.ENOSPC, "No space left on device", "/media/cle/export"),
        OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full")),
    ):

        def work(_state, exc=exc):
            raise exc

        with qtbot.waitSignal(runner.task_failed, timeout=10_000) as blocker:
            runner.run(work)
        text = blocker.args[0]
        assert "isque plein" in text and "No space" not in text and "disk is full" not in text
