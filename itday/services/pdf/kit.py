"""The « Kit exposant »: one A4 page per exhibitor to pair the stand's phones (issue 25).

Each page carries the stand's name and booth, its two links as QR codes — « scan » for the
booth staff, « responsable » for the person who also sees and downloads the stand's
leads — with what each is for, the stands' server's address and the short codes to type
when a QR code will not read, and plain instructions for the phone.  Plain data in, A4
vector PDF out, in the edition's document language.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import partial

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from itday.core.doc_text import doc_date, doc_text
from itday.services.pdf.badges import EventInfo
from itday.services.pdf.fonts import (
    REGULAR,
    draw_text,
    fit_text,
    markup,
    register_fonts,
    text_width,
)
from itday.services.pdf.output import Cancelled, IsCancelled, Output, Progress, atomic_output
from itday.services.pdf.qr import draw_qr

MARGIN = 15 * mm
ACCENT = colors.HexColor("#1f6fb2")
MANAGER = colors.HexColor("#b3541e")
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eef3f8")
QR_SIZE = 58 * mm  # read at arm's length by any phone's camera

#: where the address printed on the kit comes from (``KitAddress.origin``): the running
#: server's, the one chosen last in the app, this computer's first one, or given by hand
RUNNING, CHOSEN, GUESSED, GIVEN = "running", "chosen", "guessed", "given"


@dataclass
class KitPage:
    """One exhibitor's page."""

    exhibitor: str
    booths: list[str] = field(default_factory=list)
    scan_url: str = ""
    scan_code: str = ""
    manager_url: str = ""
    manager_code: str = ""


@dataclass(frozen=True)
class KitAddress:
    """The stands' server's address the links are made for, and how it was chosen."""

    url: str  # « http://192.168.1.20:8080 »
    origin: str = RUNNING  # RUNNING, CHOSEN (last chosen, not running now) or GUESSED


def origin_text(address: KitAddress, lang: str) -> str:
    """What the kit says about its address."""
    t = partial(doc_text, lang)
    if address.origin == RUNNING:
        return t("Adresse du serveur des stands en marche au moment de l'impression.")
    if address.origin == GIVEN:
        return t(
            "Adresse donnée à l'impression : démarrez le serveur des stands à cette même "
            "adresse le jour du salon."
        )
    if address.origin == CHOSEN:
        return t(
            "Adresse choisie en dernier pour le serveur des stands (arrêté au moment de "
            "l'impression) : démarrez-le à cette même adresse le jour du salon."
        )
    return t(
        "Première adresse réseau de cet ordinateur (le serveur des stands n'a jamais été "
        "démarré) : vérifiez-la avant le salon, sinon réimprimez les kits."
    )


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("kit", fontName=REGULAR, fontSize=10, leading=13)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=GREY),
        "step": ParagraphStyle("step", base, fontSize=10.5, leading=14, leftIndent=16,
                               firstLineIndent=-16, spaceAfter=3),
    }  # fmt: skip


def _para(canvas: Canvas, text: str, style: ParagraphStyle, x: float, top: float, width: float):
    """Draw a wrapped paragraph whose top is at ``top``; returns its bottom."""
    p = Paragraph(text, style)
    _w, h = p.wrap(width, 1000)
    p.drawOn(canvas, x, top - h)
    return top - h


