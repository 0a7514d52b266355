"""Backup files: where they lie and how they are named, reading one read-only, and writing a
verified copy. The operations on them (take, list, prune, restore) are in `backups`."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from accountmgr.store import migrations
from accountmgr.store.errors import (
    BackupError,
    DatabaseDamagedError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from accountmgr.store.folders import sqlite_uri
from accountmgr.store.models import db

FOLDER = "backups"
PART = ".part"  # a copy being written; never listed, removed by `clean_partial`
RESTORING = ".restoring.part"  # beside the database: `restore_file`'s copy being written

DAILY = "daily"
IMPORT = "import"
MIGRATION = "migration"
MANUAL = "manual"
RESTORE = "restore"  # the current data, copied just before a restore replaces it
REASONS = (DAILY, IMPORT, MIGRATION, MANUAL, RESTORE)
EVENT_REASONS = (IMPORT, MIGRATION, MANUAL, RESTORE)

STAMP = "%Y-%m-%d-%H%M%S"
_MAGIC = b"SQLite format 3\x00"
COMPANIONS = ("-journal", "-wal", "-shm")
_ACCOUNTS_SQL = "SELECT count(*) FROM org_summary WHERE won_count > 0"


@dataclass(frozen=True)
class BackupInfo:
    """One backup file.

    `ok` is True when the file opens as an accountmgr database and its accounts could be
    counted (a listing does not run the full integrity check; `check_backup`, `restore` and
    `newest_good` do); otherwise `accounts` and `version` are None and `problem` says why.
    """

    path: Path
    taken_at: dt.datetime  # from the name; a file not named by us: its modification time
    reason: str  # one of REASONS; "" for a file not named by us
    size: int  # bytes
    accounts: int | None  # organizations with at least one won deal
    version: int | None  # its schema version (`user_version`)
    ok: bool
    problem: str = ""  # in English; `error` (when there is one) to say it in another language
    error: StoreError | None = field(default=None, compare=False)


# --- where and how backups are named -------------------------------------------------------


def backups_dir(db_path: Path) -> Path:
    """The folder of the backups of the database at `db_path`."""
    return db_path.parent / FOLDER


_TAIL = rf"-(\d{{4}}-\d{{2}}-\d{{2}}-\d{{6}})-({'|'.join(REASONS)})(?:-(\d+))?\.db$"
_ANY_BACKUP_NAME = re.compile(rf"^.+{_TAIL}")


def _name_pattern(db_path: Path) -> re.Pattern[str]:
    """Names of the backups of the database at `db_path`: its stem, moment, reason, sequence."""
    return re.compile(rf"^{re.escape(db_path.stem)}{_TAIL}")


def _parse_name(pattern: re.Pattern[str], name: str) -> tuple[dt.datetime, str, int] | None:
    match = pattern.match(name)
    if match is None:
        return None
    try:
        taken_at = dt.datetime.strptime(match[1], STAMP)
    except ValueError:
        return None
    return taken_at, match[2], int(match[3] or 1)


def free_name(folder: Path, db_path: Path, reason: str, taken_at: dt.datetime) -> Path:
    """A name in `folder` taken neither by a backup nor by a copy being written."""
    base = f"{db_path.stem}-{taken_at.strftime(STAMP)}-{reason}"
    seq = 1
    while True:
        target = folder / (f"{base}.db" if seq == 1 else f"{base}-{seq}.db")
        if not target.exists() and not part_of(target).exists():
            return target
        seq += 1


def part_of(target: Path) -> Path:
    return target.with_name(target.name + PART)


def live() -> tuple[pw.SqliteDatabase, Path]:
    """The bound database and its file; a StoreError when none is open on a file."""
    database = db.obj
    name = getattr(database, "database", None) if database is not None else None
    if not isinstance(database, pw.SqliteDatabase) or not name or ":memory:" in name:
        raise StoreError("No database file is open, so there is nothing to back up or restore.")
    return database, Path(name)


def is_live(path: Path) -> bool:
    from accountmgr.store.database import is_live_file  # database.py may import this module

    return is_live_file(path)


# --- small file helpers --------------------------------------------------------------------


def remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def remove_with_companions(path: Path) -> list[Path]:
    candidates = [path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)]
    return [candidate for candidate in candidates if remove(candidate)]


def make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(
            "Cannot create the folder {path}: {reason}.", path=folder, reason=exc.strerror
        ) from exc


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection to a backup file (never the live one). Without a WAL or journal
    beside it the file is read as immutable: no locks and no -shm file appear beside it. (With a
    WAL, SQLite reads through it; with a hot journal, the read fails rather than see half a
    write.)"""
    beside = (path.with_name(path.name + suffix) for suffix in ("-wal", "-journal"))
    options = "mode=ro" if any(p.exists() for p in beside) else "mode=ro&immutable=1"
    return sqlite3.connect(sqlite_uri(path.absolute(), options), uri=True)


