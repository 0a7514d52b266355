"""The account list queries: every sort equals sorting in Python, every filter a hand count."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from pathlib import Path

import pytest

from accountmgr.domain import (
    account_list,
    accounts,
    activities,
    customfields,
    deals,
    demo,
    integrity,
    organizations,
    snapshots,
)
from accountmgr.domain.account_list import NO_OWNER, AccountFilter, Sort
from accountmgr.domain.buckets import Bucket, bucket_for
from accountmgr.domain.errors import ValidationError
from accountmgr.store.models import db
from tests.conftest import TODAY


@pytest.fixture
def demo_store(store: Path) -> Path:
    demo.generate(120, seed=3, today=TODAY)
    return store


def _all_rows() -> list[account_list.ListRow]:
    ids = account_list.account_ids(AccountFilter(accounts_only=False), today=TODAY)
    return list(account_list.rows(ids).values())


def _python_key(sort: Sort, row: account_list.ListRow) -> tuple[object, ...]:
    """The order each column promises, written independently of the SQL."""
    match sort:
        case Sort.NAME:
            return (row.name.lower(),)
        case Sort.OWNER:
            return (row.owner is None, (row.owner or "").lower())
        case Sort.WON_DEALS:
            return (row.won_deals,)
        case Sort.WON_VALUE:
            return (row.won_value,)
        case Sort.OPEN_VALUE:
            return (row.open_value,)
        case Sort.PEOPLE:
            return (row.people,)
        case Sort.LAST_CONTACTED:
            return (row.last_contacted is not None, row.last_contacted or "")
        case Sort.NEXT_ACTIVITY:
            return (row.next_due is None, row.next_due or "", row.next_due_time or "")
        case Sort.ACCOUNT_SINCE:
            return (row.account_since is not None, row.account_since or "")
        case Sort.LABEL:
            return (row.label == "", row.label.lower())
        case Sort.DUE:
            return (
                row.next_due is not None,
                row.next_due or "",
                row.next_due_time is not None,
                row.next_due_time or "",
            )


@pytest.mark.parametrize("sort", list(Sort))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_equals_sorting_the_rows_in_python(
    demo_store: Path, sort: Sort, descending: bool
) -> None:
    flt = AccountFilter(accounts_only=False)
    ids = account_list.account_ids(flt, sort, descending, today=TODAY)
    rows = {row.id: row for row in _all_rows()}
    expected = sorted(rows, key=lambda i: (*_python_key(sort, rows[i]), i), reverse=descending)
    assert ids == expected


@pytest.mark.sqlite_only  # SQLite's query plans
@pytest.mark.parametrize("column", account_list.SORT_COLUMNS, ids=lambda c: str(c.key))
def test_each_sort_column_is_backed_by_the_index_it_names(
    demo_store: Path, column: account_list.SortColumn
) -> None:
    """A page of accounts in a column's order walks the index the column names (no sorting of
    every account), and a column that names none is sorted."""
    where, params = account_list.where_clause(AccountFilter(), TODAY, 0)
    for descending in (False, True):
        plan = " / ".join(
            str(step[-1])
            for step in db.execute_sql(
                f"EXPLAIN QUERY PLAN SELECT s.org_id FROM org_summary s {column.join} {where} "
                f"{column.order_by(descending)} LIMIT 100",
                [*column.join_params, *params],
            )
        )
        if column.index is None:
            assert "TEMP B-TREE FOR ORDER BY" in plan
        else:
            assert f"USING INDEX {column.index}" in plan or (
                f"USING COVERING INDEX {column.index}" in plan
            ), plan
            assert "TEMP B-TREE FOR ORDER BY" not in plan, plan  # no sort of every row


def test_every_sort_key_has_one_sort_column() -> None:
    assert [column.key for column in account_list.SORT_COLUMNS] == list(Sort)


def test_filters_against_hand_computed_expectations(demo_store: Path) -> None:
    rows = _all_rows()
    accounts = [r for r in rows if r.won_deals > 0]

    def ids(**kwargs: object) -> set[int]:
        return set(account_list.account_ids(AccountFilter(**kwargs), today=TODAY))  # type: ignore[arg-type]

    assert ids() == {r.id for r in accounts}
    assert ids(accounts_only=False) == {r.id for r in rows}
    owner = accounts[0].owner_id
    assert ids(owner_id=owner) == {r.id for r in accounts if r.owner_id == owner}
    label = next(r.label for r in accounts if r.label)
    assert ids(label=label) == {r.id for r in accounts if r.label == label}
    for bucket in Bucket:
        expected = {
            r.id
            for r in accounts
            if bucket_for(dt.date.fromisoformat(r.next_due) if r.next_due else None, TODAY)
            is bucket
        }
        assert ids(bucket=bucket) == expected, bucket
    cutoff = (TODAY - dt.timedelta(days=30)).isoformat()
    assert ids(not_contacted_days=30) == {
        r.id for r in accounts if r.last_contacted is None or r.last_contacted < cutoff
    }
    name = accounts[0].name
    assert accounts[0].id in ids(search=name[2:8])
    totals = account_list.shown_totals(AccountFilter(), today=TODAY)
    assert (totals.count, totals.won_value) == (len(accounts), sum(r.won_value for r in accounts))


def test_owner_filter_for_organizations_without_owner(store: Path) -> None:
    lone = organizations.create_organization("Lone Wolf Ltd").id
    owned = organizations.create_organization(
        "Pack Ltd", owner_id=organizations.create_user("Ana")
    ).id
    flt = AccountFilter(owner_id=NO_OWNER, accounts_only=False)
    assert account_list.account_ids(flt, today=TODAY) == [lone]
    assert owned not in account_list.account_ids(flt, today=TODAY)


def test_sorting_by_a_custom_field(store: Path) -> None:
    seats = customfields.create_field("organization", "Seats", "number")
    ids = [organizations.create_organization(n).id for n in ("A", "B", "C")]
    customfields.set_value(seats.id, ids[0], "30")
    customfields.set_value(seats.id, ids[2], "4")
    flt = AccountFilter(accounts_only=False)
    # Numbers sort as numbers (4 before 30), empty values last.
    assert account_list.account_ids(flt, seats.id, today=TODAY) == [ids[2], ids[0], ids[1]]
    tier = customfields.create_field("organization", "Tier", "text")
    customfields.set_value(tier.id, ids[0], "b")
    customfields.set_value(tier.id, ids[1], "A")
    assert account_list.account_ids(flt, tier.id, today=TODAY) == [ids[1], ids[0], ids[2]]
    with pytest.raises(ValidationError, match="decimal point"):
        customfields.set_value(seats.id, ids[0], "1,5")


def test_custom_values_are_validated_per_type(store: Path) -> None:
    org = organizations.create_organization("Typed GmbH").id
    date = customfields.create_field("organization", "Renewal", "date")
    tier = customfields.create_field("organization", "Tier", "single_option", ("Gold", "Silver"))
    customfields.set_value(date.id, org, "2027-03-01")
    customfields.set_value(tier.id, org, "Gold")
    assert customfields.values_of("organization", [org], [date.id, tier.id]) == {
        org: {date.id: "2027-03-01", tier.id: "Gold"}
    }
    with pytest.raises(ValidationError, match="not a date"):
        customfields.set_value(date.id, org, "next March")
    with pytest.raises(ValidationError, match="not one of the options"):
        customfields.set_value(tier.id, org, "Bronze")
    customfields.set_value(tier.id, org, "")
    assert customfields.values_of("organization", [org], [tier.id]) == {}


def test_a_deleted_organization_comes_back_exactly(demo_store: Path) -> None:
    field = customfields.create_field("organization", "Segment", "text")
    org = account_list.account_ids(AccountFilter(), today=TODAY)[0]
    customfields.set_value(field.id, org, "Retail")
    before = _dump(org)
    snap = snapshots.snapshot(org)
    organizations.delete_organization(org)
    assert (
        db.execute_sql(
            "SELECT count(*) FROM activity WHERE organization_id = ?", (org,)
        ).fetchone()[0]
        == 0
    )
    assert customfields.values_of("organization", [org], [field.id]) == {}
    assert snapshots.restore(snap).org_ids == {org}
    assert _dump(org) == before
    assert integrity.problems() == []


def _dump(org: int) -> tuple[object, ...]:
    return tuple(
        tuple(db.execute_sql(f"SELECT * FROM {table} WHERE {column} = ? ORDER BY 1", (org,)))
        for table, column in (
            ("organization", "id"),
            ("deal", "organization_id"),
            ("activity", "organization_id"),
            ("note", "organization_id"),
            ("person", "organization_id"),
            ("org_summary", "org_id"),
            ("custom_value", "entity_id"),
        )
    )


def test_bulk_owner_change_and_its_undo(demo_store: Path) -> None:
    ids = account_list.account_ids(AccountFilter(), today=TODAY)[:10]
    new_owner = organizations.create_user("Nadia Haddad")
    before, change = organizations.set_owner(ids, new_owner)
    assert change.org_ids == set(ids)
    rows = account_list.rows(ids)
    assert {r.owner for r in rows.values()} == {"Nadia Haddad"}
    organizations.restore_owners(before)
    assert {i: r.owner_id for i, r in account_list.rows(ids).items()} == before
    assert integrity.problems() == []


def test_a_campaign_schedules_one_activity_per_account_and_can_be_undone(
    demo_store: Path,
) -> None:
    ids = account_list.account_ids(AccountFilter(), today=TODAY)
    day = TODAY + dt.timedelta(days=3)
    seen: list[int] = []
    campaign = activities.schedule_for_each(
        ids,
        "Satisfaction call",
        day,
        type_id=activities.type_id("call"),
        progress=lambda done, total: seen.append(done),
    )
    assert len(campaign.activity_ids) == len(ids)
    assert seen[-1] == len(ids)
    for row in account_list.rows(ids).values():
        assert row.next_due is not None
        assert row.next_due <= day.isoformat()
    assert integrity.problems() == []
    activities.delete_activities(list(campaign.activity_ids))
    assert integrity.problems() == []


def test_a_cancelled_campaign_leaves_nothing(demo_store: Path) -> None:
    ids = account_list.account_ids(AccountFilter(), today=TODAY)
    count = db.execute_sql("SELECT count(*) FROM activity").fetchone()[0]

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        activities.schedule_for_each(
            ids * 10, "Call", TODAY, type_id=activities.type_id("call"), progress=cancel
        )
    assert db.execute_sql("SELECT count(*) FROM activity").fetchone()[0] == count


@pytest.mark.parametrize("first_weekday", [0, 6])
def test_the_board_counts_every_column_like_the_bucket_rule(
    demo_store: Path, first_weekday: int
) -> None:
    rows = [r for r in _all_rows() if r.won_deals > 0]
    board = account_list.board(AccountFilter(), today=TODAY, first_weekday=first_weekday)
    assert list(board) == list(Bucket)
    for bucket, shown in board.items():
        members = [
            r
            for r in rows
            if bucket_for(
                dt.date.fromisoformat(r.next_due) if r.next_due else None, TODAY, first_weekday
            )
            is bucket
        ]
        assert (shown.count, shown.won_value) == (
            len(members),
            sum(r.won_value for r in members),
        ), bucket


def test_columns_page_through_their_accounts(demo_store: Path) -> None:
    flt = AccountFilter(bucket=Bucket.OVERDUE)
    everything = account_list.account_ids(flt, Sort.NEXT_ACTIVITY, today=TODAY)
    pages = [
        account_list.account_ids(flt, Sort.NEXT_ACTIVITY, today=TODAY, limit=5, offset=offset)
        for offset in range(0, len(everything), 5)
    ]
    assert [i for page in pages for i in page] == everything
    assert all(len(page) == 5 for page in pages[:-1])


# -- pages, positions and the board's figures, as the views read them -------------------------

_FILTERS = (
    AccountFilter(),
    AccountFilter(accounts_only=False),
    AccountFilter(bucket=Bucket.OVERDUE),
    AccountFilter(bucket=Bucket.NO_ACTIVITY),
    AccountFilter(search="example"),
    AccountFilter(search="ltd"),
    AccountFilter(not_contacted_days=90),
)


@pytest.mark.parametrize("descending", [False, True])
def test_a_page_after_any_row_and_any_row_s_position_agree_with_the_whole_list(
    demo_store: Path, descending: bool
) -> None:
    """Pages that follow a row (what the board's columns read) and a row's position (where a
    changed row moves to) give the same rows as the whole list, for every sort with its NULLs,
    ties and collations, and for a custom field."""
    sorts: list[Sort | int] = [*Sort, customfields.definitions("organization")[0].id]
    for flt in _FILTERS:
        for sort in sorts:
            ids = account_list.account_ids(flt, sort, descending, today=TODAY)
            for row in range(0, len(ids), max(1, len(ids) // 9)):
                org = ids[row]
                assert account_list.position(flt, org, sort, descending, today=TODAY) == row
                page = account_list.account_ids(
                    flt, sort, descending, today=TODAY, limit=5, after=org
                )
                assert page == ids[row + 1 : row + 6], (flt, sort)
    hidden = account_list.account_ids(AccountFilter(accounts_only=False), today=TODAY)[-1]
    assert account_list.position(AccountFilter(search="zzzz"), hidden, today=TODAY) is None


@pytest.mark.parametrize("term", ["example", "ltd", "gmbh & co", "nordic", "50%", "a_b", "é"])
def test_the_first_page_of_a_search_is_the_top_of_its_whole_result(
    demo_store: Path, term: str
) -> None:
    """A common term fills the first page from the rows in display order, a rare one from the
    full-text index (on a server: its matches read first, then sorted): either way the same
    rows as the whole result's top, in every order."""
    flt = AccountFilter(search=term)
    for sort, descending in itertools.product(Sort, (False, True)):
        everything = account_list.account_ids(flt, sort, descending, today=TODAY)
        for limit in (1, 7, 30):
            first = account_list.account_ids(flt, sort, descending, today=TODAY, limit=limit)
            assert first == everything[:limit], (term, sort, descending, limit)


def test_the_board_figures_match_the_rows_of_each_column(demo_store: Path) -> None:
    for flt in _FILTERS:
        figures = account_list.board(flt, today=TODAY)
        for bucket in Bucket:
            ids = account_list.account_ids(
                dataclasses.replace(flt, bucket=bucket), Sort.DUE, today=TODAY
            )
            value = sum(r.won_value for r in account_list.rows(ids).values())
            assert (figures[bucket].count, figures[bucket].won_value) == (len(ids), value)


def test_the_status_bar_figures_agree_with_the_rows_they_count(demo_store: Path) -> None:
    """Whichever way they are read (covering indexes, one pass with a search, a pass and a
    count), the figures are those of the rows the list shows, and `others` counts what
    "accounts only" hides."""
    for flt in (*_FILTERS, AccountFilter(search="exa"), AccountFilter(owner_id=NO_OWNER)):
        shown = accounts.shown_figures(flt, today=TODAY)
        ids = account_list.account_ids(flt, today=TODAY)
        rows = account_list.rows(ids).values()
        assert shown.count == len(ids)
        assert shown.won_value == sum(r.won_value for r in rows)
        assert shown.nothing_planned == sum(r.next_due is None for r in rows)
        since_90 = (TODAY - dt.timedelta(days=90)).isoformat()
        assert shown.contacted_90 == sum(
            bool(r.last_contacted and r.last_contacted >= since_90) for r in rows
        )
        everyone = account_list.account_ids(
            dataclasses.replace(flt, accounts_only=False), today=TODAY
        )
        assert shown.others == (len(everyone) - len(ids) if flt.accounts_only else 0), flt


def _plan(sql: str, params: list[object]) -> str:
    return " | ".join(row[3] for row in db.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params))


