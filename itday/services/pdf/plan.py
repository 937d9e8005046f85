"""The printed floor plan: a vector PDF with reportlab, and a PNG made from it.

Input is plain data (``PlanData``), built by the caller from the database or the demo; nothing
here touches a session or a widget (the PNG uses ``QImage`` only), so it can run in a worker
thread.

Page (landscape, A4 to A0, A3 by default): title and date at the top; the hall at true scale,
fitted into the page with its walls, fixed elements, the entrance (« Entrée », blue) and the
emergency exits (« Sortie de secours », green); a scale bar in metres and the ratio; on the
right, the colour legend and the exhibitor index (name → booth codes, alphabetical), which
moves to a second page when it does not fit beside the plan.  Every booth shows its code; its
company name is wrapped and shrunk to fit inside the booth, and cut with « … » when even the
smallest size (3 pt) does not fit — text never overflows a booth.

PNG: the PDF's first page is rasterised by ``itday.services.pdf.raster`` (QtPdf, which ships
with PySide6, on Windows too; poppler's ``pdftoppm`` only without QtPdf); there is no second
drawing code to keep in step.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.pagesizes import A0, A1, A2, A3, A4, landscape
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from itday.core.doc_text import doc_date, doc_text
from itday.core.enums import BoothStatus, ElementKind
from itday.core.plan import (
    NO_SECTOR_COLOUR,
    PRESENCE_COLOURS,
    PRESENCE_LABELS_FR,
    STATUS_COLOURS,
    STATUS_LABELS_FR,
    footprint,
    natural_key,
    sector_colour,
)
from itday.core.text import sort_key, split_capitals
from itday.core.visits import colour_of, scale, shown
from itday.services.pdf.fonts import font_name, register_fonts
from itday.services.pdf.output import atomic_output, check_output_path

PAPERS = {"A4": A4, "A3": A3, "A2": A2, "A1": A1, "A0": A0}
MM = 72 / 25.4  # points per millimetre
MIN_TEXT_PT = 3.0  # smallest text printed inside a booth

ENTRANCE_COLOUR = "#1f6fb2"
EXIT_COLOUR = "#1e9e45"
ELEMENT_COLOURS = {
    ElementKind.WALL: "#555555",
    ElementKind.PILLAR: "#444444",
    ElementKind.STAGE: "#d9cce8",
    ElementKind.CATERING: "#f8dcc0",
    ElementKind.ENTRANCE: ENTRANCE_COLOUR,
    ElementKind.EMERGENCY_EXIT: EXIT_COLOUR,
}
ELEMENT_LABELS_FR = {
    ElementKind.WALL: "Mur",
    ElementKind.PILLAR: "Poteau",
    ElementKind.STAGE: "Espace conférences",
    ElementKind.CATERING: "Restauration",
    ElementKind.ENTRANCE: "Entrée",
    ElementKind.EMERGENCY_EXIT: "Sortie de secours",
}


@dataclass(slots=True)
class PlanBooth:
    code: str
    x: float
    y: float
    width: float = 3.0
    depth: float = 3.0
    rotation: int = 0
    status: str = BoothStatus.FREE.value
    exhibitor_name: str | None = None
    sector: str | None = None
    present: bool = False
    visits: int | None = None  # distinct visitors its stand recorded (None: no exhibitor)


@dataclass(slots=True)
class PlanData:
    event_name: str
    event_date: dt.date | str | None
    hall_w: float
    hall_d: float
    outline: list = field(default_factory=list)  # [[x, y], ...] of the walls; empty: rectangle
    elements: list = field(default_factory=list)  # (kind, label, x, y, width, depth)
    booths: list[PlanBooth] = field(default_factory=list)
    colour_by: str = "status"  # "status" | "sector" | "presence" | "visits"
    # « par visites »: the time window counted (« toute la journée », « 10:00–11:00 »),
    # and whether any stand recorded anyone at all (else the legend says there is nothing yet)
    visits_window: str = ""
    visits_recorded: bool = False
    venue: str = ""
    lang: str = "fr"  # the document language (itday.core.doc_text)
    # the venue's drawing under the booths, as on screen: image bytes (PNG, JPEG), metres
    # per pixel, its top-left corner in metres, and how opaque (0.05 faint … 1)
    background: bytes | None = None
    background_scale: float = 0.0
    background_x: float = 0.0
    background_y: float = 0.0
    background_opacity: float = 0.45


# --------------------------------------------------------------------------------------------
# Fonts


def _font() -> tuple[str, str]:
    """(regular, bold) names of the embedded Unicode fonts, registered once."""
    register_fonts()
    return font_name(), font_name(bold=True)


# --------------------------------------------------------------------------------------------
# Text fitting


def _wrap(
    text: str, font: str, size: float, width: float, cut_words: bool = True
) -> list[str] | None:
    """Greedy word wrap; a word wider than ``width`` is cut between letters (or, without
    ``cut_words``, the wrap fails and returns None)."""
    sw = pdfmetrics.stringWidth
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if sw(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        if not cut_words and sw(word, font, size) > width:
            return None
        while sw(word, font, size) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and sw(word[:cut], font, size) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        lines.append(current)
    return lines


def _ellipsize(text: str, font: str, size: float, width: float) -> str:
    sw = pdfmetrics.stringWidth
    if sw(text, font, size) <= width:
        return text
    while text and sw(text + "…", font, size) > width:
        text = text[:-1]
    return (text.rstrip() + "…") if text else ""


def fit_text(
    text: str, font: str, width: float, height: float, start: float, minimum: float = MIN_TEXT_PT
) -> tuple[float, list[str]]:
    """Largest size ≤ ``start`` at which ``text`` wraps inside ``width`` × ``height``.

    A name written in one word (« InsightLearning ») that would have to shrink below 80 % of
    ``start`` is split where its capitals are (« Insight / Learning ») when that reads
    larger.  At ``minimum`` size, the lines that fit are kept and the last one ends with « … ».
    Returns (size, lines); lines is empty when not even one line fits.
    """
    size, lines = _fit(text, font, width, height, start, minimum)
    split = split_capitals(text)
    if split != text and size < 0.8 * start:
        split_size, split_lines = _fit(split, font, width, height, start, minimum)
        if split_size > size:
            return split_size, split_lines
    return size, lines


def _fit(
    text: str, font: str, width: float, height: float, start: float, minimum: float
) -> tuple[float, list[str]]:
    size = start
    while size >= minimum:  # whole words first: shrink rather than cut a word
        lines = _wrap(text, font, size, width, cut_words=False)
        if lines is not None and len(lines) * size * 1.15 <= height:
            return size, lines
        size -= 0.25
    size = minimum
    capacity = int(height // (size * 1.15))
    if capacity <= 0:
        return size, []
    lines = _wrap(text, font, size, width) or []
    if len(lines) > capacity:
        lines = lines[:capacity]
        lines[-1] = _ellipsize(lines[-1] + "…", font, size, width)
    return size, lines


def _french_date(value: dt.date | str | None, lang: str = "fr") -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value)
        except ValueError:
            return value
    return doc_date(value, lang)


# --------------------------------------------------------------------------------------------
# Colours and index


def visits_bands(data: PlanData):
    """The colour scale of the plan « par visites »."""
    return scale(max((b.visits or 0 for b in data.booths), default=0))


def booth_colour(booth: PlanBooth, colour_by: str, bands=None) -> str:
    if colour_by == "visits":
        count = booth.visits if booth.exhibitor_name else None
        return colour_of(count, bands if bands is not None else scale(booth.visits or 0))
    if colour_by == "sector":
        return sector_colour(booth.sector) if booth.exhibitor_name else NO_SECTOR_COLOUR
    if colour_by == "presence":
        if not booth.exhibitor_name:
            return PRESENCE_COLOURS["none"]
        return PRESENCE_COLOURS["present" if booth.present else "absent"]
    try:
        return STATUS_COLOURS[BoothStatus(booth.status)]
    except ValueError:
        return STATUS_COLOURS[BoothStatus.FREE]


def legend_entries(data: PlanData) -> list[tuple[str, str]]:
    """(colour, label) pairs of the colour mode, in a fixed order."""
    if data.colour_by == "sector":
        sectors = sorted(
            {
                b.sector.strip()
                for b in data.booths
                if b.exhibitor_name and b.sector and b.sector.strip()
            },
            key=sort_key,
        )
        entries = [(sector_colour(s), s) for s in sectors]
        if any(not b.exhibitor_name or not (b.sector or "").strip() for b in data.booths):
            entries.append((NO_SECTOR_COLOUR, "Sans secteur / libre"))
        return entries
    if data.colour_by == "presence":
        return [(PRESENCE_COLOURS[k], PRESENCE_LABELS_FR[k]) for k in ("present", "absent", "none")]
    if data.colour_by == "visits":
        entries = [(band.colour, band.label) for band in visits_bands(data)]
        return [*entries, (colour_of(None, []), "Stand sans exposant")]
    return [(STATUS_COLOURS[s], STATUS_LABELS_FR[s]) for s in BoothStatus]


def exhibitor_index(booths: Sequence[PlanBooth]) -> list[tuple[str, list[str]]]:
    """(exhibitor name, its booth codes) in alphabetical order (accents and case ignored)."""
    by_name: dict[str, list[str]] = {}
    for b in booths:
        if b.exhibitor_name and b.exhibitor_name.strip():
            by_name.setdefault(b.exhibitor_name.strip(), []).append(b.code)
    return [
        (name, sorted(codes, key=natural_key))
        for name, codes in sorted(by_name.items(), key=lambda kv: (sort_key(kv[0]), kv[0]))
    ]


# --------------------------------------------------------------------------------------------
# Drawing


def _nice_length(metres: float) -> float:
    """A round length (1, 2, 5 × 10^k) not above ``metres``."""
    if metres <= 0:
        return 1.0
    exp = math.floor(math.log10(metres))
    for m in (5, 2, 1):
        if m * 10**exp <= metres:
            return float(m * 10**exp)
    return float(10**exp)


class _Page:
    def __init__(self, canvas: Canvas, data: PlanData, paper: str) -> None:
        self.c = canvas
        self.data = data
        self.t = partial(doc_text, data.lang)  # words in the document language
        self.w, self.h = canvas._pagesize
        self.f = max(0.7, self.w / landscape(A3)[0])  # type scale relative to A3
        self.font, self.bold = _font()
        self.margin = 12 * MM * max(1.0, self.f**0.5)

    # -- helpers
    def _fill(self, hexcolour: str) -> None:
        self.c.setFillColor(HexColor(hexcolour))

    def _string(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        self.c.setFont(self.bold if bold else self.font, size)
        self.c.drawString(x, y, text)

    # -- parts
    def title(self) -> float:
        """Draws the title band; returns its bottom y."""
        d = self.data
        size = 18 * self.f
        top = self.h - self.margin
        self.c.setFillColor(black)
        title = self.t("{name} — plan du salon", name=d.event_name)
        self._string(self.margin, top - size, title, size, bold=True)
        sub = " — ".join(p for p in (_french_date(d.event_date, d.lang), d.venue) if p)
        sub_size = 10 * self.f
        if sub:
            self._string(self.margin, top - size - sub_size * 1.6, sub, sub_size)
        return top - size - sub_size * 2.6

    def plan(self, x0: float, y0: float, aw: float, ah: float) -> None:
        """The hall fitted into the box (x0, y0, aw, ah) in points, bottom-left origin."""
        d = self.data
        label_room = 11 * self.f  # outside the walls, for door labels
        bar_room = 16 * self.f  # below, for the scale bar
        avail_w = aw - 2 * label_room
        avail_h = ah - 2 * label_room - bar_room
        scale = min(avail_w / d.hall_w, avail_h / d.hall_d)  # points per metre
        hw, hd = d.hall_w * scale, d.hall_d * scale
        left = x0 + label_room + (avail_w - hw) / 2
        top = y0 + ah - label_room - (avail_h - hd) / 2
        c = self.c

        def px(x: float) -> float:
            return left + x * scale

        def py(y: float) -> float:
            return top - y * scale

        def rect_pt(x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
            return px(x), py(y + h), w * scale, h * scale

        # Floor and walls.
        c.setFillColor(white)
        c.setStrokeColor(black)
        c.setLineWidth(1.6 * self.f)
        walls = self._walls(px, py, (left, top - hd, hw, hd))
        c.drawPath(walls, stroke=1, fill=1)
        self._background(px, py, scale, walls)

        # Light 1 m grid every 5 m, so distances can be read.
        c.setStrokeColor(Color(0.85, 0.85, 0.85))
        c.setLineWidth(0.3)
        for gx in range(5, int(d.hall_w), 5):
            c.line(px(gx), py(0), px(gx), py(d.hall_d))
        for gy in range(5, int(d.hall_d), 5):
            c.line(px(0), py(gy), px(d.hall_w), py(gy))

        # Fixed elements.
        doors, pillars = [], []
        for kind, label, ex, ey, ew, ed in (tuple(e)[:6] for e in d.elements):
            kind = ElementKind(kind)
            if kind in (ElementKind.ENTRANCE, ElementKind.EMERGENCY_EXIT):
                doors.append((kind, label, ex, ey, ew, ed))
                continue
            if kind == ElementKind.PILLAR:  # over the booths, as on screen
                pillars.append((ex, ey, ew, ed))
                continue
            self._fill(ELEMENT_COLOURS.get(kind, "#cccccc"))
            c.setStrokeColor(Color(0.3, 0.3, 0.3))
            c.setLineWidth(0.5)
            c.rect(*rect_pt(ex, ey, ew, ed), stroke=1, fill=1)
            if kind in (ElementKind.STAGE, ElementKind.CATERING):
                text = label or self.t(ELEMENT_LABELS_FR[kind])
                size, lines = fit_text(
                    text, self.bold, ew * scale * 0.9, ed * scale * 0.9, 11 * self.f
                )
                c.setFillColor(Color(0.25, 0.25, 0.25))
                c.setFont(self.bold, size)
                total = len(lines) * size * 1.15
                cy = py(ey + ed / 2) + total / 2 - size
                for i, line in enumerate(lines):
                    c.drawCentredString(px(ex + ew / 2), cy - i * size * 1.15, line)

        # Booths.
        c.setLineWidth(0.5)
        bands = visits_bands(d) if d.colour_by == "visits" else None
        for b in d.booths:
            r = footprint(b.x, b.y, b.width, b.depth, b.rotation)
            self._fill(booth_colour(b, d.colour_by, bands))
            c.setStrokeColor(Color(0.2, 0.2, 0.2))
            c.rect(*rect_pt(r.x, r.y, r.w, r.h), stroke=1, fill=1)
            self._booth_text(b, px(r.x), py(r.y), r.w * scale, r.h * scale)

        self._fill(ELEMENT_COLOURS[ElementKind.PILLAR])
        c.setStrokeColor(Color(0.3, 0.3, 0.3))
        for ex, ey, ew, ed in pillars:
            c.rect(*rect_pt(ex, ey, ew, ed), stroke=1, fill=1)

        # Doors last, over the walls.
        for kind, label, ex, ey, ew, ed in doors:
            self._door(kind, label, rect_pt(ex, ey, ew, ed), (left, top - hd, hw, hd), label_room)

        # Scale bar.
        self._scale_bar(left, max(y0, top - hd - label_room - 12 * self.f), hw, scale)

    def _walls(self, px, py, rect: tuple[float, float, float, float]):
        """The hall's walls as a closed path: its outline, else the rectangle ``rect``."""
        d = self.data
        path = self.c.beginPath()
        if d.outline and len(d.outline) >= 3:
            path.moveTo(px(d.outline[0][0]), py(d.outline[0][1]))
            for pt in d.outline[1:]:
                path.lineTo(px(pt[0]), py(pt[1]))
            path.close()
        else:
            path.rect(*rect)
        return path

    def _background(self, px, py, scale: float, walls) -> None:
        """The venue's drawing over the floor, under everything else, inside the walls."""
        d = self.data
        if not d.background or d.background_scale <= 0:
            return
        faded = faded_background(d.background, d.background_opacity, d.background_scale * scale)
        if faded is None:  # not an image after all: the plan prints without it
            return
        image, (w_pt, h_pt) = faded
        c = self.c
        c.saveState()
        c.clipPath(walls, stroke=0, fill=0)
        x, y = px(d.background_x), py(d.background_y)
        c.drawImage(ImageReader(image), x, y - h_pt, w_pt, h_pt)
        c.restoreState()
        c.setStrokeColor(black)
        c.setLineWidth(1.6 * self.f)
        c.drawPath(walls, stroke=1, fill=0)  # the walls again, over the drawing's edge

    def _booth_text(self, b: PlanBooth, x: float, y_top: float, w: float, h: float) -> None:
        c = self.c
        pad = min(w, h) * 0.06
        iw, ih = w - 2 * pad, h - 2 * pad
        if iw <= 0 or ih <= 0:
            return
        code_size = min(9 * self.f, ih * 0.4)
        while code_size > MIN_TEXT_PT and pdfmetrics.stringWidth(b.code, self.bold, code_size) > iw:
            code_size -= 0.25
        code_size = max(code_size, MIN_TEXT_PT)
        c.setFillColor(black)
        c.setFont(self.bold, code_size)
        name = (b.exhibitor_name or "").strip()
        if not name:
            c.drawCentredString(x + w / 2, y_top - h / 2 - code_size * 0.35, b.code)
            return
        c.drawCentredString(x + w / 2, y_top - pad - code_size, b.code)
        room = ih - code_size * 1.25
        if self.data.colour_by == "visits" and b.visits is not None:
            # the number of visitors under the code, as large as the code
            y_top -= code_size * 1.15
            c.drawCentredString(x + w / 2, y_top - pad - code_size, shown(b.visits))
            room -= code_size * 1.15
        size, lines = fit_text(name, self.font, iw, room, min(7 * self.f, code_size))
        c.setFont(self.font, size)
        block = len(lines) * size * 1.15
        # Centre the name in the space under the code.
        top = y_top - pad - code_size * 1.25 - (room - block) / 2
        for i, line in enumerate(lines):
            c.drawCentredString(x + w / 2, top - size - i * size * 1.15 + size * 0.15, line)

    def _door(self, kind, label, r, hall, room) -> None:
        c = self.c
        x, y, w, h = r
        hx, hy, hw, hh = hall
        colour = HexColor(ENTRANCE_COLOUR if kind == ElementKind.ENTRANCE else EXIT_COLOUR)
        c.setFillColor(colour)
        c.setStrokeColor(colour)
        c.rect(x, y, w, h, stroke=0, fill=1)
        is_entrance = kind == ElementKind.ENTRANCE
        text = self.t("Entrée") if is_entrance else self.t("Sortie de secours")
        if is_entrance and label and label.strip().casefold() not in ("entrée", "entree"):
            text = self.t("Entrée — {label}", label=label)
        size = (9 if is_entrance else 6) * self.f
        font = self.bold
        cx, cy = x + w / 2, y + h / 2
        # Which wall: the nearest one.
        dist = {"top": hy + hh - cy, "bottom": cy - hy, "left": cx - hx, "right": hx + hw - cx}
        wall = min(dist, key=dist.__getitem__)
        c.setFont(font, size)
        gap = 2.5 * self.f
        # Thicker bar across the wall, so the door reads from afar.
        bar = 2.2 * self.f
        if wall in ("top", "bottom"):
            wy = hy + hh if wall == "top" else hy
            c.rect(x, wy - bar / 2, w, bar, stroke=0, fill=1)
            ty = wy + gap if wall == "top" else wy - gap - size
            c.drawCentredString(
                cx, ty, ("▼ " if wall == "top" else "▲ ") + text if is_entrance else text
            )
        else:
            wx = hx if wall == "left" else hx + hw
            c.rect(wx - bar / 2, y, bar, h, stroke=0, fill=1)
            c.saveState()
            c.translate(wx - gap if wall == "left" else wx + gap, cy)
            c.rotate(90 if wall == "left" else -90)
            c.drawCentredString(0, 0, text)
            c.restoreState()

    def _scale_bar(self, x: float, y: float, plan_w: float, scale: float) -> None:
        c = self.c
        length = _nice_length(plan_w / scale / 4)
        seg = length / 5 if length >= 5 else length / 2
        n = round(length / seg)
        h = 3 * self.f
        for i in range(n):
            c.setFillColor(black if i % 2 == 0 else white)
            c.setStrokeColor(black)
            c.setLineWidth(0.5)
            c.rect(x + i * seg * scale, y, seg * scale, h, stroke=1, fill=1)
        size = 7 * self.f
        c.setFillColor(black)
        c.setFont(self.font, size)
        c.drawCentredString(x, y + h + 1.5 * self.f, "0")
        c.drawCentredString(x + length * scale, y + h + 1.5 * self.f, f"{length:g} m")
        ratio = (1000 * MM) / scale  # one metre on the ground over its length on paper
        pretty = int(round(ratio, -1 if ratio < 1000 else -2))
        c.drawString(
            x + length * scale + 14 * self.f,
            y,
            self.t("Échelle 1:{ratio} — quadrillage de 5 m", ratio=f"{pretty:,}".replace(",", " ")),
        )

    def legend(self, x: float, top: float, width: float) -> float:
        """Legend of colours and symbols; returns its bottom y."""
        c = self.c
        size = 8 * self.f
        line = size * 1.6
        mode = {"sector": "secteur", "presence": "présence", "visits": "visites"}.get(
            self.data.colour_by, "statut"
        )
        c.setFillColor(black)
        heading = self.t(f"Légende — couleur par {mode}")
        self._string(x, top - size * 1.2, heading, size * 1.15, bold=True)
        y = top - size * 1.2 - line
        if self.data.colour_by == "visits":
            y = self._visits_note(x, y, width, size, line)
        swatch = size * 1.2
        entries = [(colour, self.t(label)) for colour, label in legend_entries(self.data)]
        kinds = {ElementKind(tuple(e)[0]) for e in self.data.elements}
        symbols = [  # only what the plan shows
            (colour, self.t(label))
            for kind, colour, label in (
                (ElementKind.ENTRANCE, ENTRANCE_COLOUR, "Entrée"),
                (ElementKind.EMERGENCY_EXIT, EXIT_COLOUR, "Sortie de secours"),
                (ElementKind.PILLAR, ELEMENT_COLOURS[ElementKind.PILLAR], "Poteau"),
            )
            if kind in kinds
        ]
        for k in (ElementKind.STAGE, ElementKind.CATERING):
            if k in kinds:
                symbols.append((ELEMENT_COLOURS[k], self.t(ELEMENT_LABELS_FR[k])))
        for colour, label in entries + [(None, None)] + symbols:
            if colour is None:
                y -= line * 0.4
                continue
            self._fill(colour)
            c.setStrokeColor(Color(0.3, 0.3, 0.3))
            c.setLineWidth(0.4)
            c.rect(x, y - size * 0.2, swatch, swatch * 0.8, stroke=1, fill=1)
            c.setFillColor(black)
            c.setFont(self.font, size)
            c.drawString(
                x + swatch + 4 * self.f,
                y,
                _ellipsize(label, self.font, size, width - swatch - 4 * self.f),
            )
            y -= line
        return y

    def _visits_note(self, x: float, y: float, width: float, size: float, line: float) -> float:
        """What the colours count, under the legend's heading; returns the next line's y."""
        d = self.data
        if d.visits_recorded:
            text = self.t(
                "Visiteurs distincts enregistrés par chaque stand (badges scannés), {window}. "
                "Les passages sans scan ne sont pas comptés.",
                window=d.visits_window or self.t("toute la journée"),
            )
        else:
            text = self.t(
                "Aucun visiteur enregistré par les stands pour l'instant : les stands "
                "scannent les badges depuis leurs téléphones (« Kit exposant »)."
            )
        c = self.c
        c.setFillColor(black)
        c.setFont(self.font, size * 0.9)
        for part in _wrap(text, self.font, size * 0.9, width) or []:
            c.drawString(x, y, part)
            y -= size * 1.2
        return y - line * 0.3

    def index_layout(self, width: float, height: float, size: float) -> int | None:
        """Columns needed to list the index in a box, or None when it does not fit."""
        entries = exhibitor_index(self.data.booths)
        line = size * 1.3
        per_col = int((height - size * 3) // line)
        if per_col <= 0:
            return None if entries else 1
        cols = max(1, math.ceil(len(entries) / per_col))
        if width / cols < 17 * size:  # columns too narrow to read a name
            return None
        return cols

    def index(
        self, x: float, top: float, width: float, size: float, cols: int, col_w: float | None = None
    ) -> None:
        c = self.c
        entries = exhibitor_index(self.data.booths)
        line = size * 1.3
        c.setFillColor(black)
        self._string(x, top - size * 1.2, self.t("Index des exposants"), size * 1.25, bold=True)
        y0 = top - size * 1.2 - line * 1.4
        per_col = max(1, math.ceil(len(entries) / cols))
        col_w = col_w or width / cols
        sw = pdfmetrics.stringWidth
        for n, (name, codes) in enumerate(entries):
            col, row = divmod(n, per_col)
            cx = x + col * col_w
            y = y0 - row * line
            codes_text = ", ".join(codes)
            c.setFont(self.bold, size)
            cw = sw(codes_text, self.bold, size)
            c.drawRightString(cx + col_w - 6, y, codes_text)
            # The name is shrunk (never cut) to fit before the codes.
            room = col_w - 6 - cw - 6
            name_size = size
            while name_size > MIN_TEXT_PT and sw(name, self.font, name_size) > room:
                name_size -= 0.25
            c.setFont(self.font, name_size)
            c.drawString(cx, y, name)
        if not entries:
            c.setFont(self.font, size)
            c.drawString(x, y0, self.t("Aucun exposant placé."))


BACKGROUND_DPI = 200  # the venue's drawing on paper: enough for its lines, not a 50 MB PDF


def faded_background(data: bytes, opacity: float, points_per_pixel: float):
    """``(image, (width, height) in points)``: the background image as RGB over white paper
    at ``opacity`` (as the screen shows it), at most ``BACKGROUND_DPI`` on paper (a large
    scan is reduced while it is read: a 7000×5000 px JPEG took 0.9 s and 800 MB read
    whole, 0.1 s and 34 MB so), or None
    if ``data`` is not an image Pillow reads."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as opened:
            size_pt = (opened.width * points_per_pixel, opened.height * points_per_pixel)
            most = (
                max(1, math.ceil(size_pt[0] / 72 * BACKGROUND_DPI)),
                max(1, math.ceil(size_pt[1] / 72 * BACKGROUND_DPI)),
            )
            opened.draft("RGB", most)  # JPEG: decoded at 1/2, 1/4, 1/8 when that suffices
            # reduced before any conversion (a palette one first: else it would be reduced
            # by dropping pixels, and thin lines with them)
            image = opened.convert("RGBA") if opened.mode in ("1", "P") else opened
            image.thumbnail(most, Image.Resampling.LANCZOS)
            image = image.convert("RGBA")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    paper = Image.new("RGBA", image.size, "white")
    flat = Image.alpha_composite(paper, image).convert("RGB")
    alpha = min(1.0, max(0.05, opacity))
    return Image.blend(paper.convert("RGB"), flat, alpha), size_pt


def render_plan_pdf(out: str | os.PathLike, data: PlanData, paper: str = "A3") -> Path:
    """Writes the plan to ``out`` (PDF, landscape ``paper`` A4…A0); returns the path."""
    key = paper.upper()
    if key not in PAPERS:
        raise ValueError(f"Format de papier inconnu : {paper} (A4, A3, A2, A1 ou A0)")
    if data.hall_w <= 0 or data.hall_d <= 0:
        raise ValueError("Les dimensions du hall doivent être positives.")
    out = Path(out)
    size = landscape(PAPERS[key])
    with atomic_output(out) as target:  # whole or not at all, never over another file
        _draw_plan(Canvas(str(target), pagesize=size), data, key)
    return out


def _draw_plan(c: Canvas, data: PlanData, key: str) -> None:
    c.setTitle(doc_text(data.lang, "{name} — plan du salon", name=data.event_name))
    c.setAuthor("itday")
    c.setSubject(f"Plan {key}")
    page = _Page(c, data, key)
    m = page.margin
    bottom_of_title = page.title()
    panel_w = page.w * 0.22
    gutter = 8 * page.f
    plan_w = page.w - 2 * m - panel_w - gutter
    plan_h = bottom_of_title - m - 4 * page.f
    page.plan(m, m, plan_w, plan_h)
    panel_x = page.w - m - panel_w
    legend_bottom = page.legend(panel_x, bottom_of_title, panel_w)
    index_top = legend_bottom - 6 * page.f
    cols = None
    for index_size in (7 * page.f, 6.5 * page.f, 6 * page.f):
        cols = page.index_layout(panel_w, index_top - m, index_size)
        if cols is not None:
            page.index(panel_x, index_top, panel_w, index_size, cols)
            break
    if cols is None:
        index_size = 7 * page.f
        page.c.setFont(page.font, index_size)
        page.c.setFillColor(black)
        page.c.drawString(
            panel_x, index_top - index_size * 1.2, page.t("Index des exposants : page 2.")
        )
        c.showPage()
        top = page.h - m
        full_w = page.w - 2 * m
        size_2 = 10 * page.f
        cols = page.index_layout(full_w, top - m, size_2)
        while cols is None and size_2 > 4:
            size_2 -= 0.5
            cols = page.index_layout(full_w, top - m, size_2)
        cols = max(cols or 4, min(4, int(full_w // (30 * size_2)) or 1))
        page.index(m, top, full_w, size_2, cols, min(full_w / cols, 36 * size_2))
    c.showPage()
    c.save()


def render_plan_png(
    out: str | os.PathLike, data: PlanData, dpi: int = 150, paper: str = "A3"
) -> Path:
    """Writes the plan's first page as a PNG image at ``dpi`` (through ``pdf.raster``:
    QtPdf, or pdftoppm when QtPdf is missing); the file appears only once complete."""
    from itday.services.pdf.raster import write_png

    check_output_path(out, "png")  # one clear line before the page is drawn
    with tempfile.TemporaryDirectory(prefix="itday-plan-") as tmp:
        pdf = Path(tmp) / "plan.pdf"
        render_plan_pdf(pdf, data, paper)
        return write_png(pdf, out, dpi, page=0)


def render_plan(out: str | os.PathLike, data: PlanData, paper: str = "A3", dpi: int = 150) -> Path:
    """PDF or PNG according to ``out``'s extension (what ``itday plan OUT`` needs)."""
    suffix = Path(out).suffix.lower()
    if suffix == ".png":
        return render_plan_png(out, data, dpi=dpi, paper=paper)
    if suffix == ".pdf":
        return render_plan_pdf(out, data, paper)
    raise ValueError(f"Extension non prise en charge : {suffix or '(aucune)'} (.pdf ou .png)")
