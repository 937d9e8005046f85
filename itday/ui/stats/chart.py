"""Arrivals per quarter-hour, painted with QPainter (bars, gridlines, hours, the peak)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from itday.core.export_rules import day_series, quarter_label, quarter_series

BAR = QColor("#1f6fb2")
PEAK = QColor("#d9822b")
GRID = QColor("#d5dbe1")
TEXT = QColor("#333333")


def nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 5:
            return step
    return 10_000


class ArrivalsChart(QWidget):
    """Bar chart of ``by_quarter_hour`` (local ISO time → arrivals); hover shows a bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[dt.datetime, int]] = []
        self.outside = 0  # arrivals on another day than the edition's (not drawn)
        self.setMouseTracking(True)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Arrivées par quart d'heure"))

    def sizeHint(self) -> QSize:
        return QSize(800, 320)

    def set_arrivals(self, by_quarter: dict[str, int], opening: dict | None = None) -> None:
        """``opening`` (``{"start", "end"}``, local ISO times): the chart spans the opening
        hours of the edition's day, and arrivals outside them are counted apart."""
        self.outside = 0
        if opening:
            start = dt.datetime.fromisoformat(opening["start"])
            end = dt.datetime.fromisoformat(opening["end"])
            self.series, self.outside = day_series(by_quarter, start, end)
        else:
            self.series = quarter_series(by_quarter)
        total = sum(v for _, v in self.series)
        self.setAccessibleDescription(
            self.tr("{n} arrivées sur {q} quarts d'heure").format(n=total, q=len(self.series))
        )
        self.update()

    def total(self) -> int:
        return sum(v for _, v in self.series)

    # -- geometry -----------------------------------------------------------------------
    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("0000") + 14
        return QRectF(left, 12, self.width() - left - 12, self.height() - fm.height() - 24)

    def _bar_at(self, x: float) -> int | None:
        plot = self._plot_rect()
        if not self.series or not plot.left() <= x <= plot.right():
            return None
        i = int((x - plot.left()) / (plot.width() / len(self.series)))
        return min(i, len(self.series) - 1)

    # -- painting ------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        fm = self.fontMetrics()
        if not self.series:
            p.setPen(TEXT)
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Aucune arrivée pour l'instant.")
            )
            return
        plot = self._plot_rect()
        if self.outside:
            p.setPen(TEXT)
            p.drawText(
                QRectF(plot.left(), 0, plot.width(), fm.height() + 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                self.tr("{n} arrivée(s) un autre jour, hors du graphique").format(n=self.outside),
            )
        top = max(max(v for _, v in self.series), 1)
        step = nice_step(top)
        ceiling = max(step, -(-top // step) * step)
        p.setPen(QPen(GRID, 1))
        for value in range(0, ceiling + 1, step):
            y = plot.bottom() - plot.height() * value / ceiling
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(TEXT)
            label_rect = QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height())
            p.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )
        slot = plot.width() / len(self.series)
        gap = min(3.0, slot * 0.15)
        every = 1
        while every * 4 * slot < fm.horizontalAdvance("00h") + 8 and every < 12:
            every += 1
        for i, (moment, value) in enumerate(self.series):
            x = plot.left() + i * slot
            h = plot.height() * value / ceiling
            if h > 0:
                p.fillRect(
                    QRectF(x + gap / 2, plot.bottom() - h, slot - gap, h),
                    PEAK if value == top else BAR,
                )
            if (moment.minute == 0 and moment.hour % every == 0) or (
                i == 0 and (moment.minute != 0 or len(self.series) < 4)
            ):  # the first slot always says when: a chart never lacks its time axis
                p.setPen(TEXT)
                p.drawText(QPointF(x, plot.bottom() + fm.ascent() + 6), quarter_label(moment))
            if value == top and value > 0:
                bold = QFont(self.font())
                bold.setBold(True)
                p.setFont(bold)
                p.setPen(PEAK.darker(130))
                text = str(value)
                tx = x + slot / 2 - p.fontMetrics().horizontalAdvance(text) / 2
                p.drawText(QPointF(tx, max(fm.ascent(), plot.bottom() - h - 4)), text)
                p.setFont(self.font())
        p.setPen(QPen(TEXT, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def mouseMoveEvent(self, event) -> None:
        i = self._bar_at(event.position().x())
        if i is None:
            QToolTip.hideText()
            return
        moment, value = self.series[i]
        end = moment + dt.timedelta(minutes=15)
        QToolTip.showText(
            event.globalPosition().toPoint(),
            self.tr("{start} – {end} : {n} arrivée(s)").format(
                start=quarter_label(moment), end=quarter_label(end), n=value
            ),
            self,
        )
