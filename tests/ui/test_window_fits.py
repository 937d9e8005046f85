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
    for key in ("plan", "exhibitors", "visitors", "checkin", "stats", "programme"):
        window.show_page(key)
        qtbot.wait(10)
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, (language, key, hint)
    window.page("checkin").shutdown()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_screenshot_command_gives_1366_by_768_on_every_page(qapp, tmp_path, lang):
    """The acceptance command itself, on an empty edition (its hint once made the window
    1,690 px wide): ``itday gui --screenshot s.png --size 1366x768 --page P``."""
    from PySide6.QtGui import QImage

    from itday.cli import main
    from itday.ui import i18n

    path = tmp_path / "empty.sqlite"
    assert main(["init", "--name", "Innovation IT Day 2018", "--date", "2018-06-28",
                 "--db", str(path)]) == 0  # fmt: skip
    try:
        for page in ("plan", "exhibitors", "visitors", "checkin", "stats", "programme"):
            shot = tmp_path / f"{lang}-{page}.png"
            assert main(["gui", "--db", str(path), "--lang", lang, "--screenshot", str(shot),
                         "--size", "1366x768", "--page", page]) == 0  # fmt: skip
            image = QImage(str(shot))
            assert (image.width(), image.height()) == (1366, 768), page
    finally:
        i18n.remove_translators(qapp)
