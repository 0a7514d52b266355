"""The backup commands: `backup`, `restore` and `backups`, run in-process through
`accountmgr.cli.main` on a temporary database."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from accountmgr.cli import main

from .test_cli import TODAY_S, accounts_json, make_demo, one_error_line, run

BACKED_UP = re.compile(r"Backed up (\d+) accounts to (.+)\n")
RESTORED = re.compile(r"Restored (.+) \((\d+) accounts\); the data it replaced is kept in (.+)\n")
RESTORED_ASIDE = re.compile(
    r"Restored (.+) \((\d+) accounts\); the damaged database was set aside as (.+)\n"
)


pytestmark = pytest.mark.usefixtures("no_fallback_database")


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "--today", TODAY_S, *args)


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """40 demo organizations; the database is closed again."""
    make_demo(capsys, db_path, orgs=40)
    return db_path


def _backup_to(capsys: pytest.CaptureFixture[str], db: Path, out: Path) -> int:
    """`backup --out`; the number of accounts it reported."""
    code, stdout, err = cli(capsys, db, "backup", "--out", str(out))
    assert (code, err) == (0, ""), err
    match = BACKED_UP.fullmatch(stdout)
    assert match, stdout
    assert match[2] == str(out)
    return int(match[1])


def _add_accounts(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _out, err = cli(capsys, db, "demo", "--orgs", "20", "--seed", "3", "--force")
    assert code == 0, err


def _damage(path: Path, start: int, end: int) -> None:
    """Overwrite bytes `start:end` of a closed database file."""
    data = bytearray(path.read_bytes())
    assert len(data) > end
    data[start:end] = b"\x5a" * (end - start)
    path.write_bytes(bytes(data))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --- backup ----------------------------------------------------------------------------------


def test_backup_takes_a_manual_backup_beside_the_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    accounts = len(accounts_json(capsys, demo_db))

    code, out, err = cli(capsys, demo_db, "backup")

    assert (code, err) == (0, "")
    match = BACKED_UP.fullmatch(out)
    assert match, out
    assert int(match[1]) == accounts
    path = Path(match[2])
    assert path.parent == demo_db.parent / "backups"
    assert re.fullmatch(r"accountmgr-\d{4}-\d{2}-\d{2}-\d{6}-manual\.db", path.name)
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_backup_to_a_chosen_file(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "elsewhere" / "copy.db"
    assert _backup_to(capsys, demo_db, out) == len(accounts_json(capsys, demo_db))
    assert out.is_file()
    assert not (demo_db.parent / "backups").exists()


def test_backup_needs_a_database_and_creates_none(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, db_path, "backup")
    assert (code, out) == (1, "")
    assert (
        one_error_line(err) == f"accountmgr: error: There is no accountmgr database at {db_path}."
    )
    assert list(db_path.parent.iterdir()) == []


def test_backup_over_the_database_itself_is_refused(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = demo_db.read_bytes()
    code, out, err = cli(capsys, demo_db, "backup", "--out", str(demo_db))
    assert (code, out) == (1, "")
    assert "is the open database itself" in one_error_line(err)
    assert demo_db.read_bytes() == before


def test_a_command_first_removes_an_interrupted_backup(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = demo_db.parent / "backups"
    folder.mkdir()
    leftover = folder / "accountmgr-2026-11-23-093000-daily.db.part"
    leftover.write_bytes(b"half a copy")
    (folder / (leftover.name + "-journal")).write_bytes(b"its journal")

    accounts_json(capsys, demo_db)

    assert list(folder.iterdir()) == []


# --- restore ---------------------------------------------------------------------------------


def test_restore_puts_back_the_data_and_keeps_the_data_it_replaced(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.db"
    _backup_to(capsys, demo_db, saved)
    rows = accounts_json(capsys, demo_db)
    _add_accounts(capsys, demo_db)
    changed = accounts_json(capsys, demo_db)
    assert len(changed) > len(rows)

    code, out, err = cli(capsys, demo_db, "restore", str(saved))

    assert (code, err) == (0, ""), err
    match = RESTORED.fullmatch(out)
    assert match, out
    assert (match[1], int(match[2])) == (str(saved), len(rows))
    assert accounts_json(capsys, demo_db) == rows
    kept = Path(match[3])
    assert kept.parent == demo_db.parent / "backups"
    assert kept.name.endswith("-restore.db")
    # The copy of the replaced data restores it again.
    code, out, err = cli(capsys, demo_db, "restore", str(kept))
    assert (code, err) == (0, ""), err
    assert accounts_json(capsys, demo_db) == changed
    code, _out, err = cli(capsys, demo_db, "check")
    assert (code, err) == (0, "")


def _not_a_database(path: Path, demo_db: Path) -> None:
    path.write_text("Name;Email\n" * 500)


def _another_application(path: Path, demo_db: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (a)")
        conn.execute("INSERT INTO things VALUES (1)")
    conn.close()


def _backup_of(path: Path, demo_db: Path) -> None:
    code = main(["--db", str(demo_db), "backup", "--out", str(path)])
    assert code == 0


def _newer_schema(path: Path, demo_db: Path) -> None:
    _backup_of(path, demo_db)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()


def _damaged_backup(path: Path, demo_db: Path) -> None:
    _backup_of(path, demo_db)
    _damage(path, 3 * 4096, 6 * 4096)


REFUSALS: list[tuple[Callable[[Path, Path], None], str]] = [
    (_not_a_database, r"candidate\.db is not a database, so it is no accountmgr backup\."),
    (_another_application, r"candidate\.db is a database of another application"),
    (_newer_schema, r"candidate\.db was written by a newer version of accountmgr \(schema 99"),
    (_damaged_backup, r"candidate\.db is damaged"),
    (lambda path, demo_db: None, r"There is no file .*candidate\.db\."),
]


@pytest.mark.parametrize(
    ("make", "message"),
    REFUSALS,
    ids=["not-a-database", "another-application", "newer-schema", "damaged", "missing"],
)
def test_restore_refuses_a_file_it_cannot_use_and_leaves_the_database_untouched(
    demo_db: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: Callable[[Path, Path], None],
    message: str,
) -> None:
    candidate = tmp_path / "candidate.db"
    make(candidate, demo_db)
    capsys.readouterr()
    before = _files(tmp_path)

    code, out, err = cli(capsys, demo_db, "restore", str(candidate))

    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert line.startswith("accountmgr: error: ")
    assert re.search(message, line), line
    assert _files(tmp_path) == before
    assert not (demo_db.parent / "backups").exists()  # no restore copy either


def test_restore_needs_a_database_and_creates_none(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other" / "accountmgr.db"
    make_demo(capsys, other, orgs=5)
    saved = tmp_path / "saved.db"
    _backup_to(capsys, other, saved)

    code, out, err = cli(capsys, db_path, "restore", str(saved))

    assert (code, out) == (1, "")
    assert (
        one_error_line(err) == f"accountmgr: error: There is no accountmgr database at {db_path}."
    )
    assert not db_path.exists()


def test_restore_replaces_a_database_too_damaged_to_open_and_sets_it_aside(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.db"
    accounts = _backup_to(capsys, demo_db, saved)
    rows = accounts_json(capsys, demo_db)
    _damage(demo_db, 100, 4096)  # the first page's tree: the database cannot be opened
    damaged = demo_db.read_bytes()
    code, _out, err = cli(capsys, demo_db, "accounts")
    assert code == 1
    assert "is damaged and cannot be read" in one_error_line(err)

    code, out, err = cli(capsys, demo_db, "restore", str(saved))

    assert (code, err) == (0, ""), err
    match = RESTORED_ASIDE.fullmatch(out)
    assert match, out
    assert (match[1], int(match[2])) == (str(saved), accounts)
    aside = Path(match[3])
    assert re.fullmatch(r"accountmgr\.db\.damaged-\d{4}-\d{2}-\d{2}-\d{6}", aside.name)
    assert aside.parent == demo_db.parent
    assert aside.read_bytes() == damaged
    assert accounts_json(capsys, demo_db) == rows
    code, _out, err = cli(capsys, demo_db, "check")
    assert (code, err) == (0, "")


def test_restore_replaces_a_database_damaged_in_the_middle(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = tmp_path / "saved.db"
    accounts = _backup_to(capsys, demo_db, saved)
    rows = accounts_json(capsys, demo_db)
    _damage(demo_db, 3 * 4096, 6 * 4096)  # opens, but cannot be read through or copied whole

    code, out, err = cli(capsys, demo_db, "restore", str(saved))

    assert code == 0, err
    assert "Traceback" not in err
    assert err == ""
    match = RESTORED_ASIDE.fullmatch(out) or RESTORED.fullmatch(out)
    assert match, out
    assert int(match[2]) == accounts
    assert Path(match[3]).exists()  # the damaged data, kept
    assert accounts_json(capsys, demo_db) == rows
    code, _out, err = cli(capsys, demo_db, "check")
    assert (code, err) == (0, "")


def test_restore_refuses_a_bad_file_over_a_damaged_database_and_leaves_it(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _damage(demo_db, 100, 4096)
    before = _files(tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n" * 100)

    code, out, err = cli(capsys, demo_db, "restore", str(notes))

    assert (code, out) == (1, "")
    line = one_error_line(err)
    assert "notes.txt is not a database" in line
    assert "is damaged and cannot be read" in line
    assert {k: v for k, v in _files(tmp_path).items() if k != "notes.txt"} == before
    assert not list(tmp_path.glob("*.damaged-*"))


# --- backups ---------------------------------------------------------------------------------


def test_backups_lists_them_newest_first_with_their_accounts(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, demo_db, "backups")
    assert (code, err) == (0, "")
    assert out == f"No backups in {demo_db.parent / 'backups'}\n"
    _code, first, _err = cli(capsys, demo_db, "backup")
    accounts = int(BACKED_UP.fullmatch(first)[1])  # type: ignore[index]
    folder = demo_db.parent / "backups"
    (folder / "accountmgr-2030-01-01-120000-daily.db").write_text("not a database")

    code, out, err = cli(capsys, demo_db, "backups")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("2030-01-01 12:00:00  daily")
    assert "problem: " in lines[0]
    assert "is not a database" in lines[0]
    assert re.search(
        rf"  manual  .* kB\s+{accounts} accounts  accountmgr-.*-manual\.db  ok$", lines[1]
    )

    code, out, err = cli(capsys, demo_db, "backups", "--json")
    assert (code, err) == (0, "")
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["reason"], r["ok"], r["accounts"]) for r in records] == [
        ("daily", False, None),
        ("manual", True, accounts),
    ]
    assert set(records[1]) == {
        "path",
        "taken_at",
        "reason",
        "size",
        "accounts",
        "version",
        "ok",
        "problem",
    }


def test_backups_of_no_database_create_none(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, db_path, "backups", "--json")
    assert (code, out, err) == (0, "", "")
    assert list(db_path.parent.iterdir()) == []
