"""The pages of the import wizard (`import_wizard.ImportWizard`), one `QWizardPage` each: the
page says when it is complete, fills itself when the wizard arrives on it, and checks or keeps
its choices when the wizard leaves it; Back, Next and Import are the wizard's. The first two
are here, what they share with the others too; the last two are in `import_run_pages`.

1. `FilePage`: the file, what it holds (guessed from its name and headers), how its dates are
   written, what to do with records that exist already, and whether to create the records
   rows name.
2. `ColumnsPage`: which field each column goes to; matched from the headers at first, and the
   choice is remembered for files with the same headers.
3. `PreviewPage`: the first rows as they will be imported, problems in red, doubtful dates in
   orange; its Import button (the wizard's commit button) starts the import.
4. `ReportPage`: what was created, updated and skipped, and the rows left out with their line.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
    QWizardPage,
)

from accountmgr.domain import import_fields, import_files, import_headers
from accountmgr.domain.errors import DomainError
from accountmgr.domain.import_files import Table
from accountmgr.domain.transfer import FORMER_NAMES, OnDuplicate, RecordKind
from accountmgr.qtmodels.formatting import error_text, fill
from accountmgr.qtmodels.import_models import FIELD, HEADER, SAMPLES, field_label
from accountmgr.views import file_dialogs
from accountmgr.views.forms.ui_import_columns_page import Ui_ImportColumnsPage
from accountmgr.views.forms.ui_import_file_page import Ui_ImportFilePage

if TYPE_CHECKING:
    from accountmgr.views.dialogs.import_wizard import ImportWizard

AnyIndex = QModelIndex | QPersistentModelIndex

PREVIEW_ROWS = 50
KIND_CHOICES = (  # the combo's order
    RecordKind.ORGANIZATIONS,
    RecordKind.PEOPLE,
    RecordKind.DEALS,
    RecordKind.ACTIVITIES,
    RecordKind.NOTES,
)
DUPLICATE_KINDS = (  # the others never have duplicates
    RecordKind.ORGANIZATIONS,
    RecordKind.PEOPLE,
    RecordKind.DEALS,
)
DUPLICATE_CHOICES = (OnDuplicate.SKIP, OnDuplicate.UPDATE, OnDuplicate.CREATE)  # the combo's order
SETTINGS_FOLDER = "import/folder"
SETTINGS_MAPPINGS = "import/mappings"

# Words in a file's name that say what it holds, in the six languages of the interface.
_NAME_HINTS: dict[RecordKind, tuple[str, ...]] = {
    RecordKind.ORGANIZATIONS: (
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
    RecordKind.PEOPLE: ("person", "people", "contact", "kontakt", "personne", "contatt", "contato"),
    RecordKind.DEALS: ("deal", "opportunit", "affaire", "geschäft", "trato", "negoci", "trattativ"),
    RecordKind.ACTIVITIES: ("activit", "aktivit", "task", "aufgabe", "tâche", "tarea", "tarefa"),
    RecordKind.NOTES: ("note", "notiz", "nota"),
}


def month_first(locale: QLocale) -> bool:
    """Whether the locale writes the month before the day (en_US: 12/31/26)."""
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    day, month = pattern.find("d"), pattern.find("M")
    return 0 <= month < day and not pattern.lstrip().startswith("y")


def guess_kind(path: Path, headers: list[str]) -> RecordKind:
    """What a file most likely holds: the kind whose fields its headers match best, the
    required ones above all, with a hint from the file's name."""
    name = path.stem.casefold()

    def score(kind: RecordKind) -> int:
        mapped = import_headers.auto_map(kind, headers)
        required = {f.key for f in import_fields.fields_for(kind) if f.required}
        points = len(mapped) + (3 if required <= set(mapped.values()) else 0)
        if any(hint in name for hint in _NAME_HINTS.get(kind, ())):
            points += 4
        return points

    best = max(KIND_CHOICES, key=lambda kind: (score(kind), -KIND_CHOICES.index(kind)))
    return best


