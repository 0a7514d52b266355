"""The custom fields of one entity, retired ones included, as a table for the settings dialog:
name, type, options and status, in display order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from accountmgr.domain import customfields
from accountmgr.domain.customfields import FieldAdmin

FieldIdRole = Qt.ItemDataRole.UserRole + 1
RetiredRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex

_CONTEXT = "FieldDefinitionsModel"

TYPE_NAMES: dict[str, str] = {  # English source text, translated when shown
    "text": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Text")),
    "large_text": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Large text")),
    "number": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Number")),
    "monetary": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Monetary")),
    "date": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Date")),
    "single_option": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Single option")),
    "multiple_options": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Multiple options")),
    "user": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "User")),
    "phone": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Phone")),
    "address": str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Address")),
}

_HEADERS = (
    str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Name")),
    str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Type")),
    str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Options")),
    str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Status")),
)
NAME, TYPE, OPTIONS, STATUS = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def type_name(field_type: str) -> str:
    """A field type as people read it, translated: "single_option" -> "Single option"."""
    source = TYPE_NAMES.get(field_type)
    return _tr(source) if source is not None else field_type


class FieldDefinitionsModel(QAbstractTableModel):
    """One entity's custom fields; `reload` reads them again (after every change)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entity = "organization"
        self._fields: list[FieldAdmin] = []

    @property
    def entity(self) -> str:
        return self._entity

    def reload(self, entity: str | None = None) -> None:
        """Read the fields of `entity` (by default the one shown) from the domain."""
        self.beginResetModel()
        if entity is not None:
            self._entity = entity
        self._fields = customfields.all_definitions(self._entity)
        self.endResetModel()

    def field(self, row: int) -> FieldAdmin | None:
        return self._fields[row] if 0 <= row < len(self._fields) else None

    def id_at(self, row: int) -> int | None:
        found = self.field(row)
        return None if found is None else found.id

    def row_of(self, field_id: int) -> int:
        """The row showing this field, or -1."""
        return next((n for n, f in enumerate(self._fields) if f.id == field_id), -1)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._fields)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_HEADERS)
        ):
            return _tr(_HEADERS[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._fields):
            return None
        field = self._fields[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return field.name
            if column == TYPE:
                return type_name(field.field_type)
            if column == OPTIONS:
                return ", ".join(field.options) if field.has_options else ""
            return _tr("Retired") if field.retired else _tr("Active")
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == OPTIONS and field.has_options:
                return "\n".join(field.options)
            if column == STATUS and field.retired:
                return _tr("Hidden everywhere; its values are kept. Restore it to show it again.")
            return None
        if role == Qt.ItemDataRole.ForegroundRole and field.retired:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == FieldIdRole:
            return field.id
        if role == RetiredRole:
            return field.retired
        return None
