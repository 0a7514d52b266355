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
    """Publishes a change of everything on the hub when another process (a second window, a
    command-line import) committed to the database, so every view refreshes as after an
    import, the selection kept on its account.

    Polls SQLite's data_version every `interval_ms` (a few microseconds each), and at once when
    the application becomes active again."""

    def __init__(self, hub: ChangeHub, parent: QObject | None = None, interval_ms: int = 400):
        super().__init__(parent)
        self._hub = hub
        self._version: int | None = None  # read by start()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def start(self) -> None:
        self._version = watch.data_version()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

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
