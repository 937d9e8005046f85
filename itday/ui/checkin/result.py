"""The result of the last scan, readable from a metre away: colour, glyph and words.

Never colour alone: each tone has its own glyph (✔, ⚠, ✖) and a headline in capitals.  The
person's name is the largest text, then the company and the category band (word and colour).
The next scan replaces everything.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from itday.core.checkin import (
    HINTS,
    REASON_CANCELLED,
    REASON_DAMAGED,
    REASON_NOT_REGISTERED,
    REASON_OTHER_EDITION,
    REASON_REENTRY,
    REASON_TICKET_CANCELLED,
    REASON_UNKNOWN_TICKET,
    REENTRY_REFUSALS,
    reason_word,
    shows_category,
)
from itday.core.enums import (
    CATEGORY_COLOURS,
    CATEGORY_LABELS_EN,
    CATEGORY_LABELS_FR,
    Category,
    ScanResult,
)
from itday.errors import QT_TRANSLATE_NOOP
from itday.ui import i18n

PARIS = ZoneInfo("Europe/Paris")

# background, text colour per tone
TONE_COLOURS = {
    "ok": ("#1b7f3b", "#ffffff"),
    "warning": ("#f2a900", "#1a1a1a"),
    "refused": ("#c62828", "#ffffff"),
    "idle": ("#eef1f4", "#3a3f45"),
}
GLYPHS = {"ok": "✔", "warning": "⚠", "refused": "✖", "idle": "▣"}


def local_time(moment: dt.datetime | None) -> str:
    """``9h12`` in Paris time (``9:12`` in English)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(PARIS)
    separator = ":" if i18n.current_language() == "en" else "h"
    return f"{local.hour}{separator}{local.minute:02d}"


#: what the desk does about a refusal (the headline names it: « CODE MAL LU »)
REFUSAL_DETAILS = {
    REASON_UNKNOWN_TICKET: QT_TRANSLATE_NOOP(
        "ResultPanel", "Billet absent de la liste importée : chercher la personne par son nom"
    ),
    REASON_NOT_REGISTERED: QT_TRANSLATE_NOOP(
        "ResultPanel", "Code itday absent de la liste : chercher la personne par son nom"
    ),
    REASON_CANCELLED: QT_TRANSLATE_NOOP("ResultPanel", "Entrée refusée : voir l'organisation"),
    REASON_TICKET_CANCELLED: QT_TRANSLATE_NOOP(
        "ResultPanel", "Entrée refusée : voir l'organisation"
    ),
    REASON_DAMAGED: QT_TRANSLATE_NOOP(
        "ResultPanel", "Code abîmé ou mal lu : rescanner ou chercher par nom"
    ),
    REASON_OTHER_EDITION: QT_TRANSLATE_NOOP(
        "ResultPanel", "Chercher la personne par son nom pour cette édition"
    ),
}
NOT_OURS_DETAIL = QT_TRANSLATE_NOOP("ResultPanel", "QR code étranger (site web, carte de visite…)")


def capitals(text: str) -> str:
    """A headline in capitals; the name « itday » keeps its own spelling."""
    return text.upper().replace("ITDAY", "itday")


def describe(outcome) -> dict:
    """Headline, detail line and tone for an outcome (ScanOutcome or StationOutcome), in the
    current language."""
    translate = QCoreApplication.translate
    result = outcome.result
    decision = outcome.decision
    tone = decision.tone  # a re-entry the rule refuses is red
    detail = ""
    if result is ScanResult.ADMITTED:
        headline = translate("ResultPanel", "ENTRÉE VALIDÉE")
    elif result is ScanResult.ALREADY_ADMITTED:
        # the edition's re-entry rule, as applied: allowed, after an exit, refused
        reason = decision.reason or REASON_REENTRY
        headline = translate("ResultPanel", "DÉJÀ ENTRÉ(E)")
        if reason in REENTRY_REFUSALS:
            headline = capitals(translate("checkin", reason_word(result, reason)))
        when = local_time(decision.first_at)
        where = decision.first_station or ""
        at = translate("ResultPanel", "à %1").replace("%1", when) if when else ""
        first = ", ".join(x for x in (at, where) if x)
        rule = HINTS.get(reason) or reason_word(result, reason)
        detail = (
            translate("ResultPanel", "Première entrée %1 — %2")
            .replace("%1", first)
            .replace("%2", translate("checkin", rule))
            .replace("  ", " ")
        )
    else:  # a refusal: its one name (core.checkin), in capitals, and what to do
        headline = capitals(translate("checkin", reason_word(result, decision.reason)))
        detail = translate("ResultPanel", REFUSAL_DETAILS.get(decision.reason, NOT_OURS_DETAIL))
    if getattr(outcome, "offline", False):
        detail = (detail + " · " if detail else "") + translate("ResultPanel", "hors ligne")
    return {"tone": tone, "glyph": GLYPHS[tone], "headline": headline, "detail": detail}


