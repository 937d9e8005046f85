"""Printed documents about exhibitors: the list (by name, booth or sector), the
directory, and the booth signs.  Plain data in, A4 vector PDF out, in French."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from itday.core.doc_text import doc_date, doc_text
from itday.core.text import sort_key
from itday.services.pdf.badges import EventInfo
from itday.services.pdf.fonts import (
    BOLD,
    REGULAR,
    draw_text,
    fit_text,
    markup,
    register_fonts,
)
from itday.services.pdf.output import Output, atomic_output

__all__ = [
    "ExhibitorEntry",
    "booth_key",
    "render_booth_signs",
    "render_directory",
    "render_list",
]

ORDERS = {"name": "par nom", "booth": "par stand", "sector": "par secteur"}
NO_SECTOR = "Autres"
NO_BOOTH = "—"
MARGIN = 15 * mm
ACCENT = colors.HexColor("#1f6fb2")
LIGHT = colors.HexColor("#eef3f8")


@dataclass
class ExhibitorEntry:
    name: str
    sector: str
    booths: list[str] = field(default_factory=list)
    description: str = ""
    website: str = ""
    contact: str = ""
    phone: str = ""


def booth_key(code: str) -> tuple:
    """Natural order of booth codes: A2 < A10 < B1, accents and case ignored."""
    parts = re.split(r"(\d+)", sort_key(code))
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def _t(event: EventInfo):
    """The document language's words for ``event``'s documents."""
    return partial(doc_text, event.lang)


def _booths_text(booths: list[str]) -> str:
    return ", ".join(sorted(booths, key=booth_key)) if booths else NO_BOOTH


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("base", fontName=REGULAR, fontSize=9.5, leading=12, alignment=TA_LEFT)
    return {
        "cell": base,
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=22),
        "heading": ParagraphStyle(
            "heading", base, fontName=BOLD, fontSize=12.5, leading=16, textColor=ACCENT
        ),
        "name": ParagraphStyle("name", base, fontName=BOLD, fontSize=11.5, leading=14),
        "small": ParagraphStyle(
            "small", base, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")
        ),
    }


def _p(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(markup(text, bold), style)


class _Furniture:
    """Draws header and footer once the page count is known (for "Page N / M")."""

    def __init__(self, event: EventInfo, title: str):
        self.event = event
        self.title = title

    def canvas_class(self):
        furniture = self

        class NumberedCanvas(Canvas):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self._pages: list[dict] = []

            def showPage(self):
                self._pages.append(dict(self.__dict__))
                self._startPage()

            def save(self):
                total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    furniture.draw(self, number, total)
                    super().showPage()
                super().save()

        return NumberedCanvas

    def draw(self, canvas: Canvas, number: int, total: int) -> None:
        lang = self.event.lang
        width, height = canvas._pagesize
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#444444"))
        top = height - MARGIN + 5 * mm
        left_max = (width - 2 * MARGIN) * 0.6
        lines, size = fit_text(self.event.name, left_max, 9, 6, 1, True)
        if lines:
            draw_text(canvas, MARGIN, top, lines[0], size, True)
        when = doc_date(self.event.date, lang)
        if self.event.venue:
            when += f" · {self.event.venue}"
        lines, size = fit_text(when, (width - 2 * MARGIN) * 0.38, 9, 6, 1)
        if lines:
            draw_text(canvas, width - MARGIN, top, lines[0], size, align="right")
        canvas.setStrokeColor(colors.HexColor("#999999"))
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN, top - 2 * mm, width - MARGIN, top - 2 * mm)
        bottom = MARGIN - 8 * mm
        canvas.line(MARGIN, bottom + 4 * mm, width - MARGIN, bottom + 4 * mm)
        draw_text(canvas, MARGIN, bottom, self.title, 8)
        page = doc_text(lang, "Page {number} / {total}", number=number, total=total)
        draw_text(canvas, width - MARGIN, bottom, page, 8, align="right")
        canvas.restoreState()


def _build(out: Output, story: list, event: EventInfo, title: str, columns: int = 1) -> int:
    """Lay ``story`` out on A4 pages with header and footer; returns the page count."""
    width, height = A4
    gap = 6 * mm
    frame_w = (width - 2 * MARGIN - (columns - 1) * gap) / columns
    frames = [
        Frame(
            MARGIN + i * (frame_w + gap),
            MARGIN,
            frame_w,
            height - 2 * MARGIN,
            leftPadding=0,
            rightPadding=0,
            topPadding=2 * mm,
            bottomPadding=0,
            id=f"col{i}",
        )
        for i in range(columns)
    ]
    furniture = _Furniture(event, title)
    with atomic_output(out) as target:
        doc = BaseDocTemplate(
            target,
            pagesize=A4,
            title=title,
            author="itday",
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            pageCompression=1,
            initialFontName=REGULAR,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=frames)])
        doc.build(story, canvasmaker=furniture.canvas_class())
        return doc.page


def _table(
    rows: list[list], header: list[str], widths: list[float], st, heading: str = ""
) -> Table:
    """A striped table; ``heading`` (a sector name) is a first row that repeats with the
    column titles on every page the table runs onto."""
    data = [[_p(h, st["cell_bold"], True) for h in header], *rows]
    top = 0
    if heading:
        data.insert(0, [_p(heading, st["heading"], True)] + [""] * (len(header) - 1))
        top = 1
    table = Table(data, colWidths=widths, repeatRows=top + 1)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LINEBELOW", (0, top), (-1, top), 0.8, ACCENT),
        ("LINEBELOW", (0, top + 1), (-1, -1), 0.25, colors.HexColor("#cccccc")),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if heading:
        style += [("SPAN", (0, 0), (-1, 0)), ("TOPPADDING", (0, 0), (-1, 0), 6)]
    style += [("BACKGROUND", (0, i), (-1, i), LIGHT) for i in range(top + 2, len(data), 2)]
    table.setStyle(TableStyle(style))
    return table


def _name_key(entry: ExhibitorEntry) -> tuple:
    """Alphabetical, accents and case ignored, numbers in natural order ("Lab 2" < "Lab 10")."""
    return (booth_key(entry.name), entry.name)


def render_list(out: Output, entries: Iterable[ExhibitorEntry], event: EventInfo, by="name") -> int:
    """The exhibitor list, ordered ``by`` name, booth or sector; returns the page count."""
    if by not in ORDERS:
        raise ValueError(f"tri inconnu : {by!r} (au choix : {', '.join(ORDERS)})")
    st = _styles()
    t = _t(event)
    items = list(entries)
    title = t("Liste des exposants — {order}", order=t(ORDERS[by]))
    full = A4[0] - 2 * MARGIN
    story: list = [_p(title, st["title"], True), Spacer(1, 5 * mm)]
    cell, bold = st["cell"], st["cell_bold"]

    if by == "name":
        rows = [
            [_p(e.name, bold, True), _p(e.sector, cell), _p(_booths_text(e.booths), cell)]
            for e in sorted(items, key=_name_key)
        ]
        story.append(
            _table(
                rows,
                [t("Exposant"), t("Secteur"), t("Stand(s)")],
                [0.5 * full, 0.3 * full, 0.2 * full],
                st,
            )
        )
    elif by == "booth":
        pairs = [(b, e) for e in items for b in e.booths]
        pairs.sort(key=lambda p: (booth_key(p[0]), _name_key(p[1])))
        pairs += [(NO_BOOTH, e) for e in sorted(items, key=_name_key) if not e.booths]
        rows = [[_p(b, bold, True), _p(e.name, cell), _p(e.sector, cell)] for b, e in pairs]
        story.append(
            _table(
                rows,
                [t("Stand"), t("Exposant"), t("Secteur")],
                [0.15 * full, 0.55 * full, 0.3 * full],
                st,
            )
        )
    else:
        groups: dict[str, list[ExhibitorEntry]] = {}
        for e in items:
            groups.setdefault((e.sector or "").strip() or t(NO_SECTOR), []).append(e)
        order = sorted(groups, key=lambda s: (s == t(NO_SECTOR), sort_key(s), s))
        for sector in order:
            rows = [
                [_p(e.name, bold, True), _p(_booths_text(e.booths), cell)]
                for e in sorted(groups[sector], key=_name_key)
            ]
            heading = f"{sector} ({len(rows)})"
            widths = [0.75 * full, 0.25 * full]
            story += [
                _table(rows, [t("Exposant"), t("Stand(s)")], widths, st, heading),
                Spacer(1, 4 * mm),
            ]
    return _build(out, story, event, title)


def render_directory(out: Output, entries: Iterable[ExhibitorEntry], event: EventInfo) -> int:
    """The exhibitor directory: one block per exhibitor, two columns; returns the page count."""
    st = _styles()
    t = _t(event)
    title = t("Annuaire des exposants")
    story: list = [_p(title, st["title"], True), Spacer(1, 4 * mm)]
    for e in sorted(entries, key=_name_key):
        block = [_p(e.name, st["name"], True)]
        where = " · ".join(
            part
            for part in (
                e.sector,
                t("Stand {code}", code=_booths_text(e.booths)) if e.booths else "",
            )
            if part
        )
        if where:
            block.append(_p(where, st["small"]))
        if e.description:
            description = " ".join(e.description.split())
            if len(description) > 400:
                description = description[:399].rsplit(" ", 1)[0] + "…"
            block.append(_p(description, st["cell"]))
        contact = " · ".join(part for part in (e.website, e.contact, e.phone) if part)
        if contact:
            block.append(_p(contact, st["small"]))
        story += [KeepTogether(block), Spacer(1, 4 * mm)]
    return _build(out, story, event, title, columns=2)


def render_booth_signs(out: Output, booths: Iterable[tuple[str, str]], event: EventInfo) -> int:
    """One A4 landscape page per booth: a huge booth code and the company, fitted."""
    register_fonts()
    size = landscape(A4)
    width, height = size
    inner = width - 2 * MARGIN
    booths = sorted(booths, key=lambda b: booth_key(b[0]))
    if not booths:
        raise ValueError("aucun stand à imprimer")
    pages = 0
    with atomic_output(out) as target:
        canvas = Canvas(target, pagesize=size, pageCompression=1, initialFontName=REGULAR)
        t = _t(event)
        canvas.setTitle(t("Panneaux de stands — {name}", name=event.name))
        canvas.setAuthor("itday")
        for code, company in booths:
            canvas.setFillColor(ACCENT)
            canvas.rect(0, height - 14 * mm, width, 14 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            head = f"{event.name} · {doc_date(event.date, event.lang)}"
            lines, s = fit_text(head, inner, 14, 7, 1, True)
            if lines:
                draw_text(canvas, width / 2, height - 9.5 * mm, lines[0], s, True, "centre")
            canvas.setFillColor(colors.black)
            lines, s = fit_text(t("Stand {code}", code=code).strip(), inner, 240, 40, 1, True)
            code_size = s
            if lines:
                baseline = height * 0.52
                draw_text(canvas, width / 2, baseline, lines[0], s, True, "centre")
            lines, s = fit_text(company or "", inner, 60, 18, 2, True)
            y = height * 0.52 - code_size * 0.35 - 12 * mm
            for line in lines:
                y -= s
                draw_text(canvas, width / 2, y, line, s, True, "centre")
                y -= s * 0.2
            canvas.showPage()
            pages += 1
        canvas.save()
    return pages
