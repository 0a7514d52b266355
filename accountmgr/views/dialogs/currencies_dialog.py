"""Settings ▸ Currencies…: the currencies the database knows, each with its exchange rate to
the default currency, and Edit rate… (F2, a double click) to change one.

A new rate goes through the domain at once, updates every total through the change hub and is
a step of the window's Edit ▸ Undo, which puts the previous rate back (or none, when the
currency had none)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import currencies
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.currencies import CurrencyRate
from accountmgr.qtmodels.currencies_model import CurrenciesModel, parse_rate, rate_text
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.settings_table import DefinitionDialog, exec_modal, select_row
from accountmgr.views.undo import DomainCommand


class RateDialog(DefinitionDialog):
    """Edit rate…: what one unit of a currency is worth in the default currency."""

    def __init__(self, parent: QWidget | None, currency: CurrencyRate, default_code: str) -> None:
        super().__init__(
            parent,
            fill(self.tr("Exchange rate of %1"), currency.code),
            lambda dialog: currencies.set_exchange_rate(currency.code, dialog.rate_micros),
            320,
        )
        self.rate_micros = 0
        self.rate_edit = QLineEdit(self)
        self.rate_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        if currency.rate_micros > 0:
            self.rate_edit.setText(rate_text(currency.rate_micros))
        self._row(
            fill(self.tr("1 %1 &is worth, in %2:"), currency.code, default_code), self.rate_edit
        )
        self._add_buttons()
        self.rate_edit.textChanged.connect(self._update_ok)
        self.rate_edit.selectAll()
        self.rate_edit.setFocus()
        self._update_ok()

    def can_save(self) -> bool:
        return bool(self.rate_edit.text().strip())

    def accept(self) -> None:  # QDialog.accept
        rate = parse_rate(self.rate_edit.text())
        if rate is None:
            self.error.setText(
                fill(self.tr("“%1” is not a number."), self.rate_edit.text().strip())
            )
            self.error.show()
            return
        self.rate_micros = rate
        super().accept()


class CurrenciesDialog(QDialog):
    """The table of currencies and the button that edits a rate."""

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self._hub = hub
        self._stack = stack  # each change is a step of the window's Edit ▸ Undo
        self.setWindowTitle(self.tr("Currencies"))
        self.resize(520, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Totals are shown in the default currency; amounts in a currency without a "
                "rate count in no total until it has one."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = CurrenciesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("&Edit rate…"), self)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.edit_action = QAction(self.tr("Edit rate"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.edit_action)
        self.edit_action.triggered.connect(self.edit_rate)
        self.edit_button.clicked.connect(self.edit_rate)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.model.modelReset.connect(self._update_buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        hub.changed.connect(self._on_changed)
        self.model.reload()
        self._select(None)

    def _selected(self) -> CurrencyRate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _select(self, code: str | None) -> None:
        """Select the row of this currency (the first row when it is not shown)."""
        row = self.model.row_of_code(code) if code is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        select_row(self.table, row)

    @Slot()
    def _update_buttons(self) -> None:
        """The default currency's rate is always 1."""
        currency = self._selected()
        editable = currency is not None and not currency.is_default
        self.edit_button.setEnabled(editable)
        self.edit_action.setEnabled(editable)

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_rate()

    def exec_sub_dialog(self, dialog: QDialog) -> bool:
        """Run the rate dialog modally; True when it saved (tests replace this)."""
        return exec_modal(dialog)

    @Slot()
    def edit_rate(self) -> None:
        currency = self._selected()
        if currency is None or currency.is_default:
            return
        dialog = RateDialog(self, currency, self.model.default_code)
        if not self.exec_sub_dialog(dialog) or dialog.change is None:
            return
        code, new, old = currency.code, dialog.rate_micros, currency.rate_micros

        def back() -> Change:
            if old > 0:
                return currencies.set_exchange_rate(code, old)
            return currencies.clear_exchange_rate(code)

        self.model.reload()
        self._select(code)
        self._hub.publish(dialog.change)
        if self._stack is not None:
            text = fill(self.tr("Change the rate of %1"), code)
            again = lambda: currencies.set_exchange_rate(code, new)  # noqa: E731
            self._stack.push(DomainCommand(self._stack, self._hub, text, again, back))

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        """Undo and redo (from the window's Edit menu) show here too."""
        if Kind.SETTINGS in change.kinds or Kind.ALL in change.kinds:
            selected = self._selected()
            self.model.reload()
            self._select(selected.code if selected is not None else None)
