"""The activity types, retired ones included, as a table for the settings dialog: icon and
name, colour, default subject, duration, follow-up delay and status, in display order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from accountmgr.domain import activity_types
from accountmgr.domain.activity_types import TypeAdmin
from accountmgr.resources import resource_path

TypeIdRole = Qt.ItemDataRole.UserRole + 1
ActiveRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex

_CONTEXT = "ActivityTypesModel"

_HEADERS = (
    str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Name")),
    str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Colour")),
    str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Default subject")),
    str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Duration")),
    str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Follow-up")),
    str(QT_TRANSLATE_NOOP("ActivityTypesModel", "Status")),
)
NAME, COLOUR, SUBJECT, DURATION, FOLLOWUP, STATUS = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def icon_for(file_name: str) -> QIcon | None:
    """The icon of an activity type, or None when its SVG is not among the resources."""
    path = resource_path("icons", file_name)
    return QIcon(str(path)) if file_name and path.is_file() else None


def duration_text(minutes: int, locale: QLocale | None = None) -> str:
    """`15` -> "15 min" in the person's locale."""
    return _tr("%1 min").replace("%1", (locale or QLocale()).toString(minutes))


def followup_text(days: int | None, locale: QLocale | None = None) -> str:
    """`90` -> "90 days", `1` -> "1 day", None -> "—"."""
    if days is None:
        return "—"
    template = _tr("%1 day") if days == 1 else _tr("%1 days")
    return template.replace("%1", (locale or QLocale()).toString(days))


class ActivityTypesModel(QAbstractTableModel):
    """Every activity type; `reload` reads them again (after every change)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._types: list[TypeAdmin] = []
        self._icons: dict[str, QIcon | None] = {}

    def reload(self) -> None:
        self.beginResetModel()
        self._types = activity_types.all_types()
        self._icons = {t.icon: icon_for(t.icon) for t in self._types}
        self.endResetModel()

    def activity_type(self, row: int) -> TypeAdmin | None:
        return self._types[row] if 0 <= row < len(self._types) else None

    def id_at(self, row: int) -> int | None:
        found = self.activity_type(row)
        return None if found is None else found.id

    def row_of(self, type_id: int) -> int:
        """The row showing this type, or -1."""
        return next((n for n, t in enumerate(self._types) if t.id == type_id), -1)

    # -- QAbstractItemModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._types)

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
        if not index.isValid() or not 0 <= index.row() < len(self._types):
            return None
        kind = self._types[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(kind, column)
        if role == Qt.ItemDataRole.DecorationRole:
            if column == NAME:
                return self._icons.get(kind.icon)
            if column == COLOUR and QColor.isValidColorName(kind.color):
                return QColor(kind.color)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == NAME:
                return kind.icon
            if column == STATUS and not kind.active:
                return _tr(
                    "Not offered when scheduling; its activities keep it. "
                    "Restore it to offer it again."
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (DURATION, FOLLOWUP):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not kind.active:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == TypeIdRole:
            return kind.id
        if role == ActiveRole:
            return kind.active
        return None

    @staticmethod
    def _text(kind: TypeAdmin, column: int) -> str:
        if column == NAME:
            return kind.name
        if column == COLOUR:
            return kind.color
        if column == SUBJECT:
            return kind.default_subject
        if column == DURATION:
            return duration_text(kind.default_duration_min)
        if column == FOLLOWUP:
            return followup_text(kind.followup_days)
        return _tr("Active") if kind.active else _tr("Retired")
