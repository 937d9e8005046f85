"""The plan's scene: the hall at true scale (centimetre units), its elements and booths."""

from __future__ import annotations

from typing import TYPE_CHECKING

from itday.core.lazy import lazy_module

if TYPE_CHECKING:
    from itday.db.booths import HallInfo, PlanState


from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QGraphicsScene

from itday.ui.plan.items import (
    Z_BOOTH,
    Z_ELEMENT,
    Z_HALL,
    BoothItem,
    ElementItem,
    HallItem,
    ProblemsItem,
    S,
)

booths_repo = lazy_module("itday.db.booths")

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


def background_bytes(path: str) -> tuple[bytes, int] | None:
    """What the database keeps of a chosen background, and its width in pixels: a PNG or
    JPEG of reasonable size as it is, anything else (PDF page, SVG, huge image) rendered to
    PNG at most ``PDF_MAX_PX`` on its longest side.  None when unreadable.  Runs in a worker."""
    from itday.db.files import looks_like_database_name

    if looks_like_database_name(Path(path).name):
        return None  # never read a database's files as an image
    image = load_background(path)
    if image is None:
        return None
    longest = max(image.width(), image.height())
    if Path(path).suffix.lower() in (".png", ".jpg", ".jpeg") and longest <= PDF_MAX_PX:
        return Path(path).read_bytes(), image.width()
    if longest > PDF_MAX_PX:
        image = image.scaled(
            QSize(PDF_MAX_PX, PDF_MAX_PX),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data()), image.width()


class BackgroundItem(QGraphicsPixmapItem):
    """The venue's plan under (or, to line booths up, over) the booths; dragged only while
    the organiser moves it (``set_movable``), and then it tells where it was dropped."""

    def __init__(self, pixmap: QPixmap, moved) -> None:
        super().__init__(pixmap)
        self._moved = moved
        self.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.set_movable(False)

    def place(self, hall: HallInfo) -> None:
        self.setOpacity(min(1.0, max(0.05, hall.background_opacity)))
        self.setScale(hall.background_scale * S)
        self.setPos(hall.background_x * S, hall.background_y * S)
        # behind: over the floor, under every element and booth; on top: over the booths
        # (see-through) so that they can be lined up with the venue's drawing
        self.setZValue(Z_BOOTH + 5 if hall.background_on_top else (Z_HALL + Z_ELEMENT) / 2)

    def set_movable(self, on: bool) -> None:
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton if on else Qt.MouseButton.NoButton)
        self.setCursor(Qt.CursorShape.SizeAllCursor if on else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self._moved(round(self.pos().x() / S, 3), round(self.pos().y() / S, 3))


class PlanScene(QGraphicsScene):
    """Holds the items; tells the editor when a mouse gesture (a drag) ends."""

    gesture_finished = Signal()
    #: the background image was dragged to (x, y), in metres
    background_moved = Signal(float, float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#dde3e8"))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.booth_items: dict[int, BoothItem] = {}
        self.element_items: dict[int, ElementItem] = {}
        self.hall_item: HallItem | None = None
        self.problems_item = ProblemsItem()
        self.background_item: BackgroundItem | None = None
        self._background_cache: tuple[str | None, QImage | None] = (None, None)
        self.hall_rect = QRectF(0, 0, 50 * S, 40 * S)
        self.hall_size = (50.0, 40.0)

    def build(self, state: PlanState, colour_of, name_of, fetch_background=None) -> None:
        self.clear()
        self.booth_items = {}
        self.element_items = {}
        self.background_item = None
        self.problems_item = ProblemsItem()
        hall = state.hall or booths_repo.HallInfo(id=None)
        self.hall_rect = QRectF(0, 0, hall.width * S, hall.depth * S)
        self.hall_item = HallItem(hall.width, hall.depth, hall.outline)
        self.addItem(self.hall_item)
        self.set_background(hall, fetch_background)
        self.hall_size = (hall.width, hall.depth)
        for el in state.elements:
            self.add_element(el)
        for row in state.booths.values():
            self.add_booth(row, colour_of(row), name_of(row))
        self.addItem(self.problems_item)
        margin = 6 * S
        self.setSceneRect(self.hall_rect.adjusted(-margin, -margin, margin, margin))

    def set_background(self, hall: HallInfo, fetch=None) -> None:
        """Draws the hall's background image: the one stored in the database (``fetch()``
        gives its bytes, read once per image), else the file it was chosen from."""
        if self.background_item is not None:
            self.removeItem(self.background_item)
            self.background_item = None
        if not hall.background_scale or not (hall.background_key or hall.background_path):
            return
        image = self._background_image(hall, fetch)
        if image is None:
            return
        item = BackgroundItem(QPixmap.fromImage(image), self._background_moved)
        item.place(hall)
        self.addItem(item)
        self.background_item = item

    def _background_image(self, hall: HallInfo, fetch) -> QImage | None:
        """The image, read once per image (the plan is rebuilt after every outside change)."""
        key = hall.background_key or f"file:{hall.background_path}"
        if self._background_cache[0] != key:
            if hall.background_key is None:  # a base from before images were stored: the
                image = load_background(hall.background_path)  # file, if still there
            else:
                data = fetch() if fetch is not None else None
                image = QImage.fromData(data) if data else None
            self._background_cache = (key, None if image is None or image.isNull() else image)
        return self._background_cache[1]

    def _background_moved(self, x: float, y: float) -> None:
        self.background_moved.emit(x, y)

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
