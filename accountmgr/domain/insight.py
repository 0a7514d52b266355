"""What a customer is worth over time and how often they are contacted, for the side panel's
charts: the won value by quarter (in the default currency) and the contact cadence (activities
done per month over the last twelve months, and the average gap between contacts).

One account has few deals and activities, so each is read in one query and counted here, the
same way on SQLite and on a team's PostgreSQL server (dates come back as text from one and as
dates from the other).
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

from accountmgr.domain.currencies import default_currency_read
from accountmgr.domain.reads import Read, Rows, stored_datetime, together
from accountmgr.domain.summary import CONVERTED

QUARTERS_SHOWN = 8  # the last two years, this quarter included
MONTHS_SHOWN = 12

# Each won deal in default-currency minor units, as the summary converts it (domain.summary).
_WON = (
    f"SELECT d.won_time, CAST({CONVERTED} AS INTEGER) FROM deal d "
    "JOIN currency c ON c.code = d.currency "
    "WHERE d.organization_id = ? AND d.status = 'won' AND d.won_time IS NOT NULL"
)
_DONE = (
    "SELECT a.done_time FROM activity a "
    "WHERE a.organization_id = ? AND a.done = 1 AND a.done_time IS NOT NULL"
)


@dataclass(frozen=True)
class QuarterValue:
    year: int
    quarter: int  # 1 to 4
    value: int  # default currency, minor units


@dataclass(frozen=True)
class AccountInsight:
    currency: str  # the default currency
    exponent: int
    won_by_quarter: tuple[QuarterValue, ...]  # the last QUARTERS_SHOWN, oldest first
    won_before: int  # won before those quarters
    contacts_by_month: tuple[tuple[dt.date, int], ...]  # first day of each month, oldest first
    contacts: int  # done in those months
    average_gap_days: float | None  # between consecutive contacts in those months


def _quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def _step_back(year: int, quarter: int, steps: int) -> tuple[int, int]:
    index = year * 4 + quarter - 1 - steps
    return index // 4, index % 4 + 1


def _month_start(day: dt.date, back: int) -> dt.date:
    index = day.year * 12 + day.month - 1 - back
    return dt.date(index // 12, index % 12 + 1, 1)


def _won(rows: Rows) -> list[tuple[dt.datetime, int]]:
    moments = [(stored_datetime(when), int(value or 0)) for when, value in rows]
    return [(when, value) for when, value in moments if when is not None]


def _done(rows: Rows) -> list[dt.datetime]:
    return sorted(when for (value,) in rows if (when := stored_datetime(value)) is not None)


def account_insight(org_id: int, today: dt.date) -> AccountInsight:
    """The won value by quarter and the contact cadence of the organization `org_id`."""
    reads: list[Read[Any]] = [
        default_currency_read(),
        Read(_WON, (org_id,), _won),
        Read(_DONE, (org_id,), _done),
    ]
    (currency, exponent), won, done = together(reads)
    this_year, this_quarter = _quarter_of(today)
    shown = [_step_back(this_year, this_quarter, back) for back in range(QUARTERS_SHOWN)][::-1]
    totals = dict.fromkeys(shown, 0)
    before = 0
    for when, value in won:
        key = _quarter_of(when.date())
        if key in totals:
            totals[key] += value
        elif key < shown[0]:
            before += value
    months = [_month_start(today, back) for back in range(MONTHS_SHOWN)][::-1]
    counts = dict.fromkeys(months, 0)
    recent = [when for when in done if when.date() >= months[0] and when.date() <= today]
    for when in recent:
        counts[when.date().replace(day=1)] += 1
    gaps = [(b - a).total_seconds() / 86400 for a, b in itertools.pairwise(recent)]
    return AccountInsight(
        currency=currency,
        exponent=exponent,
        won_by_quarter=tuple(QuarterValue(y, q, totals[(y, q)]) for y, q in shown),
        won_before=before,
        contacts_by_month=tuple((month, counts[month]) for month in months),
        contacts=len(recent),
        average_gap_days=round(sum(gaps) / len(gaps), 1) if gaps else None,
    )