def _panel(
    canvas: Canvas,
    x: float,
    top: float,
    width: float,
    colour,
    title: str,
    purpose: str,
    url: str,
    code: str,
    lang: str,
    styles,
) -> float:
    """One link: a coloured title, what it is for, the QR code, the short code, the URL."""
    t = partial(doc_text, lang)
    canvas.setFillColor(colour)
    canvas.roundRect(x, top - 11 * mm, width, 11 * mm, 2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    lines, size = fit_text(title, width - 6 * mm, 15, 9, 1, True)
    if lines:
        draw_text(canvas, x + width / 2, top - 7.6 * mm, lines[0], size, True, "centre")
    canvas.setFillColor(colors.black)
    y = _para(canvas, markup(purpose), styles["body"], x + 2 * mm, top - 14 * mm, width - 4 * mm)
    y = min(y, top - 14 * mm - 3 * 13) - 3 * mm  # the QR codes of both panels line up
    draw_qr(canvas, x + (width - QR_SIZE) / 2, y - QR_SIZE, QR_SIZE, url)
    y -= QR_SIZE + 7 * mm
    canvas.setFillColor(GREY)
    draw_text(canvas, x + width / 2, y, t("Code à taper si le QR code ne passe pas :"), 8.5,
              align="centre")  # fmt: skip
    y -= 9 * mm
    canvas.setFillColor(colour)
    lines, size = fit_text(code, width - 8 * mm, 24, 12, 1, True)
    if lines:
        draw_text(canvas, x + width / 2, y, lines[0], size, True, "centre")
    y -= 6 * mm
    canvas.setFillColor(GREY)
    lines, size = fit_text(url, width - 4 * mm, 7, 4.5, 2)
    for line in lines:
        draw_text(canvas, x + width / 2, y, line, size, align="centre")
        y -= size * 1.25
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(1)
    canvas.roundRect(x, y - 2 * mm, width, top - y + 2 * mm, 2 * mm, stroke=1, fill=0)
    return y - 2 * mm


def draw_kit_page(canvas: Canvas, page: KitPage, event: EventInfo, address: KitAddress) -> None:
    """Draw one exhibitor's kit on the current page."""
    lang = event.lang
    t = partial(doc_text, lang)
    styles = _styles()
    width, height = A4
    inner = width - 2 * MARGIN

    # the band: the show, and what this page is
    canvas.setFillColor(ACCENT)
    canvas.rect(0, height - 16 * mm, width, 16 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    head = f"{event.name} · {doc_date(event.date, lang)}"
    if event.venue:
        head += f" · {event.venue}"
    lines, size = fit_text(head, inner * 0.62, 11, 7, 1, True)
    if lines:
        draw_text(canvas, MARGIN, height - 10 * mm, lines[0], size, True)
    draw_text(canvas, width - MARGIN, height - 10.5 * mm, t("Kit exposant"), 16, True, "right")

    # the stand
    canvas.setFillColor(colors.black)
    y = height - 16 * mm - 13 * mm
    lines, size = fit_text(page.exhibitor, inner, 26, 13, 2, True)
    for line in lines:
        draw_text(canvas, MARGIN, y, line, size, True)
        y -= size * 1.15
    if page.booths:
        booths = ", ".join(page.booths)
        word = "Stand {code}" if len(page.booths) == 1 else "Stands {codes}"
        canvas.setFillColor(ACCENT)
        draw_text(canvas, MARGIN, y - 2 * mm, t(word, code=booths, codes=booths), 15, True)
        y -= 8 * mm
    canvas.setFillColor(colors.black)

    # the two links
    gap = 8 * mm
    panel_w = (inner - gap) / 2
    top = y - 4 * mm
    bottoms = [
        _panel(
            canvas, MARGIN, top, panel_w, ACCENT, t("Scanner les badges"),
            t("Pour l'équipe du stand : scanner les badges des visiteurs et noter l'intérêt, "
              "les étiquettes et une note. Autant de téléphones que vous voulez."),
            page.scan_url, page.scan_code, lang, styles,
        ),
        _panel(
            canvas, MARGIN + panel_w + gap, top, panel_w, MANAGER, t("Responsable du stand"),
            t("Pour le responsable : scanner aussi, et voir la liste des contacts du stand, "
              "la télécharger (Excel, CSV, vCard). Ne le confiez qu'à une personne de "
              "confiance."),
            page.manager_url, page.manager_code, lang, styles,
        ),
    ]  # fmt: skip
    y = min(bottoms) - 6 * mm

    # the server's address
    box_h = 17 * mm
    canvas.setFillColor(LIGHT)
    canvas.roundRect(MARGIN, y - box_h, inner, box_h, 2 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    label = t("Adresse du serveur des stands :") + " "
    draw_text(canvas, MARGIN + 4 * mm, y - 7 * mm, label, 10.5, True)
    shift = 4 * mm + text_width(label, 10.5, True)
    lines, size = fit_text(address.url, inner - shift - 4 * mm, 14, 8, 1, True)
    if lines:
        canvas.setFillColor(ACCENT)
        draw_text(canvas, MARGIN + shift, y - 7 * mm, lines[0], size, True)
    canvas.setFillColor(GREY)
    lines, size = fit_text(origin_text(address, lang), inner - 8 * mm, 8.5, 6, 2)
    line_y = y - 12 * mm
    for line in lines:
        draw_text(canvas, MARGIN + 4 * mm, line_y, line, size)
        line_y -= size * 1.2
    y -= box_h + 5 * mm

    # the instructions
    canvas.setFillColor(colors.black)
    draw_text(canvas, MARGIN, y - 4 * mm, t("Sur le téléphone"), 12.5, True)
    y -= 7 * mm
    steps = [
        t("Connectez le téléphone au Wi-Fi du salon indiqué par les organisateurs (le même "
          "réseau que leur ordinateur). Internet n'est pas nécessaire, rien à installer."),
        t("Ouvrez l'appareil photo et visez le QR code qui vous concerne : le lien s'ouvre "
          "dans le navigateur et le téléphone reste relié au stand."),
        t("Si le QR code ne passe pas : dans le navigateur, tapez l'adresse du serveur "
          "ci-dessus, puis le code à taper sous le QR code."),
        t("Pour chaque visiteur : touchez « Scanner un badge » et prenez son badge en photo, "
          "le QR code net et d'assez près. Puis chaud, tiède ou froid, les étiquettes, une "
          "note : tout est gardé, même si le réseau coupe."),
    ]  # fmt: skip
    for number, text in enumerate(steps, start=1):
        y = _para(canvas, f"<b>{number}.</b>&nbsp;&nbsp;" + markup(text), styles["step"],
                  MARGIN, y, inner)  # fmt: skip

    # footer: privacy, and what to do when a kit is lost
    footer = t(
        "L'e-mail et le téléphone d'un visiteur ne vous parviennent que s'il l'a accepté. "
        "Kit perdu ou donné par erreur : demandez aux organisateurs de révoquer ses liens "
        "(les téléphones reliés perdent l'accès) et d'imprimer un nouveau kit."
    )
    _para(canvas, markup(footer), styles["small"], MARGIN, MARGIN + 12 * mm, inner)


def render_kits(
    out: Output,
    pages: Iterable[KitPage],
    event: EventInfo,
    address: KitAddress,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> int:
    """Render one kit page per exhibitor; returns the page count.  ``progress(done,
    total)`` as pages are drawn; ``cancelled()`` stops it with no file left."""
    register_fonts()
    items = list(pages)
    if not items:
        raise ValueError("aucun exposant")
    with atomic_output(out) as target:
        canvas = Canvas(target, pagesize=A4, pageCompression=1, initialFontName=REGULAR)
        canvas.setTitle(doc_text(event.lang, "Kits exposants — {name}", name=event.name))
        canvas.setAuthor("itday")
        for done, page in enumerate(items, start=1):
            if cancelled is not None and cancelled():
                raise Cancelled()
            draw_kit_page(canvas, page, event, address)
            canvas.showPage()
            if progress is not None:
                progress(done, len(items))
        if cancelled is not None and cancelled():
            raise Cancelled()
        canvas.save()
    return len(items)
