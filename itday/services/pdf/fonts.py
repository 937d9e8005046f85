"""Unicode fonts for every PDF itday writes.

PDF base fonts (Helvetica...) only know Latin-1, so names like "Łódź", "Ğİ" or "東京" would
print as black boxes.  We embed TrueType fonts shipped in ``resources/fonts``: DejaVu Sans
(Latin, Greek, Cyrillic...) and Droid Sans Fallback for CJK.  Text is cut into runs by
glyph coverage: DejaVu first, the CJK font for what DejaVu lacks.  Every helper here
(``draw_text``, ``text_width``, ``markup``) works on such runs, so mixed strings are fine.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from itday.resources import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"  # no bold face: bold CJK uses the regular one

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def register_fonts() -> None:
    """Register the embedded fonts with reportlab (safe to call any number of times).

    Also makes reportlab write binary (zlib only) streams instead of ASCII85-wrapped ones:
    without reportlab's optional C accelerator, ASCII85 encoding in pure Python took a
    third of the time of a 900-badge PDF, for files 25 % bigger.
    """
    if _coverage:
        return
    with _lock:
        if _coverage:
            return
        rl_config.useA85 = 0
        registered = set(pdfmetrics.getRegisteredFontNames())
        cover: dict[str, frozenset[int]] = {}
        for name, filename in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
            font = pdfmetrics.getFont(name)
            cover[name] = frozenset(font.face.charToGlyph)
        # <b> inside Paragraph markup maps DejaVuSans to its bold face.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _coverage.update(cover)


def font_name(bold: bool = False) -> str:
    """Name of the main (Latin) face, for reportlab styles."""
    register_fonts()
    return BOLD if bold else REGULAR


def _font_for(ch: str, main: str) -> str | None:
    """Font that has a glyph for ``ch`` (None: combining mark, keep with the previous run)."""
    cp = ord(ch)
    if cp in _coverage[main]:
        return main
    if unicodedata.combining(ch):
        return None
    if cp in _coverage[CJK]:
        return CJK
    return main  # nobody has it: the main font shows its "missing glyph" box


@lru_cache(maxsize=16384)
def split_runs(text: str, bold: bool = False) -> tuple[tuple[str, str], ...]:
    """Cut ``text`` into ``(font name, substring)`` runs by glyph coverage (NFC first)."""
    register_fonts()
    main = BOLD if bold else REGULAR
    text = unicodedata.normalize("NFC", text)
    runs: list[list[str]] = []
    for ch in text:
        if runs and unicodedata.combining(ch) and ord(ch) in _coverage[runs[-1][0]]:
            font = runs[-1][0]  # a mark stays with its letter when that font can draw it
        else:
            font = _font_for(ch, main)
        if font is None:
            font = runs[-1][0] if runs else main
        if runs and runs[-1][0] == font:
            runs[-1][1] += ch
        else:
            runs.append([font, ch])
    return tuple((f, s) for f, s in runs)


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` set at ``size`` points."""
    return sum(pdfmetrics.stringWidth(s, f, size) for f, s in split_runs(text, bold))


def draw_text(
    canvas, x: float, y: float, text: str, size: float, bold: bool = False, align: str = "left"
) -> float:
    """Draw ``text`` with its baseline at ``y``; ``align`` is left, centre or right of ``x``.

    Uses the canvas's current fill colour.  Returns the width drawn.
    """
    runs = split_runs(text, bold)
    width = sum(pdfmetrics.stringWidth(s, f, size) for f, s in runs)
    if align in ("centre", "center"):
        x -= width / 2
    elif align == "right":
        x -= width
    if len(runs) == 1:
        canvas.setFont(runs[0][0], size)
        canvas.drawString(x, y, runs[0][1])
        return width
    obj = canvas.beginText(x, y)
    for font, chunk in runs:
        obj.setFont(font, size)
        obj.textOut(chunk)
    canvas.drawText(obj)
    return width


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for ``text``: XML-escaped, each run in its ``<font name=...>``."""
    return "".join(
        f'<font name="{font}">{escape(chunk)}</font>' for font, chunk in split_runs(text, bold)
    )


ELLIPSIS = "…"


def _wrap(words: list[str], widths: list[float], space: float, budget: float) -> list[str] | None:
    """Greedy wrap of whole words into lines of at most ``budget`` (widths at 1 pt); None if
    a word alone is too wide."""
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word, w in zip(words, widths, strict=True):
        if w > budget:
            return None
        if current and used + space + w <= budget:
            current.append(word)
            used += space + w
        else:
            if current:
                lines.append(" ".join(current))
            current, used = [word], w
    if current:
        lines.append(" ".join(current))
    return lines


def _cut(text: str, budget: float, bold: bool, suffix: str = "") -> str:
    """Longest prefix of ``text`` that fits ``budget`` (at 1 pt) followed by ``suffix``."""
    lo, hi = 0, len(text)
    while lo < hi:  # largest k with width(text[:k] + suffix) <= budget
        mid = (lo + hi + 1) // 2
        if text_width(text[:mid].rstrip() + suffix, 1, bold) <= budget:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + suffix


def _hard_wrap(text: str, budget: float, bold: bool, max_lines: int) -> list[str]:
    """Fill up to ``max_lines`` lines, breaking words if needed, with "…" if text is left."""
    lines: list[str] = []
    rest = text
    while rest and len(lines) < max_lines:
        if text_width(rest, 1, bold) <= budget:
            lines.append(rest)
            rest = ""
            break
        if len(lines) == max_lines - 1:
            lines.append(_cut(rest, budget, bold, ELLIPSIS))
            rest = ""
            break
        line = _cut(rest, budget, bold)
        # prefer breaking at the last space of the line, if there is one
        head, sep, _ = line.rpartition(" ")
        if sep and head.strip():
            line = head
        if not line:
            line = rest[0]
        lines.append(line.rstrip())
        rest = rest[len(line) :].lstrip()
    return lines


def fit_text(
    text: str,
    max_width: float,
    max_size: float,
    min_size: float,
    max_lines: int = 1,
    bold: bool = False,
) -> tuple[list[str], float]:
    """Fit ``text`` into a box ``max_width`` points wide: ``(lines, font size)``.

    First the text shrinks on one line (down to ``min_size``), then it wraps on up to
    ``max_lines`` lines at the largest size that works, then it is cut with "…".  Every
    returned line satisfies ``text_width(line, size, bold) <= max_width``.
    """
    text = " ".join((text or "").split())
    if not text or max_width <= 0:
        return [], max_size
    min_size = min(min_size, max_size)
    one = text_width(text, 1, bold)
    if one * max_size <= max_width:
        return [text], max_size
    size = int(max_width / one * 100) / 100  # floor to 0.01 pt: never wider than the box
    if size >= min_size:
        return [text], size
    if max_lines > 1:
        words = text.split(" ")
        widths = [text_width(w, 1, bold) for w in words]
        space = text_width(" ", 1, bold)

        def attempt(s: float) -> list[str] | None:
            lines = _wrap(words, widths, space, max_width / s)
            return lines if lines is not None and len(lines) <= max_lines else None

        best = attempt(min_size)
        if best is not None:
            lo, hi = min_size, max_size
            for _ in range(10):
                mid = (lo + hi) / 2
                lines = attempt(mid)
                if lines is not None:
                    lo, best = mid, lines
                else:
                    hi = mid
            return best, lo
    return _hard_wrap(text, max_width / min_size, bold, max_lines), min_size
