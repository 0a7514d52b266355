"""The side panel's Trends: what the account is worth over time (its won value by quarter over
two years, in the default currency) and how often it is contacted (activities done per month
over twelve months, with the average gap between two contacts).

Read and drawn only while the Trends tab is on screen, so the panel's other tabs cost nothing
more; QtCharts is imported when the tab is first shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Slot

from accountmgr.domain import clock, insight
from accountmgr.qtmodels.formatting import format_money

if TYPE_CHECKING:
    from accountmgr.domain.insight import AccountInsight
    from accountmgr.views.charts import ChartView
    from accountmgr.views.forms.ui_side_panel import Ui_SidePanel


class AccountCharts(QObject):
    def __init__(self, ui: Ui_SidePanel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.org_id: int | None = None
        self.shown: AccountInsight | None = None  # what the charts draw
        self._stale = True
        self._won: ChartView | None = None
        self._contacts: ChartView | None = None
        ui.sections.currentChanged.connect(self._section_changed)

    def show(self, org_id: int | None) -> None:
        """The account to chart (None: none); drawn now if the tab is on screen."""
        self.org_id = org_id
        self._stale = True
        if self._on_screen():
            self.refresh()

    def _on_screen(self) -> bool:
        return self.ui.sections.currentWidget() is self.ui.trendsPage

    @Slot(int)
    def _section_changed(self, _index: int) -> None:
        if self._on_screen() and self._stale:
            self.refresh()

    def _build(self) -> tuple[ChartView, ChartView]:
        from accountmgr.views.charts import ChartView

        if self._won is None or self._contacts is None:
            self._won = ChartView(self.tr("Won value by quarter"))
            self._contacts = ChartView(self.tr("Contacts by month"))  # titled when drawn
            for view in (self._won, self._contacts):
                view.setMinimumHeight(200)
                self.ui.trendsLayout.addWidget(view)
        return self._won, self._contacts

    def refresh(self) -> None:
        self._stale = False
        if self.org_id is None:
            return
        found = insight.account_insight(self.org_id, clock.today())
        self.shown = found
        self._draw(found)

    def _draw(self, found: AccountInsight) -> None:
        from PySide6.QtCharts import QBarSeries

        from accountmgr.views.charts import (
            accent_color,
            bar_set,
            month_label,
            month_labels,
            period_text,
        )

        won_view, contacts_view = self._build()
        palette = won_view.palette()
        scale = 10**found.exponent
        quarters = found.won_by_quarter

        def quarter_text(i: int) -> str:  # "Q3 2026"
            return (
                self.tr("Q%1 %2", "a quarter of a year, and the year")
                .replace("%1", QLocale().toString(quarters[i].quarter))
                .replace("%2", str(quarters[i].year))
            )

        def won_tip(i: int) -> str:
            money = format_money(quarters[i].value, found.currency, found.exponent)
            return self.tr("Won in %1: %2").replace("%1", quarter_text(i)).replace("%2", money)

        won = QBarSeries()
        won.append(
            bar_set(
                found.currency,
                [q.value / scale for q in quarters],
                accent_color(palette),
                won_tip,
                lambda _i: None,
            )
        )
        # An axis needs distinct names: this year's Q1 is told from last year's by zero-width
        # spaces (the title gives the years).
        labels = [
            self.tr("Q%1", "a quarter of a year").replace("%1", QLocale().toString(q.quarter))
            + "\u200b" * i
            for i, q in enumerate(quarters)
        ]
        won_view.show_bars(won, labels, value_title=found.currency)
        period = f"{quarter_text(0)} \N{EN DASH} {quarter_text(len(quarters) - 1)}"
        won_view.chart().setTitle(self.tr("Won value by quarter, %1").replace("%1", period))

        months = [m for m, _ in found.contacts_by_month]

        def contact_tip(i: int) -> str:
            return self.tr("%1: %n activities done", "", found.contacts_by_month[i][1]).replace(
                "%1", month_label(months[i], with_year=True)
            )

        contacts = QBarSeries()
        contacts.append(
            bar_set(
                self.tr("Activities done"),
                [count for _, count in found.contacts_by_month],
                accent_color(palette),
                contact_tip,
                lambda _i: None,
            )
        )
        contacts_view.show_bars(contacts, month_labels(months), value_title=self.tr("Activities"))
        title = self.tr("Contacts by month, %1").replace("%1", period_text(months))
        contacts_view.chart().setTitle(title)
        lines = [self.cadence_text(found)]
        if found.won_before:
            before = format_money(found.won_before, found.currency, found.exponent)
            lines.append(
                self.tr("Won before %1: %2").replace("%1", quarter_text(0)).replace("%2", before)
            )
        self.ui.cadenceLabel.setText("\n".join(lines))

    def cadence_text(self, found: AccountInsight) -> str:
        """ "14 contacts in 12 months, one every 26 days on average"."""
        if found.contacts == 0:
            return self.tr("Nobody contacted this account in the last 12 months.")
        text = self.tr("%n contacts in the last 12 months", "", found.contacts)
        if found.average_gap_days is None:
            return text
        gap = round(found.average_gap_days)
        return self.tr("%1, one every %n days on average", "", gap).replace("%1", text)
