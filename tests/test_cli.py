"""The command line, run in-process through `accountmgr.cli.main` (and once as `python -m`).

Every test passes `--db` with a temporary path; as a safety net `ACCOUNTMGR_DB` points into the
test's temporary folder too, and a test fails if anything was written there by accident.
"""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

import accountmgr
from accountmgr.cli import main
from accountmgr.domain import activities, deals, organizations
from accountmgr.domain.buckets import Bucket
from accountmgr.store.database import ENV_VAR, close_database, open_database, open_target, target_of

from .conftest import TODAY

TODAY_S = TODAY.isoformat()  # 2026-11-24, a Tuesday
BUCKETS = (
    "no_activity",
    "overdue",
    "today",
    "tomorrow",
    "this_week",
    "next_week",
    "later",
)
JSON_KEYS = {
    "id",
    "name",
    "owner",
    "won_deals",
    "won_value",
    "currency",
    "account_since",
    "last_activity_done",
    "next_activity_due",
    "next_activity_subject",
    "bucket",
}
TABLES = ("organization", "person", "deal", "activity", "note", "attachment")
DEMO_MESSAGE = re.compile(
    r"Created ([\d,]+) organizations?, ([\d,]+) (?:person|people), ([\d,]+) deals?, "
    r"([\d,]+) activit(?:y|ies), ([\d,]+) notes? and ([\d,]+) files? in \d+\.\d s; (.+) is "
    r"\d+\.\d MB\.\n"
)


# --- helpers -------------------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the CLI in-process: (exit code, stdout, stderr). Usage errors exit via SystemExit."""
    capsys.readouterr()  # drop anything printed before
    try:
        code = main(list(args))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def accounts_json(
    capsys: pytest.CaptureFixture[str],
    db: Path | str,
    *extra: str,
    today: str = TODAY_S,
    week_start: str = "monday",
) -> list[dict[str, Any]]:
    """`accounts --json` with `extra` options, parsed; fails unless it succeeds silently."""
    code, out, err = run(
        capsys,
        *("--db", str(db), "--today", today, "--week-start", week_start),
        *("accounts", "--json", *extra),
    )
    assert code == 0, err
    assert err == ""
    return [json.loads(line) for line in out.splitlines()]


def make_demo(
    capsys: pytest.CaptureFixture[str], db: Path | str, seed: int = 7, orgs: int = 50
) -> str:
    code, out, err = run(
        capsys,
        "--db",
        str(db),
        "--today",
        TODAY_S,
        "demo",
        "--orgs",
        str(orgs),
        "--seed",
        str(seed),
    )
    assert code == 0, err
    assert err == ""
    return out


def row_counts(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as conn:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in TABLES}


