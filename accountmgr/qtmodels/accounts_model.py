"""The account list as a lazy table model: a row count and ids sorted and filtered in SQL, read a
window at a time as far as a view has gone, and a row cache filled a block at a time for the rows
a view actually asks about."""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)

from accountmgr.domain import account_list, accounts, clock, transaction
from accountmgr.domain.account_list import AccountFilter, ListRow, Shown, Sort
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.customfields import FieldDefinition
from accountmgr.qtmodels.account_columns import (
    BASE_COLUMNS,
    RIGHT,
    Cells,
    ColumnSpec,
    custom_column,
)
from accountmgr.qtmodels.hub import ChangeHub

BLOCK = 100  # rows fetched per query
ID_WINDOW = 256  # ids read at first; further ones as a view scrolls to them
COUNT_LATER_MS = 100  # the row count, when no view has painted the first screen by then
# More ids than this looked up at once: one map of every id read to its row (5 ms to build at
# 50,000 rows) instead of a scan for each (up to 0.5 ms).
MAPPED_LOOKUPS = 16
CACHE_LIMIT = 4_000  # rows kept; past this the cache starts over, so memory stays flat

AnyIndex = QModelIndex | QPersistentModelIndex
_LAYOUT_SIGNATURE = ("QList<QPersistentModelIndex>", QAbstractItemModel.LayoutChangeHint)
_ROW_SORT = QAbstractItemModel.LayoutChangeHint.VerticalSortHint

EditHandler = Callable[[int, str, Any, Any], bool]
"""(org_id, column key, old value, new value) -> whether the edit was applied."""


