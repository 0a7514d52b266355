"""The lists of the side panel: activities by day, notes, files, deals and people of one account.

Each model holds the frozen records `domain.account_detail` (or `domain.files`) read, and shows
them with the locale's formats. `ItemRole` gives the record behind a row, `IdRole` its id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    QUrl,
)
from PySide6.QtGui import QBrush, QFont, QGuiApplication, QIcon, QPalette

from accountmgr.domain.account_detail import ActivityItem, DealItem, NoteItem, PersonItem
from accountmgr.domain.recurrence import Rule, describe
from accountmgr.qtmodels.formatting import alarm_color, fill, format_money, good_color, type_name
from accountmgr.qtmodels.table_model import (
    RIGHT,
    AnyIndex,
    Column,
    RecordTableModel,
    RowRoles,
    muted_brush,
)

ItemRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
HeadingRole = Qt.ItemDataRole.UserRole + 3  # True on the day headings of the activity list
UrlsRole = Qt.ItemDataRole.UserRole + 4  # mailto: / tel: links of a person's cell

T = TypeVar("T")
_INVALID = QModelIndex()


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


def due_text(activity: ActivityItem) -> str:
    """When an activity is due: its day, and its time if it has one."""
    text = short_date(activity.due_date)
    if activity.due_time is not None:
        text += " " + short_time(activity.due_time)
    return text


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


def _link_brush() -> QBrush:
    return QGuiApplication.palette().brush(QPalette.ColorRole.Link)


class _PanelTable(RecordTableModel[T]):
    """A panel table: `ItemRole` gives the record of a row, `IdRole` its id."""

    ROW_ROLES: ClassVar[RowRoles] = {
        ItemRole: lambda item: item,
        IdRole: lambda item: getattr(item, "id", None),
    }


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
                rows.append(_Heading(QCoreApplication.translate("ActivitiesModel", "History")))
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
            text = fill(QCoreApplication.translate("ActivitiesModel", "Today — %1"), text)
        elif day == today + dt.timedelta(days=1):
            text = fill(QCoreApplication.translate("ActivitiesModel", "Tomorrow — %1"), text)
        elif overdue:
            text = fill(QCoreApplication.translate("ActivitiesModel", "Overdue — %1"), text)
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
            return QBrush(alarm_color())
        return None

    @staticmethod
    def _activity_tip(item: ActivityItem) -> str | None:
        """Its note, and who scheduled it (in a team) when known."""
        parts = [item.note] if item.note else []
        if item.scheduled_by:
            parts.append(
                fill(
                    QCoreApplication.translate("ActivitiesModel", "Scheduled by %1"),
                    item.scheduled_by,
                )
            )
        return "\n".join(parts) or None

    def _activity_data(self, item: ActivityItem, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._line(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.icons.get(item.icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._activity_tip(item)
        if role == ItemRole:
            return item
        if role == IdRole:
            return item.id
        if role == HeadingRole:
            return False
        if role == Qt.ItemDataRole.ForegroundRole and item.done:
            return muted_brush()
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._line(item).replace("\n", ". ")
        return None

    def _line(self, item: ActivityItem) -> str:
        parts = [
            fill(
                QCoreApplication.translate("ActivitiesModel", "%1: %2"),
                type_name(item.type_name),
                item.subject,
            )
        ]
        details = []
        if item.done and item.done_time is not None:
            details.append(
                fill(
                    QCoreApplication.translate("ActivitiesModel", "done %1"),
                    short_time(item.done_time.time()),
                )
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


def _note_preview(item: NoteItem) -> str:
    text = item.content.strip()
    return text[:NOTE_PREVIEW].rstrip() + "…" if len(text) > NOTE_PREVIEW else text


class NotesModel(_PanelTable[NoteItem]):
    CONTEXT = "NotesModel"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pin_icon = QIcon()
        self.columns = [
            Column(
                str(QT_TRANSLATE_NOOP("NotesModel", "Note")),
                lambda n: f"{_note_preview(n)}\n{self.meta(n)}",
                tooltip=lambda n: n.content[:4000] if len(n.content) > NOTE_PREVIEW else None,
                decoration=lambda n: self.pin_icon if n.pinned else None,
                roles={
                    Qt.ItemDataRole.AccessibleDescriptionRole: lambda n: (
                        QCoreApplication.translate("NotesModel", "Pinned") if n.pinned else None
                    )
                },
            )
        ]

    def meta(self, item: NoteItem) -> str:
        parts = [short_datetime(item.created_at)]
        if item.author_name:
            parts.append(item.author_name)
        if item.person_name:
            parts.append(
                fill(QCoreApplication.translate("NotesModel", "about %1"), item.person_name)
            )
        if item.deal_title:
            parts.append(
                fill(QCoreApplication.translate("NotesModel", "deal: %1"), item.deal_title)
            )
        if item.pinned:
            parts.append(QCoreApplication.translate("NotesModel", "pinned"))
        return " · ".join(parts)


# -- files -----------------------------------------------------------------------------------


class FilesModel(_PanelTable[Any]):
    """Attachments (`domain.files.FileInfo`): name, size, date added, what they are about."""

    CONTEXT = "FilesModel"
    COLUMNS = (
        Column(
            str(QT_TRANSLATE_NOOP("FilesModel", "Name")),
            lambda f: str(f.original_name),
            tooltip=lambda f: str(f.original_name),
        ),
        Column(
            str(QT_TRANSLATE_NOOP("FilesModel", "Size")),
            lambda f: QLocale().formattedDataSize(int(f.size)),
            alignment=RIGHT,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("FilesModel", "Added")), lambda f: short_datetime(f.created_at)
        ),
        Column(
            str(QT_TRANSLATE_NOOP("FilesModel", "About")),
            lambda f: f.deal_title or f.person_name or "",
        ),
    )


# -- deals -----------------------------------------------------------------------------------


def _deal_status(item: DealItem) -> str:
    return {
        "open": QCoreApplication.translate("DealsModel", "Open"),
        "won": QCoreApplication.translate("DealsModel", "Won"),
        "lost": QCoreApplication.translate("DealsModel", "Lost"),
    }.get(item.status, item.status)


def _deal_status_brush(item: DealItem) -> QBrush | None:
    if item.status == "won":
        return QBrush(good_color())
    if item.status == "lost":
        return QBrush(alarm_color())
    return None


def _deal_closed(item: DealItem) -> str:
    closed = item.won_time or item.lost_time
    return short_date(closed.date()) if closed else ""


class DealsModel(_PanelTable[DealItem]):
    CONTEXT = "DealsModel"
    COLUMNS = (
        Column(
            str(QT_TRANSLATE_NOOP("DealsModel", "Deal")),
            lambda d: d.title,
            tooltip=lambda d: (
                fill(QCoreApplication.translate("DealsModel", "Contact: %1"), d.person_name)
                if d.person_name
                else None
            ),
        ),
        Column(
            str(QT_TRANSLATE_NOOP("DealsModel", "Status")),
            _deal_status,
            foreground=_deal_status_brush,
        ),
        Column(
            str(QT_TRANSLATE_NOOP("DealsModel", "Value")),
            lambda d: format_money(d.value_minor, d.currency, d.exponent),
            alignment=RIGHT,
        ),
        Column(str(QT_TRANSLATE_NOOP("DealsModel", "Closed")), _deal_closed),
        Column(str(QT_TRANSLATE_NOOP("DealsModel", "Lost reason")), lambda d: d.lost_reason),
    )


# -- people ----------------------------------------------------------------------------------


def _urls(scheme: str, values: Sequence[str]) -> list[QUrl]:
    found = []
    for value in values:
        target = "".join(value.split()) if scheme == "tel" else value.strip()
        found.append(QUrl(f"{scheme}:{target}"))
    return found


def _underlined() -> QFont:
    font = QFont()
    font.setUnderline(True)
    return font


def _link_column(
    header: str, values: Callable[[PersonItem], Sequence[str]], scheme: str, action: str
) -> Column[PersonItem]:
    """A column of links (emails or phones): underlined in the link colour, `UrlsRole` gives
    their URLs, the tooltip says what a click does."""
    return Column(
        header,
        lambda p: ", ".join(values(p)),
        foreground=lambda p: _link_brush() if values(p) else None,
        font=lambda p: _underlined() if values(p) else None,
        tooltip=lambda p: (
            "\n".join(fill(QCoreApplication.translate("PeopleModel", action), v) for v in values(p))
            or None
        ),
        roles={UrlsRole: lambda p: _urls(scheme, values(p)) if values(p) else None},
    )


class PeopleModel(_PanelTable[PersonItem]):
    """People with their emails and phones as links (`UrlsRole` lists the mailto:/tel: URLs)."""

    CONTEXT = "PeopleModel"
    COLUMNS = (
        Column(str(QT_TRANSLATE_NOOP("PeopleModel", "Name")), lambda p: p.name),
        Column(str(QT_TRANSLATE_NOOP("PeopleModel", "Role")), lambda p: p.role),
        _link_column(
            str(QT_TRANSLATE_NOOP("PeopleModel", "Email")),
            lambda p: p.emails,
            "mailto",
            str(QT_TRANSLATE_NOOP("PeopleModel", "Write to %1")),
        ),
        _link_column(
            str(QT_TRANSLATE_NOOP("PeopleModel", "Phone")),
            lambda p: p.phones,
            "tel",
            str(QT_TRANSLATE_NOOP("PeopleModel", "Call %1")),
        ),
    )
