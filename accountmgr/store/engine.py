"""What differs between the two kinds of database the domain runs on: one person's SQLite file
and a team's PostgreSQL database. The domain asks here instead of naming either."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from accountmgr.store.listening import Listener
from accountmgr.store.models import db
from accountmgr.store.postgres import TeamDatabase, is_connection_error


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


def refresh_statistics() -> None:
    """After a bulk write (a copy, demo data, a large import): a server plans its queries on
    what its tables hold, and gathers that in its own time; gathered now, the next query is
    planned on the new rows (SQLite's plans follow its indexes without it)."""
    if is_team():
        db.execute_sql("ANALYZE")


def settle_after_load() -> None:
    """After a bulk load has been committed: on a server, mark the new rows as seen by every
    transaction (VACUUM), so that a count reads an index alone, and gather statistics. The
    server's autovacuum would, in its own time; SQLite needs neither. Not inside a
    transaction (the server refuses it there): then nothing is done."""
    if is_team() and not db.in_transaction():
        db.execute_sql("VACUUM (ANALYZE)")


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


def read_together(statements: Sequence[tuple[str, Sequence[Any]]]) -> list[list[tuple[Any, ...]]]:
    """The rows of each of these reads, which do not depend on one another: on a server,
    asked at once and answered in one round trip, from one snapshot; on SQLite, in the same
    process, one after the other."""
    database = db.obj
    if isinstance(database, TeamDatabase):
        return database.read_together(statements)
    return [db.execute_sql(sql, tuple(params)).fetchall() for sql, params in statements]


def sorts_matches_apart() -> bool:
    """Whether a search with few matches is best read as its matches first, then sorted: a
    server's planner, guessing how the matches spread over the list's order, may walk that
    order past thousands of rows for them. SQLite reads its full-text matches first anyway."""
    return is_team()


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


# --- a team's database: announcing, listening, reaching the server --------------------------


def announce(payload: str) -> None:
    """Inside a write transaction: tell the other members of the team, when it commits, what
    it changed. An SQLite file has no one to tell (other processes notice data_version)."""
    database = db.obj
    if isinstance(database, TeamDatabase):
        database.announce(payload)


def listener(on_notice: Callable[[str], None], on_reach: Callable[[bool], None]) -> Listener | None:
    """A listener (not started) to what other processes announce on the open team database,
    and to the server's reachability (see store.listening); None on an SQLite file."""
    database = db.obj
    if isinstance(database, TeamDatabase):
        return Listener(database, on_notice, on_reach)
    return None


def unreachable(error: BaseException) -> bool:
    """Whether a failed statement failed because the team database's server could not be
    reached (never, on an SQLite file)."""
    return is_team() and is_connection_error(error)


def connection_broken() -> bool:
    """Whether this thread's connection to a team database's server is known to have
    dropped (no statement is run to find out)."""
    database = db.obj
    return isinstance(database, TeamDatabase) and database.connection_broken()


def reconnect() -> None:
    """After the server was lost: this thread's connection to it again (a dropped one is
    replaced). Raises the database's error when the server still cannot be reached."""
    database = db.obj
    if isinstance(database, TeamDatabase):
        database.reconnect()
