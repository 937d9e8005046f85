"""Live counters: checked in / registered overall, and one small bar per category."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from itday.core.enums import CATEGORY_COLOURS, CATEGORY_LABELS_EN, CATEGORY_LABELS_FR, Category
from itday.ui import i18n

_n = i18n.number


class CountersWidget(QWidget):
    """Painted (cheap to refresh many times a minute); ``set_numbers(stats_dict)``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("counters")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.checked_in = 0
        self.registered = 0
        self.by_category: dict[str, dict] = {}

    def set_numbers(self, stats: dict) -> None:
        self.checked_in = int(stats.get("checked_in", 0))
        self.registered = int(stats.get("attendees", 0))
        self.by_category = dict(stats.get("by_category", {}))
        self.update()

    def summary(self) -> str:
        return (
            self.tr("%1 entrés / %2 inscrits")
            .replace("%1", _n(self.checked_in))
            .replace("%2", _n(self.registered))
        )

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#f4f6f8"))
        p.drawRoundedRect(r, 10, 10)
        big = QFont(self.font())
        big.setPixelSize(30)
        big.setBold(True)
        p.setFont(big)
        p.setPen(QColor("#1d3557"))
        head = QRectF(r.x() + 14, r.y() + 6, r.width() * 0.42, 44)
        p.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   _n(self.checked_in))  # fmt: skip
        small = QFont(self.font())
        small.setPixelSize(15)
        p.setFont(small)
        p.setPen(QColor("#3a3f45"))
        percent = "%" if i18n.current_language() == "en" else " %"
        share = (
            f" ({100 * self.checked_in / self.registered:.0f}{percent})" if self.registered else ""
        )
        sub = QRectF(r.x() + 14, r.y() + 50, r.width() * 0.42, 44)
        p.drawText(
            sub,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            self.tr("entrés sur %1 inscrits").replace("%1", _n(self.registered)) + share,
        )
        # per-category bars
        cats = [c for c in Category if self.by_category.get(c.value, {}).get("registered")]
        if not cats:
            return
        x0 = r.x() + r.width() * 0.44
        width = r.right() - x0 - 10
        row_h = min(22.0, (r.height() - 10) / len(cats))
        label_w = 110.0
        count_w = 86.0
        p.setFont(small)
        for i, cat in enumerate(cats):
            y = r.y() + 6 + i * row_h
            slot = self.by_category[cat.value]
            reg, done = slot.get("registered", 0), slot.get("checked_in", 0)
            p.setPen(QColor("#222"))
            p.drawText(QRectF(x0, y, label_w, row_h), Qt.AlignmentFlag.AlignVCenter,
                       i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, cat))  # fmt: skip
            bar = QRectF(x0 + label_w, y + 4, max(10.0, width - label_w - count_w), row_h - 8)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("#dde3e8"))
            p.drawRoundedRect(bar, 3, 3)
            if reg:
                filled = QRectF(bar.x(), bar.y(), bar.width() * min(1.0, done / reg), bar.height())
                p.setBrush(QColor(CATEGORY_COLOURS[cat]))
                p.drawRoundedRect(filled, 3, 3)
            p.setPen(QColor("#222"))
            p.drawText(QRectF(bar.right() + 6, y, count_w, row_h),
                       Qt.AlignmentFlag.AlignVCenter, f"{_n(done)} / {_n(reg)}")  # fmt: skip
