"""The Plan page coloured « par visites » (issue 26): each booth shaded by the distinct
visitors its stand recorded (its leads), their number on the booth, a legend with the
scale, for the whole day or a one-hour window slid across the day (``VisitsBar``).

The leads are read and indexed once in a worker (``load_visits``), which also counts every
one-hour window of the slider (quarter-hour steps: 33 windows for a 9-hour day, 0.6–14 ms
each at 20,000 leads, ``benchmarks/bench_visits.py``): a step of the slider only recolours
the booths (``benchmarks/bench_visits_ui.py``).  The colour scale is fixed for a mode — the whole day, or
the busiest of the day's one-hour windows — so that a colour means the same number of
visitors wherever the slider stands.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPen,
    QShortcut,
)
from PySide6.QtWidgets import QGraphicsItem

from itday.core.typed_date import DEFAULT_TIMEZONE
from itday.core.visits import NO_STAND_COLOUR, Band, VisitIndex, colour_of, scale, shown
from itday.ui.plan.items import font

#: the window slides by quarter-hours
STEP = dt.timedelta(minutes=15)
WINDOW = dt.timedelta(hours=1)
#: while shown, the leads are read again this often (the stands scan all day long)
AUTO_REFRESH_MS = 120_000


@dataclass
class VisitData:
    """The edition's leads, indexed, and the day the slider runs over (local hours)."""

    event_id: int
    index: VisitIndex
    tz: dt.tzinfo
    start: dt.datetime | None = None  # the first window's start (an hour)
    end: dt.datetime | None = None  # the last window's end (an hour)
    day_max: int = 0  # the most visited stand over the whole day
    window_max: int = 0  # the most visited stand in any one-hour window
    day_counts: dict[int, int] = field(default_factory=dict)
    #: each window's counts, made in the worker: a slider step only looks them up
    window_counts: list[dict[int, int]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return len(self.index) == 0

    @property
    def steps(self) -> int:
        """Positions of the one-hour window (0 without leads)."""
        if self.start is None or self.end is None:
            return 0
        return max(1, int((self.end - self.start - WINDOW) / STEP) + 1)

    def window(self, position: int) -> tuple[dt.datetime, dt.datetime]:
        start = self.start + STEP * max(0, min(position, self.steps - 1))
        return start, start + WINDOW

    def counts(self, position: int | None) -> dict[int, int]:
        """Visitors per exhibitor over the day (``None``) or the window at ``position``."""
        if position is None:
            return self.day_counts
        if 0 <= position < len(self.window_counts):
            return self.window_counts[position]
        return dict(self.index.counts(*self.window(position)))

    def bands(self, whole_day: bool) -> list[Band]:
        return scale(self.day_max if whole_day else self.window_max)


def load_visits(state, db, event_id: int) -> VisitData:
    """Worker: the leads read and indexed, the day's span and the scales' maxima."""
    from itday.db import repo
    from itday.db.visits import meetings

    with db.session() as session:
        met = meetings(event_id, session=session)
        tz = repo.event_timezone(event_id, session=session)
    data = VisitData(event_id, VisitIndex(met), tz or ZoneInfo(DEFAULT_TIMEZONE))
    span = data.index.span
    if span is None:
        return data
    first, last = (moment.astimezone(data.tz) for moment in span)
    data.start = first.replace(minute=0, second=0, microsecond=0)
    end = last.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1)
    data.end = max(end, data.start + WINDOW)
    data.day_counts = dict(data.index.counts())
    data.day_max = max(data.day_counts.values(), default=0)
    for position in range(data.steps):
        state.check()
        data.window_counts.append(dict(data.index.counts(*data.window(position))))
    data.window_max = max((max(c.values(), default=0) for c in data.window_counts), default=0)
    return data


