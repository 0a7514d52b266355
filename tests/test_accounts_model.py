"""The account list model: Qt's model tester at 0, 1 and many rows and after every change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from accountmgr.domain import (
    account_list,
    activities,
    customfields,
    deals,
    demo,
    notes,
    organizations,
)
from accountmgr.domain.account_list import AccountFilter, Sort
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import EVERYTHING
from accountmgr.qtmodels import account_columns, accounts_model
from accountmgr.qtmodels.account_columns import BASE_COLUMNS, OrgIdRole, SortKeyRole, StateRole
from accountmgr.qtmodels.accounts_model import AccountsModel
from accountmgr.qtmodels.hub import ChangeHub
from tests.conftest import TODAY


def _column(model: AccountsModel, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def _won_org(name: str, value: int = 100_000) -> int:
    org = organizations.create_organization(name).id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=value, currency="EUR").id)
    return org


def test_model_tester_with_zero_one_and_many_rows(store: Path, qtmodeltester: ModelTester) -> None:
    hub = ChangeHub()
    model = AccountsModel(hub)
    qtmodeltester.check(model)
    assert model.rowCount() == 0
    hub.publish(
        deals.mark_won(
            deals.create_deal(
                "D", org_id=organizations.create_organization("One").id, currency="EUR"
            ).id
        )
    )
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    demo.generate(60, seed=2, today=TODAY, force=True)
    hub.publish(EVERYTHING)
    assert model.rowCount() > 20
    qtmodeltester.check(model)


def test_model_stays_valid_after_every_kind_of_change(
    store: Path, qtmodeltester: ModelTester
) -> None:
    demo.generate(40, seed=5, today=TODAY)
    hub = ChangeHub()
    model = AccountsModel(hub)
    qtmodeltester.check(model)
    org = model.org_id(0)
    call = activities.type_id("call")
    changes = [
        organizations.update_organization(org, name="Zulu Renamed Ltd"),  # moves in name order
        activities.create_activity("Check-in", TODAY, type_id=call, org_id=org).change,
        notes.create_note("Happy.", org_id=org).change,
        organizations.create_person("Eva Lind", org_id=org).change,
        _won_change(),
        organizations.delete_organization(model.org_id(3)),
        customfields.set_value(
            customfields.create_field("organization", "Seats", "number").id, org, "12"
        ),
    ]
    for change in changes:
        hub.publish(change)
        qtmodeltester.check(model)
    model.sort(_column(model, "won_value"), Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)
    model.set_filter(AccountFilter(bucket=Bucket.TODAY))
    qtmodeltester.check(model)


def _won_change() -> Any:
    org = organizations.create_organization("Newly Won AB").id
    deal = deals.create_deal("D", org_id=org, currency="SEK", value_minor=1_000_000).id
    return deals.mark_won(deal)


def test_rows_show_the_summary_formatted_for_the_locale(store: Path) -> None:
    org = _won_org("Kestrel Dental GmbH", 1_234_567)
    activities.create_activity(
        "Satisfaction call",
        TODAY - dt.timedelta(days=2),
        type_id=activities.type_id("call"),
        org_id=org,
    )
    model = AccountsModel(ChangeHub())
    row = model.row_of(org)
    assert row == 0

    def cell(key: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.index(0, _column(model, key)).data(role)

    assert cell("name") == "Kestrel Dental GmbH"
    assert cell("won_value") == "€12,345.67"
    assert cell("won_value", SortKeyRole) == 1_234_567
    assert cell("won_deals") == "1"
    assert cell("next_activity") == "11/22/26 · Satisfaction call"
    assert cell("next_activity", StateRole) == "overdue"
    assert cell("next_activity", Qt.ItemDataRole.ForegroundRole) is not None
    assert cell("name", OrgIdRole) == org
    assert cell("won_value", Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert not cell("name", Qt.ItemDataRole.DecorationRole).isNull()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert [c.key for c in BASE_COLUMNS][:4] == ["name", "owner", "won_deals", "won_value"]


def test_custom_values_are_read_when_a_custom_column_is_first_asked_about(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seats = customfields.create_field("organization", "Seats", "number")
    region = customfields.create_field("organization", "Region", "text")
    orgs = [_won_org(f"Org {i:02}") for i in range(30)]
    for i, org in enumerate(orgs):
        customfields.set_value(seats.id, org, str(i))
    customfields.set_value(region.id, orgs[3], "North")
    reads: list[list[int]] = []
    values_of = customfields.values_of

    def counted(entity: str, ids: list[int], fields: list[int]) -> dict[int, dict[int, str]]:
        reads.append(ids)
        return values_of(entity, ids, fields)

    monkeypatch.setattr(customfields, "values_of", counted)
    monkeypatch.setattr(account_columns, "CUSTOM_CHUNK", 8)
    model = AccountsModel(ChangeHub())
    model.set_custom_fields(customfields.definitions("organization"))
    for row in range(30):
        assert model.index(row, _column(model, "name")).data() == f"Org {row:02}"
    assert reads == []  # the standard columns need no custom value
    seats_column, region_column = (_column(model, f"custom:{f.id}") for f in (seats, region))
    assert model.index(5, seats_column).data() == "5"
    assert sorted(i for chunk in reads for i in chunk) == sorted(orgs)  # every row read, once
    assert max(len(chunk) for chunk in reads) == 8
    assert [model.index(r, region_column).data() for r in range(5)] == ["", "", "", "North", ""]
    assert model.index(29, seats_column).data(Qt.ItemDataRole.EditRole) == "29"
    assert len(reads) == 4  # 30 rows in chunks of 8, nothing read again


def test_a_change_refreshes_only_the_touched_row(store: Path, qtbot: Any) -> None:
    first, second = _won_org("Alpha AG"), _won_org("Beta AG")
    hub = ChangeHub()
    model = AccountsModel(hub)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row())))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    hub.publish(organizations.update_organization(second, label="Key account"))
    assert changed == [(1, 1)]
    assert resets == []
    assert model.index(1, _column(model, "label")).data() == "Key account"
    assert model.row_of(first) == 0


def test_inline_edits_go_through_the_edit_handler(store: Path) -> None:
    org = _won_org("Gamma SA")
    model = AccountsModel(ChangeHub())
    calls: list[tuple[int, str, Any, Any]] = []
    model.edit_handler = lambda *args: calls.append(args) or True
    index = model.index(0, _column(model, "name"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "Gamma Group SA")
    assert calls == [(org, "name", "Gamma SA", "Gamma Group SA")]
    assert not model.flags(model.index(0, _column(model, "won_value"))) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, _column(model, "won_value")), "1")
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(5, 0) == QModelIndex()


def test_custom_columns_are_built_from_their_fields(store: Path, english: None) -> None:
    """A custom field's column: headed by the field's name as typed, numbers right-aligned,
    edited in the locale's form, and handed to the edit handler in the stored form with the
    stored old value."""
    org = _won_org("Delta BV")
    seats = customfields.create_field("organization", "Seats", "number")
    regions = customfields.create_field(
        "organization", "Regions", "multiple_options", ("North", "South")
    )
    customfields.set_value(seats.id, org, "1234.5")
    customfields.set_value(regions.id, org, ["South", "North"])
    model = AccountsModel(ChangeHub())
    model.set_custom_fields(customfields.definitions("organization"))
    calls: list[tuple[int, str, Any, Any]] = []
    model.edit_handler = lambda *args: calls.append(args) or True
    seats_at, regions_at = (
        _column(model, f"custom:{seats.id}"),
        _column(model, f"custom:{regions.id}"),
    )
    horizontal, right = Qt.Orientation.Horizontal, Qt.AlignmentFlag.AlignRight
    assert model.headerData(seats_at, horizontal) == "Seats"
    assert model.headerData(seats_at, horizontal, Qt.ItemDataRole.TextAlignmentRole) & right
    assert model.headerData(regions_at, horizontal, Qt.ItemDataRole.TextAlignmentRole) is None
    seats_cell, regions_cell = model.index(0, seats_at), model.index(0, regions_at)
    assert seats_cell.data() == "1,234.5"
    assert seats_cell.data(Qt.ItemDataRole.TextAlignmentRole) & right
    assert seats_cell.data(SortKeyRole) == "1234.5"
    assert regions_cell.data() == regions_cell.data(Qt.ItemDataRole.EditRole) == "North, South"
    assert model.flags(seats_cell) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(seats_cell, "1,234.5")  # unchanged: nothing to undo
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert seats_cell.data(Qt.ItemDataRole.EditRole) == "1.234,5"
    assert model.setData(seats_cell, "2.345,5")
    assert calls == [(org, f"custom:{seats.id}", "1234.5", "2345.5")]


def test_each_column_answers_only_the_roles_it_describes(store: Path) -> None:
    org = _won_org("Epsilon Oy")  # priced, never contacted
    yesterday = TODAY - dt.timedelta(days=1)
    activities.create_activity("Call", yesterday, type_id=activities.type_id("call"), org_id=org)
    model = AccountsModel(ChangeHub())
    answering = {
        Qt.ItemDataRole.DecorationRole: {"name", "next_activity"},
        Qt.ItemDataRole.ToolTipRole: {"name", "next_activity"},
        Qt.ItemDataRole.ForegroundRole: {"next_activity"},  # overdue
        Qt.ItemDataRole.FontRole: set(),
        Qt.ItemDataRole.BackgroundRole: set(),
    }
    for column, spec in enumerate(model.columns):
        cell = model.index(0, column)
        for role, keys in answering.items():
            assert (cell.data(role) is not None) == (spec.key in keys), (spec.key, role)
        assert cell.data(StateRole) == "overdue"
        assert cell.data(OrgIdRole) == org
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, OrgIdRole):
        assert model.data(QModelIndex(), role) is None


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> int:
    """Read ids 4 at a time, so that a few dozen accounts span many windows."""
    monkeypatch.setattr(accounts_model, "ID_WINDOW", 4)
    return 4


def _full_order(model: AccountsModel, sort: Sort | int, descending: bool) -> list[int]:
    return account_list.account_ids(model.account_filter, sort, descending, today=TODAY)


def _count_id_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, how many ids each read of the list's ids returns, in order."""
    read: list[int] = []
    original = account_list.account_ids

    def counting(*args: Any, **kwargs: Any) -> list[int]:
        ids = original(*args, **kwargs)
        read.append(len(ids))
        return ids

    monkeypatch.setattr(account_list, "account_ids", counting)
    return read


