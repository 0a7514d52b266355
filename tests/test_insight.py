"""The numbers the side panel's charts show: the won value by quarter and the contact cadence,
each checked against a direct SQL count on the demo data, and by hand on a small account."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from accountmgr.domain import activities, deals, demo, insight
from accountmgr.domain.insight import QuarterValue
from accountmgr.store.models import db
from tests.conftest import TODAY, shown_window, won_account

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot


def test_a_small_account_by_hand(store: Path) -> None:
    org = won_account("Kestrel", value=100_00)  # won on 5 January 2026: Q1 2026
    for when, value in ((dt.datetime(2026, 5, 2, 9), 250_00), (dt.datetime(2023, 3, 1, 9), 7_00)):
        deals.mark_won(
            deals.create_deal("More", org_id=org, value_minor=value, currency="EUR").id, when
        )
    call = activities.type_id("call")
    for day in (
        dt.date(2026, 11, 2),
        dt.date(2026, 11, 12),
        dt.date(2026, 9, 1),
        dt.date(2025, 6, 1),
    ):
        made = activities.create_activity("Call", day, type_id=call, org_id=org).id
        activities.mark_done(made, when=dt.datetime.combine(day, dt.time(10)))
    found = insight.account_insight(org, TODAY)  # 24 November 2026: Q4 2026
    assert (found.currency, found.exponent) == ("EUR", 2)
    assert found.won_by_quarter[0] == QuarterValue(2025, 1, 0)
    assert found.won_by_quarter[-1] == QuarterValue(2026, 4, 0)
    by_quarter = {(q.year, q.quarter): q.value for q in found.won_by_quarter}
    assert by_quarter[(2026, 1)] == 100_00
    assert by_quarter[(2026, 2)] == 250_00
    assert found.won_before == 7_00  # 2023: before the quarters shown
    assert len(found.contacts_by_month) == 12
    assert found.contacts_by_month[0] == (dt.date(2025, 12, 1), 0)
    months = dict(found.contacts_by_month)
    assert months[dt.date(2026, 11, 1)] == 2
    assert months[dt.date(2026, 9, 1)] == 1
    assert found.contacts == 3  # June 2025 is older than twelve months
    assert found.average_gap_days == pytest.approx((62 + 10) / 2)  # 1 Sep → 2 Nov → 12 Nov


def test_an_account_never_won_nor_contacted(store: Path) -> None:
    from accountmgr.domain import organizations

    org = organizations.create_organization("Prospect").id
    found = insight.account_insight(org, TODAY)
    assert all(q.value == 0 for q in found.won_by_quarter)
    assert found.contacts == 0
    assert found.average_gap_days is None


@pytest.mark.sqlite_only
def test_every_number_matches_a_direct_sql_count_on_the_demo_data(store: Path) -> None:
    demo.generate(80, seed=7, today=TODAY)
    orgs = [
        row[0]
        for row in db.execute_sql(
            "SELECT org_id FROM org_summary WHERE won_count > 0 ORDER BY won_value DESC LIMIT 15"
        ).fetchall()
    ]
    assert orgs
    for org in orgs:
        found = insight.account_insight(org, TODAY)
        for quarter in found.won_by_quarter:
            first_month = (quarter.quarter - 1) * 3 + 1
            start = dt.date(quarter.year, first_month, 1)
            end = dt.date(quarter.year + (first_month + 3 > 12), (first_month + 2) % 12 + 1, 1)
            [(expected,)] = db.execute_sql(
                "SELECT COALESCE(CAST(sum(ROUND(d.value_minor * (CAST(c.conv_num AS REAL) "
                "/ c.conv_den))) AS INTEGER), 0) FROM deal d JOIN currency c "
                "ON c.code = d.currency WHERE d.organization_id = ? AND d.status = 'won' "
                "AND date(d.won_time) >= ? AND date(d.won_time) < ?",
                (org, start.isoformat(), end.isoformat()),
            ).fetchall()
            assert quarter.value == expected, (org, quarter)
        for month, count in found.contacts_by_month:
            following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            [(expected,)] = db.execute_sql(
                "SELECT count(*) FROM activity WHERE organization_id = ? AND done = 1 "
                "AND date(done_time) >= ? AND date(done_time) < ? AND date(done_time) <= ?",
                (org, month.isoformat(), following.isoformat(), TODAY.isoformat()),
            ).fetchall()
            assert count == expected, (org, month)


# -- the side panel's Trends ----------------------------------------------------------------


def test_the_trends_tab_draws_the_numbers_of_the_selected_account(
    qtbot: QtBot, settings: QSettings, store: Path
) -> None:
    from accountmgr.domain import clock

    clock.pin_today(TODAY)
    org = won_account("Kestrel", value=100_00)  # Q1 2026
    call = activities.type_id("call")
    for day in (dt.date(2026, 9, 1), dt.date(2026, 11, 2)):
        made = activities.create_activity("Call", day, type_id=call, org_id=org).id
        activities.mark_done(made, when=dt.datetime.combine(day, dt.time(10)))
    window = shown_window(qtbot, settings)
    window.list_tab.select([org])
    qtbot.waitUntil(lambda: window.panel.org_id == org)
    charts = window.panel.charts
    assert charts.shown is None  # Trends is not on screen: nothing read, nothing drawn
    window.panel.ui.sections.setCurrentWidget(window.panel.ui.trendsPage)
    shown = insight.account_insight(org, TODAY)
    assert charts.shown == shown
    [won] = charts._won.chart().series()
    [bars] = won.barSets()
    assert [bars.at(i) for i in range(bars.count())] == [
        q.value / 100 for q in shown.won_by_quarter
    ]
    assert bars.at(4) == 100.0  # Q1 2026
    [done] = charts._contacts.chart().series()
    [bars] = done.barSets()
    assert [bars.at(i) for i in range(12)] == [float(c) for _, c in shown.contacts_by_month]
    text = window.panel.ui.cadenceLabel.text()
    assert "2 contacts in the last 12 months, one every 62 days on average" in text
    # A contact made meanwhile is drawn at once.
    made = activities.create_activity("Visit", TODAY, type_id=call, org_id=org).id
    window._hub.publish(activities.mark_done(made, when=dt.datetime(2026, 11, 24, 9)))
    qtbot.waitUntil(lambda: charts.shown is not None and charts.shown.contacts == 3)
    assert "3 contacts" in window.panel.ui.cadenceLabel.text()
