"""Selection follows the account, never the row: across searches, filters, sorts, status-bar
clicks, imports, undo and redo, deletes and refreshes, in both tabs; what the panel, the status
bar and the menus say is about what is on screen now."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import activities, deals, organizations
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import EVERYTHING
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY, won_account


@dataclass
class Accounts:
    lynx: int  # an overdue call planned
    coastal: int  # nothing planned
    heron: int  # a meeting next week
    fillers: list[int]  # enough accounts to scroll


@pytest.fixture
def accounts(store: Path) -> Accounts:
    ana = organizations.create_user("Ana Lima")
    lynx = won_account("Lynx Clinics SARL", 500_00, ana)
    coastal = won_account("Coastal Recycling S.A.", 900_00)
    heron = won_account("Heron Optics", 100_00)
    call = activities.type_id("call")
    activities.create_activity("Check-in", TODAY - dt.timedelta(days=3), type_id=call, org_id=lynx)
    activities.create_activity(
        "Review", TODAY + dt.timedelta(days=7), type_id=activities.type_id("meeting"), org_id=heron
    )
    fillers = [won_account(f"Zephyr {n:02d}", 10_00 + n) for n in range(60)]
    return Accounts(lynx, coastal, heron, fillers)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def window(accounts: Accounts, hub: ChangeHub, qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(hub, settings)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def _search(win: MainWindow, text: str) -> None:
    win.search.setText(text)
    win.search.returnPressed.emit()


def _assert_hidden_notice(win: MainWindow, name: str) -> None:
    assert win.list_tab.selected_ids() == []
    assert win.panel.org_id is None  # not the account that took its row
    assert win.panel.notice.isVisible()
    assert win.panel.notice_label.text() == f"{name} is hidden by the current search or filters."
    assert not win.panel.built or not win.panel.content.isVisible()
    for action in (
        win.ui.actionDelete,
        win.ui.actionChangeOwner,
        win.ui.actionScheduleForSelection,
    ):
        assert not action.isEnabled()


def test_a_search_that_hides_the_selected_account_never_shows_another(
    window: MainWindow, accounts: Accounts
) -> None:
    window.list_tab.select([accounts.lynx])
    assert window.panel.org_id == accounts.lynx
    _search(window, "coastal")
    assert window.model.ids() == [accounts.coastal]  # Coastal now has Lynx's row
    _assert_hidden_notice(window, "Lynx Clinics SARL")

    # The notice's button clears the search and shows the account, selected.
    window.panel.reveal_button.click()
    assert window.search.text() == ""
    assert window.filters.value.search == ""
    assert window.list_tab.selected_ids() == [accounts.lynx]
    assert window.panel.org_id == accounts.lynx
    assert not window.panel.notice.isVisible()


def test_clearing_the_search_brings_the_hidden_account_back_selected(
    window: MainWindow, accounts: Accounts
) -> None:
    window.list_tab.select([accounts.lynx])
    _search(window, "coastal")
    _search(window, "")
    assert window.list_tab.selected_ids() == [accounts.lynx]
    assert window.panel.org_id == accounts.lynx


def test_a_status_bar_click_that_hides_the_selected_account_says_so(
    window: MainWindow, accounts: Accounts
) -> None:
    window.list_tab.select([accounts.lynx])
    window.nothing_planned_label.linkActivated.emit("none")  # Lynx has a call planned
    assert accounts.lynx not in window.model.ids()
    _assert_hidden_notice(window, "Lynx Clinics SARL")


def test_a_search_showing_nothing_leaves_no_selection_and_no_action_enabled(
    window: MainWindow, accounts: Accounts
) -> None:
    window.list_tab.select([accounts.lynx, accounts.coastal, accounts.heron])
    assert window.ui.actionDelete.isEnabled()
    _search(window, "no such customer")
    assert window.model.rowCount() == 0
    assert window.list_tab.selected_ids() == []
    assert window.panel.notice_label.text() == (
        "3 selected accounts are hidden by the current search or filters."
    )
    for action in (
        window.ui.actionDelete,
        window.ui.actionChangeOwner,
        window.ui.actionScheduleForSelection,
        window.ui.actionEditOrganization,
    ):
        assert not action.isEnabled()


def test_sorting_keeps_the_selected_account_selected_and_in_view(
    window: MainWindow, accounts: Accounts
) -> None:
    table = window.list_tab.table
    window.list_tab.select([accounts.lynx])
    won_value = next(i for i, c in enumerate(window.model.columns) if c.key == "won_value")
    table.sortByColumn(won_value, Qt.SortOrder.AscendingOrder)  # Lynx moves near the end
    assert window.list_tab.selected_ids() == [accounts.lynx]
    row = window.model.row_of(accounts.lynx)
    assert row is not None
    assert row > 40
    rect = table.visualRect(window.model.index(row, 0))
    assert table.viewport().rect().intersects(rect)
    assert window.panel.org_id == accounts.lynx


def test_an_import_or_an_undo_keeps_the_selectedwon_account(
    window: MainWindow, accounts: Accounts, hub: ChangeHub, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.list_tab.select([accounts.heron])
    won_account("Aardvark Analytics", 1)  # lands above Heron: every row below moves down
    hub.publish(EVERYTHING)  # what an import announces
    assert window.list_tab.selected_ids() == [accounts.heron]
    assert window.panel.org_id == accounts.heron
    window.account_actions.delete([accounts.coastal])
    assert window.list_tab.selected_ids() == [accounts.heron]
    window.undo_action.trigger()  # Coastal comes back above Heron
    assert window.model.row_of(accounts.coastal) is not None
    assert window.list_tab.selected_ids() == [accounts.heron]
    assert window.panel.org_id == accounts.heron


def test_an_undo_says_what_it_undid_instead_of_the_message_before_it(
    window: MainWindow, accounts: Accounts
) -> None:
    window.ui.tabs.setCurrentIndex(1)
    window.kanban_tab.select(accounts.heron)
    window.kanban_tab.schedule_actions[Bucket.TOMORROW].trigger()
    assert window.statusBar().currentMessage().startswith("Moved “Review” of Heron Optics")
    window.undo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Undone: Reschedule to")
    window.redo_action.trigger()
    assert window.statusBar().currentMessage().startswith("Redone: Reschedule to")


def test_on_the_board_the_selected_card_follows_its_account_to_another_column(
    window: MainWindow, accounts: Accounts
) -> None:
    window.ui.tabs.setCurrentIndex(1)
    tab = window.kanban_tab
    assert tab.select(accounts.lynx)
    assert window.board.column_of(accounts.lynx) is Bucket.OVERDUE
    tab.schedule_actions[Bucket.NEXT_WEEK].trigger()
    assert window.board.column_of(accounts.lynx) is Bucket.NEXT_WEEK
    assert tab.selected_ids() == [accounts.lynx]
    window.undo_action.trigger()  # back to Overdue, still selected
    assert window.board.column_of(accounts.lynx) is Bucket.OVERDUE
    assert tab.selected_ids() == [accounts.lynx]
    assert window.panel.org_id == accounts.lynx


def test_on_the_board_a_filter_that_hides_the_selected_card_says_so(
    window: MainWindow, accounts: Accounts
) -> None:
    window.ui.tabs.setCurrentIndex(1)
    assert window.kanban_tab.select(accounts.coastal)
    _search(window, "lynx")
    assert window.kanban_tab.selected_ids() == []
    assert window.panel.org_id is None
    assert window.panel.notice_label.text() == (
        "Coastal Recycling S.A. is hidden by the current search or filters."
    )
    window.panel.reveal_button.click()
    assert window.kanban_tab.selected_ids() == [accounts.coastal]
    assert window.panel.org_id == accounts.coastal


def test_a_card_far_down_a_column_is_found_and_selected_from_the_list(
    window: MainWindow, accounts: Accounts
) -> None:
    last = accounts.fillers[-1]  # "Zephyr 59", the last of 61 cards without activity
    window.list_tab.select([last])
    window.ui.tabs.setCurrentIndex(1)
    assert window.kanban_tab.selected_ids() == [last]
    assert window.panel.org_id == last


def test_the_selection_crosses_tabs_hidden_or_not(window: MainWindow, accounts: Accounts) -> None:
    window.list_tab.select([accounts.heron])
    window.ui.tabs.setCurrentIndex(1)
    assert window.kanban_tab.selected_ids() == [accounts.heron]
    window.ui.tabs.setCurrentIndex(0)
    assert window.list_tab.selected_ids() == [accounts.heron]
    window.filters.update(owner_id=organizations.users()[0][0])  # Ana owns only Lynx
    _assert_hidden_notice(window, "Heron Optics")
    window.ui.tabs.setCurrentIndex(1)
    assert window.kanban_tab.selected_ids() == []
    assert (
        window.panel.notice_label.text()
        == "Heron Optics is hidden by the current search or filters."
    )


def test_panel_buttons_are_enabled_by_the_first_click_on_a_row(
    window: MainWindow, accounts: Accounts, qtbot: QtBot
) -> None:
    window.list_tab.select([accounts.lynx])
    panel = window.panel
    deals.create_deal("Upsell", org_id=accounts.lynx, value_minor=5, currency="EUR")
    window.panel.content.reload()
    panel.ui.sections.setCurrentWidget(panel.ui.dealsPage)
    view: QAbstractItemView = panel.ui.dealsView
    index = panel.deals.index(0, 0)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert panel.ui.dealEdit.isEnabled()
    assert panel.ui.dealWon.isEnabled() or panel.ui.dealReopen.isEnabled()


def test_an_edit_that_takes_the_shown_account_out_of_the_list_keeps_it_under_a_notice(
    window: MainWindow, accounts: Accounts
) -> None:
    window.list_tab.select([accounts.coastal])
    panel = window.panel
    panel.ui.sections.setCurrentWidget(panel.ui.dealsPage)
    panel.ui.dealsView.selectRow(0)
    panel.ui.dealReopen.click()  # its only won deal: no longer an account
    assert window.model.row_of(accounts.coastal) is None
    assert window.list_tab.selected_ids() == []
    assert panel.org_id == accounts.coastal  # still where the person is working on it
    assert panel.notice.isVisible()
    assert panel.notice_label.text() == (
        "Coastal Recycling S.A. is no longer in the list: the current search or filters hide it."
    )
    panel.reveal_button.click()  # shows every organization, Coastal selected
    assert not window.filters.value.accounts_only
    assert window.list_tab.selected_ids() == [accounts.coastal]
    assert not panel.notice.isVisible()
