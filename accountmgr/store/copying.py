"""Copying a whole database's rows into another one, between an SQLite file and a team database
on a server in either direction (`accountmgr copy`).

The source is a database object of its own, read in one snapshot; the destination is the bound
database (`models.db`), written inside the caller's transaction. Tables go in foreign-key order,
every row with its id. What either kind of database keeps for itself (SQLite's own tables, the
search index, the schema's version, a server's stored file contents) is not copied here: the
summaries and the search index are recomputed on the destination, and the contents of attached
files are the domain's to copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import peewee as pw

from accountmgr.store.errors import StoreError
from accountmgr.store.migrations import META_TABLE, columns
from accountmgr.store.models import db
from accountmgr.store.postgres import TeamDatabase, as_peewee_errors

BLOB_TABLE = "attachment_blob"  # a team database's stored file contents
# Derived from the other tables (recomputed on the destination), or kept by a database for
# itself; the search index's name also covers SQLite's shadow tables of it.
_NOT_COPIED = ("org_summary", "org_search", META_TABLE, BLOB_TABLE)
# Tables a new database is given rows in (built-in settings, currencies and activity types):
# a destination may hold those, which the source's replace.
SEEDED = frozenset({"setting", "currency", "activity_type"})
BATCH = 5_000


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _copied(table: str) -> bool:
    return not table.startswith("sqlite_") and not any(
        table == name or table.startswith(name + "_") for name in _NOT_COPIED
    )


def _tables(database: pw.Database) -> list[str]:
    if isinstance(database, TeamDatabase):
        sql = (
            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
            "current_schema() AND table_type = 'BASE TABLE'"
        )
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table'"
    return sorted(str(name) for (name,) in database.execute_sql(sql))


def _parents(database: pw.Database, table: str) -> set[str]:
    """The tables `table`'s foreign keys point to."""
    if isinstance(database, TeamDatabase):
        rows = database.execute_sql(
            "SELECT DISTINCT p.relname FROM pg_constraint c "
            "JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class p ON p.oid = c.confrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace "
            "WHERE c.contype = 'f' AND n.nspname = current_schema() AND t.relname = ?",
            (table,),
        )
        return {str(name) for (name,) in rows}
    return {
        str(row[2]) for row in database.execute_sql(f"PRAGMA foreign_key_list({_quoted(table)})")
    }


def data_tables(database: pw.Database) -> list[str]:
    """The tables a copy carries, each after the tables its foreign keys point to."""
    tables = [t for t in _tables(database) if _copied(t)]
    parents = {t: _parents(database, t) & set(tables) - {t} for t in tables}
    ordered: list[str] = []
    while parents:
        ready = sorted(t for t, needs in parents.items() if needs <= set(ordered))
        if not ready:  # a cycle of foreign keys: the schema has none
            raise StoreError(
                "The tables {tables} refer to each other; they cannot be copied in order.",
                tables=", ".join(sorted(parents)),
            )
        ordered.extend(ready)
        for table in ready:
            del parents[table]
    return ordered


def check_tables(source: pw.Database, tables: list[str]) -> None:
    """Refuse a destination (the bound database) that lacks a table or a column of the
    source's: both are at the same schema version, so only a damaged one does."""
    have = set(_tables(db.obj))
    for table in tables:
        if table not in have:
            raise StoreError(
                "The destination has no table {table}; it cannot take a copy.", table=table
            )
        missing = [c for c in columns(source, table) if c not in columns(db.obj, table)]
        if missing:
            raise StoreError(
                "The destination's table {table} has no column {columns}; it cannot take a copy.",
                table=table,
                columns=", ".join(missing),
            )


def holding_data(tables: list[str]) -> list[str]:
    """The tables of the bound database that hold rows beyond a new database's own."""
    return [
        table
        for table in tables
        if table not in SEEDED
        and db.execute_sql(f"SELECT 1 FROM {_quoted(table)} LIMIT 1").fetchone() is not None
    ]


def clear(tables: list[str]) -> None:
    """Empty these tables of the bound database (a new database's built-in rows), children
    first."""
    for table in reversed(tables):
        db.execute_sql(f"DELETE FROM {_quoted(table)}")


@contextmanager
def snapshot(source: pw.Database) -> Iterator[None]:
    """Read the source as it is at one moment, whatever others write meanwhile: one read
    transaction (it takes no write lock, and ends with nothing to keep)."""
    source.begin()
    try:
        if isinstance(source, TeamDatabase):
            source.execute_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        yield
    finally:
        source.rollback()


def _rows(source: pw.Database, table: str, names: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    """The table's rows in batches, in the order of its key (every table's first column)."""
    sql = f"SELECT {', '.join(map(_quoted, names))} FROM {_quoted(table)} ORDER BY 1"
    if isinstance(source, TeamDatabase):
        # A server-side cursor: a large table is not read into memory at once.
        cursor = source.connection().cursor(name=f"copy_{table}")
        with as_peewee_errors:
            cursor.execute(sql)
            while batch := cursor.fetchmany(BATCH):
                yield batch
            cursor.close()
        return
    cursor = source.execute_sql(sql)
    while batch := cursor.fetchmany(BATCH):
        yield batch


def _write(table: str, names: list[str], batches: Iterator[list[tuple[Any, ...]]]) -> Iterator[int]:
    """Insert the batches into the bound database's table; yields the count after each."""
    database = db.obj
    done = 0
    if isinstance(database, TeamDatabase):
        statement = f"COPY {_quoted(table)} ({', '.join(map(_quoted, names))}) FROM STDIN"
        with as_peewee_errors, database.cursor().copy(statement) as copy:
            for batch in batches:
                for row in batch:
                    copy.write_row(row)
                done += len(batch)
                yield done
        return
    marks = ", ".join("?" * len(names))
    insert = f"INSERT INTO {_quoted(table)} ({', '.join(map(_quoted, names))}) VALUES ({marks})"
    connection = database.connection()
    for batch in batches:
        connection.executemany(insert, batch)
        done += len(batch)
        yield done


def copy_table(
    source: pw.Database, table: str, progress: Callable[[int], None] | None = None
) -> int:
    """Copy every row of `table` from `source` into the bound database, with the same ids
    (a server's COPY, SQLite's executemany); returns how many. `progress(done)` after each
    batch."""
    names = columns(source, table)
    done = 0
    for done in _write(table, names, _rows(source, table, names)):
        if progress is not None:
            progress(done)
    return done