@pytest.mark.sqlite_only  # SQLite's query plans
@pytest.mark.parametrize(
    ("flt", "index"),
    [
        (AccountFilter(label="Gold"), "org_summary_account_label_value"),
        (AccountFilter(not_contacted_days=90), "org_summary_account_contact"),
    ],
)
def test_a_filter_is_counted_through_its_index(
    demo_store: Path, flt: AccountFilter, index: str
) -> None:
    """The count and the figures that follow a filter's first screen read an index, not every
    account (a full scan took 20-25 ms at 50,000 accounts)."""
    where, params = account_list.where_clause(flt, TODAY, 0)
    assert index in _plan(f"SELECT count(*) FROM org_summary s {where}", params)


@pytest.mark.sqlite_only  # SQLite's query plans
def test_the_no_activity_column_reads_its_first_cards_from_its_own_index(
    demo_store: Path,
) -> None:
    traced: list[str] = []
    original = db.execute_sql

    def tracing(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        traced.append(sql)
        return original(sql, params, *args, **kwargs)

    db.obj.execute_sql = tracing
    try:
        account_list.account_ids(
            AccountFilter(bucket=Bucket.NO_ACTIVITY), Sort.NAME, today=TODAY, limit=50
        )
    finally:
        del db.obj.execute_sql
    assert "org_summary_account_idle_name" in _plan(traced[-1], [50, 0])


def test_card_keys_order_a_column_as_the_database_does(demo_store: Path) -> None:
    """The board places a moved card by comparing keys in Python: they must order every column
    as SQL does, names folded like NOCASE (ASCII only), times missing first, ties by id."""
    for name in ("élan Vital", "Zeta AG", "alpha GmbH", "Ärzte eG", "ALPHA GmbH", "Émile SARL"):
        won = organizations.create_organization(name).id
        deal = deals.create_deal("D", org_id=won, value_minor=100, currency="EUR").id
        deals.mark_won(deal)
    for bucket in Bucket:
        sort = Sort.NAME if bucket is Bucket.NO_ACTIVITY else Sort.DUE
        ids = account_list.account_ids(AccountFilter(bucket=bucket), sort, today=TODAY)
        keys = account_list.card_keys(ids, sort)
        assert sorted(ids, key=keys.__getitem__) == ids, bucket