#: the text's full size (px), by line; it shrinks (``ResultPanel._fit``) to show whole
MIN_SCALE = 0.3
BOLD = {"glyph", "headline", "name", "category"}


def _sizes(idle: bool, big_category: bool) -> dict[str, int]:
    return {
        "glyph": 60 if idle else 100,
        "headline": 30 if idle else 52,
        "detail": 22,
        "name": 60,
        "company": 30,
        "category": 44 if big_category else 28,
    }


#: the smallest size of a line (px): the words to read stay readable; the glyph and the name
#: give way first
FLOOR = {"glyph": 24, "headline": 22, "detail": 15, "name": 22, "company": 15, "category": 16}
#: the glyph shrinks faster than the words
WEIGHT = {"glyph": 0.7}


def _px(size: int, scale: float, line: str = "") -> int:
    weighted = scale ** (1 / WEIGHT.get(line, 1.0))
    return max(FLOOR.get(line, 12), int(size * weighted))


def _band(scale: float) -> int:
    """The category band's height: 64 px at full size."""
    return max(36, int(64 * scale))


def _label(px: int, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel()
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if name:
        label.setObjectName(name)
    return label


class ResultPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(320)
        self.tone = "idle"
        self._scale = 1.0  # text shrinks on narrow screens (the panel is ~650 px at 1600×900)
        self._style_args = ("idle", "", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(6)
        self.glyph = _label(110, True, "resultGlyph")
        self.headline = _label(48, True, "resultHeadline")
        self.detail = _label(24, False, "resultDetail")
        self.name = _label(60, True, "resultName")
        self.company = _label(30, False, "resultCompany")
        self.category = _label(34, True, "resultCategory")
        self.category.setMinimumHeight(_band(1.0))
        top = QVBoxLayout()
        top.setSpacing(0)
        top.addWidget(self.glyph)
        top.addWidget(self.headline)
        layout.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.detail)
        layout.addSpacing(10)
        layout.addWidget(self.name)
        layout.addWidget(self.company)
        layout.addSpacing(8)
        layout.addWidget(self.category)
        layout.addStretch(1)
        self.show_idle()

    def _paint(self, tone: str, category_colour: str = "", big_category: bool = False) -> None:
        # Sizes go in the style sheet: the application's "QWidget { font-size }" rule
        # would override fonts set with setFont.
        self.tone = tone
        self._style_args = (tone, category_colour, big_category)
        bg, fg = TONE_COLOURS[tone]
        idle = tone == "idle"
        size = {name: _px(s, self._scale, name) for name, s in _sizes(idle, big_category).items()}
        self.category.setMinimumHeight(_band(self._scale))
        border = "border: 2px dashed #b7c2cc;" if idle else ""
        self.setStyleSheet(
            f"#resultPanel {{ background: {bg}; border-radius: 14px; {border} }}"
            f"#resultPanel QLabel {{ color: {fg}; background: transparent; }}"
            f"#resultGlyph {{ font-size: {size['glyph']}px; font-weight: bold; }}"
            f"#resultHeadline {{ font-size: {size['headline']}px; font-weight: bold; }}"
            f"#resultDetail {{ font-size: {size['detail']}px; }}"
            f"#resultName {{ font-size: {size['name']}px; font-weight: bold; }}"
            f"#resultCompany {{ font-size: {size['company']}px; }}"
            f"#resultPanel #resultCategory {{ background: {category_colour or 'transparent'};"
            f" color: white; border: 3px solid white; border-radius: 10px; padding: 4px 22px;"
            f" font-size: {size['category']}px; font-weight: bold; }}"
        )

    def _fit(self) -> None:
        """The largest text (at most the full size) with which every line shows whole: the
        headline on one line, the rest wrapped within the panel's height (a 40-character
        name, the longest English detail, at 1280 × 720 too)."""
        inside = self.contentsRect()
        width = inside.width() - 48  # the layout's margins
        height = inside.height() - 32
        if width <= 0 or height <= 0:
            return
        tone, _colour, big = self._style_args
        sizes = _sizes(tone == "idle", big)
        scale = min(1.0, self.width() / 680.0)
        while scale > MIN_SCALE and not self._fits(sizes, scale, width, height):
            scale -= 0.05
        scale = max(scale, MIN_SCALE)
        if abs(scale - self._scale) > 0.001:
            self._scale = scale
            self._paint(*self._style_args)

    def _fits(self, sizes: dict[str, int], scale: float, width: int, height: int) -> bool:
        needed = 16  # the spacings between the name and the lines around it
        shown = 0
        for key, label in self._labels().items():
            if label.isHidden() or not label.text():
                continue
            font = QFont(label.font())
            font.setPixelSize(_px(sizes[key], scale, key))
            font.setBold(key in BOLD)
            metrics = QFontMetrics(font)
            room = width - (2 * (22 + 3) if key == "category" else 0)
            if key == "headline" and metrics.horizontalAdvance(label.text()) > room:
                return False  # the headline never breaks in two
            flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
            lines = metrics.boundingRect(0, 0, room, 100_000, flags, label.text()).height()
            if key == "category":
                lines = max(_band(scale), lines + 2 * (4 + 3))
            needed += lines
            shown += 1
        needed += 6 * max(shown - 1, 0)  # the layout's spacing
        return needed <= height

    def _labels(self) -> dict[str, QLabel]:
        return {"glyph": self.glyph, "headline": self.headline, "detail": self.detail,
                "name": self.name, "company": self.company, "category": self.category}  # fmt: skip

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def show_idle(self, text: str = "") -> None:
        self._paint("idle")
        self.glyph.setText(GLYPHS["idle"])
        self.headline.setText(text or self.tr("Présentez le badge à la caméra"))
        self.detail.setText(self.tr("ou scannez-le à la douchette, ou cherchez le nom ci-dessous"))
        for label in (self.name, self.company, self.category):
            label.clear()
        self.category.setVisible(False)
        self._fit()

    def show_outcome(self, outcome) -> None:
        info = describe(outcome)
        self._paint(info["tone"])
        self.glyph.setText(info["glyph"])
        self.headline.setText(info["headline"])
        self.detail.setText(info["detail"])
        self.detail.setVisible(bool(info["detail"]))
        who = outcome.attendee or {}
        name = f"{who.get('first_name', '')} {who.get('last_name', '')}".strip()
        self.name.setText(name)
        self.name.setVisible(bool(name))
        self.company.setText(who.get("company") or "")
        self.company.setVisible(bool(who.get("company")))
        category = who.get("category")
        if category:
            try:
                cat = Category(category)
            except ValueError:
                cat = None
            word = i18n.label(CATEGORY_LABELS_FR, CATEGORY_LABELS_EN, cat) if cat else str(category)
            colour = CATEGORY_COLOURS.get(cat, "#555555") if cat else "#555555"
            big = shows_category(category)
            self._paint(info["tone"], colour, big)
            self.category.setText(("★ " + word.upper() + " ★") if big else word)
            self.category.setVisible(True)
        else:
            self.category.clear()
            self.category.setVisible(False)
        self._fit()

    def show_message(self, tone: str, glyph: str, headline: str, detail: str = "") -> None:
        """A plain message in the panel (e.g. after an undo)."""
        self._paint(tone)
        self.glyph.setText(glyph)
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        for label in (self.name, self.company, self.category):
            label.clear()
        self.name.setVisible(False)
        self.company.setVisible(False)
        self.category.setVisible(False)
        self._fit()

    def texts(self) -> str:
        """Everything the panel says, for tests and logs."""
        parts = [self.glyph, self.headline, self.detail, self.name, self.company, self.category]
        return " | ".join(w.text() for w in parts if w.text())
