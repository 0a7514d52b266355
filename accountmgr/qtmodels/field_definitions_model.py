"""The custom fields of one entity, retired ones included, as a table for the settings dialog:
name, type, options and status, in display order."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from accountmgr.domain import customfields
from accountmgr.domain.customfields import FieldAdmin
from accountmgr.qtmodels.table_model import Column, RecordTableModel, RowRoles

FieldIdRole = Qt.ItemDataRole.UserRole + 1
RetiredRole = Qt.ItemDataRole.UserRole + 2

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

NAME, TYPE, OPTIONS, STATUS = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def type_name(field_type: str) -> str:
    """A field type as people read it, translated: "single_option" -> "Single option"."""
    source = TYPE_NAMES.get(field_type)
    return _tr(source) if source is not None else field_type


class FieldDefinitionsModel(RecordTableModel[FieldAdmin]):
    """One entity's custom fields; `reload` reads them again (after every change)."""

    CONTEXT = _CONTEXT
    ROW_ROLES: ClassVar[RowRoles] = {FieldIdRole: lambda f: f.id, RetiredRole: lambda f: f.retired}
    COLUMNS = (
        Column(str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Name")), lambda f: f.name),
        Column(
            str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Type")),
            lambda f: type_name(f.field_type),
        ),
        Column(
            str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Options")),
            lambda f: ", ".join(f.options) if f.has_options else "",
            tooltip=lambda f: "\n".join(f.options) if f.has_options else None,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Status")),
            lambda f: _tr("Retired") if f.retired else _tr("Active"),
            tooltip=lambda f: (
                _tr("Hidden everywhere; its values are kept. Restore it to show it again.")
                if f.retired
                else None
            ),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entity = "organization"

    @property
    def entity(self) -> str:
        return self._entity

    def reload(self, entity: str | None = None) -> None:
        """Read the fields of `entity` (by default the one shown) from the domain."""
        if entity is not None:
            self._entity = entity
        self.set_items(customfields.all_definitions(self._entity))

    def field(self, row: int) -> FieldAdmin | None:
        return self.item(row)

    def muted(self, item: FieldAdmin) -> bool:
        return item.retired
