"""The plan's view: zoom (wheel, fit hall), pan (middle button or space + drag), the
"create a booth" tool, exhibitor drops, arrow-key nudges."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView

from itday.core.plan import DEFAULT_ELEMENT_SIZE, snap
from itday.ui.plan.items import GRID, BoothItem, S

EXHIBITOR_MIME = "application/x-itday-exhibitor-id"
MIN_BOOTH_M = 1.0
MIN_ELEMENT_M = GRID
DRAW_TOOLS = ("create", "element")
MIN_SCALE, MAX_SCALE = 0.005, 2.0  # device pixels per scene unit (0.5 to 200 px per metre)


class PlanView(QGraphicsView):
    #: a rectangle drawn with the create tool: x, y, width, depth in metres
    booth_drawn = Signal(float, float, float, float)
    #: a rectangle drawn with the element tool (kind in ``element_kind``): x, y, w, d in metres
    element_drawn = Signal(float, float, float, float)
    #: an exhibitor dropped on a booth: booth id, exhibitor id
    exhibitor_dropped = Signal(int, int)
    #: arrow keys: dx, dy in metres
    nudged = Signal(float, float)

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setAcceptDrops(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tool = "select"
        self.element_kind = "pillar"  # what the "element" tool draws
        self.editable = False
        self.auto_fit = True  # until the user zooms, resizing the view refits the hall
        self._pan_from: QPointF | None = None
        self._space = False
        self._draw_from: QPointF | None = None
        self._draw_item: QGraphicsRectItem | None = None
        self.set_editable(False)

    # -- modes -------------------------------------------------------------------------
    def set_editable(self, on: bool) -> None:
        self.editable = on
        if not on:
            self.tool = "select"
        self.setDragMode(
            QGraphicsView.DragMode.RubberBandDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)

    def set_tool(self, tool: str) -> None:
        self.tool = tool if self.editable else "select"
        self.setCursor(
            Qt.CursorShape.CrossCursor if self.tool in DRAW_TOOLS else Qt.CursorShape.ArrowCursor
        )
        if self.tool in DRAW_TOOLS:
            self.setDragMode(QGraphicsView.DragMode.NoDrag)
        else:
            self.set_editable(self.editable)

    # -- zoom ----------------------------------------------------------------------------
    def fit_hall(self) -> None:
        scene = self.scene()
        hall = scene.hall_rect
        if hall.isEmpty():
            return
        # Room for the door labels, drawn in pixels outside the walls (more under the
        # entrance): margins in pixels, converted at the scale the fit will give.
        left, top, right, bottom = 34, 30, 34, 64
        vp = self.viewport().rect()
        scale = 1.0
        for _ in range(2):
            rect = hall.adjusted(-left / scale, -top / scale, right / scale, bottom / scale)
            scale = min(vp.width() / rect.width(), vp.height() / rect.height())
        rect = hall.adjusted(-left / scale, -top / scale, right / scale, bottom / scale)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.auto_fit = True

    def zoom_to(self, rect: QRectF, margin_m: float = 6.0) -> None:
        """Shows ``rect`` (scene units) with some surroundings, without zooming in too far."""
        m = margin_m * S
        r = rect.adjusted(-m, -m, m, m)
        self.fitInView(r, Qt.AspectRatioMode.KeepAspectRatio)
        self._clamp_scale()
        self.centerOn(rect.center())
        self.auto_fit = False

    def zoom_by(self, factor: float) -> None:
        self.scale(factor, factor)
        self._clamp_scale()
        self.auto_fit = False

    def _clamp_scale(self) -> None:
        s = self.transform().m11()
        if s > MAX_SCALE:
            self.scale(MAX_SCALE / s, MAX_SCALE / s)
        elif s < MIN_SCALE:
            self.scale(MIN_SCALE / s, MIN_SCALE / s)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.fit_hall()

    # -- mouse ------------------------------------------------------------------------
    def _start_pan(self, event) -> None:
        self._pan_from = event.position()
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mousePressEvent(self, event) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        if event.button() == Qt.MouseButton.MiddleButton or (left and self._space):
            self._start_pan(event)
            return
        if left and self.editable and self.tool in DRAW_TOOLS:
            pos = self.mapToScene(event.position().toPoint())
            if self.tool == "element" or not isinstance(self.scene().booth_at(pos), BoothItem):
                self._draw_from = QPointF(snap(pos.x() / S, GRID) * S, snap(pos.y() / S, GRID) * S)
                item = QGraphicsRectItem(QRectF(self._draw_from, self._draw_from))
                pen = QPen(QColor("#0057d9"), 2, Qt.PenStyle.DashLine)
                pen.setCosmetic(True)
                item.setPen(pen)
                item.setBrush(QColor(0, 87, 217, 40))
                item.setZValue(100)
                self.scene().addItem(item)
                self._draw_item = item
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            self.auto_fit = False
            event.accept()
            return
        if self._draw_item is not None:
            self._draw_item.setRect(self._drawn_rect(event))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def _drawn_rect(self, event) -> QRectF:
        pos = self.mapToScene(event.position().toPoint())
        end = QPointF(snap(pos.x() / S, GRID) * S, snap(pos.y() / S, GRID) * S)
        return QRectF(self._draw_from, end).normalized()

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._draw_item is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = self._drawn_rect(event)
            self.scene().removeItem(self._draw_item)
            self._draw_item = None
            self._draw_from = None
            w, d = rect.width() / S, rect.height() / S
            x, y = rect.x() / S, rect.y() / S
            if self.tool == "element":
                if w < 1e-6 and d < 1e-6:  # a click: the element at its usual size
                    w, d = DEFAULT_ELEMENT_SIZE.get(self.element_kind, (MIN_ELEMENT_M,) * 2)
                if w >= MIN_ELEMENT_M and d >= MIN_ELEMENT_M:
                    self.element_drawn.emit(x, y, round(w, 3), round(d, 3))
            elif w >= MIN_BOOTH_M and d >= MIN_BOOTH_M:
                self.booth_drawn.emit(x, y, round(w, 3), round(d, 3))
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # -- keyboard ---------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        arrows = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        if key in arrows and self.editable and self.scene().selectedItems():
            step = 1.0 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else GRID
            dx, dy = arrows[key]
            self.nudged.emit(dx * step, dy * step)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            self.viewport().unsetCursor()
            event.accept()
            return
        super().keyReleaseEvent(event)

    # -- drops of exhibitors ---------------------------------------------------------------
    def _drop_target(self, event) -> BoothItem | None:
        if not self.editable or not event.mimeData().hasFormat(EXHIBITOR_MIME):
            return None
        return self.scene().booth_at(self.mapToScene(event.position().toPoint()))

    def dragEnterEvent(self, event) -> None:
        if self.editable and event.mimeData().hasFormat(EXHIBITOR_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._drop_target(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        target = self._drop_target(event)
        if target is None:
            event.ignore()
            return
        exhibitor_id = int(bytes(event.mimeData().data(EXHIBITOR_MIME)).decode())
        event.acceptProposedAction()
        self.exhibitor_dropped.emit(target.booth_id, exhibitor_id)
