"""Graphics items of the plan: the hall, its fixed elements, booths and the problem overlay.

Scene units are centimetres: ``S`` scene units per metre (a 3 m booth is 300 units wide), so
coordinates stay integers on the 0.5 m grid.  Text is drawn in device pixels (the painter's
transform is reset for it), so codes and names stay crisp and legible at any zoom, and are
elided rather than overflowing a booth.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem

from itday.core.enums import BoothStatus, ElementKind
from itday.core.plan import (
    NO_SECTOR_COLOUR,
    PRESENCE_COLOURS,
    STATUS_COLOURS,
    ElementShape,
    footprint,
    sector_colour,
    snap,
)
from itday.core.text import split_capitals

S = 100.0  # scene units per metre
GRID = 0.5  # metres

ENTRANCE_COLOUR = "#1f6fb2"
EXIT_COLOUR = "#1e9e45"
ELEMENT_FILL = {
    ElementKind.WALL: "#555555",
    ElementKind.PILLAR: "#3b3b3b",
    ElementKind.STAGE: "#d9cce8",
    ElementKind.CATERING: "#f8dcc0",
    ElementKind.ENTRANCE: ENTRANCE_COLOUR,
    ElementKind.EMERGENCY_EXIT: EXIT_COLOUR,
}
# French names, translated where shown (``element_name``).
ELEMENT_NAMES = {
    ElementKind.WALL: QT_TRANSLATE_NOOP("plan", "Mur"),
    ElementKind.PILLAR: QT_TRANSLATE_NOOP("plan", "Poteau"),
    ElementKind.STAGE: QT_TRANSLATE_NOOP("plan", "Espace conférences"),
    ElementKind.CATERING: QT_TRANSLATE_NOOP("plan", "Restauration"),
    ElementKind.ENTRANCE: QT_TRANSLATE_NOOP("plan", "ENTRÉE"),
    ElementKind.EMERGENCY_EXIT: QT_TRANSLATE_NOOP("plan", "Sortie de secours"),
}


def element_name(kind) -> str:
    """The name of a kind of fixed element in the current language ("" if unknown)."""
    name = ELEMENT_NAMES.get(kind, "")
    return QCoreApplication.translate("plan", name) if name else ""


def element_label(kind, label: str) -> str:
    """An element's own label; the default French name of its kind (as the demo hall's
    "Restauration") is shown in the current language."""
    if not label:
        return element_name(kind)
    if label.casefold() == ELEMENT_NAMES.get(kind, "").casefold():
        return element_name(kind)
    return label


Z_BACKGROUND, Z_HALL, Z_ELEMENT, Z_BOOTH, Z_PROBLEMS, Z_DOOR = -10, 0, 5, 10, 20, 30
Z_PILLAR = Z_BOOTH + 2  # over the booths (and a selected booth's raised outline)
Z_HANDLES = 40  # the item being resized (its handles are its children), outline corners

_fonts: dict[tuple[int, bool], QFont] = {}


def font(px: int, bold: bool = False) -> QFont:
    key = (px, bold)
    f = _fonts.get(key)
    if f is None:
        f = QFont(QApplication.font())
        f.setPixelSize(max(1, px))
        f.setBold(bold)
        _fonts[key] = f
    return f


def booth_colour(row: dict, colour_by: str, exhibitors: dict, present: set) -> str:
    ex_id = row.get("exhibitor_id")
    ex = exhibitors.get(ex_id) if ex_id else None
    if colour_by == "sector":
        return sector_colour(ex["sector"]) if ex else NO_SECTOR_COLOUR
    if colour_by == "presence":
        if not ex:
            return PRESENCE_COLOURS["none"]
        return PRESENCE_COLOURS["present" if ex_id in present else "absent"]
    try:
        return STATUS_COLOURS[BoothStatus(row.get("status") or "free")]
    except ValueError:
        return STATUS_COLOURS[BoothStatus.FREE]


def _device_scale(painter: QPainter) -> float:
    """Text sizes are given for a 96 dpi screen; a printer gets proportionally more pixels."""
    dpi = painter.device().logicalDpiY() if painter.device() else 96
    return max(1.0, dpi / 96)


def wrap_lines(text: str, fm: QFontMetricsF, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last one elided with « … »."""
    if max_lines <= 0 or not text:
        return []
    words = []
    for word in text.split():  # a name in one word breaks at its capitals before anywhere
        words += split_capitals(word).split() if fm.horizontalAdvance(word) > width else [word]
    lines: list[str] = []
    current = ""
    i = 0
    while i < len(words):
        word = words[i]
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width:
            current = candidate
            i += 1
            continue
        if not current:  # a single word too long: break it where it stops fitting
            cut = max(1, len(word) - 1)
            while cut > 1 and fm.horizontalAdvance(word[:cut]) > width:
                cut -= 1
            current = word[:cut]
            words[i] = word[cut:]
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
        current = ""
    if i < len(words) or current:
        rest = " ".join([lines[-1], *words[i:]]) if lines else " ".join(words[i:])
        lines[-1] = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


