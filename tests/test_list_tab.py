"""The List tab in the main window: search, filters, inline edits, delete, bulk actions, export,
keyboard and remembered columns, each with its undo."""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import account_list, activities, customfields, deals, organizations
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import EVERYTHING
from accountmgr.domain.export_files import neutralise
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import file_dialogs
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY, settle, won_account


def _account(name: str, value: int = 100_000, owner: int | None = None) -> int:
    org = organizations.create_organization(name, owner_id=owner).id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=value, currency="EUR").id)
    return org


@pytest.fixture
def accounts3(store: Path) -> dict[str, int]:
    ana = organizations.create_user("Ana Lima")
    ids = {
        "kestrel": _account("Kestrel Dental GmbH", 300_000, ana),
        "otter": _account("Otter Print Ltd", 200_000),
        "heron": _account("Heron Foods AG", 100_000, ana),
    }
    organizations.create_person("Jonas Weber", org_id=ids["otter"], emails="jonas@otter.example")
    activities.create_activity(
        "Call", TODAY, type_id=activities.type_id("call"), org_id=ids["heron"]
    )
    return ids


@pytest.fixture
def window(accounts3: dict[str, int], qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _names(win: MainWindow) -> list[str]:
    model = win.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_search_is_debounced_and_matches_people_and_emails(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert _names(window) == ["Heron Foods AG", "Kestrel Dental GmbH", "Otter Print Ltd"]
    window.ui.actionFind.trigger()
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "jonas@ot")
    assert len(_names(window)) == 3  # not yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: _names(window) == ["Otter Print Ltd"], timeout=2000)
    assert settle(window).accounts_label.text() == "Accounts shown: 1"
    window.search.clear()
    qtbot.waitUntil(lambda: len(_names(window)) == 3, timeout=2000)


def test_filter_bar_filters_the_list(window: MainWindow, accounts3: dict[str, int]) -> None:
    tab = window.list_tab
    tab.owner.setCurrentIndex(tab.owner.findText("Ana Lima"))
    assert _names(window) == ["Heron Foods AG", "Kestrel Dental GmbH"]
    tab.bucket.setCurrentIndex(tab.bucket.findData(Bucket.TODAY.value))
    assert _names(window) == ["Heron Foods AG"]
    assert window.filters.value == AccountFilter(
        owner_id=tab.owner.currentData(), bucket=Bucket.TODAY
    )
    tab.owner.setCurrentIndex(0)
    tab.bucket.setCurrentIndex(0)
    tab.not_contacted.setValue(30)
    assert len(_names(window)) == 3  # nobody was contacted
    organizations.create_organization("Prospect Ltd")
    window._hub.publish(organizations.update_organization(accounts3["otter"], label="VIP"))
    tab.accounts_only.setChecked(False)
    assert "Prospect Ltd" in _names(window)


def test_inline_edit_writes_the_organization_and_undo_restores(
    window: MainWindow, accounts3: dict[str, int]
) -> None:
    model = window.model
    row = model.row_of(accounts3["otter"])
    assert row is not None
    assert model.setData(model.index(row, 0), "Otter Print Group Ltd")
    rows = account_list.rows([accounts3["otter"]])
    assert rows[accounts3["otter"]].name == "Otter Print Group Ltd"
    label_col = next(i for i, c in enumerate(model.columns) if c.key == "label")
    assert model.setData(model.index(model.row_of(accounts3["otter"]), label_col), "Key account")
    assert window.undo_stack.count() == 2
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert account_list.rows([accounts3["otter"]])[accounts3["otter"]].name == "Otter Print Ltd"
    assert account_list.rows([accounts3["otter"]])[accounts3["otter"]].label == ""
    window.redo_action.trigger()
    assert account_list.rows([accounts3["otter"]])[accounts3["otter"]].name == (
        "Otter Print Group Ltd"
    )


def test_a_bad_inline_edit_is_refused_with_a_message(
    window: MainWindow, accounts3: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    model = window.model
    assert not model.setData(model.index(0, 0), "   ")
    assert warnings == ["The organization name must not be empty."]
    assert window.undo_stack.count() == 0


def test_delete_asks_and_undo_brings_everything_back(
    window: MainWindow,
    accounts3: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    window.list_tab.select([accounts3["kestrel"]])
    window.list_tab.table.setFocus()
    qtbot.keyClick(window.list_tab.table, Qt.Key.Key_Delete)
    assert len(_names(window)) == 3  # cancelled
    qtbot.keyClick(window.list_tab.table, Qt.Key.Key_Delete)
    assert _names(window) == ["Heron Foods AG", "Otter Print Ltd"]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _names(window) == ["Heron Foods AG", "Kestrel Dental GmbH", "Otter Print Ltd"]


def test_enter_opens_the_account(
    window: MainWindow, accounts3: dict[str, int], qtbot: QtBot
) -> None:
    table = window.list_tab.table
    table.setFocus()
    table.setCurrentIndex(window.model.index(0, 0))
    with qtbot.waitSignal(table.opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [accounts3["heron"]]
    qtbot.waitUntil(lambda: window.panel.ui.name.text() == "Heron Foods AG", timeout=1000)
    assert window.panel.ui.name.hasFocus()


def test_bulk_change_owner_and_undo(
    window: MainWindow, accounts3: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    bo = organizations.create_user("Bo Svensson")
    window._hub.publish(organizations.update_organization(accounts3["otter"], owner_id=None))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Bo Svensson", True))
    everyone = list(accounts3.values())
    window.list_tab.select(everyone)
    window.ui.actionChangeOwner.trigger()
    assert {r.owner_id for r in account_list.rows(everyone).values()} == {bo}
    window.undo_action.trigger()
    owners = {i: r.owner_id for i, r in account_list.rows(everyone).items()}
    assert owners[accounts3["otter"]] is None
    assert owners[accounts3["kestrel"]] == owners[accounts3["heron"]] != bo


def test_campaign_schedules_for_every_selected_account(
    window: MainWindow, accounts3: dict[str, int], qtbot: QtBot
) -> None:
    from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog

    everyone = list(accounts3.values())
    window.list_tab.select(everyone)
    window.ui.actionScheduleForSelection.trigger()
    dialog = window.findChild(ScheduleDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.ui.subject.setText("Satisfaction call")
    dialog.ui.date.setDate(dialog.ui.date.date().addDays(3))
    dialog.accept()
    day = (TODAY + dt.timedelta(days=3)).isoformat()
    rows = account_list.rows(everyone)
    assert {r.next_due for i, r in rows.items() if i != accounts3["heron"]} == {day}
    assert rows[accounts3["heron"]].next_due == TODAY.isoformat()  # its call today comes first
    window.undo_action.trigger()
    assert {
        r.next_due for i, r in account_list.rows(everyone).items() if i != accounts3["heron"]
    } == {None}


def test_export_offers_the_separator_the_locale_s_spreadsheets_expect(
    window: MainWindow,
    accounts3: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "accounts.csv"
    offered: list[tuple[str, str]] = []

    def save_as(*args: object) -> tuple[str, str]:
        filters, selected = str(args[3]), str(args[4])
        offered.append((filters, selected))
        return str(target), selected  # the person keeps the choice the dialog starts with

    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_as)
    window.ui.actionExportCsv.trigger()
    assert offered[-1][1] == "CSV, separated by commas (*.csv)"  # en_US writes 1.5
    assert target.read_text(encoding="utf-8-sig").startswith("Name,Owner,")
    QLocale.setDefault(QLocale("de_DE"))  # writes 1,5: Excel there reads cells by ";"
    window.ui.actionExportCsv.trigger()
    assert offered[-1][1] == "CSV, separated by semicolons (*.csv)"
    assert "CSV, separated by commas (*.csv)" in offered[-1][0]  # still a choice
    assert target.read_text(encoding="utf-8-sig").startswith("Name;Owner;")
    assert "3000.00" in target.read_text(encoding="utf-8-sig")  # a dot unless asked
    comma = "CSV, separated by semicolons, decimal commas (*.csv)"
    assert comma in offered[-1][0]
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a: (str(target), comma))
    window.ui.actionExportCsv.trigger()
    assert ";3000,00;" in target.read_text(encoding="utf-8-sig")


def test_export_writes_the_view_and_neutralises_formulas(
    window: MainWindow,
    accounts3: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window._hub.publish(
        organizations.update_organization(accounts3["otter"], name='=HYPERLINK("x")')
    )
    window.list_tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # won value
    target = tmp_path / "accounts.csv"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *a, **k: (str(target), ""))
    window.ui.actionExportCsv.trigger()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:4] == ["Name", "Owner", "Won deals", "Won value (EUR)"]
    assert [r[0] for r in rows[1:]] == [
        "Kestrel Dental GmbH",
        '\'=HYPERLINK("x")',
        "Heron Foods AG",
    ]
    assert rows[1][3] == "3000.00"
    assert neutralise("-1") == "'-1"
    assert neutralise("+49 30 123") == "'+49 30 123"
    assert neutralise("@cmd") == "'@cmd"
    assert neutralise("Plain") == "Plain"


def test_columns_sort_and_custom_fields_persist(
    accounts3: dict[str, int], qtbot: QtBot, settings: QSettings
) -> None:
    seats = customfields.create_field("organization", "Seats", "number")
    customfields.set_value(seats.id, accounts3["otter"], "25")
    first = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(first)
    table = first.list_tab.table
    custom = next(i for i, c in enumerate(first.model.columns) if c.field is not None)
    assert table.isColumnHidden(custom)  # custom fields are optional columns
    table.setColumnHidden(custom, False)
    table.setColumnHidden(1, True)  # owner
    table.horizontalHeader().moveSection(3, 1)
    table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    first.close()

    second = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(second)
    again = second.list_tab.table
    assert not again.isColumnHidden(custom)
    assert again.isColumnHidden(1)
    assert again.horizontalHeader().visualIndex(3) == 1
    assert again.horizontalHeader().sortIndicatorSection() == 3
    assert [second.model.index(r, 0).data() for r in range(3)] == [
        "Kestrel Dental GmbH",
        "Otter Print Ltd",
        "Heron Foods AG",
    ]
    row = second.model.row_of(accounts3["otter"])
    assert second.model.index(row, custom).data() == "25"


# The header state the list saved before its columns were described by specs (commit 9338a1b),
# with a custom field: Owner hidden, Won value moved to second place, sorted by Last contacted,
# latest first. New standard columns go after the others, so such states keep restoring.
_SAVED_HEADER = (
    "000000ff00000000000000010000000100000006010000000b00000000000000020000000300000001000000"
    "0400000005000000060000000700000008000000090000000a0000000b000000000000000300000001000000"
    "020000000400000005000000060000000700000008000000090000000a0000000b0400000000010000000100"
    "000082000005640000000b0101010100000000000000000000000064ffffffff00000084000000000000000b"
    "000000fa00000001000000000000006e00000001000000000000000000000001000000000000005000000001"
    "000000000000007800000001000000000000003c00000001000000000000006900000001000000000000012c"
    "0000000100000000000000690000000100000000000000820000000100000000000000780000000100000000"
    "000003e8000000007800000000000000000000000000000001"
)


def test_a_header_state_saved_by_an_earlier_version_restores_the_same_columns(
    accounts3: dict[str, int], qtbot: QtBot, settings: QSettings
) -> None:
    from PySide6.QtCore import QByteArray

    from accountmgr.views.list_tab import HEADER_KEY, SHOWN_CUSTOM_KEY

    seats = customfields.create_field("organization", "Seats", "number")
    settings.setValue(HEADER_KEY, QByteArray.fromHex(_SAVED_HEADER.encode()))
    settings.setValue(SHOWN_CUSTOM_KEY, [f"custom:{seats.id}"])
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    table, header = win.list_tab.table, win.list_tab.table.horizontalHeader()
    shown = [
        str(win.model.headerData(header.logicalIndex(visual), Qt.Orientation.Horizontal))
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ]
    assert shown == [
        "Name",
        "Won value",
        "Won deals",
        "Open deals value",
        "People",
        "Last contacted",
        "Next activity",
        "Account since",
        "Label",
        "Seats",
    ]
    assert table.isColumnHidden(1)
    assert win.model.columns[1].key == "owner"
    assert header.sortIndicatorSection() == 6
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert win.model.ids() == account_list.account_ids(
        AccountFilter(), account_list.Sort.LAST_CONTACTED, descending=True, today=TODAY
    )


def test_a_large_campaign_runs_off_the_ui_thread_with_progress(
    store: Path,
    qtbot: QtBot,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    import threading

    from accountmgr.domain import demo
    from accountmgr.views import account_actions, operations

    demo.generate(450, seed=4, today=TODAY)
    threads: list[threading.Thread] = []
    real = activities.schedule_for_each

    def spy(*args: object, **kwargs: object) -> activities.Campaign:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(activities, "schedule_for_each", spy)
    from accountmgr.store.models import db

    def activity_count() -> int:
        return int(db.execute_sql("SELECT count(*) FROM activity").fetchone()[0])

    before = activity_count()
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    ids = win.model.ids()
    assert len(ids) >= account_actions.BACKGROUND_FROM
    values = {
        "subject": "Satisfaction call",
        "due_date": TODAY,
        "type_id": activities.type_id("call"),
        "due_time": None,
        "assignee_id": None,
        "note": "",
    }
    with qtbot.waitSignal(win._hub.changed, timeout=20_000):
        win.account_actions._start_campaign(ids, values)
        app_loop.run_until_complete(asyncio.gather(*operations.pending()))
    assert threads
    assert threads[0] is not threading.main_thread()
    assert activity_count() == before + len(ids)
    # Every account now has something due today at the latest.
    assert all(
        r.next_due is not None and r.next_due <= TODAY.isoformat()
        for r in account_list.rows(ids[:300]).values()
    )
    assert win.undo_stack.count() == 1
    win.undo_action.trigger()
    assert win.undo_stack.index() == 0
    assert activity_count() == before


def test_a_new_day_refreshes_states_and_filters(
    window: MainWindow, accounts3: dict[str, int]
) -> None:
    from accountmgr.domain import clock
    from accountmgr.qtmodels.account_columns import StateRole

    window.list_tab.bucket.setCurrentIndex(window.list_tab.bucket.findData(Bucket.TODAY.value))
    assert _names(window) == ["Heron Foods AG"]
    assert window.model.index(0, 0).data(StateRole) == "today"
    clock.pin_today(TODAY + dt.timedelta(days=1))
    window.check_new_day()
    assert _names(window) == []  # yesterday's call is overdue now
    window.list_tab.bucket.setCurrentIndex(window.list_tab.bucket.findData(Bucket.OVERDUE.value))
    assert _names(window) == ["Heron Foods AG"]
    assert window.model.index(0, 0).data(StateRole) == "overdue"


def test_search_field_keys(window: MainWindow, qtbot: QtBot) -> None:
    window.ui.actionFind.trigger()
    qtbot.keyClicks(window.search, "otter")
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # searches at once and goes to the results
    assert _names(window) == ["Otter Print Ltd"]
    assert window.list_tab.table.hasFocus()
    assert window.list_tab.selected_ids() == [window.model.org_id(0)]
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    assert len(_names(window)) == 3


def test_custom_fields_edit_in_the_locale_and_undo_exactly(
    window: MainWindow, accounts3: dict[str, int]
) -> None:
    seats = customfields.create_field("organization", "Seats", "number")
    regions = customfields.create_field(
        "organization", "Regions", "multiple_options", ("North", "South", "West")
    )
    window._hub.publish(customfields.set_value(seats.id, accounts3["otter"], "1234.5"))
    model = window.model
    seats_col = next(i for i, c in enumerate(model.columns) if c.key == f"custom:{seats.id}")
    regions_col = next(i for i, c in enumerate(model.columns) if c.key == f"custom:{regions.id}")
    row = model.row_of(accounts3["otter"])
    assert row is not None
    cell = model.index(row, seats_col)
    assert cell.data(Qt.ItemDataRole.EditRole) == "1,234.5"
    assert model.setData(cell, "2,000.25")
    values = customfields.values_of("organization", [accounts3["otter"]], [seats.id])
    assert values[accounts3["otter"]][seats.id] == "2000.25"
    assert model.setData(model.index(row, regions_col), "West, North")
    assert model.index(row, regions_col).data(Qt.ItemDataRole.EditRole) == "North, West"
    window.undo_action.trigger()
    window.undo_action.trigger()
    values = customfields.values_of("organization", [accounts3["otter"]], [seats.id, regions.id])
    assert values[accounts3["otter"]] == {seats.id: "1234.5"}


def test_a_custom_field_added_while_running_starts_hidden(
    window: MainWindow, accounts3: dict[str, int]
) -> None:
    field = customfields.create_field("organization", "Region", "text")
    window._hub.publish(customfields.set_value(field.id, accounts3["otter"], "North"))
    column = next(i for i, c in enumerate(window.model.columns) if c.field == field)
    assert window.list_tab.table.isColumnHidden(column)
    assert not window.list_tab.table.isColumnHidden(0)


def test_new_organization_from_the_dialog_is_undoable(window: MainWindow, qtbot: QtBot) -> None:
    dialog = window.dialogs.new_organization()
    dialog.ui.name.setText("Falcon Analytics AB")
    dialog.accept()
    assert window.undo_stack.count() == 1
    organizations_named = lambda: [  # noqa: E731
        n for n in _names_all(window) if n == "Falcon Analytics AB"
    ]
    assert organizations_named() == ["Falcon Analytics AB"]
    window.undo_action.trigger()
    assert organizations_named() == []
    window.redo_action.trigger()
    assert organizations_named() == ["Falcon Analytics AB"]


def _names_all(win: MainWindow) -> list[str]:
    win.list_tab.accounts_only.setChecked(False)
    return _names(win)


def test_a_change_that_reorders_rows_keeps_the_selection(
    window: MainWindow, accounts3: dict[str, int], qtmodeltester: object
) -> None:
    window.list_tab.select([accounts3["otter"]])
    resets: list[bool] = []
    window.model.modelReset.connect(lambda: resets.append(True))
    window._hub.publish(organizations.update_organization(accounts3["otter"], name="Aardvark Ltd"))
    assert _names(window) == ["Aardvark Ltd", "Heron Foods AG", "Kestrel Dental GmbH"]
    assert resets == []  # the row moved; the list was not read again
    assert window.list_tab.selected_ids() == [accounts3["otter"]]
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]


def test_a_new_search_shows_its_first_rows(window: MainWindow, qtbot: QtBot) -> None:
    """Scrolled far down the list, a search that finds fewer rows shows them from the top,
    not the end of what it found."""
    for n in range(60):
        won_account(f"Zander Freight {n:02d}")
    window._hub.publish(EVERYTHING)
    settle(window)
    table = window.list_tab.table
    table.scrollToBottom()
    assert table.rowAt(0) > 0
    window.filters.update(search="zander")
    settle(window)
    assert window.model.rowCount() == 60
    assert table.rowAt(0) == 0
