"""The one way into a write transaction, and what its failures mean to a person.

Every transaction that writes begins IMMEDIATE: it takes the write lock before its first read,
so when another process is writing it waits (up to the busy timeout) instead of failing halfway
or at once. A transaction that starts by reading and later writes cannot wait in WAL mode when
another process committed in between: SQLite answers "database is locked" straight away.

On a team database, each transaction tells the other members of the team, as it commits, what
it changed (`describe`), so their windows show it.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import peewee as pw

from accountmgr.domain.changes import Change, announced
from accountmgr.domain.errors import DomainError
from accountmgr.store import engine
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


class ServerUnreachableError(NotWrittenError):
    """The team database's server cannot be reached (it is down, or the network is)."""

    MESSAGE = (
        "The team database cannot be reached: nothing was saved. Changes can be saved again "
        "once the connection is back."
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
    """The passing reason a database error means (busy, disk full, or a team database's server
    out of reach), or None."""
    if engine.unreachable(error):
        return ServerUnreachableError
    text = _messages(error)
    if "disk is full" in text or "no space left" in text:
        return DiskFullError
    if "locked" in text or "busy" in text:
        return BusyError
    return None


class _Level:
    """An open transaction: what it said it changes, what the ones inside it said, and
    whether one inside it did not say."""

    __slots__ = ("inner", "said", "unknown")

    def __init__(self) -> None:
        self.said: Change | None = None
        self.inner = Change()
        self.unknown = False

    def whole(self) -> Change | None:
        """What it changed, None when that is not known."""
        if self.unknown or self.said is None:
            return None
        return self.said | self.inner


class _Open(threading.local):
    """The transactions open on this thread, the outermost first."""

    def __init__(self) -> None:
        self.levels: list[_Level] = []


_open = _Open()


def describe(change: Change) -> None:
    """Say what the innermost open transaction changes. A transaction that does not say, or
    holds another that did not, is announced as changing anything."""
    if _open.levels:
        level = _open.levels[-1]
        level.said = change if level.said is None else level.said | change


def _close_level(levels: list[_Level]) -> None:
    """Announce what the outermost transaction changed; tell an outer one what an inner did."""
    whole = levels[-1].whole()
    if len(levels) == 1:
        engine.announce(announced(whole))
        return
    outer = levels[-2]
    if whole is None:
        outer.unknown = True
    else:
        outer.inner |= whole


@contextmanager
def transaction() -> Iterator[None]:
    """A write transaction (a savepoint inside one already open) that takes the write lock
    first; raises BusyError, DiskFullError or ServerUnreachableError, with nothing written,
    when it cannot. The outermost announces what it changed to the team (see `describe`)."""
    levels = _open.levels
    try:
        with db.atomic("IMMEDIATE"):
            levels.append(_Level())
            try:
                yield
                _close_level(levels)
            finally:
                levels.pop()
    except Exception as exc:
        if engine.unreachable(exc):
            raise ServerUnreachableError from exc
        if not isinstance(exc, sqlite3.OperationalError | pw.OperationalError):
            raise
        meaning = reason(exc)
        if meaning is None:
            raise
        raise meaning from exc


@contextmanager
def unless_out_of_reach() -> Iterator[None]:
    """Let reads that find a team database's server out of reach end there, quietly: the
    window says the server is lost, what it showed stays, and it reads again once the server
    is back. Any other error is raised."""
    try:
        yield
    except Exception as error:
        if reason(error) is not ServerUnreachableError:
            raise
