"""Recurring activities: the repetition rule, and occurrences made by completing one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from peewee import SqliteDatabase

from accountmgr.domain import activities, deals, integrity, organizations, summary
from accountmgr.domain.changes import Kind
from accountmgr.domain.errors import ValidationError
from accountmgr.domain.recurrence import Rule, describe, next_date, rule
from accountmgr.store import migrations
from accountmgr.store.models import Activity, db
from tests.conftest import TODAY

D = dt.date

# --- the rule, without a database -------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "every", "current", "anchor", "expected"),
    [
        ("month", 1, D(2027, 1, 31), None, D(2027, 2, 28)),
        ("month", 1, D(2027, 2, 28), 31, D(2027, 3, 31)),
        ("month", 1, D(2027, 2, 28), None, D(2027, 3, 28)),
        ("month", 1, D(2028, 1, 31), 31, D(2028, 2, 29)),  # leap year
        ("month", 1, D(2028, 2, 29), 31, D(2028, 3, 31)),
        ("month", 1, D(2027, 3, 31), 31, D(2027, 4, 30)),
        ("month", 1, D(2027, 1, 30), 30, D(2027, 2, 28)),
        ("month", 1, D(2027, 2, 28), 30, D(2027, 3, 30)),
        ("month", 1, D(2026, 12, 15), None, D(2027, 1, 15)),  # over the year end
        ("month", 3, D(2026, 11, 30), 31, D(2027, 2, 28)),
        ("month", 3, D(2027, 2, 28), 31, D(2027, 5, 31)),
        ("month", 3, D(2026, 11, 24), None, D(2027, 2, 24)),
        ("month", 12, D(2028, 2, 29), 29, D(2029, 2, 28)),
        ("month", 24, D(2028, 2, 29), 29, D(2030, 2, 28)),
        ("week", 1, D(2026, 12, 29), None, D(2027, 1, 5)),
        ("week", 2, D(2026, 11, 24), None, D(2026, 12, 8)),
        ("week", 1, D(2026, 11, 24), 31, D(2026, 12, 1)),  # the anchor is for months only
        ("day", 1, D(2028, 2, 28), None, D(2028, 2, 29)),
        ("day", 10, D(2026, 12, 25), None, D(2027, 1, 4)),
    ],
)
def test_next_date(
    unit: str, every: int, current: dt.date, anchor: int | None, expected: dt.date
) -> None:
    assert next_date(rule(unit, every), current, anchor) == expected


def test_monthly_on_the_31st_keeps_the_31st_wherever_a_month_has_one() -> None:
    monthly = rule("month", 1)
    day, seen = D(2027, 1, 31), []
    for _ in range(14):
        seen.append(day)
        following = next_date(monthly, day, 31)
        assert following is not None
        day = following
    assert [d.day for d in seen] == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 29]
    assert seen[-1] == D(2028, 2, 29)


def test_until_is_inclusive() -> None:
    weekly = rule("week", 1, until=D(2026, 12, 8))
    assert next_date(weekly, D(2026, 12, 1)) == D(2026, 12, 8)  # due on `until`: made
    assert next_date(weekly, D(2026, 12, 8)) is None
    assert next_date(rule("week", 1, until=D(2026, 12, 7)), D(2026, 12, 1)) is None
    assert next_date(rule("month", 1, until=D(2027, 2, 28)), D(2027, 1, 31)) == D(2027, 2, 28)
    assert next_date(rule("month", 1, until=D(2027, 2, 27)), D(2027, 1, 31)) is None


def test_no_date_past_the_calendar() -> None:
    assert next_date(rule("day", 1), D(9999, 12, 31)) is None
    assert next_date(rule("month", 1), D(9999, 12, 1)) is None


@pytest.mark.parametrize(
    ("unit", "every", "until", "message"),
    [
        ("year", 1, None, "not a repetition unit"),
        ("months", 1, None, "not a repetition unit"),
        ("", 1, None, "not a repetition unit"),
        ("day", 0, None, "from 1 to 999"),
        ("day", -2, None, "from 1 to 999"),
        ("week", 1000, None, "from 1 to 999"),
        ("week", True, None, "from 1 to 999"),
        ("week", 1.5, None, "from 1 to 999"),
        ("month", "2", None, "from 1 to 999"),
        ("month", 1, "2027-01-01", "not a date"),
        ("month", 1, dt.datetime(2027, 1, 1), "not a date"),
    ],
)
def test_invalid_rules_are_refused(unit: str, every: object, until: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as caught:
        rule(unit, every, until)  # type: ignore[arg-type]
    error = caught.value  # a template the interface can translate, and its parameters
    assert error.template.format(**error.params) == str(error)
    with pytest.raises(ValidationError):
        Rule(unit, every, until)  # type: ignore[arg-type]


def test_describe_gives_a_template_and_its_parameters() -> None:
    assert describe(rule("day", 1)) == ("Every day", {"n": 1})
    assert describe(rule("week", 2)) == ("Every {n} weeks", {"n": 2})
    until = D(2027, 6, 30)
    template, params = describe(rule("month", 3, until))
    assert (template, params) == ("Every {n} months until {until}", {"n": 3, "until": until})
    assert template.format(**params) == "Every 3 months until 2027-06-30"
    assert describe(rule("month", 1, until))[0] == "Every month until {until}"


@given(
    st.dates(min_value=D(1900, 1, 1), max_value=D(2200, 12, 31)),
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=31),
)
def test_months_land_on_the_anchor_or_the_month_end(day: dt.date, every: int, anchor: int) -> None:
    following = next_date(rule("month", every), day, anchor)
    assert following is not None
    assert (following.year * 12 + following.month) - (day.year * 12 + day.month) == every
    next_month_end = (following.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    last_day = (next_month_end - dt.timedelta(days=1)).day
    assert following.day == min(anchor, last_day)


# --- occurrences in the store -----------------------------------------------------------------


def _call() -> int:
    return activities.type_id("call")


def _org(name: str = "Kestrel Dental GmbH") -> int:
    return organizations.create_organization(name).id


def _row(activity_id: int) -> Activity:
    return Activity.get_by_id(activity_id)


def _series(series_id: int) -> list[tuple[int, str, int]]:
    return [
        (int(i), str(due), int(done))
        for i, due, done in db.execute_sql(
            "SELECT id, due_date, done FROM activity WHERE series_id = ? ORDER BY id",
            (series_id,),
        )
    ]


def _consistent() -> None:
    assert summary.differences() == []
    assert integrity.problems() == []


@pytest.mark.sqlite_only  # the file's declared column types and query plan
def test_schema_5_adds_the_recurrence_columns(store: Path) -> None:
    assert migrations.LATEST_VERSION >= 5
    columns = {row[1]: row[2] for row in db.execute_sql("PRAGMA table_info(activity)")}
    assert columns["repeat_unit"] == "TEXT"
    assert columns["repeat_every"] == "INTEGER"
    assert columns["repeat_until"] == "DATE"
    assert columns["series_id"] == "INTEGER"
    plan = " ".join(
        str(r[-1])
        for r in db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT 1 FROM activity WHERE series_id = ? AND id > ? AND done = 0",
            (1, 1),
        )
    )
    assert "activity_series" in plan


def test_schema_5_runs_twice_harmlessly(store: Path) -> None:
    with db.atomic():
        # a file a development build already migrated
        migrations._v5_recurrence(cast(SqliteDatabase, db.obj))
    assert migrations.schema_version(db.obj) == migrations.LATEST_VERSION


def test_a_new_recurring_activity_starts_its_own_series(store: Path) -> None:
    org = _org()
    monthly = rule("month", 1, until=D(2027, 6, 30))
    made = activities.create_activity(
        "Check-in", D(2026, 12, 31), type_id=_call(), org_id=org, repeat=monthly
    )
    row = _row(made.id)
    assert row.series_id == made.id
    assert (row.repeat_unit, row.repeat_every, row.repeat_until) == ("month", 1, D(2027, 6, 30))
    assert activities.repeat_of(made.id) == monthly
    plain = activities.create_activity("Once", TODAY, type_id=_call(), org_id=org).id
    assert activities.repeat_of(plain) is None
    assert _row(plain).series_id is None
    _consistent()


def test_a_rule_ending_before_the_first_occurrence_is_refused(store: Path) -> None:
    with pytest.raises(ValidationError, match="ends"):
        activities.create_activity(
            "Check-in", TODAY, type_id=_call(), repeat=rule("week", 1, until=D(2026, 11, 23))
        )
    with pytest.raises(ValidationError, match="not a repetition rule"):
        activities.create_activity(
            "Check-in",
            TODAY,
            type_id=_call(),
            repeat=("week", 1),  # type: ignore[arg-type]
        )
    assert db.execute_sql("SELECT count(*) FROM activity").fetchone()[0] == 0


def test_completing_an_occurrence_creates_exactly_the_next_one(store: Path) -> None:
    org = _org()
    user = organizations.create_user("Dana Reyes")
    person = organizations.create_person("Ines Weber", org_id=org).id
    deal = deals.create_deal("Licence", org_id=org, currency="EUR").id
    every_two_weeks = rule("week", 2)
    first = activities.create_activity(
        "Satisfaction call",
        TODAY,
        type_id=_call(),
        org_id=org,
        person_id=person,
        deal_id=deal,
        due_time=dt.time(10, 30),
        duration_min=20,
        assignee_id=user,
        note="Ask about the rollout",
        repeat=every_two_weeks,
    ).id

    done = activities.complete(first, dt.datetime(2026, 11, 24, 11, 0))
    assert done.activity_id == first
    assert done.next_id is not None
    assert done.change.org_ids == {org}
    assert Kind.ACTIVITY in done.change.kinds
    assert _row(first).done
    assert _row(first).done_time == dt.datetime(2026, 11, 24, 11, 0)
    following = _row(done.next_id)
    assert not following.done
    assert following.done_time is None
    assert following.due_date == D(2026, 12, 8)
    assert following.series_id == first
    assert activities.repeat_of(done.next_id) == every_two_weeks
    copied = [
        "type_id",
        "subject",
        "due_time",
        "duration_min",
        "assignee_id",
        "note",
        "organization_id",
        "person_id",
        "deal_id",
        "repeat_unit",
        "repeat_every",
        "repeat_until",
    ]
    assert {f: getattr(following, f) for f in copied} == {
        f: getattr(_row(first), f) for f in copied
    }
    assert _series(first) == [(first, "2026-11-24", 1), (done.next_id, "2026-12-08", 0)]
    # The summary's next activity is the new occurrence.
    assert activities.next_open_activity(org) == done.next_id
    _consistent()


def test_a_plain_activity_makes_no_next_one(store: Path) -> None:
    org = _org()
    plain = activities.create_activity("Once", TODAY, type_id=_call(), org_id=org).id
    assert activities.complete(plain).next_id is None
    assert db.execute_sql("SELECT count(*) FROM activity").fetchone()[0] == 1


def test_monthly_occurrences_keep_the_first_ones_day_of_the_month(store: Path) -> None:
    org = _org()
    current = activities.create_activity(
        "Month-end review", D(2027, 1, 31), type_id=_call(), org_id=org, repeat=rule("month", 1)
    ).id
    days = []
    for _ in range(4):
        days.append(_row(current).due_date)
        made = activities.complete(current).next_id
        assert made is not None
        current = made
    days.append(_row(current).due_date)
    assert days == [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31), D(2027, 4, 30), D(2027, 5, 31)]
    _consistent()


def test_the_series_ends_with_its_until_date(store: Path) -> None:
    org = _org()
    first = activities.create_activity(
        "Daily stand-up",
        TODAY,
        type_id=_call(),
        org_id=org,
        repeat=rule("day", 1, until=TODAY + dt.timedelta(days=1)),
    ).id
    second = activities.complete(first).next_id
    assert second is not None
    assert _row(second).due_date == TODAY + dt.timedelta(days=1)  # due on `until`: made
    assert activities.complete(second).next_id is None
    assert len(_series(first)) == 2


@pytest.mark.parametrize("how", ["mark_done", "complete"])
def test_completing_reopening_completing_again_makes_no_duplicate(store: Path, how: str) -> None:
    org = _org()
    first = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=org, repeat=rule("week", 1)
    ).id

    def finish() -> None:
        if how == "mark_done":
            activities.mark_done(first)
        else:
            activities.complete(first)

    def reopen() -> None:
        activities.mark_done(first, done=False)

    finish()
    finish()  # completing a done one again makes nothing either
    reopen()
    finish()
    series = _series(first)
    assert [(due, done) for _, due, done in series] == [("2026-11-24", 1), ("2026-12-01", 0)]
    # Completing the second makes the third; reopening and completing the first makes nothing.
    activities.mark_done(series[1][0])
    reopen()
    finish()
    assert [due for _, due, _ in _series(first)] == ["2026-11-24", "2026-12-01", "2026-12-08"]
    _consistent()


def test_completing_the_next_activity_from_the_board_creates_the_next_occurrence(
    store: Path,
) -> None:
    orgs = [_org("Kestrel Dental GmbH"), _org("Otter Print Ltd"), _org("Heron Legal")]
    recurring = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=orgs[0], repeat=rule("month", 1)
    ).id
    activities.create_activity("Once", TODAY, type_id=_call(), org_id=orgs[1])
    completions = activities.complete_next(orgs)
    assert len(completions.completed) == 2
    assert completions.change.org_ids == {orgs[0], orgs[1]}
    [(_, _, _), (following, due, done)] = _series(recurring)
    assert (due, done) == ("2026-12-24", 0)
    assert activities.next_open_activity(orgs[0]) == following
    assert activities.next_open_activity(orgs[1]) is None
    # Undo and redo the way the board does: the occurrence goes, and comes back once.
    activities.uncomplete_all(completions.completed)
    activities.complete_next(orgs)
    assert len(_series(recurring)) == 2
    _consistent()


def test_complete_next_can_be_undone_with_the_occurrences_it_created(store: Path) -> None:
    orgs = [_org("Kestrel Dental GmbH"), _org("Otter Print Ltd")]
    recurring = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=orgs[0], repeat=rule("week", 1)
    ).id
    plain = activities.create_activity("Once", TODAY, type_id=_call(), org_id=orgs[1]).id
    done = activities.complete_next(orgs)
    assert [(c.activity_id, c.next_id is not None) for c in done.completed] == [
        (recurring, True),
        (plain, False),
    ]
    _consistent()
    change = activities.uncomplete_all(done.completed)
    assert change.org_ids == set(orgs)
    assert _series(recurring) == [(recurring, "2026-11-24", 0)]
    assert not _row(plain).done
    _consistent()


def test_uncomplete_removes_the_occurrence_the_completion_created(store: Path) -> None:
    org = _org()
    first = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=org, repeat=rule("week", 1)
    ).id
    done = activities.complete(first)
    assert done.next_id is not None
    change = activities.uncomplete(done)
    assert change.org_ids == {org}
    assert not _row(first).done
    assert _row(first).done_time is None
    assert Activity.get_or_none(Activity.id == done.next_id) is None
    assert activities.next_open_activity(org) == first
    _consistent()
    # Redo: completing again creates it again.
    again = activities.complete(first)
    assert again.next_id is not None
    assert len(_series(first)) == 2


def test_uncomplete_keeps_a_next_occurrence_that_was_changed_or_done(store: Path) -> None:
    org = _org()
    first = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=org, repeat=rule("week", 1)
    ).id
    done = activities.complete(first)
    assert done.next_id is not None
    activities.update_activity(done.next_id, subject="Check-in with the new manager")
    activities.uncomplete(done)
    assert not _row(first).done
    assert _row(done.next_id).subject == "Check-in with the new manager"

    second = _org("Otter Print Ltd")
    other = activities.create_activity(
        "Review", TODAY, type_id=_call(), org_id=second, repeat=rule("day", 3)
    ).id
    done = activities.complete(other)
    assert done.next_id is not None
    activities.mark_done(done.next_id)
    activities.uncomplete(done)
    assert _row(done.next_id).done
    _consistent()


def test_uncomplete_of_an_activity_done_before_restores_its_done_time(store: Path) -> None:
    org = _org()
    first = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=org, repeat=rule("week", 1)
    ).id
    when = dt.datetime(2026, 11, 20, 9, 0)
    activities.complete(first, when)
    again = activities.complete(first, dt.datetime(2026, 11, 24, 9, 0))
    assert again.next_id is None
    assert again.previous_done_time == when
    activities.uncomplete(again)
    assert _row(first).done
    assert _row(first).done_time == when
    assert len(_series(first)) == 2
    _consistent()


def _three_occurrences(org: int) -> list[int]:
    """A weekly series: the first done, the second done, the third open."""
    first = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=org, repeat=rule("week", 1)
    ).id
    second = activities.complete(first).next_id
    assert second is not None
    third = activities.complete(second).next_id
    assert third is not None
    return [first, second, third]


def test_update_series_changes_this_and_later_open_occurrences(store: Path) -> None:
    org = _org()
    first, second, third = _three_occurrences(org)
    activities.mark_done(second, done=False)  # second open again, third still open
    user = organizations.create_user("Dana Reyes")

    change = activities.update_series(
        second,
        subject="Quarterly check-in",
        due_time=dt.time(9, 0),
        duration_min=45,
        assignee_id=user,
        note="Bring the figures",
        type_id=activities.type_id("meeting"),
    )
    assert change.org_ids == {org}
    for activity_id in (second, third):
        row = _row(activity_id)
        assert (row.subject, row.due_time, row.duration_min, row.assignee_id, row.note) == (
            "Quarterly check-in",
            dt.time(9, 0),
            45,
            user,
            "Bring the figures",
        )
        assert row.type_id == activities.type_id("meeting")
    # The done one before it keeps its history.
    assert _row(first).subject == "Check-in"
    assert _row(first).due_time is None
    # This one only:
    activities.update_activity(third, subject="Special check-in")
    assert _row(second).subject == "Quarterly check-in"
    _consistent()


def test_update_series_leaves_done_occurrences_after_it_alone(store: Path) -> None:
    org = _org()
    first, second, third = _three_occurrences(org)
    activities.mark_done(first, done=False)  # first reopened; second done; third open
    activities.update_series(first, subject="Renamed")
    assert [_row(i).subject for i in (first, second, third)] == ["Renamed", "Check-in", "Renamed"]


def test_update_series_moves_later_occurrences_by_the_same_days(store: Path) -> None:
    org = _org()
    first, second, third = _three_occurrences(org)
    activities.mark_done(second, done=False)
    activities.update_series(second, due_date=_row(second).due_date + dt.timedelta(days=2))
    assert [_row(i).due_date for i in (first, second, third)] == [
        D(2026, 11, 24),
        D(2026, 12, 3),
        D(2026, 12, 10),
    ]
    _consistent()


def test_moving_a_monthly_series_keeps_its_new_day(store: Path) -> None:
    org = _org()
    first = activities.create_activity(
        "Review", D(2026, 11, 30), type_id=_call(), org_id=org, repeat=rule("month", 1)
    ).id
    second = activities.complete(first).next_id  # 2026-12-30
    assert second is not None
    activities.update_series(second, due_date=D(2026, 12, 15))
    third = activities.complete(second).next_id
    assert third is not None
    assert _row(third).due_date == D(2027, 1, 15)
    # Moving one occurrence only keeps the pattern: completing it goes back to the 15th.
    activities.update_activity(third, due_date=D(2027, 1, 20))
    fourth = activities.complete(third).next_id
    assert fourth is not None
    assert _row(fourth).due_date == D(2027, 2, 15)


def test_update_series_changes_the_rule_of_later_occurrences(store: Path) -> None:
    org = _org()
    first, second, third = _three_occurrences(org)
    every_month = rule("month", 1, until=D(2027, 12, 31))
    activities.update_series(third, repeat=every_month)
    assert activities.repeat_of(third) == every_month
    assert activities.repeat_of(first) == activities.repeat_of(second) == rule("week", 1)
    fourth = activities.complete(third).next_id
    assert fourth is not None
    assert _row(fourth).due_date == D(2027, 1, 8)
    assert activities.repeat_of(fourth) == every_month
    with pytest.raises(ValidationError, match="can only be changed one occurrence"):
        activities.update_series(second, org_id=_org("Otter Print Ltd"))
    with pytest.raises(ValidationError, match="ends"):
        activities.update_series(second, repeat=rule("day", 1, until=D(2026, 1, 1)))


def test_a_series_stops_repeating(store: Path) -> None:
    org = _org()
    first = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=org, repeat=rule("week", 1)
    ).id
    change = activities.update_series(first, repeat=None)
    assert change.org_ids == {org}
    assert activities.repeat_of(first) is None
    assert activities.complete(first).next_id is None
    assert db.execute_sql("SELECT count(*) FROM activity").fetchone()[0] == 1
    # A one-off activity can be made recurring afterwards.
    activities.mark_done(first, done=False)
    activities.update_activity(first, repeat=rule("day", 2))
    made = activities.complete(first).next_id
    assert made is not None
    assert _row(made).due_date == TODAY + dt.timedelta(days=2)
    _consistent()


def test_making_a_plain_activity_recurring_for_the_series(store: Path) -> None:
    org = _org()
    plain = activities.create_activity("Check-in", TODAY, type_id=_call(), org_id=org).id
    activities.update_series(plain, repeat=rule("week", 1))
    assert _row(plain).series_id == plain
    made = activities.complete(plain).next_id
    assert made is not None
    assert _row(made).series_id == plain


def test_a_campaign_can_repeat(store: Path) -> None:
    orgs = [_org("Kestrel Dental GmbH"), _org("Otter Print Ltd")]
    quarterly = rule("month", 3)
    campaign = activities.schedule_for_each(
        orgs, "Satisfaction call", TODAY, type_id=_call(), repeat=quarterly
    )
    for activity_id in campaign.activity_ids:
        assert activities.repeat_of(activity_id) == quarterly
        assert _row(activity_id).series_id == activity_id
    made = activities.complete(campaign.activity_ids[1]).next_id
    assert made is not None
    assert _row(made).due_date == D(2027, 2, 24)
    assert _row(made).organization_id == orgs[1]
    with pytest.raises(ValidationError, match="ends"):
        activities.schedule_for_each(
            orgs, "Call", TODAY, type_id=_call(), repeat=rule("day", 1, until=D(2026, 1, 1))
        )
    plain = activities.schedule_for_each(orgs, "Call", TODAY, type_id=_call())
    assert all(_row(i).series_id is None for i in plain.activity_ids)
    _consistent()


def test_a_failing_completion_leaves_nothing_half_done(
    store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    org = _org()
    first = activities.create_activity(
        "Check-in", TODAY, type_id=_call(), org_id=org, repeat=rule("week", 1)
    ).id

    def broken(activity: Activity) -> int | None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(activities, "_create_next", broken)
    with pytest.raises(RuntimeError):
        activities.complete(first)
    assert not _row(first).done
    _consistent()
