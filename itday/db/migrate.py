"""Applies the Alembic migration chain when a database is opened."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from itday.errors import QT_TRANSLATE_NOOP, DatabaseError

MIGRATIONS = Path(__file__).with_name("migrations")


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade(engine: Engine, where: str = "") -> None:
    """Bring the schema to the head revision; refuse a database from a newer itday."""
    from alembic import command

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
    return row is None or row[0] != head_revision()