def cannot_read(error: OSError) -> str:
    reason = error.strerror or str(error)
    return fill(QCoreApplication.translate("ImportPage", "The file cannot be read: %1"), reason)


class FieldChoiceDelegate(QStyledItemDelegate):
    """The "Import as" cells: a list of "Do not import" and the fields of the kind, open all
    the time (persistent editors), writing to the model as soon as another entry is picked."""

    def __init__(self, wizard: ImportWizard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = wizard.mapping_model

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


class ImportPage(QWizardPage):
    """What the wizard's pages share: the wizard they belong to (its settings, its models and
    the other pages' choices), and the widget to focus when the wizard arrives on them."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard

    def focus_on_arrival(self) -> QWidget:
        raise NotImplementedError


class FilePage(ImportPage):
    """Step 1: the file and how to read it; complete once the file has been read.

    `choose_file()` asks with a file dialog; `set_file(path)` skips it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "Import organizations, people, deals, activities or notes from a CSV file or an "
                "Excel workbook (.xlsx). Nothing is written before the last step."
            )
        )
        self._path: Path | None = None
        self._table: Table | None = None

        for row, kind in enumerate(KIND_CHOICES):
            self.ui.kind.setItemData(row, kind.value)
        self.ui.dateOrder.setItemData(0, True)
        self.ui.dateOrder.setItemData(1, False)
        for row, choice in enumerate(DUPLICATE_CHOICES):
            self.ui.onDuplicate.setItemData(row, choice.value)
        self.ui.dateOrder.setCurrentIndex(1 if month_first(QLocale()) else 0)

        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.kind.currentIndexChanged.connect(self._on_kind_changed)
        self._on_kind_changed()
        self._show_file_message("")

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def table(self) -> Table | None:
        """The first rows of the file (at most PREVIEW_ROWS), or None when it cannot be read."""
        return self._table

    def kind(self) -> RecordKind:
        return RecordKind(self.ui.kind.currentData())

    def set_kind(self, kind: RecordKind) -> None:
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(str(kind)))

    def day_first(self) -> bool:
        return bool(self.ui.dateOrder.currentData())

    def on_duplicate(self) -> OnDuplicate:
        return OnDuplicate(self.ui.onDuplicate.currentData())

    def create_missing(self) -> bool:
        return self.ui.createMissing.isChecked()

    def isComplete(self) -> bool:  # QWizardPage: Next is enabled
        return self._table is not None

    def focus_on_arrival(self) -> QWidget:
        return self.ui.chooseButton if self._table is None else self.ui.kind

    @Slot()
    def choose_file(self) -> bool:
        """Ask for the file to import; True when one was chosen and can be read."""
        settings = self._wizard.settings
        folder = str(settings.value(SETTINGS_FOLDER, "") or Path.home())
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
        self.ui.path.setText(str(path))
        try:
            table = import_files.read_table(path, limit=PREVIEW_ROWS)
        except DomainError as error:
            self._show_file_message(error_text(error))
            return False
        except OSError as error:
            self._show_file_message(cannot_read(error))
            return False
        if not table.rows:
            self._show_file_message(self.tr("The file has no rows below its header."))
            return False
        self._table = table
        self._wizard.settings.setValue(SETTINGS_FOLDER, str(path.parent))
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
        self.completeChanged.emit()

    @Slot()
    def _on_kind_changed(self) -> None:
        kind = self.kind()
        self.ui.onDuplicate.setEnabled(kind in DUPLICATE_KINDS)
        self.ui.duplicateLabel.setEnabled(kind in DUPLICATE_KINDS)
        self.ui.createMissing.setEnabled(kind != RecordKind.ORGANIZATIONS)


