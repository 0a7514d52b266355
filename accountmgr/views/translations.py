"""Loading translations: Qt's own for the locale, and the application's (English at least, for
its plural forms)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QSettings, QTranslator

from accountmgr.resources import resource_path

# The languages the interface speaks (resources/translations/accountmgr_*.ts), each by its own
# name, as a person looks for it in a list.
LANGUAGES = {
    "en": "English",
    "fr": "Français",
    "de": "Deutsch",
    "es": "Español",
    "it": "Italiano",
    "pt_BR": "Português (Brasil)",
}

SETTING = "ui/language"  # a language code of LANGUAGES, or "" (the system's)


def chosen(settings: QSettings) -> str:
    """The language chosen in the settings, "" for the system's (or an unknown one)."""
    code = str(settings.value(SETTING, "") or "")
    return code if code in LANGUAGES else ""


def apply(settings: QSettings) -> None:
    """Before the translations load: the chosen language becomes the locale the interface
    speaks and writes numbers, dates and money in."""
    code = chosen(settings)
    if code:
        QLocale.setDefault(QLocale(code))


def _fallback() -> QLocale:
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def default_locale() -> None:
    """A machine without locale settings (LANG unset) reports "C": write numbers as en_US does."""
    if QLocale.system().language() == QLocale.Language.C:
        QLocale.setDefault(_fallback())


def first_weekday() -> int:
    """The first day of the week the window uses (Monday 0 ... Sunday 6, as the domain counts):
    the locale's, en_US's where the machine has no locale settings (see `default_locale`).
    Changes no process-wide setting, so the command line can ask it too."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = _fallback()
    # Qt numbers weekdays Monday 1 to Sunday 7.
    return int(locale.firstDayOfWeek().value) - 1


def install_translations(app: QCoreApplication) -> None:
    locale = QLocale()
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    ours = application_translator(app)
    if ours is not None:
        app.installTranslator(ours)


def application_translator(parent: QObject | None) -> QTranslator | None:
    """The application's translation for the default locale's language, English (its plural
    forms) when it has none; None when not even that is found."""
    ours = QTranslator(parent)
    folder = str(resource_path("translations"))
    if ours.load(QLocale(), "accountmgr", "_", folder) or ours.load("accountmgr_en", folder):
        return ours
    return None


def locale_currency() -> str:
    """The default currency for a new database in the interface's locale (see
    `default_currency.currency_for_locale`)."""
    from accountmgr.domain.default_currency import currency_for_locale

    locale = QLocale()
    own = locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode)
    return currency_for_locale(locale.name(), own)
