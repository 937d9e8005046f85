"""The printed plan: vector PDF with every booth code and exhibitor name, PNG from it."""

from __future__ import annotations

import math
import random
import shutil
import subprocess

import pytest
from reportlab.pdfbase import pdfmetrics

from itday.core.diagora import demo_hall, demo_layout
from itday.core.plan import sector_colour
from itday.services.pdf.plan import (
    PlanBooth,
    PlanData,
    exhibitor_index,
    fit_text,
    legend_entries,
    render_plan,
    render_plan_pdf,
    render_plan_png,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdftoppm") is None,
    reason="poppler-utils not installed",
)

_FIRST = ["Occitanie", "Pyrénées", "Garonne", "Capitole", "Lauragais", "Midi", "Canal", "Sud"]
_SECOND = ["Logiciels", "Cloud", "Sécurité", "Données", "Réseaux", "Systèmes", "Robotique"]
_FORMS = ["SAS", "SARL", "Conseil", "Labs", "Technologies"]
SECTORS = ["Cybersécurité", "Cloud & infrastructure", "IA & données", "ESN", "Start-up"]


def demo_data(colour_by: str = "status", seed: int = 3, n_extra: int = 0) -> PlanData:
    hall = demo_hall()
    rng = random.Random(seed)
    booths = []
    names = []
    for i, b in enumerate(demo_layout(seed)):
        if i % 11 == 5:
            name = None  # a free booth
        elif i % 13 == 7 and names:
            name = names[-1]  # an exhibitor with two booths
        else:
            name = f"{rng.choice(_FIRST)} {rng.choice(_SECOND)} {rng.choice(_FORMS)} {i}"
            names.append(name)
        status = "free" if name is None else rng.choice(["option", "reserved", "confirmed"])
        booths.append(
            PlanBooth(
                b.code, b.x, b.y, b.width, b.depth, b.rotation, status, name,
                rng.choice(SECTORS) if name else None, present=rng.random() < 0.5,
            )
        )  # fmt: skip
    # Optional extra exhibitors sharing booths (to force the index onto a second page).
    for k in range(n_extra):
        b = booths[k % len(booths)]
        booths.append(PlanBooth(b.code, b.x, b.y, b.width, b.depth, b.rotation, "confirmed",
                                f"Entreprise supplémentaire numéro {k:03d}", "ESN", True))  # fmt: skip
    elements = [(e.kind.value, e.label, e.x, e.y, e.width, e.depth) for e in hall.elements]
    return PlanData(
        "Innovation IT Day", "2017-06-29", hall.width, hall.depth, [], elements, booths,
        colour_by, "Diagora, Labège",
    )  # fmt: skip


