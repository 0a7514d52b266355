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
