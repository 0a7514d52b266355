"""The Kanban board: one lazy list model per column (the bucket of each account's next activity),
and the board that keeps their headers and contents in step with the change hub."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)

from accountmgr.domain import account_list, clock, transaction
from accountmgr.domain.account_list import AccountFilter, ListRow, Shown, Sort
from accountmgr.domain.buckets import Bucket, bucket_for
from accountmgr.domain.changes import Change, Kind
from accountmgr.qtmodels.account_columns import OrgIdRole, state_of
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub

CardRole = Qt.ItemDataRole.UserRole + 10  # the card's ListRow
MIME_TYPE = "application/x-accountmgr-organization-ids"
PAGE = 50  # cards fetched at a time

AnyIndex = QModelIndex | QPersistentModelIndex


# Ids mean something only in the database they come from: a drag from another window of the
# application (another database) carries another token and is refused.
_SESSION = uuid.uuid4().hex


def encode_ids(org_ids: list[int]) -> QMimeData:
    """Drag data: the organization ids, in the application's own MIME type."""
    mime = QMimeData()
    payload = {"session": _SESSION, "ids": org_ids}
    mime.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[int]:
    """The organization ids a drag from this window carries; empty for anything else."""
    if not mime.hasFormat(MIME_TYPE):
        return []
    try:
        payload = json.loads(bytes(mime.data(MIME_TYPE).data()).decode())
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(payload, dict) or payload.get("session") != _SESSION:
        return []
    ids = payload.get("ids")
    return [i for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


PROBES = 256  # loaded cards whose keys a card's place is first looked for among


class _Keys:
    """Sort keys of cards (see account_list.card_keys), read as they are needed."""

    def __init__(self, order: Sort) -> None:
        self._order = order
        self._known: dict[int, Any] = {}

    def read(self, org_ids: Sequence[int]) -> None:
        wanted = [o for o in org_ids if o not in self._known]
        found = account_list.card_keys(wanted, self._order) if wanted else {}
        self._known.update({o: found.get(o) for o in wanted})

    def __getitem__(self, org_id: int) -> Any:
        if org_id not in self._known:
            self.read([org_id])
        return self._known[org_id]


class ColumnModel(QStringListModel):
    """The cards of one bucket, by due date (by name for "No activity"), 50 at a time.

    The rows are kept by Qt as well, as the organization ids in text: a list view lays out
    every row again after a card comes or goes, asking the model for an index (and so for its
    row count) twice per row, and at 11,000 cards those calls into Python alone took 20 ms.
    Qt's own list answers them; `_ids` mirrors it for the application's lookups, and data()
    reads the id of a row from Qt's list, so both agree while Qt announces a change."""

    def __init__(self, bucket: Bucket, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bucket = bucket
        self._filter = AccountFilter()
        self.first_weekday = 0
        self._ids: list[int] = []
        self._rows: dict[int, ListRow] = {}
        self._more = False

    # -- loading --------------------------------------------------------------------------

    @property
    def card_order(self) -> Sort:
        return Sort.NAME if self.bucket is Bucket.NO_ACTIVITY else Sort.DUE

    @property
    def column_filter(self) -> AccountFilter:
        return dataclasses.replace(self._filter, bucket=self.bucket)

    def _page(self, limit: int | None, after: int | None = None) -> list[int]:
        """The column's ids in card order: the first `limit` (every id with None), or the
        `limit` that follow the card `after` (a page costs the same at the column's end)."""
        return account_list.account_ids(
            self.column_filter,
            self.card_order,
            today=clock.today(),
            first_weekday=self.first_weekday,
            limit=limit,
            after=after,
        )

    def reload(
        self, flt: AccountFilter | None = None, forget: frozenset[int] = frozenset()
    ) -> None:
        """Read the column again (as many cards as were loaded, at least a page): for a new
        filter, a new day, or a change made elsewhere that names no accounts."""
        if flt is not None:
            self._filter = flt
        limit = max(PAGE, len(self._ids))
        ids = self._page(limit)
        for org_id in forget:
            self._rows.pop(org_id, None)
        if ids == self._ids:
            changed = [row for row, org_id in enumerate(ids) if org_id in forget]
            for row in changed:
                self.dataChanged.emit(self.index(row), self.index(row))
            return
        kept = set(ids)
        self._rows = {i: r for i, r in self._rows.items() if i in kept}
        self._more = len(ids) == limit
        self._ids = ids
        self.setStringList([str(i) for i in ids])

    def update_cards(self, touched: frozenset[int], arriving: set[int]) -> None:
        """Accounts whose next activity (or card) changed: `touched`, of which `arriving` now
        belong in this column. Their cards leave the rows they held and come in where they
        now sort, when that lies among the cards loaded; the other cards stay as they are, so
        a column scrolled far down keeps its place and reads nothing again. Where a card
        goes is found by halving the loaded cards, their keys read in one or a few queries (an
        index count would walk every card before it)."""
        held = {org_id: row for row, org_id in enumerate(self._ids) if org_id in touched}
        for org_id in touched:
            self._rows.pop(org_id, None)
        if not held and not arriving:
            return
        keys = _Keys(self.card_order)
        if held.keys() == arriving and len(held) == 1:
            [(org_id, row)] = held.items()
            neighbours = self._ids[max(0, row - 1) : row + 2]
            keys.read(neighbours)
            key = keys[org_id]
            last = row + 1 == len(self._ids)
            if (
                key is not None
                and (row == 0 or keys[self._ids[row - 1]] < key)
                # the last loaded card: the next page follows its key, which must not move
                and (not last or not self._more)
                and (last or key < keys[self._ids[row + 1]])
            ):  # the card stays in its row (its subject, its owner changed)
                self.dataChanged.emit(self.index(row), self.index(row))
                return
        for row in sorted(held.values(), reverse=True):
            QStringListModel.removeRows(self, row, 1)
            del self._ids[row]
        keys.read(list(arriving))
        for org_id in sorted((o for o in arriving if keys[o] is not None), key=keys.__getitem__):
            place = self._place(keys, org_id)
            if place is None:
                break  # beyond the cards loaded: the next page brings it (and those after it)
            self._insert(place, [org_id])

    def _place(self, keys: _Keys, org_id: int) -> int | None:
        """The row where a card goes among the loaded cards, None when it sorts after all of
        them and more are still to load."""
        key = keys[org_id]
        low, high = 0, len(self._ids)
        # The keys the halving visits first, read at once (each read is a round trip to a
        # team's server): a loaded card in every PROBES, then a few more one at a time.
        keys.read(self._ids[:: max(1, high // PROBES)])
        while low < high:
            middle = (low + high) // 2
            probe = keys[self._ids[middle]]
            if probe is not None and probe < key:
                low = middle + 1
            else:
                high = middle
        return None if low == len(self._ids) and self._more else low

    def _position(self, org_id: int) -> int | None:
        return account_list.position(
            self.column_filter,
            org_id,
            self.card_order,
            today=clock.today(),
            first_weekday=self.first_weekday,
        )

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        with transaction.unless_out_of_reach():  # more once the server is back
            self._fetch_more()

    def _fetch_more(self) -> None:
        if not self._ids:
            more = self._page(PAGE)
        else:
            more = self._page(PAGE, after=self._ids[-1])
            if not more and self._position(self._ids[-1]) is None:
                # The last card left the column unannounced: continue by count instead.
                more = self._page(len(self._ids) + PAGE)[len(self._ids) :]
        loaded = set(self._ids)
        more = [i for i in more if i not in loaded]
        self._more = len(more) == PAGE
        self._insert(len(self._ids), more)

    def _insert(self, row: int, org_ids: list[int]) -> None:
        """New rows at `row` in Qt's list and in `_ids` (see the class)."""
        if not org_ids:
            return
        QStringListModel.insertRows(self, row, len(org_ids))
        for offset, org_id in enumerate(org_ids):
            QStringListModel.setData(self, self.index(row + offset), str(org_id))
        self._ids[row:row] = org_ids

    def org_id(self, row: int) -> int:
        return self._ids[row]

    def ids_loaded(self) -> list[int]:
        return list(self._ids)

    def forget_all(self) -> None:
        """Drop every card's data (everything changed, e.g. exchange rates)."""
        self._rows.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def row_of(self, org_id: int) -> int | None:
        return self._ids.index(org_id) if org_id in self._ids else None

    def reveal(self, org_ids: Sequence[int]) -> None:
        """Load the cards of these accounts when they lie beyond the pages read so far: the
        rest of the column's ids in one query (ids only; cards are read as they are shown)."""
        if not self._more or all(org_id in self._ids for org_id in org_ids):
            return
        loaded = set(self._ids)
        rest = [i for i in self._page(None) if i not in loaded]
        self._more = False
        self._insert(len(self._ids), rest)

    def card(self, row: int) -> ListRow:
        return self._card(self._ids[row], row)

    def _card(self, org_id: int, row: int) -> ListRow:
        """An account's card; read with those of the page of rows from `row`."""
        found = self._rows.get(org_id)
        if found is None:
            wanted = {org_id, *(i for i in self._ids[row : row + PAGE] if i not in self._rows)}
            with transaction.unless_out_of_reach():  # blank until read again once it is back
                self._rows.update(account_list.rows(list(wanted)))
            found = self._rows.get(org_id) or ListRow.blank(org_id)
        return found

    # -- Qt model interface ---------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text = QStringListModel.data(self, index, Qt.ItemDataRole.DisplayRole)
        if not text:
            return None  # a row Qt has just made, its id not written yet
        card = self._card(int(text), index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return card.name
        if role == CardRole:
            return card
        if role == OrgIdRole:
            return card.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(card)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._accessible(card)
        return None

    def removeRows(
        self,
        row: int,
        count: int,
        parent: AnyIndex = QModelIndex(),  # noqa: B008
    ) -> bool:
        """Refused: after a card is dragged out (a move), Qt's view asks its model to remove
        the dragged rows, which would drop whichever card then sat in that row as well. A
        card leaves its column only through `update_cards`, once its account's next activity
        moved."""
        return False

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([int(QStringListModel.data(self, self.index(r))) for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def _accessible(self, card: ListRow) -> str:
        state = state_of(card.next_due, clock.today())
        if card.next_subject:
            return fill(
                QCoreApplication.translate("KanbanModel", "%1, next: %2 on %3 (%4)"),
                card.name,
                card.next_subject,
                card.next_due or "",
                state,
            )
        return QCoreApplication.translate("KanbanModel", "%1, nothing planned").replace(
            "%1", card.name
        )


class KanbanBoard(QObject):
    """The seven columns, their header figures, and the filter they share with the list."""

    totals_changed = Signal()
    updating = Signal()  # cards are about to move between columns (totals_changed follows)

    def __init__(self, hub: ChangeHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = {bucket: ColumnModel(bucket, self) for bucket in Bucket}
        self.totals: dict[Bucket, Shown] = {bucket: Shown(0, 0) for bucket in Bucket}
        self._filter = AccountFilter()
        self._first_weekday = 0
        self._active = True
        self._stale: set[int] | None = None  # changed while hidden: refresh when shown
        hub.changed.connect(self.on_change)

    def set_active(self, active: bool) -> None:
        """A hidden board only notes changes; it catches up when it is shown again."""
        self._active = active
        if active and self._stale is not None:
            self.refresh(frozenset(self._stale))  # a failed read leaves it to catch up
            self._stale = None

    @property
    def first_weekday(self) -> int:
        return self._first_weekday

    @first_weekday.setter
    def first_weekday(self, value: int) -> None:
        self._first_weekday = value
        for column in self.columns.values():
            column.first_weekday = value

    def set_filter(self, flt: AccountFilter) -> None:
        self._filter = dataclasses.replace(flt, bucket=None)  # the board shows every column
        if self._active:
            self.refresh()
        else:
            self._stale = self._stale or set()

    def refresh(self, forget: frozenset[int] = frozenset(), *, everything: bool = False) -> None:
        """Read the header figures and every column again (today may have moved, too)."""
        if everything:
            for column in self.columns.values():
                column.forget_all()
        self.totals = account_list.board(
            self._filter, today=clock.today(), first_weekday=self._first_weekday
        )
        for column in self.columns.values():
            column.reload(self._filter, forget)
        self.totals_changed.emit()

    def _update(self, touched: frozenset[int]) -> None:
        """The header figures again, and only the cards of the accounts a change named."""
        self.updating.emit()
        self.totals = account_list.board(
            self._filter, today=clock.today(), first_weekday=self._first_weekday
        )
        placed = self.locate(list(touched))
        for bucket, column in self.columns.items():
            column.update_cards(touched, {o for o, b in placed.items() if b is bucket})
        self.totals_changed.emit()

    def locate(self, org_ids: Sequence[int]) -> dict[int, Bucket]:
        """The column of each of these accounts that the board shows, loaded or not."""
        today = clock.today()
        found = account_list.shown_among(
            self._filter, org_ids, today=today, first_weekday=self._first_weekday
        )
        return {
            org_id: bucket_for(
                None if due is None else dt.date.fromisoformat(due), today, self._first_weekday
            )
            for org_id, due in found.items()
        }

    def column_of(self, org_id: int) -> Bucket | None:
        for bucket, column in self.columns.items():
            if column.row_of(org_id) is not None:
                return bucket
        return None

    @Slot(object)
    def on_change(self, change: Change) -> None:
        if not (change.org_ids or Kind.ALL in change.kinds):
            return
        if self._active and Kind.ALL in change.kinds:
            self.refresh(frozenset(change.org_ids), everything=True)
        elif self._active:
            self._update(frozenset(change.org_ids))
        else:
            self._stale = (self._stale or set()) | set(change.org_ids)
            if Kind.ALL in change.kinds:
                for column in self.columns.values():
                    column.forget_all()
