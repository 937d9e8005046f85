"""Badge PDFs: every QR code decodes to its badge's code, text stays in its box."""

from __future__ import annotations

import datetime
import io
import math
import random

import numpy as np
import pytest
import qrcode
import zxingcpp
from qrcode.constants import ERROR_CORRECT_Q

from itday.core.badge import code_from_seed, new_code
from itday.core.enums import Category
from itday.services.pdf import Cancelled, french_date
from itday.services.pdf import badges as B
from itday.services.pdf.fonts import text_width
from itday.services.pdf.qr import dark_runs, qr_matrix, qr_symbol
from tests.unit.pdf_helpers import pdf_pages, pdf_text

EVENT = B.EventInfo("Innovation IT Day 2017", datetime.date(2017, 6, 29), "Diagora, Labège")
LONG_FIRST = "Maria-Magdalena"
LONG_LAST = "Wolfeschlegelsteinhausenbergerdorff"
LONG_COMPANY = (
    "Société Coopérative d'Ingénierie Numérique et de Systèmes Embarqués Critiques "
    "pour l'Aéronautique, Toulouse"
)[:120].ljust(120, "x")


def sample_badges(n: int = 9) -> list[B.BadgeData]:
    people = [
        ("Łukasz", "Żółć", "Łódź Software"),
        (LONG_FIRST, LONG_LAST, LONG_COMPANY),
        ("Ğül", "İnönü", "Ankara Bilişim"),
        ("Søren", "Straße", "Øresund ApS"),
        ("Ελένη", "Παπαδοπούλου", "Αθήνα Tech"),
        ("太郎", "山田", "東京 Systems"),
        ("Zoë", "Lefèvre", ""),
        ("Jean", "Dupont", "Airbus"),
        ("A", "B", "C"),
    ]
    cats = list(Category)
    return [
        B.BadgeData(f, last, company, cats[i % len(cats)].value, new_code(), "Table ronde 14 h")
        for i, (f, last, company) in enumerate((people * (n // len(people) + 1))[:n])
    ]


def decode_pdf(path, layout: B.Layout, tmp_path) -> list[str]:
    """Decode every badge of every page, cropping each badge slot out of the page image."""
    dpi = 150
    found = []
    pw, ph = layout.page_size
    bw, bh = layout.badge_size
    k = dpi / 72
    for page in pdf_pages(path, tmp_path, dpi):
        for x, y in layout.slots():
            box = (
                int(x * k),
                int((ph - y - bh) * k),
                math.ceil((x + bw) * k),
                math.ceil((ph - y) * k),
            )
            crop = page.crop(box).convert("L")
            results = zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.QRCode)
            found += [r.text for r in results]
    return found


@pytest.mark.parametrize("layout", list(B.LAYOUTS))
def test_every_qr_code_decodes_to_its_badge_code(layout, tmp_path):
    spec = B.LAYOUTS[layout]
    badges = sample_badges(9)
    out = tmp_path / f"{layout}.pdf"
    pages = B.render_badges(out, badges, EVENT, layout)
    assert pages == math.ceil(len(badges) / spec.per_page)
    found = decode_pdf(out, spec, tmp_path)
    assert sorted(found) == sorted(b.code for b in badges)


def test_badge_text_is_in_the_pdf(tmp_path):
    out = tmp_path / "a6.pdf"
    badges = sample_badges(9)
    B.render_badges(out, badges, EVENT, "a6")
    text = pdf_text(out)
    for word in ("Łukasz", "Żółć", "İnönü", "Straße", "Øresund", "Παπαδοπούλου", "山田", "東京"):
        assert word in text
    assert "29 juin 2017" in text and "Innovation IT Day 2017" in text
    for label in ("VISITEUR", "EXPOSANT", "INTERVENANT", "PRESSE", "VIP", "ORGANISATION"):
        assert label in text


@pytest.mark.parametrize("layout", list(B.LAYOUTS))
def test_the_short_code_is_printed_under_the_qr_code(layout, tmp_path):
    """An exhibitor's phone types it when the photo of the badge cannot be read."""
    from itday.core.leads import badge_short_code

    out = tmp_path / f"{layout}.pdf"
    badges = sample_badges(2)
    B.render_badges(out, badges, EVENT, layout)
    text = pdf_text(out)
    for b in badges:
        assert badge_short_code(b.code) in text


@pytest.mark.parametrize("layout", list(B.LAYOUTS))
def test_long_names_never_leave_their_box(layout):
    spec = B.LAYOUTS[layout]
    g = B._geometry(*spec.badge_size)
    inner = spec.badge_size[0] - 2 * g.pad
    region = g.text_top - g.text_bottom
    badge = B.BadgeData(LONG_FIRST, LONG_LAST, LONG_COMPANY, "visitor", new_code(), "x" * 200)
    blocks, total = B._fit_fields(badge, inner, region, g.scale)
    assert total <= region
    assert len(blocks) == 4
    for lines, size, bold in blocks:
        assert size >= B.MIN_READABLE
        for line in lines:
            assert text_width(line, size, bold) <= inner + 1e-6
    first, last, company, _extra = blocks
    assert first[0] == [LONG_FIRST]  # a long first name shrinks but stays whole
    assert "".join(last[0]).replace("…", "") in LONG_LAST
    assert len(company[0]) <= 2


@pytest.mark.parametrize(
    "text",
    [LONG_LAST, LONG_COMPANY, "東京" * 40, "W" * 300, "Maria-Magdalena " * 10],
)
def test_fit_text_widths(text):
    for max_lines in (1, 2, 3):
        lines, size = B.fit_text(text, 150, 24, 8, max_lines)
        assert 1 <= len(lines) <= max_lines and 8 <= size <= 24
        assert all(text_width(line, size) <= 150 + 1e-6 for line in lines)


def test_qr_matrix_matches_qrcode_library():
    seeded = random.Random(7)
    for _ in range(30):
        code = code_from_seed(seeded)
        symbol, mask = qr_symbol(code)
        q = qrcode.QRCode(error_correction=ERROR_CORRECT_Q, border=4, mask_pattern=mask)
        q.add_data(code)
        q.make(fit=True)
        assert q.version == 2  # our codes fit the smallest useful version
        assert (np.array(q.get_matrix(), dtype=bool) == qr_matrix(code)).all()
        assert symbol.shape == (25, 25)


def test_dark_runs_cover_exactly_the_dark_modules():
    matrix = qr_matrix(new_code())
    rebuilt = np.zeros_like(matrix)
    for row, col, length in dark_runs(matrix):
        assert not rebuilt[row, col : col + length].any()
        rebuilt[row, col : col + length] = True
    assert (rebuilt == matrix).all()


def test_progress_stream_output_and_page_count():
    seen = []
    buffer = io.BytesIO()
    pages = B.render_badges(
        buffer, sample_badges(10), EVENT, "4xa6", progress=lambda d, t: seen.append((d, t))
    )
    assert pages == 3
    assert seen == [(4, 10), (8, 10), (10, 10)]
    assert buffer.getvalue().startswith(b"%PDF")


def test_cancelled_leaves_no_file(tmp_path):
    out = tmp_path / "badges.pdf"
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        B.render_badges(out, sample_badges(9), EVENT, "a6", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_cancelling_keeps_a_previous_file_intact(tmp_path):
    out = tmp_path / "badges.pdf"
    B.render_badges(out, sample_badges(1), EVENT, "a6")  # an earlier batch, itday's own PDF
    old = out.read_bytes()
    with pytest.raises(Cancelled):
        B.render_badges(out, sample_badges(3), EVENT, "a6", cancelled=lambda: True)
    assert out.read_bytes() == old
    assert [p.name for p in tmp_path.iterdir()] == ["badges.pdf"]


def test_unknown_layout_no_badges_and_unknown_category(tmp_path):
    with pytest.raises(ValueError, match="a6"):
        B.render_badges(tmp_path / "x.pdf", sample_badges(1), EVENT, "a5")
    with pytest.raises(ValueError, match="aucun badge"):
        B.render_badges(tmp_path / "x.pdf", [], EVENT, "a6")
    assert list(tmp_path.iterdir()) == []
    badge = B.BadgeData("Ana", "Lima", "", "benevole", new_code())
    B.render_badges(tmp_path / "x.pdf", [badge], EVENT, "a6")
    assert "BENEVOLE" in pdf_text(tmp_path / "x.pdf")


def test_layouts_are_described_in_french_and_fit_their_page():
    for name, spec in B.LAYOUTS.items():
        assert spec.name == name and spec.description
        pw, ph = spec.page_size
        bw, bh = spec.badge_size
        assert spec.cols * bw <= pw + 0.01 and spec.rows * bh <= ph + 0.01
        assert len(spec.slots()) == spec.per_page


def test_french_dates():
    assert french_date(datetime.date(2017, 6, 29)) == "29 juin 2017"
    assert french_date(datetime.date(2017, 8, 1)) == "1er août 2017"


def test_describe_layouts_lists_every_layout():
    text = B.describe_layouts()
    assert [line.split()[0] for line in text.splitlines()] == list(B.LAYOUTS)
    assert "A4" in text and "Étiquette" in text
