"""File ▸ Restore from backup…: the backups beside the database, newest first, with their date,
why they were taken, their accounts and size; the chosen one replaces the current data after a
confirmation, and the current data is kept as a backup first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import backups
from accountmgr.domain.backups import BackupInfo
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.formatting import error_text, fill
from accountmgr.qtmodels.hub import ChangeHub


def reason_text(reason: str) -> str:
    """Why a backup was taken, as the list says it."""
    # A table of source texts, as the activity types' ACTIVITY_ICONS: alike as data only.
    texts: dict[str, str] = {
        "daily": str(QT_TRANSLATE_NOOP("RestoreDialog", "First start of the day")),
        "import": str(QT_TRANSLATE_NOOP("RestoreDialog", "Before an import")),
        "migration": str(QT_TRANSLATE_NOOP("RestoreDialog", "Before an update of the file")),
        "manual": str(QT_TRANSLATE_NOOP("RestoreDialog", "Backed up by hand")),
        "restore": str(QT_TRANSLATE_NOOP("RestoreDialog", "The data a restore replaced")),
    }
    other = str(QT_TRANSLATE_NOOP("RestoreDialog", "Other copy"))  # marked for lupdate too
    return QCoreApplication.translate("RestoreDialog", texts.get(reason, other))


def _problem(info: BackupInfo) -> str:
    """Why a backup cannot be used, in the person's language."""
    return error_text(info.error) if info.error is not None else info.problem


def _moment(when: dt.datetime) -> QDateTime:
    return QDateTime(
        QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
    )


class RestoreDialog(QDialog):
    restored = Signal(object, object)  # the backup put in place, the safety copy of the data

    def __init__(self, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._hub = hub
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the copy to put in place of the current data. The current data is "
                "kept as a backup first, so a restore can be undone by restoring that copy. "
                "Attached files are not part of a backup."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Taken"), self.tr("Why"), self.tr("Accounts"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table)
        self.empty = QLabel(self.tr("There is no backup yet."))
        layout.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("&Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._enable)
        self.backups: list[BackupInfo] = []
        self.load()

    def load(self) -> None:
        self.backups = backups.available()
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            accounts = locale.toString(info.accounts) if info.accounts is not None else self.tr("—")
            cells = (
                locale.toString(_moment(info.taken_at), QLocale.FormatType.ShortFormat),
                reason_text(info.reason) if info.ok else _problem(info),
                accounts,
                locale.formattedDataSize(info.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if not info.ok:  # cannot be restored: shown, not chosen
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.setVisible(bool(self.backups))
        self.empty.setVisible(not self.backups)
        usable = next((row for row, info in enumerate(self.backups) if info.ok), None)
        if usable is not None:
            self.table.selectRow(usable)
        self._enable()

    def chosen(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        infos = [self.backups[row] for row in sorted(rows) if self.backups[row].ok]
        return infos[0] if infos else None

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def confirm(self, info: BackupInfo) -> bool:
        locale = QLocale()
        moment = _moment(info.taken_at)
        taken = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
        at = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
        how_many = info.accounts or 0
        question = fill(
            self.tr(
                "Replace the current data with the backup taken on %1 at %2 (%Ln account(s))?",
                "",
                how_many,
            ),
            taken,
            at,
        )
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            question + "\n\n" + self.tr("The current data is kept as a backup first."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> bool:
        info = self.chosen()
        if info is None or not self.confirm(info):
            return False
        try:
            kept, change = backups.restore(info.path)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Not restored"), error_text(error))
            self.load()
            return False
        self._hub.publish(change)
        self.restored.emit(info, kept)
        self.accept()
        return True
