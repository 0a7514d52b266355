"""The account list model: Qt's model tester at 0, 1 and many rows and after every change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from accountmgr.domain import activities, customfields, deals, demo, notes, organizations
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.changes import EVERYTHING
from accountmgr.qtmodels.accounts_model import (
    BASE_COLUMNS,
    AccountsModel,
    OrgIdRole,
    SortKeyRole,
    StateRole,
)
from accountmgr.qtmodels.hub import ChangeHub
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def _english() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


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
