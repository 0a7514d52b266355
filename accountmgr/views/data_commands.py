"""The window's commands that open a dialog or move data in or out of the database: import,
the exports, back up and restore (File), activity types, custom fields and currencies
(Settings), About. Each says in the status bar what it did."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog

from accountmgr import __version__
from accountmgr.domain import backups
from accountmgr.domain.backups import BackupInfo
from accountmgr.domain.currencies import default_currency
from accountmgr.domain.transfer import RecordKind
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.operations import run_in_background

if TYPE_CHECKING:
    from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog
    from accountmgr.views.dialogs.currencies_dialog import CurrenciesDialog
    from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog
    from accountmgr.views.dialogs.import_wizard import ImportWizard
    from accountmgr.views.dialogs.restore_dialog import RestoreDialog
    from accountmgr.views.dialogs.team_dialog import TeamDialog
    from accountmgr.views.main_window import MainWindow

D = TypeVar("D", bound=QDialog)

EXPORT_KINDS = (  # the order of the Export menu's actions
    RecordKind.ORGANIZATIONS,
    RecordKind.PEOPLE,
    RecordKind.DEALS,
    RecordKind.ACTIVITIES,
    RecordKind.NOTES,
)


class DataCommands(QObject):
    def __init__(self, window: MainWindow, hub: ChangeHub, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._hub = hub
        self._settings = settings
        # The dialog each opened last (tests drive them).
        self.import_wizard: ImportWizard | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.activity_types_dialog: ActivityTypesDialog | None = None
        self.custom_fields_dialog: CustomFieldsDialog | None = None
        self.currencies_dialog: CurrenciesDialog | None = None
        ui = window.ui
        self.backup_action = QAction(
            QCoreApplication.translate("MainWindow", "&Back up now"), window
        )
        self.backup_action.triggered.connect(self.back_up)
        self.restore_action = QAction(
            QCoreApplication.translate("MainWindow", "&Restore from backup…"), window
        )
        self.restore_action.triggered.connect(self.restore)
        self.team_action = QAction(
            QCoreApplication.translate("MainWindow", "Connect to &team database…"), window
        )
        self.team_action.triggered.connect(self.connect_team)
        self.team_dialog: TeamDialog | None = None
        ui.menuFile.insertActions(
            ui.actionQuit, [self.team_action, self.backup_action, self.restore_action]
        )
        if backups.kept_by_server():
            tip = QCoreApplication.translate(
                "MainWindow",
                "A team database is backed up on its server (with pg_dump, for example).",
            )
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(tip)
                action.setStatusTip(tip)
        ui.menuFile.insertSeparator(ui.actionQuit)
        ui.actionImport.triggered.connect(self.import_file)
        exports = (
            ui.actionExportOrganizations,
            ui.actionExportPeople,
            ui.actionExportDeals,
            ui.actionExportActivities,
            ui.actionExportNotes,
        )
        for action, kind in zip(exports, EXPORT_KINDS, strict=True):
            action.triggered.connect(
                lambda _on=False, k=kind: window.account_actions.export_kind(k, self._exported)
            )
        ui.actionExportCalendar.triggered.connect(
            lambda: window.account_actions.export_calendar(self._calendar_exported)
        )
        ui.actionExportCsv.triggered.connect(self.export_list)
        ui.actionPrintAccount.triggered.connect(self.print_account)
        ui.actionExportAccountPdf.triggered.connect(self.export_account_pdf)
        ui.actionCustomFields.triggered.connect(self.custom_fields)
        ui.actionActivityTypes.triggered.connect(self.activity_types)
        self.currencies_action = QAction(
            QCoreApplication.translate("MainWindow", "C&urrencies…"), window
        )
        self.currencies_action.triggered.connect(self.currencies)
        self.currencies_action.setToolTip(
            QCoreApplication.translate(
                "MainWindow", "See and edit the exchange rates to the default currency"
            )
        )
        settings_actions = ui.menuSettings.actions()  # right after Activity types…
        after = settings_actions.index(ui.actionActivityTypes) + 1
        if after < len(settings_actions):
            ui.menuSettings.insertAction(settings_actions[after], self.currencies_action)
        else:
            ui.menuSettings.addAction(self.currencies_action)
        ui.actionAbout.triggered.connect(self.about)

    def _say(self, text: str, msecs: int = 8000) -> None:
        self._window.statusBar().showMessage(text, msecs)

    @staticmethod
    def _open(dialog: D) -> D:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- in and out ----------------------------------------------------------------------

    def import_file(self) -> None:
        from accountmgr.views.dialogs.import_wizard import ImportWizard

        self.import_wizard = self._open(ImportWizard(self._hub, self._window, self._settings))

    def print_account(self) -> None:
        from accountmgr.views import account_printing  # not needed to show the window

        account_printing.print_account(self._window, self._window.current_org())

    def export_account_pdf(self) -> None:
        from accountmgr.views import account_printing

        path = account_printing.export_pdf(self._window, self._window.current_org())
        if path is not None:
            text = QCoreApplication.translate("MainWindow", "Wrote the account's summary to %1")
            self._window.statusBar().showMessage(fill(text, str(path)), 8000)

    def export_list(self) -> None:
        """File ▸ Export the list: the rows shown, with the columns shown, in their order."""
        window = self._window
        table, model = window.list_tab.table, window.model
        header = table.horizontalHeader()
        code, _ = default_currency()
        columns = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not table.isColumnHidden(logical):
                spec = model.columns[logical]
                title = str(model.headerData(logical, Qt.Orientation.Horizontal))
                if spec.key in ("won_value", "open_value"):
                    title = f"{title} ({code})"
                columns.append((spec.key, title))
        window.account_actions.export_csv(model.ids(), columns, self._exported)

    def _exported(self, path: Path, count: int) -> None:
        self._say(
            fill(
                QCoreApplication.translate("MainWindow", "Exported %n row(s) to %1", None, count),
                str(path),
            )
        )

    def _calendar_exported(self, path: Path, count: int) -> None:
        self._say(
            fill(
                QCoreApplication.translate(
                    "MainWindow", "Exported %n activities to %1", None, count
                ),
                str(path),
            )
        )

    def connect_team(self) -> None:
        """File ▸ Connect to team database…: once connected, the application starts again on
        it (as it would with --db and its address)."""
        from accountmgr.views import language
        from accountmgr.views.dialogs.team_dialog import TeamDialog

        dialog = TeamDialog(self._settings, self._window)
        self.team_dialog = dialog

        def connected() -> None:
            if dialog.address is not None:
                password = dialog.session_password  # never in the arguments
                environment = {"PGPASSWORD": password} if password else None
                language.restart(self._window, ["--db", dialog.address.url], environment)

        dialog.accepted.connect(connected)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def back_up(self) -> None:
        """File ▸ Back up now: a copy of the whole database into backups/ beside it, on a
        worker thread."""
        run_in_background(
            self._window,
            QCoreApplication.translate("MainWindow", "Backing up the database…"),
            0,
            lambda _progress: backups.take(),
            self._backed_up,
            cancellable=False,
        )

    def _backed_up(self, taken: BackupInfo) -> None:
        how_many = taken.accounts or 0
        self._say(
            fill(
                QCoreApplication.translate(
                    "MainWindow", "Backed up %Ln account(s) to %1", None, how_many
                ),
                str(taken.path),
            )
        )

    def restore(self) -> None:
        from accountmgr.views.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self._hub, self._window)
        dialog.restored.connect(self._restored)
        self.restore_dialog = self._open(dialog)

    def _restored(self, _info: BackupInfo, kept: BackupInfo) -> None:
        # Undo steps name records of the data that was replaced.
        self._window.undo_stack.clear()
        self._say(
            fill(
                QCoreApplication.translate(
                    "MainWindow", "Restored. The data it replaced is kept in %1"
                ),
                str(kept.path),
            ),
            15000,
        )

    # -- settings and about ---------------------------------------------------------------

    def activity_types(self) -> None:
        from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog

        window = self._window
        self.activity_types_dialog = self._open(
            ActivityTypesDialog(self._hub, window, window.undo_stack)
        )

    def custom_fields(self) -> None:
        from accountmgr.views.dialogs.custom_fields_dialog import CustomFieldsDialog

        window = self._window
        self.custom_fields_dialog = self._open(
            CustomFieldsDialog(self._hub, window, window.undo_stack)
        )

    def currencies(self) -> None:
        from accountmgr.views.dialogs.currencies_dialog import CurrenciesDialog

        window = self._window
        self.currencies_dialog = self._open(CurrenciesDialog(self._hub, window, window.undo_stack))

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self._window,
            QCoreApplication.translate("MainWindow", "About accountmgr"),
            fill(
                QCoreApplication.translate(
                    "MainWindow",
                    "<h3>accountmgr %1</h3><p>Account management after the sale: plan follow-ups, "
                    "see what every customer is worth, and never forget a customer.</p>",
                ),
                __version__,
            ),
        )
