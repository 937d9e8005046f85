"""A private CUPS server with a PDF printer for the printing tests (see ``cups.py``).

Started once per test run; skipped with the reason when CUPS or cups-pdf is missing.
Each test gets the server with every queue enabled, accepting and empty, and
``CUPS_SERVER`` pointing at it.
"""

from __future__ import annotations

import pytest

from tests.printing.cups import CupsServer, missing

PRINTER = "itday-labels"


@pytest.fixture(scope="session")
def cups_server():
    why = missing()
    if why:
        pytest.skip(f"no private CUPS server for the printing tests: {why}")
    server = CupsServer.create([PRINTER, "itday-spare"])
    yield server
    server.destroy()


@pytest.fixture
def cups(cups_server, monkeypatch):
    cups_server.reset()
    monkeypatch.setenv("CUPS_SERVER", cups_server.server)
    yield cups_server
    cups_server.reset()
