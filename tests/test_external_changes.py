"""Another process writes the same database (a second window, an import on the command line,
a teammate on a team database): the window shows it within a second, in the list, the board,
the panel and the status bar, and the selection stays on its account."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from accountmgr.domain.buckets import Bucket
from accountmgr.views.main_window import MainWindow
from tests.conftest import TODAY, settle, shown_window, won_account

_OTHER_PROCESS = """
import sys
from pathlib import Path
from accountmgr.domain import deals, organizations
from accountmgr.domain.buckets import Bucket
from accountmgr.store.database import close_database, open_database
from accountmgr.store.postgres import is_server_url, server_address
from accountmgr.store.server import open_server
if is_server_url(sys.argv[1]):
    open_server(server_address(sys.argv[1]))
else:
    open_database(Path(sys.argv[1]), create=False)
exec(sys.argv[2])
close_database()
"""


def _open_one(store: Path) -> str:
    """What the other process opens: the same SQLite file, or the same team database."""
    from accountmgr.store.models import db
    from accountmgr.store.postgres import TeamDatabase

    return db.obj.address.url if isinstance(db.obj, TeamDatabase) else str(store)


def _in_other_process(store: Path, code: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _OTHER_PROCESS, _open_one(store), code],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def _names(win: MainWindow) -> list[str]:
    model = win.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_another_process_s_edits_appear_and_the_selection_stays(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    lynx = won_account("Lynx Clinics SARL", 500_00)
    heron = won_account("Heron Optics", 100_00)
    win = shown_window(qtbot, settings, started=True)
    win.list_tab.select([heron])
    assert win.panel.org_id == heron
    assert settle(win).figures.accounts.text() == "Accounts shown: 2"

    _in_other_process(
        store,
        f"organizations.update_organization({heron}, name='Heron Optics GmbH')\n"
        "o = organizations.create_organization('Aurora Labs').id\n"
        "d = deals.create_deal('Support', org_id=o, value_minor=700_00, currency='EUR').id\n"
        "import datetime as dt\n"
        "deals.mark_won(d, dt.datetime(2026, 1, 5, 10, 0))",
    )
    committed = time.monotonic()
    qtbot.waitUntil(lambda: win.model.rowCount() == 3, timeout=3000)
    assert time.monotonic() - committed < 1.5  # on screen within about a second

    assert sorted(_names(win)) == ["Aurora Labs", "Heron Optics GmbH", "Lynx Clinics SARL"]
    assert win.selected_ids() == [heron]  # still the same account, on its new row
    assert win.panel.org_id == heron
    assert settle(win).figures.accounts.text() == "Accounts shown: 3"
    assert lynx in [win.model.org_id(row) for row in range(win.model.rowCount())]


def test_an_account_deleted_by_another_process_closes_in_the_panel(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    lynx = won_account("Lynx Clinics SARL", 500_00)
    heron = won_account("Heron Optics", 100_00)
    win = shown_window(qtbot, settings, started=True)
    win.list_tab.select([heron])

    _in_other_process(store, f"organizations.delete_organization({heron})")

    qtbot.waitUntil(lambda: _names(win) == ["Lynx Clinics SARL"], timeout=3000)
    assert win.selected_ids() == []  # nothing else took its place
    assert win.panel.org_id is None
    assert lynx


def test_a_follow_up_scheduled_by_another_process_moves_the_card_on_the_board(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    heron = won_account("Heron Optics", 100_00)
    win = shown_window(qtbot, settings, started=True)
    win.ui.tabs.setCurrentIndex(1)  # Kanban
    board = win.kanban_tab
    qtbot.waitUntil(lambda: heron in board.lists[Bucket.NO_ACTIVITY].model().ids_loaded())

    _in_other_process(
        store,
        "import datetime as dt\nfrom accountmgr.domain import activities\n"
        f"activities.create_activity('Satisfaction call', dt.date({TODAY:%Y, %-m, %-d}), "
        f"type_id=activities.type_id('call'), org_id={heron})",
    )

    qtbot.waitUntil(lambda: heron in board.lists[Bucket.TODAY].model().ids_loaded(), timeout=3000)
    assert heron not in board.lists[Bucket.NO_ACTIVITY].model().ids_loaded()
