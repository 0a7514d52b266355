"""Backups: taken through the open connection, verified, listed, pruned and restored."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from accountmgr.domain import accounts, deals, demo, integrity, organizations
from accountmgr.store import backup_files, backups, migrations
from accountmgr.store.database import close_database, open_database
from accountmgr.store.errors import (
    BackupError,
    DatabaseDamagedError,
    ForeignDatabaseError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from accountmgr.store.models import db
from tests.conftest import TODAY

pytestmark = pytest.mark.sqlite_only  # backups are copies of an SQLite file

SCHEMA_V1 = Path(__file__).parent / "data" / "schema_v1.db"
MORNING = dt.datetime.combine(TODAY, dt.time(9, 30))


def _account(name: str, *, won: bool = True) -> int:
    org_id = organizations.create_organization(name).id
    deal_id = deals.create_deal(f"{name} deal", org_id=org_id, value_minor=1000, currency="EUR").id
    if won:
        deals.mark_won(deal_id, when=dt.datetime(2026, 1, 5, 12))
    return org_id


def _names() -> list[str]:
    return [row.name for row in accounts.list_accounts(TODAY)]


def _org_count() -> int:
    return int(db.execute_sql("SELECT count(*) FROM organization").fetchone()[0])


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of a database file, leaving its header whole."""
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[3 * 4096 : 6 * 4096] = b"\x5a" * (3 * 4096)
    path.write_bytes(bytes(data))


# --- taking and listing ----------------------------------------------------------------------


def test_take_writes_a_verified_rollback_journal_copy_listed_with_its_accounts(
    store: Path,
) -> None:
    _account("Kestrel Dental")
    _account("Harbor Logistics")
    _account("Prospect Only", won=False)

    info = backups.take("manual", now=MORNING)

    assert info.path == store.parent / "backups" / "accountmgr-2026-11-24-093000-manual.db"
    assert (info.reason, info.taken_at, info.accounts, info.ok) == ("manual", MORNING, 2, True)
    assert info.version == migrations.LATEST_VERSION
    assert info.size == info.path.stat().st_size > 0
    assert info.path.read_bytes()[18:20] == b"\x01\x01"  # a rollback-journal file, not WAL
    assert sorted(p.name for p in info.path.parent.iterdir()) == [info.path.name]
    copy = sqlite3.connect(f"{info.path.as_uri()}?mode=ro", uri=True)
    assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert copy.execute("SELECT count(*) FROM organization").fetchone()[0] == 3
    copy.close()

    assert backups.list_backups() == [info]


def test_backups_in_the_same_second_get_their_own_names_and_list_newest_first(
    store: Path,
) -> None:
    _account("Kestrel Dental")
    first = backups.take("import", now=MORNING)
    second = backups.take("import", now=MORNING)
    later = backups.take("daily", now=MORNING + dt.timedelta(minutes=1))
    assert second.path.name == "accountmgr-2026-11-24-093000-import-2.db"
    assert [b.path for b in backups.list_backups()] == [later.path, second.path, first.path]


def test_take_to_a_chosen_file_or_folder(store: Path, tmp_path: Path) -> None:
    _account("Kestrel Dental")
    out = tmp_path / "usb" / "copy.db"
    info = backups.take("manual", out=out, now=MORNING)
    assert info.path == out
    assert info.accounts == 1
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.db"]

    folder = tmp_path / "usb"
    in_folder = backups.take("manual", out=folder, now=MORNING)
    assert in_folder.path == folder / "accountmgr-2026-11-24-093000-manual.db"

    assert backups.list_backups() == []  # copies elsewhere are not the folder's backups
    with pytest.raises(BackupError, match="open database itself"):
        backups.take("manual", out=store)


def test_a_listed_file_that_cannot_be_read_is_marked_not_ok(store: Path) -> None:
    _account("Kestrel Dental")
    good = backups.take("daily", now=MORNING)
    bad = good.path.with_name("accountmgr-2026-11-24-100000-manual.db")
    bad.write_bytes(b"not a database" * 100)
    listed = backups.list_backups()
    assert [b.path for b in listed] == [bad, good.path]
    assert (listed[0].ok, listed[0].accounts) == (False, None)
    assert "not a database" in listed[0].problem
    assert listed[1] == good


