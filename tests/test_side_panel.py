"""The side panel: what it shows about the selected account, and every edit made in it, each
written through the domain, shown in the List and on the board, and undoable."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from accountmgr.domain import (
    account_detail,
    account_list,
    activities,
    currencies,
    customfields,
    deals,
    files,
    notes,
    organizations,
    records,
)
from accountmgr.qtmodels.formatting import format_money
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.kanban_model import CardRole
from accountmgr.qtmodels.panel_models import short_date
from accountmgr.store import blobs
from accountmgr.store.models import Organization, db
from accountmgr.views import operations
from accountmgr.views.dialogs.deal_dialog import DealDialog
from accountmgr.views.dialogs.link_person_dialog import LinkPersonDialog
from accountmgr.views.dialogs.note_dialog import NoteDialog
from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog
from accountmgr.views.main_window import MainWindow
from accountmgr.views.side_panel import SidePanel
from tests.conftest import TODAY, shown_window, won_account


@dataclass
class Data:
    ana: int
    bo: int
    kestrel: int  # an account owned by Ana, one deal won
    kestrel_deal: int
    otter: int  # an account without owner, one deal won
    prospect: int  # an organization without a won deal


@pytest.fixture
def data(store: Path) -> Data:
    ana = organizations.create_user("Ana Lima")
    bo = organizations.create_user("Bo Svensson")
    kestrel = organizations.create_organization("Kestrel Dental GmbH", owner_id=ana).id
    kestrel_deal = deals.create_deal(
        "Clinic software", org_id=kestrel, value_minor=300_000, currency="EUR"
    ).id
    deals.mark_won(kestrel_deal, dt.datetime(2025, 3, 14, 9, 30))
    otter = organizations.create_organization("Otter Print Ltd").id
    deals.mark_won(deals.create_deal("Presses", org_id=otter, value_minor=1, currency="EUR").id)
    prospect = organizations.create_organization("Prospect Ltd").id
    return Data(ana, bo, kestrel, kestrel_deal, otter, prospect)


@pytest.fixture
def hub() -> ChangeHub:
    return ChangeHub()


@pytest.fixture
def window(data: Data, hub: ChangeHub, qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(hub, settings)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the warning boxes shown (instead of showing them)."""
    shown: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """The URLs handed to the desktop (no application is launched)."""
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def _show(win: MainWindow, org_id: int) -> SidePanel:
    win.list_tab.accounts_only.setChecked(False)  # so that prospects can be selected too
    win.list_tab.select([org_id])
    assert win.panel.org_id == org_id
    return win.panel


def _list_row(win: MainWindow, org_id: int) -> int:
    row = win.model.row_of(org_id)
    assert row is not None
    return row


def _list_cell(win: MainWindow, org_id: int, key: str) -> Any:
    column = next(i for i, c in enumerate(win.model.columns) if c.key == key)
    return win.model.index(_list_row(win, org_id), column).data()


def _card_name(win: MainWindow, org_id: int) -> str:
    bucket = win.board.column_of(org_id)
    assert bucket is not None
    column = win.board.columns[bucket]
    row = column.row_of(org_id)
    assert row is not None
    return str(column.index(row).data(CardRole).name)


def _select_row(view: Any, row: int) -> None:
    view.setCurrentIndex(view.model().index(row, 0))
    if hasattr(view, "selectRow"):
        view.selectRow(row)


def _count(table: str) -> int:
    return int(db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0])


def test_the_panel_is_built_when_the_first_account_is_selected(
    window: MainWindow, data: Data
) -> None:
    panel = window.panel
    assert not panel.built  # opening the window does not pay for it
    window.list_tab.select([data.kestrel, data.otter])
    assert not panel.built
    window.list_tab.select([data.kestrel])
    assert panel.built
    assert panel.ui.name.text() == "Kestrel Dental GmbH"


# -- 1. header ------------------------------------------------------------------------------


def test_header_shows_the_selected_account(window: MainWindow, data: Data) -> None:
    panel = window.panel
    assert panel.ui.stack.currentWidget() is panel.ui.emptyPage
    window.list_tab.select([data.kestrel])
    assert panel.ui.stack.currentWidget() is panel.ui.accountPage
    assert panel.ui.name.text() == "Kestrel Dental GmbH"
    assert panel.ui.owner.currentText() == "Ana Lima"
    assert panel.ui.owner.currentData() == data.ana
    assert panel.ui.state.text() == f"Account since {short_date(dt.date(2025, 3, 14))}"
    assert panel.ui.wonValue.text() == format_money(300_000, "EUR", 2) == "€3,000.00"
    assert panel.ui.dealCounts.text() == "1 won · 0 open · 0 lost"
    window.list_tab.select([data.kestrel, data.otter])
    assert panel.ui.stack.currentWidget() is panel.ui.emptyPage
    assert panel.ui.emptyLabel.text() == "2 accounts selected"


def test_rename_writes_everywhere_and_undo_restores(
    window: MainWindow, data: Data, qtbot: QtBot
) -> None:
    panel = _show(window, data.kestrel)
    name = panel.ui.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Kestrel Dental Group")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert records.organization(data.kestrel).name == "Kestrel Dental Group"
    assert _list_cell(window, data.kestrel, "name") == "Kestrel Dental Group"
    assert window.undo_stack.count() == 1
    window.ui.tabs.setCurrentIndex(1)
    assert _card_name(window, data.kestrel) == "Kestrel Dental Group"

    window.undo_action.trigger()
    assert records.organization(data.kestrel).name == "Kestrel Dental GmbH"
    assert _card_name(window, data.kestrel) == "Kestrel Dental GmbH"
    assert panel.ui.name.text() == "Kestrel Dental GmbH"
    window.ui.tabs.setCurrentIndex(0)
    assert _list_cell(window, data.kestrel, "name") == "Kestrel Dental GmbH"


def test_an_empty_name_is_refused_with_a_message(
    window: MainWindow, data: Data, qtbot: QtBot, warnings: list[str]
) -> None:
    panel = _show(window, data.kestrel)
    panel.ui.name.setFocus()
    panel.ui.name.setText("   ")
    qtbot.keyClick(panel.ui.name, Qt.Key.Key_Return)
    assert warnings == ["The organization name must not be empty."]
    assert records.organization(data.kestrel).name == "Kestrel Dental GmbH"
    assert panel.ui.name.text() == "Kestrel Dental GmbH"
    assert window.undo_stack.count() == 0


def test_owner_change_writes_owner_and_undo_restores(window: MainWindow, data: Data) -> None:
    panel = _show(window, data.kestrel)
    combo = panel.ui.owner
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "No owner",
        "Ana Lima",
        "Bo Svensson",
    ]
    combo.setCurrentIndex(combo.findData(data.bo))
    combo.activated.emit(combo.currentIndex())
    assert records.organization(data.kestrel).owner_id == data.bo
    assert _list_cell(window, data.kestrel, "owner") == "Bo Svensson"
    combo.setCurrentIndex(combo.findData(None))
    combo.activated.emit(combo.currentIndex())
    assert records.organization(data.kestrel).owner_id is None
    window.undo_action.trigger()
    assert records.organization(data.kestrel).owner_id == data.bo
    window.undo_action.trigger()
    assert records.organization(data.kestrel).owner_id == data.ana
    assert panel.ui.owner.currentText() == "Ana Lima"


