"""Start the GUI: Qt on the asyncio loop (qasync), settings, logging, the main window."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")  # qasync must pick PySide6, imported first below

import contextlib
import datetime as dt
import logging
import sqlite3
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEventLoop, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from accountmgr import __version__, desktop
from accountmgr import smoke as smoke_run
from accountmgr.domain import accounts
from accountmgr.domain.errors import DomainError
from accountmgr.domain.transaction import ServerUnreachableError, reason
from accountmgr.qtmodels.formatting import error_text, fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.resources import resource_path
from accountmgr.startup import resume_collector
from accountmgr.store.database import close_database, open_database
from accountmgr.store.errors import DatabaseDamagedError, StoreError
from accountmgr.store.postgres import ServerAddress
from accountmgr.views import language
from accountmgr.views.main_window import MainWindow
from accountmgr.views.translations import default_locale, install_translations

if TYPE_CHECKING:
    import asyncio

    from accountmgr.domain.reminders import ReminderService
    from accountmgr.store.backup_files import BackupInfo
    from accountmgr.views.reminder_tray import ReminderTray

log = logging.getLogger("accountmgr")


def log_path_of(target: Path | ServerAddress) -> Path:
    """The log is `accountmgr.log` beside the database file; for a team database, in the
    platform's log folder (made when missing)."""
    if isinstance(target, ServerAddress):
        from accountmgr.store.folders import log_dir

        folder = log_dir()
        with contextlib.suppress(OSError):  # else said when the log is first written
            folder.mkdir(parents=True, exist_ok=True)
        return folder / "accountmgr.log"
    return target.parent / "accountmgr.log"


_logging_to: set[Path] = set()


