"""The search and the filters outlive the window: what was shown at the last close is shown at
the next start (per team database, or for this computer's files), and "Clear filters" puts
everything back to every account."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTabWidget

from accountmgr.domain import identity
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.saved_views import filter_from_json, filter_to_json
from accountmgr.views.filters import FilterState
from accountmgr.views.list_tab import ListTab
from accountmgr.views.search_field import SearchField


def key() -> str:
    return f"{identity.settings_group()}/filters"


def clear(filters: FilterState, search: SearchField, *, accounts_only: bool = True) -> None:
    """The search field emptied and every filter back to its default, in one change."""
    search.clear_quietly()
    filters.update(**dataclasses.asdict(AccountFilter(accounts_only=accounts_only)))


def attach(
    filters: FilterState,
    search: SearchField,
    settings: QSettings,
    list_tab: ListTab,
    tabs: QTabWidget,
) -> None:
    """Show the remembered search and filters (without an owner or a label this database no
    longer has), then remember every change. "Clear filters" goes beside the tabs: the List
    and the Kanban show the same filter."""
    tabs.setCornerWidget(list_tab.clear_filters, Qt.Corner.TopRightCorner)
    saved = list_tab.known(filter_from_json(str(settings.value(key(), "") or "")))
    search.show_quietly(saved.search)
    filters.update(**dataclasses.asdict(saved))
    filters.changed.connect(lambda value: settings.setValue(key(), filter_to_json(value)))
    list_tab.clear_requested.connect(lambda: clear(filters, search))
