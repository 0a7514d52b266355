"""The process never drops its own SQLite locks.

On Linux and macOS SQLite's locks are POSIX advisory locks, which the system releases for the
whole process as soon as *any* descriptor of the file is closed. A file dialog that looks into
the database's folder (icons and types sniffed from the content) used to do just that: another
process then believed it was alone, checkpointed, deleted the `-wal` and `-shm` files the window
was still writing to, and every later write of the window went into a deleted file.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from accountmgr.domain import (
    account_detail,
    calendar_export,
    export,
    files,
    notes,
    organizations,
    records,
)
from accountmgr.domain.errors import ValidationError
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views import file_dialogs
from accountmgr.views.dialogs.import_wizard import ImportWizard

pytestmark = [
    pytest.mark.skipif(not Path("/proc/locks").exists(), reason="reads Linux's /proc/locks"),
    pytest.mark.sqlite_only,  # an SQLite file's POSIX locks
]


def held_locks(folder: Path) -> set[str]:
    """Names of the files in `folder` on which this process holds a POSIX lock."""
    inodes = {os.stat(f).st_ino: f.name for f in folder.iterdir()}
    held = set()
    for line in Path("/proc/locks").read_text().splitlines():
        fields = [f for f in line.split() if f != "->"]
        if fields[1] == "POSIX" and fields[4] == str(os.getpid()):
            inode = int(fields[5].split(":")[2])
            if inode in inodes:
                held.add(inodes[inode])
    return held


_OTHER_PROCESS = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("PRAGMA busy_timeout = 5000")
conn.execute("UPDATE setting SET value = value WHERE key = 'default_currency'")
conn.commit()
conn.close()
"""

_READ_NOTE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
print(conn.execute("SELECT count(*) FROM note WHERE content = ?", (sys.argv[2],)).fetchone()[0])
"""


def _in_other_process(script: str, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _type_folder_into_open_dialog(qtbot: QtBot, folder: Path, seen: list[set[str]]) -> None:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QFileDialog), dialog
    name_edit = dialog.findChild(QLineEdit, "fileNameEdit")
    name_edit.setText("")
    qtbot.keyClicks(name_edit, str(folder) + "/")
    deadline = time.monotonic() + 2
    while time.monotonic() < deadline:  # the folder's entries, their icons and types
        QApplication.processEvents()
    seen.append(held_locks(folder))
    dialog.reject()


def test_a_file_dialog_on_the_database_folder_keeps_the_locks_and_later_writes(
    store: Path, qtbot: QtBot, settings: QSettings
) -> None:
    org = organizations.create_organization("Lynx Clinics").id
    folder = store.parent
    assert held_locks(folder) >= {"accountmgr.db", "accountmgr.db-shm"}
    wizard = ImportWizard(ChangeHub(), settings=settings)
    qtbot.addWidget(wizard)
    seen: list[set[str]] = []
    QTimer.singleShot(200, lambda: _type_folder_into_open_dialog(qtbot, folder, seen))

    wizard.file_page.choose_file()  # Import ▸ Choose…, the folder typed in, then Cancel

    assert seen
    assert seen[0] >= {"accountmgr.db", "accountmgr.db-shm"}
    assert held_locks(folder) >= {"accountmgr.db", "accountmgr.db-shm"}
    _in_other_process(_OTHER_PROCESS, str(store))  # another process writes, then closes
    assert Path(f"{store}-wal").exists()
    notes.create_note("Called after the dialog", org_id=org)
    assert _in_other_process(_READ_NOTE, str(store), "Called after the dialog") == "1"


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_attaching_the_open_database_is_refused_without_opening_it(
    store: Path, suffix: str
) -> None:
    org = organizations.create_organization("Lynx Clinics").id
    with pytest.raises(ValidationError, match="the database accountmgr has open"):
        files.attach(org, Path(f"{store}{suffix}"))
    assert held_locks(store.parent) >= {"accountmgr.db", "accountmgr.db-shm"}
    assert account_detail.files_of(org) == []


def test_saving_an_export_over_the_open_database_is_refused_and_the_dialog_stays(
    store: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    answers = [str(store), ""]  # first the database itself, then Cancel

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        name = answers.pop(0)
        if name:
            dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
            dialog.accept()
        else:
            dialog.reject()
        if answers:  # the dialog is still open
            QTimer.singleShot(100, answer)

    QTimer.singleShot(100, answer)
    chosen, _ = file_dialogs.get_save_file_name(None, "Export accounts", "", "CSV files (*.csv)")

    assert chosen == ""
    assert warnings == ["That file is the database accountmgr has open. Choose another name."]
    assert (
        _in_other_process(
            "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("
            "'PRAGMA quick_check').fetchone()[0])",
            str(store),
        )
        == "ok"
    )  # the file is still a sound database


def test_an_export_never_replaces_the_open_database(store: Path) -> None:
    organizations.create_organization("Lynx Clinics")
    with pytest.raises(ValidationError, match="the database accountmgr has open"):
        export.export_kind("organizations", store, "csv")
    with pytest.raises(ValidationError, match="the database accountmgr has open"):
        calendar_export.export_ics(Path(f"{store}-wal"))
    assert [name for _id, name in records.find_organizations("Lynx")] == ["Lynx Clinics"]
