"""The List tab: a filter bar and the account table, with column choice and remembered layout."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent, QPaintEvent, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain.account_list import NO_OWNER, AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.customfields import FieldDefinition
from accountmgr.qtmodels.account_columns import Editor, OrgIdRole
from accountmgr.qtmodels.accounts_model import AccountsModel
from accountmgr.views.bucket_titles import column_title
from accountmgr.views.delegates import LabelDelegate, OwnerDelegate
from accountmgr.views.filters import FilterState
from accountmgr.views.flow_layout import FlowLayout

HEADER_KEY = "list/header"
SHOWN_CUSTOM_KEY = "list/custom_columns"


class AccountTable(QTableView):
    """The table; Enter opens the current account (Delete is the window's Edit ▸ Delete)."""

    opened = Signal(int)
    painted = Signal()  # what waits for the first screen to be on screen runs after this

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current = self.currentIndex()
            if current.isValid():
                self.opened.emit(int(current.data(OrgIdRole)))
                return
        super().keyPressEvent(event)


class NotContactedBox(QSpinBox):
    """ "Not contacted in 1 day", "… in 90 days": the number of days with its plural form."""

    def textFromValue(self, value: int) -> str:
        return self.tr("Not contacted in %n day(s)", "", value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(c for c in text if c.isdigit())
        return int(digits) if digits else 0

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = "".join(c for c in text if c.isdigit())
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        if not digits:
            return QValidator.State.Intermediate, text, pos
        within = self.minimum() <= int(digits) <= self.maximum()
        state = QValidator.State.Acceptable if within else QValidator.State.Invalid
        return state, text, pos


class ListTab(QWidget):
    """Filter bar and account table over an AccountsModel."""

    selection_changed = Signal(list)  # organization ids
    # The selected accounts left the list (a search, a filter, an edit, a delete): their ids
    selection_hidden = Signal(list)
    empty_link = Signal(str)  # a link of the empty list's text was clicked
    clear_requested = Signal()  # "Clear filters": the search and every filter to their default

    def __init__(
        self,
        model: AccountsModel,
        filters: FilterState,
        settings: QSettings,
        users: list[tuple[int, str]],
        labels: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.filters = filters
        self._settings = settings
        # The accounts the person selected, by id: the selection follows them across every
        # re-read of the list, and brings them back when a filter that hid them is cleared.
        self._wanted: list[int] = []
        self._current_row_before_reset = -1
        self._me: int | None = None  # see set_me
        self._users: list[tuple[int, str]] = users
        self._labels: list[str] = labels
        self.table = AccountTable()
        self.owner_delegate = OwnerDelegate(users, self.table)
        self.label_delegate = LabelDelegate(labels, self.table)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self._build_filter_bar(users, labels))
        layout.addWidget(self.table)
        self._build_table()
        self._build_empty_state()

        for combo in (self.owner, self.label, self.bucket):
            combo.currentIndexChanged.connect(self._filters_edited)
        self.not_contacted.valueChanged.connect(self._filters_edited)
        self.contacted.currentIndexChanged.connect(self._filters_edited)
        self.accounts_only.toggled.connect(self._filters_edited)
        filters.changed.connect(self._show_filter)
        model.modelAboutToBeReset.connect(self._remember_selection)
        model.modelReset.connect(self._restore_selection)
        # A change moves, adds or removes single rows (see AccountsModel._move_row).
        model.rowsAboutToBeRemoved.connect(self._remember_selection)
        model.rowsRemoved.connect(self._rows_removed)
        model.rowsMoved.connect(self._keep_in_view)
        # The row count follows the first screen, once it is painted.
        self.table.painted.connect(self._count_after_paint)
        model.layoutChanged.connect(self._keep_in_view)
        # Selection changes come in bursts (shift-click, select all): report once per burst.
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.setInterval(0)
        self._selection_timer.timeout.connect(self._emit_selection)
        self.table.selectionModel().selectionChanged.connect(self._selection_timer.start)
        self._show_filter(filters.value)
        self._restore_layout()

    def _build_filter_bar(self, users: list[tuple[int, str]], labels: list[str]) -> FlowLayout:
        # Beside the tabs (the window places it): the filter is both tabs', and the bar wraps.
        self.clear_filters = QPushButton(self.tr("Clear filters"))
        self.clear_filters.setFlat(True)
        self.clear_filters.setToolTip(self.tr("Show every account: no search, no filter"))
        self.clear_filters.clicked.connect(self.clear_requested)
        self.owner = QComboBox()
        self.owner.setAccessibleName(self.tr("Owner filter"))
        self.label = QComboBox()
        self.label.setAccessibleName(self.tr("Label filter"))
        self.bucket = QComboBox()
        self.bucket.setAccessibleName(self.tr("Next activity filter"))
        self.not_contacted = NotContactedBox()
        self.not_contacted.setRange(0, 3650)
        self.not_contacted.setSpecialValueText(self.tr("Contacted or not"))
        self.not_contacted.setAccessibleName(self.tr("Not contacted in days"))
        self.contacted = QComboBox()
        self.contacted.setAccessibleName(self.tr("Contacted lately filter"))
        self.contacted.addItem(self.tr("Any last contact"), None)
        self.contacted.addItem(self.tr("Contacted in 30 days"), 30)
        self.contacted.addItem(self.tr("Contacted in 90 days"), 90)
        self.accounts_only = QCheckBox(self.tr("Accounts only"))
        self.accounts_only.setToolTip(
            self.tr("Uncheck to list every organization, also those without a won deal")
        )
        for combo in (self.owner, self.label, self.bucket, self.contacted):
            # Each filter as wide as its longest choice: a narrow window wraps the bar onto a
            # second row rather than cutting "Any next activity" to "Any next activi".
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # Accounts picked on the Overview, or renewing soon: what they are, and a click to show
        # all again (the filter bar has no box for either).
        self.chosen = QToolButton()
        self.chosen.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.chosen.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton))
        self.chosen.setToolTip(self.tr("Show the accounts of the other filters again"))
        self.chosen.clicked.connect(
            lambda: self.filters.update(chosen=None, chosen_title="", renews_within_days=None)
        )
        self.chosen.hide()
        self.set_choices(users, labels)

        bar = FlowLayout()
        bar.addWidget(self.chosen)
        for widget, tip in (
            (self.owner, self.tr("Show the accounts of one owner")),
            (self.label, self.tr("Show the accounts with one label")),
            (self.bucket, self.tr("Show the accounts by the date of their next activity")),
            (self.not_contacted, self.tr("Show the accounts nobody contacted lately")),
            (self.contacted, self.tr("Show the accounts someone contacted lately")),
        ):
            widget.setToolTip(tip)
            bar.addWidget(widget)
        bar.addWidget(self.accounts_only)
        return bar

    def known(self, flt: AccountFilter) -> AccountFilter:
        """`flt` without an owner or a label the filter bar does not offer (a filter remembered
        from before they were removed)."""
        owner = flt.owner_id if self.owner.findData(flt.owner_id) >= 0 else None
        label = flt.label if self.label.findData(flt.label) >= 0 else None
        return dataclasses.replace(flt, owner_id=owner, label=label)

    def _build_table(self) -> None:
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Double-click or F2 edits; typing letters jumps to the row with that name.
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # The indicator first: enabling sorting sorts by it, and the model is already by name.
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        # Tab leaves the table for the side panel (arrows move between cells).
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self._install_delegates()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    def _build_empty_state(self) -> None:
        """Said over an empty list: why it is empty and what to do (clear the search, show the
        organizations without a won deal, import, try the demo data)."""
        self.empty_label = QLabel(self.table.viewport())
        self.empty_label.setObjectName("emptyList")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.empty_label.setContentsMargins(24, 24, 24, 24)
        self.empty_label.linkActivated.connect(self.empty_link)
        self.empty_label.hide()
        self.table.viewport().installEventFilter(self)

    def show_empty(self, text: str) -> None:
        """The text over the list while it shows no row ("" hides it)."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self._place_empty()

    def _place_empty(self) -> None:
        viewport = self.table.viewport()
        width = min(viewport.width(), 560)
        height = self.empty_label.heightForWidth(width)
        self.empty_label.setGeometry(
            (viewport.width() - width) // 2,
            max(0, viewport.height() // 3 - height // 2),
            width,
            max(height, 0) + 48,
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_empty()
        return super().eventFilter(watched, event)

    # -- filters --------------------------------------------------------------------------

    def set_choices(self, users: list[tuple[int, str]], labels: list[str]) -> None:
        """Refill the owner and label filters (users or labels changed)."""
        current = self.filters.value
        for combo in (self.owner, self.label, self.bucket):
            combo.blockSignals(True)
            combo.clear()
        self.owner.addItem(self.tr("All owners"), None)
        if self._me is not None and any(user_id == self._me for user_id, _ in users):
            self.owner.addItem(self.tr("My accounts"), self._me)
        self.owner.addItem(self.tr("No owner"), NO_OWNER)
        for user_id, name in users:
            self.owner.addItem(name, user_id)
        self.label.addItem(self.tr("All labels"), None)
        # A filtered label stays choosable even when no organization carries it any more.
        extra = [current.label] if current.label and current.label not in labels else []
        for label in [*labels, *extra]:
            self.label.addItem(label, label)
        self.bucket.addItem(self.tr("Any next activity"), None)
        for bucket in Bucket:
            self.bucket.addItem(column_title(bucket), bucket.value)
        for combo in (self.owner, self.label, self.bucket):
            combo.blockSignals(False)
        self._show_filter(current)
        self.owner_delegate.users = users
        self.label_delegate.labels = labels
        self._users, self._labels = users, labels

    def set_me(self, user_id: int | None) -> None:
        """The user the application runs as: the owner filter offers "My accounts"."""
        if user_id != self._me:
            self._me = user_id
            self.set_choices(self._users, self._labels)

    @Slot()
    def _filters_edited(self) -> None:
        bucket = self.bucket.currentData()
        days = self.not_contacted.value()
        self.filters.update(
            owner_id=self.owner.currentData(),
            label=self.label.currentData(),
            bucket=Bucket(bucket) if bucket else None,
            not_contacted_days=days or None,
            contacted_days=self.contacted.currentData(),
            accounts_only=self.accounts_only.isChecked(),
        )

    @Slot(object)
    def _show_filter(self, flt: AccountFilter) -> None:
        widgets = (
            self.owner,
            self.label,
            self.bucket,
            self.not_contacted,
            self.contacted,
            self.accounts_only,
        )
        for widget in widgets:
            widget.blockSignals(True)
        self.owner.setCurrentIndex(max(0, self.owner.findData(flt.owner_id)))
        self.label.setCurrentIndex(max(0, self.label.findData(flt.label)))
        self.bucket.setCurrentIndex(
            max(0, self.bucket.findData(flt.bucket.value if flt.bucket else None))
        )
        self.not_contacted.setValue(flt.not_contacted_days or 0)
        self.contacted.setCurrentIndex(max(0, self.contacted.findData(flt.contacted_days)))
        self.accounts_only.setChecked(flt.accounts_only)
        for widget in widgets:
            widget.blockSignals(False)
        if flt.chosen is not None:
            self.chosen.setText(
                self.tr("%1 (%n accounts)", "", len(flt.chosen)).replace("%1", flt.chosen_title)
            )
        elif flt.renews_within_days is not None:
            days = flt.renews_within_days
            self.chosen.setText(self.tr("Renewal in the next %n days", "", days))
        self.chosen.setVisible(flt.chosen is not None or flt.renews_within_days is not None)
        self.clear_filters.setEnabled(flt != AccountFilter())
        self.model.set_filter(flt)
        # A new search shows its first rows (or the selection, which select() scrolled to).
        if self.table.selectionModel() is not None and not self.selected_ids():
            self.table.scrollToTop()

    # -- selection ------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        """Selected organizations in display order (read from the selection's row ranges, so
        selecting all of 50,000 rows stays cheap)."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for span in (selection.at(i) for i in range(selection.count())):
            rows.update(range(span.top(), span.bottom() + 1))
        return [self.model.org_id(row) for row in sorted(rows) if row < self.model.rowCount()]

    def select(self, org_ids: list[int]) -> None:
        """Select these organizations (those shown), as one selection of row ranges; the first
        becomes the current row. The selection follows them from now on."""
        selection_model = self.table.selectionModel()
        rows = sorted(self.model.rows_of(org_ids).values())
        ranges = QItemSelection()
        last_column = self.model.columnCount() - 1
        for start, end in _runs(rows):
            ranges.select(self.model.index(start, 0), self.model.index(end, last_column))
        selection_model.select(ranges, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:
            current = self.model.index(rows[0], 0)
            selection_model.setCurrentIndex(current, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(current)
        self._selection_timer.stop()  # one programmatic change: report it at once
        self._emit_selection()

    @property
    def wanted_ids(self) -> list[int]:
        """The accounts the selection follows: those selected, or those a filter now hides."""
        return list(self._wanted)

    def follow(self, org_ids: list[int]) -> None:
        """Let the selection follow these accounts: selected when shown, otherwise reported by
        `selection_hidden` (the other tab's selection, when this one comes on screen)."""
        self._wanted = list(org_ids)
        self._current_row_before_reset = self.table.currentIndex().row()
        self._restore_selection()

    def forget_hidden(self) -> None:
        """The hidden accounts are not to come back selected (deleted, or another was chosen)."""
        if not self.selected_ids():
            self._wanted = []

    @Slot()
    def _remember_selection(self) -> None:
        self._current_row_before_reset = self.table.currentIndex().row()

    @Slot()
    def _restore_selection(self) -> None:
        """After the list was read again, selection follows the accounts, never the rows: those
        still shown stay selected (and in view); when none is, nothing is selected, the
        keyboard keeps its place, and `selection_hidden` names the accounts that left."""
        wanted = self._wanted
        found = self.model.rows_of(wanted)
        shown = [i for i in wanted if i in found]
        if shown:
            self.select(shown)
            return
        count = self.model.rowCount()
        if self._current_row_before_reset >= 0 and count:
            row = min(self._current_row_before_reset, count - 1)
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._selection_timer.stop()
        if wanted:
            self.selection_hidden.emit(list(wanted))
        else:
            self.selection_changed.emit([])

    @Slot()
    def _count_after_paint(self) -> None:
        if self.model.counting:  # from the event loop: the painted screen is shown first
            QTimer.singleShot(0, self.model, self.model.finish_count)

    @Slot()
    def _rows_removed(self) -> None:
        """A selected account left the list: as after a reset (see _restore_selection)."""
        if self._wanted and self.selected_ids() != self._wanted:
            self._restore_selection()

    @Slot()
    def _keep_in_view(self) -> None:
        """A re-sort or an edit moved the rows: the selected account stays in view."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isSelected(current):
            self.table.scrollTo(current)

    @Slot()
    def _emit_selection(self) -> None:
        self._wanted = self.selected_ids()
        self.selection_changed.emit(self._wanted)

    # -- columns --------------------------------------------------------------------------

    def set_custom_fields(self, fields: list[FieldDefinition]) -> None:
        """Custom fields were added, renamed or retired: their columns follow; a new one starts
        hidden, like every custom column, and the others keep whether they were shown."""
        shown = {
            spec.key
            for column, spec in enumerate(self.model.columns)
            if spec.field is not None and not self.table.isColumnHidden(column)
        }
        widths = {
            spec.key: self.table.columnWidth(column)
            for column, spec in enumerate(self.model.columns)
        }
        self.model.set_custom_fields(fields)
        for column, spec in enumerate(self.model.columns):
            self.table.setColumnWidth(column, widths.get(spec.key) or self._default_width(column))
            if spec.field is not None:
                self.table.setColumnHidden(column, spec.key not in shown)
        self._install_delegates()

    def _install_delegates(self) -> None:
        editors = {Editor.OWNER: self.owner_delegate, Editor.LABEL: self.label_delegate}
        for column, spec in enumerate(self.model.columns):
            delegate = editors.get(spec.editor)  # none: the table's own line edit
            if delegate is not None:
                self.table.setItemDelegateForColumn(column, delegate)

    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        menu.setTitle(self.tr("Columns"))
        for column, spec in enumerate(self.model.columns):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(not spec.always_shown)
            action.toggled.connect(lambda shown, c=column: self.table.setColumnHidden(c, not shown))
            menu.addAction(action)
        menu.addSeparator()
        clicked = header.logicalIndexAt(pos)
        if clicked >= 0:
            visual = header.visualIndex(clicked)
            left = menu.addAction(
                self.tr("Move column left"), lambda: header.moveSection(visual, visual - 1)
            )
            left.setEnabled(visual > 0)
            right = menu.addAction(
                self.tr("Move column right"), lambda: header.moveSection(visual, visual + 1)
            )
            right.setEnabled(visual < header.count() - 1)
        menu.addAction(self.tr("Reset columns"), self.reset_layout)
        menu.exec(header.mapToGlobal(pos))

    def reset_layout(self) -> None:
        """Standard columns in their standard order and widths; custom fields hidden."""
        header = self.table.horizontalHeader()
        for column, spec in enumerate(self.model.columns):
            header.moveSection(header.visualIndex(column), column)
            self.table.setColumnHidden(column, spec.field is not None)
            self.table.setColumnWidth(column, self._default_width(column))

    def _default_width(self, column: int) -> int:
        """A column's standard width, wide enough for its header in the interface's language
        ("Gewonnener Wert" is wider than "Won value")."""
        header = self.table.horizontalHeader()
        return max(self.model.columns[column].width, header.sectionSizeFromContents(column).width())

    def shown_columns(self) -> tuple[tuple[str, ...], str | None, bool]:
        """(the keys of the columns shown, left to right; the sort column's key; descending)."""
        header = self.table.horizontalHeader()
        columns = self.model.columns
        keys = tuple(
            columns[header.logicalIndex(visual)].key
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        )
        section = header.sortIndicatorSection()
        sort_key = columns[section].key if 0 <= section < len(columns) else None
        return keys, sort_key, header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder

    def show_columns(
        self, keys: tuple[str, ...] | None, sort_key: str | None, descending: bool
    ) -> None:
        """Show these columns (by key, left to right; others hidden, unknown keys skipped),
        sorted by `sort_key`; None leaves that part as it is."""
        header = self.table.horizontalHeader()
        index = {spec.key: column for column, spec in enumerate(self.model.columns)}
        if keys is not None:
            wanted = [index[key] for key in keys if key in index]
            for column, spec in enumerate(self.model.columns):
                self.table.setColumnHidden(column, column not in wanted and not spec.always_shown)
            for place, column in enumerate(wanted):
                header.moveSection(header.visualIndex(column), place)
        if sort_key in index:
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.sortByColumn(index[sort_key], order)

    def save_layout(self) -> None:
        self._settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())
        self._settings.setValue(
            SHOWN_CUSTOM_KEY,
            [
                spec.key
                for column, spec in enumerate(self.model.columns)
                if spec.field is not None and not self.table.isColumnHidden(column)
            ],
        )

    def _restore_layout(self) -> None:
        state = self._settings.value(HEADER_KEY)
        shown_custom = self._settings.value(SHOWN_CUSTOM_KEY, [])
        shown = set(shown_custom if isinstance(shown_custom, list) else [shown_custom])
        if isinstance(state, QByteArray) and self.table.horizontalHeader().restoreState(state):
            self.table.sortByColumn(
                self.table.horizontalHeader().sortIndicatorSection(),
                self.table.horizontalHeader().sortIndicatorOrder(),
            )
        else:
            self.reset_layout()
        for column, spec in enumerate(self.model.columns):
            if spec.field is not None:
                self.table.setColumnHidden(column, spec.key not in shown)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs
