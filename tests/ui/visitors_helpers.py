"""Helpers shared by the Visiteurs, import, walk-in and badge-printing UI tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from itday.db import repo
from itday.ui import pyside_fix
from itday.ui.context import AppContext

# PySide6 6.12 on Python 3.11 loses a reference to True per signal: see itday.ui.pyside_fix.
pyside_fix.apply()


@pytest.fixture(name="make_ctx")
def make_ctx_fixture(tmp_path):
    """Builds contexts with private settings; badges go to PDF files under tmp_path.

    At teardown the tasks are awaited and pending deletions flushed before the context
    goes: destroying a TaskRunner with finished tasks still awaiting ``deleteLater``
    crashes PySide.
    """
    made: list[AppContext] = []

    def make(db, *, organiser: bool = False, event_id: int | None = None) -> AppContext:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("badge/output", f"pdf:{tmp_path / 'printed'}")
        if event_id is None:
            with db.session() as s:
                event_id = repo.latest_event(session=s).id
        ctx = AppContext(db, event_id, settings=settings, station="Test")
        ctx.set_organiser(organiser)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.tasks.pool.waitForDone(30_000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
