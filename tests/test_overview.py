"""The Overview tab: every number its charts show, checked against a direct count of the
activities and deals on the demo data; and a click on a bar shows those accounts in the List."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QAbstractSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from accountmgr.domain import account_list, activities, clock, demo, overview
from accountmgr.domain.account_list import NO_OWNER, AccountFilter
from accountmgr.domain.buckets import Bucket, bucket_for
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.overview import BUCKET_ORDER, WINDOWS
from accountmgr.store.models import db
from tests.conftest import TODAY, shown_window, won_account

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from accountmgr.views.charts import ChartView
    from accountmgr.views.main_window import MainWindow


def _rows(sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in db.execute_sql(sql, params).fetchall()]


def _accounts_as_of(day: dt.date) -> set[int]:
    """Organizations whose first deal was won by `day`, read from the deals themselves."""
    return {
        int(org)
        for (org,) in _rows(
            "SELECT d.organization_id FROM deal d WHERE d.status = 'won' "
            "AND d.organization_id IS NOT NULL GROUP BY d.organization_id "
            "HAVING min(d.won_time) < ?",
            ((day + dt.timedelta(days=1)).isoformat(),),
        )
    }


def _contacted(day: dt.date, days: int) -> set[int]:
    return {
        int(org)
        for (org,) in _rows(
            "SELECT DISTINCT organization_id FROM activity WHERE done = 1 "
            "AND done_time >= ? AND done_time < ? AND organization_id IS NOT NULL",
            ((day - dt.timedelta(days=days)).isoformat(), (day + dt.timedelta(1)).isoformat()),
        )
    }


@pytest.fixture
def demo_data(store: Path) -> Path:
    clock.pin_today(TODAY)
    demo.generate(120, seed=11, today=TODAY)
    return store


@pytest.mark.sqlite_only
def test_every_number_matches_a_direct_count_on_the_demo_data(demo_data: Path) -> None:
    found = overview.overview(TODAY, first_weekday=0)
    now = _accounts_as_of(TODAY)
    assert found.coverage_now.accounts == len(now) > 20

    # Next activity by owner: each account's earliest open activity, bucketed as the board does.
    expected: dict[tuple[int, str], int] = {}
    for org, owner, due in _rows(
        "SELECT o.id, o.owner_id, (SELECT min(a.due_date) FROM activity a "
        "WHERE a.organization_id = o.id AND a.done = 0) FROM organization o"
    ):
        if org in now:
            day = dt.date.fromisoformat(str(due)) if due else None
            key = (int(owner) if owner is not None else NO_OWNER, bucket_for(day, TODAY, 0))
            expected[key] = expected.get(key, 0) + 1
    shown = {
        (o.owner_id, bucket): o.counts[i]
        for o in found.buckets
        for i, bucket in enumerate(BUCKET_ORDER)
        if o.counts[i]
    }
    assert shown == expected

    # Won value by month, each deal converted as the summary converts it.
    rates = {
        str(c): (int(n), int(d))
        for c, n, d in _rows("SELECT code, conv_num, conv_den FROM currency")
    }
    by_month: dict[str, int] = {}
    for value, currency, won in _rows(
        "SELECT value_minor, currency, won_time FROM deal WHERE status = 'won' "
        "AND organization_id IS NOT NULL"
    ):
        num, den = rates[str(currency)]
        month_key = str(won)[:7]
        by_month[month_key] = by_month.get(month_key, 0) + round(int(value) * num / den)
    assert len(found.won_by_month) == 12
    assert found.won_by_month[-1][0] == dt.date(2026, 11, 1)
    for month, value in found.won_by_month:
        assert value == by_month.get(month.isoformat()[:7], 0), month
    assert sum(v for _, v in found.won_by_month) > 0

    # Contact coverage at the end of each month, and today.
    trend = overview.coverage_trend(TODAY)
    assert [c.as_of for c in trend][-2:] == [dt.date(2026, 10, 31), TODAY]
    for point in trend:
        accounts = _accounts_as_of(point.as_of)
        assert point.accounts == len(accounts), point
        for window, count in zip(WINDOWS, point.contacted, strict=True):
            assert count == len(accounts & _contacted(point.as_of, window)), (point, window)
    assert trend[-1] == found.coverage_now
    assert any(c.contacted[0] for c in trend)

    # At risk: the most won among the accounts nobody contacted in 90 days.
    quiet = now - _contacted(TODAY, 90)
    won = {
        int(org): int(value)
        for org, value in _rows("SELECT org_id, won_value FROM org_summary WHERE won_count > 0")
    }
    ranked = sorted(quiet, key=lambda org: (-won[org], -org))
    assert [r.org_id for r in found.at_risk] == ranked[: len(found.at_risk)]
    assert len(found.at_risk) == min(10, len(quiet))


def test_each_chart_element_has_as_many_accounts_as_it_counts(demo_data: Path) -> None:
    found = overview.overview(TODAY)
    trend = overview.coverage_trend(TODAY)
    for point in trend[-3:]:
        sizes = [len(overview.coverage_accounts(point.as_of, band)) for band in range(3)]
        assert sizes == [
            point.contacted[0],
            point.contacted[1] - point.contacted[0],
            point.accounts - point.contacted[1],
        ]
    for owner in found.buckets:
        for i, bucket in enumerate(BUCKET_ORDER):
            listed = account_list.account_ids(
                overview.bucket_filter(owner.owner_id, bucket), today=TODAY
            )
            assert len(listed) == owner.counts[i], (owner, bucket)
    busy = max(found.won_by_month, key=lambda mv: mv[1])[0]
    ids = overview.won_in_month(busy)
    assert ids
    listed = account_list.account_ids(AccountFilter(chosen=tuple(ids)), today=TODAY)
    assert sorted(listed) == ids


def test_a_month_end_counts_contacts_up_to_that_day(store: Path) -> None:
    clock.pin_today(TODAY)
    org = won_account("Kestrel")  # an account since 5 January 2026
    call = activities.type_id("call")
    made = activities.create_activity("Call", dt.date(2026, 9, 1), type_id=call, org_id=org).id
    activities.mark_done(made, when=dt.datetime(2026, 9, 1, 10))  # 1 September
    trend = {c.as_of: c for c in overview.coverage_trend(TODAY)}
    assert trend[dt.date(2025, 12, 31)].accounts == 0  # not yet an account
    assert trend[dt.date(2026, 8, 31)].contacted == (0, 0)
    assert trend[dt.date(2026, 9, 30)].contacted == (1, 1)  # 29 days before
    assert trend[dt.date(2026, 10, 31)].contacted == (0, 1)  # 60 days before
    assert trend[TODAY].contacted == (0, 1)  # 84 days before
    assert overview.coverage_accounts(TODAY, 1) == [org]
    assert overview.coverage_accounts(dt.date(2026, 8, 31), 2) == [org]
    at_risk = overview.overview(TODAY).at_risk
    assert at_risk == ()  # contacted 84 days ago: not yet at risk
    clock.pin_today(dt.date(2026, 12, 1))  # 91 days
    [risk] = overview.overview(dt.date(2026, 12, 1)).at_risk
    assert (risk.org_id, risk.last_contact) == (org, dt.date(2026, 9, 1))


# -- the tab --------------------------------------------------------------------------------


def _overview(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionShowOverview.trigger()
    assert window.overview is not None
    qtbot.waitUntil(lambda: not window.overview.counting(), timeout=10_000)  # type: ignore[union-attr]


def _click_bar(view: ChartView, series: QAbstractSeries, set_index: int, index: int) -> None:
    """Click the middle of one bar with the mouse, where the chart draws it (one set of bars,
    or stacked ones: counts, or shares of 100 %)."""
    chart = view.chart()
    assert isinstance(series, QAbstractBarSeries)
    values = [bars.at(index) for bars in series.barSets()]
    kind = type(series).__name__
    if "Percent" in kind:
        values = [100 * v / sum(values) for v in values]
    stacked = "Stacked" in kind or "Percent" in kind
    middle = (sum(values[:set_index]) if stacked else 0) + values[set_index] / 2
    point = QPointF(middle, index) if "Horizontal" in kind else QPointF(index, middle)
    at = view.mapFromScene(chart.mapToScene(chart.mapToPosition(point, series)))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def test_a_click_on_an_account_at_risk_shows_it_in_the_list(
    qtbot: QtBot, settings: QSettings, demo_data: Path
) -> None:
    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    assert tab.data is not None
    first = tab.data.at_risk[0]
    [series] = tab.at_risk.chart().series()
    _click_bar(tab.at_risk, series, 0, len(tab.data.at_risk) - 1)  # the top bar
    assert window.ui.tabs.currentIndex() == 0
    assert window.filters.value.chosen == (first.org_id,)
    assert window.list_tab.model.rowCount() == 1
    assert window.list_tab.selected_ids() == [first.org_id]
    assert window.list_tab.chosen.isVisible()
    assert first.name in window.list_tab.chosen.text()
    qtbot.waitUntil(lambda: window.panel.org_id == first.org_id)
    window.list_tab.chosen.click()  # back to every account
    assert window.filters.value.chosen is None
    assert window.list_tab.model.rowCount() == tab.data.coverage_now.accounts


def test_a_click_on_a_month_and_on_an_owner_shows_those_accounts(
    qtbot: QtBot, settings: QSettings, demo_data: Path
) -> None:
    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    assert tab.data is not None
    assert tab.trend is not None
    # Won value by month: the busiest month.
    busiest = max(range(12), key=lambda i: tab.data.won_by_month[i][1])  # type: ignore[union-attr]
    [series] = tab.won.chart().series()
    _click_bar(tab.won, series, 0, busiest)
    month = tab.data.won_by_month[busiest][0]
    assert window.filters.value.chosen == tuple(overview.won_in_month(month))
    assert window.list_tab.model.rowCount() == len(overview.won_in_month(month))
    assert "Won in" in window.list_tab.chosen.text()
    # Coverage: this month's "not in 90 days".
    window.ui.actionShowOverview.trigger()
    [series] = tab.coverage.chart().series()
    _click_bar(tab.coverage, series, 2, 11)
    now = tab.trend[-1]
    assert window.list_tab.model.rowCount() == now.accounts - now.contacted[1]
    # Next activity by owner: the first owner's overdue accounts, as a filter of the bar.
    window.ui.actionShowOverview.trigger()
    [series] = tab.buckets.chart().series()
    owner = tab.data.buckets[0]
    overdue = BUCKET_ORDER.index(Bucket.OVERDUE)
    assert owner.counts[overdue]
    _click_bar(tab.buckets, series, overdue, 0)
    assert window.filters.value == AccountFilter(owner_id=owner.owner_id, bucket=Bucket.OVERDUE)
    assert window.list_tab.model.rowCount() == owner.counts[overdue]
    assert not window.list_tab.chosen.isVisible()


def test_the_overview_follows_a_change(qtbot: QtBot, settings: QSettings, store: Path) -> None:
    clock.pin_today(TODAY)
    won_account("Kestrel")
    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    assert tab.data is not None
    assert [r.name for r in tab.data.at_risk] == ["Kestrel"]  # never contacted
    org = tab.data.at_risk[0].org_id
    made = activities.create_activity("Call", TODAY, type_id=activities.type_id("call"), org_id=org)
    hub = window._hub
    hub.publish(activities.mark_done(made.id, when=dt.datetime(2026, 11, 24, 9)))
    qtbot.waitUntil(lambda: tab.data is not None and tab.data.at_risk == (), timeout=5000)
    qtbot.waitUntil(
        lambda: not tab.counting() and tab.trend is not None and tab.trend[-1].contacted == (1, 1)
    )


def test_a_new_day_moves_the_overview_on(qtbot: QtBot, settings: QSettings, store: Path) -> None:
    clock.pin_today(TODAY)
    won_account("Kestrel")
    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    assert tab.data is not None
    assert tab.data.won_by_month[-1][0] == dt.date(2026, 11, 1)
    clock.pin_today(dt.date(2026, 12, 1))  # the laptop slept through the end of the month
    tab.day_timer.timeout.emit()
    qtbot.waitUntil(lambda: not tab.counting(), timeout=10_000)
    assert tab.data.today == dt.date(2026, 12, 1)
    assert tab.data.won_by_month[-1][0] == dt.date(2026, 12, 1)
    assert tab.trend is not None
    assert tab.trend[-1].as_of == dt.date(2026, 12, 1)


def test_a_trend_that_cannot_be_counted_is_said(
    qtbot: QtBot, settings: QSettings, store: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accountmgr.store.errors import StoreError

    def lost(today: dt.date) -> None:
        raise StoreError("The team database cannot be reached.")

    monkeypatch.setattr(overview, "coverage_trend", lost)
    clock.pin_today(TODAY)
    won_account("Kestrel")
    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    assert tab.trend is None
    assert "could not count the last 12 months" in tab.coverage.chart().title()
    assert tab.data is not None  # the other charts are drawn
    assert [r.name for r in tab.data.at_risk] == ["Kestrel"]


def test_an_empty_database_says_what_the_overview_counts(
    qtbot: QtBot, settings: QSettings, store: Path
) -> None:
    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    assert tab.empty.isVisible()
    assert "No account yet" in tab.empty.text()
    assert not tab.charts.isVisible()
    won_account("Kestrel")
    window._hub.publish(Change(kinds=frozenset({Kind.DEAL})))
    qtbot.waitUntil(tab.charts.isVisible, timeout=5000)
    assert not tab.empty.isVisible()


def test_stacked_bars_fit_their_axis(qtbot: QtBot, settings: QSettings, store: Path) -> None:
    from PySide6.QtCharts import QValueAxis

    from accountmgr.domain import organizations

    clock.pin_today(TODAY)
    ana = organizations.create_user("Ana Sousa")
    call = activities.type_id("call")
    for name, due in (("A", None), ("B", TODAY - dt.timedelta(days=3)), ("C", TODAY)):
        org = won_account(name, owner=ana)
        if due is not None:
            activities.create_activity("Call", due, type_id=call, org_id=org)
    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    [axis] = [a for a in tab.buckets.chart().axes() if isinstance(a, QValueAxis)]
    assert axis.max() >= 3  # one account in each of three columns: a bar of 3
    assert axis.tickCount() == round(axis.max()) + 1  # 0, 1, 2, 3: no tick twice named


def test_a_bar_hidden_by_its_click_leaves_no_tip_on_the_list(
    qtbot: QtBot, settings: QSettings, demo_data: Path
) -> None:
    from PySide6.QtWidgets import QToolTip

    window = shown_window(qtbot, settings)
    _overview(qtbot, window)
    tab = window.overview
    assert tab is not None
    assert tab.data is not None
    [series] = tab.at_risk.chart().series()
    assert isinstance(series, QAbstractBarSeries)
    [bars] = series.barSets()
    _click_bar(tab.at_risk, series, 0, 0)
    assert window.ui.tabs.currentIndex() == 0
    bars.hovered.emit(True, 0)  # the hover the view sends the bar after the click
    assert not QToolTip.isVisible()
