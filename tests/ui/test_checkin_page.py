"""The Accueil page with a fake frame source: admitted, already admitted, not ours, the
camera lost and back, manual search, undo, walk-in shortcut."""

import importlib.util
import random

import numpy as np
import pytest
import qrcode
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtTest import QTest

from benchmarks import synth
from itday.core.debounce import Debouncer
from itday.core.text import fold
from itday.db import repo
from itday.services.camera import FailingSource, ImageSequenceSource
from itday.ui.context import AppContext
from itday.ui.pages.checkin import CheckinPage

TIMEOUT = 20_000


def badge_frame(code: str, seed: int = 0) -> np.ndarray:
    rng = random.Random(seed)
    frame = synth.make_background(rng)
    synth.place_card(frame, synth.make_card(code, rng), (640, 360), 260, 3, 5, -4)
    return frame


def qr_frame(text: str) -> np.ndarray:
    img = qrcode.make(text, box_size=8, border=4).convert("L")
    frame = np.full((720, 1280), 235, np.uint8)
    arr = np.array(img, dtype=np.uint8)
    h, w = arr.shape
    frame[100 : 100 + h, 300 : 300 + w] = arr
    return frame


def blank(small: bool = False) -> np.ndarray:
    if small:
        return np.full((120, 160, 3), 200, np.uint8)
    return synth.make_background(random.Random(5))


def _waiting_people(db, event_id):
    with db.session() as s:
        rows = repo.attendee_rows(event_id, session=s)
    return [r for r in rows if r["checked_in_at"] is None and not r["cancelled"]]


@pytest.fixture
def ctx(demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("sound/enabled", True)
    settings.setValue("badge/output", f"pdf:{tmp_path / 'printed'}")
    return AppContext(demo_db, event_id, settings=settings, station="Accueil 2")


@pytest.fixture
def page(qtbot, ctx):
    page = CheckinPage(
        ctx,
        source_factory=lambda _index: ImageSequenceSource([], name="aucune"),
        debouncer=Debouncer(3.0),
    )
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.is_ready, timeout=TIMEOUT)
    yield page
    page.shutdown()
    ctx.tasks.wait_all(5000)
    # finished tasks awaiting deleteLater must go before the context (PySide crash otherwise)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _collect(page):
    shown = []
    page.result_shown.connect(lambda e: shown.append((e.result.value, page.panel.texts())))
    return shown


def test_badge_admitted_then_already_admitted(qtbot, page, ctx):
    person = _waiting_people(ctx.db, ctx.event_id)[0]
    shown = _collect(page)
    frame = badge_frame(person["code"])
    # media time 0.5 s a frame: seen, gone 4 s (> debounce window of 3 s), seen again
    frames = [frame] * 2 + [blank(True)] * 8 + [frame] * 2
    page.use_source(ImageSequenceSource(frames, fps=2.0, name="test"))
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=TIMEOUT)
    (first, first_text), (second, second_text) = shown
    assert first == "admitted" and "ENTRÉE VALIDÉE" in first_text
    assert person["last_name"] in first_text and person["first_name"] in first_text
    assert second == "already_admitted" and "DÉJÀ ENTRÉ(E)" in second_text
    assert "Accueil 2" in second_text  # first station shown
    assert page.sound.played == ["ok", "warning"]
    with ctx.db.session() as s:
        assert repo.attendee_by_code(person["code"], session=s).checked_in_station == "Accueil 2"
    qtbot.waitUntil(lambda: page.counters.checked_in > 0, timeout=TIMEOUT)


def test_foreign_qr_code_is_not_an_itday_badge(qtbot, page):
    shown = _collect(page)
    page.use_source(ImageSequenceSource([qr_frame("https://example.org/agenda")], name="test"))
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=TIMEOUT)
    assert shown[0][0] == "invalid"
    assert "PAS UN BADGE itday" in shown[0][1] and "✖" in shown[0][1]
    assert page.panel.tone == "refused" and page.sound.played == ["refused"]


