"""Settings → Activity types: add, edit (name, icon, colour, default subject, duration and
follow-up delay), reorder, retire and restore the types activities are scheduled with.

Every change goes through the domain at once and is announced on the change hub as a settings
change, so the rest of the window reads its reference data again. A retired type is no longer
offered when scheduling but its activities keep it; at least one type stays active.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from accountmgr.domain import activity_types
from accountmgr.domain.activity_types import (
    MAX_DURATION_MIN,
    MAX_FOLLOWUP_DAYS,
    TypeAdmin,
)
from accountmgr.domain.changes import Change
from accountmgr.qtmodels.activity_types_model import (
    SUBJECT,
    ActivityTypesModel,
)
from accountmgr.qtmodels.formatting import fill, type_name
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.resources import resource_path
from accountmgr.views.dialogs.settings_table import DefinitionDialog, SettingsTableDialog
from accountmgr.views.forms.ui_activity_types_dialog import Ui_ActivityTypesDialog

# The SVGs in accountmgr/resources/icons meant for activity types, in the order they are
# offered, with the names people choose them by (English source text, translated when shown).
ACTIVITY_ICONS: dict[str, str] = {
    "call.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Phone")),
    "meeting.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "People")),
    "task.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Check box")),
    "deadline.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Clock")),
    "email.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Envelope")),
    "lunch.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Knife and fork")),
    "visit.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Map pin")),
    "video.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Video camera")),
    "flag.svg": str(QT_TRANSLATE_NOOP("TypeDialog", "Flag")),
}
DEFAULT_COLOR = "#546e7a"


def available_icons() -> list[str]:
    """The activity icons present among the resources, in the order they are offered."""
    folder = resource_path("icons")
    return [name for name in ACTIVITY_ICONS if (folder / name).is_file()]


def _swatch(color: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


class TypeDialog(DefinitionDialog):
    """The small dialog behind Add… and Edit…: name, icon, colour, default subject, default
    duration and default follow-up delay."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        save: Callable[[TypeDialog], Change],
        icons: list[str],
        start: TypeAdmin | None = None,
    ) -> None:
        super().__init__(parent, title, save, 380)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(255)
        self.name_edit.setPlaceholderText(self.tr("For example: Site visit"))
        self._row(self.tr("&Name:"), self.name_edit)

        self.icon_combo = self._icon_combo(icons, start)
        self._row(self.tr("&Icon:"), self.icon_combo)
        self._color = DEFAULT_COLOR
        self.color_button = QPushButton(self)
        self.color_button.setAutoDefault(False)
        self.color_button.setToolTip(self.tr("Choose the colour of the type"))
        self.color_button.clicked.connect(self.choose_color)
        self._row(self.tr("&Colour:"), self.color_button)
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setMaxLength(255)
        self.subject_edit.setPlaceholderText(self.tr("Offered as the subject when scheduling"))
        self._row(self.tr("Default &subject:"), self.subject_edit)
        self.duration_spin, self.followup_spin = self._spins()
        self._add_buttons()

        # A built-in type's name and subject are shown in the person's language, and kept as
        # stored (so that every language keeps translating them) unless the person edits them.
        self._stored = {"name": "", "default_subject": ""}
        if start is not None:
            self._stored = {"name": start.name, "default_subject": start.default_subject}
            self.name_edit.setText(type_name(start.name))
            self.set_icon(start.icon)
            self.set_color(start.color)
            self.subject_edit.setText(type_name(start.default_subject))
            self.duration_spin.setValue(start.default_duration_min)
            self.followup_spin.setValue(start.followup_days or 0)
        else:
            self.set_color(DEFAULT_COLOR)
        self.name_edit.textChanged.connect(self._update_ok)
        self.name_edit.selectAll()
        self.name_edit.setFocus()
        self._update_ok()

    def _icon_combo(self, icons: list[str], start: TypeAdmin | None) -> QComboBox:
        """The icons with their names; a type's icon from elsewhere stays choosable."""
        combo = QComboBox(self)
        folder = resource_path("icons")
        shown = list(icons)
        if start is not None and start.icon and start.icon not in shown:
            shown.append(start.icon)
        for icon in shown:
            path = folder / icon
            label = ACTIVITY_ICONS.get(icon)
            combo.addItem(
                QIcon(str(path)) if path.is_file() else QIcon(),
                self.tr(label) if label is not None else icon,
                icon,
            )
        return combo

    def _spins(self) -> tuple[QSpinBox, QSpinBox]:
        """The default duration in minutes and the default follow-up delay in days (0: none)."""
        duration = QSpinBox(self)
        duration.setRange(0, MAX_DURATION_MIN)
        duration.setSingleStep(5)
        duration.setSuffix(self.tr(" min"))
        duration.setValue(30)
        self._row(self.tr("Default &duration:"), duration)
        followup = QSpinBox(self)
        followup.setRange(0, MAX_FOLLOWUP_DAYS)
        followup.setSpecialValueText(self.tr("none"))
        followup.setSuffix(self.tr(" days"))
        followup.setToolTip(
            self.tr(
                "After an activity of this type is done, offer a follow-up this many days later"
            )
        )
        self._row(self.tr("Default &follow-up:"), followup)
        return duration, followup

    # -- values ---------------------------------------------------------------------------

    def name(self) -> str:
        return self.name_edit.text()

    def icon(self) -> str:
        data = self.icon_combo.currentData()
        return str(data) if data is not None else ""

    def set_icon(self, icon: str) -> None:
        self.icon_combo.setCurrentIndex(max(0, self.icon_combo.findData(icon)))

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        """Show this colour (#rrggbb) on the colour button; it is what OK saves."""
        self._color = color
        valid = QColor.isValidColorName(color)
        self.color_button.setIcon(_swatch(color) if valid else QIcon())
        self.color_button.setText(color)

    def values(self) -> dict[str, Any]:
        """The fields as `activity_types.update_type` takes them."""
        days = self.followup_spin.value()
        return {
            "name": self._as_stored("name", self.name()),
            "icon": self.icon(),
            "color": self.color(),
            "default_subject": self._as_stored("default_subject", self.subject_edit.text()),
            "default_duration_min": self.duration_spin.value(),
            "followup_days": days or None,
        }

    def _as_stored(self, key: str, text: str) -> str:
        stored = self._stored[key]
        return stored if stored and text == type_name(stored) else text

    @Slot()
    def choose_color(self) -> None:
        current = QColor(self._color) if QColor.isValidColorName(self._color) else QColor()
        chosen = QColorDialog.getColor(current, self, self.tr("Colour of the activity type"))
        if chosen.isValid():
            self.set_color(chosen.name())

    def can_save(self) -> bool:
        return bool(self.name_edit.text().strip())


