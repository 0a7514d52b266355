"""The one way into a write transaction, and what its failures mean to a person.

Every transaction that writes begins IMMEDIATE: it takes the write lock before its first read,
so when another process is writing it waits (up to the busy timeout) instead of failing halfway
or at once. A transaction that starts by reading and later writes cannot wait in WAL mode when
another process committed in between: SQLite answers "database is locked" straight away.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from accountmgr.domain.errors import DomainError
from accountmgr.store.models import db


class NotWrittenError(DomainError):
    """Nothing was written, for a reason that passes (the same action may work later)."""

    MESSAGE = ""

    def __init__(self) -> None:
        super().__init__(self.MESSAGE)


class BusyError(NotWrittenError):
    """Another write (another process, a background import or campaign) holds the database."""

    MESSAGE = "The database is busy with another change; nothing was saved. Please try again."


class DiskFullError(NotWrittenError):
    """The disk that holds the database (or its journal) has no room left."""

    MESSAGE = (
        "The disk is full: nothing was saved. Free some space on the disk that holds the "
        "database and try again."
    )


def _messages(error: BaseException) -> str:
    """The messages of an error and of every error it was raised from or while handling:
    a commit that fails on a full disk is followed by "cannot rollback - no transaction is
    active", which hides the reason."""
    seen: list[str] = []
    current: BaseException | None = error
    while current is not None and len(seen) < 8:
        seen.append(str(current).lower())
        current = current.__cause__ or current.__context__
    return "\n".join(seen)


def reason(error: BaseException) -> type[NotWrittenError] | None:
    """The passing reason a database error means (busy, or disk full), or None."""
    text = _messages(error)
    if "disk is full" in text or "no space left" in text:
        return DiskFullError
    if "locked" in text or "busy" in text:
        return BusyError
    return None


@contextmanager
def transaction() -> Iterator[None]:
    """A write transaction (a savepoint inside one already open) that takes the write lock
    first; raises BusyError or DiskFullError, with nothing written, when it cannot."""
    try:
        with db.atomic("IMMEDIATE"):
            yield
    except (sqlite3.OperationalError, pw.OperationalError) as exc:
        meaning = reason(exc)
        if meaning is None:
            raise
        raise meaning from exc
