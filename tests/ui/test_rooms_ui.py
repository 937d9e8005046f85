"""The talk rooms on screen (issue 27): the Programme page (import, edit, undo), the Accueil
station's « salle » mode (count, amber, full with the sound, the organiser's override) and
the door's display, which sees another door's scans within a second."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings

from itday.db import rooms as db_rooms
from itday.db.engine import Database
from itday.db.types import utcnow
from itday.services.rooms import record_room_scan
from itday.ui.context import AppContext
from tests.rooms_helpers import PROGRAMME, seed

TIMEOUT = 20_000


@pytest.fixture
def live(tmp_path):
    db = Database.open(tmp_path / "rooms.sqlite")
    t0 = utcnow() - dt.timedelta(minutes=5)
    event_id, rooms, people, strangers = seed(db, capacities=(30, 20, 10), t0=t0, minutes=600)
    yield db, event_id, rooms, people, strangers
    db.dispose()


@pytest.fixture
def ctx(live, tmp_path):
    db, event_id, *_ = live
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    context = AppContext(db, event_id, settings=settings, station="Porte 1")
    yield context
    context.tasks.wait_all(5000)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class _Sound:
    enabled = True

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, tone: str) -> None:
        self.played.append(tone)


def _door(qtbot, ctx, room: str):
    from itday.ui.checkin.room_mode import RoomDoorStation

    sound = _Sound()
    door = RoomDoorStation(ctx, sound=sound)
    qtbot.addWidget(door)
    door.resize(1200, 860)
    door.show()
    qtbot.waitUntil(door.is_ready, timeout=TIMEOUT)
    door.room_combo.setCurrentIndex(door.room_combo.findText(room))
    door._room_picked()
    return door, sound


def _scan(qtbot, door, code: str):
    with qtbot.waitSignal(door.result_shown, timeout=TIMEOUT) as got:
        door.code_field.setText(code)
        door._code_entered()
    return got.args[0]


def test_a_door_counts_turns_amber_refuses_when_full_and_an_organiser_overrides(
    qtbot, ctx, live, tmp_path
):
    _db, _event, _rooms, people, strangers = live
    door, sound = _door(qtbot, ctx, "Atelier C")  # 10 places
    assert door.count.count_label.text() == "0 / 10" and door.count.level == "ok"
    for code in people[:9]:
        outcome = _scan(qtbot, door, code)
    assert outcome.inside == 9 and door.count.count_label.text() == "9 / 10"
    assert door.count.level == "amber" and sound.played[-1] == "warning"
    door.grab().save(str(tmp_path / "door_amber.png"))
    _scan(qtbot, door, people[9])
    full = _scan(qtbot, door, people[10])
    assert full.result == "full" and door.result_label.text().endswith("Salle complète")
    assert door.count.level == "full" and sound.played[-1] == "refused"
    assert door.override_button.isVisible()
    door.grab().save(str(tmp_path / "door_full.png"))
    ctx.set_organiser(True)  # the organiser unlocked this station
    with qtbot.waitSignal(door.result_shown, timeout=TIMEOUT) as got:
        door.override_last()
    forced = got.args[0]
    assert (forced.result, forced.override, forced.inside) == ("admitted", True, 11)
    refused = _scan(qtbot, door, strangers[0])
    assert refused.result == "not_admitted" and "accueil" in door.result_label.text()
    door.exit_button.click()
    out = _scan(qtbot, door, people[0])
    assert (out.result, out.inside) == ("exited", 10)


def test_the_display_sees_another_doors_scan_within_a_second(qtbot, ctx, live, tmp_path):
    from itday.ui.checkin.room_mode import RoomDisplay

    db, event_id, rooms, people, _ = live
    display = RoomDisplay(ctx, rooms["Amphi A"])
    qtbot.addWidget(display)
    display.resize(1280, 720)
    display.show()
    qtbot.waitUntil(display.is_ready, timeout=TIMEOUT)
    assert display.count.count_label.text() == "0 / 30"
    with db.session() as s:  # another door, in another process as far as the display knows
        record_room_scan(s, event_id, people[0], rooms["Amphi A"], "Porte 2")
    seen = utcnow()
    qtbot.waitUntil(lambda: display.count.count_label.text() == "1 / 30", timeout=3000)
    assert (utcnow() - seen).total_seconds() < 1.5  # a 1 s poll (and a loaded machine)
    display.grab().save(str(tmp_path / "display.png"))


def test_the_accueil_page_opens_the_room_mode(qtbot, ctx):
    from itday.services.camera import ImageSequenceSource
    from itday.ui.pages.checkin import CheckinPage

    page = CheckinPage(ctx, source_factory=lambda _i: ImageSequenceSource([], name="aucune"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    assert page.room_button.text() == "Salle…"
    door = page.open_room_mode(show=False)
    qtbot.addWidget(door)
    qtbot.waitUntil(door.is_ready, timeout=TIMEOUT)
    assert [door.room_combo.itemText(i) for i in range(door.room_combo.count())] == [
        "Amphi A", "Atelier C", "Salle B"]  # fmt: skip
    door.close()
    page.shutdown()


def test_the_page_s_camera_reads_for_the_room_s_door(qtbot, ctx, live):
    """In « salle » mode the codes the Accueil camera reads are door scans of the room, not
    entrances; when the door's window closes they go to the entrance again."""
    from itday.services.camera import ImageSequenceSource
    from itday.services.pipeline import Sighting
    from itday.ui.pages.checkin import CheckinPage

    _db, _event_id, _rooms, people, _strangers = live
    page = CheckinPage(ctx, source_factory=lambda _i: ImageSequenceSource([], name="aucune"))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    door = page.open_room_mode(show=False)  # deleted when closed (closed below)
    qtbot.waitUntil(door.is_ready, timeout=TIMEOUT)
    door.room_combo.setCurrentIndex(door.room_combo.findText("Atelier C"))
    door._room_picked()
    with qtbot.waitSignal(door.result_shown, timeout=TIMEOUT) as got:
        page._on_sighting(Sighting([people[0]], 1, 0.0, 0.0, 1.0))  # a frame's new code
    assert (got.args[0].result, got.args[0].inside) == ("admitted", 1)
    door.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert page.code_sink is None
    page.shutdown()