def _snapped(change, value):
    """A dragged item's new position on the 0.5 m grid (Alt held: free placement)."""
    if (
        change == QGraphicsItem.GraphicsItemChange.ItemPositionChange
        and not QApplication.keyboardModifiers() & Qt.KeyboardModifier.AltModifier
    ):
        p = QPointF(value)
        return QPointF(snap(p.x() / S, GRID) * S, snap(p.y() / S, GRID) * S)
    # Not super().itemChange(): PySide mishandles the None it returns for some changes.
    return value


class BoothItem(QGraphicsItem):
    """One booth: its footprint (top-left at ``pos``), colour, code and exhibitor's name.

    The front (fascia) side, from the rotation, is drawn thicker.  While the item is dragged
    its position snaps to the 0.5 m grid (Alt held: free placement).
    """

    def __init__(self, row: dict, colour: str, name: str | None) -> None:
        super().__init__()
        self.booth_id: int = row["id"]
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setZValue(Z_BOOTH)
        self.problem = False
        self.highlighted = False
        self.pulse = 0.0  # 0…1: the highlight's outline breathes (see PlanEditor.highlight)
        self._layout_cache: tuple | None = None
        self.set_row(row, colour, name)

    # -- data ------------------------------------------------------------------------
    def set_row(self, row: dict, colour: str, name: str | None) -> None:
        fp = footprint(0, 0, row["width"], row["depth"], row["rotation"])
        rect = QRectF(0, 0, fp.w * S, fp.h * S)
        if getattr(self, "_rect", None) != rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.code: str = row["code"]
        self.rotation_deg = int(row["rotation"]) % 360
        self.name = name or ""
        self.colour = QColor(colour)
        self._layout_cache = None
        pos = QPointF(row["x"] * S, row["y"] * S)
        if self.pos() != pos:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
            self.setPos(pos)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.setToolTip(f"{self.code} — {self.name}" if self.name else self.code)
        self.update()

    def set_colour(self, colour: str) -> None:
        c = QColor(colour)
        if c != self.colour:
            self.colour = c
            self.update()

    def set_problem(self, on: bool) -> None:
        if on != self.problem:
            self.problem = on
            self.update()

    def set_highlighted(self, on: bool) -> None:
        if on != self.highlighted:
            self.highlighted = on
            self.setZValue(Z_BOOTH + (1 if on else 0))
            self.update()

    def metres(self) -> tuple[float, float]:
        """The item's current top-left corner in metres (rounded to the millimetre)."""
        p = self.pos()
        return round(p.x() / S, 3), round(p.y() / S, 3)

    def footprint_rect(self) -> QRectF:
        return self._rect

    # -- QGraphicsItem -----------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-20, -20, 20, 20)

    def shape(self):
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def itemChange(self, change, value):
        return _snapped(change, value)

    def preview_rect(self, rect: QRectF) -> None:
        """Shows a new footprint (scene units) while a resize handle is dragged."""
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self._layout_cache = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
        self.setPos(rect.topLeft())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        r = self._rect
        painter.setBrush(self.colour)
        pen = QPen(QColor("#333333"), 0)
        painter.setPen(pen)
        painter.drawRect(r)
        # Fascia: the open front side, a thicker line.
        front = QPen(QColor("#222222"), 2.5)
        front.setCosmetic(True)
        painter.setPen(front)
        q = self.rotation_deg // 90 % 4
        if q == 0:
            painter.drawLine(r.topLeft(), r.topRight())
        elif q == 1:
            painter.drawLine(r.topRight(), r.bottomRight())
        elif q == 2:
            painter.drawLine(r.bottomLeft(), r.bottomRight())
        else:
            painter.drawLine(r.topLeft(), r.bottomLeft())
        if self.problem:
            painter.setBrush(QBrush(QColor(220, 0, 0, 110), Qt.BrushStyle.BDiagPattern))
            p = QPen(QColor("#d00000"), 3)
            p.setCosmetic(True)
            painter.setPen(p)
            painter.drawRect(r)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            p = QPen(QColor("#0057d9"), 3, Qt.PenStyle.DashLine)
            p.setCosmetic(True)
            painter.setPen(p)
            painter.drawRect(r)
        if self.highlighted:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            p = QPen(QColor("#ff6a00"), 4 + 4 * self.pulse)
            p.setCosmetic(True)
            painter.setPen(p)
            painter.drawRect(r.adjusted(-8, -8, 8, 8))
        self._paint_text(painter)

    def _paint_text(self, painter: QPainter) -> None:
        t = painter.worldTransform()
        dev = t.mapRect(self._rect)
        k = _device_scale(painter)
        if dev.width() < 12 * k or dev.height() < 8 * k:
            return
        key = (round(dev.width()), round(dev.height()), k)
        if self._layout_cache is None or self._layout_cache[0] != key:
            self._layout_cache = (key, self._layout(dev.width(), dev.height(), k))
        code_font, name_font, code, lines, line_h, total_h = self._layout_cache[1]
        painter.save()
        painter.resetTransform()
        painter.setPen(QColor("#111111"))
        pad = 2 * k
        inner = dev.adjusted(pad, pad, -pad, -pad)
        y = inner.center().y() - total_h / 2
        painter.setFont(code_font)
        cfm = QFontMetricsF(code_font)
        painter.drawText(
            QRectF(inner.left(), y, inner.width(), cfm.height()),
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
            code,
        )
        y += cfm.height()
        if lines:
            painter.setFont(name_font)
            for line in lines:
                painter.drawText(
                    QRectF(inner.left(), y, inner.width(), line_h),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    line,
                )
                y += line_h
        painter.restore()

    def _layout(self, w: float, h: float, k: float):
        pad = 2 * k
        iw, ih = w - 2 * pad, h - 2 * pad
        share = 0.3 if self.name else 0.45
        code_px = int(max(8 * k, min(15 * k, ih * share, iw / max(2, len(self.code)) * 1.6)))
        code_font = font(code_px, bold=True)
        cfm = QFontMetricsF(code_font)
        while code_px > 7 * k and cfm.horizontalAdvance(self.code) > iw:  # the code shrinks first
            code_px -= 1
            code_font = font(code_px, bold=True)
            cfm = QFontMetricsF(code_font)
        code = cfm.elidedText(self.code, Qt.TextElideMode.ElideRight, iw)
        lines: list[str] = []
        line_h = 0.0
        name_font = code_font
        if self.name:
            name_px = int(max(8 * k, min(12 * k, ih * 0.2)))
            name_font = font(name_px)
            nfm = QFontMetricsF(name_font)
            line_h = nfm.height() * 0.95
            max_lines = int((ih - cfm.height()) // line_h)
            lines = wrap_lines(self.name, nfm, iw, min(max_lines, 4))
        total_h = cfm.height() + line_h * len(lines)
        return code_font, name_font, code, lines, line_h, total_h


class ElementItem(QGraphicsItem):
    """A fixed element: pillar, wall, stage, catering, entrance (blue) or emergency exit (green).

    Doors are thin rectangles on the wall; their label is drawn beside them, inside the hall.
    """

    def __init__(self, el: ElementShape, hall_w: float, hall_d: float) -> None:
        super().__init__()
        self.element = el
        self.hall_w, self.hall_d = hall_w, hall_d
        self._rect = QRectF()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.set_element(el)
        self.set_editable(False)

    @property
    def element_id(self) -> int | None:
        return self.element.id

    def set_element(self, el: ElementShape) -> None:
        """Takes the element's (new) geometry and label."""
        self.element = el
        fp = el.rect
        rect = QRectF(0, 0, fp.w * S, fp.h * S)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        pos = QPointF(fp.x * S, fp.y * S)
        if self.pos() != pos:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
            self.setPos(pos)
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)
        self.is_door = el.kind in (ElementKind.ENTRANCE, ElementKind.EMERGENCY_EXIT)
        # A pillar stands wherever it stands, booths included: drawn over them, so that it
        # is seen (a booth holder has it in the way) and a press on it takes the pillar, not
        # the booth around it (which dragged a whole selection of booths).
        self.setZValue(
            Z_DOOR if self.is_door else Z_PILLAR if el.kind == ElementKind.PILLAR else Z_ELEMENT
        )
        # Which way the hall's inside is, for doors (label side).
        cx, cy = fp.centre
        d = {"top": cy, "bottom": self.hall_d - cy, "left": cx, "right": self.hall_w - cx}
        self.wall = min(d, key=d.__getitem__)
        self.label = element_label(el.kind, el.label)
        if el.kind in (ElementKind.ENTRANCE, ElementKind.EMERGENCY_EXIT):
            self.label = element_name(el.kind)
        self.setToolTip(element_label(el.kind, el.label))
        self.update()

    def set_editable(self, on: bool) -> None:
        """Organiser mode: the element can be selected, moved (snapped) and resized."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, on)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, on)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton if on else Qt.MouseButton.NoButton)
        if not on and self.isSelected():
            self.setSelected(False)

    def metres(self) -> tuple[float, float]:
        p = self.pos()
        return round(p.x() / S, 3), round(p.y() / S, 3)

    def footprint_rect(self) -> QRectF:
        return self._rect

    def preview_rect(self, rect: QRectF) -> None:
        """Shows a new footprint (scene units) while a resize handle is dragged."""
        self.prepareGeometryChange()
        self._rect = QRectF(0, 0, rect.width(), rect.height())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, False)
        self.setPos(rect.topLeft())
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges, True)

    def shape(self):
        from PySide6.QtGui import QPainterPath

        path = QPainterPath()
        r = self._rect
        if r.width() < 40 or r.height() < 40:  # thin doors: a 0.4 m band to grab
            r = r.adjusted(-max(0, 20 - r.width() / 2), -max(0, 20 - r.height() / 2),
                           max(0, 20 - r.width() / 2), max(0, 20 - r.height() / 2))  # fmt: skip
        path.addRect(r)
        return path

    def itemChange(self, change, value):
        return _snapped(change, value)

    def boundingRect(self) -> QRectF:
        if self.is_door:
            return self._rect.adjusted(-1000, -1000, 1000, 1000)
        return self._rect.adjusted(-10, -10, 10, 10)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        el = self.element
        colour = QColor(ELEMENT_FILL.get(el.kind, "#999999"))
        painter.setBrush(colour)
        painter.setPen(QPen(colour.darker(140), 0))
        r = self._rect
        if self.is_door:
            # Doors: thick band on the wall, at least 6 px on screen.
            pen = QPen(colour, 7)
            pen.setCosmetic(True)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            c = r.center()
            if r.width() >= r.height():
                painter.drawLine(QPointF(r.left(), c.y()), QPointF(r.right(), c.y()))
            else:
                painter.drawLine(QPointF(c.x(), r.top()), QPointF(c.x(), r.bottom()))
        else:
            painter.drawRect(r)
        if self.isSelected():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            p = QPen(QColor("#0057d9"), 3, Qt.PenStyle.DashLine)
            p.setCosmetic(True)
            painter.setPen(p)
            painter.drawRect(r.adjusted(-4, -4, 4, 4))
        if el.kind == ElementKind.PILLAR or not self.label:
            return
        t = painter.worldTransform()
        dev = t.mapRect(r)
        k = _device_scale(painter)
        painter.save()
        painter.resetTransform()
        if self.is_door:
            # The label stands outside the hall, against the door: it never hides a booth.
            entrance = el.kind == ElementKind.ENTRANCE
            f = font(int((14 if entrance else 10) * k), bold=True)
            fm = QFontMetricsF(f)
            text = element_name(ElementKind.ENTRANCE) if entrance else self.label
            if entrance:
                word = element_name(ElementKind.ENTRANCE)
                text = {"bottom": f"▲ {word} ▲", "top": f"▼ {word} ▼"}.get(self.wall, word)
            tw, th = fm.horizontalAdvance(text) + 10 * k, fm.height() + 4 * k
            gap = 5 * k
            if entrance:  # further out than exit labels, which may stand beside it
                gap += QFontMetricsF(font(int(10 * k), bold=True)).height() + 8 * k
            c = dev.center()
            vertical = self.wall in ("left", "right")
            if self.wall == "bottom":
                box = QRectF(c.x() - tw / 2, dev.bottom() + gap, tw, th)
            elif self.wall == "top":
                box = QRectF(c.x() - tw / 2, dev.top() - gap - th, tw, th)
            elif self.wall == "left":
                box = QRectF(dev.left() - gap - th, c.y() - tw / 2, th, tw)
            else:
                box = QRectF(dev.right() + gap, c.y() - tw / 2, th, tw)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 3 * k, 3 * k)
            painter.setPen(QColor("white"))
            painter.setFont(f)
            if vertical:
                painter.translate(box.center())
                painter.rotate(-90 if self.wall == "left" else 90)
                painter.drawText(
                    QRectF(-tw / 2, -th / 2, tw, th), Qt.AlignmentFlag.AlignCenter, text
                )
            else:
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        else:
            f = font(int(max(8 * k, min(16 * k, dev.height() * 0.18))), bold=True)
            painter.setFont(f)
            painter.setPen(QColor("#333333"))
            painter.drawText(
                dev.adjusted(4, 4, -4, -4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.label,
            )
        painter.restore()


class HallItem(QGraphicsItem):
    """The hall's floor, a light 1 m grid (when zoomed in enough) and its walls."""

    def __init__(self, width: float, depth: float, outline: list | None = None) -> None:
        super().__init__()
        self.w, self.d = width, depth
        self.outline = [QPointF(x * S, y * S) for x, y in (outline or [])]
        self.setZValue(Z_HALL)
        self.show_grid = True
        self.on_double_click = None  # set while the outline is edited

    def outline_metres(self) -> list[list[float]]:
        """The outline's corners in metres; the rectangle's four when no polygon is set."""
        if len(self.outline) >= 3:
            return [[round(p.x() / S, 3), round(p.y() / S, 3)] for p in self.outline]
        return [[0.0, 0.0], [self.w, 0.0], [self.w, self.d], [0.0, self.d]]

    def set_outline(self, points: list | None) -> None:
        self.outline = [QPointF(x * S, y * S) for x, y in (points or [])]
        self.update()

    def mouseDoubleClickEvent(self, event) -> None:
        if self.on_double_click is not None and self.on_double_click(event.scenePos()):
            event.accept()
            self.ungrabMouse()  # nothing to drag: the next click goes where it points
            return
        event.ignore()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.w * S, self.d * S).adjusted(-60, -60, 60, 60)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        from PySide6.QtGui import QPolygonF

        r = QRectF(0, 0, self.w * S, self.d * S)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#ffffff"))
        poly = QPolygonF(self.outline) if len(self.outline) >= 3 else None
        if poly is not None:
            painter.drawPolygon(poly)
        else:
            painter.drawRect(r)
        px_per_metre = abs(painter.worldTransform().m11()) * S
        if self.show_grid and px_per_metre >= 8:  # at least 8 px per metre
            pen = QPen(QColor("#eef1f4"), 0)
            painter.setPen(pen)
            x = S
            while x < r.width():
                painter.drawLine(QPointF(x, 0), QPointF(x, r.height()))
                x += S
            y = S
            while y < r.height():
                painter.drawLine(QPointF(0, y), QPointF(r.width(), y))
                y += S
        wall = QPen(QColor("#2b2b2b"), 4)
        wall.setCosmetic(True)
        painter.setPen(wall)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if poly is not None:
            painter.drawPolygon(poly)
        else:
            painter.drawRect(r)


