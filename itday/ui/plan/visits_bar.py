"""The time control of the plan « par visites »: the whole day, or a one-hour window slid
across the day by its slider or played (Lecture / Pause), with a sentence saying what the
colours count — or that the stands have recorded nobody yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: one step of the played window, in milliseconds
PLAY_INTERVAL_MS = 700


class VisitsBar(QWidget):
    #: the window (or the whole day) changed: count again
    moved = Signal()
    #: « Actualiser »: read the leads again (the stands record them from their phones)
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data = None
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Toute la journée"), "day")
        self.mode.addItem(self.tr("Une heure"), "hour")
        self.mode.setToolTip(self.tr("Compter toute la journée ou une heure glissante"))
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setPageStep(4)
        self.slider.setToolTip(
            self.tr("Faire glisser l'heure comptée (par quart d'heure ; Ctrl+← et Ctrl+→)")
        )
        self.slider.setAccessibleName(self.tr("Heure comptée"))
        self.slider.valueChanged.connect(self._slid)
        self.window_label = QLabel()
        self.window_label.setMinimumWidth(110)
        self.play = QToolButton()
        self.play.setCheckable(True)
        self.play.setText(self.tr("Lecture"))
        self.play.setToolTip(self.tr("Faire défiler la journée heure par heure"))
        self.play.toggled.connect(self._played)
        self.refresh = QToolButton()
        self.refresh.setText(self.tr("Actualiser"))
        self.refresh.setToolTip(self.tr("Relire les contacts enregistrés par les stands"))
        self.refresh.clicked.connect(self.reload_requested)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setObjectName("visitsNote")
        self.timer = QTimer(self, interval=PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._tick)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Visites :")))
        for w in (self.mode, self.play, self.slider, self.window_label, self.refresh):
            row.addWidget(w, 1 if w is self.slider else 0)
        self.controls = QWidget()
        self.controls.setLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(2)
        layout.addWidget(self.controls)
        layout.addWidget(self.note)
        self._enable()

    # -- state ---------------------------------------------------------------------------
    def position(self) -> int | None:
        """The window's position (quarter-hours from the first), None for the whole day."""
        return None if self.mode.currentData() == "day" else self.slider.value()

    def set_loading(self) -> None:
        self.note.setText(self.tr("Lecture des contacts des stands…"))

    def set_data(self, data) -> None:
        """The indexed leads (``VisitData``): the slider spans their day."""
        self.data = data
        if data.empty:
            self.stop()
            self.note.setText(
                self.tr(
                    "Aucun visiteur enregistré par les stands pour l'instant : les stands "
                    "scannent les badges depuis leurs téléphones (« Kit exposant »)."
                )
            )
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, data.steps - 1))
        self.slider.setValue(min(self.slider.value(), self.slider.maximum()))
        self.slider.blockSignals(False)
        self._enable()
        self._show_window()

    def show_total(self, visits: int, stands: int) -> None:
        if self.data is None or self.data.empty:
            return
        self.note.setText(
            self.tr(
                "Visiteurs distincts enregistrés par chaque stand (badges scannés) : %1 "
                "visite(s) sur %2 stand(s). Les passages sans scan ne sont pas comptés ; "
                "« < 5 » : moins de cinq personnes."
            )
            .replace("%1", str(visits))
            .replace("%2", str(stands))
        )

    def stop(self) -> None:
        self.play.setChecked(False)

    # -- moves ---------------------------------------------------------------------------
    def _enable(self) -> None:
        has = self.data is not None and not self.data.empty
        self.controls.setVisible(has or self.data is None)
        hour = self.mode.currentData() == "hour"
        self.slider.setEnabled(has and hour and self.slider.maximum() > 0)
        self.play.setEnabled(has and self.slider.maximum() > 0)

    def _show_window(self) -> None:
        position = self.position()
        if self.data is None or self.data.empty or position is None:
            self.window_label.setText(self.tr("toute la journée"))
            return
        start, end = self.data.window(position)
        self.window_label.setText(
            self.tr("de %1 à %2").replace("%1", f"{start:%H:%M}").replace("%2", f"{end:%H:%M}")
        )

    def _mode_changed(self) -> None:
        if self.mode.currentData() == "day":
            self.stop()
        self._enable()
        self._show_window()
        self.moved.emit()

    def _slid(self) -> None:
        self._show_window()
        self.moved.emit()

    def _played(self, on: bool) -> None:
        self.play.setText(self.tr("Pause") if on else self.tr("Lecture"))
        if not on:
            self.timer.stop()
            return
        if self.mode.currentData() != "hour":
            self.mode.setCurrentIndex(self.mode.findData("hour"))
        if self.slider.value() >= self.slider.maximum():
            self.slider.setValue(0)
        self.timer.start()

    def step(self, by: int) -> None:
        """One quarter-hour later (``by`` 1) or earlier (-1); from the whole day, the first
        hour."""
        if self.data is None or self.data.empty:
            return
        if self.mode.currentData() != "hour":
            self.mode.setCurrentIndex(self.mode.findData("hour"))
            return
        self.slider.setValue(self.slider.value() + by)

    def _tick(self) -> None:
        if self.slider.value() >= self.slider.maximum():
            self.stop()
            return
        self.slider.setValue(self.slider.value() + 1)