def pdf_text(path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def page_count(path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(x for x in out.stdout.splitlines() if x.startswith("Pages:"))
    return int(line.split()[1])


@needs_poppler
def test_demo_plan_pdf_holds_every_code_and_name(tmp_path):
    data = demo_data()
    out = render_plan_pdf(tmp_path / "plan.pdf", data)
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    words = set(text.split())
    for b in data.booths:
        assert b.code in words, b.code
    flat = " ".join(text.split())
    for name, _codes in exhibitor_index(data.booths):
        assert name in flat, name
    for label in ("Entrée", "Sortie de secours", "Légende", "Index des exposants", "29 juin 2017"):
        assert label in flat
    assert "Échelle 1:" in flat and "10 m" in flat
    assert page_count(out) == 1  # A3: the index fits beside the plan


@needs_poppler
@pytest.mark.parametrize("paper", ["A4", "A0"])
def test_other_papers(tmp_path, paper):
    data = demo_data("sector")
    out = render_plan_pdf(tmp_path / f"plan-{paper}.pdf", data, paper=paper)
    flat = " ".join(pdf_text(out).split())
    assert all(b.code in flat for b in data.booths)
    assert all(name in flat for name, _ in exhibitor_index(data.booths))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    width, height = (float(v) for v in info.split("Page size:")[1].split("pts")[0].split(" x "))
    assert width > height  # landscape
    expected_w = {"A4": 841.9, "A0": 3370.4}[paper]
    assert width == pytest.approx(expected_w, abs=1)


@needs_poppler
def test_index_moves_to_a_second_page_when_it_does_not_fit(tmp_path):
    data = demo_data(n_extra=300)
    out = render_plan_pdf(tmp_path / "long.pdf", data, paper="A4")
    assert page_count(out) == 2
    flat = " ".join(pdf_text(out).split())
    assert "Entreprise supplémentaire numéro 299" in flat
    assert "Index des exposants : page 2" in flat


@needs_poppler
def test_png_written(tmp_path):
    from PIL import Image

    out = render_plan_png(tmp_path / "plan.png", demo_data("presence"), dpi=50)
    with Image.open(out) as img:
        assert img.format == "PNG"
        # A3 landscape at 50 dpi: about 827 × 585 pixels.
        assert img.width == pytest.approx(827, abs=3)
        assert img.height == pytest.approx(585, abs=3)
        colours = {c for _, c in img.convert("RGB").getcolors(1_000_000)}
    assert (0x1E, 0x9E, 0x45) in colours  # the green of the emergency exits


def test_render_plan_picks_the_format_and_rejects_others(tmp_path):
    data = demo_data()
    assert render_plan(tmp_path / "p.pdf", data, paper="a4").exists()
    with pytest.raises(ValueError, match="Extension"):
        render_plan(tmp_path / "p.svg", data)
    with pytest.raises(ValueError, match="papier"):
        render_plan_pdf(tmp_path / "p.pdf", data, paper="B5")


def test_fit_text_never_overflows():
    font = "Helvetica"
    for text in ["Sopra Steria", "Anticonstitutionnellement Technologies SAS", "X"]:
        for width, height in [(40, 20), (20, 30), (80, 8), (10, 4)]:
            size, lines = fit_text(text, font, width, height, 9)
            assert size >= 3
            assert len(lines) * size * 1.15 <= height + 1e-6
            for line in lines:
                assert pdfmetrics.stringWidth(line, font, size) <= width + 1e-6


def test_fit_text_prefers_shrinking_to_cutting_words():
    size, lines = fit_text("Numérique Occitanie", "Helvetica", 30, 30, 9)
    assert all(line in ("Numérique", "Occitanie", "Numérique Occitanie") for line in lines)


def test_fit_text_splits_a_one_word_name_at_its_capitals_rather_than_print_it_tiny():
    font = "Helvetica"
    size, lines = fit_text("InsightLearning", font, 40, 30, 9)
    assert lines == ["Insight", "Learning"]
    unsplit = max(
        s / 4 for s in range(12, 37) if pdfmetrics.stringWidth("InsightLearning", font, s / 4) <= 40
    )
    assert size > unsplit * 1.2
    # a name that fits large enough stays whole, and an accent does not split a word
    assert fit_text("SatLab", font, 40, 30, 9)[1] == ["SatLab"]
    assert fit_text("BastionSécurité", font, 40, 30, 9)[1] == ["Bastion", "Sécurité"]


def test_legend_and_index():
    data = demo_data("sector")
    entries = legend_entries(data)
    labels = [label for _, label in entries]
    assert set(SECTORS) <= set(labels)
    assert dict((label, colour) for colour, label in entries)["ESN"] == sector_colour("ESN")
    index = exhibitor_index(
        [
            PlanBooth("A10", 0, 0, exhibitor_name="Éole"),
            PlanBooth("A2", 0, 0, exhibitor_name="Éole"),
            PlanBooth("B1", 0, 0, exhibitor_name="alpha"),
            PlanBooth("B2", 0, 0, exhibitor_name="Zeta"),
            PlanBooth("B3", 0, 0),
        ]
    )
    assert index == [("alpha", ["B1"]), ("Éole", ["A2", "A10"]), ("Zeta", ["B2"])]


def test_the_legend_lists_only_the_elements_the_plan_shows(tmp_path):
    import dataclasses

    data = demo_data()
    with_elements = tmp_path / "full.pdf"
    render_plan_pdf(with_elements, data)
    assert "Poteau" in pdf_text(with_elements) and "Sortie de secours" in pdf_text(with_elements)
    bare = tmp_path / "bare.pdf"
    render_plan_pdf(bare, dataclasses.replace(data, elements=[]))
    text = pdf_text(bare)
    assert "Poteau" not in text and "Sortie de secours" not in text and "Entrée" not in text


def _image_bytes(image, fmt: str) -> bytes:
    import io

    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def test_the_venue_drawing_is_reduced_to_the_paper_and_faded():
    from PIL import Image, ImageDraw

    from itday.services.pdf.plan import BACKGROUND_DPI, faded_background

    scan = Image.new("P", (4000, 3000), 0)
    scan.putpalette([255, 255, 255, 0, 0, 0] + [0] * 762)
    draw = ImageDraw.Draw(scan)
    for x in range(0, 4000, 97):  # 1-pixel lines: reduced 5×, they must not vanish
        draw.line((x, 0, x, 2999), fill=1)
    for fmt in ("PNG", "JPEG"):
        data = _image_bytes(scan if fmt == "PNG" else scan.convert("L"), fmt)
        image, (w_pt, h_pt) = faded_background(data, 0.5, 0.06)  # 240 × 180 pt
        assert (w_pt, h_pt) == pytest.approx((240.0, 180.0))
        assert image.mode == "RGB"
        assert image.width <= math.ceil(240 / 72 * BACKGROUND_DPI) + 1
        row = [image.getpixel((x, image.height // 2))[0] for x in range(image.width)]
        lines = sum(1 for x in range(1, len(row)) if row[x] < 250 <= row[x - 1])
        assert lines >= 38  # of 42: each line is still there, fainter
        assert min(row) >= 127  # faded over the paper, never darker than half
    transparent = Image.new("RGBA", (50, 50), (0, 0, 0, 0))
    image, _ = faded_background(_image_bytes(transparent, "PNG"), 1.0, 1.0)
    assert image.getpixel((10, 10)) == (255, 255, 255)  # see-through is paper, not black
    assert faded_background(b"not an image", 0.5, 1.0) is None
