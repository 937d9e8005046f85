"""Exhibitor list, directory and booth signs: order, headings, page numbers, fitting."""

from __future__ import annotations

import datetime
import re

import pytest

from itday.core.text import sort_key
from itday.services.pdf import lists as L
from itday.services.pdf.badges import EventInfo
from itday.services.pdf.fonts import fit_text, text_width
from tests.unit.pdf_helpers import pdf_fonts, pdf_text

EVENT = EventInfo("Innovation IT Day 2017", datetime.date(2017, 6, 29), "Diagora, Labège")

ENTRIES = [
    L.ExhibitorEntry("Zénith Cloud", "Cloud", ["A10"]),
    L.ExhibitorEntry("éole Numérique", "Conseil", ["A2", "C1"], "Conseil en transformation."),
    L.ExhibitorEntry("Airbus Defence", "Aéronautique", ["B1"], website="https://airbus.com"),
    L.ExhibitorEntry("Bêta Sécurité", "Cybersécurité", ["A1"]),
    L.ExhibitorEntry("Łódź Data", "Cloud", ["B12"]),
    L.ExhibitorEntry("東京 Robotics", "", ["B3"]),
    L.ExhibitorEntry("Capgemini", "Conseil", []),
]


def lines_of(path) -> list[str]:
    return [line.strip() for line in pdf_text(path, layout=True).splitlines() if line.strip()]


def order_in(text: str, words: list[str]) -> list[int]:
    return [text.index(w) for w in words]


def test_booth_key_natural_order():
    codes = ["B1", "A10", "a2", "A1", "B12", "B3", "Hall 2", "Hall 10"]
    assert sorted(codes, key=L.booth_key) == [
        "A1",
        "a2",
        "A10",
        "B1",
        "B3",
        "B12",
        "Hall 2",
        "Hall 10",
    ]


def test_list_by_name_is_alphabetical_with_booths(tmp_path):
    out = tmp_path / "name.pdf"
    pages = L.render_list(out, ENTRIES, EVENT, by="name")
    assert pages == 1
    text = pdf_text(out, layout=True)
    assert "Liste des exposants — par nom" in text
    expected = sorted((e.name for e in ENTRIES), key=sort_key)
    positions = order_in(text, expected)
    assert positions == sorted(positions)
    rows = {line.split("  ")[0]: line for line in lines_of(out)}
    assert rows["éole Numérique"].endswith("A2, C1")
    assert rows["Zénith Cloud"].endswith("A10")
    assert rows["Capgemini"].endswith("—")
    assert "Helvetica" not in pdf_fonts(out)


def test_list_by_booth_in_natural_order_and_repeats_multi_booth_exhibitors(tmp_path):
    out = tmp_path / "booth.pdf"
    L.render_list(out, ENTRIES, EVENT, by="booth")
    rows = [line for line in lines_of(out) if re.match(r"^([A-C]\d+|—)\s", line)]
    codes = [row.split()[0] for row in rows]
    assert codes == ["A1", "A2", "A10", "B1", "B3", "B12", "C1", "—"]
    assert "éole Numérique" in rows[1] and "éole Numérique" in rows[6]
    assert "Capgemini" in rows[-1]


def test_list_by_sector_has_headings_and_sorted_names(tmp_path):
    out = tmp_path / "sector.pdf"
    L.render_list(out, ENTRIES, EVENT, by="sector")
    text = pdf_text(out, layout=True)
    headings = ["Aéronautique (1)", "Cloud (2)", "Conseil (2)", "Cybersécurité (1)", "Autres (1)"]
    positions = order_in(text, headings)
    assert positions == sorted(positions)
    cloud = text[text.index("Cloud (2)") : text.index("Conseil (2)")]
    assert cloud.index("Łódź Data") < cloud.index("Zénith Cloud")
    conseil = text[text.index("Conseil (2)") : text.index("Cybersécurité (1)")]
    assert conseil.index("Capgemini") < conseil.index("éole Numérique")


@pytest.mark.parametrize("by", ["name", "booth", "sector"])
def test_page_numbers_and_header_on_every_page(by, tmp_path):
    many = [
        L.ExhibitorEntry(f"Exposant {i:04d}", f"Secteur {i % 7}", [f"{'ABCD'[i % 4]}{i}"])
        for i in range(250)
    ]
    out = tmp_path / f"{by}.pdf"
    pages = L.render_list(out, many, EVENT, by=by)
    assert pages > 2
    text = pdf_text(out)
    for n in range(1, pages + 1):
        assert f"Page {n} / {pages}" in text
    assert text.count("Innovation IT Day 2017") == pages
    assert text.count("29 juin 2017") == pages
    assert text.count("\f") == pages
    for i in (0, 125, 249):
        assert f"Exposant {i:04d}" in text


def test_unknown_order_is_refused(tmp_path):
    with pytest.raises(ValueError):
        L.render_list(tmp_path / "x.pdf", ENTRIES, EVENT, by="colour")
    assert not (tmp_path / "x.pdf").exists()


def test_directory_has_one_block_per_exhibitor(tmp_path):
    out = tmp_path / "dir.pdf"
    L.render_directory(out, ENTRIES, EVENT)
    text = pdf_text(out)
    assert "Annuaire des exposants" in text
    for e in ENTRIES:
        assert e.name in text
    assert "Conseil en transformation." in text
    assert "https://airbus.com" in text
    assert "Stand A2, C1" in text
    assert "Page 1 / 1" in text


def test_booth_signs_one_page_each_fitted(tmp_path):
    out = tmp_path / "signs.pdf"
    long_company = "Groupement d'Intérêt Économique des Industries Numériques d'Occitanie " * 3
    booths = [("A10", "Zénith Cloud"), ("A2", long_company.strip()), ("B1", "東京 Robotics")]
    pages = L.render_booth_signs(out, booths, EVENT)
    assert pages == 3
    text = pdf_text(out)
    pages_text = text.split("\f")
    assert "Stand A2" in pages_text[0] and "Stand A10" in pages_text[1]
    assert "東京 Robotics" in pages_text[2]
    width = L.landscape(L.A4)[0] - 2 * L.MARGIN
    lines, size = fit_text(long_company, width, 60, 18, 2, bold=True)
    assert len(lines) == 2 and all(text_width(x, size, True) <= width + 1e-6 for x in lines)


def test_empty_inputs(tmp_path):
    assert L.render_list(tmp_path / "empty.pdf", [], EVENT, by="sector") == 1
    assert "Page 1 / 1" in pdf_text(tmp_path / "empty.pdf")
    with pytest.raises(ValueError, match="aucun stand"):
        L.render_booth_signs(tmp_path / "signs.pdf", [], EVENT)
    assert not (tmp_path / "signs.pdf").exists()
