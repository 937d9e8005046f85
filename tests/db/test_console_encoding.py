"""The command line on a legacy Windows console (issue 28.5), simulated: a stream in cp850
(``cmd`` in French) or cp1252 (a redirection), or no stream at all (the windowed
``itday.exe``).  « », é and the marks ✔ ✓ ⚠ print without ``UnicodeEncodeError``."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys

import pytest

from itday.cli.console import prepare_streams


@pytest.mark.parametrize(
    ("encoding", "tail"), [("cp850", "- fin..."), ("cp1252", "— fin…")]
)  # (cp1252 has the dash and the ellipsis, cp850 has neither)
def test_a_legacy_code_page_prints_every_mark(monkeypatch, encoding, tail):
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding)
    monkeypatch.setattr(sys, "stdout", stream)
    prepare_streams()
    print("« Hélène » ✔ ✓ ⚠ ✖ — fin…")
    stream.flush()
    assert raw.getvalue().decode(encoding) == f"« Hélène » v v ! x {tail}\n"


def test_without_the_handler_the_same_line_fails():
    """What the handler is for: the stream as Windows gives it raises."""
    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp850")
    with pytest.raises(UnicodeEncodeError):
        print("✔", file=stream)


def test_a_utf8_stream_is_left_alone(monkeypatch):
    stream = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    prepare_streams()
    assert stream.errors == "strict"


def _run(args, tmp_path, **env):
    return subprocess.run(
        [sys.executable, "-m", "itday", *args],
        capture_output=True,
        env={**os.environ, **env},
        timeout=120,
        cwd=tmp_path,
    )


def test_commands_print_on_a_cp850_console(demo_template, tmp_path):
    db = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, db)
    done = _run(["attendees", "--db", str(db)], tmp_path, PYTHONIOENCODING="cp850")
    assert done.returncode == 0, done.stderr.decode("cp850")
    out = done.stdout.decode("cp850")
    assert out.startswith("v ") or "\nv " in out  # someone came in: ✔ shown as v
    assert " - " in out  # the dash between name and company
    missing = _run(["attendees", "--db", str(tmp_path / "é.sqlite")], tmp_path,
                   PYTHONIOENCODING="cp1252")  # fmt: skip
    assert missing.returncode == 1
    line = missing.stderr.decode("cp1252")
    assert "é.sqlite" in line and "Traceback" not in line


def test_a_command_without_any_console_does_not_fail(tmp_path):
    """The windowed itday.exe: sys.stdout and sys.stderr are None."""
    code = (
        "import sys\n"
        "sys.stdout = sys.stderr = None\n"
        "from itday.cli import main\n"
        f"rc = main(['attendees', '--db', {str(tmp_path / 'none.sqlite')!r}])\n"
        "sys.__stdout__.write(f'rc={rc}')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout == "rc=1", done.stderr
