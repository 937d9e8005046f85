"""Issue 17.6: the window fits a reception laptop's 1366 × 768 screen on every page, in French
and English, on an empty edition and on the demo, in reception and organiser mode."""

from __future__ import annotations

import pytest

from itday.db import repo
from itday.db.engine import Database
from itday.ui.app import build_window

SCREEN_W, SCREEN_H = 1366, 768 - 60  # the title bar and a task bar take about 60 px


@pytest.fixture(params=["fr", "en"])
def language(request, qapp):
    from itday.ui.i18n import install_translators, remove_translators

    assert install_translators(qapp, request.param) == request.param
    yield request.param
    remove_translators(qapp)


@pytest.fixture(params=["empty", "demo"])
def database(request, demo_db, tmp_path):
    if request.param == "demo":
        yield demo_db
        return
    db = Database.open(tmp_path / "empty.sqlite")
    with db.session() as s:
        import datetime as dt

        repo.create_event("Innovation IT Day 2018", dt.date(2018, 6, 28), session=s)
        s.commit()
    yield db
    db.dispose()


@pytest.mark.parametrize("organiser", [False, True])
def test_every_page_fits_1366_by_768(qtbot, language, database, organiser):
    window = build_window(database)
    qtbot.addWidget(window)
    window.ctx.set_organiser(organiser)
    window.show()
    for key in ("plan", "exhibitors", "visitors", "checkin", "stats"):
        window.show_page(key)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, (language, key, hint)
    window.page("checkin").shutdown()
