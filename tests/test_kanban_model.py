"""Kanban column models: model tester, paging, drag data, refresh through the change hub."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex
from pytestqt.modeltest import ModelTester

from accountmgr.domain import activities, deals, demo, organizations
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.qtmodels.accounts_model import OrgIdRole
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.kanban_model import (
    MIME_TYPE,
    PAGE,
    CardRole,
    KanbanBoard,
    decode_ids,
    encode_ids,
)
from tests.conftest import TODAY


def _account(name: str, due: dt.date | None = None) -> int:
    org = organizations.create_organization(name).id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=50_000, currency="EUR").id)
    if due is not None:
        activities.create_activity("Call", due, type_id=activities.type_id("call"), org_id=org)
    return org


def test_every_column_passes_the_model_tester(store: Path, qtmodeltester: ModelTester) -> None:
    demo.generate(300, seed=6, today=TODAY)
    board = KanbanBoard(ChangeHub())
    board.refresh()
    for column in board.columns.values():
        qtmodeltester.check(column)
    assert sum(c.count for c in board.totals.values()) > 100


def test_columns_fetch_fifty_cards_at_a_time(store: Path) -> None:
    for n in range(PAGE + 7):
        _account(f"Forgotten {n:03d}")
    board = KanbanBoard(ChangeHub())
    board.refresh()
    column = board.columns[Bucket.NO_ACTIVITY]
    assert column.rowCount() == PAGE
    assert board.totals[Bucket.NO_ACTIVITY].count == PAGE + 7
    assert column.canFetchMore(QModelIndex())
    column.fetchMore(QModelIndex())
    assert column.rowCount() == PAGE + 7
    assert not column.canFetchMore(QModelIndex())
    assert column.index(0).data() == "Forgotten 000"


def test_a_change_moves_the_card_and_updates_the_headers(store: Path) -> None:
    org = _account("Kestrel Dental GmbH", TODAY)
    hub = ChangeHub()
    board = KanbanBoard(hub)
    board.refresh()
    assert board.column_of(org) is Bucket.TODAY
    assert board.totals[Bucket.TODAY].won_value == 50_000
    move = activities.move_next_activity(org, TODAY + dt.timedelta(days=1))
    assert move is not None
    hub.publish(move.change)
    assert board.column_of(org) is Bucket.TOMORROW
    assert board.totals[Bucket.TODAY].count == 0
    assert board.totals[Bucket.TOMORROW].count == 1
    card = board.columns[Bucket.TOMORROW].index(0).data(CardRole)
    assert card.next_due == (TODAY + dt.timedelta(days=1)).isoformat()


def test_drags_carry_organization_ids_in_our_own_mime_type(store: Path) -> None:
    first, second = _account("Alpha AG", TODAY), _account("Beta AG", TODAY)
    board = KanbanBoard(ChangeHub())
    board.set_filter(AccountFilter())
    column = board.columns[Bucket.TODAY]
    mime = column.mimeData([column.index(0), column.index(1)])
    assert decode_ids(mime) == [first, second]
    assert column.index(0).data(OrgIdRole) == first
    assert decode_ids(encode_ids([7])) == [7]
    plain = QMimeData()
    plain.setText("[1, 2]")
    assert decode_ids(plain) == []
    other_window = QMimeData()  # the same type from another running instance (another database)
    other_window.setData(MIME_TYPE, b'{"session": "elsewhere", "ids": [1]}')
    assert decode_ids(other_window) == []


def test_an_everything_change_rereads_card_data(store: Path) -> None:
    from accountmgr.domain import currencies

    org = organizations.create_organization("Dollar Inc.").id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=10_000, currency="USD").id)
    hub = ChangeHub()
    board = KanbanBoard(hub)
    board.refresh()
    column = board.columns[Bucket.NO_ACTIVITY]
    assert column.index(0).data(CardRole).won_value == 9_200
    hub.publish(currencies.set_exchange_rate("USD", 1_000_000))
    assert column.index(0).data(CardRole).won_value == 10_000
