"""Reading accounts: the rows the list, the board and the CLI show, read from the summary table."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from accountmgr.domain.buckets import Bucket, bucket_for, bucket_range
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


def search_clause(text: str) -> tuple[str, str]:
    """A condition on the summary row `s` matching `text`, case-insensitively.

    Three characters or more search names, people, emails and phones anywhere, through the
    trigram index (a quoted phrase is a substring match, and folds case beyond ASCII). One or
    two characters, which have no trigram, match the start of organization names, through the
    name index: what a person typing the first letters of a customer expects.
    """
    if len(text) >= 3:
        phrase = '"' + text.replace('"', '""') + '"'
        return "s.org_id IN (SELECT rowid FROM org_search WHERE org_search MATCH ?)", phrase
    if not any(c in text for c in "%_\\"):
        return "s.name LIKE ?", f"{text}%"  # no ESCAPE clause, so the name index serves it
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return "s.name LIKE ? ESCAPE '\\'", f"{escaped}%"


def _filters(
    today: dt.date,
    first_weekday: int,
    bucket: Bucket | None,
    search: str | None,
    accounts_only: bool,
) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if accounts_only:
        clauses.append("s.won_count > 0")
    if bucket is not None:
        if bucket is Bucket.NO_ACTIVITY:
            clauses.append("s.next_due IS NULL")
        else:
            first, last = bucket_range(bucket, today, first_weekday)
            if first is not None:
                clauses.append("s.next_due >= ?")
                params.append(first.isoformat())
            if last is not None:
                clauses.append("s.next_due <= ?")
                params.append(last.isoformat())
    if search and search.strip():
        clause, param = search_clause(search.strip())
        clauses.append(clause)
        params.append(param)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    return where, params


def list_accounts(
    today: dt.date,
    first_weekday: int = 0,
    *,
    bucket: Bucket | None = None,
    search: str | None = None,
    accounts_only: bool = True,
) -> list[AccountRow]:
    """Accounts (or all organizations) matching the filters, by name."""
    where, params = _filters(today, first_weekday, bucket, search, accounts_only)
    rows = db.execute_sql(
        "SELECT s.org_id, s.name, u.name, s.won_count, s.won_value, s.account_since, "
        "s.last_done, s.next_due, s.next_due_time, s.next_subject "
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
        )
        for row in rows
    ]


@dataclass(frozen=True)
class Totals:
    accounts: int
    won_value: int
    contacted_recently: int


def totals(today: dt.date, recent_days: int = 30) -> Totals:
    """How many accounts, their total won value, and how many were contacted recently."""
    since = (today - dt.timedelta(days=recent_days)).isoformat()
    row = db.execute_sql(
        "SELECT count(*), COALESCE(sum(won_value), 0), "
        "COALESCE(sum(last_done >= ?), 0) FROM org_summary WHERE won_count > 0",
        (since,),
    ).fetchone()
    return Totals(int(row[0]), int(row[1]), int(row[2]))


def is_empty() -> bool:
    """True when the database holds no organization, person or deal yet."""
    row = db.execute_sql(
        "SELECT EXISTS(SELECT 1 FROM organization) OR EXISTS(SELECT 1 FROM person) "
        "OR EXISTS(SELECT 1 FROM deal)"
    ).fetchone()
    return not row[0]
