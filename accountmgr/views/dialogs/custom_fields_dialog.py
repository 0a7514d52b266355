"""Settings → Custom fields: add, rename, reorder, retire and restore the custom fields of
organizations, people and deals, and edit the options of option fields.

Every change goes through the domain at once and is announced on the change hub, so the list,
the kanban and the side panel follow while the dialog is still open. A retired field is hidden
everywhere but keeps its values, and can be restored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import customfields
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.customfields import FieldAdmin
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.field_definitions_model import (
    NAME,
    OPTIONS,
    STATUS,
    TYPE,
    FieldDefinitionsModel,
    type_name,
)
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.settings_table import SettingsTableDialog
from accountmgr.views.forms.ui_custom_fields_dialog import Ui_CustomFieldsDialog
from accountmgr.views.undo import error_text


class FieldDialog(QDialog):
    """The small dialog behind Add…, Rename… and Edit options…; it shows only what it is given
    (a name, a type choice, an option list). OK saves through `save`: a domain error keeps the
    dialog open with its message, and after a save `change` says what was written."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        save: Callable[[FieldDialog], Change],
        *,
        name: str | None = None,
        choose_type: bool = False,
        options: tuple[str, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        self._save = save
        self.change: Change | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = self._name_row(form, name) if name is not None else None
        self.type_combo = self._type_row(form) if choose_type else None
        self.options_edit: QPlainTextEdit | None = None
        self._options_label: QLabel | None = None
        if options is not None:
            self.options_edit = QPlainTextEdit("\n".join(options), self)
            self.options_edit.setPlaceholderText(self.tr("One option per line"))
            self.options_edit.setTabChangesFocus(True)
            self._options_label = QLabel(self.tr("&Options:\n(one per line)"), self)
            self._options_label.setBuddy(self.options_edit)
            form.addRow(self._options_label, self.options_edit)

        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        if self.type_combo is not None:
            self.type_combo.currentIndexChanged.connect(self._on_type_changed)
            self._on_type_changed()
        if self.name_edit is not None:
            self.name_edit.textChanged.connect(self._update_ok)
            self.name_edit.selectAll()
            self.name_edit.setFocus()
        elif self.options_edit is not None:
            self.options_edit.setFocus()
        self._update_ok()

    def _name_row(self, form: QFormLayout, name: str) -> QLineEdit:
        edit = QLineEdit(name, self)
        edit.setMaxLength(255)
        edit.setPlaceholderText(self.tr("For example: Contract number"))
        label = QLabel(self.tr("&Name:"), self)
        label.setBuddy(edit)
        form.addRow(label, edit)
        return edit

    def _type_row(self, form: QFormLayout) -> QComboBox:
        combo = QComboBox(self)
        for field_type in customfields.FIELD_TYPES:
            combo.addItem(type_name(field_type), field_type)
        label = QLabel(self.tr("&Type:"), self)
        label.setBuddy(combo)
        form.addRow(label, combo)
        return combo

    def name(self) -> str:
        return self.name_edit.text() if self.name_edit is not None else ""

    def field_type(self) -> str:
        return str(self.type_combo.currentData()) if self.type_combo is not None else ""

    def set_field_type(self, field_type: str) -> None:
        assert self.type_combo is not None
        self.type_combo.setCurrentIndex(self.type_combo.findData(field_type))

    def options(self) -> tuple[str, ...]:
        """The options typed, one per line; blank lines are skipped."""
        if self.options_edit is None or not self.options_edit.isEnabled():
            return ()
        lines = self.options_edit.toPlainText().splitlines()
        return tuple(line.strip() for line in lines if line.strip())

    @Slot()
    def _on_type_changed(self) -> None:
        takes_options = customfields.has_options(self.field_type())
        for widget in (self.options_edit, self._options_label):
            if widget is not None:
                widget.setEnabled(takes_options)

    @Slot()
    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.name_edit is None or bool(self.name_edit.text().strip()))

    def accept(self) -> None:  # QDialog.accept
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return
        try:
            self.change = self._save(self)
        except DomainError as err:
            self.error.setText(error_text(err))
            self.error.show()
            return
        super().accept()


