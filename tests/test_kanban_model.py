"""Kanban column models: model tester, paging, drag data, refresh through the change hub."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex
from pytestqt.modeltest import ModelTester

from accountmgr.domain import activities, deals, demo, organizations
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.qtmodels.account_columns import OrgIdRole
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
    move = activities.move_next_activities([org], TODAY + dt.timedelta(days=1))
    assert move.moves
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


def _column_from_scratch(board: KanbanBoard, bucket: Bucket) -> list[int]:
    """The column's cards as a board built afresh reads them, every page fetched."""
    fresh = KanbanBoard(ChangeHub())
    fresh.refresh()
    column = fresh.columns[bucket]
    while column.canFetchMore(QModelIndex()):
        column.fetchMore(QModelIndex())
    return column.ids_loaded()


def test_a_change_in_a_column_scrolled_far_down_keeps_its_cards_and_their_place(
    store: Path, qtmodeltester: ModelTester
) -> None:
    """A drop from the end of a long column: the card leaves its row and arrives in its new
    column, and nothing else of either column is read again or reset (a reset would throw a
    person's scrolled column back to its top)."""
    overdue = [
        _account(f"Late {n:03d}", TODAY - dt.timedelta(days=1 + n % 40)) for n in range(3 * PAGE)
    ]
    later = [_account(f"Later {n:03d}", TODAY + dt.timedelta(days=30 + n)) for n in range(5)]
    hub = ChangeHub()
    board = KanbanBoard(hub)
    board.refresh()
    column = board.columns[Bucket.OVERDUE]
    qtmodeltester.check(column)
    while column.canFetchMore(QModelIndex()):
        column.fetchMore(QModelIndex())
    assert column.rowCount() == len(overdue)
    resets: list[Bucket] = []
    for bucket, model in board.columns.items():
        model.modelReset.connect(lambda b=bucket: resets.append(b))
    removed: list[int] = []
    column.rowsRemoved.connect(lambda _parent, first, _last: removed.append(first))

    moving = column.org_id(column.rowCount() - 3)
    move = activities.move_next_activities([moving], TODAY + dt.timedelta(days=31))
    assert move.moves
    hub.publish(move.change)

    assert resets == []
    assert removed == [len(overdue) - 3]
    assert column.ids_loaded() == _column_from_scratch(board, Bucket.OVERDUE)
    assert board.columns[Bucket.LATER].ids_loaded() == _column_from_scratch(board, Bucket.LATER)
    assert board.columns[Bucket.LATER].ids_loaded().index(moving) == 1  # after Later 000
    assert board.totals[Bucket.OVERDUE].count == len(overdue) - 1
    assert board.totals[Bucket.LATER].count == len(later) + 1


def test_pages_after_changes_continue_where_the_loaded_cards_end(store: Path) -> None:
    """A card arriving beyond the loaded cards is not shown out of order; the next page
    brings it in its place, and no card is skipped or shown twice."""
    for n in range(2 * PAGE):
        _account(f"Late {n:03d}", TODAY - dt.timedelta(days=1 + n))
    far = _account("Far down", TODAY + dt.timedelta(days=3))
    near = _account("Near the top", TODAY + dt.timedelta(days=3))
    hub = ChangeHub()
    board = KanbanBoard(hub)
    board.refresh()
    column = board.columns[Bucket.OVERDUE]
    assert column.rowCount() == PAGE
    # Oldest first: ten days overdue sorts among the cards not loaded yet, 97 days among the
    # first page.
    for org, days in ((far, 10), (near, 2 * PAGE - 3)):
        move = activities.move_next_activities([org], TODAY - dt.timedelta(days=days))
        assert move.moves
        hub.publish(move.change)
    assert far not in column.ids_loaded()
    assert column.ids_loaded().index(near) == 4  # after the three older ones and its twin
    first_card = column.org_id(0)
    move = activities.move_next_activities([first_card], TODAY)
    assert move.moves
    hub.publish(move.change)
    while column.canFetchMore(QModelIndex()):
        column.fetchMore(QModelIndex())
    assert column.ids_loaded() == _column_from_scratch(board, Bucket.OVERDUE)
    assert len(set(column.ids_loaded())) == 2 * PAGE + 1


def test_the_last_loaded_card_moving_further_down_its_column_skips_no_card(
    store: Path,
) -> None:
    """The next page follows the last loaded card: when that card itself moves further down
    its column, it leaves the loaded cards, and the pages after bring every card once."""
    for n in range(2 * PAGE):
        _account(f"Late {n:03d}", TODAY - dt.timedelta(days=2 * PAGE + 10 - n))
    hub = ChangeHub()
    board = KanbanBoard(hub)
    board.refresh()
    column = board.columns[Bucket.OVERDUE]
    last = column.org_id(column.rowCount() - 1)
    move = activities.move_next_activities([last], TODAY - dt.timedelta(days=1))
    assert move.moves
    hub.publish(move.change)
    while column.canFetchMore(QModelIndex()):
        column.fetchMore(QModelIndex())
    assert column.ids_loaded() == _column_from_scratch(board, Bucket.OVERDUE)
