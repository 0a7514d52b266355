"""Dialogs name the account they act on ("Schedule the next activity for Lynx Clinics SARL?"),
never "the selected account": real window, real widgets, the real database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import account_list, activities, deals, organizations
from accountmgr.domain.buckets import Bucket
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import file_dialogs
from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("english_plurals")


LYNX = "Lynx Clinics SARL"
COASTAL = "Coastal Recycling S.A."
NAMES = (LYNX, COASTAL, "Nordic Bakeries AB", "Heron Foods AG", "Otter Print Ltd")
VAGUE = ("selected account", "this account", "these organizations", "the account")


@dataclass
class Data:
    ids: dict[str, int]  # every account by name, each with one won deal

    @property
    def lynx(self) -> int:
        return self.ids[LYNX]


@pytest.fixture
def data(store: Path) -> Data:
    organizations.create_user("Ana Lima")
    ids = {}
    for name in NAMES:
        org = organizations.create_organization(name).id
        deals.mark_won(deals.create_deal("Support", org_id=org, value_minor=100, currency="EUR").id)
        ids[name] = org
    return Data(ids)


@pytest.fixture
def window(data: Data, qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every QMessageBox.question asked: (title, text); each is answered Cancel."""
    asked: list[tuple[str, str]] = []

    def question(_parent: Any, title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _not_vague(*texts: str) -> None:
    for text in texts:
        assert not any(vague in text for vague in VAGUE), text


def _select(window: MainWindow, names: tuple[str, ...], data: Data) -> list[int]:
    ids = [data.ids[name] for name in names]
    window.list_tab.select(ids)
    assert sorted(window.selected_ids()) == sorted(ids)
    return ids


# --- the follow-up after mark done ---------------------------------------------------------------


def test_the_follow_up_question_names_the_account(window: MainWindow, data: Data) -> None:
    only = activities.create_activity(
        "Satisfaction call", TODAY, type_id=activities.type_id("call"), org_id=data.lynx
    ).id
    window.list_tab.select([data.lynx])
    panel = window.panel
    panel.ui.activitiesView.setCurrentIndex(panel.activities.index(panel.activities.row_of(only)))
    panel.ui.activityDone.click()

    box = panel.edits.last_dialog
    assert isinstance(box, QMessageBox)
    day = TODAY + dt.timedelta(days=90)
    when = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)
    assert box.text() == f"Schedule the next activity for {LYNX} on {when}?"
    assert box.windowTitle() == f"Follow-up for {LYNX}"
    assert "“Satisfaction call” is done" in box.informativeText()
    _not_vague(box.text(), box.windowTitle(), box.informativeText())

    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.windowTitle() == f"Schedule an activity for {LYNX}"
    assert dialog.ui.intro.text() == f"The activity is scheduled for {LYNX}."


# --- delete --------------------------------------------------------------------------------------


def test_deleting_one_account_names_it(
    window: MainWindow, data: Data, questions: list[tuple[str, str]]
) -> None:
    _select(window, (LYNX,), data)
    window.ui.actionDelete.trigger()
    [(title, text)] = questions
    assert title == f"Delete {LYNX}"
    assert text.startswith(f"Delete {LYNX} and everything about it?")
    _not_vague(title, text)
    assert data.lynx in account_list.rows([data.lynx])  # Cancel deleted nothing


def test_deleting_a_few_accounts_counts_and_names_them(
    window: MainWindow, data: Data, questions: list[tuple[str, str]]
) -> None:
    _select(window, (LYNX, COASTAL), data)
    window.ui.actionDelete.trigger()
    [(title, text)] = questions
    assert title == "Delete 2 organizations"
    assert text.startswith("Delete 2 organizations and everything about them?")
    assert f"{LYNX} and {COASTAL}" in text or f"{COASTAL} and {LYNX}" in text
    _not_vague(title, text)


def test_deleting_many_accounts_counts_them(
    window: MainWindow, data: Data, questions: list[tuple[str, str]]
) -> None:
    _select(window, NAMES, data)
    window.ui.actionDelete.trigger()
    [(title, text)] = questions
    assert text.startswith("Delete 5 organizations and everything about them?")
    assert "and 2 more" in text  # three names, then how many others
    assert sum(name in text for name in NAMES) == 3
    _not_vague(title, text)


