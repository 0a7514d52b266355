"""File → Import…: organizations, people, deals, activities or notes from a CSV file or an Excel
workbook, in four steps.

1. File: the file, what it holds (guessed from its name and headers), how its dates are written,
   what to do with records that exist already, and whether to create the records rows name.
2. Columns: which field each column goes to; matched from the headers at first, and the choice
   is remembered for files with the same headers.
3. Preview: the first rows as they will be imported, problems in red, doubtful dates in orange.
4. Report: what was created, updated and skipped, and the rows left out with their line.

The import itself runs on a worker thread through the qasync loop, with a progress dialog whose
Cancel leaves the database as it was; nothing is written before the last step either.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
from pathlib import Path

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from accountmgr.domain import currencies, import_read, import_run, records, transfer
from accountmgr.domain.changes import EVERYTHING
from accountmgr.domain.errors import DomainError
from accountmgr.domain.import_read import Table
from accountmgr.domain.import_run import ImportOptions, Report
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.import_models import (
    FIELD,
    HEADER,
    SAMPLES,
    ColumnMappingModel,
    PreviewModel,
    RejectedModel,
    field_label,
    problem_text,
)
from accountmgr.views import file_dialogs
from accountmgr.views.forms.ui_import_wizard import Ui_ImportWizard
from accountmgr.views.operations import Operation, run_in_background
from accountmgr.views.undo import error_text

AnyIndex = QModelIndex | QPersistentModelIndex

PREVIEW_ROWS = 50
PAGE_FILE, PAGE_COLUMNS, PAGE_PREVIEW, PAGE_REPORT = range(4)
KIND_CHOICES = ("organizations", "persons", "deals", "activities", "notes")  # the combo's order
DUPLICATE_KINDS = ("organizations", "persons", "deals")  # the others never have duplicates
SETTINGS_FOLDER = "import/folder"
SETTINGS_MAPPINGS = "import/mappings"
ERROR_STYLE = "color: #c62828;"

# Words in a file's name that say what it holds, in the six languages of the interface.
_NAME_HINTS: dict[str, tuple[str, ...]] = {
    "organizations": (
        "organi",
        "compan",
        "account",
        "firm",
        "unternehm",
        "entreprise",
        "empresa",
        "aziend",
        "societ",
    ),
    "persons": ("person", "people", "contact", "kontakt", "personne", "contatt", "contato"),
    "deals": ("deal", "opportunit", "affaire", "geschäft", "trato", "negoci", "trattativ"),
    "activities": ("activit", "aktivit", "task", "aufgabe", "tâche", "tarea", "tarefa"),
    "notes": ("note", "notiz", "nota"),
}


def month_first(locale: QLocale) -> bool:
    """Whether the locale writes the month before the day (en_US: 12/31/26)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return 0 <= month < day and not pattern.lstrip().startswith("y")


def guess_kind(path: Path, headers: list[str]) -> str:
    """What a file most likely holds: the kind whose fields its headers match best, the
    required ones above all, with a hint from the file's name."""
    name = path.stem.casefold()

    def score(kind: str) -> int:
        mapped = import_read.auto_map(kind, headers)
        required = {f.key for f in import_read.fields_for(kind) if f.required}
        points = len(mapped) + (3 if required <= set(mapped.values()) else 0)
        if any(hint in name for hint in _NAME_HINTS.get(kind, ())):
            points += 4
        return points

    best = max(KIND_CHOICES, key=lambda kind: (score(kind), -KIND_CHOICES.index(kind)))
    return best


