"""Issue 23.8: the tracebacks of unexpected errors go to the user's own data folder, never to
a ``/tmp/itday-error.log`` shared by every user and instance of the machine."""

from __future__ import annotations

import argparse
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from itday import cli, error_log


@pytest.fixture
def home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("ITDAY_DATA_DIR", raising=False)
    return tmp_path


def test_the_folder_is_the_users_own(home, monkeypatch):
    expected = {
        "linux": home / ".local" / "share" / "itday",
        "win32": home / "AppData" / "Local" / "itday",
        "darwin": home / "Library" / "Application Support" / "itday",
    }[sys.platform]
    assert error_log.data_dir() == expected
    if sys.platform == "linux":
        monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
        assert error_log.data_dir() == home / "data" / "itday"
        monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the spec: absolute only
        assert error_log.data_dir() == expected


def test_an_unexpected_error_is_logged_there_for_its_owner_only(home, monkeypatch, capsys):
    shared = Path(tempfile.gettempdir()) / "itday-error.log"
    before = shared.stat().st_mtime_ns if shared.exists() else None

    def broken(_args):
        raise RuntimeError("boom")

    monkeypatch.setitem(cli.COMMANDS, "about", broken)
    assert cli._dispatch(argparse.Namespace(command="about")) == 1
    err = capsys.readouterr().err
    log = error_log.log_path()
    assert str(log) in err and log.is_relative_to(home)
    assert "RuntimeError: boom" in log.read_text(encoding="utf-8")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert (shared.stat().st_mtime_ns if shared.exists() else None) == before
