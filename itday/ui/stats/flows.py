"""« Flux de la journée » on the Statistiques page (issue 26): people in the hall over the
day (arrivals less exit scans, or arrivals only — said so), the share of the people who
came in met by at least one stand, the median number of stands per person, and the hour
each stand was busiest.  The figures are ``itday.db.visits.day_flows`` (read in the page's
worker), the same as ``itday stats --json`` ``flows`` and the report PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from itday.core.export_rules import percent, quarter_label
from itday.core.visits import shown
from itday.ui.stats.chart import BAR, GRID, PEAK, TEXT, nice_step

#: stands listed by their busiest hour, the most visited first
TOP_STANDS = 10


class OccupancyChart(QWidget):
    """People in the hall every quarter-hour, as a filled curve; hover shows a moment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[tuple[dt.datetime, int]] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Personnes dans le hall au fil de la journée"))

    def sizeHint(self) -> QSize:
        return QSize(600, 220)

    def set_occupancy(self, occupancy: dict[str, int]) -> None:
        self.series = sorted((dt.datetime.fromisoformat(t), n) for t, n in occupancy.items())
        self.update()

    def _plot_rect(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("0000") + 14
        return QRectF(left, 10, self.width() - left - 16, self.height() - fm.height() - 22)

    def _x(self, plot: QRectF, i: int) -> float:
        return plot.left() + plot.width() * i / max(1, len(self.series) - 1)

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), Qt.GlobalColor.white)
        if not self.series or not max(n for _, n in self.series):
            p.setPen(TEXT)
            p.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Personne pour l'instant.")
            )
            return
        fm = self.fontMetrics()
        plot = self._plot_rect()
        top = max(n for _, n in self.series)
        step = nice_step(top)
        ceiling = max(step, -(-top // step) * step)
        for value in range(0, ceiling + 1, step):
            y = plot.bottom() - plot.height() * value / ceiling
            p.setPen(QPen(GRID, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(TEXT)
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        points = [
            QPointF(self._x(plot, i), plot.bottom() - plot.height() * n / ceiling)
            for i, (_t, n) in enumerate(self.series)
        ]
        area = QPainterPath(QPointF(points[0].x(), plot.bottom()))
        for point in points:
            area.lineTo(point)
        area.lineTo(QPointF(points[-1].x(), plot.bottom()))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(BAR)
        fill.setAlpha(70)
        p.fillPath(area, fill)
        p.setPen(QPen(BAR, 2))
        p.drawPolyline(points)
        peak = max(range(len(self.series)), key=lambda i: (self.series[i][1], -i))
        p.setBrush(PEAK)
        p.setPen(Qt.PenStyle.NoPen)
        p.drawEllipse(points[peak], 4, 4)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        every = 1  # an hour label every `every` hours, as room allows
        slot = plot.width() / max(1, len(self.series) - 1)
        while every * 4 * slot < fm.horizontalAdvance("00:00") + 8 and every < 12:
            every += 1
        p.setPen(TEXT)
        for i, (moment, _n) in enumerate(self.series):
            if moment.minute == 0 and moment.hour % every == 0:
                x = self._x(plot, i) - fm.horizontalAdvance("00h") / 2
                p.drawText(QPointF(x, plot.bottom() + fm.ascent() + 6), f"{moment:%H}h")
        p.setPen(QPen(TEXT, 1))
        p.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

    def mouseMoveEvent(self, event) -> None:
        plot = self._plot_rect()
        if not self.series or not plot.left() <= event.position().x() <= plot.right():
            QToolTip.hideText()
            return
        i = round((event.position().x() - plot.left()) / plot.width() * (len(self.series) - 1))
        moment, n = self.series[max(0, min(i, len(self.series) - 1))]
        QToolTip.showText(
            event.globalPosition().toPoint(),
            self.tr("{t} : {n} personne(s)").format(t=quarter_label(moment), n=n),
            self,
        )


class FlowsPanel(QWidget):
    """The day's flows: a sentence of figures, the occupancy curve, the busiest hours."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flows: dict | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("flowsSummary")
        self.curve_title = QLabel()
        self.curve_title.setWordWrap(True)
        self.chart = OccupancyChart()
        self.busiest = QTableWidget(0, 3)
        self.busiest.setHorizontalHeaderLabels(
            [self.tr("Exposant"), self.tr("Heure"), self.tr("Visiteurs")]
        )
        self.busiest.verticalHeader().setVisible(False)
        self.busiest.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.busiest.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.busiest.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.busiest.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.busiest_title = QLabel()
        left = QVBoxLayout()
        left.addWidget(self.curve_title)
        left.addWidget(self.chart, 1)
        right = QVBoxLayout()
        right.addWidget(self.busiest_title)
        right.addWidget(self.busiest, 1)
        row = QHBoxLayout()
        row.addLayout(left, 1)
        row.addLayout(right, 1)
        self.body = QWidget()
        self.body.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.body, 1)

    def set_flows(self, flows: dict | None) -> None:
        self.flows = flows
        came_in = (flows or {}).get("came_in", 0)
        leads = (flows or {}).get("leads", 0)
        self.body.setVisible(bool(came_in or leads))
        if not came_in and not leads:
            self.summary.setText(
                self.tr(
                    "Personne n'est encore entré et aucun stand n'a scanné de badge : les "
                    "flux de la journée s'afficheront ici."
                )
            )
            self.chart.set_occupancy({})
            self.busiest.setRowCount(0)
            return
        self.summary.setText(self._summary(flows))
        self.curve_title.setText(
            self.tr(
                "<b>Entrées cumulées</b> — aucune sortie n'est scannée : les départs ne sont "
                "pas comptés."
            )
            if flows.get("arrivals_only")
            else self.tr("<b>Personnes dans le hall</b> — entrées moins sorties scannées.")
        )
        self.chart.set_occupancy(flows.get("occupancy") or {})
        self._fill_busiest(flows.get("busiest_hour_by_stand") or [])

    def _summary(self, flows: dict) -> str:
        if not flows.get("leads"):
            return self.tr(
                "{n} personne(s) entrée(s). Aucun visiteur n'a encore été enregistré par les "
                "stands (les stands scannent les badges depuis leurs téléphones)."
            ).format(n=flows["came_in"])
        return self.tr(
            "<b>{share}</b> des {n} personnes entrées ont rencontré au moins un stand "
            "({met}) · médiane : <b>{median:g}</b> stand(s) par personne entrée, {median_met:g} "
            "par personne rencontrée · {leads} contacts enregistrés par {stands} stand(s)."
        ).format(
            share=percent(flows["met_a_stand"], flows["came_in"]),
            n=flows["came_in"],
            met=flows["met_a_stand"],
            median=flows["median_stands_per_person"],
            median_met=flows["median_stands_per_person_met"],
            leads=flows["leads"],
            stands=flows["stands_with_leads"],
        )

    def _fill_busiest(self, rows: list[dict]) -> None:
        def count(row: dict) -> int:
            n = row["visitors"]
            return n if isinstance(n, int) else 0

        top = sorted(rows, key=lambda r: (-count(r), r["hour"], r["exhibitor"]))[:TOP_STANDS]
        self.busiest_title.setText(
            self.tr("<b>Heure la plus active</b> des {n} stands les plus visités").format(
                n=len(top)
            )
            if top
            else self.tr("<b>Heure la plus active</b> : aucun stand n'a encore scanné de badge.")
        )
        self.busiest.setRowCount(len(top))
        for r, row in enumerate(top):
            hour = dt.datetime.fromisoformat(row["hour"])
            end = hour + dt.timedelta(hours=1)
            n = row["visitors"]
            values = [
                row["exhibitor"],
                f"{hour:%H}h–{end:%H}h",
                n if isinstance(n, str) else shown(n),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c > 0:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.busiest.setItem(r, c, item)