# -- 2. won value over currencies -----------------------------------------------------------


def _converted(minor: int, num: int, den: int) -> int:
    """minor * num / den rounded half up, in integers."""
    return (2 * minor * num + den) // (2 * den)


def test_won_value_is_the_sum_of_each_deal_converted_and_rounded(
    window: MainWindow, data: Data, hub: ChangeHub
) -> None:
    org = organizations.create_organization("Mixed Currencies SA").id

    def deal(minor: int, currency: str, status: str = "won") -> None:
        deal_id = deals.create_deal("D", org_id=org, value_minor=minor, currency=currency).id
        if status == "won":
            deals.mark_won(deal_id)
        elif status == "lost":
            deals.mark_lost(deal_id)

    deal(12_000, "EUR")
    deal(10_005, "USD")  # 9239.187… EUR cents
    deal(1_001, "USD")  # 924.380… EUR cents: rounding the sum instead would give one cent more
    deal(12_345, "JPY")  # 7558.84… EUR cents: truncating would give one cent less
    deal(99_999, "USD", "open")
    deal(55_555, "JPY", "lost")
    panel = _show(window, org)
    hub.publish(currencies.set_exchange_rate("USD", 923_457))
    hub.publish(currencies.set_exchange_rate("JPY", 6_123))

    # 0.923457 EUR per dollar: cents to cents is 923457 / 1000000; 0.006123 EUR per yen: yen
    # to cents is 6123 / 10000.
    expected = (
        12_000
        + _converted(10_005, 923_457, 1_000_000)
        + _converted(1_001, 923_457, 1_000_000)
        + _converted(12_345, 6_123, 10_000)
    )
    assert expected == 12_000 + 9_239 + 924 + 7_559
    assert panel.ui.wonValue.text() == format_money(expected, "EUR", 2) == "€297.22"
    assert panel.header is not None
    assert panel.header.won_value == expected
    assert _list_cell(window, org, "won_value") == "€297.22"
    menu = panel.ui.wonValue.menu()
    assert menu is not None
    assert sorted(a.text() for a in menu.actions()) == sorted(
        [
            format_money(12_000, "EUR", 2),
            format_money(11_006, "USD", 2),
            format_money(12_345, "JPY", 0),
        ]
    )
    assert all(not a.isEnabled() for a in menu.actions())
    assert panel.ui.dealCounts.text() == "4 won · 1 open · 1 lost"


# -- 3. an account stops being one ----------------------------------------------------------


def test_reopening_the_last_won_deal_keeps_the_panel_and_undo_makes_it_an_account(
    window: MainWindow, data: Data
) -> None:
    panel = window.panel
    window.filters.update(search="Kestrel")  # the only account listed
    window.list_tab.select([data.kestrel])
    panel.ui.sections.setCurrentWidget(panel.ui.dealsPage)
    _select_row(panel.ui.dealsView, panel.deals.row_of(data.kestrel_deal))
    assert panel.ui.dealReopen.isEnabled()
    panel.ui.dealReopen.click()
    assert records.deal(data.kestrel_deal).status == "open"
    assert window.model.rowCount() == 0  # accounts only
    assert window.list_tab.selected_ids() == []
    assert panel.org_id == data.kestrel
    assert panel.ui.stack.currentWidget() is panel.ui.accountPage
    assert panel.ui.state.text().startswith("No longer an account")
    assert panel.ui.dealCounts.text() == "0 won · 1 open · 0 lost"

    window.undo_action.trigger()
    deal = records.deal(data.kestrel_deal)
    assert (deal.status, deal.won_time) == ("won", dt.datetime(2025, 3, 14, 9, 30))
    assert window.model.row_of(data.kestrel) is not None
    assert panel.ui.state.text() == f"Account since {short_date(dt.date(2025, 3, 14))}"


def test_the_panel_keeps_a_former_account_while_other_accounts_are_listed(
    window: MainWindow, data: Data
) -> None:
    panel = window.panel
    window.list_tab.select([data.kestrel])
    _select_row(panel.ui.dealsView, panel.deals.row_of(data.kestrel_deal))
    panel.ui.dealReopen.click()
    assert window.model.row_of(data.kestrel) is None
    assert panel.org_id == data.kestrel


def test_changing_the_owner_under_an_owner_filter_keeps_the_account_on_the_panel(
    window: MainWindow, data: Data
) -> None:
    window.filters.update(owner_id=data.ana)
    window.list_tab.select([data.kestrel])
    panel = window.panel
    assert panel.org_id == data.kestrel

    panel.ui.owner.setCurrentIndex(panel.ui.owner.findData(data.bo))
    panel.ui.owner.activated.emit(panel.ui.owner.currentIndex())

    assert records.organization(data.kestrel).owner_id == data.bo
    assert window.model.row_of(data.kestrel) is None  # no longer Ana's: out of the list
    assert panel.org_id == data.kestrel  # but still where the person is editing it
    assert window.list_tab.selected_ids() == []  # and nothing else was selected for them
    assert panel.ui.owner.currentData() == data.bo


def test_deleting_the_shown_account_elsewhere_closes_the_panel_and_selects_no_other(
    window: MainWindow, data: Data, hub: ChangeHub
) -> None:
    window.list_tab.select([data.kestrel])
    hub.publish(organizations.delete_organization(data.kestrel))
    assert window.list_tab.selected_ids() == []
    assert window.panel.org_id is None  # never Otter, which took its row
    assert not window.panel.notice.isVisible()
    assert window.panel.ui.emptyLabel.text() == "Select an account to see everything about it here."
    # the keyboard keeps its place: the row below is current, but not selected
    assert window.list_tab.table.currentIndex().row() == window.model.row_of(data.otter)
    assert not window.ui.actionDelete.isEnabled()


# -- 4. activities --------------------------------------------------------------------------


def _schedule(panel: SidePanel, org_id: int, subject: str, type_key: str = "task") -> int:
    dialog = panel.edits.schedule(org_id)
    assert isinstance(dialog, ScheduleDialog)
    assert panel.edits.last_dialog is dialog
    dialog.ui.type.setCurrentIndex(dialog.ui.type.findData(activities.type_id(type_key)))
    dialog.ui.subject.setText(subject)
    dialog.ui.date.setDate(dialog.ui.date.date().addDays(2))
    dialog.accept()
    found = [a for a in panel.activities.activities() if a.subject == subject]
    assert len(found) == 1
    return found[0].id


def _select_activity(panel: SidePanel, activity_id: int) -> None:
    row = panel.activities.row_of(activity_id)
    assert row >= 0
    panel.ui.activitiesView.setCurrentIndex(panel.activities.index(row))