def test_backups_of_another_database_in_the_same_folder_are_not_listed(store: Path) -> None:
    folder = store.parent / "backups"
    folder.mkdir()
    (folder / "other-2026-11-24-093000-daily.db").write_bytes(b"x")
    (folder / "notes.txt").write_text("kept")
    assert backups.list_backups() == []
    backups.prune(keep_daily=0, keep_weekly=0, keep_events=0)
    assert sorted(p.name for p in folder.iterdir()) == [
        "notes.txt",
        "other-2026-11-24-093000-daily.db",
    ]


# --- daily backups and retention -----------------------------------------------------------


def test_daily_backup_once_a_day_and_retention_over_forty_days(store: Path) -> None:
    _account("Kestrel Dental")
    start = dt.date(2026, 10, 1)
    days = [start + dt.timedelta(days=i) for i in range(40)]  # to Monday 9 November
    for i, day in enumerate(days):
        first = backups.daily_if_due(day, now=dt.datetime.combine(day, dt.time(9)))
        assert first is not None
        assert first.reason == "daily"
        assert backups.daily_if_due(day, now=dt.datetime.combine(day, dt.time(9, 5))) is None
        if i % 3 == 0:  # an import every third day, after the day's first start
            backups.take("import", now=dt.datetime.combine(day, dt.time(10)))
    backups.prune()

    kept = [(b.taken_at.date().isoformat(), b.reason) for b in backups.list_backups()]
    assert kept == [
        # the newest of each of the last 7 days with backups
        ("2026-11-09", "import"),
        ("2026-11-08", "daily"),
        ("2026-11-07", "daily"),
        ("2026-11-06", "import"),
        ("2026-11-05", "daily"),
        ("2026-11-04", "daily"),
        ("2026-11-03", "import"),
        # the newest of each of the last 4 ISO weeks (the two newest are counted above)
        ("2026-11-01", "daily"),
        # the 5 newest import copies (Nov 9, 6 and 3 are counted above)
        ("2026-10-31", "import"),
        ("2026-10-28", "import"),
        ("2026-10-25", "import"),  # also the newest of its ISO week
    ]
    assert all(b.ok and b.accounts == 1 for b in backups.list_backups())
    assert not list((store.parent / "backups").glob("*.part*"))


def test_a_day_with_any_backup_needs_no_daily_one(store: Path) -> None:
    backups.take("import", now=MORNING)
    assert backups.daily_if_due(TODAY, now=MORNING + dt.timedelta(hours=1)) is None
    assert backups.daily_if_due(TODAY + dt.timedelta(days=1)) is not None


def test_prune_keeps_the_newest_backup_after_a_long_pause(store: Path) -> None:
    for weeks_ago in range(20):
        backups.take("daily", now=MORNING - dt.timedelta(weeks=weeks_ago))
    newest = backups.list_backups()[0]
    backups.prune(keep_daily=1, keep_weekly=1, keep_events=0)
    assert backups.list_backups() == [newest]
    assert newest.taken_at == MORNING


# --- restoring -----------------------------------------------------------------------------


def test_restore_puts_back_the_data_and_keeps_a_restore_copy(store: Path) -> None:
    kestrel = _account("Kestrel Dental")
    _account("Prospect Only", won=False)
    saved = backups.take("manual", now=MORNING)
    organizations.update_organization(kestrel, name="Kestrel Dental AG")
    _account("Harbor Logistics")
    _account("Nordlicht Optik")
    assert _names() == ["Harbor Logistics", "Kestrel Dental AG", "Nordlicht Optik"]

    safety = backups.restore(saved.path, now=MORNING + dt.timedelta(hours=1))

    assert _names() == ["Kestrel Dental"]
    assert _org_count() == 2
    assert integrity.problems() == []
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert (safety.reason, safety.accounts) == ("restore", 3)
    assert [(b.reason, b.accounts) for b in backups.list_backups()] == [
        ("restore", 3),
        ("manual", 1),
    ]
    # The data replaced can itself be put back.
    backups.restore(safety.path)
    assert _names() == ["Harbor Logistics", "Kestrel Dental AG", "Nordlicht Optik"]


