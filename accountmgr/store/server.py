"""Opening a team database on a PostgreSQL server, and preparing an empty one for a team
(`accountmgr init-server`). The server keeps what an SQLite file keeps in its header (which
application's, which schema version) in `migrations.META_TABLE`."""

from __future__ import annotations

from typing import Any

import peewee as pw

from accountmgr.store import migrations
from accountmgr.store.errors import NotADatabaseError, SchemaTooNewError, StoreError
from accountmgr.store.models import db
from accountmgr.store.postgres import ServerAddress, TeamDatabase


def _unreachable(address: ServerAddress, exc: Exception) -> StoreError:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return StoreError(
        "The team database {url} cannot be reached: {reason}.", url=address.shown, reason=first
    )


def connect(address: ServerAddress, **kwargs: Any) -> TeamDatabase:
    database = TeamDatabase(address, **kwargs)
    try:
        database.connect()
    except (pw.OperationalError, pw.DatabaseError, OSError) as exc:
        raise _unreachable(address, exc) from exc
    return database


def _tables(database: TeamDatabase) -> set[str]:
    rows = database.execute_sql(
        "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"
    )
    return {str(name) for (name,) in rows}


def check_ours(database: TeamDatabase, address: ServerAddress) -> int:
    """The schema version of a team database; refuse one that is not ours or too new."""
    if migrations.META_TABLE not in _tables(database):
        raise NotADatabaseError(
            "{url} is not an accountmgr team database. To make an empty PostgreSQL database "
            "one, run: accountmgr init-server {url}",
            url=address.shown,
        )
    row = database.execute_sql(
        f"SELECT value FROM {migrations.META_TABLE} WHERE key = 'application_id'"
    ).fetchone()
    if row is None or int(row[0]) != migrations.APPLICATION_ID:
        raise NotADatabaseError(
            "{url} is a database of another application, not of accountmgr.", url=address.shown
        )
    version = migrations.schema_version(database)
    if version > migrations.LATEST_VERSION:
        raise SchemaTooNewError(
            "{url} was written by a newer version of accountmgr (schema {version}; this "
            "version knows up to {latest}). Please update the application.",
            url=address.shown,
            version=version,
            latest=migrations.LATEST_VERSION,
        )
    return version


def open_server(address: ServerAddress) -> TeamDatabase:
    """Open a team database, bring its schema up to date (one transaction a migration) and
    bind the models to it. Raises a StoreError subclass, with a message for the person."""
    database = connect(address)
    try:
        check_ours(database, address)
        migrations.migrate(database, None)
    except StoreError:
        database.close()
        raise
    except (pw.OperationalError, pw.DatabaseError) as exc:
        database.close()
        raise StoreError(
            "{url} could not be updated to this version ({exc}); it was left as it was.",
            url=address.shown,
            exc=exc,
        ) from exc
    db.initialize(database)
    return database


def init_server(address: ServerAddress) -> int:
    """Make an empty PostgreSQL database a team database: the extension its search needs,
    the schema, the built-in settings. Refuses a database that holds other tables; a team
    database already made is brought up to date. Returns the schema version."""
    database = connect(address)
    try:
        tables = _tables(database)
        if tables and migrations.META_TABLE not in tables:
            raise StoreError(
                "{url} already holds other tables ({tables}): accountmgr needs an empty "
                "database of its own.",
                url=address.shown,
                tables=", ".join(sorted(tables)[:5]),
            )
        try:
            with database.atomic("IMMEDIATE"):
                database.execute_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                database.execute_sql(
                    f"CREATE TABLE IF NOT EXISTS {migrations.META_TABLE} "
                    "(key TEXT PRIMARY KEY, value TEXT NOT NULL)"
                )
        except (pw.ProgrammingError, pw.OperationalError, pw.DatabaseError) as exc:
            raise StoreError(
                "{url} could not be prepared: {reason}. The database's owner (or a superuser) "
                "can run: CREATE EXTENSION pg_trgm;",
                url=address.shown,
                reason=str(exc).strip().splitlines()[0],
            ) from exc
        migrations.migrate(database, None)
        return migrations.schema_version(database)
    finally:
        database.close()