class ActivityTypesDialog(SettingsTableDialog):
    """Every activity type in its order, retired ones greyed."""

    def __init__(
        self, hub: ChangeHub, parent: QWidget | None = None, stack: QUndoStack | None = None
    ) -> None:
        super().__init__(hub, parent, stack)
        self.ui = Ui_ActivityTypesDialog()
        self.ui.setupUi(self)
        self.model = ActivityTypesModel(self)
        ui = self.ui
        self._set_up(  # as in CustomFieldsDialog, with this dialog's widgets and domain calls
            ui.types,
            self.model,
            first_width=150,
            stretch=SUBJECT,
            edit=(ui.editButton, self.tr("Edit…"), self.edit_type),
            retire=(ui.retireButton, self.toggle_retired),
            add=(ui.addButton, self.add_type),
            moves=(
                ui.moveUpButton,
                ui.moveDownButton,
                activity_types.move_type,
                self.tr("Move activity type"),
            ),
        )
        self.model.reload()
        self.select_type(None)
        self._update_buttons()
        ui.types.setFocus()

    # -- what is selected -----------------------------------------------------------------

    def selected_type(self) -> TypeAdmin | None:
        return self.model.activity_type(self._selected_row())

    def select_type(self, row_id: int | None) -> None:
        """Select the row of this id (the first row when it is not shown)."""
        self._select_id(row_id)

    def _is_retired(self, item: TypeAdmin) -> bool:
        return item.retired

    def _retire_tips(self) -> tuple[str, str]:
        return (
            self.tr("Stop offering the selected type; its activities keep it"),
            self.tr("Offer the selected type again when scheduling"),
        )

    # -- changes --------------------------------------------------------------------------

    @Slot()
    def add_type(self) -> None:
        added: list[int] = []

        def save(dialog: TypeDialog) -> Change:
            type_id, change = activity_types.add_type(**dialog.values())
            added.append(type_id)
            return change

        dialog = TypeDialog(self, self.tr("New activity type"), save, available_icons())
        if self.exec_sub_dialog(dialog) and dialog.change is not None:
            self._added(
                dialog.change,
                added[-1],
                self.tr("Add activity type"),
                activity_types.remove_new_type,
                activity_types.restore_type,
            )

    @Slot()
    def edit_type(self) -> None:
        kind = self.selected_type()
        if kind is None:
            return
        dialog = TypeDialog(
            self,
            fill(self.tr("Activity type “%1”"), type_name(kind.name)),
            lambda d: activity_types.update_type(kind.id, **d.values()),
            available_icons(),
            kind,
        )
        if self.exec_sub_dialog(dialog) and dialog.change is not None:
            before = kind.values()
            after = self._current_values(kind.id)
            if after == before:
                return  # nothing changed: no step to undo
            self._done(
                dialog.change,
                kind.id,
                self.tr("Edit activity type"),
                lambda: activity_types.update_type(kind.id, **after),
                lambda: activity_types.update_type(kind.id, **before),
            )

    @staticmethod
    def _current_values(type_id: int) -> dict[str, Any]:
        """The stored (cleaned) values of a type, as `update_type` takes them."""
        found = next(t for t in activity_types.all_types() if t.id == type_id)
        return found.values()

    @Slot()
    def toggle_retired(self) -> None:
        """Retire the selected type, or restore it when it is retired."""
        kind = self.selected_type()
        if kind is not None:
            self._apply(
                lambda: activity_types.set_retired(kind.id, not kind.retired),
                kind.id,
                self.tr("Restore activity type")
                if kind.retired
                else self.tr("Retire activity type"),
                lambda: activity_types.set_retired(kind.id, kind.retired),
            )
