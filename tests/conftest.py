"""Shared fixtures: a fresh SQLite database per test, the demo edition, offscreen Qt."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings of the test run go to a private folder, never to the user's configuration.
_CONFIG = tempfile.mkdtemp(prefix="itday-test-config-")
os.environ["XDG_CONFIG_HOME"] = _CONFIG
os.environ["HOME"] = _CONFIG


@pytest.fixture
def db(tmp_path):
    """A fresh, migrated SQLite database file for one test."""
    from itday.db.engine import Database

    database = Database.open(tmp_path / "itday.sqlite")
    yield database
    database.dispose()


@pytest.fixture
def session(db):
    with db.session() as s:
        yield s


@pytest.fixture
def event_id(db):
    """An empty edition in the fresh database."""
    import datetime as dt

    from itday.db import repo

    with db.session() as s:
        event = repo.create_event("Test Day", dt.date(2017, 6, 29), "Diagora", session=s)
        s.commit()
        return event.id


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo edition built once per test run; copy it with ``demo_db``."""
    from itday.db.engine import Database
    from itday.services.demo import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    database = Database.open(path)
    with database.session() as s:
        create_demo(s, seed=2017)
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return path


@pytest.fixture
def demo_db(demo_template, tmp_path):
    """A private copy of the demo edition for one test."""
    import shutil

    from itday.db.engine import Database

    path = tmp_path / "demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = Database.open(path)
    yield database
    database.dispose()


@pytest.fixture
def demo_ctx(demo_db):
    """An app context on the demo edition (reception mode); its tasks end with the test."""
    from itday.db import repo
    from itday.ui.context import AppContext

    with demo_db.session() as s:
        event_id = repo.latest_event(session=s).id
    context = AppContext(demo_db, event_id)
    yield context
    context.tasks.wait_all(10_000)
