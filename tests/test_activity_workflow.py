"""The activity workflow from the main window: calendar export, activity types, scheduling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import activities, deals, organizations
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import account_actions, file_dialogs
from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture
def org(store: Path) -> int:
    org = organizations.create_organization("Heron Foods AG").id
    deals.mark_won(deals.create_deal("Licence", org_id=org, value_minor=100, currency="EUR").id)
    return org


@pytest.fixture
def window(org: int, qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_file_menu_exports_the_open_activities_to_a_calendar(
    window: MainWindow, org: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = activities.type_id("call")
    activities.create_activity(
        "Satisfaction call", TODAY, type_id=call, org_id=org, due_time=dt.time(10, 30)
    )
    target = tmp_path / "mine.ics"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *_a, **_k: (str(target), ""))

    window.ui.actionExportCalendar.trigger()

    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Call: Satisfaction call — Heron Foods AG" in text
    assert "DTSTART:20261124T103000" in text
    assert str(target) in window.statusBar().currentMessage()


def test_settings_menu_opens_the_activity_types(window: MainWindow) -> None:
    window.ui.actionActivityTypes.trigger()
    dialog: Any = window.commands.activity_types_dialog
    assert isinstance(dialog, ActivityTypesDialog)
    assert dialog.isVisible()
    dialog.close()


def _open_activities(org: int) -> list[tuple[str, dt.date]]:
    from accountmgr.domain import account_detail

    return [(a.subject, a.due_date) for a in account_detail.activities_of(org) if not a.done]


def _schedule_monthly(window: MainWindow, org: int) -> int:
    from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

    window.list_tab.select([org])
    window.ui.actionNewActivity.trigger()
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.ui.subject.setText("Quarterly check-in")
    dialog.ui.date.setDate(dialog.ui.date.date().addDays(7))  # 2026-12-01
    dialog.ui.repeatUnit.setCurrentIndex(dialog.ui.repeatUnit.findData("month"))
    dialog.ui.repeatEvery.setValue(3)
    dialog.accept()
    [item] = window.panel.activities.activities()
    return item.id


def test_a_recurring_check_in_comes_back_when_done_and_undo_takes_it_away(
    window: MainWindow, org: int
) -> None:
    first = _schedule_monthly(window, org)
    assert "↻ Every 3 months" in window.panel.activities.index(1, 0).data()

    window.panel.edits.toggle_done(org, window.panel.activities.activities()[0])

    assert _open_activities(org) == [("Quarterly check-in", dt.date(2027, 3, 1))]
    # no follow-up asked: the next occurrence is planned already
    assert not isinstance(window.panel.edits.last_dialog, QMessageBox)
    window.undo_action.trigger()
    assert _open_activities(org) == [("Quarterly check-in", dt.date(2026, 12, 1))]
    assert [a.id for a in window.panel.activities.activities()] == [first]


def test_done_on_the_board_and_undo_leave_no_extra_occurrence(window: MainWindow, org: int) -> None:
    _schedule_monthly(window, org)
    window.kanban_tab.done_requested.emit([org])
    assert _open_activities(org) == [("Quarterly check-in", dt.date(2027, 3, 1))]
    window.undo_action.trigger()
    assert _open_activities(org) == [("Quarterly check-in", dt.date(2026, 12, 1))]


def test_editing_a_recurring_activity_asks_this_one_or_all_future_ones(
    window: MainWindow, org: int
) -> None:
    from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

    first = _schedule_monthly(window, org)
    window.panel.edits.toggle_done(org, window.panel.activities.activities()[0])
    window.undo_stack.clear()
    [current] = [a for a in window.panel.activities.activities() if not a.done]
    window.panel.edits.edit_activity(org, current)
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.ui.repeatUnit.currentData() == "month"  # the rule is shown
    dialog.ui.subject.setText("Business review")
    dialog.accept()
    box = window.panel.edits.last_dialog
    assert isinstance(box, QMessageBox)
    [future] = [b for b in box.buttons() if "future" in b.text()]

    future.click()

    assert _open_activities(org) == [("Business review", dt.date(2027, 3, 1))]
    done = [a for a in window.panel.activities.activities() if a.done]
    assert [(a.id, a.subject) for a in done] == [(first, "Quarterly check-in")]  # history stays
    window.undo_action.trigger()
    assert _open_activities(org) == [("Quarterly check-in", dt.date(2027, 3, 1))]


def test_the_schedule_dialog_says_what_is_wrong_and_stays_open(
    window: MainWindow, org: int, qtbot: QtBot
) -> None:
    from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

    window.list_tab.select([org])
    window.ui.actionNewActivity.trigger()
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.ui.repeatUnit.setCurrentIndex(dialog.ui.repeatUnit.findData("week"))
    dialog.ui.hasUntil.setChecked(True)
    dialog.ui.repeatUntil.setDate(dialog.ui.date.date().addDays(-1))

    dialog.accept()

    assert dialog.isVisible()
    assert dialog.ui.error.text() == "The repetition must end on or after the first date."
    assert _open_activities(org) == []
    dialog.ui.subject.clear()
    dialog.accept()
    assert dialog.ui.error.text() == "The subject must not be empty."
    dialog.reject()


def test_reminders_are_connected_to_the_window(
    window: MainWindow, org: int, tmp_path: Path
) -> None:
    from accountmgr.app import connect_reminders
    from accountmgr.domain.reminders import Due

    settings = QSettings(str(tmp_path / "r.ini"), QSettings.Format.IniFormat)
    hub = window._hub
    tray, service = connect_reminders(window, hub, settings)

    titles = [a.text() for a in window.ui.menuSettings.actions()]
    assert "&Reminders" in titles  # snooze and on/off, also without a system tray
    service._wakeup.clear()
    hub.publish(organizations.update_organization(org, name="Heron Foods SE"))
    assert service._wakeup.is_set()  # a change makes it look again

    due = Due(1, org, "Heron Foods SE", "Satisfaction call", "Call", dt.datetime(2026, 11, 24, 10))
    tray.notify([due])
    assert "Heron Foods SE" in window.statusBar().currentMessage()
    window.list_tab.select([])
    tray.open_last()  # a click on the notification
    assert window.panel.org_id == org

    window.set_current_user(organizations.create_user("Ann"))
    assert service.user_id == window.current_user() is not None


def test_i_am_menu_remembers_the_user(window: MainWindow, tmp_path: Path) -> None:
    ann = organizations.create_user("Ann")
    window.user_menu.aboutToShow.emit()
    [choice] = [a for a in window.user_menu.actions() if a.text() == "Ann"]
    choice.trigger()
    assert window.current_user() == ann
    window.user_menu.aboutToShow.emit()
    checked = [a.text() for a in window.user_menu.actions() if a.isChecked()]
    assert checked == ["Ann"]


def test_the_type_brings_its_usual_subject_and_duration(window: MainWindow, org: int) -> None:
    from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

    window.list_tab.select([org])
    window.ui.actionNewActivity.trigger()
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.ui.type.setCurrentIndex(dialog.ui.type.findData(activities.type_id("meeting")))
    assert (dialog.ui.subject.text(), dialog.ui.duration.value()) == ("Account review", 60)
    dialog.ui.duration.setValue(45)  # chosen by the person: kept
    dialog.ui.type.setCurrentIndex(dialog.ui.type.findData(activities.type_id("call")))
    assert (dialog.ui.subject.text(), dialog.ui.duration.value()) == ("Satisfaction call", 45)
    dialog.reject()


def test_file_menu_opens_the_import_wizard(window: MainWindow) -> None:
    from accountmgr.views.dialogs.import_wizard import ImportWizard

    window.ui.actionImport.trigger()
    wizard: Any = window.commands.import_wizard
    assert isinstance(wizard, ImportWizard)
    assert wizard.isVisible()
    wizard.reject()


def test_file_menu_exports_people_to_excel(
    window: MainWindow, org: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    organizations.create_person("Ana Ruiz", org_id=org, emails="ana@example.com")
    target = tmp_path / "people.xlsx"
    monkeypatch.setattr(
        file_dialogs, "get_save_file_name", lambda *_a, **_k: (str(target), "Excel workbooks")
    )
    # the export runs in the background on the app's asyncio loop; here, at once
    monkeypatch.setattr(
        account_actions,
        "run_in_background",
        lambda _parent, _label, _total, work, done: done(work(None)),
    )

    window.ui.actionExportPeople.trigger()

    sheet = load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:2] == ["Name", "Organization"]
    assert rows[1][:2] == ["Ana Ruiz", "Heron Foods AG"]
    assert str(target) in window.statusBar().currentMessage()
