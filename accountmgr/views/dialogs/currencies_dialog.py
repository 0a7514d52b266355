"""Settings ▸ Currencies…: the currencies the database knows, each with its exchange rate to
the default currency and the day it was set, Edit rate… (F2, a double click) to change one, and
Make default… to show every total in another currency.

A new rate goes through the domain at once, updates every total through the change hub and is
a step of the window's Edit ▸ Undo, which puts the previous rate and its date back (or none,
when the currency had none). A new default currency rewrites every total: it runs in the
background, and Edit ▸ Undo puts back exactly the rates and amounts it changed."""

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
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import currencies, default_currency
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.currencies import CurrencyRate
from accountmgr.qtmodels.currencies_model import CurrenciesModel, parse_rate, rate_text
from accountmgr.qtmodels.formatting import currency_name, fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.settings_table import DefinitionDialog, exec_modal, select_row
from accountmgr.views.operations import Operation, run_in_background
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
        self.resize(640, 400)
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
        self.default_button = QPushButton(self.tr("Make &default…"), self)
        row.addWidget(self.default_button)
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
        self.default_button.clicked.connect(self.make_default)
        self.operation: Operation | None = None  # a change of default currency under way
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
        priced = currency is not None and currency.rate_micros > 0
        self.default_button.setEnabled(editable and priced and self.operation is None)
        self.default_button.setToolTip(
            ""
            if priced or not editable
            else self.tr("Give it a rate first: totals can only be turned into it with one.")
        )

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
        code, new = currency.code, dialog.rate_micros

        def back() -> Change:
            return currencies.put_rate(currency)

        self.model.reload()
        self._select(code)
        self._hub.publish(dialog.change)
        if self._stack is not None:
            text = fill(self.tr("Change the rate of %1"), code)
            again = lambda: currencies.set_exchange_rate(code, new)  # noqa: E731
            self._stack.push(DomainCommand(self._stack, self._hub, text, again, back))

    def confirm(self, box: QMessageBox) -> bool:
        """Ask; True for Yes (tests replace this)."""
        return box.exec() == QMessageBox.StandardButton.Yes

    @Slot()
    def make_default(self) -> None:
        """Show every total in the selected currency, once the person has agreed."""
        currency = self._selected()
        if currency is None or currency.is_default or self.operation is not None:
            return
        code = currency.code
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Default currency"), "", parent=self)
        box.setText(
            fill(self.tr("Show every total in %1 (%2) from now on?"), currency_name(code), code)
        )
        details = fill(
            self.tr(
                "Every exchange rate becomes a rate to %1, and the amounts of money custom "
                "fields are converted to it. Edit ▸ Undo changes it back."
            ),
            code,
        )
        lost = default_currency.rates_without(code)
        if lost:
            details += "\n\n" + fill(
                self.tr("These currencies will have no rate to %1 (it would be too large): %2"),
                code,
                ", ".join(lost),
            )
        box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        if not self.confirm(box):
            return
        book = default_currency.rate_book()

        def done(change: Change) -> None:
            self._hub.publish(change)
            self._select(code)
            if self._stack is not None:
                text = fill(self.tr("Make %1 the default currency"), code)
                again = lambda: default_currency.set_default_currency(code)  # noqa: E731
                back = lambda: default_currency.restore(book)  # noqa: E731
                self._stack.push(DomainCommand(self._stack, self._hub, text, again, back))

        def finished() -> None:
            self.operation = None
            self._update_buttons()

        self.operation = run_in_background(
            self,
            fill(self.tr("Turning every total into %1…"), code),
            0,
            lambda _progress: default_currency.set_default_currency(code),
            done,
            cancellable=False,
            finished=finished,
        )
        self._update_buttons()

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        """Undo and redo (from the window's Edit menu) show here too."""
        if Kind.SETTINGS in change.kinds or Kind.ALL in change.kinds:
            selected = self._selected()
            self.model.reload()
            self._select(selected.code if selected is not None else None)
