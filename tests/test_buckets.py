"""Kanban bucket math across week, month and year ends, for Monday- and Sunday-first weeks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountmgr.domain.buckets import (
    SCHEDULABLE,
    Bucket,
    bucket_for,
    bucket_range,
    drop_date,
    week_start,
)

MON, SAT, SUN = 0, 5, 6
D = dt.date


@pytest.mark.parametrize(
    ("today", "due", "first_weekday", "expected"),
    [
        (D(2026, 11, 24), None, MON, Bucket.NO_ACTIVITY),
        (D(2026, 11, 24), D(2026, 11, 23), MON, Bucket.OVERDUE),
        (D(2026, 11, 24), D(2020, 1, 1), MON, Bucket.OVERDUE),
        (D(2026, 11, 24), D(2026, 11, 24), MON, Bucket.TODAY),
        (D(2026, 11, 24), D(2026, 11, 25), MON, Bucket.TOMORROW),
        (D(2026, 11, 24), D(2026, 11, 26), MON, Bucket.THIS_WEEK),  # Thursday
        (D(2026, 11, 24), D(2026, 11, 29), MON, Bucket.THIS_WEEK),  # Sunday ends the week
        (D(2026, 11, 24), D(2026, 11, 29), SUN, Bucket.NEXT_WEEK),  # ...or starts the next
        (D(2026, 11, 24), D(2026, 11, 30), MON, Bucket.NEXT_WEEK),
        (D(2026, 11, 24), D(2026, 12, 6), MON, Bucket.NEXT_WEEK),  # across the month end
        (D(2026, 11, 24), D(2026, 12, 7), MON, Bucket.LATER),
        (D(2026, 11, 24), D(2026, 12, 5), SUN, Bucket.NEXT_WEEK),
        (D(2026, 11, 24), D(2026, 12, 6), SUN, Bucket.LATER),
        # Year end: Wednesday 2026-12-30; the Monday week runs to Sunday 2027-01-03.
        (D(2026, 12, 30), D(2026, 12, 31), MON, Bucket.TOMORROW),
        (D(2026, 12, 30), D(2027, 1, 1), MON, Bucket.THIS_WEEK),
        (D(2026, 12, 30), D(2027, 1, 3), MON, Bucket.THIS_WEEK),
        (D(2026, 12, 30), D(2027, 1, 4), MON, Bucket.NEXT_WEEK),
        (D(2026, 12, 30), D(2027, 1, 2), SUN, Bucket.THIS_WEEK),  # Saturday ends a Sunday week
        (D(2026, 12, 30), D(2027, 1, 3), SUN, Bucket.NEXT_WEEK),
        # Sunday with Monday-first weeks: tomorrow already belongs to next week.
        (D(2026, 11, 29), D(2026, 11, 30), MON, Bucket.TOMORROW),
        (D(2026, 11, 29), D(2026, 12, 1), MON, Bucket.NEXT_WEEK),
        (D(2026, 11, 29), D(2026, 12, 7), MON, Bucket.LATER),
        # Leap day.
        (D(2028, 2, 28), D(2028, 2, 29), MON, Bucket.TOMORROW),
        (D(2028, 2, 28), D(2028, 3, 1), MON, Bucket.THIS_WEEK),
    ],
)
def test_bucket_for(
    today: dt.date, due: dt.date | None, first_weekday: int, expected: Bucket
) -> None:
    assert bucket_for(due, today, first_weekday) is expected


@pytest.mark.parametrize(
    ("today", "first_weekday", "expected"),
    [
        # Tuesday, Monday-first: Thu this week, Mon next week, Mon the week after.
        (
            D(2026, 11, 24),
            MON,
            {
                Bucket.TODAY: D(2026, 11, 24),
                Bucket.TOMORROW: D(2026, 11, 25),
                Bucket.THIS_WEEK: D(2026, 11, 26),
                Bucket.NEXT_WEEK: D(2026, 11, 30),
                Bucket.LATER: D(2026, 12, 7),
            },
        ),
        # Same day, Sunday-first: the next week starts Sunday 29th, first working day Monday.
        (
            D(2026, 11, 24),
            SUN,
            {
                Bucket.THIS_WEEK: D(2026, 11, 26),
                Bucket.NEXT_WEEK: D(2026, 11, 30),
                Bucket.LATER: D(2026, 12, 7),
            },
        ),
        # Thursday: after tomorrow only the weekend is left in this week: no drop there.
        (D(2026, 11, 26), MON, {Bucket.THIS_WEEK: None}),
        # Saturday, Monday-first: tomorrow ends the week; no day left for This week.
        (D(2026, 11, 28), MON, {Bucket.THIS_WEEK: None, Bucket.NEXT_WEEK: D(2026, 11, 30)}),
        # Sunday, Monday-first: Monday is tomorrow, so Next week means Tuesday.
        (
            D(2026, 11, 29),
            MON,
            {
                Bucket.TOMORROW: D(2026, 11, 30),
                Bucket.NEXT_WEEK: D(2026, 12, 1),
                Bucket.LATER: D(2026, 12, 7),
            },
        ),
        # Across the year end.
        (
            D(2026, 12, 30),
            MON,
            {
                Bucket.THIS_WEEK: D(2027, 1, 1),
                Bucket.NEXT_WEEK: D(2027, 1, 4),
                Bucket.LATER: D(2027, 1, 11),
            },
        ),
    ],
)
def test_drop_dates(
    today: dt.date, first_weekday: int, expected: dict[Bucket, dt.date | None]
) -> None:
    for bucket, date in expected.items():
        assert drop_date(bucket, today, first_weekday) == date, bucket


def test_no_activity_and_overdue_refuse_drops() -> None:
    for bucket in (Bucket.NO_ACTIVITY, Bucket.OVERDUE):
        assert drop_date(bucket, D(2026, 11, 24)) is None


def test_a_saturday_first_week_with_a_friday_saturday_weekend() -> None:
    # Sunday 2026-11-22 in a Saturday-first week with a Friday/Saturday weekend.
    today = D(2026, 11, 22)
    assert week_start(today, SAT) == D(2026, 11, 21)
    assert drop_date(Bucket.THIS_WEEK, today, SAT, frozenset({4, 5})) == D(2026, 11, 24)
    assert drop_date(Bucket.NEXT_WEEK, today, SAT, frozenset({4, 5})) == D(2026, 11, 29)


@given(
    today=st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)),
    first_weekday=st.sampled_from([MON, SAT, SUN]),
)
def test_a_dropped_card_lands_in_the_column_it_was_dropped_on(
    today: dt.date, first_weekday: int
) -> None:
    for bucket in SCHEDULABLE:
        date = drop_date(bucket, today, first_weekday)
        if date is not None:
            assert bucket_for(date, today, first_weekday) is bucket


@given(
    today=st.dates(min_value=D(2000, 1, 1), max_value=D(2100, 12, 31)),
    offset=st.integers(min_value=-60, max_value=60),
    first_weekday=st.sampled_from([MON, SAT, SUN]),
)
def test_bucket_ranges_agree_with_bucket_for(
    today: dt.date, offset: int, first_weekday: int
) -> None:
    due = today + dt.timedelta(days=offset)
    bucket = bucket_for(due, today, first_weekday)
    first, last = bucket_range(bucket, today, first_weekday)
    assert first is None or first <= due
    assert last is None or due <= last
