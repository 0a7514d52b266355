"""Settings → Custom fields: add, rename, reorder, retire and restore the custom fields of
organizations, people and deals, and edit the options of option fields.

Every change goes through the domain at once and is announced on the change hub, so the list,
the kanban and the side panel follow while the dialog is still open. A retired field is hidden
everywhere but keeps its values, and can be restored.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from accountmgr.domain import customfields, renewal
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.customfields import Entity, FieldAdmin, FieldType
from accountmgr.qtmodels.field_definitions_model import (
    OPTIONS,
    FieldDefinitionsModel,
    type_name,
)
from accountmgr.qtmodels.formatting import fill
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.settings_table import DefinitionDialog, SettingsTableDialog
from accountmgr.views.forms.ui_custom_fields_dialog import Ui_CustomFieldsDialog

T = TypeVar("T")


class FieldDialog(DefinitionDialog):
    """The small dialog behind Add…, Rename… and Edit options…; it shows only what it is given
    (a name, a type choice, an option list)."""

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
        super().__init__(parent, title, save, 360)
        self.name_edit = self._name_row(name) if name is not None else None
        self.type_combo = self._type_row() if choose_type else None
        self.options_edit: QPlainTextEdit | None = None
        self._options_label: QLabel | None = None
        if options is not None:
            self.options_edit = QPlainTextEdit("\n".join(options), self)
            self.options_edit.setPlaceholderText(self.tr("One option per line"))
            self.options_edit.setTabChangesFocus(True)
            self._options_label = self._row(self.tr("&Options:\n(one per line)"), self.options_edit)
        self._add_buttons()

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

    def _name_row(self, name: str) -> QLineEdit:
        edit = QLineEdit(name, self)
        edit.setMaxLength(255)
        edit.setPlaceholderText(self.tr("For example: Contract number"))
        self._row(self.tr("&Name:"), edit)
        return edit

    def _type_row(self) -> QComboBox:
        combo = QComboBox(self)
        for field_type in FieldType:
            combo.addItem(type_name(field_type), field_type)
        self._row(self.tr("&Type:"), combo)
        return combo

    def name(self) -> str:
        return self.name_edit.text() if self.name_edit is not None else ""

    def field_type(self) -> FieldType:
        assert self.type_combo is not None, "a dialog that chooses the type"
        return FieldType(self.type_combo.currentData())

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

    def can_save(self) -> bool:
        return self.name_edit is None or bool(self.name_edit.text().strip())


class CustomFieldsDialog(SettingsTableDialog):
    """The custom fields of one entity at a time (chosen at the top), retired ones greyed."""

    WATCHED = Kind.CUSTOM_FIELD

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, stack: QUndoStack | None = None
    ) -> None:
        super().__init__(hub, parent, stack)
        self.ui = Ui_CustomFieldsDialog()
        self.ui.setupUi(self)
        for row, entity in enumerate(Entity):
            self.ui.entity.setItemData(row, entity)
        self.model = FieldDefinitionsModel(self)
        ui = self.ui
        self._set_up(  # as in ActivityTypesDialog, with this dialog's widgets and domain calls
            ui.fields,
            self.model,
            first_width=160,
            stretch=OPTIONS,
            edit=(ui.renameButton, self.tr("Rename…"), self.rename_field),
            retire=(ui.retireButton, self.toggle_retired),
            add=(ui.addButton, self.add_field),
            moves=(
                ui.moveUpButton,
                ui.moveDownButton,
                customfields.move_field,
                self.tr("Move field"),
            ),
        )
        self.rename_action = self.edit_action
        ui.optionsButton.clicked.connect(self.edit_options)
        ui.renewalButton.clicked.connect(self.toggle_renewal)
        ui.entity.currentIndexChanged.connect(self._on_entity_changed)
        self._on_entity_changed()
        ui.fields.setFocus()

    # -- what is selected -----------------------------------------------------------------

    def selected_field(self) -> FieldAdmin | None:
        return self.model.field(self._selected_row())

    def select_field(self, row_id: int | None) -> None:
        """Select the row of this id (the first row when it is not shown)."""
        self._select_id(row_id)

    def _is_retired(self, item: FieldAdmin) -> bool:
        return item.retired

    def _retire_tips(self) -> tuple[str, str]:
        return (
            self.tr("Hide the selected field everywhere; its values are kept"),
            self.tr("Show the selected field again, with the values it kept"),
        )

    @Slot()
    def _update_buttons(self) -> None:
        super()._update_buttons()
        field = self.selected_field()
        self.ui.optionsButton.setEnabled(field is not None and field.has_options)
        can_renew = (
            field is not None
            and field.entity == Entity.ORGANIZATION
            and field.field_type == FieldType.DATE
            and not field.retired
        )
        self.ui.renewalButton.setEnabled(can_renew)
        self.ui.renewalButton.setChecked(field is not None and field.id == renewal.renewal_field())

    @Slot()
    def _on_entity_changed(self) -> None:
        self.model.reload(Entity(self.ui.entity.currentData()))
        self.select_field(None)
        self._update_buttons()

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
        if field is not None:
            self._change_field(
                field,
                self.tr("Rename field"),
                self.tr("Rename field"),
                customfields.rename_field,
                FieldDialog.name,
                field.name,
                name=field.name,
            )

    @Slot()
    def edit_options(self) -> None:
        field = self.selected_field()
        if field is not None and field.has_options:
            self._change_field(
                field,
                fill(self.tr("Options of “%1”"), field.name),
                self.tr("Edit options"),
                customfields.set_options,
                FieldDialog.options,
                field.options,
                options=field.options,
            )

    def _change_field(
        self,
        field: FieldAdmin,
        title: str,
        text: str,
        write: Callable[[int, T], Change],
        read: Callable[[FieldDialog], T],
        old: T,
        *,
        name: str | None = None,
        options: tuple[str, ...] | None = None,
    ) -> None:
        """Ask for one thing of a field (`read` from the dialog, `write` through the domain) and
        make the change a step of Edit ▸ Undo that writes `old` back."""
        dialog = FieldDialog(
            self, title, lambda d: write(field.id, read(d)), name=name, options=options
        )
        if self.exec_sub_dialog(dialog) and dialog.change is not None:
            new = read(dialog)
            self._done(
                dialog.change,
                field.id,
                text,
                lambda: write(field.id, new),
                lambda: write(field.id, old),
            )

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

    @Slot()
    def toggle_renewal(self) -> None:
        """Mark the selected date field as the renewal date, or unmark it."""
        field = self.selected_field()
        if field is None:
            return
        before = renewal.renewal_field()
        after = None if before == field.id else field.id
        self._apply(
            lambda: renewal.set_renewal_field(after),
            field.id,
            self.tr("Mark the renewal date") if after else self.tr("Unmark the renewal date"),
            lambda: renewal.set_renewal_field(before),
        )
