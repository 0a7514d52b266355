"""Figures of the Overview tab and of the side panel's Trends, taken on a shown window to the
paint of the charts, each beside the plain SQL it needs (the same statements run on the same
connection, their rows fetched and nothing else).

    python -m tests.benchmarks.insight_probe DB --today YYYY-MM-DD

- overview_painted: the Overview shown again after a change (its numbers read and drawn),
  to its four charts painted; the coverage chart says it is counting.
- overview_complete: the same, until the coverage trend has come back from its worker thread
  and its chart is painted.
- trends_painted: the richest account selected with the panel's Trends on screen, to its two
  charts painted.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

SAMPLES = 15
TREND_SAMPLES = 5


def _median_ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 2)


def _plain(statements: list[tuple[str, tuple[Any, ...]]]) -> float:
    """The time the statements take on the application's connection, rows fetched."""
    from accountmgr.store.models import db

    started = time.perf_counter()
    for sql, params in statements:
        db.execute_sql(sql, params).fetchall()
    return time.perf_counter() - started


def _statements(reads: list[Any]) -> list[tuple[str, tuple[Any, ...]]]:
    return [(read.sql, read.params) for read in reads]


def main() -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from accountmgr.domain import clock
    from accountmgr.qtmodels.hub import ChangeHub
    from accountmgr.views.main_window import MainWindow
    from tests.benchmarks.gui_probe import _open
    from tests.benchmarks.screen import wait_for_paint

    qapp = QApplication(sys.argv)
    today = dt.date.fromisoformat(sys.argv[3])
    clock.pin_today(today)
    _open(sys.argv[1])
    settings_path = Path(os.environ.get("TMPDIR", "/tmp")) / f"probe-{os.getpid()}.ini"
    hub = ChangeHub()
    window = MainWindow(hub, QSettings(str(settings_path), QSettings.Format.IniFormat))
    window.resize(1400, 860)
    window.ui.splitter.setSizes([800, 600])
    window.show()
    wait_for_paint(qapp, window.list_tab.table.viewport())
    figures = _overview_figures(qapp, window, hub, today)
    figures.update(_trends_figures(qapp, window))
    window.close()
    settings_path.unlink(missing_ok=True)
    print(json.dumps(figures))
    return 0


def _overview_figures(qapp: Any, window: Any, hub: Any, today: dt.date) -> dict[str, float]:
    """The Overview shown after a change, to painted; its reads; its trend."""
    from accountmgr.domain import overview
    from accountmgr.domain.changes import Change, Kind
    from accountmgr.domain.currencies import default_currency_read
    from tests.benchmarks.screen import on_screen

    window.ui.tabs.setCurrentWidget(window.ui.overviewTab)
    tab = window.overview
    assert tab is not None
    charts = [tab.buckets, tab.coverage, tab.won, tab.at_risk]

    def wait_trend() -> None:
        while tab.counting():
            qapp.processEvents()
            time.sleep(0.001)

    wait_trend()
    painted, complete = [], []
    for n in range(SAMPLES):
        window.ui.tabs.setCurrentIndex(0)
        hub.publish(Change(kinds=frozenset({Kind.ACTIVITY})))  # heard while the List shows
        qapp.processEvents()
        started = time.perf_counter()
        window.ui.tabs.setCurrentWidget(window.ui.overviewTab)
        for view in charts:
            view.repaint()
        painted.append(time.perf_counter() - started)
        if not all(on_screen(window, view) for view in charts):
            raise RuntimeError("the Overview's charts are not on screen")
        if n < TREND_SAMPLES:
            wait_trend()
            tab.coverage.repaint()
            complete.append(time.perf_counter() - started)
        else:
            wait_trend()
    months = overview.months_shown(today)
    first = months[0]
    reads = [
        default_currency_read(),
        overview._buckets_read(),
        overview._contacted_read(today),
        overview._won_read(first),
        overview._at_risk_read(today),
        overview._users_read(),
    ]
    plain = [_plain(_statements(reads)) for _ in range(SAMPLES)]
    reading = []
    for _ in range(SAMPLES):
        started = time.perf_counter()
        overview.overview(today, window.model.first_weekday)
        reading.append(time.perf_counter() - started)
    ends = [overview.month_end(m, today) for m in months]
    start = (ends[0] - dt.timedelta(days=max(overview.WINDOWS))).isoformat()
    trend_sql = [
        (overview._ACCOUNTS_SINCE, ()),
        (overview._CONTACT_DAYS, (start, (today + dt.timedelta(days=1)).isoformat())),
    ]
    trend_plain = [_plain(trend_sql) for _ in range(TREND_SAMPLES)]
    trend = []
    for _ in range(TREND_SAMPLES):
        started = time.perf_counter()
        overview.coverage_trend(today)
        trend.append(time.perf_counter() - started)
    return {
        "overview_painted_median_ms": _median_ms(painted),
        "overview_read_median_ms": _median_ms(reading),
        "baseline_overview_plain_sql_median_ms": _median_ms(plain),
        "overview_complete_median_ms": _median_ms(complete),
        "coverage_trend_median_ms": _median_ms(trend),
        "baseline_coverage_trend_plain_sql_median_ms": _median_ms(trend_plain),
    }


def _trends_figures(qapp: Any, window: Any) -> dict[str, float]:
    """The richest account selected with the side panel's Trends on screen, to painted."""
    from accountmgr.domain import account_detail, insight
    from accountmgr.domain.currencies import default_currency_read
    from accountmgr.domain.reads import Read
    from tests.benchmarks.screen import on_screen

    rich = account_detail.richest_account()
    assert rich is not None
    window.ui.tabs.setCurrentIndex(0)
    other = window.model.org_id(0)
    side = window.panel
    window.list_tab.select([rich])
    qapp.processEvents()
    side.ui.sections.setCurrentWidget(side.ui.trendsPage)
    qapp.processEvents()
    samples = []
    views = [side.charts._won, side.charts._contacts]
    for _ in range(SAMPLES):
        window.list_tab.select([other])
        side.repaint()
        started = time.perf_counter()
        window.list_tab.select([rich])
        for view in views:
            view.repaint()
        samples.append(time.perf_counter() - started)
        if not all(view is not None and on_screen(window, view) for view in views):
            raise RuntimeError("the Trends' charts are not on screen")
    account_reads = [
        default_currency_read(),
        Read(insight._WON, (rich,), lambda rows: rows),
        Read(insight._DONE, (rich,), lambda rows: rows),
    ]
    trends_plain = [_plain(_statements(account_reads)) for _ in range(SAMPLES)]
    return {
        "trends_painted_median_ms": _median_ms(samples),
        "baseline_trends_plain_sql_median_ms": _median_ms(trends_plain),
    }


if __name__ == "__main__":
    sys.exit(main())
