"""Embedded Unicode fonts: coverage runs, widths, and text that survives pdftotext."""

from __future__ import annotations

import sys
import unicodedata

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from itday import resources
from itday.resources import resource_path
from itday.services.pdf import fonts
from tests.unit.pdf_helpers import pdf_fonts, pdf_text

SAMPLE = "Łódź Ğİ Øre 東京 Ελλάδα"


def test_resource_path_finds_the_bundled_fonts():
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DroidSansFallbackFull.ttf"):
        assert resource_path("fonts", name).is_file()
    assert resource_path("fonts", "LICENSE-DejaVu.txt").is_file()
    assert resource_path("fonts", "LICENSE-DroidSansFallback.txt").is_file()
    total = sum(p.stat().st_size for p in resource_path("fonts").iterdir())
    assert total < 8_000_000


def test_resource_path_inside_a_pyinstaller_bundle(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"


def test_register_fonts_is_idempotent():
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.font_name() == fonts.REGULAR
    assert fonts.font_name(bold=True) == fonts.BOLD


def test_runs_split_by_glyph_coverage():
    runs = fonts.split_runs(SAMPLE)
    assert "".join(chunk for _, chunk in runs) == SAMPLE
    assert runs == (
        (fonts.REGULAR, "Łódź Ğİ Øre "),
        (fonts.CJK, "東京"),
        (fonts.REGULAR, " Ελλάδα"),
    )
    assert fonts.split_runs("Straße", bold=True) == ((fonts.BOLD, "Straße"),)


def test_combining_marks_are_composed_or_stay_with_their_letter():
    # "e" + combining acute becomes "é" (NFC); a lone mark never starts a run of its own
    assert fonts.split_runs("Cafe\u0301") == ((fonts.REGULAR, "Café"),)
    marked = "Ax\u0323\u0308"
    assert fonts.split_runs(marked) == ((fonts.REGULAR, unicodedata.normalize("NFC", marked)),)


def test_width_of_mixed_text_is_the_sum_of_its_runs():
    whole = fonts.text_width(SAMPLE, 12)
    parts = fonts.text_width("Łódź Ğİ Øre ", 12) + fonts.text_width("東京 Ελλάδα", 12)
    assert abs(whole - parts) < 1e-9
    assert fonts.text_width("東京", 10) > fonts.text_width("ab", 10) > 0
    assert fonts.text_width("Bold", 10, bold=True) > fonts.text_width("Bold", 10)


def test_markup_escapes_and_names_fonts():
    text = fonts.markup("R&D <Lab> 東京")
    assert "&amp;" in text and "&lt;Lab&gt;" in text
    assert f'<font name="{fonts.CJK}">東京</font>' in text


def test_unicode_survives_pdftotext_from_canvas(tmp_path):
    out = tmp_path / "fonts.pdf"
    canvas = Canvas(str(out), initialFontName=fonts.font_name())
    fonts.draw_text(canvas, 50, 700, SAMPLE, 14)
    fonts.draw_text(canvas, 300, 600, SAMPLE, 14, bold=True, align="centre")
    canvas.save()
    lines = [line.strip() for line in pdf_text(out).splitlines() if line.strip()]
    assert lines == [SAMPLE, SAMPLE]
    listing = pdf_fonts(out)
    assert "DejaVuSans" in listing and "DroidSansFallback" in listing
    assert "Helvetica" not in listing  # no base font: everything is embedded


def test_unicode_survives_pdftotext_from_paragraph(tmp_path):
    out = tmp_path / "para.pdf"
    style = ParagraphStyle("p", fontName=fonts.font_name(), fontSize=12, leading=15)
    doc = SimpleDocTemplate(str(out), initialFontName=fonts.font_name())
    doc.build([Paragraph(fonts.markup(SAMPLE), style)])
    assert SAMPLE in pdf_text(out)


def test_fit_text_shrinks_then_wraps_then_ellipsizes():
    lines, size = fonts.fit_text("Dupont", 200, 20, 8)
    assert lines == ["Dupont"] and size == 20
    long = "Wolfeschlegelsteinhausenbergerdorff"
    lines, size = fonts.fit_text(long, 200, 20, 8, bold=True)
    assert lines == [long] and 8 <= size < 20
    assert fonts.text_width(long, size, bold=True) <= 200
    company = " ".join(["Société Générale d'Ingénierie Numérique"] * 6)
    lines, size = fonts.fit_text(company, 200, 14, 7, max_lines=2)
    assert len(lines) == 2 and size == 7 and lines[-1].endswith("…")
    assert all(fonts.text_width(line, size) <= 200 for line in lines)
    lines, size = fonts.fit_text("Jean-Baptiste Emmanuel Marie", 100, 30, 12, max_lines=2)
    assert len(lines) == 2 and 12 <= size <= 30
    assert all(fonts.text_width(line, size) <= 100 for line in lines)
    assert fonts.fit_text("   ", 100, 12, 8) == ([], 12)
