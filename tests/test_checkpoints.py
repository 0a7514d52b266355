"""The window's commits leave the write-ahead log to a worker thread's checkpoint, so no write
stalls while SQLite copies the log into the database file."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from accountmgr.domain import organizations, watch
from accountmgr.domain.writes import release_thread_connection
from accountmgr.store.models import db
from tests.conftest import won_account

pytestmark = pytest.mark.sqlite_only  # an SQLite file's write-ahead log


def _in_worker(job: object) -> object:
    """Run `job` on another thread (its own connection, as the window's worker does)."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(job())  # type: ignore[operator]
        finally:
            release_thread_connection()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result[0]


def test_commits_leave_the_log_to_the_worker_s_checkpoint(store: Path) -> None:
    orgs = [won_account(f"Lynx Clinics {n}") for n in range(20)]
    watch.defer_checkpoints()
    for n in range(600):  # past the 1,000 pages at which a commit would copy the log itself
        organizations.update_organization(orgs[n % 20], label=f"Label {n}", address="x" * 900)
    version = watch.data_version()
    in_log, copied = _in_worker(watch.checkpoint)  # type: ignore[misc]
    assert in_log > 1_000  # no commit copied the log meanwhile
    assert copied == in_log  # the worker copied all of it
    assert watch.data_version() == version  # nothing committed: no view reads everything again
    assert organizations.labels()[-1] == "Label 599"


def test_the_window_checkpoints_on_a_worker_thread(
    store: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    """The window's connection stops checkpointing inside its commits, and a worker thread
    checkpoints every few seconds instead."""
    from accountmgr import app

    threads: list[threading.Thread] = []

    def spy() -> tuple[int, int]:
        threads.append(threading.current_thread())
        return 0, 0

    monkeypatch.setattr(app, "CHECKPOINT_MS", 20)
    monkeypatch.setattr(watch, "checkpoint", spy)
    timer = app._checkpoints_in_background(app_loop, qapp)

    async def checkpointed() -> None:
        while not threads:  # the first checkpoint, 20 ms after the start
            await asyncio.sleep(0.01)

    app_loop.run_until_complete(asyncio.wait_for(checkpointed(), 5))
    timer.stop()
    assert threads
    assert threading.main_thread() not in threads
    assert db.execute_sql("PRAGMA wal_autocheckpoint").fetchone()[0] == 0