def _log_file(log_path: Path) -> logging.Handler:
    """The rotated log file. When it cannot be written (a full disk), that is said once on
    stderr, without the traceback logging prints by default."""
    from logging.handlers import RotatingFileHandler  # once the window has painted

    class LogFile(RotatingFileHandler):
        """When the log cannot be renamed to roll it over (on Windows, while another window on
        the same database has it open), it grows instead, for the rest of this process."""

        warned = False
        rolls = True

        def shouldRollover(self, record: logging.LogRecord) -> int:
            return self.rolls and super().shouldRollover(record)

        def doRollover(self) -> None:
            try:
                super().doRollover()
            except OSError:
                self.rolls = False
                if self.stream is None:
                    self.stream = self._open()

        def handleError(self, record: logging.LogRecord) -> None:
            if self.warned:
                return
            self.warned = True
            error = sys.exc_info()[1]
            reason = getattr(error, "strerror", None) or error
            print(
                f"accountmgr: warning: cannot write the log {self.baseFilename}: {reason}",
                file=sys.stderr,
            )

    return LogFile(log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")


def _start_logging(log_path: Path) -> None:
    """Log to `log_path` (rotated), once per process; warnings also go to stderr. Done once the
    window has painted, or sooner by an uncaught exception. A log that cannot be written is
    reported, not fatal: the database beside it opened."""
    if log_path in _logging_to:
        return
    try:
        handler = _log_file(log_path)
    except OSError as exc:
        print(f"accountmgr: warning: no log file: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _logging_to.add(log_path)


def install_excepthook(log_path: Path) -> None:
    """See `_make_hook`; also used for exceptions escaping asyncio tasks on the qasync loop."""
    sys.excepthook = _make_hook(log_path)


def _make_hook(
    log_path: Path,
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Uncaught exceptions are logged and shown in a dialog instead of killing the app silently."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        _start_logging(log_path)
        if reason(exc) is ServerUnreachableError:
            # A read while a team database's server is out of reach: the window's banner
            # says so, and the last data stays on screen.
            log.warning("the team database cannot be reached: %s", exc)
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
        traceback.print_exception(exc_type, exc, tb)
        if showing or QApplication.instance() is None:
            return
        showing = True
        from PySide6.QtWidgets import QMessageBox  # loaded when first needed

        try:
            QMessageBox.critical(
                None,
                QApplication.translate("App", "Unexpected error"),
                fill(
                    QApplication.translate(
                        "App",
                        "Something went wrong: %1\n\nYour data is safe: the last change was not "
                        "saved. Details are in %2.",
                    ),
                    str(exc) or exc_type.__name__,
                    str(log_path),
                ),
            )
        finally:
            showing = False

    return hook


def _asyncio_handler(loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
    exc = context.get("exception")
    if isinstance(exc, BaseException):
        sys.excepthook(type(exc), exc, exc.__traceback__)
    else:
        log.error("asyncio: %s", context.get("message"))


def connect_reminders(
    window: MainWindow, hub: ChangeHub, settings: QSettings
) -> tuple[ReminderTray, ReminderService]:
    """Reminders for the user the app runs as: a tray icon (or the status bar where there is
    no tray), woken by every change, opening the account a notification is about."""
    from accountmgr.views.reminder_tray import ReminderTray, create_service

    tray = ReminderTray(window)
    service = create_service(tray, settings, window.current_user())
    hub.changed.connect(lambda _change: service.wake())
    window.user_changed.connect(service.set_user)
    tray.open_requested.connect(window.open_account)
    tray.shown.connect(
        lambda title, text: window.statusBar().showMessage(f"{title} — {text}", 15_000)
    )
    window.add_reminders_menu(tray.menu)
    return tray, service


def _offer_demo(window: MainWindow, hub: ChangeHub) -> None:
    """An empty database: offer demo data, then ask who is using the application (the demo
    data brings its sales reps to choose from)."""
    from accountmgr.views.demo_offer import offer_demo

    box = offer_demo(window, hub)

    def after() -> None:
        import asyncio

        task = box.property("demo_task")
        if isinstance(task, asyncio.Future):
            task.add_done_callback(lambda _task: window.ask_who())
        else:
            window.ask_who()

    box.finished.connect(after)


def _first_questions(window: MainWindow, hub: ChangeHub) -> None:
    """An empty database offers demo data; then, once, who is using the application."""
    if accounts.is_empty():
        _offer_demo(window, hub)
    else:
        window.ask_who()


def _tidy_file_store() -> None:
    """Remove copies of files removed in an earlier session (kept then for undo); done once
    the window is up, as nothing on screen waits for it."""
    from accountmgr.domain import files

    try:
        pruned = files.prune_unreferenced()
        if pruned:
            log.info("removed %d stored files no attachment refers to", pruned)
    except OSError as exc:
        log.warning("could not tidy the file store: %s", exc)


KEEP_DAILY_KEY = "backups/keep_daily"
KEEP_WEEKLY_KEY = "backups/keep_weekly"


def _kept(settings: QSettings, key: str, default: int, minimum: int) -> int:
    """A retention count from the settings: a whole number not below `minimum`, else
    `default` (with a warning in the log)."""
    value = settings.value(key)
    if value is None:
        return default
    try:
        number = int(str(value).strip())
    except ValueError:
        number = minimum - 1
    if number < minimum:
        log.warning("setting %s=%r is not a number from %d; using %d", key, value, minimum, default)
        return default
    return number


def daily_backup(
    settings: QSettings, show: Callable[[str], None] | None = None
) -> BackupInfo | None:
    """The first start of a day backs the database up (see `daily_if_due`) and prunes old
    backups, keeping as many as the settings `backups/keep_daily` (at least 1; default 7) and
    `backups/keep_weekly` (default 4) say. Done once the window is up. A backup that cannot be
    taken is logged and, with `show`, said there; it never stops the start."""
    return _take_daily(*_retention(settings), show)


def _retention(settings: QSettings) -> tuple[int, int]:
    from accountmgr.domain import backups

    return (
        _kept(settings, KEEP_DAILY_KEY, backups.KEEP_DAILY, minimum=1),
        _kept(settings, KEEP_WEEKLY_KEY, backups.KEEP_WEEKLY, minimum=0),
    )


def _take_daily(
    keep_daily: int, keep_weekly: int, show: Callable[[str], None] | None
) -> BackupInfo | None:
    from accountmgr.domain import backups, clock

    try:
        taken = backups.daily_if_due(clock.today(), keep_daily=keep_daily, keep_weekly=keep_weekly)
    except (DomainError, StoreError, OSError, sqlite3.Error) as exc:
        log.warning("the daily backup could not be taken: %s", exc)
        if show is not None:
            show(
                fill(
                    QApplication.translate("App", "The daily backup could not be taken: %1"),
                    error_text(exc),
                )
            )
        return None
    if taken is not None:
        log.info("daily backup taken: %s (%s accounts)", taken.path, taken.accounts)
    return taken


def _daily_backup_in_background(
    loop: asyncio.AbstractEventLoop, settings: QSettings, show: Callable[[str], None]
) -> None:
    """`daily_backup` on a worker thread: it copies and checks the whole database (about 7 s
    at 100,000 organizations), which the window must not wait for. Its message, if any, is
    shown from the main thread."""
    from accountmgr.domain.writes import release_thread_connection

    retention = _retention(settings)  # QSettings stays on the main thread

    def say(text: str) -> None:
        loop.call_soon_threadsafe(show, text)

    def job() -> None:
        try:
            _take_daily(*retention, say)
        finally:
            release_thread_connection()

    loop.run_in_executor(None, job)


CHECKPOINT_MS = 2_000


def _background_work(
    loop: asyncio.AbstractEventLoop, app: QApplication, window: MainWindow, settings: QSettings
) -> None:
    """What runs beside the window once it is up: the day's backup, tidying the file store,
    and the write-ahead log's checkpoints (an SQLite file's; a server does all three itself)."""
    from accountmgr.store import engine

    if engine.is_team():
        return
    QTimer.singleShot(
        0,
        lambda: _daily_backup_in_background(
            loop, settings, lambda text: window.statusBar().showMessage(text, 15_000)
        ),
    )
    QTimer.singleShot(0, _tidy_file_store)
    checkpoints = _checkpoints_in_background(loop, window)
    app.aboutToQuit.connect(checkpoints.stop)


def _checkpoints_in_background(loop: asyncio.AbstractEventLoop, parent: QObject) -> QTimer:
    """The window's commits no longer copy the write-ahead log into the database file (see
    watch.defer_checkpoints): a worker thread does, every CHECKPOINT_MS, one at a time. The
    last connection to close copies the rest."""
    from accountmgr.domain import watch
    from accountmgr.domain.writes import release_thread_connection

    watch.defer_checkpoints()
    running: list[object] = []

    def job() -> None:
        import peewee as pw

        try:
            watch.checkpoint()
        except (sqlite3.Error, pw.PeeweeException) as exc:
            log.warning("the write-ahead log could not be copied yet: %s", exc)
        finally:
            release_thread_connection()

    def start() -> None:
        if running:
            return
        future = loop.run_in_executor(None, job)
        running.append(future)
        future.add_done_callback(lambda _f: running.clear())

    timer = QTimer(parent)
    timer.setInterval(CHECKPOINT_MS)
    timer.timeout.connect(start)
    timer.start()
    return timer


def _clean_partial(db_path: Path) -> None:
    """Remove what an interrupted backup or restore left behind, before the database opens."""
    from accountmgr.domain.backups import clean_interrupted

    warning = clean_interrupted(db_path)
    if warning is not None:
        print(f"accountmgr: warning: {warning}", file=sys.stderr)


def restore_question(db_path: Path, backup: BackupInfo, aside: str) -> str:
    """The offer made when the database at `db_path` is damaged and cannot be opened."""
    from accountmgr.qtmodels.panel_models import short_datetime

    how_many = backup.accounts or 0
    return fill(
        QApplication.translate(
            "App",
            "%1 is damaged and cannot be opened. Restore the newest good backup, taken on %2 "
            "with %Ln account(s)? The damaged file is kept beside it as %3.",
            None,
            how_many,
        ),
        db_path.name,
        short_datetime(backup.taken_at),
        aside,
    )


def _ask_restore(question: str) -> bool:
    """Ask `question` in a message box: Restore (True) or Quit."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(
        QMessageBox.Icon.Warning, QApplication.translate("App", "Damaged database"), question
    )
    restore = box.addButton(
        QApplication.translate("App", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def open_or_restore(
    db_path: Path, ask: Callable[[str], bool] | None
) -> tuple[BackupInfo, Path | None] | None:
    """Open the database at `db_path` as `open_database` does, after removing what an
    interrupted copy left behind.

    When it is damaged and cannot be opened and `ask` is given, the newest backup that passes
    every check is offered in its place: `ask(question)` answering True sets the damaged file
    aside (`accountmgr.db.damaged-…`), puts the backup there and opens it; returns (that backup,
    where the damaged file is). Without such a backup, or declined, the DatabaseDamagedError is
    raised, and the file was not touched. Returns None when the database opened as it was.
    """
    from accountmgr.store import backups

    _clean_partial(db_path)
    try:
        open_database(db_path)  # refuses a file it must not touch before writing anything
        return None
    except DatabaseDamagedError:
        if ask is None:
            raise
        good = backups.newest_good(db_path)
        if good is None:
            raise
        moment = dt.datetime.now().replace(microsecond=0)
        aside_name = f"{db_path.name}.damaged-{moment:%Y-%m-%d-%H%M%S}"
        if not ask(restore_question(db_path, good, aside_name)):
            raise
    aside = backups.restore_file(good.path, db_path, now=moment)
    open_database(db_path)
    return good, aside


class _CannotOpen(Exception):
    """The database could not be opened; that was said."""


def _open_for_window(
    target: Path | ServerAddress, *, smoke: bool, ask: Callable[[str], bool] | None
) -> tuple[BackupInfo, Path | None] | None:
    """`open_or_restore` for the window: the offer is asked with `ask`, by default a message
    box, and never in a smoke run unless `ask` is given. A database that cannot be opened is
    said on stderr and, unless in a smoke run or after the offer was declined, in a message
    box; then _CannotOpen is raised."""
    answers: list[bool] = []

    def asking(question: str) -> bool:
        answers.append((ask or _ask_restore)(question))
        return answers[-1]

    try:
        if isinstance(target, ServerAddress):
            from accountmgr.store.server import open_server

            open_server(target)
            return None
        return open_or_restore(target, asking if ask is not None or not smoke else None)
    except (StoreError, OSError) as exc:
        message = (
            error_text(exc) if isinstance(exc, StoreError) else f"{exc.strerror}: {exc.filename}"
        )
        print(f"accountmgr: error: {message}", file=sys.stderr)
        if not smoke and answers != [False]:  # declining the offer said enough
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(
                None, QApplication.translate("App", "Cannot open the database"), message
            )
        raise _CannotOpen from exc


def _tell_restored(window: MainWindow, backup: BackupInfo, aside: Path | None) -> None:
    """Say in the log and the status bar that a backup replaced the damaged database."""
    log.warning("restored %s; the damaged database was set aside as %s", backup.path, aside)
    window.statusBar().showMessage(
        fill(
            QApplication.translate(
                "App", "Restored the backup of %1; the damaged file is kept as %2"
            ),
            backup.taken_at.strftime("%Y-%m-%d %H:%M"),
            str(aside),
        ),
        30_000,
    )


def _choose_default_currency() -> None:
    """A new, empty database starts in the locale's currency (BRL in Brazil, USD in the
    United States...); a busy database keeps the built-in one, the person can still
    change rates in Settings ▸ Currencies…."""
    from accountmgr.domain import default_currency
    from accountmgr.views.translations import locale_currency

    with contextlib.suppress(DomainError):
        default_currency.start_in_currency(locale_currency())


def run_gui(
    db_path: Path | ServerAddress, *, smoke: bool = False, ask: Callable[[str], bool] | None = None
) -> int:
    """Open the main window over the database at `db_path` (a file, or a team database on a
    server); returns the process exit code.

    A database that is damaged and cannot be opened is offered its newest good backup: `ask`
    asks (by default a message box; in a smoke run nobody is asked)."""
    desktop.prepare()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName("accountmgr")
    app.setApplicationName("accountmgr")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "accountmgr.svg"))))
    default_locale()
    settings = QSettings()
    language.apply(settings)  # the language chosen in Settings ▸ Language…, if any
    install_translations(app)

    try:
        restored = _open_for_window(db_path, smoke=smoke, ask=ask)
    except _CannotOpen:
        return 1
    _choose_default_currency()
    log_path = log_path_of(db_path)
    install_excepthook(log_path)
    hub = ChangeHub()
    window = MainWindow(hub, settings, paint_first=True)
    first_paint = smoke_run.FirstPaint(window) if smoke else None
    window.show()
    # Paint the window before loading asyncio and the reminders, which nothing on screen needs
    # yet (where the window system delivers the first paint at once); no input is handled
    # before the loop below runs.
    app.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    resume_collector(freeze=True)  # what start-up made stays for the session
    _start_logging(log_path)
    log.info("accountmgr %s started on %s", __version__, db_path)
    problems = smoke_run.check_platform(db_path, log_path) if smoke else []
    if restored is not None:
        _tell_restored(window, *restored)
    window.finish_start()
    tray, service = connect_reminders(window, hub, settings)

    import asyncio

    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    loop.set_exception_handler(_asyncio_handler)
    closed = asyncio.Event()
    app.aboutToQuit.connect(closed.set)
    tray.start(service)
    app.aboutToQuit.connect(tray.stop)  # before the database closes
    if smoke:
        QTimer.singleShot(smoke_run.SMOKE_MS, app.quit)
    else:
        QTimer.singleShot(0, lambda: _first_questions(window, hub))
    _background_work(loop, app, window, settings)
    with loop:
        loop.run_until_complete(closed.wait())
    close_database()
    return 0 if first_paint is None else smoke_run.report(db_path, problems, first_paint)
