"""Issue 24.8 at a desk without the shared base: the re-entry rule of the edition, per
category, is applied by the station's local copy as the shared base applies it (same
answers, same words), exits scanned offline count for « ré-entrée après une sortie
scannée », and once the journal is sent the log holds the same answers as an online desk's."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys

from itday.core.checkin import message
from itday.core.enums import Category
from itday.db import repo
from itday.db.engine import Database
from itday.services.checkin import record_exit, record_scan
from itday.services.station import ResilientRecorder

T0 = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=1)
POLICY = {
    "default": "allowed",
    Category.VISITOR.value: "after_exit",
    Category.PRESS.value: "refused",
}


def _event(db) -> int:
    with db.session() as s:
        return repo.latest_event(session=s).id


def _waiting(db, event_id, category, n=1) -> list[str]:
    with db.session() as s:
        rows = repo.attendee_rows(event_id, session=s)
    codes = [
        r["code"]
        for r in rows
        if r["category"] == category and not r["cancelled"] and r["checked_in_at"] is None
    ]
    assert len(codes) >= n, category
    return codes[:n]


def _prepare(db, event_id, gone: str) -> None:
    """The rules, and someone who came in and was scanned out before the desk's copy."""
    with db.session() as s:
        repo.set_reentry_policy(event_id, POLICY, session=s)
        s.commit()
        record_scan(s, event_id, gone, "Accueil 2", scanned_at=T0 - dt.timedelta(hours=1))
        record_exit(s, event_id, gone, "Sortie", scanned_at=T0 - dt.timedelta(minutes=30))


def _steps(visitor, gone, staff, press):
    """(entry or exit, code): the day of one desk."""
    return [
        ("in", visitor), ("in", visitor), ("out", visitor), ("in", visitor), ("in", visitor),
        ("in", gone), ("in", gone),
        ("in", staff), ("in", staff),
        ("in", press), ("out", press), ("in", press),
    ]  # fmt: skip


def _answer(out) -> tuple:
    if hasattr(out, "recorded"):  # an exit
        return ("exit", out.recorded, out.message)
    d = out.decision
    return (d.result.value, d.reason, d.admits, d.tone, message(d))


def _online_day(db, event_id, steps) -> list[tuple]:
    answers = []
    with db.session() as s:
        for n, (what, code) in enumerate(steps):
            at = T0 + dt.timedelta(minutes=n)
            if what == "in":
                answers.append(_answer(record_scan(s, event_id, code, "Accueil 1", scanned_at=at)))
            else:
                answers.append(_answer(record_exit(s, event_id, code, "Accueil 1", scanned_at=at)))
    return answers


def _offline_day(rec, steps) -> tuple[list[tuple], list]:
    answers, outcomes = [], []
    for n, (what, code) in enumerate(steps):
        at = T0 + dt.timedelta(minutes=n)
        out = rec.scan(code, scanned_at=at) if what == "in" else rec.exit(code, scanned_at=at)
        assert out.offline
        outcomes.append(out)
        answers.append(_answer(out))
    return answers, outcomes


def _log(db, event_id) -> list[tuple]:
    """The log of the day's scans, oldest first, as the Journal reads it."""
    with db.session() as s:
        rows = repo.scan_log(event_id, session=s)
    return [
        (r["code"], r["result"], r["reason"], r["person"])
        for r in reversed(rows)
        if r["scanned_at"].replace(tzinfo=dt.UTC) >= T0
    ]


