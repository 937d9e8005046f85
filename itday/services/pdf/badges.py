"""Visitor badges: event, names, company, a coloured category band and the QR code.

Plain data in (``BadgeData``, ``EventInfo``), a PDF out; no database, no widgets.  The
caller sorts the badges (by ``core.text.sort_key`` of the last name).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, A6, A7, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from itday.core.badge import is_ours
from itday.core.doc_text import category_word, doc_date, doc_text
from itday.core.enums import CATEGORY_COLOURS, Category
from itday.core.leads import badge_short_code
from itday.services.pdf.fonts import REGULAR, draw_text, fit_text, register_fonts
from itday.services.pdf.output import (
    Cancelled,
    IsCancelled,
    Output,
    Progress,
    atomic_output,
)

__all__ = [
    "LAYOUTS",
    "BadgeData",
    "Cancelled",
    "EventInfo",
    "Layout",
    "describe_layouts",
    "fit_text",
    "render_badges",
]


@dataclass
class BadgeData:
    first_name: str
    last_name: str
    company: str
    category: str
    code: str
    extra: str = ""


@dataclass
class EventInfo:
    name: str
    date: datetime.date
    venue: str = ""
    lang: str = "fr"  # the document language of the edition (itday.core.doc_text)


@dataclass(frozen=True)
class Layout:
    name: str
    description: str  # French, shown by ``itday badges --layout list``
    page_size: tuple[float, float]  # points
    badge_size: tuple[float, float]  # points, portrait
    cols: int = 1
    rows: int = 1
    cut_marks: bool = False

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    def slots(self) -> list[tuple[float, float]]:
        """Lower-left corner of each badge on a page, in reading order."""
        pw, ph = self.page_size
        bw, bh = self.badge_size
        x0 = (pw - self.cols * bw) / 2
        y0 = (ph - self.rows * bh) / 2
        return [
            (x0 + c * bw, y0 + (self.rows - 1 - r) * bh)
            for r in range(self.rows)
            for c in range(self.cols)
        ]


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        Layout("a6", "Un badge A6 (105 × 148 mm) par page", A6, A6),
        Layout(
            "4xa6",
            "Quatre badges A6 sur une feuille A4, avec traits de coupe",
            A4,
            A6,
            cols=2,
            rows=2,
            cut_marks=True,
        ),
        Layout(
            "8xa7",
            "Huit badges A7 (74 × 105 mm) sur une feuille A4 paysage, avec traits de coupe",
            landscape(A4),
            A7,
            cols=4,
            rows=2,
            cut_marks=True,
        ),
        Layout(
            "label54x90",
            "Étiquette 54 × 90 mm, une par page (imprimante d'étiquettes)",
            (54 * mm, 90 * mm),
            (54 * mm, 90 * mm),
        ),
        Layout(
            "label62x100",
            "Étiquette 62 × 100 mm, une par page (imprimante d'étiquettes)",
            (62 * mm, 100 * mm),
            (62 * mm, 100 * mm),
        ),
    )
}

GREY = HexColor("#444444")
BLACK = HexColor("#000000")
WHITE = HexColor("#ffffff")
OTHER_COLOUR = "#555555"
LEADING = 1.18  # line height / font size
MIN_READABLE = 5.0  # points: no text on a badge is ever smaller


def category_label(category: str, lang: str = "fr") -> str:
    return category_word(category, lang)


@lru_cache(maxsize=32)
def _category_colour(category: str):
    try:
        return HexColor(CATEGORY_COLOURS[Category(category)])
    except ValueError:
        return HexColor(OTHER_COLOUR)


@dataclass(frozen=True)
class _Geometry:
    """Boxes of one badge size, relative to the badge's lower-left corner (points)."""

    w: float
    h: float
    scale: float
    pad: float
    band_y: float
    band_h: float
    qr_x: float
    qr_y: float
    qr_size: float
    text_top: float  # below the header
    text_bottom: float  # above the QR code
    code_size: float  # the short code under the QR code
    event_size: float
    date_size: float


