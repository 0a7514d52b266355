"""Who is using the application: the user this installation runs as (remembered in the
settings), asked once at the first start and changed in Settings ▸ I am. Their activities are
the reminders', new activities are assigned to them, "My accounts" are theirs."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QInputDialog, QLabel, QMenu, QWidget

from accountmgr.domain import identity, organizations
from accountmgr.domain.changes import Change, Kind
from accountmgr.domain.errors import DomainError
from accountmgr.qtmodels.hub import ChangeHub
from accountmgr.views.undo import show_error


class UserChoice(QObject):
    changed = Signal(object)  # the user id this installation runs as, or None

    def __init__(self, window: QWidget, settings: QSettings, hub: ChangeHub) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._hub = hub
        self.menu = QMenu(self.tr("&I am"), window)
        self.menu.aboutToShow.connect(self._fill_menu)  # filled when opened
        self.who_dialog: QInputDialog | None = None
        identity.set_current_user(self.current())

    @staticmethod
    def _key(name: str) -> str:
        """The setting `name` of the open database's choice (see identity.settings_group)."""
        return f"{identity.settings_group()}/{name}"

    def current(self) -> int | None:
        """The user this installation runs as (remembered); None: everyone's activities."""
        value = self._settings.value(self._key("id"), 0, type=int)
        return value if isinstance(value, int) and value > 0 else None

    def set_current(self, user_id: int | None) -> None:
        self._settings.setValue(self._key("id"), user_id or 0)
        self._settings.setValue(self._key("asked"), True)
        identity.set_current_user(user_id)
        self.changed.emit(user_id)

    def _fill_menu(self) -> None:
        menu = self.menu
        menu.clear()
        group = QActionGroup(menu)
        current = self.current()
        for user_id, name in [(None, self.tr("Anyone (every activity)")), *organizations.users()]:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(user_id == current)
            action.setData(user_id)
            group.addAction(action)
            action.triggered.connect(lambda _on=False, u=user_id: self.set_current(u))

    def ask(self) -> QInputDialog | None:
        """First start: who is using the application? One of the database's users, or a new
        one typed in. Asked once (Settings ▸ I am changes it later); None when already asked."""
        if self._settings.value(self._key("asked"), False, type=bool):
            return None
        users = organizations.users()
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("Who are you?"))
        dialog.setLabelText(
            self.tr(
                "Choose your name, or type it to add yourself: new activities are assigned to "
                "you, your notes carry your name, and “My accounts” shows the accounts you own."
            )
        )
        dialog.setComboBoxItems([name for _, name in users])
        dialog.setComboBoxEditable(True)
        dialog.setTextValue("")  # nobody is chosen by pressing Enter
        label = dialog.findChild(QLabel)
        if label is not None:
            label.setWordWrap(True)
            dialog.resize(460, dialog.sizeHint().height())
        dialog.setOkButtonText(self.tr("That's me"))
        dialog.setCancelButtonText(self.tr("Later"))

        def chosen(name: str) -> None:
            name = " ".join(name.split())
            if not name:
                return
            found = next((i for i, n in users if n.casefold() == name.casefold()), None)
            if found is None:
                try:
                    found = organizations.create_user(name)
                except DomainError as error:
                    show_error(self._window, error)
                    return
                self._hub.publish(Change(frozenset(), frozenset({Kind.ORGANIZATION})))
            self.set_current(found)

        dialog.textValueSelected.connect(chosen)
        dialog.rejected.connect(lambda: self._settings.setValue(self._key("asked"), True))
        dialog.finished.connect(dialog.deleteLater)
        self.who_dialog = dialog
        dialog.open()
        return dialog