class ProblemsItem(QGraphicsItem):
    """Red hatched zones where the checks found problems (aisles, exits, overlaps)."""

    def __init__(self) -> None:
        super().__init__()
        self.zones: list[QRectF] = []
        self._bounds = QRectF()
        self.setZValue(Z_PROBLEMS)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_zones(self, zones: list[QRectF]) -> None:
        self.prepareGeometryChange()
        self.zones = zones
        b = QRectF()
        for z in zones:
            b = b.united(z)
        self._bounds = b.adjusted(-20, -20, 20, 20)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option, widget=None) -> None:
        pen = QPen(QColor("#d00000"), 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor(220, 0, 0, 150), Qt.BrushStyle.DiagCrossPattern))
        for z in self.zones:
            if z.width() < 10 or z.height() < 10:  # a thin zone: at least visible
                z = z.adjusted(-10, -10, 10, 10)
            painter.drawRect(z)


HANDLE_PX = 10  # side of a resize handle on screen
_HANDLE_CURSORS = {
    "tl": Qt.CursorShape.SizeFDiagCursor,
    "br": Qt.CursorShape.SizeFDiagCursor,
    "tr": Qt.CursorShape.SizeBDiagCursor,
    "bl": Qt.CursorShape.SizeBDiagCursor,
    "t": Qt.CursorShape.SizeVerCursor,
    "b": Qt.CursorShape.SizeVerCursor,
    "l": Qt.CursorShape.SizeHorCursor,
    "r": Qt.CursorShape.SizeHorCursor,
}


