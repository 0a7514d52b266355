"""Opening, migrating and refusing database files."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from accountmgr.domain import accounts, demo, integrity
from accountmgr.store import migrations
from accountmgr.store.database import (
    ENV_VAR,
    close_database,
    default_db_path,
    open_database,
    resolve_target,
)
from accountmgr.store.errors import (
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from accountmgr.store.postgres import ServerAddress
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
        backups = list(tmp_path.glob("backups/old-*-migration.db"))
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
    assert len(list(tmp_path.glob("backups/old-*-migration.db"))) == 1


def test_a_failing_migration_leaves_the_file_at_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    shutil.copy(SCHEMA_V1, path)

    def broken(database: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(migrations, "MIGRATIONS", ((1, migrations.MIGRATIONS[0][1]), (2, broken)))
    with pytest.raises(StoreError, match="left as it was"):
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
    assert resolve_target(None) == default_db_path()
    assert default_db_path().name == "accountmgr.db"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.db"))
    assert resolve_target(None) == tmp_path / "env.db"
    assert resolve_target(str(tmp_path / "cli.db")) == tmp_path / "cli.db"
    url = "postgresql://anna:pw@db.example:5432/sales"
    assert resolve_target(url) == ServerAddress(url)
    monkeypatch.setenv(ENV_VAR, url)
    assert resolve_target(None) == ServerAddress(url)


def test_a_newer_schema_still_in_the_wal_is_refused_without_touching_anything(
    db_path: Path,
) -> None:
    open_database(db_path)
    close_database()
    # Another (newer) version wrote its schema number and died before checkpointing its WAL.
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute('PRAGMA user_version = 99')\n"
        "c.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.stat().st_size > 0
    before = (db_path.read_bytes(), wal.read_bytes())
    with pytest.raises(SchemaTooNewError):
        open_database(db_path)
    assert (db_path.read_bytes(), wal.read_bytes()) == before


def test_an_empty_database_of_another_application_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("PRAGMA application_id = 7")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another application"):
        open_database(db_path)
    assert db_path.read_bytes() == before
    assert list(db_path.parent.iterdir()) == [db_path]


def test_a_truncated_database_gets_a_clear_message(tmp_path: Path) -> None:
    path = tmp_path / "whole.db"
    open_database(path)
    demo.generate(30, today=TODAY)
    close_database()
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(path.read_bytes()[:20_000])
    with pytest.raises(StoreError, match="damaged"):
        open_database(damaged)
    close_database()


def test_only_regular_files_are_opened(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="not a regular file"):
        open_database(tmp_path)
    with pytest.raises(StoreError, match="not a regular file"):
        open_database(Path(os.devnull))


def test_reading_needs_an_existing_database(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "x.db"
    with pytest.raises(StoreError, match="no accountmgr database"):
        open_database(missing, create=False)
    assert not (tmp_path / "no").exists()


def test_schema_4_completes_indexes_a_development_schema_3_lacked(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    conn = sqlite3.connect(db_path)
    conn.execute("DROP INDEX org_summary_account_due")
    conn.execute("PRAGMA user_version = 3")
    conn.close()
    database = open_database(db_path)
    try:
        names = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master")}
        assert "org_summary_account_due" in names
        assert migrations.schema_version(database) == migrations.LATEST_VERSION
    finally:
        close_database()


def test_a_null_safe_comparison_with_a_value_is_an_indexable_equality_on_a_server() -> None:
    from accountmgr.store.postgres import to_postgres

    sql = "SELECT 1 FROM s WHERE a IS ? AND b IS ? AND c LIKE '100%?'"
    assert to_postgres(sql, True, ("x", None)) == (
        "SELECT 1 FROM s WHERE a = %s AND b IS NOT DISTINCT FROM %s AND c ILIKE '100%?'"
    )


def test_a_servers_index_of_an_expression_carries_the_columns_it_reads() -> None:
    from accountmgr.store.postgres import to_postgres

    folded = to_postgres(
        "CREATE INDEX IF NOT EXISTS i ON org_summary (label = '', label COLLATE NOCASE) "
        "WHERE won_count > 0",
        False,
    )
    assert folded.endswith(" INCLUDE (label) WHERE won_count > 0")
    contact = to_postgres("CREATE INDEX i ON org_summary (IFNULL(last_done, ''))", False)
    assert contact.endswith(" INCLUDE (last_done)")
    plain = to_postgres("CREATE INDEX i ON s (next_due IS NULL, next_due, next_due_time)", False)
    assert "INCLUDE" not in plain
