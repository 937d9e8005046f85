"""Issue 24.6: a PDF of badges is not a print.  It is recorded in the print log as a PDF
(``PDF_MARK``), counted apart (« PDF » in the Badge column), and the person's badge still
counts as not printed: no reprint question, an arrival prints it."""

from __future__ import annotations

from itday.db import print_queue, repo
from itday.db.attendees import describe, printed_ids, visitor_rows
from itday.services.badges import log_prints, print_counts, render_badge_pdf


def test_a_pdf_is_recorded_as_a_pdf_not_as_a_print(demo_db, tmp_path):
    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
        person = next(r for r in visitor_rows(event_id, session=s) if not r["cancelled"])
    out = tmp_path / "badges.pdf"
    assert render_badge_pdf(demo_db, event_id, out, layout="a6", ids=[person["id"]]) == [
        person["id"]
    ]
    with demo_db.session() as s:
        row = next(r for r in visitor_rows(event_id, session=s) if r["id"] == person["id"])
        assert (row["prints"], row["pdfs"]) == (0, 1)
        assert print_counts([person["id"]], session=s) == {}
        assert person["id"] not in printed_ids(event_id, session=s)
        assert not print_queue.badge_already_made(person["id"], session=s)
        assert describe(person["id"], session=s)["prints"] == 0
        log_prints([person["id"]], session=s, station="Accueil 1", layout="a6", printer="Zebra")
        row = next(r for r in visitor_rows(event_id, session=s) if r["id"] == person["id"])
        assert (row["prints"], row["pdfs"]) == (1, 1)
        assert print_queue.badge_already_made(person["id"], session=s)
