"""The side panel beside the List and Kanban tabs.

Start-up shows only a line of text here; the panel itself (`AccountPanel`, with its forms, models
and editors) is built when the first account is selected, so opening the window does not pay for
it. The window asks for what it needs through the methods here (`schedule`, `offer_followup`,
`focus_name`, `reload`), which build the panel when they need it; the record dialogs are asked
for only then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from accountmgr.qtmodels.formatting import fill, format_count
from accountmgr.qtmodels.hub import ChangeHub

if TYPE_CHECKING:
    from accountmgr.views.account_panel import AccountPanel
    from accountmgr.views.record_dialogs import RecordDialogs


class SidePanel(QWidget):
    message = Signal(str)  # a line for the status bar
    reveal_requested = Signal()  # clear the search and filters that hide the selected accounts
    content_built = Signal(QWidget)  # the panel itself, built: its first widget, for the tab order

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
        self._scroller: QScrollArea | None = None
        self._section = 0
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._waiting = QLabel()
        self._waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._waiting.setWordWrap(True)
        self._waiting.setEnabled(False)
        layout.addWidget(self._build_notice())
        layout.addWidget(self._waiting)
        self._explain(0)

    def _build_notice(self) -> QWidget:
        """Said plainly when the selected account is not in the list: which one, and a button
        that clears what hides it."""
        self.notice = QFrame()
        self.notice.setObjectName("hiddenNotice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setAutoFillBackground(True)
        self.notice.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.reveal_requested)
        box = QVBoxLayout(self.notice)
        box.addWidget(self.notice_label)
        box.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.notice.hide()
        return self.notice

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
            content.section = self._section
            self._waiting.hide()
            # In a scroll area: on a small screen (or at a large scale) the panel scrolls
            # instead of making the window taller than the screen.
            scroller = QScrollArea()
            scroller.setFrameShape(QFrame.Shape.NoFrame)
            scroller.setWidgetResizable(True)
            scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroller.setWidget(content)
            scroller.setMinimumWidth(
                content.minimumSizeHint().width() + scroller.verticalScrollBar().sizeHint().width()
            )
            self._scroller = scroller
            self._layout.addWidget(scroller)
            scroller.show()  # at once, not on the next turn of the event loop
            self._content = content
            self.content_built.emit(content.name_field)
        return self._content

    def _explain(self, selected: int) -> None:
        self._waiting.show()
        self._waiting.setText(
            fill(self.tr("%1 accounts selected"), format_count(selected))
            if selected
            else self.tr("Select an account to see everything about it here.")
        )

    def show_accounts(self, org_ids: list[int]) -> None:
        """Show the one selected account; several or none show a short explanation."""
        self.notice.hide()
        if self._content is None and len(org_ids) != 1:
            self._explain(len(org_ids))
            return
        self.content.show_accounts(org_ids)
        if self._scroller is not None:
            self._scroller.show()

    def show_hidden(self, names: list[str], *, keep: bool = False) -> None:
        """The selected accounts (`names`) are hidden by the search or the filters. With `keep`
        (an edit in the panel took its account out of the list) the account stays here under
        the notice; otherwise the panel shows only the notice, never another account."""
        if len(names) == 1:
            text = fill(
                self.tr("%1 is no longer in the list: the current search or filters hide it.")
                if keep
                else self.tr("%1 is hidden by the current search or filters."),
                names[0],
            )
            button = self.tr("Clear filters and show it")
        else:
            how_many = len(names)
            text = self.tr(
                "%n selected accounts are hidden by the current search or filters.", "", how_many
            )
            button = self.tr("Clear filters and show them")
        self.notice_label.setText(text)
        self.reveal_button.setText(button)
        self.notice.show()
        if keep and self._content is not None:
            return
        if self._content is not None:
            self._content.show_accounts([])
            if self._scroller is not None:
                self._scroller.hide()
        self._waiting.hide()

    @property
    def org_id(self) -> int | None:
        return None if self._content is None else self._content.org_id

    def still_exists(self) -> bool:
        return self._content is not None and self._content.still_exists()

    @property
    def section(self) -> int:
        """The section (tab) on screen: Overview, Activities, Notes, Files, Deals, People."""
        return self._section if self._content is None else self._content.section

    @section.setter
    def section(self, index: int) -> None:
        self._section = index
        if self._content is not None:
            self._content.section = index

    def reload(self) -> None:
        """Read the account shown again (a new day moved "today" and "overdue")."""
        if self._content is not None:
            self._content.reload()

    def schedule(self, org_id: int) -> None:
        """The schedule dialog for one account."""
        self.content.schedule(org_id)

    def offer_followup(self, org_id: int, activity_id: int) -> None:
        """After `activity_id`, the last open activity of the account, was done: offer the
        next one."""
        self.content.offer_followup(org_id, activity_id)

    def focus_name(self) -> None:
        """An account was opened: the cursor goes to its name."""
        self.content.name_field.setFocus()

    def __getattr__(self, name: str) -> Any:
        """`ui`, `edits`, the models: those of the panel itself (built on first use), for tests
        and screenshots; the window uses the methods above."""
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.content, name)