def test_scheduling_shows_in_the_panel_and_as_next_activity_in_the_list(
    window: MainWindow, data: Data
) -> None:
    panel = _show(window, data.kestrel)
    activity = _schedule(panel, data.kestrel, "Quarterly review", "meeting")
    item = next(a for a in panel.activities.activities() if a.id == activity)
    assert (item.due_date, item.type_key, item.done) == (
        TODAY + dt.timedelta(days=2),
        "meeting",
        False,
    )
    row = account_list.rows([data.kestrel])[data.kestrel]
    assert (row.next_activity_id, row.next_subject) == (activity, "Quarterly review")
    assert "Quarterly review" in str(_list_cell(window, data.kestrel, "next_activity"))
    assert "Quarterly review" in panel.ui.nextActivity.text()
    assert panel.ui.sections.tabText(panel.ui.sections.indexOf(panel.ui.activitiesPage)) == (
        "Activities (1)"
    )
    window.undo_action.trigger()
    assert panel.activities.activities() == []
    assert account_list.rows([data.kestrel])[data.kestrel].next_activity_id is None


@pytest.mark.parametrize(("type_key", "days"), [("call", 90), ("task", 7)])
def test_marking_the_last_open_activity_done_offers_the_follow_up(
    window: MainWindow, data: Data, type_key: str, days: int
) -> None:
    panel = _show(window, data.kestrel)
    activity = _schedule(panel, data.kestrel, "Check the new chairs", type_key)
    _select_activity(panel, activity)
    assert panel.ui.activityDone.isEnabled()
    panel.ui.activityDone.click()
    done = next(a for a in account_detail.activities_of(data.kestrel) if a.id == activity)
    assert done.done
    assert done.done_time is not None
    assert account_list.rows([data.kestrel])[data.kestrel].last_contacted is not None

    box = panel.edits.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()
    follow_up = panel.edits.last_dialog
    assert isinstance(follow_up, ScheduleDialog)
    assert follow_up.isVisible()
    values = follow_up.values()
    assert values["type_id"] == activities.type_id(type_key)
    assert values["subject"] == "Check the new chairs"
    assert values["due_date"] == TODAY + dt.timedelta(days=days)
    follow_up.accept()
    row = account_list.rows([data.kestrel])[data.kestrel]
    assert (row.next_subject, row.next_due) == (
        "Check the new chairs",
        (TODAY + dt.timedelta(days=days)).isoformat(),
    )


def test_declining_the_follow_up_schedules_nothing(window: MainWindow, data: Data) -> None:
    panel = _show(window, data.kestrel)
    activity = _schedule(panel, data.kestrel, "Call back")
    _select_activity(panel, activity)
    panel.ui.activityDone.click()
    box = panel.edits.last_dialog
    assert isinstance(box, QMessageBox)
    no = box.button(QMessageBox.StandardButton.No)
    assert no is not None
    no.click()
    assert panel.edits.last_dialog is box
    assert [a.done for a in panel.activities.activities()] == [True]
    window.undo_action.trigger()
    assert [a.done for a in panel.activities.activities()] == [False]


def test_no_follow_up_is_offered_while_another_activity_is_open(
    window: MainWindow, data: Data
) -> None:
    panel = _show(window, data.kestrel)
    first = _schedule(panel, data.kestrel, "First")
    _schedule(panel, data.kestrel, "Second")
    _select_activity(panel, first)
    panel.ui.activityDone.click()
    assert not isinstance(panel.edits.last_dialog, QMessageBox)
    assert account_list.rows([data.kestrel])[data.kestrel].next_subject == "Second"


def test_delete_activity_and_undo_bring_back_the_same_one(
    window: MainWindow, data: Data, qtbot: QtBot
) -> None:
    panel = _show(window, data.kestrel)
    activity = _schedule(panel, data.kestrel, "Renewal talk", "meeting")
    before = next(a for a in panel.activities.activities() if a.id == activity)
    _select_activity(panel, activity)
    panel.ui.activityDelete.click()
    assert panel.activities.activities() == []
    assert account_list.rows([data.kestrel])[data.kestrel].next_activity_id is None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.activities.activities() == [before]
    assert account_list.rows([data.kestrel])[data.kestrel].next_activity_id == activity


def test_edit_activity_changes_its_subject_and_undo_restores(
    window: MainWindow, data: Data
) -> None:
    panel = _show(window, data.kestrel)
    activity = _schedule(panel, data.kestrel, "Lunch")
    _select_activity(panel, activity)
    panel.ui.activityEdit.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.ui.subject.text() == "Lunch"
    dialog.ui.subject.setText("Lunch with the board")
    dialog.accept()
    assert [a.subject for a in account_detail.activities_of(data.kestrel)] == [
        "Lunch with the board"
    ]
    assert account_list.rows([data.kestrel])[data.kestrel].next_subject == "Lunch with the board"
    window.undo_action.trigger()
    assert [a.subject for a in panel.activities.activities()] == ["Lunch"]


def test_redoing_a_scheduled_activity_brings_back_the_same_one(
    window: MainWindow, data: Data, warnings: list[str]
) -> None:
    panel = _show(window, data.kestrel)
    activity = _schedule(panel, data.kestrel, "Site visit")
    _select_activity(panel, activity)
    panel.ui.activityEdit.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.ui.subject.setText("Site visit with the CTO")
    dialog.accept()
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert panel.activities.activities() == []
    window.redo_action.trigger()
    window.redo_action.trigger()  # the edit, of the same activity
    assert warnings == []
    assert [(a.id, a.subject) for a in panel.activities.activities()] == [
        (activity, "Site visit with the CTO")
    ]


# -- 5. notes -------------------------------------------------------------------------------


def _add_note(panel: SidePanel, text: str, *, pinned: bool = False) -> int:
    panel.ui.noteButton.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, NoteDialog)
    dialog.text.setPlainText(text)
    dialog.pinned.setChecked(pinned)
    dialog.accept()
    found = [n.id for n in panel.notes.items if n.content == text]
    assert len(found) == 1
    return found[0]


def _select_note(panel: SidePanel, note_id: int) -> None:
    _select_row(panel.ui.notesView, panel.notes.row_of(note_id))


def test_notes_add_pin_edit_delete_and_undo(window: MainWindow, data: Data) -> None:
    panel = _show(window, data.kestrel)
    first = _add_note(panel, "Prefers calls in the morning.")
    second = _add_note(panel, "Budget talks in March.")
    assert [n.id for n in panel.notes.items] == [second, first]  # newest first
    assert panel.ui.pinnedNotes.isHidden()

    _select_note(panel, first)
    assert panel.ui.notePin.text() == "&Pin"
    panel.ui.notePin.click()
    assert [(n.id, n.pinned) for n in panel.notes.items] == [(first, True), (second, False)]
    assert not panel.ui.pinnedNotes.isHidden()
    assert "Prefers calls in the morning." in panel.ui.pinnedNotes.text()

    _select_note(panel, second)
    panel.ui.noteEdit.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, NoteDialog)
    assert dialog.text.toPlainText() == "Budget talks in March."
    assert not dialog.person.isEnabled()  # what a note is about stays as written
    dialog.text.setPlainText("Budget talks moved to April.")
    dialog.accept()
    assert [n.content for n in account_detail.notes_of(data.kestrel)] == [
        "Prefers calls in the morning.",
        "Budget talks moved to April.",
    ]

    before = next(n for n in panel.notes.items if n.id == first)
    _select_note(panel, first)
    panel.ui.noteDelete.click()
    assert [n.id for n in panel.notes.items] == [second]
    assert panel.ui.pinnedNotes.isHidden()
    window.undo_action.trigger()
    assert panel.notes.items[0] == before
    window.undo_action.trigger()  # the edit
    assert [n.content for n in account_detail.notes_of(data.kestrel)] == [
        "Prefers calls in the morning.",
        "Budget talks in March.",
    ]
    window.undo_action.trigger()  # the pin
    assert not any(n.pinned for n in account_detail.notes_of(data.kestrel))


