"""The activity workflow from the main window: calendar export, activity types, scheduling."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from accountmgr.domain import activities, deals, organizations
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.dialogs.activity_types_dialog import ActivityTypesDialog
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY


@pytest.fixture(autouse=True)
def _english() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture
def org(store: Path) -> int:
    org = organizations.create_organization("Heron Foods AG").id
    deals.mark_won(deals.create_deal("Licence", org_id=org, value_minor=100, currency="EUR").id)
    return org


@pytest.fixture
def window(org: int, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = MainWindow(ChangeHub(), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    return win


def test_file_menu_exports_the_open_activities_to_a_calendar(
    window: MainWindow, org: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    call = activities.type_id("call")
    activities.create_activity(
        "Satisfaction call", TODAY, type_id=call, org_id=org, due_time=dt.time(10, 30)
    )
    target = tmp_path / "mine.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))

    window.ui.actionExportCalendar.trigger()

    text = target.read_text(encoding="utf-8")
    assert "SUMMARY:Call: Satisfaction call — Heron Foods AG" in text
    assert "DTSTART:20261124T103000" in text
    assert str(target) in window.statusBar().currentMessage()


def test_settings_menu_opens_the_activity_types(window: MainWindow) -> None:
    window.ui.actionActivityTypes.trigger()
    dialog: Any = window.activity_types_dialog
    assert isinstance(dialog, ActivityTypesDialog)
    assert dialog.isVisible()
    dialog.close()
