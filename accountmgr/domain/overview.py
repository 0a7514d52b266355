"""The numbers of the Overview tab: who is planned and who is forgotten, across every account.

- accounts by next-activity bucket, per owner (the board's columns, counted);
- contact coverage: the accounts contacted in the last 30 and 90 days, now and at the end of
  each of the last twelve months;
- the won value by month over the last twelve months (default currency, as the summary
  converts it);
- the accounts at risk: the most won value among those not contacted in 90 days.

Everything but the trend of coverage is read from indexes of the summary table and of won
deals, in one round trip. The trend needs every contact of fifteen months (a million activities at
100,000 organizations): `coverage_trend` is meant for a worker thread.

Each chart element has its accounts (`accounts_of`), which the List then shows: the same
conditions as the count, so the List shows as many as the chart said.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from accountmgr.domain.account_list import NO_OWNER, AccountFilter
from accountmgr.domain.buckets import Bucket, bucket_for
from accountmgr.domain.currencies import default_currency_read
from accountmgr.domain.reads import Read, Rows, stored_date, together
from accountmgr.domain.summary import CONVERTED
from accountmgr.store.models import db

MONTHS_SHOWN = 12
WINDOWS = (30, 90)  # days: "contacted in the last 30 days", "… 90 days"
AT_RISK_DAYS = 90  # not contacted for this long
AT_RISK_SHOWN = 10
BUCKET_ORDER: tuple[Bucket, ...] = tuple(Bucket)
BUCKET_INDEX = {bucket: i for i, bucket in enumerate(BUCKET_ORDER)}


@dataclass(frozen=True)
class OwnerBuckets:
    owner_id: int  # NO_OWNER for accounts nobody owns
    owner: str  # "" for nobody
    counts: tuple[int, ...]  # accounts per bucket, in BUCKET_ORDER


@dataclass(frozen=True)
class Coverage:
    as_of: dt.date  # the last day of a month, or today
    accounts: int  # accounts by then
    contacted: tuple[int, ...]  # of them, contacted in each of WINDOWS days up to as_of


@dataclass(frozen=True)
class AtRisk:
    org_id: int
    name: str
    won_value: int  # default currency, minor units
    last_contact: dt.date | None  # None: never


@dataclass(frozen=True)
class Overview:
    today: dt.date
    currency: str
    exponent: int
    buckets: tuple[OwnerBuckets, ...]  # by owner name, nobody last
    coverage_now: Coverage
    won_by_month: tuple[tuple[dt.date, int], ...]  # first day of each month, oldest first
    at_risk: tuple[AtRisk, ...]


def month_start(day: dt.date, back: int = 0) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def months_shown(today: dt.date) -> list[dt.date]:
    """The first days of the last MONTHS_SHOWN months, this one included, oldest first."""
    return [month_start(today, back) for back in range(MONTHS_SHOWN)][::-1]


def month_end(month: dt.date, today: dt.date) -> dt.date:
    """The day a month's coverage is counted on: its last day, or today for this month."""
    last = month_start(month, -1) - dt.timedelta(days=1)
    return min(last, today)


def _buckets_read() -> Read[Rows]:
    """Accounts by owner and next due day: one walk of an index of (owner, next due) with a
    row per owner and day, bucketed here (a CASE per row took ten times as long at 50,000)."""
    return Read(
        "SELECT s.owner_id, s.next_due, count(*) FROM org_summary s "
        "WHERE s.won_count > 0 GROUP BY s.owner_id, s.next_due",
        (),
        lambda rows: rows,
    )


def _contacted_read(today: dt.date) -> Read[tuple[int, ...]]:
    """The accounts contacted in each of WINDOWS days: counted on the index of last contacts."""
    counts = ", ".join(
        "(SELECT count(*) FROM org_summary s WHERE s.won_count > 0 AND s.last_done >= ?)"
        for _ in WINDOWS
    )
    return Read(
        f"SELECT {counts}",
        tuple((today - dt.timedelta(days=days)).isoformat() for days in WINDOWS),
        lambda rows: tuple(int(value or 0) for value in rows[0]),
    )


def _won_read(first: dt.date) -> Read[Rows]:
    return Read(
        f"SELECT substr(CAST(d.won_time AS TEXT), 1, 7), CAST(sum({CONVERTED}) AS INTEGER) "
        # CROSS JOIN: the won deals of the months first, through their index, then each one's
        # currency (without statistics of that index, SQLite read every deal of each currency).
        "FROM deal d CROSS JOIN currency c ON c.code = d.currency "
        "WHERE d.status = 'won' AND d.won_time >= ? AND d.organization_id IS NOT NULL "
        "GROUP BY 1",
        (first.isoformat(),),
        lambda rows: rows,
    )


def _at_risk_read(today: dt.date) -> Read[list[AtRisk]]:
    since = (today - dt.timedelta(days=AT_RISK_DAYS)).isoformat()
    return Read(
        # Said likely, the planner walks the won values from the top and stops at the tenth
        # (instead of sorting every account not contacted).
        "SELECT s.org_id, s.name, s.won_value, s.last_done FROM org_summary s "
        "WHERE likelihood(s.won_count > 0, 0.5) AND likelihood(IFNULL(s.last_done, '') < ?, 0.5) "
        "ORDER BY s.won_value DESC, s.org_id DESC LIMIT ?",
        (since, AT_RISK_SHOWN),
        lambda rows: [AtRisk(int(i), str(n), int(v), stored_date(d)) for i, n, v, d in rows],
    )


def _users_read() -> Read[dict[int, str]]:
    return Read('SELECT id, name FROM "user"', (), lambda rows: {int(i): str(n) for i, n in rows})


