"""Badges printed through a real CUPS queue (private cupsd, cups-pdf): what comes out of the
printer is checked (page size with pdfinfo, QR decoded after pdftoppm), and what the
command line says when the queue is paused, refuses jobs, or does not exist."""

from __future__ import annotations

import json
import re
import subprocess

import cv2
import pytest
from sqlmodel import select

from itday.cli import main
from itday.db import print_queue, repo
from itday.db.models import Attendee, PrintJob, PrintLog
from itday.services.decoding import QRDecoder
from itday.services.printing.badges import BadgePrintService, PrintSettings
from itday.services.printing.cups import CupsBackend
from tests.printing.conftest import PRINTER

MM = 72 / 25.4


def page_size_mm(pdf) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    w, h = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info.stdout).groups()
    return float(w) / MM, float(h) / MM


def decoded(pdf, tmp_path) -> list[str]:
    """The QR codes on the printed page, read by itday's own decoder at 300 dpi."""
    stem = tmp_path / "printed"
    subprocess.run(["pdftoppm", "-r", "300", "-png", "-singlefile", str(pdf), str(stem)],
                   check=True)  # fmt: skip
    return QRDecoder().decode(cv2.imread(f"{stem}.png"))


def people(db, n: int = 3) -> list[dict]:
    with db.session() as s:
        event_id = repo.latest_event(session=s).id
        rows = repo.attendee_rows(event_id, session=s)
    return [r for r in rows if not r["cancelled"] and not r["checked_in_at"]][:n]


def checkin(capsys, db, *argv) -> list[dict]:
    assert main(["checkin", *argv, "--json", "--db", db.url]) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


@pytest.fixture
def db(demo_db):
    return demo_db


def test_first_admission_prints_the_badge_once(cups, db, capsys, tmp_path):
    [person] = people(db, 1)
    code = person["code"]
    first, again = checkin(capsys, db, code, code, "--print", "--printer", PRINTER)
    assert first["result"] == "admitted"
    assert first["badge"] == "printed", first["badge_message"]
    assert PRINTER in first["badge_message"]
    assert again["result"] == "already_admitted"
    assert again["badge"] is None and again["badge_message"] is None
    with db.session() as s:
        [job] = s.exec(select(PrintJob).where(PrintJob.attendee_id == person["id"])).all()
        [log] = s.exec(select(PrintLog).where(PrintLog.attendee_id == person["id"])).all()
    assert (job.state, job.reason, job.printer) == ("printed", "arrival", PRINTER)
    assert (log.layout, log.printer) == ("label54x90", PRINTER)
    pdf = cups.printed(job.job_id)
    assert pdf is not None, cups.log_tail()
    w, h = page_size_mm(pdf)
    assert abs(w - 54) < 0.5 and abs(h - 90) < 0.5
    assert decoded(pdf, tmp_path) == [code]
    # the re-entry printed nothing more
    assert len(list(cups.output.glob("*.pdf"))) == 1


def test_label62_layout_prints_on_its_size(cups, db, capsys, tmp_path):
    [person] = people(db, 1)
    [line] = checkin(capsys, db, person["code"], "--print", "--printer", PRINTER,
                     "--layout", "label62x100")  # fmt: skip
    assert line["badge"] == "printed", line["badge_message"]
    with db.session() as s:
        job = s.exec(select(PrintJob).where(PrintJob.attendee_id == person["id"])).one()
    pdf = cups.printed(job.job_id)
    w, h = page_size_mm(pdf)
    assert abs(w - 62) < 0.5 and abs(h - 100) < 0.5
    assert decoded(pdf, tmp_path) == [person["code"]]


def test_paused_queue_keeps_the_admission_and_says_queued(cups, db, capsys, tmp_path):
    [person] = people(db, 1)
    cups.disable(PRINTER)
    [line] = checkin(capsys, db, person["code"], "--print", "--printer", PRINTER)
    assert line["result"] == "admitted"
    assert line["badge"] == "queued"
    assert "pause" in line["badge_message"]
    with db.session() as s:
        assert s.get(Attendee, person["id"]).checked_in_at is not None  # committed anyway
        job = s.exec(select(PrintJob).where(PrintJob.attendee_id == person["id"])).one()
    assert (job.state, job.problem) == ("sent", "paused")
    assert cups.printed(job.job_id) is None
    # The clerk sees it in the station's list, then the printer is put back in service:
    # the job waiting in CUPS comes out, and the list empties.
    assert main(["print-queue", "--station", "cli", "--json", "--db", db.url]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["attendee_id"], row["outcome"]) == (person["id"], "queued")
    cups.enable(PRINTER)
    service = BadgePrintService(db, CupsBackend(), station="cli",
                                settings=PrintSettings(printer=PRINTER))  # fmt: skip
    try:
        status = service.wait(service.check([job.id]), timeout=20)
        assert status.badge == "printed", status.message
        assert service.open_items(job.event_id) == []
    finally:
        service.close()
    assert decoded(cups.printed(job.job_id), tmp_path) == [person["code"]]


