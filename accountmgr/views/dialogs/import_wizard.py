"""File → Import…: organizations, people, deals, activities or notes from a CSV file or an Excel
workbook, in four steps: the file, its columns, a preview of its first rows, and the report.
The pages are in `import_pages` and `import_run_pages`; Back, Next and whether a page is
complete are Qt's.

The import itself runs on a worker thread through the qasync loop, with a progress dialog whose
Cancel leaves the database as it was; nothing is written before the last step either.
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QLocale, QSettings, Signal, Slot
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from accountmgr.domain import import_run
from accountmgr.domain.changes import EVERYTHING
from accountmgr.domain.import_run import ImportOptions, Report
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.import_models import ColumnMappingModel, PreviewModel, RejectedModel
from accountmgr.views.dialogs.import_pages import ColumnsPage, FilePage, ImportPage
from accountmgr.views.dialogs.import_run_pages import PreviewPage, ReportPage
from accountmgr.views.operations import Operation, run_in_background

PAGE_FILE, PAGE_COLUMNS, PAGE_PREVIEW, PAGE_REPORT = range(4)


class ImportWizard(QWizard):
    """Import a file in four steps; `finished_import` carries the `import_run.Report` once the
    import is written (and the change hub has announced that everything may have changed).

    `start_import()` runs the import in the background (the Import button); `run_now()` runs it
    on the calling thread. Either way the wizard then shows the report.
    """

    finished_import = Signal(object)  # import_run.Report

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        # The classic style on every platform: the same buttons and texts everywhere ("Next",
        # not macOS's "Continue"; no Aero title-bar Back button on Windows), and the page's
        # title and introduction in the header above it.
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOptions(
            QWizard.WizardOption.NoBackButtonOnLastPage
            | QWizard.WizardOption.NoCancelButtonOnLastPage
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.setWindowTitle(self.tr("Import"))
        self.setMinimumSize(640, 440)
        self.resize(820, 560)

        self._hub = hub
        self.settings = settings if settings is not None else QSettings()
        self._report: Report | None = None
        self._task: asyncio.Future[Report | None] | None = None
        self._operation: Operation | None = None  # the import under way

        self.mapping_model = ColumnMappingModel(self)
        self.preview_model = PreviewModel(self)
        self.rejected_model = RejectedModel(self)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        pages = (self.file_page, self.columns_page, self.preview_page, self.report_page)
        locale = QLocale()
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
            step = QLabel(
                fill(
                    self.tr("Step %1 of %2"),
                    locale.toString(page_id + 1),
                    locale.toString(len(pages)),
                ),
                page,
            )
            step.setObjectName("step")
            layout = page.layout()
            assert layout is not None  # each page's form has one
            layout.addWidget(step)
        self.currentIdChanged.connect(self._arrived)

    @Slot(int)
    def _arrived(self, page_id: int) -> None:
        page = self.page(page_id)
        if isinstance(page, ImportPage):
            page.focus_on_arrival().setFocus()

    @property
    def report(self) -> Report | None:
        return self._report

    def import_options(self) -> ImportOptions:  # not options(): QWizard's own
        """What the import is told, from the choices on the pages."""
        file = self.file_page
        return ImportOptions(
            kind=file.kind(),
            mapping=self.mapping_model.mapping(),
            on_duplicate=file.on_duplicate(),
            create_missing=file.create_missing(),
            day_first=file.day_first(),
        )

    def is_running(self) -> bool:
        return self._operation is not None

    def reject(self) -> None:  # QDialog.reject: Cancel, Esc, the window's close button
        if self._operation is not None:  # an import is running: Cancel stops it, undone whole
            self._operation.cancel()
            self.preview_page.show_run_message(self.tr("Cancelling…"))
            return
        super().reject()

    # -- running the import ---------------------------------------------------------------

    def run_now(self) -> Report:
        """Run the import on the calling thread, without progress; shows the report page."""
        path = self.file_page.path
        assert path is not None
        report = import_run.run_import(path, self.import_options())
        self._imported(report)
        return report

    @Slot()
    def start_import(self) -> None:
        """Run the import in the background (the Import button); see `run_async`."""
        if self._task is not None and not self._task.done():
            return
        self._task = asyncio.ensure_future(self.run_async())

    async def run_async(self) -> Report | None:
        """Run the import on a worker thread with a progress dialog; Cancel (there, or in the
        wizard) stops it and nothing is written. The report, or None when nothing was."""
        path = self.file_page.path
        if path is None or self._operation is not None:
            return None
        options = self.import_options()
        reports: list[Report] = []
        locale = QLocale()
        preview = self.preview_page
        preview.show_run_message("")
        self._operation = run_in_background(
            self,
            self.tr("Importing…"),
            0,
            lambda progress: import_run.run_import(path, options, progress=progress),
            reports.append,
            title=self.tr("Import"),
            progress_text=lambda done, total: fill(
                self.tr("Importing… %1 of about %2 rows read"),
                locale.toString(done),
                locale.toString(max(total, done)),
            ),
            cancelled=lambda: preview.show_run_message(
                self.tr("Import cancelled; nothing was written.")
            ),
            failed=preview.show_failure,
            finished=self._import_ended,
        )
        preview.running_changed()
        await self._operation
        if not reports:
            return None
        self._imported(reports[0])
        return reports[0]

    def _import_ended(self) -> None:
        self._operation = None
        self.preview_page.running_changed()

    def _imported(self, report: Report) -> None:
        self._report = report
        self._hub.publish(EVERYTHING)
        self.next()  # the preview page lets the wizard on now that there is a report
        self.finished_import.emit(report)
