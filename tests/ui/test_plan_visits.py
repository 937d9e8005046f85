"""The Plan page coloured « par visites » (issue 26) on a small show made by hand, where every
figure is known (tests/db/test_stand_reports.py): stand A1 « Alpha » met 5 people between
10:05 and 10:09 and 2 at 11:10 and 11:20, A2 « Bêta » 3 at 11:30, A3 « Gamma » nobody."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from itday.core.visits import NO_STAND_COLOUR, NONE_COLOUR, colour_of, scale
from itday.db import models as m
from itday.ui.context import AppContext
from itday.ui.pages.plan import PlanPage
from tests.db.test_stand_reports import _show


def _page(qtbot, db, event_id) -> PlanPage:
    ctx = AppContext(db, event_id)
    page = PlanPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def _by_visits(qtbot, page) -> None:
    page.colour.setCurrentIndex(page.colour.findData("visits"))
    qtbot.waitUntil(lambda: page.visits.data is not None and page.is_ready(), timeout=10_000)


def _colours(page) -> dict[str, str]:
    return {i.code: i.colour.name() for i in page.scene.booth_items.values()}


def _white_at_foot(page, code: str) -> int:
    """White pixels in the lower third of a booth as drawn on screen."""
    image = QImage(page.view.viewport().size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("black"))
    painter = QPainter(image)
    page.view.render(painter)
    painter.end()
    item = next(i for i in page.scene.booth_items.values() if i.code == code)
    rect = page.view.mapFromScene(item.mapRectToScene(item.footprint_rect())).boundingRect()
    inner = rect.adjusted(6, rect.height() * 2 // 3, -6, -4)
    return sum(
        1
        for x in range(inner.left(), inner.right())
        for y in range(inner.top(), inner.bottom())
        if QColor(image.pixel(x, y)).lightness() > 245
    )


@pytest.fixture
def show(qtbot, db, event_id):
    with db.session() as s:
        _show(s, event_id)
        s.add(m.Booth(event_id=event_id, code="B1", x=2, y=10))  # a booth without exhibitor
        s.commit()
    page = _page(qtbot, db, event_id)
    yield page
    page.ctx.tasks.wait_all(5000)


def test_the_whole_day_colours_and_numbers_each_booth(qtbot, show):
    page = show
    _by_visits(qtbot, page)
    assert page.visits.badge_texts() == {"A1": "7", "A2": "< 5", "A3": "0"}
    bands = scale(7)
    assert _colours(page) == {
        "A1": colour_of(7, bands),
        "A2": colour_of(3, bands),
        "A3": NONE_COLOUR,
        "B1": NO_STAND_COLOUR,
    }
    assert _colours(page)["A1"] != _colours(page)["A2"] or bands[1].high >= 7
    labels = [label for _c, label in page.visits.legend_entries()]
    assert labels[0] == "0" and labels[-1] == "Stand sans exposant"
    assert page.legend.isVisibleTo(page)
    assert "10 visite(s) sur 2 stand(s)" in page.visits.bar.note.text()
    item = next(i for i in page.scene.booth_items.values() if i.code == "A1")
    assert "Alpha" in item.toolTip() and "7 visiteur(s)" in item.toolTip()
    # the number is painted on the booth: a white label at its foot
    assert _white_at_foot(page, "A1") > 20
    for child in next(i for i in page.scene.booth_items.values() if i.code == "A1").childItems():
        child.set_text("")  # the same booth without its number: no white at its foot
    assert _white_at_foot(page, "A1") == 0
    page.visits.recount()
    # back to another colouring: no number left on the booths, the legend of statuses
    page.colour.setCurrentIndex(page.colour.findData("status"))
    assert page.visits.badge_texts() == {}
    assert page.legend.isVisibleTo(page)
    assert not page.visits.bar.isVisibleTo(page)


def test_sliding_the_hour_changes_the_counts(qtbot, show):
    page = show
    _by_visits(qtbot, page)
    bar = page.visits.bar
    bar.mode.setCurrentIndex(bar.mode.findData("hour"))
    assert bar.slider.maximum() == 4  # windows 10:00–11:00 … 11:00–12:00 by quarter-hours
    bar.slider.setValue(0)
    assert bar.window_label.text() == "de 10:00 à 11:00"
    assert page.visits.badge_texts() == {"A1": "5", "A2": "0", "A3": "0"}
    bands = scale(5)  # the busiest window's stand: the scale stays while sliding
    assert _colours(page)["A1"] == colour_of(5, bands) and _colours(page)["A2"] == NONE_COLOUR
    bar.slider.setValue(4)
    assert bar.window_label.text() == "de 11:00 à 12:00"
    assert page.visits.badge_texts() == {"A1": "< 5", "A2": "< 5", "A3": "0"}
    assert _colours(page)["A2"] == colour_of(3, bands)
    start, end = page.visits.window()
    assert (end - start).total_seconds() == 3600
    # played: the window runs to the end of the day, then stops
    bar.slider.setValue(0)
    bar.timer.setInterval(5)
    bar.play.click()
    assert bar.play.isChecked() and bar.play.text() == "Pause"
    qtbot.waitUntil(lambda: not bar.play.isChecked(), timeout=5000)
    assert bar.slider.value() == 4 and bar.play.text() == "Lecture"
    # by the keyboard, from the plan: Ctrl+← one quarter-hour earlier
    qtbot.keyClick(page.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert bar.slider.value() == 3 and bar.window_label.text() == "de 10:45 à 11:45"
    qtbot.keyClick(page.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert bar.slider.value() == 4
    # whole day again
    bar.mode.setCurrentIndex(bar.mode.findData("day"))
    assert page.visits.badge_texts()["A1"] == "7" and page.visits.window() is None


def test_with_no_leads_the_plan_says_there_is_nothing_yet(qtbot, db, event_id):
    with db.session() as s:
        s.add(m.Hall(event_id=event_id, width_m=30, depth_m=20))
        ex = m.Exhibitor(event_id=event_id, name="Seul")
        s.add(ex)
        s.flush()
        s.add(m.Booth(event_id=event_id, code="A1", x=2, y=2, exhibitor_id=ex.id))
        s.commit()
    page = _page(qtbot, db, event_id)
    _by_visits(qtbot, page)
    assert "Aucun visiteur enregistré par les stands" in page.visits.bar.note.text()
    assert not page.legend.isVisibleTo(page)  # no empty legend
    assert not page.visits.bar.controls.isVisibleTo(page)
    assert page.visits.badge_texts() == {}
    assert _colours(page) == {"A1": NONE_COLOUR}  # a stand, nobody recorded
    page.ctx.tasks.wait_all(5000)


def test_the_exported_plan_counts_the_hour_on_screen(qtbot, show, tmp_path):
    from tests.unit.pdf_helpers import pdf_text

    page = show
    page.ctx.set_organiser(True)
    _by_visits(qtbot, page)
    bar = page.visits.bar
    bar.mode.setCurrentIndex(bar.mode.findData("hour"))
    bar.slider.setValue(0)
    task = page.start_export(str(tmp_path / "plan.pdf"), colour_by="visits")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    text = " ".join(pdf_text(tmp_path / "plan.pdf").split())
    assert "de 10:00 à 11:00" in text
    bar.mode.setCurrentIndex(bar.mode.findData("day"))
    task = page.start_export(str(tmp_path / "jour.pdf"), colour_by="visits")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert "toute la journée" in " ".join(pdf_text(tmp_path / "jour.pdf").split())


def test_refresh_reads_the_leads_recorded_since(qtbot, show):
    from sqlmodel import select

    from tests.db.test_stand_reports import at

    page = show
    _by_visits(qtbot, page)
    assert page.visits.badge_texts()["A3"] == "0"
    with page.ctx.db.session() as s:
        gamma = s.exec(select(m.Exhibitor.id).where(m.Exhibitor.name == "Gamma")).one()
        person = s.exec(select(m.Attendee.id)).first()
        s.add(m.Lead(event_id=page.ctx.event_id, exhibitor_id=gamma, attendee_id=person,
                     first_scan_at=at(10, 30), last_scan_at=at(10, 30)))  # fmt: skip
        s.commit()
    page.visits.bar.refresh.click()
    qtbot.waitUntil(lambda: page.visits.badge_texts()["A3"] == "< 5", timeout=10_000)
    assert page.visits.auto_refresh.isActive()


def test_another_edition_drops_the_figures_of_the_first(qtbot, show):
    import datetime as dt

    from itday.db import repo

    page = show
    _by_visits(qtbot, page)
    assert page.visits.badge_texts()["A1"] == "7"
    with page.ctx.db.session() as s:
        other = repo.create_event("Autre", dt.date(2018, 6, 28), "Diagora", session=s)
        s.commit()
        other_id = other.id
    page.ctx.set_event(other_id)
    qtbot.waitUntil(lambda: page.visits.data is not None and page.is_ready(), timeout=10_000)
    assert page.visits.data.event_id == other_id and page.visits.data.empty
    assert page.visits.badge_texts() == {}
    assert "Aucun visiteur enregistré" in page.visits.bar.note.text()
