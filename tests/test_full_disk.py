"""A full disk, an empty SQLite file and a log that cannot be written: clear messages, no
tracebacks, and the data left exactly as it was."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import logging.handlers
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from accountmgr import app, cli

pytestmark = pytest.mark.sqlite_only  # an SQLite file's disk

FULL = "is full"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "accountmgr", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB file system of its own (tmpfs; needs root, as CI has)."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(folder)],
        check=False,
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small file system here (needs root)")
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Take all the free space of the disk but `leave` bytes."""
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    filler = folder / "filler"
    with filler.open("wb") as out:
        out.write(b"\0" * max(0, free - leave))
        out.flush()
        for _ in range(64):  # whatever rounding left
            if leave or os.statvfs(folder).f_bavail == 0:
                break
            try:
                out.write(b"\0" * 4096)
                out.flush()
            except OSError:
                break
    return filler


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.linux_only
@pytest.mark.slow
def test_a_full_disk_is_called_full_not_damaged_and_nothing_changes(
    small_disk: Path, tmp_path: Path
) -> None:
    database = small_disk / "accountmgr.db"
    assert _cli("--db", str(database), "demo", "--orgs", "20").returncode == 0
    rows = "Name,Address\n" + "".join(
        f"Org number {i},Street {i} with a long address to take space\n" for i in range(20_000)
    )
    csv = tmp_path / "organizations.csv"
    csv.write_text(rows, encoding="utf-8")
    before = _cli("--db", str(database), "accounts", "--json").stdout

    filler = _fill(small_disk, leave=400 * 1024)
    imported = _cli("--db", str(database), "import", "--kind", "organizations", str(csv))
    assert imported.returncode == 1
    assert "is full" in imported.stderr
    assert "nothing was" in imported.stderr
    assert "Traceback" not in imported.stderr
    assert "rollback" not in imported.stderr

    filler.unlink()
    filler = _fill(small_disk, leave=0)
    for command in ("accounts", "check"):
        done = _cli("--db", str(database), command)
        assert done.returncode == 1
        assert FULL in done.stderr, done.stderr
        assert "damaged" not in done.stderr
        assert "Traceback" not in done.stderr

    filler.unlink()
    assert _cli("--db", str(database), "check").returncode == 0
    assert _cli("--db", str(database), "accounts", "--json").stdout == before


@pytest.mark.parametrize("command", ["accounts", "check"])
def test_reading_commands_never_make_an_empty_sqlite_file_a_database(
    tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("VACUUM").connection.close()  # a valid file, no tables
    before = _digest(empty)

    assert cli.main(["--db", str(empty), command]) == 1

    assert "is an empty SQLite file, not an accountmgr database" in capsys.readouterr().err
    assert _digest(empty) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


@pytest.mark.linux_only
def test_a_log_that_cannot_be_written_says_so_once_without_a_traceback(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    log_path = tmp_path / "accountmgr.log"
    log_path.symlink_to("/dev/full")  # every write: "No space left on device"
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        app._start_logging(log_path)
        for number in range(3):
            logging.getLogger("accountmgr").warning("message %d", number)
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                with contextlib.suppress(OSError):  # as logging.shutdown() does at exit
                    handler.close()
        app._logging_to.discard(log_path)
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert "--- Logging error ---" not in err
    assert err.count("cannot write the log") == 1
    assert "No space left on device" in err


def test_a_log_another_process_keeps_open_grows_instead_of_losing_lines(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Windows a file another process has open cannot be renamed: a second window on the
    same database keeps the log open, so rolling it over fails. Every line is still written."""
    log_path = tmp_path / "accountmgr.log"
    log_path.write_text("x" * 1_000_001, encoding="utf-8")  # due for a rollover
    renamed: list[str] = []

    def refuse(source: str, dest: str) -> None:
        renamed.append(dest)
        raise PermissionError(13, "The process cannot access the file", source)

    monkeypatch.setattr(logging.handlers.os, "rename", refuse)  # type: ignore[attr-defined]
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        app._start_logging(log_path)
        for number in range(5):
            logging.getLogger("accountmgr").warning("line %d", number)
    finally:
        for handler in root.handlers:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        app._logging_to.discard(log_path)
    text = log_path.read_text(encoding="utf-8")
    assert [f"line {n}" in text for n in range(5)] == [True] * 5
    assert len(renamed) == 1  # tried once, not at every line
    err = capfd.readouterr().err
    assert "Logging error" not in err
    assert "cannot write the log" not in err