class ColumnsPage(ImportPage):
    """Step 2: which field each column goes to; complete once every required field has a
    column. Leaving it forward remembers the choice for files with the same headers."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.ui = Ui_ImportColumnsPage()
        self.ui.setupUi(self)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Choose what each column of the file holds. Columns set to “Do not import” "
                "are left out."
            )
        )
        self._mapped_for: tuple[RecordKind, Path] | None = None
        model = wizard.mapping_model
        columns = self.ui.columns
        columns.setModel(model)
        self._delegate = FieldChoiceDelegate(wizard, columns)
        columns.setItemDelegateForColumn(FIELD, self._delegate)
        header = columns.horizontalHeader()
        header.setSectionResizeMode(HEADER, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(SAMPLES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FIELD, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(HEADER, 200)
        header.resizeSection(FIELD, 240)
        # Rows as high as a list: the open "Import as" lists fit.
        list_height = wizard.file_page.ui.kind.sizeHint().height()
        columns.verticalHeader().setDefaultSectionSize(list_height + 6)
        model.mapping_changed.connect(self._update_mapping_state)
        model.modelReset.connect(self._open_field_editors)
        self._update_mapping_state()

    def initializePage(self) -> None:  # QWizardPage: on arrival from the file page
        file = self._wizard.file_page
        table, path, kind = file.table, file.path, file.kind()
        assert table is not None
        assert path is not None
        if self._mapped_for == (kind, path):
            return  # back and forth: the person's choices stay
        self._wizard.mapping_model.load(
            table.headers,
            table.rows,
            import_fields.fields_for(kind),
            self.initial_mapping(kind, table.headers),
        )
        self._mapped_for = (kind, path)

    def isComplete(self) -> bool:  # QWizardPage: Next is enabled
        model = self._wizard.mapping_model
        return bool(model.mapping()) and not model.missing_required()

    def validatePage(self) -> bool:  # QWizardPage: Next
        self.remember_mapping()
        return True

    def focus_on_arrival(self) -> QWidget:
        return self.ui.columns

    def _settings_key(self, kind_name: str, headers: list[str]) -> str:
        digest = hashlib.sha1("\n".join(sorted(headers)).encode(), usedforsecurity=False)
        return f"{SETTINGS_MAPPINGS}/{kind_name}/{digest.hexdigest()[:16]}"

    def _remembered(self, kind: RecordKind, headers: list[str]) -> dict[str, str] | None:
        # a choice remembered before the kind was renamed ("persons") is kept under that name
        names = [kind.value, *(old for old, new in FORMER_NAMES.items() if new == kind)]
        settings = self._wizard.settings
        stored = (settings.value(self._settings_key(name, headers), "") for name in names)
        text = next((found for found in stored if found), "")
        try:
            saved = json.loads(str(text)) if text else None
        except ValueError:
            return None
        if not isinstance(saved, dict):
            return None
        return {str(h): str(k) for h, k in saved.items() if isinstance(k, str)}

    def remember_mapping(self) -> None:
        """Keep the columns' fields for the next file of this kind with the same headers."""
        model = self._wizard.mapping_model
        headers = model.headers
        keys = {h: model.field_of(c) for c, h in enumerate(headers)}
        self._wizard.settings.setValue(
            self._settings_key(self._wizard.file_page.kind().value, headers),
            json.dumps(keys, ensure_ascii=False),
        )

    def initial_mapping(self, kind: RecordKind, headers: list[str]) -> dict[int, str]:
        """The mapping remembered for these headers, else the one matched from their names."""
        automatic = import_headers.auto_map(kind, headers)
        saved = self._remembered(kind, headers)
        if saved is None:
            return automatic
        specs = {f.key: f for f in import_fields.fields_for(kind)}

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

    @Slot()
    def _open_field_editors(self) -> None:
        model = self._wizard.mapping_model
        for row in range(model.rowCount()):
            self.ui.columns.openPersistentEditor(model.index(row, FIELD))

    @Slot()
    def _update_mapping_state(self) -> None:
        model = self._wizard.mapping_model
        missing = model.missing_required()
        error = self.ui.mappingError
        if missing:
            names = ", ".join(field_label(f) for f in missing)
            error.setText(fill(self.tr("Choose a column for each required field: %1."), names))
        elif not model.mapping():
            error.setText(self.tr("Choose at least one column to import."))
        else:
            error.setText("")
        error.setVisible(bool(error.text()))
        self.completeChanged.emit()