# --- change owner --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ((LYNX,), f"New owner of {LYNX}:"),
        ((LYNX, COASTAL), f"New owner of 2 organizations ({LYNX} and {COASTAL}):"),
    ],
)
def test_change_owner_names_the_accounts(
    window: MainWindow,
    data: Data,
    monkeypatch: pytest.MonkeyPatch,
    names: tuple[str, ...],
    expected: str,
) -> None:
    asked: list[tuple[str, str]] = []

    def get_item(_parent: Any, title: str, label: str, *_: Any, **__: Any) -> tuple[str, bool]:
        asked.append((title, label))
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    ids = [data.ids[name] for name in names]
    window.account_actions.change_owner(ids)  # in the order given: the names' order is fixed
    [(title, label)] = asked
    assert label == expected
    assert LYNX in title or "2 organizations" in title
    _not_vague(title, label)


# --- scheduling ----------------------------------------------------------------------------------


def test_the_panels_schedule_dialog_names_the_account(window: MainWindow, data: Data) -> None:
    window.list_tab.select([data.lynx])
    window.panel.ui.scheduleButton.click()
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.windowTitle() == f"Schedule an activity for {LYNX}"
    assert dialog.ui.intro.text() == f"The activity is scheduled for {LYNX}."
    dialog.reject()


def test_editing_an_activity_names_the_account(window: MainWindow, data: Data) -> None:
    call = activities.create_activity(
        "Call back", TODAY, type_id=activities.type_id("call"), org_id=data.lynx
    ).id
    window.list_tab.select([data.lynx])
    panel = window.panel
    panel.ui.activitiesView.setCurrentIndex(panel.activities.index(panel.activities.row_of(call)))
    panel.ui.activityEdit.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.windowTitle() == f"Edit activity of {LYNX}"
    dialog.reject()


def test_a_campaign_counts_and_names_its_accounts(window: MainWindow, data: Data) -> None:
    window.account_actions.schedule_campaign([data.lynx, data.ids[COASTAL]])
    [dialog] = [d for d in window.findChildren(ScheduleDialog) if d.isVisible()]
    assert dialog.windowTitle() == "Schedule an activity for 2 accounts"
    assert dialog.ui.intro.text() == (
        f"The activity is scheduled for each of the 2 accounts: {LYNX} and {COASTAL}."
    )
    dialog.reject()


def test_a_drop_without_an_activity_names_the_account(window: MainWindow, data: Data) -> None:
    window.account_actions.schedule_to_bucket([data.lynx], Bucket.TOMORROW, False, 0)
    dialog = window.account_actions.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.ui.intro.text() == f"The activity is scheduled for {LYNX}."
    _not_vague(dialog.windowTitle(), dialog.ui.intro.text())
    dialog.reject()


# --- the panel's other dialogs -------------------------------------------------------------------


def _title_of_panel_dialog(window: MainWindow, button: str) -> str:
    getattr(window.panel.ui, button).click()
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, QDialog)
    assert dialog.isVisible()
    title = dialog.windowTitle()
    dialog.reject()
    return title


def test_the_panels_dialogs_name_the_account(
    window: MainWindow, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.list_tab.select([data.lynx])
    ui = window.panel.ui
    assert _title_of_panel_dialog(window, "noteButton") == f"New note about {LYNX}"
    assert _title_of_panel_dialog(window, "dealButton") == f"New deal for {LYNX}"
    ui.sections.setCurrentWidget(ui.peoplePage)
    assert _title_of_panel_dialog(window, "personAdd") == f"New person at {LYNX}"
    assert _title_of_panel_dialog(window, "personLink") == f"Link a person to {LYNX}"

    titles: list[str] = []

    def open_files(_parent: Any, title: str, *_: Any, **__: Any) -> tuple[list[str], str]:
        titles.append(title)
        return [], ""

    monkeypatch.setattr(file_dialogs, "get_open_file_names", open_files)
    ui.attachButton.click()
    assert titles == [f"Attach files to {LYNX}"]
