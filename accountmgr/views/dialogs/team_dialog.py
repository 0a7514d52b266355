"""File ▸ Connect to team database…: the server, port, database, user and password of a team's
PostgreSQL database. Connect checks them against the server (a wrong password, an unknown
database or one not made with `accountmgr init-server` is said here), keeps the password in the
system keychain when asked, remembers the address (without the password) for next time, and
starts the application again on the team database."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from accountmgr.domain import team
from accountmgr.domain.errors import DomainError
from accountmgr.domain.team import ServerAddress
from accountmgr.qtmodels.formatting import error_text

SETTING = "team/address"  # the last team database connected to, without its password


class TeamDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.address: ServerAddress | None = None  # once connected
        self.session_password = ""
        self.setWindowTitle(self.tr("Connect to team database"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A team shares one PostgreSQL database on its network. Ask whoever runs the "
                "server for these; the database is made once with accountmgr init-server."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setPlaceholderText(self.tr("server.office.lan"))
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit(self)
        self.database.setText("accountmgr")
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        layout.addLayout(form)
        self.keep = QCheckBox(self.tr("&Remember the password in the system keychain"), self)
        self.keep.setChecked(team.keychain_available())
        if not team.keychain_available():
            self.keep.setEnabled(False)
            self.keep.setToolTip(
                self.tr(
                    "This computer has no keychain: the password is used for this session only "
                    "(the server's own means, ~/.pgpass or PGPASSWORD, can keep it)."
                )
            )
        layout.addWidget(self.keep)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(self._update_ok)
        self._fill_from_last()
        self._update_ok()
        self.resize(460, self.sizeHint().height())

    def _fill_from_last(self) -> None:
        from urllib.parse import unquote, urlsplit

        last = str(self._settings.value(SETTING, "") or "")
        if not last:
            return
        parts = urlsplit(last)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or 5432)
        self.database.setText(unquote(parts.path.lstrip("/")))
        self.user.setText(unquote(parts.username or ""))

    @Slot()
    def _update_ok(self) -> None:
        filled = all(e.text().strip() for e in (self.host, self.database, self.user))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)

    def accept(self) -> None:  # QDialog.accept
        """Check the address and the password against the server before anything is kept."""
        password = self.password.text()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            address = team.address(
                self.host.text(), self.port.value(), self.database.text(), self.user.text()
            )
            team.check(address, password)
        except DomainError as exc:  # what the server said, for the person
            self._say(error_text(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.keep.isChecked():
            team.remember(address, password)
        self.session_password = password  # for the application started on it
        self._settings.setValue(SETTING, address.url)
        self.address = address
        super().accept()

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
