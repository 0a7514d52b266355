"""Undoable edits: each runs a domain operation, publishes its Change, and knows its inverse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from accountmgr.domain.changes import Change
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.hub import ChangeHub

Operation = Callable[[], Change]


def error_text(error: DomainError) -> str:
    """The person-facing, translated message of a domain error."""
    template = QCoreApplication.translate("DomainError", error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return str(error)


def show_error(parent: QWidget | None, error: DomainError) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Undo", "Not saved"), error_text(error))


class DomainCommand(QUndoCommand):
    """An edit already done once (by `run`); redo does it again, undo runs its inverse."""

    def __init__(self, hub: ChangeHub, text: str, do: Operation, undo: Operation) -> None:
        super().__init__(text)
        self._hub = hub
        self._do = do
        self._undo = undo
        self._done_once = True

    def redo(self) -> None:
        if self._done_once:
            self._done_once = False  # QUndoStack.push calls redo; the edit is already made
            return
        self._apply(self._do)

    def undo(self) -> None:
        self._apply(self._undo)

    def _apply(self, operation: Operation) -> None:
        try:
            self._hub.publish(operation())
        except DomainError as error:  # e.g. the record was changed elsewhere meanwhile
            # The stack cannot step over a step that did not happen: this one leaves it.
            self.setObsolete(True)
            show_error(None, error)


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
        return False
    hub.publish(change)
    if change.org_ids:  # nothing touched (nothing to move, nothing open): no empty undo step
        stack.push(DomainCommand(hub, text, redo or do, undo))
    return True
