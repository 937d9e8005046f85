"""The Accueil station's « salle » mode and the door's display (issue 27).

``RoomDoorStation``: the clerk picks the room, and each code the camera reads, the scanner
types (or the clerk enters) is an entry into the session under way — or, in « Sortie », an exit.  The count
inside / capacity is huge (readable from 3 m): green, amber from 90 %, red at 100 % with
« Salle complète » and the refusal sound; an organiser may let the person in anyway (the
PIN, then « Faire entrer quand même »), which the log keeps.  Scans are recorded in
``ctx.tasks`` (``itday.services.rooms.record_room_scan``), the count of the other doors is
read every second.

``RoomDisplay``: the same count alone, full screen, for a screen at the door (Échap closes).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from itday.core import rooms as rules

POLL_MS = 500  # the count written by the other doors, seen within a second
COLOURS = {"ok": "#2a9d8f", "amber": "#f4a261", "full": "#c1121f"}
TONES = {"ok": "#1f7a6f", "warning": "#a35a00", "refused": "#c1121f"}  # text on light grey


def load_rooms(state, db, event_id: int) -> list[dict]:
    from itday.services.rooms import occupancy

    with db.session() as s:
        return occupancy(s, event_id)


def scan_at_door(state, db, event_id, raw, room_id, station, exit_, override):
    from itday.services.rooms import record_room_scan

    with db.session() as s:
        return record_room_scan(s, event_id, raw, room_id, station, exit=exit_, override=override)


def _translated(message: str) -> str:
    translated = QCoreApplication.translate("rooms", message)
    return translated if translated != message else QCoreApplication.translate("checkin", message)


class _CountView(QWidget):
    """Room name, session, and the huge « inside / capacity » on the level's colour."""

    def __init__(self, parent=None, *, big_pt: int = 150) -> None:
        super().__init__(parent)
        self.setObjectName("roomCount")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.room_label = QLabel()
        self.room_label.setObjectName("roomName")
        self.session_label = QLabel()
        self.session_label.setObjectName("roomSession")
        self.count_label = QLabel("—")
        self.count_label.setObjectName("roomInside")
        self.state_label = QLabel()
        self.state_label.setObjectName("roomState")
        for label in (self.room_label, self.session_label, self.count_label, self.state_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(label is not self.count_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.room_label)
        layout.addWidget(self.session_label)
        layout.addWidget(self.count_label, 1)
        layout.addWidget(self.state_label)
        self.big_pt = big_pt
        self.level = "ok"
        self.show_room(None)

    def show_room(self, row: dict | None) -> None:
        if row is None:
            self.room_label.setText(self.tr("Choisissez la salle"))
            self.session_label.setText("")
            self.count_label.setText("—")
            self.state_label.setText("")
            self._paint("ok")
            return
        self.room_label.setText(row["room"])
        self.session_label.setText(row["session"] or self.tr("Aucune séance en cours"))
        self.count_label.setText(f"{row['inside']} / {row['capacity']}")
        self._fit()
        level = rules.level(row["inside"], row["capacity"])
        self.state_label.setText(
            {"ok": "", "amber": self.tr("Presque complète"), "full": self.tr("Salle complète")}[
                level
            ]
        )
        self._paint(level)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The count as big as the view allows (« 1200 / 1200 » too), at most ``big_pt``."""
        font = self.count_label.font()
        text = self.count_label.text() or "—"
        wide = self.width() * 1.5 / max(4, len(text))
        tall = self.height() * 0.45
        font.setPixelSize(max(24, int(min(wide, tall, self.big_pt * 1.34))))
        font.setBold(True)
        self.count_label.setFont(font)

    def _paint(self, level: str) -> None:
        self.level = level
        big = self.big_pt
        self.setStyleSheet(
            f"#roomCount {{ background: {COLOURS[level]}; border-radius: 12px; }}"
            f"#roomCount QLabel {{ color: white; }}"
            f"#roomName {{ font-size: {max(18, big // 5)}pt; font-weight: bold; }}"
            f"#roomSession {{ font-size: {max(14, big // 8)}pt; }}"
            f"#roomState {{ font-size: {max(18, big // 4)}pt; font-weight: bold; }}"
        )


class RoomDoorStation(QWidget):
    """A room's door: entries (or exits) scanned, the count huge; see the module."""

    #: a scan's outcome is on screen (the ``RoomOutcome``)
    result_shown = Signal(object)

    def __init__(self, ctx, parent=None, *, sound=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Accueil — salle"))
        self.rooms: list[dict] = []
        self.last = None  # the last RoomOutcome shown
        self._loading = False
        self.sound = sound
        self._build()
        self._timer = QTimer(self, interval=POLL_MS, timeout=self.refresh)
        self._timer.start()
        ctx.bridge.data_changed.connect(self._data_changed)  # a method: gone with the window
        self.refresh()

    def _build(self) -> None:
        self.room_combo = QComboBox()
        self.room_combo.setObjectName("roomCombo")
        self.room_combo.activated.connect(lambda _i: self._room_picked())
        self.entry_button = QPushButton(self.tr("Entrées"))
        self.exit_button = QPushButton(self.tr("Sorties"))
        self.entry_button.setObjectName("roomEntries")
        self.exit_button.setObjectName("roomExits")
        group = QButtonGroup(self)
        for button in (self.entry_button, self.exit_button):
            button.setCheckable(True)
            group.addButton(button)
        self.entry_button.setChecked(True)
        self.display_button = QPushButton(self.tr("Affichage porte…"))
        self.display_button.setObjectName("roomDisplayButton")
        self.display_button.setToolTip(
            self.tr("Le décompte seul, plein écran, pour un écran à la porte")
        )
        self.display_button.clicked.connect(lambda: self.open_display())
        self.sound_box = QCheckBox(self.tr("Sons"))
        self.sound_box.setChecked(self.sound is None or self.sound.enabled)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Salle :")))
        top.addWidget(self.room_combo, 1)
        top.addWidget(self.entry_button)
        top.addWidget(self.exit_button)
        top.addWidget(self.sound_box)
        top.addWidget(self.display_button)
        self.count = _CountView(self, big_pt=120)
        self.result_label = QLabel()
        self.result_label.setObjectName("roomResult")
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result_label.setWordWrap(True)
        self.override_button = QPushButton(self.tr("Faire entrer quand même (organisation)"))
        self.override_button.setObjectName("roomOverride")
        self.override_button.setVisible(False)
        self.override_button.clicked.connect(lambda: self.override_last())
        self.code_field = QLineEdit()
        self.code_field.setObjectName("roomCode")
        self.code_field.setPlaceholderText(self.tr("Code du badge puis Entrée (ou douchette)"))
        self.code_field.returnPressed.connect(self._code_entered)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.count, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(self.override_button)
        layout.addWidget(self.code_field)
        self.setStyleSheet(
            "#roomResult { font-size: 22pt; font-weight: bold; padding: 8px; }"
            "#roomCode { font-size: 15pt; padding: 4px; }"
        )
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, self.entry_button.click, context=context)
        QShortcut(QKeySequence("F6"), self, self.exit_button.click, context=context)
        QShortcut(QKeySequence("F11"), self, self.open_display, context=context)

    # -- the rooms and their counts ------------------------------------------------------------
    @property
    def room_id(self) -> int | None:
        return self.room_combo.currentData()

    def _data_changed(self, what: str) -> None:
        if what == "programme":
            self.refresh()

    def refresh(self) -> None:
        if self._loading or self.ctx.event_id is None:
            return
        self._loading = True
        self.ctx.tasks.run(
            load_rooms, self.ctx.db, self.ctx.event_id, owner=self,
            on_done=self._rooms_loaded, on_error=self._load_failed,
        )  # fmt: skip

    def _load_failed(self, message: str) -> None:
        self._loading = False
        self.result_label.setText(message)

    def _rooms_loaded(self, rooms: list[dict]) -> None:
        self._loading = False
        self.rooms = rooms
        current = self.room_id
        names = [(r["room"], r["room_id"]) for r in rooms]
        if [(self.room_combo.itemText(i), self.room_combo.itemData(i))
                for i in range(self.room_combo.count())] != names:  # fmt: skip
            self.room_combo.clear()
            for name, rid in names:
                self.room_combo.addItem(name, rid)
            if current is not None and self.room_combo.findData(current) >= 0:
                self.room_combo.setCurrentIndex(self.room_combo.findData(current))
        self._show_count()

    def _row(self) -> dict | None:
        return next((r for r in self.rooms if r["room_id"] == self.room_id), None)

    def _show_count(self) -> None:
        self.count.show_room(self._row())

    def _room_picked(self) -> None:
        self.result_label.setText("")
        self.override_button.setVisible(False)
        self._show_count()
        self.code_field.setFocus()

    def is_ready(self) -> bool:
        return bool(self.rooms) and not self._loading

    # -- scans ---------------------------------------------------------------------------------
    def _code_entered(self) -> None:
        raw = self.code_field.text()
        self.code_field.clear()
        if raw.strip():
            self.submit_code(raw)

    def submit_code(self, raw: str, *, override: bool = False) -> None:
        if self.room_id is None:
            self.result_label.setText(self.tr("Choisissez d'abord la salle."))
            return
        exit_ = self.exit_button.isChecked()
        self.ctx.tasks.run(
            scan_at_door, self.ctx.db, self.ctx.event_id, raw, self.room_id,
            self.ctx.station or "salle", exit_, override, owner=self,
            on_done=self._show_outcome, on_error=self.result_label.setText,
        )  # fmt: skip

    def _show_outcome(self, outcome) -> None:
        self.last = outcome
        who = outcome.attendee
        name = f"{who['first_name']} {who['last_name']} — " if who else ""
        self.result_label.setText(name + _translated(outcome.message))
        self.result_label.setStyleSheet(f"color: {TONES[outcome.tone]};")
        self.override_button.setVisible(outcome.result == rules.FULL)
        for row in self.rooms:  # the count this scan wrote, at once
            if row["room_id"] == outcome.room_id:
                row["inside"] = outcome.inside
        self._show_count()
        if self.sound is not None and self.sound_box.isChecked():
            self.sound.play(outcome.tone)
        self.result_shown.emit(outcome)

    def override_last(self) -> None:
        """An organiser lets the person refused « Salle complète » in (logged)."""
        from itday.ui import roles

        if self.last is None or self.last.result != rules.FULL:
            return
        if not self.ctx.organiser and not roles.ask_unlock(self.ctx, self):
            return
        self.override_button.setVisible(False)
        self.submit_code(self.last.code, override=True)

    def open_display(self, full_screen: bool = True):
        display = RoomDisplay(self.ctx, self.room_id)
        display.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if full_screen:
            display.showFullScreen()
        else:
            display.show()
        self._display = display
        return display


class RoomDisplay(QWidget):
    """A room's count alone, full screen, read every second (Échap closes)."""

    def __init__(self, ctx, room_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.room_id = room_id
        self.row: dict | None = None
        self._loading = False
        self.setWindowTitle(self.tr("Affichage porte"))
        self.count = _CountView(self, big_pt=260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.count)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self._timer = QTimer(self, interval=POLL_MS, timeout=self.refresh)
        self._timer.start()
        self.refresh()

    def refresh(self) -> None:
        if self._loading or self.ctx.event_id is None:
            return
        self._loading = True
        self.ctx.tasks.run(
            load_rooms, self.ctx.db, self.ctx.event_id, owner=self,
            on_done=self._loaded, on_error=lambda _m: setattr(self, "_loading", False),
        )  # fmt: skip

    def _loaded(self, rooms: list[dict]) -> None:
        self._loading = False
        self.row = next((r for r in rooms if r["room_id"] == self.room_id), None)
        self.count.show_room(self.row)

    def is_ready(self) -> bool:
        return self.row is not None


def open_room_mode(page, *, show: bool = True) -> RoomDoorStation:
    """« Salle… » on the Accueil page: this station becomes a room's door in its own window;
    the codes the page's camera reads go to the door (not the entrance), the page's USB
    scanner rests (the door's window reads it), until the window closes."""
    station = RoomDoorStation(page.ctx, sound=page.sound)
    station.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    page.scanner.uninstall()  # one reader of the scanner at a time
    page.code_sink = station.submit_code

    def back(*_args) -> None:
        page.code_sink = None
        if page.isVisible():
            page.scanner.install()

    station.destroyed.connect(back)
    if show:
        station.resize(1200, 860)
        station.show()
        station.code_field.setFocus()
    return station
