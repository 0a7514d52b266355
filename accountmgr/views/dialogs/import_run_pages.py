"""The import wizard's last two pages, around the run: the preview, whose Import button runs
the import, and the report of what it did. The first two and what all four share are in
`import_pages`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Slot
from PySide6.QtWidgets import QHeaderView, QWidget, QWizard

from accountmgr.domain import currencies, import_plan, records
from accountmgr.domain.errors import DomainError
from accountmgr.domain.import_files import Table
from accountmgr.domain.import_run import Report
from accountmgr.qtmodels.formatting import alarm_style, error_text, fill
from accountmgr.qtmodels.import_models import rejected_text
from accountmgr.views import file_dialogs
from accountmgr.views.dialogs.import_pages import (
    PREVIEW_ROWS,
    SETTINGS_FOLDER,
    ImportPage,
    cannot_read,
)
from accountmgr.views.forms.ui_import_preview_page import Ui_ImportPreviewPage
from accountmgr.views.forms.ui_import_report_page import Ui_ImportReportPage

if TYPE_CHECKING:
    from accountmgr.views.dialogs.import_wizard import ImportWizard


class PreviewPage(ImportPage):
    """Step 3: the first rows as they will be imported. A commit page: its Import button
    starts the import, and the wizard moves on to the report once the import is written (there
    is no going back to a file already imported)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Check the first rows"))
        self.setSubTitle(
            fill(
                self.tr(
                    "The first rows (at most %1) as they will be imported. Cells in red cannot "
                    "be imported: point at them to see why. Press Import to import the whole "
                    "file."
                ),
                QLocale().toString(PREVIEW_ROWS),
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.ui.preview.setModel(wizard.preview_model)
        self.show_run_message("")

    def initializePage(self) -> None:  # QWizardPage: on arrival from the columns page
        wizard = self._wizard
        file, mapping_model = wizard.file_page, wizard.mapping_model
        table = file.table
        assert table is not None
        kind, mapping, day_first = file.kind(), mapping_model.mapping(), file.day_first()
        default_currency = currencies.default_currency()[0]
        rows = table.rows[:PREVIEW_ROWS]
        converted = [
            import_plan.convert_row(
                kind, mapping, cells, day_first=day_first, default_currency=default_currency
            )
            for cells in rows
        ]
        wizard.preview_model.load(
            headers=table.headers,
            lines=table.lines[:PREVIEW_ROWS],
            rows=rows,
            converted=converted,
            mapping=mapping,
            fields=mapping_model.fields,
            exponents={code: exponent for code, _, exponent in records.currencies()},
            day_first=day_first,
        )
        preview = self.ui.preview
        preview.resizeColumnsToContents()
        for section in range(wizard.preview_model.columnCount()):
            preview.setColumnWidth(section, min(preview.columnWidth(section), 260))
        self._show_summary(table)
        self.show_run_message("")

    def isComplete(self) -> bool:  # QWizardPage: Import is enabled
        return self._wizard.file_page.path is not None and not self._wizard.is_running()

    def validatePage(self) -> bool:  # QWizardPage: Import
        if self._wizard.report is not None:
            return True  # written: on to the report
        self._wizard.start_import()
        return False  # the wizard moves on when the import has been written

    def focus_on_arrival(self) -> QWidget:
        return self.ui.preview

    def running_changed(self) -> None:
        """While the import runs the page, Import and Back are disabled (Cancel stops it)."""
        running = self._wizard.is_running()
        self.setEnabled(not running)
        self.completeChanged.emit()  # the wizard updates its buttons, Back included...
        if running:  # ...which it would enable: there is no going back during the run
            self._wizard.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _show_summary(self, table: Table) -> None:
        locale = QLocale()
        model = self._wizard.preview_model
        shown = model.rowCount()
        problems = model.problem_rows()
        doubtful = model.ambiguous_rows()
        if problems:
            text = fill(
                self.tr("%1 of %2 rows have problems; they will be skipped and reported."),
                locale.toString(problems),
                locale.toString(shown),
            )
        else:
            text = fill(self.tr("All %1 rows shown can be imported."), locale.toString(shown))
        if doubtful:
            text += " " + fill(
                self.tr(
                    "Rows with a date that could be read day first or month first (orange): "
                    "%1; the first page says which way dates are read."
                ),
                locale.toString(doubtful),
            )
        if len(table.rows) >= PREVIEW_ROWS:
            text += " " + self.tr("The rest of the file is checked as it is imported.")
        self.ui.previewSummary.setText(text)
        self.ui.previewSummary.setStyleSheet(alarm_style() if problems else "")

    def show_run_message(self, text: str, error: bool = False) -> None:
        self.ui.runMessage.setText(text)
        self.ui.runMessage.setStyleSheet(alarm_style() if error else "")
        self.ui.runMessage.setVisible(bool(text))

    def show_failure(self, error: DomainError | OSError) -> None:
        """The import failed: why, in red; nothing was written and Import can be tried again."""
        if isinstance(error, DomainError):
            self.show_run_message(error_text(error), error=True)
        else:
            self.show_run_message(cannot_read(error), error=True)


class ReportPage(ImportPage):
    """Step 4: the counts of the import and the rows left out with why; the report can be
    saved as CSV. `save_report()` asks where with a file dialog; `save_report(path)` skips it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_ImportReportPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Import finished"))
        self.ui.rejected.setModel(wizard.rejected_model)
        self.ui.rejected.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.saveReportButton.clicked.connect(self._on_save_clicked)

    def initializePage(self) -> None:  # QWizardPage: on arrival, once the import is written
        report = self._wizard.report
        assert report is not None
        locale = QLocale()
        if report.rejected:
            how_many = len(report.rejected)
            self.setSubTitle(
                self.tr(
                    "%Ln row(s) of the file were not imported; the table says why.", "", how_many
                )
            )
        else:
            self.setSubTitle(self.tr("Every row of the file was imported or was there already."))
        self.ui.createdCount.setText(locale.toString(report.created))
        self.ui.updatedCount.setText(locale.toString(report.updated))
        self.ui.skippedCount.setText(locale.toString(report.skipped))
        self.ui.linkedCount.setText(locale.toString(report.linked_created))
        self.ui.rejectedCount.setText(locale.toString(len(report.rejected)))
        self._wizard.rejected_model.load([(r.line, rejected_text(r)) for r in report.rejected])
        self.ui.rejected.setVisible(bool(report.rejected))
        self.ui.reportMessage.setStyleSheet("")
        self.ui.reportMessage.setText(self.currencies_text(report))

    def focus_on_arrival(self) -> QWidget:
        return self._wizard.button(QWizard.WizardButton.FinishButton)

    def currencies_text(self, report: Report) -> str:
        """What to know about the currencies the import added (none: "")."""
        if not report.currencies_added:
            return ""
        return fill(
            self.tr(
                "Added the currencies %1 without an exchange rate yet: won values in them are "
                "marked “no rate yet” and left out of totals until their rate is set."
            ),
            ", ".join(report.currencies_added),
        )

    def choose_report_path(self) -> Path | None:
        """Ask where to save the report."""
        settings = self._wizard.settings
        folder = Path(str(settings.value(SETTINGS_FOLDER, "") or Path.home()))
        path = self._wizard.file_page.path
        stem = path.stem if path is not None else "import"
        suggested = folder / fill(self.tr("%1 import report.csv"), stem)
        name, _ = file_dialogs.get_save_file_name(
            self, self.tr("Save report"), str(suggested), self.tr("CSV files (*.csv)")
        )
        return Path(name) if name else None

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save_report()

    def save_report(self, path: Path | None = None) -> bool:
        """Write the report as CSV to `path` (asked for when not given); True when written."""
        report = self._wizard.report
        if report is None:
            return False
        if path is None:
            path = self.choose_report_path()
            if path is None:
                return False
        try:
            report.save_csv(path)
        except OSError as error:
            self.ui.reportMessage.setStyleSheet(alarm_style())
            self.ui.reportMessage.setText(
                fill(self.tr("The report was not saved: %1"), error.strerror or str(error))
            )
            return False
        self.ui.reportMessage.setStyleSheet("")
        self.ui.reportMessage.setText(fill(self.tr("Saved as %1"), str(path)))
        return True