class CountBadge(QGraphicsItem):
    """The number of visitors drawn on a booth (its child): a white label at the booth's
    foot, in screen pixels, « < 5 » under five; hidden when the booth is too small on
    screen.  It takes no clicks and no hover: the booth under it does."""

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.text = ""
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(1)

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.update()

    def boundingRect(self) -> QRectF:
        return self.parentItem().footprint_rect()

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never found under the mouse: clicks go to the booth

    def paint(self, painter: QPainter, option, widget=None) -> None:
        if not self.text:
            return
        dev = painter.worldTransform().mapRect(self.boundingRect())
        if dev.width() < 22 or dev.height() < 18:
            return
        px = int(max(9, min(14, dev.height() * 0.24)))
        f = font(px, bold=True)
        fm = QFontMetricsF(f)
        w, h = fm.horizontalAdvance(self.text) + px * 0.6, fm.height() + 1
        if w > dev.width() - 2:
            return
        box = QRectF(dev.center().x() - w / 2, dev.bottom() - h - 2, w, h)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#555555"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(box, h / 3, h / 3)
        painter.setFont(f)
        painter.setPen(QColor("#111111"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)
        painter.restore()


class PlanVisits(QObject):
    """Colours the page's booths by visits while that colour mode is chosen: reads the leads
    in a worker, recounts on each move of the bar, puts the numbers on the booths and the
    scale in the legend (or says there is nothing yet)."""

    def __init__(self, page) -> None:
        from itday.ui.plan.visits_bar import VisitsBar

        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.editor = page.editor
        self.data: VisitData | None = None
        self.counts: dict[int, int] = {}
        self.bands: list[Band] = scale(0)
        self.active = False
        self._loading = False
        self._stale = False
        self.bar = VisitsBar()
        self.bar.setVisible(False)
        self.bar.moved.connect(self.recount)
        self.bar.reload_requested.connect(self.load)
        self.editor.visit_colour = self.colour
        self.step_actions = []
        for keys, by in (("Ctrl+Left", -1), ("Ctrl+Right", 1)):  # the hour, by the keyboard
            # a shortcut, not an action: the page's actions are those of its toolbar
            act = QShortcut(QKeySequence(keys), page)
            act.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setEnabled(False)
            act.activated.connect(lambda b=by: self.bar.step(b))
            self.step_actions.append(act)
        self.auto_refresh = QTimer(self, interval=AUTO_REFRESH_MS)
        self.auto_refresh.timeout.connect(self._refresh_if_shown)

    # -- state ---------------------------------------------------------------------------
    def is_ready(self) -> bool:
        return not self.active or (self.data is not None and not self._loading)

    def set_active(self, on: bool) -> None:
        self.active = on
        self.bar.setVisible(on)
        for act in self.step_actions:
            act.setEnabled(on)
        if on:
            self.auto_refresh.start()
        else:
            self.auto_refresh.stop()
            self.bar.stop()
            self._show_badges(False)
            self.page.legend.setVisible(True)
            return
        if self.data is None or self._stale or self.data.event_id != self.ctx.event_id:
            self.load()
        else:
            self.recount()

    def invalidate(self) -> None:
        """The leads or the edition changed: read again now if shown, else when shown (the
        other edition's figures are dropped at once)."""
        self._stale = True
        if self.data is not None and self.data.event_id != self.ctx.event_id:
            self.data, self.counts = None, {}
            self._show_badges(False)
        if self.active:
            self.load()

    def _refresh_if_shown(self) -> None:
        if self.active and self.page.isVisible():
            self.load()

    def load(self) -> None:
        event_id = self.ctx.event_id
        if event_id is None or self._loading:
            return
        self._loading = True
        self._stale = False
        self.bar.set_loading()
        self.ctx.tasks.run(
            load_visits,
            self.ctx.db,
            event_id,
            on_done=self._loaded,
            on_error=self._failed,
            on_cancel=lambda: setattr(self, "_loading", False),
            owner=self.page,
        )

    def _loaded(self, data: VisitData) -> None:
        self._loading = False
        if self._stale or data.event_id != self.ctx.event_id:  # changed while reading
            self.load()
            return
        self.data = data
        self.bar.set_data(data)
        if self.active:
            self.recount()

    def _failed(self, message: str) -> None:
        self._loading = False
        self.ctx.bridge.error(message)

    # -- counting and painting ------------------------------------------------------------
    def window(self) -> tuple[dt.datetime, dt.datetime] | None:
        """The window shown (None: the whole day), for the printed plan."""
        position = self.bar.position()
        if self.data is None or self.data.empty or position is None:
            return None
        return self.data.window(position)

    def recount(self) -> None:
        if not self.active or self.data is None:
            return
        position = self.bar.position()
        self.counts = self.data.counts(position)
        self.bands = self.data.bands(whole_day=position is None)
        self.bar.show_total(sum(self.counts.values()), len(self.counts))
        self._paint()

    def colour(self, row: dict) -> str:
        """A booth's colour « par visites » (the editor asks when it repaints a booth)."""
        ex = row.get("exhibitor_id")
        if not ex or self.data is None:
            return NO_STAND_COLOUR
        return colour_of(self.counts.get(ex, 0), self.bands)

    def _paint(self) -> None:
        for booth_id, row in self.editor.booths.items():
            item = self.page.scene.booth_items.get(booth_id)
            if item is not None:
                item.set_colour(self.colour(row))
        self._show_badges(True)
        self._legend()

    def _show_badges(self, on: bool) -> None:
        exhibitors = self.editor.state.exhibitors if self.editor.state else {}
        for booth_id, row in self.editor.booths.items():
            item = self.page.scene.booth_items.get(booth_id)
            if item is None:
                continue
            badge = next((c for c in item.childItems() if isinstance(c, CountBadge)), None)
            ex = row.get("exhibitor_id")
            if not on or not ex or self.data is None or self.data.empty:
                if badge is not None:
                    badge.set_text("")
                    item.setToolTip(f"{item.code} — {item.name}" if item.name else item.code)
                continue
            if badge is None:
                badge = CountBadge(item)
            n = self.counts.get(ex, 0)
            badge.set_text(shown(n))
            name = exhibitors.get(ex, {}).get("name", "")
            item.setToolTip(
                f"{item.code} — {name} : "
                + QCoreApplication.translate("plan", "%1 visiteur(s) enregistré(s)").replace(
                    "%1", shown(n)
                )
            )

    def _legend(self) -> None:
        """The scale under the plan; none without leads (the bar says there is nothing yet)."""
        entries = self.legend_entries()
        self.page.legend.set_entries(entries)
        self.page.legend.setVisible(bool(entries))

    def legend_entries(self) -> list[tuple[str, str]]:
        if self.data is None or self.data.empty:
            return []
        return [(b.colour, b.label) for b in self.bands] + [
            (NO_STAND_COLOUR, QCoreApplication.translate("plan", "Stand sans exposant"))
        ]

    def booths_changed(self) -> None:
        """Booths added, moved or reassigned: their colours and numbers follow."""
        if self.active and self.data is not None:
            self._paint()

    def badge_texts(self) -> dict[str, str]:
        """Booth code → the number drawn on it (tests, screenshots)."""
        out = {}
        for item in self.page.scene.booth_items.values():
            for child in item.childItems():
                if isinstance(child, CountBadge) and child.text:
                    out[item.code] = child.text
        return out
