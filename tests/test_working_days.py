"""Working days: a date the application proposes (a drop on the board, the follow-up offered
after "mark done") never falls on the weekend; a recurring activity keeps its own day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import (
    account_detail,
    activities,
    activity_types,
    clock,
    deals,
    organizations,
    recurrence,
)
from accountmgr.domain.buckets import (
    DEFAULT_WEEKEND,
    SCHEDULABLE,
    drop_date,
    followup_date,
    next_working_day,
)
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.schedule_dialog import ScheduleDialog
from accountmgr.views.main_window import MainWindow

THURSDAY = dt.date(2026, 11, 26)
FRIDAY = dt.date(2026, 11, 27)
SATURDAY = dt.date(2026, 11, 28)
SUNDAY = dt.date(2026, 11, 29)
MONDAY = dt.date(2026, 11, 30)


# --- the rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (THURSDAY, THURSDAY),
        (FRIDAY, FRIDAY),
        (SATURDAY, MONDAY),
        (SUNDAY, MONDAY),
        (MONDAY, MONDAY),
        (dt.date(2026, 12, 26), dt.date(2026, 12, 28)),  # a Saturday across a month end
        (dt.date(2027, 1, 2), dt.date(2027, 1, 4)),  # a Saturday across a year end
    ],
)
def test_a_weekend_day_moves_forward_to_monday(day: dt.date, expected: dt.date) -> None:
    assert next_working_day(day) == expected


def test_another_weekend_moves_to_its_own_next_working_day() -> None:
    friday_saturday = frozenset({4, 5})
    assert next_working_day(FRIDAY, friday_saturday) == SUNDAY
    assert next_working_day(SUNDAY, friday_saturday) == SUNDAY
    everything = frozenset(range(7))
    assert next_working_day(SATURDAY, everything) == SATURDAY  # nothing to move to


@pytest.mark.parametrize(
    ("done_on", "days", "expected"),
    [
        (THURSDAY, 2, MONDAY),  # Saturday -> Monday
        (FRIDAY, 1, MONDAY),  # Saturday -> Monday
        (FRIDAY, 2, MONDAY),  # Sunday -> Monday
        (THURSDAY, 1, FRIDAY),  # a working day stays
        (THURSDAY, 30, dt.date(2026, 12, 28)),  # Saturday 26 December -> Monday 28
        (dt.date(2026, 12, 3), 90, dt.date(2027, 3, 3)),  # a Wednesday stays
        (dt.date(2026, 11, 30), 90, dt.date(2027, 3, 1)),  # Sunday 28 February -> Monday
    ],
)
def test_the_follow_up_lands_on_a_working_day(
    done_on: dt.date, days: int, expected: dt.date
) -> None:
    assert followup_date(done_on, days) == expected


@given(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)),
    st.integers(min_value=1, max_value=3650),
)
def test_the_follow_up_is_the_first_working_day_from_the_delay(done_on: dt.date, days: int) -> None:
    day = followup_date(done_on, days)
    target = done_on + dt.timedelta(days=days)
    assert day.weekday() not in DEFAULT_WEEKEND
    assert target <= day <= target + dt.timedelta(days=2)
    # Nothing was skipped: every day between the delay and the proposal is a weekend day.
    skipped = [target + dt.timedelta(days=n) for n in range((day - target).days)]
    assert all(d.weekday() in DEFAULT_WEEKEND for d in skipped)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_drops_and_follow_ups_share_the_rule(today: dt.date) -> None:
    """A drop's date is already a working day: the follow-up rule leaves it where it is."""
    for first_weekday in (0, 5, 6):
        for bucket in SCHEDULABLE[2:]:  # This week, Next week, Later: chosen working days
            day = drop_date(bucket, today, first_weekday)
            if day is not None:
                assert next_working_day(day) == day


# --- the domain with a database: the day proposed for an activity's follow-up --------------------


