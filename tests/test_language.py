"""The interface's language: the system's, or the one chosen in Settings ▸ Language…"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from accountmgr.resources import resource_path
from accountmgr.views import language
from accountmgr.views.translations import LANGUAGES, install_translations


def test_a_chosen_language_becomes_the_locale_and_an_unknown_one_is_ignored(
    settings: QSettings,
) -> None:
    language.apply(settings)  # nothing chosen: the system's (en_US in the tests)
    assert QLocale().name() == "en_US"
    settings.setValue(language.SETTING, "de")
    language.apply(settings)
    assert QLocale().name() == "de_DE"
    assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    settings.setValue(language.SETTING, "klingon")
    assert language.chosen(settings) == ""


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_has_its_translations_in_the_package(code: str) -> None:
    translator = QTranslator()
    assert translator.load(f"accountmgr_{code}", str(resource_path("translations")))
    assert not translator.isEmpty()


def test_the_settings_menu_chooses_the_language_and_offers_a_restart(
    qtbot: QtBot, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    offered: list[list[str]] = []

    def pick(*args: object) -> tuple[str, bool]:
        names = args[3]
        assert isinstance(names, list)
        offered.append(names)
        return "Deutsch", True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    assert language.choose(settings, parent) == "de"
    assert settings.value(language.SETTING) == "de"
    names = offered[0]
    assert names[0].startswith("System language (")
    assert {"English", "Français", "Deutsch", "Español", "Italiano"} <= set(names)
    assert "Português (Brasil)" in names
    assert language.choose(settings, parent) is None  # the same language again: no change


def test_a_french_start_speaks_french_in_qt_s_own_dialogs_too(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale("fr_FR"))
    before = list(qapp.findChildren(QTranslator))
    install_translations(qapp)
    try:
        # Qt's own texts, from its qtbase translation of the same language
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in qapp.findChildren(QTranslator):
            if translator not in before:
                QCoreApplication.removeTranslator(translator)
                translator.deleteLater()


def test_deal_counts_agree_with_their_number_in_every_language(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale("es_ES"))
    before = list(qapp.findChildren(QTranslator))
    install_translations(qapp)
    try:
        lost = [QCoreApplication.translate("AccountOverview", "%Ln lost", "", n) for n in (1, 3)]
        assert lost == ["1 perdido", "3 perdidos"]  # was "1 perdidos"
    finally:
        for translator in qapp.findChildren(QTranslator):
            if translator not in before:
                QCoreApplication.removeTranslator(translator)
                translator.deleteLater()
