"""Reads that do not depend on one another, made to be run together.

A `Read` is a query and how its rows become a result. `together` runs several at once: on a
team database they are sent to the server in one go and answered in one round trip (each
round trip costs the network's latency: the side panel's nine reads took nine), on SQLite one
after the other, as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from accountmgr.store import engine
from accountmgr.store.models import db

T = TypeVar("T")
Rows = list[tuple[Any, ...]]


@dataclass(frozen=True)
class Read(Generic[T]):
    sql: str
    params: tuple[Any, ...]
    make: Callable[[Rows], T]

    def run(self) -> T:
        return self.make(db.execute_sql(self.sql, self.params).fetchall())


def stored_datetime(value: object) -> dt.datetime | None:
    """A moment as a read gives it: text from SQLite, a datetime from PostgreSQL."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def stored_date(value: object) -> dt.date | None:
    """A day as a read gives it (a moment's day too): text from SQLite, a date or a datetime
    from PostgreSQL."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def together(reads: Sequence[Read[Any]]) -> list[Any]:
    """The result of each read, in order."""
    answers = engine.read_together([(r.sql, r.params) for r in reads])
    return [read.make(rows) for read, rows in zip(reads, answers, strict=True)]
