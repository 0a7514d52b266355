"""Loading translations: Qt's own for the locale, and the application's (English at least, for
its plural forms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from accountmgr.resources import resource_path


def default_locale() -> None:
    """A machine without locale settings (LANG unset) reports "C": write numbers as en_US does."""
    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def install_translations(app: QCoreApplication) -> None:
    locale = QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = QTranslator(app)
    folder = str(resource_path("translations"))
    if ours.load(locale, "accountmgr", "_", folder) or ours.load("accountmgr_en", folder):
        app.installTranslator(ours)