def test_programme_page_imports_edits_and_undoes(qtbot, live, tmp_path):
    from itday.db import repo
    from itday.ui.pages.programme import ProgrammePage

    db, _event, _rooms, _people, _ = live
    with db.session() as s:
        event_id = repo.create_event("Vide", dt.date(2017, 6, 29), session=s).id
        s.commit()
    ctx = AppContext(
        db, event_id, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    ctx.set_organiser(True)
    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    assert page.rooms_table.rowCount() == 0 and "Aucune salle" in page.hint.text()
    path = tmp_path / "programme.csv"
    path.write_text(PROGRAMME.format(amphi=120, b=60, c=25), encoding="utf-8")
    page.import_file(str(path), confirm=False)
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 4, timeout=TIMEOUT)
    assert page.rooms_table.rowCount() == 3
    page.edit_room(None, dialog_values={"name": "Salle D", "capacity": 40})
    qtbot.waitUntil(lambda: page.rooms_table.rowCount() == 4, timeout=TIMEOUT)
    with db.session() as s:
        room_d = db_rooms.find_room(event_id, "Salle D", session=s).id
    start = dt.datetime(2017, 6, 29, 14, 0, tzinfo=dt.UTC)
    page.edit_session(None, dialog_values={"title": "Quantique", "room_id": room_d,
        "starts_at": start, "ends_at": start + dt.timedelta(hours=1), "speakers": "Zoé"})  # fmt: skip
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 5, timeout=TIMEOUT)
    page.grab().save(str(tmp_path / "programme.png"))
    page.rooms_table.selectRow(
        next(r for r in range(4) if page.rooms_table.item(r, 0).text() == "Salle D")
    )
    page.delete_selected(confirmed=True)  # the room and its session
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 4, timeout=TIMEOUT)
    assert page.rooms_table.rowCount() == 3
    page._undo()  # the room comes back with its session
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 5, timeout=TIMEOUT)
    assert page.rooms_table.rowCount() == 4
    page._undo()
    page._undo()  # the session, then the room, undone
    qtbot.waitUntil(lambda: page.rooms_table.rowCount() == 3, timeout=TIMEOUT)
    assert page.sessions_table.rowCount() == 4
    ctx.tasks.wait_all(5000)


