"""Noticing what other processes wrote to the open database."""

from __future__ import annotations

import sqlite3

import peewee as pw

from accountmgr.store.models import db


def data_version() -> int | None:
    """A number that changes when, and only when, another connection (another process, or a
    worker thread's connection) committed to the database since this one last looked: SQLite's
    `PRAGMA data_version`, a read of shared memory that costs microseconds. None when the
    database cannot be asked (it is closing, or busy being restored)."""
    if db.obj is None or db.is_closed():
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
