"""The Accueil page on a phone camera: a real HTTP MJPEG stream served on 127.0.0.1.

The stream shows badges rendered by itday (and an e-ticket on a phone); the station's
camera setting is the stream's URL, opened the way the app opens it.  The second test cuts
the stream mid-way: the page says the camera is lost and when it tries again, reconnects by
itself when the stream is back, and admits the badges shown after.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from benchmarks.mjpeg import MjpegServer, badge_images, desk_frame, qr_picture
from itday.db import repo
from itday.db.models import AttendeeCode
from itday.ui.context import AppContext
from itday.ui.pages.checkin import CheckinPage

TIMEOUT = 30_000


def _waiting(db, event_id):
    with db.session() as s:
        rows = repo.attendee_rows(event_id, session=s)
    return [r for r in rows if r["checked_in_at"] is None and not r["cancelled"]]


def _queue(badges: list, empty) -> list:
    frames = [empty] * 3
    for picture in badges:
        frames += [desk_frame(picture)] * 5 + [empty] * 5
    return frames


@pytest.fixture
def ctx(demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/enabled", False)
    return AppContext(demo_db, event_id, settings=settings, station="Accueil téléphone")


@pytest.fixture
def make_page(qtbot, ctx):
    pages = []

    def make(**kw):
        page = CheckinPage(ctx, **kw)
        qtbot.addWidget(page)
        page.resize(1400, 800)
        pages.append(page)
        return page

    yield make
    for page in pages:
        page.shutdown()
    ctx.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _admitted(page):
    shown = []
    page.result_shown.connect(lambda e: shown.append((e.result.value, e.outcome.attendee)))
    return shown


def test_the_station_admits_the_badges_of_a_phone_stream(qtbot, ctx, make_page, tmp_path):
    people = _waiting(ctx.db, ctx.event_id)[:3]
    ticket = "1700055544433"
    with ctx.db.session() as s:
        s.add(AttendeeCode(event_id=ctx.event_id, attendee_id=people[2]["id"], code=ticket))
        s.commit()
    badges = badge_images(ctx.db, ctx.event_id, [p["id"] for p in people[:2]], tmp_path)
    pictures = [badges[people[0]["id"]], badges[people[1]["id"]], qr_picture(ticket)]
    with MjpegServer(_queue(pictures, desk_frame()), fps=12) as server:
        ctx.settings.setValue("camera/source", server.url)
        page = make_page()
        shown = _admitted(page)
        page.show()
        qtbot.waitUntil(lambda: len(shown) >= 3, timeout=TIMEOUT)
        assert page.camera_states[0] == "running"
        assert page.camera_combo.currentText() == server.url
        assert server.connections == 1
    assert [r for r, _ in shown[:3]] == ["admitted"] * 3
    assert [a["id"] for _, a in shown[:3]] == [p["id"] for p in people]
    with ctx.db.session() as s:
        for person in people:
            who = repo.attendee_by_code(person["code"], session=s)
            assert who.checked_in_station == "Accueil téléphone"


def test_a_cut_stream_is_shown_lost_then_reconnects_by_itself(qtbot, ctx, make_page, tmp_path):
    people = _waiting(ctx.db, ctx.event_id)[3:7]
    badges = badge_images(ctx.db, ctx.event_id, [p["id"] for p in people], tmp_path)
    empty = desk_frame()
    server = MjpegServer(_queue([badges[p["id"]] for p in people[:2]], empty), fps=12).start()
    try:
        ctx.settings.setValue("camera/source", server.url)
        page = make_page(worker_options={"retry_interval_s": 0.2, "retry_max_s": 0.8})
        shown = _admitted(page)
        page.show()
        qtbot.waitUntil(lambda: len(shown) >= 2, timeout=TIMEOUT)

        server.stop()  # the phone leaves the Wi-Fi mid-stream
        qtbot.waitUntil(lambda: page.preview.lost, timeout=TIMEOUT)
        assert "Caméra indisponible" in page.preview.message
        assert "saisie manuelle" in page.preview.message  # the desk keeps working
        detail = page.preview.detail  # the cut, then each try that finds no stream
        assert ("interrompu" in detail or "injoignable" in detail) and "nouvel essai" in detail
        # the screen follows the tries (pulled from the capture thread): « (essai 3) »
        qtbot.waitUntil(lambda: "(essai" in page.preview.detail, timeout=TIMEOUT)

        # the clerk types a code meanwhile: admitted as usual
        page.submit_code(people[3]["code"])
        qtbot.waitUntil(lambda: len(shown) >= 3, timeout=TIMEOUT)

        server.restart(_queue([badges[people[2]["id"]]], empty))  # the app is back
        qtbot.waitUntil(lambda: not page.preview.lost, timeout=TIMEOUT)
        qtbot.waitUntil(lambda: len(shown) >= 4, timeout=TIMEOUT)
    finally:
        server.stop()
    assert page.camera_states[:3] == ["running", "lost", "running"]
    assert [r for r, _ in shown[:4]] == ["admitted"] * 4
    assert [a["id"] for _, a in shown[:4]] == [
        people[0]["id"],
        people[1]["id"],
        people[3]["id"],
        people[2]["id"],
    ]
    assert server.connections >= 2


def test_a_meaningless_camera_setting_is_said_and_the_desk_keeps_working(qtbot, ctx, make_page):
    ctx.settings.setValue("camera/source", "ftp://example.org/cam")
    page = make_page()
    page.show()
    qtbot.waitUntil(lambda: page.camera_states == ["stopped"], timeout=TIMEOUT)
    assert page.preview.lost and "non prise en charge" in page.preview.detail
    person = _waiting(ctx.db, ctx.event_id)[8]
    shown = _admitted(page)
    page.submit_code(person["code"])
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=TIMEOUT)
    assert shown[0][0] == "admitted"
