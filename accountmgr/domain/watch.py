"""Noticing what other processes wrote to the open database: on an SQLite file, by polling
its data_version; on a team database, by listening to what every other member's window and
command announces as it commits. A team database also tells when its server is out of reach,
and is reached again here."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import Protocol

import peewee as pw

from accountmgr.domain.changes import Change, heard
from accountmgr.store import engine
from accountmgr.store.models import db

log = logging.getLogger(__name__)


class Listening(Protocol):
    @property
    def listening(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


def listen(
    on_change: Callable[[Change], None], on_reach: Callable[[bool], None]
) -> Listening | None:
    """On a team database, a listener (to start) that calls `on_change` with what another
    process committed, and `on_reach` with whether the server can be reached each time that
    is found out (from a thread of its own, or the thread whose statement failed). None on an
    SQLite file: poll data_version instead."""
    return engine.listener(lambda text: on_change(heard(text)), on_reach)


def connection_lost() -> bool:
    """Whether this thread's connection to the team database's server is known to have
    dropped: what is read now would fail."""
    return engine.connection_broken()


def reconnect() -> bool:
    """Connect this thread to the team database's server again, after it was lost; whether
    that worked."""
    try:
        engine.reconnect()
    except (pw.PeeweeException, OSError) as exc:
        log.info("the team database cannot be reached yet: %s", exc)
        return False
    return True


def data_version() -> int | None:
    """A number that changes when, and only when, another connection (another process, or a
    worker thread's connection) committed to the database since this one last looked: SQLite's
    `PRAGMA data_version`, a read of shared memory that costs microseconds. None when the
    database cannot be asked (it is closing, or busy being restored)."""
    if db.obj is None or db.is_closed() or engine.is_team():
        return None
    try:
        return int(db.execute_sql("PRAGMA data_version").fetchone()[0])
    except (sqlite3.Error, pw.PeeweeException):
        return None


def defer_checkpoints() -> None:
    """Let this connection's commits leave the write-ahead log to be copied into the database
    file later, by `checkpoint` (the window runs it on a worker thread). SQLite otherwise
    copies it inside whichever commit fills the log past 1,000 pages: one write in a few dozen
    stalled 35-300 ms at 100,000 organizations."""
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")


def checkpoint() -> tuple[int, int]:
    """Copy what the write-ahead log holds into the database file, without waiting for readers
    or writers (a passive checkpoint; what a reader still needs is copied next time). Returns
    the pages in the log and the pages copied so far. Nothing is committed: other connections'
    data_version does not move."""
    row = db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return int(row[1]), int(row[2])
