"""« Flux de la journée » on the Statistiques page (issue 26), on the small show made by
hand (tests/db/test_stand_reports.py): 10 people came in at 9:00; Alpha met 7 of them (5 at
10h), Bêta the 3 others (at 11h30), Gamma nobody."""

from __future__ import annotations

import datetime as dt

import pytest

from itday.db import models as m
from itday.db.visits import EXIT
from itday.ui.context import AppContext
from itday.ui.pages.stats import StatsPage
from tests.db.test_stand_reports import _show, at


def _page(qtbot, db, event_id) -> StatsPage:
    ctx = AppContext(db, event_id)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.numbers is not None, timeout=10_000)
    page.day_tabs.setCurrentWidget(page.flows)
    return page


def _rows(table) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


@pytest.fixture
def show(db, event_id):
    with db.session() as s:
        _show(s, event_id)
    return db, event_id


def test_the_flows_of_the_small_show(qtbot, show):
    page = _page(qtbot, *show)
    flows = page.flows
    text = flows.summary.text()
    assert "<b>100 %</b> des 10 personnes entrées ont rencontré au moins un stand (10)" in text
    assert "médiane : <b>1</b> stand(s) par personne entrée" in text
    assert "10 contacts enregistrés par 2 stand(s)" in text
    assert "aucune sortie n'est scannée" in flows.curve_title.text()
    assert max(n for _t, n in flows.chart.series) == 10  # arrivals only: all 10 counted
    assert _rows(flows.busiest) == [["Alpha", "10h–11h", "5"], ["Bêta", "11h–12h", "< 5"]]
    assert flows.body.isVisibleTo(page)
    page.ctx.tasks.wait_all(5000)


def test_exit_scans_make_the_curve_people_inside(qtbot, show):
    db, event_id = show
    with db.session() as s:
        for n in range(4):
            s.add(m.Scan(uid=f"sortie-{n}", event_id=event_id, code="x", result=EXIT,
                         scanned_at=at(12) + dt.timedelta(minutes=n)))  # fmt: skip
        s.commit()
    page = _page(qtbot, db, event_id)
    assert "entrées moins sorties scannées" in page.flows.curve_title.text()
    assert page.flows.chart.series[-1][1] == 6  # 10 in, 4 out
    page.ctx.tasks.wait_all(5000)


def test_with_nothing_recorded_a_sentence(qtbot, db, event_id):
    page = _page(qtbot, db, event_id)
    assert "Personne n'est encore entré" in page.flows.summary.text()
    assert not page.flows.body.isVisibleTo(page)  # no empty chart, no empty table
    page.ctx.tasks.wait_all(5000)
