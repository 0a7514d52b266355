"""The one runner of long work: a worker thread, progress with Cancel, and the result, the
cancellation or the failure handled on the main thread."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from accountmgr.domain.errors import Cancelled, ValidationError
from accountmgr.views import operations


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """The window the work belongs to (its progress dialog is the window's)."""
    shown = QWidget()
    qtbot.addWidget(shown)
    return shown


@pytest.fixture
def loop(app_loop: asyncio.AbstractEventLoop, store: Path) -> asyncio.AbstractEventLoop:
    """The application's asyncio loop, over an open store (a worker closes its own
    connection when its work ends)."""
    return app_loop


def _run(loop: asyncio.AbstractEventLoop, operation: operations.Operation) -> None:
    loop.run_until_complete(asyncio.wait_for(asyncio.ensure_future(_wait(operation)), 10))


async def _wait(operation: operations.Operation) -> None:
    await operation


def test_the_result_comes_back_on_the_main_thread(
    loop: asyncio.AbstractEventLoop, window: QWidget
) -> None:
    threads: list[threading.Thread] = []
    results: list[int] = []
    ended: list[bool] = []

    def work(progress: Callable[[int, int], None]) -> int:
        threads.append(threading.current_thread())
        progress(1, 2)
        return 42

    def done(result: int) -> None:
        threads.append(threading.current_thread())
        results.append(result)

    operation = operations.run_in_background(
        window, "Working…", 2, work, done, finished=lambda: ended.append(True)
    )
    _run(loop, operation)
    assert results == [42]
    assert ended == [True]
    assert threads[0] is not threading.main_thread()
    assert threads[1] is threading.main_thread()


def test_cancel_stops_the_work_at_its_next_step_and_says_so(
    loop: asyncio.AbstractEventLoop, window: QWidget
) -> None:
    started = threading.Event()
    steps: list[int] = []
    said: list[str] = []

    def work(progress: Callable[[int, int], None]) -> None:
        started.set()
        for step in range(1000):
            progress(step, 1000)
            steps.append(step)
            time.sleep(0.002)
        raise AssertionError("never cancelled")

    operation = operations.run_in_background(
        window,
        "Working…",
        1000,
        work,
        lambda _result: said.append("done"),
        cancelled=lambda: said.append("cancelled"),
    )

    async def cancel_soon() -> None:
        while not started.is_set():
            await asyncio.sleep(0.01)
        operation.cancel()
        await operation

    try:
        loop.run_until_complete(asyncio.wait_for(cancel_soon(), 10))
    finally:
        operation.cancel()  # never leave the worker running past the test
    assert said == ["cancelled"]
    assert len(steps) < 1000


def test_a_domain_error_goes_to_failed_and_nothing_else(
    loop: asyncio.AbstractEventLoop, window: QWidget
) -> None:
    said: list[Any] = []

    def work(_progress: Callable[[int, int], None]) -> None:
        raise ValidationError("The name is required.")

    operation = operations.run_in_background(
        window,
        "Working…",
        0,
        work,
        lambda _result: said.append("done"),
        failed=said.append,
        cancelled=lambda: said.append("cancelled"),
    )
    _run(loop, operation)
    assert [str(error) for error in said] == ["The name is required."]


def test_the_progress_dialog_shows_the_work_s_steps(
    loop: asyncio.AbstractEventLoop, window: QWidget
) -> None:
    parent = window
    go = threading.Event()

    def work(progress: Callable[[int, int], None]) -> None:
        progress(5, 10)
        assert go.wait(10)

    operation = operations.run_in_background(
        parent,
        "Working…",
        10,
        work,
        lambda _result: None,
        progress_text=lambda done, total: f"{done} of {total}",
    )

    def dialog() -> QProgressDialog | None:
        found = parent.findChildren(QProgressDialog)
        return found[0] if found else None

    async def look() -> tuple[str, int]:
        try:
            while (shown := dialog()) is None or shown.value() != 5:
                await asyncio.sleep(0.01)
            return shown.labelText(), shown.maximum()
        finally:
            go.set()
            await operation

    assert loop.run_until_complete(asyncio.wait_for(look(), 10)) == ("5 of 10", 10)
    assert operations.Cancelled is Cancelled  # one Cancelled, the domain's