def folder_state(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in `folder` with its bytes and modification time."""
    return {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].strip(), err
    assert "Traceback" not in err
    return lines[0]


# --- fixtures ------------------------------------------------------------------------------------


pytestmark = pytest.mark.usefixtures("no_fallback_database")


@pytest.fixture
def demo_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """50 demo organizations, seed 7, made on TODAY; the database is closed again."""
    make_demo(capsys, db_path)
    return db_path


# --- --version -----------------------------------------------------------------------------------


def test_version_prints_name_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out == f"accountmgr {accountmgr.__version__}\n"
    assert accountmgr.__version__ == importlib.metadata.version("accountmgr")


# --- demo ----------------------------------------------------------------------------------------


def test_demo_creates_what_it_reports_and_check_passes(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = make_demo(capsys, db_path)
    match = DEMO_MESSAGE.fullmatch(out)
    assert match, out
    reported = dict(zip(TABLES, (int(match[i].replace(",", "")) for i in range(1, 7)), strict=True))
    assert reported["organization"] == 50
    assert row_counts(db_path) == reported
    assert reported["person"] >= 50
    assert reported["deal"] >= 50
    assert reported["attachment"] > 0
    assert match[7] == str(db_path)

    accounts = accounts_json(capsys, db_path)
    assert 0 < len(accounts) < 50
    code, out, err = run(capsys, "--db", str(db_path), "--today", TODAY_S, "check")
    assert code == 0, err
    assert err == ""
    assert out == (f"{db_path}: OK; {len(accounts)} accounts; every summary matches live data.\n")


def test_demo_same_seed_and_day_give_same_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second, other = tmp_path / "one.db", tmp_path / "two.db", tmp_path / "three.db"
    make_demo(capsys, first, seed=7)
    make_demo(capsys, second, seed=7)
    make_demo(capsys, other, seed=8)
    rows_first = accounts_json(capsys, first)
    assert rows_first
    assert accounts_json(capsys, second) == rows_first
    assert accounts_json(capsys, other) != rows_first


def test_demo_refuses_a_database_with_data(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = row_counts(demo_db)
    code, out, err = run(
        capsys, "--db", str(demo_db), "--today", TODAY_S, "demo", "--orgs", "5", "--seed", "3"
    )
    assert code == 1
    assert out == ""
    line = one_error_line(err)
    assert "--force" in line
    assert row_counts(demo_db) == before


def test_demo_force_adds_more(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = row_counts(demo_db)
    code, out, err = run(
        capsys,
        "--db",
        str(demo_db),
        "--today",
        TODAY_S,
        "demo",
        "--orgs",
        "20",
        "--seed",
        "3",
        "--force",
    )
    assert code == 0, err
    assert err == ""
    match = DEMO_MESSAGE.fullmatch(out)
    assert match, out
    after = row_counts(demo_db)
    assert after["organization"] == before["organization"] + 20
    for index, table in enumerate(TABLES, start=1):
        assert after[table] == before[table] + int(match[index].replace(",", "")), table
    code, _, err = run(capsys, "--db", str(demo_db), "--today", TODAY_S, "check")
    assert code == 0, err


# --- accounts ------------------------------------------------------------------------------------


def test_accounts_json_shape(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = accounts_json(capsys, demo_db)
    assert rows
    assert len({row["id"] for row in rows}) == len(rows)
    for row in rows:
        assert set(row) == JSON_KEYS
        assert isinstance(row["id"], int)
        assert isinstance(row["name"], str)
        assert row["name"]
        assert row["owner"] is None or isinstance(row["owner"], str)
        assert isinstance(row["won_deals"], int)
        assert row["won_deals"] >= 1
        assert isinstance(row["won_value"], str)
        assert re.fullmatch(r"\d+\.\d\d", row["won_value"]), row["won_value"]
        assert row["currency"] == "EUR"
        assert row["account_since"] is not None  # an account has a won deal, hence a won time
        assert row["bucket"] in BUCKETS
        due = row["next_activity_due"]
        if due is None:
            assert row["bucket"] == "no_activity"
            assert row["next_activity_subject"] is None
        else:
            day = dt.date.fromisoformat(due)
            assert row["next_activity_subject"]
            if day < TODAY:
                assert row["bucket"] == "overdue"
            elif day == TODAY:
                assert row["bucket"] == "today"
            else:
                assert row["bucket"] not in ("no_activity", "overdue", "today")


def test_accounts_json_matches_the_database(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exactly the organizations with a won deal, with their number of won deals."""
    rows = accounts_json(capsys, demo_db)
    with closing(sqlite3.connect(demo_db)) as conn:
        won = dict(
            conn.execute(
                "SELECT organization_id, count(*) FROM deal WHERE status = 'won' "
                "GROUP BY organization_id"
            ).fetchall()
        )
    assert {row["id"]: row["won_deals"] for row in rows} == won


def test_accounts_bucket_today(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    everything = accounts_json(capsys, demo_db)
    today = accounts_json(capsys, demo_db, "--bucket", "today")
    assert today  # seed 7 has accounts due today; otherwise this test would prove nothing
    assert all(row["next_activity_due"] == TODAY_S for row in today)
    assert all(row["bucket"] == "today" for row in today)
    assert today == [row for row in everything if row["next_activity_due"] == TODAY_S]


def test_accounts_bucket_no_activity(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    everything = accounts_json(capsys, demo_db)
    idle = accounts_json(capsys, demo_db, "--bucket", "no_activity")
    assert idle
    assert all(row["next_activity_due"] is None for row in idle)
    assert idle == [row for row in everything if row["next_activity_due"] is None]


@pytest.mark.parametrize(
    ("today", "week_start"),
    [
        (TODAY_S, "monday"),
        (TODAY_S, "sunday"),
        ("2026-11-28", "monday"),  # a Saturday: tomorrow ends the week
        ("2026-11-28", "sunday"),  # the last day of a Sunday week
        ("2026-11-29", "monday"),  # a Sunday, the last day of a Monday week
        ("2026-11-30", "saturday"),
    ],
)
def test_buckets_partition_the_accounts(
    demo_db: Path, capsys: pytest.CaptureFixture[str], today: str, week_start: str
) -> None:
    everything = accounts_json(capsys, demo_db, today=today, week_start=week_start)
    assert everything
    seen: list[int] = []
    for bucket in BUCKETS:
        rows = accounts_json(
            capsys, demo_db, "--bucket", bucket, today=today, week_start=week_start
        )
        assert all(row["bucket"] == bucket for row in rows), bucket
        seen.extend(row["id"] for row in rows)
    assert len(seen) == len(everything)
    assert sorted(seen) == sorted(row["id"] for row in everything)


def test_bucket_names_are_the_cli_choices() -> None:
    assert {b.value for b in Bucket} == set(BUCKETS)


# --- the first day of the week: the locale's, as on the board ------------------------------------

AROUND_A_WEEK_END = ("2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30")


def board_columns(db: Path, today: str, first_weekday: int) -> dict[int, str]:
    """Every account's column on the board, set up as the window sets it up."""
    from accountmgr.domain import account_list, clock
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.qtmodels.kanban_model import KanbanBoard

    open_database(db)
    clock.pin_today(dt.date.fromisoformat(today))
    try:
        board = KanbanBoard(ChangeHub())
        board.first_weekday = first_weekday
        board.refresh()
        ids = account_list.account_ids(
            account_list.AccountFilter(), today=clock.today(), first_weekday=first_weekday
        )
        columns = board.locate(ids)
        assert len(columns) == sum(shown.count for shown in board.totals.values())
        return {org_id: bucket.value for org_id, bucket in columns.items()}
    finally:
        clock.pin_today(None)
        close_database()


def cli_columns(
    capsys: pytest.CaptureFixture[str], db: Path, today: str, *week_start: str
) -> dict[int, str]:
    """`accounts --json` (with `--week-start` only when given): each account's bucket."""
    code, out, err = run(
        capsys, "--db", str(db), "--today", today, *week_start, "accounts", "--json"
    )
    assert code == 0, err
    assert err == ""
    return {row["id"]: row["bucket"] for row in map(json.loads, out.splitlines())}


@pytest.fixture
def locale_default() -> Iterator[None]:
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.mark.usefixtures("locale_default")
@pytest.mark.parametrize(("name", "first_weekday"), [("en_US", 6), ("de_DE", 0), ("ar_EG", 5)])
def test_accounts_use_the_locales_first_day_of_the_week_as_the_board_does(
    demo_db: Path, capsys: pytest.CaptureFixture[str], name: str, first_weekday: int
) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(name))
    window_weekday = QLocale().firstDayOfWeek().value - 1  # what the main window gives its board
    assert window_weekday == first_weekday
    other = {6: "monday", 0: "sunday", 5: "monday"}[first_weekday]
    differs = False
    for today in AROUND_A_WEEK_END:
        shown = cli_columns(capsys, demo_db, today)
        assert shown == board_columns(demo_db, today, window_weekday), today
        differs |= shown != cli_columns(capsys, demo_db, today, "--week-start", other)
    assert differs  # the week's first day decides some account's column on one of these days


@pytest.mark.linux_only
@pytest.mark.parametrize(
    ("lc_all", "first_weekday", "other"),
    [
        ("en_US.UTF-8", 6, 0),
        ("de_DE.UTF-8", 0, 6),
        ("C.UTF-8", 6, 0),  # no locale settings: the window writes as en_US does (Sunday first)
    ],
)
def test_the_command_reads_the_week_start_from_the_environments_locale(
    demo_db: Path, lc_all: str, first_weekday: int, other: int
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": lc_all, "LANG": lc_all}
    env.pop(ENV_VAR, None)
    today = "2026-11-29"  # a Sunday: 1 to 5 December are this week, or next week
    command = ["-m", "accountmgr", "--db", str(demo_db), "--today", today, "accounts", "--json"]
    result = subprocess.run(
        [sys.executable, *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown = {row["id"]: row["bucket"] for row in map(json.loads, result.stdout.splitlines())}
    assert shown == board_columns(demo_db, today, first_weekday)
    assert shown != board_columns(demo_db, today, other)


def test_week_start_overrides_the_locale(
    demo_db: Path, capsys: pytest.CaptureFixture[str], locale_default: None
) -> None:
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale("en_US"))
    today = "2026-11-27"
    assert cli_columns(capsys, demo_db, today, "--week-start", "monday") == board_columns(
        demo_db, today, 0
    )


def test_accounts_search(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    everything = accounts_json(capsys, demo_db)
    known = everything[0]
    middle = len(known["name"]) // 2
    needle = known["name"][middle - 2 : middle + 2]
    assert len(needle) == 4

    found = accounts_json(capsys, demo_db, "--search", needle)
    assert known["id"] in {row["id"] for row in found}
    assert len(found) < len(everything)

    # Every hit matches by its name or its people; every account whose name matches is a hit.
    folded = needle.casefold()
    with closing(sqlite3.connect(demo_db)) as conn:
        people = conn.execute(
            "SELECT organization_id, name || ' ' || emails || ' ' || phones FROM person"
        ).fetchall()
    people_text: dict[int, str] = {}
    for org_id, text in people:
        people_text[org_id] = people_text.get(org_id, "") + "\n" + text
    for row in found:
        haystack = (row["name"] + people_text.get(row["id"], "")).casefold()
        assert folded in haystack, row["name"]
    by_name = {row["id"] for row in everything if folded in row["name"].casefold()}
    assert by_name <= {row["id"] for row in found}


def test_accounts_search_takes_wildcards_literally(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert accounts_json(capsys, demo_db, "--search", "%") == []
    assert accounts_json(capsys, demo_db, "--search", "___") == []


def test_accounts_plain_text(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = accounts_json(capsys, demo_db)
    code, out, err = run(capsys, "--db", str(demo_db), "--today", TODAY_S, "accounts")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == len(rows)
    for line, row in zip(lines, rows, strict=True):
        fields = line.split()
        assert int(fields[0]) == row["id"]
        assert f"{row['won_value']} EUR" in line
        assert fields[-1] == row["bucket"]
        assert fields[-2] == (row["next_activity_due"] or "-")


# --- accounts from a precise scenario ------------------------------------------------------------


def test_accounts_exact_values_follow_won_lost_and_reopened_deals(
    store_address: str, capsys: pytest.CaptureFixture[str]
) -> None:
    call = activities.type_id("call")
    acme = organizations.create_organization("Acme Tools GmbH").id
    licence = deals.create_deal("Licence", org_id=acme, value_minor=123456, currency="EUR").id
    support = deals.create_deal("Support", org_id=acme, value_minor=10000, currency="USD").id
    deals.mark_won(licence, when=dt.datetime(2025, 3, 1, 10, 0))
    deals.mark_won(support, when=dt.datetime(2024, 6, 15, 9, 30))
    done = activities.create_activity("Kick-off", dt.date(2026, 11, 20), type_id=call, org_id=acme)
    activities.mark_done(done.id, when=dt.datetime(2026, 11, 20, 14, 0))
    activities.create_activity("Quarterly call", TODAY, type_id=call, org_id=acme)

    bravo = organizations.create_organization("Bravo Prospects").id
    pilot = deals.create_deal("Pilot", org_id=bravo, value_minor=50000, currency="EUR").id

    charlie = organizations.create_organization("Charlie Lost Ltd").id
    gone = deals.create_deal("Trial", org_id=charlie, value_minor=70000, currency="EUR").id
    deals.mark_won(gone, when=dt.datetime(2026, 1, 5, 8, 0))
    deals.mark_lost(gone, "Went elsewhere")
    close_database()

    rows = accounts_json(capsys, store_address)
    assert rows == [
        {
            "id": acme,
            "name": "Acme Tools GmbH",
            "owner": None,
            "won_deals": 2,
            "won_value": "1326.56",  # 1234.56 EUR + 100 USD at 0.92
            "currency": "EUR",
            "account_since": "2024-06-15 09:30:00",  # the earliest won deal
            "last_activity_done": "2026-11-20 14:00:00",
            "next_activity_due": TODAY_S,
            "next_activity_subject": "Quarterly call",
            "bucket": "today",
        }
    ]
    code, _, err = run(capsys, "--db", store_address, "--today", TODAY_S, "check")
    assert code == 0, err

    # Winning Bravo's only deal makes it an account.
    open_target(target_of(store_address))
    deals.mark_won(pilot, when=dt.datetime(2026, 11, 2, 16, 45))
    close_database()
    rows = accounts_json(capsys, store_address)
    assert [row["id"] for row in rows] == [acme, bravo]
    assert rows[1] == {
        "id": bravo,
        "name": "Bravo Prospects",
        "owner": None,
        "won_deals": 1,
        "won_value": "500.00",
        "currency": "EUR",
        "account_since": "2026-11-02 16:45:00",
        "last_activity_done": None,
        "next_activity_due": None,
        "next_activity_subject": None,
        "bucket": "no_activity",
    }

    # Reopening the euro deal leaves the dollar deal; losing that too ends the account.
    open_target(target_of(store_address))
    deals.reopen(licence)
    close_database()
    acme_row = accounts_json(capsys, store_address)[0]
    assert acme_row["id"] == acme
    assert (acme_row["won_deals"], acme_row["won_value"]) == (1, "92.00")
    assert acme_row["account_since"] == "2024-06-15 09:30:00"

    open_target(target_of(store_address))
    deals.mark_lost(support, "Budget cut")
    close_database()
    assert [row["id"] for row in accounts_json(capsys, store_address)] == [bravo]
    code, _, err = run(capsys, "--db", store_address, "--today", TODAY_S, "check")
    assert code == 0, err


# --- check ---------------------------------------------------------------------------------------


def test_reading_commands_do_not_create_a_database(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in ("check", "accounts"):
        code, out, err = run(capsys, "--db", str(db_path), command)
        assert code == 1
        assert out == ""
        assert err == f"accountmgr: error: There is no accountmgr database at {db_path}.\n"
    assert list(db_path.parent.iterdir()) == []


def test_check_on_a_fresh_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    open_database(db_path)
    close_database()
    code, out, err = run(capsys, "--db", str(db_path), "check")
    assert code == 0, err
    assert err == ""
    assert out == f"{db_path}: OK; 0 accounts; every summary matches live data.\n"


def test_check_finds_a_corrupted_summary(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    victim = accounts_json(capsys, demo_db)[0]["id"]
    with closing(sqlite3.connect(demo_db)) as conn:
        conn.execute("UPDATE org_summary SET won_value = won_value + 1 WHERE org_id = ?", (victim,))
        conn.commit()
    code, out, err = run(capsys, "--db", str(demo_db), "--today", TODAY_S, "check")
    assert code == 1
    assert out == ""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert any(f"organization {victim}" in line and "won_value" in line for line in lines), err
    assert lines[-1].startswith("accountmgr: error:")
    assert "problems" in lines[-1]


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--no-such-option", "check"],
        ["frobnicate"],
        ["--today", "2026-02-30", "check"],
        ["demo", "--orgs", "0"],
        ["demo", "--orgs", "abc"],
        ["accounts", "--bucket", "someday"],
        ["check", "surplus"],
    ],
    ids=[
        "unknown-option",
        "unknown-command",
        "bad-date",
        "zero-orgs",
        "orgs-abc",
        "bad-bucket",
        "surplus-argument",
    ],
)
def test_usage_errors(db_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, "--db", str(db_path), *args)
    assert code == 2
    assert out == ""
    assert one_error_line(err).startswith("accountmgr")
    assert not db_path.exists()  # nothing is created for a command that was not understood


def test_file_that_is_not_a_database(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path.write_bytes(b"hello" * 100)
    before = folder_state(db_path.parent)
    code, out, err = run(capsys, "--db", str(db_path), "check")
    assert code == 1
    assert out == ""
    assert "is not an accountmgr database" in one_error_line(err)
    assert db_path.read_bytes() == b"hello" * 100
    assert folder_state(db_path.parent) == before


@pytest.fixture
def newer_db(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A real accountmgr database from a future schema version."""
    make_demo(capsys, db_path, orgs=5)
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
    return db_path


@pytest.mark.parametrize("command", [["check"], ["accounts"], ["demo", "--force"]])
def test_newer_schema_is_refused_and_left_untouched(
    newer_db: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    data, mtime = newer_db.read_bytes(), newer_db.stat().st_mtime_ns
    code, out, err = run(capsys, "--db", str(newer_db), *command)
    assert code == 1
    assert out == ""
    assert "newer version" in one_error_line(err)
    assert newer_db.read_bytes() == data
    assert newer_db.stat().st_mtime_ns == mtime


def test_newer_schema_leaves_no_files_behind(
    newer_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The message promises the file was left untouched: no -wal or -shm files appear either."""
    before = folder_state(newer_db.parent)
    code, _, _ = run(capsys, "--db", str(newer_db), "check")
    assert code == 1
    after = folder_state(newer_db.parent)
    assert sorted(after) == sorted(before)  # e.g. no new accountmgr.db-shm / accountmgr.db-wal
    assert after == before


@pytest.mark.parametrize("command", [["check"], ["demo"]])
def test_database_of_another_application(
    db_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("CREATE TABLE x(a)")
        conn.execute("INSERT INTO x VALUES (42)")
        conn.commit()
    before = folder_state(db_path.parent)
    code, out, err = run(capsys, "--db", str(db_path), *command)
    assert code == 1
    assert out == ""
    assert "another application" in one_error_line(err)
    assert folder_state(db_path.parent) == before


def test_path_that_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, out, err = run(capsys, "--db", str(folder), "check")
    assert code == 1
    assert out == ""
    assert "folder" in one_error_line(err)
    assert list(folder.iterdir()) == []


# --- where the database is -----------------------------------------------------------------------


def test_env_var_is_used_without_db(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env_db = tmp_path / "from-env" / "crm.db"
    monkeypatch.setenv(ENV_VAR, str(env_db))
    code, out, err = run(capsys, "--today", TODAY_S, "demo", "--orgs", "3")
    assert code == 0, err
    assert str(env_db) in out
    assert row_counts(env_db)["organization"] == 3


def test_db_option_wins_over_env_var(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    env_db = tmp_path / "from-env" / "crm.db"
    cli_db = tmp_path / "from-cli" / "crm.db"
    monkeypatch.setenv(ENV_VAR, str(env_db))
    code, out, err = run(capsys, "--db", str(cli_db), "--today", TODAY_S, "demo", "--orgs", "3")
    assert code == 0, err
    assert str(cli_db) in out
    assert row_counts(cli_db)["organization"] == 3
    assert not env_db.parent.exists()


# --- the real entry point ------------------------------------------------------------------------


def test_python_m_accountmgr_check(db_path: Path) -> None:
    open_database(db_path)
    close_database()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop(ENV_VAR, None)
    result = subprocess.run(
        [sys.executable, "-m", "accountmgr", "--db", str(db_path), "check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout.startswith(f"{db_path}: OK;")


# --- rates ---------------------------------------------------------------------------------------


def _rates(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> dict[str, Any]:
    code, out, err = run(capsys, "--db", str(db), "rates", "--json", *extra)
    assert (code, err) == (0, "")
    return {record["code"]: record for record in map(json.loads, out.splitlines())}


def _won_values(db: Path) -> dict[int, int]:
    with closing(sqlite3.connect(db)) as conn:
        return dict(conn.execute("SELECT org_id, won_value FROM org_summary"))


def test_rates_lists_every_currency_and_one_without_a_rate(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from accountmgr.domain import currencies

    open_database(db_path)
    currencies.add_currency("AUD")
    close_database()
    records = _rates(capsys, db_path)
    assert records["EUR"] == {
        "code": "EUR",
        "name": "Euro",
        "rate": "1",
        "date": None,
        "default": True,
    }
    assert records["AUD"]["rate"] is None
    assert records["USD"]["rate"] is not None
    code, out, _ = run(capsys, "--db", str(db_path), "rates")
    assert code == 0
    assert re.search(r"^AUD .* no rate$", out, re.M)
    assert re.search(r"^EUR .* 1 {14}\(default\)$", out, re.M)


def test_rates_set_several_in_one_go_and_totals_follow(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _won_values(demo_db)
    code, out, err = run(
        capsys,
        "--db",
        str(demo_db),
        "--today",
        "2026-11-24",
        "rates",
        "--set",
        "usd=0.5",
        "--set",
        "GBP=1.25",
    )
    assert code == 0, err
    records = _rates(capsys, demo_db)
    assert (records["USD"]["rate"], records["GBP"]["rate"]) == ("0.5", "1.25")
    assert records["USD"]["date"] == records["GBP"]["date"] == "2026-11-24"  # the day set
    assert _won_values(demo_db) != before
    code, out, err = run(capsys, "--db", str(demo_db), "check")
    assert code == 0, err
    assert "every summary matches" in out


@pytest.mark.parametrize(
    ("setting", "exit_code", "says"),
    [
        ("XXQ=2", 1, "not a known currency"),
        ("USD=0", 1, "greater than 0"),
        ("USD=-1", 1, "greater than 0"),
        ("USD=1001", 1, "at most 1000"),
        ("USD=abc", 2, "CODE=RATE"),
        ("USD", 2, "CODE=RATE"),
    ],
)
def test_rates_set_refuses_bad_input_and_changes_nothing(
    demo_db: Path, capsys: pytest.CaptureFixture[str], setting: str, exit_code: int, says: str
) -> None:
    before = _rates(capsys, demo_db)
    code, out, err = run(
        capsys, "--db", str(demo_db), "rates", "--set", "GBP=1.5", "--set", setting
    )
    assert code == exit_code
    assert says in one_error_line(err)
    assert out == ""
    assert _rates(capsys, demo_db) == before  # GBP, set first, was rolled back too
