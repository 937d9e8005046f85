"""Does a change to the import store the same base?  (issue 24.17: the import made faster)

    python -m benchmarks.same_import [--ref REV] [--rows 30000]

Runs the same imports with the code of git ``--ref`` (extracted to a temporary folder) and
with this working tree, each in a child process, and compares what they leave: every row of
every table of the SQLite base (``iterdump``: values and their stored types) and every report (counts,
warnings, rejected lines, duplicates and their reasons).  Badge codes and the clock are made
deterministic in both children (the same sequence of codes, one fixed time), so the bases
must be identical text.  The imports: a tricky file (duplicates by e-mail and by order,
one order for two people, cancelled and unknown statuses, lines without a name, ticket codes
several to a cell, mangled, too short, an itday badge code, a code on two people's lines,
consent answers, exhibitors' staff, accents and odd spaces), the same file re-imported
changed (people updated, codes passed on, a code held by someone absent from the file), the
same again as a dry run, an XLSX file, and ``--rows`` registrations of the 20-column
ticketing export imported, re-imported as is, then re-imported changed.  Exits 1 on any
difference.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import random
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

TRICKY_HEADER = (
    "N° de commande;Statut;Code-barres;Tarif;Nom;Prénom;E-mail;Téléphone;Société;Fonction;"
    "Consentement;Ville\n"
)
# fmt: off
TRICKY = [
    "C1;Validé;TK-0001-AAAA;Visiteur;Lefèvre;Hélène;helene@airbus.com;612345678;Airbus;Ingénieure;oui;Toulouse",
    "C2;Remboursé;TK-0002-BBBB TK-0002-CCCC;Presse;O'Neil;Seán;SEAN@thales.com;;Thales;;non;",
    "C3;Annulé;TK-0003-DDDD;VIP;Durand;Jean-Pierre;mailto:jp@example.fr;;;;;",
    "C4;Validé;;;;;orphan@example.fr;;Orphan Inc;;;",
    "C1;Validé;TK-0001-AAAA;;Lefevre;Helene;helene@airbus.com;0600000000;Airbus SAS;;non;",
    "C5;Validé;TK-0005-EEEE;Visiteur;Martin;Paul;buyer@corp.fr;;Corp;;peut-être;",
    "C5;Validé;TK-0005-FFFF;Visiteur;Martin;Claire;buyer@corp.fr;;Corp;;oui;",
    "C6;Pending;1,23457E+21;Étudiant;Nguyen;Thi\u00a0Lan;thi@univ.fr;;Université\u2009Paul Sabatier;;x;",
    "C7;Validé;AB;Exposant;Roux;Anne;anne@thales.com;;THALES;Commerciale;oui;",
    "C8;Validé;ITD-XXXX;Visiteur;  Zoé  ;  Ängström ;zoe@@bad;06 11 22 33 44;=SUM(A1);;;",
    "C9;Validé;TK-0001-AAAA;Visiteur;Autre;Personne;autre@x.fr;;;;;",
    "C10;Cancelled;TK-0010-GGGG,TK-0010-HHHH;Exhibitor;Dupont;Marie;marie@sopra.fr;;Sopra Steria;;1;",
    "C11;;TK-0011-IIII;Intervenant;;Jean;jean@solo.fr;;;;;",
    'C12;Validé;TK-0012-JJJJ;Organisateur;"Le Gall";"Yann\nErwan";yann@bzh.fr;;"Breizh, SA";;;',
    "C13;Validé;TK-0013-KKKK;Visiteur;STRASSE;Jürgen;jurgen@de.de;;Straße & Œuvres;;yes;",
    "C2;Validé;TK-0002-CCCC;;O'Neil;Seán;sean@thales.com;;Thales Group;;oui;",
    ";;;;;;;;;;;",
    "C14;Validé;TK-0014-LLLL;Visiteur;Ōsaka;Ken;ken@jp.jp;;東京 Corp;;;",
    ";;TK-0015-NNNN;;Sans;Commande;;;;;;",
]
TRICKY_AGAIN = [
    "C1;Validé;TK-0001-AAAA;Visiteur;Lefèvre;Hélène;helene@airbus.com;;Airbus Group;Directrice;non;",
    "C5;Validé;TK-0005-EEEE TK-0003-DDDD;Visiteur;Martin;Paul;buyer@corp.fr;;Corp;;oui;",
    "C3;Validé;TK-0003-ZZZZ;VIP;Durand;Jean-Pierre;jp@example.fr;0611111111;;;;",
    "C20;Validé;TK-0002-BBBB;Visiteur;Nouveau;Venu;nouveau@x.fr;;;;;",
    "C21;Remboursé;TK-0021-MMMM;Visiteur;Martin;Claire;claire@corp.fr;;Corp;;;",
    "C13;Annulé;TK-0013-KKKK;Visiteur;Strasse;Jurgen;;;;;;",
    "C22;Validé;TK-0012-JJJJ;Visiteur;Autre;Yann;yann2@bzh.fr;;;;;",
]
# fmt: on


def _write_tricky(folder: Path) -> dict[str, Path]:
    files = {}
    for name, lines, encoding in (
        ("tricky.csv", TRICKY, "utf-8-sig"),
        ("again.csv", TRICKY_AGAIN, "utf-8"),
    ):
        path = folder / name
        path.write_text(TRICKY_HEADER + "\n".join(lines) + "\n", encoding=encoding)
        files[name] = path
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Nom", "Prénom", "E-mail", "Téléphone", "Type de billet", "Code billet"])
    sheet.append(["Bernard", "Luc", "luc@x.fr", 612345678, "Visiteur", 3100000000007])
    sheet.append(["Petit", "Ana", "ana@x.fr", "0612345678", "Presse", "QR-99-0001"])
    sheet.append(["Bernard", "Luc", "LUC@x.fr", None, None, "QR-99-0002"])
    files["sheet.xlsx"] = folder / "sheet.xlsx"
    book.save(files["sheet.xlsx"])
    return files


def _changed_wide(source: Path, target: Path) -> None:
    """The ticketing export a week later: some companies changed, some tickets refunded,
    some people gone, a few new ones."""
    lines = source.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    out = [lines[0]]
    for i, line in enumerate(lines[1:]):
        if i % 50 == 7:
            continue
        if i % 40 == 3:
            line = line.replace(";Société ", ";Entreprise ")
        if i % 61 == 5:
            line = line.replace(";Validé;", ";Remboursé;")
        out.append(line)
    out += [line.replace("@exemple.fr", "@nouveau.fr").replace(";Nom", ";Neuf") for line in
            lines[1:200]]  # fmt: skip
    target.write_text("".join(out), encoding="utf-8-sig")


def _dump(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        # every row of every table, not the schema (no import changes it; a migration's
        # copy of a table writes its constraints in an order that varies from run to run),
        # nor the base's own random id, made when it is created
        return [
            line
            for line in conn.iterdump()
            if line.startswith("INSERT INTO") and "'database_id'" not in line
        ]


def _child(out: Path, rows: int) -> None:
    """Runs the imports with the ``itday`` on ``sys.path`` and writes what they left."""
    from sqlmodel import Session

    from benchmarks.bench_import_memory import write_wide_file
    from itday.core import badge
    from itday.db import types
    from itday.db.engine import Database
    from itday.db.models import Event, Exhibitor
    from itday.services import importer

    draw = random.Random(24017)
    badge.new_code = lambda: badge.code_from_seed(draw)
    fixed = dt.datetime(2026, 12, 7, 19, 4, 0, 123456, tzinfo=dt.UTC)
    types.utcnow = importer.utcnow = lambda: fixed
    folder = out.parent
    files = _write_tricky(folder)
    wide = folder / "wide.csv"
    write_wide_file(wide, rows)
    _changed_wide(wide, folder / "wide2.csv")
    result: dict = {"itday": str(Path(importer.__file__).parent.parent)}

    def run(name: str, db: Database, path: Path, **options) -> None:
        with Session(db.engine, expire_on_commit=False) as session:
            report = importer.import_visitors(session, 1, path, **options)
        result[name] = {
            **report.to_json(),
            "unchanged": report.unchanged,
            "rows": report.rows,
            "dry_run": report.dry_run,
            "duplicate_reasons": {str(k): v for k, v in report.duplicate_reasons.items()},
        }
        result[name + " base"] = _dump(Path(db.engine.url.database))

    for base, steps in (
        ("tricky", [("tricky.csv", {}), ("again.csv", {}), ("again.csv", {"dry_run": True})]),
        ("xlsx", [("sheet.xlsx", {})]),
        ("wide", [("wide.csv", {}), ("wide.csv", {}), ("wide2.csv", {})]),
    ):
        db = Database.open(folder / f"{base}.sqlite")
        with Session(db.engine) as session:
            session.add(
                Event(name="Bench", venue="Diagora", date=dt.date(2018, 6, 28), created_at=fixed)
            )
            session.commit()
            for name in ("Thales", "Sopra Steria"):
                session.add(Exhibitor(event_id=1, name=name, search_key=name, created_at=fixed))
            session.commit()
        for i, (name, options) in enumerate(steps):
            run(f"{base} {i + 1}: {name}", db, files.get(name, folder / name), **options)
        db.engine.dispose()
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


def _run_child(tree: Path, out: Path, rows: int) -> dict:
    env = dict(os.environ, PYTHONPATH=f"{tree}{os.pathsep}{HERE}")
    code = (
        "import sys; sys.path[:0] = [sys.argv[1], sys.argv[2]];"
        "from benchmarks.same_import import _child; from pathlib import Path;"
        "_child(Path(sys.argv[3]), int(sys.argv[4]))"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(tree), str(HERE), str(out), str(rows)],
        check=True,
        env=env,
    )
    return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--ref", help="the git revision to compare with (default: where HEAD left main)"
    )
    parser.add_argument("--rows", type=int, default=30_000)
    args = parser.parse_args(argv)
    ref = args.ref or subprocess.run(
        ["git", "-C", str(HERE), "merge-base", "HEAD", "main"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        old_tree = folder / "old"
        old_tree.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(HERE), "archive", ref, "itday"], check=True, capture_output=True
        ).stdout
        (folder / "old.tar").write_bytes(archive)
        with tarfile.open(folder / "old.tar") as tar:
            tar.extractall(old_tree, filter="data")
        results = []
        for name, tree in (("old", old_tree), ("new", HERE)):
            (folder / name / "run").mkdir(parents=True, exist_ok=True)
            results.append(_run_child(tree, folder / name / "run" / "result.json", args.rows))
    old, new = results
    print(f"old ({ref}): {old.pop('itday')}\nnew: {new.pop('itday')}")
    same = True
    for key in old:
        if old[key] == new.get(key):
            print(f"same: {key}")
            continue
        same = False
        print(f"DIFFERENT: {key}")
        a = json.dumps(old[key], ensure_ascii=False, indent=1).splitlines()
        b = json.dumps(new.get(key), ensure_ascii=False, indent=1).splitlines()
        print("\n".join(list(difflib.unified_diff(a, b, "old", "new", lineterm=""))[:40]))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
