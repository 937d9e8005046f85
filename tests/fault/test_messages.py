"""Issue 23.9: every message in French — never the system's or SQLite's English (« File
exists », « Not a directory », « No such file or directory », « disk I/O error », « database
or disk is full »), bad numbers are bad usage, and names with control characters are refused
without being echoed.  Real processes on real files (a full disk: a small tmpfs, as root)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.fault.test_cli_faults import demo, demo_template, itday, one_code, one_line  # noqa: F401

ENGLISH = (
    "File exists",
    "Not a directory",
    "No such file",
    "Read-only file system",
    "disk I/O error",
    "database or disk is full",
    "Permission denied",
    "No space left",
    "Errno",
    "Traceback",
    "inattendue",
)


def french_line(err: str) -> None:
    one_line(err)
    for words in ENGLISH:
        assert words not in err, err


@pytest.mark.parametrize(
    "args",
    [
        ["checkin", "x", "--wait", "-1"],
        ["checkin", "x", "--wait", "nan"],
        ["checkin", "x", "--wait", "inf"],
        ["badges", "b.pdf", "--dpi", "0"],
        ["checkin", "x", "--print", "--dpi", "0"],
    ],
)
def test_waits_and_resolutions_that_mean_nothing_are_bad_usage(tmp_path, args):
    db = tmp_path / "never.sqlite"
    out = itday(*args, db=db)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr and not db.exists()


@pytest.mark.parametrize(
    "name", ["Salon\x1b[2J\x1b[31mROUGE", "Salon\nItday", "Salon\u202eyad TI", "Sa\tlon\x7f"]
)
def test_names_with_control_characters_are_refused_never_echoed(tmp_path, demo, name):  # noqa: F811
    db = tmp_path / "new.sqlite"
    out = itday("init", "--name", name, "--date", "2027-06-29", db=db)
    assert out.returncode == 2 and not db.exists()
    assert name not in out.stderr and "\x1b" not in out.stderr and "\u202e" not in out.stderr
    assert "contrôle" in out.stderr
    out = itday("checkin", one_code(demo), "--station", name, db=demo)
    assert out.returncode == 2 and "\x1b" not in out.stderr and name not in out.stderr


def test_paths_the_system_refuses_are_said_in_french(tmp_path, demo):  # noqa: F811
    a_file = tmp_path / "un-fichier"
    a_file.write_text("x")
    cases = [
        ("init", "--name", "X", "--date", "2027-06-29", "--db", str(a_file / "x.sqlite")),
        ("export", str(a_file / "export"), "--db", str(demo)),
        ("export", "/proc/itday-nowhere/export", "--db", str(demo)),
        ("import", "visitors", str(tmp_path / "absent.csv"), "--db", str(demo)),
    ]
    for args in cases:
        out = itday(*args)
        assert out.returncode == 1, (args, out.stderr)
        french_line(out.stderr)
    assert a_file.read_text() == "x"


def test_restore_of_a_missing_file_says_it_is_missing(tmp_path, demo):  # noqa: F811
    out = itday("restore", str(tmp_path / "absente.sqlite"), db=demo)
    assert out.returncode == 1 and "n'existe pas" in out.stderr
    french_line(out.stderr)


@pytest.fixture
def full_disk(tmp_path):
    """A small tmpfs, filled to the last block (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    where = tmp_path / "full"
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "none", str(where)]).returncode:
        pytest.skip("cannot mount a tmpfs here (no CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        subprocess.run(["umount", str(where)])


def _fill(folder) -> None:
    fd = os.open(folder / "remplissage", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (1 << 20, 4096, 1):  # to the last byte
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)


def test_a_full_disk_is_said_in_french(full_disk, demo):  # noqa: F811
    code = one_code(demo)
    base = full_disk / "itday.sqlite"
    shutil.copyfile(demo, base)
    _fill(full_disk)
    for args in (["checkin", code], ["stats", "--json"], ["export", str(full_disk / "out")]):
        out = itday(*args, db=base)
        assert out.returncode == 1, (args, out.stderr)
        french_line(out.stderr)
        assert "plein" in out.stderr, out.stderr
    out = itday("export", str(full_disk / "out"), db=demo)  # the base elsewhere, the disk full
    assert out.returncode == 1
    french_line(out.stderr)
    assert "plein" in out.stderr
