"""Commands on backups: take one now, restore one, and list them."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from pathlib import Path

import peewee as pw

from accountmgr.commands.common import (
    JSON_HELP,
    QT_TRANSLATE_NOOP,
    Commands,
    error_text,
    fail,
    number,
)
from accountmgr.domain import clock
from accountmgr.store.database import close_database, open_database
from accountmgr.store.errors import BackupError, DatabaseDamagedError, StoreError


def add_commands(commands: Commands) -> None:
    backup = commands.add_parser(
        "backup",
        help=QT_TRANSLATE_NOOP(
            "Cli", "back up the database now, into backups/ beside it (or to FILE)"
        ),
    )
    backup.add_argument(
        "--out",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("Cli", "write the backup to this file (or folder) instead"),
    )

    restore = commands.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP(
            "Cli",
            "put a backup in place of the database's data (kept first as a restore backup)",
        ),
    )
    restore.add_argument(
        "file", metavar="FILE", help=QT_TRANSLATE_NOOP("Cli", "the backup to restore")
    )

    listing = commands.add_parser(
        "backups", help=QT_TRANSLATE_NOOP("Cli", "list the backups of the database")
    )
    listing.add_argument("--json", action="store_true", help=JSON_HELP)


def _accounts_now() -> int:
    from accountmgr.domain import accounts

    return accounts.totals(clock.today()).accounts


def run_backup(args: argparse.Namespace) -> int:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.domain import backups
    from accountmgr.qtmodels.formatting import fill

    info = backups.take(out=Path(args.out) if args.out else None)  # a `manual` backup
    how_many = info.accounts
    if how_many is None:
        text = QCoreApplication.translate("Cli", "Backed up the database to %1")
    else:
        text = QCoreApplication.translate("Cli", "Backed up %Ln account(s) to %1", None, how_many)
    print(fill(text, str(info.path)))
    return 0


def run_restore(args: argparse.Namespace, db_path: Path) -> int:
    """Restore a backup into the database through its connection, after a `restore` backup of
    the data it replaces. A database too damaged to be opened, or to be copied, is set aside
    instead (kept beside it, in place of that copy) and the backup put in its place."""
    from accountmgr.domain import backups

    backup = Path(args.file)
    try:
        open_database(db_path, create=False)
    except DatabaseDamagedError as damaged:
        return _restore_in_place_of(backup, db_path, args.file, damaged)
    try:
        safety, _change = backups.restore(backup)
    except backups.BackupFailedError as failed:
        # The data was left as it was. When it is damaged beyond copying, the file itself is
        # what can be kept of it. (A refused backup file raised another StoreError.)
        if not isinstance(failed.__cause__, BackupError) or not _damaged_beyond_copying():
            raise
        close_database()
        return _restore_in_place_of(backup, db_path, args.file, failed)
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill

    how_many = _accounts_now()
    if safety.ok:
        text = QCoreApplication.translate(
            "Cli",
            "Restored %1 (%Ln account(s)); the data it replaced is kept in %2",
            None,
            how_many,
        )
    else:
        text = QCoreApplication.translate(
            "Cli",
            "Restored %1 (%Ln account(s)); the data it replaced is kept in %2 (that copy is "
            "damaged, as the data was)",
            None,
            how_many,
        )
    print(fill(text, args.file, str(safety.path)))
    return 0


def _damaged_beyond_copying() -> bool:
    """Whether the open database cannot even be read through (asked through its connection)."""
    from accountmgr.store.models import db

    try:
        rows = db.execute_sql("PRAGMA quick_check(1)").fetchall()
    except (sqlite3.DatabaseError, pw.DatabaseError):
        return True
    return [str(row[0]) for row in rows] != ["ok"]


def _restore_in_place_of(backup: Path, db_path: Path, given: str, damaged: Exception) -> int:
    """Put the backup in place of the damaged database file (closed), which is set aside."""
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill
    from accountmgr.store.backups import restore_file

    try:
        aside = restore_file(backup, db_path)
    except StoreError as exc:
        text = QCoreApplication.translate("Cli", "%1 %2 The database was left as it was.")
        return fail(fill(text, error_text(exc), error_text(damaged)))
    open_database(db_path, create=False)  # brings a backup of an older version up to date
    how_many = _accounts_now()
    if aside is not None:
        text = QCoreApplication.translate(
            "Cli",
            "Restored %1 (%Ln account(s)); the damaged database was set aside as %2",
            None,
            how_many,
        )
    else:
        text = QCoreApplication.translate(
            "Cli",
            "Restored %1 (%Ln account(s)); there was no database file to set aside",
            None,
            how_many,
        )
    print(fill(text, given, str(aside)))
    return 0


def run_backups(args: argparse.Namespace, db_path: Path) -> int:
    """List the backups of the database (reading them only; the database is not opened)."""
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill
    from accountmgr.store.backup_files import backups_dir
    from accountmgr.store.backups import list_backups

    found = list_backups(db_path)
    out = sys.stdout
    if not found and not args.json:
        text = QCoreApplication.translate("Cli", "No backups in %1")
        out.write(fill(text, str(backups_dir(db_path))) + "\n")
    for info in found:
        if args.json:
            record = {
                "path": str(info.path),
                "taken_at": info.taken_at.isoformat(sep=" "),
                "reason": info.reason,
                "size": info.size,
                "accounts": info.accounts,
                "version": info.version,
                "ok": info.ok,
                "problem": info.problem,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            how_many = info.accounts
            if how_many is None:
                accounts = QCoreApplication.translate("Cli", "? accounts")
            else:
                accounts = QCoreApplication.translate("Cli", "%Ln account(s)", None, how_many)
            if info.ok:
                state = QCoreApplication.translate("Cli", "ok")
            else:
                problem = QCoreApplication.translate("Cli", "problem: %1")
                state = fill(problem, error_text(info.error) if info.error else info.problem)
            out.write(
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.reason or '-':<9}  "
                f"{_size(info.size):>9}  {accounts:>16}  {info.path.name}  {state}\n"
            )
    return 0


def _size(size: int) -> str:
    from PySide6.QtCore import QCoreApplication

    from accountmgr.qtmodels.formatting import fill

    if size < 1_000_000:
        return fill(QCoreApplication.translate("Cli", "%1 kB"), number(size / 1000))
    return fill(QCoreApplication.translate("Cli", "%1 MB"), number(size / 1_000_000, 1))
