"""The Overview tab: who is planned and who is forgotten, across every account, in four charts.

- Next activity by owner: each owner's accounts in the board's columns. A click shows that
  owner's accounts of that column in the List, with the filter bar saying so.
- Contact coverage: at the end of each of the last twelve months, the share of accounts
  contacted in 30 days, in 31 to 90 days, and not in 90 days. Counted on a worker thread (it
  reads every contact of fifteen months); the chart says so meanwhile.
- Won value by month, in the default currency.
- Accounts at risk: the most won value among the accounts nobody contacted in 90 days.

A click on any bar shows its accounts in the List. The tab reads its numbers when shown, and
again when the data change while it is on screen.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarSeries,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QPercentBarSeries,
)
from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from accountmgr.domain import clock, overview
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.overview import BUCKET_ORDER, Coverage, Overview
from accountmgr.qtmodels.formatting import alarm_color, format_count, format_money, good_color
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.qtmodels.panel_models import short_date
from accountmgr.views.bucket_titles import column_title
from accountmgr.views.charts import (
    ChartView,
    accent_color,
    bar_set,
    hue_color,
    month_label,
    month_labels,
    period_text,
)
from accountmgr.views.operations import BackgroundRead

REFRESH_AFTER_MS = 250  # a burst of changes rereads once
NAME_SHOWN = 22  # characters of an account's name on the axis
TWO_COLUMNS_FROM = 860  # pixels of width: the charts two by two
MIN_CHART_HEIGHT = 220


class OverviewTab(QScrollArea):
    show_filter = Signal(object)  # an AccountFilter for the List

    def __init__(self, hub: ChangeHub, first_weekday: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_weekday = first_weekday
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(6, 6, 6, 6)
        # Without an account, what the tab would count, instead of four empty charts.
        self.empty = QLabel(
            self.tr(
                "No account yet. The Overview counts the accounts: the organizations with a "
                "won deal. Mark a deal won, or import your customers with File ▸ Import…"
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setContentsMargins(24, 48, 24, 24)
        self.empty.hide()
        column.addWidget(self.empty)
        self.charts = QWidget()
        column.addWidget(self.charts)
        column.addStretch()
        grid = QGridLayout(self.charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.buckets = ChartView(self.tr("Next activity by owner"))
        self.coverage = ChartView(self.tr("Contact coverage"))
        self.won = ChartView(self.tr("Won value by month"))
        self.at_risk = ChartView(self.tr("Accounts at risk: most won, not contacted in 90 days"))
        self.buckets.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self._grid = grid
        self._columns = 0
        self._place(2)
        self.setWidget(inner)
        self.data: Overview | None = None
        self.trend: tuple[Coverage, ...] | None = None
        self._stale = True
        self._trend = BackgroundRead(lambda: overview.coverage_trend(clock.today()), self)
        self._trend.done.connect(self._trend_counted)
        self._trend.failed.connect(lambda: self._trend_counted(None))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_AFTER_MS)
        self._timer.timeout.connect(self.refresh)
        hub.changed.connect(self._changed)
        # A new day moves the buckets, the windows of coverage and the months: a minute's tick
        # notices it (also after the laptop slept through midnight).
        self.day_timer = QTimer(self)
        self.day_timer.setInterval(60_000)
        self.day_timer.timeout.connect(self._check_day)
        self.day_timer.start()

    def _place(self, columns: int) -> None:
        """The charts two by two, or one under the other in a narrow tab (side by side, each
        would be too narrow to name its months)."""
        if columns == self._columns:
            return
        self._columns = columns
        views = (self.buckets, self.coverage, self.won, self.at_risk)
        for view in views:
            self._grid.removeWidget(view)
        for i, view in enumerate(views):
            self._grid.addWidget(view, i // columns, i % columns)
        for column in range(2):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(2 if event.size().width() >= TWO_COLUMNS_FROM else 1)

    # -- reading ----------------------------------------------------------------------------

    @Slot(object)
    def _changed(self, change: Change) -> None:
        self._stale = True
        if change.kinds - {Kind.VIEW, Kind.NOTE, Kind.FILE} and self.isVisible():
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def counting(self) -> bool:
        """Whether numbers are still to come: the tab has not read them since they changed,
        or the coverage trend is being counted."""
        return self._stale or self._trend.busy()

    @Slot()
    def _check_day(self) -> None:
        if self.data is not None and clock.today() != self.data.today:
            self._stale = True
            if self.isVisible():
                self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the numbers again and draw them; the trend follows from its worker."""
        self._stale = False
        self.data = overview.overview(clock.today(), self._first_weekday)
        has_accounts = self.data.coverage_now.accounts > 0
        self.empty.setVisible(not has_accounts)
        self.charts.setVisible(has_accounts)
        self._draw_buckets(self.data)
        self._draw_won(self.data)
        self._draw_at_risk(self.data)
        self._trend.ask()
        if self.trend is None:
            self._draw_coverage()  # "counting"; later, the last trend stays until the next

    @Slot(object)
    def _trend_counted(self, trend: tuple[Coverage, ...] | None) -> None:
        """The trend is back from its worker (None: it could not be counted)."""
        self.trend = trend
        self._draw_coverage(failed=trend is None)

    # -- drawing ----------------------------------------------------------------------------

    def _draw_buckets(self, data: Overview) -> None:
        owners = data.buckets
        names = [o.owner or self.tr("Nobody") for o in owners]
        series = QHorizontalStackedBarSeries()
        colors = _bucket_colors(self.palette())
        for b, bucket in enumerate(BUCKET_ORDER):
            counts = [o.counts[b] for o in owners]

            def tip(i: int, b: int = b, bucket_title: str = column_title(bucket)) -> str:
                return (
                    self.tr("%1, %2: %n accounts", "", owners[i].counts[b])
                    .replace("%1", names[i])
                    .replace("%2", bucket_title)
                )

            def clicked(i: int, bucket: object = bucket) -> None:
                self.show_filter.emit(overview.bucket_filter(owners[i].owner_id, bucket))  # type: ignore[arg-type]

            series.append(bar_set(column_title(bucket), counts, colors[b], tip, clicked))
        self.buckets.show_bars(series, names, horizontal=True, value_title=self.tr("Accounts"))
        _fit_rows(self.buckets, len(names))

    def _draw_won(self, data: Overview) -> None:
        months = [m for m, _ in data.won_by_month]
        scale = 10**data.exponent

        def tip(i: int) -> str:
            return (
                self.tr("Won in %1: %2")
                .replace("%1", month_label(months[i], with_year=True))
                .replace("%2", format_money(data.won_by_month[i][1], data.currency, data.exponent))
            )

        def clicked(i: int) -> None:
            title = self.tr("Won in %1").replace("%1", month_label(months[i], with_year=True))
            self._show_chosen(overview.won_in_month(months[i]), title)

        series = QBarSeries()
        color = accent_color(self.palette())
        series.append(
            bar_set(data.currency, [v / scale for _, v in data.won_by_month], color, tip, clicked)
        )
        self.won.show_bars(series, month_labels(months), value_title=data.currency)
        self.won.chart().setTitle(
            self.tr("Won value by month, %1").replace("%1", period_text(months))
        )

    def _draw_at_risk(self, data: Overview) -> None:
        rows = list(reversed(data.at_risk))  # the first at the top
        if not rows:
            self.at_risk.clear()
            self.at_risk.chart().setTitle(self.tr("Accounts at risk: none, everyone was contacted"))
            return
        scale = 10**data.exponent
        today = data.today

        def label(i: int) -> str:
            row = rows[i]
            name = row.name if len(row.name) <= NAME_SHOWN else row.name[: NAME_SHOWN - 1] + "…"
            if row.last_contact is None:
                return self.tr("never contacted · %1").replace("%1", name)
            days = (today - row.last_contact).days
            return self.tr("%n days · %1", "", days).replace("%1", name)

        def tip(i: int) -> str:
            row = rows[i]
            return (
                self.tr("%1: won %2. Click to show it in the List.")
                .replace("%1", row.name)
                .replace("%2", format_money(row.won_value, data.currency, data.exponent))
            )

        def clicked(i: int) -> None:
            self._show_chosen([rows[i].org_id], rows[i].name)

        series = QHorizontalBarSeries()
        series.append(
            bar_set(
                data.currency,
                [r.won_value / scale for r in rows],
                alarm_color(),
                tip,
                clicked,
            )
        )
        self.at_risk.chart().setTitle(
            self.tr("Accounts at risk: most won, not contacted in 90 days")
        )
        self.at_risk.show_bars(
            series, [label(i) for i in range(len(rows))], horizontal=True, value_title=data.currency
        )
        _fit_rows(self.at_risk, len(rows))

    def _draw_coverage(self, *, failed: bool = False) -> None:
        if self._trend.busy() or failed or self.trend is None:
            self.coverage.clear()
            self.coverage.chart().setTitle(
                self.tr("Contact coverage: could not count the last 12 months")
                if failed
                else self.tr("Contact coverage: counting the last 12 months…")
            )
            return
        months = [c.as_of.replace(day=1) for c in self.trend]
        self.coverage.chart().setTitle(
            self.tr("Contact coverage, %1").replace("%1", period_text(months))
        )
        trend = self.trend
        bands = [
            [c.contacted[0] for c in trend],
            [c.contacted[1] - c.contacted[0] for c in trend],
            [c.accounts - c.contacted[1] for c in trend],
        ]
        names = [
            self.tr("In 30 days"),
            self.tr("In 31 to 90 days"),
            self.tr("Not in 90 days"),
        ]
        colors = [good_color(), hue_color(self.palette(), 45), alarm_color()]
        series = QPercentBarSeries()
        for band in range(len(bands)):

            def tip(i: int, band: int = band) -> str:
                return (
                    self.tr("%1 by %2: %3 of %4 accounts")
                    .replace("%1", names[band])
                    .replace("%2", short_date(trend[i].as_of))
                    .replace("%3", format_count(bands[band][i]))
                    .replace("%4", format_count(trend[i].accounts))
                )

            def clicked(i: int, band: int = band) -> None:
                title = (
                    self.tr("%1 by %2")
                    .replace("%1", names[band])
                    .replace("%2", short_date(trend[i].as_of))
                )
                self._show_chosen(overview.coverage_accounts(trend[i].as_of, band), title)

            series.append(bar_set(names[band], bands[band], colors[band], tip, clicked))
        self.coverage.show_bars(
            series, month_labels(months), value_title=self.tr("% of accounts"), value_range=(0, 100)
        )

    def _show_chosen(self, ids: list[int], title: str) -> None:
        self.show_filter.emit(AccountFilter(chosen=tuple(ids), chosen_title=title))


def _fit_rows(view: ChartView, rows: int) -> None:
    """Room for the name of each of `rows` horizontal bars (below it, Qt cuts them to "…")."""
    line = view.fontMetrics().height()
    view.setMinimumHeight(max(MIN_CHART_HEIGHT, rows * (line + 8) + 6 * line))


# Later is further from red: today orange, tomorrow amber, this week green, then blues.
_BUCKET_HUES = (30, 45, 140, 200, 235)


def _bucket_colors(palette: QPalette) -> list[QColor]:
    grey = palette.color(QPalette.ColorRole.Mid)  # nothing planned
    return [grey, alarm_color(), *(hue_color(palette, hue) for hue in _BUCKET_HUES)]
