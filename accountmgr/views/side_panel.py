"""The side panel beside the List and Kanban tabs.

Start-up shows only a line of text here; the panel itself (`AccountPanel`, with its forms, models
and editors) is built when the first account is selected, so opening the window does not pay for
it. Everything else is passed on to the `AccountPanel`, and the record dialogs are asked for only
then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from accountmgr.qtmodels.formatting import format_count
from accountmgr.qtmodels.hub import ChangeHub

if TYPE_CHECKING:
    from accountmgr.views.account_panel import AccountPanel
    from accountmgr.views.record_dialogs import RecordDialogs


class SidePanel(QWidget):
    message = Signal(str)  # a line for the status bar

    def __init__(
        self,
        hub: ChangeHub,
        stack: QUndoStack,
        dialogs: Callable[[], RecordDialogs],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = stack
        self._dialogs = dialogs
        self._content: AccountPanel | None = None
        self._section = 0
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._waiting = QLabel()
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._waiting.setWordWrap(True)
        self._waiting.setEnabled(False)
        layout.addWidget(self._waiting)
        self._explain(0)

    @property
    def built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> AccountPanel:
        """The panel itself, built the first time it is needed."""
        if self._content is None:
            from accountmgr.views.account_panel import AccountPanel

            content = AccountPanel(self._hub, self._stack, self._dialogs(), self)
            content.message.connect(self.message)
            content.ui.sections.setCurrentIndex(self._section)
            self._waiting.hide()
            self._layout.addWidget(content)
            content.show()  # at once, not on the next turn of the event loop
            self._content = content
        return self._content

    def _explain(self, selected: int) -> None:
        self._waiting.setText(
            self.tr("%1 accounts selected").replace("%1", format_count(selected))
            if selected
            else self.tr("Select an account to see everything about it here.")
        )

    def show_accounts(self, org_ids: list[int], *, keep: bool = False) -> None:
        if self._content is None and len(org_ids) != 1:
            self._explain(len(org_ids))
            return
        self.content.show_accounts(org_ids, keep=keep)

    @property
    def org_id(self) -> int | None:
        return None if self._content is None else self._content.org_id

    def still_exists(self) -> bool:
        return self._content is not None and self._content.still_exists()

    @property
    def section(self) -> int:
        """The section (tab) on screen: Overview, Activities, Notes, Files, Deals, People."""
        return self._section if self._content is None else self._content.ui.sections.currentIndex()

    @section.setter
    def section(self, index: int) -> None:
        self._section = index
        if self._content is not None:
            self._content.ui.sections.setCurrentIndex(index)

    def __getattr__(self, name: str) -> Any:
        """`ui`, `edits`, the models: those of the panel itself (built on first use)."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.content, name)