class CustomFieldsDialog(SettingsTableDialog):
    """The custom fields of one entity at a time (chosen at the top), retired ones greyed."""

    WATCHED = Kind.CUSTOM_FIELD

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, stack: QUndoStack | None = None
    ) -> None:
        super().__init__(hub, parent, stack)
        self.ui = Ui_CustomFieldsDialog()
        self.ui.setupUi(self)
        for row, entity in enumerate(customfields.ENTITIES):
            self.ui.entity.setItemData(row, entity)
        self.model = FieldDefinitionsModel(self)
        table = self.ui.fields
        table.setModel(self.model)
        header = table.horizontalHeader()
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        header.resizeSection(NAME, 160)
        header.setSectionResizeMode(TYPE, fit)
        header.setSectionResizeMode(OPTIONS, stretch)
        header.setSectionResizeMode(STATUS, fit)

        self.rename_action = self._action(self.tr("Rename…"), QKeySequence(Qt.Key.Key_F2))
        self._add_moves(self.ui.moveUpButton, self.ui.moveDownButton)
        self.rename_action.triggered.connect(self.rename_field)

        self.ui.addButton.clicked.connect(self.add_field)
        self.ui.renameButton.clicked.connect(self.rename_field)
        self.ui.optionsButton.clicked.connect(self.edit_options)
        self.ui.retireButton.clicked.connect(self.toggle_retired)
        table.doubleClicked.connect(self._on_double_clicked)
        self.model.modelReset.connect(self._update_buttons)
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.entity.currentIndexChanged.connect(self._on_entity_changed)
        self._watch(table, self.model)
        self._on_entity_changed()
        table.setFocus()

    # -- what is selected -----------------------------------------------------------------

    def selected_field(self) -> FieldAdmin | None:
        return self.model.field(self._selected_row())

    def select_field(self, row_id: int | None) -> None:
        """Select the row of this id (the first row when it is not shown)."""
        self._select_id(row_id)

    @Slot()
    def _update_buttons(self) -> None:
        field = self.selected_field()
        row = self.model.row_of(field.id) if field is not None else -1
        chosen = field is not None
        self.ui.renameButton.setEnabled(chosen)
        self.rename_action.setEnabled(chosen)
        self.ui.optionsButton.setEnabled(field is not None and field.has_options)
        self._enable_moves(row)
        self.ui.retireButton.setEnabled(chosen)
        if field is not None and field.retired:
            self.ui.retireButton.setText(self.tr("Re&store"))
            self.ui.retireButton.setToolTip(
                self.tr("Show the selected field again, with the values it kept")
            )
        else:
            self.ui.retireButton.setText(self.tr("Re&tire"))
            self.ui.retireButton.setToolTip(
                self.tr("Hide the selected field everywhere; its values are kept")
            )

    @Slot()
    def _on_entity_changed(self) -> None:
        self.model.reload(str(self.ui.entity.currentData()))
        self.select_field(None)
        self._update_buttons()

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rename_field()

    # -- changes --------------------------------------------------------------------------

    @Slot()
    def add_field(self) -> None:
        entity = self.model.entity
        added: list[int] = []

        def save(dialog: FieldDialog) -> Change:
            result = customfields.add_field(
                entity, dialog.name(), dialog.field_type(), dialog.options()
            )
            added.append(result.definition.id)
            return result.change

        dialog = FieldDialog(
            self, self.tr("New field"), save, name="", choose_type=True, options=()
        )
        if self.exec_sub_dialog(dialog) and dialog.change is not None:
            self._added(
                dialog.change,
                added[-1],
                self.tr("Add field"),
                customfields.remove_new_field,
                customfields.restore_field,
            )

    @Slot()
    def rename_field(self) -> None:
        field = self.selected_field()
        if field is None:
            return
        dialog = FieldDialog(
            self,
            self.tr("Rename field"),
            lambda d: customfields.rename_field(field.id, d.name()),
            name=field.name,
        )
        if self.exec_sub_dialog(dialog) and dialog.change is not None:
            new_name = dialog.name()
            self._done(
                dialog.change,
                field.id,
                self.tr("Rename field"),
                lambda: customfields.rename_field(field.id, new_name),
                lambda: customfields.rename_field(field.id, field.name),
            )

    @Slot()
    def edit_options(self) -> None:
        field = self.selected_field()
        if field is None or not field.has_options:
            return
        dialog = FieldDialog(
            self,
            self.tr("Options of “%1”").replace("%1", field.name),
            lambda d: customfields.set_options(field.id, d.options()),
            options=field.options,
        )
        if self.exec_sub_dialog(dialog) and dialog.change is not None:
            new_options = dialog.options()
            self._done(
                dialog.change,
                field.id,
                self.tr("Edit options"),
                lambda: customfields.set_options(field.id, new_options),
                lambda: customfields.set_options(field.id, field.options),
            )

    def _move_row(self, row_id: int, row: int) -> Change:
        return customfields.move_field(row_id, row)

    def _move_text(self) -> str:
        return self.tr("Move field")

    @Slot()
    def toggle_retired(self) -> None:
        """Retire the selected field, or restore it when it is retired."""
        field = self.selected_field()
        if field is not None:
            self._apply(
                lambda: customfields.set_retired(field.id, not field.retired),
                field.id,
                self.tr("Restore field") if field.retired else self.tr("Retire field"),
                lambda: customfields.set_retired(field.id, field.retired),
            )
