"""A date field that takes what people type: day first, with or without separators.

``QDateEdit`` edits section by section: typing « 24/06/2027 » into it once gave 07/12/4062.
This field is a line edit read by ``itday.core.typed_date`` (24/06/2027, 24062027, 24.6.27,
24 juin 2027…), rewritten as dd/mm/yyyy when the cursor leaves it, with a calendar beside it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from itday.core.typed_date import parse_day_first


class DateField(QWidget):
    #: a valid date was typed or picked
    dateChanged = Signal(QDate)  # noqa: N815 (QDateEdit's name, which this field replaces)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("jj/mm/aaaa"))
        self.edit.setToolTip(self.tr("Le jour d'abord : 24/06/2027, 24062027 ou 24 juin 2027"))
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        row.addWidget(self.edit, 1)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_calendar)
        self.calendar_button = QToolButton()
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Choisir dans le calendrier"))
        self.calendar_button.setMenu(menu)
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        row.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self._menu = menu

    # -- QDateEdit's calls ----------------------------------------------------------------
    def date(self) -> QDate:
        """The date typed; an invalid ``QDate`` when the text is not one."""
        day = parse_day_first(self.edit.text())
        return QDate(day.year, day.month, day.day) if day else QDate()

    def setDate(self, date: QDate) -> None:  # noqa: N802 (QDateEdit's name)
        self.edit.setText(date.toString("dd/MM/yyyy") if date.isValid() else "")
        self._typed()

    def text(self) -> str:
        return self.edit.text()

    # -- inside ----------------------------------------------------------------------------
    def _typed(self, _text: str = "") -> None:
        date = self.date()
        bad = bool(self.edit.text().strip()) and not date.isValid()
        self.edit.setStyleSheet("QLineEdit { background: #fde2e1; }" if bad else "")
        if date.isValid():
            self.dateChanged.emit(date)

    def _tidy(self) -> None:
        date = self.date()
        if date.isValid():
            self.edit.setText(date.toString("dd/MM/yyyy"))

    def _show_calendar(self) -> None:
        date = self.date()
        self.calendar.setSelectedDate(date if date.isValid() else QDate.currentDate())

    def _picked(self, date: QDate) -> None:
        self._menu.close()
        self.setDate(date)

    def python_date(self) -> dt.date | None:
        return parse_day_first(self.edit.text())
