"""The activity types, retired ones included, as a table for the settings dialog: icon and
name, colour, default subject, duration, follow-up delay and status, in display order."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QIcon

from accountmgr.domain import activity_types
from accountmgr.domain.activity_types import TypeAdmin
from accountmgr.qtmodels.formatting import fill, type_name
from accountmgr.qtmodels.table_model import RIGHT, Column, RecordTableModel, RowRoles
from accountmgr.resources import resource_path

TypeIdRole = Qt.ItemDataRole.UserRole + 1
RetiredRole = Qt.ItemDataRole.UserRole + 2

_CONTEXT = "ActivityTypesModel"

NAME, COLOUR, SUBJECT, DURATION, FOLLOWUP, STATUS = range(6)


def icon_for(file_name: str) -> QIcon | None:
    """The icon of an activity type, or None when its SVG is not among the resources."""
    path = resource_path("icons", file_name)
    return QIcon(str(path)) if file_name and path.is_file() else None


def duration_text(minutes: int, locale: QLocale | None = None) -> str:
    """`15` -> "15 min" in the person's locale."""
    return fill(
        QCoreApplication.translate("ActivityTypesModel", "%1 min"),
        (locale or QLocale()).toString(minutes),
    )


def followup_text(days: int | None, locale: QLocale | None = None) -> str:
    """`90` -> "90 days", `1` -> "1 day", None -> "—"."""
    if days is None:
        return "—"
    template = (
        QCoreApplication.translate("ActivityTypesModel", "%1 day")
        if days == 1
        else QCoreApplication.translate("ActivityTypesModel", "%1 days")
    )
    return fill(template, (locale or QLocale()).toString(days))


def _colour_swatch(kind: TypeAdmin) -> QColor | None:
    return QColor(kind.color) if QColor.isValidColorName(kind.color) else None


def _status_tip(kind: TypeAdmin) -> str | None:
    if not kind.retired:
        return None
    return QCoreApplication.translate(
        "ActivityTypesModel",
        "Not offered when scheduling; its activities keep it. Restore it to offer it again.",
    )


class ActivityTypesModel(RecordTableModel[TypeAdmin]):
    """Every activity type; `reload` reads them again (after every change)."""

    CONTEXT = _CONTEXT
    ROW_ROLES: ClassVar[RowRoles] = {TypeIdRole: lambda t: t.id, RetiredRole: lambda t: t.retired}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: dict[str, QIcon | None] = {}
        self.columns = [
            Column(
                str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Name")),
                lambda t: type_name(t.name),
                decoration=lambda t: self._icons.get(t.icon),
                tooltip=lambda t: t.icon,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Colour")),
                lambda t: t.color,
                decoration=_colour_swatch,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Default subject")),
                lambda t: type_name(t.default_subject),
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Duration")),
                lambda t: duration_text(t.default_duration_min),
                alignment=RIGHT,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Follow-up")),
                lambda t: followup_text(t.followup_days),
                alignment=RIGHT,
            ),
            Column(
                str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Status")),
                lambda t: (
                    QCoreApplication.translate("ActivityTypesModel", "Retired")
                    if t.retired
                    else QCoreApplication.translate("ActivityTypesModel", "Active")
                ),
                tooltip=_status_tip,
            ),
        ]

    def reload(self) -> None:
        types = activity_types.all_types()
        self._icons = {t.icon: icon_for(t.icon) for t in types}
        self.set_items(types)

    def activity_type(self, row: int) -> TypeAdmin | None:
        return self.item(row)

    def muted(self, item: TypeAdmin) -> bool:
        return item.retired
