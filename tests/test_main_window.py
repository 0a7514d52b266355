"""The main window shell: totals, tabs, remembered state, first-run demo data, error dialog."""

from __future__ import annotations

import asyncio
import logging
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr import app as app_module
from accountmgr.domain import accounts, deals, demo, organizations
from accountmgr.domain.buckets import Bucket
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import demo_offer
from accountmgr.views.main_window import MainWindow
from tests.conftest import settle, won_account


def _window(qtbot: QtBot, settings: QSettings, hub: ChangeHub | None = None) -> MainWindow:
    window = MainWindow(hub or ChangeHub(), settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_status_bar_totals_follow_every_change(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    hub = ChangeHub()
    window = _window(qtbot, settings, hub)
    assert settle(window).accounts_label.text() == "Accounts shown: 0"
    org = organizations.create_organization("Kestrel Dental GmbH").id
    deal = deals.create_deal("Licence", org_id=org, value_minor=1_234_567, currency="EUR").id
    hub.publish(deals.mark_won(deal))
    assert window.accounts_label.text() == "Accounts shown: 0"  # the list paints first
    assert settle(window).accounts_label.text() == "Accounts shown: 1"
    assert window.value_label.text() == "Won value: €12,345.67"
    assert window.model.rowCount() == 1
    assert window.list_tab.table.model().index(0, 0).data() == "Kestrel Dental GmbH"


def test_the_board_is_built_when_its_tab_is_first_shown_and_shows_changes_made_before(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    hub = ChangeHub()
    window = _window(qtbot, settings, hub)
    assert window.ui.kanbanLayout.count() == 0  # start-up does not wait for the board
    org = organizations.create_organization("Heron Optics").id
    hub.publish(deals.mark_won(deals.create_deal("Lenses", org_id=org, currency="EUR").id))
    window.ui.tabs.setCurrentIndex(1)
    assert window.ui.kanbanLayout.count() == 1
    assert window.kanban_tab.isVisible()
    column = window.board.columns[Bucket.NO_ACTIVITY]
    assert [column.org_id(row) for row in range(column.rowCount())] == [org]


def test_tabs_have_shortcuts_and_the_state_is_remembered(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = _window(qtbot, settings)
    assert [window.ui.tabs.tabText(i) for i in range(2)] == ["&List", "&Kanban"]
    window.ui.actionShowKanban.trigger()
    assert window.ui.tabs.currentIndex() == 1
    window.resize(760, 560)  # the offscreen screen is 800 x 600
    window.ui.splitter.setSizes([480, 270])
    sizes = window.ui.splitter.sizes()
    window.close()

    again = _window(qtbot, settings)
    assert again.ui.tabs.currentIndex() == 1
    assert again.size().width() == 760
    assert again.ui.splitter.sizes() == sizes
    again.ui.actionShowList.trigger()
    assert again.ui.tabs.currentIndex() == 0


def test_demo_data_is_created_off_the_ui_thread_and_announced(
    store: Path,
    qtbot: QtBot,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    threads: list[threading.Thread] = []
    real = demo.generate_in_worker

    def spy(*args: Any, **kwargs: Any) -> demo.DemoResult:
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(demo, "generate_in_worker", spy)
    hub = ChangeHub()
    window = _window(qtbot, settings, hub)
    with qtbot.waitSignal(hub.changed, timeout=20_000):
        created = app_loop.run_until_complete(demo_offer.load_demo(window, hub, orgs=40))
    assert created
    assert threads
    assert threads[0] is not threading.main_thread()
    assert not accounts.is_empty()
    assert settle(window).accounts_label.text() != "Accounts shown: 0"


def test_first_run_offers_demo_data_and_declining_keeps_the_database_empty(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    window = _window(qtbot, settings)
    box = demo_offer.offer_demo(window, ChangeHub())
    assert box.isVisible()
    assert "empty" in box.text()
    decline = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole
    )
    decline.click()
    assert not box.isVisible()
    assert box.property("demo_task") is None  # nothing was started
    assert accounts.is_empty()


def test_accepting_the_offer_starts_creating_demo_data(
    store: Path,
    qtbot: QtBot,
    settings: QSettings,
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    hub = ChangeHub()
    window = _window(qtbot, settings, hub)
    box = demo_offer.offer_demo(window, hub)
    with qtbot.waitSignal(hub.changed, timeout=20_000):
        box.defaultButton().click()
        task = box.property("demo_task")
        assert isinstance(task, asyncio.Future)
        assert app_loop.run_until_complete(task) is True
    assert not accounts.is_empty()


def test_a_window_that_paints_first_fills_its_status_bar_when_asked(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    org = organizations.create_organization("Kestrel Dental GmbH").id
    deals.mark_won(deals.create_deal("D", org_id=org, value_minor=500_00, currency="EUR").id)
    window = MainWindow(ChangeHub(), settings, paint_first=True)
    qtbot.addWidget(window)
    window.show()
    assert window.list_tab.table.model().rowCount() == 1  # the list is there to paint
    assert window.accounts_label.text() == ""  # the figures are not counted yet
    window.finish_start()
    assert settle(window).accounts_label.text() == "Accounts shown: 1"
    assert window.value_label.text() == "Won value: €500.00"


def test_uncaught_exceptions_are_logged_and_shown(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", list(root.handlers))  # the log file's handler goes
    log_path = tmp_path / "accountmgr.log"
    app_module.install_excepthook(log_path)
    with caplog.at_level(logging.CRITICAL):
        try:
            raise RuntimeError("boom")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert "uncaught exception" in caplog.text
    assert len(shown) == 1
    assert "boom" in shown[0]
    assert "accountmgr.log" in shown[0]
    # Before the window painted there was no log file yet: the error started it.
    assert "RuntimeError: boom" in log_path.read_text()


def _smoke(db: Path) -> subprocess.CompletedProcess[str]:
    """Start the real application in its own process, as `accountmgr --smoke` does."""
    return subprocess.run(
        [sys.executable, "-m", "accountmgr", "--db", str(db), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_smoke_run_of_the_real_application(tmp_path: Path) -> None:
    db = tmp_path / "smoke.db"
    result = _smoke(db)
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert "Traceback" not in result.stderr
    assert (tmp_path / "accountmgr.log").read_text().count("started on") == 1


@pytest.mark.parametrize("content", [b"shopping list", b"SQLite format 3\x00" + b"\x00" * 300])
def test_gui_refuses_a_file_it_cannot_use(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "notes.txt"
    db.write_bytes(content)
    result = _smoke(db)
    assert result.returncode == 1
    assert result.stderr.startswith("accountmgr: error: ")
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == content
    assert list(tmp_path.iterdir()) == [db]  # no log file or anything else beside it


def test_a_search_paints_its_first_rows_before_counting_them(
    store: Path, qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The row count and the status bar's figures read every match: they wait until the first
    screen is on screen, whatever order the event loop would run them in."""
    from accountmgr.qtmodels import accounts_model

    monkeypatch.setattr(accounts_model, "ID_WINDOW", 4)
    for n in range(12):
        won_account(f"Heron Optics {n:02d}")
    window = settle(_window(qtbot, settings))
    events: list[str] = []

    class Painted(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                events.append("painted")
            return False

    painted = Painted()
    window.list_tab.table.viewport().installEventFilter(painted)
    counted = accounts.shown_figures

    def counting(*args: Any, **kwargs: Any) -> Any:
        events.append("counted")
        return counted(*args, **kwargs)

    monkeypatch.setattr(accounts, "shown_figures", counting)
    window.filters.update(search="heron")
    qtbot.waitUntil(lambda: not window.work_pending())
    assert events[:1] == ["painted"]
    assert "counted" in events
    assert window.model.rowCount() == 12
    assert window.accounts_label.text() == "Accounts shown: 12"
