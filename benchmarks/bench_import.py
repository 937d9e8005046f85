"""Time visitor imports: 900 and 20,000 registrations, French Excel CSV (';', Windows-1252).

Each run imports into a fresh SQLite file (first import), then imports the same file again
(re-import: every line matched, nothing new).  Prints the median of 3 runs; asserts nothing.

    /work/venv/bin/python benchmarks/bench_import.py
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlmodel  # noqa: E402
from sqlmodel import Session, SQLModel  # noqa: E402

from itday.core.importing import read_visitors  # noqa: E402
from itday.db.models import Event  # noqa: E402
from itday.services.importer import import_visitors  # noqa: E402

FIRST = ["Hélène", "François", "Jean-Pierre", "Zoé", "Anaïs", "Loïc", "Mathéo", "Inès", "Noël"]
LAST = ["Lefèvre", "Müller", "O'Neil", "d'Artagnan", "Dupont", "Garcia", "Nguyen", "Bénard"]
COMPANIES = ["Airbus", "Thales", "Sopra Steria", "CNES", "Capgemini", "Société Générale", "Orange"]
TICKETS = ["Visiteur", "Visiteur", "Visiteur", "Exposant", "Presse", "Intervenant", "VIP"]


def make_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    lines = ["Nom;Prénom;Société;E-mail;Fonction;Type de billet;N° de commande;Téléphone"]
    for i in range(rows):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        lines.append(
            f"{last};{first};{rng.choice(COMPANIES)};{first[0].lower()}.{i}@example.fr;"
            f"Chef de projet;{rng.choice(TICKETS)};CMD-{i:06d};06 {rng.randrange(10**8):08d}"
        )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


def run(csv_path: Path, workdir: Path, n: int) -> tuple[float, float, float]:
    db = workdir / f"bench-{n}-{time.perf_counter_ns()}.sqlite"
    engine = sqlmodel.create_engine(f"sqlite:///{db}")
    SQLModel.metadata.create_all(engine)
    with Session(engine) as session:
        event = Event(name="Innovation IT Day", date=dt.date(2017, 6, 29))
        session.add(event)
        session.commit()
        event_id = event.id
    t0 = time.perf_counter()
    read_visitors(csv_path)
    parse = time.perf_counter() - t0
    with Session(engine) as session:
        t0 = time.perf_counter()
        report = import_visitors(session, event_id, csv_path)
        first = time.perf_counter() - t0
        assert report.imported == n, report.to_json()
    with Session(engine) as session:
        t0 = time.perf_counter()
        report = import_visitors(session, event_id, csv_path)
        again = time.perf_counter() - t0
        assert report.imported == 0 and report.unchanged == n, report.to_json()
    engine.dispose()
    db.unlink()
    return parse, first, again


def main() -> None:
    print(
        f"{'rows':>7} | {'parse only (s)':>14} | {'first import (s)':>16} | {'re-import (s)':>13}"
    )
    print("-" * 62)
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for n in (900, 20_000):
            csv_path = workdir / f"inscrits-{n}.csv"
            make_csv(csv_path, n)
            results = [run(csv_path, workdir, n) for _ in range(3)]
            parse, first, again = (statistics.median(col) for col in zip(*results, strict=True))
            print(f"{n:>7} | {parse:>14.3f} | {first:>16.3f} | {again:>13.3f}")
    print("median of 3 runs; each run on a fresh SQLite file")


if __name__ == "__main__":
    main()
