"""Opening the SQLite store: where the file lives, its settings, and which files to refuse."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import peewee as pw
import platformdirs

from accountmgr.store import migrations
from accountmgr.store.errors import (
    DatabaseDamagedError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from accountmgr.store.models import db

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
    return Path(platformdirs.user_data_dir("accountmgr", appauthor=False)) / DB_FILENAME


def resolve_db_path(cli_value: str | None) -> Path:
    """`--db` wins over `ACCOUNTMGR_DB`, which wins over the default location."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return default_db_path()


def files_dir(db_path: Path) -> Path:
    """Attachments live in a `files/` folder beside the database."""
    return db_path.parent / "files"


_MAGIC = b"SQLite format 3\x00"


def _read_header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(100)
    except OSError as exc:
        raise StoreError(f"Cannot read {path}: {exc.strerror}.") from exc


def _count_tables(path: Path) -> int:
    """Count schema entries read-only, leaving no -wal/-shm files behind that were not there."""
    sidecars = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    existed = [p.exists() for p in sidecars]
    # Without a WAL to replay, `immutable` reads the file without any locking or shared memory.
    options = "mode=ro" if existed[0] else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise NotADatabaseError(f"{path} is not an accountmgr database.") from exc
        raise DatabaseDamagedError(f"{path} is damaged and cannot be read: {exc}.") from exc
    finally:
        for sidecar, was_there in zip(sidecars, existed, strict=True):
            if not was_there:
                sidecar.unlink(missing_ok=True)


def _check_openable(path: Path) -> None:
    """Refuse, without writing a byte, files that are not ours or are too new for us."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if not path.exists() or path.stat().st_size == 0:
        return
    header = _read_header(path)
    if len(header) < 100 or not header.startswith(_MAGIC):
        raise NotADatabaseError(f"{path} is not an accountmgr database.")
    version = int.from_bytes(header[60:64], "big")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id != migrations.APPLICATION_ID and _count_tables(path):
        raise NotADatabaseError(f"{path} is a database of another application, not of accountmgr.")
    _refuse_newer(path, version)


def _refuse_newer(path: Path, version: int) -> None:
    if version > migrations.LATEST_VERSION:
        raise SchemaTooNewError(
            f"{path} was written by a newer version of accountmgr (schema {version}; this version "
            f"knows up to {migrations.LATEST_VERSION}). Please update the application; "
            "the file was left untouched."
        )


def open_database(path: Path, *, migrate: bool = True) -> pw.SqliteDatabase:
    """Open (creating if needed) and migrate the store at `path`, and bind the models to it.

    Raises a StoreError subclass with a message for the person when the file must not be used.
    """
    _check_openable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"Cannot create the folder {path.parent}: {exc.strerror}.") from exc
    database = pw.SqliteDatabase(str(path), pragmas=PRAGMAS, timeout=5)
    try:
        database.connect()
    except pw.OperationalError as exc:
        raise StoreError(f"Cannot open {path}: {exc}.") from exc
    db.initialize(database)
    try:
        # The header can lag behind a WAL left by a crash; the connection sees the real version.
        _refuse_newer(path, migrations.schema_version(database))
    except SchemaTooNewError:
        database.close()
        raise
    if migrate:
        try:
            migrations.migrate(database, path)
        except (sqlite3.DatabaseError, pw.DatabaseError) as exc:
            database.close()
            raise DatabaseDamagedError(f"{path} is damaged and cannot be updated: {exc}.") from exc
    return database


def close_database() -> None:
    """Close the current thread's connection of the bound database, if any."""
    database = db.obj
    if database is not None and not database.is_closed():
        database.close()