@lru_cache(maxsize=8)
def _geometry(w: float, h: float) -> _Geometry:
    s = min(w / A6[0], h / A6[1])
    pad = max(4 * mm, 6 * mm * s)
    band_h = 11 * mm * s
    band_y = pad
    qr_size = min(w - 2 * pad, h * 0.30)
    code_size = max(MIN_READABLE, 7.5 * s)  # the short code typed when a photo fails
    qr_y = band_y + band_h + 1.5 * mm * s + code_size * 1.1
    event_size = max(6.5, 11 * s)
    date_size = max(5.5, 9 * s)
    header_h = (event_size + date_size) * LEADING + 2 * mm * s
    return _Geometry(
        w=w,
        h=h,
        scale=s,
        pad=pad,
        band_y=band_y,
        band_h=band_h,
        qr_x=(w - qr_size) / 2,
        qr_y=qr_y,
        qr_size=qr_size,
        text_top=h - pad - header_h,
        text_bottom=qr_y + qr_size + 1 * mm * s,
        code_size=code_size,
        event_size=event_size,
        date_size=date_size,
    )


# (attribute, bold, max size at A6, min size at A6, max lines)
_FIELDS = (
    ("first_name", True, 32.0, 12.0, 2),
    ("last_name", True, 22.0, 9.0, 2),
    ("company", False, 14.0, 7.5, 2),
    ("extra", False, 9.0, 6.5, 1),
)


def _fit_fields(badge: BadgeData, width: float, height: float, s: float):
    """Fit the name block: [(lines, size, bold)], shrinking everything if it is too tall."""
    factor = 1.0
    for _ in range(6):
        blocks = []
        for attr, bold, max_size, min_size, max_lines in _FIELDS:
            text = getattr(badge, attr) or ""
            hi = max(MIN_READABLE, max_size * s * factor)
            lo = min(hi, max(MIN_READABLE, min_size * s * factor))
            lines, size = fit_text(text, width, hi, lo, max_lines, bold)
            if lines:
                blocks.append((lines, size, bold))
        total = sum(len(lines) * size * LEADING for lines, size, _ in blocks)
        if total <= height:
            return blocks, total
        factor *= max(0.5, height / total * 0.98)
    return blocks, total


def draw_badge(
    canvas: Canvas,
    x: float,
    y: float,
    w: float,
    h: float,
    badge,
    event,
    *,
    dpi: float | None = None,
    page_height: float | None = None,
) -> None:
    """Draw one badge with its lower-left corner at (x, y); with ``dpi`` (and the page's
    height) the QR code's modules fall on whole printer dots."""
    g = _geometry(w, h)
    s = g.scale
    inner = w - 2 * g.pad
    cx = x + w / 2

    # header: event name, then date (and venue)
    canvas.setFillColor(GREY)
    top = y + h - g.pad
    lines, size = fit_text(event.name, inner, g.event_size, MIN_READABLE, 1, True)
    for line in lines:
        top -= size
        draw_text(canvas, cx, top, line, size, True, align="centre")
        top -= size * (LEADING - 1)
    when = doc_date(event.date, event.lang) + (f" · {event.venue}" if event.venue else "")
    lines, size = fit_text(when, inner, g.date_size, MIN_READABLE, 1)
    for line in lines:
        top -= size
        draw_text(canvas, cx, top, line, size, align="centre")

    # names and company, centred vertically between header and QR code
    region = g.text_top - g.text_bottom
    blocks, total = _fit_fields(badge, inner, region, s)
    canvas.setFillColor(BLACK)
    baseline = y + g.text_bottom + (region + total) / 2
    for lines, size, bold in blocks:
        for line in lines:
            baseline -= size
            draw_text(canvas, cx, baseline + size * 0.2, line, size, bold, align="centre")
            baseline -= size * (LEADING - 1)

    # QR code (its tables and NumPy loaded when a badge is drawn, not by the export's report)
    from itday.services.pdf.qr import draw_qr

    draw_qr(canvas, x + g.qr_x, y + g.qr_y, g.qr_size, badge.code, dpi=dpi, page_height=page_height)
    # its short form, for an exhibitor's phone when the photo cannot be read (issue 25)
    if is_ours(badge.code):
        canvas.setFillColor(GREY)
        baseline = y + g.band_y + g.band_h + 0.9 * mm * s + g.code_size * 0.2
        draw_text(canvas, cx, baseline, badge_short_code(badge.code), g.code_size, align="centre")

    # category band: colour and word (the colour is never the only cue)
    canvas.setFillColor(_category_colour(badge.category))
    canvas.rect(x, y + g.band_y, w, g.band_h, stroke=0, fill=1)
    canvas.setFillColor(WHITE)
    label = category_label(badge.category, event.lang).upper()
    lines, size = fit_text(label, inner, g.band_h * 0.55, MIN_READABLE, 1, True)
    if lines:
        draw_text(
            canvas, cx, y + g.band_y + (g.band_h - size * 0.72) / 2, lines[0], size, True, "centre"
        )


