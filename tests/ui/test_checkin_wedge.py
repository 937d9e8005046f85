"""The USB scanner (keyboard wedge): a fast burst then Enter is one scan, from anywhere,
without stealing a form's focus or text; slow human typing is left alone."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from itday.db import repo
from itday.services.camera import ImageSequenceSource
from itday.ui.checkin.wedge import ScannerFilter
from itday.ui.context import AppContext
from itday.ui.pages.checkin import CheckinPage

CODE = "ITD-P25PD4HHMITPZOJSGF"


class FakeClock:
    """Milliseconds advancing by ``step`` at each reading (one reading per key press)."""

    def __init__(self, step: float):
        self.now = 0.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def form(qtbot):
    widget = QWidget()
    layout = QVBoxLayout(widget)
    field = QLineEdit()
    other = QLineEdit()
    layout.addWidget(field)
    layout.addWidget(other)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    return widget, field


def _filter(clock, **kw):
    f = ScannerFilter(clock=clock, max_gap_ms=50, min_length=6, **kw)
    f.install()
    scans = []
    f.scanned.connect(scans.append)
    return f, scans


def test_fast_burst_is_one_scan_and_leaves_the_field_as_it_was(qtbot, form):
    _widget, field = form
    clock = FakeClock(step=200)  # a human typing "Dupont" first
    f, scans = _filter(clock)
    submitted = []
    field.returnPressed.connect(lambda: submitted.append(field.text()))
    try:
        QTest.keyClicks(field, "Dupont")
        clock.now += 1000  # a second later the scanner fires into the same field
        clock.step = 4
        QTest.keyClicks(field, CODE)
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert scans == [CODE]
        assert field.text() == "Dupont"  # the burst was taken out again
        assert submitted == []  # the scanner's Enter did not submit the form
        assert QApplication.focusWidget() is field
    finally:
        f.uninstall()


def test_slow_typing_is_not_a_scan(qtbot, form):
    _widget, field = form
    f, scans = _filter(FakeClock(step=120))
    submitted = []
    field.returnPressed.connect(lambda: submitted.append(field.text()))
    try:
        QTest.keyClicks(field, "Jean-Pierre Martin")
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert scans == [] and submitted == ["Jean-Pierre Martin"]
    finally:
        f.uninstall()


def test_short_fast_burst_and_late_enter_are_not_scans(qtbot, form):
    _widget, field = form
    clock = FakeClock(step=3)
    f, scans = _filter(clock)
    try:
        QTest.keyClicks(field, "abc")  # too short
        QTest.keyClick(field, Qt.Key.Key_Return)
        QTest.keyClicks(field, CODE)
        clock.step = 400  # Enter long after the burst: a human pressed it
        QTest.keyClick(field, Qt.Key.Key_Return)
        assert scans == []
        assert field.text() == "abc" + CODE
    finally:
        f.uninstall()


def test_scanner_on_the_page_checks_in_once(qtbot, demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        person = next(
            r for r in repo.attendee_rows(event_id, session=s)
            if r["checked_in_at"] is None and not r["cancelled"]
        )  # fmt: skip
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(demo_db, event_id, settings=settings, station="Accueil 1")
    clock = FakeClock(step=5)
    page = CheckinPage(
        ctx,
        source_factory=lambda _i: ImageSequenceSource([], name="aucune"),
        scanner_options={"clock": clock},
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    try:
        field = page.search.field  # the clerk was typing a name in the search
        field.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
        shown = []
        page.result_shown.connect(shown.append)
        QTest.keyClicks(field, person["code"])
        QTest.keyClick(field, Qt.Key.Key_Enter)
        qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
        assert shown[0].result.value == "admitted" and shown[0].source == "scanner"
        assert field.text() == "" and QApplication.focusWidget() is field
        qtbot.wait(50)  # let any stray second scan surface (there must be none)
        assert len(shown) == 1
        with demo_db.session() as s:
            assert repo.attendee_by_code(person["code"], session=s).checked_in_at is not None
    finally:
        page.shutdown()
        ctx.tasks.wait_all(5000)


def _key(widget, key, text: str, stamp: int) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    event = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text)
    event.setTimestamp(stamp)
    QApplication.sendEvent(widget, event)


def test_a_key_typed_then_a_scan_handled_late_are_never_glued(qtbot, form):
    """Issue 17.7: the window was busy; the clerk's « x » (typed a second before the scan)
    and the scanner's burst reach the filter back to back.  The key events' own time stamps
    tell them apart: the scan is the code alone, the « x » stays in the field."""
    _widget, field = form
    f = ScannerFilter(max_gap_ms=50, min_length=6)  # the real clock: the events' stamps
    f.install()
    scans = []
    f.scanned.connect(scans.append)
    try:
        _key(field, Qt.Key.Key_X, "x", 10_000)
        for i, ch in enumerate(CODE):
            _key(field, Qt.Key.Key_A, ch, 11_000 + 4 * i)
        _key(field, Qt.Key.Key_Return, "\r", 11_000 + 4 * len(CODE))
    finally:
        f.uninstall()
    assert scans == [CODE]
    assert field.text() == "x"
