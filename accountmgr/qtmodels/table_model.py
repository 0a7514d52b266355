"""One table model for lists of row records: each column is described once by a `Column` (its
header, and what it shows of a record for each role), and `RecordTableModel` does the rest of
what a `QAbstractTableModel` must (counts, headers, flags, the role dispatch, resets and row
replacement).

A model lists its columns (`COLUMNS`, or `set_items(..., columns=...)` when they depend on the
data), names the translation context of their headers (`CONTEXT`), and says what holds for a
whole row in `ROW_ROLES` or `row_data` (ids, the record itself) and in `muted` (a greyed row).
Editable columns say so with `editable=True`; the model writes their values in `set_cell`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QGuiApplication, QPalette

AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
Getter = Callable[[R], Any]
Text = str | Callable[[], str]
"""English source text, translated in the model's context, or a function giving the text shown
(for headers that depend on the data and are translated elsewhere)."""

RowRoles = Mapping[int, Getter[Any]]

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
"""Numbers, sizes and amounts."""

_INVALID = QModelIndex()
_Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column of a `RecordTableModel`: what each role shows of a row's record (None: nothing,
    the row's own value from `row_data` if it has one)."""

    header: Text
    display: Getter[R]
    tooltip: Getter[R] | None = None
    decoration: Getter[R] | None = None
    foreground: Getter[R] | None = None
    background: Getter[R] | None = None
    font: Getter[R] | None = None
    edit: Getter[R] | None = None
    """The EditRole value (an editor's start); the column is only editable with `editable`."""
    alignment: Qt.AlignmentFlag | None = None
    editable: bool = False
    header_tooltip: Text | None = None
    roles: Mapping[int, Getter[R]] = field(default_factory=dict)
    """Any further role (the model's custom roles, accessibility texts)."""

    _by_role: dict[int, Getter[R] | None] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_role: dict[int, Getter[R] | None] = {
            **self.roles,
            _Role.DisplayRole: self.display,
            _Role.ToolTipRole: self.tooltip,
            _Role.DecorationRole: self.decoration,
            _Role.ForegroundRole: self.foreground,
            _Role.BackgroundRole: self.background,
            _Role.FontRole: self.font,
            _Role.EditRole: self.edit,
        }
        object.__setattr__(self, "_by_role", by_role)  # frozen: set once, here

    def getter(self, role: int) -> Getter[R] | None:
        """What shows this role of a record in this column (None: nothing)."""
        return self._by_role.get(role)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of records (`items`), columns described by `Column`s."""

    CONTEXT = "RecordTableModel"  # the translation context of the headers
    COLUMNS: Sequence[Column[Any]] = ()
    ROW_ROLES: ClassVar[RowRoles] = {}  # roles every cell of a row answers alike

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.items: list[R] = []
        self.columns: list[Column[R]] = list(self.COLUMNS)

    # -- the rows -------------------------------------------------------------------------

    def set_items(self, items: Sequence[R], columns: Sequence[Column[R]] | None = None) -> None:
        """Show these records (and these columns, when given) instead of the ones shown."""
        self.beginResetModel()
        self.items = list(items)
        if columns is not None:
            self.columns = list(columns)
        self.endResetModel()

    def replace_item(self, row: int, item: R) -> None:
        """Show this record at this row (the same row, read again)."""
        self.items[row] = item
        self.row_changed(row)

    def row_changed(self, row: int) -> None:
        """Tell the views that what a row shows has changed."""
        if self.columns:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def item(self, row: int) -> R | None:
        return self.items[row] if 0 <= row < len(self.items) else None

    def item_id(self, item: R) -> int | None:
        """The id of a record (its `id`, by default)."""
        found = getattr(item, "id", None)
        return found if isinstance(found, int) else None

    def id_at(self, row: int) -> int | None:
        found = self.item(row)
        return None if found is None else self.item_id(found)

    def row_of(self, item_id: int) -> int:
        """The row of the record with this id, or -1."""
        return next((n for n, item in enumerate(self.items) if self.item_id(item) == item_id), -1)

    # -- what subclasses add --------------------------------------------------------------

    def row_data(self, item: R, role: int) -> Any:
        """What a role shows in every column of a record's row where the column shows nothing
        (by default what `ROW_ROLES` says)."""
        getter = self.ROW_ROLES.get(role)
        return getter(item) if getter is not None else None

    def muted(self, item: R) -> bool:
        """Whether a record's row is greyed (retired, done)."""
        return False

    def set_cell(self, row: int, column: int, value: Any, role: int) -> bool:
        """Write an editable cell (`setData` for a valid index of an editable column)."""
        return False

    # -- QAbstractItemModel ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = _INVALID) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def _text(self, text: Text) -> str:
        return text() if callable(text) else QCoreApplication.translate(self.CONTEXT, text)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = _Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == _Role.DisplayRole:
            return self._text(column.header)
        if role == _Role.ToolTipRole and column.header_tooltip is not None:
            return self._text(column.header_tooltip)
        return None

    def _cell(self, index: AnyIndex) -> tuple[R, Column[R]] | None:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self.items)
            or not 0 <= index.column() < len(self.columns)
        ):
            return None
        return self.items[index.row()], self.columns[index.column()]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        cell = self._cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if cell[1].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = _Role.DisplayRole) -> Any:
        cell = self._cell(index)
        if cell is None:
            return None
        item, column = cell
        if role == _Role.TextAlignmentRole and column.alignment is not None:
            return int(column.alignment)
        getter = column.getter(role)
        value = getter(item) if getter is not None else None
        if value is None:
            value = self.row_data(item, role)
        if value is None and role == _Role.ForegroundRole and self.muted(item):
            return muted_brush()
        return value

    def setData(self, index: AnyIndex, value: Any, role: int = _Role.EditRole) -> bool:
        cell = self._cell(index)
        if cell is None or not cell[1].editable:
            return False
        return self.set_cell(index.row(), index.column(), value, role)


def muted_brush() -> QBrush:
    """The text colour of what is retired, done or left out: the palette's disabled text."""
    return QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