class AccountsModel(QAbstractTableModel):
    """Accounts (or all organizations) for the List tab.

    Edits go through `edit_handler`, so the window can make them undoable; changes published on
    the hub refresh only the rows of the organizations they name.
    """

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = AccountFilter()
        self._sort: Sort | int = Sort.NAME
        self._descending = False
        self._ids: list[int] = []  # display order: the first rows, or all of them
        self._count = 0  # rows shown
        self._rows_of_cache: dict[int, int] | None = None
        self._cache: dict[int, ListRow] = {}
        self._cells = Cells()  # what the columns read besides the row
        self._columns: tuple[ColumnSpec, ...] = BASE_COLUMNS
        self.first_weekday = 0
        self.edit_handler: EditHandler | None = None
        self._active = True
        self._stale = False  # changed while no view showed it: read again when shown
        self._figures: Shown | None = None  # see figures
        # The first screen does not wait for the row count: a view that painted it asks for
        # the count (finish_count); without one, this timer does (see _reload_ids).
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_LATER_MS)
        self._count_timer.timeout.connect(self.finish_count)
        hub.changed.connect(self.on_change)
        self._load_reference_data()
        self._reload_ids()

    # -- what the model shows -------------------------------------------------------------

    @property
    def columns(self) -> tuple[ColumnSpec, ...]:
        return self._columns

    @property
    def account_filter(self) -> AccountFilter:
        return self._filter

    def set_filter(self, flt: AccountFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self._figures = None
            if self._active:
                self._reset()
            else:
                self._stale = True

    def set_active(self, active: bool) -> None:
        """While the list is hidden, changes only mark it stale; showing it reads it again."""
        self._active = active
        if active and self._stale:
            self._stale = False
            self._reset()

    def set_custom_fields(self, fields: list[FieldDefinition]) -> None:
        """Offer these organization custom fields as extra columns, after the standard ones."""
        self.beginResetModel()
        self._columns = BASE_COLUMNS + tuple(custom_column(f) for f in fields)
        self._cells.field_ids = [f.id for f in fields]
        self._clear_cache()
        self.endResetModel()

    def org_id(self, row: int) -> int:
        if row >= len(self._ids):
            self._read_ids(row + 1)
        return self._ids[row]

    def row_of(self, org_id: int) -> int | None:
        """The row showing an organization, None when the list does not show it: among the
        ids read so far (see `_loaded_row`); beyond them, the database says where the row is
        (an index count), and only the ids up to it are read: selecting an account far down
        the list, or one a filter hides, does not read (or count) the whole list."""
        row = self._loaded_row(org_id)
        if row is not None:
            return row
        if len(self._ids) == self._count and not self.counting:
            return None  # every id is read
        place = self._position(org_id)
        if place is None:
            return None
        if place >= len(self._ids):
            self._exact()
            self._read_ids(place + 1)
        return place if self.org_id(place) == org_id else None

    def rows_of(self, org_ids: Collection[int]) -> dict[int, int]:
        """The rows of those of these organizations that the list shows (see `row_of`)."""
        found = self._loaded_rows(org_ids)
        for org_id in org_ids:
            if org_id not in found and (row := self.row_of(org_id)) is not None:
                found[org_id] = row
        return found

    def _loaded_rows(self, org_ids: Collection[int]) -> dict[int, int]:
        """The rows of these organizations among the ids read so far; many at once (a
        selection being restored) through one map of every id read to its row."""
        if len(org_ids) > MAPPED_LOOKUPS:
            rows = self._rows_of
            return {org_id: rows[org_id] for org_id in org_ids if org_id in rows}
        return {org_id: row for org_id in org_ids if (row := self._loaded_row(org_id)) is not None}

    @property
    def _rows_of(self) -> dict[int, int]:
        """Row of each organization id, built on first need after the list changed."""
        if self._rows_of_cache is None:
            self._rows_of_cache = {org_id: row for row, org_id in enumerate(self._ids)}
        return self._rows_of_cache

    def ids(self) -> list[int]:
        """Organization ids in display order (for export and bulk actions)."""
        self._exact()
        self._read_ids(self._count)
        return list(self._ids)

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for about ten roles per painted cell: a role the column does not answer
        # returns at once (an invalid index's column, -1, finds the last column, and its row,
        # -1, nothing).
        getter = self._columns[index.column()].roles.get(role)
        if getter is None:
            return None
        number = index.row()
        if not 0 <= number < self._count:
            return None
        ids = self._ids
        row = self._cache.get(ids[number]) if number < len(ids) else None
        if row is None:
            row = self._fetch(number)
        return getter(self._cells, row)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self._columns[index.column()]
        if column.edit is None or self.edit_handler is None:
            return False
        row = self._fetch(index.row())
        if value == column.edit(self._cells, row):
            return False
        # The handler gets the stored value as "old", so that undo puts back exactly that.
        old = column.old_value(self._cells, row)
        return self.edit_handler(row.id, column.key, old, column.stored(value))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        key = self._columns[column].sort
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return  # QTableView.sortByColumn asks twice; the list is already in this order
        self._sort, self._descending = key, descending
        self._relayout()

    # -- keeping up with changes ----------------------------------------------------------

    @Slot(object)
    def on_change(self, change: Change) -> None:
        """Refresh what a domain write touched: its rows, or the list when membership moved."""
        if Kind.ALL in change.kinds or Kind.SETTINGS in change.kinds:
            self._load_reference_data()
            self._reset()
            return
        for org_id in change.org_ids:
            self._cache.pop(org_id, None)
            self._cells.forget(org_id)
        self._figures = None
        if not change.org_ids:
            return
        if not self._active:
            self._stale = True
            return
        self._exact()
        if len(change.org_ids) == 1:
            self._move_row(next(iter(change.org_ids)))
            return
        shown = len(self._ids)
        count = self._query_count()
        if count == self._count and self._query_ids(shown) == self._ids:
            # the rows in place; those not read yet do not matter
            for row in self._loaded_rows(change.org_ids).values():
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))
            return
        new_ids = self._query_ids()
        if count == self._count and self._same_rows(new_ids):
            self._apply_order(new_ids)
        else:
            self._reset(new_ids)

    def _move_row(self, org_id: int) -> None:
        """One organization changed: its row repaints, moves to where it now sorts, leaves,
        or arrives, and nothing else is read again (the ids read so far stay the list's first
        rows, in order). A move keeps the row selected."""
        held = self._loaded_row(org_id)
        place = self._position(org_id)
        complete = len(self._ids) == self._count
        if held is not None and place == held:
            self.dataChanged.emit(self.index(held, 0), self.index(held, len(self._columns) - 1))
            return
        inside = place is not None and (place < len(self._ids) or complete)
        if held is not None and inside:
            assert place is not None
            self.beginMoveRows(QModelIndex(), held, held, QModelIndex(), place + (place > held))
            self._ids.insert(place, self._ids.pop(held))
            self._rows_of_cache = None
            self.endMoveRows()
            return
        if held is not None:
            self.beginRemoveRows(QModelIndex(), held, held)
            del self._ids[held]
            self._count -= 1
            self._rows_of_cache = None
            self.endRemoveRows()
        elif inside:
            assert place is not None
            self.beginInsertRows(QModelIndex(), place, place)
            self._ids.insert(place, org_id)
            self._count += 1
            self._rows_of_cache = None
            self.endInsertRows()
        if not complete or (place is not None and not inside):
            self._balance(self._query_count())

    def _balance(self, count: int) -> None:
        """Rows beyond the ids read (not read yet, so nobody knows which they are) come or go
        at the end, so that the row count is `count`."""
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            first = max(count, len(self._ids))
            if first >= self._count:
                self._reset()
                return
            self.beginRemoveRows(QModelIndex(), first, self._count - 1)
            self._count = first
            self.endRemoveRows()
            if count < self._count:
                self._reset()

    def _position(self, org_id: int) -> int | None:
        """The row of an organization in the whole list, from the database (see row_of)."""
        return account_list.position(
            self._filter,
            org_id,
            self._sort,
            self._descending,
            today=clock.today(),
            first_weekday=self.first_weekday,
        )

    def _loaded_row(self, org_id: int) -> int | None:
        """The row of an organization among the ids read so far (None: not among them): from
        the map of every id to its row when one was built since they changed, else by a scan
        (0.5 ms at 50,000 rows, against 5 ms to build the map for the one or two lookups a
        change usually brings)."""
        if self._rows_of_cache is not None:
            return self._rows_of_cache.get(org_id)
        try:
            return self._ids.index(org_id)
        except ValueError:
            return None

    def _same_rows(self, new_ids: list[int]) -> bool:
        """Whether `new_ids` (all of them, as many as before) holds every row read so far:
        then the change only moved rows."""
        if len(self._ids) == self._count:
            return sorted(new_ids) == sorted(self._ids)
        return set(self._ids) <= set(new_ids)

    def refresh_day(self) -> None:
        """The date changed (midnight): states and filters that depend on today move."""
        self._reset()

    # -- internals ------------------------------------------------------------------------

    def _load_reference_data(self) -> None:
        self._cells.set_reference(*account_list.cell_reference())

    def _query_ids(self, limit: int | None = None, offset: int = 0) -> list[int]:
        return account_list.account_ids(
            self._filter,
            self._sort,
            self._descending,
            today=clock.today(),
            first_weekday=self.first_weekday,
            limit=limit,
            offset=offset,
        )

    def _query_count(self) -> int:
        return account_list.account_count(
            self._filter, today=clock.today(), first_weekday=self.first_weekday
        )

    def _reload_ids(self, ids: list[int] | None = None) -> None:
        """Read the first ids again (or take all of them, when given). When they fill the
        first window, the rows beyond it are counted once the first screen is painted: a
        search that matches every account shows its first rows without waiting for the count
        (which reads every match)."""
        if ids is None:
            self._take_ids(self._query_ids(ID_WINDOW), first_window=True)
        else:
            self._take_ids(ids, first_window=False)

    def _take_ids(self, ids: list[int], *, first_window: bool) -> None:
        self._count_timer.stop()
        self._figures = None
        self._ids = ids
        if first_window and len(ids) == ID_WINDOW:
            self._count_timer.start()
        self._count = len(self._ids)
        self._rows_of_cache = None

    @property
    def counting(self) -> bool:
        """Whether the rows beyond the first window are still to be counted."""
        return self._count_timer.isActive()

    @property
    def currency(self) -> tuple[str, int]:
        """The default currency (code, exponent) its money columns are in."""
        return self._cells.currency

    def figures(self) -> Shown:
        """What the list shows and is worth, for the status bar (see accounts.shown_figures):
        read once per filter and change, with the row count when that was left for later."""
        if self._figures is None:
            self._figures = accounts.shown_figures(
                self._filter, today=clock.today(), first_weekday=self.first_weekday
            )
        return self._figures

    @Slot()
    def finish_count(self) -> None:
        """The rows beyond the first window (see _reload_ids), added to the end; counted with
        the status bar's figures, which follow at once."""
        self._count_timer.stop()
        count = self.figures().count
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()

    def _exact(self) -> None:
        """Count now what was left to count later (for what needs every row)."""
        if self._count_timer.isActive():
            self.finish_count()

    def _read_ids(self, rows: int) -> None:
        """Make sure the ids of the first `rows` rows are read. Windows grow as a view scrolls;
        past half the list, the rest is read at once."""
        have = len(self._ids)
        if rows <= have or have >= self._count:
            return
        wanted = max(rows + ID_WINDOW, 2 * have)
        if wanted >= self._count // 2:
            self._ids = self._query_ids()
            self._count = len(self._ids)
        else:
            self._ids = self._ids + self._query_ids(wanted - have, have)
        self._rows_of_cache = None

    def _clear_cache(self) -> None:
        self._cache.clear()
        self._cells.clear()

    def _reset(self, ids: list[int] | None = None) -> None:
        # Read before the reset: a read that fails (a team database's server out of reach)
        # leaves the rows on screen as they were.
        first_window = ids is None
        if ids is None:
            ids = self._query_ids(ID_WINDOW)
        self.beginResetModel()
        self._clear_cache()
        self._take_ids(ids, first_window=first_window)
        self.endResetModel()

    def _relayout(self) -> None:
        """The same rows in another order: read the first window, and all of them only when a
        selected or current row lies beyond it."""
        self._apply_order(self._query_ids(ID_WINDOW))

    def _apply_order(self, new_ids: list[int]) -> None:
        """Same rows in a new order (`new_ids`: all of them, or the first ones): a layout change
        that keeps selections and the current row, reading every id when one of those lies
        beyond `new_ids`."""
        # The overload with a hint (the plain one takes no arguments): for a row sort the
        # horizontal header keeps no indexes of its own, which would pin rows to be read.
        self.layoutAboutToBeChanged[_LAYOUT_SIGNATURE].emit([], _ROW_SORT)  # type: ignore[index]
        persistent = self.persistentIndexList()
        if persistent:
            self._exact()  # a kept row may lie beyond the rows counted so far
        kept = [(self.org_id(index.row()), index.column()) for index in persistent]
        if len(new_ids) < self._count and not {org_id for org_id, _ in kept} <= set(new_ids):
            new_ids = self._query_ids()  # a kept row lies beyond the first window
        self._ids, self._rows_of_cache = new_ids, None
        if kept:
            found = self._loaded_rows({org_id for org_id, _ in kept})
            rows = [found[org_id] for org_id, _ in kept]
            self.changePersistentIndexList(
                persistent,
                [self.index(row, column) for row, (_, column) in zip(rows, kept, strict=True)],
            )
        self.layoutChanged[_LAYOUT_SIGNATURE].emit([], _ROW_SORT)  # type: ignore[index]

    def _fetch(self, row: int) -> ListRow:
        # A team's server out of reach: the row is blank until everything is read again once
        # it is back (what was read stays on screen).
        with transaction.unless_out_of_reach():
            return self._read_row(row)
        return ListRow.blank(self._ids[row] if row < len(self._ids) else 0)

    def _read_row(self, row: int) -> ListRow:
        org_id = self.org_id(row)
        cached = self._cache.get(org_id)
        if cached is not None:
            return cached
        if len(self._cache) > CACHE_LIMIT:
            self._clear_cache()
        self._read_ids(min(row + BLOCK, self._count))
        block = self._ids[max(0, row - BLOCK // 4) : row + BLOCK]
        missing = [i for i in block if i not in self._cache]
        self._cache.update(account_list.rows(missing))
        for gone in set(missing) - self._cache.keys():
            self._cache[gone] = ListRow.blank(gone)
        self._cells.rows_read(missing)
        return self._cache[org_id]
