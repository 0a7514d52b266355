"""The status bar says, for what the filter shows, who was contacted lately and who has nothing
planned; each number is a link that shows just those accounts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from accountmgr.domain import account_list, activities, deals, organizations
from accountmgr.domain.account_list import AccountFilter
from accountmgr.domain.buckets import Bucket
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY, settle


def _account(name: str, owner: int | None, contacted_days_ago: int | None, planned: bool) -> int:
    org = organizations.create_organization(name, owner_id=owner).id
    deals.mark_won(deals.create_deal("Deal", org_id=org, value_minor=100, currency="EUR").id)
    call = activities.type_id("call")
    if contacted_days_ago is not None:
        done = activities.create_activity(
            "Call", TODAY - dt.timedelta(days=contacted_days_ago), type_id=call, org_id=org
        ).id
        when = dt.datetime.combine(TODAY - dt.timedelta(days=contacted_days_ago), dt.time(10))
        activities.mark_done(done, when=when)
    if planned:
        activities.create_activity("Next", TODAY + dt.timedelta(days=3), type_id=call, org_id=org)
    return org


@pytest.fixture
def orgs(store: Path) -> dict[str, int]:
    ann = organizations.create_user("Ann")
    bob = organizations.create_user("Bob")
    return {
        "ann": ann,
        "bob": bob,
        "recent": _account("Recent AG", ann, 5, planned=True),
        "quarter": _account("Quarter AG", ann, 60, planned=False),
        "old": _account("Old AG", bob, 200, planned=False),
        "never": _account("Never AG", bob, None, planned=True),
    }


@pytest.fixture
def window(orgs: dict[str, int], qtbot: QtBot, settings: QSettings) -> MainWindow:
    win = MainWindow(ChangeHub(), settings)
    qtbot.addWidget(win)
    win.show()
    return win


def _numbers(window: MainWindow) -> tuple[str, str, str]:
    settle(window)
    return (
        window.contacted_30_label.text(),
        window.contacted_90_label.text(),
        window.nothing_planned_label.text(),
    )


def test_the_counts_of_every_account(window: MainWindow) -> None:
    assert _numbers(window) == (
        "Contacted in 30 days: <a href='30'>1</a>",
        "in 90 days: <a href='90'>2</a>",
        "Nothing planned: <a href='none'>2</a>",
    )


def test_the_counts_follow_the_filter(window: MainWindow, orgs: dict[str, int]) -> None:
    window.filters.update(owner_id=orgs["bob"])
    assert _numbers(window) == (
        "Contacted in 30 days: <a href='30'>0</a>",
        "in 90 days: <a href='90'>0</a>",
        "Nothing planned: <a href='none'>1</a>",
    )


def test_each_number_shows_those_accounts(window: MainWindow, orgs: dict[str, int]) -> None:
    window.contacted_90_label.linkActivated.emit("90")
    assert window.filters.value.contacted_days == 90
    assert set(window.model.ids()) == {orgs["recent"], orgs["quarter"]}
    assert window.list_tab.contacted.currentData() == 90  # the filter bar says so

    window.contacted_30_label.linkActivated.emit("30")
    assert set(window.model.ids()) == {orgs["recent"]}

    window.filters.update(contacted_days=None)
    window.nothing_planned_label.linkActivated.emit("none")
    assert window.filters.value.bucket is Bucket.NO_ACTIVITY
    assert set(window.model.ids()) == {orgs["quarter"], orgs["old"]}


def test_the_filter_bar_chooses_recently_contacted(
    window: MainWindow, orgs: dict[str, int]
) -> None:
    combo = window.list_tab.contacted
    combo.setCurrentIndex(combo.findData(30))
    assert set(window.model.ids()) == {orgs["recent"]}
    combo.setCurrentIndex(0)
    assert len(window.model.ids()) == 4


def test_shown_totals_match_the_default_fast_path(orgs: dict[str, int]) -> None:
    from accountmgr.domain import accounts

    totals = accounts.totals(TODAY)
    shown = account_list.shown_totals(AccountFilter(), today=TODAY)
    assert (
        (totals.contacted_recently, totals.contacted_90, totals.nothing_planned)
        == (
            shown.contacted_30,
            shown.contacted_90,
            shown.nothing_planned,
        )
        == (1, 2, 2)
    )
