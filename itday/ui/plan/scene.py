"""The plan's scene: the hall at true scale (centimetre units), its elements and booths."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
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

PDF_DPI = 150  # a PDF background's first page is rendered at this resolution…
PDF_MAX_PX = 6000  # …unless its longest side would exceed this many pixels


def render_pdf_page(path: str, page: int = 0, dpi: float = PDF_DPI) -> QImage | None:
    """One page of a PDF as an image (white background), or None when unreadable."""
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    if doc.load(str(path)) != QPdfDocument.Error.None_ or doc.pageCount() <= page:
        return None
    size = doc.pagePointSize(page)  # points: 1/72 inch
    k = dpi / 72
    longest = max(size.width(), size.height()) * k
    if longest > PDF_MAX_PX:
        k *= PDF_MAX_PX / longest
    image = doc.render(
        page, QSize(max(1, round(size.width() * k)), max(1, round(size.height() * k)))
    )
    doc.close()
    if image.isNull():
        return None
    # QtPdf leaves the page transparent where nothing is drawn: put it on white paper.
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def load_background(path: str) -> QImage | None:
    """The venue's plan as an image: PNG/JPEG/SVG (SVG through Qt's image plugin) or the
    first page of a PDF (rendered at a fixed resolution, so its scale stays valid); None
    when unreadable."""
    if str(path).lower().endswith(".pdf"):
        return render_pdf_page(path)
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
        self.element_items: dict[int, ElementItem] = {}
        self.hall_item: HallItem | None = None
        self.problems_item = ProblemsItem()
        self.background_item: QGraphicsPixmapItem | None = None
        self.hall_rect = QRectF(0, 0, 50 * S, 40 * S)
        self.hall_size = (50.0, 40.0)

    def build(self, state: PlanState, colour_of, name_of) -> None:
        self.clear()
        self.booth_items = {}
        self.element_items = {}
        self.background_item = None
        self.problems_item = ProblemsItem()
        hall = state.hall or HallInfo(id=None)
        self.hall_rect = QRectF(0, 0, hall.width * S, hall.depth * S)
        self.hall_item = HallItem(hall.width, hall.depth, hall.outline)
        self.addItem(self.hall_item)
        self.set_background(hall)
        self.hall_size = (hall.width, hall.depth)
        for el in state.elements:
            self.add_element(el)
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

    def add_element(self, el) -> ElementItem:
        item = ElementItem(el, *self.hall_size)
        self.addItem(item)
        if el.id is not None:
            self.element_items[el.id] = item
        return item

    def remove_element(self, element_id: int) -> None:
        item = self.element_items.pop(element_id, None)
        if item is not None:
            self.removeItem(item)

    def selected_element_ids(self) -> list[int]:
        return [it.element_id for it in self.selectedItems() if isinstance(it, ElementItem)]

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
