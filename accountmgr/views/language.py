"""The language of the interface: the system's by default, or the one chosen in
Settings ▸ Language… (remembered; it takes effect at the next start, which the dialog offers)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLocale, QProcess, QProcessEnvironment, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from accountmgr.qtmodels.formatting import fill

# The setting and reading it are in `translations`, where the command line reads them too.
from accountmgr.views.translations import LANGUAGES, SETTING, apply, chosen

__all__ = ["SETTING", "add_action", "apply", "choose", "chosen", "restart"]


def add_action(menu: QMenu, settings: QSettings, parent: QWidget) -> QAction:
    action = menu.addAction(QCoreApplication.translate("Language", "&Language…"))
    action.triggered.connect(lambda: choose(settings, parent))
    return action


def choose(settings: QSettings, parent: QWidget) -> str | None:
    """Ask for the language; remember it and offer to start again in it. Returns the choice
    ("" for the system's), None when cancelled or unchanged."""
    codes = ["", *LANGUAGES]
    system = QCoreApplication.translate("Language", "System language (%1)")
    native = QLocale.system().nativeLanguageName() or "English"
    names = [fill(system, native), *LANGUAGES.values()]
    current = codes.index(chosen(settings))
    picked, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("Language", "Language"),
        QCoreApplication.translate("Language", "Language of accountmgr:"),
        names,
        current,
        False,
    )
    if not ok or names.index(picked) == current:
        return None
    code = codes[names.index(picked)]
    settings.setValue(SETTING, code)
    settings.sync()
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Language", "Language"),
        QCoreApplication.translate(
            "Language", "accountmgr speaks the chosen language from its next start. Restart now?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    if answer == QMessageBox.StandardButton.Yes:
        restart(parent)
    return code


def restart(
    parent: QWidget, given: list[str] | None = None, environment: dict[str, str] | None = None
) -> bool:
    """Start the application again with the same arguments (or `given`, and these variables
    added to its environment), then close this one; False when it could not be started."""
    frozen = getattr(sys, "frozen", False)  # the packaged application is its own executable
    wanted = sys.argv[1:] if given is None else given
    process = QProcess()
    process.setProgram(sys.executable)
    process.setArguments(wanted if frozen else ["-m", "accountmgr", *wanted])
    if environment:
        variables = QProcessEnvironment.systemEnvironment()
        for name, value in environment.items():
            variables.insert(name, value)
        process.setProcessEnvironment(variables)
    started, _pid = process.startDetached()
    if not started:
        return False
    parent.window().close()
    return True