class FieldChoiceDelegate(QStyledItemDelegate):
    """The "Import as" cells: a list of "Do not import" and the fields of the kind, open all
    the time (persistent editors), writing to the model as soon as another entry is picked."""

    def __init__(self, model: ColumnMappingModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        for key, text in self._model.choices():
            combo.addItem(text, key)
        combo.setAccessibleName(str(self._model.index(index.row(), HEADER).data()))
        combo.currentIndexChanged.connect(lambda _row: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        was = editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.blockSignals(was)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Escape goes on to the wizard (Cancel) rather than closing an editor that stays open.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            return False
        return super().eventFilter(editor, event)


class ImportWizard(QDialog):
    """Import a file in four steps; `finished_import` carries the `import_run.Report` once the
    import is written (and the change hub has announced that everything may have changed).

    `choose_file()` and `save_report()` ask with a file dialog; `set_file(path)` and
    `save_report(path)` skip it. `start_import()` runs the import in the background (the Import
    button); `run_now()` runs it on the calling thread.
    """

    finished_import = Signal(object)  # import_run.Report

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self._hub = hub
        self._settings = settings if settings is not None else QSettings()
        self._path: Path | None = None
        self._table: Table | None = None
        self._mapped_for: tuple[str, Path] | None = None
        self._report: Report | None = None
        self._task: asyncio.Future[Report | None] | None = None
        self._operation: Operation | None = None  # the import under way

        for row, kind in enumerate(KIND_CHOICES):
            self.ui.kind.setItemData(row, kind)
        self.ui.dateOrder.setItemData(0, True)
        self.ui.dateOrder.setItemData(1, False)
        for row, choice in enumerate(("skip", "update", "create")):
            assert choice in transfer.DUPLICATE_CHOICES
            self.ui.onDuplicate.setItemData(row, choice)
        self.ui.dateOrder.setCurrentIndex(1 if month_first(QLocale()) else 0)

        self.mapping_model = ColumnMappingModel(self)
        self.preview_model = PreviewModel(self)
        self.rejected_model = RejectedModel(self)
        self._set_up_tables()

        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.ui.backButton.clicked.connect(self.go_back)
        self.ui.nextButton.clicked.connect(self.go_next)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.closeButton.clicked.connect(self.accept)
        self.ui.saveReportButton.clicked.connect(self._on_save_clicked)
        self.mapping_model.mapping_changed.connect(self._update_mapping_state)
        self.mapping_model.modelReset.connect(self._open_field_editors)

        self._on_kind_changed()
        self._show_file_message("")
        self._show_page(PAGE_FILE)

    def _set_up_tables(self) -> None:
        columns = self.ui.columns
        columns.setModel(self.mapping_model)
        self._delegate = FieldChoiceDelegate(self.mapping_model, columns)
        columns.setItemDelegateForColumn(FIELD, self._delegate)
        header = columns.horizontalHeader()
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(HEADER, 200)
        header.resizeSection(FIELD, 240)
        columns.verticalHeader().setDefaultSectionSize(self.ui.kind.sizeHint().height() + 6)
        self.ui.preview.setModel(self.preview_model)
        self.ui.rejected.setModel(self.rejected_model)
        self.ui.rejected.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )

    # -- what is chosen -------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def table(self) -> Table | None:
        """The first rows of the file (at most PREVIEW_ROWS), or None when it cannot be read."""
        return self._table

    @property
    def report(self) -> Report | None:
        return self._report

    def kind(self) -> str:
        return str(self.ui.kind.currentData())

    def set_kind(self, kind: str) -> None:
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(kind))

    def day_first(self) -> bool:
        return bool(self.ui.dateOrder.currentData())

    def set_day_first(self, day_first: bool) -> None:
        self.ui.dateOrder.setCurrentIndex(0 if day_first else 1)

    def options(self) -> ImportOptions:
        """What the import is told, from the choices on the pages."""
        return ImportOptions(
            kind=self.kind(),
            mapping=self.mapping_model.mapping(),
            on_duplicate=str(self.ui.onDuplicate.currentData()),
            create_missing=self.ui.createMissing.isChecked(),
            day_first=self.day_first(),
        )

    def current_page(self) -> int:
        return self.ui.pages.currentIndex()

    def is_running(self) -> bool:
        return self._operation is not None

    # -- page 1: the file -----------------------------------------------------------------

    @Slot()
    def choose_file(self) -> bool:
        """Ask for the file to import; True when one was chosen and can be read."""
        folder = str(self._settings.value(SETTINGS_FOLDER, "") or Path.home())
        name, _ = file_dialogs.get_open_file_name(
            self,
            self.tr("Import from a file"),
            folder,
            self.tr("Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"),
        )
        return bool(name) and self.set_file(Path(name))

    def set_file(self, path: Path | str) -> bool:
        """Read the header and first rows of `path`; a file that cannot be read is explained
        on the page and Next stays disabled. True when it was read."""
        path = Path(path)
        self._path = path
        self._table = None
        self._mapped_for = None
        self.ui.path.setText(str(path))
        try:
            table = import_read.read_table(path, limit=PREVIEW_ROWS)
        except DomainError as error:
            self._show_file_message(error_text(error))
            return False
        except OSError as error:
            self._show_file_message(
                fill(self.tr("The file cannot be read: %1"), error.strerror or str(error))
            )
            return False
        if not table.rows:
            self._show_file_message(self.tr("The file has no rows below its header."))
            return False
        self._table = table
        self._settings.setValue(SETTINGS_FOLDER, str(path.parent))
        self.set_kind(guess_kind(path, table.headers))
        self._show_file_message("")
        return True

    def _describe(self, table: Table) -> str:
        locale = QLocale()
        columns = fill(self.tr("Columns: %1"), locale.toString(len(table.headers)))
        if table.delimiter is None:
            return fill(self.tr("%1 · Excel workbook, first sheet"), columns)
        separators = {
            ",": self.tr("comma"),
            ";": self.tr("semicolon"),
            "\t": self.tr("tab"),
            "|": self.tr("vertical bar"),
        }
        return fill(
            self.tr("%1 · Text encoding: %2 · Separator: %3"),
            columns,
            table.encoding.upper(),
            separators.get(table.delimiter, table.delimiter),
        )

    def _show_file_message(self, error: str) -> None:
        self.ui.fileError.setText(error)
        self.ui.fileError.setVisible(bool(error))
        table = self._table
        self.ui.fileInfo.setText(self._describe(table) if table is not None else "")
        self.ui.fileInfo.setVisible(table is not None)
        self._update_buttons()

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = self.kind()
        self.ui.onDuplicate.setEnabled(kind in DUPLICATE_KINDS)
        self.ui.duplicateLabel.setEnabled(kind in DUPLICATE_KINDS)
        self.ui.createMissing.setEnabled(kind != "organizations")

    # -- page 2: the columns --------------------------------------------------------------

    def _settings_key(self, kind: str, headers: list[str]) -> str:
        digest = hashlib.sha1("\n".join(sorted(headers)).encode(), usedforsecurity=False)
        return f"{SETTINGS_MAPPINGS}/{kind}/{digest.hexdigest()[:16]}"

    def _remembered(self, kind: str, headers: list[str]) -> dict[str, str] | None:
        text = self._settings.value(self._settings_key(kind, headers), "")
        try:
            saved = json.loads(str(text)) if text else None
        except ValueError:
            return None
        if not isinstance(saved, dict):
            return None
        return {str(h): str(k) for h, k in saved.items() if isinstance(k, str)}

    def remember_mapping(self) -> None:
        """Keep the columns' fields for the next file of this kind with the same headers."""
        headers = self.mapping_model.headers
        keys = {h: self.mapping_model.field_of(c) for c, h in enumerate(headers)}
        self._settings.setValue(
            self._settings_key(self.kind(), headers), json.dumps(keys, ensure_ascii=False)
        )

    def initial_mapping(self, kind: str, headers: list[str]) -> dict[int, str]:
        """The mapping remembered for these headers, else the one matched from their names."""
        automatic = import_read.auto_map(kind, headers)
        saved = self._remembered(kind, headers)
        if saved is None:
            return automatic
        specs = {f.key: f for f in import_read.fields_for(kind)}

        def free(key: str) -> bool:  # emails and phones take several columns
            return key not in mapping.values() or specs[key].multiple

        mapping: dict[int, str] = {}
        for column, header in enumerate(headers):
            key = saved.get(header, "")
            if key in specs and free(key):
                mapping[column] = key
        for column, key in automatic.items():  # columns the saved choice does not know
            if headers[column] not in saved and free(key):
                mapping[column] = key
        return mapping

    def _prepare_mapping(self) -> None:
        table, path = self._table, self._path
        assert table is not None
        assert path is not None
        if self._mapped_for == (self.kind(), path):
            return  # back and forth: the person's choices stay
        kind = self.kind()
        self.mapping_model.load(
            table.headers,
            table.rows,
            import_read.fields_for(kind),
            self.initial_mapping(kind, table.headers),
        )
        self._mapped_for = (kind, path)

    @Slot()
    def _open_field_editors(self) -> None:
        for row in range(self.mapping_model.rowCount()):
            self.ui.columns.openPersistentEditor(self.mapping_model.index(row, FIELD))

    @Slot()
    def _update_mapping_state(self) -> None:
        missing = self.mapping_model.missing_required()
        if missing:
            names = ", ".join(field_label(f) for f in missing)
            self.ui.mappingError.setText(
                fill(self.tr("Choose a column for each required field: %1."), names)
            )
        elif not self.mapping_model.mapping():
            self.ui.mappingError.setText(self.tr("Choose at least one column to import."))
        else:
            self.ui.mappingError.setText("")
        self.ui.mappingError.setVisible(bool(self.ui.mappingError.text()))
        self._update_buttons()

    def mapping_complete(self) -> bool:
        return bool(self.mapping_model.mapping()) and not self.mapping_model.missing_required()

    # -- page 3: the preview --------------------------------------------------------------

    def _prepare_preview(self) -> None:
        table = self._table
        assert table is not None
        kind, mapping, day_first = self.kind(), self.mapping_model.mapping(), self.day_first()
        default_currency = currencies.default_currency()[0]
        rows = table.rows[:PREVIEW_ROWS]
        converted = [
            import_read.convert_row(
                kind, mapping, cells, day_first=day_first, default_currency=default_currency
            )
            for cells in rows
        ]
        self.preview_model.load(
            headers=table.headers,
            lines=table.lines[:PREVIEW_ROWS],
            rows=rows,
            converted=converted,
            mapping=mapping,
            fields=self.mapping_model.fields,
            exponents={code: exponent for code, _, exponent in records.currencies()},
            day_first=day_first,
        )
        preview = self.ui.preview
        preview.resizeColumnsToContents()
        for section in range(self.preview_model.columnCount()):
            preview.setColumnWidth(section, min(preview.columnWidth(section), 260))
        self._show_preview_summary()
        self._show_run_message("")

    def _show_preview_summary(self) -> None:
        locale = QLocale()
        shown = self.preview_model.rowCount()
        problems = self.preview_model.problem_rows()
        doubtful = self.preview_model.ambiguous_rows()
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
        table = self._table
        if table is not None and len(table.rows) >= PREVIEW_ROWS:
            text += " " + self.tr("The rest of the file is checked as it is imported.")
        self.ui.previewSummary.setText(text)
        self.ui.previewSummary.setStyleSheet(ERROR_STYLE if problems else "")

    def _show_run_message(self, text: str, error: bool = False) -> None:
        self.ui.runMessage.setText(text)
        self.ui.runMessage.setStyleSheet(ERROR_STYLE if error else "")
        self.ui.runMessage.setVisible(bool(text))

    # -- navigation -----------------------------------------------------------------------

    def _intro(self, page: int) -> str:
        if page == PAGE_FILE:
            return self.tr(
                "Import organizations, people, deals, activities or notes from a CSV file or an "
                "Excel workbook (.xlsx). Nothing is written before the last step."
            )
        if page == PAGE_COLUMNS:
            return self.tr(
                "Choose what each column of the file holds. Columns set to “Do not import” "
                "are left out."
            )
        if page == PAGE_PREVIEW:
            return fill(
                self.tr(
                    "The first rows (at most %1) as they will be imported. Cells in red cannot "
                    "be imported: point at them to see why. Press Import to import the whole "
                    "file."
                ),
                QLocale().toString(PREVIEW_ROWS),
            )
        report = self._report
        if report is not None and report.rejected:
            return fill(
                self.tr("%1 rows of the file were not imported; the table says why."),
                QLocale().toString(len(report.rejected)),
            )
        return self.tr("Every row of the file was imported or was there already.")

    def _show_page(self, page: int) -> None:
        self.ui.pages.setCurrentIndex(page)
        titles = (
            self.tr("Choose the file"),
            self.tr("Match the columns"),
            self.tr("Check the first rows"),
            self.tr("Import finished"),
        )
        self.ui.heading.setText(titles[page])
        self.ui.intro.setText(self._intro(page))
        locale = QLocale()
        self.ui.step.setText(
            fill(self.tr("Step %1 of %2"), locale.toString(page + 1), locale.toString(4))
        )
        done = page == PAGE_REPORT
        self.ui.backButton.setVisible(not done)
        self.ui.nextButton.setVisible(not done)
        self.ui.cancelButton.setVisible(not done)
        self.ui.closeButton.setVisible(done)
        self.ui.nextButton.setDefault(not done)
        self.ui.closeButton.setDefault(done)
        self.ui.nextButton.setText(
            self.tr("&Import") if page == PAGE_PREVIEW else self.tr("&Next >")
        )
        self._update_buttons()
        focus = {
            PAGE_FILE: self.ui.chooseButton if self._table is None else self.ui.kind,
            PAGE_COLUMNS: self.ui.columns,
            PAGE_PREVIEW: self.ui.preview,
            PAGE_REPORT: self.ui.closeButton,
        }[page]
        focus.setFocus()

    def _update_buttons(self) -> None:
        page = self.current_page()
        running = self.is_running()
        self.ui.backButton.setEnabled(page in (PAGE_COLUMNS, PAGE_PREVIEW) and not running)
        if page == PAGE_FILE:
            ready = self._table is not None
        elif page == PAGE_COLUMNS:
            ready = self.mapping_complete()
        else:
            ready = page == PAGE_PREVIEW and self._path is not None
        self.ui.nextButton.setEnabled(ready and not running)
        self.ui.pages.setEnabled(not running)

    @Slot()
    def go_next(self) -> None:
        """Next (Enter): on to the following page; on the preview, start the import."""
        if not self.ui.nextButton.isEnabled():
            return
        page = self.current_page()
        if page == PAGE_FILE:
            self._prepare_mapping()
            self._show_page(PAGE_COLUMNS)
        elif page == PAGE_COLUMNS:
            self.remember_mapping()
            self._prepare_preview()
            self._show_page(PAGE_PREVIEW)
        elif page == PAGE_PREVIEW:
            self.start_import()

    @Slot()
    def go_back(self) -> None:
        page = self.current_page()
        if page in (PAGE_COLUMNS, PAGE_PREVIEW) and not self.is_running():
            self._show_page(page - 1)

    def reject(self) -> None:  # QDialog.reject: Cancel, Esc, the window's close button
        if self._operation is not None:  # an import is running: Cancel stops it, undone whole
            self._operation.cancel()
            self._show_run_message(self.tr("Cancelling…"))
            return
        super().reject()

    # -- page 4: running and the report ---------------------------------------------------

    def run_now(self) -> Report:
        """Run the import on the calling thread, without progress; shows the report page."""
        assert self._path is not None
        report = import_run.run_import(self._path, self.options())
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
        path = self._path
        if path is None or self._operation is not None:
            return None
        options = self.options()
        reports: list[Report] = []
        locale = QLocale()
        self._show_run_message("")
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
            cancelled=lambda: self._show_run_message(
                self.tr("Import cancelled; nothing was written.")
            ),
            failed=self._import_failed,
            finished=self._import_ended,
        )
        self._update_buttons()
        await self._operation
        if not reports:
            return None
        self._imported(reports[0])
        return reports[0]

    def _import_failed(self, error: DomainError | OSError) -> None:
        if isinstance(error, DomainError):
            self._show_run_message(error_text(error), error=True)
        else:
            self._show_run_message(
                fill(self.tr("The file cannot be read: %1"), error.strerror or str(error)),
                error=True,
            )

    def _import_ended(self) -> None:
        self._operation = None
        self._update_buttons()

    def cancel_import(self) -> None:
        """Stop a running import (as its Cancel button does); nothing of it is kept."""
        if self._operation is not None:
            self._operation.cancel()

    def rejected_text(self, rejected: import_run.Rejected) -> str:
        """Why a row was left out, translated: each problem with the column it is in."""
        if not rejected.parts:
            return rejected.reason
        texts = []
        for header, template, params in rejected.parts:
            try:
                english = template.format(**params)
            except (KeyError, IndexError, ValueError):
                english = rejected.reason
            reason = problem_text(template, params, english)
            texts.append(fill(self.tr("%1: %2"), header, reason) if header else reason)
        return " ".join(texts)

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

    def _imported(self, report: Report) -> None:
        self._report = report
        locale = QLocale()
        self.ui.createdCount.setText(locale.toString(report.created))
        self.ui.updatedCount.setText(locale.toString(report.updated))
        self.ui.skippedCount.setText(locale.toString(report.skipped))
        self.ui.linkedCount.setText(locale.toString(report.linked_created))
        self.ui.rejectedCount.setText(locale.toString(len(report.rejected)))
        self.rejected_model.load([(r.line, self.rejected_text(r)) for r in report.rejected])
        self.ui.rejected.setVisible(bool(report.rejected))
        self.ui.reportMessage.setStyleSheet("")
        self.ui.reportMessage.setText(self.currencies_text(report))
        self._hub.publish(EVERYTHING)
        self._show_page(PAGE_REPORT)
        self.finished_import.emit(report)

    def choose_report_path(self) -> Path | None:
        """Ask where to save the report."""
        folder = Path(str(self._settings.value(SETTINGS_FOLDER, "") or Path.home()))
        stem = self._path.stem if self._path is not None else "import"
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
        report = self._report
        if report is None:
            return False
        if path is None:
            path = self.choose_report_path()
            if path is None:
                return False
        try:
            report.save_csv(path)
        except OSError as error:
            self.ui.reportMessage.setStyleSheet(ERROR_STYLE)
            self.ui.reportMessage.setText(
                fill(self.tr("The report was not saved: %1"), error.strerror or str(error))
            )
            return False
        self.ui.reportMessage.setStyleSheet("")
        self.ui.reportMessage.setText(fill(self.tr("Saved as %1"), str(path)))
        return True