def test_the_list_reads_its_first_rows_only_and_the_rest_as_the_view_goes(
    store: Path,
    small_window: int,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: ModelTester,
    qtbot: QtBot,
) -> None:
    demo.generate(100, seed=3, today=TODAY)
    read = _count_id_reads(monkeypatch)
    model = AccountsModel(ChangeHub())
    assert read == [small_window]  # the top of the list, not every id
    # The first screen does not wait for the count: the rows beyond come from the event loop.
    assert model.rowCount() == small_window
    assert model.counting
    qtbot.waitUntil(lambda: not model.counting)
    everything = _full_order(model, Sort.NAME, False)
    assert model.rowCount() == len(everything) > 4 * small_window
    last = model.index(model.rowCount() - 1, _column(model, "name"))
    assert last.data(OrgIdRole) == everything[-1]
    assert [model.org_id(row) for row in range(model.rowCount())] == everything
    for key in ("won_value", "name", "next_activity", "owner"):
        for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
            model.sort(_column(model, key), order)
            expected = _full_order(model, Sort(key), order == Qt.SortOrder.DescendingOrder)
            assert [model.org_id(row) for row in range(model.rowCount())] == expected
            assert model.ids() == expected
    qtmodeltester.check(model)


def test_accounts_beyond_the_first_rows_are_found_where_the_database_places_them(
    store: Path, small_window: int
) -> None:
    demo.generate(100, seed=3, today=TODAY)
    model = AccountsModel(ChangeHub())
    everything = _full_order(model, Sort.NAME, False)
    last, middle = everything[-1], everything[len(everything) // 2]
    assert model.row_of(last) == len(everything) - 1  # the ids up to it read to find it
    assert model.row_of(middle) == len(everything) // 2
    assert model.row_of(-1) is None
    assert model.row_of(everything[0]) == 0
    assert model.row_of(everything[1]) == 1
    model.sort(_column(model, "won_value"), Qt.SortOrder.DescendingOrder)
    by_value = _full_order(model, Sort.WON_VALUE, True)
    assert model.row_of(last) == by_value.index(last)
    assert model.row_of(-1) is None
    assert [model.row_of(org) for org in by_value] == list(range(len(by_value)))


def test_a_sort_keeps_the_current_row_when_it_lies_beyond_the_first_rows(
    store: Path, small_window: int, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo.generate(100, seed=3, today=TODAY)
    model = AccountsModel(ChangeHub())
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().resizeSection(0, 240)  # as restored from the last session
    view.show()
    read: list[int] = []
    original = account_list.account_ids
    monkeypatch.setattr(
        account_list,
        "account_ids",
        lambda *a, **k: read.append(k.get("limit")) or original(*a, **k),
    )
    model.sort(_column(model, "people"), Qt.SortOrder.DescendingOrder)
    assert read == [small_window]  # nothing selected: the new top only, header or not
    monkeypatch.setattr(account_list, "account_ids", original)
    deep = model.rowCount() - 3
    view.setCurrentIndex(model.index(deep, 0))
    chosen = model.org_id(deep)
    model.sort(_column(model, "won_value"), Qt.SortOrder.DescendingOrder)
    assert model.org_id(view.currentIndex().row()) == chosen
    assert view.currentIndex().row() == model.row_of(chosen)


def test_changes_beyond_the_rows_read_keep_the_list_whole(
    store: Path, small_window: int, qtmodeltester: ModelTester, qtbot: QtBot
) -> None:
    demo.generate(100, seed=3, today=TODAY)
    hub = ChangeHub()
    model = AccountsModel(hub)
    qtmodeltester.check(model)
    model = AccountsModel(hub)  # only the first window read again
    last = _full_order(model, Sort.NAME, False)[-1]
    hub.publish(organizations.update_organization(last, name="Aaron First Ltd"))  # to the top
    assert model.org_id(0) == last
    assert model.ids() == _full_order(model, Sort.NAME, False)
    model = AccountsModel(hub)
    qtbot.waitUntil(lambda: not model.counting)
    count = model.rowCount()
    hub.publish(organizations.delete_organization(model.org_id(2)))
    assert model.rowCount() == count - 1
    assert model.ids() == _full_order(model, Sort.NAME, False)
    hub.publish(_won_change())
    assert model.rowCount() == count
    assert model.ids() == _full_order(model, Sort.NAME, False)
    qtmodeltester.check(model)


def test_one_change_that_swaps_a_shown_account_for_another_resets_the_list(
    store: Path, small_window: int, qtbot: Any
) -> None:
    demo.generate(100, seed=3, today=TODAY)
    hub = ChangeHub()
    model = AccountsModel(hub)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(1, 0))
    qtbot.waitUntil(lambda: not model.counting)
    count = model.rowCount()
    gone = model.org_id(1)
    # Written together, published as one change: the same number of rows, not the same rows.
    change = organizations.delete_organization(gone) | _won_change()
    hub.publish(change)
    assert model.rowCount() == count
    assert model.row_of(gone) is None
    assert model.ids() == _full_order(model, Sort.NAME, False)


def test_a_change_to_one_account_reads_no_list_of_ids_again(
    store: Path, small_window: int, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """With the list scrolled to its end (every id read), renaming one account moves its row
    without reading the ids again: the cost of a write does not grow with the list."""
    demo.generate(100, seed=3, today=TODAY)
    hub = ChangeHub()
    model = AccountsModel(hub)
    qtbot.waitUntil(lambda: not model.counting)
    model.ids()
    read = _count_id_reads(monkeypatch)
    moved = model.org_id(10)
    hub.publish(organizations.update_organization(moved, name="Zebra Last Ltd"))
    assert read == []
    assert model.org_id(model.rowCount() - 1) == moved
    assert model.ids() == _full_order(model, Sort.NAME, False)
