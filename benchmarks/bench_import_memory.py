"""Peak memory and time of a large import (issues 13.6, 24.17): 100,000 registrations, one
``itday import``, then ``itday export`` of that base, each measured as a user runs it.

    python -m benchmarks.bench_import_memory [--rows 100000] [--narrow]
        [--base FILE] [--exports N] [--against FOLDER] [--no-export]

Writes a CSV of ``--rows`` registrations in a temporary folder as a ticketing service
exports them — about 20 columns (order, ticket code, status, dates, amount, address…;
``--narrow``: the 8 columns of issue 13) — creates an empty edition, runs ``itday import
visitors`` in a child process and prints its peak resident memory (``ru_maxrss``) and its
time; then ``itday export`` of the base (not with ``--no-export``); then a file too large and ``/dev/zero`` (both refused
at once).  Targets: import ≤ 300 MB and ≤ 10 s, export ≤ 10 s.  Asserts nothing.

``--base FILE`` keeps the imported base there and, when it exists, skips the import (the
export alone, again and again); ``--exports N`` runs the export N times and prints the median
of their wall and processor times; ``--against FOLDER`` (a checkout holding ``itday/``)
alternates each export with one of that code, run by run (before/after on a noisy machine).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
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


def child(*args: str, db: Path, code: str | None = None) -> tuple[int, float, float]:
    """(exit status, seconds, peak MB of the child); also prints its CPU seconds (what it
    costs on a quiet machine, where the wall clock is close to it).  ``code``: a folder
    whose ``itday/`` runs instead of the installed one."""
    status, seconds, cpu, peak = timed(*args, db=db, code=code)
    print(f"   ({args[0]}: {cpu:.1f} s of CPU)")
    return status, seconds, peak


def timed(*args: str, db: Path, code: str | None = None) -> tuple[int, float, float, float]:
    """(exit status, wall seconds, processor seconds, peak MB so far) of one child."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = cpu.ru_utime + cpu.ru_stime
    env = dict(os.environ, PYTHONPATH=code) if code else None
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "itday", *args, "--db", str(db)],
        capture_output=True,
        timeout=900,
        env=env,
        cwd=code,
    )
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = usage.ru_utime + usage.ru_stime - cpu
    return done.returncode, seconds, spent, max(usage.ru_maxrss, before) / 1024


def exports(folder: Path, db: Path, runs: int, against: str | None) -> None:
    """The export ``runs`` times (alternating with ``against``'s code): medians."""
    kinds = [("this code", None)] + ([(f"{against}", against)] if against else [])
    figures: dict[str, list[tuple[float, float]]] = {k: [] for k, _ in kinds}
    for i in range(runs):
        for label, code in kinds if i % 2 == 0 else kinds[::-1]:
            out = folder / f"export-{i}-{len(figures[label])}"
            status, seconds, cpu, _ = timed("export", str(out), db=db, code=code)
            shutil.rmtree(out, ignore_errors=True)
            figures[label].append((seconds, cpu))
            print(f"   export ({label}): exit {status}, {seconds:.1f} s wall, {cpu:.1f} s CPU")
    for label, runs_ in figures.items():
        wall = statistics.median(w for w, _ in runs_)
        cpu = statistics.median(c for _, c in runs_)
        print(f"## export, {label}: median of {len(runs_)}: {wall:.1f} s wall, {cpu:.1f} s CPU")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--narrow", action="store_true", help="the 8 columns of issue 13")
    parser.add_argument("--base", type=Path, help="keep the base there; reuse it if it exists")
    parser.add_argument("--exports", type=int, default=1, help="export runs (median)")
    parser.add_argument("--against", help="a checkout whose itday/ to alternate with")
    parser.add_argument("--no-export", action="store_true", help="the import only")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.base is not None and args.base.exists():
            print(f"## reusing {args.base} (no import)")
            exports(folder, args.base, args.exports, args.against)
            return 0
        db = args.base or folder / "itday.sqlite"
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
            if args.exports > 1 or args.against:
                exports(folder, db, args.exports, args.against)
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
