"""The search and the filters outlive the window: what was shown at the last close is shown at
the next start (per team database, or for this computer's files), unless a start view is
chosen (Views ▾ ▸ Start with); "Clear filters" puts everything back to every account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QHBoxLayout, QWidget

from accountmgr.domain import identity
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.saved_views import ViewDefinition, filter_from_json, filter_to_json
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.filters import FilterState
from accountmgr.views.saved_views_menu import SavedViewsMenu

if TYPE_CHECKING:
    from accountmgr.views.main_window import MainWindow
from accountmgr.views.search_field import SearchField


def key() -> str:
    return f"{identity.settings_group()}/filters"


def clear(filters: FilterState, search: SearchField, *, accounts_only: bool = True) -> None:
    """The search field emptied and every filter back to its default, in one change."""
    search.clear_quietly()
    filters.set(AccountFilter(accounts_only=accounts_only))


def attach(window: MainWindow, hub: ChangeHub, settings: QSettings) -> SavedViewsMenu:
    """Show the start view, or else the remembered search and filters (without an owner or a
    label this database no longer has); then remember every change. Views ▾ and "Clear
    filters" go beside the tabs: the List and the Kanban show the same filter."""
    filters, search, list_tab = window.filters, window.search, window.list_tab
    menu = SavedViewsMenu(
        window, hub, window.undo_stack, settings, filters, search, list_tab, window.user.current
    )
    menu.message.connect(lambda text: window.statusBar().showMessage(text, 8000))
    corner = QWidget()
    row = QHBoxLayout(corner)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(menu.button)
    row.addWidget(list_tab.clear_filters)
    window.ui.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
    if not menu.apply_start_view():  # the last search and filters, the columns as they are
        menu.apply(ViewDefinition(filter_from_json(str(settings.value(key(), "") or ""))))
    filters.changed.connect(lambda value: settings.setValue(key(), filter_to_json(value)))
    list_tab.clear_requested.connect(lambda: clear(filters, search))
    return menu
