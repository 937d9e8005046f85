"""Peak memory of a large import (issue 13.6): 100,000 registrations, one ``itday import``.

    python -m benchmarks.bench_import_memory [--rows 100000]

Writes a French Excel-style CSV of ``--rows`` registrations in a temporary folder, creates
an empty edition, runs ``itday import visitors`` in a child process and prints its peak
resident memory (``ru_maxrss``) and its time; then the same for a file too large (refused at
once) and for ``/dev/zero`` (refused at once).  Target: under 300 MB for 100,000 rows.
Asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEADER = "Nom;Prénom;Société;E-mail;Fonction;Type de billet;N° de commande;Téléphone\n"


def write_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(rows):
            fh.write(
                f"Nom{i};Prénom{i};Société {i % 500};p{i}@exemple.fr;Ingénieur;Visiteur;"
                f"{100000 + i};06{i:08d}\n"
            )


def child(*args: str, db: Path) -> tuple[int, float, float]:
    """(exit status, seconds, peak MB of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "itday", *args, "--db", str(db)], capture_output=True, timeout=900
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return done.returncode, seconds, max(peak, before) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "itday.sqlite"
        subprocess.run(
            [sys.executable, "-m", "itday", "init", "--name", "Bench", "--date", "2018-06-28",
             "--db", str(db)], check=True, capture_output=True,
        )  # fmt: skip
        data = folder / "inscriptions.csv"
        write_file(data, args.rows)
        size_mb = data.stat().st_size / 1e6
        status, seconds, peak = child("import", "visitors", str(data), db=db)
        print(f"## import of {args.rows} registrations ({size_mb:.1f} MB CSV)")
        print(f"exit {status}, {seconds:.1f} s, peak RSS {peak:.0f} MB (target < 300 MB)")
        huge = folder / "huge.csv"
        with huge.open("wb") as fh:
            fh.truncate(201_000_000)  # sparse: costs no disk
        status, seconds, _ = child("import", "visitors", str(huge), db=db)
        print(f"201 MB file: exit {status} in {seconds:.2f} s (refused at once)")
        if os.path.exists("/dev/zero"):
            status, seconds, _ = child("import", "visitors", "/dev/zero", db=db)
            print(f"/dev/zero: exit {status} in {seconds:.2f} s (refused at once)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
