"""The Overview tab in the main window: built when first shown (start-up does not load
QtCharts), with Ctrl+3 to reach it; a click on a chart shows its accounts in the List."""

from __future__ import annotations

from typing import TYPE_CHECKING

from accountmgr.domain.account_list import AccountFilter
from accountmgr.qtmodels.hub import ChangeHub

if TYPE_CHECKING:
    from accountmgr.views.main_window import MainWindow


def attach(window: MainWindow, hub: ChangeHub) -> None:
    """Put the Overview in the window's third tab, built when first shown; a click on a chart
    shows its accounts in the List."""
    ui = window.ui
    ui.actionShowOverview.triggered.connect(lambda: ui.tabs.setCurrentWidget(ui.overviewTab))

    def shown(index: int) -> None:
        if ui.tabs.widget(index) is not ui.overviewTab or window.overview is not None:
            return
        from accountmgr.views.overview_tab import OverviewTab

        tab = OverviewTab(hub, window.model.first_weekday, ui.overviewTab)
        tab.show_filter.connect(lambda flt: _to_list(window, flt))
        window.overview = tab
        ui.overviewLayout.addWidget(tab)

    ui.tabs.currentChanged.connect(shown)
    shown(ui.tabs.currentIndex())


def _to_list(window: MainWindow, flt: AccountFilter) -> None:
    window.search.clear_quietly()
    window.filters.set(flt)
    window.ui.tabs.setCurrentIndex(0)
    if flt.chosen is not None and len(flt.chosen) == 1:
        window.list_tab.follow(list(flt.chosen))