def test_camera_lost_then_back(qtbot, page):
    messages = []
    page.camera_state_changed.connect(lambda st: messages.append((st, page.preview.message)))
    source = FailingSource(
        ImageSequenceSource([blank(True)], loop=True, name="webcam"), fail_after=3, recover_after=2
    )
    page.use_source(source, retry_interval_s=0.02, lost_after_reads=2, idle_wait_s=0.001)
    qtbot.waitUntil(lambda: [s for s, _ in messages].count("running") >= 2, timeout=TIMEOUT)
    states = [s for s, _ in messages]
    assert states[:3] == ["running", "lost", "running"]
    lost_message = dict(messages)["lost"]
    assert "Caméra indisponible" in lost_message and "saisie manuelle" in lost_message
    assert source.failed_opens == 2
    qtbot.waitUntil(lambda: page.preview.frames_painted > 0, timeout=TIMEOUT)
    assert not page.preview.lost
    # manual entry worked all along: nothing to wait for here but the page is alive
    page.stop_camera()


def test_manual_entry_while_camera_lost(qtbot, page, ctx):
    person = _waiting_people(ctx.db, ctx.event_id)[1]
    page.use_source(FailingSource(ImageSequenceSource([blank(True)]), 0, 10**6),
                    retry_interval_s=0.05)  # fmt: skip
    qtbot.waitUntil(lambda: page.preview.lost, timeout=TIMEOUT)
    shown = _collect(page)
    page.code_field.setText(person["code"].lower())
    page.code_field.returnPressed.emit()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=TIMEOUT)
    assert shown[0][0] == "admitted" and page.code_field.text() == ""


def test_search_accent_insensitive_pick_and_undo(qtbot, page, ctx):
    people = _waiting_people(ctx.db, ctx.event_id)
    accented = next(p for p in people if fold(p["last_name"]) != p["last_name"].lower())
    shown = _collect(page)
    page.search.field.setText(fold(accented["last_name"]))  # typed without accents
    qtbot.waitUntil(
        lambda: any(r["id"] == accented["id"] for r in page.search.rows), timeout=TIMEOUT
    )
    row = next(i for i, r in enumerate(page.search.rows) if r["id"] == accented["id"])
    page.search.list.setCurrentRow(row)
    page.search.pick_current()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=TIMEOUT)
    assert shown[0][0] == "admitted" and accented["last_name"] in shown[0][1]
    page.undo_last()
    qtbot.waitUntil(lambda: "ENTRÉE ANNULÉE" in page.panel.texts(), timeout=TIMEOUT)
    with ctx.db.session() as s:
        assert repo.attendee_by_code(accented["code"], session=s).checked_in_at is None


def test_walk_in_and_reprint_buttons(qtbot, page, ctx):
    notes = []
    ctx.bridge.message_posted.connect(lambda level, text: notes.append(text))
    if importlib.util.find_spec("itday.ui.walkin") is None:
        page.walkin_button.click()
        assert any("disponible prochainement" in n for n in notes)
    else:
        QTest.keyClick(page.code_field, Qt.Key.Key_F2)  # the shortcut opens the form
        qtbot.waitUntil(lambda: getattr(page, "walkin_dialog", None) is not None)
        dialog = page.walkin_dialog
        assert dialog.isVisible() and dialog.printer is page._printer  # one shared printer
        dialog.first_name.setText("Élodie")
        dialog.last_name.setText("Sur-Place")
        with qtbot.waitSignal(dialog.registered, timeout=TIMEOUT):
            QTest.keyClick(dialog.last_name, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: "INSCRIT(E) SUR PLACE" in page.panel.texts(), timeout=TIMEOUT)
        assert "Élodie Sur-Place" in page.panel.texts()
        # shown like a scan: Reprint and Ctrl+Z are for this person
        assert page.focus_person["id"] == dialog.attendee_id and page.undoable
    if importlib.util.find_spec("itday.ui.badge_printing") is None:
        page.search.field.setText("adam")
        qtbot.waitUntil(lambda: bool(page.search.rows), timeout=TIMEOUT)
        page.reprint_button.click()
        assert any("prochainement" in n for n in notes)


