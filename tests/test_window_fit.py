"""The window on a person's screen: it fits, its filter bar is readable when narrow, the side
panel folds away, the list's rows have a context menu, Tab reaches the panel, and an empty list
says why it is empty."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QMenu, QWidget
from pytestqt.qtbot import QtBot

from accountmgr.domain import deals, organizations
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.main_window import MainWindow
from tests.conftest import settle

pytestmark = pytest.mark.usefixtures("english_plurals")


def _window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _account(name: str) -> int:
    org = organizations.create_organization(name).id
    deals.mark_won(deals.create_deal("Licence", org_id=org, value_minor=100, currency="EUR").id)
    return org


def test_the_first_window_fits_the_available_area_of_the_screen(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = _window(qtbot, settings)
    area = window.screen().availableGeometry()  # 800x800 offscreen: smaller than the default
    assert area.contains(window.frameGeometry()) or area.contains(window.geometry())
    assert window.width() <= area.width()
    assert window.ui.statusBar.geometry().bottom() <= area.height()


def test_a_geometry_saved_on_a_bigger_screen_is_fitted(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    big = QWidget()
    big.setGeometry(QRect(300, 200, 2400, 1520))  # what a 2x scale remembered
    settings.setValue("main_window/geometry", QByteArray(big.saveGeometry()))
    window = _window(qtbot, settings)
    area = window.screen().availableGeometry()
    assert window.width() <= area.width()
    assert window.y() + window.height() <= area.bottom() + 1
    assert window.x() >= area.left()


def test_the_filter_bar_wraps_instead_of_cutting_its_texts(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = _window(qtbot, settings)
    window.resize(800, 700)
    window.ui.splitter.setSizes([420, 380])  # a narrow list beside the panel
    qtbot.wait(10)
    tab = window.list_tab
    for combo in (tab.owner, tab.label, tab.bucket, tab.contacted):
        assert isinstance(combo, QComboBox)
        text = combo.currentText()
        needed = combo.fontMetrics().horizontalAdvance(text)
        assert combo.width() > needed, text  # "Any next activity", not "Any next activi"
        assert tab.rect().contains(combo.geometry().translated(combo.parentWidget().pos()))
    assert tab.bucket.geometry().bottom() < tab.table.geometry().top()


def test_not_contacted_says_day_or_days(store: Path, qtbot: QtBot, settings: QSettings) -> None:
    window = _window(qtbot, settings)
    box = window.list_tab.not_contacted
    box.setValue(1)
    assert box.text() == "Not contacted in 1 day"
    box.setValue(90)
    assert box.text() == "Not contacted in 90 days"
    assert window.filters.value.not_contacted_days == 90


def test_the_side_panel_folds_away_with_f9_and_stays_so(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = _window(qtbot, settings)
    action = window.ui.actionSidePanel
    assert action.shortcut() == QKeySequence("F9")
    assert action in window.ui.menuView.actions()
    assert window.ui.sidePanel.isVisible()
    action.trigger()
    assert not window.ui.sidePanel.isVisible()
    window.close()
    again = _window(qtbot, settings)
    assert not again.ui.sidePanel.isVisible()
    assert not again.ui.actionSidePanel.isChecked()
    again.ui.actionSidePanel.trigger()
    assert again.ui.sidePanel.isVisible()


def test_delete_shows_its_shortcut_and_the_rows_offer_the_edit_menu(
    store: Path, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMenu, "popup", lambda *_: None)  # offscreen menus only warn
    lynx = _account("Lynx Clinics SARL")
    _account("Coastal Recycling S.A.")
    window = _window(qtbot, settings)
    assert window.ui.actionDelete.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    table = window.list_tab.table
    row = window.model.row_of(lynx)
    assert row is not None
    pos = table.visualRect(window.model.index(row, 0)).center()
    table.customContextMenuRequested.emit(pos)
    menu = window.list_menu
    assert window.list_tab.selected_ids() == [lynx]  # the right-clicked row
    actions = menu.actions()
    for action in (
        window.ui.actionEditOrganization,
        window.ui.actionDelete,
        window.ui.actionChangeOwner,
        window.ui.actionScheduleForSelection,
    ):
        assert action in actions
        assert action.isEnabled()
    menu.close()


def _next_tab_stop(widget: QWidget) -> QWidget:
    """Where Tab goes from `widget`: the next visible, enabled widget of the focus chain that
    takes focus by Tab (what QWidget.focusNextPrevChild walks)."""
    candidate = widget.nextInFocusChain()
    while candidate is not widget:
        policy = candidate.focusPolicy()
        if (
            policy & Qt.FocusPolicy.TabFocus
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.window() is widget.window()
        ):
            return candidate
        candidate = candidate.nextInFocusChain()
    return widget


def test_tab_leaves_the_table_for_the_side_panel(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    lynx = _account("Lynx Clinics SARL")
    window = _window(qtbot, settings)
    window.list_tab.select([lynx])
    table = window.list_tab.table
    assert not table.tabKeyNavigation()  # Tab does not walk the cells
    assert window.ui.sidePanel.isAncestorOf(_next_tab_stop(table))


def test_a_search_without_result_says_so_and_clears(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    _account("Lynx Clinics SARL")
    window = _window(qtbot, settings)
    empty = window.list_tab.empty_label
    assert not empty.isVisible()
    window.search.setText("zebra")
    window.search.returnPressed.emit()
    settle(window)
    assert empty.isVisible()
    assert "No account matches “zebra”." in empty.text()
    empty.linkActivated.emit("clear")
    settle(window)
    assert window.search.text() == ""
    assert window.model.rowCount() == 1
    assert not empty.isVisible()


def test_an_empty_database_explains_how_to_start(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = settle(_window(qtbot, settings))
    text = window.list_tab.empty_label.text()
    assert window.list_tab.empty_label.isVisible()
    assert "Your database is empty." in text
    assert "href='import'" in text
    assert "href='demo'" in text


def test_organizations_without_a_won_deal_are_counted_and_shown_on_a_click(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    _account("Lynx Clinics SARL")
    for n in range(12):
        organizations.create_organization(f"Prospect {n}")
    window = _window(qtbot, settings)
    window.resize(1600, 700)  # room for every figure of the status bar
    settle(window)
    label = window.not_accounts_label
    assert label.isVisible()
    assert "12 organizations without a won deal — show them" in label.text()
    label.linkActivated.emit("all")
    settle(window)
    assert window.model.rowCount() == 13
    assert not label.isVisible()


def test_only_prospects_the_empty_list_offers_to_show_them(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    organizations.create_organization("Prospect Ltd")
    window = settle(_window(qtbot, settings))
    text = window.list_tab.empty_label.text()
    assert "No accounts yet" in text
    assert "Show the 1 organization without a won deal" in text


# -- who is using the application -----------------------------------------------------------


def test_the_first_start_asks_who_you_are_and_remembers_it(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    ana = organizations.create_user("Ana Lima")
    organizations.create_user("Bo Svensson")
    lynx = _account("Lynx Clinics SARL")
    organizations.update_organization(lynx, owner_id=ana)
    _account("Coastal Recycling S.A.")
    window = _window(qtbot, settings)
    dialog = window.ask_who()
    assert dialog is not None
    assert dialog.comboBoxItems() == ["Ana Lima", "Bo Svensson"]
    dialog.setTextValue("Ana Lima")
    dialog.accept()
    assert window.current_user() == ana
    assert window.ask_who() is None  # asked once
    # "My accounts" in the owner filter shows Ana's
    owner = window.list_tab.owner
    mine = owner.findText("My accounts")
    assert owner.itemData(mine) == ana
    owner.setCurrentIndex(mine)
    assert window.model.ids() == [lynx]


def test_typing_a_new_name_adds_that_user(store: Path, qtbot: QtBot, settings: QSettings) -> None:
    window = _window(qtbot, settings)
    dialog = window.ask_who()
    assert dialog is not None
    dialog.setTextValue("  Chloé   Martin ")
    dialog.accept()
    assert organizations.users() == [(window.current_user(), "Chloé Martin")]
    assert window.list_tab.owner.findText("My accounts") >= 0


def test_later_does_not_ask_again(store: Path, qtbot: QtBot, settings: QSettings) -> None:
    organizations.create_user("Ana Lima")
    window = _window(qtbot, settings)
    dialog = window.ask_who()
    assert dialog is not None
    dialog.reject()
    assert window.current_user() is None
    assert window.list_tab.owner.findText("My accounts") < 0
    assert window.ask_who() is None


def test_new_activities_are_assigned_to_you_and_notes_carry_your_name(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    from accountmgr.domain import account_detail
    from accountmgr.views.dialogs.note_dialog import NoteDialog
    from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

    organizations.create_user("Ana Lima")
    bo = organizations.create_user("Bo Svensson")
    lynx = _account("Lynx Clinics SARL")
    window = _window(qtbot, settings)
    window.set_current_user(bo)
    window.list_tab.select([lynx])
    schedule = window.panel.edits.schedule(lynx)
    assert isinstance(schedule, ScheduleDialog)
    assert schedule.ui.assignee.currentData() == bo
    schedule.reject()
    note = window.panel.edits.add_note(lynx)
    assert isinstance(note, NoteDialog)
    note.text.setPlainText("Asked for a renewal quote")
    note.accept()
    [written] = account_detail.notes_of(lynx)
    assert written.author_name == "Bo Svensson"


def test_a_narrow_side_panel_keeps_its_buttons_and_counts_readable(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    lynx = _account("Lynx Clinics SARL")
    window = _window(qtbot, settings)
    window.resize(800, 600)
    window.list_tab.select([lynx])
    window.ui.splitter.setSizes([780, 20])  # the person drags the panel as narrow as it goes
    qtbot.wait(10)
    ui = window.panel.content.ui
    for button in (ui.scheduleButton, ui.noteButton, ui.attachButton, ui.dealButton):
        assert button.width() >= button.sizeHint().width(), button.text()
    counts = ui.dealCounts  # "1 won · 0 open · 0 lost" whole
    assert counts.width() >= counts.fontMetrics().horizontalAdvance(counts.text())


def test_showing_an_account_keeps_the_window_on_the_screen(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    lynx = _account("Lynx Clinics SARL")
    window = _window(qtbot, settings)
    area = window.screen().availableGeometry()
    window.list_tab.select([lynx])  # builds the panel, taller than a small screen
    qtbot.wait(10)
    assert window.height() <= area.height()
    assert window.width() <= area.width()


def test_a_status_message_is_read_whole_beside_the_figures(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    _account("Lynx Clinics SARL")
    window = _window(qtbot, settings)
    window.resize(800, 600)
    bar = window.statusBar()
    figures = [window.accounts_label, window.value_label, window.nothing_planned_label]
    message = "Moved “Project steering committee” of Cobalt Foods S.p.A. to Tomorrow (Wed)"
    bar.showMessage(message)
    shown = [label for label in figures if label.isVisible()]
    used = sum(label.width() for label in shown)
    assert used + bar.fontMetrics().horizontalAdvance(message) <= bar.width()
    bar.clearMessage()
    assert all(label.isVisible() for label in figures)  # back once the message is gone


def test_the_count_of_organizations_without_a_won_deal_uses_the_locale_s_digits(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    """ "1,234 organizations without a won deal", not "1234", as every figure beside it."""
    from accountmgr.store.models import db

    _account("Lynx Clinics SARL")
    db.execute_sql(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1234) "
        "INSERT INTO organization (name, address, country, label, created_at, updated_at) "
        "SELECT 'Prospect ' || i, '', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00' "
        "FROM n"
    )
    from accountmgr.domain import summary

    summary.rebuild()
    window = settle(_window(qtbot, settings))
    window.resize(1600, 700)
    assert "1,234 organizations without a won deal — show them" in window.not_accounts_label.text()
