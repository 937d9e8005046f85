"""Fuzzing: garbage from the scanner, the camera and import files never crashes itday
and never writes anything but an ``invalid`` (or ``unknown``) scan.

Only ``ItdayError`` / ``ImportFileError`` may come out; no attendee is created or checked in.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func
from sqlmodel import select

from itday.core.importing import ImportFileError
from itday.db.models import Attendee, Scan
from itday.errors import ItdayError
from itday.services.checkin import record_scan
from itday.services.importer import import_exhibitors, import_visitors
from itday.services.station import ResilientRecorder, storable
from tests.fault.conftest import Seeded

FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
GARBAGE = {"invalid", "unknown"}  # well-formed random codes of ours would be "unknown"


@pytest.fixture
def seeded(tmp_path):
    return Seeded("sqlite:///" + str(tmp_path / "fuzz.sqlite"), valid=30, cancelled=3)


@pytest.fixture
def shared(seeded):
    from itday.db.engine import Database

    db = Database.open(seeded.url)
    yield db
    db.dispose()


def _state(db) -> tuple[int, int]:
    with db.session() as s:
        people = s.exec(select(func.count()).select_from(Attendee)).one()
        inside = s.exec(
            select(func.count()).where(Attendee.checked_in_at.is_not(None))  # type: ignore[union-attr]
        ).one()
    return people, inside


def _text_or_bytes():
    nasty = st.sampled_from(["\x00", "\ud800", "\udfff", "\r", "\u202e", "\ufeff", "%s", "'"])
    return st.one_of(
        st.text(max_size=300),
        st.lists(st.one_of(st.text(max_size=20), nasty), max_size=12).map("".join),
        st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
        st.text(alphabet="ITD-ABCDEFGHIJKLMNOPQRSTUVWXYZ234567 \t", max_size=40),
    )


@FUZZ
@given(raw=_text_or_bytes())
def test_record_scan_garbage(shared, seeded, raw):
    before = _state(shared)
    with shared.session() as s:
        out = record_scan(s, seeded.event_id, raw, "fuzz")
        logged = s.get(Scan, out.scan_id)
        assert logged is not None and logged.result == out.result.value
    assert out.result.value in GARBAGE
    assert _state(shared) == before


@pytest.mark.postgres
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=_text_or_bytes())
def test_record_scan_garbage_postgresql(pg_seeded, raw):
    seeded, db = pg_seeded
    before = _state(db)
    with db.session() as s:
        assert record_scan(s, seeded.event_id, raw, "fuzz").result.value in GARBAGE
    assert _state(db) == before


@pytest.fixture
def pg_seeded(fresh_pg_url):
    from itday.db.engine import Database

    seeded = Seeded(fresh_pg_url, valid=10, cancelled=2)
    db = Database.open(fresh_pg_url)
    yield seeded, db
    db.dispose()


@FUZZ
@given(raw=_text_or_bytes())
def test_resilient_station_garbage_online_and_offline(shared, seeded, tmp_path_factory, raw):
    before = _state(shared)
    rec = ResilientRecorder(seeded.url, "fuzz", tmp_path_factory.mktemp("st"), background=False)
    rec.start()
    try:
        assert rec.scan(raw).result.value in GARBAGE
        rec._online = False  # as if the shared database had just gone away
        offline = rec.scan(raw)
        assert offline.offline and offline.result.value in GARBAGE
        rec._online = True
        assert rec.replay() == 1 and rec.pending == 0
    finally:
        rec.close()
    assert _state(shared) == before


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=2000))
def test_cli_checkin_stdin_garbage(shared, seeded, monkeypatch, data):
    from itday.cli import main

    before = _state(shared)
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["checkin", "-", "--json", "--db", seeded.url, "--station", "fuzz"])
    refusals = err.getvalue().splitlines()  # lines with control characters: refused, not stored
    assert all(line.startswith("itday : code refusé") for line in refusals), refusals
    assert code == (1 if refusals else 0)
    for line in out.getvalue().splitlines():
        assert json.loads(line)["result"] in GARBAGE
    assert _state(shared) == before


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(payload=st.one_of(st.text(min_size=1, max_size=120), st.binary(min_size=1, max_size=120)))
def test_qr_payload_garbage(shared, seeded, payload):
    import qrcode
    import zxingcpp

    image = qrcode.make(payload, border=4).get_image().convert("L")
    decoded = [r.text for r in zxingcpp.read_barcodes(image)]
    before = _state(shared)
    with shared.session() as s:
        for text in decoded or [""]:
            assert record_scan(s, seeded.event_id, text, "camera").result.value in GARBAGE
    assert _state(shared) == before


def _import_fuzz(shared, seeded, tmp_path_factory, data: bytes, suffix: str, dry_run: bool):
    before = _state(shared)
    path = tmp_path_factory.mktemp("imp") / f"fichier{suffix}"
    path.write_bytes(data)
    for fn in (import_visitors, import_exhibitors):
        with shared.session() as s:
            try:
                fn(s, seeded.event_id, path, dry_run=dry_run)
            except (ImportFileError, ItdayError):
                pass
    assert _state(shared) == before


@FUZZ
@given(
    data=st.binary(max_size=3000),
    suffix=st.sampled_from([".csv", ".txt", ".xlsx", ""]),
    dry_run=st.booleans(),
)
def test_import_random_bytes(shared, seeded, tmp_path_factory, data, suffix, dry_run):
    _import_fuzz(shared, seeded, tmp_path_factory, data, suffix, dry_run)


@FUZZ
@given(
    text=st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=1500),
    sep=st.sampled_from([";", ",", "\t", "|"]),
    dry_run=st.booleans(),
)
def test_import_random_text_tables(shared, seeded, tmp_path_factory, text, sep, dry_run):
    # lines of random cells: a table without any recognisable column is garbage
    lines = [sep.join(chunk.split()) for chunk in text.splitlines()]
    data = "\n".join(lines).encode("utf-8")
    _import_fuzz(shared, seeded, tmp_path_factory, data, ".csv", dry_run)


def test_storable_keeps_text_databases_accept():
    assert storable("a\x00b") == "a\ufffdb"
    assert storable("x\ud800y") == "x?y"
