"""A small dialog to schedule one activity, here for every selected account at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QTime
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from accountmgr.domain import activities
from accountmgr.resources import resource_path
from accountmgr.views.forms.ui_schedule_activity import Ui_ScheduleActivityDialog


class ScheduleDialog(QDialog):
    """Type, subject, date, optional time, assignee and note; `values()` feeds the domain."""

    def __init__(
        self,
        parent: QWidget | None,
        *,
        count: int,
        day: dt.date,
        users: list[tuple[int, str]],
        assignee_id: int | None = None,
        type_key: str | None = None,
        subject: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ScheduleActivityDialog()
        self.ui.setupUi(self)
        self.ui.intro.setText(
            self.tr("The activity is scheduled for each of the %1 selected accounts.").replace(
                "%1", str(count)
            )
            if count > 1
            else self.tr("The activity is scheduled for the selected account.")
        )
        self._types = activities.types()
        for info in self._types:
            self.ui.type.addItem(
                QIcon(str(resource_path("icons", info.icon))), self.tr(info.name), info.id
            )
        self.ui.assignee.addItem(self.tr("Nobody"), None)
        for user_id, name in users:
            self.ui.assignee.addItem(name, user_id)
        self.ui.assignee.setCurrentIndex(max(0, self.ui.assignee.findData(assignee_id)))
        self.ui.date.setDate(QDate(day.year, day.month, day.day))
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
        self.ui.subject.setFocus()
        self.ui.subject.selectAll()
        ok = self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Enter saves

    def _type_changed(self) -> None:
        """Follow the type's default subject unless the person typed their own."""
        info = self._types[self.ui.type.currentIndex()] if self._types else None
        if info is None:
            return
        if self.ui.subject.text() in ("", self._last_default):
            self.ui.subject.setText(self.tr(info.default_subject))
        self._last_default = self.tr(info.default_subject)

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
            "assignee_id": self.ui.assignee.currentData(),
            "note": self.ui.note.toPlainText(),
        }
