"""The print-on-arrival rule and the station's print queue, on a real database.

The printer is an in-memory stand-in whose jobs the test moves along (accepted, waiting,
completed, refused); the real CUPS path is in ``tests/printing``.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from sqlmodel import select

from itday.core.printing import JOB_COMPLETED, JOB_PENDING, PRINTER_IDLE, PRINTER_STOPPED, Problem
from itday.db import repo
from itday.db.models import Attendee, PrintLog
from itday.services.checkin import record_scan, undo_scan
from itday.services.printing import JobInfo, PrinterInfo, PrintFailure
from itday.services.printing.badges import BadgePrintService, PrintSettings


class ShelfPrinter:
    """A print backend kept in memory: jobs wait until ``finish`` (or at once if ``auto``)."""

    kind = "test"

    def __init__(self) -> None:
        self.ids = itertools.count(1)
        self.jobs: dict[int, dict] = {}
        self.paused = False
        self.refusal: Problem | None = None
        self.auto = True

    def printers(self):
        return [PrinterInfo("Badges")]

    def default_printer(self):
        return "Badges"

    def printer(self, name):
        if name != "Badges":
            raise PrintFailure(Problem.UNKNOWN_PRINTER, name)
        if self.paused:
            return PrinterInfo(name, state=PRINTER_STOPPED, reasons=("paused",))
        return PrinterInfo(name, state=PRINTER_IDLE)

    def submit(self, printer, pdf, *, title, media=""):
        self.printer(printer)
        if self.refusal:
            raise PrintFailure(self.refusal, "refusé")
        job = next(self.ids)
        assert Path(pdf).read_bytes().startswith(b"%PDF")
        done = self.auto and not self.paused
        self.jobs[job] = {
            "title": title,
            "media": media,
            "state": JOB_COMPLETED if done else JOB_PENDING,
        }
        return job

    def finish(self, job):
        self.jobs[job]["state"] = JOB_COMPLETED

    def job(self, printer, job_id):
        return JobInfo(job_id, self.jobs[job_id]["state"])

    def cancel(self, printer, job_id):
        if self.jobs[job_id]["state"] != JOB_COMPLETED:
            self.jobs[job_id]["state"] = 7


@pytest.fixture
def shelf():
    return ShelfPrinter()


@pytest.fixture
def service(demo_db, shelf, tmp_path):
    made = BadgePrintService(
        demo_db,
        shelf,
        station="Accueil 1",
        settings=PrintSettings(printer="Badges", wait_s=0.5),
        cache_dir=tmp_path / "cache",
        poll_s=0.01,
    )
    yield made
    made.close()


def expected(db, n=2):
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
        rows = repo.attendee_rows(event_id, session=s)
    return event_id, [r for r in rows if not r["cancelled"] and not r["checked_in_at"]][:n]


def scan(db, event_id, code, station="Accueil 1"):
    with db.session() as s:
        return record_scan(s, event_id, code, station)


def logs(db, attendee_id):
    with db.session() as s:
        return s.exec(select(PrintLog).where(PrintLog.attendee_id == attendee_id)).all()


def test_first_admission_prints_once_and_reentries_never(demo_db, service, shelf):
    event_id, [person, _] = expected(demo_db)
    first = scan(demo_db, event_id, person["code"])
    status = service.wait(service.on_admission(event_id, first))
    assert (status.badge, status.printer) == ("printed", "Badges")
    [job] = shelf.jobs.values()
    assert job["media"] == "Custom.54x90mm" and job["title"] == f"itday-badge-{person['id']}"
    assert len(logs(demo_db, person["id"])) == 1
    assert service.on_admission(event_id, scan(demo_db, event_id, person["code"])) is None
    # an undone, then redone admission: the person has their badge, nothing more prints
    with demo_db.session() as s:
        assert undo_scan(s, first.scan_id)
    again = service.on_admission(event_id, scan(demo_db, event_id, person["code"]))
    assert again is not None and again.badge is None and "déjà imprimé" in again.message
    assert len(shelf.jobs) == 1
    # refused scans print nothing
    assert service.on_admission(event_id, scan(demo_db, event_id, "https://example.org")) is None


def test_a_badge_printed_in_the_batch_is_not_printed_again(demo_db, service, shelf):
    event_id, [person, _] = expected(demo_db)
    with demo_db.session() as s:
        s.add(PrintLog(attendee_id=person["id"], station="bureau", layout="4xa6", printer="pdf"))
        s.commit()
    status = service.on_admission(event_id, scan(demo_db, event_id, person["code"]))
    assert status.badge is None and status.to_json()["badge"] is None
    assert shelf.jobs == {}


def test_paused_printer_keeps_the_badge_listed_until_it_comes_out(demo_db, service, shelf):
    event_id, [a, b] = expected(demo_db)
    shelf.paused = True
    status = service.on_admission(event_id, scan(demo_db, event_id, a["code"]))
    assert (status.badge, status.problem) == ("queued", "paused") and status.final
    assert "pause" in status.message
    [row] = service.open_items(event_id)
    assert (row["attendee_id"], row["outcome"], row["name"]) == (
        a["id"],
        "queued",
        f"{a['first_name']} {a['last_name']}",
    )
    assert logs(demo_db, a["id"]) == []
    shelf.paused = False  # back in service: the job waiting at the printer prints
    shelf.finish(status.job_id)
    assert service.refresh(event_id) == []
    assert len(logs(demo_db, a["id"])) == 1
    # checking the same job again (another desk, a late timer) logs nothing more
    assert service.check(status.items).badge == "printed"
    assert len(logs(demo_db, a["id"])) == 1


def test_refused_job_fails_and_retry_sends_it_again(demo_db, service, shelf):
    event_id, [a, _] = expected(demo_db)
    shelf.refusal = Problem.NOT_ACCEPTING
    status = service.on_admission(event_id, scan(demo_db, event_id, a["code"]))
    assert (status.badge, status.problem, status.job_id) == ("failed", "not-accepting", None)
    with demo_db.session() as s:  # the admission is committed all the same
        assert s.get(Attendee, a["id"]).checked_in_at is not None
    shelf.refusal = None
    retried = service.wait(service.retry(status.items))
    assert retried.badge == "printed"
    assert service.open_items(event_id) == []


def test_still_printing_when_the_wait_ends_is_queued(demo_db, service, shelf):
    event_id, [a, _] = expected(demo_db)
    shelf.auto = False  # accepted, never finishes
    status = service.wait(service.print_badges(event_id, [a["id"]], reason="pickup"))
    assert (status.badge, status.problem) == ("queued", "waiting")
    assert str(status.job_id) in status.message


def test_no_printer_and_unknown_printer(demo_db, shelf, tmp_path):
    event_id, [a, b] = expected(demo_db)
    shelf.default_printer = lambda: None
    nowhere = BadgePrintService(demo_db, shelf, station="Accueil 1", cache_dir=tmp_path / "c")
    status = nowhere.print_badges(event_id, [a["id"]], reason="pickup")
    assert (status.badge, status.problem) == ("failed", "no-printer")
    assert "réglages du poste" in status.message
    wrong = BadgePrintService(demo_db, shelf, station="Accueil 1",
                              settings=PrintSettings(printer="Zebra"), cache_dir=tmp_path / "d")  # fmt: skip
    status = wrong.print_badges(event_id, [b["id"]], reason="pickup")
    assert (status.badge, status.problem) == ("failed", "unknown-printer")
    assert "Zebra" in status.message


def test_dismiss_takes_it_off_the_list_and_cancels_its_job(demo_db, service, shelf):
    event_id, [a, b] = expected(demo_db)
    shelf.paused = True
    status = service.print_badges(event_id, [a["id"]], reason="reprint")
    other = BadgePrintService(demo_db, shelf, station="Accueil 2",
                              settings=PrintSettings(printer="Badges"))  # fmt: skip
    other.print_badges(event_id, [b["id"]], reason="reprint")
    assert [r["attendee_id"] for r in service.open_items(event_id)] == [a["id"]]  # its own
    service.dismiss(status.items)
    assert service.open_items(event_id) == []
    assert shelf.jobs[status.job_id]["state"] == 7
    other.close()


def test_badges_rendered_in_advance_are_reused(demo_db, service):
    event_id, people = expected(demo_db, 3)
    assert service.prefetch(event_id, [p["id"] for p in people]) == 3
    files = sorted(service.cache_dir.glob("*.pdf"))
    assert len(files) == 3
    again = service.badge_pdf(event_id, [people[0]["id"]])
    assert again in files
