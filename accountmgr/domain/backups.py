"""Backups of the open database, as the window and the importer use them.

The copies are taken and put back through SQLite's backup API on the open connection (see
`accountmgr.store.backups`): the database file itself is never opened by anything else. A backup
holds the database only; attached files stay in the `files/` folder beside it, which a
restore does not change (a copy a restored record refers to is kept there, since copies are
removed only when no record refers to them at start-up).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from accountmgr.domain.changes import EVERYTHING, Change
from accountmgr.domain.errors import DomainError
from accountmgr.store import backups as store
from accountmgr.store import engine
from accountmgr.store.backup_files import IMPORT, MANUAL, BackupInfo
from accountmgr.store.errors import StoreError

__all__ = [
    "BackupFailedError",
    "BackupInfo",
    "available",
    "clean_interrupted",
    "daily_if_due",
    "restore",
    "take",
]

KEEP_DAILY = 7
KEEP_WEEKLY = 4


class BackupFailedError(DomainError):
    """A backup could not be taken or put back; the message says why."""


def _failed(error: StoreError) -> BackupFailedError:
    return BackupFailedError("{reason}", reason=str(error))


def kept_by_server() -> bool:
    """Whether the open database is a team database, which its server backs up (with pg_dump,
    for example): the application takes and restores backups of SQLite files only."""
    return engine.is_team()


def take(reason: str = MANUAL, out: Path | None = None) -> BackupInfo:
    """Back up the open database now (File ▸ Back up now, and before an import)."""
    try:
        return store.take(reason, out)
    except StoreError as error:
        raise _failed(error) from error


def before_import() -> BackupInfo | None:
    """The backup an import takes first; none of a team database, which its server backs up."""
    if engine.is_team():
        return None
    return take(IMPORT)


def daily_if_due(
    today: dt.date, keep_daily: int = KEEP_DAILY, keep_weekly: int = KEEP_WEEKLY
) -> BackupInfo | None:
    """The first start of a day takes a backup, and old ones are pruned."""
    try:
        return store.daily_if_due(today, keep_daily=keep_daily, keep_weekly=keep_weekly)
    except StoreError as error:
        raise _failed(error) from error


def clean_interrupted(db_path: Path) -> str | None:
    """Remove what an interrupted backup or restore left beside the database at `db_path`
    (call it before the database opens). Returns a warning when something could not be
    removed; it is left for the next time."""
    try:
        store.clean_partial(db_path)
    except OSError as exc:
        return f"could not remove an unfinished copy: {exc.strerror or exc}: {exc.filename}"
    return None


def available() -> list[BackupInfo]:
    """The backups of the open database, newest first."""
    return store.list_backups()


def restore(path: Path) -> tuple[BackupInfo, Change]:
    """Put the backup at `path` in place of the current data, which is backed up first (the
    copy returned); every view reloads."""
    try:
        return store.restore(path), EVERYTHING
    except StoreError as error:
        raise _failed(error) from error
