"""The command line's language: the window's, that is the one chosen in Settings ▸ Language…,
else the system's. Its translations are loaded when a command runs, or when the arguments need
words (help, a usage error), so that `--version` and the window's start load no more than
before; the window loads its own (with Qt's) in `app.run_gui`.

`speaking()` brackets one run of the command line: what it installed is removed at its end, so
that a run in the same process as others (the tests) leaves the process as it found it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

# The window's settings: `app.run_gui` names its application so (QSettings() there).
SETTINGS_NAMES = ("accountmgr", "accountmgr")


class _Run:
    def __init__(self) -> None:
        self.loaded = False
        self.translator: QTranslator | None = None  # None: no translation for the language
        self.locale: QLocale | None = None  # the default locale before the run
        self.app: QCoreApplication | None = None  # the instance made here, kept for the run


_run = _Run()


def load(*, widgets: bool = False) -> None:
    """Install the translations of the window's language, once a run. Translators need an
    application instance: without one, a QCoreApplication is made, or with `widgets` (a command
    that shows windows, offscreen) a QApplication."""
    if _run.loaded:
        return
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from accountmgr.views.translations import application_translator, apply, default_locale

    if QCoreApplication.instance() is None:
        if widgets:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtWidgets import QApplication

            _run.app = QApplication(["accountmgr"])
        else:
            _run.app = QCoreApplication(["accountmgr"])
    _run.locale = QLocale()
    if _run.locale.language() == QLocale.Language.C:  # (a default set before stays)
        default_locale()
    apply(QSettings(*SETTINGS_NAMES))
    _run.translator = application_translator(None)
    if _run.translator is not None:
        QCoreApplication.installTranslator(_run.translator)
    _run.loaded = True


@contextmanager
def speaking() -> Iterator[None]:
    """One run of the command line: afterwards, its translator is removed and the default
    locale is as before."""
    try:
        yield
    finally:
        if _run.loaded:
            from PySide6.QtCore import QCoreApplication, QLocale

            if _run.translator is not None:
                QCoreApplication.removeTranslator(_run.translator)
            if _run.locale is not None:
                QLocale.setDefault(_run.locale)
            _run.loaded, _run.translator, _run.locale = False, None, None
