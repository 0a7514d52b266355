"""Work that takes seconds runs on a worker thread, with a progress dialog and Cancel, while
the window stays responsive: the result, a cancellation or a domain error's message comes back
on the main thread. The one way the application runs long work (exports, campaigns, backups,
demo data, imports); `BackgroundRead` is its way for a read a view waits for without a dialog
(a chart's numbers)."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
import weakref
from collections.abc import Callable, Generator
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from accountmgr.domain.errors import Cancelled, DomainError
from accountmgr.domain.writes import release_thread_connection
from accountmgr.views import undo

if TYPE_CHECKING:
    from asyncio import Future

T = TypeVar("T")

PROGRESS_EVERY = 0.05  # seconds between two progress updates sent to the main thread

_running: set[Future[Any]] = set()  # kept until done

__all__ = ["BackgroundRead", "Cancelled", "Operation", "pending", "run_in_background"]

log = logging.getLogger(__name__)


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


class BackgroundRead(QObject):
    """A read that takes seconds, on a worker thread and without a dialog: the view shows what
    it has meanwhile. One at a time: asked again while it reads (the data changed), it reads
    once more when back, and tells only that last result. A failure (a lost server, a damaged
    file) is logged and told as `failed`."""

    done = Signal(object)  # what `work` returned
    failed = Signal()
    _back = Signal(bool, object)  # from the worker: whether it worked, and its result

    def __init__(self, work: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._running = False
        self._again = False
        self._back.connect(self._arrived)

    def busy(self) -> bool:
        return self._running or self._again

    def ask(self) -> None:
        if self._running:
            self._again = True
        else:
            self._start()

    def _start(self) -> None:
        self._running = True

        def job() -> None:
            try:
                result, worked = self._work(), True
            except Exception:
                log.exception("a background read failed")
                result, worked = None, False
            finally:
                release_thread_connection()
            with contextlib.suppress(RuntimeError):  # its window closed meanwhile
                self._back.emit(worked, result)

        threading.Thread(target=job, name="background-read", daemon=True).start()

    @Slot(bool, object)
    def _arrived(self, worked: bool, result: object) -> None:
        self._running = False
        if self._again:
            self._again = False
            self._start()
        elif worked:
            self.done.emit(result)
        else:
            self.failed.emit()
