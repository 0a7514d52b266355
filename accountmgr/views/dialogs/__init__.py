"""Dialogs that create and edit organizations, people and deals.

This package module holds what the three dialogs share: saving on OK with domain errors shown
inline, the owner list, and the organization field that searches as you type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from accountmgr.domain import organizations, records
from accountmgr.domain.changes import Change
from accountmgr.domain.errors import ChangedMeanwhileError, DomainError
from accountmgr.domain.transaction import transaction
from accountmgr.domain.writes import Created
from accountmgr.qtmodels.formatting import error_text

ORG_SUGGESTIONS = 20
_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RecordDialog(QDialog):
    """A dialog that saves one record through the domain when OK is pressed.

    A DomainError keeps the dialog open with its message shown in red; the domain wrote nothing.
    After a successful save, `change` and `record_id` say what was written and `after` holds the
    keyword arguments the domain was called with; an edit also keeps `before`, the same fields
    as they were, so that undo can call the domain update with them.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.change: Change | None = None
        self.record_id: int | None = None
        self.before: dict[str, Any] | None = None
        # An edit: the record's fields as they are in the database now (in `before`'s shape),
        # and what shows them again; set by the dialogs that edit a record.
        self.current: Callable[[], dict[str, Any]] | None = None
        self.show_again: Callable[[], None] | None = None
        self.after: dict[str, Any] | None = None
        self._error: QLabel | None = None
        self._ok_button: QWidget | None = None

    def _set_up_saving(self, required: QLineEdit, error: QLabel, buttons: QDialogButtonBox) -> None:
        """OK only while `required` holds text; it starts with the focus."""
        self._error = error
        error.hide()
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok_button = ok

        def update(text: str) -> None:
            ok.setEnabled(bool(text.strip()))

        required.textChanged.connect(update)
        update(required.text())
        required.setFocus()

    def _save(self) -> None:
        """Write the record through the domain and set `change` and `record_id`."""
        raise NotImplementedError

    def _create_or_update(
        self,
        record_id: int | None,
        values: dict[str, Any],
        create: Callable[..., Created],
        update: Callable[..., Change],
    ) -> None:
        """`create(**values)` a new record (`record_id` None) or `update(record_id, **values)`."""
        if record_id is None:
            self.record_id, self.change = create(**values)
        else:
            with transaction():  # the check and the write, under one write lock
                self._check_unchanged()
                self.change = update(record_id, **values)
            self.record_id = record_id
        self.after = values

    def _check_unchanged(self) -> None:
        """An edit is written over what the person saw only: when someone else changed the
        record since the dialog showed it, say so, show the latest, and write nothing."""
        if self.before is None or self.current is None:
            return
        if self.current() == self.before:
            return
        name = str(self.before.get("name") or self.before.get("title") or "")
        if self.show_again is not None:
            self.show_again()
        raise ChangedMeanwhileError(
            "Someone else changed {name} while you were editing it, so your changes were not "
            "saved. The dialog now shows the latest; make your changes again if they still "
            "apply.",
            name=name,
        )

    def accept(self) -> None:  # QDialog.accept
        if self._ok_button is not None and not self._ok_button.isEnabled():
            return
        try:
            self._save()
        except DomainError as err:
            self.show_error(err)
            return
        super().accept()

    def show_error(self, err: DomainError) -> None:
        assert self._error is not None, "_set_up_saving() names the error label"
        self._error.setText(error_text(err))
        self._error.show()


def fill_owners(
    combo: QComboBox, no_owner: str, owner_id: int | None = None, owner_name: str | None = None
) -> None:
    """`no_owner`, then the active users; `owner_id` selected, listed even when inactive."""
    combo.clear()
    combo.addItem(no_owner, None)
    for user_id, name in organizations.users():
        combo.addItem(name, user_id)
    if owner_id is None:
        return
    index = combo.findData(owner_id)
    if index < 0:
        combo.addItem(owner_name or str(owner_id), owner_id)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class OrganizationField(QObject):
    """Turns a line edit into an organization picker: as the person types, the domain is asked
    for the first few matching names (never all of them: there may be 100,000), and the
    organization picked from the list, or named exactly, is remembered by id."""

    changed = Signal()  # the organization the text names changed

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)  # the domain matched these
        self._completer.setMaxVisibleItems(10)
        edit.setCompleter(self._completer)
        self._picked: tuple[int, str] | None = None
        edit.textEdited.connect(self._on_edited)
        # The index overload tells apart two organizations of the same name.
        activated: Any = self._completer.activated  # the stubs know no signal overloads
        activated[QModelIndex].connect(self._on_activated)

    def set_organization(self, org_id: int | None, name: str | None) -> None:
        self._picked = None if org_id is None else (org_id, name or "")
        self._edit.setText(name or "")
        self.changed.emit()

    def current_id(self) -> int | None:
        """The organization the text names, as far as is known without asking."""
        return self._picked[0] if self._picked is not None else None

    def org_id(self) -> int | None:
        """The organization to save: None for empty text; a ValidationError when the text names
        no organization, or several."""
        text = " ".join(self._edit.text().split())
        if not text:
            return None
        if self._picked is not None and _same_name(self._picked[1], text):
            return self._picked[0]
        return records.organization_id_named(text)

    @Slot(str)
    def _on_edited(self, text: str) -> None:
        found = records.find_organizations(text, ORG_SUGGESTIONS)
        self._model.clear()
        for org_id, name in found:
            item = QStandardItem(name)
            item.setData(org_id, _ID_ROLE)
            item.setEditable(False)
            self._model.appendRow(item)
        previous = self.current_id()
        if self._picked is None or not _same_name(self._picked[1], text):
            # A name typed in full counts as picked when no other organization bears it.
            exact = [org_id for org_id, name in found if _same_name(name, text)]
            self._picked = (exact[0], text) if len(exact) == 1 else None
        if self.current_id() != previous:
            self.changed.emit()

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        self._picked = (int(index.data(_ID_ROLE)), str(index.data()))
        self.changed.emit()


def _same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
