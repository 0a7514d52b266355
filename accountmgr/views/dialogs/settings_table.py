"""What the settings dialogs that edit a table of definitions share (custom fields, activity
types): the selection by id, small sub-dialogs, and changes written through the domain, announced
on the change hub and made steps of the window's Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QAbstractButton, QDialog, QTableView, QWidget

from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.undo import DomainCommand, show_error

Removed = TypeVar("Removed")


class SettingsTableDialog(QDialog):
    """Subclasses call `_watch(table, model)` once their form is set up; `model` has
    `reload()`, `row_of(id) -> int` (-1 when absent) and `id_at(row) -> int | None`."""

    WATCHED = Kind.SETTINGS  # the kind of change that shows in the table

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = stack  # each change is a step of the window's Edit ▸ Undo
        self._table: QTableView | None = None
        self._model: Any = None

    def _watch(self, table: QTableView, model: Any) -> None:
        self._table, self._model = table, model
        self._hub.changed.connect(self._on_changed)

    def _action(self, text: str, shortcut: QKeySequence) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    # -- what is selected -----------------------------------------------------------------

    def _selected_row(self) -> int:
        assert self._table is not None
        rows = self._table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _select_id(self, row_id: int | None) -> None:
        """Select the row of this id (the first row when it is not shown)."""
        assert self._table is not None
        model = self._model
        row = model.row_of(row_id) if row_id is not None else -1
        if row < 0 and model.rowCount() > 0:
            row = 0
        selection = self._table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = model.index(row, 0)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._table.scrollTo(index)

    # -- changes --------------------------------------------------------------------------

    def exec_sub_dialog(self, dialog: QDialog) -> bool:
        """Run a small editing dialog modally; True when it saved (tests replace this)."""
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    def _apply(
        self,
        operation: Callable[[], Change],
        row_id: int,
        text: str,
        back: Callable[[], Change],
    ) -> bool:
        try:
            change = operation()
        except DomainError as error:
            show_error(self, error)
            return False
        self._done(change, row_id, text, operation, back)
        return True

    def _done(
        self,
        change: Change,
        row_id: int,
        text: str,
        again: Callable[[], Change],
        back: Callable[[], Change],
    ) -> None:
        """Show the table as it is now, the changed row selected, announce the change, and
        make it undoable."""
        self._model.reload()
        self._select_id(row_id)
        self._hub.publish(change)
        if self._stack is not None:
            self._stack.push(DomainCommand(self._stack, self._hub, text, again, back))

    def _added(
        self,
        change: Change,
        row_id: int,
        text: str,
        remove_new: Callable[[int], tuple[Removed, Change]],
        restore: Callable[[Removed], Change],
    ) -> None:
        """`_done` for a row just added: undo removes it (keeping what `restore` needs to bring
        it back on redo)."""
        removed: list[Removed] = []

        def back() -> Change:
            gone, undone = remove_new(row_id)
            removed[:] = [gone]
            return undone

        self._done(change, row_id, text, lambda: restore(removed[0]), back)

    # -- order (Alt+Up / Alt+Down) -------------------------------------------------------

    def _move_row(self, row_id: int, row: int) -> Change:
        """Put the definition of this id at this row (the domain's move)."""
        raise NotImplementedError

    def _move_text(self) -> str:
        """The name of a move as a step of Edit ▸ Undo."""
        raise NotImplementedError

    def _add_moves(self, up: QAbstractButton, down: QAbstractButton) -> None:
        """Move up / Move down: these buttons, and Alt+Up / Alt+Down in the dialog."""
        self._move_buttons = (up, down)
        alt = Qt.KeyboardModifier.AltModifier
        self.move_up_action = self._action(self.tr("Move up"), QKeySequence(alt | Qt.Key.Key_Up))
        self.move_down_action = self._action(
            self.tr("Move down"), QKeySequence(alt | Qt.Key.Key_Down)
        )
        for button, action, slot in (
            (up, self.move_up_action, self.move_up),
            (down, self.move_down_action, self.move_down),
        ):
            action.triggered.connect(slot)
            button.clicked.connect(slot)

    def _enable_moves(self, row: int) -> None:
        """Moves that the selected row (-1: none) allows."""
        up, down = self._move_buttons
        can_go_up = row > 0
        can_go_down = 0 <= row < self._model.rowCount() - 1
        for widget in (up, self.move_up_action):
            widget.setEnabled(can_go_up)
        for widget in (down, self.move_down_action):
            widget.setEnabled(can_go_down)

    def _move(self, step: int) -> None:
        was = self._selected_row()
        row_id = self._model.id_at(was) if was >= 0 else None
        row = was + step
        if row_id is not None and 0 <= row < self._model.rowCount():
            self._apply(
                lambda: self._move_row(row_id, row),
                row_id,
                self._move_text(),
                lambda: self._move_row(row_id, was),
            )

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(1)

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        """Undo and redo (from the window's Edit menu) show here too."""
        if self.WATCHED in change.kinds or Kind.ALL in change.kinds:
            row = self._selected_row()
            selected = self._model.id_at(row) if row >= 0 else None
            self._model.reload()
            self._select_id(selected)