def test_undoing_a_new_note_removes_it_and_redo_brings_the_same_one(
    window: MainWindow, data: Data
) -> None:
    panel = _show(window, data.kestrel)
    note = _add_note(panel, "Met the new CFO.", pinned=True)
    assert panel.notes.items[0].pinned
    window.undo_action.trigger()
    assert panel.notes.items == []
    window.redo_action.trigger()
    assert [(n.id, n.content, n.pinned) for n in panel.notes.items] == [
        (note, "Met the new CFO.", True)
    ]


# -- 6. files -------------------------------------------------------------------------------


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tree(root: Path, store_dir: Path) -> set[Path]:
    """Every file and folder under root, but the file store, the database's own files and the
    window's settings."""
    found = set()
    for path in root.rglob("*"):
        if path == store_dir or store_dir in path.parents:
            continue
        if path.name.startswith("accountmgr.db") or path.name == "settings.ini":
            continue
        found.add(path)
    return found


def _drop(panel: SidePanel, paths: list[Path]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel.content, enter)
    if not enter.isAccepted():
        return False, False
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel.content, drop)
    return True, drop.isAccepted()


Attach = Callable[[int, list[Path]], list[int]]


@pytest.fixture
def attach(window: MainWindow, app_loop: asyncio.AbstractEventLoop) -> Attach:
    """Attach files in the panel and wait for it (the copy runs on a worker thread): the ids
    of the new attachments."""

    def attach_and_wait(org_id: int, paths: list[Path]) -> list[int]:
        before = {f.id for f in account_detail.files_of(org_id)}
        app_loop.run_until_complete(window.panel.edits.attach(org_id, paths).future)
        return sorted(f.id for f in account_detail.files_of(org_id) if f.id not in before)

    return attach_and_wait


def test_attach_copies_the_bytes_into_the_store(
    window: MainWindow, data: Data, tmp_path: Path, attach: Attach
) -> None:
    panel = _show(window, data.kestrel)
    source = tmp_path / "contract.pdf"
    source.write_bytes(os.urandom(3000) + b"%%EOF")
    attached = attach(data.kestrel, [source])
    assert len(attached) == 1
    stored = files.stored_path(attached[0])
    assert files.store_dir() in stored.parents
    assert _sha(stored) == _sha(source)
    assert [(f.id, f.original_name, f.size) for f in panel.files.items] == [
        (attached[0], "contract.pdf", 3005)
    ]
    assert panel.ui.sections.tabText(panel.ui.sections.indexOf(panel.ui.filesPage)) == ("Files (1)")


def test_a_folder_or_a_missing_file_is_named_in_a_warning_and_not_attached(
    window: MainWindow, data: Data, tmp_path: Path, warnings: list[str], attach: Attach
) -> None:
    _show(window, data.kestrel)
    folder = tmp_path / "folder"
    folder.mkdir()
    good = tmp_path / "good.txt"
    good.write_text("fine")
    attached = attach(data.kestrel, [folder, tmp_path / "gone.txt", good])
    assert len(attached) == 1
    assert len(warnings) == 1
    assert "“folder” is a folder, not a file." in warnings[0]
    assert "“gone.txt” does not exist (any more)." in warnings[0]
    assert [f.original_name for f in account_detail.files_of(data.kestrel)] == ["good.txt"]
    assert window.undo_stack.count() == 1


@pytest.mark.posix_only
def test_dropped_files_are_attached_and_names_never_escape_the_store(
    window: MainWindow,
    data: Data,
    tmp_path: Path,
    warnings: list[str],
    opened: list[QUrl],
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    panel = _show(window, data.kestrel)
    sources = tmp_path / "sources" / "deep"
    sources.mkdir(parents=True)
    plain = sources / "offer.txt"
    plain.write_text("offer")
    evil = sources / "..\\..\\evil.txt"  # a backslash is an ordinary character here
    evil.write_text("evil")
    dotted = sources / ".." / "deep" / "..." / ".." / "offer.txt"
    (sources / "...").mkdir()
    store_dir = files.store_dir()
    before = _tree(tmp_path, store_dir)

    assert _drop(panel, [plain, evil, dotted]) == (True, True)
    app_loop.run_until_complete(asyncio.gather(*operations.pending()))
    assert warnings == []
    assert panel.ui.sections.currentWidget() is panel.ui.filesPage
    names = sorted(f.original_name for f in account_detail.files_of(data.kestrel))
    assert names == ["evil.txt", "offer.txt", "offer.txt"]
    assert _tree(tmp_path, store_dir) == before
    stored = [files.stored_path(f.id) for f in account_detail.files_of(data.kestrel)]
    assert all(store_dir in p.parents for p in stored)
    assert {_sha(p) for p in stored} == {_sha(plain), _sha(evil)}

    # Opening it makes a named copy for the desktop: inside the store too.
    [evil_id] = [
        f.id for f in account_detail.files_of(data.kestrel) if f.original_name == "evil.txt"
    ]
    assert panel.edits.open_file(evil_id)
    target = Path(opened[0].toLocalFile())
    assert target.name == "evil.txt"
    assert store_dir in target.parents
    assert target.read_text() == "evil"
    assert _tree(tmp_path, store_dir) == before


def test_a_drop_without_local_files_is_refused(window: MainWindow, data: Data) -> None:
    panel = _show(window, data.kestrel)
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel.content, enter)
    assert not enter.isAccepted()
    window.list_tab.select([])
    assert _drop(panel, [Path(__file__)]) == (False, False)
    assert _count("attachment") == 0


