"""Ticket codes at several desks: admitted once on SQLite and PostgreSQL, offline too.

A person's badge code and each of their ticket codes are one entry: whichever is scanned
first, at whichever desk, admits them; the others say « already admitted ».  On PostgreSQL
real station processes (``python -m itday checkin - --json``) compete; offline, the
station's local copy carries the ticket codes and the replay keeps one admission.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections import Counter

import pytest
from sqlmodel import select

from itday.db.engine import Database
from itday.db.models import Attendee, AttendeeCode, Scan
from itday.services.checkin import record_scan
from itday.services.station import ResilientRecorder
from tests.fault.conftest import Seeded, checked_in, scan_rows, start_station

T0 = dt.datetime(2017, 6, 29, 9, 0, tzinfo=dt.UTC)


class WithTickets(Seeded):
    """A seeded edition where each valid person also holds two tickets (Weezevent-like)."""

    def __init__(self, url: str, valid: int = 60, **kw) -> None:
        super().__init__(url, valid=valid, **kw)
        db = Database.open(url)
        self.tickets: dict[str, list[str]] = {}  # badge code → ticket codes
        with db.session() as s:
            people = s.exec(select(Attendee.id, Attendee.code)).all()
            for n, (attendee_id, code) in enumerate(sorted(people, key=lambda p: p[0])):
                codes = [f"17000{n:05d}{k}01" for k in (1, 2)]
                self.tickets[code] = codes
                for ticket in codes:
                    s.add(
                        AttendeeCode(
                            event_id=self.event_id,
                            attendee_id=attendee_id,
                            code=ticket,
                            source="Weezevent",
                        )
                    )
            s.commit()
        db.dispose()
        self.unknown_tickets = ["9000000000001", "9000000000002"]

    def person_of(self, code: str) -> str | None:
        for badge, ticket_codes in self.tickets.items():
            if code == badge or code in ticket_codes:
                return badge
        return None

    def mixed_stream(self, n: int, seed: int) -> list[str]:
        """Badge codes and ticket codes of the same valid people, and unknown tickets."""
        rng = random.Random(seed)
        out = []
        for _ in range(n):
            if rng.random() < 0.95:
                badge = rng.choice(self.valid)
                out.append(rng.choice([badge, *self.tickets[badge]]))
            else:
                out.append(rng.choice(self.unknown_tickets))
        return out


def _admissions(rows):
    return [r for r in rows if r["result"] == "admitted"]


@pytest.mark.postgres
def test_ticket_codes_admit_each_person_once_across_postgres_stations(fresh_pg_url, tmp_path):
    seeded = WithTickets(fresh_pg_url)
    streams = [seeded.mixed_stream(300, seed=200 + i) for i in range(3)]
    procs, outs = [], []
    for i in range(len(streams)):
        out = (tmp_path / f"desk{i}.jsonl").open("w+", encoding="utf-8")
        outs.append(out)
        procs.append(start_station(fresh_pg_url, f"Accueil {i + 1}", stdout=out))
    for proc, codes in zip(procs, streams, strict=True):
        proc.stdin.write("".join(c + "\n" for c in codes))
        proc.stdin.close()
    printed = []
    for proc, out in zip(procs, outs, strict=True):
        assert proc.wait(timeout=300) == 0, proc.stderr.read()
        proc.stderr.close()
        out.seek(0)
        printed.append([json.loads(line) for line in out.read().splitlines()])
        out.close()

    rows = scan_rows(fresh_pg_url)
    assert len(rows) == sum(len(s) for s in streams)
    people = {seeded.person_of(c) for codes in streams for c in codes} - {None}
    admitted = _admissions(rows)
    assert len(admitted) == len(people)  # one admission per person, by badge or ticket
    assert len({r["attendee_id"] for r in admitted}) == len(admitted)
    assert len(checked_in(fresh_pg_url)) == len(people)
    # each printed line names the ticket's holder; unknown tickets say so
    for lines in printed:
        for line in lines:
            holder = seeded.person_of(line["code"])
            if holder is None:
                assert (line["result"], line["reason"]) == ("unknown", "unknown_ticket")
                assert line["message"] == "billet inconnu — chercher le nom"
            else:
                assert line["result"] in ("admitted", "already_admitted")
                assert line["attendee"]["code"] == holder
    assert Counter(r["result"] for r in rows)["admitted"] == len(people)


@pytest.mark.postgres
def test_the_same_ticket_scanned_at_two_desks_at_once_is_admitted_once(fresh_pg_url):
    import threading

    seeded = WithTickets(fresh_pg_url, valid=5)
    ticket = seeded.tickets[seeded.valid[0]][1]
    db = Database.open(fresh_pg_url)
    results = []
    start = threading.Barrier(8)

    def desk(n):
        with db.session() as s:
            start.wait()
            results.append(record_scan(s, seeded.event_id, ticket, f"Accueil {n}").result.value)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    db.dispose()
    assert sorted(results) == ["admitted"] + ["already_admitted"] * 7


def _offline_round(url: str, tmp_path) -> None:
    seeded = WithTickets(url, valid=10)
    badge = seeded.valid[0]
    first, second = seeded.tickets[badge]
    rec = ResilientRecorder(url, "Accueil 1", tmp_path / "offline", background=False).start()
    try:
        assert rec.online and rec.local.ticket_count() == 2 * (10 + 20)
        rec._online = False  # the network goes away: decisions on the local copy
        out = rec.scan(first, scanned_at=T0)
        assert out.offline and out.result.value == "admitted"
        assert out.attendee["code"] == badge  # the holder, by their ticket
        assert rec.scan(second, scanned_at=T0).result.value == "already_admitted"
        assert rec.scan(badge, scanned_at=T0).result.value == "already_admitted"
        unknown = rec.scan("9000000000001", scanned_at=T0)
        assert (unknown.result.value, unknown.decision.reason) == ("unknown", "unknown_ticket")
        assert unknown.to_json()["message"] == "billet inconnu — chercher le nom"
        # a US scanner on an AZERTY PC types the digits of another person's ticket
        other = seeded.tickets[seeded.valid[1]][0]
        typed = other.translate(str.maketrans("1234567890", "&é\"'(-è_çà"))
        assert rec.scan(typed, scanned_at=T0).result.value == "admitted"
        # meanwhile another desk, online, admitted person 1 by their badge
        db = Database.open(url)
        with db.session() as s:
            won = record_scan(s, seeded.event_id, seeded.valid[1], "Accueil 2", scanned_at=T0)
            assert won.result.value == "admitted"
        rec._online = True
        assert rec.replay() == 5 and rec.pending == 0
        with db.session() as s:
            scans = s.exec(select(Scan).where(Scan.station == "Accueil 1")).all()
            results = Counter(r.result for r in scans)
            holders = {r.attendee_id for r in scans if r.result == "admitted"}
        db.dispose()
        assert results == Counter(admitted=1, already_admitted=3, unknown=1)
        assert len(holders) == 1
        admitted = checked_in(url)
        assert len(admitted) == 2  # person 0 (offline ticket) and person 1 (once)
        rec.sync()  # the copy learns the other desk's admission
        rec._online = False
        assert rec.scan(seeded.tickets[seeded.valid[1]][1]).result.value == "already_admitted"
    finally:
        rec.close(flush=False)


def test_offline_copy_carries_ticket_codes_sqlite(tmp_path):
    _offline_round("sqlite:///" + str(tmp_path / "shared.sqlite"), tmp_path)


@pytest.mark.postgres
def test_offline_copy_carries_ticket_codes_postgres(fresh_pg_url, tmp_path):
    _offline_round(fresh_pg_url, tmp_path)