def _draw_cut_marks(canvas: Canvas, layout: Layout) -> None:
    """Short grey ticks in the page margins and small crosses where badges meet."""
    pw, ph = layout.page_size
    bw, bh = layout.badge_size
    slots = layout.slots()
    xs = sorted({round(x, 3) for x, _ in slots} | {round(x + bw, 3) for x, _ in slots})
    ys = sorted({round(y, 3) for _, y in slots} | {round(y + bh, 3) for _, y in slots})
    tick = 3 * mm
    canvas.saveState()
    canvas.setStrokeColorRGB(0.55, 0.55, 0.55)
    canvas.setLineWidth(0.3)
    for x in xs:
        canvas.line(x, 0, x, tick)
        canvas.line(x, ph - tick, x, ph)
    for y in ys:
        canvas.line(0, y, tick, y)
        canvas.line(pw - tick, y, pw, y)
    arm = 1.5 * mm
    for x in xs[1:-1]:
        for y in ys[1:-1]:
            canvas.line(x - arm, y, x + arm, y)
            canvas.line(x, y - arm, x, y + arm)
    canvas.restoreState()


def render_badges(
    out: Output,
    badges: Iterable[BadgeData],
    event: EventInfo,
    layout: str = "a6",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    dpi: float | None = None,
) -> int:
    """Render ``badges`` (already sorted) to a PDF; returns the number of pages.

    ``dpi``: the printer's resolution (300 for most label printers); the QR codes are then
    drawn on its dot grid, crisp on a thermal label.

    ``progress(done, total)`` is called as badges are drawn; if ``cancelled()`` becomes
    true the rendering stops, no file is written and ``Cancelled`` is raised.
    """
    try:
        spec = LAYOUTS[layout]
    except KeyError:
        raise ValueError(
            f"mise en page inconnue : {layout!r} (au choix : {', '.join(LAYOUTS)})"
        ) from None
    register_fonts()
    items = list(badges)
    total = len(items)
    if not items:
        raise ValueError("aucun badge à imprimer")
    slots = spec.slots()
    bw, bh = spec.badge_size
    pages = 0
    with atomic_output(out) as target:
        canvas = Canvas(target, pagesize=spec.page_size, pageCompression=1, initialFontName=REGULAR)
        canvas.setTitle(doc_text(event.lang, "Badges — {name}", name=event.name))
        canvas.setAuthor("itday")
        for start in range(0, total, spec.per_page):
            if cancelled is not None and cancelled():
                raise Cancelled()
            chunk = items[start : start + spec.per_page]
            for (x, y), badge in zip(slots, chunk, strict=False):
                draw_badge(
                    canvas, x, y, bw, bh, badge, event, dpi=dpi, page_height=spec.page_size[1]
                )
            if spec.cut_marks:
                _draw_cut_marks(canvas, spec)
            canvas.showPage()
            pages += 1
            if progress is not None:
                progress(start + len(chunk), total)
        if cancelled is not None and cancelled():
            raise Cancelled()
        canvas.save()
    return pages


def describe_layouts() -> str:
    """What ``itday badges --layout list`` prints: one layout a line, name and description."""
    width = max(len(name) for name in LAYOUTS)
    return "\n".join(f"{name:<{width}}  {spec.description}" for name, spec in LAYOUTS.items())
