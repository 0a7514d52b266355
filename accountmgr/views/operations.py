"""Work that takes seconds runs on a worker thread, with a progress dialog, while the window
stays responsive: the result (or a domain error's message) comes back on the main thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from accountmgr.domain.errors import DomainError
from accountmgr.domain.writes import release_thread_connection
from accountmgr.views import undo

if TYPE_CHECKING:
    from asyncio import Future

T = TypeVar("T")

_running: set[Future[Any]] = set()  # kept until done


class Cancelled(Exception):
    """Raised by a progress callback when the person pressed Cancel."""


def _show_progress(dialog: QProgressDialog, count: int, of: int) -> None:
    """A progress step; work that learns its total as it goes (an export) sets it here."""
    if of > 0 and dialog.maximum() != of:
        dialog.setMaximum(of)
    dialog.setValue(min(count, of))


def run_in_background(
    parent: QWidget | None,
    label: str,
    total: int,
    work: Callable[[Callable[[int, int], None]], T],
    done: Callable[[T], None],
    *,
    cancellable: bool = True,
) -> Future[None]:
    """Run `work(progress)` in a worker thread with a progress dialog (a busy indicator while
    `total` is 0); with `cancellable`, Cancel makes the next `progress` call raise Cancelled,
    which the work's transaction rolls back. `done(result)` runs on the main thread."""
    import asyncio  # imported on first use: start-up does not wait for it
    import threading

    loop = asyncio.get_event_loop()
    cancel_text = QCoreApplication.translate("Operations", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, total, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)  # Qt 6 shows the dialog after the minimum duration only once started
    cancel = threading.Event()
    dialog.canceled.connect(cancel.set)

    def progress(count: int, of: int) -> None:
        if cancel.is_set():
            raise Cancelled
        loop.call_soon_threadsafe(_show_progress, dialog, count, of)

    def job() -> T:
        try:
            return work(progress)
        finally:
            release_thread_connection()

    async def run() -> None:
        try:
            result = await loop.run_in_executor(None, job)
        except Cancelled:
            return
        except DomainError as error:
            undo.show_error(parent, error)
            return
        finally:
            dialog.reset()
            dialog.deleteLater()
        done(result)

    task = asyncio.ensure_future(run())
    _running.add(task)
    task.add_done_callback(_running.discard)
    return task


def pending() -> list[Future[Any]]:
    """The background work not finished yet."""
    return list(_running)
