"""Fixtures of the fault tests: a throwaway PostgreSQL cluster, seeded editions, stations.

``postgres_url`` starts one cluster for the whole run (``tests/fault/pg.py``) and skips,
with the reason, when the PostgreSQL server programs are not installed
(Debian: ``apt install postgresql``; ``.ci/run`` installs them).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.fault.pg import PgCluster, find_bin

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def pg_cluster():
    bindir = find_bin()
    if bindir is None:
        pytest.skip(
            "PostgreSQL absent : installez le paquet « postgresql » (initdb, pg_ctl) pour les "
            "tests multi-postes sur PostgreSQL (ou indiquez ITDAY_PG_BIN)."
        )
    try:
        cluster = PgCluster.create(bindir)
    except (OSError, subprocess.SubprocessError, KeyError) as exc:
        detail = getattr(exc, "stderr", "") or exc
        pytest.skip(f"Impossible de démarrer un PostgreSQL jetable : {detail}")
    yield cluster
    cluster.destroy()


@pytest.fixture(scope="session")
def postgres_url(pg_cluster) -> str:
    """The URL of the session's throwaway cluster (database ``itday``)."""
    return pg_cluster.url


@pytest.fixture
def fresh_pg_url(pg_cluster) -> str:
    """A new, empty database in the session's cluster, for one test."""
    return pg_cluster.fresh_database("t" + uuid.uuid4().hex[:16])


# -- a seeded edition -------------------------------------------------------------------


class Seeded:
    """An edition with ``valid`` admissible badges, cancelled ones and a few oddities."""

    def __init__(self, url: str, valid: int = 300, cancelled: int = 20, seed: int = 9) -> None:
        from itday.core import badge
        from itday.db import repo
        from itday.db.engine import Database
        from itday.db.models import Attendee

        rng = random.Random(seed)
        self.url = url
        db = Database.open(url)
        with db.session() as s:
            event = repo.create_event("Fault Day", dt.date(2017, 6, 29), "Diagora", session=s)
            s.commit()
            self.event_id = event.id
            self.valid = [badge.code_from_seed(rng) for _ in range(valid)]
            self.cancelled = [badge.code_from_seed(rng) for _ in range(cancelled)]
            for i, code in enumerate(self.valid + self.cancelled):
                s.add(
                    Attendee(
                        event_id=event.id,
                        first_name=f"Prénom{i}",
                        last_name=f"Nom{i}",
                        company="Société",
                        email=f"p{i}@example.org",
                        code=code,
                        cancelled=code in self.cancelled[:],
                    )
                )
            s.commit()
        db.dispose()
        self.unknown = [badge.code_from_seed(rng) for _ in range(15)]  # ours, not registered
        self.garbage = ["https://example.org/t/1", "BEGIN:VCARD", "ITD-BROKEN", "12345"]

    def stream(self, n: int, seed: int) -> list[str]:
        """``n`` scans: mostly valid badges (repeats and overlaps), some refusals."""
        rng = random.Random(seed)
        out = []
        for _ in range(n):
            roll = rng.random()
            if roll < 0.86:
                out.append(rng.choice(self.valid))
            elif roll < 0.92:
                out.append(rng.choice(self.cancelled))
            elif roll < 0.97:
                out.append(rng.choice(self.unknown))
            else:
                out.append(rng.choice(self.garbage))
        return out


def station_cmd(url: str, station: str, *, offline_dir: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "itday", "checkin", "-", "--json", "--station", station]
    cmd += ["--db", url]
    if offline_dir is not None:
        cmd += ["--offline-dir", str(offline_dir)]
    return cmd


def station_env() -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("ITDAY_DB", None)
    return env


def start_station(url: str, station: str, stdout=subprocess.PIPE, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        station_cmd(url, station, **kw),
        stdin=subprocess.PIPE,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=station_env(),
        cwd=ROOT,
        bufsize=1,
    )


def read_json_line(proc: subprocess.Popen) -> dict:
    line = proc.stdout.readline()
    assert line, f"station ended early: {proc.stderr.read()}"
    return json.loads(line)


def scan_rows(url: str) -> list[dict]:
    from sqlmodel import select

    from itday.db.engine import Database
    from itday.db.models import Scan

    db = Database.open(url)
    try:
        with db.session() as s:
            return [
                {
                    "uid": r.uid,
                    "code": r.code,
                    "result": r.result,
                    "attendee_id": r.attendee_id,
                    "station": r.station,
                    "scanned_at": r.scanned_at,
                }
                for r in s.exec(select(Scan))
            ]
    finally:
        db.dispose()


def checked_in(url: str) -> dict[int, dt.datetime]:
    from sqlmodel import col, select

    from itday.db.engine import Database
    from itday.db.models import Attendee

    db = Database.open(url)
    try:
        with db.session() as s:
            return dict(
                s.exec(
                    select(Attendee.id, Attendee.checked_in_at).where(
                        col(Attendee.checked_in_at).is_not(None)
                    )
                ).all()
            )
    finally:
        db.dispose()
