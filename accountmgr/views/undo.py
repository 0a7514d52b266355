"""Undoable edits: each runs a domain operation, publishes its Change, and knows its inverse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from accountmgr.domain.changes import EVERYTHING, Change
from accountmgr.domain.errors import ChangedMeanwhileError, DomainError
from accountmgr.domain.transaction import NotWrittenError
from accountmgr.qtmodels.formatting import error_text, fill
from accountmgr.qtmodels.hub import ChangeHub

Operation = Callable[[], Change]


def show_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Undo", "Not saved"), error_text(error))


class DomainCommand(QUndoCommand):
    """An edit already done once (by `run`); redo does it again, undo runs its inverse.

    When the database cannot be written at that moment (another process is writing, the disk
    is full), nothing changed, so the stack must not move: the command steps straight back over
    itself, without running anything, once the stack has moved its index."""

    def __init__(
        self, stack: QUndoStack, hub: ChangeHub, text: str, do: Operation, undo: Operation
    ) -> None:
        super().__init__(text)
        self._stack = stack
        self._hub = hub
        self._do = do
        self._undo = undo
        self._skip_next = True  # QUndoStack.push calls redo; the edit is already made

    def redo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        self._apply(self._do, undoing=False)

    def undo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        self._apply(self._undo, undoing=True)

    def _apply(self, operation: Operation, *, undoing: bool) -> None:
        try:
            self._hub.publish(operation())
        except NotWrittenError as error:
            self._skip_next = True
            step_back = self._stack.redo if undoing else self._stack.undo
            self._stack.indexChanged.connect(step_back, Qt.ConnectionType.SingleShotConnection)
            show_error(None, error)
        except DomainError as error:  # e.g. the record was changed elsewhere meanwhile
            # The stack cannot step over a step that did not happen: this one leaves it.
            self.setObsolete(True)
            show_error(None, error)
            if isinstance(error, ChangedMeanwhileError):
                self._hub.publish(EVERYTHING)


class _StackAction(QAction):
    """Edit ▸ Undo or Redo, its text following the stack's (a method, so that the connection
    ends with the action)."""

    def __init__(self, label: str, parent: QObject) -> None:
        super().__init__(parent)
        self._label = label

    def show_text(self, text: str) -> None:
        self.setText(fill(self._label, text).strip())


def stack_action(
    stack: QUndoStack, parent: QObject, *, redo: bool, stepped: Callable[[str], None]
) -> QAction:
    """Edit ▸ Undo (or Redo) over `stack`, its text and state kept in step with it;
    `stepped(text)` runs after a step that happened, not after one the database refused."""
    label = (
        QCoreApplication.translate("Undo", "&Redo %1")
        if redo
        else QCoreApplication.translate("Undo", "&Undo %1")
    )
    action = _StackAction(label, parent)

    def trigger() -> None:
        text = stack.redoText() if redo else stack.undoText()
        before = (stack.index(), stack.count())
        if redo:
            stack.redo()
        else:
            stack.undo()
        if stack.count() == before[1] and stack.index() != before[0]:
            stepped(text)

    # As QUndoStack's own actions: from the signals' values, never asking the stack (it
    # announces its last state while it is being destroyed).
    (stack.canRedoChanged if redo else stack.canUndoChanged).connect(action.setEnabled)
    (stack.redoTextChanged if redo else stack.undoTextChanged).connect(action.show_text)
    action.setEnabled(stack.canRedo() if redo else stack.canUndo())
    action.show_text(stack.redoText() if redo else stack.undoText())
    action.triggered.connect(trigger)
    return action


def run(
    stack: QUndoStack,
    hub: ChangeHub,
    parent: QWidget | None,
    text: str,
    do: Operation,
    undo: Operation,
    redo: Operation | None = None,
) -> bool:
    """Do an edit now; on success publish it and make it undoable, else show why not.

    `redo` repeats the edit after an undo when doing it again from scratch would differ (it
    would pick other records, say); by default `do` runs again.
    """
    try:
        change = do()
    except DomainError as error:
        show_error(parent, error)
        if isinstance(error, ChangedMeanwhileError):
            hub.publish(EVERYTHING)  # what the person saw is old: show the latest
        return False
    hub.publish(change)
    if change.org_ids:  # nothing touched (nothing to move, nothing open): no empty undo step
        stack.push(DomainCommand(stack, hub, text, redo or do, undo))
    return True
