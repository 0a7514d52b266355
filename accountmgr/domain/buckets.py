"""Kanban buckets: the column of an account's next activity, the date a drop schedules, and
working days (a proposed date never falls on the weekend).

Weekdays follow Python's numbering (Monday 0 ... Sunday 6); `first_weekday` comes from the locale.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

ONE_DAY = dt.timedelta(days=1)
DEFAULT_WEEKEND: frozenset[int] = frozenset({5, 6})


class Bucket(StrEnum):
    NO_ACTIVITY = "no_activity"
    OVERDUE = "overdue"
    TODAY = "today"
    TOMORROW = "tomorrow"
    THIS_WEEK = "this_week"
    NEXT_WEEK = "next_week"
    LATER = "later"


# Columns a card can be dropped on, in board order.
SCHEDULABLE: tuple[Bucket, ...] = (
    Bucket.TODAY,
    Bucket.TOMORROW,
    Bucket.THIS_WEEK,
    Bucket.NEXT_WEEK,
    Bucket.LATER,
)


def week_start(day: dt.date, first_weekday: int) -> dt.date:
    """The first day of the calendar week holding `day`."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def bucket_for(due: dt.date | None, today: dt.date, first_weekday: int = 0) -> Bucket:
    """The column of an account whose next open activity is due on `due`."""
    if due is None:
        return Bucket.NO_ACTIVITY
    if due < today:
        return Bucket.OVERDUE
    if due == today:
        return Bucket.TODAY
    if due == today + ONE_DAY:
        return Bucket.TOMORROW
    end_of_week = week_start(today, first_weekday) + dt.timedelta(days=6)
    if due <= end_of_week:
        return Bucket.THIS_WEEK
    if due <= end_of_week + dt.timedelta(days=7):
        return Bucket.NEXT_WEEK
    return Bucket.LATER


def bucket_range(
    bucket: Bucket, today: dt.date, first_weekday: int = 0
) -> tuple[dt.date | None, dt.date | None]:
    """Inclusive (first, last) due dates of a bucket; None is an open end.

    NO_ACTIVITY has no dates at all and returns (None, None); callers test for it first.
    THIS_WEEK may be empty (first > last) when tomorrow ends the week.
    """
    end_of_week = week_start(today, first_weekday) + dt.timedelta(days=6)
    match bucket:
        case Bucket.NO_ACTIVITY:
            return None, None
        case Bucket.OVERDUE:
            return None, today - ONE_DAY
        case Bucket.TODAY:
            return today, today
        case Bucket.TOMORROW:
            return today + ONE_DAY, today + ONE_DAY
        case Bucket.THIS_WEEK:
            return today + 2 * ONE_DAY, end_of_week
        case Bucket.NEXT_WEEK:
            return max(end_of_week + ONE_DAY, today + 2 * ONE_DAY), end_of_week + 7 * ONE_DAY
        case Bucket.LATER:
            return end_of_week + 8 * ONE_DAY, None


def next_working_day(day: dt.date, weekend: frozenset[int] = DEFAULT_WEEKEND) -> dt.date:
    """`day` when it is a working day, else the first working day after it: a Saturday or a
    Sunday moves forward to Monday. A calendar without working days keeps `day`.

    The one rule for dates the application proposes: drops on the board and follow-ups."""
    if len(weekend) >= 7:
        return day
    while day.weekday() in weekend:
        day += ONE_DAY
    return day


def followup_date(
    done_on: dt.date, delay_days: int, weekend: frozenset[int] = DEFAULT_WEEKEND
) -> dt.date:
    """The date of the follow-up proposed after an activity is done on `done_on`: the delay
    ahead, moved forward to a working day when it falls on the weekend."""
    return next_working_day(done_on + dt.timedelta(days=delay_days), weekend)


def _first_working_day(first: dt.date, last: dt.date, weekend: frozenset[int]) -> dt.date | None:
    """The first working day in [first, last]; else the first day at all; None if empty."""
    if first > last:
        return None
    day = next_working_day(first, weekend)
    return day if day <= last else first


def drop_date(
    bucket: Bucket,
    today: dt.date,
    first_weekday: int = 0,
    weekend: frozenset[int] = DEFAULT_WEEKEND,
) -> dt.date | None:
    """The date a card dropped on `bucket` is scheduled for; None where drops are refused.

    Today and Tomorrow are literal; This week is the next working day after tomorrow in the current
    week, Next week the first working day of next week, Later the first working day of the week
    after next. This week refuses the drop when no working day of it is left after tomorrow;
    a next week without working days (an all-weekend calendar) falls back to its first day.
    """
    start = week_start(today, first_weekday)
    match bucket:
        case Bucket.TODAY:
            return today
        case Bucket.TOMORROW:
            return today + ONE_DAY
        case Bucket.THIS_WEEK:
            day = _first_working_day(today + 2 * ONE_DAY, start + 6 * ONE_DAY, weekend)
            return day if day is not None and day.weekday() not in weekend else None
        case Bucket.NEXT_WEEK:
            first, last = bucket_range(Bucket.NEXT_WEEK, today, first_weekday)
            assert first is not None
            assert last is not None
            return _first_working_day(first, last, weekend)
        case Bucket.LATER:
            return _first_working_day(start + 14 * ONE_DAY, start + 20 * ONE_DAY, weekend)
        case _:
            return None