def resized_rect(
    rect: QRectF, role: str, point: QPointF, minimum: float, free: bool = False
) -> QRectF:
    """``rect`` (scene units) with the sides named in ``role`` ("tl", "r"…) moved to ``point``,
    snapped to the 0.5 m grid unless ``free``; never smaller than ``minimum`` metres."""
    x, y = point.x() / S, point.y() / S
    if not free:
        x, y = snap(x, GRID), snap(y, GRID)
    left, top, right, bottom = rect.left() / S, rect.top() / S, rect.right() / S, rect.bottom() / S
    if "l" in role:
        left = min(x, right - minimum)
    if "r" in role:
        right = max(x, left + minimum)
    if "t" in role:
        top = min(y, bottom - minimum)
    if "b" in role:
        bottom = max(y, top + minimum)
    left, top, right, bottom = (round(v, 3) for v in (left, top, right, bottom))
    return QRectF(left * S, top * S, (right - left) * S, (bottom - top) * S)


class Handle(QGraphicsItem):
    """One of the eight resize handles of the selected item (a child of that item, drawn at a
    fixed size on screen).  Dragging it previews the new size; releasing it calls
    ``handles.finish``, which pushes one undo step."""

    def __init__(self, handles: ResizeHandles, role: str, parent: QGraphicsItem) -> None:
        super().__init__(parent)
        self.handles, self.role = handles, role
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setCursor(_HANDLE_CURSORS[role])
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)

    def boundingRect(self) -> QRectF:
        h = HANDLE_PX / 2 + 1
        return QRectF(-h, -h, 2 * h, 2 * h)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        h = HANDLE_PX / 2
        painter.setPen(QPen(QColor("#0057d9"), 1.5))
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(-h, -h, 2 * h, 2 * h))

    def mousePressEvent(self, event) -> None:
        self.handles.start()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        free = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        self.handles.drag(self.role, event.scenePos(), free)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        self.handles.finish()
        event.accept()


