"""Choosing an existing person to link to an account, searching by name as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import account_detail, records
from accountmgr.qtmodels.formatting import fill

_ID = Qt.ItemDataRole.UserRole + 1


class LinkPersonDialog(QDialog):
    def __init__(self, parent: QWidget | None, org_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Link a person to %1"), records.organization(org_id).name))
        self._org_id = org_id
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._first)
        self.results.itemDoubleClicked.connect(lambda _: self.accept())
        self.results.currentRowChanged.connect(self._update_ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._find()
        self.resize(380, 360)

    def _find(self) -> None:
        self.results.clear()
        for person_id, name, org in account_detail.people_to_link(
            self._org_id, self.search.text().strip()
        ):
            text = fill(self.tr("%1 (now at %2)"), name, org) if org else name
            item = QListWidgetItem(text)
            item.setData(_ID, person_id)
            self.results.addItem(item)
        self._update_ok()

    def _first(self) -> None:
        self._timer.stop()
        self._find()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)

    def person_id(self) -> int | None:
        item = self.results.currentItem()
        return None if item is None else int(item.data(_ID))