def test_an_offline_desk_answers_as_the_shared_base_and_loses_nothing(demo_db, tmp_path):
    event_id = _event(demo_db)
    visitor, gone = _waiting(demo_db, event_id, Category.VISITOR, 2)
    (staff,) = _waiting(demo_db, event_id, Category.EXHIBITOR_STAFF)
    (press,) = _waiting(demo_db, event_id, Category.PRESS)
    steps = _steps(visitor, gone, staff, press)
    control = Database.open(shutil.copyfile(demo_db.path, tmp_path / "control.sqlite"))
    _prepare(control, event_id, gone)
    _prepare(demo_db, event_id, gone)

    online = _online_day(control, event_id, steps)
    rec = ResilientRecorder(
        f"sqlite:///{demo_db.path}", "Accueil 1", tmp_path / "offline", background=False
    ).start()
    try:
        rec._online = False  # the network goes away after the copy was made
        offline, _ = _offline_day(rec, steps)
        assert offline == online
        assert [a[1] for a in offline[:5]] == [
            "", "not_exited", True, "reentry_after_exit", "not_exited",
        ]  # fmt: skip
        assert offline[5][1] == "reentry_after_exit"  # the exit scanned before the copy
        assert offline[8][1] == "reentry" and offline[11][1] == "reentry_refused"
        assert rec.pending == 12  # every entry scan and both exits, in the journal
        rec._online = True
        rec.replay()
        assert rec.pending == 0
        merged, reference = _log(demo_db, event_id), _log(control, event_id)
        assert merged == reference and len(merged) == 12
        with demo_db.session() as s, control.session() as c:
            assert (
                repo.stats(event_id, session=s)["refused_by_reason"]
                == repo.stats(event_id, session=c)["refused_by_reason"]
            )
            ids = [repo.attendee_by_code(code, session=s).id for code in (visitor, gone, press)]
            assert [repo.exited_since_entry(i, session=s) for i in ids] == [False, False, True]
    finally:
        rec.close()
        control.dispose()


def test_a_refused_reentry_is_refused_offline_and_a_new_copy_keeps_pending_exits(demo_db, tmp_path):
    event_id = _event(demo_db)
    visitor, gone = _waiting(demo_db, event_id, Category.VISITOR, 2)
    (press,) = _waiting(demo_db, event_id, Category.PRESS)
    _prepare(demo_db, event_id, gone)
    rec = ResilientRecorder(
        f"sqlite:///{demo_db.path}", "Accueil 1", tmp_path / "offline", background=False
    ).start()
    try:
        rec._online = False
        rec.scan(press, scanned_at=T0)
        again = rec.scan(press, scanned_at=T0 + dt.timedelta(minutes=1))
        assert (again.decision.reason, again.decision.admits) == ("reentry_refused", False)
        assert message(again.decision) == "ré-entrée refusée — une seule entrée"
        rec.scan(visitor, scanned_at=T0)
        assert rec.exit(visitor, scanned_at=T0 + dt.timedelta(minutes=2)).recorded
        unknown = rec.exit("https://example.org", scanned_at=T0)
        assert not unknown.recorded and unknown.message.startswith("code inconnu")
        assert rec.pending == 4  # nothing written for the unknown code
        rec.sync()  # a new copy before the journal is sent: the pending exit still counts
        assert rec.local.reentry_policy(event_id) == POLICY
        back = rec.scan(visitor, scanned_at=T0 + dt.timedelta(minutes=3))
        assert back.decision.reason == "reentry_after_exit"
        # the exit scanned on the shared base before the copy reached the copy
        assert rec.scan(gone, scanned_at=T0).decision.reason == "reentry_after_exit"
    finally:
        rec.close()


def _itday(*args):
    cmd = [sys.executable, "-m", "itday", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def test_the_command_line_scans_exits_through_the_station(demo_db, tmp_path):
    event_id = _event(demo_db)
    (visitor,) = _waiting(demo_db, event_id, Category.VISITOR)
    with demo_db.session() as s:
        repo.set_reentry_policy(event_id, POLICY, session=s)
        s.commit()
    station = ["--db", str(demo_db.path), "--offline-dir", str(tmp_path / "hors-ligne")]
    assert _itday("checkin", visitor, *station).returncode == 0
    out = _itday("checkin", "--exit", visitor, "--json", *station)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["result"] == "exit"
    out = _itday("checkin", visitor, *station)
    assert "déjà entré(e) — ré-entrée après sortie" in out.stdout
    refused = _itday("checkin", "--exit", visitor, "--print", *station)
    assert refused.returncode == 2 and "--exit ne va pas avec --print." in refused.stderr
