"""What the settings dialogs that edit a table of definitions share (custom fields, activity
types): the table and its buttons, the selection by id, the order (Move up / Move down), the small
dialogs that edit one definition, and changes written through the domain, announced on the change
hub and made steps of the window's Edit ▸ Undo."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.formatting import alarm_style, error_text
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.table_model import RecordTableModel
from accountmgr.views.undo import DomainCommand, show_error

Removed = TypeVar("Removed")


def exec_modal(dialog: QDialog) -> bool:
    """Run a small editing dialog modally, then let it go; True when it saved."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def select_row(table: QTableView, row: int) -> None:
    """Select this whole row of the table and show it (-1: select nothing)."""
    selection = table.selectionModel()
    if row < 0:
        selection.clearSelection()
        return
    index = table.model().index(row, 0)
    selection.setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


class DefinitionDialog(QDialog):
    """The small dialog behind Add…, Edit… and the like: a form of rows, then an error line and
    OK / Cancel. OK saves through `save`: a domain error keeps the dialog open with its message,
    and after a save `change` says what was written. Subclasses add their rows to `form`, then
    call `_add_buttons()`."""

    def __init__(
        self, parent: QWidget | None, title: str, save: Callable[[Any], Change], width: int
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(width)
        self._save = save
        self.change: Change | None = None
        self._layout = QVBoxLayout(self)
        self.form = QFormLayout()
        self._layout.addLayout(self.form)

    def _row(self, text: str, widget: QWidget) -> QLabel:
        """A row of the form: a label (its mnemonic goes to `widget`) and the widget."""
        label = QLabel(text, self)
        label.setBuddy(widget)
        self.form.addRow(label, widget)
        return label

    def _add_buttons(self) -> None:
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(alarm_style())
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self._layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)

    def can_save(self) -> bool:
        """Whether OK is enabled (the form holds what a save needs)."""
        return True

    @Slot()
    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.can_save())

    def accept(self) -> None:  # QDialog.accept
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        try:
            self.change = self._save(self)
        except DomainError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        super().accept()


class SettingsTableDialog(QDialog):
    """Subclasses call `_set_up(...)` once their form is set up, with a model on the table model
    base that has `reload()`; they say whether a row is retired (`_is_retired`) and what the
    Retire / Restore button's tooltip says (`_retire_tips`)."""

    WATCHED = Kind.SETTINGS  # the kind of change that shows in the table

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = stack  # each change is a step of the window's Edit ▸ Undo
        self._table: QTableView | None = None
        self._model: Any = None
        self._edit: Callable[[], None] = lambda: None
        self._edit_widgets: tuple[QAbstractButton | QAction, ...] = ()
        self._retire_button: QAbstractButton | None = None

    def _set_up(
        self,
        table: QTableView,
        model: RecordTableModel[Any],
        *,
        first_width: int,
        stretch: int,
        edit: tuple[QAbstractButton, str, Callable[[], None]],
        retire: tuple[QAbstractButton, Callable[[], None]],
        add: tuple[QAbstractButton, Callable[[], None]],
        moves: tuple[QAbstractButton, QAbstractButton, Callable[[int, int], Change], str],
    ) -> None:
        """Show `model` in `table`: the first column `first_width` wide, column `stretch` taking
        the room left, the others fitting their contents. `edit` is the button, the action's text
        (F2, and a double click) and what it does; `retire` and `add` a button and what it does;
        `moves` the Move up / Move down buttons, the domain's move and its name in Edit ▸ Undo."""
        self._table, self._model = table, model
        table.setModel(model)
        header = table.horizontalHeader()
        header.resizeSection(0, first_width)
        for column in range(1, model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if column == stretch else None
            header.setSectionResizeMode(column, mode or QHeaderView.ResizeMode.ResizeToContents)

        edit_button, edit_text, self._edit = edit
        self.edit_action = self._action(edit_text, QKeySequence(Qt.Key.Key_F2))
        self._add_moves(*moves)
        self.edit_action.triggered.connect(self._edit)
        self._edit_widgets = (edit_button, self.edit_action)
        add[0].clicked.connect(add[1])
        edit_button.clicked.connect(self._edit)
        self._retire_button = retire[0]
        retire[0].clicked.connect(retire[1])
        table.doubleClicked.connect(self._on_double_clicked)
        model.modelReset.connect(self._update_buttons)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
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
        select_row(self._table, row)

    def _is_retired(self, item: Any) -> bool:
        raise NotImplementedError

    def _retire_tips(self) -> tuple[str, str]:
        """The tooltips of Retire and of Restore."""
        raise NotImplementedError

    @Slot()
    def _update_buttons(self) -> None:
        """What the selected row allows."""
        assert self._retire_button is not None
        item = self._model.item(self._selected_row())
        row = self._selected_row() if item is not None else -1
        for widget in (*self._edit_widgets, self._retire_button):
            widget.setEnabled(item is not None)
        self._enable_moves(row)
        retire_tip, restore_tip = self._retire_tips()
        if item is not None and self._is_retired(item):
            self._retire_button.setText(self.tr("Re&store"))
            self._retire_button.setToolTip(restore_tip)
        else:
            self._retire_button.setText(self.tr("Re&tire"))
            self._retire_button.setToolTip(retire_tip)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self._edit()

    # -- changes --------------------------------------------------------------------------

    def exec_sub_dialog(self, dialog: QDialog) -> bool:
        """Run a small editing dialog modally; True when it saved (tests replace this)."""
        return exec_modal(dialog)

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

    def _add_moves(
        self,
        up: QAbstractButton,
        down: QAbstractButton,
        move: Callable[[int, int], Change],
        text: str,
    ) -> None:
        """Move up / Move down: these buttons, and Alt+Up / Alt+Down in the dialog; `move` puts
        the definition of an id at a row (the domain's move), `text` names a move in Edit ▸ Undo."""
        self._move_buttons = (up, down)
        self._move_row, self._move_text = move, text
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
                self._move_text,
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