def test_a_walk_in_undone_keeps_the_registration_and_says_so(qtbot, page, ctx):
    """Issue 24.10: Ctrl+Z after a walk-in undoes the entry; the registration stays, the
    desk says so and offers to delete it (asked first)."""
    from itday.db.models import Attendee, Scan

    QTest.keyClick(page.code_field, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: getattr(page, "walkin_dialog", None) is not None)
    dialog = page.walkin_dialog
    dialog.first_name.setText("Par")
    dialog.last_name.setText("Erreur")
    with qtbot.waitSignal(dialog.registered, timeout=TIMEOUT) as registered:
        QTest.keyClick(dialog.last_name, Qt.Key.Key_Return)
    new_id = registered.args[0]
    qtbot.waitUntil(lambda: "INSCRIT(E) SUR PLACE" in page.panel.texts(), timeout=TIMEOUT)
    assert not page.walk_in_undo.button.isVisible()
    page.undo_last()  # Ctrl+Z
    qtbot.waitUntil(lambda: "ENTRÉE ANNULÉE" in page.panel.texts(), timeout=TIMEOUT)
    assert "Par Erreur : entrée annulée ; l'inscription reste — la supprimer ?" in (
        page.panel.texts()
    )
    assert page.walk_in_undo.button.isVisible()
    asked = []
    page.walk_in_undo.confirm = lambda name: asked.append(name) or True
    page.walk_in_undo.button.click()
    qtbot.waitUntil(lambda: not page.walk_in_undo.button.isVisible(), timeout=TIMEOUT)
    ctx.tasks.wait_all(10_000)
    QCoreApplication.processEvents()
    assert asked == ["Par Erreur"]
    with ctx.db.session() as s:
        assert s.get(Attendee, new_id) is None
        logged = s.exec(Scan.__table__.select().where(Scan.station == "Accueil 2")).all()
        assert logged  # the scans stay in the log


def test_an_ordinary_entry_undone_offers_no_deletion(qtbot, page, ctx):
    person = _waiting_people(ctx.db, ctx.event_id)[0]
    shown = _collect(page)
    page.submit_code(person["code"])
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=TIMEOUT)
    page.undo_last()
    qtbot.waitUntil(lambda: "ENTRÉE ANNULÉE" in page.panel.texts(), timeout=TIMEOUT)
    assert "l'inscription reste" not in page.panel.texts()
    assert not page.walk_in_undo.button.isVisible()


def test_exits_scanned_at_the_desk_let_people_back_in(qtbot, page, ctx):
    """Issue 24.8: with « Sorties » ticked the desk scans people out; under the rule
    « ré-entrée après une sortie scannée » they come back in, and the screen says why."""
    person = _waiting_people(ctx.db, ctx.event_id)[0]
    with ctx.db.session() as s:
        repo.set_reentry_policy(ctx.event_id, {"default": "after_exit"}, session=s)
        s.commit()
    shown = _collect(page)
    page.submit_code(person["code"])
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=TIMEOUT)
    page.submit_code(person["code"])  # not scanned out: refused, and said so
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=TIMEOUT)
    assert "SORTIE NON SCANNÉE" in shown[1][1] and page.panel.tone == "refused"
    page.exits.box.setChecked(True)
    with qtbot.waitSignal(page.exits.answered, timeout=TIMEOUT) as out:
        page.submit_code(person["code"])
    assert out.args[0].recorded and "SORTIE ENREGISTRÉE" in page.panel.texts()
    page.exits.box.setChecked(False)
    page.submit_code(person["code"])
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=TIMEOUT)
    assert "ré-entrée après sortie" in shown[2][1] and page.panel.tone == "warning"


def test_online_offline_indicator(qtbot, page):
    assert not page.link_label.isVisible()  # SQLite: a single desk, nothing to show
    page._relay.link.emit(False, 3)
    qtbot.waitUntil(lambda: "Hors ligne" in page.link_label.text())
    assert "3 scans en attente" in page.link_label.text() and page.link_label.isVisible()
    page._relay.link.emit(True, 0)
    qtbot.waitUntil(lambda: page.link_label.text() == "● En ligne")


@pytest.mark.skipif(
    importlib.util.find_spec("itday.ui.badge_printing") is None, reason="BadgePrinter not merged"
)
def test_reprint_from_the_search_uses_the_badge_printer(qtbot, page, ctx):
    from itday.ui.badge_printing import BadgePrinter

    person = _waiting_people(ctx.db, ctx.event_id)[0]
    page._printer = BadgePrinter(ctx, page)
    page._printer.confirm_reprint = lambda *_a, **_k: True  # never a modal dialog in tests
    page.search.field.setText(person["last_name"])
    qtbot.waitUntil(lambda: any(r["id"] == person["id"] for r in page.search.rows))
    page.search.list.setCurrentRow(
        next(i for i, r in enumerate(page.search.rows) if r["id"] == person["id"])
    )
    with qtbot.waitSignal(page._printer.printed, timeout=TIMEOUT) as blocker:
        page.reprint_button.click()
    assert blocker.args == [person["id"]]


