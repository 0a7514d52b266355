"""The change hub: every domain write's `Change` is announced here, and each view refreshes
only what it shows of the organizations and kinds it names."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from accountmgr.domain import watch
from accountmgr.domain.changes import EVERYTHING, Change


class ChangeHub(QObject):
    """Announces every change to every view. While the views follow one, `publishing` names
    it: a view can tell that what happens to it now (a selected row leaving the list) comes
    from a change, whichever order the views were connected in."""

    changed = Signal(object)  # a domain.changes.Change

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._publishing: list[Change] = []  # a view may publish while following a change

    @property
    def publishing(self) -> Change | None:
        """The change the views are following now; None between changes."""
        return self._publishing[-1] if self._publishing else None

    def publish(self, change: Change) -> None:
        self._publishing.append(change)
        try:
            self.changed.emit(change)
        finally:
            self._publishing.pop()


class ExternalChanges(QObject):
    """Publishes on the hub what another process (a second window, a command-line import, a
    teammate) committed to the database, so every view refreshes as after its own writes,
    the selection kept on its account.

    On an SQLite file, polls data_version every `interval_ms` (a few microseconds each), and at
    once when the application becomes active again; what changed is not known: everything is
    read again. On a team database, what the others announce (see TeamChanges)."""

    reachable_changed = Signal(bool)  # a team database's server lost, or reached again

    def __init__(self, hub: ChangeHub, parent: QObject | None = None, interval_ms: int = 400):
        super().__init__(parent)
        self._hub = hub
        self._version: int | None = None  # read by start()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self.team = TeamChanges(hub, self)
        self.team.reachable_changed.connect(self.reachable_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def start(self) -> None:
        if self.team.start():
            return
        self._version = watch.data_version()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.team.stop()

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and self._timer.isActive():
            self.check()

    @Slot()
    def check(self) -> bool:
        """Publish if another connection committed since the last look; True if it did."""
        version = watch.data_version()
        if version is None or version == self._version:
            return False
        self._version = version
        self._hub.publish(EVERYTHING)
        return True


class TeamChanges(QObject):
    """On a team database: publishes what the other members commit, within MERGE_MS of its
    announcement (announcements heard meanwhile are published as one change), and follows
    whether the server can be reached.

    When it cannot (a statement failed for that, or the listener's connection dropped),
    `reachable_changed(False)` is said once and nothing is read from the server; every
    RETRY_MS, once the listener hears the server again, this thread's connection is made
    again: then `reachable_changed(True)`, and everything is read again once."""

    MERGE_MS = 30
    RETRY_MS = 3_000

    reachable_changed = Signal(bool)
    _heard = Signal(object)  # from the listener's thread
    _reach = Signal(bool)  # from the listener's thread, or a failed statement's

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self._listener: watch.Listening | None = None
        self._reachable = True
        self._pending: Change | None = None
        self._heard.connect(self._on_heard, Qt.ConnectionType.QueuedConnection)
        self._reach.connect(self._on_reach, Qt.ConnectionType.QueuedConnection)
        self._merge = QTimer(self)
        self._merge.setSingleShot(True)
        self._merge.setInterval(self.MERGE_MS)
        self._merge.timeout.connect(self._publish)
        self._retry = QTimer(self)
        self._retry.setInterval(self.RETRY_MS)
        self._retry.timeout.connect(self.retry)

    @property
    def reachable(self) -> bool:
        return self._reachable

    @property
    def listening(self) -> bool:
        """Whether announcements are heard now."""
        return self._listener is not None and self._listener.listening

    def start(self) -> bool:
        """Listen, on a team database; False on an SQLite file."""
        if self._listener is None:
            self._listener = watch.listen(self._heard.emit, self._reach.emit)
            if self._listener is None:
                return False
            self._listener.start()
        return True

    def stop(self) -> None:
        self._merge.stop()
        self._retry.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None

    @Slot(object)
    def _on_heard(self, change: Change) -> None:
        if not self._reachable or self._listener is None:
            return  # everything is read again once the server is back
        self._pending = change if self._pending is None else self._pending | change
        if not self._merge.isActive():
            self._merge.start()

    @Slot()
    def _publish(self) -> None:
        change, self._pending = self._pending, None
        if change is None or not self._reachable:
            return
        if watch.connection_lost():  # the listener is back, this thread's connection is not
            self._on_reach(False)
            return
        self._hub.publish(change)

    @Slot(bool)
    def _on_reach(self, reachable: bool) -> None:
        if self._listener is None:
            return
        if reachable:
            if not self._reachable:
                self.retry()
            return
        if self._reachable:
            self._reachable = False
            self._pending = None
            self._merge.stop()
            self._retry.start()
            self.reachable_changed.emit(False)

    @Slot()
    def retry(self) -> bool:
        """Try to reach the server again (when the listener hears it); whether it is back."""
        if self._reachable:
            return True
        if not self.listening or not watch.reconnect():
            return False
        self._reachable = True
        self._retry.stop()
        self.reachable_changed.emit(True)
        self._hub.publish(EVERYTHING)
        return True
