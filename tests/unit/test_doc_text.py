"""The document language's catalogue (itday.core.doc_text): every word the documents use
has its English, dates and cells read as people write them."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from itday.core import doc_text
from itday.db.repo import ATTENDEE_COLUMNS

ROOT = Path(__file__).resolve().parents[2] / "itday"
CALL = re.compile(
    r"""(?:\bt|self\.t|page\.t|doc_text)\((?:[\w.]+,\s*)?(f?)"((?:[^"\\]|\\.)*)"\s*[,)]"""
)


def _texts() -> set[str]:
    found = set()
    for path in [*(ROOT / "services" / "pdf").glob("*.py"), ROOT / "services" / "badges.py"]:
        for is_f, text in CALL.findall(path.read_text(encoding="utf-8")):
            if is_f:  # f"Légende — couleur par {mode}": the three of them are listed apart
                continue
            found.add(text.encode().decode("unicode_escape").encode("latin-1").decode())
    return found


def test_every_document_text_has_its_english():
    texts = _texts()
    assert len(texts) > 40  # the scan finds the documents' words
    assert sorted(t for t in texts if t not in doc_text.EN) == []
    for mode in ("statut", "secteur", "présence", "visites"):
        assert f"Légende — couleur par {mode}" in doc_text.EN
    for french in doc_text.REASONS_FR.values():
        assert french in doc_text.EN


def test_words_and_dates_follow_the_language():
    assert doc_text.doc_text("fr", "Stand {code}", code="A01") == "Stand A01"
    assert doc_text.doc_text("en", "Stand {code}", code="A01") == "Booth A01"
    assert doc_text.doc_date(dt.date(2017, 7, 1), "fr") == "1er juillet 2017"
    assert doc_text.doc_date(dt.date(2017, 6, 29), "en") == "29 June 2017"
    assert doc_text.category_word("exhibitor_staff", "en") == "Exhibitor"
    assert doc_text.language("EN") == "en" and doc_text.language("de") == "fr"


def test_files_for_people_headers_and_cells():
    for key in (*ATTENDEE_COLUMNS, "scanned_at", "x", "status"):
        assert doc_text.header(key, "fr") != key and doc_text.header(key, "en") != key
    assert doc_text.header("code", "fr", "booths") == "Stand"
    when = dt.datetime(2017, 6, 29, 9, 57, 24)
    assert doc_text.file_value("checked_in_at", when, "fr") == "29/06/2017 09:57:24"
    assert doc_text.file_value("checked_in_at", when, "en") == "2017-06-29 09:57:24"
    assert doc_text.file_value("x", 12.5, "fr") == "12,5"
    assert doc_text.file_value("x", 12.5, "en") == "12.5"
    assert doc_text.file_value("cancelled", "oui", "en") == "yes"
    assert doc_text.file_value("result", "already_admitted", "fr") == "déjà entré(e)"
    assert doc_text.file_value("reason", "damaged", "en") == "Code misread"
