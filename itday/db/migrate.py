"""Applies the Alembic migration chain when a database is opened.

A base already at the head revision (every start of the app but the first after an update)
is recognised without Alembic: the head is read from the migration files' ``revision`` and
``down_revision`` lines, the base's from its ``alembic_version`` table.  Alembic (a third of
the app's start) is imported only when there is something to do or to explain.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from itday.errors import QT_TRANSLATE_NOOP, DatabaseError

MIGRATIONS = Path(__file__).with_name("migrations")
_REVISION = re.compile(r"""^revision\s*(?::\s*str\s*)?=\s*["']([^"']+)["']""", re.M)
_DOWN = re.compile(r"""^down_revision\s*(?::[^=]+)?=\s*(?:None|["']([^"']+)["'])""", re.M)


def _config():
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


@cache
def known_head() -> str | None:
    """The head revision read from the migration files alone (no Alembic), or None when
    they do not make one plain chain (then Alembic decides)."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision.group(1))
        if down.group(1):
            downs.add(down.group(1))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def _at_head(engine: Engine) -> bool:
    """Whether the base says it is at the head revision (asked without Alembic)."""
    head = known_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except SQLAlchemyError:
        return False  # no table yet, or an error Alembic will meet and explain
    return [tuple(row) for row in rows] == [(head,)]


def upgrade(engine: Engine, where: str = "") -> None:
    """Bring the schema to the head revision; refuse a database from a newer itday."""
    if _at_head(engine):
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    head = script.get_current_head()
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == head:
            return
        if current is not None:
            try:
                script.get_revision(current)
            except Exception as exc:
                raise DatabaseError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "La base {where} a été écrite par une version plus récente d'itday "
                        "(schéma {schema}) : mettez itday à jour pour l'ouvrir.",
                    ),
                    where=where,
                    schema=current,
                ) from exc
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def needs_upgrade(path) -> bool:
    """Whether the itday database at ``path`` is behind the head revision (asked read-only)."""
    import sqlite3

    from itday.db.files import sqlite_uri

    conn = sqlite3.connect(sqlite_uri(path, readonly=True), uri=True, timeout=10)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return True
    finally:
        conn.close()
    return row is None or row[0] != (known_head() or head_revision())
