"""Opening, migrating and refusing database files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from accountmgr.domain import accounts, integrity
from accountmgr.store import migrations
from accountmgr.store.database import (
    ENV_VAR,
    close_database,
    default_db_path,
    open_database,
    resolve_db_path,
)
from accountmgr.store.errors import (
    DatabaseDamagedError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from tests.conftest import TODAY

SCHEMA_V1 = Path(__file__).parent / "data" / "schema_v1.db"


def test_new_database_has_safe_settings(db_path: Path) -> None:
    database = open_database(db_path)
    try:
        pragma = lambda name: database.execute_sql(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 1000
        assert pragma("user_version") == migrations.LATEST_VERSION
        assert pragma("application_id") == migrations.APPLICATION_ID
    finally:
        close_database()


def test_first_schema_file_is_migrated_with_a_copy_kept(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(SCHEMA_V1, path)

    open_database(path)
    try:
        backups = list(tmp_path.glob("old.db.schema1-*.bak"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])  # the copy is the database before migrating
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM organization").fetchone()[0] == 2
        copy.close()
        assert integrity.problems() == []
        rows = accounts.list_accounts(TODAY)
        assert [(r.name, r.won_value, r.account_since) for r in rows] == [
            ("Kestrel Dental GmbH", 480000, "2025-02-01 12:00:00")
        ]
        # Migration 2 built the search index from the data already there.
        assert [r.id for r in accounts.list_accounts(TODAY, search="weber@exa")] == [1]
    finally:
        close_database()
    # Opening again migrates nothing and takes no second copy.
    open_database(path)
    close_database()
    assert len(list(tmp_path.glob("old.db.schema1-*.bak"))) == 1


def test_a_failing_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    shutil.copy(SCHEMA_V1, path)

    def broken(database: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", ((1, migrations.MIGRATIONS[0][1]), (2, broken)))
    with pytest.raises(DatabaseDamagedError):
        open_database(path)
    close_database()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM organization").fetchone()[0] == 2
    conn.close()


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"hello, this is not a database at all" * 100, NotADatabaseError, "not an accountmgr"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, StoreError, "damaged|not an accountmgr"),
    ],
)
def test_files_that_are_not_databases_get_a_clear_message(
    db_path: Path, content: bytes, error: type[StoreError], message: str
) -> None:
    db_path.write_bytes(content)
    with pytest.raises(error, match=message):
        open_database(db_path)
    assert db_path.read_bytes() == content


def test_another_applications_database_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE things (a)")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another application"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_db_path_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_db_path(None) == default_db_path()
    assert default_db_path().name == "accountmgr.db"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.db"))
    assert resolve_db_path(None) == tmp_path / "env.db"
    assert resolve_db_path(str(tmp_path / "cli.db")) == tmp_path / "cli.db"