def _admit(qtbot, page, shown, code):
    before = len(shown)
    page.code_field.setText(code)
    page.code_field.returnPressed.emit()
    qtbot.waitUntil(lambda: len(shown) == before + 1, timeout=TIMEOUT)
    assert shown[-1][0] == "admitted"


def _checked_in(ctx, code):
    with ctx.db.session() as s:
        return repo.attendee_by_code(code, session=s).checked_in_at is not None


def test_ctrl_z_in_the_code_field_undoes_only_this_sessions_entries(qtbot, page, ctx):
    """The cursor sits in the code field all day: Ctrl+Z there undoes the last entry.  It
    goes back through this page's entries only, never earlier ones of the day."""
    notes = []
    ctx.bridge.message_posted.connect(lambda level, text: notes.append(text))
    with ctx.db.session() as s:
        earlier = repo.counts(ctx.event_id, session=s)["checked_in"]
    assert earlier > 0  # the demo's morning, some at this station's name
    QTest.keyClick(page.code_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any("Aucune entrée à annuler" in n for n in notes), timeout=TIMEOUT)

    first, second = _waiting_people(ctx.db, ctx.event_id)[:2]
    shown = _collect(page)
    _admit(qtbot, page, shown, first["code"])
    _admit(qtbot, page, shown, second["code"])
    page.code_field.setFocus()
    for person in (second, first):
        QTest.keyClick(page.code_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda p=person: not _checked_in(ctx, p["code"]), timeout=TIMEOUT)
        # The database changes before the panel is told: wait for the panel too.
        qtbot.waitUntil(lambda: "ENTRÉE ANNULÉE" in page.panel.texts(), timeout=TIMEOUT)
    notes.clear()
    QTest.keyClick(page.code_field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any("Aucune entrée à annuler" in n for n in notes), timeout=TIMEOUT)
    with ctx.db.session() as s:
        assert repo.counts(ctx.event_id, session=s)["checked_in"] == earlier


def test_reprint_is_for_the_person_on_screen_or_found_since(qtbot, page, ctx, monkeypatch):
    printed = []

    class FakePrinter:
        def print_one(self, attendee_id, confirm_reprint=True):
            printed.append(attendee_id)

    monkeypatch.setattr(page, "_badge_printer", lambda: FakePrinter())
    a, b, c = _waiting_people(ctx.db, ctx.event_id)[:3]
    shown = _collect(page)
    _admit(qtbot, page, shown, a["code"])
    page.reprint()
    page.search.field.setText(b["last_name"])
    qtbot.waitUntil(lambda: any(r["id"] == b["id"] for r in page.search.rows), timeout=TIMEOUT)
    row = next(i for i, r in enumerate(page.search.rows) if r["id"] == b["id"])
    page.search.field.setFocus()
    for _ in range(row):
        QTest.keyClick(page.search.field, Qt.Key.Key_Down)
    page.reprint()
    _admit(qtbot, page, shown, c["code"])
    qtbot.wait(300)  # the search list refreshes after the entry: it must not take over
    page.reprint()
    assert printed == [a["id"], b["id"], c["id"]]


def test_search_list_shows_an_entry_and_says_when_there_are_more(qtbot, page, ctx):
    person = _waiting_people(ctx.db, ctx.event_id)[0]
    page.search.field.setText(f"{person['first_name']} {person['last_name']}")
    qtbot.waitUntil(lambda: any(r["id"] == person["id"] for r in page.search.rows), timeout=TIMEOUT)
    assert not page.search.more.isVisible()
    row = next(i for i, r in enumerate(page.search.rows) if r["id"] == person["id"])
    page.search.list.setCurrentRow(row)
    page.search.pick_current()
    qtbot.waitUntil(
        lambda: (
            "✔"
            in page.search.list.item(
                next(i for i, r in enumerate(page.search.rows) if r["id"] == person["id"])
            ).text()
        ),
        timeout=TIMEOUT,
    )
    page.search.field.setText("an")  # hundreds of people
    qtbot.waitUntil(page.search.more.isVisible, timeout=TIMEOUT)
    assert page.search.list.count() == 20
