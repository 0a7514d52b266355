"""The account list's columns, each described once: its header, how its cells show, sort, edit
and explain themselves, its alignment, the editor the table gives it and its default width.

A column's getters take the cells' shared reading (`Cells`: currency, users, activity types,
icons, custom values) and the row; the model answers each role by a dict lookup in the column's
`roles` and one call. The SQL order of each column is the domain's (account_list.SortColumn).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import operator
from collections.abc import Callable, Iterable
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QIcon

from accountmgr.domain import clock, customfields
from accountmgr.domain.account_list import ListRow, Sort
from accountmgr.domain.currencies import unpriced_currencies
from accountmgr.domain.customfields import NUMERIC_TYPES, Entity, FieldDefinition, FieldType
from accountmgr.qtmodels.formatting import alarm_color, fill, format_custom, format_money
from accountmgr.resources import resource_path

SortKeyRole = Qt.ItemDataRole.UserRole + 1
OrgIdRole = Qt.ItemDataRole.UserRole + 2
StateRole = Qt.ItemDataRole.UserRole + 3

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CUSTOM_CHUNK = 500  # custom values are read for this many rows per query


def state_of(next_due: str | None, today: dt.date) -> str:
    """The next activity's state: overdue, today, later or none."""
    if not next_due:
        return "none"
    due = dt.date.fromisoformat(next_due)
    return "overdue" if due < today else "today" if due == today else "later"


class Editor(Enum):
    """The editor the table gives a column's cells."""

    TEXT = "text"  # the view's own line edit
    OWNER = "owner"  # a list of the users
    LABEL = "label"  # the labels in use, or a new one


class Cells:
    """What the cells read besides their row: the default currency, the users, the activity
    types and their icons (read again on every settings change), and the organizations' custom
    values, read for every row read without them once a custom column is asked about: custom
    columns start hidden, and most lists never show one."""

    def __init__(self) -> None:
        self.users: dict[int, str] = {}
        self.types: dict[int, tuple[str, str]] = {}  # id -> (name, icon file name)
        self.currency = ("EUR", 2)
        self.field_ids: list[int] = []  # the custom columns' fields
        self._icons: dict[str, QIcon] = {}
        self._custom: dict[int, dict[int, str]] = {}
        self._unread: set[int] = set()  # rows read, their custom values not yet
        self._overdue: QBrush | None = None

    def set_reference(
        self, users: dict[int, str], types: dict[int, tuple[str, str]], currency: tuple[str, int]
    ) -> None:
        self.users, self.types, self.currency = users, types, currency
        self._icons.clear()

    def money(self, minor: int) -> str:
        code, exponent = self.currency
        return format_money(minor, code, exponent)

    def icon(self, name: str) -> QIcon:
        icon = self._icons.get(name)
        if icon is None:
            icon = self._icons[name] = QIcon(str(resource_path("icons", name)))
        return icon

    def overdue_brush(self) -> QBrush:
        color = alarm_color()  # follows a switch to dark mode
        if self._overdue is None or self._overdue.color() != color:
            self._overdue = QBrush(color)
        return self._overdue

    def rows_read(self, org_ids: Iterable[int]) -> None:
        """These rows were read (again): their custom values are read when first asked."""
        self._unread.update(org_ids)

    def forget(self, org_id: int) -> None:
        self._custom.pop(org_id, None)

    def clear(self) -> None:
        self._custom.clear()
        self._unread.clear()

    def custom_value(self, org_id: int, field_id: int) -> str | None:
        if org_id in self._unread:
            self._read_custom_values()
        return self._custom.get(org_id, {}).get(field_id)

    def _read_custom_values(self) -> None:
        unread = list(self._unread)
        self._unread.clear()
        for start in range(0, len(unread), CUSTOM_CHUNK):
            chunk = unread[start : start + CUSTOM_CHUNK]
            values = customfields.values_of(Entity.ORGANIZATION, chunk, self.field_ids)
            for org in chunk:
                self._custom[org] = values.get(org, {})