class ResizeHandles:
    """Corner and edge handles on one booth or element; ``on_resize(item, rect)`` gets the
    new footprint (scene units) when a handle is released."""

    ROLES = ("tl", "t", "tr", "r", "br", "b", "bl", "l")

    def __init__(self, on_resize) -> None:
        self.on_resize = on_resize
        self.target: QGraphicsItem | None = None
        self.items: list[Handle] = []
        self._start: QRectF | None = None
        self._z = 0.0

    def attach(self, item: QGraphicsItem | None) -> None:
        if item is self.target:
            self.sync()
            return
        self.detach()
        if item is None:
            return
        self.target = item
        self._z = item.zValue()
        item.setZValue(Z_HANDLES)  # its handles over the neighbours and doors
        self.items = [Handle(self, role, item) for role in self.ROLES]
        self.sync()

    def detach(self) -> None:
        from shiboken6 import Shiboken

        target, self.target = self.target, None
        if target is not None and Shiboken.isValid(target):
            target.setZValue(self._z)
            for h in self.items:
                if Shiboken.isValid(h):
                    h.setParentItem(None)
                    if h.scene() is not None:
                        h.scene().removeItem(h)
        self.items = []
        self._start = None

    def sync(self) -> None:
        """Puts the handles on the target's corners and edge midpoints."""
        if self.target is None:
            return
        r = self.target.footprint_rect()
        c = r.center()
        spots = {
            "tl": r.topLeft(),
            "t": QPointF(c.x(), r.top()),
            "tr": r.topRight(),
            "r": QPointF(r.right(), c.y()),
            "br": r.bottomRight(),
            "b": QPointF(c.x(), r.bottom()),
            "bl": r.bottomLeft(),
            "l": QPointF(r.left(), c.y()),
        }
        for h in self.items:
            h.setPos(spots[h.role])

    def set_visible(self, on: bool) -> None:
        for h in self.items:
            h.setVisible(on)

    def _scene_rect(self) -> QRectF:
        return self.target.footprint_rect().translated(self.target.pos())

    def start(self) -> None:
        if self.target is not None:
            self._start = self._scene_rect()

    def drag(self, role: str, point: QPointF, free: bool) -> None:
        if self.target is None or self._start is None:
            return
        minimum = 1.0 if isinstance(self.target, BoothItem) else 0.2
        self.target.preview_rect(resized_rect(self._start, role, point, minimum, free))
        self.sync()

    def finish(self) -> None:
        if self.target is None or self._start is None:
            return
        self._start = None
        self.on_resize(self.target, self._scene_rect())


