"""Documents in the edition's document language (issue 17.8), independent of the
interface: ``itday init --doc-language``, ``--language`` for one run, the badges' words."""

from __future__ import annotations

import subprocess

from itday.cli import main
from itday.db import repo
from itday.services.badges import badge_people


def _text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_an_english_edition_prints_english_documents_unless_told_otherwise(demo_db, tmp_path):
    db = ["--db", str(demo_db.path)]
    assert main(["init", "--name", "IT Day 2018", "--date", "2018-06-28", "--from", "1",
                 "--with-exhibitors", "--doc-language", "en", *db]) == 0  # fmt: skip
    with demo_db.session() as s:
        new_id = repo.latest_event(session=s).id
        assert repo.document_language(new_id, session=s) == "en"
        assert repo.document_language(1, session=s) == "fr"  # the 2017 edition stays French
    assert main(["lists", str(tmp_path / "en.pdf"), "--by", "booth", *db]) == 0
    text = _text(tmp_path / "en.pdf")
    assert "Exhibitor list — by booth" in text and "28 June 2018" in text
    assert "Liste des exposants" not in text
    assert main(["lists", str(tmp_path / "fr.pdf"), "--language", "fr", *db]) == 0
    assert "Liste des exposants — par nom" in _text(tmp_path / "fr.pdf")
    assert main(["lists", str(tmp_path / "dir.pdf"), "--directory", *db]) == 0
    assert "Exhibitor directory" in _text(tmp_path / "dir.pdf")
    assert main(["plan", str(tmp_path / "plan.pdf"), *db]) == 0
    plan = _text(tmp_path / "plan.pdf")
    assert "floor plan" in plan and "Legend — colour by status" in plan and "Emergency" in plan
    assert main(["plan", str(tmp_path / "plan_fr.pdf"), "--event", "1", *db]) == 0
    assert "Légende — couleur par statut" in _text(tmp_path / "plan_fr.pdf")


def test_badges_say_booth_and_category_in_the_document_language(demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        staff = [b for _, b in badge_people(event_id, session=s, category="exhibitor_staff")]
        assert staff[0].extra.startswith("Stand")
        repo.set_document_language(event_id, "en", session=s)
        s.commit()
        staff = [b for _, b in badge_people(event_id, session=s, category="exhibitor_staff")]
        assert staff[0].extra.startswith("Booth")
        (one,) = [a for a, _ in badge_people(event_id, session=s, category="exhibitor_staff")][:1]
    assert main(["badges", str(tmp_path / "b.pdf"), "--only", str(one),
                 "--db", str(demo_db.path)]) == 0  # fmt: skip
    text = _text(tmp_path / "b.pdf")
    assert "EXHIBITOR" in text and "Booth" in text
    assert main(["badges", str(tmp_path / "f.pdf"), "--only", str(one), "--language", "fr",
                 "--db", str(demo_db.path)]) == 0  # fmt: skip
    assert "EXPOSANT" in _text(tmp_path / "f.pdf")
