"""The lists of the side panel: activities by day, notes, files, deals and people of one account.

Each model holds the frozen records `domain.account_detail` (or `domain.files`) read, and shows
them with the locale's formats. `ItemRole` gives the record behind a row, `IdRole` its id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QUrl,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QIcon, QPalette

from accountmgr.domain.account_detail import ActivityItem, DealItem, NoteItem, PersonItem
from accountmgr.domain.recurrence import Rule, describe
from accountmgr.qtmodels.formatting import fill, format_money

AnyIndex = QModelIndex | QPersistentModelIndex
ItemRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
HeadingRole = Qt.ItemDataRole.UserRole + 3  # True on the day headings of the activity list
UrlsRole = Qt.ItemDataRole.UserRole + 4  # mailto: / tel: links of a person's cell

T = TypeVar("T")
_INVALID = QModelIndex()


def _tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def qdatetime(when: dt.datetime) -> QDateTime:
    return QDateTime(qdate(when.date()), QTime(when.hour, when.minute, when.second))


def short_date(day: dt.date, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdate(day), QLocale.FormatType.ShortFormat)


def short_datetime(when: dt.datetime, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(qdatetime(when), QLocale.FormatType.ShortFormat)


def short_time(when: dt.time, locale: QLocale | None = None) -> str:
    return (locale or QLocale()).toString(
        QTime(when.hour, when.minute), QLocale.FormatType.ShortFormat
    )


def repeat_text(rule: Rule) -> str:
    """ "Every 3 months until 6/30/27", in the person's language and date format."""
    template, params = describe(rule)
    values = {
        key: short_date(value) if isinstance(value, dt.date) else str(value)
        for key, value in params.items()
    }
    try:
        return QCoreApplication.translate("Recurrence", template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**values)


def type_name(name: str) -> str:
    """An activity type's name in the person's language (one context for every view)."""
    return QCoreApplication.translate("ActivityType", name)


def _link_brush() -> QBrush:
    return QGuiApplication.palette().brush(QPalette.ColorRole.Link)