class VertexHandle(QGraphicsItem):
    """A corner of the hall's outline (outline editing): drag it to move the corner (snapped
    to 0.5 m, Alt free), right-click it to remove the corner."""

    def __init__(self, owner: OutlineHandles, index: int) -> None:
        super().__init__()
        self.owner, self.index = owner, index
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setZValue(Z_HANDLES + 1)  # above the booths along the walls
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)

    def boundingRect(self) -> QRectF:
        h = HANDLE_PX / 2 + 2
        return QRectF(-h, -h, 2 * h, 2 * h)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        h = HANDLE_PX / 2 + 1
        painter.setPen(QPen(QColor("#b35900"), 2))
        painter.setBrush(QColor("#ffd9a8"))
        painter.drawEllipse(QRectF(-h, -h, 2 * h, 2 * h))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.owner.remove(self.index)
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            free = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
            self.owner.drag(self.index, event.scenePos(), free)
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.owner.finish()
        event.accept()


class OutlineHandles:
    """Editing of the hall's outline polygon (points in metres, inside the hall rectangle).

    ``on_change(points)`` gets the new outline after each gesture: a corner dragged, a corner
    added (double-click next to a wall) or removed (right-click on it, at least 3 remain).
    """

    def __init__(self, on_change) -> None:
        self.on_change = on_change
        self.hall: HallItem | None = None
        self.points: list[list[float]] = []
        self.items: list[VertexHandle] = []
        self._before: list | None = None

    @property
    def active(self) -> bool:
        return self.hall is not None

    def attach(self, hall: HallItem) -> None:
        self.detach()
        self.hall = hall
        hall.on_double_click = self.insert_at
        self.points = hall.outline_metres()
        self._rebuild()

    def detach(self) -> None:
        from shiboken6 import Shiboken

        if self.hall is not None and Shiboken.isValid(self.hall):
            self.hall.on_double_click = None
            for h in self.items:
                if Shiboken.isValid(h) and h.scene() is not None:
                    h.scene().removeItem(h)
        self.hall, self.items, self._before = None, [], None

    def _rebuild(self) -> None:
        for h in self.items:
            if h.scene() is not None:
                h.scene().removeItem(h)
        self.items = [VertexHandle(self, i) for i in range(len(self.points))]
        for h in self.items:
            self.hall.scene().addItem(h)
        self.sync()

    def sync(self) -> None:
        for h, (x, y) in zip(self.items, self.points, strict=False):
            h.setPos(QPointF(x * S, y * S))

    def set_visible(self, on: bool) -> None:
        for h in self.items:
            h.setVisible(on)

    def reset(self, points: list) -> None:
        """The outline changed elsewhere (undo, redo): show its corners."""
        if self.hall is None:
            return
        self.points = [list(p) for p in points] or self.hall.outline_metres()
        self._rebuild()

    def _clamp(self, point: QPointF, free: bool) -> list[float]:
        x, y = point.x() / S, point.y() / S
        if not free:
            x, y = snap(x, GRID), snap(y, GRID)
        return [round(min(max(x, 0.0), self.hall.w), 3), round(min(max(y, 0.0), self.hall.d), 3)]

    def drag(self, index: int, point: QPointF, free: bool) -> None:
        if self.hall is None:
            return
        if self._before is None:
            self._before = [list(p) for p in self.points]
        self.points[index] = self._clamp(point, free)
        self.hall.set_outline(self.points)
        self.sync()

    def finish(self) -> None:
        before, self._before = self._before, None
        if before is not None and before != self.points:
            self.on_change([list(p) for p in self.points])

    def remove(self, index: int) -> None:
        if len(self.points) > 3:
            points = [p for i, p in enumerate(self.points) if i != index]
            self.on_change(points)

    def insert_at(self, point: QPointF) -> bool:
        """A new corner on the wall nearest to ``point`` (within 1.5 m); True if added."""
        if self.hall is None or len(self.points) < 2:
            return False
        px, py = point.x() / S, point.y() / S
        best, best_d, best_p = None, 1.5, None
        n = len(self.points)
        for i in range(n):
            (x1, y1), (x2, y2) = self.points[i], self.points[(i + 1) % n]
            dx, dy = x2 - x1, y2 - y1
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else ((px - x1) * dx + (py - y1) * dy) / length2
            t = max(0.0, min(1.0, t))
            qx, qy = x1 + t * dx, y1 + t * dy  # the nearest point of that wall
            d = ((qx - px) ** 2 + (qy - py) ** 2) ** 0.5
            if d < best_d:
                best, best_d, best_p = i, d, QPointF(qx * S, qy * S)
        if best is None:
            return False
        p = self._clamp(best_p, False)
        if p in self.points:
            return False
        self.on_change(self.points[: best + 1] + [p] + self.points[best + 1 :])
        return True
