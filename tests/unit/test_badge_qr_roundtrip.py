"""End to end: `itday badges --only` on the demo, then every QR code read back with zxing-cpp.

Each payload must equal the code that `itday attendees --json` gives for that person, in the
order of the pick-up tables (last name, first name).  The layouts themselves (every layout,
long names, Unicode) are covered by test_pdf_badges.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from itday.core import badge
from itday.core.text import sort_key
from itday.services.pdf.badges import LAYOUTS
from tests.unit.test_pdf_badges import decode_pdf

ROOT = Path(__file__).resolve().parents[2]


def itday(*args: str, db) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "itday", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def pick(people: list[dict]) -> list[dict]:
    """A varied subset: the longest names and companies, accents, every category."""
    active = [p for p in people if not p["cancelled"]]
    by_length = sorted(active, key=lambda p: -len(p["first_name"] + p["last_name"] + p["company"]))
    chosen = {p["id"]: p for p in by_length[:6]}
    for p in active:
        if p["category"] not in {c["category"] for c in chosen.values()}:
            chosen[p["id"]] = p
    accented = [
        p for p in active if p["last_name"] != p["last_name"].encode("ascii", "ignore").decode()
    ]
    chosen.update({p["id"]: p for p in accented[:3]})
    return list(chosen.values())


def test_every_printed_qr_code_is_the_attendees_code(demo_db, tmp_path):
    layout = "8xa7"  # eight small badges a page: the hardest to read back
    out = itday("attendees", "--json", db=demo_db.path)
    assert out.returncode == 0, out.stderr
    people = json.loads(out.stdout)
    subset = pick(people)
    assert len(subset) >= 9
    pdf = tmp_path / "badges.pdf"
    out = itday(
        "badges",
        str(pdf),
        "--layout",
        layout,
        "--only",
        *[str(p["id"]) for p in subset],
        db=demo_db.path,
    )
    assert out.returncode == 0, out.stderr
    assert f"{len(subset)} badges écrits dans" in out.stdout
    decoded = decode_pdf(pdf, LAYOUTS[layout], tmp_path)
    expected = [
        p["code"]
        for p in sorted(
            subset, key=lambda p: (sort_key(p["last_name"]), sort_key(p["first_name"]), p["id"])
        )
    ]
    assert decoded == expected
    assert all(badge.is_ours(code) for code in decoded)


def test_cancelled_registrations_print_no_badge(demo_db, tmp_path):
    people = json.loads(itday("attendees", "--json", db=demo_db.path).stdout)
    cancelled = [p for p in people if p["cancelled"]][:2]
    assert cancelled
    out = itday(
        "badges",
        str(tmp_path / "x.pdf"),
        "--only",
        *[str(p["id"]) for p in cancelled],
        db=demo_db.path,
    )
    assert out.returncode == 1 and "Aucun badge" in out.stderr
    assert not (tmp_path / "x.pdf").exists()
