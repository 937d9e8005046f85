"""Many plain rows written at once, in the caller's transaction (an import's new people and
their ticket codes).

On SQLite the rows go to the driver's ``executemany`` as tuples, each value converted by
its column's own type once per distinct value (the dates of one import are one value):
SQLAlchemy Core's ``insert()`` processes every parameter of every row, which cost an import
of 100,000 people more time than SQLite took to write them.  Other databases take the Core
``insert()``.  Either way the same values are stored: a column missing from the rows gets
its scalar default, as Core gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from sqlalchemy import Table, and_, bindparam, insert, not_, update
from sqlalchemy.engine import Connection


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys, column names of ``table``) in one
    ``executemany`` on ``connection`` (within its transaction)."""
    if not rows:
        return
    if connection.dialect.name != "sqlite" or connection.dialect.paramstyle != "qmark":
        connection.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    defaults = []
    for column in table.columns:
        if column.key in rows[0] or column.primary_key and column.autoincrement:
            continue
        default = column.default
        if default is None:
            continue  # Core leaves it out too: NULL or the server's default
        if not default.is_scalar:
            raise ValueError(f"{table.name}.{column.key}: give its value (no scalar default)")
        defaults.append((column.key, default.arg))
    names = keys + [name for name, _ in defaults]
    sql = (
        f"INSERT INTO {_quoted(connection, table.name)} "
        f"({', '.join(_quoted(connection, n) for n in names)}) "
        f"VALUES ({', '.join(['?'] * len(names))})"
    )
    dialect = connection.dialect
    # the rows by column (in C), each column's values converted once per distinct value: a
    # conversion depends on the value alone (equal values, equal results)
    columns: list = [list(map(itemgetter(key), rows)) for key in keys]
    columns += [[value] * len(rows) for _, value in defaults]
    for position, name in enumerate(names):
        process = table.columns[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            column = columns[position]
            done = {value: process(value) for value in set(column)}
            columns[position] = list(map(done.__getitem__, column))
    connection.exec_driver_sql(sql, list(zip(*columns, strict=True)))


def update_rows(
    connection: Connection,
    table: Table,
    names: Sequence[str],
    rows: Sequence[tuple],
    *,
    differ: bool = False,
) -> None:
    """Set columns ``names`` of rows of ``table`` in one ``executemany`` on ``connection``
    (within its transaction): ``rows`` are tuples of their values, in that order, then the
    row's primary key ``id``.  ``differ``: only the rows whose values differ are written."""
    if not rows:
        return
    if connection.dialect.name != "sqlite" or connection.dialect.paramstyle != "qmark":
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({name: bindparam(name) for name in names})
        )
        if differ:
            statement = statement.where(
                not_(and_(*(table.c[n].is_not_distinct_from(bindparam("was_" + n)) for n in names)))
            )
        keys = (*names, "row_id", *(("was_" + n for n in names) if differ else ()))
        connection.execute(
            statement,
            [dict(zip(keys, row + row[:-1] if differ else row, strict=True)) for row in rows],
        )
        return
    sql = (
        f"UPDATE {_quoted(connection, table.name)} SET "
        f"{', '.join(f'{_quoted(connection, n)} = ?' for n in names)} "
        f"WHERE {_quoted(connection, 'id')} = ?"
    )
    if differ:
        sql += f" AND NOT ({' AND '.join(f'{_quoted(connection, n)} IS ?' for n in names)})"

    dialect = connection.dialect
    processes = [
        table.columns[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    if any(processes):
        processes.append(None)  # the id
        rows = [
            tuple(
                value if process is None else process(value)
                for value, process in zip(row, processes, strict=True)
            )
            for row in rows
        ]
    if differ:
        rows = [row + row[:-1] for row in rows]
    connection.exec_driver_sql(sql, list(rows))


def _quoted(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)
