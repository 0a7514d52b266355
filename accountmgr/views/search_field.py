"""The search field in the window's toolbar: the list follows what is typed a moment after the
last key (at once on Enter); Esc clears it, Down goes to the results."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

SEARCH_DELAY_MS = 250


class SearchField(QLineEdit):
    searched = Signal(str)  # the text to search for, stripped
    down_pressed = Signal()  # go to the results

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search names, people, emails, phones"))
        self.setAccessibleName(self.tr("Search accounts"))
        self.setClearButtonEnabled(True)
        self.setMaximumWidth(360)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textChanged.connect(self._timer.start)
        self.returnPressed.connect(self.search_now)

    def search_now(self) -> None:
        self._timer.stop()
        self.searched.emit(self.text().strip())

    def select_for_typing(self) -> None:
        """Edit ▸ Find: the cursor here, the text selected to be typed over."""
        self.setFocus()
        self.selectAll()

    def clear_quietly(self) -> None:
        """Empty, without searching (the caller sets the filter itself)."""
        self.show_quietly("")

    def show_quietly(self, text: str) -> None:
        """Show `text`, without searching (the caller sets the filter itself)."""
        self._timer.stop()
        self.blockSignals(True)
        self.setText(text)
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            self.search_now()
        elif event.key() == Qt.Key.Key_Down:
            self.search_now()
            self.down_pressed.emit()
        else:
            super().keyPressEvent(event)
