"""The Kanban tab: seven columns of account cards by the date of their next activity. Dragging a
card to a day schedules the follow-up; the keyboard and a context menu can do the same."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import account_list, clock
from accountmgr.domain.buckets import SCHEDULABLE, Bucket, drop_date
from accountmgr.qtmodels.account_columns import OrgIdRole
from accountmgr.qtmodels.formatting import fill, format_count, format_money
from accountmgr.qtmodels.kanban_model import ColumnModel, KanbanBoard, decode_ids
from accountmgr.views.bucket_titles import column_title
from accountmgr.views.card_delegate import CardDelegate
from accountmgr.views.platform_keys import schedule_shortcut, unmodified

COLUMN_WIDTH = 210
DROP_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


class CardList(QListView):
    """One column's cards. Accepts drops of our own cards on the columns that schedule."""

    dropped = Signal(list, object, bool)  # organization ids, bucket, always ask (modifier)
    step = Signal(int)  # -1: the column on the left, +1: on the right

    def __init__(
        self,
        model: ColumnModel,
        delegate: CardDelegate,
        first_weekday: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.bucket = model.bucket
        self._first_weekday = first_weekday
        self.setModel(model)
        self.setItemDelegate(delegate)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAccessibleName(column_title(self.bucket))

    @property
    def accepts_drops(self) -> bool:
        """Only the columns that schedule take drops, and This week only while a day of it is
        left after tomorrow."""
        if self.bucket not in SCHEDULABLE:
            return False
        return drop_date(self.bucket, clock.today(), self._first_weekday()) is not None

    def _ours(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        return self.accepts_drops and bool(decode_ids(event.mimeData()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._ours(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()  # No activity and Overdue: the forbidden cursor

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._ours(event):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self._ours(event):
            event.ignore()
            return
        ids = decode_ids(event.mimeData())
        always_ask = bool(event.modifiers() & DROP_MODIFIERS)
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        # Scheduling may open a dialog: not inside the drag's own event loop.
        QTimer.singleShot(0, lambda: self.dropped.emit(ids, self.bucket, always_ask))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Left and unmodified(event):
            self.step.emit(-1)
            return
        if event.key() == Qt.Key.Key_Right and unmodified(event):
            self.step.emit(+1)
            return
        super().keyPressEvent(event)


def kanban_reference() -> tuple[dict[int, str], tuple[str, int]]:
    """What the cards show besides their accounts: each activity type's icon, and the
    default currency (read together)."""
    _, types, currency = account_list.cell_reference()
    return {type_id: icon for type_id, (_, icon) in types.items()}, currency


class KanbanTab(QWidget):
    """The board. It asks the window to act (schedule, mark done, open); it changes nothing."""

    selection_changed = Signal(list)  # organization ids
    selection_hidden = Signal(list)  # the selected accounts left the board: their ids
    schedule_requested = Signal(list, object, bool)  # ids, bucket, always ask
    done_requested = Signal(list)  # ids: mark their next activity done
    open_requested = Signal(int)

    def __init__(
        self,
        board: KanbanBoard,
        type_icons: dict[int, str],
        currency: tuple[str, int],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.board = board
        self.delegate = CardDelegate(currency, type_icons, self)
        self.headers: dict[Bucket, QLabel] = {}
        self.lists: dict[Bucket, CardList] = {}
        row = QHBoxLayout()
        row.setSpacing(8)
        for bucket in Bucket:
            row.addWidget(self._column(bucket))
        row.addStretch(1)
        strip = QWidget()
        strip.setLayout(row)
        scroller = QScrollArea()
        scroller.setWidget(strip)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(scroller)
        # The accounts the person selected, by id: followed across every re-read of the board.
        self._wanted: list[int] = []
        self._following = False  # selecting them again is not the person's choice
        self._build_actions()
        board.totals_changed.connect(self.update_headers)
        board.totals_changed.connect(self._follow)
        # A change takes a selected card out of its column: the selection follows the account
        # to its new column once the board is updated (_follow), instead of being forgotten.
        board.updating.connect(lambda: setattr(self, "_following", True))
        self.update_headers()

    def _column(self, bucket: Bucket) -> QWidget:
        box = QFrame()
        box.setFrameShape(QFrame.Shape.StyledPanel)
        box.setFixedWidth(COLUMN_WIDTH)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 6, 4, 4)
        header = QLabel()
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cards = CardList(
            self.board.columns[bucket], self.delegate, lambda: self.board.first_weekday
        )
        header.setBuddy(cards)
        cards.dropped.connect(self.schedule_requested)
        cards.step.connect(lambda step, b=bucket: self._step(b, step))
        cards.customContextMenuRequested.connect(lambda pos, c=cards: self._menu(c, pos))
        cards.doubleClicked.connect(self._open)
        cards.activated.connect(self._open)
        cards.selectionModel().selectionChanged.connect(lambda *_, c=cards: self._selected(c))
        layout.addWidget(header)
        layout.addWidget(cards)
        self.headers[bucket] = header
        self.lists[bucket] = cards
        return box

    # -- headers --------------------------------------------------------------------------

    @Slot()
    def reread_reference(self) -> None:
        """Activity types added, renamed or given another icon, or another default currency."""
        self.delegate.type_icons, self.delegate.currency = kanban_reference()
        for cards in self.lists.values():
            cards.viewport().update()
        self.update_headers()

    def update_headers(self) -> None:
        code, exponent = self.delegate.currency
        for bucket, header in self.headers.items():
            shown = self.board.totals[bucket]
            header.setText(
                f"<b>{column_title(bucket)}</b><br>"
                + fill(
                    self.tr("%1 · %2"),
                    format_count(shown.count),
                    format_money(shown.won_value, code, exponent),
                )
            )
            how_many = shown.count
            self.lists[bucket].setAccessibleDescription(self.tr("%n account(s)", "", how_many))

    # -- selection and keyboard -----------------------------------------------------------

    def selected_ids(self) -> list[int]:
        for cards in self.lists.values():
            rows = sorted(i.row() for i in cards.selectionModel().selectedIndexes())
            if rows:
                model = self.board.columns[cards.bucket]
                return [model.org_id(r) for r in rows]
        return []

    @property
    def wanted_ids(self) -> list[int]:
        """The accounts the selection follows: those selected, or those a filter now hides."""
        return list(self._wanted)

    def follow(self, org_ids: list[int]) -> None:
        """Let the selection follow these accounts (see ListTab.follow)."""
        self._wanted = list(org_ids)
        if not org_ids:
            for cards in self.lists.values():
                cards.clearSelection()
            self.selection_changed.emit([])
        elif not self.select_ids(org_ids, remember=False):
            self.selection_hidden.emit(list(org_ids))

    def forget_hidden(self) -> None:
        if not self.selected_ids():
            self._wanted = []

    def _selected(self, cards: CardList) -> None:
        if self._following:
            return
        ids = [int(i.data(OrgIdRole)) for i in cards.selectionModel().selectedIndexes()]
        if ids:  # one column at a time holds the selection
            for other in self.lists.values():
                if other is not cards:
                    other.selectionModel().blockSignals(True)
                    other.clearSelection()
                    other.selectionModel().blockSignals(False)
        self._wanted = self.selected_ids()
        self.selection_changed.emit(self._wanted)

    def select(self, org_id: int) -> bool:
        """Show and select an account's card; True when the board shows it."""
        return self.select_ids([org_id])

    def select_ids(self, org_ids: list[int], *, remember: bool = True) -> bool:
        """Select the cards of these accounts (those in the first one's column), loading the
        column as far as they lie, and scroll to them; True when the board shows any."""
        where = self.board.locate(org_ids)
        bucket = next((where[i] for i in org_ids if i in where), None)
        if bucket is None:
            return False
        column = self.board.columns[bucket]
        ids = [i for i in org_ids if where.get(i) is bucket]
        column.reveal(ids)
        rows = [row for i in ids if (row := column.row_of(i)) is not None]
        if not rows:  # the board has not read the change yet (hidden): it selects them then
            return False
        cards = self.lists[bucket]
        self._following = True
        try:
            for other in self.lists.values():
                if other is not cards:
                    other.clearSelection()
            selection = QItemSelection()
            for row in rows:
                selection.select(column.index(row), column.index(row))
            cards.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            cards.selectionModel().setCurrentIndex(
                column.index(rows[0]), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            cards.scrollTo(cards.currentIndex())
        finally:
            self._following = False
        if remember:
            self._wanted = [column.org_id(row) for row in rows]
        self.selection_changed.emit(self.selected_ids())
        return True

    @Slot()
    def _follow(self) -> None:
        """After the board was read again: the selected accounts stay selected in the column
        they moved to; when the board no longer shows them, `selection_hidden` names them."""
        self._following = False
        wanted = self._wanted
        if not wanted or self.selected_ids() == wanted:
            return
        if not self.select_ids(wanted, remember=False):
            for cards in self.lists.values():
                cards.clearSelection()
            self.selection_hidden.emit(list(wanted))

    def _step(self, bucket: Bucket, step: int) -> None:
        order = list(Bucket)
        position = order.index(bucket) + step
        while 0 <= position < len(order):
            target = self.lists[order[position]]
            if target.model().rowCount():
                row = min(self.lists[bucket].currentIndex().row(), target.model().rowCount() - 1)
                target.setFocus()
                target.setCurrentIndex(target.model().index(max(0, row), 0))
                return
            position += step

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(OrgIdRole)))

    # -- actions --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """Schedule for (Alt+1 … Alt+5, ⌘⌥1 … ⌘⌥5 on macOS), Mark next activity done (Ctrl+D):
        keyboard paths to everything a drag does."""
        self.schedule_actions: dict[Bucket, QAction] = {}
        for number, bucket in enumerate(SCHEDULABLE, start=1):
            action = QAction(column_title(bucket), self)
            action.setShortcut(schedule_shortcut(number))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, b=bucket: self._schedule_selected(b))
            self.addAction(action)
            self.schedule_actions[bucket] = action
        self.done_action = QAction(self.tr("Mark next activity &done"), self)
        self.done_action.setShortcut(QKeySequence("Ctrl+D"))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_action.triggered.connect(self._done_selected)
        self.addAction(self.done_action)

    def _done_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.done_requested.emit(ids)

    def _schedule_selected(self, bucket: Bucket) -> None:
        ids = self.selected_ids()
        if ids:
            self.schedule_requested.emit(ids, bucket, False)

    def _menu(self, cards: CardList, pos: QPoint) -> None:
        index = cards.indexAt(pos)
        if not index.isValid():
            return
        if not cards.selectionModel().isSelected(index):
            cards.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.tr("&Open"), lambda: self._open(index))
        schedule = menu.addMenu(self.tr("&Schedule for"))
        for action in self.schedule_actions.values():
            schedule.addAction(action)
        menu.addAction(self.done_action)
        menu.exec(cards.viewport().mapToGlobal(pos))
