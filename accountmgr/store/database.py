"""Opening the SQLite store: where the file lives, its settings, and which files to refuse; and
which database a command or the window opens, a file or a team database on a server."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee as pw

from accountmgr.store import migrations
from accountmgr.store.disk import out_of_space
from accountmgr.store.errors import (
    DatabaseDamagedError,
    DiskFullError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from accountmgr.store.folders import data_dir, sqlite_uri
from accountmgr.store.models import db
from accountmgr.store.postgres import ServerAddress, is_server_url, server_address

ENV_VAR = "ACCOUNTMGR_DB"
DB_FILENAME = "accountmgr.db"

# A CRM writes little and must lose nothing: full fsync on commit, WAL for readers during writes.
PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "full",
    "cache_size": -32_000,
    "temp_store": "memory",
}


def default_db_path() -> Path:
    """The embedded database in the platform's application-data folder."""
    return data_dir() / DB_FILENAME


def resolve_target(cli_value: str | None) -> Path | ServerAddress:
    """The database to open: `--db` wins over `ACCOUNTMGR_DB`, which wins over the default
    location. Either names a file, or a team database by its `postgresql://` address."""
    if cli_value is not None:
        if not cli_value.strip():
            raise StoreError("--db needs a file name.")
        return target_of(cli_value)
    env_value = os.environ.get(ENV_VAR)
    if env_value:
        return target_of(env_value)
    return default_db_path()


def target_of(text: str) -> Path | ServerAddress:
    """A file's path, or a team database's address (a `postgresql://` URL)."""
    if is_server_url(text):
        return server_address(text)
    return Path(text).expanduser()


_MAGIC = b"SQLite format 3\x00"


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as exc:
        raise StoreError("Cannot read {path}: {reason}.", path=path, reason=exc.strerror) from exc


def _disk_full(path: Path) -> DiskFullError:
    return DiskFullError(
        "The disk that holds {path} is full, so the database cannot be opened. Free some "
        "space and try again; the database was not changed.",
        path=path,
    )


def _unusable(path: Path, exc: Exception, damaged: DatabaseDamagedError) -> StoreError:
    """The error to report for an SQLite error while opening or inspecting `path`: a full disk
    first (its I/O errors are no sign of damage), then `damaged`."""
    if out_of_space(path):
        return _disk_full(path)
    if isinstance(exc, sqlite3.DatabaseError) and (
        "not a database" in str(exc) or "encrypted" in str(exc)
    ):
        return NotADatabaseError("{path} is not an accountmgr database.", path=path)
    return damaged


