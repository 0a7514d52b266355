"""Backups at the window's start: interrupted copies removed, the daily backup, and the offer of
the newest good backup when the database is damaged and cannot be opened.

The window itself starts in its own process (its start changes the application), in a smoke run;
the offer's question is answered there by a function given to `run_gui` instead of a dialog.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from accountmgr import app
from accountmgr.domain import clock
from accountmgr.qtmodels.panel_models import short_datetime
from accountmgr.store import backups
from accountmgr.store.database import close_database
from accountmgr.store.errors import DatabaseDamagedError

from .conftest import TODAY
from .test_cli import accounts_json, make_demo, run

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

pytestmark = pytest.mark.sqlite_only  # backups are copies of an SQLite file

Damaged = tuple[Path, list[dict[str, Any]]]  # the database, and the accounts of its backup

QUESTION = re.compile(
    r"accountmgr\.db is damaged and cannot be opened\. Restore the newest good backup, taken on "
    r"(.+) with (\d+) accounts\? The damaged file is kept beside it "
    r"as (accountmgr\.db\.damaged-\d{4}-\d{2}-\d{2}-\d{6})\."
)
START_ANSWERING = """
import sys
from pathlib import Path

from accountmgr import pyside_start

pyside_start.load()
from accountmgr import app

def ask(question):
    print("asked:", question, flush=True)
    return sys.argv[2] == "restore"

sys.exit(app.run_gui(Path(sys.argv[1]), smoke=True, ask=ask))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    """The window's settings in the test's own folder, offscreen."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def _start(tmp_path: Path, db: Path, answer: str | None) -> subprocess.CompletedProcess[str]:
    """A smoke run of the window over `db`; with `answer` ("restore" or "quit"), the offer of a
    backup is answered so."""
    command = (
        [sys.executable, "-c", START_ANSWERING, str(db), answer]
        if answer is not None
        else [sys.executable, "-m", "accountmgr", "--db", str(db), "--smoke"]
    )
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=_env(tmp_path),
    )


def _damage_first_page(path: Path) -> None:
    """Overwrite the first page's tree (the header stays whole): the file cannot be opened."""
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\x5a" * (4096 - 100)
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged_with_backup(db_path: Path, capsys: pytest.CaptureFixture[str]) -> Damaged:
    """A database with a good backup of 40 demo organizations, then more data, then damaged so
    that it cannot be opened; also the accounts the backup holds."""
    make_demo(capsys, db_path, orgs=40)
    code, _out, err = run(capsys, "--db", str(db_path), "backup")
    assert code == 0, err
    rows = accounts_json(capsys, db_path)
    code, _out, err = run(
        capsys, "--db", str(db_path), "demo", "--orgs", "10", "--seed", "2", "--force"
    )
    assert code == 0, err
    assert accounts_json(capsys, db_path) != rows
    _damage_first_page(db_path)
    return db_path, rows


def _state(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "config" not in p.parts
    }


# --- the offer of a backup -------------------------------------------------------------------