def test_the_statistics_page_shows_each_sessions_attendance(qtbot, ctx, live, tmp_path):
    from itday.ui.pages.stats import StatsPage

    db, event_id, rooms, people, _ = live
    with db.session() as s:
        for code in people[:4]:
            record_room_scan(s, event_id, code, rooms["Salle B"], "Porte 2")
        record_room_scan(s, event_id, people[0], rooms["Salle B"], "Porte 2", exit=True)
    page = StatsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1600, 900)
    page.show()
    qtbot.waitUntil(lambda: page.rooms.rowCount() == 4, timeout=TIMEOUT)
    assert page.rooms_box.isVisible()
    row = next(r for r in range(4) if page.rooms.item(r, 0).text() == "IA générative")
    cells = [page.rooms.item(row, c).text() for c in range(6)]
    assert cells[1] == "Salle B" and cells[3:] == ["3 / 20", "4", "4"]
    page.grab().save(str(tmp_path / "stats.png"))


def test_the_programme_page_writes_a_sessions_list_for_its_speakers(qtbot, ctx, live, tmp_path):
    from itday.ui.pages.programme import ProgrammePage

    db, event_id, rooms, people, _ = live
    with db.session() as s:
        record_room_scan(s, event_id, people[0], rooms["Salle B"], "Porte 2")
    ctx.set_organiser(True)
    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    row = next(r for r in range(4) if page.sessions_table.item(r, 3).text() == "IA générative")
    page.sessions_table.selectRow(row)
    messages = []
    ctx.bridge.message_posted.connect(lambda *a: messages.append(a))
    task = page.ask_session_list(str(tmp_path / "ia.csv"))
    qtbot.waitUntil(lambda: bool(messages), timeout=TIMEOUT)
    assert task is not None and (tmp_path / "ia.csv").exists()
    assert "Liste écrite : 0 personne nommée, 1 sans consentement." in str(messages[-1])


def test_programme_page_lets_speakers_in_free_and_links_edited_speakers(qtbot, live, tmp_path):
    from sqlmodel import select

    from itday.db.models import Attendee
    from itday.services.speakers import speakers_free
    from itday.ui.pages.programme import ProgrammePage

    db, event_id, rooms, _people, _ = live
    ctx = AppContext(
        db, event_id, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    ctx.set_organiser(True)
    page = ProgrammePage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    assert not page.speakers_free_box.isChecked()
    page.speakers_free_box.click()  # on: stored for the edition

    def stored() -> bool:
        with db.session() as s:
            return speakers_free(s, event_id)

    qtbot.waitUntil(stored, timeout=TIMEOUT)
    start = utcnow() + dt.timedelta(hours=5)
    page.edit_session(None, dialog_values={"title": "Quantique", "room_id": rooms["Salle B"],
        "starts_at": start, "ends_at": start + dt.timedelta(hours=1),
        "speakers": "Zoé Lambert"})  # fmt: skip
    qtbot.waitUntil(lambda: page.sessions_table.rowCount() == 5, timeout=TIMEOUT)
    with db.session() as s:
        made = s.exec(select(Attendee.first_name).where(Attendee.category == "speaker")).all()
    assert made == ["Zoé"]
    page.speakers_free_box.click()  # off again
    qtbot.waitUntil(lambda: not stored(), timeout=TIMEOUT)
    assert not page.speakers_free_box.isChecked()
    ctx.tasks.wait_all(5000)
