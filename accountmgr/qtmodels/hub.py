"""The change hub: every domain write's `Change` is announced here, and each view refreshes
only what it shows of the organizations and kinds it names."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from accountmgr.domain.changes import Change


class ChangeHub(QObject):
    changed = Signal(object)  # a domain.changes.Change

    def publish(self, change: Change) -> None:
        self.changed.emit(change)