def overview(today: dt.date, first_weekday: int = 0) -> Overview:
    """Everything the Overview shows but the trend of coverage, in one round trip."""
    months = months_shown(today)
    (currency, exponent), bucket_rows, contacted, won_rows, at_risk, names = together(
        [
            default_currency_read(),
            _buckets_read(),
            _contacted_read(today),
            _won_read(months[0]),
            _at_risk_read(today),
            _users_read(),
        ]
    )
    per_owner: dict[int, list[int]] = {}
    accounts = 0
    for owner, due, count in bucket_rows:
        key = NO_OWNER if owner is None else int(owner)
        bucket = bucket_for(stored_date(due), today, first_weekday)
        per_owner.setdefault(key, [0] * len(BUCKET_ORDER))[BUCKET_INDEX[bucket]] += int(count)
        accounts += int(count)
    owners = sorted(
        (OwnerBuckets(key, names.get(key, ""), tuple(counts)) for key, counts in per_owner.items()),
        key=lambda o: (o.owner_id == NO_OWNER, o.owner.casefold(), o.owner_id),
    )
    won = {str(month): int(value or 0) for month, value in won_rows}
    return Overview(
        today=today,
        currency=currency,
        exponent=exponent,
        buckets=tuple(owners),
        coverage_now=Coverage(today, accounts, contacted),
        won_by_month=tuple((m, won.get(m.isoformat()[:7], 0)) for m in months),
        at_risk=tuple(at_risk),
    )


# --- the trend of coverage ------------------------------------------------------------------

_ACCOUNTS_SINCE = "SELECT s.org_id, s.account_since FROM org_summary s WHERE s.won_count > 0"
_CONTACT_DAYS = (
    "SELECT a.organization_id, substr(CAST(a.done_time AS TEXT), 1, 10) FROM activity a "
    "WHERE a.done = 1 AND a.done_time >= ? AND a.done_time < ? "
    "AND a.organization_id IS NOT NULL GROUP BY 1, 2"
)


def coverage_trend(today: dt.date) -> tuple[Coverage, ...]:
    """The coverage at the end of each of the last MONTHS_SHOWN months (this one: today).

    An account counts from the day its first deal was won; it is contacted in N days at a
    month's end when an activity with it was done on one of the N days before, or that day.
    """
    ends = [month_end(m, today) for m in months_shown(today)]
    first = ends[0] - dt.timedelta(days=max(WINDOWS))
    since_rows, day_rows = together(
        [
            Read(_ACCOUNTS_SINCE, (), lambda rows: rows),
            Read(
                _CONTACT_DAYS,
                (first.isoformat(), (today + dt.timedelta(days=1)).isoformat()),
                lambda rows: rows,
            ),
        ]
    )
    since: dict[int, dt.date] = {}
    for org, when in since_rows:
        day = stored_date(when)
        if day is not None:
            since[int(org)] = day
    contacts: dict[int, list[int]] = {}
    for org, when in day_rows:
        if int(org) in since:
            contacts.setdefault(int(org), []).append(dt.date.fromisoformat(when).toordinal())
    accounts = [0] * len(ends)
    contacted = [[0] * len(ends) for _ in WINDOWS]
    end_days = [end.toordinal() for end in ends]
    for org, day in since.items():
        first_end = bisect.bisect_left(ends, day)  # the month ends it is an account by
        for i in range(first_end, len(ends)):
            accounts[i] += 1
        days = sorted(contacts.get(org, ()))
        if not days:
            continue
        for i in range(first_end, len(ends)):
            # the last contact on or before this end
            at = bisect.bisect_right(days, end_days[i]) - 1
            if at < 0:
                continue
            for w, window in enumerate(WINDOWS):
                if days[at] >= end_days[i] - window:
                    contacted[w][i] += 1
    return tuple(
        Coverage(end, accounts[i], tuple(contacted[w][i] for w in range(len(WINDOWS))))
        for i, end in enumerate(ends)
    )


# --- the accounts behind a chart element ----------------------------------------------------


def bucket_filter(owner_id: int, bucket: Bucket) -> AccountFilter:
    """The List's filter showing the accounts of one owner's bucket."""
    return AccountFilter(owner_id=owner_id, bucket=bucket)


def won_in_month(month: dt.date) -> list[int]:
    """The accounts with a deal won in `month`."""
    end = month_start(month, -1)
    rows = db.execute_sql(
        "SELECT DISTINCT d.organization_id FROM deal d WHERE d.status = 'won' "
        "AND d.won_time >= ? AND d.won_time < ? AND d.organization_id IS NOT NULL",
        (month.isoformat(), end.isoformat()),
    ).fetchall()
    return sorted(int(org) for (org,) in rows)


def coverage_accounts(as_of: dt.date, band: int) -> list[int]:
    """The accounts (by `as_of`) in one band of the coverage chart: contacted in the first of
    WINDOWS days up to `as_of` (band 0), in the second but not the first (1), or in neither (2).
    """
    next_day = (as_of + dt.timedelta(days=1)).isoformat()
    rows = db.execute_sql(
        "SELECT s.org_id, (SELECT max(a.done_time) FROM activity a "
        "WHERE a.organization_id = s.org_id AND a.done = 1 AND a.done_time < ?) "
        "FROM org_summary s WHERE s.won_count > 0 AND s.account_since < ?",
        (next_day, next_day),
    ).fetchall()
    limits = [as_of - dt.timedelta(days=days) for days in WINDOWS]
    chosen = []
    for org, last in rows:
        day = stored_date(last)
        found = next((i for i, limit in enumerate(limits) if day is not None and day >= limit), 2)
        if found == band:
            chosen.append(int(org))
    return sorted(chosen)
