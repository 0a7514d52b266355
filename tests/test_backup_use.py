"""Backups as a person meets them: one before every import, File ▸ Back up now, and File ▸
Restore from backup… with the views reloaded."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from accountmgr.domain import backups, import_run, organizations, records
from accountmgr.domain.changes import EVERYTHING
from accountmgr.domain.import_run import ImportOptions
from accountmgr.views import operations
from accountmgr.views.main_window import MainWindow
from tests.conftest import settle, shown_window, won_account

pytestmark = [
    pytest.mark.usefixtures("english_plurals"),
    pytest.mark.sqlite_only,  # backups are copies of an SQLite file
]


def _names() -> list[str]:
    return sorted(name for _id, name in records.find_organizations("Acme"))


def test_an_import_is_preceded_by_a_backup_of_what_was_there(store: Path, tmp_path: Path) -> None:
    csv = tmp_path / "organizations.csv"
    csv.write_text("Name\nAcme GmbH\n", encoding="utf-8")
    import_run.run_import(csv, ImportOptions("organizations", {0: "name"}))
    csv.write_text("Name\nBolt Ltd\n", encoding="utf-8")
    import_run.run_import(csv, ImportOptions("organizations", {0: "name"}), dry_run=True)

    taken = backups.available()

    assert [(b.reason, b.ok) for b in taken] == [("import", True)]  # none for the dry run
    assert taken[0].accounts == 0
    assert _names() == ["Acme GmbH"]
    backups.restore(taken[0].path)  # the data as it was before the import
    assert _names() == []


def _back_up_and_wait(win: MainWindow, loop: asyncio.AbstractEventLoop) -> None:
    """File ▸ Back up now, until the copy (taken on a worker thread) is done."""
    win.commands.backup_action.trigger()
    loop.run_until_complete(asyncio.gather(*operations.pending()))


def _back_up_now(
    win: MainWindow, monkeypatch: pytest.MonkeyPatch, loop: asyncio.AbstractEventLoop
) -> None:
    """File ▸ Back up now, waited for: the copy is taken on a worker thread."""
    threads: list[threading.Thread] = []
    take = backups.take

    def spy(*args: Any, **kwargs: Any) -> backups.BackupInfo:
        threads.append(threading.current_thread())
        return take(*args, **kwargs)

    monkeypatch.setattr(backups, "take", spy)
    _back_up_and_wait(win, loop)
    monkeypatch.setattr(backups, "take", take)
    assert threads
    assert threads[0] is not threading.main_thread()


def _shown(win: MainWindow) -> list[str]:
    return sorted(win.model.index(row, 0).data() for row in range(win.model.rowCount()))


def test_back_up_now_then_restore_from_the_file_menu_reloads_every_view(
    store: Path,
    qtbot: QtBot,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    lynx = won_account("Lynx Clinics SARL")
    win = shown_window(qtbot, settings)
    _back_up_now(win, monkeypatch, app_loop)
    assert win.statusBar().currentMessage().startswith("Backed up 1 account to ")
    heron = won_account("Heron Optics")
    win.model.on_change(EVERYTHING)
    organizations.update_organization(lynx, name="Lynx Clinics SA")
    assert _shown(win) == ["Heron Optics", "Lynx Clinics SA"]
    win.list_tab.select([lynx])
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    win.commands.restore_action.trigger()  # File ▸ Restore from backup…
    dialog = win.commands.restore_dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Backed up by hand"
    assert dialog.table.item(0, 2).text() == "1"
    assert dialog.restore_selected()

    assert questions[0].startswith("Replace the current data with the backup taken on ")
    assert "(1 account)?" in questions[0]
    assert _shown(win) == ["Lynx Clinics SARL"]  # the list reloaded, the later edits gone
    assert win.selected_ids() == [lynx]
    assert win.panel.org_id == lynx
    assert settle(win).figures.accounts.text() == "Accounts shown: 1"
    assert win.undo_stack.count() == 0
    assert "The data it replaced is kept in " in win.statusBar().currentMessage()
    reasons = [b.reason for b in backups.available()]
    assert reasons == ["restore", "manual"]  # the replaced data can be restored in turn
    assert heron not in [win.model.org_id(row) for row in range(win.model.rowCount())]


def test_a_backup_that_cannot_be_read_is_listed_but_cannot_be_chosen(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    won_account("Lynx Clinics SARL")
    taken = backups.take()
    taken.path.write_bytes(b"not a database any more" * 10)
    win = shown_window(qtbot, settings)
    win.commands.restore_action.trigger()
    dialog = win.commands.restore_dialog
    assert dialog.table.rowCount() == 1
    assert not dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.restore_button.isEnabled()


def test_back_up_now_shows_that_it_is_working_while_the_copy_is_taken(
    store: Path,
    qtbot: QtBot,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    app_loop: asyncio.AbstractEventLoop,
) -> None:
    won_account("Lynx Clinics SARL")
    win = shown_window(qtbot, settings)
    take = backups.take
    looked = threading.Event()

    def slow_take(*args: Any, **kwargs: Any) -> backups.BackupInfo:
        looked.wait(10)  # as a large database takes seconds: until the test has looked
        return take(*args, **kwargs)

    monkeypatch.setattr(backups, "take", slow_take)
    seen: list[str] = []

    def look() -> None:
        seen.extend(d.labelText() for d in win.findChildren(QProgressDialog) if d.isVisible())
        if seen:
            looked.set()
            poll.stop()

    poll = QTimer(win, interval=20, timeout=look)  # the dialog shows after 300 ms of work
    poll.start()
    _back_up_and_wait(win, app_loop)
    assert seen == ["Backing up the database…"]
    assert win.statusBar().currentMessage().startswith("Backed up 1 account to ")
