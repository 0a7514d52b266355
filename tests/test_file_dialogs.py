"""Where a file dialog opens: never the current directory (/ for an application the Finder
started, the install folder for one started from the Start menu), but the folder a file was
last chosen in, at first the Documents folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog

from accountmgr.views import file_dialogs


@pytest.fixture
def fresh_settings(qapp: QApplication, tmp_path: Path) -> QSettings:
    settings = QSettings()
    settings.remove(file_dialogs.LAST_FOLDER)
    return settings


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def test_an_export_opens_in_documents_not_in_the_current_folder(
    fresh_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(os.path.abspath(os.sep))  # as the Finder starts an application
    dialog = file_dialogs.make_dialog(None, "Export accounts", "accounts.csv", "CSV (*.csv)")
    assert Path(dialog.directory().absolutePath()) == _documents()
    assert file_dialogs.starting_point("accounts.csv") == str(_documents() / "accounts.csv")
    assert file_dialogs.starting_point("") == str(_documents())


def test_the_next_dialog_opens_where_a_file_was_last_chosen(
    fresh_settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "customers, José" / "accounts.csv"
    chosen.parent.mkdir()
    dialog = file_dialogs.make_dialog(None, "Export accounts", "accounts.csv", "CSV (*.csv)")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(str(chosen))
    monkeypatch.setattr(dialog, "exec", lambda: QFileDialog.DialogCode.Accepted)
    files, _ = file_dialogs._run(dialog)
    assert files == [str(chosen)]
    assert file_dialogs.starting_point("activities.ics") == str(chosen.parent / "activities.ics")
    # A full path is taken as it is; a folder since removed falls back to Documents.
    assert file_dialogs.starting_point(str(tmp_path / "x.csv")) == str(tmp_path / "x.csv")
    chosen.parent.rmdir()
    assert file_dialogs.starting_point("") == str(_documents())