def test_follow_up_day_of_an_activity_type(store: Path) -> None:
    email = activities.type_id("email")  # a default delay of 30 days
    task = activities.type_id("task")  # none: a week
    assert activities.followup_day(email, THURSDAY) == dt.date(2026, 12, 28)  # not Sat 26
    assert activities.followup_day(email, dt.date(2026, 11, 24)) == dt.date(2026, 12, 24)
    assert activities.followup_day(task, SATURDAY) == dt.date(2026, 12, 7)  # Sat 5 -> Mon 7
    assert activities.followup_day(task, THURSDAY) == dt.date(2026, 12, 3)


def test_follow_up_day_after_a_two_day_delay_on_a_thursday(store: Path) -> None:
    kind = activity_types.add_type(
        "Site visit", icon="meeting.svg", color="#1565c0", followup_days=2
    )
    assert activities.followup_day(kind.id, THURSDAY) == MONDAY
    assert activities.followup_day(kind.id, dt.date(2026, 11, 23)) == dt.date(2026, 11, 25)


def test_recurring_activities_keep_their_own_day(store: Path) -> None:
    """Completing a weekly Saturday activity creates the next one on the next Saturday: the
    working-day rule is for proposals, not for a repetition the person chose."""
    org = organizations.create_organization("Kestrel Dental GmbH").id
    deals.mark_won(deals.create_deal("Chairs", org_id=org, value_minor=1, currency="EUR").id)
    weekly = recurrence.rule("week")
    first = activities.create_activity(
        "Market stall", SATURDAY, type_id=activities.type_id("task"), org_id=org, repeat=weekly
    ).id
    clock.pin_today(SATURDAY)
    activities.complete(first)
    following = activities.next_open_activity(org)
    assert following is not None
    [due] = [a.due_date for a in account_detail.activities_of(org) if a.id == following]
    assert due == SATURDAY + dt.timedelta(days=7)
    assert due.weekday() == 5


# --- the panel and the board: the follow-up offered after "mark done" ----------------------------


@pytest.fixture
def kestrel(store: Path) -> int:
    org = organizations.create_organization("Kestrel Dental GmbH").id
    deals.mark_won(deals.create_deal("Chairs", org_id=org, value_minor=1, currency="EUR").id)
    return org


@pytest.fixture
def window(kestrel: int, qtbot: QtBot, settings: QSettings) -> MainWindow:
    clock.pin_today(THURSDAY)
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _accept_follow_up(box: object) -> None:
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes is not None
    yes.click()


def test_the_panel_proposes_a_working_day_for_the_follow_up(
    window: MainWindow, kestrel: int
) -> None:
    email = activities.type_id("email")  # done on Thursday 26 November + 30 days: a Saturday
    only = activities.create_activity("Check-in email", THURSDAY, type_id=email, org_id=kestrel).id
    window.list_tab.select([kestrel])
    panel = window.panel
    assert panel.org_id == kestrel
    row = panel.activities.row_of(only)
    panel.ui.activitiesView.setCurrentIndex(panel.activities.index(row))
    panel.ui.activityDone.click()

    box = panel.edits.last_dialog
    assert isinstance(box, QMessageBox)
    assert "Monday, December 28, 2026" in box.text()  # the question names the day proposed
    _accept_follow_up(box)
    dialog = panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    proposed = dialog.ui.date.date().toPython()
    assert isinstance(proposed, dt.date)
    assert proposed == dt.date(2026, 12, 28)
    assert proposed.weekday() not in DEFAULT_WEEKEND


def test_done_on_the_board_proposes_a_working_day(window: MainWindow, kestrel: int) -> None:
    kind = activity_types.add_type(
        "Site visit", icon="meeting.svg", color="#1565c0", followup_days=2
    )
    activities.create_activity("Visit", THURSDAY, type_id=kind.id, org_id=kestrel)
    window.ui.actionShowKanban.trigger()
    window.kanban_tab.done_requested.emit([kestrel])  # what Ctrl+D on a card does

    _accept_follow_up(window.panel.edits.last_dialog)
    dialog = window.panel.edits.last_dialog
    assert isinstance(dialog, ScheduleDialog)
    assert dialog.ui.date.date().toPython() == MONDAY  # Thursday + 2 days is a Saturday
