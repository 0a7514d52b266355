"""The system-tray side of reminders: notifications, snooze, on/off; the service runs on the loop.

Without a system tray (offscreen, some desktops) the last message is kept in `last_message` and
emitted as `shown(title, text)`, for the main window's status bar.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QSettings, QTime, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from accountmgr.domain import clock as day_clock
from accountmgr.domain.reminders import (
    DEFAULT_TIME,
    Clock,
    Due,
    ReminderService,
    Snooze,
    SystemClock,
    snooze_until,
)
from accountmgr.qtmodels.formatting import fill
from accountmgr.resources import resource_path

log = logging.getLogger(__name__)

LAST_SEEN_KEY = "reminders/last_seen"
ENABLED_KEY = "reminders/enabled"
MESSAGE_MS = 15_000
LISTED = 5  # activities listed in one message; the rest are counted


class ReminderTray(QObject):
    open_requested = Signal(int)  # an organization id
    enabled_changed = Signal(bool)
    shown = Signal(str, str)  # title, text: a message shown without a system tray

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_message: tuple[str, str] | None = None
        self._last: list[Due] = []
        self._service: ReminderService | None = None
        self._task: asyncio.Future[None] | None = None
        self._icon = QIcon(str(resource_path("icons", "bell.svg")))

        morning = QLocale().toString(
            QTime(DEFAULT_TIME.hour, DEFAULT_TIME.minute), QLocale.FormatType.ShortFormat
        )
        self.menu = QMenu()  # a tray's menu has no parent widget; kept alive by this attribute
        self.snooze_actions: dict[Snooze, QAction] = {
            Snooze.TEN_MINUTES: self.menu.addAction(self.tr("Snooze 10 minutes")),
            Snooze.ONE_HOUR: self.menu.addAction(self.tr("Snooze 1 hour")),
            Snooze.TOMORROW: self.menu.addAction(
                fill(self.tr("Snooze until tomorrow %1"), morning)
            ),
        }
        for choice, action in self.snooze_actions.items():
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, c=choice: self.snooze(c))
        self.menu.addSeparator()
        self.enabled_action = self.menu.addAction(self.tr("Reminders on"))
        self.enabled_action.setCheckable(True)
        self.enabled_action.setChecked(True)
        self.enabled_action.toggled.connect(self._toggled)

        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self._icon, self)
            self.tray.setContextMenu(self.menu)
            self.tray.messageClicked.connect(self.open_last)
            self._update_tooltip()
            self.tray.show()

    def start(self, service: ReminderService) -> asyncio.Future[None]:
        """Run `service` on the current (qasync) event loop and show its notifications here.

        The service must have been created with `notify=tray.notify, summary=tray.summarize`
        (`create_service` does that)."""
        self._service = service
        self.enabled_action.setChecked(service.enabled)
        self._task = asyncio.ensure_future(service.run())
        self._task.add_done_callback(self._finished)
        return self._task

    def stop(self) -> None:
        """End the service's task (at quit, before the database closes)."""
        if self._service is not None:
            self._service.stop()

    def notify(self, due: list[Due]) -> None:
        """Activities falling due now (the service's `notify`)."""
        self._remember(due)
        if len(due) == 1:
            one = due[0]
            title = (
                fill(self.tr("%1 due: %2"), one.type_name, one.org_name)
                if one.org_name
                else fill(self.tr("%1 due"), one.type_name)
            )
            self._show(title, f"{one.subject}\n{self._when(one.due)}")
        else:
            how_many = len(due)
            self._show(self.tr("%n activities due", "", how_many), self._listing(due))

    def summarize(self, missed: list[Due]) -> None:
        """Activities that fell due while the application was closed (the service's
        `summary`)."""
        self._remember(missed)
        how_many = len(missed)
        title = self.tr("%n activities fell due while accountmgr was closed", "", how_many)
        self._show(title, self._listing(missed))

    def open_last(self) -> None:
        """Open the account of the (first) activity last shown."""
        org_id = next((d.org_id for d in self._last if d.org_id is not None), None)
        if org_id is not None:
            self.open_requested.emit(org_id)

    def snooze(self, choice: Snooze) -> None:
        """Remind of the activities last shown again later."""
        if self._service is None or not self._last:
            return
        until = snooze_until(choice, self._service.now())
        for due in self._last:
            self._service.snooze(due.activity_id, until)
        self._remember([])

    def _toggled(self, on: bool) -> None:
        if self._service is not None and self._service.enabled != on:
            self._service.set_enabled(on)
        self._update_tooltip()
        self.enabled_changed.emit(on)

    def _remember(self, due: list[Due]) -> None:
        self._last = list(due)
        for action in self.snooze_actions.values():
            action.setEnabled(bool(due))

    def _show(self, title: str, text: str) -> None:
        self.last_message = (title, text)
        if self.tray is not None:
            self.tray.showMessage(title, text, self._icon, MESSAGE_MS)
        else:
            self.shown.emit(title, text)

    def _update_tooltip(self) -> None:
        if self.tray is not None:
            on = self.enabled_action.isChecked()
            self.tray.setToolTip(self.tr("Reminders on") if on else self.tr("Reminders off"))

    def _when(self, moment: dt.datetime) -> str:
        """The time of day when it is today, else date and time, as the locale writes them."""
        locale = QLocale()
        time = QTime(moment.hour, moment.minute)
        today = self._service.now().date() if self._service else day_clock.today()
        if moment.date() == today:
            return locale.toString(time, QLocale.FormatType.ShortFormat)
        day = QDate(moment.year, moment.month, moment.day)
        return locale.toString(QDateTime(day, time), QLocale.FormatType.ShortFormat)

    def _listing(self, due: list[Due]) -> str:
        lines = [
            " · ".join(part for part in (self._when(d.due), d.org_name, d.subject) if part)
            for d in due[:LISTED]
        ]
        if len(due) > LISTED:
            how_many = len(due) - LISTED
            lines.append(self.tr("and %n more", "", how_many))
        return "\n".join(lines)

    def _finished(self, task: asyncio.Future[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("reminders stopped", exc_info=task.exception())


def create_service(
    tray: ReminderTray,
    settings: QSettings,
    user_id: int | None,
    clock: Clock | None = None,
) -> ReminderService:
    """A reminder service for `user_id` that shows its messages on `tray` and keeps its state
    (last moment seen, on/off) in `settings`."""

    def load_last_seen() -> dt.datetime | None:
        text = str(settings.value(LAST_SEEN_KEY, "") or "")
        try:
            return dt.datetime.fromisoformat(text) if text else None
        except ValueError:
            return None

    def save_last_seen(moment: dt.datetime) -> None:
        settings.setValue(LAST_SEEN_KEY, moment.isoformat(" ", "seconds"))

    enabled = settings.value(ENABLED_KEY, True, bool)
    tray.enabled_changed.connect(lambda on: settings.setValue(ENABLED_KEY, on))
    return ReminderService(
        clock=clock or SystemClock(),
        notify=tray.notify,
        summary=tray.summarize,
        load_last_seen=load_last_seen,
        save_last_seen=save_last_seen,
        user_id=user_id,
        enabled=bool(enabled),
    )
