"""Peak memory and time of a large import (issues 13.6, 24.17): 100,000 registrations, one
``itday import``, then ``itday export`` of that base, each measured as a user runs it.

    python -m benchmarks.bench_import_memory [--rows 100000] [--narrow] [--no-export]

Writes a CSV of ``--rows`` registrations in a temporary folder as a ticketing service
exports them — about 20 columns (order, ticket code, status, dates, amount, address…;
``--narrow``: the 8 columns of issue 13) — creates an empty edition, runs ``itday import
visitors`` in a child process and prints its peak resident memory (``ru_maxrss``) and its
time; then ``itday export`` of the base (not with ``--no-export``); then a file too large and ``/dev/zero`` (both refused
at once).  Targets: import ≤ 300 MB and ≤ 10 s, export ≤ 10 s.  Asserts nothing.
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


WIDE_HEADER = (
    "N° de commande;Date de la commande;Statut de la commande;Code-barres;Tarif;Montant TTC;"
    "Civilité;Nom;Prénom;E-mail;Téléphone;Société;Fonction;Secteur d'activité;Adresse;"
    "Code postal;Ville;Pays;Comment avez-vous connu l'événement ?;J'accepte d'être contacté\n"
)


def write_wide_file(path: Path, rows: int) -> None:
    """A ticketing service's attendee export: 20 columns, most of them not imported."""
    with path.open("w", encoding="utf-8-sig") as fh:
        fh.write(WIDE_HEADER)
        for i in range(rows):
            fh.write(
                f"{200000 + i // 2};{1 + i % 28:02d}/05/2017 {i % 24:02d}:{i % 60:02d};"
                f"{'Remboursé' if i % 97 == 0 else 'Validé'};{3100000000000 + i * 7};"
                f"{'Étudiant' if i % 9 == 0 else 'Visiteur'};{0 if i % 9 == 0 else 25},00;"
                f"{'Mme' if i % 2 else 'M.'};Nom{i};Prénom{i};p{i}@exemple.fr;06{i:08d};"
                f"Société {i % 500};Ingénieure logiciel;Services numériques;"
                f"{i % 300} avenue de l'Europe;31{i % 1000:03d};Labège;France;"
                f"Bouche-à-oreille;{'Oui' if i % 3 else 'Non'}\n"
            )


def write_file(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for i in range(rows):
            fh.write(
                f"Nom{i};Prénom{i};Société {i % 500};p{i}@exemple.fr;Ingénieur;Visiteur;"
                f"{100000 + i};06{i:08d}\n"
            )


def child(*args: str, db: Path) -> tuple[int, float, float]:
    """(exit status, seconds, peak MB of the child); also prints its CPU seconds (what it
    costs on a quiet machine, where the wall clock is close to it)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = cpu.ru_utime + cpu.ru_stime
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "itday", *args, "--db", str(db)], capture_output=True, timeout=900
    )
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"   ({args[0]}: {usage.ru_utime + usage.ru_stime - cpu:.1f} s of CPU)")
    peak = usage.ru_maxrss
    return done.returncode, seconds, max(peak, before) / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--narrow", action="store_true", help="the 8 columns of issue 13")
    parser.add_argument("--no-export", action="store_true", help="the import only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "itday.sqlite"
        subprocess.run(
            [sys.executable, "-m", "itday", "init", "--name", "Bench", "--date", "2018-06-28",
             "--db", str(db)], check=True, capture_output=True,
        )  # fmt: skip
        data = folder / "inscriptions.csv"
        (write_file if args.narrow else write_wide_file)(data, args.rows)
        size_mb = data.stat().st_size / 1e6
        columns = 8 if args.narrow else 20
        status, seconds, peak = child("import", "visitors", str(data), db=db)
        print(f"## import of {args.rows} registrations, {columns} columns ({size_mb:.1f} MB CSV)")
        print(f"exit {status}, {seconds:.1f} s, peak RSS {peak:.0f} MB (targets ≤ 300 MB, ≤ 10 s)")
        if not args.no_export:
            status, seconds, peak = child("export", str(folder / "export"), db=db)
            print(f"## export of that base: exit {status}, {seconds:.1f} s (target ≤ 10 s)")
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