Getter = Callable[[Cells, ListRow], object]
"""A cell's value for one role: from the cells' shared reading and the row."""


def _same(value: object) -> object:
    return value


@dataclasses.dataclass(frozen=True, eq=False)
class ColumnSpec:
    """One column of the account list. `key` names it to the edit handler, to the saved list of
    shown custom columns and to the CSV export; `title` is the header's English source text
    (translated when shown), or a custom field's name as its users typed it."""

    key: str
    title: str
    sort: Sort | int  # a Sort key (see account_list.SORT_COLUMNS), or a custom field id
    display: Getter
    sort_key: Getter  # SortKeyRole: the column's order, in Python
    numeric: bool = False  # right-aligned, header too
    edit: Getter | None = None  # the value an editor starts from; None: not editable
    old: Getter | None = None  # the value an edit replaces, for undo (default: `edit`'s)
    stored: Callable[[object], object] = _same  # what was typed, in the form the domain keeps
    editor: Editor = Editor.TEXT
    decoration: Getter | None = None
    foreground: Getter | None = None
    tooltip: Getter | None = None
    field: FieldDefinition | None = None  # the custom field a custom column shows
    width: int = 120  # the default width
    always_shown: bool = False  # the header menu does not offer to hide it
    roles: dict[int, Getter] = dataclasses.field(init=False, repr=False)

    def __post_init__(self) -> None:
        alignment = RIGHT if self.numeric else LEFT
        roles: dict[int, Getter] = {
            int(Qt.ItemDataRole.DisplayRole): self.display,
            int(Qt.ItemDataRole.EditRole): self.edit or self.display,
            int(Qt.ItemDataRole.TextAlignmentRole): lambda _cells, _row: alignment,
            int(SortKeyRole): self.sort_key,
            int(OrgIdRole): _org_id,
            int(StateRole): _state,
        }
        for role, getter in (
            (Qt.ItemDataRole.DecorationRole, self.decoration),
            (Qt.ItemDataRole.ForegroundRole, self.foreground),
            (Qt.ItemDataRole.ToolTipRole, self.tooltip),
        ):
            if getter is not None:
                roles[int(role)] = getter
        object.__setattr__(self, "roles", roles)

    @property
    def editable(self) -> bool:
        return self.edit is not None

    def header(self) -> str:
        return (
            self.title
            if self.field is not None
            else QCoreApplication.translate("AccountsModel", self.title)
        )

    def old_value(self, cells: Cells, row: ListRow) -> object:
        """What an edit replaces: what undo puts back."""
        getter = self.old or self.edit or self.display
        return getter(cells, row)


# -- the standard columns' cells ------------------------------------------------------------


def _value_of(name: str) -> Getter:
    """The row's own value (a count or an amount): a sort key as the database orders it."""
    read = operator.attrgetter(name)
    return lambda _cells, row: read(row)


def _org_id(_cells: Cells, row: ListRow) -> int:
    return row.id


def _state(_cells: Cells, row: ListRow) -> str:
    return state_of(row.next_due, clock.today())


def _qdate(text: str | None) -> QDate:
    if not text:
        return QDate()
    day = dt.date.fromisoformat(text[:10])
    return QDate(day.year, day.month, day.day)


def _short_date(text: str | None) -> str:
    return QLocale().toString(_qdate(text), QLocale.FormatType.ShortFormat)


def _name(_cells: Cells, row: ListRow) -> str:
    return row.name


def _name_key(_cells: Cells, row: ListRow) -> str:
    return row.name.lower()


def _state_icon(cells: Cells, row: ListRow) -> QIcon:
    return cells.icon(f"state-{state_of(row.next_due, clock.today())}.svg")