class _RecordTable(QAbstractTableModel, Generic[T]):
    """Rows of frozen records; subclasses say what each column shows."""

    CONTEXT = "PanelModel"
    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[T] = []

    def set_items(self, items: Sequence[T]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return _tr(self.CONTEXT, self.HEADERS[section])
        return None

    def item(self, row: int) -> T | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def row_of(self, item_id: int) -> int:
        """The row of the record with this id, or -1."""
        for row, item in enumerate(self.items):
            if getattr(item, "id", None) == item_id:
                return row
        return -1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == ItemRole:
            return item
        if role == IdRole:
            return getattr(item, "id", None)
        return self.cell(item, index.column(), role)

    def cell(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError


# -- activities ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Heading:
    text: str
    overdue: bool = False


class ActivitiesModel(QAbstractListModel):
    """Upcoming activities by due day (overdue days first, marked), then history by done day.

    Day headings are rows of their own: enabled but not selectable, with `HeadingRole` True.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ActivityItem | _Heading] = []
        self.icons: dict[str, QIcon] = {}  # icon file name -> icon, set by the view
        self.today = dt.date.today()

    def set_items(self, items: Sequence[ActivityItem], today: dt.date) -> None:
        self.beginResetModel()
        self.today = today
        self.rows = self._grouped(items, today)
        self.endResetModel()

    def _grouped(
        self, items: Sequence[ActivityItem], today: dt.date
    ) -> list[ActivityItem | _Heading]:
        rows: list[ActivityItem | _Heading] = []
        day: dt.date | None = None
        done_seen = False
        for item in items:
            if item.done and not done_seen:
                done_seen = True
                day = None
                rows.append(_Heading(_tr("ActivitiesModel", "History")))
            when = (
                (item.done_time.date() if item.done_time else item.due_date)
                if item.done
                else (item.due_date)
            )
            if when != day:
                day = when
                rows.append(self._day_heading(when, today, overdue=not item.done and when < today))
            rows.append(item)
        return rows

    @staticmethod
    def _day_heading(day: dt.date, today: dt.date, *, overdue: bool) -> _Heading:
        text = QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)
        if day == today:
            text = _tr("ActivitiesModel", "Today — %1").replace("%1", text)
        elif day == today + dt.timedelta(days=1):
            text = _tr("ActivitiesModel", "Tomorrow — %1").replace("%1", text)
        elif overdue:
            text = _tr("ActivitiesModel", "Overdue — %1").replace("%1", text)
        return _Heading(text, overdue)

    def rowCount(self, parent: AnyIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def activity(self, row: int) -> ActivityItem | None:
        found = self.rows[row] if 0 <= row < len(self.rows) else None
        return found if isinstance(found, ActivityItem) else None

    def row_of(self, activity_id: int) -> int:
        for row, item in enumerate(self.rows):
            if isinstance(item, ActivityItem) and item.id == activity_id:
                return row
        return -1

    def activities(self) -> list[ActivityItem]:
        return [r for r in self.rows if isinstance(r, ActivityItem)]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self.rows[index.row()], _Heading):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if isinstance(row, _Heading):
            return self._heading_data(row, role)
        return self._activity_data(row, role)

    def _heading_data(self, heading: _Heading, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return heading.text
        if role == HeadingRole:
            return True
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and heading.overdue:
            return QBrush(Qt.GlobalColor.darkRed)
        return None

    def _activity_data(self, item: ActivityItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons.get(item.icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.note or None
        if role == ItemRole:
            return item
        if role == IdRole:
            return item.id
        if role == HeadingRole:
            return False
        if role == Qt.ItemDataRole.ForegroundRole and item.done:
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._line(item).replace("\n", ". ")
        return None

    def _line(self, item: ActivityItem) -> str:
        parts = [fill(_tr("ActivitiesModel", "%1: %2"), type_name(item.type_name), item.subject)]
        details = []
        if item.done and item.done_time is not None:
            details.append(
                _tr("ActivitiesModel", "done %1").replace("%1", short_time(item.done_time.time()))
            )
        elif item.due_time is not None:
            details.append(short_time(item.due_time))
        for name in (item.person_name, item.deal_title, item.assignee_name):
            if name:
                details.append(name)
        if item.repeat is not None and not item.done:
            details.append("↻ " + repeat_text(item.repeat))
        if details:
            parts.append(" · ".join(details))
        return "\n".join(parts)


# -- notes -----------------------------------------------------------------------------------

NOTE_PREVIEW = 400  # characters of a note shown in the list; the editor shows all


class NotesModel(_RecordTable[NoteItem]):
    CONTEXT = "NotesModel"
    HEADERS = (str(QT_TRANSLATE_NOOP("NotesModel", "Note")),)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pin_icon = QIcon()

    def cell(self, item: NoteItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            text = item.content.strip()
            if len(text) > NOTE_PREVIEW:
                text = text[:NOTE_PREVIEW].rstrip() + "…"
            return f"{text}\n{self.meta(item)}"
        if role == Qt.ItemDataRole.DecorationRole and item.pinned:
            return self.pin_icon
        if role == Qt.ItemDataRole.ToolTipRole and len(item.content) > NOTE_PREVIEW:
            return item.content[:4000]
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and item.pinned:
            return _tr(self.CONTEXT, "Pinned")
        return None

    def meta(self, item: NoteItem) -> str:
        parts = [short_datetime(item.created_at)]
        if item.author_name:
            parts.append(item.author_name)
        if item.person_name:
            parts.append(_tr(self.CONTEXT, "about %1").replace("%1", item.person_name))
        if item.deal_title:
            parts.append(_tr(self.CONTEXT, "deal: %1").replace("%1", item.deal_title))
        if item.pinned:
            parts.append(_tr(self.CONTEXT, "pinned"))
        return " · ".join(parts)


# -- files -----------------------------------------------------------------------------------


class FilesModel(_RecordTable[Any]):
    """Attachments (`domain.files.FileInfo`): name, size, date added, what they are about."""

    CONTEXT = "FilesModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("FilesModel", "Name")),
        str(QT_TRANSLATE_NOOP("FilesModel", "Size")),
        str(QT_TRANSLATE_NOOP("FilesModel", "Added")),
        str(QT_TRANSLATE_NOOP("FilesModel", "About")),
    )

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return str(item.original_name)
            if column == 1:
                return QLocale().formattedDataSize(int(item.size))
            if column == 2:
                return short_datetime(item.created_at)
            return item.deal_title or item.person_name or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return str(item.original_name)
        return None


# -- deals -----------------------------------------------------------------------------------


class DealsModel(_RecordTable[DealItem]):
    CONTEXT = "DealsModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("DealsModel", "Deal")),
        str(QT_TRANSLATE_NOOP("DealsModel", "Status")),
        str(QT_TRANSLATE_NOOP("DealsModel", "Value")),
        str(QT_TRANSLATE_NOOP("DealsModel", "Closed")),
        str(QT_TRANSLATE_NOOP("DealsModel", "Lost reason")),
    )

    def status_text(self, item: DealItem) -> str:
        return {
            "open": _tr(self.CONTEXT, "Open"),
            "won": _tr(self.CONTEXT, "Won"),
            "lost": _tr(self.CONTEXT, "Lost"),
        }.get(item.status, item.status)

    def cell(self, item: DealItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.title
            if column == 1:
                return self.status_text(item)
            if column == 2:
                return format_money(item.value_minor, item.currency, item.exponent)
            if column == 3:
                closed = item.won_time or item.lost_time
                return short_date(closed.date()) if closed else ""
            return item.lost_reason
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            if item.status == "won":
                return QBrush(Qt.GlobalColor.darkGreen)
            if item.status == "lost":
                return QBrush(Qt.GlobalColor.darkRed)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and item.person_name:
            return _tr(self.CONTEXT, "Contact: %1").replace("%1", item.person_name)
        return None


# -- people ----------------------------------------------------------------------------------


def _urls(scheme: str, values: Sequence[str]) -> list[QUrl]:
    found = []
    for value in values:
        target = "".join(value.split()) if scheme == "tel" else value.strip()
        found.append(QUrl(f"{scheme}:{target}"))
    return found


class PeopleModel(_RecordTable[PersonItem]):
    """People with their emails and phones as links (`UrlsRole` lists the mailto:/tel: URLs)."""

    CONTEXT = "PeopleModel"
    HEADERS = (
        str(QT_TRANSLATE_NOOP("PeopleModel", "Name")),
        str(QT_TRANSLATE_NOOP("PeopleModel", "Role")),
        str(QT_TRANSLATE_NOOP("PeopleModel", "Email")),
        str(QT_TRANSLATE_NOOP("PeopleModel", "Phone")),
    )
    LINK_COLUMNS = (2, 3)

    def cell(self, item: PersonItem, column: int, role: int) -> Any:
        values = item.emails if column == 2 else item.phones if column == 3 else ()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return item.name
            if column == 1:
                return item.role
            return ", ".join(values)
        if column in self.LINK_COLUMNS and values:
            if role == UrlsRole:
                return _urls("mailto" if column == 2 else "tel", values)
            if role == Qt.ItemDataRole.ForegroundRole:
                return _link_brush()
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setUnderline(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                what = _tr(self.CONTEXT, "Write to %1" if column == 2 else "Call %1")
                return "\n".join(what.replace("%1", v) for v in values)
        return None
