"""Reading accounts: the rows the list, the board and the CLI show, read from the summary table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

from accountmgr.domain.account_list import (
    AccountFilter,
    Shown,
    account_count,
    account_count_read,
    shown_totals,
    where_clause,
)
from accountmgr.domain.buckets import Bucket, bucket_for
from accountmgr.domain.reads import Read, Rows, together
from accountmgr.store.models import db


@dataclass(frozen=True)
class AccountRow:
    id: int
    name: str
    owner: str | None
    won_deals: int
    won_value: int  # default currency, minor units
    account_since: str | None
    last_activity_done: str | None
    next_activity_due: str | None
    next_activity_time: str | None
    next_activity_subject: str | None
    bucket: Bucket
    won_unpriced: int = 0  # won deals in a currency without a rate yet (not in won_value)


def list_accounts(
    today: dt.date,
    first_weekday: int = 0,
    *,
    bucket: Bucket | None = None,
    search: str | None = None,
    accounts_only: bool = True,
) -> list[AccountRow]:
    """Accounts (or all organizations) matching the filters, by name."""
    flt = AccountFilter(search=search or "", bucket=bucket, accounts_only=accounts_only)
    where, params = where_clause(flt, today, first_weekday)
    rows = db.execute_sql(
        "SELECT s.org_id, s.name, u.name, s.won_count, s.won_value, s.account_since, "
        "s.last_done, s.next_due, s.next_due_time, s.next_subject, s.won_unpriced "
        f'FROM org_summary s LEFT JOIN "user" u ON u.id = s.owner_id {where} '
        "ORDER BY s.name COLLATE NOCASE, s.org_id",
        params,
    )
    return [
        AccountRow(
            id=row[0],
            name=row[1],
            owner=row[2],
            won_deals=row[3],
            won_value=row[4],
            account_since=row[5],
            last_activity_done=row[6],
            next_activity_due=row[7],
            next_activity_time=row[8],
            next_activity_subject=row[9],
            bucket=bucket_for(
                dt.date.fromisoformat(row[7]) if row[7] else None, today, first_weekday
            ),
            won_unpriced=row[10],
        )
        for row in rows
    ]


@dataclass(frozen=True)
class Totals:
    accounts: int
    won_value: int
    contacted_recently: int
    contacted_90: int = 0  # contacted in the last 90 days
    nothing_planned: int = 0  # no open activity
    unpriced: int = 0  # accounts with won deals in a currency without a rate yet


def totals(today: dt.date, recent_days: int = 30) -> Totals:
    """How many accounts, their total won value, how many were contacted recently, and how
    many accounts' won value leaves out deals in a currency without an exchange rate yet (when
    not 0, the total is incomplete: "no rate yet")."""
    return _totals(*together(_totals_reads(today, recent_days)))


def _totals_reads(today: dt.date, recent_days: int) -> list[Read[Any]]:
    since = (today - dt.timedelta(days=recent_days)).isoformat()
    since_90 = (today - dt.timedelta(days=90)).isoformat()

    def first(rows: Rows) -> tuple[Any, ...]:
        return rows[0]

    # Each figure from the partial index of accounts that answers it, the contact counts as
    # index ranges: no query reads every account's row.
    return [
        Read(
            "SELECT count(*), COALESCE(sum(won_value), 0) "
            "FROM org_summary INDEXED BY org_summary_account_won_value WHERE won_count > 0",
            (),
            first,
        ),
        Read(
            "SELECT (SELECT count(*) FROM org_summary INDEXED BY org_summary_account_last_done "
            "WHERE won_count > 0 AND last_done >= ?), (SELECT count(*) FROM org_summary "
            "INDEXED BY org_summary_account_last_done WHERE won_count > 0 AND last_done >= ?)",
            (since, since_90),
            first,
        ),
        Read(
            "SELECT count(*) FROM org_summary INDEXED BY org_summary_account_due "
            "WHERE won_count > 0 AND next_due IS NULL",
            (),
            first,
        ),
        Read(
            "SELECT count(*) FROM org_summary INDEXED BY org_summary_unpriced "
            "WHERE won_unpriced > 0 AND won_count > 0",
            (),
            first,
        ),
    ]


def _totals(
    row: tuple[Any, ...],
    contacted: tuple[Any, ...],
    planned: tuple[Any, ...],
    unpriced: tuple[Any, ...],
) -> Totals:
    return Totals(
        int(row[0]),
        int(row[1]),
        int(contacted[0]),
        int(contacted[1]),
        int(planned[0]),
        int(unpriced[0]),
    )


def shown_figures(
    flt: AccountFilter, *, today: dt.date, first_weekday: int = 0, recent_days: int = 30
) -> Shown:
    """The status bar's figures of what the filter shows (see account_list.Shown), with the
    organizations it would show but for "accounts only" (`others`), each way the cheapest:
    every account from the covering indexes; a search in one pass with its "others" (the
    full-text search runs once); any other filter as its figures and a count."""
    if flt == AccountFilter():
        *parts, everyone = together(
            [
                *_totals_reads(today, recent_days),
                account_count_read(AccountFilter(accounts_only=False), today=today),
            ]
        )
        found = _totals(*parts)
        return Shown(
            found.accounts,
            found.won_value,
            found.contacted_recently,
            found.contacted_90,
            found.nothing_planned,
            found.unpriced,
            others=everyone - found.accounts,
        )
    if len(flt.search.strip()) >= 3:
        return shown_totals(flt, today=today, first_weekday=first_weekday, others=True)
    shown = shown_totals(flt, today=today, first_weekday=first_weekday)
    if not flt.accounts_only:
        return shown
    everyone = account_count(
        replace(flt, accounts_only=False), today=today, first_weekday=first_weekday
    )
    return replace(shown, others=everyone - shown.count)


def is_empty() -> bool:
    """True when the database holds no organization, person or deal yet."""
    row = db.execute_sql(
        "SELECT EXISTS(SELECT 1 FROM organization) OR EXISTS(SELECT 1 FROM person) "
        "OR EXISTS(SELECT 1 FROM deal)"
    ).fetchone()
    return not row[0]