_STATE_TIPS = {
    "overdue": QT_TRANSLATE_NOOP("AccountsModel", "The next activity is overdue"),
    "today": QT_TRANSLATE_NOOP("AccountsModel", "An activity is due today"),
    "later": QT_TRANSLATE_NOOP("AccountsModel", "A follow-up is planned"),
    "none": QT_TRANSLATE_NOOP("AccountsModel", "Nothing planned"),
}


def _state_tip(_cells: Cells, row: ListRow) -> str:
    return QCoreApplication.translate(
        "AccountsModel", str(_STATE_TIPS[state_of(row.next_due, clock.today())])
    )


def _owner(_cells: Cells, row: ListRow) -> str:
    return row.owner or ""


def _owner_key(_cells: Cells, row: ListRow) -> str:
    return (row.owner or "").lower()


def _owner_id(_cells: Cells, row: ListRow) -> int | None:
    return row.owner_id


def _won_deals(_cells: Cells, row: ListRow) -> str:
    return QLocale().toString(row.won_deals)


def _won_value(cells: Cells, row: ListRow) -> str:
    if row.won_unpriced:  # deals in a currency without a rate are not in it
        return fill(QCoreApplication.translate("AccountsModel", "%1 *"), cells.money(row.won_value))
    return cells.money(row.won_value)


def _unpriced_tip(_cells: Cells, row: ListRow) -> str | None:
    if not row.won_unpriced:
        return None
    codes = ", ".join(unpriced_currencies(row.id))  # read only when a tooltip shows
    return fill(
        QCoreApplication.translate(
            "AccountsModel", "No exchange rate yet for %1: the won value leaves those deals out."
        ),
        codes,
    )


def _open_value(cells: Cells, row: ListRow) -> str:
    return cells.money(row.open_value)


def _people(_cells: Cells, row: ListRow) -> str:
    return QLocale().toString(row.people)


def _last_contacted(_cells: Cells, row: ListRow) -> str:
    return _short_date(row.last_contacted)


def _last_contacted_key(_cells: Cells, row: ListRow) -> str:
    return row.last_contacted or ""


def _days_ago(_cells: Cells, row: ListRow) -> str | None:
    if not row.last_contacted:
        return None
    days = (clock.today() - dt.date.fromisoformat(row.last_contacted[:10])).days
    return QCoreApplication.translate("AccountsModel", "%n day(s) ago", "", days)


def _next_activity(_cells: Cells, row: ListRow) -> str:
    if not row.next_due:
        return QCoreApplication.translate("AccountsModel", "Nothing planned")
    locale = QLocale()
    when = locale.toString(_qdate(row.next_due), QLocale.FormatType.ShortFormat)
    if row.next_due_time:
        hour, minute = (int(p) for p in row.next_due_time.split(":")[:2])
        when += " " + locale.toString(QTime(hour, minute), QLocale.FormatType.ShortFormat)
    return f"{when} · {row.next_subject}"


def _next_activity_key(_cells: Cells, row: ListRow) -> str:
    return f"{row.next_due or '9999'} {row.next_due_time or ''}"


def _overdue(cells: Cells, row: ListRow) -> QBrush | None:
    if state_of(row.next_due, clock.today()) == "overdue":
        return cells.overdue_brush()
    return None


def _type_icon(cells: Cells, row: ListRow) -> QIcon | None:
    if row.next_type_id is None:
        return None
    _, icon = cells.types.get(row.next_type_id, ("", ""))
    return cells.icon(icon) if icon else None


def _type_tip(cells: Cells, row: ListRow) -> str | None:
    if row.next_type_id is None:
        return None
    name, _ = cells.types.get(row.next_type_id, ("", ""))
    return f"{name}: {_next_activity(cells, row)}"


def _account_since(_cells: Cells, row: ListRow) -> str:
    return _short_date(row.account_since)


def _account_since_key(_cells: Cells, row: ListRow) -> str:
    return row.account_since or ""


def _label(_cells: Cells, row: ListRow) -> str:
    return row.label


def _label_key(_cells: Cells, row: ListRow) -> str:
    return row.label.lower()