def test_restore_keeps_a_copy_of_damaged_data_and_replaces_it(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _account("Kestrel Dental")
    saved = backups.take("manual", now=MORNING)
    _account("Harbor Logistics")
    check = backup_files.integrity_problems

    def live_data_damaged(conn: sqlite3.Connection) -> list[str]:
        copying = conn.execute("PRAGMA database_list").fetchone()[2]
        if copying.endswith("-restore.db.part"):  # the copy of the data being replaced
            return ["Tree 12 page 34: btree page corrupt"]
        return check(conn)

    monkeypatch.setattr(backup_files, "integrity_problems", live_data_damaged)
    safety = backups.restore(saved.path, now=MORNING + dt.timedelta(hours=1))

    assert _names() == ["Kestrel Dental"]
    assert (safety.reason, safety.ok, safety.accounts) == ("restore", False, 2)
    assert "btree page corrupt" in safety.problem
    assert safety.path.exists()
    # Without a restore, damaged data is never kept as a backup.
    with pytest.raises(DatabaseDamagedError, match="did not pass its check"):
        backups.take("restore")
    assert [b.reason for b in backups.list_backups()] == ["restore", "manual"]


def _foreign_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE things (a)")
    conn.execute("INSERT INTO things VALUES (1)")
    conn.commit()
    conn.close()


def _newer_backup(path: Path) -> None:
    shutil.copy(backups.take("manual", now=MORNING).path, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _damaged_backup(path: Path) -> None:
    demo.generate(40, today=TODAY, force=True)
    shutil.copy(backups.take("manual", now=MORNING).path, path)
    _damage(path)


@pytest.mark.parametrize(
    ("make", "error", "message"),
    [
        (lambda p: p.write_text("Name;Email\n" * 500), NotADatabaseError, "is not a database"),
        (_foreign_database, ForeignDatabaseError, "another application"),
        (_newer_backup, SchemaTooNewError, r"newer version of accountmgr \(schema 99"),
        (_damaged_backup, DatabaseDamagedError, "damaged"),
    ],
    ids=["not-a-database", "another-application", "newer-schema", "damaged"],
)
def test_restore_refuses_files_it_cannot_use_and_leaves_the_data_untouched(
    store: Path, tmp_path: Path, make: object, error: type[StoreError], message: str
) -> None:
    _account("Kestrel Dental")
    candidate = tmp_path / "candidate.db"
    make(candidate)  # type: ignore[operator]
    before = (_names(), _org_count(), backups.list_backups())

    with pytest.raises(error, match=message):
        backups.restore(candidate)

    assert (_names(), _org_count(), backups.list_backups()) == before  # no restore copy either
    assert integrity.problems() == []


def test_restore_names_a_missing_file_or_a_folder(store: Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="There is no file"):
        backups.restore(tmp_path / "gone.db")
    with pytest.raises(StoreError, match="is not a file"):
        backups.restore(tmp_path)
    assert backups.list_backups() == []


def test_restore_refuses_the_open_database_itself(store: Path) -> None:
    with pytest.raises(StoreError, match="open database itself"):
        backups.restore(store)
    with pytest.raises(StoreError, match="open database itself"):
        backups.restore(store.with_name(store.name + "-wal"))


def test_restoring_an_older_schema_migrates_it_without_a_second_copy(
    store: Path, tmp_path: Path
) -> None:
    _account("Harbor Logistics")
    old = tmp_path / "from-last-year.db"
    shutil.copy(SCHEMA_V1, old)

    safety = backups.restore(old)

    assert migrations.schema_version(db.obj) == migrations.LATEST_VERSION
    assert _names() == ["Kestrel Dental GmbH"]
    assert integrity.problems() == []
    assert [b.path for b in backups.list_backups()] == [safety.path]
    assert old.read_bytes() == SCHEMA_V1.read_bytes()  # the chosen file is only read


def test_restore_takes_a_backup_of_another_page_size(store: Path, tmp_path: Path) -> None:
    _account("Kestrel Dental")
    other = tmp_path / "other-page-size.db"
    backups.take("manual", out=other)
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA page_size = 8192")
    conn.execute("VACUUM")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    _account("Harbor Logistics")

    backups.restore(other)

    assert _names() == ["Kestrel Dental"]
    assert db.execute_sql("PRAGMA page_size").fetchone()[0] == 4096
    assert not list((store.parent / "backups").glob("*.part*"))


def test_a_failing_migration_after_a_restore_puts_the_data_back(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _account("Harbor Logistics")
    old = tmp_path / "old.db"
    shutil.copy(SCHEMA_V1, old)

    def broken(database: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        (*migrations.MIGRATIONS[:1], (2, broken), *migrations.MIGRATIONS[2:]),
    )
    with pytest.raises(BackupError, match="left as it was"):
        backups.restore(old)
    assert _names() == ["Harbor Logistics"]
    assert migrations.schema_version(db.obj) == migrations.LATEST_VERSION


# --- interrupted copies ----------------------------------------------------------------------


def test_a_killed_backup_is_never_listed_and_is_cleaned_at_the_next_start(store: Path) -> None:
    _account("Kestrel Dental")
    good = backups.take("daily", now=MORNING)
    folder = good.path.parent
    part = folder / "accountmgr-2026-11-24-100000-manual.db.part"
    part.write_bytes(good.path.read_bytes()[:5000])
    journal = part.with_name(part.name + "-journal")
    journal.write_bytes(b"\x00" * 512)
    assert backups.list_backups() == [good]
    backups.prune(keep_daily=0, keep_weekly=0, keep_events=0)  # judged by name, never kept
    assert part.exists()
    # A copy to the same name is not disturbed by it: it gets the next name.
    again = backups.take("manual", now=MORNING + dt.timedelta(minutes=30))
    assert again.path.name == "accountmgr-2026-11-24-100000-manual-2.db"
    close_database()

    removed = backups.clean_partial(store)

    assert sorted(removed) == sorted([part, journal])
    assert sorted(p.name for p in folder.iterdir()) == sorted([again.path.name])


def test_clean_partial_removes_interrupted_copies_of_older_versions_only(
    db_path: Path,
) -> None:
    folder = db_path.parent
    whole = folder / "accountmgr.db.schema1-20261124-093000.bak"
    shutil.copy(SCHEMA_V1, whole)
    half = folder / "accountmgr.db.schema3-20261124-100000.bak"
    half.write_bytes(SCHEMA_V1.read_bytes()[:3000])
    half_journal = half.with_name(half.name + "-journal")
    half_journal.write_bytes(b"\x00" * 512)
    orphan_journal = folder / "accountmgr.db.schema4-20261124-110000.bak-journal"
    orphan_journal.write_bytes(b"\x00" * 512)
    other = folder / "other.db.schema3-20261124-100000.bak-journal"
    other.write_bytes(b"")

    removed = backups.clean_partial(db_path)

    assert sorted(removed) == sorted([half, half_journal, orphan_journal])
    assert whole.exists()
    assert other.exists()


def test_migrating_takes_a_migration_backup_through_a_temporary_name(tmp_path: Path) -> None:
    path = tmp_path / "accountmgr.db"
    shutil.copy(SCHEMA_V1, path)
    open_database(path)
    try:
        [copy] = backups.list_backups()
        assert (copy.reason, copy.version, copy.accounts, copy.ok) == ("migration", 1, 1, True)
        assert not list(copy.path.parent.glob("*.part*"))
    finally:
        close_database()


# --- start-up with a damaged database ------------------------------------------------------


def test_newest_good_and_restore_file_replace_a_database_that_cannot_be_opened(
    store: Path,
) -> None:
    demo.generate(40, today=TODAY)
    older = backups.take("daily", now=MORNING - dt.timedelta(days=1))
    names = _names()
    _account("Zeta Zebra Works")
    newer = backups.take("daily", now=MORNING)
    _damage(newer.path)
    with pytest.raises(BackupError, match="is open"):
        backups.restore_file(older.path, store)
    close_database()
    _damage(store)
    wal = store.with_name(store.name + "-wal")
    wal.write_bytes(b"left by a crash")

    good = backups.newest_good(store)
    assert good is not None
    assert good.path == older.path

    aside = backups.restore_file(good.path, store, now=MORNING)

    assert aside == store.with_name("accountmgr.db.damaged-2026-11-24-093000")
    assert aside.exists()
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"left by a crash"
    assert not wal.exists()
    assert not list(store.parent.glob("*.part*"))
    open_database(store)
    assert _names() == names
    assert integrity.problems() == []


def test_newest_good_finds_nothing_without_a_good_backup(db_path: Path) -> None:
    assert backups.newest_good(db_path) is None
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "accountmgr-2026-11-24-093000-daily.db").write_bytes(b"garbage" * 1000)
    assert backups.newest_good(db_path) is None


def test_restore_file_interrupted_before_its_last_rename_is_finished_at_the_next_start(
    store: Path,
) -> None:
    _account("Kestrel Dental")
    saved = backups.take("daily", now=MORNING)
    close_database()
    # The damaged file was set aside and the verified copy not yet renamed into place.
    os.replace(store, store.with_name("accountmgr.db.damaged-2026-11-24-093000"))
    for suffix in ("-wal", "-shm"):
        store.with_name(store.name + suffix).unlink(missing_ok=True)
    shutil.copy(saved.path, store.with_name("accountmgr.db.restoring.part"))

    backups.clean_partial(store)

    open_database(store)
    assert _names() == ["Kestrel Dental"]


# --- this process keeps its locks ----------------------------------------------------------


def _posix_locks_of_this_process() -> set[int]:
    """Inodes on which this process holds POSIX locks, from /proc/locks lines such as
    `1: POSIX  ADVISORY  READ 1234 08:01:5678 128 128` (waiting requests carry a `->`)."""
    inodes = set()
    with open("/proc/locks", encoding="ascii") as handle:
        for line in handle:
            fields = line.split()
            if len(fields) > 1 and fields[1] == "->":
                continue
            if len(fields) >= 6 and fields[1] == "POSIX" and int(fields[4]) == os.getpid():
                inodes.add(int(fields[5].rsplit(":", 1)[1]))
    return inodes


def _assert_locks_held(db_path: Path) -> None:
    held = _posix_locks_of_this_process()
    shm = db_path.with_name(db_path.name + "-shm")
    assert os.stat(db_path).st_ino in held, "the database file's lock was dropped"
    assert os.stat(shm).st_ino in held, "the -shm file's lock was dropped"


def _second_process_opens_and_closes(db_path: Path) -> None:
    script = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('SELECT count(*) FROM organization').fetchone()\n"
        "c.close()\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's /proc/locks")
def test_take_and_restore_keep_this_process_s_sqlite_locks(store: Path) -> None:
    db.execute_sql("PRAGMA wal_autocheckpoint = 0")  # keep the WAL's frames where they are
    _account("Kestrel Dental")
    wal = store.with_name(store.name + "-wal")
    _assert_locks_held(store)

    saved = backups.take("manual", now=MORNING)
    _assert_locks_held(store)
    # Had the lock been dropped, this other process's close would checkpoint and delete the WAL
    # this process still has open.
    _second_process_opens_and_closes(store)
    assert wal.exists()
    assert wal.stat().st_size > 0

    _account("Harbor Logistics")
    backups.restore(saved.path)
    _assert_locks_held(store)
    _second_process_opens_and_closes(store)
    assert wal.exists()
    assert _names() == ["Kestrel Dental"]
    backups.list_backups()
    backups.daily_if_due(TODAY)
    _assert_locks_held(store)