def _inspect(path: Path) -> tuple[int, int, int]:
    """(application_id, user_version, schema entries) of an existing SQLite file, read-only.

    Without a WAL beside the file, `immutable` reads it with no locks and no -shm file. With a
    WAL (left by a crash, or another process), the header may lag behind it, so SQLite reads
    through the WAL in plain read-only mode.
    """
    has_wal = path.with_name(path.name + "-wal").exists()
    options = "mode=ro" if has_wal else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(sqlite_uri(path.absolute(), options), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        damaged = DatabaseDamagedError(
            "{path} is damaged and cannot be read: {exc}.", path=path, exc=exc
        )
        raise _unusable(path, exc, damaged) from exc
    return int(app_id), int(version), int(tables)


def check_openable(path: Path) -> bool:
    """Refuse, without writing a byte, files that are not ours or are too new for us.

    Returns True when the file is an accountmgr database (False: there is none yet, or an
    empty file, or an SQLite file without a table, which opening would make one).
    """
    if path.exists() and not path.is_file():
        raise StoreError("{path} is not a regular file.", path=path)
    if not path.exists() or path.stat().st_size == 0:
        return False
    header = _read_header(path)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotADatabaseError("{path} is not an accountmgr database.", path=path)
    app_id, version, tables = _inspect(path)
    ours = app_id == migrations.APPLICATION_ID
    blank = app_id == 0 and version == 0 and tables == 0  # an empty SQLite file
    if not (ours or blank):
        raise NotADatabaseError(
            "{path} is a database of another application, not of accountmgr.", path=path
        )
    if version > migrations.LATEST_VERSION:
        raise SchemaTooNewError(
            "{path} was written by a newer version of accountmgr (schema {version}; this version "
            "knows up to {latest}). Please update the application; the file was left untouched.",
            path=path,
            version=version,
            latest=migrations.LATEST_VERSION,
        )
    return ours


def open_database(path: Path, *, create: bool = True) -> pw.SqliteDatabase:
    """Open (creating it if `create`) and migrate the store at `path`; bind the models to it.

    Raises a StoreError subclass, with a message for the person, when the file must not be used
    or cannot be opened; in that case nothing was written.
    """
    if not check_openable(path) and not create:
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(
                "{path} is an empty SQLite file, not an accountmgr database.", path=path
            )
        raise StoreError("There is no accountmgr database at {path}.", path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            "Cannot create the folder {path}: {reason}.", path=path.parent, reason=exc.strerror
        ) from exc
    database = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5)
    try:
        database.connect()
    except pw.OperationalError as exc:
        if out_of_space(path):
            raise _disk_full(path) from exc
        raise StoreError("Cannot open {path}: {exc}.", path=path, exc=exc) from exc
    except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
        damaged = DatabaseDamagedError(
            "{path} is damaged and cannot be opened: {exc}.", path=path, exc=exc
        )
        raise _unusable(path, exc, damaged) from exc
    db.initialize(database)
    try:
        migrations.migrate(database, path)
    except StoreError:  # the copy taken before migrating could not be made
        database.close()
        raise
    except (sqlite3.OperationalError, pw.OperationalError) as exc:
        database.close()
        if out_of_space(path):
            raise _disk_full(path) from exc
        raise StoreError(
            "{path} could not be updated to this version ({exc}); it was left as it was.",
            path=path,
            exc=exc,
        ) from exc
    except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
        database.close()
        damaged = DatabaseDamagedError(
            "{path} is damaged and cannot be updated: {exc}.", path=path, exc=exc
        )
        raise _unusable(path, exc, damaged) from exc
    return database


# The files SQLite keeps beside the database while it is open.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def live_files() -> list[Path]:
    """The open database file and its companions (which may not exist at the moment)."""
    database = db.obj
    name = getattr(database, "database", None) if database is not None else None
    if not name or name == ":memory:" or name.startswith("file::memory:"):
        return []
    base = Path(os.path.realpath(name))
    return [base, *(base.with_name(base.name + suffix) for suffix in COMPANION_SUFFIXES)]


def is_live_file(path: Path | str) -> bool:
    """True when `path` is the open database or one of its companion files.

    Decided from names and `stat` alone, never by opening the file: on Linux and macOS SQLite's
    locks are POSIX locks, and closing *any* descriptor of the database file drops every lock
    this process holds on it.
    """
    try:
        real = Path(os.path.realpath(path))
    except (OSError, ValueError):
        return False
    live = live_files()
    if real in live:
        return True
    try:
        info = os.stat(real)
    except (OSError, ValueError):
        return False
    for candidate in live:
        try:
            other = os.stat(candidate)
        except OSError:
            continue
        if (info.st_dev, info.st_ino) == (other.st_dev, other.st_ino):  # a hard link
            return True
    return False


def close_database() -> None:
    """Close the current thread's connection of the bound database, if any."""
    database = db.obj
    if database is not None and not database.is_closed():
        database.close()


def open_target(target: Path | ServerAddress, *, create: bool = True) -> pw.Database:
    """Open the database file at `target` (see `open_database`) or the team database it names
    (see `server.open_server`; a server's database is never created here)."""
    if isinstance(target, ServerAddress):
        from accountmgr.store.server import open_server

        return open_server(target)
    return open_database(target, create=create)
