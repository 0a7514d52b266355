"""The dialog that schedules an activity (for one account or every selected one) or edits one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from accountmgr.domain import activities, activity_types, identity, recurrence
from accountmgr.domain.account_detail import ActivityItem
from accountmgr.domain.errors import DomainError, ValidationError
from accountmgr.domain.recurrence import Rule
from accountmgr.qtmodels.formatting import error_text, fill, type_name
from accountmgr.resources import resource_path
from accountmgr.views.account_names import listing
from accountmgr.views.forms.ui_schedule_activity import Ui_ScheduleActivityDialog


class ScheduleDialog(QDialog):
    """Type, subject, date, optional time, duration, assignee, person, deal and note.

    `values()` feeds the domain. Person and deal are offered when `people` and `deals` are given
    (one account); `activity` fills the dialog to edit that activity. The dialog names the
    accounts: `names` are those of the first of the `count` accounts (see `account_names`).
    """

    def __init__(
        self,
        parent: QWidget | None,
        *,
        count: int,
        names: Sequence[str],
        day: dt.date,
        users: list[tuple[int, str]],
        assignee_id: int | None = None,
        type_key: str | None = None,
        subject: str | None = None,
        people: list[tuple[int, str]] | None = None,
        deals: list[tuple[int, str]] | None = None,
        activity: ActivityItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScheduleActivityDialog()
        self.ui.setupUi(self)
        self._name_accounts(count, names)
        self._types = activities.types()
        self._durations = {t.id: t.default_duration_min for t in activity_types.all_types()}
        self._last_duration = 0
        for info in self._types:
            self.ui.type.addItem(
                QIcon(str(resource_path("icons", info.icon))), type_name(info.name), info.id
            )
        self.ui.assignee.addItem(self.tr("Nobody"), None)
        for user_id, name in users:
            self.ui.assignee.addItem(name, user_id)
        if assignee_id is None and activity is None:
            assignee_id = identity.current_user()  # a new activity is the user's own
        self.ui.assignee.setCurrentIndex(max(0, self.ui.assignee.findData(assignee_id)))
        self._links = people is not None
        for combo, label, choices in (
            (self.ui.person, self.ui.personLabel, people),
            (self.ui.deal, self.ui.dealLabel, deals),
        ):
            combo.addItem(self.tr("None"), None)
            for row_id, name in choices or []:
                combo.addItem(name, row_id)
            combo.setVisible(choices is not None)
            label.setVisible(choices is not None)
        self.ui.date.setDate(QDate(day.year, day.month, day.day))
        self._build_repeat(day)
        self.ui.time.setTime(QTime(10, 0))
        self.ui.hasTime.toggled.connect(self.ui.time.setEnabled)
        self.ui.type.currentIndexChanged.connect(self._type_changed)
        self.ui.subject.textChanged.connect(self._update_ok)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self._last_default = ""
        if type_key is not None:
            keys = [info.key for info in self._types]
            if type_key in keys:
                self.ui.type.setCurrentIndex(keys.index(type_key))
        self._type_changed()
        if subject is not None:
            self.ui.subject.setText(subject)
        if activity is not None:
            self._fill(activity)
        self.ui.subject.setFocus()
        self.ui.subject.selectAll()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Enter saves

    def _build_repeat(self, day: dt.date) -> None:
        ui = self.ui
        ui.repeatUnit.addItem(self.tr("Does not repeat"), None)
        ui.repeatUnit.addItem(self.tr("Days"), "day")
        ui.repeatUnit.addItem(self.tr("Weeks"), "week")
        ui.repeatUnit.addItem(self.tr("Months"), "month")
        until = QDate(day.year, day.month, day.day).addYears(1)
        ui.repeatUntil.setDate(until)
        ui.repeatUnit.currentIndexChanged.connect(self._repeat_changed)
        ui.hasUntil.toggled.connect(ui.repeatUntil.setEnabled)
        ui.error.hide()
        self._repeat_changed()

    def _repeat_changed(self) -> None:
        repeats = self.ui.repeatUnit.currentData() is not None
        self.ui.repeatEvery.setEnabled(repeats)
        self.ui.hasUntil.setEnabled(repeats)
        self.ui.repeatUntil.setEnabled(repeats and self.ui.hasUntil.isChecked())

    def set_repeat(self, repeat: Rule | None) -> None:
        ui = self.ui
        ui.repeatUnit.setCurrentIndex(max(0, ui.repeatUnit.findData(repeat and repeat.unit)))
        if repeat is not None:
            ui.repeatEvery.setValue(repeat.every)
            ui.hasUntil.setChecked(repeat.until is not None)
            if repeat.until is not None:
                until = repeat.until
                ui.repeatUntil.setDate(QDate(until.year, until.month, until.day))
        self._repeat_changed()

    def repeat(self) -> Rule | None:
        """The repetition chosen; ValidationError when it cannot be (until before the date)."""
        unit = self.ui.repeatUnit.currentData()
        if unit is None:
            return None
        until = None
        if self.ui.hasUntil.isChecked():
            chosen = self.ui.repeatUntil.date()
            until = dt.date(chosen.year(), chosen.month(), chosen.day())
            first = self.ui.date.date()
            if until < dt.date(first.year(), first.month(), first.day()):
                raise ValidationError("The repetition must end on or after the first date.")
        return recurrence.rule(unit, self.ui.repeatEvery.value(), until)

    def accept(self) -> None:  # QDialog.accept: only what the domain will take
        if not self.ui.subject.text().strip():
            self._show_error(self.tr("The subject must not be empty."))
            return
        try:
            self.repeat()
        except DomainError as error:
            self._show_error(error_text(error))
            return
        super().accept()

    def _name_accounts(self, count: int, names: Sequence[str]) -> None:
        """The title and the first line say for whom the activity is."""
        accounts = self._accounts = listing(names, count)
        if count == 1:
            self.setWindowTitle(fill(self.tr("Schedule an activity for %1"), accounts))
            self.ui.intro.setText(fill(self.tr("The activity is scheduled for %1."), accounts))
            return
        self.setWindowTitle(self.tr("Schedule an activity for %n account(s)", "", count))
        self.ui.intro.setText(
            fill(
                self.tr("The activity is scheduled for each of the %n account(s): %1.", "", count),
                accounts,
            )
        )

    def _show_error(self, text: str) -> None:
        self.ui.error.setText(text)
        self.ui.error.show()

    def _fill(self, activity: ActivityItem) -> None:
        self.setWindowTitle(fill(self.tr("Edit activity of %1"), self._accounts))
        self.ui.intro.hide()
        self.ui.type.setCurrentIndex(max(0, self.ui.type.findData(activity.type_id)))
        self.ui.subject.setText(activity.subject)
        day = activity.due_date
        self.ui.date.setDate(QDate(day.year, day.month, day.day))
        self.ui.hasTime.setChecked(activity.due_time is not None)
        if activity.due_time is not None:
            self.ui.time.setTime(QTime(activity.due_time.hour, activity.due_time.minute))
        self.ui.duration.setValue(activity.duration_min or 0)
        self.ui.assignee.setCurrentIndex(max(0, self.ui.assignee.findData(activity.assignee_id)))
        for combo, row_id, name in (
            (self.ui.person, activity.person_id, activity.person_name),
            (self.ui.deal, activity.deal_id, activity.deal_title),
        ):
            if row_id is not None and combo.findData(row_id) < 0:
                combo.addItem(name or "", row_id)  # linked elsewhere since: still shown
            combo.setCurrentIndex(max(0, combo.findData(row_id)))
        self.ui.note.setPlainText(activity.note)
        self.set_repeat(activities.repeat_of(activity.id))

    def _type_changed(self) -> None:
        """Follow the type's default subject unless the person typed their own."""
        info = self._types[self.ui.type.currentIndex()] if self._types else None
        if info is None:
            return
        # a built-in type's subject is translated as its name is (see panel_models.type_name)
        subject = type_name(info.default_subject)
        if self.ui.subject.text() in ("", self._last_default):
            self.ui.subject.setText(subject)
        self._last_default = subject
        # and its usual duration, unless the person chose another one
        minutes = self._durations.get(info.id, 0)
        if self.ui.duration.value() == self._last_duration:
            self.ui.duration.setValue(minutes)
        self._last_duration = minutes

    def _update_ok(self) -> None:
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ui.subject.text().strip()))

    def values(self) -> dict[str, Any]:
        """Keyword arguments for `activities.schedule_for_each` (besides the organizations)."""
        date = self.ui.date.date()
        time = self.ui.time.time()
        return {
            "subject": self.ui.subject.text().strip(),
            "due_date": dt.date(date.year(), date.month(), date.day()),
            "type_id": self.ui.type.currentData(),
            "due_time": dt.time(time.hour(), time.minute())
            if self.ui.hasTime.isChecked()
            else None,
            "duration_min": self.ui.duration.value() or None,
            "repeat": self.repeat(),
            "assignee_id": self.ui.assignee.currentData(),
            "note": self.ui.note.toPlainText(),
        }

    def links(self) -> dict[str, Any]:
        """The person and deal chosen, as keyword arguments for the domain (one account)."""
        if not self._links:
            return {}
        return {"person_id": self.ui.person.currentData(), "deal_id": self.ui.deal.currentData()}
