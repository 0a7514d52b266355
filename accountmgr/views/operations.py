"""Work that takes seconds runs on a worker thread, with a progress dialog and Cancel, while
the window stays responsive: the result, a cancellation or a domain error's message comes back
on the main thread. The one way the application runs long work (exports, campaigns, backups,
demo data, imports)."""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from accountmgr.domain.errors import Cancelled, DomainError
from accountmgr.domain.writes import release_thread_connection
from accountmgr.views import undo

if TYPE_CHECKING:
    import threading
    from asyncio import Future

T = TypeVar("T")

PROGRESS_EVERY = 0.05  # seconds between two progress updates sent to the main thread

_running: set[Future[Any]] = set()  # kept until done

__all__ = ["Cancelled", "Operation", "pending", "run_in_background"]


class Operation:
    """Background work under way: await it (it ends once the result, the cancellation or the
    failure has been handled on the main thread), or cancel it."""

    def __init__(self, future: Future[None], cancel: threading.Event) -> None:
        self.future = future
        self._cancel = cancel

    def cancel(self) -> None:
        """As the progress dialog's Cancel: the work stops at its next progress step and its
        transaction rolls back."""
        self._cancel.set()

    def done(self) -> bool:
        return self.future.done()

    def __await__(self) -> Generator[Any, None, None]:
        return self.future.__await__()


def _show_progress(
    shown: weakref.ref[QProgressDialog],
    count: int,
    of: int,
    text: Callable[[int, int], str] | None,
) -> None:
    """A progress step; work that learns its total as it goes (an export) sets it here."""
    dialog = shown()
    if dialog is None:  # the work has ended meanwhile
        return
    if of > 0 and dialog.maximum() != max(of, count):
        dialog.setMaximum(max(of, count))
    if text is not None:
        dialog.setLabelText(text(count, of))
    dialog.setValue(min(count, dialog.maximum()) if dialog.maximum() else count)


def _progress_dialog(
    parent: QWidget | None, label: str, total: int, cancellable: bool, title: str
) -> QProgressDialog:
    cancel_text = QCoreApplication.translate("Operations", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, total, parent)
    if title:
        dialog.setWindowTitle(title)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)  # a total learnt late may be reached before the work ends
    dialog.setValue(0)  # Qt 6 shows the dialog after the minimum duration only once started
    return dialog


def run_in_background(
    parent: QWidget | None,
    label: str,
    total: int,
    work: Callable[[Callable[[int, int], None]], T],
    done: Callable[[T], None],
    *,
    cancellable: bool = True,
    title: str = "",
    progress_text: Callable[[int, int], str] | None = None,
    cancelled: Callable[[], None] | None = None,
    failed: Callable[[DomainError | OSError], None] | None = None,
    finished: Callable[[], None] | None = None,
) -> Operation:
    """Run `work(progress)` in a worker thread with a progress dialog (a busy indicator while
    `total` is 0, `progress_text(count, of)` as its label when given).

    With `cancellable`, Cancel makes the next `progress` call raise Cancelled, which the work's
    transaction rolls back; `cancelled()` then runs. `done(result)` runs on the main thread.
    A domain error goes to `failed(error)`, by default a message box; with `failed`, a file that
    cannot be read or written (OSError) goes there too. `finished()` runs last, whatever
    happened."""
    import asyncio  # imported on first use: start-up does not wait for it
    import threading

    loop = asyncio.get_event_loop()
    dialog = _progress_dialog(parent, label, total, cancellable, title)
    cancel = threading.Event()
    dialog.canceled.connect(cancel.set)
    # The worker holds the dialog weakly: a Qt object whose last reference a worker thread
    # dropped would be destroyed on that thread (and its timers with it).
    shown = weakref.ref(dialog)
    last = [0.0]

    def progress(count: int, of: int) -> None:  # on the worker thread
        if cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - last[0] >= PROGRESS_EVERY or count >= of > 0:
            last[0] = now
            loop.call_soon_threadsafe(_show_progress, shown, count, of, progress_text)

    def job() -> T:
        try:
            return work(progress)
        finally:
            release_thread_connection()

    handled: tuple[type[BaseException], ...] = (
        (DomainError, OSError) if failed is not None else (DomainError,)
    )

    async def run() -> None:
        try:
            result = await loop.run_in_executor(None, job)
        except Cancelled:
            if cancelled is not None:
                cancelled()
            return
        except handled as error:
            if failed is not None:
                failed(error)  # type: ignore[arg-type]
            else:
                undo.show_error(parent, error)  # type: ignore[arg-type]
            return
        finally:
            dialog.reset()
            dialog.deleteLater()
            if finished is not None:
                finished()
        done(result)

    task = asyncio.ensure_future(run())
    _running.add(task)
    task.add_done_callback(_running.discard)
    return Operation(task, cancel)


def pending() -> list[Future[Any]]:
    """The background work not finished yet."""
    return list(_running)
