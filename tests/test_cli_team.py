"""The command line on a team database (a PostgreSQL server): the commands that work on one,
`init-server`, `copy` between a file and a server both ways, the file-only commands' refusals,
and a server that cannot be reached. Runs on the session's throw-away server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import psycopg
import pytest

from accountmgr.store import migrations
from accountmgr.store.database import ENV_VAR
from tests import postgres_server

from .conftest import new_team_database
from .test_cli import TODAY_S, make_demo, one_error_line, run

pytestmark = pytest.mark.usefixtures("no_fallback_database", "_in_tmp_path")

PASSWORD = "s3cret-Word"


@pytest.fixture
def _in_tmp_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run in the test's folder: nothing a command writes beside itself lands elsewhere."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def team(pg_server: postgres_server.Server) -> str:
    """The address of a new, empty team database, with a password in it (the test server
    trusts local connections, so any password is accepted, and none may ever be shown)."""
    return with_password(new_team_database(pg_server))


def with_password(url: str) -> str:
    return url.replace("postgres@", f"postgres:{PASSWORD}@", 1)


def files_in(folder: Path) -> set[Path]:
    return {p.relative_to(folder) for p in folder.rglob("*")}


def accounts(capsys: pytest.CaptureFixture[str], db: str | Path) -> list[dict[str, Any]]:
    code, out, err = run(
        capsys, "--db", str(db), "--today", TODAY_S, "--week-start", "monday", "accounts", "--json"
    )
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def check_ok(capsys: pytest.CaptureFixture[str], db: str | Path) -> str:
    code, out, err = run(capsys, "--db", str(db), "--today", TODAY_S, "check")
    assert code == 0, err
    assert "OK" in out
    return out


def count(url: str, sql: str) -> int:
    with psycopg.connect(url) as conn:
        row = conn.execute(sql).fetchone()
    assert row is not None
    return int(row[0])


# --- the commands on a team database --------------------------------------------------------


def test_demo_accounts_and_check_on_a_team_database(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = make_demo(capsys, team)
    assert out.startswith("Created 50 organizations, ")
    assert "in the team database postgresql://postgres@127.0.0.1:" in out
    assert " MB" not in out
    assert PASSWORD not in out
    listed = accounts(capsys, team)
    assert listed
    assert {row["currency"] for row in listed} == {"EUR"}
    assert check_ok(capsys, team).startswith(f"{team.replace(':' + PASSWORD, '')}: OK; ")
    code, out, err = run(capsys, "--db", team, "accounts", "--search", listed[0]["name"][:5])
    assert code == 0, err
    assert str(listed[0]["id"]) in out


def test_the_environment_variable_names_a_team_database(
    team: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_VAR, team)
    code, out, err = run(capsys, "check")
    assert code == 0, err
    assert out.startswith("postgresql://postgres@")
    assert PASSWORD not in out


def test_import_export_rates_and_calendar_on_a_team_database(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "orgs.csv"
    source.write_text("Name,Country\nAcme Tools,FR\nBolt Works,DE\n", encoding="utf-8")
    before = files_in(tmp_path)
    code, out, err = run(capsys, "--db", team, "import", "--kind", "organizations", str(source))
    assert code == 0, err
    assert out.startswith("Created 2, updated 0, skipped 0, rejected 0")
    assert files_in(tmp_path) == before  # no database file, no backup
    assert count(team, "SELECT count(*) FROM organization") == 2

    code, out, err = run(capsys, "--db", team, "import", "--kind", "organizations", "nope.csv")
    assert code != 0
    assert files_in(tmp_path) == before

    code, out, err = run(capsys, "--db", team, "rates", "--set", "USD=0.9")
    assert code == 0, err
    code, out, err = run(capsys, "--db", team, "rates", "--json")
    usd = next(r for r in map(json.loads, out.splitlines()) if r["code"] == "USD")
    assert usd["rate"] == "0.9"

    code, out, err = run(
        capsys, "--db", team, "export", "--kind", "organizations", "--out", "o.csv"
    )
    assert code == 0, err
    assert "Acme Tools" in (tmp_path / "o.csv").read_text(encoding="utf-8-sig")
    code, out, err = run(capsys, "--db", team, "export-ics", "--out", "a.ics")
    assert code == 0, err
    assert (tmp_path / "a.ics").read_text().startswith("BEGIN:VCALENDAR")


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["backup"], "'accountmgr backup'"),
        (["backups"], "'accountmgr backups'"),
        (["restore", "some.db"], "'accountmgr restore'"),
    ],
)
def test_file_only_commands_refuse_a_team_database(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], says: str
) -> None:
    code, _out, err = run(capsys, "--db", team, *args)
    assert code == 2
    line = one_error_line(err)
    assert "is a team database: it is backed up on its server (with pg_dump" in line
    assert says in line
    assert PASSWORD not in line
    assert files_in(tmp_path) == set()


def test_the_window_opens_a_team_database(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    make_demo(capsys, team, orgs=5)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    env["XDG_STATE_HOME"] = env["XDG_CACHE_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "accountmgr", "--db", team, "--smoke"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "smoke test passed" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr


# --- a server that cannot be used -----------------------------------------------------------


@pytest.mark.parametrize("command", [["check"], ["accounts"], ["demo"], ["copy", "x.db"]])
def test_an_unreachable_server_is_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    closed = postgres_server._free_port()  # nothing listens there
    url = f"postgresql://anna:{PASSWORD}@127.0.0.1:{closed}/team"
    if command[0] == "copy":
        code, _out, err = run(capsys, "copy", url, *command[1:])
    else:
        code, _out, err = run(capsys, "--db", url, *command)
    assert code == 1
    line = one_error_line(err)
    assert f"postgresql://anna@127.0.0.1:{closed}/team cannot be reached" in line
    assert PASSWORD not in err
    assert files_in(tmp_path) == set()


def test_a_missing_or_uninitialised_database_is_one_line(
    pg_server: postgres_server.Server, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = with_password(pg_server.url("no_such_database"))
    code, _out, err = run(capsys, "--db", missing, "check")
    assert code == 1
    assert 'database "no_such_database" does not exist' in one_error_line(err)
    assert PASSWORD not in err

    pg_server.sql("CREATE DATABASE plain_one")
    code, _out, err = run(capsys, "--db", with_password(pg_server.url("plain_one")), "accounts")
    assert code == 1
    line = one_error_line(err)
    assert "is not an accountmgr team database" in line
    assert "init-server" in line
    assert PASSWORD not in err


def test_a_bad_address_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "--db", "postgresql://host-only", "check")
    assert code == 2
    assert "is not a team database address" in one_error_line(err)


# --- init-server ---------------------------------------------------------------------------------


def test_init_server_prepares_an_empty_database_and_is_idempotent(
    pg_server: postgres_server.Server, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_server.sql("CREATE DATABASE fresh_team")
    url = with_password(pg_server.url("fresh_team"))
    code, out, err = run(capsys, "init-server", url)
    assert code == 0, err
    assert out.startswith("postgresql://postgres@")
    assert " is ready for a team: schema " in out
    assert PASSWORD not in out
    check_ok(capsys, url)
    make_demo(capsys, url, orgs=5)
    before = accounts(capsys, url)

    code, again, err = run(capsys, "init-server", url)
    assert (code, again) == (0, out), err
    assert accounts(capsys, url) == before  # its data is left as it was


def test_init_server_refuses_a_database_with_other_tables(
    pg_server: postgres_server.Server, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_server.sql("CREATE DATABASE someone_elses")
    url = with_password(pg_server.url("someone_elses"))
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    code, out, err = run(capsys, "init-server", url)
    assert code == 1
    assert out == ""
    line = one_error_line(err)
    assert "already holds other tables (invoices)" in line
    assert PASSWORD not in line
    assert count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 1


def test_init_server_needs_an_address(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(capsys, "init-server", "team.db")
    assert code == 2
    assert "is not a team database address" in one_error_line(err)


# --- copy ---------------------------------------------------------------------------------------


def copy(capsys: pytest.CaptureFixture[str], source: str | Path, destination: str | Path) -> str:
    code, out, err = run(capsys, "copy", str(source), str(destination))
    assert code == 0, err
    assert out.startswith("Copied ")
    assert PASSWORD not in out + err
    tables = [line.split(":")[0] for line in err.splitlines()]
    # A line per table, each after the tables it refers to.
    assert tables.index("organization") < tables.index("person") < tables.index("deal")
    assert tables.index("deal") < tables.index("activity")
    assert {"attachment", "note", "user", "setting", "currency"} <= set(tables)
    return out


def test_copy_a_file_to_a_team_database_and_back(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original = tmp_path / "rep.db"
    make_demo(capsys, original)
    listed = accounts(capsys, original)

    out = copy(capsys, original, team)
    assert "row(s)" not in out
    assert " rows in " in out
    check_ok(capsys, team)
    assert accounts(capsys, team) == listed
    assert count(team, "SELECT count(*) FROM organization") == 50
    # The server plans its queries on the copied rows, not on the empty tables init-server
    # made (a panel's activities took 18 ms instead of 1 on a copy of 10,000 accounts).
    for table in ("organization", "person", "deal", "activity", "org_summary"):
        assert count(team, f"SELECT reltuples FROM pg_class WHERE relname = '{table}'") == count(
            team, f"SELECT count(*) FROM {table}"
        ), table
    # The copy's ids go on from the source's: the next record gets a free one.
    code, _out, err = run(capsys, "--db", team, "demo", "--orgs", "1", "--force")
    assert code == 0, err

    back = tmp_path / "laptop.db"
    copy(capsys, team, back)
    check_ok(capsys, back)
    assert len(accounts(capsys, back)) >= len(listed)


def counted_from_the_index(url: str) -> bool:
    """Whether the server counts a range of names folded to lower case (a row's place in the
    list sorted by name) from the index alone, without reading the rows."""
    from accountmgr.store.postgres import to_postgres

    count = to_postgres(
        "SELECT count(*) FROM org_summary s WHERE s.won_count > 0 AND (s.name COLLATE NOCASE) < ?",
        True,
        ("m",),
    )
    with psycopg.connect(url) as conn:
        conn.execute("SET enable_seqscan = off")
        conn.execute("SET enable_bitmapscan = off")
        plan = "\n".join(r[0] for r in conn.execute("EXPLAIN " + count, ("m",)).fetchall())
    return "Index Only Scan" in plan


def test_a_copy_counts_a_place_in_the_list_from_the_index(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    original = tmp_path / "rep.db"
    make_demo(capsys, original)
    copy(capsys, original, team)
    assert counted_from_the_index(team)


def test_an_older_team_database_gets_the_indexes_that_count_alone(
    team: str, capsys: pytest.CaptureFixture[str]
) -> None:
    make_demo(capsys, team)
    with psycopg.connect(team, autocommit=True) as conn:  # as schema 12 made them
        conn.execute("DROP INDEX org_summary_account_name")
        conn.execute(
            "CREATE INDEX org_summary_account_name ON org_summary "
            "(translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') "
            "NULLS FIRST) WHERE won_count > 0"
        )
        conn.execute("UPDATE accountmgr_meta SET value = '12' WHERE key = 'schema_version'")
        conn.execute("VACUUM ANALYZE org_summary")
    assert not counted_from_the_index(team)
    check_ok(capsys, team)  # opening it migrates it
    version = count(team, "SELECT value FROM accountmgr_meta WHERE key = 'schema_version'")
    assert version == migrations.LATEST_VERSION
    with psycopg.connect(team, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE org_summary")
    assert counted_from_the_index(team)


def test_copy_a_team_database_to_a_file(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    make_demo(capsys, team, seed=3)
    listed = accounts(capsys, team)
    snapshot = tmp_path / "snapshot.db"
    copy(capsys, team, snapshot)
    check_ok(capsys, snapshot)
    assert accounts(capsys, snapshot) == listed
    code, out, err = run(capsys, "--db", str(snapshot), "accounts", "--search", "a")
    code_team, out_team, _ = run(capsys, "--db", team, "accounts", "--search", "a")
    assert (code, out) == (code_team, out_team), err


def test_copy_between_files_takes_the_attached_files_along(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "one").mkdir()
    source, destination = tmp_path / "one" / "a.db", tmp_path / "two" / "b.db"
    make_demo(capsys, source)
    copy(capsys, source, destination)
    check_ok(capsys, destination)
    assert accounts(capsys, destination) == accounts(capsys, source)
    stored = {p.name for p in (tmp_path / "one" / "files").rglob("*") if p.is_file()}
    copied = {p.name for p in (tmp_path / "two" / "files").rglob("*") if p.is_file()}
    assert stored
    assert copied == stored


def test_copy_refuses_a_destination_that_is_not_empty(
    team: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "a.db"
    make_demo(capsys, source, orgs=3)
    other = tmp_path / "b.db"
    other.write_bytes(b"")
    for destination in (other, source):
        code, _out, err = run(capsys, "copy", str(source), str(destination))
        assert code == 1
        one_error_line(err)
    assert other.read_bytes() == b""

    copy(capsys, source, team)
    code, _out, err = run(capsys, "copy", str(source), team)
    assert code == 1
    assert "already holds records (" in one_error_line(err)
    assert PASSWORD not in err
    assert count(team, "SELECT count(*) FROM organization") == 3


def test_a_failed_copy_leaves_nothing(
    team: str,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import peewee as pw

    from accountmgr.store import copying

    source = tmp_path / "a.db"
    make_demo(capsys, source, orgs=5)
    real = copying.copy_table

    def failing(database: pw.Database, table: str, *args: Any) -> int:
        if table == "note":
            raise pw.OperationalError("the disk went away")
        return real(database, table, *args)

    before = files_in(tmp_path)
    with monkeypatch.context() as patched:
        patched.setattr(copying, "copy_table", failing)
        code, _out, err = run(capsys, "copy", str(source), str(tmp_path / "new.db"))
        assert code == 1
        assert "nothing was copied: the disk went away" in err.splitlines()[-1]
        assert files_in(tmp_path) == before

        code, _out, err = run(capsys, "copy", str(source), team)
        assert code == 1
        assert PASSWORD not in err
    assert count(team, "SELECT count(*) FROM organization") == 0
    assert count(team, "SELECT count(*) FROM currency") == 7  # its own, as it was
    copy(capsys, source, team)  # and it still takes a copy
    check_ok(capsys, team)


@pytest.mark.linux_only
def test_a_team_database_s_log_folder_is_made_on_a_new_computer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The log of a team database lives in the platform's log folder, which a new computer
    does not have yet (the window could not write its log)."""
    from accountmgr.app import log_path_of
    from accountmgr.store.postgres import server_address

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    log = log_path_of(server_address("postgresql://crm@server.office.lan:5432/accountmgr"))
    assert log.is_relative_to(tmp_path / "state")
    assert log.parent.is_dir()
