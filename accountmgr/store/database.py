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


def _probe(path: Path) -> tuple[int, int, int]:
    """Read (application_id, user_version, table count) without changing the file in any way."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"Cannot open {path}: {exc}.") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise NotADatabaseError(f"{path} is not an accountmgr database.") from exc
        raise DatabaseDamagedError(f"{path} is damaged and cannot be read: {exc}.") from exc
    finally:
        conn.close()
    return int(app_id), int(version), int(tables)


def _check_openable(path: Path) -> None:
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file.")
    if not path.exists() or path.stat().st_size == 0:
        return
    app_id, version, tables = _probe(path)
    if tables and app_id != migrations.APPLICATION_ID:
        raise NotADatabaseError(f"{path} is a database of another application, not of accountmgr.")
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
