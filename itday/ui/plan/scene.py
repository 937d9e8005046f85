"""The plan's scene: the hall at true scale (centimetre units), its elements and booths."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene

from itday.db.booths import HallInfo, PlanState
from itday.ui.plan.items import (
    Z_BACKGROUND,
    BoothItem,
    ElementItem,
    HallItem,
    ProblemsItem,
    S,
)


def load_background(path: str) -> QImage | None:
    """A PNG/JPEG/SVG image (SVG through Qt's image plugin); None when unreadable."""
    image = QImage(path)
    return None if image.isNull() else image


class PlanScene(QGraphicsScene):
    """Holds the items; tells the editor when a mouse gesture (a drag) ends."""

    gesture_finished = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#dde3e8"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.booth_items: dict[int, BoothItem] = {}
        self.hall_item: HallItem | None = None
        self.problems_item = ProblemsItem()
        self.background_item: QGraphicsPixmapItem | None = None
        self.hall_rect = QRectF(0, 0, 50 * S, 40 * S)

    def build(self, state: PlanState, colour_of, name_of) -> None:
        self.clear()
        self.booth_items = {}
        self.background_item = None
        self.problems_item = ProblemsItem()
        hall = state.hall or HallInfo(id=None)
        self.hall_rect = QRectF(0, 0, hall.width * S, hall.depth * S)
        self.hall_item = HallItem(hall.width, hall.depth, hall.outline)
        self.addItem(self.hall_item)
        self.set_background(hall)
        for el in state.elements:
            self.addItem(ElementItem(el, hall.width, hall.depth))
        for row in state.booths.values():
            self.add_booth(row, colour_of(row), name_of(row))
        self.addItem(self.problems_item)
        margin = 6 * S
        self.setSceneRect(self.hall_rect.adjusted(-margin, -margin, margin, margin))

    def set_background(self, hall: HallInfo) -> None:
        if self.background_item is not None:
            self.removeItem(self.background_item)
            self.background_item = None
        if not hall.background_path or not hall.background_scale:
            return
        image = load_background(hall.background_path)
        if image is None:
            return
        item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setOpacity(0.45)
        item.setScale(hall.background_scale * S)
        item.setPos(hall.background_x * S, hall.background_y * S)
        item.setZValue(Z_BACKGROUND + 15)  # above the floor, under elements and booths
        item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.addItem(item)
        self.background_item = item

    def add_booth(self, row: dict, colour: str, name: str | None) -> BoothItem:
        item = BoothItem(row, colour, name)
        self.addItem(item)
        self.booth_items[row["id"]] = item
        return item

    def remove_booth(self, booth_id: int) -> None:
        item = self.booth_items.pop(booth_id, None)
        if item is not None:
            self.removeItem(item)

    def selected_ids(self) -> list[int]:
        return [it.booth_id for it in self.selectedItems() if isinstance(it, BoothItem)]

    def booth_at(self, scene_pos) -> BoothItem | None:
        for it in self.items(scene_pos):
            if isinstance(it, BoothItem):
                return it
        return None

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.gesture_finished.emit()
