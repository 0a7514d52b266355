"""The custom fields of one record as a two-column table (field, value), edited in place."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from accountmgr.domain import customfields
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.customfields import FieldDefinition
from accountmgr.domain.errors import DomainError
from accountmgr.domain.organizations import user_names, users
from accountmgr.qtmodels.formatting import format_custom

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

AnyIndex = QModelIndex | QPersistentModelIndex


def domain_message(error: DomainError) -> str:
    """The person-facing, translated message of a domain error."""
    template = QCoreApplication.translate("DomainError", error.template)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return str(error)


class CustomValuesModel(QAbstractTableModel):
    """Rows are the active custom fields of one record; column 0 names the field, column 1 holds
    its value: locale-formatted for display, the stored form for editing.

    Edits go through `edit_handler` (by default a plain domain write that emits `changed`), so the
    side panel can make them undoable. A refused edit leaves its reason in `last_error`.
    """

    changed = Signal(object)
    """A domain Change, made by the default edit handler (to publish on the hub)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entity = "organization"
        self._entity_id: int | None = None
        self._fields: list[FieldDefinition] = []
        self._values: dict[int, str] = {}
        self._users: list[tuple[int, str]] = []
        self._user_names: dict[int, str] = {}
        self._currency: tuple[str, int] = ("EUR", 2)
        self.edit_handler: EditHandler = self.write_value
        self.last_error: str | None = None

    # -- loading ----------------------------------------------------------------------------

    @property
    def entity(self) -> str:
        return self._entity

    @property
    def entity_id(self) -> int | None:
        return self._entity_id

    def load(self, entity: str, entity_id: int | None) -> None:
        """Show the custom fields of one record (no rows when `entity_id` is None)."""
        self.beginResetModel()
        self._entity, self._entity_id = entity, entity_id
        self._read()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the fields and values again: rows update in place when the fields are the same."""
        before = list(self._fields)
        self._read_reference()
        fields = self._read_fields()
        if fields != before:
            self.beginResetModel()
            self._fields = fields
            self._values = self._read_values(fields)
            self.endResetModel()
            return
        self._values = self._read_values(fields)
        if fields:
            self.dataChanged.emit(
                self.index(0, NAME_COLUMN), self.index(len(fields) - 1, VALUE_COLUMN)
            )

    def definition(self, row: int) -> FieldDefinition:
        return self._fields[row]

    def row_of(self, field_id: int) -> int | None:
        return next((row for row, f in enumerate(self._fields) if f.id == field_id), None)

    def stored(self, field_id: int) -> str | None:
        """The stored text of a field of the current record, None when unset."""
        return self._values.get(field_id)

    # -- Qt model interface -----------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == NAME_COLUMN:
            return self.tr("Field")
        if section == VALUE_COLUMN:
            return self.tr("Value")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == VALUE_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        field = self._fields[index.row()]
        if role == FieldRole:
            return field
        if role == UsersRole:
            return list(self._users)
        if role == CurrencyRole:
            return self._currency
        if index.column() == NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return field.name
            return None
        stored = self._values.get(field.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(field, stored)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(field, stored)
        if role == Qt.ItemDataRole.ToolTipRole:
            long = field.field_type == "large_text" or (
                field.field_type in ("text", "address") and len(stored or "") > LONG_TEXT
            )
            return stored if stored and long else None
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Validate and write a value of column 1; on refusal `last_error` says why."""
        self.last_error = None
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != VALUE_COLUMN
            or self._entity_id is None
        ):
            return False
        field = self._fields[index.row()]
        new = self._plain(value)
        try:
            text = customfields.canonical(field, new)
        except DomainError as error:
            self.last_error = domain_message(error)
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
            self.last_error = domain_message(error)
            return False
        self.changed.emit(change)
        return True

    # -- internals --------------------------------------------------------------------------

    def _read(self) -> None:
        self._read_reference()
        self._fields = self._read_fields()
        self._values = self._read_values(self._fields)

    def _read_reference(self) -> None:
        self._users = users()
        self._user_names = user_names()  # inactive users too: a value may still name one
        self._currency = default_currency()

    def _read_fields(self) -> list[FieldDefinition]:
        return [] if self._entity_id is None else customfields.definitions(self._entity)

    def _read_values(self, fields: list[FieldDefinition]) -> dict[int, str]:
        if self._entity_id is None or not fields:
            return {}
        found = customfields.values_of(self._entity, [self._entity_id], [f.id for f in fields])
        return found.get(self._entity_id, {})

    def _reread(self, field: FieldDefinition) -> None:
        assert self._entity_id is not None
        found = customfields.values_of(self._entity, [self._entity_id], [field.id])
        stored = found.get(self._entity_id, {}).get(field.id)
        if stored is None:
            self._values.pop(field.id, None)
        else:
            self._values[field.id] = stored
        row = self.row_of(field.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, NAME_COLUMN), self.index(row, VALUE_COLUMN))

    def _display(self, field: FieldDefinition, stored: str | None) -> str:
        if stored is None:
            return ""
        if field.field_type == "large_text":
            return " ".join(stored.split())  # one line in a cell; the tooltip has it all
        try:
            return format_custom(field, stored, self._user_names, QLocale(), self._currency)
        except ValueError:  # written outside the app in a form this type does not read
            return stored

    @staticmethod
    def _edit_value(field: FieldDefinition, stored: str | None) -> Any:
        match field.field_type:
            case "multiple_options":
                return list(json.loads(stored)) if stored else []
            case "user":
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