# One entry per column, alike by design. In the order the list shows them at first; a saved
# header state keeps columns by position, so new standard columns go at the end, before the
# custom columns.
BASE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec(
        "name",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Name")),
        Sort.NAME,
        _name,
        _name_key,
        edit=_name,
        decoration=_state_icon,
        tooltip=_state_tip,
        width=250,
        always_shown=True,
    ),
    ColumnSpec(
        "owner",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Owner")),
        Sort.OWNER,
        _owner,
        _owner_key,
        edit=_owner_id,
        editor=Editor.OWNER,
        width=130,
    ),
    ColumnSpec(
        "won_deals",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Won deals")),
        Sort.WON_DEALS,
        _won_deals,
        _value_of("won_deals"),
        numeric=True,
        width=80,
    ),
    ColumnSpec(
        "won_value",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Won value")),
        Sort.WON_VALUE,
        _won_value,
        _value_of("won_value"),
        numeric=True,
        tooltip=_unpriced_tip,
        width=110,
    ),
    ColumnSpec(
        "open_value",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Open deals value")),
        Sort.OPEN_VALUE,
        _open_value,
        _value_of("open_value"),
        numeric=True,
        width=120,
    ),
    ColumnSpec(
        "people",
        str(QT_TRANSLATE_NOOP("AccountsModel", "People")),
        Sort.PEOPLE,
        _people,
        _value_of("people"),
        numeric=True,
        width=60,
    ),
    ColumnSpec(
        "last_contacted",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Last contacted")),
        Sort.LAST_CONTACTED,
        _last_contacted,
        _last_contacted_key,
        tooltip=_days_ago,
        width=105,
    ),
    ColumnSpec(
        "next_activity",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Next activity")),
        Sort.NEXT_ACTIVITY,
        _next_activity,
        _next_activity_key,
        decoration=_type_icon,
        foreground=_overdue,
        tooltip=_type_tip,
        width=300,
    ),
    ColumnSpec(
        "account_since",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Account since")),
        Sort.ACCOUNT_SINCE,
        _account_since,
        _account_since_key,
        width=105,
    ),
    ColumnSpec(
        "label",
        str(QT_TRANSLATE_NOOP("AccountsModel", "Label")),
        Sort.LABEL,
        _label,
        _label_key,
        edit=_label,
        editor=Editor.LABEL,
        width=130,
    ),
)


# -- custom columns -------------------------------------------------------------------------


def _number_stored(value: object) -> object:
    """A number as typed, in the form the domain stores: without the locale's group
    separators, with a decimal point."""
    locale = QLocale()
    text = str(value).strip().replace(locale.groupSeparator(), "").replace("\u00a0", "")
    return text.replace(locale.decimalPoint(), ".")


def custom_column(definition: FieldDefinition) -> ColumnSpec:
    """The column of an organization custom field: its value as the field type shows it,
    sorted by the stored value, edited as text."""
    field_id = definition.id
    numeric = definition.field_type in NUMERIC_TYPES
    listed = definition.field_type in (FieldType.MULTIPLE_OPTIONS, FieldType.USER)

    def stored(cells: Cells, row: ListRow) -> str:
        return cells.custom_value(row.id, field_id) or ""

    def display(cells: Cells, row: ListRow) -> str:
        value = cells.custom_value(row.id, field_id)
        return format_custom(definition, value, cells.users, QLocale())

    def edit(cells: Cells, row: ListRow) -> str:
        value = cells.custom_value(row.id, field_id)
        if value is None:
            return ""
        if numeric:
            return format_custom(definition, value, cells.users, QLocale())
        if listed:
            return customfields.display_text(definition, value, cells.users)
        return value  # text as stored; dates as YYYY-MM-DD, which nobody misreads

    return ColumnSpec(
        f"custom:{field_id}",
        definition.name,
        field_id,
        display,
        stored,
        numeric=numeric,
        edit=edit,
        old=stored,
        stored=_number_stored if numeric else _same,
        field=definition,
    )