def test_cancelling_an_attach_attaches_none_of_the_files(
    window: MainWindow,
    data: Data,
    tmp_path: Path,
    app_loop: asyncio.AbstractEventLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Cancel while the second file is copied: the first, copied already, is not attached
    either, and the store keeps no half-copied file."""
    panel = _show(window, data.kestrel)
    first, second = tmp_path / "first.txt", tmp_path / "second.bin"
    first.write_text("first")
    second.write_bytes(b"x" * (3 * files.CHUNK))
    running: list[operations.Operation] = []
    copied: list[str] = []
    copy = files.copy_into_store

    def cancel_at_the_second(path: Path, progress: Any = None) -> files.StoredFile:
        if path == second:
            running[0].cancel()  # as the progress dialog's Cancel
        stored = copy(path, progress)
        copied.append(path.name)
        return stored

    monkeypatch.setattr(files, "copy_into_store", cancel_at_the_second)
    running.append(panel.edits.attach(data.kestrel, [first, second]))
    app_loop.run_until_complete(running[0].future)

    assert copied == ["first.txt"]
    assert account_detail.files_of(data.kestrel) == []
    assert panel.files.items == []
    assert window.undo_stack.count() == 0
    assert not [p for p in files.store_dir().rglob("*") if p.name.startswith(".incoming-")]


def test_files_whose_account_went_away_meanwhile_are_not_attached(
    window: MainWindow,
    data: Data,
    tmp_path: Path,
    warnings: list[str],
    attach: Attach,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The account is deleted (elsewhere) while its file is copied: a warning, and no row."""
    _show(window, data.kestrel)
    source = tmp_path / "offer.txt"
    source.write_text("offer")
    copy = files.copy_into_store

    def copy_then_delete(path: Path, progress: Any = None) -> files.StoredFile:
        stored = copy(path, progress)
        organizations.delete_organization(data.kestrel)
        return stored

    monkeypatch.setattr(files, "copy_into_store", copy_then_delete)
    assert attach(data.kestrel, [source]) == []
    assert len(warnings) == 1
    assert _count("attachment") == 0
    assert window.undo_stack.count() == 0


def test_remove_file_and_undo_bring_it_back(
    window: MainWindow, data: Data, tmp_path: Path, attach: Attach
) -> None:
    panel = _show(window, data.kestrel)
    source = tmp_path / "plan.txt"
    source.write_text("the plan")
    [attachment] = attach(data.kestrel, [source])
    before = account_detail.files_of(data.kestrel)
    _select_row(panel.ui.filesView, panel.files.row_of(attachment))
    panel.ui.fileRemove.click()
    assert account_detail.files_of(data.kestrel) == []
    assert panel.files.items == []
    window.undo_action.trigger()
    assert account_detail.files_of(data.kestrel) == before
    assert [f.id for f in panel.files.items] == [attachment]
    assert _sha(files.stored_path(attachment)) == _sha(source)


def test_open_file_hands_a_named_copy_to_the_desktop_or_says_it_is_missing(
    window: MainWindow,
    data: Data,
    tmp_path: Path,
    warnings: list[str],
    opened: list[QUrl],
    attach: Attach,
) -> None:
    panel = _show(window, data.kestrel)
    source = tmp_path / "minutes.txt"
    source.write_text("minutes")
    [attachment] = attach(data.kestrel, [source])
    _select_row(panel.ui.filesView, panel.files.row_of(attachment))
    panel.ui.fileOpen.click()
    assert len(opened) == 1
    target = Path(opened[0].toLocalFile())
    assert target.name == "minutes.txt"
    assert files.store_dir() in target.parents
    assert target.read_text() == "minutes"
    assert warnings == []

    files.stored_path(attachment).unlink()
    db.execute_sql("DELETE FROM attachment_blob")  # a team database's copy of it
    panel.ui.fileOpen.click()
    assert len(opened) == 1
    assert warnings == [
        "The stored copy of “minutes.txt” is missing; please attach the file again."
    ]


def test_a_program_attached_is_opened_only_once_the_person_says_yes(
    window: MainWindow,
    data: Data,
    tmp_path: Path,
    warnings: list[str],
    opened: list[QUrl],
    attach: Attach,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Windows runs an .exe or a script that is opened; macOS a .command."""
    panel = _show(window, data.kestrel)
    source = tmp_path / "Invoice.PDF.exe"
    source.write_bytes(b"MZ")
    [attachment] = attach(data.kestrel, [source])
    _select_row(panel.ui.filesView, panel.files.row_of(attachment))
    panel.ui.fileOpen.click()  # the warning is answered Cancel (the fixture's Ok)
    assert opened == []
    assert warnings == [
        "“Invoice.PDF.exe” is a program or a script: opening it runs it on this computer. "
        "Open it only if you trust where it came from."
    ]
    monkeypatch.setattr(QMessageBox, "warning", lambda *_args: QMessageBox.StandardButton.Open)
    panel.ui.fileOpen.click()
    assert [Path(url.toLocalFile()).name for url in opened] == ["Invoice.PDF.exe"]


def test_the_panels_file_edits_attach_undo_and_open_on_either_database(
    store: Path,
    qtbot: QtBot,
    tmp_path: Path,
    app_loop: asyncio.AbstractEventLoop,
    warnings: list[str],
    opened: list[QUrl],
) -> None:
    """What the panel does with files, without the window: on a team database (--team) the
    content goes to the database when recorded and comes back when opened."""
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QWidget

    from accountmgr.views.panel_edits import PanelEdits

    parent = QWidget()
    qtbot.addWidget(parent)
    stack = QUndoStack(parent)
    edits = PanelEdits(parent, ChangeHub(), stack, None)  # type: ignore[arg-type]  # no dialogs
    org = organizations.create_organization("Kestrel").id
    source = tmp_path / "contract.pdf"
    source.write_bytes(os.urandom(3 * files.CHUNK) + b"%%EOF")

    app_loop.run_until_complete(edits.attach(org, [source]).future)

    [attached] = account_detail.files_of(org)
    stack.undo()
    assert account_detail.files_of(org) == []
    stack.redo()
    assert account_detail.files_of(org) == [attached]
    files.stored_path(attached.id).unlink()  # a team database fetches it again
    if blobs.in_database():
        assert edits.open_file(attached.id)
        assert Path(opened[0].toLocalFile()).read_bytes() == source.read_bytes()
        assert warnings == []
    else:
        assert not edits.open_file(attached.id)
        assert warnings == [
            "The stored copy of “contract.pdf” is missing; please attach the file again."
        ]


# -- 7. deals -------------------------------------------------------------------------------


@pytest.fixture
def open_deal(data: Data) -> int:
    return deals.create_deal(
        "Second clinic", org_id=data.kestrel, value_minor=50_000, currency="EUR"
    ).id


def _select_deal(panel: SidePanel, deal_id: int) -> None:
    row = panel.deals.row_of(deal_id)
    assert row >= 0
    _select_row(panel.ui.dealsView, row)


def test_mark_won_updates_header_and_list_and_undo_restores(
    window: MainWindow, data: Data, open_deal: int
) -> None:
    panel = _show(window, data.kestrel)
    assert panel.ui.dealCounts.text() == "1 won · 1 open · 0 lost"
    _select_deal(panel, open_deal)
    assert not panel.ui.dealReopen.isEnabled()
    panel.ui.dealWon.click()
    deal = records.deal(open_deal)
    assert deal.status == "won"
    assert deal.won_time is not None
    assert panel.ui.dealCounts.text() == "2 won · 0 open · 0 lost"
    assert panel.ui.wonValue.text() == "€3,500.00"
    assert _list_cell(window, data.kestrel, "won_value") == "€3,500.00"
    assert _list_cell(window, data.kestrel, "won_deals") == "2"
    window.undo_action.trigger()
    deal = records.deal(open_deal)
    assert (deal.status, deal.won_time) == ("open", None)
    assert panel.ui.dealCounts.text() == "1 won · 1 open · 0 lost"
    assert _list_cell(window, data.kestrel, "won_value") == "€3,000.00"


def test_mark_lost_asks_why_and_undo_restores_the_won_time(
    window: MainWindow, data: Data, open_deal: int
) -> None:
    panel = _show(window, data.kestrel)
    _select_deal(panel, data.kestrel_deal)
    panel.ui.dealLost.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, QInputDialog)
    assert "Clinic software" in dialog.labelText()
    dialog.setTextValue("  Went with a competitor ")
    dialog.accept()
    deal = records.deal(data.kestrel_deal)
    assert (deal.status, deal.won_time, deal.lost_reason) == (
        "lost",
        None,
        "Went with a competitor",
    )
    assert panel.ui.dealCounts.text() == "0 won · 1 open · 1 lost"
    assert panel.ui.state.text().startswith("No longer an account")
    assert _list_cell(window, data.kestrel, "won_value") == "€0.00"
    assert panel.deals.index(panel.deals.row_of(data.kestrel_deal), 4).data() == (
        "Went with a competitor"
    )
    window.undo_action.trigger()
    deal = records.deal(data.kestrel_deal)
    assert (deal.status, deal.won_time, deal.lost_time, deal.lost_reason) == (
        "won",
        dt.datetime(2025, 3, 14, 9, 30),
        None,
        "",
    )
    assert _list_cell(window, data.kestrel, "won_value") == "€3,000.00"
    assert panel.ui.dealCounts.text() == "1 won · 1 open · 0 lost"


def test_cancelling_the_lost_reason_changes_nothing(
    window: MainWindow, data: Data, open_deal: int
) -> None:
    panel = _show(window, data.kestrel)
    _select_deal(panel, open_deal)
    panel.ui.dealLost.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, QInputDialog)
    dialog.reject()
    assert records.deal(open_deal).status == "open"
    assert window.undo_stack.count() == 0


def test_reopen_then_undo_restores_status_and_won_time_exactly(
    window: MainWindow, data: Data, open_deal: int
) -> None:
    panel = _show(window, data.kestrel)
    deals.mark_won(open_deal, dt.datetime(2026, 1, 2, 3, 4, 5))
    window.panel.reload()
    _select_deal(panel, open_deal)
    panel.ui.dealReopen.click()
    assert records.deal(open_deal).status == "open"
    assert panel.ui.dealCounts.text() == "1 won · 1 open · 0 lost"
    window.undo_action.trigger()
    deal = records.deal(open_deal)
    assert (deal.status, deal.won_time) == ("won", dt.datetime(2026, 1, 2, 3, 4, 5))
    window.redo_action.trigger()
    assert records.deal(open_deal).status == "open"


# -- 8. people ------------------------------------------------------------------------------


def test_link_an_existing_person_and_unlink_keeps_them(window: MainWindow, data: Data) -> None:
    mia = organizations.create_person("Mia Berg").id
    jonas = organizations.create_person("Jonas Weber", org_id=data.otter).id
    panel = _show(window, data.kestrel)
    panel.ui.personLink.click()
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, LinkPersonDialog)
    texts = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert texts == ["Mia Berg", "Jonas Weber (now at Otter Print Ltd)"]
    dialog.results.setCurrentRow(0)
    assert dialog.person_id() == mia
    dialog.accept()
    assert records.person(mia).org_id == data.kestrel
    assert [p.name for p in panel.people.items] == ["Mia Berg"]
    assert _list_cell(window, data.kestrel, "people") == "1"

    _select_row(panel.ui.peopleView, panel.people.row_of(mia))
    panel.ui.personUnlink.click()
    person = records.person(mia)
    assert (person.name, person.org_id) == ("Mia Berg", None)
    assert panel.people.items == []
    window.undo_action.trigger()
    assert records.person(mia).org_id == data.kestrel
    window.undo_action.trigger()
    assert records.person(mia).org_id is None
    assert records.person(jonas).org_id == data.otter


def test_linking_someone_from_another_account_and_undo_puts_them_back(
    window: MainWindow, data: Data
) -> None:
    jonas = organizations.create_person("Jonas Weber", org_id=data.otter).id
    panel = _show(window, data.kestrel)
    dialog = panel.edits.link_person(data.kestrel)
    assert isinstance(dialog, LinkPersonDialog)
    dialog.search.setText("jonas")
    dialog._first()  # as Enter in the search field does
    assert dialog.person_id() == jonas
    dialog.accept()
    assert records.person(jonas).org_id == data.kestrel
    window.undo_action.trigger()
    assert records.person(jonas).org_id == data.otter


def test_email_and_phone_cells_open_mailto_and_tel_links(
    window: MainWindow, data: Data, qtbot: QtBot, opened: list[QUrl]
) -> None:
    organizations.create_person(
        "Mia Berg", org_id=data.kestrel, emails="mia@kestrel.example", phones="+49 30 123 45"
    )
    panel = _show(window, data.kestrel)
    panel.ui.sections.setCurrentWidget(panel.ui.peoplePage)
    view = panel.ui.peopleView
    for column in (2, 3, 0):
        rect = view.visualRect(panel.people.index(0, column))
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [u.toString() for u in opened] == ["mailto:mia@kestrel.example", "tel:+493012345"]


# -- 9. custom fields -----------------------------------------------------------------------


def test_custom_number_field_refuses_text_and_writes_and_undoes_a_number(
    data: Data, hub: ChangeHub, qtbot: QtBot, settings: QSettings
) -> None:
    seats = customfields.create_field("organization", "Seats", "number")
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.show()
    panel = _show(window, data.kestrel)
    row = panel.fields.row_of(seats.id)
    assert row is not None
    cell = panel.fields.index(row, 1)
    assert not panel.fields.setData(cell, "abc")
    assert panel.fields.last_error == "“abc” is not a number."
    assert customfields.values_of("organization", [data.kestrel], [seats.id]) == {}
    assert window.undo_stack.count() == 0

    assert panel.fields.setData(cell, "25")
    assert customfields.values_of("organization", [data.kestrel], [seats.id]) == {
        data.kestrel: {seats.id: "25"}
    }
    assert cell.data() == "25"
    assert _list_cell(window, data.kestrel, f"custom:{seats.id}") == "25"
    assert panel.fields.setData(cell, "1250.5")
    assert panel.fields.index(row, 1).data() == "1,250.5"
    window.undo_action.trigger()
    assert customfields.values_of("organization", [data.kestrel], [seats.id]) == {
        data.kestrel: {seats.id: "25"}
    }
    assert panel.fields.index(row, 1).data() == "25"
    window.undo_action.trigger()
    assert customfields.values_of("organization", [data.kestrel], [seats.id]) == {}
    assert panel.fields.index(row, 1).data() == ""
    assert _list_cell(window, data.kestrel, f"custom:{seats.id}") == ""


# -- 10. following changes made elsewhere ---------------------------------------------------


def test_the_panel_follows_changes_made_elsewhere(
    window: MainWindow, data: Data, hub: ChangeHub
) -> None:
    panel = _show(window, data.kestrel)
    hub.publish(organizations.update_organization(data.kestrel, name="Kestrel Renamed"))
    assert panel.ui.name.text() == "Kestrel Renamed"

    assert window.model.setData(window.model.index(_list_row(window, data.kestrel), 0), "Inline")
    assert panel.ui.name.text() == "Inline"

    made = activities.create_activity(
        "Visit", TODAY, type_id=activities.type_id("meeting"), org_id=data.kestrel
    )
    hub.publish(made.change)
    assert [a.id for a in panel.activities.activities()] == [made.id]
    assert "Visit" in panel.ui.nextActivity.text()

    hub.publish(notes.create_note("From elsewhere", org_id=data.kestrel, pinned=True).change)
    assert "From elsewhere" in panel.ui.pinnedNotes.text()

    other = organizations.update_organization(data.otter, name="Otter Renamed")
    hub.publish(other)
    assert panel.org_id == data.kestrel
    assert panel.ui.name.text() == "Inline"

    hub.publish(organizations.delete_organization(data.kestrel))
    assert panel.org_id != data.kestrel
    assert panel.ui.name.text() != "Inline"


def test_a_name_being_typed_survives_a_reread_and_is_then_saved(
    window: MainWindow, data: Data, hub: ChangeHub, qtbot: QtBot
) -> None:
    panel = _show(window, data.kestrel)
    name = panel.ui.name
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " Nord")
    hub.publish(notes.create_note("Meanwhile", org_id=data.kestrel).change)
    assert [n.content for n in panel.notes.items] == ["Meanwhile"]
    assert name.text() == "Kestrel Dental GmbH Nord"
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert records.organization(data.kestrel).name == "Kestrel Dental GmbH Nord"
    hub.publish(organizations.update_organization(data.kestrel, name="Kestrel Süd"))
    assert name.hasFocus()
    assert name.text() == "Kestrel Süd"  # saved already: the field follows the store again


def test_an_account_deleted_elsewhere_leaves_the_panel(
    window: MainWindow, data: Data, hub: ChangeHub
) -> None:
    panel = window.panel
    window.filters.update(search="Kestrel")
    window.list_tab.select([data.kestrel])
    assert panel.org_id == data.kestrel
    hub.publish(organizations.delete_organization(data.kestrel))
    assert panel.org_id is None
    assert panel.header is None
    assert panel.ui.stack.currentWidget() is panel.ui.emptyPage


def test_the_panel_follows_the_board_selection(window: MainWindow, data: Data) -> None:
    window.ui.tabs.setCurrentIndex(1)
    assert window.kanban_tab.select(data.otter)
    assert window.panel.org_id == data.otter
    assert window.panel.ui.name.text() == "Otter Print Ltd"


# -- found in review ------------------------------------------------------------------------


def _panel_with_fields(
    data: Data, hub: ChangeHub, qtbot: QtBot, settings: QSettings
) -> tuple[MainWindow, SidePanel, customfields.FieldDefinition, customfields.FieldDefinition]:
    first = customfields.create_field("organization", "Contract", "text")
    modules = customfields.create_field(
        "organization", "Modules", "multiple_options", ("CRM", "Billing")
    )
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.show()
    return window, _show(window, data.kestrel), first, modules


def test_custom_fields_typed_one_after_another_are_all_saved(
    data: Data, hub: ChangeHub, qtbot: QtBot, settings: QSettings
) -> None:
    window, panel, contract, _ = _panel_with_fields(data, hub, qtbot, settings)
    view = panel.ui.fieldsView
    panel.ui.sections.setCurrentWidget(panel.ui.overviewPage)

    def stored() -> dict[int, dict[int, str]]:
        return customfields.values_of("organization", [data.kestrel], [contract.id])

    cell = panel.fields.index(panel.fields.row_of(contract.id), 1)
    view.setCurrentIndex(cell)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(cell)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "one")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored() == {data.kestrel: {contract.id: "one"}})
    qtbot.waitUntil(lambda: view.indexWidget(cell) is None)
    assert view.currentIndex().row() == cell.row()  # the keyboard stays on the field

    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "two")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored() == {data.kestrel: {contract.id: "two"}})

    window.undo_action.trigger()
    assert panel.fields.index(cell.row(), 1).data() == "one"


def test_undoing_a_multiple_options_edit_restores_the_choice(
    data: Data, hub: ChangeHub, qtbot: QtBot, settings: QSettings, warnings: list[str]
) -> None:
    window, panel, _, modules = _panel_with_fields(data, hub, qtbot, settings)
    cell = panel.fields.index(panel.fields.row_of(modules.id), 1)
    assert panel.fields.setData(cell, ["CRM"])
    assert panel.fields.setData(cell, ["CRM", "Billing"])

    window.undo_action.trigger()

    assert customfields.values_of("organization", [data.kestrel], [modules.id]) == {
        data.kestrel: {modules.id: '["CRM"]'}
    }
    assert warnings == []
    assert window.undo_stack.index() == 1  # the step was undone, not dropped


def test_undo_of_an_address_while_its_box_has_the_focus_is_not_saved_again(
    window: MainWindow, data: Data, qtbot: QtBot
) -> None:
    panel = _show(window, data.kestrel)
    panel.ui.sections.setCurrentWidget(panel.ui.overviewPage)
    box = panel.ui.address
    box.setFocus()
    qtbot.keyClicks(box, "Main street 1")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert records.organization(data.kestrel).address == "Main street 1"

    window.undo_action.trigger()
    assert box.toPlainText() == ""
    panel.ui.name.setFocus()  # leaving the box saves only what was typed since

    assert records.organization(data.kestrel).address == ""
    assert window.undo_stack.index() == 0


def test_a_new_day_moves_the_panel_on(window: MainWindow, data: Data) -> None:
    activities.create_activity(
        "Call back",
        TODAY + dt.timedelta(days=1),
        type_id=activities.type_id("call"),
        org_id=data.kestrel,
    )
    panel = _show(window, data.kestrel)
    assert panel.activities.index(0, 0).data().startswith("Tomorrow")

    from accountmgr.domain import clock

    clock.pin_today(TODAY + dt.timedelta(days=2))
    window.check_new_day()

    assert panel.activities.index(0, 0).data().startswith("Overdue")
    assert "overdue" in panel.ui.nextActivity.text()


@pytest.mark.sqlite_only  # PostgreSQL never gives an id out again
def test_opening_shows_the_content_of_the_file_even_when_its_id_was_used_before(
    window: MainWindow, data: Data, tmp_path: Path, opened: list[QUrl], attach: Attach
) -> None:
    panel = _show(window, data.kestrel)
    first = tmp_path / "a" / "report.txt"
    first.parent.mkdir()
    first.write_text("AAAA")
    [old] = attach(data.kestrel, [first])
    assert panel.edits.open_file(old)
    files.remove(old)
    second = tmp_path / "b" / "report.txt"
    second.parent.mkdir()
    second.write_text("BBBB")
    [new] = attach(data.kestrel, [second])
    assert new == old  # SQLite gave the id out again

    assert panel.edits.open_file(new)

    assert Path(opened[-1].toLocalFile()).read_text() == "BBBB"
    files.prune_unreferenced()
    assert not (files.store_dir() / files.OPEN_FOLDER).exists()


def test_several_files_dropped_together_are_one_undo_step(
    window: MainWindow, data: Data, tmp_path: Path, attach: Attach
) -> None:
    _show(window, data.kestrel)
    paths = []
    for name in ("one.txt", "two.txt", "three.txt"):
        path = tmp_path / name
        path.write_text(name)
        paths.append(path)
    assert len(attach(data.kestrel, paths)) == 3
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText().startswith("Attach 3 file")

    window.undo_action.trigger()
    assert account_detail.files_of(data.kestrel) == []
    window.redo_action.trigger()
    assert sorted(f.original_name for f in account_detail.files_of(data.kestrel)) == [
        "one.txt",
        "three.txt",
        "two.txt",
    ]


def test_a_user_field_naming_an_inactive_user_keeps_it(
    data: Data, hub: ChangeHub, qtbot: QtBot, settings: QSettings
) -> None:
    manager = customfields.create_field("organization", "Manager", "user")
    customfields.set_value(manager.id, data.kestrel, data.bo)
    db.execute_sql('UPDATE "user" SET active = 0 WHERE id = ?', (data.bo,))
    window = MainWindow(hub, settings)
    qtbot.addWidget(window)
    window.show()
    panel = _show(window, data.kestrel)
    cell = panel.fields.index(panel.fields.row_of(manager.id), 1)
    assert cell.data() == "Bo Svensson"

    view = panel.ui.fieldsView
    view.setCurrentIndex(cell)
    view.edit(cell)
    editor = view.indexWidget(cell)
    assert isinstance(editor, QComboBox)
    assert editor.currentText() == "Bo Svensson"
    view.commitData(editor)
    view.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    assert customfields.values_of("organization", [data.kestrel], [manager.id]) == {
        data.kestrel: {manager.id: str(data.bo)}
    }


def test_a_prospect_with_an_open_deal_is_not_called_a_former_account(
    window: MainWindow, data: Data
) -> None:
    deals.create_deal("First order", org_id=data.prospect, value_minor=10, currency="EUR")
    panel = _show(window, data.prospect)
    assert panel.ui.state.text().startswith("Not an account: no deal")


def test_new_activity_is_for_the_account_kept_on_the_panel(window: MainWindow, data: Data) -> None:
    panel = window.panel
    window.list_tab.select([data.kestrel])
    _select_row(panel.ui.dealsView, panel.deals.row_of(data.kestrel_deal))
    panel.ui.dealReopen.click()
    assert window.list_tab.selected_ids() == []

    window.ui.actionNewActivity.trigger()

    dialog = panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    dialog.ui.subject.setText("Win them back")
    dialog.accept()
    assert [a.subject for a in account_detail.activities_of(data.kestrel)] == ["Win them back"]


def test_a_person_can_be_written_to_from_the_context_menu(
    window: MainWindow, data: Data, opened: list[QUrl], monkeypatch: pytest.MonkeyPatch
) -> None:
    organizations.create_person(
        "Eva Berg", org_id=data.kestrel, emails="eva@example.com", phones="+46 8 123 45"
    )
    panel = _show(window, data.kestrel)
    panel.ui.sections.setCurrentWidget(panel.ui.peoplePage)
    _select_row(panel.ui.peopleView, 0)
    shown: list[Any] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMenu.popup", lambda menu, *_: shown.append(menu))

    panel.ui.peopleView.customContextMenuRequested.emit(QPoint(5, 5))

    actions = [a for a in shown[0].actions() if not a.isSeparator()]
    assert [a.text() for a in actions[:2]] == ["Write to eva@example.com", "Call +46 8 123 45"]
    actions[1].trigger()
    assert opened == [QUrl("tel:+46812345")]


def _colours(widget: Any) -> set[int]:
    image = widget.grab().toImage()
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 60), 2)
    }


def test_an_empty_section_says_how_to_fill_it(window: MainWindow, data: Data) -> None:
    panel = _show(window, data.otter)
    panel.ui.sections.setCurrentWidget(panel.ui.filesPage)
    viewport = panel.ui.filesView.viewport()
    assert len(_colours(viewport)) > 1  # the hint is drawn where the rows would be
    viewport.removeEventFilter(panel.content)
    assert len(_colours(viewport)) == 1  # without it: an empty white box


def test_done_on_the_board_offers_the_follow_up_when_nothing_else_is_planned(
    window: MainWindow, data: Data
) -> None:
    call = activities.type_id("call")
    only = activities.create_activity("Check-in", TODAY, type_id=call, org_id=data.kestrel).id
    window.ui.actionShowKanban.trigger()

    window.kanban_tab.done_requested.emit([data.kestrel])

    assert records_done(only)
    box = window.panel.edits.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)  # Enter accepts
    box.accept()
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.ui.subject.text() == "Check-in"
    assert dialog.ui.date.date().toPython() == TODAY + dt.timedelta(days=90)  # a call's delay


def test_done_on_the_board_asks_nothing_while_something_else_is_planned(
    window: MainWindow, data: Data
) -> None:
    call = activities.type_id("call")
    activities.create_activity("Check-in", TODAY, type_id=call, org_id=data.kestrel)
    activities.create_activity(
        "Later", TODAY + dt.timedelta(days=9), type_id=call, org_id=data.kestrel
    )
    window.ui.actionShowKanban.trigger()
    window.kanban_tab.done_requested.emit([data.kestrel])
    assert window.panel.edits.last_dialog is None


def records_done(activity_id: int) -> bool:
    return bool(
        db.execute_sql("SELECT done FROM activity WHERE id = ?", (activity_id,)).fetchone()[0]
    )


def test_enter_and_delete_press_the_buttons_of_the_section_in_focus(
    window: MainWindow, data: Data, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _show(window, data.kestrel)
    note = _add_note(panel, "Call before ten.")
    panel.ui.sections.setCurrentWidget(panel.ui.notesPage)
    _select_note(panel, note)
    qtbot.keyClick(panel.ui.notesView, Qt.Key.Key_Return)
    assert isinstance(panel.edits.last_dialog, NoteDialog)
    panel.edits.last_dialog.reject()
    shown: list[Any] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMenu.popup", lambda menu, *_: shown.append(menu))
    panel.ui.notesView.customContextMenuRequested.emit(QPoint(5, 5))
    assert [a.text() for a in shown[0].actions()] == ["Edit…", "Pin", "Delete"]

    qtbot.keyClick(panel.ui.notesView, Qt.Key.Key_Delete)
    assert panel.notes.items == []

    # Deals have no Delete: the key leaves the deal alone; Enter edits it.
    panel.ui.sections.setCurrentWidget(panel.ui.dealsPage)
    _select_row(panel.ui.dealsView, panel.deals.row_of(data.kestrel_deal))
    qtbot.keyClick(panel.ui.dealsView, Qt.Key.Key_Delete)
    assert [d.id for d in panel.deals.items] == [data.kestrel_deal]
    qtbot.keyClick(panel.ui.dealsView, Qt.Key.Key_Return)
    assert isinstance(panel.edits.last_dialog, DealDialog)
    panel.edits.last_dialog.reject()


def test_renaming_over_someone_else_s_rename_says_so_and_shows_theirs(
    store: Path, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    org = won_account("Heron Optics")
    window = shown_window(qtbot, settings)
    window.list_tab.select([org])
    qtbot.waitUntil(lambda: window.panel.ui.name.text() == "Heron Optics")
    organizations.update_organization(org, name="Heron Optics GmbH")  # another member, unseen
    assert not window.panel.edits.set_field(
        org, "name", "Heron Optics", "Heron Optics AG", "Rename organization"
    )
    [said] = shown
    assert "Someone else changed Heron Optics GmbH" in said
    assert Organization.get_by_id(org).name == "Heron Optics GmbH"
    qtbot.waitUntil(lambda: window.panel.ui.name.text() == "Heron Optics GmbH")
    assert window.undo_stack.count() == 0
