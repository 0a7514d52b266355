"""The account list: filtered and sorted id lists, and row data fetched for a few ids at a time.

Everything is read from the per-organization summary, so filtering and sorting 50,000 accounts
is a single indexed SQL query; the view asks for row data only for what it shows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from accountmgr.domain import renewal
from accountmgr.domain.buckets import Bucket, bucket_range
from accountmgr.domain.currencies import default_currency_read
from accountmgr.domain.organizations import users_read
from accountmgr.domain.reads import Read, together
from accountmgr.domain.text_match import like_escaped, search_clause
from accountmgr.store import engine
from accountmgr.store.models import db

NO_OWNER = 0  # owner filter value meaning "organizations without an owner"


class Sort(StrEnum):
    NAME = "name"
    OWNER = "owner"
    WON_DEALS = "won_deals"
    WON_VALUE = "won_value"
    OPEN_VALUE = "open_value"
    PEOPLE = "people"
    LAST_CONTACTED = "last_contacted"
    NEXT_ACTIVITY = "next_activity"
    ACCOUNT_SINCE = "account_since"
    LABEL = "label"
    DUE = "due"  # by due date and time, for lists of accounts that all have something due


@dataclass(frozen=True)
class SortColumn:
    """How the list sorts by one column, in SQL: the ORDER BY terms on the summary row `s`
    (without the org_id that breaks ties), the join they need with its parameters, and the
    partial index of accounts that gives the order without sorting (made by the store's
    migrations; None: each page is sorted)."""

    key: Sort | int  # a Sort key, or a custom field id
    terms: tuple[str, ...]
    join: str = ""
    join_params: tuple[int, ...] = ()
    index: str | None = None

    def order_by(self, descending: bool) -> str:
        """The ORDER BY clause, ties broken by id."""
        direction = " DESC" if descending else ""
        return "ORDER BY " + ", ".join(f"{term}{direction}" for term in (*self.terms, "s.org_id"))


# "Nothing" (no owner, no label, no next activity) sorts last ascending, except "never
# contacted", which is the oldest contact of all.
SORT_COLUMNS: tuple[SortColumn, ...] = (
    SortColumn(Sort.NAME, ("s.name COLLATE NOCASE",), index="org_summary_account_name"),
    # by the owner's name, which the summary does not hold: sorted after the join
    SortColumn(
        Sort.OWNER,
        ("u.name IS NULL", "u.name COLLATE NOCASE"),
        join='LEFT JOIN "user" u ON u.id = s.owner_id',
    ),
    SortColumn(Sort.WON_DEALS, ("s.won_count",), index="org_summary_account_won_count"),
    SortColumn(Sort.WON_VALUE, ("s.won_value",), index="org_summary_account_won_value"),
    SortColumn(Sort.OPEN_VALUE, ("s.open_value",), index="org_summary_account_open_value"),
    SortColumn(Sort.PEOPLE, ("s.people_count",), index="org_summary_account_people"),
    SortColumn(Sort.LAST_CONTACTED, ("s.last_done",), index="org_summary_account_last_done"),
    SortColumn(
        Sort.NEXT_ACTIVITY,
        ("s.next_due IS NULL", "s.next_due", "s.next_due_time"),
        index="org_summary_account_next",
    ),
    SortColumn(Sort.ACCOUNT_SINCE, ("s.account_since",), index="org_summary_account_since"),
    SortColumn(
        Sort.LABEL,
        ("s.label = ''", "s.label COLLATE NOCASE"),
        index="org_summary_account_label",
    ),
    SortColumn(Sort.DUE, ("s.next_due", "s.next_due_time"), index="org_summary_account_due"),
)
_SORT_COLUMN: dict[Sort | int, SortColumn] = {column.key: column for column in SORT_COLUMNS}


def sort_column(sort: Sort | int) -> SortColumn:
    """How the list sorts by a Sort key, or by the value of an organization custom field (its
    id): numbers as numbers, text without case; no value last ascending."""
    if isinstance(sort, Sort):
        return _SORT_COLUMN[sort]
    numeric = db.execute_sql(
        "SELECT field_type IN ('number', 'monetary') FROM custom_field WHERE id = ?", (sort,)
    ).fetchone()
    value = "CAST(cv.value AS REAL)" if numeric and numeric[0] else "cv.value COLLATE NOCASE"
    return SortColumn(
        sort,
        ("cv.value IS NULL", value),
        join="LEFT JOIN custom_value cv ON cv.field_id = ? AND cv.entity_id = s.org_id",
        join_params=(sort,),
    )


@dataclass(frozen=True)
class AccountFilter:
    """What the list shows. The defaults show every account."""

    search: str = ""
    owner_id: int | None = None  # None: anyone; NO_OWNER: nobody
    label: str | None = None
    bucket: Bucket | None = None
    not_contacted_days: int | None = None
    contacted_days: int | None = None  # contacted within this many days
    accounts_only: bool = True
    renews_within_days: int | None = None  # the renewal date falls in the next N days
    # Accounts picked elsewhere (a chart of the Overview), and what they are: shown as they
    # are, never remembered nor saved in a view.
    chosen: tuple[int, ...] | None = None
    chosen_title: str = ""


@dataclass(slots=True)
class ListRow:
    """One organization's row of the list, as read; nobody changes it after that (not frozen
    because a frozen dataclass takes ten times as long to build, and lists build thousands)."""

    id: int
    name: str
    owner_id: int | None
    owner: str | None
    won_deals: int
    won_value: int
    open_value: int
    people: int
    last_contacted: str | None
    next_activity_id: int | None
    next_due: str | None
    next_due_time: str | None
    next_type_id: int | None
    next_subject: str | None
    account_since: str | None
    label: str
    won_unpriced: int = 0  # won deals in a currency without a rate yet (not in won_value)

    @classmethod
    def blank(cls, org_id: int) -> ListRow:
        """A row for an organization deleted since its id was listed (shown empty until the
        change hub's refresh removes it)."""
        return cls(org_id, "", None, None, 0, 0, 0, 0, None, None, None, None, None, None, None, "")


def where_clause(flt: AccountFilter, today: dt.date, first_weekday: int) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if flt.accounts_only:
        # Half the organizations are accounts: said so, the planner counts and sorts through
        # the index of the sort or the filter, not through the index of won deals.
        clauses.append("likelihood(s.won_count > 0, 0.5)")
    if flt.owner_id == NO_OWNER:
        clauses.append("s.owner_id IS NULL")
    elif flt.owner_id is not None:
        clauses.append("s.owner_id = ?")
        params.append(flt.owner_id)
    if flt.label is not None:
        clauses.append("s.label = ?")
        params.append(flt.label)
    if flt.bucket is Bucket.NO_ACTIVITY:
        clauses.append("s.next_due IS NULL")
    elif flt.bucket is not None:
        first, last = bucket_range(flt.bucket, today, first_weekday)
        if first is not None:
            clauses.append("s.next_due >= ?")
            params.append(first.isoformat())
        if last is not None:
            clauses.append("s.next_due <= ?")
            params.append(last.isoformat())
    if flt.not_contacted_days is not None:
        since = today - dt.timedelta(days=flt.not_contacted_days)
        clauses.append("IFNULL(s.last_done, '') < ?")  # never contacted, or not since
        params.append(since.isoformat())
    if flt.contacted_days is not None:
        since = today - dt.timedelta(days=flt.contacted_days)
        clauses.append("s.last_done >= ?")
        params.append(since.isoformat())
    if flt.renews_within_days is not None:
        clauses.append(renewal.RENEWAL_CLAUSE)
        params.extend(renewal.window(today, flt.renews_within_days))
    if flt.chosen is not None:
        clauses.append("s.org_id IN (SELECT CAST(j.value AS INTEGER) FROM json_each(?) j)")
        params.append(json.dumps(list(flt.chosen)))
    if flt.search.strip():
        clause, param = search_clause(flt.search.strip())
        clauses.append(clause)
        params.append(param)
    return (f"WHERE {' AND '.join(clauses)}" if clauses else ""), params


def _beyond(
    terms: tuple[str, ...], values: Sequence[Any], descending: bool, after: bool
) -> tuple[str, list[Any]]:
    """A condition on `s` for the rows that come after (or before) the row whose ORDER BY
    terms have `values`, in the list's order; the last term is the org_id, unique. NULL sorts
    first ascending, as in SQLite's ORDER BY.

    The leading term also gets a plain range bound where it can, so an index on it starts
    at the row instead of at the list's top."""
    later = after != descending  # the rows wanted hold larger values
    alternatives: list[str] = []
    params: list[Any] = []
    equal: list[str] = []
    equal_params: list[Any] = []
    for bare, value in zip(terms, values, strict=True):
        term = f"({bare})"  # "s.next_due IS NULL IS ?" would read as "IS (NULL IS ?)"
        if value is None:
            step, step_params = (f"{term} IS NOT NULL", []) if later else ("1 = 0", [])
        elif later:
            step, step_params = f"{term} > ?", [value]
        else:
            step, step_params = f"({term} < ? OR {term} IS NULL)", [value]
        alternatives.append(" AND ".join([*equal, step]))
        params += [*equal_params, *step_params]
        equal.append(f"{term} IS ?")
        equal_params.append(value)
    condition = "(" + " OR ".join(f"({a})" for a in alternatives) + ")"
    if values[0] is not None and later:
        return f"({terms[0]}) >= ? AND {condition}", [values[0], *params]
    return condition, params


def _key_of(
    org_id: int, sort: Sort | int, where: str = "", params: Sequence[Any] = ()
) -> tuple[Any, ...] | None:
    """The values of the ORDER BY terms of one organization; None if it does not exist, or
    if the condition `where` (a WHERE clause on `s`, with its `params`) leaves it out."""
    column = sort_column(sort)
    condition = f"{where} AND s.org_id = ?" if where else "WHERE s.org_id = ?"
    row = db.execute_sql(
        f"SELECT {', '.join(column.terms)}, s.org_id FROM org_summary s {column.join} {condition}",
        [*column.join_params, *params, org_id],
    ).fetchone()
    return None if row is None else tuple(row)


def account_ids(
    flt: AccountFilter,
    sort: Sort | int = Sort.NAME,
    descending: bool = False,
    *,
    today: dt.date,
    first_weekday: int = 0,
    limit: int | None = None,
    offset: int = 0,
    after: int | None = None,
) -> list[int]:
    """Ids of the organizations the filter shows, in display order (a page of them with
    `limit` and `offset`, or with `limit` the ones that follow the organization `after`: a page
    that costs the same at the end of a long list as at its top).

    `sort` is a Sort key, or the id of an organization custom field to sort by its value.
    """
    rare = False  # none of the first rows matched the search: read its matches, then sort
    if limit is not None and not offset and after is None:
        common, seen = _common_term_page(flt, sort, descending, today, first_weekday, limit)
        if common is not None:
            return common
        rare = len(flt.search.strip()) >= 3 and not seen
    where, params = where_clause(flt, today, first_weekday)
    column = sort_column(sort)
    params = [*column.join_params, *params]
    if after is not None:
        key = _key_of(after, sort)
        if key is None:  # deleted meanwhile: the caller reads again from the top
            return []
        condition, more = _beyond((*column.terms, "s.org_id"), key, descending, after=True)
        where = f"{where} AND {condition}" if where else f"WHERE {condition}"
        params += more
    page = ""
    if limit is not None:
        page = " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    # The board's "No activity" column by name: the planner would rather sort every account
    # with nothing planned than walk the index made for it.
    hint = (
        _covering(flt, "idle_name")
        if flt.bucket is Bucket.NO_ACTIVITY and sort is Sort.NAME and not flt.search.strip()
        else ""
    )
    found = f"FROM org_summary s {hint} {column.join} {where}"
    if rare and engine.sorts_matches_apart():
        # A server's planner may walk the list's order looking for the few matches (all of
        # "saffron" lies under S: 40,000 rows at 100,000 organizations); behind OFFSET 0 it
        # reads the matches first, then sorts them.
        terms = (*column.terms, "s.org_id")
        keys = ", ".join(f"{term} AS k{i}" for i, term in enumerate(terms))
        order = ", ".join(f"k{i}{' DESC' if descending else ''}" for i in range(len(terms)))
        sql = f"SELECT k{len(terms) - 1} FROM (SELECT {keys} {found} OFFSET 0) AS m "
        sql += f"ORDER BY {order}{page}"
    else:
        sql = f"SELECT s.org_id {found} {column.order_by(descending)}{page}"
    return [row[0] for row in db.execute_sql(sql, params)]


def _before_parts(
    terms: tuple[str, ...], values: Sequence[Any], descending: bool
) -> list[tuple[str, list[Any]]]:
    """The rows before the row whose ORDER BY terms have `values`, as disjoint conditions that
    each let an index count them: equal on the first terms and before on the next one (NULL
    first ascending, last descending). A single condition with ORs between the terms would
    make SQLite count every row."""
    parts: list[tuple[str, list[Any]]] = []
    for depth, (bare, value) in enumerate(zip(terms, values, strict=True)):
        equal = [f"({t}) IS ?" for t in terms[:depth]]
        equal_params = list(values[:depth])
        term = f"({bare})"
        if descending:
            steps = [(f"{term} IS NOT NULL", [])] if value is None else [(f"{term} > ?", [value])]
        elif value is None:
            steps = []
        else:
            steps = [(f"{term} < ?", [value]), (f"{term} IS NULL", [])]
        for step, step_params in steps:
            parts.append((" AND ".join([*equal, step]), [*equal_params, *step_params]))
    return parts


COMMON_SCAN = 2_048  # rows a first page of a search may check one by one (about 5 ms at L)


def _common_term_page(
    flt: AccountFilter,
    sort: Sort | int,
    descending: bool,
    today: dt.date,
    first_weekday: int,
    limit: int,
) -> tuple[list[int] | None, bool]:
    """The first `limit` rows of a search for a common term ("example" in every account's
    emails): the rows in display order, each checked against
    its search text, as far as the page needs, where the full-text index would first list
    every match. The first `limit` rows tell how common the term is; None when filling the
    page would take more than COMMON_SCAN rows (a rarer term, for the index), or the term is
    not plain ASCII (LIKE folds the case of ASCII letters only). With it, whether any of
    the first rows matched."""
    text = flt.search.strip()
    if len(text) < 3 or not text.isascii():
        return None, False
    where, params = where_clause(replace(flt, search=""), today, first_weekday)
    column = sort_column(sort)
    escaped = like_escaped(text)

    def scan(rows: int) -> tuple[list[int], bool]:
        """The matches among the first `rows` rows, and whether those were all the rows."""
        found = db.execute_sql(
            "SELECT s.org_id, (SELECT f.body FROM org_search f WHERE f.rowid = s.org_id) "
            f"LIKE ? ESCAPE '\\' FROM org_summary s {column.join} {where} "
            f"{column.order_by(descending)} LIMIT ?",
            [f"%{escaped}%", *column.join_params, *params, rows],
        ).fetchall()
        return [org_id for org_id, hit in found if hit], len(found) < rows

    hits, whole = scan(limit)
    if len(hits) >= limit or whole:
        return hits[:limit], True
    needed = limit * limit * 5 // (4 * len(hits)) if hits else COMMON_SCAN + 1
    if needed > COMMON_SCAN:
        return None, bool(hits)
    hits, whole = scan(needed)
    return (hits[:limit] if len(hits) >= limit or whole else None), True


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def card_keys(org_ids: Sequence[int], sort: Sort) -> dict[int, tuple[Any, ...]]:
    """Keys that order these organizations in Python as a board column orders them in SQL:
    by due date and time, NULL times first (Sort.DUE), or by name, ASCII letters folded as
    SQLite's NOCASE folds them (Sort.NAME); ties by id. What is not there has no key."""
    if sort not in (Sort.DUE, Sort.NAME):
        raise ValueError(f"no Python order for {sort}")
    if not org_ids:
        return {}
    marks = ",".join("?" * len(org_ids))
    rows = db.execute_sql(
        f"SELECT s.org_id, s.name, s.next_due, s.next_due_time FROM org_summary s "
        f"WHERE s.org_id IN ({marks})",
        list(org_ids),
    )
    if sort is Sort.NAME:
        return {org: (str(name).translate(_ASCII_LOWER), org) for org, name, _, _ in rows}
    return {
        org: (due is not None, due or "", time is not None, time or "", org)
        for org, _, due, time in rows
    }


def position(
    flt: AccountFilter,
    org_id: int,
    sort: Sort | int = Sort.NAME,
    descending: bool = False,
    *,
    today: dt.date,
    first_weekday: int = 0,
) -> int | None:
    """The row of an organization in the list the filter shows in this order (how many rows
    come before it: an index count); None when the filter does not show it."""
    where, params = where_clause(flt, today, first_weekday)
    key = _key_of(org_id, sort, where, params)  # None: not shown
    if key is None:
        return None
    column = sort_column(sort)
    counts: list[str] = []
    count_params: list[Any] = []
    for part, part_params in _before_parts((*column.terms, "s.org_id"), key, descending):
        condition = f"{where} AND {part}" if where else f"WHERE {part}"
        counts.append(f"(SELECT count(*) FROM org_summary s {column.join} {condition})")
        count_params += [*column.join_params, *params, *part_params]
    row = db.execute_sql(f"SELECT {' + '.join(counts) or '0'}", count_params).fetchone()
    return int(row[0])


def account_count(flt: AccountFilter, *, today: dt.date, first_weekday: int = 0) -> int:
    """How many organizations the filter shows (an index count, cheaper than their ids)."""
    return account_count_read(flt, today=today, first_weekday=first_weekday).run()


def account_count_read(flt: AccountFilter, *, today: dt.date, first_weekday: int = 0) -> Read[int]:
    where, params = where_clause(flt, today, first_weekday)
    return Read(
        f"SELECT count(*) FROM org_summary s {where}", tuple(params), lambda rows: int(rows[0][0])
    )


def _covering(flt: AccountFilter, index: str) -> str:
    """Point the planner at a covering partial index of accounts (it tends to pick the
    won_count index, which makes it read every summary row)."""
    return f"INDEXED BY org_summary_account_{index}" if flt.accounts_only else ""


def board(flt: AccountFilter, *, today: dt.date, first_weekday: int = 0) -> dict[Bucket, Shown]:
    """Per kanban column: how many accounts the filter shows there and their won value; every
    column is present.

    Every account: one range count per column on the due-date index (seven short index walks
    cost less than a pass that sorts every account into its column). With a search or a
    filter: that one pass, which checks the filter once per row instead of seven times."""
    if replace(flt, bucket=None) == AccountFilter():
        counts: list[Read[Any]] = []
        for bucket in Bucket:  # read together: one round trip to a team's server
            where, params = where_clause(replace(flt, bucket=bucket), today, first_weekday)
            counts.append(
                Read(
                    "SELECT count(*), COALESCE(sum(s.won_value), 0) FROM org_summary s "
                    f"{_covering(flt, 'due')} {where}",
                    tuple(params),
                    lambda rows: Shown(int(rows[0][0]), int(rows[0][1])),
                )
            )
        return dict(zip(Bucket, together(counts), strict=True))
    where, params = where_clause(replace(flt, bucket=None), today, first_weekday)
    week_end = bucket_range(Bucket.THIS_WEEK, today, first_weekday)[1]
    next_end = bucket_range(Bucket.NEXT_WEEK, today, first_weekday)[1]
    assert week_end is not None
    assert next_end is not None
    bounds = [
        today.isoformat(),
        today.isoformat(),
        (today + dt.timedelta(days=1)).isoformat(),
        week_end.isoformat(),
        next_end.isoformat(),
    ]
    rows = db.execute_sql(
        "SELECT CASE WHEN s.next_due IS NULL THEN 'no_activity' "
        "WHEN s.next_due < ? THEN 'overdue' WHEN s.next_due = ? THEN 'today' "
        "WHEN s.next_due = ? THEN 'tomorrow' WHEN s.next_due <= ? THEN 'this_week' "
        "WHEN s.next_due <= ? THEN 'next_week' ELSE 'later' END AS bucket, "
        f"count(*), COALESCE(sum(s.won_value), 0) FROM org_summary s {where} GROUP BY bucket",
        [*bounds, *params],
    )
    counted = {Bucket(b): Shown(int(c), int(v)) for b, c, v in rows}
    return {bucket: counted.get(bucket, Shown(0, 0)) for bucket in Bucket}


def rows(ids: Sequence[int]) -> dict[int, ListRow]:
    """Row data of these organizations (at most a few hundred at a time)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    result = db.execute_sql(
        "SELECT s.org_id, s.name, s.owner_id, u.name, s.won_count, s.won_value, s.open_value, "
        "s.people_count, s.last_done, s.next_activity_id, s.next_due, s.next_due_time, "
        "s.next_type_id, s.next_subject, s.account_since, s.label, s.won_unpriced "
        f'FROM org_summary s LEFT JOIN "user" u ON u.id = s.owner_id WHERE s.org_id IN ({marks})',
        list(ids),
    )
    return {row[0]: ListRow(*row) for row in result}


@dataclass(frozen=True)
class Shown:
    count: int
    won_value: int
    contacted_30: int = 0
    contacted_90: int = 0
    nothing_planned: int = 0
    unpriced: int = 0  # rows whose won value leaves out deals in a currency without a rate yet
    others: int = 0  # organizations the filter would show but for "accounts only"


def shown_totals(
    flt: AccountFilter, *, today: dt.date, first_weekday: int = 0, others: bool = False
) -> Shown:
    """How many rows the filter shows, the sum of their won value, how many of them were
    contacted in the last 30 and 90 days, how many have nothing planned, and how many have won
    deals in a currency without an exchange rate yet (their won value, and so the sum, is
    incomplete: "no rate yet"). With `others`, also how many organizations it would show but
    for "accounts only", in the same pass (one full-text search instead of two)."""
    wide = others and flt.accounts_only
    where, params = where_clause(
        replace(flt, accounts_only=False) if wide else flt, today, first_weekday
    )
    since_30 = (today - dt.timedelta(days=30)).isoformat()
    since_90 = (today - dt.timedelta(days=90)).isoformat()
    shown = "s.won_count > 0" if wide else "1 = 1"
    row = db.execute_sql(  # counts of conditions, written for SQLite and PostgreSQL alike
        f"SELECT count(CASE WHEN {shown} THEN 1 END), "
        f"COALESCE(sum(CASE WHEN {shown} THEN s.won_value END), 0), "
        f"count(CASE WHEN {shown} AND s.last_done >= ? THEN 1 END), "
        f"count(CASE WHEN {shown} AND s.last_done >= ? THEN 1 END), "
        f"count(CASE WHEN {shown} AND s.next_due IS NULL THEN 1 END), "
        f"count(CASE WHEN {shown} AND s.won_unpriced > 0 THEN 1 END), count(*) "
        f"FROM org_summary s {where}",
        [since_30, since_90, *params],
    ).fetchone()
    count, value, contacted_30, contacted_90, nothing, unpriced, everyone = (int(v) for v in row)
    return Shown(
        count,
        value,
        contacted_30,
        contacted_90,
        nothing,
        unpriced,
        others=everyone - count if wide else 0,
    )


def activity_types() -> dict[int, tuple[str, str]]:
    """Activity type id -> (name, icon file name)."""
    return activity_types_read().run()


def activity_types_read() -> Read[dict[int, tuple[str, str]]]:
    return Read(
        "SELECT id, name, icon FROM activity_type",
        (),
        lambda rows: {int(i): (str(n), str(icon)) for i, n, icon in rows},
    )


def cell_reference() -> tuple[dict[int, str], dict[int, tuple[str, str]], tuple[str, int]]:
    """What the list's cells name besides their rows, read together: the active users by
    id, the activity types (see activity_types) and the default currency with its exponent."""
    users, types, currency = together(
        [users_read(), activity_types_read(), default_currency_read()]
    )
    return dict(users), types, currency


def shown_among(
    flt: AccountFilter, org_ids: Sequence[int], *, today: dt.date, first_weekday: int = 0
) -> dict[int, str | None]:
    """Which of these organizations the filter shows, each with the due date of its next
    activity (None: nothing planned): where a selected account is, after the list changed."""
    if not org_ids:
        return {}
    where, params = where_clause(flt, today, first_weekday)
    marks = ",".join("?" * len(org_ids))
    condition = f"{where} AND s.org_id IN ({marks})" if where else f"WHERE s.org_id IN ({marks})"
    rows = db.execute_sql(
        f"SELECT s.org_id, s.next_due FROM org_summary s {condition}", [*params, *org_ids]
    )
    return {int(org_id): due for org_id, due in rows}
