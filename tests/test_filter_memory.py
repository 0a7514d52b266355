"""The search and the filters are there again at the next start, and "Clear filters" shows
every account again; a remembered filter is read forgivingly."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from accountmgr.domain import organizations
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.domain.saved_views import filter_from_json, filter_to_json
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import filter_memory
from accountmgr.views.main_window import MainWindow
from tests.conftest import settle, won_account


def _window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(window)
    window.show()
    return settle(window)


def _names(window: MainWindow) -> list[str]:
    model = window.list_tab.table.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_search_and_filters_are_there_at_the_next_start(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Cedar Optics S.A.")
    foods = won_account("Cedar Foods")
    won_account("Atlas Robotics")
    organizations.update_organization(foods, label="Gold")
    first = _window(qtbot, settings)
    first.search.setText("cedar")
    first.search.search_now()
    first.list_tab.label.setCurrentIndex(first.list_tab.label.findData("Gold"))
    first.list_tab.accounts_only.setChecked(False)
    assert _names(settle(first)) == ["Cedar Foods"]
    first.close()

    again = _window(qtbot, settings)
    assert again.search.text() == "cedar"
    assert again.filters.value == AccountFilter(search="cedar", label="Gold", accounts_only=False)
    assert again.list_tab.label.currentData() == "Gold"
    assert not again.list_tab.accounts_only.isChecked()
    assert _names(again) == ["Cedar Foods"]
    assert again.list_tab.clear_filters.isEnabled()

    again.list_tab.clear_filters.click()
    assert again.search.text() == ""
    assert again.filters.value == AccountFilter()
    assert not again.list_tab.clear_filters.isEnabled()
    assert _names(settle(again)) == ["Atlas Robotics", "Cedar Foods", "Cedar Optics S.A."]


def test_a_remembered_owner_or_label_the_database_lost_is_left_out(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Atlas Robotics")
    gone = AccountFilter(owner_id=4242, label="Retired label", bucket=Bucket.TODAY)
    first = _window(qtbot, settings)
    settings.setValue(filter_memory.key(), filter_to_json(gone))  # as that window wrote it
    first.close()
    window = _window(qtbot, settings)
    assert window.filters.value == AccountFilter(bucket=Bucket.TODAY)
    assert window.list_tab.owner.currentIndex() == 0


def test_a_new_window_shows_every_account_with_clear_filters_disabled(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Atlas Robotics")
    window = _window(qtbot, settings)
    assert window.filters.value == AccountFilter()
    assert not window.list_tab.clear_filters.isEnabled()
    assert _names(window) == ["Atlas Robotics"]


filters = st.builds(
    AccountFilter,
    search=st.text(max_size=20).map(str.strip),
    owner_id=st.none() | st.integers(0, 10**6),
    label=st.none() | st.text(min_size=1, max_size=10),
    bucket=st.none() | st.sampled_from(list(Bucket)),
    not_contacted_days=st.none() | st.integers(1, 3650),
    contacted_days=st.none() | st.integers(1, 3650),
    accounts_only=st.booleans(),
)


@given(filters)
def test_a_filter_reads_back_as_it_was_written(flt: AccountFilter) -> None:
    assert filter_from_json(filter_to_json(flt)) == flt


def test_a_damaged_or_foreign_filter_reads_as_every_account_field_by_field() -> None:
    assert filter_from_json("") == AccountFilter()
    assert filter_from_json("not json") == AccountFilter()
    assert filter_from_json("[1, 2]") == AccountFilter()
    odd = {
        "search": 7,
        "owner_id": True,
        "label": "",
        "bucket": "someday",
        "not_contacted_days": -5,
        "contacted_days": "30",
        "accounts_only": "yes",
        "colour": "blue",
    }
    assert filter_from_json(json.dumps(odd)) == AccountFilter()
    assert filter_from_json('{"label": "Gold", "contacted_days": 90}') == AccountFilter(
        label="Gold", contacted_days=90
    )
