"""What differs between the two kinds of database the domain runs on: one person's SQLite file
and a team's PostgreSQL database. The domain asks here instead of naming either."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from accountmgr.store.models import db
from accountmgr.store.postgres import TeamDatabase


def is_team() -> bool:
    """Whether the open database is a team database on a server."""
    return isinstance(db.obj, TeamDatabase)


@contextmanager
def bulk_cache() -> Iterator[None]:
    """A bigger page cache for a bulk load (index pages of a large load stay in memory) on
    SQLite; the server manages its own memory."""
    if is_team():
        yield
        return
    cache_size = db.execute_sql("PRAGMA cache_size").fetchone()[0]
    db.execute_sql("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        db.execute_sql(f"PRAGMA cache_size = {int(cache_size)}")


def storage_problems() -> list[str]:
    """What the database engine finds wrong with its own storage: SQLite's integrity and
    foreign-key checks (a server checks its own storage; its foreign keys are always
    enforced)."""
    found: list[str] = []
    if is_team():
        return found
    for (message,) in db.execute_sql("PRAGMA integrity_check"):
        if message != "ok":
            found.append(f"integrity: {message}")
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check"):
        found.append(f"foreign key: {table} row {rowid} points to a missing {parent}")
    return found


def executemany(sql: str, rows: Iterable[Sequence[Any]]) -> None:
    """Run one statement (SQLite's dialect, `?` placeholders) for each row, in the fastest way
    the database has: SQLite's own executemany (about 13 times faster than inserting through
    peewee), psycopg's pipelined one on a server."""
    database = db.obj
    if isinstance(database, TeamDatabase):
        database.executemany(sql, rows)
    else:
        db.connection().executemany(sql, rows)


def text_search(text: str) -> tuple[str, str]:
    """A subquery of the ids of the organizations whose search text (name, people's names,
    emails and phones) holds `text` (three characters or more) anywhere, ignoring case, and
    its parameter: SQLite's trigram full-text index, or PostgreSQL's trigram index (pg_trgm)
    under ILIKE, which match alike."""
    if is_team():
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        return "SELECT rowid FROM org_search WHERE body ILIKE ?", f"%{escaped}%"
    phrase = '"' + text.replace('"', '""') + '"'
    return "SELECT rowid FROM org_search WHERE org_search MATCH ?", phrase


def team_key() -> str | None:
    """A short, stable name of the open team database (from its address without the
    password), for what is remembered per team database; None for an SQLite file."""
    database = db.obj
    if not isinstance(database, TeamDatabase):
        return None
    import hashlib

    return hashlib.sha1(database.address.shown.encode()).hexdigest()[:12]
