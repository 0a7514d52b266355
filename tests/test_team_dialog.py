"""File ▸ Connect to team database…: what a person types is checked against the server, and
the address (never the password) is remembered for next time."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from accountmgr.views.dialogs.team_dialog import SETTING, TeamDialog
from tests import postgres_server

from .conftest import new_team_database


@pytest.fixture
def dialog(qtbot: QtBot, settings: QSettings) -> TeamDialog:
    shown = TeamDialog(settings)
    qtbot.addWidget(shown)
    return shown


def _fill(dialog: TeamDialog, url: str, password: str = "s3cret") -> None:
    parts = urlsplit(url)
    dialog.host.setText(parts.hostname or "")
    dialog.port.setValue(parts.port or 5432)
    dialog.database.setText(parts.path.lstrip("/"))
    dialog.user.setText(parts.username or "")
    dialog.password.setText(password)


def test_connect_checks_the_server_and_remembers_the_address_without_the_password(
    pg_server: postgres_server.Server, dialog: TeamDialog, settings: QSettings
) -> None:
    url = new_team_database(pg_server)
    _fill(dialog, url)
    dialog.accept()
    assert dialog.result() == TeamDialog.DialogCode.Accepted
    assert dialog.address is not None
    remembered = str(settings.value(SETTING))
    assert urlsplit(remembered).path == urlsplit(url).path
    assert "s3cret" not in remembered  # the password goes to the keychain, if anywhere
    again = TeamDialog(settings)
    assert (again.host.text(), again.port.value()) == ("127.0.0.1", pg_server.port)
    assert again.password.text() == ""


@pytest.mark.parametrize("what", ["not ours", "no server"])
def test_a_database_that_is_not_a_team_database_or_a_server_that_is_not_there_is_said(
    pg_server: postgres_server.Server, dialog: TeamDialog, what: str
) -> None:
    if what == "not ours":
        pg_server.sql("CREATE DATABASE somebody_elses")
        _fill(dialog, pg_server.url("somebody_elses"))
        expected = "init-server"
    else:
        _fill(dialog, "postgresql://postgres@127.0.0.1:1/accountmgr")
        expected = "cannot be reached"
    dialog.show()
    dialog.accept()
    assert dialog.result() != TeamDialog.DialogCode.Accepted
    assert expected in dialog.error.text()
    assert dialog.error.isVisible()
    assert "s3cret" not in dialog.error.text()


def test_connect_needs_a_server_a_database_and_a_user(dialog: TeamDialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.host.setText("")
    assert not ok.isEnabled()
    dialog.host.setText("server.office.lan")
    dialog.user.setText("ann")
    assert ok.isEnabled()
