"""The custom fields of one record as a two-column table (field, value), edited in place."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QObject, Qt, Signal

from accountmgr.domain import customfields
from accountmgr.domain.customfields import Entity, FieldDefinition, FieldType
from accountmgr.domain.errors import DomainError
from accountmgr.domain.record_fields import RecordFields, record_fields
from accountmgr.qtmodels.formatting import error_text, format_custom
from accountmgr.qtmodels.table_model import AnyIndex, Column, RecordTableModel

FieldRole = Qt.ItemDataRole.UserRole + 1
"""The row's FieldDefinition."""
UsersRole = Qt.ItemDataRole.UserRole + 2
"""The users a user field can name: [(id, name)], in display order."""
CurrencyRole = Qt.ItemDataRole.UserRole + 3
"""(code, exponent) of the default currency, the one monetary fields are in."""

NAME_COLUMN = 0
VALUE_COLUMN = 1
LONG_TEXT = 40  # longer text values get their full text as a tooltip

EditHandler = Callable[[int, int, str, Any], bool]
"""(field id, entity id, old stored text ("" when unset), new value) -> whether it was written.

The new value is already validated; None clears the field."""


class CustomValuesModel(RecordTableModel[FieldDefinition]):
    """Rows are the active custom fields of one record; column 0 names the field, column 1 holds
    its value: locale-formatted for display, the stored form for editing.

    Edits go through `edit_handler` (by default a plain domain write that emits `changed`), so the
    side panel can make them undoable. A refused edit leaves its reason in `last_error`.
    """

    changed = Signal(object)
    """A domain Change, made by the default edit handler (to publish on the hub)."""

    CONTEXT = "CustomValuesModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entity = Entity.ORGANIZATION
        self._entity_id: int | None = None
        self._values: dict[int, str] = {}
        self._users: list[tuple[int, str]] = []
        self._user_names: dict[int, str] = {}
        self._currency: tuple[str, int] = ("EUR", 2)
        self.edit_handler: EditHandler = self.write_value
        self.last_error: str | None = None
        self.columns = [
            Column(
                str(QT_TRANSLATE_NOOP("CustomValuesModel", "Field")),
                lambda f: f.name,
                edit=lambda f: f.name,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("CustomValuesModel", "Value")),
                lambda f: self._display(f, self._values.get(f.id)),
                edit=lambda f: self._edit_value(f, self._values.get(f.id)),
                tooltip=self._tooltip,
                editable=True,
            ),
        ]

    # -- loading ----------------------------------------------------------------------------

    @property
    def entity(self) -> Entity:
        return self._entity

    @property
    def entity_id(self) -> int | None:
        return self._entity_id

    def load(
        self, entity: Entity, entity_id: int | None, found: RecordFields | None = None
    ) -> None:
        """Show the custom fields of one record (no rows when `entity_id` is None), from
        what was `found` already if given."""
        self._entity, self._entity_id = entity, entity_id
        self.set_items(self._read(found))

    def refresh(self, found: RecordFields | None = None) -> None:
        """Read the fields and values again (or take those `found`): rows update in place
        when the fields are the same."""
        fields = self._read(found)
        if fields != self.items:
            self.set_items(fields)
        elif fields:
            self.dataChanged.emit(
                self.index(0, NAME_COLUMN), self.index(len(fields) - 1, VALUE_COLUMN)
            )

    def definition(self, row: int) -> FieldDefinition:
        return self.items[row]

    def stored(self, field_id: int) -> str | None:
        """The stored text of a field of the current record, None when unset."""
        return self._values.get(field_id)

    # -- Qt model interface -----------------------------------------------------------------

    def row_data(self, item: FieldDefinition, role: int) -> Any:
        if role == FieldRole:
            return item
        if role == UsersRole:
            return list(self._users)
        if role == CurrencyRole:
            return self._currency
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Validate and write a value of column 1; on refusal `last_error` says why."""
        self.last_error = None
        return super().setData(index, value, role)

    def set_cell(self, row: int, column: int, value: Any, role: int) -> bool:
        if role != Qt.ItemDataRole.EditRole or self._entity_id is None:
            return False
        field = self.items[row]
        new = self._plain(value)
        try:
            text = customfields.canonical(field, new)
        except DomainError as error:
            self.last_error = error_text(error)
            return False
        old = self._values.get(field.id)
        if text == old:
            return False  # nothing to write
        if not self.edit_handler(field.id, self._entity_id, old or "", new):
            return False
        self._reread(field)
        return True

    # -- writing ----------------------------------------------------------------------------

    def write_value(self, field_id: int, entity_id: int, old: str, new: Any) -> bool:
        """The default edit handler: write through the domain and emit `changed`."""
        try:
            change = customfields.set_value(field_id, entity_id, new)
        except DomainError as error:
            self.last_error = error_text(error)
            return False
        self.changed.emit(change)
        return True

    # -- internals --------------------------------------------------------------------------

    def _read(self, found: RecordFields | None = None) -> list[FieldDefinition]:
        """The record's fields; their values and what they need are kept."""
        if found is None:
            found = record_fields(self._entity, self._entity_id)
        self._users, self._user_names = found.users, found.user_names
        self._currency, self._values = found.currency, found.values
        return found.definitions

    def _reread(self, field: FieldDefinition) -> None:
        assert self._entity_id is not None
        found = customfields.values_of(self._entity, [self._entity_id], [field.id])
        stored = found.get(self._entity_id, {}).get(field.id)
        if stored is None:
            self._values.pop(field.id, None)
        else:
            self._values[field.id] = stored
        row = self.row_of(field.id)
        if row >= 0:
            self.row_changed(row)

    def _tooltip(self, field: FieldDefinition) -> str | None:
        stored = self._values.get(field.id)
        long = field.field_type == FieldType.LARGE_TEXT or (
            field.field_type in (FieldType.TEXT, FieldType.ADDRESS)
            and len(stored or "") > LONG_TEXT
        )
        return stored if stored and long else None

    def _display(self, field: FieldDefinition, stored: str | None) -> str:
        if stored is None:
            return ""
        if field.field_type == FieldType.LARGE_TEXT:
            return " ".join(stored.split())  # one line in a cell; the tooltip has it all
        try:
            return format_custom(field, stored, self._user_names, QLocale(), self._currency)
        except ValueError:  # written outside the app in a form this type does not read
            return stored

    @staticmethod
    def _edit_value(field: FieldDefinition, stored: str | None) -> Any:
        match field.field_type:
            case FieldType.MULTIPLE_OPTIONS:
                return list(json.loads(stored)) if stored else []
            case FieldType.USER:
                return int(stored) if stored and stored.isdigit() else None
        return stored or ""

    @staticmethod
    def _plain(value: Any) -> Any:
        """An editor's value in the form the domain validates; None (or nothing) clears."""
        if isinstance(value, QDate):
            return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, (list, tuple)) and not value:
            return None
        return value
