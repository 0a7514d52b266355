"""The custom fields of one entity, retired ones included, as a table for the settings dialog:
name, type, options and status, in display order."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt

from accountmgr.domain import customfields
from accountmgr.domain.customfields import Entity, FieldAdmin, FieldType
from accountmgr.qtmodels.table_model import Column, RecordTableModel, RowRoles

FieldIdRole = Qt.ItemDataRole.UserRole + 1
RetiredRole = Qt.ItemDataRole.UserRole + 2

_CONTEXT = "FieldDefinitionsModel"

TYPE_NAMES: dict[FieldType, str] = {  # English source text, translated when shown
    FieldType.TEXT: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Text")),
    FieldType.LARGE_TEXT: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Large text")),
    FieldType.NUMBER: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Number")),
    FieldType.MONETARY: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Monetary")),
    FieldType.DATE: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Date")),
    FieldType.SINGLE_OPTION: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Single option")),
    FieldType.MULTIPLE_OPTIONS: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Multiple options")),
    FieldType.USER: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "User")),
    FieldType.PHONE: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Phone")),
    FieldType.ADDRESS: str(QT_TRANSLATE_NOOP("FieldDefinitionsModel", "Address")),
}

NAME, TYPE, OPTIONS, STATUS = range(4)


def type_name(field_type: FieldType) -> str:
    """A field type as people read it, translated: SINGLE_OPTION -> "Single option"."""
    return QCoreApplication.translate("FieldDefinitionsModel", TYPE_NAMES[field_type])


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
            lambda f: (
                QCoreApplication.translate("FieldDefinitionsModel", "Retired")
                if f.retired
                else QCoreApplication.translate("FieldDefinitionsModel", "Active")
            ),
            tooltip=lambda f: (
                QCoreApplication.translate(
                    "FieldDefinitionsModel",
                    "Hidden everywhere; its values are kept. Restore it to show it again.",
                )
                if f.retired
                else None
            ),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entity = Entity.ORGANIZATION

    @property
    def entity(self) -> Entity:
        return self._entity

    def reload(self, entity: Entity | None = None) -> None:
        """Read the fields of `entity` (by default the one shown) from the domain."""
        if entity is not None:
            self._entity = entity
        self.set_items(customfields.all_definitions(self._entity))

    def field(self, row: int) -> FieldAdmin | None:
        return self.item(row)

    def muted(self, item: FieldAdmin) -> bool:
        return item.retired