def test_refusing_queue_fails_then_retry_prints(cups, db, capsys, tmp_path):
    [person] = people(db, 1)
    cups.reject(PRINTER)
    [line] = checkin(capsys, db, person["code"], "--print", "--printer", PRINTER)
    assert (line["result"], line["badge"]) == ("admitted", "failed")
    assert "refuse" in line["badge_message"]
    with db.session() as s:
        job = s.exec(select(PrintJob).where(PrintJob.attendee_id == person["id"])).one()
        assert s.get(Attendee, person["id"]).checked_in_at is not None
    assert (job.state, job.problem, job.job_id) == ("failed", "not-accepting", None)
    cups.accept(PRINTER)
    args = ["print-queue", "--station", "cli", "--printer", PRINTER, "--retry", "--json"]
    assert main([*args, "--db", db.url]) == 0
    assert json.loads(capsys.readouterr().out) == []  # nothing left to print
    with db.session() as s:
        job = s.get(PrintJob, job.id)
    assert job.state == "printed" and job.attempts == 1
    assert decoded(cups.printed(job.job_id), tmp_path) == [person["code"]]


def test_retry_of_a_waiting_badge_never_prints_it_twice(cups, db, tmp_path):
    [person] = people(db, 1)
    cups.disable(PRINTER)
    service = BadgePrintService(db, CupsBackend(), station="Accueil 1",
                                settings=PrintSettings(printer=PRINTER))  # fmt: skip
    try:
        with db.session() as s:
            event_id = repo.latest_event(session=s).id
        first = service.print_badges(event_id, [person["id"]], reason="reprint")
        assert (first.badge, first.problem) == ("queued", "paused")
        second = service.retry(first.items)  # still paused: a new job, the old one cancelled
        assert second.job_id != first.job_id
        cups.enable(PRINTER)
        done = service.wait(second, timeout=20)
        assert done.badge == "printed", done.message
    finally:
        service.close()
    assert cups.printed(first.job_id) is None
    assert decoded(cups.printed(second.job_id), tmp_path) == [person["code"]]
    assert len(list(cups.output.glob("*.pdf"))) == 1


def test_unknown_printer_and_unreachable_server_fail_with_one_line(cups, db, capsys, monkeypatch):
    a, b = people(db, 2)
    [line] = checkin(capsys, db, a["code"], "--print", "--printer", "no-such-queue")
    assert (line["result"], line["badge"]) == ("admitted", "failed")
    assert "no-such-queue" in line["badge_message"] and "inconnue" in line["badge_message"]
    monkeypatch.setenv("CUPS_SERVER", "127.0.0.1:1")  # nothing listens there
    [line] = checkin(capsys, db, b["code"], "--print", "--printer", PRINTER)
    assert (line["result"], line["badge"]) == ("admitted", "failed")
    assert "injoignable" in line["badge_message"]
    with db.session() as s:
        open_rows = print_queue.open_jobs(repo.latest_event(session=s).id, session=s)
    assert {r["attendee_id"] for r in open_rows} == {a["id"], b["id"]}


def test_badge_without_checkin_for_the_pick_up_the_day_before(cups, db, capsys, tmp_path):
    [person] = people(db, 1)
    argv = ["badges", "--print", "--only", str(person["id"]), "--printer", PRINTER, "--json"]
    assert main([*argv, "--db", db.url]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["badge"] == "printed" and out["badges"] == 1
    with db.session() as s:
        assert s.get(Attendee, person["id"]).checked_in_at is None  # not an entry
        job = s.exec(select(PrintJob).where(PrintJob.attendee_id == person["id"])).one()
    assert job.reason == "pickup"
    assert decoded(cups.printed(out["job_id"]), tmp_path) == [person["code"]]
    # On the day, the person scans the badge they picked up: entry, and no second badge.
    [line] = checkin(capsys, db, person["code"], "--print", "--printer", PRINTER)
    assert (line["result"], line["badge"]) == ("admitted", None)
    assert "déjà imprimé" in line["badge_message"]
    assert len(list(cups.output.glob("*.pdf"))) == 1


def test_backend_lists_the_queues_and_their_state(cups):
    backend = CupsBackend()
    names = [p.name for p in backend.printers()]
    assert names == sorted([PRINTER, "itday-spare"])
    assert backend.printer(PRINTER).accepting
    cups.disable(PRINTER)
    paused = backend.printer(PRINTER)
    assert paused.state == 5 and "paused" in paused.reasons