def test_accepting_the_offer_opens_the_window_on_the_restored_backup(
    damaged_with_backup: Damaged,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, rows = damaged_with_backup
    damaged = db.read_bytes()
    backup = backups.newest_good(db)
    assert backup is not None

    result = _start(tmp_path, db, "restore")

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "smoke test passed" in result.stdout
    asked = [line for line in result.stdout.splitlines() if line.startswith("asked: ")]
    assert len(asked) == 1
    match = QUESTION.fullmatch(asked[0].removeprefix("asked: "))
    assert match, asked
    assert match[1] == short_datetime(backup.taken_at)  # as the locale writes it
    assert int(match[2]) == len(rows)
    aside = db.with_name(match[3])
    assert aside.read_bytes() == damaged
    assert accounts_json(capsys, db) == rows
    log = (tmp_path / "accountmgr.log").read_text()
    assert f"restored {backup.path}" in log
    assert "started on" in log


def test_declining_the_offer_or_a_smoke_run_leaves_the_damaged_file_and_exits_1(
    damaged_with_backup: Damaged, tmp_path: Path
) -> None:
    db, _rows = damaged_with_backup
    before = _state(tmp_path)

    smoke = _start(tmp_path, db, None)  # nobody to ask: the error, as before
    declined = _start(tmp_path, db, "quit")

    assert smoke.returncode == 1
    assert "asked:" not in smoke.stdout
    assert declined.returncode == 1
    assert declined.stdout.startswith("asked: ")
    for result in (smoke, declined):
        assert result.stderr.startswith(f"accountmgr: error: {db} is damaged and cannot be read")
        assert "Traceback" not in result.stderr
    assert _state(tmp_path) == before


def test_the_offer_restores_the_newest_good_backup_in_process(
    damaged_with_backup: Damaged, capsys: pytest.CaptureFixture[str], english_plurals: None
) -> None:
    db, rows = damaged_with_backup
    folder = db.parent / "backups"
    newer = folder / "accountmgr-2099-01-01-120000-daily.db"
    newer.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # named newer, but no backup
    questions: list[str] = []
    try:
        restored = app.open_or_restore(db, lambda question: questions.append(question) or True)
        assert restored is not None
        backup, aside = restored
        assert backup.reason == "manual"
        assert aside is not None
        assert aside.exists()
        assert len(questions) == 1
        match = QUESTION.fullmatch(questions[0])
        assert match, questions
        assert match[3] == aside.name
    finally:
        close_database()
    assert accounts_json(capsys, db) == rows


def test_without_a_good_backup_nobody_is_asked(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_demo(capsys, db_path, orgs=40)
    _damage_first_page(db_path)
    damaged = db_path.read_bytes()

    def ask(question: str) -> bool:
        raise AssertionError(f"asked: {question}")

    with pytest.raises(DatabaseDamagedError, match="is damaged and cannot be read"):
        app.open_or_restore(db_path, ask)
    assert db_path.read_bytes() == damaged
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["accountmgr.db", "files"]


# --- interrupted copies and the daily backup ---------------------------------------------------


def test_the_start_removes_interrupted_copies_and_takes_the_daily_backup(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_demo(capsys, db_path, orgs=5)
    folder = db_path.parent / "backups"
    folder.mkdir()
    leftover = folder / "accountmgr-2026-11-23-093000-daily.db.part"
    leftover.write_bytes(b"half a copy")

    result = _start(tmp_path, db_path, None)

    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert not leftover.exists()
    [daily] = list(folder.iterdir())
    assert daily.name.startswith(f"accountmgr-{dt.date.today().isoformat()}-")
    assert daily.name.endswith("-daily.db")
    assert "daily backup taken" in (tmp_path / "accountmgr.log").read_text()

    again = _start(tmp_path, db_path, None)  # the same day: no second one
    assert again.returncode == 0, again.stderr
    assert list(folder.iterdir()) == [daily]


def _dailies(db: Path) -> list[dt.date]:
    return [info.taken_at.date() for info in backups.list_backups(db) if info.reason == "daily"]


def test_the_daily_backup_is_taken_once_a_day_and_kept_as_the_settings_say(
    store: Path, settings: QSettings
) -> None:
    shown: list[str] = []

    first = app.daily_backup(settings, shown.append)
    assert first is not None
    assert (first.reason, first.taken_at.date(), first.ok) == ("daily", TODAY, True)
    assert app.daily_backup(settings, shown.append) is None
    assert _dailies(store) == [TODAY]

    settings.setValue("backups/keep_daily", 2)
    settings.setValue("backups/keep_weekly", 0)
    for days in range(1, 4):
        clock.pin_today(TODAY + dt.timedelta(days=days))
        assert app.daily_backup(settings, shown.append) is not None
    assert _dailies(store) == [TODAY + dt.timedelta(days=3), TODAY + dt.timedelta(days=2)]

    settings.setValue("backups/keep_daily", "none")  # not a number: the default, 7
    settings.setValue("backups/keep_weekly", -1)
    for days in range(4, 12):
        clock.pin_today(TODAY + dt.timedelta(days=days))
        app.daily_backup(settings, shown.append)
    kept = [TODAY + dt.timedelta(days=days) for days in range(11, 4, -1)]
    assert _dailies(store) == kept  # the 7 newest days (each week's newest is among them)
    assert shown == []


def test_a_daily_backup_that_fails_is_logged_and_shown_and_the_start_goes_on(
    store: Path, settings: QSettings, caplog: pytest.LogCaptureFixture
) -> None:
    (store.parent / "backups").write_text("a file where the folder should be")
    shown: list[str] = []

    with caplog.at_level(logging.WARNING, logger="accountmgr"):
        assert app.daily_backup(settings, shown.append) is None

    assert "the daily backup could not be taken: Cannot create the folder" in caplog.text
    assert len(shown) == 1
    assert shown[0].startswith("The daily backup could not be taken: Cannot create the folder")
