"""The main window: List and Kanban tabs over the same accounts, a side panel, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from accountmgr import __version__
from accountmgr.domain import accounts, clock
from accountmgr.domain.changes import Change
from accountmgr.domain.currencies import default_currency
from accountmgr.qtmodels.formatting import format_count, format_money
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.resources import resource_path
from accountmgr.views.forms.ui_main_window import Ui_MainWindow

RECENT_DAYS = 30


class MainWindow(QMainWindow):
    def __init__(self, hub: ChangeHub, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._hub = hub
        self._settings = settings
        self.setWindowIcon(QIcon(str(resource_path("icons", "accountmgr.svg"))))
        self.setWindowTitle(self.tr("Accounts — accountmgr"))

        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionShowList.triggered.connect(lambda: self.ui.tabs.setCurrentIndex(0))
        self.ui.actionShowKanban.triggered.connect(lambda: self.ui.tabs.setCurrentIndex(1))
        self.ui.actionAbout.triggered.connect(self._about)

        self.accounts_label = QLabel()
        self.value_label = QLabel()
        self.contacted_label = QLabel()
        for label in (self.accounts_label, self.value_label, self.contacted_label):
            self.ui.statusBar.addPermanentWidget(label)

        hub.changed.connect(self._on_changed)
        self.refresh_totals()
        self._restore_state()

    @Slot(object)
    def _on_changed(self, change: Change) -> None:
        del change  # every change may move the totals
        self.refresh_totals()

    def refresh_totals(self) -> None:
        """Status bar and placeholders: how many accounts, worth how much, how many contacted."""
        totals = accounts.totals(clock.today(), RECENT_DAYS)
        code, exponent = default_currency()
        value = format_money(totals.won_value, code, exponent)
        count = format_count(totals.accounts)
        contacted = format_count(totals.contacted_recently)
        self.accounts_label.setText(self.tr("Accounts: %1").replace("%1", count))
        self.value_label.setText(self.tr("Won value: %1").replace("%1", value))
        self.contacted_label.setText(
            self.tr("Contacted in the last 30 days: %1").replace("%1", contacted)
        )
        if totals.accounts:
            summary = (
                self.tr(
                    "<p style='font-size:15pt'>%1 accounts, worth %2 in won deals</p>"
                    "<p>%3 of them were contacted in the last 30 days.</p>"
                )
                .replace("%1", count)
                .replace("%2", value)
                .replace("%3", contacted)
            )
        else:
            summary = self.tr(
                "<p style='font-size:15pt'>No accounts yet</p>"
                "<p>An organization becomes an account as soon as one of its deals is won.</p>"
            )
        self.ui.listPlaceholder.setText(summary)
        self.ui.kanbanPlaceholder.setText(summary)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About accountmgr"),
            self.tr(
                "<h3>accountmgr %1</h3><p>Account management after the sale: plan follow-ups, "
                "see what every customer is worth, and never forget a customer.</p>"
            ).replace("%1", __version__),
        )

    def _restore_state(self) -> None:
        geometry = self._settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = self._settings.value("main_window/splitter")
        if isinstance(splitter, QByteArray):
            self.ui.splitter.restoreState(splitter)
        else:
            self.ui.splitter.setSizes([850, 350])
        tab = self._settings.value("main_window/tab", 0, type=int)
        self.ui.tabs.setCurrentIndex(tab if isinstance(tab, int) else 0)

    def save_state(self) -> None:
        self._settings.setValue("main_window/geometry", self.saveGeometry())
        self._settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        self._settings.setValue("main_window/tab", self.ui.tabs.currentIndex())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
