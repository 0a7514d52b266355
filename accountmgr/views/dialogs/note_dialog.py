"""Writing or editing a note: its text, pinned or not, and whom or which deal it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain.account_detail import NoteItem
from accountmgr.qtmodels.formatting import fill


class NoteDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        account: str,
        *,
        people: list[tuple[int, str]],
        deals: list[tuple[int, str]],
        note: NoteItem | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Edit note about %1") if note else self.tr("New note about %1")
        self.setWindowTitle(fill(title, account))
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("What happened, what was agreed, what to remember"))
        self.text.setTabChangesFocus(True)
        self.pinned = QCheckBox(self.tr("&Pin to the top of the account"))
        self.person = QComboBox()
        self.deal = QComboBox()
        for combo, choices in ((self.person, people), (self.deal, deals)):
            combo.addItem(self.tr("None"), None)
            for row_id, name in choices:
                combo.addItem(name, row_id)
        form = QFormLayout()
        form.addRow(self.tr("&About:"), self.person)
        form.addRow(self.tr("&Deal:"), self.deal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.pinned)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.text.textChanged.connect(lambda: ok.setEnabled(bool(self.text.toPlainText().strip())))
        save = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self)
        save.activated.connect(self._save_if_ready)
        if note is not None:
            self.text.setPlainText(note.content)
            self.pinned.setChecked(note.pinned)
            links: tuple[tuple[QComboBox, int | None, str | None], ...] = (
                (self.person, note.person_id, note.person_name),
                (self.deal, note.deal_id, note.deal_title),
            )
            for combo, linked, shown in links:
                if linked is not None and combo.findData(linked) < 0:
                    combo.addItem(shown or "", linked)
                combo.setCurrentIndex(max(0, combo.findData(linked)))
                combo.setEnabled(False)  # what a note is about is chosen when it is written
        ok.setEnabled(bool(self.text.toPlainText().strip()))
        self.resize(460, 320)
        self.text.setFocus()

    def _save_if_ready(self) -> None:
        if self.text.toPlainText().strip():
            self.accept()

    def values(self) -> dict[str, object]:
        return {
            "content": self.text.toPlainText(),
            "pinned": self.pinned.isChecked(),
            "person_id": self.person.currentData(),
            "deal_id": self.deal.currentData(),
        }