def integrity_problems(conn: sqlite3.Connection) -> list[str]:
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check(10)")]
    return [] if rows == ["ok"] else rows


def pragma_int(conn: sqlite3.Connection, name: str) -> int:
    return int(conn.execute(f"PRAGMA {name}").fetchone()[0])


# --- reading and writing backup files --------------------------------------------------------


def _count_accounts(conn: sqlite3.Connection) -> int | None:
    try:
        return int(conn.execute(_ACCOUNTS_SQL).fetchone()[0])
    except sqlite3.OperationalError:  # a file of a schema still in development
        return None


def write_copy(
    source: sqlite3.Connection, part: Path, *, keep_damaged: bool = False
) -> tuple[int | None, int | None, str]:
    """Copy `source` into the new file `part` with the backup API, as a rollback-journal file,
    and verify it. Returns (schema version, accounts, problem) of the copy. A copy that fails
    its check raises DatabaseDamagedError and is removed, unless `keep_damaged` (then `problem`
    says what is wrong); on any other failure it is removed too."""
    remove_with_companions(part)
    dest = sqlite3.connect(str(part), isolation_level=None)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        problems = integrity_problems(dest)
        if problems and not keep_damaged:
            raise DatabaseDamagedError(
                "The copy did not pass its check, so no backup was kept: {problem}. The "
                "database itself may be damaged.",
                problem=problems[0],
            )
        try:
            version: int | None = pragma_int(dest, "user_version")
            accounts = _count_accounts(dest)
        except sqlite3.DatabaseError:
            if not problems:
                raise
            version = accounts = None
    except BaseException:
        dest.close()
        remove_with_companions(part)
        raise
    dest.close()
    return version, accounts, problems[0] if problems else ""


def named_backups(db_path: Path) -> list[tuple[Path, dt.datetime, str, int]]:
    """(path, taken_at, reason, seq) of the backups of `db_path`, newest first, by name alone."""
    folder = backups_dir(db_path)
    pattern = _name_pattern(db_path)
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        parsed = _parse_name(pattern, entry.name)
        if parsed is not None and entry.is_file() and not is_live(entry):
            found.append((entry, *parsed))
    found.sort(key=lambda item: (item[1], item[3], item[0].name), reverse=True)
    return found


def read_info(path: Path, taken_at: dt.datetime, reason: str, *, full: bool = False) -> BackupInfo:
    """The facts of one backup file, read from it read-only. Raises a StoreError subclass,
    with a message for the person, when it is not a usable accountmgr database (with `full`,
    also when it fails `PRAGMA integrity_check`)."""
    try:
        if not path.exists():
            raise StoreError("There is no file {path}.", path=path)
        if not path.is_file():
            raise StoreError("{path} is not a file.", path=path)
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise StoreError("Cannot read {path}: {reason}.", path=path, reason=exc.strerror) from exc
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotADatabaseError(
            "{path} is not a database, so it is no accountmgr backup.", path=path
        )
    try:
        conn = connect_ro(path)
        try:
            app_id = pragma_int(conn, "application_id")
            version = pragma_int(conn, "user_version")
            if app_id != migrations.APPLICATION_ID:
                raise ForeignDatabaseError(
                    "{path} is a database of another application, not an accountmgr backup.",
                    path=path,
                )
            if version > migrations.LATEST_VERSION:
                raise SchemaTooNewError(
                    "{path} was written by a newer version of accountmgr (schema {version}; "
                    "this version knows up to {latest}). Please update the application to use "
                    "it.",
                    path=path,
                    version=version,
                    latest=migrations.LATEST_VERSION,
                )
            if full:
                problems = integrity_problems(conn)
                if problems:
                    raise DatabaseDamagedError(
                        "{path} is damaged: {problem}.", path=path, problem=problems[0]
                    )
            accounts = int(conn.execute(_ACCOUNTS_SQL).fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise NotADatabaseError(
                "{path} is not a database, so it is no accountmgr backup.", path=path
            ) from exc
        raise DatabaseDamagedError(
            "{path} is damaged and cannot be read: {exc}.", path=path, exc=exc
        ) from exc
    return BackupInfo(path, taken_at, reason, size, accounts, version, ok=True)


def info_or_problem(path: Path, taken_at: dt.datetime, reason: str) -> BackupInfo:
    try:
        return read_info(path, taken_at, reason)
    except StoreError as exc:
        try:
            size = path.stat().st_size
        except OSError:
            size = 0
        return BackupInfo(
            path, taken_at, reason, size, None, None, ok=False, problem=str(exc), error=exc
        )


def outside_info(path: Path) -> tuple[dt.datetime, str]:
    """(taken_at, reason) of any file: from a backup's name, else its modification time."""
    parsed = _parse_name(_ANY_BACKUP_NAME, path.name)
    if parsed is not None:
        return parsed[0], parsed[1]
    try:
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime).replace(microsecond=0)
    except OSError:
        mtime = dt.datetime.now().replace(microsecond=0)
    return mtime, ""


def entries(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")
